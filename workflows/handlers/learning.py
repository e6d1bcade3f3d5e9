"""Learning from a local review (001 §16.1, 19.29-19.30; 004 §3.18): its recommendations, the
actions each agency takes on them, progress and evidence, and the escalation of late actions.

An action's owning ``agency`` is either a safeguarding partner's id from the configuration
(its mailbox hears the ladder's "owner" rungs) or the name of another relevant agency (a
hospital trust, a school; the support team hears for it). Text that looks like an id
(lower-case, hyphens, no spaces) must be a known partner id, so that a typo is refused rather
than filed under a new agency. The ``lead`` is a role title ("Head of Safeguarding").

Overdue actions climb the same escalation ladder as the statutory clocks (domain/ladder.py):
the deadline sweep calls ``sweep_actions``. An action's ladder starts on the day
it was added and counts its budget in working days to its due date; each rung fires once per
action (``ActionEscalationRow``'s unique key), with a notice and an audit event.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from calendars import WorkingCalendar
from domain.actors import Actor, require
from domain.commands import (
    AddAction,
    AddRecommendation,
    CancelAction,
    CompleteAction,
    ListActions,
    UpdateAction,
)
from domain.errors import CommandRefused, NotFound, WrongState
from domain.kinds import Rung
from domain.ladder import Ladder
from domain.partnership import Contact, Partnership, Recipient
from domain.status import ActionState, ActionStatus
from store import audit
from store.database import transact, unit_of_work
from store.learning_tables import ActionEscalationRow
from store.local_review_tables import (
    ActionRow,
    ActionUpdateRow,
    RecommendationRow,
    ReviewRow,
)
from store.queries import find_case
from store.tables import CaseRow, NoticeRow
from workflows.handlers.checks import not_future
from workflows.handlers.context import Now, Services
from workflows.handlers.sweep import Fired

STATUSES = tuple(ActionStatus)
LISTED = tuple(ActionState)
"""Statuses `cspr actions --status` filters on; overdue is open and past its due date."""
ACTION_CLOCK = "learning_action"
ACTION_BASIS = "Learning action of a local review (001 §16.1; 004 §3.18)"
_ID_LIKE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _words(value: str, what: str, *, least: int = 1, most: int = 4000) -> str:
    text = " ".join(value.split())
    if len(text.split()) < least:
        raise CommandRefused(f"{what}: say what it is" + (" in a sentence" if least > 1 else ""))
    if len(text) > most:
        raise CommandRefused(f"{what}: at most {most} characters ({len(text)} given)")
    return text


def agency_of(partnership: Partnership, agency: str) -> tuple[str, Contact | None]:
    """The agency as stored and the partner's mailbox, or None for another agency."""
    text = " ".join(agency.split())
    if not text:
        raise CommandRefused("--agency: name the owning agency (a partner id, or another agency)")
    if len(text) > 64:
        raise CommandRefused(f"--agency: at most 64 characters ({len(text)} given)")
    if _ID_LIKE.match(text):
        try:
            return text, partnership.partner(text)
        except ValueError as exc:
            raise CommandRefused(
                f"--agency: {exc}; another agency is named in words, e.g. 'Homerton University Hospital'"
            ) from None
    return text, None


def agency_name(partnership: Partnership, agency: str) -> str:
    """A partner id in words (its configured name); another agency's name as given."""
    return next((p.name for p in partnership.partners if p.id == agency), agency)


def start_of(action: ActionRow) -> date:
    """The day the action was added: where its ladder starts."""
    return action.added_on


def _case_review(session: Session, reference: str) -> tuple[CaseRow, ReviewRow]:
    case = find_case(session, reference)
    review = session.exec(select(ReviewRow).where(ReviewRow.case_id == case.id)).first()
    if review is None:
        raise WrongState(
            f"{reference} has no local review: recommendations come from one; the "
            "ICSC decides to hold it first (`cspr decide REF --outcome local_review`)"
        )
    return case, review


def _action(session: Session, action_id: int) -> tuple[ActionRow, CaseRow]:
    action = session.get(ActionRow, action_id)
    if action is None:
        raise NotFound(f"no learning action {action_id}; `cspr actions` lists them")
    case = session.get(CaseRow, action.case_id)
    assert case is not None
    return action, case


def _open(action: ActionRow) -> None:
    if action.status != ActionStatus.OPEN:
        when = f" on {action.completed_on.isoformat()}" if action.completed_on else ""
        raise WrongState(
            f"learning action {action.id} is {action.status}{when}; only an open action can change"
        )


def add_recommendation(services: Services, actor: Actor, command: AddRecommendation, now: Now) -> int:
    """Record recommendation ``number`` of a case's local review; returns its id."""
    require(actor, "add_recommendation")
    reference, number = command.reference, command.number
    if number < 1:
        raise CommandRefused(f"--number: {number} is not a recommendation number (1, 2, ...)")
    words = _words(command.text, "--text", least=3)

    def work(session: Session) -> int:
        case, _ = _case_review(session, reference)
        assert case.id is not None
        taken = session.exec(
            select(RecommendationRow).where(
                RecommendationRow.case_id == case.id, RecommendationRow.number == number
            )
        ).first()
        if taken is not None:
            raise WrongState(f"{reference} already has recommendation {number}")
        row = RecommendationRow(case_id=case.id, number=number, text=words)
        session.add(row)
        session.flush()
        assert row.id is not None
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="add_recommendation",
            reference=reference,
            detail={"number": number, "recommendation_id": row.id},
        )
        return row.id

    result: int = transact(services.engine, work)
    return result


def add_action(services: Services, actor: Actor, command: AddAction, now: Now) -> int:
    """Add a learning action to a recommendation: owning agency, lead, due date; returns its id."""
    require(actor, "add_action")
    reference, recommendation_number, due = command.reference, command.recommendation, command.due
    stored, _ = agency_of(services.partnership, command.agency)
    lead_text = _words(command.lead, "--lead", most=200)
    what = _words(command.description, "--description", least=3)
    if due <= now.today:
        raise CommandRefused(
            f"--due {due.isoformat()} is not after today ({now.today.isoformat()}); "
            "an action needs time to be done"
        )

    def work(session: Session) -> int:
        case, _ = _case_review(session, reference)
        rec = session.exec(
            select(RecommendationRow).where(
                RecommendationRow.case_id == case.id, RecommendationRow.number == recommendation_number
            )
        ).first()
        if rec is None or rec.id is None:
            raise NotFound(
                f"{reference} has no recommendation {recommendation_number}; add it "
                f"first: `cspr recommendation add {reference} --number "
                f"{recommendation_number} --text ...`"
            )
        assert case.id is not None
        row = ActionRow(
            recommendation_id=rec.id,
            case_id=case.id,
            agency=stored,
            lead=lead_text,
            description=what,
            due=due,
            added_on=now.today,
            created_at=now.at,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="add_action",
            reference=reference,
            detail={
                "action_id": row.id,
                "recommendation": recommendation_number,
                "agency": stored,
                "due": due,
            },
        )
        return row.id

    result: int = transact(services.engine, work)
    return result


def update_action(services: Services, actor: Actor, command: UpdateAction, now: Now) -> None:
    """Record progress on an open action."""
    require(actor, "update_action")
    action_id, on = command.action_id, command.on
    not_future(on, now, "--on")
    text = _words(command.note, "--note", least=2)

    def work(session: Session) -> None:
        action, case = _action(session, action_id)
        _open(action)
        if on < start_of(action):
            raise CommandRefused(
                f"--on {on.isoformat()} is before the action was added ({start_of(action).isoformat()})"
            )
        session.add(ActionUpdateRow(action_id=action_id, on=on, note=text, by=actor.label))
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="update_action",
            reference=case.reference,
            detail={"action_id": action_id, "on": on},
        )

    transact(services.engine, work)


def complete_action(services: Services, actor: Actor, command: CompleteAction, now: Now) -> None:
    """Mark an action done on ``on`` with the evidence that it was (evidence is required)."""
    require(actor, "complete_action")
    action_id, on = command.action_id, command.on
    not_future(on, now, "--on")
    text = _words(command.evidence, "--evidence", least=3)

    def work(session: Session) -> None:
        action, case = _action(session, action_id)
        _open(action)
        if on < start_of(action):
            raise CommandRefused(
                f"--on {on.isoformat()} is before the action was added ({start_of(action).isoformat()})"
            )
        action.status, action.completed_on, action.evidence = ActionStatus.DONE, on, text
        session.add(action)
        late = max(services.calendar.working_days_between(action.due, on), 0)
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="complete_action",
            reference=case.reference,
            detail={"action_id": action_id, "on": on, "late_by_working_days": late},
        )

    transact(services.engine, work)


def cancel_action(services: Services, actor: Actor, command: CancelAction, now: Now) -> None:
    """Withdraw an open action that no longer applies, with the reason (kept as an update)."""
    require(actor, "cancel_action")
    action_id = command.action_id
    text = _words(command.reason, "--reason", least=3)

    def work(session: Session) -> None:
        action, case = _action(session, action_id)
        _open(action)
        action.status = ActionStatus.CANCELLED
        session.add(action)
        session.add(
            ActionUpdateRow(action_id=action_id, on=now.today, note=f"Cancelled: {text}", by=actor.label)
        )
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="cancel_action",
            reference=case.reference,
            detail={"action_id": action_id},
        )

    transact(services.engine, work)


# --- reading -------------------------------------------------------------------------------


def action_status(action: ActionRow, as_of: date) -> ActionState:
    """open, overdue (open and past its due date), done or cancelled."""
    if action.status == ActionStatus.OPEN and as_of > action.due:
        return ActionState.OVERDUE
    return ActionState(action.status)


def list_actions(
    session: Session,
    partnership: Partnership,
    calendar: WorkingCalendar,
    as_of: date,
    *,
    agency: str | None = None,
    status: str | None = None,
) -> list[dict[str, Any]]:
    """Learning actions as JSON-ready rows, by agency, then status, then due date."""
    if status is not None and status not in LISTED:
        raise CommandRefused(f"--status: {status!r} is not one of {', '.join(LISTED)}")
    query = (
        select(ActionRow, RecommendationRow.number, CaseRow.reference)
        .join(RecommendationRow, col(RecommendationRow.id) == ActionRow.recommendation_id)
        .join(CaseRow, col(CaseRow.id) == ActionRow.case_id)
    )
    if agency is not None:
        query = query.where(ActionRow.agency == agency_of(partnership, agency)[0])
    updates: dict[int, ActionUpdateRow] = {}
    for u in session.exec(select(ActionUpdateRow).order_by(col(ActionUpdateRow.on), col(ActionUpdateRow.id))):
        updates[u.action_id] = u  # the latest per action
    counts = dict(
        session.exec(
            select(ActionUpdateRow.action_id, func.count()).group_by(col(ActionUpdateRow.action_id))
        ).all()
    )
    order = {s: i for i, s in enumerate(LISTED)}
    rows: list[dict[str, Any]] = []
    for action, number, reference in session.exec(query):
        state = action_status(action, as_of)
        if status is not None and state != status:
            continue
        last = updates.get(action.id or 0)
        overdue = calendar.working_days_between(action.due, as_of) if state == ActionState.OVERDUE else 0
        rows.append(
            {
                "id": action.id,
                "reference": reference,
                "recommendation": number,
                "agency": action.agency,
                "agency_name": agency_name(partnership, action.agency),
                "lead": action.lead,
                "description": action.description,
                "added_on": start_of(action).isoformat(),
                "due": action.due.isoformat(),
                "status": state,
                "working_days_overdue": overdue,
                "completed_on": action.completed_on.isoformat() if action.completed_on else None,
                "evidence": action.evidence,
                "updates": counts.get(action.id or 0, 0),
                "last_update": (
                    {"on": last.on.isoformat(), "note": last.note, "by": last.by} if last else None
                ),
            }
        )
    rows.sort(key=lambda r: (r["agency_name"].lower(), order[r["status"]], r["due"], r["id"]))
    return rows


@dataclass(frozen=True)
class Overdue:
    """An open action past its due date, and by how many working days."""

    action_id: int
    reference: str
    agency: str
    due: date
    working_days_overdue: int


def overdue_actions(session: Session, as_of: date, calendar: WorkingCalendar) -> list[Overdue]:
    """Open actions whose due date is before ``as_of``, most overdue first."""
    found = session.exec(
        select(ActionRow, CaseRow.reference)
        .join(CaseRow, col(CaseRow.id) == ActionRow.case_id)
        .where(ActionRow.status == ActionStatus.OPEN, col(ActionRow.due) < as_of)
    ).all()
    out = [
        Overdue(a.id or 0, ref, a.agency, a.due, calendar.working_days_between(a.due, as_of))
        for a, ref in found
    ]
    return sorted(out, key=lambda o: (-o.working_days_overdue, o.reference, o.action_id))


# --- the escalation ladder -------------------------------------------------------------------


def action_recipients(partnership: Partnership, rung: Rung | str, agency: str) -> tuple[Contact, ...]:
    """Who hears of ``rung`` for an action: the ladder's recipients, with the owning partner (or,
    for another agency, the support team who chases it) as the owner; each mailbox once."""
    step = partnership.step(rung)
    if step is None:
        return ()
    owner = next((p for p in partnership.partners if p.id == agency), partnership.contacts.support_team)
    seen: dict[str, Contact] = {}
    for recipient in step.notify:
        contacts: Sequence[Contact] = (
            (owner,) if recipient is Recipient.OWNER else partnership.mailboxes(recipient)
        )
        for contact in contacts:
            seen.setdefault(contact.email, contact)
    return tuple(seen.values())


@dataclass(frozen=True)
class _Due:
    action_id: int
    due: date
    rung: Rung
    occurrence: int
    scheduled_on: date
    late_by_working_days: int


def evaluate_actions(services: Services, as_of: date) -> tuple[int, list[_Due]]:
    """How many open actions were looked at, and the ladder rung due for each that has one."""
    current = Ladder(services.partnership.ladder, services.calendar).current
    cal = services.calendar
    with unit_of_work(services.engine) as session:
        marks = dict(
            session.exec(
                select(ActionEscalationRow.action_id, func.max(ActionEscalationRow.scheduled_on)).group_by(
                    col(ActionEscalationRow.action_id)
                )
            ).all()
        )
        actions = session.exec(select(ActionRow).where(ActionRow.status == ActionStatus.OPEN)).all()
    found: list[_Due] = []
    for a in actions:
        assert a.id is not None
        start = start_of(a)
        budget = max(cal.working_days_between(start, a.due), 1)
        hit = current(start, a.due, budget, as_of, marks.get(a.id))
        if hit is not None:
            found.append(
                _Due(a.id, a.due, hit.rung, hit.occurrence, hit.scheduled_on, hit.late_by_working_days)
            )
    return len(actions), found


def sweep_actions(services: Services, actor: Actor, as_of: date, now: Now) -> list[Fired]:
    """Fire each open action's due ladder rung, once; the deadline sweep calls this."""
    require(actor, "sweep")
    _, due = evaluate_actions(services, as_of)
    return [f for f in (_fire(services, actor, hit, as_of, now) for hit in due) if f is not None]


def _fire(services: Services, actor: Actor, hit: _Due, as_of: date, now: Now) -> Fired | None:
    p, cal = services.partnership, services.calendar

    def work(session: Session) -> Fired | None:
        action = session.get(ActionRow, hit.action_id)
        if action is None or action.status != ActionStatus.OPEN or action.due != hit.due:
            return None  # done, cancelled or changed since it was read
        already = session.exec(
            select(ActionEscalationRow.id).where(
                ActionEscalationRow.action_id == hit.action_id,
                ActionEscalationRow.rung == hit.rung,
                ActionEscalationRow.occurrence == hit.occurrence,
            )
        ).first()
        if already is not None:
            return None  # another sweep fired it
        case = session.get(CaseRow, action.case_id)
        rec = session.get(RecommendationRow, action.recommendation_id)
        assert case is not None and rec is not None
        to = action_recipients(p, hit.rung, action.agency)
        if not to:
            return None
        left = cal.working_days_between(as_of, action.due)
        context: dict[str, Any] = {
            "notice": {
                "kind": str(hit.rung),
                "basis": ACTION_BASIS,
                "due": action.due,
                "working_days_left": left,
                "explanation": f"The due date agreed for learning action {action.id} of "
                f"recommendation {rec.number}.",
            },
            "case": {"reference": case.reference},
            "action": {
                "id": action.id,
                "recommendation": rec.number,
                "agency": agency_name(p, action.agency),
                "lead": action.lead,
                "description": action.description,
                "due": action.due,
                "added_on": start_of(action),
            },
            "rung": {
                "id": str(hit.rung),
                "occurrence": hit.occurrence,
                "scheduled_on": hit.scheduled_on,
                "late_by_working_days": hit.late_by_working_days,
                "overdue_working_days": max(0, -left),
            },
            "partnership": {"name": p.name, "short_name": p.reference_prefix},
            "sender": {"name": p.contacts.support_team.name, "email": p.delivery.from_address},
            "recipients": [{"name": c.name, "email": c.email} for c in to],
            "today": as_of,
        }
        rendered = services.renderer.render(ACTION_CLOCK, context)
        notice = NoticeRow(
            case_id=action.case_id,
            kind=ACTION_CLOCK,
            dedupe_key=f"action:{action.id}:{hit.rung}:{hit.occurrence}",
            recipients=context["recipients"],
            subject=rendered.subject,
            body_text=rendered.text,
            body_html=rendered.html,
            due=action.due,
            created_at=now.at,
        )
        session.add(notice)
        session.flush()
        assert action.id is not None and notice.id is not None
        session.add(
            ActionEscalationRow(
                action_id=action.id,
                rung=hit.rung,
                occurrence=hit.occurrence,
                scheduled_on=hit.scheduled_on,
                fired_on=as_of,
                due=action.due,
                late_by_working_days=hit.late_by_working_days,
                recipients=context["recipients"],
                notice_id=notice.id,
                created_at=now.at,
            )
        )
        session.flush()  # a concurrent sweep's row shows up here as an IntegrityError: retried
        emails = [c.email for c in to]
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="escalate_action",
            reference=case.reference,
            detail={
                "action_id": action.id,
                "rung": hit.rung,
                "occurrence": hit.occurrence,
                "scheduled_on": hit.scheduled_on,
                "as_of": as_of,
                "due": action.due,
                "late_by_working_days": hit.late_by_working_days,
                "to": emails,
            },
        )
        return Fired(
            case.reference,
            ACTION_CLOCK,
            f"action-{action.id}",
            hit.rung,
            hit.occurrence,
            hit.scheduled_on,
            action.due,
            hit.late_by_working_days,
            emails,
            notice.id,
        )

    result: Fired | None = transact(services.engine, work)
    return result


def actions_view(services: Services, actor: Actor, query: ListActions) -> list[dict[str, Any]]:
    """``list_actions`` for someone whose role may read them."""
    require(actor, "read_actions")
    with unit_of_work(services.engine) as session:
        return list_actions(
            session,
            services.partnership,
            services.calendar,
            query.as_of,
            agency=query.agency,
            status=query.status,
        )
