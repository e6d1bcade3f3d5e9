"""The rapid review's commands against a real SQLite store: transitions, refusals, revisions.

Aware Thu 24 Dec 2026 (Christmas Fri 25, Boxing Day substitute Mon 28 Dec, New Year's Day
Fri 1 Jan 2027): rapid review due Tue 19 Jan 2027.
"""

from datetime import date

import pytest
from sqlmodel import Session, func, select

from domain.actors import Actor
from domain.commands import (
    ConsiderCase,
    Decide,
    Ratify,
    RecordFamilyNotified,
    RecordPanelResponse,
    RecordPoliceCpsConsulted,
    RecordSubmission,
)
from domain.decisions import DecisionInput
from domain.errors import CommandRefused, NotPermitted, WrongState
from domain.incident import IncidentReport
from store.queries import case_view
from store.review_tables import DecisionRow
from store.tables import AuditEventRow, CaseRow, ClockChangeRow, ClockRow, NoticeRow, TaskRow
from tests.conftest import at, incident
from workflows.handlers.intake import log_incident
from workflows.handlers.review import (
    decide,
    ratify,
    record_family_notified,
    record_panel_response,
    record_police_cps_consulted,
    record_submission,
)

SUPPORT = Actor("Sam Support", "support_team")
ICSC = Actor("Ida Commissioner", "icsc")
SPA = Actor("Sol Advisor", "spa")
PARTNER = Actor("Pat Partner", "partner")
NOW = at(date(2027, 3, 1))
RATIONALE = "The agencies involved did not share information about the risk."
FAMILY = "The services that knew your child did not share what they knew."


def logged(services, **changes) -> str:
    report = IncidentReport.model_validate(incident(**changes))
    return log_incident(services, SUPPORT, report, NOW).reference


def decision(outcome: str = "local_review", on: date = date(2027, 1, 14)) -> DecisionInput:
    return DecisionInput.parse(
        outcome, ["19.15a=the agencies did not share information"], RATIONALE, "", on, family_rationale=FAMILY
    )


def snapshot(services) -> tuple[int, ...]:
    with Session(services.engine) as s:
        counted = tuple(
            s.exec(select(func.count()).select_from(t)).one()
            for t in (CaseRow, ClockRow, ClockChangeRow, TaskRow, NoticeRow, AuditEventRow, DecisionRow)
        )
        stages = tuple(c.stage for c in s.exec(select(CaseRow)))
    return (*counted, hash(stages))


def view(services, ref: str) -> dict:
    with Session(services.engine) as s:
        return case_view(s, ref, NOW.today, services.calendar)


def refused(services, error, message, command, *args) -> None:
    before = snapshot(services)
    with pytest.raises(error, match=message):
        command(services, *args)
    assert snapshot(services) == before


def test_refusals_name_the_stage_and_what_must_come_first(services):
    ref = logged(services)
    refused(
        services,
        WrongState,
        "stage intake: the rapid review includes the ICSC's decision",
        record_submission,
        SPA,
        RecordSubmission(reference=ref, on=date(2027, 1, 19)),
        NOW,
    )
    refused(
        services,
        WrongState,
        "stage intake: the family is told the outcome of a decision",
        record_family_notified,
        SUPPORT,
        RecordFamilyNotified(reference=ref, on=date(2027, 1, 19), how="letter"),
        NOW,
    )
    refused(
        services,
        WrongState,
        "stage intake: the ICSC must decide first",
        ratify,
        PARTNER,
        Ratify(reference=ref, partner_id="hackney-council", ratified=True, comment="", on=date(2027, 1, 19)),
        NOW,
    )
    refused(
        services,
        NotPermitted,
        "role spa may not do this",
        decide,
        SPA,
        Decide(reference=ref, decision=decision()),
        NOW,
    )
    refused(
        services,
        CommandRefused,
        "before the local authority became aware",
        decide,
        ICSC,
        Decide(reference=ref, decision=decision(on=date(2026, 12, 23))),
        NOW,
    )
    refused(
        services,
        CommandRefused,
        r"in the future \(today is 2027-03-01\)",
        decide,
        ICSC,
        Decide(reference=ref, decision=decision(on=date(2027, 3, 2))),
        NOW,
    )
    decide(services, ICSC, Decide(reference=ref, decision=decision()), NOW)
    refused(
        services,
        WrongState,
        "stage decided: a decision is already recorded; to change it use",
        decide,
        ICSC,
        Decide(reference=ref, decision=decision()),
        NOW,
    )
    refused(
        services,
        ValueError,
        "unknown partner 'camden-council'",
        ratify,
        PARTNER,
        Ratify(reference=ref, partner_id="camden-council", ratified=True, comment="", on=date(2027, 1, 18)),
        NOW,
    )
    refused(
        services,
        WrongState,
        "stage decided: the Panel responds to a submitted rapid review",
        record_panel_response,
        SPA,
        RecordPanelResponse(reference=ref, agrees=True, on=date(2027, 1, 20), comment=""),
        NOW,
    )
    ratify(
        services,
        PARTNER,
        Ratify(reference=ref, partner_id="hackney-council", ratified=True, comment="", on=date(2027, 1, 18)),
        NOW,
    )
    refused(
        services,
        WrongState,
        "hackney-council already ratified decision 1 on 2027-01-18",
        ratify,
        PARTNER,
        Ratify(
            reference=ref, partner_id="hackney-council", ratified=False, comment="No", on=date(2027, 1, 19)
        ),
        NOW,
    )


def test_a_one_word_rationale_is_refused():
    with pytest.raises(CommandRefused, match="--rationale: give the reasons"):
        DecisionInput.parse("local_review", [], "Yes", "", date(2027, 1, 14), family_rationale=FAMILY)
    with pytest.raises(CommandRefused, match=r"--criteria: 19\.99 not known"):
        DecisionInput.parse(
            "local_review", ["19.99"], RATIONALE, "", date(2027, 1, 14), family_rationale=FAMILY
        )


def test_a_challenge_opens_a_task_for_the_icsc(services):
    ref = logged(services)
    decide(services, ICSC, Decide(reference=ref, decision=decision()), NOW)
    ratify(
        services,
        PARTNER,
        Ratify(
            reference=ref,
            partner_id="metropolitan-police",
            ratified=False,
            comment="The police were not consulted.",
            on=date(2027, 1, 18),
        ),
        NOW,
    )
    tasks = {(t["kind"], t["party"]): t for t in view(services, ref)["tasks"]}
    task = tasks[("ratification_challenge", "metropolitan-police")]
    # Mon 18 Jan 2027 + 5 working days = Mon 25 Jan 2027.
    assert (task["owner_role"], task["due"], task["status"]) == ("icsc", "2027-01-25", "open")
    kinds = [n["kind"] for n in view(services, ref)["notices"]]
    assert "decision_challenged" in kinds


def test_a_revision_to_local_review_starts_publication_from_the_revision(services):
    ref = logged(services)
    decide(services, ICSC, Decide(reference=ref, decision=decision("no_review")), NOW)
    assert "publication" not in {c["kind"] for c in view(services, ref)["clocks"]}
    record_submission(services, SPA, RecordSubmission(reference=ref, on=date(2027, 1, 19)), NOW)
    record_panel_response(
        services,
        SPA,
        RecordPanelResponse(reference=ref, agrees=False, on=date(2027, 2, 1), comment="A review is needed."),
        NOW,
    )
    assert view(services, ref)["status"] == "open"
    decide(
        services,
        ICSC,
        Decide(reference=ref, decision=decision("local_review", date(2027, 2, 10)), revises=True),
        NOW,
    )
    clocks = {c["kind"]: c for c in view(services, ref)["clocks"] if not c["party"]}
    # Six calendar months from Wed 10 Feb 2027: Tue 10 Aug 2027.
    assert (clocks["publication"]["start"], clocks["publication"]["due"]) == ("2027-02-10", "2027-08-10")
    with Session(services.engine) as s:
        revisions = s.exec(select(DecisionRow.outcome).order_by(DecisionRow.revision)).all()
        assert revisions == ["no_review", "local_review"]
        assert s.exec(select(CaseRow.stage)).one() == "concluded"


def test_police_and_cps_first_when_criminal_proceedings_are_live(services):
    ref = logged(services, criminal_investigation=True)
    decide(services, ICSC, Decide(reference=ref, decision=decision()), NOW)
    refused(
        services,
        WrongState,
        "police-cps consulted",
        record_family_notified,
        SUPPORT,
        RecordFamilyNotified(reference=ref, on=date(2027, 1, 20), how="letter"),
        NOW,
    )
    record_police_cps_consulted(
        services, SUPPORT, RecordPoliceCpsConsulted(reference=ref, on=date(2027, 1, 20)), NOW
    )
    refused(
        services,
        CommandRefused,
        "before the police and CPS were consulted",
        record_family_notified,
        SUPPORT,
        RecordFamilyNotified(reference=ref, on=date(2027, 1, 19), how="letter"),
        NOW,
    )
    record_family_notified(
        services, SUPPORT, RecordFamilyNotified(reference=ref, on=date(2027, 1, 21), how="letter"), NOW
    )
    family = next(c for c in view(services, ref)["clocks"] if c["kind"] == "family_notification")
    assert (family["status"], family["met_on"]) == ("met", "2027-01-21")


def test_the_letter_meets_the_family_clock_and_in_person_alone_does_not(services):
    # Decided Thu 14 Jan 2027: the family clock is due Thu 28 Jan 2027 (10 working days).
    ref = logged(services)
    decide(services, ICSC, Decide(reference=ref, decision=decision()), NOW)
    told = RecordFamilyNotified(reference=ref, on=date(2027, 1, 18), how="in_person")
    assert record_family_notified(services, SUPPORT, told, NOW) is False
    family = next(c for c in view(services, ref)["clocks"] if c["kind"] == "family_notification")
    # still open: as of Mon 1 Mar 2027 (NOW) it reads as breached, not met
    assert (family["status"], family["due"], family["met_on"]) == ("breached", "2027-01-28", None)
    assert family["history"][-1]["change"] == "noted"
    with Session(services.engine) as s:
        task = s.exec(select(TaskRow).where(TaskRow.kind == "family_notification")).one()
        case = s.exec(select(CaseRow)).one()
    assert task.status == "open" and (case.family_met_on, case.family_notified_on) == (
        date(2027, 1, 18),
        None,
    )

    letter = RecordFamilyNotified(reference=ref, on=date(2027, 1, 19), how="letter")
    assert record_family_notified(services, SUPPORT, letter, NOW) is True
    assert record_family_notified(services, SUPPORT, letter, NOW) is True  # the same again: no change
    refused(
        services,
        WrongState,
        "the letter to the family was already recorded as sent on 2027-01-19",
        record_family_notified,
        SUPPORT,
        RecordFamilyNotified(reference=ref, on=date(2027, 1, 20), how="letter"),
        NOW,
    )
    refused(
        services,
        CommandRefused,
        "--how: 'phone' is not letter or in_person",
        record_family_notified,
        SUPPORT,
        RecordFamilyNotified(reference=ref, on=date(2027, 1, 20), how="phone"),
        NOW,
    )
    family = next(c for c in view(services, ref)["clocks"] if c["kind"] == "family_notification")
    assert (family["status"], family["met_on"]) == ("met", "2027-01-19")


def test_a_case_for_the_icscs_discretion_gets_a_decision_task_and_no_panel_clock(services):
    report = IncidentReport.model_validate(
        incident(harm="other", abuse_or_neglect="not_suspected", summary="Synthetic near miss")
    )
    ref = log_incident(services, SUPPORT, ConsiderCase(report=report), NOW).reference
    v = view(services, ref)
    assert [c["kind"] for c in v["clocks"]] == ["icsc_decision"]
    # Thu 24 Dec 2026 + 15 WD = Tue 19 Jan 2027, so the ICSC's target is Fri 15 Jan 2027.
    assert v["clocks"][0]["due"] == "2027-01-15"
    assert [n["kind"] for n in v["notices"]] == ["icsc_decision_request"]
    with pytest.raises(NotPermitted, match="consider case: role icsc may not do this"):
        log_incident(services, ICSC, ConsiderCase(report=report), NOW)
