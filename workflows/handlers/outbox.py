"""Delivering the outbox: claim a queued notice, build its e-mail, hand it to the channel, record it.

A notice is claimed (queued -> sending) by a conditional update, so two dispatchers never
deliver the same notice; the file channel also refuses to write an .eml twice.
"""

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from domain.actors import Actor, require
from domain.notices import sender
from domain.status import DeliveryOutcome, NoticeStatus
from notifications.channels import Channel, DeliveryError
from notifications.email import stored_message
from store import audit
from store.database import transact, unit_of_work
from store.tables import CaseRow, NoticeRow
from workflows.handlers.context import Now, Services

MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Delivery:
    """What happened to one notice in a dispatch."""

    notice_id: int
    reference: str
    kind: str
    status: DeliveryOutcome
    receipt: str | None = None
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def queued_notice_ids(services: Services) -> list[int]:
    """Ids of the notices waiting to be delivered, oldest first."""
    with unit_of_work(services.engine) as session:
        rows = session.exec(
            select(NoticeRow.id).where(NoticeRow.status == NoticeStatus.QUEUED).order_by(col(NoticeRow.id))
        ).all()
    return [r for r in rows if r is not None]


def deliver_notice(services: Services, actor: Actor, notice_id: int, channel: Channel, now: Now) -> Delivery:
    """Deliver one queued notice at most once; raise DeliveryError if the attempt failed."""
    require(actor, "dispatch_notices")
    claimed = transact(services.engine, lambda s: _claim(s, notice_id))
    if claimed is None:
        return Delivery(notice_id, "", "", DeliveryOutcome.SKIPPED)
    row, reference = claimed
    message = stored_message(
        row,
        sender=sender(services.partnership),
        notice_id=notice_id,
        reference=reference,
        kind=row.kind,
        sent_at=now.at,
    )
    try:
        receipt = channel.deliver(message, notice_id=notice_id, reference=reference, kind=row.kind)
    except DeliveryError as exc:
        error, final = str(exc), not exc.retryable
        status = transact(services.engine, lambda s: _failed(s, notice_id, error, final))
        if status == NoticeStatus.FAILED:
            return Delivery(notice_id, reference, row.kind, DeliveryOutcome.FAILED, error=error)
        raise
    transact(services.engine, lambda s: _delivered(s, actor, notice_id, reference, receipt, now))
    return Delivery(notice_id, reference, row.kind, DeliveryOutcome.DELIVERED, receipt=receipt)


def dispatch_queued(services: Services, actor: Actor, channel: Channel, now: Now) -> list[Delivery]:
    """Deliver every queued notice once; a failed attempt stays queued for the next dispatch."""
    results: list[Delivery] = []
    for notice_id in queued_notice_ids(services):
        try:
            result = deliver_notice(services, actor, notice_id, channel, now)
        except DeliveryError as exc:
            result = Delivery(notice_id, "", "", DeliveryOutcome.QUEUED, error=str(exc))
        if result.status != DeliveryOutcome.SKIPPED:
            results.append(result)
    return results


def _claim(session: Session, notice_id: int) -> tuple[NoticeRow, str] | None:
    claimed = session.exec(
        update(NoticeRow)
        .where(col(NoticeRow.id) == notice_id, col(NoticeRow.status) == NoticeStatus.QUEUED)
        .values(status=NoticeStatus.SENDING, attempts=col(NoticeRow.attempts) + 1)
    )
    if claimed.rowcount != 1:
        return None
    row = session.get(NoticeRow, notice_id)
    assert row is not None
    reference = session.exec(select(CaseRow.reference).where(CaseRow.id == row.case_id)).one()
    return row, reference


def _failed(session: Session, notice_id: int, error: str, final: bool) -> str:
    """Put the notice back in the queue, or mark it failed when retrying cannot help."""
    row = session.get(NoticeRow, notice_id)
    assert row is not None
    row.status = NoticeStatus.FAILED if final or row.attempts >= MAX_ATTEMPTS else NoticeStatus.QUEUED
    row.last_error = error[:500]
    session.add(row)
    return row.status


def _delivered(
    session: Session, actor: Actor, notice_id: int, reference: str, receipt: str, now: Now
) -> None:
    row = session.get(NoticeRow, notice_id)
    assert row is not None
    row.status, row.receipt = NoticeStatus.DELIVERED, receipt[:500]
    row.delivered_at = now.at
    session.add(row)
    audit.append(
        session,
        at=now.at,
        actor=actor.name,
        role=actor.role,
        command="deliver_notice",
        reference=reference,
        detail={"notice_id": notice_id, "kind": row.kind, "receipt": receipt},
    )
