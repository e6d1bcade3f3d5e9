"""The audit trail: append-only events chained by SHA-256, signed by HMAC, anchored outside the store.

Each event records the state it left (a digest of the affected cases' rows, per table), and the
operating-system user and host of the process that wrote it. The state, the MAC and the anchor
are written when the transaction commits, so they see every row the transaction changed.
"""

import getpass
import hashlib
import json
import os
import socket
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from store import audit_seal, audit_state
from store.audit_seal import Seal
from store.tables import AuditEventRow, CaseRow

GENESIS = "0" * 64
_PENDING = "cspr_audit_pending"
_TOUCHED = "cspr_audit_touched"
_HEAD = "cspr_audit_head"

ORIGIN: ContextVar[str | None] = ContextVar("cspr_audit_origin", default=None)
"""Where the actor acts from: the command line sets "operator on the server" (its --as is self-declared)."""


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


def sealed_fields(row: AuditEventRow) -> dict[str, Any]:
    """Every column of the event but the MAC itself: what the MAC signs."""
    return {
        "id": row.id,
        "at": row.at.isoformat(),
        "actor": row.actor,
        "role": row.role,
        "command": row.command,
        "reference": row.reference,
        "detail": row.detail,
        "prev_hash": row.prev_hash,
        "hash": row.hash,
        "os_user": row.os_user,
        "host": row.host,
        "origin": row.origin,
        "state": row.state,
    }


def os_user() -> str:
    """The operating-system user running this process."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return f"uid {os.getuid()}"


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
    """Add an event after the latest one, in the caller's transaction; sealed when it commits."""
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
        os_user=os_user()[:100],
        host=socket.gethostname()[:255],
        origin=ORIGIN.get(),
    )
    session.add(row)
    session.info.setdefault(_PENDING, []).append(row)
    return row


def _engine(session: Session) -> Engine:
    bind = session.get_bind()
    return bind if isinstance(bind, Engine) else bind.engine


@event.listens_for(Session, "after_flush")
def _track(session: Session, _context: Any) -> None:
    touched: set[int] = session.info.setdefault(_TOUCHED, set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        case_id = audit_state.case_of(obj)
        if case_id is not None:
            touched.add(case_id)


@event.listens_for(Session, "before_commit")
def _seal(session: Session) -> None:
    pending: list[AuditEventRow] = session.info.get(_PENDING, [])
    if not pending:
        return
    session.flush()
    seal = audit_seal.seal_of(_engine(session))
    ids = set(session.info.get(_TOUCHED, set()))
    refs = {r.reference for r in pending if r.reference}
    if refs:
        ids |= set(session.exec(select(CaseRow.id).where(col(CaseRow.reference).in_(refs))).all())
    cases = session.exec(select(CaseRow.id, CaseRow.reference).where(col(CaseRow.id).in_(ids))).all()
    state = {ref: audit_state.case_state(session, cid) for cid, ref in cases if cid is not None}
    for row in pending:
        row.state = state
        session.add(row)
        session.flush()
        row.mac = audit_seal.mac(seal.key, sealed_fields(row))
        session.add(row)
    session.flush()
    head = pending[-1]
    session.info[_HEAD] = (seal.anchor, head.id, head.hash, head.at.isoformat())
    session.info.pop(_PENDING, None)


@event.listens_for(Session, "after_commit")
def _anchor(session: Session) -> None:
    session.info.pop(_TOUCHED, None)
    head = session.info.pop(_HEAD, None)
    if head is not None and head[0] is not None:
        audit_seal.write_anchor(head[0], head[1], head[2], head[3])


@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, _previous: Any) -> None:
    for key in (_PENDING, _TOUCHED, _HEAD):
        session.info.pop(key, None)


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the trail: how many events, and each finding (one line each)."""

    events: int
    findings: list[str] = field(default_factory=list)
    broken_at: int | None = None

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def problem(self) -> str | None:
        return self.findings[0] if self.findings else None


def chain_head(session: Session) -> tuple[int, str] | None:
    """The latest event's id and hash, or None when the trail is empty."""
    last = session.exec(select(AuditEventRow).order_by(col(AuditEventRow.id).desc()).limit(1)).first()
    return (last.id, last.hash) if last is not None and last.id is not None else None


def verify(session: Session, seal: Seal | None = None, *, deep: bool = False) -> ChainReport:
    """Check links, hashes, MACs, the anchor file and every case's events; ``deep`` also rows."""
    findings: list[str] = []
    first_break: int | None = None
    prev_hash = GENESIS
    rows = list(session.exec(select(AuditEventRow).order_by(col(AuditEventRow.id))))
    for row in rows:
        where = f"audit event {row.id} ({row.command}, {row.reference or 'no case'})"
        problems = []
        if row.prev_hash != prev_hash:
            problems.append(
                f"audit event {row.id} does not follow the event before it "
                "(an event was removed or reordered)"
            )
        expected = event_hash(
            row.prev_hash, row.at, row.actor, row.role, row.command, row.reference, row.detail
        )
        if row.hash != expected:
            problems.append(f"{where} was changed after it was written (its hash does not match)")
        if seal is not None:
            if row.mac is None:
                problems.append(f"{where} has no MAC (it was not written by cspr, or its MAC was removed)")
            elif row.mac != audit_seal.mac(seal.key, sealed_fields(row)):
                problems.append(f"{where} fails its MAC (it was changed or forged without the audit key)")
        if problems and first_break is None:
            first_break = row.id
        findings.extend(problems)
        prev_hash = row.hash
    findings.extend(_anchor_findings(rows, seal))
    findings.extend(_case_findings(session, rows))
    if deep:
        findings.extend(_state_findings(session))
    return ChainReport(len(rows), findings, first_break)


def _anchor_findings(rows: list[AuditEventRow], seal: Seal | None) -> list[str]:
    if seal is None or seal.anchor is None:
        return []
    heads = audit_seal.read_anchor(seal.anchor)
    if not heads:
        return (
            [f"anchor file {seal.anchor} is missing or empty though the store holds {len(rows)} events"]
            if rows
            else []
        )
    by_id = {r.id: r.hash for r in rows}
    findings = []
    for head in heads:
        if head["id"] is None:
            findings.append(f"anchor file {seal.anchor} holds a line that is not a chain head")
        elif head["id"] not in by_id:
            findings.append(
                f"audit event {head['id']} is in the anchor file but missing from the store (deleted)"
            )
        elif by_id[head["id"]] != head["hash"]:
            findings.append(f"audit event {head['id']} differs from the hash the anchor file recorded")
    return findings


def _case_findings(session: Session, rows: list[AuditEventRow]) -> list[str]:
    audited = {r.reference for r in rows if r.reference}
    return [
        f"case {ref} has no audit events (its events were deleted)"
        for ref in session.exec(select(CaseRow.reference).order_by(col(CaseRow.id))).all()
        if ref not in audited
    ]


def drifted(session: Session, table: str) -> list[str]:
    """The cases whose rows in ``table`` differ from the state their latest audit event recorded."""
    ids = dict(session.exec(select(CaseRow.reference, CaseRow.id)).all())
    found = []
    for ref, (_, recorded) in sorted(_latest_states(session).items()):
        case_id = ids.get(ref)
        if case_id is None or table not in recorded:
            continue
        if recorded[table] != audit_state.table_state(session, table, case_id):
            found.append(ref)
    return found


def _latest_states(session: Session) -> dict[str, tuple[int | None, dict[str, str]]]:
    """Each case's latest recorded state, with the id of the event that recorded it."""
    stmt = (
        select(AuditEventRow.id, AuditEventRow.state)
        .where(col(AuditEventRow.state).is_not(None))
        .order_by(col(AuditEventRow.id))
    )
    last: dict[str, tuple[int | None, dict[str, str]]] = {}
    for event_id, state in session.exec(stmt):
        for ref, tables in (state or {}).items():
            last[ref] = (event_id, tables)
    return last


def _state_findings(session: Session) -> list[str]:
    ids = dict(session.exec(select(CaseRow.reference, CaseRow.id)).all())
    findings = []
    for ref, (event_id, recorded) in sorted(_latest_states(session).items()):
        case_id = ids.get(ref)
        if case_id is None:
            findings.append(f"case {ref}: its rows are gone, but audit event {event_id} recorded them")
            continue
        now = audit_state.case_state(session, case_id)
        for table in sorted(set(recorded) | set(now)):
            if recorded.get(table) != now.get(table):
                findings.append(
                    f"case {ref}: table {table} differs from the state audit event {event_id} recorded"
                )
    return findings


def adopt_unsealed(engine: Engine) -> int:
    """Seal a store written before events carried a MAC; returns how many events it sealed.

    Only a trail with no sealed event, no anchor line and an intact hash chain is adopted: its
    events get their MACs and the anchor its first head. Anything else is left for `verify`.
    """
    seal = audit_seal.seal_of(engine)
    if audit_seal.has_anchor(seal.anchor):  # on every start: a stat, not a read of the file
        return 0
    with Session(engine) as session:
        if session.exec(select(AuditEventRow.id).where(col(AuditEventRow.mac).is_not(None)).limit(1)).first():
            return 0
        rows = list(session.exec(select(AuditEventRow).order_by(col(AuditEventRow.id))))
        if not rows or verify(session).findings:
            return 0
        for row in rows:
            row.mac = audit_seal.mac(seal.key, sealed_fields(row))
            session.add(row)
        session.commit()
        head = rows[-1]
        if seal.anchor is not None and head.id is not None:
            audit_seal.write_anchor(seal.anchor, head.id, head.hash, head.at.isoformat())
        return len(rows)
