"""Logging a serious incident (19.5-19.9) and recording that a notice was sent."""

import hashlib
import json
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from domain.actors import Actor, require
from domain.clocks import PlannedClock
from domain.commands.context import Now, Services
from domain.errors import CommandRefused, NotFound, WrongState
from domain.incident import IncidentReport
from domain.kinds import ClockKind, Role
from domain.notices import NoticeOwed, intake_notices, notice_context
from domain.plan import plan_clocks
from domain.queries import find_case
from domain.store import audit
from domain.store.database import transact
from domain.store.tables import CaseRow, ChildRow, ClockChangeRow, ClockRow, NoticeRow, TaskRow


@dataclass(frozen=True)
class IntakeResult:
    """The case an incident was logged as, and whether this call created it."""

    reference: str
    created: bool


def intake_key(report: IncidentReport) -> str:
    """The idempotency key: the same incident logged twice is the same case.

    With a caller reference: local authority + awareness date + that reference.
    Without one: local authority + awareness and incident dates + the children + the summary.
    """
    parts: list[object] = [report.local_authority, report.aware_date.isoformat()]
    if report.reference:
        parts += ["ref", report.reference.strip()]
    else:
        parts += ["content", report.incident_date.isoformat(),
                  [c.model_dump(mode="json") for c in report.children], report.summary.strip()]
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


# The support team's tasks for each notice, and the ICSC's decision task (19.11).
TASKS: dict[str, tuple[str, Role]] = {
    "panel_notification": ("Notify the Panel through its online form (19.7)", Role.SUPPORT_TEAM),
    "partner_notice": ("Tell the safeguarding partners, support team and ICSC (19.8)",
                       Role.SUPPORT_TEAM),
    "lac_death_notice": ("Notify the Secretary of State and Ofsted (19.9)", Role.SUPPORT_TEAM),
    "icsc_decision": ("Decide whether a local review is appropriate (19.11-19.17)", Role.ICSC),
}
NOTICE_CLOCKS = {ClockKind.PANEL_NOTIFICATION, ClockKind.PARTNER_NOTICE,
                 ClockKind.LAC_DEATH_NOTICE}


def log_incident(services: Services, actor: Actor, report: IncidentReport, now: Now) -> IntakeResult:
    """Open a case for a serious incident: plan its clocks, open its tasks, queue its notices."""
    require(actor, "log_incident")
    partnership, cal = services.partnership, services.calendar
    la = partnership.local_authority(report.local_authority)
    for name, value in (("incident_date", report.incident_date), ("aware_date", report.aware_date)):
        if value > now.today:
            raise CommandRefused(f"{name}: {value.isoformat()} is in the future (today is "
                                 f"{now.today.isoformat()}); check the date")
    facts = report.facts()
    if not (facts.notifiable or facts.looked_after_child_died):
        raise WrongState("not a serious child safeguarding case (19.2): abuse or neglect must be "
                         "known or suspected and the child died or seriously harmed; a case for "
                         "the ICSC's discretion (19.17) is logged with `cspr case consider`")
    clocks = plan_clocks(facts, cal, partnership)
    key = intake_key(report)
    prefix = f"{partnership.reference_prefix}-{report.aware_date.year}-"

    def work(session: Session) -> IntakeResult:
        existing = session.exec(select(CaseRow).where(CaseRow.intake_key == key)).first()
        if existing is not None:
            return IntakeResult(existing.reference, created=False)
        reference = prefix + f"{_next_number(session, prefix):04d}"
        case = CaseRow(
            reference=reference, intake_key=key, caller_reference=report.reference,
            local_authority=report.local_authority, incident_date=report.incident_date,
            aware_date=report.aware_date, harm=report.harm, abuse_or_neglect=report.abuse_or_neglect,
            location=report.location, looked_after=report.looked_after,
            criminal_investigation=report.criminal_investigation, summary=report.summary,
            reported_by=report.reported_by, created_at=now.at,
            logged_by=actor.label,
        )
        session.add(case)
        session.flush()
        assert case.id is not None
        for child in report.children:
            session.add(ChildRow(case_id=case.id, initials=child.initials, age=child.age,
                                 sex=child.sex))
        for clock in clocks:
            _add_clock(session, case.id, clock, actor, now)
            _add_task(session, case.id, clock, services, now)
        case_facts = {
            "reference": reference, "local_authority": la.name,
            "incident_date": report.incident_date, "aware_date": report.aware_date,
            "harm": str(report.harm), "abuse_or_neglect": str(report.abuse_or_neglect),
            "location": str(report.location), "looked_after": report.looked_after,
            "criminal_investigation": report.criminal_investigation,
            "children": [c.model_dump(mode="json") for c in report.children],
            "summary": report.summary, "reported_by": report.reported_by,
            "considered_at_discretion": False,
        }
        owed = intake_notices(clocks, partnership, la)
        for notice in owed:
            _queue_notice(session, case.id, notice, services, now, case_facts, clocks)
        audit.append(session, at=now.at, actor=actor.name, role=actor.role, command="log_incident",
                     reference=reference, detail={
                         "aware_date": report.aware_date, "local_authority": report.local_authority,
                         "clocks": {c.key: c.due for c in clocks},
                         "notices": [n.kind for n in owed]})
        return IntakeResult(reference, created=True)

    return transact(services.engine, work)


def _next_number(session: Session, prefix: str) -> int:
    last = session.exec(select(CaseRow.reference).where(col(CaseRow.reference).startswith(prefix))
                        .order_by(col(CaseRow.reference).desc()).limit(1)).first()
    return int(last.rsplit("-", 1)[1]) + 1 if last else 1


def _add_clock(session: Session, case_id: int, clock: PlannedClock, actor: Actor, now: Now) -> None:
    row = ClockRow(case_id=case_id, kind=clock.kind, party=clock.party or "", start=clock.start,
                   due=clock.due, action_by=clock.action_by, working_days=clock.working_days,
                   statutory=clock.statutory, basis=clock.source, owner=clock.owner,
                   recipients=clock.to, explanation=clock.explanation.text,
                   provisional=clock.provisional)
    session.add(row)
    session.flush()
    assert row.id is not None
    session.add(ClockChangeRow(clock_id=row.id, old_due=None, new_due=clock.due, change="planned",
                               reason=clock.explanation.text, actor=actor.label,
                               at=now.at))


def _add_task(session: Session, case_id: int, clock: PlannedClock, services: Services,
              now: Now) -> None:
    title_role = TASKS.get(str(clock.kind))
    if title_role is None:
        return
    title, role = title_role
    contacts = services.partnership.contacts
    assignee = contacts.icsc.name if role is Role.ICSC else contacts.support_team.name
    half = max(1, clock.working_days // 2)
    follow_up = min(services.calendar.add_working_days(clock.start, half), clock.due)
    session.add(TaskRow(case_id=case_id, kind=str(clock.kind), party=clock.party or "",
                        title=title, owner_role=role, assignee=assignee, due=clock.due,
                        follow_up=follow_up))


def _queue_notice(session: Session, case_id: int, notice: NoticeOwed, services: Services, now: Now,
                  case_facts: dict[str, object], clocks: tuple[PlannedClock, ...]) -> None:
    clock = notice.clock
    left = services.calendar.working_days_between(now.today, clock.due) if clock else None
    context = notice_context(notice=notice, case=case_facts, clocks=clocks,
                             partnership=services.partnership, working_days_left=left,
                             today=now.today)
    rendered = services.renderer.render(notice.kind, context)
    session.add(NoticeRow(
        case_id=case_id, kind=notice.kind, dedupe_key=notice.dedupe_key,
        clock_kind=str(clock.kind) if clock else None,
        recipients=[{"name": r.name, "email": r.email} for r in notice.recipients],
        subject=rendered.subject, body_text=rendered.text, body_html=rendered.html,
        due=clock.due if clock else None, created_at=now.at))


def record_notice_sent(services: Services, actor: Actor, reference: str, kind: str, on: date,
                       now: Now) -> date:
    """Record the day a notice really went; that meets its clock and closes its task."""
    require(actor, "record_notice_sent")
    try:
        clock_kind = ClockKind(kind)
    except ValueError:
        clock_kind = None
    if clock_kind not in NOTICE_CLOCKS:
        known = ", ".join(sorted(k.value for k in NOTICE_CLOCKS))
        raise CommandRefused(f"notice kind {kind!r} is not a notice with a clock; use one of {known}")
    if on > now.today:
        raise CommandRefused(f"--on {on.isoformat()} is in the future (today is "
                             f"{now.today.isoformat()}); record it once it has been sent")

    def work(session: Session) -> date:
        case = find_case(session, reference)
        if on < case.aware_date:
            raise CommandRefused(f"--on {on.isoformat()} is before the local authority became aware "
                                 f"({case.aware_date.isoformat()})")
        clock = session.exec(select(ClockRow).where(ClockRow.case_id == case.id,
                                                    ClockRow.kind == clock_kind)).first()
        if clock is None:
            raise NotFound(f"{reference} has no {kind} clock (it applies only when the facts "
                           "call for it)")
        if clock.status == "met":
            if clock.met_on == on:
                return on
            assert clock.met_on is not None
            raise WrongState(f"{reference} {kind} was already recorded as sent on "
                             f"{clock.met_on.isoformat()}; correct it with `cspr case correct`")
        if clock.status != "open":
            raise WrongState(f"{reference} {kind} clock is {clock.status}; only an open clock "
                             "can be met")
        clock.status, clock.met_on = "met", on
        late = services.calendar.working_days_between(clock.due, on)
        assert clock.id is not None
        session.add(ClockChangeRow(clock_id=clock.id, old_due=clock.due, new_due=clock.due,
                                   change="met", reason=f"sent on {on.isoformat()}"
                                   + (f", {late} working days late" if late > 0 else ""),
                                   actor=actor.label, at=now.at))
        for notice in session.exec(select(NoticeRow).where(NoticeRow.case_id == case.id,
                                                           NoticeRow.clock_kind == clock_kind)):
            notice.sent_on = on
            session.add(notice)
        for task in session.exec(select(TaskRow).where(TaskRow.case_id == case.id,
                                                       TaskRow.kind == clock_kind,
                                                       TaskRow.status == "open")):
            task.status, task.closed_at = "done", now.at
            task.outcome = {"sent_on": on.isoformat()}
            session.add(task)
        session.add(clock)
        audit.append(session, at=now.at, actor=actor.name, role=actor.role,
                     command="record_notice_sent", reference=reference,
                     detail={"kind": kind, "sent_on": on, "due": clock.due,
                             "late_by_working_days": max(late, 0)})
        return on

    return transact(services.engine, work)
