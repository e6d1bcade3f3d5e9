"""One escalation routine: fire a due rung of the ladder for a clock or for a learning action.

The deadline sweep (``sweep.py``) and the learning-action sweep (``action_sweep.py``) each say
how to re-read the thing that climbs the ladder and what to tell; ``fire`` does the rest in one
transaction: check the rung has not fired (the escalation row's unique key), render the notice,
queue it in the outbox, write the escalation row and audit it. Two sweeps at the same moment
cannot both fire a rung: the second finds the row, or loses the insert and is retried by
``transact`` into finding it.
"""

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, SQLModel

from domain.actors import Actor
from domain.escalation import RUNG_TITLES
from domain.ladder import RungDue
from domain.notices import address, envelope
from domain.partnership import Contact
from store import audit
from store.database import transact
from store.tables import NoticeRow
from workflows.handlers.context import Now, Services


@dataclass(frozen=True)
class Fired:
    """A rung a sweep fired: the case, the clock (or action), the rung and who was told."""

    reference: str
    clock: str
    party: str | None
    rung: str
    occurrence: int
    scheduled_on: date
    due: date
    late_by_working_days: int
    recipients: list[str]
    notice_id: int

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["scheduled_on"] = self.scheduled_on.isoformat()
        data["due"] = self.due.isoformat()
        return data


@dataclass
class Climber:
    """What climbs the ladder, re-read inside the firing transaction.

    ``already`` says whether this rung has fired for it; ``record`` builds its escalation row
    from the queued notice's id, the sweep's date and the time; ``mark`` notes on the climber
    that the rung fired.
    """

    case_id: int
    reference: str
    clock: str
    party: str | None
    due: date
    template: str
    dedupe_key: str
    to: Sequence[Contact]
    notice: dict[str, Any]
    """The template's ``notice`` block beside kind, due and working days left: basis, explanation."""
    context: dict[str, Any]
    """The template's own blocks (``clock`` or ``action``)."""
    command: str
    detail: dict[str, Any]
    """The audit detail before the rung's own fields."""
    already: Callable[[Session], bool]
    record: Callable[[int, date, datetime], SQLModel]
    mark: Callable[[], None] = field(default=lambda: None)


def fire(
    services: Services,
    actor: Actor,
    hit: RungDue,
    as_of: date,
    now: Now,
    climber_of: Callable[[Session], Climber | None],
) -> Fired | None:
    """Fire ``hit`` once for the climber ``climber_of`` finds; None when it has nothing to fire
    (changed since the sweep read it, already fired, or nobody to tell)."""

    def work(session: Session) -> Fired | None:
        climber = climber_of(session)
        if climber is None or climber.already(session) or not climber.to:
            return None
        notice = _notice(services, climber, hit, as_of, now)
        session.add(notice)
        session.flush()
        assert notice.id is not None
        session.add(climber.record(notice.id, as_of, now.at))
        climber.mark()
        session.flush()  # a concurrent sweep's row shows up here as an IntegrityError: retried
        emails = [c.email for c in climber.to]
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command=climber.command,
            reference=climber.reference,
            detail={
                **climber.detail,
                "rung": hit.rung,
                "occurrence": hit.occurrence,
                "scheduled_on": hit.scheduled_on,
                "as_of": as_of,
                "due": climber.due,
                "late_by_working_days": hit.late_by_working_days,
                "to": emails,
            },
        )
        return Fired(
            climber.reference,
            climber.clock,
            climber.party,
            hit.rung,
            hit.occurrence,
            hit.scheduled_on,
            climber.due,
            hit.late_by_working_days,
            emails,
            notice.id,
        )

    result: Fired | None = transact(services.engine, work)
    return result


def recipients_json(to: Sequence[Contact]) -> list[dict[str, str]]:
    """Mailboxes as the outbox and escalation rows keep them."""
    return [address(c) for c in to]


def _notice(services: Services, climber: Climber, hit: RungDue, as_of: date, now: Now) -> NoticeRow:
    cal = services.calendar
    around = envelope(services.partnership, climber.to, as_of)
    context = {
        **climber.context,
        "notice": {
            "kind": str(hit.rung),
            "due": climber.due,
            "working_days_left": cal.working_days_between(as_of, climber.due),
            **climber.notice,
        },
        "case": {"reference": climber.reference},
        "rung": {
            "id": str(hit.rung),
            "title": RUNG_TITLES[hit.rung],
            "occurrence": hit.occurrence,
            "scheduled_on": hit.scheduled_on,
            "late_by_working_days": hit.late_by_working_days,
            "overdue_working_days": max(0, cal.working_days_between(climber.due, as_of)),
        },
        **around,
    }
    rendered = services.renderer.render(climber.template, context)
    return NoticeRow(
        case_id=climber.case_id,
        kind=climber.template,
        dedupe_key=climber.dedupe_key,
        recipients=around["recipients"],
        subject=rendered.subject,
        body_text=rendered.text,
        body_html=rendered.html,
        due=climber.due,
        created_at=now.at,
    )
