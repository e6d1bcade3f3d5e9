"""Row-level steps that commands share: clocks, tasks and notices, each change kept in history."""

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, col, select

from calendars import WorkingCalendar
from domain.actors import Actor
from domain.clocks import PlannedClock, late_words, lateness
from domain.decisions import Outcome
from domain.events import CaseEvents
from domain.facts import AbuseOrNeglect, CaseFacts, Harm, Location
from domain.kinds import ClockKind, Role
from domain.notices import ClockFacts, NoticeOwed, notice_context
from domain.partnership import Contact
from domain.status import ClockChangeKind, ClockStatus, TaskStatus
from store.local_review_tables import ReviewRow
from store.review_tables import DecisionRow, PanelResponseRow
from store.tables import CaseRow, ChildRow, ClockChangeRow, ClockRow, NoticeRow, TaskRow
from workflows.handlers.changes import ClockChanged, collecting, note
from workflows.handlers.context import Now, Services


def facts_of(case: CaseRow) -> CaseFacts:
    """The clock-deciding facts of a stored case."""
    return CaseFacts(
        incident_date=case.incident_date,
        aware_date=case.aware_date,
        harm=Harm(case.harm),
        abuse_or_neglect=AbuseOrNeglect(case.abuse_or_neglect),
        location=Location(case.location),
        looked_after=case.looked_after,
        criminal_investigation=case.criminal_investigation,
        considered_at_discretion=case.considered_at_discretion,
    )


def latest_decision(session: Session, case_id: int) -> DecisionRow | None:
    """The case's current decision: the highest revision."""
    return session.exec(
        select(DecisionRow)
        .where(DecisionRow.case_id == case_id)
        .order_by(col(DecisionRow.revision).desc())
        .limit(1)
    ).first()


def events_of(session: Session, case: CaseRow) -> CaseEvents:
    """The events recorded so far, as the clock plan needs them."""
    assert case.id is not None
    decision = latest_decision(session, case.id)
    local = session.exec(
        select(DecisionRow).where(DecisionRow.case_id == case.id).order_by(col(DecisionRow.revision).desc())
    ).all()
    local_from = None  # the start of the current run of local_review decisions
    for d in local:
        if d.outcome != Outcome.LOCAL_REVIEW:
            break
        local_from = d.decided_on
    disagreed = session.exec(
        select(PanelResponseRow)
        .where(PanelResponseRow.case_id == case.id, col(PanelResponseRow.agrees).is_(False))
        .order_by(col(PanelResponseRow.id).desc())
    ).first()
    panel = session.exec(
        select(col(ClockRow.met_on)).where(
            ClockRow.case_id == case.id, ClockRow.kind == ClockKind.PANEL_NOTIFICATION
        )
    ).first()
    return CaseEvents(
        panel_notification_sent_on=panel,
        icsc_decided_on=decision.decided_on if decision else None,
        local_review_decided_on=local_from,
        panel_disagreed_on=disagreed.responded_on if disagreed else None,
    )


def case_context(session: Session, case: CaseRow, la_name: str) -> dict[str, Any]:
    """The case facts every notice template receives."""
    children = session.exec(
        select(ChildRow).where(ChildRow.case_id == case.id).order_by(col(ChildRow.id))
    ).all()
    return {
        "reference": case.reference,
        "local_authority": la_name,
        "incident_date": case.incident_date,
        "aware_date": case.aware_date,
        "harm": case.harm,
        "abuse_or_neglect": case.abuse_or_neglect,
        "location": case.location,
        "looked_after": case.looked_after,
        "criminal_investigation": case.criminal_investigation,
        "children": [{"initials": c.initials, "age": c.age, "sex": c.sex} for c in children],
        "summary": case.summary,
        "reported_by": case.reported_by,
        "considered_at_discretion": case.considered_at_discretion,
    }


def clock_rows(session: Session, case_id: int) -> list[ClockRow]:
    return list(session.exec(select(ClockRow).where(ClockRow.case_id == case_id)))


def clocks_context(rows: Iterable[ClockRow]) -> dict[str, dict[str, Any]]:
    """The case's clocks by kind, as templates see them (per-partner clocks left out)."""
    return {r.kind: {"due": r.due, "statutory": r.statutory, "basis": r.basis} for r in rows if not r.party}


def record_change(
    session: Session,
    row: ClockRow,
    change: ClockChangeKind,
    old: date | None,
    reason: str,
    actor: Actor,
    now: Now,
) -> None:
    """One line of the clock's history: the change, its old and new due date, why and by whom."""
    assert row.id is not None
    session.add(
        ClockChangeRow(
            clock_id=row.id,
            old_due=old,
            new_due=row.due,
            change=change,
            reason=reason,
            actor=actor.label,
            at=now.at,
        )
    )
    if collecting():
        case = session.get(CaseRow, row.case_id)
        assert case is not None
        note(session, ClockChanged(case.reference, row.kind, row.party, change, old, row.due))


def new_round(clock: ClockRow, changed_on: date) -> None:
    """Start a new ladder round after the due date moved: rungs before ``changed_on`` are past."""
    clock.ladder_round += 1
    clock.ladder_mark = changed_on - timedelta(days=1)


def move_due(session: Session, services: Services, clock: ClockRow, new_due: date, today: date) -> None:
    """Set a clock's due date (and the dates that follow from it); a new ladder round if open."""
    cal = services.calendar
    clock.due = new_due
    clock.action_by = new_due if cal.is_working_day(new_due) else cal.previous_working_day(new_due)
    clock.working_days = cal.working_days_between(clock.start, new_due)
    if clock.status == ClockStatus.OPEN:
        new_round(clock, today)
        for task in session.exec(
            select(TaskRow).where(
                TaskRow.case_id == clock.case_id,
                TaskRow.kind == clock.kind,
                TaskRow.party == clock.party,
                TaskRow.status == TaskStatus.OPEN,
            )
        ):
            task.due, task.follow_up = new_due, min(task.follow_up, new_due)
            session.add(task)
    session.add(clock)


def sync_clock(
    session: Session,
    case_id: int,
    clock: PlannedClock,
    actor: Actor,
    now: Now,
    reason: str,
    *,
    reopen: bool = False,
) -> ClockRow:
    """Store a planned clock: create it, move an open one to its new due date, or reopen it."""
    row = session.exec(
        select(ClockRow).where(
            ClockRow.case_id == case_id, ClockRow.kind == clock.kind, ClockRow.party == (clock.party or "")
        )
    ).first()
    if row is None:
        row = ClockRow(
            case_id=case_id,
            kind=clock.kind,
            party=clock.party or "",
            start=clock.start,
            due=clock.due,
            action_by=clock.action_by,
            working_days=clock.working_days,
            statutory=clock.statutory,
            basis=clock.source,
            owner=clock.owner,
            recipients=clock.to,
            explanation=clock.explanation.text,
            provisional=clock.provisional,
        )
        session.add(row)
        session.flush()
        record_change(session, row, ClockChangeKind.PLANNED, None, clock.explanation.text, actor, now)
        return row
    if row.status == ClockStatus.OPEN or reopen:
        old, was = row.due, row.status
        if old == clock.due and was == ClockStatus.OPEN:
            return row
        row.start, row.due, row.action_by = clock.start, clock.due, clock.action_by
        row.working_days, row.explanation = clock.working_days, clock.explanation.text
        row.provisional, row.status, row.met_on = clock.provisional, ClockStatus.OPEN, None
        new_round(row, now.today)  # a new due date climbs a new escalation ladder
        session.add(row)
        record_change(
            session,
            row,
            ClockChangeKind.REOPENED if was != ClockStatus.OPEN else ClockChangeKind.MOVED,
            old,
            f"{reason}. {clock.explanation.text}",
            actor,
            now,
        )
    return row


def meet_clock(
    session: Session,
    case_id: int,
    kind: ClockKind,
    on: date,
    actor: Actor,
    now: Now,
    reason: str,
    *,
    calendar: WorkingCalendar,
    party: str = "",
) -> ClockRow | None:
    """Mark an open clock met on ``on``; None if the case has no such open clock.

    A clock met after its due date says so in its history line: "..., 2 working days late".
    """
    row = session.exec(
        select(ClockRow).where(ClockRow.case_id == case_id, ClockRow.kind == kind, ClockRow.party == party)
    ).first()
    if row is None or row.status != ClockStatus.OPEN:
        return None
    row.status, row.met_on = ClockStatus.MET, on
    session.add(row)
    late = lateness(calendar, row.due, on)
    text = f"{reason}, {late_words(late)}" if late else reason
    record_change(session, row, ClockChangeKind.MET, row.due, text, actor, now)
    return row


def stop_clock(
    session: Session, case_id: int, kind: ClockKind, actor: Actor, now: Now, reason: str
) -> ClockRow | None:
    """Stop an open clock that no longer applies, with the reason."""
    row = session.exec(select(ClockRow).where(ClockRow.case_id == case_id, ClockRow.kind == kind)).first()
    if row is None or row.status != ClockStatus.OPEN:
        return None
    row.status = ClockStatus.STOPPED
    session.add(row)
    record_change(session, row, ClockChangeKind.STOPPED, row.due, reason, actor, now)
    return row


TASKS: dict[str, tuple[str, Role]] = {
    "panel_notification": ("Notify the Panel through its online form (19.7)", Role.SUPPORT_TEAM),
    "partner_notice": ("Tell the safeguarding partners, support team and ICSC (19.8)", Role.SUPPORT_TEAM),
    "lac_death_notice": ("Notify the Secretary of State and Ofsted (19.9)", Role.SUPPORT_TEAM),
    "icsc_decision": ("Decide whether a local review is appropriate (19.11-19.17)", Role.ICSC),
    "rapid_review_submission": ("Submit the rapid review to the Panel (19.13)", Role.SPA),
    "partner_ratification": ("Ratify or challenge the ICSC's decision (001 §11.5)", Role.PARTNER),
    "family_notification": ("Tell the family the outcome and rationale (19.21-19.22)", Role.SUPPORT_TEAM),
    "reconsideration_meeting": ("Convene the ICSC and partners to review the decision (19.19)", Role.SPA),
}


def open_task(
    session: Session,
    services: Services,
    case_id: int,
    kind: str,
    *,
    start: date,
    due: date,
    party: str | None = None,
    title: str | None = None,
    role: Role | None = None,
) -> None:
    """Open (or reopen) a task; the follow-up date is half-way, in working days, to the due date."""
    default_title, default_role = TASKS.get(kind, (kind, Role.SUPPORT_TEAM))
    title, role = title or default_title, role or default_role
    p = services.partnership
    assignee = {
        Role.ICSC: p.contacts.icsc.name,
        Role.SPA: p.contacts.spa.name,
        Role.SLT: p.contacts.slt.name,
    }.get(role, p.contacts.support_team.name)
    if role is Role.PARTNER and party:
        assignee = p.partner(party).name
    cal = services.calendar
    follow_up = min(cal.add_working_days(start, max(1, cal.working_days_between(start, due) // 2)), due)
    row = session.exec(
        select(TaskRow).where(
            TaskRow.case_id == case_id, TaskRow.kind == kind, TaskRow.party == (party or "")
        )
    ).first()
    if row is None:
        row = TaskRow(
            case_id=case_id,
            kind=kind,
            party=party or "",
            title=title,
            owner_role=role,
            assignee=assignee,
            due=due,
            follow_up=follow_up,
        )
    else:
        row.title, row.due, row.follow_up, row.status = title, due, follow_up, TaskStatus.OPEN
        row.outcome, row.closed_at = None, None
    session.add(row)


def open_clock_task(session: Session, services: Services, case_id: int, clock: PlannedClock) -> None:
    """Open the task that answers a clock, due when the clock is."""
    open_task(
        session, services, case_id, str(clock.kind), start=clock.start, due=clock.due, party=clock.party
    )


def close_tasks(
    session: Session,
    case_id: int,
    kind: str,
    now: Now,
    outcome: dict[str, Any],
    *,
    party: str | None = None,
    status: TaskStatus = TaskStatus.DONE,
) -> None:
    """Close the open tasks of a kind (for one partner if given) with their outcome."""
    query = select(TaskRow).where(
        TaskRow.case_id == case_id, TaskRow.kind == kind, TaskRow.status == TaskStatus.OPEN
    )
    if party is not None:
        query = query.where(TaskRow.party == party)
    for task in session.exec(query):
        task.status, task.closed_at, task.outcome = status, now.at, outcome
        session.add(task)


def queue_notice(
    session: Session,
    services: Services,
    case_id: int,
    notice: NoticeOwed,
    now: Now,
    case: dict[str, Any],
    clocks: dict[str, dict[str, Any]],
) -> None:
    """Render a notice into the outbox, once per (case, dedupe key)."""
    exists = session.exec(
        select(NoticeRow.id).where(NoticeRow.case_id == case_id, NoticeRow.dedupe_key == notice.dedupe_key)
    ).first()
    if exists is not None:
        return
    clock = notice.clock
    left = services.calendar.working_days_between(now.today, clock.due) if clock and clock.due else None
    context = notice_context(
        notice=notice,
        case=case,
        clocks=clocks,
        partnership=services.partnership,
        working_days_left=left,
        today=now.today,
    )
    rendered = services.renderer.render(notice.kind, context)
    session.add(
        NoticeRow(
            case_id=case_id,
            kind=notice.kind,
            dedupe_key=notice.dedupe_key,
            clock_kind=str(clock.kind) if clock else None,
            recipients=context["recipients"],
            subject=rendered.subject,
            body_text=rendered.text,
            body_html=rendered.html,
            due=clock.due if clock else None,
            created_at=now.at,
        )
    )


def open_review(session: Session, case: CaseRow, on: date) -> None:
    """Open the review record for a local_review decision (once per case)."""
    exists = session.exec(select(ReviewRow).where(ReviewRow.case_id == case.id)).first()
    if exists is None:
        assert case.id is not None
        session.add(ReviewRow(case_id=case.id, opened_on=on))


class NoticeQueue:
    """Queues a command's notices with the case facts they all share."""

    def __init__(self, session: Session, services: Services, case: CaseRow, now: Now) -> None:
        assert case.id is not None
        self.session, self.services, self.case, self.now = session, services, case, now
        la = services.partnership.local_authority(case.local_authority)
        self.context = case_context(session, case, la.name)

    def queue(
        self, kind: str, key: str, to: Sequence[Contact], clock: ClockFacts | None, **extra: Any
    ) -> None:
        assert self.case.id is not None
        clocks = clocks_context(clock_rows(self.session, self.case.id))
        queue_notice(
            self.session,
            self.services,
            self.case.id,
            NoticeOwed(kind, key, tuple(to), clock, extra),
            self.now,
            self.context,
            clocks,
        )
