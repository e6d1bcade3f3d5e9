"""`cspr plan`, `cspr calendar add` and `cspr serve`, run as a user would."""

import json
import subprocess

from tests.conftest import ROOT, incident
from tests.e2e.conftest import CSPR

SAMPLE = str(ROOT / "examples" / "incident.json")


def test_plan_prints_every_clock_with_its_reason(cspr):
    out = cspr(
        "plan",
        "--file",
        SAMPLE,
        "--event",
        "icsc_decided_on=2027-01-15",
        "--event",
        "local_review_decided_on=2027-01-15",
        "--json",
    )
    assert out.returncode == 0, out.stderr
    clocks = {(c["kind"], c["party"]): c for c in json.loads(out.stdout)["clocks"]}
    # Aware Thu 24 Dec 2026; Christmas, Boxing Day (substitute Mon 28 Dec), New Year's Day.
    assert clocks[("panel_notification", None)]["due"] == "2027-01-05"
    assert clocks[("rapid_review_submission", None)]["due"] == "2027-01-19"
    # Five partners ratify by Wed 20 Jan 2027; six months from Fri 15 Jan 2027 is Thu 15 Jul 2027.
    assert sum(k == "partner_ratification" for k, _ in clocks) == 5
    assert clocks[("publication", None)]["due"] == "2027-07-15"
    assert clocks[("publication", None)]["statutory"] is True
    table = cspr("plan", "--file", SAMPLE)
    assert table.returncode == 0
    assert "panel_notification" in table.stdout and "Boxing Day" in table.stdout


def test_calendar_add_names_the_day_that_moved_it(cspr):
    out = cspr("calendar", "add", "2022-09-16", "5", "--json")
    assert json.loads(out.stdout) == {
        "start": "2022-09-16",
        "n": 5,
        "result": "2022-09-26",
        "moved_by": [
            {"date": "2022-09-19", "name": "Bank Holiday for the State Funeral of Queen Elizabeth II"}
        ],
    }


def test_bad_plan_input_gets_one_line_and_exit_2(tmp_path, cspr):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(incident(aware_date="2026-12-20")))
    cases = [
        (("plan", "--file", str(tmp_path / "missing.json")), "no such file"),
        (("plan", "--file", str(bad)), "aware_date 2026-12-20 is before incident_date 2026-12-22"),
        (("plan", "--file", SAMPLE, "--event", "decided=2027-01-01"), "--event: 'decided=2027-01-01'"),
        (("plan", "--file", SAMPLE, "--event", "icsc_decided_on=15/01/2027"), "is not a date"),
        (("calendar", "add", "2071-06-01", "5"), "outside the calendar's range"),
        (("plan",), "Missing option '--file'"),
    ]
    for args, expected in cases:
        out = cspr(*args)
        assert out.returncode == 2, args
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and expected in lines[0], (args, out.stderr)
        assert "Traceback" not in out.stderr


def test_a_bad_configuration_stops_everything_with_one_line(tmp_path, cspr):
    config = tmp_path / "partnership.toml"
    config.write_text(
        (ROOT / "config" / "city-and-hackney.toml")
        .read_text()
        .replace("[partnership]", "[partnership]\ncolour = 'red'", 1)
    )
    out = cspr("plan", "--file", SAMPLE, "--config", str(config))
    assert out.returncode == 2
    assert out.stderr.startswith(f"cspr: {config}: ") and "colour" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_serve_without_a_prefect_server_says_how_to_start_one(cspr):
    env = {k: v for k, v in cspr.process_env().items() if k != "PREFECT_API_URL"}
    out = subprocess.run([CSPR, "serve"], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        "cspr: cspr serve needs a Prefect server, whose scheduler starts the runs: start one "
        "(`.venv/bin/prefect server start`) and set PREFECT_API_URL=http://127.0.0.1:4200/api"
    ]
