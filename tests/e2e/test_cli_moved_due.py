"""When a clock's due date moves, the old ladder falls silent and the new one climbs once.

Every test logs an incident aware Thu 17 Dec 2026 and runs `cspr sweep` on each weekday, as the
`deadline-sweep` schedule does, doing the day's command (extend, pause and resume, correct,
reproject) before that day's sweep. Working days from Thu 17 Dec 2026 (day 0), past Christmas
Fri 25 Dec, Boxing Day's substitute Mon 28 Dec and New Year's Day Fri 1 Jan 2027:

    WD 1 Fri 18 Dec   WD 6 Tue 29 Dec   WD 11 Wed 6 Jan   WD 16 Wed 13 Jan   WD 21 Wed 20 Jan
    WD 2 Mon 21 Dec   WD 7 Wed 30 Dec   WD 12 Thu 7 Jan   WD 17 Thu 14 Jan   WD 22 Thu 21 Jan
    WD 3 Tue 22 Dec   WD 8 Thu 31 Dec   WD 13 Fri 8 Jan   WD 18 Fri 15 Jan   WD 23 Fri 22 Jan
    WD 4 Wed 23 Dec   WD 9 Mon 4 Jan    WD 14 Mon 11 Jan  WD 19 Mon 18 Jan   WD 24 Mon 25 Jan
    WD 5 Thu 24 Dec   WD 10 Tue 5 Jan   WD 15 Tue 12 Jan  WD 20 Tue 19 Jan   WD 29 Mon 1 Feb

The ICSC decision (13 working days) is due Fri 8 Jan; its ladder: reminder WD 7 Wed 30 Dec,
due soon Wed 6 Jan, due today Fri 8 Jan, breached Mon 11 Jan, still breached Mon 18 Jan, ...
"""

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import ROOT, incident
from tests.e2e.conftest import Cspr

REF = "CHSCP-2026-0001"
ICSC = {"CSPR_ACTOR": "Ivy Commissioner", "CSPR_ROLE": "icsc"}
SUPPORT = {"CSPR_ACTOR": "Sam Support", "CSPR_ROLE": "support_team"}
Command = tuple[dict[str, str], tuple[str, ...]]


@pytest.fixture
def cspr_env(cspr_env: dict[str, str]) -> dict[str, str]:
    return {**cspr_env, "CSPR_TODAY": "2026-12-17", **SUPPORT}


def log_case(cspr: Cspr, tmp_path: Path) -> None:
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident(incident_date="2026-12-16", aware_date="2026-12-17")))
    out = cspr("incident", "log", "--file", str(path))
    assert out.returncode == 0 and out.stdout.strip() == REF, out.stderr


def walk(
    cspr: Cspr,
    last: date,
    commands: dict[date, list[Command]],
    *,
    clock: str = "icsc_decision",
    config: tuple[date, str] | None = None,
) -> list[tuple[str, str, int]]:
    """Sweep each weekday from Fri 18 Dec 2026 to ``last``: (day, rung, occurrence) fired for ``clock``.

    ``commands`` run on their day before the sweep; ``config`` = (from day, CSPR_CONFIG) switches
    the partnership file from that day on.
    """
    fired: list[tuple[str, str, int]] = []
    day = date(2026, 12, 18)
    while day <= last:
        if day.weekday() < 5:
            env = {"CSPR_TODAY": day.isoformat()}
            if config is not None and day >= config[0]:
                env["CSPR_CONFIG"] = config[1]
            for who, args in commands.get(day, []):
                done = cspr(*args, env={**env, **who})
                assert done.returncode == 0, (day, args, done.stderr)
            out = cspr("sweep", "--as-of", day.isoformat(), "--json", env=env)
            assert out.returncode == 0, (day, out.stderr)
            fired += [
                (day.isoformat(), f["rung"], f["occurrence"])
                for f in json.loads(out.stdout)["fired"]
                if f["clock"] == clock and f["reference"] == REF
            ]
        day += timedelta(days=1)
    return fired


def history(cspr: Cspr, clock: str = "icsc_decision") -> list[tuple[str, str | None, str]]:
    show = json.loads(cspr("case", "show", REF, "--json", env={"CSPR_TODAY": "2027-02-01"}).stdout)
    icsc = next(c for c in show["clocks"] if c["kind"] == clock)
    return [(h["change"], h["old_due"], h["new_due"]) for h in icsc["history"]]


def extend(to: str) -> Command:
    args = ("clock", "extend", REF, "icsc_decision", "--to", to, "--reason", "Health chronology")
    return ICSC, (*args, "--approver", "Ivy Commissioner")


def test_extending_the_icsc_decision_after_its_breach_fires_no_stale_reminder(tmp_path, cspr):
    """Breached Mon 11 Jan; extended on Tue 12 Jan to Fri 22 Jan (23 working days).

    The new ladder's reminder, WD ceil(23/2) = 12 Thu 7 Jan, fell before the extension: it is
    taken as known and must not fire on Wed 13 Jan. Nor does the old still breached (Mon 18 Jan).
    New: due soon Wed 20 Jan, due today Fri 22 Jan, breached Mon 25 Jan, still breached Mon 1 Feb.
    """
    log_case(cspr, tmp_path)
    fired = walk(cspr, date(2027, 2, 1), {date(2027, 1, 12): [extend("2027-01-22")]})
    assert fired == [
        ("2026-12-30", "reminder", 1),
        ("2027-01-06", "due_soon", 1),
        ("2027-01-08", "due_today", 1),
        ("2027-01-11", "breached", 1),
        # extended on Tue 12 Jan
        ("2027-01-20", "due_soon", 1),
        ("2027-01-22", "due_today", 1),
        ("2027-01-25", "breached", 1),
        ("2027-02-01", "still_breached", 1),
    ]
    assert history(cspr) == [("planned", None, "2027-01-08"), ("extended", "2027-01-08", "2027-01-22")]


def test_extending_on_the_due_day_takes_the_new_reminder_before_it_as_known(tmp_path, cspr):
    """Due soon fired Wed 6 Jan; extended on the due day, Fri 8 Jan, to Fri 22 Jan.

    The new reminder (Thu 7 Jan) fell after the last rung fired but before the change: it never
    fires. Neither do the old due today (Fri 8 Jan) and breached (Mon 11 Jan).
    """
    log_case(cspr, tmp_path)
    fired = walk(cspr, date(2027, 2, 1), {date(2027, 1, 8): [extend("2027-01-22")]})
    assert fired == [
        ("2026-12-30", "reminder", 1),
        ("2027-01-06", "due_soon", 1),
        # extended on Fri 8 Jan
        ("2027-01-20", "due_soon", 1),
        ("2027-01-22", "due_today", 1),
        ("2027-01-25", "breached", 1),
        ("2027-02-01", "still_breached", 1),
    ]


def test_an_extension_before_the_new_reminder_lets_it_fire_once(tmp_path, cspr):
    """Extended on Tue 5 Jan to Fri 22 Jan: the new reminder, Thu 7 Jan, is after the change and fires."""
    log_case(cspr, tmp_path)
    fired = walk(cspr, date(2027, 1, 25), {date(2027, 1, 5): [extend("2027-01-22")]})
    assert fired == [
        ("2026-12-30", "reminder", 1),
        # extended on Tue 5 Jan: the old due soon (Wed 6 Jan) and due today (Fri 8 Jan) are gone
        ("2027-01-07", "reminder", 1),
        ("2027-01-20", "due_soon", 1),
        ("2027-01-22", "due_today", 1),
        ("2027-01-25", "breached", 1),
    ]


def test_resuming_after_a_pause_climbs_a_ladder_against_the_moved_date(tmp_path, cspr):
    """Paused Mon 4 Jan, resumed Mon 11 Jan: (4 Jan, 11 Jan] is 5 working days (Tue 5 .. Mon 11).

    Due Fri 8 Jan + 5 WD = Fri 15 Jan (18 working days). The new reminder, WD 9 Mon 4 Jan, fell
    before the resumption: known. New: due soon Wed 13 Jan, due today Fri 15 Jan, breached Mon 18
    Jan, still breached Mon 25 Jan and Mon 1 Feb. Nothing fires while paused, and neither the old
    breached (Mon 11 Jan) nor the old still breached (Mon 18 Jan) ever fires.
    """
    log_case(cspr, tmp_path)
    pause: Command = (
        ICSC,
        ("clock", "pause", REF, "icsc_decision", "--reason", "Awaiting police disclosure"),
    )
    resume: Command = (ICSC, ("clock", "resume", REF, "icsc_decision"))
    fired = walk(cspr, date(2027, 2, 1), {date(2027, 1, 4): [pause], date(2027, 1, 11): [resume]})
    assert fired == [
        ("2026-12-30", "reminder", 1),
        # paused Mon 4 Jan .. resumed Mon 11 Jan
        ("2027-01-13", "due_soon", 1),
        ("2027-01-15", "due_today", 1),
        ("2027-01-18", "breached", 1),
        ("2027-01-25", "still_breached", 1),
        ("2027-02-01", "still_breached", 2),
    ]
    assert history(cspr)[0] == ("planned", None, "2027-01-08")
    assert history(cspr)[-1][1:] == ("2027-01-08", "2027-01-15")


def test_correcting_the_awareness_date_climbs_a_ladder_against_the_corrected_date(tmp_path, cspr):
    """Corrected on Tue 5 Jan to aware Mon 21 Dec 2026: the ICSC decision moves to Tue 12 Jan.

    From Mon 21 Dec: WD 1 Tue 22, 2 Wed 23, 3 Thu 24, 4 Tue 29, 5 Wed 30, 6 Thu 31 Dec, 7 Mon 4,
    8 Tue 5, 9 Wed 6, 10 Thu 7, 11 Fri 8, 12 Mon 11, 13 Tue 12 Jan. The new reminder (WD 7 Mon 4
    Jan) fell before the correction: known. New: due soon Fri 8 Jan, due today Tue 12 Jan, breached
    Wed 13 Jan, still breached Wed 20 and Wed 27 Jan. The old due soon (Wed 6 Jan), due today
    (Fri 8 Jan) and breached (Mon 11 Jan) never fire.
    """
    log_case(cspr, tmp_path)
    correct: Command = (
        SUPPORT,
        ("case", "correct", REF, "--aware-date", "2026-12-21", "--reason", "Referral date misread"),
    )
    fired = walk(cspr, date(2027, 1, 27), {date(2027, 1, 5): [correct]})
    assert fired == [
        ("2026-12-30", "reminder", 1),
        # corrected on Tue 5 Jan
        ("2027-01-08", "due_soon", 1),
        ("2027-01-12", "due_today", 1),
        ("2027-01-13", "breached", 1),
        ("2027-01-20", "still_breached", 1),
        ("2027-01-27", "still_breached", 2),
    ]
    assert history(cspr) == [("planned", None, "2027-01-08"), ("corrected", "2027-01-08", "2027-01-12")]


def test_reprojecting_on_a_new_closure_day_climbs_a_ladder_against_the_new_date(tmp_path, cspr):
    """A partnership closure on Wed 6 Jan 2027, added and reprojected on Mon 4 Jan.

    The ICSC decision (WD 13) moves from Fri 8 to Mon 11 Jan (WD 11 is now Thu 7 Jan). Its reminder
    (WD 7 Wed 30 Dec) already fired and does not fire again. New: due soon Thu 7 Jan (Fri 8, Thu 7),
    due today Mon 11 Jan, breached Tue 12 Jan, still breached Tue 19 and Tue 26 Jan. The old due
    soon (Wed 6 Jan), due today (Fri 8 Jan) and breached (Mon 11 Jan) never fire.
    """
    shipped = (ROOT / "config" / "city-and-hackney.toml").read_text()
    closed = shipped.replace(
        "closure_days = []",
        'closure_days = [{ date = 2027-01-06, name = "Partnership office closure" }]',
    )
    assert closed != shipped
    config = tmp_path / "partnership.toml"
    config.write_text(closed)
    log_case(cspr, tmp_path)
    reproject: Command = (SUPPORT, ("calendar", "reproject"))
    fired = walk(
        cspr,
        date(2027, 1, 26),
        {date(2027, 1, 4): [reproject]},
        config=(date(2027, 1, 4), str(config)),
    )
    assert fired == [
        ("2026-12-30", "reminder", 1),
        # reprojected on Mon 4 Jan
        ("2027-01-07", "due_soon", 1),
        ("2027-01-11", "due_today", 1),
        ("2027-01-12", "breached", 1),
        ("2027-01-19", "still_breached", 1),
        ("2027-01-26", "still_breached", 2),
    ]
    assert history(cspr)[-1] == ("reprojected", "2027-01-08", "2027-01-11")
