"""The local review to publication (19.23-19.28): the plan, circumstances, delays approved by
the SLT, not publishing, the pre-publication copy, publication and the national repository."""

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from sqlmodel import Session, select

from domain.actors import Actor, require
from domain.clocks import PlannedClock
from domain.commands import (
    AddCircumstance,
    ApproveDelay,
    PlanReview,
    Publish,
    RecordCopySent,
    RecordDelayNoticeSent,
    RecordJustificationSent,
    RecordRepositorySubmission,
    RefuseDelay,
    RequestDelay,
    Withhold,
)
from domain.dates import long_date
from domain.errors import CommandRefused, WrongState
from domain.kinds import Circumstance, ClockKind, Role, WithheldScope
from domain.notices import ClockFacts
from domain.plan import plan_clocks
from domain.status import ClockChangeKind, ClockStatus, DelayStatus
from domain.text import NAME_MAX, check_text, one_line, require_text
from store import audit
from store.database import transact
from store.local_review_tables import CircumstanceRow, DelayRow, ReviewRow
from store.queries import find_case
from store.tables import CaseRow, ClockChangeRow, ClockRow
from workflows.handlers.checks import not_before, not_future
from workflows.handlers.context import Now, Services
from workflows.handlers.ledger import move_due
from workflows.handlers.rows import (
    NoticeQueue,
    close_tasks,
    events_of,
    facts_of,
    meet_clock,
    open_clock_task,
    open_task,
    stop_clock,
    sync_clock,
)

CIRCUMSTANCES = tuple(Circumstance)
SLT_ANSWER_WORKING_DAYS = 5


def _review(session: Session, case: CaseRow, reference: str) -> ReviewRow:
    review = session.exec(select(ReviewRow).where(ReviewRow.case_id == case.id)).first()
    if review is None:
        raise WrongState(
            f"{reference} has no local review: the ICSC must decide to hold one "
            "(`cspr decide REF --outcome local_review`) first"
        )
    return review


def _clock(session: Session, case_id: int, kind: ClockKind) -> ClockRow | None:
    return session.exec(select(ClockRow).where(ClockRow.case_id == case_id, ClockRow.kind == kind)).first()


def _publication(session: Session, case: CaseRow, reference: str) -> ClockRow:
    clock = _clock(session, case.id or 0, ClockKind.PUBLICATION)
    if clock is None or clock.status == ClockStatus.STOPPED:
        raise WrongState(
            f"{reference} has no running publication clock (the decision is not a "
            "local review, or the review is not to be published)"
        )
    return clock


def _text(value: str, what: str, words: int = 3) -> str:
    return require_text(value, what, "say why in a sentence, not a word", words=words)


def _plan(
    session: Session, services: Services, case: CaseRow, **events: date | None
) -> dict[ClockKind, PlannedClock]:
    """The clock plan with the recorded events and these extra ones."""
    base = events_of(session, case)
    planned = plan_clocks(
        facts_of(case), services.calendar, services.partnership, replace(base, **events) if events else base
    )
    return {c.kind: c for c in planned if c.party is None}


def review_context(review: ReviewRow, publication: ClockRow | None) -> dict[str, Any]:
    """The review as notice templates receive it."""
    return {
        "reviewer": review.reviewer,
        "commissioned_on": review.commissioned_on,
        "terms_agreed_on": review.terms_agreed_on,
        "planned_publication": review.planned_publication,
        "published_on": review.published_on,
        "url": review.url,
        "withheld_scope": review.withheld_scope,
        "withheld_justification": review.withheld_justification,
        "publication_due": publication.due if publication else None,
    }


def plan_review(services: Services, actor: Actor, command: PlanReview, now: Now) -> None:
    """Record the reviewer, the terms of reference and the planned publication date."""
    require(actor, "plan_review")
    reference, reviewer, publish_on = command.reference, command.reviewer, command.publish_on
    if reviewer:
        check_text(reviewer, "--reviewer", most=NAME_MAX, line=True)
    commissioned_on, terms_agreed_on = command.commissioned_on, command.terms_agreed_on
    for day, what in ((commissioned_on, "--commissioned-on"), (terms_agreed_on, "--terms-agreed-on")):
        if day is not None:
            not_future(day, now, what)

    def work(session: Session) -> None:
        case = find_case(session, reference)
        assert case.id is not None
        review = _review(session, case, reference)
        for day, what in ((commissioned_on, "--commissioned-on"), (terms_agreed_on, "--terms-agreed-on")):
            if day is not None:
                not_before(day, review.opened_on, what, "the decision to hold the review")
        if publish_on is not None:
            publication = _publication(session, case, reference)
            if publish_on > publication.due:
                raise WrongState(
                    f"--publish-on {publish_on.isoformat()} is after the publication clock's due "
                    f"date {publication.due.isoformat()} ({long_date(publication.due)}); a later "
                    "date needs a delay approved by the SLT (19.25): `cspr review delay request "
                    f"{reference} --to {publish_on.isoformat()} --reason ...`"
                )
            if publish_on <= now.today:
                raise CommandRefused(f"--publish-on {publish_on.isoformat()} is not in the future")
            copy = _plan(session, services, case, publication_planned_for=publish_on)[
                ClockKind.PRE_PUBLICATION_COPY
            ]
            sync_clock(
                session,
                case.id,
                copy,
                actor,
                now,
                f"publication planned for {publish_on.isoformat()}",
                reopen=False,
            )
            open_task(
                session,
                services,
                case.id,
                "pre_publication_copy",
                start=copy.start,
                due=copy.due,
                title="Send the full report to the Panel and the Secretary of State (Working Together 2018)",
                role=Role.SUPPORT_TEAM,
            )
            review.planned_publication = publish_on
        review.reviewer = reviewer or review.reviewer
        review.commissioned_on = commissioned_on or review.commissioned_on
        review.terms_agreed_on = terms_agreed_on or review.terms_agreed_on
        session.add(review)
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="plan_review",
            reference=reference,
            detail={
                "reviewer": bool(reviewer),
                "commissioned_on": commissioned_on,
                "terms_agreed_on": terms_agreed_on,
                "publish_on": publish_on,
            },
        )

    transact(services.engine, work)


def add_circumstance(services: Services, actor: Actor, command: AddCircumstance, now: Now) -> None:
    """Record an extenuating circumstance with its dates (19.24)."""
    require(actor, "plan_review")
    reference, kind = command.reference, command.kind
    started_on, ended_on = command.started_on, command.ended_on
    if kind not in CIRCUMSTANCES:
        raise CommandRefused(f"--kind: {kind!r} is not one of {', '.join(CIRCUMSTANCES)}")
    not_future(started_on, now, "--from")
    if ended_on is not None and ended_on < started_on:
        raise CommandRefused(f"--to {ended_on.isoformat()} is before --from {started_on.isoformat()}")

    def work(session: Session) -> None:
        case = find_case(session, reference)
        assert case.id is not None
        _review(session, case, reference)
        session.add(
            CircumstanceRow(
                case_id=case.id,
                kind=kind,
                started_on=started_on,
                ended_on=ended_on,
                note=one_line(command.note),
            )
        )
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="add_circumstance",
            reference=reference,
            detail={"kind": kind, "from": started_on, "to": ended_on},
        )

    transact(services.engine, work)


def request_delay(services: Services, actor: Actor, command: RequestDelay, now: Now) -> int:
    """Ask the SLT to approve a later publication date (19.24, 19.25); returns the request id."""
    require(actor, "request_delay")
    reference, to, circumstance = command.reference, command.to, command.circumstance
    why = _text(command.reason, "--reason")
    if circumstance is not None and circumstance not in CIRCUMSTANCES:
        raise CommandRefused(f"--circumstance: {circumstance!r} is not one of {', '.join(CIRCUMSTANCES)}")
    p = services.partnership

    def work(session: Session) -> int:
        case = find_case(session, reference)
        assert case.id is not None
        review = _review(session, case, reference)
        publication = _publication(session, case, reference)
        if to <= publication.due:
            raise CommandRefused(
                f"--to {to.isoformat()} is not after the publication due date "
                f"{publication.due.isoformat()}; no delay is needed"
            )
        pending = waiting_delay(session, case.id)
        if pending is not None:
            raise WrongState(
                f"{reference} already has a delay request waiting for the SLT "
                f"(to {pending.to_date.isoformat()}); it must be approved or refused "
                "first"
            )
        delay = DelayRow(
            case_id=case.id,
            requested_on=now.today,
            requested_by=actor.label,
            to_date=to,
            reason=why,
            circumstance=circumstance,
        )
        session.add(delay)
        session.flush()
        assert delay.id is not None
        due = services.calendar.add_working_days(now.today, SLT_ANSWER_WORKING_DAYS)
        open_task(
            session,
            services,
            case.id,
            "delay_approval",
            start=now.today,
            due=due,
            party=f"delay-{delay.id}",
            role=Role.SLT,
            title=f"Approve or refuse the delay to {to.isoformat()} (19.25)",
        )
        NoticeQueue(session, services, case, now).queue(
            "delay_request",
            f"delay_request:{delay.id}",
            [p.contacts.slt],
            ClockFacts(
                ClockKind.DELAY_NOTICE,
                due,
                "19.25",
                f"The SLT answers within {SLT_ANSWER_WORKING_DAYS} working days.",
            ),
            review=review_context(review, publication),
            delay=_delay_context(delay, publication),
        )
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="request_delay",
            reference=reference,
            detail={"delay_id": delay.id, "to": to, "circumstance": circumstance},
        )
        return delay.id

    result: int = transact(services.engine, work)
    return result


def _delay_context(delay: DelayRow, publication: ClockRow) -> dict[str, Any]:
    return {
        "to_date": delay.to_date,
        "reason": delay.reason,
        "circumstance": delay.circumstance,
        "requested_by": delay.requested_by,
        "requested_on": delay.requested_on,
        "previous_due": publication.due,
        "approved_by": delay.answered_by,
        "approved_on": delay.answered_on,
    }


def answer_delay(services: Services, actor: Actor, command: ApproveDelay | RefuseDelay, now: Now) -> date:
    """The SLT approves (the publication clock moves, the Panel and SoS are told) or refuses."""
    require(actor, "answer_delay")
    reference, approve = command.reference, isinstance(command, ApproveDelay)
    p = services.partnership

    def work(session: Session) -> date:
        case = find_case(session, reference)
        assert case.id is not None
        review = _review(session, case, reference)
        delay = waiting_delay(session, case.id)
        if delay is None:
            raise WrongState(
                f"{reference} has no delay request waiting for the SLT; the SPA or the "
                "ICSC asks first: `cspr review delay request REF --to DATE --reason ...`"
            )
        publication = _publication(session, case, reference)
        context = _delay_context(delay, publication)
        delay.status = DelayStatus.APPROVED if approve else DelayStatus.REFUSED
        delay.answered_on, delay.answered_by = now.today, actor.label
        delay.answer_note = one_line(command.note) or None
        session.add(delay)
        close_tasks(
            session, case.id, "delay_approval", now, {"answer": delay.status}, party=f"delay-{delay.id}"
        )
        if approve:
            old = publication.due
            move_due(session, services, publication, delay.to_date, now.today)
            assert publication.id is not None
            session.add(
                ClockChangeRow(
                    clock_id=publication.id,
                    old_due=old,
                    new_due=delay.to_date,
                    change=ClockChangeKind.EXTENDED,
                    reason=f"delay approved by the SLT (19.25): {delay.reason}",
                    actor=actor.label,
                    at=now.at,
                )
            )
            if review.planned_publication is None or review.planned_publication > delay.to_date:
                review.planned_publication = None
            notice_clock = _plan(session, services, case, delay_approved_on=now.today)[ClockKind.DELAY_NOTICE]
            sync_clock(session, case.id, notice_clock, actor, now, "delay approved", reopen=True)
            open_clock_task(session, services, case.id, notice_clock)
            context = {**context, "approved_by": actor.label, "approved_on": now.today}
            NoticeQueue(session, services, case, now).queue(
                "delay_notice",
                f"delay_notice:{delay.id}",
                [p.external.panel, p.external.secretary_of_state],
                ClockFacts.of(notice_clock),
                review=review_context(review, publication),
                delay=context,
            )
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="approve_delay" if approve else "refuse_delay",
            reference=reference,
            detail={"delay_id": delay.id, "to": delay.to_date},
        )
        return publication.due

    result: date = transact(services.engine, work)
    return result


def record_delay_notice_sent(
    services: Services, actor: Actor, command: RecordDelayNoticeSent, now: Now
) -> None:
    """The reasons for the delay went to the Panel and the Secretary of State (19.25)."""
    _meet_simple(services, actor, command, now)


def record_justification_sent(
    services: Services, actor: Actor, command: RecordJustificationSent, now: Now
) -> None:
    """The justification for not publishing went to the Panel and the Secretary of State (19.27)."""
    _meet_simple(services, actor, command, now)


def withhold(services: Services, actor: Actor, command: Withhold, now: Now) -> None:
    """Not publishing the full report, or the improvements too; justified to the Panel (19.27)."""
    require(actor, "withhold")
    reference, scope = command.reference, command.scope
    if scope not in tuple(WithheldScope):
        raise CommandRefused(f"--scope: {scope!r} is not full or improvements")
    why = _text(command.justification, "--justification")
    p = services.partnership

    def work(session: Session) -> None:
        case = find_case(session, reference)
        assert case.id is not None
        review = _review(session, case, reference)
        if review.published_on is not None:
            raise WrongState(f"{reference} was published on {review.published_on.isoformat()}")
        if review.withheld_scope is not None:
            raise WrongState(
                f"{reference}: a decision not to publish ({review.withheld_scope}) "
                f"was recorded on {review.withheld_on}"
            )
        publication = _publication(session, case, reference)
        review.withheld_scope, review.withheld_on = scope, now.today
        review.withheld_justification = why
        session.add(review)
        if scope == WithheldScope.IMPROVEMENTS:  # nothing will be published
            stop_clock(
                session,
                case.id,
                ClockKind.PUBLICATION,
                actor,
                now,
                f"not to be published, nor the improvements (19.27): {why}",
            )
            stop_clock(
                session,
                case.id,
                ClockKind.PRE_PUBLICATION_COPY,
                actor,
                now,
                "nothing is to be published (19.27)",
            )
        clock = _plan(session, services, case, non_publication_decided_on=now.today)[
            ClockKind.NON_PUBLICATION_JUSTIFICATION
        ]
        sync_clock(session, case.id, clock, actor, now, "decision not to publish", reopen=True)
        open_clock_task(session, services, case.id, clock)
        NoticeQueue(session, services, case, now).queue(
            "non_publication_justification",
            "non_publication_justification",
            [p.external.panel, p.external.secretary_of_state],
            ClockFacts.of(clock),
            review=review_context(review, publication),
        )
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="withhold",
            reference=reference,
            detail={"scope": scope},
        )

    transact(services.engine, work)


def record_copy_sent(services: Services, actor: Actor, command: RecordCopySent, now: Now) -> None:
    """The full report went to the Panel and the Secretary of State before publication."""

    def keep(session: Session, case: CaseRow, review: ReviewRow) -> None:
        review.copy_sent_on = command.on
        session.add(review)

    _meet_simple(services, actor, command, now, then=keep)


def publish(services: Services, actor: Actor, command: Publish, now: Now) -> None:
    """The review (or the information about improvements) is published (19.28)."""
    require(actor, "publish")
    reference, on, url = command.reference, command.on, command.url
    late_copy_reason = command.late_copy_reason
    not_future(on, now, "--on")
    if not url.startswith(("https://", "http://")):
        raise CommandRefused(f"--url: {url!r} is not a web address (https://...)")
    p = services.partnership

    def work(session: Session) -> None:
        case = find_case(session, reference)
        assert case.id is not None
        review = _review(session, case, reference)
        if review.published_on is not None:
            raise WrongState(f"{reference} was already published on {review.published_on}")
        publication = _publication(session, case, reference)
        not_before(on, review.opened_on, "--on", "the decision to hold the review")
        needs_copy = review.withheld_scope is None
        if needs_copy and review.copy_sent_on is None:
            if late_copy_reason is None:
                raise WrongState(
                    f"{reference}: the full report must go to the Panel and the "
                    "Secretary of State before publication (Working Together 2018); "
                    f"record it with `cspr review copy-sent {reference} --on DATE`, or "
                    "publish with --late-copy --reason ..."
                )
            review.late_copy_reason = _text(late_copy_reason, "--reason")
        late = max(services.calendar.working_days_between(publication.due, on), 0)
        what = "information about improvements" if review.withheld_scope else "review"
        meet_clock(
            session,
            case.id,
            ClockKind.PUBLICATION,
            on,
            actor,
            now,
            f"{what} published on {on.isoformat()}",
            calendar=services.calendar,
        )
        review.published_on, review.url = on, url
        if review.withheld_scope == WithheldScope.FULL:
            review.improvements_published_on = on
        session.add(review)
        clock = _plan(session, services, case, published_on=on)[ClockKind.REPOSITORY_SUBMISSION]
        sync_clock(session, case.id, clock, actor, now, f"published on {on.isoformat()}")
        open_clock_task(session, services, case.id, clock)
        notices = NoticeQueue(session, services, case, now)
        ctx = review_context(review, publication)
        notices.queue(
            "publication_notice",
            "publication_notice",
            list(p.partners),
            ClockFacts(ClockKind.PUBLICATION, None, "19.28-19.30", f"Published on {long_date(on)}."),
            review=ctx,
        )
        notices.queue(
            "repository_submission",
            "repository_submission",
            [p.contacts.support_team],
            ClockFacts.of(clock),
            review=ctx,
        )
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="publish",
            reference=reference,
            detail={
                "on": on,
                "url": url,
                "late_by_working_days": late,
                "late_copy": late_copy_reason is not None,
            },
        )

    transact(services.engine, work)


def record_repository_submission(
    services: Services, actor: Actor, command: RecordRepositorySubmission, now: Now
) -> None:
    """The report went to the NSPCC national case review repository (19.28)."""

    def keep(session: Session, case: CaseRow, review: ReviewRow) -> None:
        review.repository_submitted_on = command.on
        session.add(review)

    _meet_simple(services, actor, command, now, then=keep)


_SimpleStep = RecordDelayNoticeSent | RecordJustificationSent | RecordCopySent | RecordRepositorySubmission
_SIMPLE: Mapping[type[_SimpleStep], tuple[ClockKind, str, str]] = {
    # the command -> (the clock it meets, the task it closes, the audited command)
    RecordDelayNoticeSent: (ClockKind.DELAY_NOTICE, "delay_notice", "record_delay_notice_sent"),
    RecordJustificationSent: (
        ClockKind.NON_PUBLICATION_JUSTIFICATION,
        "non_publication_justification",
        "record_justification_sent",
    ),
    RecordCopySent: (ClockKind.PRE_PUBLICATION_COPY, "pre_publication_copy", "record_copy_sent"),
    RecordRepositorySubmission: (
        ClockKind.REPOSITORY_SUBMISSION,
        "repository_submission",
        "record_repository_submission",
    ),
}


def _meet_simple(
    services: Services,
    actor: Actor,
    step: _SimpleStep,
    now: Now,
    then: Callable[[Session, CaseRow, ReviewRow], None] | None = None,
) -> None:
    """Meet an open clock of the review on a day, close its task, audit it."""
    kind, task_kind, command = _SIMPLE[type(step)]
    reference, on = step.reference, step.on
    require(actor, command)
    not_future(on, now, "--on")

    def work(session: Session) -> None:
        case = find_case(session, reference)
        assert case.id is not None
        review = _review(session, case, reference)
        clock = _clock(session, case.id, kind)
        if clock is None or clock.status != ClockStatus.OPEN:
            state = "not open" if clock is not None else "not started"
            raise WrongState(f"{reference}: the {kind} clock is {state}")
        not_before(on, clock.start, "--on", f"the {kind} clock started")
        meet_clock(
            session, case.id, kind, on, actor, now, f"done on {on.isoformat()}", calendar=services.calendar
        )
        close_tasks(session, case.id, task_kind, now, {"on": on.isoformat()})
        if then is not None:
            then(session, case, review)
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command=command,
            reference=reference,
            detail={"on": on},
        )

    transact(services.engine, work)


def waiting_delay(session: Session, case_id: int | None) -> DelayRow | None:
    """The case's delay request waiting for the SLT's answer, if there is one (19.25)."""
    return session.exec(
        select(DelayRow).where(DelayRow.case_id == case_id, DelayRow.status == DelayStatus.REQUESTED)
    ).first()
