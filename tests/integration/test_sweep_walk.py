"""Time travel: the deadline sweep run on every calendar day of one case, with dates worked by hand.

The incident: the local authority became aware on Thu 17 Dec 2026 (day 0), logged that day.
Non-working days on the way: Christmas Day Fri 25 Dec, Boxing Day Sat 26 Dec with its
substitute Mon 28 Dec 2026, New Year's Day Fri 1 Jan 2027, and the weekends.

Working days after Thu 17 Dec 2026:
   1 Fri 18 Dec    2 Mon 21 Dec    3 Tue 22 Dec    4 Wed 23 Dec    5 Thu 24 Dec
   (Fri 25 Christmas, Sat 26, Sun 27, Mon 28 substitute for Boxing Day)
   6 Tue 29 Dec    7 Wed 30 Dec    8 Thu 31 Dec
   (Fri 1 Jan New Year's Day, Sat 2, Sun 3)
   9 Mon 4 Jan   10 Tue 5 Jan    11 Wed 6 Jan    12 Thu 7 Jan    13 Fri 8 Jan
  14 Mon 11 Jan  15 Tue 12 Jan   16 Wed 13 Jan   17 Thu 14 Jan   18 Fri 15 Jan
  19 Mon 18 Jan  20 Tue 19 Jan   21 Wed 20 Jan   22 Thu 21 Jan   23 Fri 22 Jan
  24 Mon 25 Jan  25 Tue 26 Jan

Clocks (domain/rules.py):
  panel_notification, partner_notice  +5 WD           due Thu 24 Dec 2026, budget 5
  rapid_review_submission             +15 WD          due Tue 12 Jan 2027, budget 15
  icsc_decision                       2 WD before it  due Fri 8 Jan 2027, budget 13 (WD 1..13)

Rungs (domain/ladder.py):
  5-WD clocks: reminder at ceil(5/2) = WD 3 = Tue 22 Dec; due_soon 2 WD before Thu 24 Dec =
    Tue 22 Dec as well, so the reminder is superseded and only due_soon fires on Tue 22 Dec.
    due_today Thu 24 Dec; breached on the first WD after it, Tue 29 Dec (Christmas, Boxing
    Day's substitute); still_breached every 5 WD after: Wed 6 Jan, Wed 13 Jan, Wed 20 Jan.
  icsc_decision: reminder WD ceil(13/2) = 7 = Wed 30 Dec; due_soon Wed 6 Jan; due_today
    Fri 8 Jan; breached Mon 11 Jan; still_breached Mon 18 Jan, Mon 25 Jan.
  rapid_review_submission: reminder WD 8 = Thu 31 Dec; due_soon Fri 8 Jan; due_today Tue 12 Jan;
    breached Wed 13 Jan; still_breached Wed 20 Jan (next would be Wed 27 Jan, after the walk).

The walk ends 10 working days after the rapid review's due date: Tue 26 Jan 2027.

What people do along the way: the partner notice is recorded as sent on Wed 23 Dec (after
that day's sweep), so it has no due_today or breach; the Panel notification is recorded as
sent, late, on Thu 14 Jan, so its still_breached #3 (Wed 20 Jan) never fires.
"""

from datetime import date, timedelta

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, func, select

from domain.actors import Actor
from domain.commands import RecordNoticeSent, Sweep
from domain.incident import IncidentReport
from store.tables import EscalationRow, NoticeRow
from tests.conftest import at, incident
from workflows.handlers.intake import log_incident, record_notice_sent
from workflows.handlers.sweep import evaluate, fire_clock_rung, sweep

SUPPORT = Actor("Sam Support", "support_team")
SYSTEM = Actor("cspr sweep", "system")
AWARE = date(2026, 12, 17)
END = date(2027, 1, 26)

PN, PT, ICSC, RR = ("panel_notification", "partner_notice", "icsc_decision", "rapid_review_submission")


def _expected() -> dict[date, set[tuple[str, str, int, tuple[str, ...]]]]:
    """(clock, rung, occurrence, recipients by role) fired on each day; every other day: nothing."""
    st, ic, spa, slt = "support_team", "icsc", "spa", "slt"
    return {
        date(2026, 12, 22): {(PN, "due_soon", 1, (st, ic)), (PT, "due_soon", 1, (st, ic))},
        date(2026, 12, 24): {(PN, "due_today", 1, (st, ic, spa))},  # partner notice sent Wed 23
        date(2026, 12, 29): {(PN, "breached", 1, (st, ic, slt))},
        date(2026, 12, 30): {(ICSC, "reminder", 1, (ic,))},
        date(2026, 12, 31): {(RR, "reminder", 1, (spa,))},
        date(2027, 1, 6): {(PN, "still_breached", 1, (slt,)), (ICSC, "due_soon", 1, (ic,))},
        date(2027, 1, 8): {(ICSC, "due_today", 1, (ic, spa)), (RR, "due_soon", 1, (spa, ic))},
        date(2027, 1, 11): {(ICSC, "breached", 1, (ic, slt))},
        date(2027, 1, 12): {(RR, "due_today", 1, (spa, ic))},
        date(2027, 1, 13): {(PN, "still_breached", 2, (slt,)), (RR, "breached", 1, (spa, ic, slt))},
        date(2027, 1, 18): {(ICSC, "still_breached", 1, (slt,))},
        date(2027, 1, 20): {(RR, "still_breached", 1, (slt,))},  # the Panel notice was sent Thu 14
        date(2027, 1, 25): {(ICSC, "still_breached", 2, (slt,))},
    }


def _walk(services, reference: str, record: bool) -> dict[date, set[tuple[str, str, int, tuple[str, ...]]]]:
    c = services.partnership.contacts
    role_of = {
        c.support_team.email: "support_team",
        c.icsc.email: "icsc",
        c.spa.email: "spa",
        c.slt.email: "slt",
    }
    fired: dict[date, set[tuple[str, str, int, tuple[str, ...]]]] = {}
    day = AWARE
    while day <= END:
        result = sweep(services, SYSTEM, Sweep(as_of=day), at(day))
        assert {f.reference for f in result.fired} <= {reference}
        assert all(f.late_by_working_days == 0 for f in result.fired)  # swept every day
        if result.fired:
            fired[day] = {
                (f.clock, f.rung, f.occurrence, tuple(role_of[e] for e in f.recipients)) for f in result.fired
            }
        if record and day == date(2026, 12, 23):
            record_notice_sent(
                services, SUPPORT, RecordNoticeSent(reference=reference, kind=PT, on=day), at(day)
            )
        if record and day == date(2027, 1, 14):
            record_notice_sent(
                services, SUPPORT, RecordNoticeSent(reference=reference, kind=PN, on=day), at(day)
            )
        day += timedelta(days=1)
    return fired


def test_every_day_from_the_incident_to_ten_working_days_past_the_rapid_review(services):
    report = IncidentReport.model_validate(incident(incident_date="2026-12-16", aware_date="2026-12-17"))
    reference = log_incident(services, SUPPORT, report, at(AWARE)).reference

    assert _walk(services, reference, record=True) == _expected()

    with Session(services.engine) as s:
        rows = s.exec(select(func.count()).select_from(EscalationRow)).one()
        notices = s.exec(
            select(NoticeRow.kind, NoticeRow.subject).where(NoticeRow.kind.in_(["due_soon", "breached"]))
        ).all()  # type: ignore[attr-defined]
    assert rows == sum(len(v) for v in _expected().values()) == 17
    assert all(subject.startswith(reference + ":") and "QZ" not in subject for _, subject in notices)

    # The whole walk again: every rung has fired, so nothing fires twice.
    assert _walk(services, reference, record=False) == {}
    with Session(services.engine) as s:
        assert s.exec(select(func.count()).select_from(EscalationRow)).one() == 17


def test_two_sweeps_that_read_before_either_writes_still_fire_each_rung_once(services):
    """Both sweeps evaluate first (the race window), then fire alternately: one row per rung."""
    for i in range(3):
        report = IncidentReport.model_validate(
            incident(incident_date="2026-12-16", aware_date="2026-12-17", reference=f"SYN-{i}")
        )
        log_incident(services, SUPPORT, report, at(AWARE))
    day = date(2027, 1, 13)
    _, first = evaluate(services, day)
    _, second = evaluate(services, day)
    assert len(first) == len(second) == 3 * 4
    fired = [
        f
        for pair in zip(first, second, strict=True)
        for f in (
            fire_clock_rung(services, SYSTEM, pair[0], day, at(day)),
            fire_clock_rung(services, Actor("other sweep", "system"), pair[1], day, at(day)),
        )
    ]
    assert sum(f is not None for f in fired) == 12
    assert all(fired[i] is not None and fired[i + 1] is None for i in range(0, 24, 2))
    # The database itself refuses a second row for the same clock, round, rung and occurrence.
    with Session(services.engine) as s:
        row = s.exec(select(EscalationRow)).first()
        assert row is not None
        s.add(EscalationRow(**row.model_dump(exclude={"id"})))
        with pytest.raises(IntegrityError):
            s.commit()
