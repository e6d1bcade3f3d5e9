"""The local review from decision to the national repository, on a real SQLite store.

Aware Mon 16 Aug 2027. The ICSC decides to hold a local review on Tue 31 Aug 2027 (the day
after the Summer bank holiday, Mon 30 Aug 2027): six calendar months later is Tue 29 Feb 2028
(2028 is a leap year).
"""

from datetime import date

import pytest
from sqlmodel import Session

from domain.actors import Actor
from domain.commands import (
    ApproveDelay,
    Decide,
    PlanReview,
    Publish,
    RecordCopySent,
    RecordJustificationSent,
    RecordRepositorySubmission,
    RequestDelay,
    Withhold,
)
from domain.decisions import DecisionInput
from domain.errors import NotPermitted, WrongState
from domain.incident import IncidentReport
from store.queries import case_view
from tests.conftest import at, incident
from workflows.handlers.intake import log_incident
from workflows.handlers.local_review import (
    answer_delay,
    plan_review,
    publish,
    record_copy_sent,
    record_justification_sent,
    record_repository_submission,
    request_delay,
    withhold,
)
from workflows.handlers.review import decide

SUPPORT = Actor("Sam Support", "support_team")
ICSC = Actor("Ida Commissioner", "icsc")
SPA = Actor("Sol Advisor", "spa")
SLT = Actor("Sue Leader", "slt")
URL = "https://chscp.example.org/reviews/synthetic-1"


def opened(services) -> str:
    report = IncidentReport.model_validate(incident(incident_date="2027-08-16", aware_date="2027-08-16"))
    ref = log_incident(services, SUPPORT, report, at(date(2027, 8, 16))).reference
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


def clocks(services, ref: str, today: date) -> dict[str, dict]:
    with Session(services.engine) as s:
        view = case_view(s, ref, today, services.calendar)
    return {c["kind"]: c for c in view["clocks"] if not c["party"]}


def notices(services, ref: str) -> list[str]:
    with Session(services.engine) as s:
        return [n["kind"] for n in case_view(s, ref, date(2028, 6, 1), services.calendar)["notices"]]


def test_plan_delay_copy_publication_and_repository(services):
    ref = opened(services)
    assert clocks(services, ref, date(2027, 9, 1))["publication"]["due"] == "2028-02-29"

    # Planned for Mon 14 Feb 2028: the copy is due 7 working days before, Thu 3 Feb 2028.
    plan_review(
        services,
        SPA,
        PlanReview(
            reference=ref,
            reviewer="Synthetic Reviewer Ltd",
            commissioned_on=date(2027, 9, 1),
            publish_on=date(2028, 2, 14),
        ),
        at(date(2027, 9, 1)),
    )
    assert clocks(services, ref, date(2027, 9, 1))["pre_publication_copy"]["due"] == "2028-02-03"
    with pytest.raises(
        WrongState,
        match=r"after the publication clock's due date 2028-02-29.*"
        "needs a delay approved by the SLT",
    ):
        plan_review(
            services, SPA, PlanReview(reference=ref, publish_on=date(2028, 3, 15)), at(date(2027, 9, 2))
        )

    request_delay(
        services,
        SPA,
        RequestDelay(
            reference=ref,
            to=date(2028, 5, 31),
            reason="The criminal trial is listed for March 2028.",
            circumstance="criminal_investigation",
        ),
        at(date(2028, 1, 18)),
    )
    with pytest.raises(NotPermitted, match="role spa may not do this; it is for slt"):
        answer_delay(services, SPA, ApproveDelay(reference=ref, note=""), at(date(2028, 1, 20)))
    # Approved Thu 20 Jan 2028: the delay notice is due 5 working days later, Thu 27 Jan 2028.
    assert answer_delay(services, SLT, ApproveDelay(reference=ref, note=""), at(date(2028, 1, 20))) == date(
        2028, 5, 31
    )
    c = clocks(services, ref, date(2028, 1, 20))
    assert c["publication"]["due"] == "2028-05-31"
    extended = c["publication"]["history"][-1]
    assert (extended["change"], extended["old_due"], extended["new_due"]) == (
        "extended",
        "2028-02-29",
        "2028-05-31",
    )
    assert c["delay_notice"]["due"] == "2028-01-27"

    # Re-planned for Wed 31 May 2028: 7 working days before, over the Spring bank holiday
    # (Mon 29 May 2028), is Fri 19 May 2028.
    plan_review(services, SPA, PlanReview(reference=ref, publish_on=date(2028, 5, 31)), at(date(2028, 1, 21)))
    assert clocks(services, ref, date(2028, 1, 21))["pre_publication_copy"]["due"] == "2028-05-19"

    with pytest.raises(
        WrongState, match="must go to the Panel and the Secretary of State before publication"
    ):
        publish(
            services, SUPPORT, Publish(reference=ref, on=date(2028, 5, 31), url=URL), at(date(2028, 5, 31))
        )
    record_copy_sent(
        services, SUPPORT, RecordCopySent(reference=ref, on=date(2028, 5, 18)), at(date(2028, 5, 18))
    )
    publish(services, SUPPORT, Publish(reference=ref, on=date(2028, 5, 31), url=URL), at(date(2028, 5, 31)))
    c = clocks(services, ref, date(2028, 5, 31))
    assert (c["publication"]["status"], c["publication"]["met_on"]) == ("met", "2028-05-31")
    # Wed 31 May 2028 + 10 working days = Wed 14 Jun 2028.
    assert c["repository_submission"]["due"] == "2028-06-14"
    record_repository_submission(
        services,
        SUPPORT,
        RecordRepositorySubmission(reference=ref, on=date(2028, 6, 9)),
        at(date(2028, 6, 9)),
    )
    assert clocks(services, ref, date(2028, 6, 9))["repository_submission"]["status"] == "met"
    assert {"delay_request", "delay_notice", "publication_notice", "repository_submission"} <= set(
        notices(services, ref)
    )


def test_publication_without_the_copy_needs_a_reason(services):
    ref = opened(services)
    publish(
        services,
        SUPPORT,
        Publish(
            reference=ref,
            on=date(2028, 2, 28),
            url=URL,
            late_copy_reason="The copy was sent by post and not recorded.",
        ),
        at(date(2028, 2, 28)),
    )
    assert clocks(services, ref, date(2028, 2, 28))["publication"]["status"] == "met"


def test_withholding_the_full_report_still_publishes_the_improvements(services):
    ref = opened(services)
    # Decided Thu 2 Sep 2027: the justification is due 5 working days later, Thu 9 Sep 2027.
    withhold(
        services,
        ICSC,
        Withhold(reference=ref, scope="full", justification="Publishing would identify the family."),
        at(date(2027, 9, 2)),
    )
    c = clocks(services, ref, date(2027, 9, 2))
    assert c["publication"]["status"] == "open"
    assert c["non_publication_justification"]["due"] == "2027-09-09"
    record_justification_sent(
        services, ICSC, RecordJustificationSent(reference=ref, on=date(2027, 9, 8)), at(date(2027, 9, 8))
    )
    c = clocks(services, ref, date(2027, 9, 8))
    assert (c["non_publication_justification"]["status"], c["non_publication_justification"]["met_on"]) == (
        "met",
        "2027-09-08",
    )
    publish(services, SUPPORT, Publish(reference=ref, on=date(2027, 12, 1), url=URL), at(date(2027, 12, 1)))
    assert clocks(services, ref, date(2027, 12, 1))["publication"]["status"] == "met"


def test_withholding_everything_stops_the_publication_clock(services):
    ref = opened(services)
    with pytest.raises(NotPermitted, match="withhold: role slt may not do this; it is for icsc"):
        withhold(
            services,
            SLT,
            Withhold(
                reference=ref, scope="improvements", justification="Publishing would identify the family."
            ),
            at(date(2027, 9, 2)),
        )
    withhold(
        services,
        ICSC,
        Withhold(reference=ref, scope="improvements", justification="Publishing would identify the family."),
        at(date(2027, 9, 2)),
    )
    c = clocks(services, ref, date(2027, 9, 2))
    assert c["publication"]["status"] == "stopped"
    assert "19.27" in c["publication"]["history"][-1]["reason"]
    with pytest.raises(WrongState, match="no running publication clock"):
        publish(
            services, SUPPORT, Publish(reference=ref, on=date(2027, 12, 1), url=URL), at(date(2027, 12, 1))
        )
