"""Reads the partnership configuration (TOML) into a validated ``Partnership``.

Every problem becomes one ``ConfigError`` whose message is a single line naming the file,
the key path and the problem, e.g.
``config/bad.toml: partners.2.email: 'not-an-email' is not an e-mail address``.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from domain.partnership import Partnership, SettingError
from domain.text import one_line
from workflows.settings import SHIPPED_CONFIG, settings

__all__ = ["ConfigError", "default_config_path", "load_partnership"]

DEFAULT_CONFIG = SHIPPED_CONFIG
ENV_VAR = "CSPR_CONFIG"


class ConfigError(ValueError):
    """A configuration that cannot be used; the message is one line: ``file: key: problem``."""

    def __init__(self, path: str | os.PathLike[str], problem: str, key: str = "") -> None:
        self.path = str(path)
        self.key = key
        self.problem = problem
        line = f"{self.path}: {key}: {problem}" if key else f"{self.path}: {problem}"
        super().__init__(one_line(line))  # one line, whatever the problem text holds


def default_config_path() -> Path:
    """``$CSPR_CONFIG`` if set (and not empty), else the shipped City & Hackney file."""
    return settings().config_path()


def load_partnership(path: str | os.PathLike[str] | None = None) -> Partnership:
    """Read and validate a partnership file; ConfigError (one line) on any problem.

    A relative ``calendar.govuk_feed`` is taken relative to the config file's folder, and
    the feed file must exist.
    """
    path = Path(path) if path is not None else default_config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(path, "no such file") from None
    except IsADirectoryError:
        raise ConfigError(path, "is a folder, not a TOML file") from None
    except OSError as e:
        raise ConfigError(path, f"cannot read: {e.strerror or e}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise ConfigError(path, f"not UTF-8 text (byte {e.start})") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(path, f"TOML syntax error: {e}") from None

    _resolve_feed(data, path)
    try:
        partnership = Partnership.model_validate(data)
    except ValidationError as e:
        key, problem = _describe(e)
        raise ConfigError(path, problem, key) from None

    feed = partnership.calendar.govuk_feed
    if feed is not None and not feed.is_file():
        raise ConfigError(path, f"no such file {str(feed)!r}", "calendar.govuk_feed")
    return partnership


def _resolve_feed(data: dict[str, Any], path: Path) -> None:
    """Make a relative ``calendar.govuk_feed`` absolute, against the config file's folder."""
    calendar = data.get("calendar")
    if not isinstance(calendar, dict):
        return
    feed = calendar.get("govuk_feed")
    if isinstance(feed, str) and feed.strip():
        feed_path = Path(feed.strip()).expanduser()
        if not feed_path.is_absolute():
            feed_path = path.resolve().parent / feed_path
        calendar["govuk_feed"] = str(feed_path)


def _describe(error: ValidationError) -> tuple[str, str]:
    """The first error of a ValidationError as (key path, problem), noting how many more.

    Unknown keys come first: a misspelt key is usually why another one is "missing".
    """
    errors = sorted(error.errors(), key=lambda e: e["type"] != "extra_forbidden")
    key, problem = _one(errors[0])
    if len(errors) > 1:
        problem += f" (and {len(errors) - 1} more)"
    return key, problem


def _one(err: ErrorDetails) -> tuple[str, str]:
    loc: tuple[str | int, ...] = tuple(err["loc"])
    kind = err["type"]
    value = err.get("input")
    cause = err.get("ctx", {}).get("error")
    if isinstance(cause, SettingError):
        loc, problem = loc + cause.loc, cause.problem
    elif kind == "extra_forbidden":
        loc, problem = loc[:-1], f"unknown key {loc[-1]!r}"
    elif kind == "missing":
        loc, problem = loc[:-1], f"missing key {loc[-1]!r}"
    elif kind == "too_short":
        got = f" (got {len(value)})" if isinstance(value, list | tuple | dict) else ""
        problem = f"give at least {err.get('ctx', {}).get('min_length')}{got}"
    elif isinstance(cause, ValueError):
        problem = str(cause)
    else:
        problem = err["msg"]
        if isinstance(value, str | int | float | bool) or value is None:
            problem = f"{_short(value)}: {problem[:1].lower()}{problem[1:]}"
    return ".".join(str(p) for p in loc), problem


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
