"""Reading user files (incident reports) into validated domain objects."""

import json
from pathlib import Path

from pydantic import ValidationError

from domain.incident import IncidentReport
from workflows.errors import one_line


def read_incident(path: Path) -> IncidentReport:
    """Parse and validate an incident file; ValueError with one line on any problem."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file; give the path of an incident JSON file") from None
    except OSError as exc:
        raise ValueError(f"{path}: cannot read it ({exc.strerror})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object with the incident's fields")
    try:
        return IncidentReport.model_validate(data)
    except ValidationError as exc:
        raise ValueError(one_line(exc, str(path))) from None
