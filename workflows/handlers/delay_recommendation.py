"""The ICSC's recommendation on a delay waiting for the SLT (19.25): approve it or refuse it.

The recommendation is an audit event on the case, naming the delay request it is about; the SLT
sees the latest one beside the request."""

from sqlmodel import Session, col, select

from domain.actors import Actor, require
from domain.commands import RecommendDelay
from domain.errors import WrongState
from domain.status import DelayStatus
from store import audit
from store.database import transact
from store.local_review_tables import DelayRow
from store.queries import find_case
from store.tables import AuditEventRow
from workflows.handlers.context import Now, Services


def recommend_delay(services: Services, actor: Actor, command: RecommendDelay, now: Now) -> int:
    """Record the ICSC's recommendation on the waiting delay; returns the delay request's id."""
    require(actor, "recommend_delay")
    reference = command.reference

    def work(session: Session) -> int:
        case = find_case(session, reference)
        delay = session.exec(
            select(DelayRow).where(DelayRow.case_id == case.id, DelayRow.status == DelayStatus.REQUESTED)
        ).first()
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


def recommendations(session: Session, delay_ids: list[int]) -> dict[int, str]:
    """The latest recommendation on each delay request, in words ('approve, by NAME')."""
    found: dict[int, str] = {}
    if not delay_ids:
        return found
    for event in session.exec(
        select(AuditEventRow)
        .where(AuditEventRow.command == "recommend_delay")
        .order_by(col(AuditEventRow.id))
    ):
        delay_id = event.detail.get("delay_id")
        if delay_id in delay_ids:
            found[delay_id] = f"{event.detail['recommends']}, by {event.actor}"
    return found
