"""Read the England and Wales events from a GOV.UK ``bank-holidays.json`` file.

The file (https://www.gov.uk/bank-holidays.json) maps each division to
``{"division": ..., "events": [{"title", "date", "notes", "bunting"}, ...]}``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from calendars.names import SUBSTITUTE_SUFFIX

__all__ = ["DIVISION", "GovukFeed", "read_govuk_feed"]

DIVISION = "england-and-wales"
"""The division of the GOV.UK feed that applies in England."""

GovukFeed = str | os.PathLike[str] | Mapping[str, object]
"""A path to a GOV.UK ``bank-holidays.json`` file, or its already parsed content."""

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_govuk_feed(path_or_mapping: GovukFeed) -> list[tuple[date, str]]:
    """Return the ``england-and-wales`` events as (date, name) pairs in date order.

    The name is the event's title; an event whose notes are "Substitute day" is named
    ``"<title> (substitute day)"``.  Raises ValueError naming the source for a file that is
    not JSON, a missing division, or an event without a title or with a bad date.
    """
    if isinstance(path_or_mapping, Mapping):
        data: object = path_or_mapping
        source = "GOV.UK feed"
    elif isinstance(path_or_mapping, str | os.PathLike):
        path = Path(path_or_mapping)
        source = f"GOV.UK feed {path}"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ValueError(f"{source} is not a JSON file: {exc}") from exc
    else:
        raise ValueError(
            "expected a path to a GOV.UK bank-holidays.json file or its parsed dict, "
            f"got {type(path_or_mapping).__name__}"
        )

    if not isinstance(data, Mapping):
        raise ValueError(f"{source}: expected a JSON object, got {type(data).__name__}")
    division = data.get(DIVISION)
    if not isinstance(division, Mapping):
        found = ", ".join(sorted(map(str, data))) or "nothing"
        raise ValueError(f"{source} has no {DIVISION!r} division (found: {found})")
    events = division.get("events")
    if not isinstance(events, list):
        raise ValueError(f"{source}: the {DIVISION!r} division has no 'events' list")

    out: list[tuple[date, str]] = []
    for k, event in enumerate(events):
        if not isinstance(event, Mapping):
            raise ValueError(f"{source}: event {k} is not an object: {event!r}")
        title = event.get("title")
        if not isinstance(title, str) or not title.strip():
            raise ValueError(f"{source}: event {k} has no title: {event!r}")
        raw = event.get("date")
        if not isinstance(raw, str) or not _ISO_DATE.fullmatch(raw):
            raise ValueError(f"{source}: event {k} ({title!r}) has a bad date {raw!r}; expected YYYY-MM-DD")
        try:
            day = date.fromisoformat(raw)
        except ValueError as exc:
            raise ValueError(f"{source}: event {k} ({title!r}) has a bad date {raw!r}: {exc}") from exc
        notes = event.get("notes")
        if isinstance(notes, str) and notes.strip().lower() == "substitute day":
            title += SUBSTITUTE_SUFFIX
        out.append((day, title))
    out.sort()
    return out
