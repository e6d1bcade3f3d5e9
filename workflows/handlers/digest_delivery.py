"""Delivering the SLT digest: claimed once (queued -> sending), handed to the channel, recorded.

The digest is not about one case, so it travels under the pseudo-reference ``SLT-DIGEST``
(the file channel writes ``<outbox>/SLT-DIGEST/<uid>-slt_digest.eml``). A failed attempt is
recorded on the digest's row: a temporary failure leaves it queued for the next `cspr digest`
or `slt-digest` run, a permanent one (or an answer that never came) parks it until
`cspr notices retry UID`. Either way the caller gets one DeliveryError line, never a traceback.
"""

from sqlalchemy import or_, update
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
from workflows.handlers.outbox import DEFAULT_POLICY, DeliveryPolicy

DIGEST_REFERENCE = "SLT-DIGEST"
DIGEST_KIND = "slt_digest"


def make_and_deliver_digest(
    services: Services,
    actor: Actor,
    command: SendDigest,
    channel: Channel,
    now: Now,
    policy: DeliveryPolicy = DEFAULT_POLICY,
) -> tuple[DigestResult, str | None]:
    """The day's SLT digest, made once and delivered once; its receipt, or None if it went already."""
    result = send_digest(services, actor, command, now)
    return result, deliver_digest(services, actor, result.id, channel, now, policy)


def deliver_digest(
    services: Services,
    actor: Actor,
    digest_id: int,
    channel: Channel,
    now: Now,
    policy: DeliveryPolicy = DEFAULT_POLICY,
) -> str | None:
    """Deliver one queued digest at most once; its receipt, or None if it was not queued.

    DeliveryError (one line, after the failure is recorded) if the attempt failed.
    """
    require(actor, "send_digest")
    channel.clean_up()
    transact(services.engine, lambda s: _reclaim(s, digest_id, channel, now, policy))

    def claim(session: Session) -> DigestRow | None:
        done = session.exec(
            update(DigestRow)
            .where(col(DigestRow.id) == digest_id, col(DigestRow.status) == NoticeStatus.QUEUED)
            .values(status=NoticeStatus.SENDING, attempts=col(DigestRow.attempts) + 1, claimed_at=now.at)
        )
        return session.get(DigestRow, digest_id) if done.rowcount == 1 else None

    row = transact(services.engine, claim)
    if row is None:
        return None
    try:
        message = stored_message(
            row,
            sender=sender(services.partnership),
            notice_id=digest_id,
            uid=row.uid,
            reference=DIGEST_REFERENCE,
            kind=DIGEST_KIND,
            sent_at=now.at,
        )
        receipt = channel.deliver(message, uid=row.uid, reference=DIGEST_REFERENCE, kind=DIGEST_KIND)
    except (DeliveryError, ValueError) as exc:
        failure = exc if isinstance(exc, DeliveryError) else DeliveryError(str(exc), retryable=False)
        line = transact(services.engine, lambda s: _failed(s, actor, digest_id, failure, now, policy))
        raise DeliveryError(line, retryable=failure.retryable, in_doubt=failure.in_doubt) from None

    def done(session: Session) -> None:
        r = session.get(DigestRow, digest_id)
        assert r is not None
        r.status, r.receipt, r.delivered_at = NoticeStatus.DELIVERED, receipt[:500], now.at
        r.claimed_at, r.next_attempt_at = None, None
        session.add(r)
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="deliver_digest",
            reference=None,
            detail={"digest_id": digest_id, "uid": r.uid, "receipt": receipt},
        )

    transact(services.engine, done)
    return receipt


def _failed(
    session: Session, actor: Actor, digest_id: int, exc: DeliveryError, now: Now, policy: DeliveryPolicy
) -> str:
    """Record the failed attempt; the one line the caller shows."""
    row = session.get(DigestRow, digest_id)
    assert row is not None
    error = str(exc)
    if exc.retryable and row.attempts < policy.max_attempts:
        row.status, row.next_attempt_at = NoticeStatus.QUEUED, now.at + policy.wait_after(row.attempts)
        line = f"SLT digest {row.as_of} not delivered (attempt {row.attempts}, will be retried): {error}"
    else:
        row.status, row.next_attempt_at, row.may_have_been_sent = NoticeStatus.PARKED, None, exc.in_doubt
        line = (
            f"SLT digest {row.as_of} not delivered and parked: {error}; "
            f"once fixed, `cspr notices retry {row.uid}` re-queues it"
        )
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="park_digest",
            reference=None,
            detail={"digest_id": digest_id, "uid": row.uid, "attempts": row.attempts, "error": error[:500]},
        )
    row.claimed_at, row.last_error = None, error[:500]
    session.add(row)
    return line


def _reclaim(session: Session, digest_id: int, channel: Channel, now: Now, policy: DeliveryPolicy) -> None:
    """A digest left in ``sending`` past the lease: re-queued (file outbox), or parked (SMTP)."""
    cutoff = now.at - policy.lease
    parked = not channel.idempotent
    session.exec(
        update(DigestRow)
        .where(
            col(DigestRow.id) == digest_id,
            col(DigestRow.status) == NoticeStatus.SENDING,
            or_(col(DigestRow.claimed_at).is_(None), col(DigestRow.claimed_at) < cutoff),
        )
        .values(
            status=NoticeStatus.PARKED if parked else NoticeStatus.QUEUED,
            claimed_at=None,
            may_have_been_sent=parked,
            last_error="claimed and not finished within the lease"
            + ("; it may have been sent: check before sending it again" if parked else "; re-queued"),
        )
    )
