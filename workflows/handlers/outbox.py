"""Delivering the outbox: claim a notice, build its e-mail, hand it to the channel, record what happened.

A notice is claimed (queued -> sending, with ``claimed_at``) by a conditional update, so two
dispatchers never deliver the same notice. What a failed attempt leads to (docs/delivery.md):

- a temporary failure (a 4xx reply, a server that is down) puts it back in the queue until
  ``next_attempt_at``, each wait twice the one before; after the last attempt it is parked;
- a permanent one (a 5xx reply, some recipients refused) parks it at once;
- a message sent with no answer back is parked as "may have been sent".

A parked notice waits for a person: the error is kept (addresses and server replies, never
the notice's text), a support-team task opens, and ``retry_notices`` re-queues it. A notice
left in ``sending`` past the lease (a dispatcher that died) is reclaimed by the next
dispatch: re-queued for an idempotent channel (the file outbox), parked as "may have been
sent" for SMTP.
"""

import time
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import or_, update
from sqlmodel import Session, col, select

from domain.actors import Actor, require
from domain.commands import RetryNotices
from domain.errors import NotFound, WrongState
from domain.kinds import Role
from domain.notices import sender
from domain.status import DeliveryOutcome, NoticeStatus, TaskStatus
from notifications.channels import Channel, DeliveryError
from notifications.email import check_uid, stored_message
from store import audit
from store.database import transact, unit_of_work
from store.tables import CaseRow, DigestRow, NoticeRow
from workflows.handlers.context import Now, Services
from workflows.handlers.rows import close_tasks, open_task

MAX_ATTEMPTS = 5
PARKED_TASK = "notice_delivery"  # the support-team task a parked notice opens (party: its uid)


@dataclass(frozen=True)
class DeliveryPolicy:
    """How long a claim holds, how often a notice is tried and how long it waits between tries."""

    lease: timedelta = timedelta(minutes=10)
    max_attempts: int = MAX_ATTEMPTS
    retry_base: timedelta = timedelta(seconds=60)
    retry_cap: timedelta = timedelta(hours=6)

    def wait_after(self, attempts: int) -> timedelta:
        """The wait before the next attempt once ``attempts`` have failed: base, 2x, 4x, ... up to the cap."""
        return min(self.retry_base * (2 ** max(0, attempts - 1)), self.retry_cap)


DEFAULT_POLICY = DeliveryPolicy()


@dataclass(frozen=True)
class Delivery:
    """What happened to one notice in a dispatch."""

    notice_id: int
    reference: str
    kind: str
    status: DeliveryOutcome
    receipt: str | None = None
    error: str | None = None
    uid: str = ""
    next_attempt_at: datetime | None = None
    may_have_been_sent: bool = False
    channel_down: bool = False  # the attempt failed because the channel did (no connection, login refused)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Dispatch:
    """One dispatch: each notice it attempted or reclaimed, and what it tidied up."""

    deliveries: list[Delivery] = field(default_factory=list)
    reclaimed: list[Delivery] = field(default_factory=list)
    orphans_removed: int = 0
    waiting: int = 0  # queued notices whose next attempt is later
    stopped: str | None = None  # the channel failed: the rest of the batch waits for the next dispatch

    @property
    def ok(self) -> bool:
        """True when nothing failed: every attempt delivered and nothing was parked."""
        return (
            self.stopped is None
            and all(d.status == DeliveryOutcome.DELIVERED for d in self.deliveries)
            and all(d.status != DeliveryOutcome.PARKED for d in self.reclaimed)
        )

    def summary(self) -> str:
        """One line: how many were delivered, will be retried, were parked."""
        counts = Counter(d.status for d in [*self.deliveries, *self.reclaimed])
        parts = [
            f"{counts[DeliveryOutcome.DELIVERED]} delivered",
            f"{counts[DeliveryOutcome.QUEUED]} to retry",
            f"{counts[DeliveryOutcome.PARKED]} parked",
        ]
        if self.waiting:
            parts.append(f"{self.waiting} waiting to retry later")
        line = ", ".join(parts)
        if self.stopped:
            line += f"; stopped early: {self.stopped}"
        if counts[DeliveryOutcome.PARKED]:
            line += "; see the support team's tasks, then `cspr notices retry ID|UID|--all-parked`"
        return line

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "delivered": [d.as_dict() for d in self.deliveries],
            "reclaimed": [d.as_dict() for d in self.reclaimed],
            "orphans_removed": self.orphans_removed,
            "waiting": self.waiting,
            "stopped": self.stopped,
            "summary": self.summary(),
        }


def queued_notice_ids(services: Services, now: Now | None = None) -> list[int]:
    """Ids of the notices waiting to be delivered, oldest first (those due by ``now``, if given)."""
    query = select(NoticeRow.id).where(NoticeRow.status == NoticeStatus.QUEUED)
    if now is not None:
        query = query.where(_ready(now))
    with unit_of_work(services.engine) as session:
        rows = session.exec(query.order_by(col(NoticeRow.id))).all()
    return [r for r in rows if r is not None]


def _ready(now: Now) -> Any:
    return or_(col(NoticeRow.next_attempt_at).is_(None), col(NoticeRow.next_attempt_at) <= now.at)


def deliver_notice(
    services: Services,
    actor: Actor,
    notice_id: int,
    channel: Channel,
    now: Now,
    policy: DeliveryPolicy = DEFAULT_POLICY,
) -> Delivery:
    """Make one attempt at one queued notice (at most one delivery, whoever else is dispatching)."""
    require(actor, "dispatch_notices")
    claimed = transact(services.engine, lambda s: _claim(s, notice_id, now))
    if claimed is None:
        return Delivery(notice_id, "", "", DeliveryOutcome.SKIPPED)
    row, reference = claimed
    base = Delivery(notice_id, reference, row.kind, DeliveryOutcome.SKIPPED, uid=row.uid)
    try:
        message = stored_message(
            row,
            sender=sender(services.partnership),
            notice_id=notice_id,
            uid=row.uid,
            reference=reference,
            kind=row.kind,
            sent_at=now.at,
        )
        receipt = channel.deliver(message, uid=row.uid, reference=reference, kind=row.kind)
    except (DeliveryError, ValueError) as exc:
        failure = (
            exc
            if isinstance(exc, DeliveryError)
            else DeliveryError(f"notice {row.uid}: cannot build its e-mail: {exc}", retryable=False)
        )
        after = transact(
            services.engine, lambda s: _failed(s, services, actor, notice_id, failure, now, policy)
        )
        return replace(base, **after)
    transact(services.engine, lambda s: _delivered(s, actor, notice_id, reference, receipt, now))
    return replace(base, status=DeliveryOutcome.DELIVERED, receipt=receipt)


def dispatch(
    services: Services,
    actor: Actor,
    channel: Channel,
    now: Now,
    policy: DeliveryPolicy = DEFAULT_POLICY,
) -> Dispatch:
    """Tidy the outbox, reclaim expired claims, then attempt every notice that is due, once.

    The batch stops at the first failure of the channel itself (no connection, TLS or login
    refused): the rest stay queued, untouched, for the next dispatch.
    """
    require(actor, "dispatch_notices")
    removed = channel.clean_up()
    reclaimed = reclaim_expired(services, actor, channel, now, policy)
    with unit_of_work(services.engine) as session:
        waiting = len(
            session.exec(
                select(NoticeRow.id).where(NoticeRow.status == NoticeStatus.QUEUED, ~_ready(now))
            ).all()
        )
    started = time.monotonic()
    results: list[Delivery] = []
    stopped: str | None = None
    for notice_id in queued_notice_ids(services, now):
        # Claims are stamped with the time they are made, not the time the batch began.
        at = now.at + timedelta(seconds=time.monotonic() - started)
        result = deliver_notice(services, actor, notice_id, channel, Now(at=at, today=now.today), policy)
        if result.status == DeliveryOutcome.SKIPPED:
            continue
        results.append(result)
        if result.channel_down:
            stopped = result.error
            break
    return Dispatch(results, reclaimed, removed, waiting, stopped)


def dispatch_queued(services: Services, actor: Actor, channel: Channel, now: Now) -> list[Delivery]:
    """Attempt every notice that is due once (``dispatch``), and return what happened to each."""
    return dispatch(services, actor, channel, now).deliveries


def reclaim_expired(
    services: Services, actor: Actor, channel: Channel, now: Now, policy: DeliveryPolicy = DEFAULT_POLICY
) -> list[Delivery]:
    """Take back the notices left in ``sending`` longer than the lease (their dispatcher stopped)."""
    cutoff = now.at - policy.lease
    with unit_of_work(services.engine) as session:
        stale = session.exec(
            select(NoticeRow.id).where(
                NoticeRow.status == NoticeStatus.SENDING,
                or_(col(NoticeRow.claimed_at).is_(None), col(NoticeRow.claimed_at) < cutoff),
            )
        ).all()
    out: list[Delivery] = []
    for notice_id in stale:
        if notice_id is None:
            continue
        result = transact(
            services.engine,
            partial(
                _reclaim,
                services=services,
                actor=actor,
                notice_id=notice_id,
                channel=channel,
                cutoff=cutoff,
                now=now,
                policy=policy,
            ),
        )
        if result is not None:
            out.append(result)
    return out


def _reclaim(
    session: Session,
    *,
    services: Services,
    actor: Actor,
    notice_id: int,
    channel: Channel,
    cutoff: datetime,
    now: Now,
    policy: DeliveryPolicy,
) -> Delivery | None:
    minutes = int(policy.lease.total_seconds() // 60)
    if channel.idempotent:
        status, error = NoticeStatus.QUEUED, f"claimed and not finished within {minutes} minutes; re-queued"
    else:
        status = NoticeStatus.PARKED
        error = (
            f"claimed and not finished within {minutes} minutes: it may have been sent. "
            "Check with its recipients before sending it again"
        )
    done = session.exec(
        update(NoticeRow)
        .where(
            col(NoticeRow.id) == notice_id,
            col(NoticeRow.status) == NoticeStatus.SENDING,
            or_(col(NoticeRow.claimed_at).is_(None), col(NoticeRow.claimed_at) < cutoff),
        )
        .values(
            status=status,
            claimed_at=None,
            next_attempt_at=None,
            last_error=error,
            may_have_been_sent=status == NoticeStatus.PARKED,
        )
    )
    if done.rowcount != 1:
        return None  # another dispatcher reclaimed it, or its own dispatcher finished after all
    row = session.get(NoticeRow, notice_id)
    assert row is not None
    reference = _reference(session, row.case_id)
    if status == NoticeStatus.PARKED:
        _park_records(session, services, actor, row, reference, error, now)
    outcome = DeliveryOutcome.PARKED if status == NoticeStatus.PARKED else DeliveryOutcome.QUEUED
    return Delivery(
        notice_id,
        reference,
        row.kind,
        outcome,
        error=error,
        uid=row.uid,
        may_have_been_sent=row.may_have_been_sent,
    )


def _claim(session: Session, notice_id: int, now: Now) -> tuple[NoticeRow, str] | None:
    claimed = session.exec(
        update(NoticeRow)
        .where(col(NoticeRow.id) == notice_id, col(NoticeRow.status) == NoticeStatus.QUEUED, _ready(now))
        .values(status=NoticeStatus.SENDING, attempts=col(NoticeRow.attempts) + 1, claimed_at=now.at)
    )
    if claimed.rowcount != 1:
        return None
    row = session.get(NoticeRow, notice_id)
    assert row is not None
    return row, _reference(session, row.case_id)


def _reference(session: Session, case_id: int) -> str:
    return session.exec(select(CaseRow.reference).where(CaseRow.id == case_id)).one()


def _failed(
    session: Session,
    services: Services,
    actor: Actor,
    notice_id: int,
    exc: DeliveryError,
    now: Now,
    policy: DeliveryPolicy,
) -> dict[str, Any]:
    """Queue the notice for a later attempt, or park it; what the Delivery should say."""
    row = session.get(NoticeRow, notice_id)
    assert row is not None
    error = str(exc)
    if exc.retryable and row.attempts < policy.max_attempts:
        row.status, row.next_attempt_at = NoticeStatus.QUEUED, now.at + policy.wait_after(row.attempts)
    else:
        row.status, row.next_attempt_at = NoticeStatus.PARKED, None
        row.may_have_been_sent = exc.in_doubt
        if exc.retryable:
            error = f"gave up after {row.attempts} attempts: {error}"
    row.claimed_at, row.last_error = None, error[:500]
    session.add(row)
    if row.status == NoticeStatus.PARKED:
        _park_records(session, services, actor, row, _reference(session, row.case_id), error, now)
    outcome = DeliveryOutcome.PARKED if row.status == NoticeStatus.PARKED else DeliveryOutcome.QUEUED
    return {
        "status": outcome,
        "error": error,
        "next_attempt_at": row.next_attempt_at,
        "may_have_been_sent": row.may_have_been_sent,
        "channel_down": exc.channel_down,
    }


def _park_records(
    session: Session, services: Services, actor: Actor, row: NoticeRow, reference: str, error: str, now: Now
) -> None:
    """A parked notice's support-team task and audit event (no notice text: ids, kind, the error)."""
    assert row.id is not None
    check = (
        "it may have been sent: check with its recipients, then "
        if row.may_have_been_sent
        else "fix it, then "
    )
    open_task(
        session,
        services,
        row.case_id,
        PARKED_TASK,
        start=now.today,
        due=services.calendar.add_working_days(now.today, 1),
        party=row.uid,
        title=f"Notice {row.kind} not delivered: {check}`cspr notices retry {row.uid}`"[:200],
        role=Role.SUPPORT_TEAM,
    )
    audit.append(
        session,
        at=now.at,
        actor=actor.name,
        role=actor.role,
        command="park_notice",
        reference=reference,
        detail={
            "notice_id": row.id,
            "uid": row.uid,
            "kind": row.kind,
            "attempts": row.attempts,
            "may_have_been_sent": row.may_have_been_sent,
            "error": error[:500],
        },
    )


def _delivered(
    session: Session, actor: Actor, notice_id: int, reference: str, receipt: str, now: Now
) -> None:
    row = session.get(NoticeRow, notice_id)
    assert row is not None
    row.status, row.receipt = NoticeStatus.DELIVERED, receipt[:500]
    row.delivered_at, row.claimed_at, row.next_attempt_at = now.at, None, None
    session.add(row)
    audit.append(
        session,
        at=now.at,
        actor=actor.name,
        role=actor.role,
        command="deliver_notice",
        reference=reference,
        detail={"notice_id": notice_id, "uid": row.uid, "kind": row.kind, "receipt": receipt},
    )


def close_parked_task(session: Session, row: NoticeRow, actor: Actor, now: Now) -> None:
    """Close the support-team task a parked notice opened, once a person has released it."""
    close_tasks(
        session,
        row.case_id,
        PARKED_TASK,
        now,
        {"released_by": actor.name},
        party=row.uid,
        status=TaskStatus.DONE,
    )


@dataclass(frozen=True)
class Released:
    """A parked notice (or SLT digest) put back in the queue."""

    uid: str
    reference: str
    kind: str
    notice_id: int | None = None
    digest_id: int | None = None
    may_have_been_sent: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


_RELEASABLE = (NoticeStatus.PARKED, NoticeStatus.FAILED)


def retry_notices(services: Services, actor: Actor, command: RetryNotices, now: Now) -> list[Released]:
    """Re-queue parked notices: attempts reset, "may have been sent" cleared, their tasks closed.

    Each notice named must exist and be parked, or nothing changes (one line says which).
    The next dispatch sends them.
    """
    require(actor, "retry_notices")
    uids = tuple(check_uid(u.lower()) for u in command.uids)

    def work(session: Session) -> list[Released]:
        if command.all_parked:
            notices = list(session.exec(select(NoticeRow).where(col(NoticeRow.status).in_(_RELEASABLE))))
            digests = list(session.exec(select(DigestRow).where(col(DigestRow.status).in_(_RELEASABLE))))
        else:
            notices, digests = _named(session, command.ids, uids)
        out: list[Released] = []
        for n in sorted(notices, key=lambda r: r.id or 0):
            reference = _reference(session, n.case_id)
            out.append(
                Released(n.uid, reference, n.kind, notice_id=n.id, may_have_been_sent=n.may_have_been_sent)
            )
            _release(n)
            session.add(n)
            close_parked_task(session, n, actor, now)
            audit.append(
                session,
                at=now.at,
                actor=actor.name,
                role=actor.role,
                command="retry_notice",
                reference=reference,
                detail={
                    "notice_id": n.id,
                    "uid": n.uid,
                    "kind": n.kind,
                    "was_in_doubt": out[-1].may_have_been_sent,
                },
            )
        for d in digests:
            out.append(
                Released(
                    d.uid, "SLT-DIGEST", "slt_digest", digest_id=d.id, may_have_been_sent=d.may_have_been_sent
                )
            )
            _release(d)
            session.add(d)
            audit.append(
                session,
                at=now.at,
                actor=actor.name,
                role=actor.role,
                command="retry_digest",
                reference=None,
                detail={"digest_id": d.id, "uid": d.uid},
            )
        return out

    return transact(services.engine, work)


def _named(
    session: Session, ids: tuple[int, ...], uids: tuple[str, ...]
) -> tuple[list[NoticeRow], list[DigestRow]]:
    notices: list[NoticeRow] = []
    digests: list[DigestRow] = []
    for notice_id in ids:
        row = session.get(NoticeRow, notice_id)
        if row is None:
            raise NotFound(
                f"no notice {notice_id}; `cspr case show REF` lists a case's notices and their ids"
            )
        notices.append(_parked(row, str(notice_id)))
    for uid in uids:
        found = session.exec(select(NoticeRow).where(NoticeRow.uid == uid)).first()
        if found is not None:
            notices.append(_parked(found, uid))
            continue
        digest = session.exec(select(DigestRow).where(DigestRow.uid == uid)).first()
        if digest is None:
            raise NotFound(f"no notice or digest has uid {uid}")
        digests.append(_parked(digest, uid))
    return notices, digests


def _parked(row: Any, name: str) -> Any:
    if row.status not in _RELEASABLE:
        raise WrongState(f"notice {name} is {row.status}, not parked; only a parked notice can be retried")
    return row


def _release(row: NoticeRow | DigestRow) -> None:
    row.status, row.attempts, row.next_attempt_at, row.claimed_at = NoticeStatus.QUEUED, 0, None, None
    row.may_have_been_sent = False
