"""Learning actions on the escalation ladder (001 §16.1; 004 §3.18).

Overdue actions climb the same ladder as the statutory clocks (domain/ladder.py): the deadline
sweep calls ``sweep_actions``. An action's ladder starts on the day it was added and counts its
budget in working days to its due date; each rung fires once per action
(``ActionEscalationRow``'s unique key), through ``escalation.fire``.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from domain.actors import Actor, require
from domain.kinds import Rung
from domain.ladder import Ladder, RungDue
from domain.partnership import Contact, Partnership, Recipient
from domain.status import ActionStatus
from store.database import unit_of_work
from store.learning_tables import ActionEscalationRow
from store.local_review_tables import ActionRow, RecommendationRow
from store.tables import CaseRow
from workflows.handlers.context import Now, Services
from workflows.handlers.escalation import Climber, Fired, fire, recipients_json
from workflows.handlers.learning import agency_name, start_of

ACTION_CLOCK = "learning_action"
ACTION_BASIS = "Learning action of a local review (001 §16.1; 004 §3.18)"


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
class ActionRungDue:
    """A rung a sweep found due for one learning action (nothing written yet)."""

    action_id: int
    due: date
    rung: RungDue


def evaluate_actions(services: Services, as_of: date) -> tuple[int, list[ActionRungDue]]:
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
    found: list[ActionRungDue] = []
    for a in actions:
        assert a.id is not None
        start = start_of(a)
        budget = max(cal.working_days_between(start, a.due), 1)
        hit = current(start, a.due, budget, as_of, marks.get(a.id))
        if hit is not None:
            found.append(ActionRungDue(a.id, a.due, hit))
    return len(actions), found


def sweep_actions(services: Services, actor: Actor, as_of: date, now: Now) -> list[Fired]:
    """Fire each open action's due ladder rung, once; the deadline sweep calls this."""
    require(actor, "sweep")
    _, due = evaluate_actions(services, as_of)
    fired = (fire(services, actor, hit.rung, as_of, now, _climber(services, hit)) for hit in due)
    return [f for f in fired if f is not None]


def _climber(services: Services, hit: ActionRungDue) -> Callable[[Session], Climber | None]:
    def climber_of(session: Session) -> Climber | None:
        action = session.get(ActionRow, hit.action_id)
        if action is None or action.status != ActionStatus.OPEN or action.due != hit.due:
            return None  # done, cancelled or changed since it was read
        case = session.get(CaseRow, action.case_id)
        rec = session.get(RecommendationRow, action.recommendation_id)
        assert case is not None and rec is not None
        return _action_climber(services.partnership, action, rec.number, case.reference, hit.rung)

    return climber_of


def _action_climber(
    partnership: Partnership, action: ActionRow, recommendation: int, reference: str, rung: RungDue
) -> Climber:
    action_id = action.id
    assert action_id is not None
    to = action_recipients(partnership, rung.rung, action.agency)

    def already(session: Session) -> bool:
        return (
            session.exec(
                select(ActionEscalationRow.id).where(
                    ActionEscalationRow.action_id == action_id,
                    ActionEscalationRow.rung == rung.rung,
                    ActionEscalationRow.occurrence == rung.occurrence,
                )
            ).first()
            is not None
        )

    def record(notice_id: int, fired_on: date, at: datetime) -> ActionEscalationRow:
        return ActionEscalationRow(
            action_id=action_id,
            rung=rung.rung,
            occurrence=rung.occurrence,
            scheduled_on=rung.scheduled_on,
            fired_on=fired_on,
            due=action.due,
            late_by_working_days=rung.late_by_working_days,
            recipients=recipients_json(to),
            notice_id=notice_id,
            created_at=at,
        )

    return Climber(
        case_id=action.case_id,
        reference=reference,
        clock=ACTION_CLOCK,
        party=f"action-{action_id}",
        due=action.due,
        template=ACTION_CLOCK,
        dedupe_key=f"action:{action_id}:{rung.rung}:{rung.occurrence}",
        to=to,
        notice={
            "basis": ACTION_BASIS,
            "explanation": f"The due date agreed for learning action {action_id} of "
            f"recommendation {recommendation}.",
        },
        context={
            "action": {
                "id": action_id,
                "recommendation": recommendation,
                "agency": agency_name(partnership, action.agency),
                "lead": action.lead,
                "description": action.description,
                "due": action.due,
                "added_on": start_of(action),
            }
        },
        command="escalate_action",
        detail={"action_id": action_id},
        already=already,
        record=record,
    )
