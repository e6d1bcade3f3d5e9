"""Render a notice from its jinja2 templates: a one-line subject, a plain-text part and an HTML part.

The domain decides that a notice is owed and hands over a plain context (dicts, strings,
dates); this module only turns that context into words. User-typed text (a case summary,
a rationale) is always data: it is never compiled as a template, and the HTML part
escapes it.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jinja2
from jinja2.utils import missing

from domain.dates import long_date as _long_date
from domain.text import one_line as _one_line

TEMPLATES_DIR = Path(__file__).parent / "templates"
"""``notices/<kind>/`` (each notice's three parts), ``partials/`` (the pieces they share) and ``reports/``
(the annual report). Every name ends ``.<type>.j2``; ``.html.j2`` templates escape what they print."""
SUBJECT_MAX = 200
PARTS = ("subject.txt.j2", "text.txt.j2", "html.html.j2")
"""A notice's templates in ``notices/<kind>/``: its subject line, plain-text part and HTML part."""
AUTOESCAPE = ("html.j2",)


def notice_template(kind: str, part: str) -> str:
    """The loader name of one part of a notice: ``notices/<kind>/<part>``."""
    return f"notices/{kind}/{part}"


@dataclass(frozen=True)
class RenderedNotice:
    """A rendered notice: what goes into the outbox row and, later, the e-mail."""

    subject: str  # one line, no CR/LF, at most SUBJECT_MAX characters
    text: str  # the plain-text part
    html: str  # the HTML part: a complete small document, inline CSS only


class _Facts(dict[str, Any]):
    """A context mapping that knows where it sits (``case``, ``case.children[0]``) for error messages."""

    __slots__ = ("_cspr_path",)

    def __init__(self, items: Mapping[str, Any], path: str) -> None:
        super().__init__(items)
        self._cspr_path = path


def _with_paths(value: Any, path: str) -> Any:
    """Copy nested mappings and lists so that a missing key can be named by its full path."""
    if isinstance(value, Mapping):
        return _Facts({k: _with_paths(v, f"{path}.{k}") for k, v in value.items()}, path)
    if isinstance(value, list | tuple):
        return [_with_paths(v, f"{path}[{i}]") for i, v in enumerate(value)]
    return value


class _Missing(jinja2.StrictUndefined):
    """StrictUndefined whose message names the missing value by its path, e.g. 'case.reference'."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        obj, name = self._undefined_obj, self._undefined_name
        if self._undefined_hint is None:
            if obj is missing:
                return f"{name} is missing"
            path = getattr(obj, "_cspr_path", None)
            if path is not None:
                where = f"{path}.{name}" if isinstance(name, str) else f"{path}[{name!r}]"
                return f"{where} is missing"
        return str(super()._undefined_message)


def _require_date(value: object, filter_name: str) -> date:
    if isinstance(value, jinja2.Undefined):
        value._fail_with_undefined_error()  # names the missing key, like any other use of it
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValueError(f"{filter_name}: expected a date, got {type(value).__name__} {value!r}")
    return value


def long_date(value: object) -> str:
    """A date as notices write it: 'Tue 5 Jan 2027'."""
    return _long_date(_require_date(value, "long_date"))


def iso(value: object) -> str:
    """A date as ISO 8601: '2027-01-05'."""
    return _require_date(value, "iso").isoformat()


def days_left(value: object) -> str:
    """Working days to a due date in words: '3 working days left', 'due today', '2 working days overdue'."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"days_left: expected whole working days, got {type(value).__name__} {value!r}")
    if value == 0:
        return "due today"
    n = abs(value)
    days = "working day" if n == 1 else "working days"
    return f"{n} {days} left" if value > 0 else f"{n} {days} overdue"


def yes_no(value: object) -> str:
    """A boolean fact as 'Yes' or 'No'."""
    if not isinstance(value, bool):
        raise ValueError(f"yes_no: expected true or false, got {type(value).__name__} {value!r}")
    return "Yes" if value else "No"


def basis(value: object, document: str) -> str:
    """A legal basis in words: '19.5-19.7' -> 'paragraphs 19.5-19.7 of <document>'; others unchanged."""
    text = str(value).strip()
    if not text or not text[0].isdigit():
        return text
    many = any(sep in text for sep in ("-", ",", " and "))
    return f"{'paragraphs' if many else 'paragraph'} {text} of the {document}"


def one_line(value: str, limit: int = SUBJECT_MAX) -> str:
    """Collapse all whitespace (CR/LF included) to single spaces and cut to ``limit`` characters."""
    line = _one_line(value)
    if len(line) > limit:
        line = line[: limit - 3].rstrip() + "..."
    return line


class NoticeRenderer:
    """Renders notices from ``notices/<kind>/{subject.txt,text.txt,html.html}.j2`` templates."""

    def __init__(self, templates_dir: Path | None = None) -> None:
        self.templates_dir = Path(templates_dir) if templates_dir is not None else TEMPLATES_DIR
        if not self.templates_dir.is_dir():
            raise ValueError(f"notice templates folder {self.templates_dir} does not exist")
        self._env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(self.templates_dir),
            # HTML parts escape everything they print; subject and text parts are plain text.
            autoescape=jinja2.select_autoescape(
                enabled_extensions=AUTOESCAPE, default_for_string=False, default=False
            ),
            undefined=_Missing,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            auto_reload=False,
        )
        self._env.filters.update(
            long_date=long_date, iso=iso, days_left=days_left, yes_no=yes_no, basis=basis
        )
        self._kinds = self._scan()

    def _scan(self) -> list[str]:
        notices = self.templates_dir / "notices"
        if not notices.is_dir():
            return []
        return sorted(
            d.name for d in notices.iterdir() if d.is_dir() and all((d / part).is_file() for part in PARTS)
        )

    def kinds(self) -> list[str]:
        """Every notice kind with a complete template set (subject, text and HTML)."""
        return list(self._kinds)

    def render(self, kind: str, context: Mapping[str, Any]) -> RenderedNotice:
        """Render one notice; ValueError for an unknown kind or a context that lacks a value."""
        if kind not in self._kinds:
            raise ValueError(f"no notice template for kind {kind!r}; known: {', '.join(self._kinds)}")
        values = {str(k): _with_paths(v, str(k)) for k, v in context.items()}
        subject, text, html = (self._render_one(kind, notice_template(kind, part), values) for part in PARTS)
        return RenderedNotice(subject=one_line(subject), text=text.strip() + "\n", html=html.strip() + "\n")

    def _render_one(self, kind: str, name: str, values: Mapping[str, Any]) -> str:
        try:
            return self._env.get_template(name).render(values)
        except jinja2.UndefinedError as exc:
            raise ValueError(f"cannot render notice {kind!r} ({name}): {exc.message}") from exc
        except (ValueError, TypeError) as exc:
            raise ValueError(f"cannot render notice {kind!r} ({name}): {exc}") from exc
