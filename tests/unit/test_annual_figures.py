"""The annual report's arithmetic on hand-made facts, every figure counted by hand below.

Reporting year 2026-27: Wed 1 Apr 2026 to Wed 31 Mar 2027; made on 15 Apr 2027, so as of
31 Mar 2027. Bank holidays that matter: Good Friday 26 Mar and Easter Monday 29 Mar 2027.

Cases: A aware 1 Jun 2026, B 14 Sep 2026 (death), C 1 Feb 2027, D 20 Mar 2026 (last year),
E 5 Oct 2026 (the ICSC's discretion, 19.17), F 10 Jan 2026 (last year; its review is published
this year), G and H (reviews only).
"""

from datetime import date

import pytest

import calendars
from domain.reports.annual import (
    ActionFact,
    CaseFact,
    ClockFact,
    DecisionFact,
    DelayFact,
    Facts,
    ReportingYear,
    ReviewFact,
    compute,
    year_start_month,
)

CAL = calendars.england_and_wales()
D = date
YEAR = ReportingYear(2026)
HACKNEY, HOMERTON, MET = "Hackney Council", "Homerton University Hospital", "Metropolitan Police Service"

FACTS = Facts(
    cases=(
        CaseFact("A", D(2026, 6, 1), "serious_harm", False, D(2026, 6, 22)),
        CaseFact("B", D(2026, 9, 14), "death", False),
        CaseFact("C", D(2027, 2, 1), "serious_harm", False),
        CaseFact("D", D(2026, 3, 20), "serious_harm", False),
        CaseFact("E", D(2026, 10, 5), "other", True),
        CaseFact("F", D(2026, 1, 10), "serious_harm", False),
    ),
    clocks=(
        ClockFact("A", "panel_notification", "", D(2026, 6, 8), "met", D(2026, 6, 5), True),
        ClockFact("B", "panel_notification", "", D(2026, 9, 21), "met", D(2026, 9, 23), True),
        ClockFact("C", "panel_notification", "", D(2027, 2, 8), "met", D(2027, 2, 8), True),
        ClockFact("D", "panel_notification", "", D(2026, 3, 27), "met", D(2026, 3, 30), True),
        ClockFact("A", "rapid_review_submission", "", D(2026, 6, 22), "met", D(2026, 6, 22), True),
        ClockFact("B", "rapid_review_submission", "", D(2027, 3, 24), "open", None, True),
        ClockFact("C", "rapid_review_submission", "", D(2027, 4, 20), "open", None, True),
        ClockFact("C", "icsc_decision", "", D(2027, 3, 31), "open", None, False),
        ClockFact("A", "partner_ratification", "x", D(2026, 6, 18), "met", D(2026, 6, 17), False),
        ClockFact("A", "partner_ratification", "y", D(2026, 6, 25), "met", D(2026, 6, 29), False),
        ClockFact("A", "publication", "", D(2026, 12, 15), "met", D(2026, 12, 10), True),
        ClockFact("F", "publication", "", D(2026, 10, 30), "met", D(2026, 10, 20), True),
        ClockFact("G", "publication", "", D(2026, 11, 1), "stopped", None, True),
        ClockFact("C", "family_notification", "", D(2027, 3, 15), "open", None, False, paused=True),
    ),
    decisions=(
        DecisionFact("A", 1, "local_review", D(2026, 6, 15)),
        DecisionFact("B", 1, "local_review", D(2026, 10, 1)),
        DecisionFact("B", 2, "national_review", D(2026, 11, 2)),
        DecisionFact("C", 1, "no_review", D(2027, 3, 1)),
        DecisionFact("F", 1, "local_review", D(2026, 2, 2)),
        DecisionFact("G", 1, "local_review", D(2026, 5, 1)),
    ),
    reviews=(
        ReviewFact("A", D(2026, 6, 15), published_on=D(2026, 12, 10)),
        ReviewFact("F", D(2026, 2, 2), published_on=D(2026, 10, 20)),
        ReviewFact("G", D(2026, 5, 1), withheld_scope="improvements", withheld_on=D(2026, 9, 1)),
        ReviewFact("H", D(2027, 1, 15)),
    ),
    delays=(
        DelayFact(
            "F",
            D(2026, 7, 20),
            D(2026, 10, 30),
            "The criminal trial is listed for October.",
            "prosecution",
            "approved",
            D(2026, 7, 22),
        ),
        DelayFact("F", D(2026, 1, 15), D(2026, 9, 30), "Last year's request.", None, "refused"),
    ),
    actions=(
        ActionFact(1, "F", 1, HACKNEY, D(2026, 6, 30), "done", D(2026, 3, 1), D(2026, 5, 10)),
        ActionFact(2, "F", 1, MET, D(2027, 3, 24), "open", D(2026, 3, 1)),
        ActionFact(3, "F", 2, HACKNEY, D(2026, 3, 25), "done", D(2026, 3, 1), D(2026, 3, 20)),
        ActionFact(4, "A", 1, HOMERTON, D(2027, 6, 30), "open", D(2026, 12, 15)),
        ActionFact(5, "A", 1, HACKNEY, D(2027, 2, 26), "done", D(2026, 12, 15), D(2027, 3, 1)),
        ActionFact(6, "H", 1, MET, D(2027, 5, 1), "cancelled", D(2027, 2, 1)),
        ActionFact(7, "H", 1, MET, D(2027, 5, 1), "open", D(2027, 2, 1)),
    ),
)


@pytest.fixture(scope="module")
def report():
    return compute(FACTS, YEAR, CAL, D(2027, 4, 15), "Synthetic partnership")


def test_the_reporting_year():
    assert (YEAR.start, YEAR.end, YEAR.label) == (D(2026, 4, 1), D(2027, 3, 31), "2026-27")
    calendar_year = ReportingYear(2026, 1)
    assert (calendar_year.start, calendar_year.end, calendar_year.label) == (
        D(2026, 1, 1),
        D(2026, 12, 31),
        "2026",
    )
    assert year_start_month(object()) == 4
    with pytest.raises(ValueError, match="13 is not 1-12"):
        ReportingYear(2026, 13)
    with pytest.raises(ValueError, match="nothing to report yet"):
        compute(FACTS, ReportingYear(2027), CAL, D(2027, 3, 1))


def test_as_of_is_the_year_end_or_today(report):
    assert report.as_of == D(2027, 3, 31)
    assert compute(FACTS, YEAR, CAL, D(2026, 12, 1)).as_of == D(2026, 12, 1)


def test_incidents(report):
    # A, B, C aware in the year (D last year); E is the ICSC's discretion.
    assert report.incidents.notified == 3
    assert report.incidents.by_harm == {"death": 1, "serious_harm": 2}
    assert report.incidents.at_discretion == 1


def test_clocks_on_time_and_late(report):
    lines = {c.kind: (c.total, c.on_time, c.late, c.on_time_percent) for c in report.clocks}
    assert lines == {
        "panel_notification": (3, 2, 1, 66.7),  # A early, C on the day; B late; D last year
        "partner_ratification": (2, 1, 1, 50.0),  # A's partner y late
        "rapid_review_submission": (2, 1, 1, 50.0),  # B open past due; C due next year
        "publication": (2, 2, 0, 100.0),  # F against its extended date; G stopped
    }  # C's ICSC decision is due on the last day (not late yet); C's family clock is paused
    assert [c.kind for c in report.clocks] == [
        "panel_notification",
        "partner_ratification",
        "rapid_review_submission",
        "publication",
    ]
    late = [(c.reference, c.kind, c.party, c.met_on, c.working_days_late) for c in report.late_clocks]
    assert late == [
        ("B", "panel_notification", "", D(2026, 9, 23), 2),  # Tue 22, Wed 23
        ("A", "partner_ratification", "y", D(2026, 6, 29), 2),  # Fri 26, Mon 29
        ("B", "rapid_review_submission", "", None, 3),  # Thu 25, Tue 30, Wed 31
    ]


def test_decisions_by_outcome(report):
    # A local, B revised to national (one revision), C none, G local; F decided last year.
    assert report.decisions.by_outcome == {"local_review": 2, "national_review": 1, "no_review": 1}
    assert (report.decisions.total, report.decisions.revisions) == (4, 1)


def test_reviews_published_delays_and_non_publication(report):
    published = [
        (p.reference, p.six_months_on, p.within_six_months, p.delay_approved) for p in report.published
    ]
    assert published == [("F", D(2026, 8, 2), False, True), ("A", D(2026, 12, 15), True, False)]
    assert report.published_within_six_months == 1
    assert [(r.reference, r.six_months_on, r.actions) for r in report.in_progress] == [
        ("H", D(2027, 7, 15), 1)
    ]  # G publishes nothing; H's cancelled action is not counted
    assert [(d.reference, d.status, d.circumstance) for d in report.delays] == [
        ("F", "approved", "prosecution")
    ]
    assert [(n.reference, n.scope) for n in report.non_publication] == [("G", "improvements")]


def test_learning_actions_carried_forward(report):
    a = report.actions
    # completed in the year: 1 (carried forward) and 5; 3 was done last year.
    # open on 31 Mar 2027: 2 (overdue since Wed 24 Mar: 3 working days), 4, 7.
    assert (a.completed, a.open, a.overdue, a.cancelled) == (2, 3, 1, 1)
    assert (a.carried_forward, a.carried_forward_completed) == (2, 1)  # 1 and 2
    assert [(g.agency, g.completed, g.open, g.overdue) for g in a.by_agency] == [
        (HACKNEY, 2, 0, 0),
        (HOMERTON, 0, 1, 0),
        (MET, 0, 2, 1),
    ]
    assert [(o.id, o.working_days_overdue, o.carried_forward) for o in a.overdue_list] == [(2, 3, True)]


def test_timeline_and_json(report):
    assert [(t.reference, t.notified, t.decided, t.submitted, t.published) for t in report.timeline] == [
        ("F", None, D(2026, 2, 2), None, D(2026, 10, 20)),
        ("A", D(2026, 6, 5), D(2026, 6, 15), D(2026, 6, 22), D(2026, 12, 10)),
        ("B", D(2026, 9, 23), D(2026, 10, 1), None, None),
        ("E", None, None, None, None),
        ("C", D(2027, 2, 8), D(2027, 3, 1), None, None),
    ]
    data = report.as_dict()
    assert data["period"] == {"year": 2026, "label": "2026-27", "start": "2026-04-01", "end": "2027-03-31"}
    assert data["clocks"][0]["on_time_percent"] == 66.7 and data["published_within_six_months"] == 1
