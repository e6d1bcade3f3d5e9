"""Delivering the SLT digest: claimed once (queued -> sending), handed to the channel, recorded.

The digest is not about one case, so it travels under the pseudo-reference ``SLT-DIGEST``
(the file channel writes ``<outbox>/SLT-DIGEST/<id>-slt_digest.eml``).
"""

from sqlalchemy import update
from sqlmodel import Session, col

from domain.actors import Actor, require
from domain.commands import SendDigest
from domain.notices import sender
from domain.status import NoticeStatus
from notifications.channels import Channel, DeliveryError
from notifications.email import stored_message
from store import audit
from store.database import transact
from store.tables import DigestRow
from workflows.handlers.context import Now, Services
from workflows.handlers.digest import DigestResult, send_digest

DIGEST_REFERENCE = "SLT-DIGEST"
DIGEST_KIND = "slt_digest"


def make_and_deliver_digest(
    services: Services, actor: Actor, command: SendDigest, channel: Channel, now: Now
) -> tuple[DigestResult, str | None]:
    """The day's SLT digest, made once and delivered once; its receipt, or None if it went already."""
    result = send_digest(services, actor, command, now)
    return result, deliver_digest(services, actor, result.id, channel, now)


def deliver_digest(
    services: Services, actor: Actor, digest_id: int, channel: Channel, now: Now
) -> str | None:
    """Deliver one queued digest at most once; its receipt, or None if it was not queued."""
    require(actor, "send_digest")

    def claim(session: Session) -> DigestRow | None:
        done = session.exec(
            update(DigestRow)
            .where(col(DigestRow.id) == digest_id, col(DigestRow.status) == NoticeStatus.QUEUED)
            .values(status=NoticeStatus.SENDING)
        )
        return session.get(DigestRow, digest_id) if done.rowcount == 1 else None

    row = transact(services.engine, claim)
    if row is None:
        return None
    message = stored_message(
        row,
        sender=sender(services.partnership),
        notice_id=digest_id,
        reference=DIGEST_REFERENCE,
        kind=DIGEST_KIND,
        sent_at=now.at,
    )
    try:
        receipt = channel.deliver(message, notice_id=digest_id, reference=DIGEST_REFERENCE, kind=DIGEST_KIND)
    except DeliveryError:
        transact(services.engine, lambda s: _set(s, digest_id, NoticeStatus.QUEUED, None, now))
        raise

    def done(session: Session) -> None:
        _set(session, digest_id, NoticeStatus.DELIVERED, receipt, now)
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="deliver_digest",
            reference=None,
            detail={"digest_id": digest_id, "receipt": receipt},
        )

    transact(services.engine, done)
    return receipt


def _set(session: Session, digest_id: int, status: NoticeStatus, receipt: str | None, now: Now) -> None:
    row = session.get(DigestRow, digest_id)
    assert row is not None
    row.status, row.receipt = status, receipt[:500] if receipt else None
    if status == NoticeStatus.DELIVERED:
        row.delivered_at = now.at
    session.add(row)
