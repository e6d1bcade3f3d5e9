"""Learning from a local review (001 §16.1, 19.29-19.30; 004 §3.18): its recommendations, the
actions each agency takes on them, progress and evidence, and the escalation of late actions.

An action's owning ``agency`` is either a safeguarding partner's id from the configuration
(its mailbox hears the ladder's "owner" rungs) or the name of another relevant agency (a
hospital trust, a school; the support team hears for it). Text that looks like an id
(lower-case, hyphens, no spaces) must be a known partner id, so that a typo is refused rather
than filed under a new agency. The ``lead`` is a role title ("Head of Safeguarding").

Reading the actions is in ``learning_read.py``; their climb up the escalation ladder, in
``action_sweep.py``.
"""

import re
from datetime import date

from sqlmodel import Session, select

from domain.actors import Actor, require
from domain.commands import AddAction, AddRecommendation, CancelAction, CompleteAction, UpdateAction
from domain.errors import CommandRefused, NotFound, WrongState
from domain.partnership import Contact, Partnership
from domain.status import ActionStatus
from domain.text import require_text
from store import audit
from store.database import transact
from store.local_review_tables import ActionRow, ActionUpdateRow, RecommendationRow, ReviewRow
from store.queries import find_case
from store.tables import CaseRow
from workflows.handlers.checks import not_future
from workflows.handlers.context import Now, Services

_ID_LIKE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _words(value: str, what: str, *, least: int = 1, most: int = 4000) -> str:
    refusal = "say what it is in a sentence" if least > 1 else "say what it is"
    return require_text(value, what, refusal, words=least, most=most)


def agency_of(partnership: Partnership, agency: str) -> tuple[str, Contact | None]:
    """The agency as stored and the partner's mailbox, or None for another agency."""
    text = require_text(
        agency, "--agency", "name the owning agency (a partner id, or another agency)", most=64
    )
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
