"""What happened to the clocks in one call of a handler, for its caller to announce.

``record_change`` (``rows.py``) notes each history line on the session; the notes reach the
caller's ``clock_changes()`` list only when that session commits, so a retried or rolled-back
transaction announces nothing it did not keep. Outside ``clock_changes()`` nothing is kept.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session as OrmSession

_NOTES = "cspr.clock_changes"
_collector: ContextVar[list["ClockChanged"] | None] = ContextVar("cspr_clock_changes", default=None)


@dataclass(frozen=True)
class ClockChanged:
    """One committed change to a clock: the case reference and clock, never child details."""

    reference: str
    clock: str
    party: str
    change: str
    old_due: date | None
    new_due: date | None


@contextmanager
def clock_changes() -> Iterator[list[ClockChanged]]:
    """Collect the clock changes committed inside the ``with`` block."""
    found: list[ClockChanged] = []
    token = _collector.set(found)
    try:
        yield found
    finally:
        _collector.reset(token)


def note(session: OrmSession, change: ClockChanged) -> None:
    """Keep a change on the session until it commits (callers check :func:`collecting` first)."""
    session.info.setdefault(_NOTES, []).append(change)


def collecting() -> bool:
    """Whether a ``clock_changes`` block is collecting (so a change is worth building)."""
    return _collector.get() is not None


@event.listens_for(OrmSession, "after_commit")
def _committed(session: OrmSession) -> None:
    found, notes = _collector.get(), session.info.pop(_NOTES, [])
    if found is not None:
        found.extend(notes)


@event.listens_for(OrmSession, "after_rollback")
def _rolled_back(session: OrmSession, *_: Any) -> None:
    session.info.pop(_NOTES, None)
