"""Prefect events for what the flows did to the clocks, so that automations can react.

Each event's resource is the clock: ``cspr.case.<REFERENCE>.<clock kind>`` (``.<party>``
added for a clock kept per safeguarding partner), labelled with the reference, clock kind
and party. Payloads carry rung names, dates and counts: never child details.

| event | when |
| --- | --- |
| ``cspr.rung.fired`` | a sweep fired a rung of the escalation ladder (any rung) |
| ``cspr.clock.breached`` | that rung was ``breached``: the clock is past its due date, open |
| ``cspr.clock.met`` | a clock was met |
| ``cspr.clock.moved`` | an open clock's due date moved (re-planned, reopened, extended, resumed, ...) |
| ``cspr.clock.stopped`` | a clock stopped because it no longer applies |

Prefect keeps events for 7 days by default: they are signals, not the record (the case
database's audit chain is).
"""

from collections.abc import Iterable, Mapping
from typing import Any

from prefect.events import emit_event

from domain.status import ClockChangeKind
from workflows.handlers.changes import ClockChanged

MOVES = {
    ClockChangeKind.MOVED,
    ClockChangeKind.REOPENED,
    ClockChangeKind.RESUMED,
    ClockChangeKind.EXTENDED,
    ClockChangeKind.CORRECTED,
    ClockChangeKind.REPROJECTED,
    ClockChangeKind.REPLANNED,
}
EVENT_OF_CHANGE = {ClockChangeKind.MET: "cspr.clock.met", ClockChangeKind.STOPPED: "cspr.clock.stopped"}


def clock_resource(reference: str, clock: str, party: str | None = None) -> dict[str, str]:
    """The Prefect resource of one clock of one case."""
    rid = f"cspr.case.{reference}.{clock}" + (f".{party}" if party else "")
    resource = {"prefect.resource.id": rid, "cspr.reference": reference, "cspr.clock": clock}
    if party:
        resource["cspr.party"] = party
    return resource


def rungs_fired(fired: Iterable[Mapping[str, Any]]) -> None:
    """Emit ``cspr.rung.fired`` (and ``cspr.clock.breached``) for a sweep's fired rungs."""
    for f in fired:
        resource = clock_resource(f["reference"], f["clock"], f.get("party"))
        payload = {
            "rung": f["rung"],
            "occurrence": f["occurrence"],
            "due": f["due"],
            "scheduled_on": f["scheduled_on"],
            "late_by_working_days": f["late_by_working_days"],
        }
        emit_event("cspr.rung.fired", resource=resource, payload=payload)
        if f["rung"] == "breached":
            emit_event("cspr.clock.breached", resource=resource, payload={"due": f["due"]})


def clocks_changed(changes: Iterable[ClockChanged]) -> None:
    """Emit ``cspr.clock.met``, ``.moved`` or ``.stopped`` for each committed clock change."""
    for c in changes:
        name = EVENT_OF_CHANGE.get(ClockChangeKind(c.change))
        if name is None and c.change in MOVES and c.old_due != c.new_due:
            name = "cspr.clock.moved"
        if name is None:
            continue
        payload = {
            "change": str(c.change),
            "old_due": c.old_due.isoformat() if c.old_due else None,
            "due": c.new_due.isoformat() if c.new_due else None,
        }
        emit_event(name, resource=clock_resource(c.reference, c.clock, c.party), payload=payload)
