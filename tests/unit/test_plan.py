"""The clock plan, with due dates worked out by hand from the England & Wales calendar.

Each expected date names the non-working days between the anchor and the due date.
"""

from datetime import date, datetime

import pytest

import calendars
from domain.events import CaseEvents
from domain.facts import AbuseOrNeglect, CaseFacts, Harm, Location
from domain.kinds import ClockKind as K
from domain.plan import plan_clocks

CAL = calendars.england_and_wales()


def facts(
    aware: date,
    *,
    incident: date | None = None,
    harm: Harm = Harm.SERIOUS_HARM,
    abuse: AbuseOrNeglect = AbuseOrNeglect.SUSPECTED,
    looked_after: bool = False,
    criminal: bool = False,
    considered: bool = False,
) -> CaseFacts:
    return CaseFacts(
        incident_date=incident or aware,
        aware_date=aware,
        harm=harm,
        abuse_or_neglect=abuse,
        location=Location.IN_AREA,
        looked_after=looked_after,
        criminal_investigation=criminal,
        considered_at_discretion=considered,
    )


def by_kind(clocks):
    return {c.key: c for c in clocks}


def test_state_funeral_moves_the_panel_notification():
    # Aware Fri 16 Sep 2022; Mon 19 Sep 2022 was the State Funeral bank holiday.
    plan = by_kind(plan_clocks(facts(date(2022, 9, 16)), CAL))
    panel = plan["panel_notification"]
    assert panel.due == date(2022, 9, 26)
    assert panel.statutory and panel.source == "19.5-19.7"
    assert panel.explanation.moved_by == (
        (date(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II"),
    )
    assert "State Funeral" in panel.explanation.text
    assert plan["partner_notice"].due == date(2022, 9, 26)
    assert plan["partner_notice"].source == "19.8"


def test_coronation_moves_the_panel_notification():
    # Aware Fri 5 May 2023; Mon 8 May 2023 was the Coronation bank holiday.
    panel = by_kind(plan_clocks(facts(date(2023, 5, 5)), CAL))["panel_notification"]
    assert panel.due == date(2023, 5, 15)
    assert [d for d, _ in panel.explanation.moved_by] == [date(2023, 5, 8)]


def test_christmas_2026_moves_every_intake_clock():
    # Aware Thu 24 Dec 2026: Christmas Fri 25, Boxing Day Sat 26, substitute Mon 28 Dec,
    # New Year's Day Fri 1 Jan 2027.
    plan = by_kind(plan_clocks(facts(date(2026, 12, 24)), CAL))
    assert plan["panel_notification"].due == date(2027, 1, 5)
    assert [d for d, _ in plan["panel_notification"].explanation.moved_by] == [
        date(2026, 12, 25),
        date(2026, 12, 26),
        date(2026, 12, 28),
        date(2027, 1, 1),
    ]
    # 15 working days: Tue 29, Wed 30, Thu 31 Dec, then Mon 4 Jan .. Tue 19 Jan 2027.
    assert plan["rapid_review_submission"].due == date(2027, 1, 19)
    assert plan["rapid_review_submission"].working_days == 15
    # The ICSC's internal target: 2 working days before the rapid review is due.
    icsc = plan["icsc_decision"]
    assert icsc.due == date(2027, 1, 15)
    assert not icsc.statutory
    assert icsc.start == date(2026, 12, 24)
    assert icsc.working_days == 13


def test_saturday_awareness_is_day_zero():
    # Aware Sat 2 Jan 2027: day 1 is Mon 4 Jan, day 5 is Fri 8 Jan.
    assert by_kind(plan_clocks(facts(date(2027, 1, 2)), CAL))["panel_notification"].due == date(2027, 1, 8)


def test_which_clocks_apply_to_a_notifiable_case():
    kinds = [c.kind for c in plan_clocks(facts(date(2026, 3, 2)), CAL)]
    assert sorted(kinds) == sorted(
        [K.PANEL_NOTIFICATION, K.PARTNER_NOTICE, K.RAPID_REVIEW_SUBMISSION, K.ICSC_DECISION]
    )


def test_looked_after_child_death_adds_the_secretary_of_state_notice_even_without_abuse():
    # 19.9: whether or not abuse or neglect is known or suspected.
    f = facts(date(2026, 3, 2), harm=Harm.DEATH, abuse=AbuseOrNeglect.NOT_SUSPECTED, looked_after=True)
    assert not f.notifiable
    assert [c.kind for c in plan_clocks(f, CAL)] == [K.LAC_DEATH_NOTICE]
    notifiable = facts(date(2026, 3, 2), harm=Harm.DEATH, looked_after=True)
    assert K.LAC_DEATH_NOTICE in {c.kind for c in plan_clocks(notifiable, CAL)}


def test_looked_after_child_seriously_harmed_gets_no_death_notice():
    f = facts(date(2026, 3, 2), looked_after=True)
    assert K.LAC_DEATH_NOTICE not in {c.kind for c in plan_clocks(f, CAL)}


def test_case_considered_at_discretion_has_no_panel_clocks():
    # 19.17: a near miss raised for the ICSC's discretion; Mon 2 Mar 2026 + 15 WD = Mon 23 Mar,
    # so the ICSC target is Thu 19 Mar 2026.
    f = facts(date(2026, 3, 2), harm=Harm.OTHER, abuse=AbuseOrNeglect.NOT_SUSPECTED, considered=True)
    plan = plan_clocks(f, CAL)
    assert [c.kind for c in plan] == [K.ICSC_DECISION]
    assert plan[0].due == date(2026, 3, 19)
    assert "19.17" in plan[0].explanation.text


def test_not_notifiable_and_not_considered_has_no_clocks():
    f = facts(date(2026, 3, 2), harm=Harm.OTHER)
    assert plan_clocks(f, CAL) == ()


def test_decision_starts_ratification_family_and_publication_clocks():
    # Decided Fri 15 Jan 2027: ratification +3 WD = Wed 20 Jan; family +10 WD = Fri 29 Jan.
    f = facts(date(2026, 12, 24), criminal=True)
    events = CaseEvents(icsc_decided_on=date(2027, 1, 15), local_review_decided_on=date(2027, 1, 15))
    plan = by_kind(plan_clocks(f, CAL, events=events))
    assert plan["partner_ratification"].due == date(2027, 1, 20)
    assert plan["family_notification"].due == date(2027, 1, 29)
    assert "police and the CPS" in plan["family_notification"].explanation.text
    # Six calendar months from Fri 15 Jan 2027 is Thu 15 Jul 2027.
    pub = plan["publication"]
    assert pub.due == date(2027, 7, 15) and pub.action_by == date(2027, 7, 15)
    assert pub.statutory and pub.source == "19.24"


def test_six_months_from_31_august_lands_on_the_end_of_february():
    f = facts(date(2027, 8, 2))
    # 2027-08-31 + 6 months = Tue 29 Feb 2028 (leap year), a working day.
    leap = by_kind(
        plan_clocks(
            f,
            CAL,
            events=CaseEvents(icsc_decided_on=date(2027, 8, 31), local_review_decided_on=date(2027, 8, 31)),
        )
    )
    assert leap["publication"].due == date(2028, 2, 29)
    assert leap["publication"].action_by == date(2028, 2, 29)
    assert "last day of that month" in leap["publication"].explanation.text
    # 2026-08-31 + 6 months = Sun 28 Feb 2027: the date stands, act by Fri 26 Feb 2027.
    f = facts(date(2026, 8, 3))
    sunday = by_kind(
        plan_clocks(
            f,
            CAL,
            events=CaseEvents(icsc_decided_on=date(2026, 8, 31), local_review_decided_on=date(2026, 8, 31)),
        )
    )
    assert sunday["publication"].due == date(2027, 2, 28)
    assert sunday["publication"].action_by == date(2027, 2, 26)
    assert "Fri 26 Feb 2027" in sunday["publication"].explanation.text


def test_later_clocks_each_wait_for_their_event():
    f = facts(date(2026, 12, 24))
    events = CaseEvents(
        icsc_decided_on=date(2027, 1, 15),
        panel_disagreed_on=date(2027, 2, 1),  # +10 WD = Mon 15 Feb 2027
        local_review_decided_on=date(2027, 1, 15),
        publication_planned_for=date(2027, 4, 1),  # 7 WD before, over Easter: Fri 19 Mar
        delay_approved_on=date(2027, 5, 21),  # +5 WD = Fri 28 May 2027
        non_publication_decided_on=date(2027, 5, 28),  # Spring bank holiday 31 May: Mon 7 Jun
        published_on=date(2027, 5, 17),  # +10 WD, Spring bank holiday: Tue 1 Jun
    )
    plan = by_kind(plan_clocks(f, CAL, events=events))
    assert plan["reconsideration_meeting"].due == date(2027, 2, 15)
    copy = plan["pre_publication_copy"]
    assert copy.due == date(2027, 3, 19)
    assert [d for d, _ in copy.explanation.moved_by] == [date(2027, 3, 26), date(2027, 3, 29)]
    assert plan["delay_notice"].due == date(2027, 5, 28)
    assert plan["non_publication_justification"].due == date(2027, 6, 7)
    assert plan["repository_submission"].due == date(2027, 6, 1)
    assert [c.kind for c in plan_clocks(f, CAL)].count(K.PUBLICATION) == 0


def test_plan_is_in_due_date_order():
    dues = [c.due for c in plan_clocks(facts(date(2026, 12, 24)), CAL)]
    assert dues == sorted(dues)


def test_datetime_instead_of_date_is_refused():
    with pytest.raises(ValueError, match="aware_date: expected a date, got a datetime"):
        facts(datetime(2026, 3, 2, 9, 30), incident=date(2026, 3, 1))


def test_awareness_before_the_incident_is_refused():
    with pytest.raises(ValueError, match="aware_date: 2026-03-01 is before incident_date"):
        facts(date(2026, 3, 1), incident=date(2026, 3, 2))


def test_event_before_awareness_is_refused():
    with pytest.raises(ValueError, match="icsc_decided_on: 2026-03-01 is before"):
        plan_clocks(facts(date(2026, 3, 2)), CAL, events=CaseEvents(icsc_decided_on=date(2026, 3, 1)))


def test_unknown_harm_value_is_refused():
    with pytest.raises(ValueError, match="harm: 'injury' is not one of death, serious_harm"):
        CaseFacts(
            incident_date=date(2026, 3, 2),
            aware_date=date(2026, 3, 2),
            harm="injury",
            abuse_or_neglect="known",
            location="in_area",
            looked_after=False,
        )
