"""The ICSC's recommendation on a delay waiting for the SLT (19.25): approve it or refuse it.

The recommendation is an audit event on the case, naming the delay request it is about; the SLT
sees the latest one beside the request."""

from sqlmodel import Session, col, select

from domain.actors import Actor, require
from domain.commands import RecommendDelay
from domain.errors import WrongState
from store import audit
from store.database import transact
from store.queries import find_case
from store.tables import AuditEventRow
from workflows.handlers.context import Now, Services
from workflows.handlers.local_review import waiting_delay


def recommend_delay(services: Services, actor: Actor, command: RecommendDelay, now: Now) -> int:
    """Record the ICSC's recommendation on the waiting delay; returns the delay request's id."""
    require(actor, "recommend_delay")
    reference = command.reference

    def work(session: Session) -> int:
        case = find_case(session, reference)
        delay = waiting_delay(session, case.id)
        if delay is None or delay.id is None:
            raise WrongState(
                f"{reference} has no delay request waiting for the SLT; the SPA asks for one first "
                f"(`cspr review delay request {reference} --to ... --reason ...`)"
            )
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="recommend_delay",
            reference=reference,
            detail={"delay_id": delay.id, "recommends": "approve" if command.recommends else "refuse"},
        )
        return delay.id

    result: int = transact(services.engine, work)
    return result


def recommendations(session: Session, delays: dict[int, str]) -> dict[int, str]:
    """The latest recommendation on each delay request (id -> its case's reference), in words
    ('approve, by NAME'), read from those cases' audit events only."""
    found: dict[int, str] = {}
    if not delays:
        return found
    for event in session.exec(
        select(AuditEventRow)
        .where(
            AuditEventRow.command == "recommend_delay",
            col(AuditEventRow.reference).in_(set(delays.values())),
        )
        .order_by(col(AuditEventRow.id))
    ):
        delay_id = event.detail.get("delay_id")
        if delay_id in delays:
            found[delay_id] = f"{event.detail['recommends']}, by {event.actor}"
    return found
