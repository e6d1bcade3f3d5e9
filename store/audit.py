"""The audit trail: append-only events chained by SHA-256, and a verifier that says where it breaks."""

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, col, select

from store.tables import AuditEventRow

GENESIS = "0" * 64


def canonical(detail: dict[str, Any]) -> dict[str, Any]:
    """The detail as it will read back from the database (dates and enums as strings)."""
    return json.loads(json.dumps(detail, default=str, sort_keys=True))


def event_hash(
    prev_hash: str,
    at: datetime,
    actor: str,
    role: str,
    command: str,
    reference: str | None,
    detail: dict[str, Any],
) -> str:
    """The hash of one event's contents together with its predecessor's hash."""
    body = json.dumps(
        [prev_hash, at.isoformat(), actor, role, command, reference, detail],
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(
    session: Session,
    *,
    at: datetime,
    actor: str,
    role: str,
    command: str,
    reference: str | None,
    detail: dict[str, Any],
) -> AuditEventRow:
    """Add an event after the latest one, in the caller's transaction."""
    last = session.exec(select(AuditEventRow).order_by(col(AuditEventRow.id).desc()).limit(1)).first()
    prev_hash = last.hash if last else GENESIS
    at = at.astimezone(UTC)  # stored and read back as aware UTC; hashed exactly so
    detail = canonical(detail)
    row = AuditEventRow(
        at=at,
        actor=actor,
        role=role,
        command=command,
        reference=reference,
        detail=detail,
        prev_hash=prev_hash,
        hash=event_hash(prev_hash, at, actor, role, command, reference, detail),
    )
    session.add(row)
    return row


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the chain: how many events, and the first break if any."""

    events: int
    broken_at: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify(session: Session) -> ChainReport:
    """Recompute every hash in order; report the first event whose hash or link is wrong."""
    prev_hash = GENESIS
    count = 0
    for row in session.exec(select(AuditEventRow).order_by(col(AuditEventRow.id))):
        count += 1
        if row.prev_hash != prev_hash:
            return ChainReport(
                count,
                row.id,
                f"audit event {row.id} does not follow event before it (an event was removed or reordered)",
            )
        expected = event_hash(
            row.prev_hash, row.at, row.actor, row.role, row.command, row.reference, row.detail
        )
        if row.hash != expected:
            return ChainReport(
                count,
                row.id,
                f"audit event {row.id} ({row.command}, "
                f"{row.reference or 'no case'}) was changed after it was written",
            )
        prev_hash = row.hash
    return ChainReport(count)
