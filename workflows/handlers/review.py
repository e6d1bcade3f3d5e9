"""The rapid review (19.10-19.22): the ICSC's decision, ratification, submission to the Panel,
the Panel's response, and telling the family. Each command checks role and stage, and commits
all or nothing with its audit event."""

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from domain.actors import Actor, require
from domain.commands import (
    Decide,
    Ratify,
    RecordFamilyNotified,
    RecordPanelResponse,
    RecordPoliceCpsConsulted,
    RecordSubmission,
)
from domain.decisions import CRITERIA, OUTCOME_TEXT, Outcome, considered_view
from domain.errors import CommandRefused, WrongState
from domain.family import in_person_note, meets_clock
from domain.kinds import ClockKind, HowTold, Role
from domain.lifecycle import Stage, after, check
from domain.notices import ClockFacts
from domain.plan import plan_clocks
from domain.status import ClockChangeKind, ClockStatus
from domain.text import require_text
from store import audit
from store.database import transact
from store.queries import find_case
from store.review_tables import DecisionRow, PanelResponseRow, RatificationRow
from store.tables import ClockRow
from workflows.handlers.checks import not_before, not_future
from workflows.handlers.context import Now, Services
from workflows.handlers.rows import (
    NoticeQueue,
    close_tasks,
    events_of,
    facts_of,
    latest_decision,
    meet_clock,
    open_clock_task,
    open_review,
    open_task,
    record_change,
    stop_clock,
    sync_clock,
)

CHALLENGE_RESPONSE_WORKING_DAYS = 5


def _clock_facts(session: Session, case_id: int, kind: ClockKind, party: str = "") -> ClockFacts | None:
    row = session.exec(
        select(ClockRow).where(ClockRow.case_id == case_id, ClockRow.kind == kind, ClockRow.party == party)
    ).first()
    return ClockFacts(ClockKind(row.kind), row.due, row.basis, row.explanation) if row else None


def decision_context(session: Session, decision: DecisionRow) -> dict[str, Any]:
    """The decision as notice templates receive it."""
    earlier = None
    if decision.revision > 1:
        earlier = session.exec(
            select(DecisionRow.outcome).where(
                DecisionRow.case_id == decision.case_id, DecisionRow.revision == decision.revision - 1
            )
        ).first()
    return {
        "outcome": decision.outcome,
        "outcome_text": OUTCOME_TEXT[Outcome(decision.outcome)],
        "criteria": [{"code": c, "text": CRITERIA[c]} for c in decision.criteria],
        "considered": considered_view(decision.considered),
        "rationale": decision.rationale,
        "family_rationale": decision.family_rationale,
        "immediate_actions": decision.immediate_actions,
        "decided_on": decision.decided_on,
        "decided_by": decision.decided_by,
        "revision": decision.revision,
        "revises_outcome": earlier,
    }


def _run(services: Services, work: Callable[[Session], Any]) -> Any:
    return transact(services.engine, work)


def decide(services: Services, actor: Actor, command: Decide, now: Now) -> int:
    """Record the ICSC's decision (or a revision of it); returns the revision number."""
    require(actor, "decide")
    reference, d, revises = command.reference, command.decision, command.revises
    not_future(d.decided_on, now, "--on")
    p, cal = services.partnership, services.calendar

    def work(session: Session) -> int:
        case = find_case(session, reference)
        assert case.id is not None
        command = "revise" if revises else "decide"
        stage = check(command, case.stage, reference)
        not_before(d.decided_on, case.aware_date, "--on", "the local authority became aware")
        previous = latest_decision(session, case.id)
        if previous is not None:
            not_before(d.decided_on, previous.decided_on, "--on", "the decision it revises")
        decision = DecisionRow(
            case_id=case.id,
            revision=previous.revision + 1 if previous else 1,
            outcome=d.outcome,
            criteria=list(d.criteria),
            considered=[c.as_dict() for c in d.considered],
            rationale=d.rationale,
            family_rationale=d.family_rationale,
            immediate_actions=d.immediate_actions,
            decided_on=d.decided_on,
            decided_by=actor.name,
            recorded_at=now.at,
        )
        session.add(decision)
        session.flush()
        why = (
            f"revised decision {decision.revision} ({d.outcome}) on {d.decided_on.isoformat()}"
            if revises
            else f"ICSC decided ({d.outcome}) on {d.decided_on.isoformat()}"
        )
        meet_clock(session, case.id, ClockKind.ICSC_DECISION, d.decided_on, actor, now, why, calendar=cal)
        close_tasks(session, case.id, "icsc_decision", now, {"outcome": d.outcome})
        if stage is Stage.RECONSIDERATION:
            meet_clock(
                session,
                case.id,
                ClockKind.RECONSIDERATION_MEETING,
                d.decided_on,
                actor,
                now,
                why,
                calendar=cal,
            )
            close_tasks(session, case.id, "reconsideration_meeting", now, {"outcome": d.outcome})
        case.stage = after(command, stage)
        session.add(case)
        planned = plan_clocks(facts_of(case), services.calendar, p, events_of(session, case))
        for clock in planned:
            if clock.kind in (ClockKind.PARTNER_RATIFICATION, ClockKind.FAMILY_NOTIFICATION):
                sync_clock(session, case.id, clock, actor, now, why, reopen=True)
                open_clock_task(session, services, case.id, clock)
            elif clock.kind is ClockKind.PUBLICATION:
                sync_clock(session, case.id, clock, actor, now, why, reopen=True)
        if d.outcome is Outcome.LOCAL_REVIEW:
            open_review(session, case, d.decided_on)
        else:
            stop_clock(session, case.id, ClockKind.PUBLICATION, actor, now, f"no local review: {why}")
        notices = NoticeQueue(session, services, case, now)
        ctx = decision_context(session, decision)
        for partner in p.partners:
            notices.queue(
                "ratification_request",
                f"ratification_request:{partner.id}:r{decision.revision}",
                [partner],
                _clock_facts(session, case.id, ClockKind.PARTNER_RATIFICATION, partner.id),
                decision=ctx,
                partner={"id": partner.id, "name": partner.name},
            )
        notices.queue(
            "family_outcome_letter",
            f"family_outcome_letter:r{decision.revision}",
            [p.contacts.support_team],
            _clock_facts(session, case.id, ClockKind.FAMILY_NOTIFICATION),
            decision=ctx,
        )
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command=command,
            reference=reference,
            detail={
                "revision": decision.revision,
                "outcome": d.outcome,
                "criteria": list(d.criteria),
                "considered": {c.code: c.finding.value for c in d.considered},
                "decided_on": d.decided_on,
                "immediate_actions": bool(d.immediate_actions),
            },
        )
        return decision.revision

    result: int = _run(services, work)
    return result


def ratify(services: Services, actor: Actor, command: Ratify, now: Now) -> None:
    """A safeguarding partner ratifies or challenges the current decision (001 §11.5)."""
    require(actor, "ratify")
    reference, ratified, on = command.reference, command.ratified, command.on
    partner = services.partnership.partner(command.partner_id)
    not_future(on, now, "--on")
    comment = require_text(command.comment, "--comment", "", words=0)  # may be empty
    if not ratified and not comment:
        raise CommandRefused("--comment: say why the decision is challenged")

    def work(session: Session) -> None:
        case = find_case(session, reference)
        assert case.id is not None
        check("ratify", case.stage, reference)
        decision = latest_decision(session, case.id)
        assert decision is not None and decision.id is not None
        not_before(on, decision.decided_on, "--on", "the decision")
        answered = session.exec(
            select(RatificationRow).where(
                RatificationRow.decision_id == decision.id, RatificationRow.partner_id == partner.id
            )
        ).first()
        if answered is not None:
            verb = "ratified" if answered.ratified else "challenged"
            raise WrongState(
                f"{reference}: {partner.id} already {verb} decision "
                f"{decision.revision} on {answered.answered_on.isoformat()}"
            )
        session.add(
            RatificationRow(
                case_id=case.id,
                decision_id=decision.id,
                partner_id=partner.id,
                ratified=ratified,
                comment=comment,
                answered_on=on,
                answered_by=actor.name,
            )
        )
        verb = "ratified" if ratified else "challenged"
        meet_clock(
            session,
            case.id,
            ClockKind.PARTNER_RATIFICATION,
            on,
            actor,
            now,
            f"{verb} by {partner.name} on {on.isoformat()}",
            calendar=services.calendar,
            party=partner.id,
        )
        close_tasks(session, case.id, "partner_ratification", now, {"answer": verb}, party=partner.id)
        if not ratified:
            due = services.calendar.add_working_days(on, CHALLENGE_RESPONSE_WORKING_DAYS)
            open_task(
                session,
                services,
                case.id,
                "ratification_challenge",
                start=on,
                due=due,
                party=partner.id,
                role=Role.ICSC,
                title=f"Answer the challenge from {partner.name} (001 §11.5)",
            )
            NoticeQueue(session, services, case, now).queue(
                "decision_challenged",
                f"decision_challenged:{partner.id}:r{decision.revision}",
                [services.partnership.contacts.icsc],
                ClockFacts(
                    ClockKind.PARTNER_RATIFICATION,
                    due,
                    "11.5",
                    f"{CHALLENGE_RESPONSE_WORKING_DAYS} working days after the challenge",
                ),
                decision=decision_context(session, decision),
                partner={"id": partner.id, "name": partner.name},
                challenge={"comment": comment, "on": on},
            )
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="ratify",
            reference=reference,
            detail={"partner": partner.id, "answer": verb, "revision": decision.revision, "on": on},
        )

    _run(services, work)


def record_submission(services: Services, actor: Actor, command: RecordSubmission, now: Now) -> None:
    """The SPA submitted the rapid review, with the decision, to the Panel (19.13)."""
    require(actor, "record_submission")
    reference, on = command.reference, command.on
    not_future(on, now, "--on")
    p = services.partnership

    def work(session: Session) -> None:
        case = find_case(session, reference)
        assert case.id is not None
        stage = check("submit", case.stage, reference)
        decision = latest_decision(session, case.id)
        assert decision is not None
        not_before(on, decision.decided_on, "--on", "the ICSC's decision")
        late = max(
            services.calendar.working_days_between(
                _due(session, case.id, ClockKind.RAPID_REVIEW_SUBMISSION) or on, on
            ),
            0,
        )
        meet_clock(
            session,
            case.id,
            ClockKind.RAPID_REVIEW_SUBMISSION,
            on,
            actor,
            now,
            f"submitted to the Panel on {on.isoformat()}",
            calendar=services.calendar,
        )
        close_tasks(session, case.id, "rapid_review_submission", now, {"submitted_on": on.isoformat()})
        case.stage, case.rapid_review_submitted_on = after("submit", stage), on
        session.add(case)
        NoticeQueue(session, services, case, now).queue(
            "rapid_review_cover",
            f"rapid_review_cover:r{decision.revision}",
            [p.external.panel, *p.partners],
            _clock_facts(session, case.id, ClockKind.RAPID_REVIEW_SUBMISSION),
            decision=decision_context(session, decision),
        )
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="record_submission",
            reference=reference,
            detail={"submitted_on": on, "revision": decision.revision, "late_by_working_days": late},
        )

    _run(services, work)


def _due(session: Session, case_id: int, kind: ClockKind) -> date | None:
    return session.exec(
        select(col(ClockRow.due)).where(ClockRow.case_id == case_id, ClockRow.kind == kind)
    ).first()


def record_panel_response(services: Services, actor: Actor, command: RecordPanelResponse, now: Now) -> None:
    """The Panel's response to the rapid review (19.19); a disagreement calls a meeting."""
    require(actor, "record_panel_response")
    reference, agrees, on = command.reference, command.agrees, command.on
    not_future(on, now, "--on")
    comment = require_text(command.comment, "--comment", "", words=0)  # may be empty
    if not agrees and not comment:
        raise CommandRefused("--comment: give the Panel's reasons for disagreeing (19.19)")
    p = services.partnership

    def work(session: Session) -> None:
        case = find_case(session, reference)
        assert case.id is not None
        check("panel_response", case.stage, reference)
        assert case.rapid_review_submitted_on is not None
        not_before(on, case.rapid_review_submitted_on, "--on", "the rapid review was submitted")
        decision = latest_decision(session, case.id)
        assert decision is not None and decision.id is not None
        session.add(
            PanelResponseRow(
                case_id=case.id,
                decision_id=decision.id,
                agrees=agrees,
                responded_on=on,
                comment=comment,
                recorded_by=actor.name,
            )
        )
        session.flush()
        response = {"agrees": agrees, "on": on, "comment": comment}
        notices = NoticeQueue(session, services, case, now)
        ctx = decision_context(session, decision)
        if agrees:
            case.stage = Stage.CONCLUDED
            notices.queue(
                "panel_response_recorded",
                f"panel_response_recorded:r{decision.revision}",
                list(p.partners),
                ClockFacts(
                    ClockKind.RAPID_REVIEW_SUBMISSION,
                    None,
                    "19.19",
                    "The Panel's response is reported back to the safeguarding partners (19.19).",
                ),
                decision=ctx,
                panel_response=response,
            )
        else:
            case.stage = Stage.RECONSIDERATION
            why = f"the Panel disagreed on {on.isoformat()}"
            for clock in plan_clocks(facts_of(case), services.calendar, p, events_of(session, case)):
                if clock.kind is ClockKind.RECONSIDERATION_MEETING:
                    sync_clock(session, case.id, clock, actor, now, why, reopen=True)
                    open_clock_task(session, services, case.id, clock)
            notices.queue(
                "reconsideration_meeting_call",
                f"reconsideration_meeting_call:r{decision.revision}",
                [p.contacts.icsc, *p.partners],
                _clock_facts(session, case.id, ClockKind.RECONSIDERATION_MEETING),
                decision=ctx,
                panel_response=response,
            )
        session.add(case)
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="record_panel_response",
            reference=reference,
            detail={"agrees": agrees, "on": on, "revision": decision.revision},
        )

    _run(services, work)


def record_police_cps_consulted(
    services: Services, actor: Actor, command: RecordPoliceCpsConsulted, now: Now
) -> None:
    """The police and the CPS were consulted on telling the family (19.22)."""
    require(actor, "record_police_cps_consulted")
    reference, on = command.reference, command.on
    not_future(on, now, "--on")

    def work(session: Session) -> None:
        case = find_case(session, reference)
        not_before(on, case.aware_date, "--on", "the local authority became aware")
        if not case.criminal_investigation:
            raise WrongState(
                f"{reference} has no criminal investigation recorded; the police and "
                "CPS need not be consulted before the family is told (19.22)"
            )
        case.police_cps_consulted_on = on
        session.add(case)
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="record_police_cps_consulted",
            reference=reference,
            detail={"on": on},
        )

    _run(services, work)


def record_family_notified(services: Services, actor: Actor, command: RecordFamilyNotified, now: Now) -> bool:
    """The family was told the outcome and rationale, by letter or in person (19.21).

    The letter meets the clock; telling in person is recorded on its own day and, without a
    letter, leaves the clock open with a note saying why. Returns whether the clock is met.
    """
    require(actor, "record_family_notified")
    reference, on, how = command.reference, command.on, command.how
    not_future(on, now, "--on")
    if how not in tuple(HowTold):
        raise CommandRefused(f"--how: {how!r} is not letter or in_person")
    told = HowTold(how)

    def work(session: Session) -> bool:
        case = find_case(session, reference)
        assert case.id is not None
        check("family", case.stage, reference)
        decision = latest_decision(session, case.id)
        assert decision is not None
        not_before(on, decision.decided_on, "--on", "the decision")
        if case.criminal_investigation:
            if case.police_cps_consulted_on is None:
                raise WrongState(
                    f"{reference} has live criminal proceedings: the police and the CPS "
                    "must be consulted before the family is told (19.22); record it "
                    f"with `cspr police-cps consulted {reference} --on DATE`"
                )
            not_before(on, case.police_cps_consulted_on, "--on", "the police and CPS were consulted")
        clock = session.exec(
            select(ClockRow).where(
                ClockRow.case_id == case.id, ClockRow.kind == ClockKind.FAMILY_NOTIFICATION
            )
        ).first()
        assert clock is not None
        if meets_clock(told):
            if clock.status == ClockStatus.MET:
                if clock.met_on == on:
                    return True  # recorded already
                assert clock.met_on is not None
                raise WrongState(
                    f"{reference}: the letter to the family was already recorded as sent on "
                    f"{clock.met_on.isoformat()}"
                )
            meet_clock(
                session,
                case.id,
                ClockKind.FAMILY_NOTIFICATION,
                on,
                actor,
                now,
                f"family told (letter) on {on.isoformat()}",
                calendar=services.calendar,
            )
            close_tasks(session, case.id, "family_notification", now, {"on": on.isoformat(), "how": how})
            case.family_notified_on, case.family_notified_how = on, how
        else:
            if case.family_met_on == on:
                return clock.status == ClockStatus.MET  # recorded already
            case.family_met_on = on
            letter = clock.met_on if clock.status == ClockStatus.MET else None
            record_change(
                session, clock, ClockChangeKind.NOTED, clock.due, in_person_note(on, letter), actor, now
            )
        session.add(case)
        met = clock.status == ClockStatus.MET
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="record_family_notified",
            reference=reference,
            detail={"on": on, "how": how, "revision": decision.revision, "clock_met": met},
        )
        return met

    met: bool = _run(services, work)
    return met
