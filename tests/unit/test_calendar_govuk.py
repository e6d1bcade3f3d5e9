"""Agreement with the official GOV.UK list (hand-written fixture) and the GOV.UK feed loader."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

import calendars
from calendars import read_govuk_feed

DATA = Path(__file__).resolve().parent.parent / "data"
OFFICIAL = DATA / "govuk-bank-holidays-england-and-wales-2018-2027.json"
SYNTHETIC = DATA / "govuk-feed-synthetic-2027.json"


def _official() -> dict[date, str]:
    """The fixture's days, read directly (not via calendars), named as the calendar names them."""
    raw = json.loads(OFFICIAL.read_text(encoding="utf-8"))
    out: dict[date, str] = {}
    for event in raw["england-and-wales"]["events"]:
        title = event["title"]
        if event["notes"] == "Substitute day":
            title += " (substitute day)"
        out[date.fromisoformat(event["date"])] = title
    return out


def test_fixture_is_plausible() -> None:
    official = _official()
    assert len(official) == 83
    assert all(d.weekday() < 5 for d in official)  # GOV.UK lists only weekday days off
    per_year = {y: sum(d.year == y for d in official) for y in range(2018, 2028)}
    assert per_year == {y: 8 for y in range(2018, 2028)} | {2022: 10, 2023: 9}


def test_package_calendar_agrees_with_govuk_every_day_2018_to_2027() -> None:
    cal = calendars.england_and_wales()  # built WITHOUT the feed
    official = _official()
    day = date(2018, 1, 1)
    disagreements = []
    while day <= date(2027, 12, 31):
        expected = day in official
        if cal.is_bank_holiday(day) != expected:
            disagreements.append((day, "bank holiday", cal.is_bank_holiday(day), expected))
        if expected and cal.name_of(day) != official[day]:
            disagreements.append((day, "name", cal.name_of(day), official[day]))
        if cal.is_working_day(day) != (day.weekday() < 5 and not expected):
            disagreements.append((day, "working day", cal.is_working_day(day), not expected))
        day += timedelta(days=1)
    assert disagreements == []


def test_read_official_fixture() -> None:
    events = read_govuk_feed(OFFICIAL)
    assert len(events) == 83
    assert events == sorted(events)
    assert (date(2026, 12, 28), "Boxing Day (substitute day)") in events
    assert (date(2020, 5, 8), "Early May bank holiday (VE day)") in events
    assert dict(events) == _official()


def test_feed_with_the_official_fixture_changes_nothing_2018_to_2027() -> None:
    plain = calendars.england_and_wales()
    fed = calendars.england_and_wales(govuk_feed=OFFICIAL)
    a, b = date(2017, 12, 31), date(2027, 12, 31)
    assert fed.explain(a, b) == plain.explain(a, b)
    assert fed.working_days_between(a, b) == plain.working_days_between(a, b)


def test_synthetic_one_off_day_from_feed() -> None:
    plain = calendars.england_and_wales()
    for feed in (SYNTHETIC, str(SYNTHETIC), json.loads(SYNTHETIC.read_text(encoding="utf-8"))):
        cal = calendars.england_and_wales(govuk_feed=feed)
        synthetic = date(2027, 6, 7)  # Monday
        assert plain.is_working_day(synthetic)
        assert not cal.is_working_day(synthetic)
        assert cal.is_bank_holiday(synthetic)
        assert cal.name_of(synthetic) == "Bank holiday for a synthetic event"
        # Fri 4 Jun 2027 + 1 working day: Mon 7 Jun without the feed, Tue 8 Jun with it.
        assert plain.add_working_days(date(2027, 6, 4), 1) == date(2027, 6, 7)
        assert cal.add_working_days(date(2027, 6, 4), 1) == date(2027, 6, 8)
        assert cal.explain(date(2027, 6, 4), date(2027, 6, 8)) == [
            (synthetic, "Bank holiday for a synthetic event")
        ]
        # Only the england-and-wales division is used.
        assert cal.is_working_day(date(2027, 6, 14))


def test_feed_missing_division(tmp_path: Path) -> None:
    path = tmp_path / "bank-holidays.json"
    path.write_text(json.dumps({"scotland": {"division": "scotland", "events": []}}))
    message = "has no 'england-and-wales' division (found: scotland)"
    with pytest.raises(ValueError, match=re.escape(message)):
        read_govuk_feed(path)
    with pytest.raises(ValueError, match="england-and-wales"):
        calendars.england_and_wales(govuk_feed={"scotland": {}})


@pytest.mark.parametrize("bad", ["2027-02-30", "07/06/2027", "20270607", "", None, 20270607])
def test_feed_bad_date(bad: object) -> None:
    feed = {
        "england-and-wales": {
            "division": "england-and-wales",
            "events": [{"title": "Broken", "date": bad, "notes": "", "bunting": True}],
        }
    }
    with pytest.raises(ValueError, match=r"event 0 \('Broken'\) has a bad date"):
        read_govuk_feed(feed)


def test_feed_not_json(tmp_path: Path) -> None:
    path = tmp_path / "not-a-feed.json"
    path.write_text("<html>Service unavailable</html>")
    with pytest.raises(ValueError, match=r"not-a-feed\.json is not a JSON file"):
        read_govuk_feed(path)


def test_feed_event_without_title() -> None:
    feed = {"england-and-wales": {"events": [{"date": "2027-06-07"}]}}
    with pytest.raises(ValueError, match="event 0 has no title"):
        read_govuk_feed(feed)


def test_feed_date_outside_range() -> None:
    feed = {"england-and-wales": {"events": [{"title": "Far future", "date": "2099-01-05"}]}}
    with pytest.raises(ValueError, match=r"2099-01-05 .* is outside the calendar's range"):
        calendars.england_and_wales(govuk_feed=feed)


def test_feed_wrong_type() -> None:
    with pytest.raises(ValueError, match=r"expected a path to a GOV\.UK bank-holidays\.json"):
        read_govuk_feed(42)  # type: ignore[arg-type]
