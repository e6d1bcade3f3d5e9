"""Logging a serious incident (19.5-19.9) and recording that a notice was sent."""

import hashlib
import json
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from domain.actors import Actor, require
from domain.clocks import lateness
from domain.commands import ConsiderCase, LogIncident, RecordNoticeSent
from domain.errors import CommandRefused, NotFound, WrongState
from domain.incident import IncidentReport, check_same_incident, recorded_facts
from domain.kinds import ClockKind
from domain.notices import intake_notices
from domain.plan import plan_clocks
from domain.status import ClockStatus
from store import audit
from store.database import transact
from store.queries import find_case
from store.tables import CaseRow, ChildRow, ClockRow, NoticeRow
from workflows.handlers.context import Now, Services
from workflows.handlers.ledger import replan_on_event
from workflows.handlers.rows import (
    case_context,
    clock_rows,
    clocks_context,
    close_tasks,
    meet_clock,
    open_clock_task,
    queue_notice,
    sync_clock,
)


@dataclass(frozen=True)
class IntakeResult:
    """The case an incident was logged as, and whether this call created it."""

    reference: str
    created: bool


def intake_key(report: IncidentReport, consider: bool = False) -> str:
    """The idempotency key: the same incident logged twice is the same case.

    With a caller reference: local authority + awareness date + that reference.
    Without one: local authority + awareness and incident dates + the children + the summary.
    """
    parts: list[object] = [report.local_authority, report.aware_date.isoformat()]
    if consider:
        parts.append("19.17")
    if report.reference:
        parts += ["ref", report.reference.strip()]
    else:
        parts += [
            "content",
            report.incident_date.isoformat(),
            [c.model_dump(mode="json") for c in report.children],
            report.summary.strip(),
        ]
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


NOTICE_CLOCKS = {ClockKind.PANEL_NOTIFICATION, ClockKind.PARTNER_NOTICE, ClockKind.LAC_DEATH_NOTICE}
_SENT = {  # what a sent notice is, in the words of a clock's history
    ClockKind.PANEL_NOTIFICATION: "the Panel notification",
    ClockKind.PARTNER_NOTICE: "the partner notice",
    ClockKind.LAC_DEATH_NOTICE: "the notice to the Secretary of State and Ofsted",
}


def log_incident(
    services: Services, actor: Actor, command: LogIncident | ConsiderCase, now: Now
) -> IntakeResult:
    """Open a case for a serious incident: plan its clocks, open its tasks, queue its notices.

    A ``ConsiderCase`` raises the case for the ICSC's discretion (19.17) instead: it gets a
    decision task and no Panel notification.
    """
    consider = isinstance(command, ConsiderCase)
    report = command.report if isinstance(command, ConsiderCase) else command
    require(actor, "consider_case" if consider else "log_incident")
    partnership, cal = services.partnership, services.calendar
    la = partnership.local_authority(report.local_authority)
    for name, value in (("incident_date", report.incident_date), ("aware_date", report.aware_date)):
        if value > now.today:
            raise CommandRefused(
                f"{name}: {value.isoformat()} is in the future (today is "
                f"{now.today.isoformat()}); check the date"
            )
    facts = report.facts(considered_at_discretion=consider)
    if not consider and not (facts.notifiable or facts.looked_after_child_died):
        raise WrongState(
            "not a serious child safeguarding case (19.2): abuse or neglect must be "
            "known or suspected and the child died or seriously harmed; a case for "
            "the ICSC's discretion (19.17) is logged with `cspr case consider`"
        )
    clocks = plan_clocks(facts, cal, partnership)
    key = intake_key(report, consider)
    prefix = f"{partnership.reference_prefix}-{report.aware_date.year}-"

    def work(session: Session) -> IntakeResult:
        existing = session.exec(select(CaseRow).where(CaseRow.intake_key == key)).first()
        if existing is not None:
            assert existing.id is not None
            check_same_incident(report, _recorded(session, existing), existing.reference)
            return IntakeResult(existing.reference, created=False)
        reference = prefix + f"{_next_number(session, prefix):04d}"
        case = CaseRow(
            reference=reference,
            intake_key=key,
            caller_reference=report.reference,
            local_authority=report.local_authority,
            incident_date=report.incident_date,
            aware_date=report.aware_date,
            harm=report.harm,
            abuse_or_neglect=report.abuse_or_neglect,
            location=report.location,
            looked_after=report.looked_after,
            criminal_investigation=report.criminal_investigation,
            summary=report.summary,
            reported_by=report.reported_by,
            created_at=now.at,
            logged_by=actor.label,
            considered_at_discretion=consider,
        )
        session.add(case)
        session.flush()
        assert case.id is not None
        for child in report.children:
            session.add(ChildRow(case_id=case.id, initials=child.initials, age=child.age, sex=child.sex))
        for clock in clocks:
            sync_clock(session, case.id, clock, actor, now, "planned at intake")
            open_clock_task(session, services, case.id, clock)
        context = case_context(session, case, la.name)
        clocks_ctx = clocks_context(clock_rows(session, case.id))
        owed = intake_notices(clocks, partnership, la)
        for notice in owed:
            queue_notice(session, services, case.id, notice, now, context, clocks_ctx)
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="consider_case" if consider else "log_incident",
            reference=reference,
            detail={
                "aware_date": report.aware_date,
                "local_authority": report.local_authority,
                "clocks": {c.key: c.due for c in clocks},
                "notices": [n.kind for n in owed],
            },
        )
        return IntakeResult(reference, created=True)

    return transact(services.engine, work)


def _recorded(session: Session, case: CaseRow) -> dict[str, object]:
    children = session.exec(select(ChildRow).where(ChildRow.case_id == case.id)).all()
    return recorded_facts(case, [(c.initials, c.age, c.sex) for c in children])


def _next_number(session: Session, prefix: str) -> int:
    last = session.exec(
        select(CaseRow.reference)
        .where(col(CaseRow.reference).startswith(prefix))
        .order_by(col(CaseRow.reference).desc())
        .limit(1)
    ).first()
    return int(last.rsplit("-", 1)[1]) + 1 if last else 1


def record_notice_sent(services: Services, actor: Actor, command: RecordNoticeSent, now: Now) -> date:
    """Record the day a notice really went; that meets its clock and closes its task."""
    require(actor, "record_notice_sent")
    reference, kind, on = command.reference, command.kind, command.on
    try:
        clock_kind = ClockKind(kind)
    except ValueError:
        clock_kind = None
    if clock_kind not in NOTICE_CLOCKS:
        known = ", ".join(sorted(k.value for k in NOTICE_CLOCKS))
        raise CommandRefused(f"notice kind {kind!r} is not a notice with a clock; use one of {known}")
    if on > now.today:
        raise CommandRefused(
            f"--on {on.isoformat()} is in the future (today is "
            f"{now.today.isoformat()}); record it once it has been sent"
        )

    def work(session: Session) -> date:
        case = find_case(session, reference)
        assert case.id is not None
        if on < case.aware_date:
            raise CommandRefused(
                f"--on {on.isoformat()} is before the local authority became aware "
                f"({case.aware_date.isoformat()})"
            )
        clock = session.exec(
            select(ClockRow).where(ClockRow.case_id == case.id, ClockRow.kind == clock_kind)
        ).first()
        if clock is None:
            raise NotFound(f"{reference} has no {kind} clock (it applies only when the facts call for it)")
        if clock.status == ClockStatus.MET:
            if clock.met_on == on:
                return on
            assert clock.met_on is not None
            raise WrongState(
                f"{reference} {kind} was already recorded as sent on "
                f"{clock.met_on.isoformat()}; correct it with `cspr case correct`"
            )
        if clock.status != ClockStatus.OPEN:
            raise WrongState(f"{reference} {kind} clock is {clock.status}; only an open clock can be met")
        late = lateness(services.calendar, clock.due, on)
        meet_clock(
            session,
            case.id,
            clock_kind,
            on,
            actor,
            now,
            f"sent on {on.isoformat()}",
            calendar=services.calendar,
        )
        for notice in session.exec(
            select(NoticeRow).where(NoticeRow.case_id == case.id, NoticeRow.clock_kind == clock_kind)
        ):
            notice.sent_on = on
            session.add(notice)
        close_tasks(session, case.id, clock_kind, now, {"sent_on": on.isoformat()})
        session.flush()
        moved = replan_on_event(
            session, services, case, actor, now, f"{_SENT[clock_kind]} sent on {on.isoformat()}"
        )
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="record_notice_sent",
            reference=reference,
            detail={
                "kind": kind,
                "sent_on": on,
                "due": clock.due,
                "late_by_working_days": late,
                "changes": [c.as_dict() for c in moved],
            },
        )
        return on

    return transact(services.engine, work)
