"""The clock ledger against a real SQLite store: pause, resume, extend, correct, re-project.

Aware Thu 17 Dec 2026 unless said otherwise. Working days after it: 1 Fri 18, 2 Mon 21,
3 Tue 22, 4 Wed 23, 5 Thu 24 Dec (Christmas Fri 25, Boxing Day Sat 26 / substitute Mon 28),
6 Tue 29, 7 Wed 30, 8 Thu 31 (New Year's Day Fri 1 Jan 2027), 9 Mon 4, 10 Tue 5, 11 Wed 6,
12 Thu 7, 13 Fri 8, 14 Mon 11, 15 Tue 12 Jan. So the Panel notification and partner notice
are due Thu 24 Dec, the ICSC decision Fri 8 Jan and the rapid review Tue 12 Jan 2027.
"""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import Session, func, select

import calendars
from domain.actors import Actor
from domain.commands import CorrectAwareDate, ExtendClock, PauseClock, RecordNoticeSent, ResumeClock, Sweep
from domain.errors import CommandRefused, NotPermitted, WrongState
from domain.incident import IncidentReport
from store.queries import case_view
from store.tables import AuditEventRow, ClockChangeRow, ClockRow, EscalationRow
from tests.conftest import ROOT, at, incident
from workflows.handlers.intake import log_incident, record_notice_sent
from workflows.handlers.ledger import (
    correct_aware_date,
    extend_clock,
    pause_clock,
    reproject_clocks,
    resume_clock,
)
from workflows.handlers.sweep import sweep

SUPPORT = Actor("Sam Support", "support_team")
ICSC = Actor("Ivy Commissioner", "icsc")
SLT = Actor("Sol Leader", "slt")
SYSTEM = Actor("cspr sweep", "system")


def open_case(services, aware: date = date(2026, 12, 17)) -> str:
    report = IncidentReport.model_validate(
        incident(incident_date=(aware - timedelta(days=3)).isoformat(), aware_date=aware.isoformat())
    )
    return log_incident(services, SUPPORT, report, at(aware)).reference


def clocks(services, ref: str, today: date = date(2027, 1, 4)) -> dict[str, dict]:
    with Session(services.engine) as s:
        return {c["kind"]: c for c in case_view(s, ref, today, services.calendar)["clocks"]}


def footprint(services) -> tuple[int, int, int]:
    with Session(services.engine) as s:
        return tuple(
            s.exec(select(func.count()).select_from(t)).one()  # type: ignore[return-value]
            for t in (ClockChangeRow, AuditEventRow, EscalationRow)
        )


def test_a_paused_clock_fires_nothing_and_resumes_later_by_the_working_days_paused(services):
    ref = open_case(services)
    pause_clock(
        services,
        ICSC,
        PauseClock(reference=ref, kind="icsc_decision", reason="Awaiting police disclosure"),
        at(date(2026, 12, 22)),
    )
    # Wed 30 Dec would be the ICSC decision's reminder (WD 7 of 13): not while paused.
    fired = sweep(services, SYSTEM, Sweep(as_of=date(2026, 12, 30)), at(date(2026, 12, 30))).fired
    assert "icsc_decision" not in {f.clock for f in fired}
    # Paused (Tue 22 Dec, Mon 4 Jan]: Wed 23, Thu 24, Tue 29, Wed 30, Thu 31, Mon 4 = 6 WD, so
    # Fri 8 Jan + 6 WD = Mon 18 Jan 2027.
    change = resume_clock(
        services, ICSC, ResumeClock(reference=ref, kind="icsc_decision"), at(date(2027, 1, 4))
    )
    assert (change.old_due, change.new_due) == (date(2027, 1, 8), date(2027, 1, 18))
    assert "6 working days paused" in change.reason
    icsc = clocks(services, ref)["icsc_decision"]
    assert icsc["due"] == "2027-01-18"
    assert [(h["change"], h["old_due"], h["new_due"]) for h in icsc["history"]] == [
        ("planned", None, "2027-01-08"),
        ("paused", "2027-01-08", "2027-01-08"),
        ("resumed", "2027-01-08", "2027-01-18"),
    ]
    assert "Awaiting police disclosure" in icsc["history"][1]["reason"]
    assert icsc["history"][2]["actor"] == "Ivy Commissioner (icsc)"
    # New round: budget (Thu 17 Dec, Mon 18 Jan] = 19 WD, reminder at WD 10 = Tue 5 Jan.
    fired = sweep(services, SYSTEM, Sweep(as_of=date(2027, 1, 5)), at(date(2027, 1, 5))).fired
    assert [(f.clock, f.rung) for f in fired if f.clock == "icsc_decision"] == [("icsc_decision", "reminder")]


def test_an_extension_needs_the_authority_and_a_later_working_day(services):
    ref = open_case(services)
    now = at(date(2027, 1, 5))
    before = footprint(services)
    refusals = [
        (
            lambda: extend_clock(
                services,
                SLT,
                ExtendClock(
                    reference=ref, kind="icsc_decision", to=date(2027, 1, 22), reason="r", approver="A"
                ),
                now,
            ),
            NotPermitted,
            "only the icsc may extend icsc_decision",
        ),
        (
            lambda: extend_clock(
                services,
                ICSC,
                ExtendClock(
                    reference=ref, kind="panel_notification", to=date(2027, 1, 22), reason="r", approver="A"
                ),
                now,
            ),
            WrongState,
            "cannot be extended: it is statutory",
        ),
        (
            lambda: extend_clock(
                services,
                ICSC,
                ExtendClock(
                    reference=ref, kind="icsc_decision", to=date(2027, 1, 23), reason="r", approver="A"
                ),
                now,
            ),
            CommandRefused,
            r"Sat 23 Jan 2027\) is not a working day",
        ),
        (
            lambda: extend_clock(
                services,
                ICSC,
                ExtendClock(
                    reference=ref, kind="icsc_decision", to=date(2027, 1, 7), reason="r", approver="A"
                ),
                now,
            ),
            CommandRefused,
            "is not after the due date 2027-01-08",
        ),
        (
            lambda: extend_clock(
                services,
                ICSC,
                ExtendClock(
                    reference=ref, kind="icsc_decision", to=date(2027, 1, 22), reason=" ", approver="A"
                ),
                now,
            ),
            CommandRefused,
            "--reason: say why",
        ),
        (
            lambda: pause_clock(
                services, ICSC, PauseClock(reference=ref, kind="rapid_review_submission", reason="r"), now
            ),
            WrongState,
            r"statutory \(15 working days after",
        ),
        (
            lambda: resume_clock(services, ICSC, ResumeClock(reference=ref, kind="icsc_decision"), now),
            WrongState,
            "not paused",
        ),
        (
            lambda: extend_clock(
                services,
                SUPPORT,
                ExtendClock(
                    reference=ref, kind="icsc_decision", to=date(2027, 1, 22), reason="r", approver="A"
                ),
                now,
            ),
            NotPermitted,
            "role support_team may not",
        ),
    ]
    for call, error, message in refusals:
        with pytest.raises(error, match=message):
            call()
    assert footprint(services) == before
    change = extend_clock(
        services,
        ICSC,
        ExtendClock(
            reference=ref,
            kind="icsc_decision",
            to=date(2027, 1, 22),
            reason="Partner information late",
            approver="Ivy Commissioner",
        ),
        now,
    )
    assert change.reason == "Partner information late (approved by Ivy Commissioner)"
    assert clocks(services, ref)["icsc_decision"]["due"] == "2027-01-22"


def test_publication_is_paused_and_extended_by_the_slt_in_calendar_days(services):
    ref = open_case(services)
    with Session(services.engine) as s:  # a local review decided Fri 15 Jan 2027 (19.24)
        case_id = s.exec(select(ClockRow.case_id)).first()
        s.add(
            ClockRow(
                case_id=case_id,
                kind="publication",
                start=date(2027, 1, 15),
                due=date(2027, 7, 15),
                action_by=date(2027, 7, 15),
                working_days=126,
                statutory=True,
                basis="19.24",
                owner="safeguarding partners",
                recipients="the public",
                explanation="6 calendar months after the decision",
            )
        )
        s.commit()
    with pytest.raises(NotPermitted, match=r"only the slt may pause publication \(19.25\)"):
        pause_clock(
            services,
            ICSC,
            PauseClock(reference=ref, kind="publication", reason="Criminal trial"),
            at(date(2027, 2, 1)),
        )
    pause_clock(
        services,
        SLT,
        PauseClock(reference=ref, kind="publication", reason="Criminal trial (19.24)"),
        at(date(2027, 2, 1)),
    )
    # Mon 1 Feb to Mon 15 Feb: 14 calendar days; Thu 15 Jul + 14 days = Thu 29 Jul 2027.
    change = resume_clock(
        services, SLT, ResumeClock(reference=ref, kind="publication"), at(date(2027, 2, 15))
    )
    assert change.new_due == date(2027, 7, 29) and "14 calendar days paused" in change.reason
    # A Saturday is allowed for a month-counted clock; it is done by the Friday before.
    extend_clock(
        services,
        SLT,
        ExtendClock(
            reference=ref,
            kind="publication",
            to=date(2027, 9, 18),
            reason="Trial outcome awaited",
            approver="SLT meeting 15 Feb 2027",
        ),
        at(date(2027, 2, 15)),
    )
    pub = clocks(services, ref, date(2027, 2, 15))["publication"]
    assert (pub["due"], pub["action_by"]) == ("2027-09-18", "2027-09-17")


def test_correcting_the_aware_date_moves_open_clocks_and_notes_met_ones(services):
    ref = open_case(services)
    record_notice_sent(
        services,
        SUPPORT,
        RecordNoticeSent(reference=ref, kind="panel_notification", on=date(2026, 12, 22)),
        at(date(2026, 12, 22)),
    )
    # Aware Wed 16 Dec instead: WD 5 = Wed 23 Dec, WD 15 = Mon 11 Jan, ICSC 2 WD before = Thu 7.
    changes = correct_aware_date(
        services,
        SUPPORT,
        CorrectAwareDate(
            reference=ref, aware_date=date(2026, 12, 16), reason="The hospital's referral was a day earlier"
        ),
        at(date(2027, 1, 4)),
    )
    assert {(c.clock, c.old_due, c.new_due, c.status) for c in changes} == {
        ("panel_notification", date(2026, 12, 24), date(2026, 12, 23), "met"),
        ("partner_notice", date(2026, 12, 24), date(2026, 12, 23), "open"),
        ("rapid_review_submission", date(2027, 1, 12), date(2027, 1, 11), "open"),
        ("icsc_decision", date(2027, 1, 8), date(2027, 1, 7), "open"),
    }
    view = clocks(services, ref)
    panel = view["panel_notification"]
    assert (panel["status"], panel["met_on"], panel["due"]) == ("met", "2026-12-22", "2026-12-23")
    assert panel["history"][-1]["reason"] == (
        "aware date corrected from 2026-12-17 to 2026-12-16: The hospital's referral was a day "
        "earlier; already met on 2026-12-22 and stays met (in time on the corrected date)"
    )
    assert "(Wed 16 Dec 2026)" in view["rapid_review_submission"]["explanation"]
    with pytest.raises(WrongState, match="already has aware date 2026-12-16"):
        correct_aware_date(
            services,
            SUPPORT,
            CorrectAwareDate(reference=ref, aware_date=date(2026, 12, 16), reason="again"),
            at(date(2027, 1, 4)),
        )
    with pytest.raises(CommandRefused, match="met on 2026-12-22, before 2026-12-23"):
        correct_aware_date(
            services,
            SUPPORT,
            CorrectAwareDate(reference=ref, aware_date=date(2026, 12, 23), reason="x"),
            at(date(2027, 1, 4)),
        )


@pytest.mark.parametrize(
    ("aware", "calendar", "moved", "named"),
    [
        # A partnership closure on Wed 6 Jan 2027: the rapid review (WD 15) moves from Tue 12 to
        # Wed 13 Jan, the ICSC decision (WD 13) from Fri 8 to Mon 11 Jan.
        (
            date(2026, 12, 17),
            {"extra_closures": ((date(2027, 1, 6), "Partnership office closure"),)},
            {
                "rapid_review_submission": ("2027-01-12", "2027-01-13"),
                "icsc_decision": ("2027-01-08", "2027-01-11"),
            },
            "Partnership office closure Wed 6 Jan 2027",
        ),
        # A GOV.UK feed announcing a one-off bank holiday on Mon 7 Jun 2027. Aware Wed 26 May 2027
        # (Spring bank holiday Mon 31 May): WD 1 Thu 27, 2 Fri 28, 3 Tue 1 Jun, ... 6 Fri 4, 7 Mon 7,
        # so the rapid review (WD 15) moves from Thu 17 to Fri 18 Jun and the ICSC (WD 13) from
        # Tue 15 to Wed 16 Jun; the notices (WD 5, Thu 3 Jun) do not move.
        (
            date(2027, 5, 26),
            {"govuk_feed": str(ROOT / "tests/data/govuk-feed-synthetic-2027.json")},
            {
                "rapid_review_submission": ("2027-06-17", "2027-06-18"),
                "icsc_decision": ("2027-06-15", "2027-06-16"),
            },
            "Bank holiday for a synthetic event Mon 7 Jun 2027",
        ),
    ],
)
def test_a_calendar_change_reprojects_open_clocks_naming_the_day(services, aware, calendar, moved, named):
    ref = open_case(services, aware)
    changed = replace(services, calendar=calendars.england_and_wales(**calendar))
    changes = reproject_clocks(changed, Actor("cspr", "system"), at(aware))
    assert {c.clock: (c.old_due.isoformat(), c.new_due.isoformat()) for c in changes} == moved
    assert all(named in c.reason and "Christmas" not in c.reason for c in changes)
    view = clocks(changed, ref, aware)
    assert view["rapid_review_submission"]["due"] == moved["rapid_review_submission"][1]
    assert view["rapid_review_submission"]["history"][-1]["change"] == "reprojected"
    assert reproject_clocks(changed, Actor("cspr", "system"), at(aware)) == []  # idempotent


def test_changes_are_timestamped_and_audited_in_the_same_transaction(services):
    ref = open_case(services)
    before = footprint(services)
    pause_clock(
        services,
        ICSC,
        PauseClock(reference=ref, kind="icsc_decision", reason="Awaiting disclosure"),
        at(date(2026, 12, 22)),
    )
    after = footprint(services)
    assert (after[0] - before[0], after[1] - before[1]) == (1, 1)
    with Session(services.engine) as s:
        event = s.exec(select(AuditEventRow).order_by(AuditEventRow.id.desc())).first()  # type: ignore[union-attr]
        change = s.exec(select(ClockChangeRow).order_by(ClockChangeRow.id.desc())).first()  # type: ignore[union-attr]
    assert event.command == "pause_clock" and event.reference == ref
    assert change.at.replace(tzinfo=UTC) == datetime(2026, 12, 22, 9, tzinfo=UTC)
