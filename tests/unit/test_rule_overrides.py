"""A partnership's configuration changes internal targets, never statutory offsets.

Dates are worked by hand; the bank holidays that move them are named beside each.
"""

import tomllib
from datetime import date
from pathlib import Path

import pytest

import calendars
from domain.events import CaseEvents
from domain.facts import AbuseOrNeglect, CaseFacts, Harm, Location
from domain.partnership import Partnership
from domain.plan import plan_clocks
from domain.rules import rule_table
from workflows.bootstrap import calendar_for
from workflows.config import DEFAULT_CONFIG

FACTS = CaseFacts(
    incident_date=date(2026, 12, 24),
    aware_date=date(2026, 12, 24),
    harm=Harm.SERIOUS_HARM,
    abuse_or_neglect=AbuseOrNeglect.SUSPECTED,
    location=Location.IN_AREA,
    looked_after=False,
)


def partnership(**tables: dict) -> Partnership:
    data = tomllib.loads(Path(DEFAULT_CONFIG).read_text())
    for key, value in tables.items():
        data[key] = {**data.get(key, {}), **value}
    return Partnership.model_validate(data)


def due(
    p: Partnership, kind: str, events: CaseEvents | None = None, cal: calendars.WorkingCalendar | None = None
) -> date:
    clocks = plan_clocks(FACTS, cal or calendars.england_and_wales(), p, events)
    return next(c.due for c in clocks if c.kind == kind and c.party in (None, p.partner_ids[0]))


def test_an_internal_target_can_be_lengthened():
    # Decided Fri 15 Jan 2027; 5 working days later is Fri 22 Jan 2027 (default 3: Wed 20 Jan).
    events = CaseEvents(icsc_decided_on=date(2027, 1, 15))
    assert due(partnership(), "partner_ratification", events) == date(2027, 1, 20)
    longer = partnership(rules={"partner_ratification": {"working_days": 5}})
    assert due(longer, "partner_ratification", events) == date(2027, 1, 22)


def test_the_pre_publication_copy_may_go_earlier_than_seven_working_days_never_later():
    # Planned publication Thu 1 Apr 2027; Good Friday 26 Mar and Easter Monday 29 Mar 2027.
    # 7 working days before: Fri 19 Mar; 10 before: Tue 16 Mar 2027.
    events = CaseEvents(
        icsc_decided_on=date(2027, 1, 15),
        local_review_decided_on=date(2027, 1, 15),
        publication_planned_for=date(2027, 4, 1),
    )
    assert due(partnership(), "pre_publication_copy", events) == date(2027, 3, 19)
    earlier = partnership(rules={"pre_publication_copy": {"working_days_before": 10}})
    assert due(earlier, "pre_publication_copy", events) == date(2027, 3, 16)


def test_statutory_offsets_cannot_be_overridden():
    with pytest.raises(ValueError, match=r"panel_notification.*statutory"):
        partnership(rules={"panel_notification": {"working_days": 10}})
    assert rule_table(partnership())["panel_notification"].amount == 5


def test_rapid_review_counted_from_the_panel_notification_once_it_is_sent():
    p = partnership(rules={"rapid_review_submission": {"anchor": "panel_notification_sent"}})
    clocks = {c.kind: c for c in plan_clocks(FACTS, calendars.england_and_wales(), p)}
    # Not yet sent: provisional, counted from awareness (Tue 19 Jan 2027).
    assert clocks["rapid_review_submission"].provisional
    assert clocks["rapid_review_submission"].due == date(2027, 1, 19)
    # Sent Tue 29 Dec 2026 (after Christmas and the Boxing Day substitute; New Year's Day
    # Fri 1 Jan 2027 is skipped): 15 working days later is Wed 20 Jan 2027; the ICSC's
    # target follows it to Mon 18 Jan 2027.
    sent = CaseEvents(panel_notification_sent_on=date(2026, 12, 29))
    clocks = {c.kind: c for c in plan_clocks(FACTS, calendars.england_and_wales(), p, sent)}
    assert not clocks["rapid_review_submission"].provisional
    assert clocks["rapid_review_submission"].due == date(2027, 1, 20)
    assert clocks["icsc_decision"].due == date(2027, 1, 18)


def test_a_local_closure_day_moves_the_clocks_and_is_named():
    # Closure Tue 29 Dec 2026 on top of Christmas: the Panel notification moves to Wed 6 Jan 2027.
    p = partnership(
        calendar={"closure_days": [{"date": date(2026, 12, 29), "name": "Partnership office closure"}]}
    )
    cal = calendar_for(p)
    clock = next(c for c in plan_clocks(FACTS, cal, p) if c.kind == "panel_notification")
    assert clock.due == date(2027, 1, 6)
    assert (date(2026, 12, 29), "Partnership office closure") in clock.explanation.moved_by
