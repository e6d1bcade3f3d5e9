"""Recommendations and learning actions (001 §16.1, 004 §3.18) on a real SQLite store, and overdue
actions climbing the escalation ladder through the deadline sweep.

Aware Mon 16 Aug 2027; the ICSC decides on a local review Tue 31 Aug 2027. Actions are added
Wed 1 Sep 2027. Action A is due Fri 10 Sep 2027 (7 working days: reminder on the 4th working
day, Tue 7 Sep; due soon Wed 8 Sep; due today Fri 10 Sep; breached Mon 13 Sep; still breached
every 5 working days after, Mon 20 Sep ...).
"""

from datetime import date

import pytest
from sqlmodel import Session, select

from domain.actors import Actor
from domain.commands import (
    AddAction,
    AddRecommendation,
    CancelAction,
    CompleteAction,
    Decide,
    Sweep,
    UpdateAction,
)
from domain.decisions import DecisionInput
from domain.errors import CommandRefused, NotFound, NotPermitted, WrongState
from domain.incident import IncidentReport
from store.audit import verify
from store.learning_tables import ActionEscalationRow
from store.tables import AuditEventRow, NoticeRow
from tests.conftest import at, incident
from workflows.handlers.intake import log_incident
from workflows.handlers.learning import (
    add_action,
    add_recommendation,
    cancel_action,
    complete_action,
    update_action,
)
from workflows.handlers.learning_read import list_actions, overdue_actions
from workflows.handlers.review import decide
from workflows.handlers.sweep import sweep

SUPPORT = Actor("Sam Support", "support_team")
ICSC = Actor("Ida Commissioner", "icsc")
PARTNER = Actor("Pat Partner", "partner")
SYSTEM = Actor("cspr sweep", "system")


def logged(services, reference: str = "SYN-0001") -> str:
    report = IncidentReport.model_validate(
        incident(incident_date="2027-08-16", aware_date="2027-08-16", reference=reference)
    )
    return log_incident(services, SUPPORT, report, at(date(2027, 8, 16))).reference


def opened(services) -> str:
    ref = logged(services)
    decide(
        services,
        ICSC,
        Decide(
            reference=ref,
            decision=DecisionInput.parse(
                "local_review",
                ["19.15a=agencies did not share what they knew"],
                "Agencies did not share what they knew about the risk.",
                "",
                date(2027, 8, 31),
                family_rationale="The services that knew your child did not share what they knew.",
            ),
        ),
        at(date(2027, 8, 31)),
    )
    return ref


def rows(services, as_of: date, **filters):
    with Session(services.engine) as s:
        return list_actions(s, services.partnership, services.calendar, as_of, **filters)


def test_recommendations_and_actions_need_a_local_review(services):
    ref = logged(services)
    with pytest.raises(WrongState, match="has no local review"):
        add_recommendation(
            services,
            SUPPORT,
            AddRecommendation(reference=ref, number=1, text="Share risk information at once."),
            at(date(2027, 9, 1)),
        )


def test_actions_by_agency_and_status_with_progress_and_evidence(services):
    ref = opened(services)
    day = at(date(2027, 9, 1))
    with pytest.raises(NotPermitted, match="it is for spa, support_team"):
        add_recommendation(
            services,
            PARTNER,
            AddRecommendation(reference=ref, number=1, text="Share risk information at once."),
            day,
        )
    add_recommendation(
        services,
        SUPPORT,
        AddRecommendation(reference=ref, number=1, text="Share risk information at once."),
        day,
    )
    with pytest.raises(WrongState, match="already has recommendation 1"):
        add_recommendation(
            services,
            SUPPORT,
            AddRecommendation(reference=ref, number=1, text="Share risk information again."),
            day,
        )
    with pytest.raises(NotFound, match="has no recommendation 2"):
        add_action(
            services,
            SUPPORT,
            AddAction(
                reference=ref,
                recommendation=2,
                agency="hackney-council",
                lead="Head of Safeguarding",
                description="Audit strategy discussions.",
                due=date(2027, 9, 10),
            ),
            day,
        )
    with pytest.raises(CommandRefused, match="unknown partner 'hackney-counci'"):
        add_action(
            services,
            SUPPORT,
            AddAction(
                reference=ref,
                recommendation=1,
                agency="hackney-counci",
                lead="Head of Safeguarding",
                description="Audit strategy discussions.",
                due=date(2027, 9, 10),
            ),
            day,
        )
    with pytest.raises(CommandRefused, match="is not after today"):
        add_action(
            services,
            SUPPORT,
            AddAction(
                reference=ref,
                recommendation=1,
                agency="hackney-council",
                lead="Head of Safeguarding",
                description="Audit strategy discussions.",
                due=date(2027, 9, 1),
            ),
            day,
        )
    a = add_action(
        services,
        SUPPORT,
        AddAction(
            reference=ref,
            recommendation=1,
            agency="hackney-council",
            lead="Head of Safeguarding",
            description="Audit strategy discussions.",
            due=date(2027, 9, 10),
        ),
        day,
    )
    b = add_action(
        services,
        SUPPORT,
        AddAction(
            reference=ref,
            recommendation=1,
            agency="Homerton University Hospital",
            lead="Named Nurse for Safeguarding",
            description="Train the emergency department staff.",
            due=date(2027, 12, 1),
        ),
        day,
    )
    c = add_action(
        services,
        SUPPORT,
        AddAction(
            reference=ref,
            recommendation=1,
            agency="metropolitan-police",
            lead="Detective Inspector",
            description="Review referral triage.",
            due=date(2027, 10, 1),
        ),
        day,
    )

    update_action(
        services,
        PARTNER,
        UpdateAction(action_id=b, note="Two of four sessions delivered.", on=date(2027, 9, 20)),
        at(date(2027, 9, 20)),
    )
    with pytest.raises(CommandRefused, match="--evidence: say what it is in a sentence"):
        complete_action(
            services,
            PARTNER,
            CompleteAction(action_id=b, on=date(2027, 9, 21), evidence="done"),
            at(date(2027, 9, 21)),
        )
    complete_action(
        services,
        PARTNER,
        CompleteAction(
            action_id=b, on=date(2027, 9, 21), evidence="Attendance registers for all four sessions."
        ),
        at(date(2027, 9, 21)),
    )
    with pytest.raises(WrongState, match=f"learning action {b} is done on 2027-09-21"):
        update_action(
            services,
            SUPPORT,
            UpdateAction(action_id=b, note="More training booked.", on=date(2027, 9, 22)),
            at(date(2027, 9, 22)),
        )
    with pytest.raises(NotPermitted):
        cancel_action(
            services,
            PARTNER,
            CancelAction(action_id=c, reason="Superseded by the new triage model."),
            at(date(2027, 9, 22)),
        )
    cancel_action(
        services,
        SUPPORT,
        CancelAction(action_id=c, reason="Superseded by the new triage model."),
        at(date(2027, 9, 22)),
    )

    listed = rows(services, date(2027, 9, 22))
    assert [(r["id"], r["agency_name"], r["status"]) for r in listed] == [
        (a, "Hackney Council", "overdue"),
        (b, "Homerton University Hospital", "done"),
        (c, "Metropolitan Police Service", "cancelled"),
    ]
    # Due Fri 10 Sep; as of Wed 22 Sep: Mon 13 .. Wed 22 is 8 working days.
    assert listed[0]["working_days_overdue"] == 8
    assert listed[1]["evidence"] == "Attendance registers for all four sessions."
    assert listed[1]["last_update"]["note"] == "Two of four sessions delivered."
    assert [r["id"] for r in rows(services, date(2027, 9, 22), status="overdue")] == [a]
    assert [r["id"] for r in rows(services, date(2027, 9, 22), agency="hackney-council")] == [a]
    with Session(services.engine) as s:
        late = overdue_actions(s, date(2027, 9, 22), services.calendar)
        assert [(o.action_id, o.working_days_overdue) for o in late] == [(a, 8)]
        commands = [e.command for e in s.exec(select(AuditEventRow))]
    for command in ("add_recommendation", "add_action", "update_action", "complete_action", "cancel_action"):
        assert command in commands
    with Session(services.engine) as s:
        assert verify(s).ok


def test_overdue_actions_climb_the_ladder_once_each(services):
    ref = opened(services)
    add_recommendation(
        services,
        SUPPORT,
        AddRecommendation(reference=ref, number=1, text="Share risk information at once."),
        at(date(2027, 9, 1)),
    )
    a = add_action(
        services,
        SUPPORT,
        AddAction(
            reference=ref,
            recommendation=1,
            agency="hackney-council",
            lead="Head of Safeguarding",
            description="Audit strategy discussions.",
            due=date(2027, 9, 10),
        ),
        at(date(2027, 9, 1)),
    )

    def fired(day: date) -> list[tuple[str, str]]:
        result = sweep(services, SYSTEM, Sweep(as_of=day), at(day))
        return [(f.rung, f.party or "") for f in result.fired if f.clock == "learning_action"]

    assert fired(date(2027, 9, 6)) == []
    assert fired(date(2027, 9, 7)) == [("reminder", f"action-{a}")]
    assert fired(date(2027, 9, 7)) == []  # once
    assert fired(date(2027, 9, 8)) == [("due_soon", f"action-{a}")]
    assert fired(date(2027, 9, 13)) == [("breached", f"action-{a}")]  # due today overtaken
    assert fired(date(2027, 9, 13)) == []
    with Session(services.engine) as s:
        breach = s.exec(select(ActionEscalationRow).where(ActionEscalationRow.rung == "breached")).one()
        notice = s.get(NoticeRow, breach.notice_id)
        assert notice is not None
        assert notice.subject == (
            f"{ref}: learning action {a} (recommendation 1, Hackney Council) - OVERDUE: due Fri 10 Sep 2027"
        )
        to = {r["email"] for r in notice.recipients}
        assert to == {
            "safeguarding-lead@hackney-council.example.org",
            "icsc@chscp.example.org",
            "slt@chscp.example.org",
        }
        assert "QZ" not in notice.body_text and "QZ" not in notice.subject
    complete_action(
        services,
        SUPPORT,
        CompleteAction(action_id=a, on=date(2027, 9, 14), evidence="Audit report to the partnership."),
        at(date(2027, 9, 14)),
    )
    assert fired(date(2027, 9, 20)) == []  # done: nothing more
