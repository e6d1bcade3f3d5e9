"""`cspr sweep` end to end: JSON output, lateness after an outage, and two sweeps at once.

Aware Thu 17 Dec 2026 (see tests/integration/test_sweep_walk.py for the dates worked by hand):
the Panel notification and partner notice are due Thu 24 Dec 2026, breached Tue 29 Dec
(Christmas Fri 25, Boxing Day's substitute Mon 28), still breached Wed 6 Jan 2027; the ICSC
decision is due Fri 8 Jan (due soon Wed 6 Jan); the rapid review Tue 12 Jan (reminder Thu 31 Dec).
"""

import json
import sqlite3
import subprocess
from datetime import date

import pytest

from tests.conftest import incident
from tests.e2e.conftest import CSPR


@pytest.fixture
def cspr_env(cspr_env: dict[str, str]) -> dict[str, str]:
    return {
        **cspr_env,
        "CSPR_TODAY": "2026-12-17",
        "CSPR_ACTOR": "Sam Support",
        "CSPR_ROLE": "support_team",
    }


def log_cases(env: dict[str, str], n: int) -> list[str]:
    """Log n incidents in this process (quicker than n CLI runs), into the CLI's database."""
    from domain.actors import Actor
    from domain.incident import IncidentReport
    from notifications import NoticeRenderer
    from store.database import make_engine
    from tests.conftest import at
    from workflows import bootstrap
    from workflows.handlers.context import Services
    from workflows.handlers.intake import log_incident

    partnership, cal = bootstrap.load(None)
    engine = make_engine(env["CSPR_DATABASE_URL"])
    services = Services(engine=engine, partnership=partnership, calendar=cal, renderer=NoticeRenderer())
    refs = [
        log_incident(
            services,
            Actor("Sam Support", "support_team"),
            IncidentReport.model_validate(
                incident(incident_date="2026-12-17", aware_date="2026-12-17", reference=f"SYN-{i:04d}")
            ),
            at(date(2026, 12, 17)),
        ).reference
        for i in range(n)
    ]
    engine.dispose()
    return refs


def test_a_sweep_after_an_outage_fires_each_missed_rung_once_and_says_how_late(cspr, cspr_env):
    [ref] = log_cases(cspr_env, 1)
    out = cspr("sweep", "--as-of", "2027-01-07", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["as_of"] == "2027-01-07"
    got = {(f["clock"], f["rung"], f["occurrence"], f["late_by_working_days"]) for f in data["fired"]}
    assert got == {
        # still breached #1 was Wed 6 Jan: 1 WD late (earlier rungs are superseded by it)
        ("panel_notification", "still_breached", 1, 1),
        ("partner_notice", "still_breached", 1, 1),
        ("icsc_decision", "due_soon", 1, 1),  # Wed 6 Jan
        ("rapid_review_submission", "reminder", 1, 4),  # Thu 31 Dec: Mon 4 .. Thu 7 Jan
    }
    assert {f["reference"] for f in data["fired"]} == {ref}
    assert all(
        set(f) >= {"reference", "clock", "rung", "recipients", "late_by_working_days"} for f in data["fired"]
    )
    slt = next(f for f in data["fired"] if f["clock"] == "panel_notification")
    assert slt["recipients"] == ["slt@chscp.example.org"]
    again = cspr("sweep", "--as-of", "2027-01-07")
    assert again.returncode == 0 and again.stdout.startswith("nothing to fire on 2027-01-07")


def test_two_sweeps_started_at_the_same_moment_fire_each_rung_once(tmp_path, cspr, cspr_env):
    log_cases(cspr_env, 6)
    env = cspr.process_env()
    for as_of in ("2027-01-13",):
        procs = [
            subprocess.Popen(
                [CSPR, "sweep", "--as-of", as_of, "--json"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        outs = [p.communicate(timeout=120) for p in procs]
        assert [p.returncode for p in procs] == [0, 0], [e for _, e in outs]
        fired = [
            [(f["reference"], f["clock"], f["rung"], f["occurrence"]) for f in json.loads(o)["fired"]]
            for o, _ in outs
        ]
        both = fired[0] + fired[1]
        assert len(both) == len(set(both))  # no rung fired by both processes
        # per case: PN and PT still breached #2, ICSC breached, RR breached (Wed 13 Jan)
        assert len(both) == 6 * 4
    with sqlite3.connect(tmp_path / "cspr.db") as db:
        keys = db.execute("SELECT clock_id, rung, occurrence, ladder_round FROM escalations").fetchall()
        notices = db.execute(
            "SELECT count(*) FROM notices WHERE kind IN ('breached', "
            "'still_breached', 'due_soon', 'due_today', 'reminder')"
        ).fetchone()[0]
    assert len(keys) == len(set(keys)) == notices == 6 * 4


def test_sweep_refuses_a_bad_date_and_a_role_that_may_not_sweep(cspr):
    bad = cspr("sweep", "--as-of", "13/01/2027")
    assert bad.returncode == 2 and bad.stderr.strip() == (
        "cspr: --as-of: '13/01/2027' is not a date; write it as YYYY-MM-DD"
    )
    icsc = cspr("sweep", env={"CSPR_ROLE": "icsc"})
    assert icsc.returncode == 2
    assert icsc.stderr.strip() == (
        "cspr: sweep: role icsc may not do this; it is for spa, support_team, system"
    )
