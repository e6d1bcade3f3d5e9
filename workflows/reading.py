"""Reading user files (incident reports) into validated domain objects."""

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from domain.incident import IncidentReport
from workflows.errors import one_line

FILE_MAX = 1_000_000
"""The most bytes an incident file may hold (1 MB)."""
DEPTH_MAX = 20
"""The deepest nesting of objects and arrays an incident file may have."""


def read_incident(path: Path) -> IncidentReport:
    """Parse and validate an incident file; ValueError with one line on any problem."""
    data = read_json_object(path, "an incident JSON file")
    try:
        return IncidentReport.model_validate(data)
    except ValidationError as exc:
        raise ValueError(one_line(exc, str(path))) from None


def read_json_object(path: Path, what: str) -> dict[str, Any]:
    """The JSON object in ``path`` (at most 1 MB, UTF-8, nested at most 20 deep, no repeated key)."""
    try:
        with path.open("rb") as f:
            raw = f.read(FILE_MAX + 1)
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file; give the path of {what}") from None
    except IsADirectoryError:
        raise ValueError(f"{path}: is a folder; give the path of {what}") from None
    except OSError as exc:
        raise ValueError(f"{path}: cannot read it ({exc.strerror or type(exc).__name__})") from None
    if len(raw) > FILE_MAX:
        raise ValueError(f"{path}: larger than {FILE_MAX // 1_000_000} MB; {what} is far smaller")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(f"not a UTF-8 JSON file: {path}") from None
    too_deep = f"{path}: nested more than {DEPTH_MAX} deep; {what} is a flat object of fields"
    try:
        data = json.loads(text, object_pairs_hook=_no_repeats, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise ValueError(too_deep) from None
    except _Refused as exc:
        raise ValueError(f"{path}: not valid JSON ({exc})") from None
    except ValueError:  # an integer with more digits than Python converts
        raise ValueError(f"{path}: not valid JSON (a number has too many digits)") from None
    if _depth(data) > DEPTH_MAX:
        raise ValueError(too_deep)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object with the fields of {what}")
    return data


def _depth(data: object) -> int:
    """How deep objects and arrays nest in parsed JSON (a bare value is 0 deep)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        value, level = stack.pop()
        if isinstance(value, dict | list):
            deepest = max(deepest, level)
            stack.extend((v, level + 1) for v in (value.values() if isinstance(value, dict) else value))
    return deepest


class _Refused(ValueError):
    """A JSON document this reader does not take, though the parser would."""


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _Refused(f"the field {key[:40]!r} is given twice; keep one")
        seen[key] = value
    return seen


def _no_constant(name: str) -> Any:
    raise _Refused(f"{name} is not a number JSON allows; give a number")
