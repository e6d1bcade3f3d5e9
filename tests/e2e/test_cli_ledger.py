"""`cspr clock`, `cspr case correct` and `cspr calendar reproject` end to end.

Aware Thu 17 Dec 2026: the ICSC decision is due Fri 8 Jan 2027 (13 working days, over
Christmas Fri 25, Boxing Day's substitute Mon 28 Dec and New Year's Day Fri 1 Jan).
"""

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import incident

REF = "CHSCP-2026-0001"
SUPPORT = {"CSPR_ACTOR": "Sam Support", "CSPR_ROLE": "support_team"}


@pytest.fixture
def cspr_env(cspr_env: dict[str, str]) -> dict[str, str]:
    return {
        **cspr_env,
        "CSPR_TODAY": "2027-01-04",
        "CSPR_ACTOR": "Ivy Commissioner",
        "CSPR_ROLE": "icsc",
    }


def changes(tmp_path: Path) -> int:
    with sqlite3.connect(tmp_path / "cspr.db") as db:
        return db.execute("SELECT count(*) FROM clock_changes").fetchone()[0]


def test_extend_refusals_correct_and_history_in_case_show(tmp_path, cspr):
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident(incident_date="2026-12-16", aware_date="2026-12-17")))
    assert cspr("incident", "log", "--file", str(path), env=SUPPORT).stdout.strip() == REF
    before = changes(tmp_path)

    statutory = cspr(
        "clock",
        "extend",
        REF,
        "rapid_review_submission",
        "--to",
        "2027-01-20",
        "--reason",
        "Late information",
        "--approver",
        "ICSC",
    )
    assert statutory.returncode == 2 and statutory.stdout == ""
    assert statutory.stderr.strip() == (
        "cspr: rapid_review_submission cannot be extended: it is statutory (15 working days "
        "after the local authority became aware, 19.11-19.13)"
    )
    wrong_role = cspr("clock", "pause", REF, "icsc_decision", "--reason", "x", env=SUPPORT)
    assert wrong_role.returncode == 2 and len(wrong_role.stderr.strip().splitlines()) == 1
    assert "role support_team may not do this" in wrong_role.stderr
    assert changes(tmp_path) == before  # nothing changed

    out = cspr(
        "clock",
        "extend",
        REF,
        "icsc_decision",
        "--to",
        "2027-01-15",
        "--reason",
        "Health chronology outstanding",
        "--approver",
        "Ivy Commissioner",
        "--json",
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["changes"] == [
        {
            "reference": REF,
            "clock": "icsc_decision",
            "party": None,
            "change": "extended",
            "old_due": "2027-01-08",
            "new_due": "2027-01-15",
            "reason": "Health chronology outstanding (approved by Ivy Commissioner)",
            "status": "open",
        }
    ]

    # Aware a day earlier, Wed 16 Dec: the notices are due Wed 23 Dec and the rapid review Mon
    # 11 Jan; the ICSC decision keeps its approved extension and the correction is noted.
    fixed = cspr(
        "case",
        "correct",
        REF,
        "--aware-date",
        "2026-12-16",
        "--reason",
        "Referral logged a day late",
        env=SUPPORT,
    )
    assert fixed.returncode == 0, fixed.stderr
    assert "rapid_review_submission: corrected, due 2027-01-12 -> 2027-01-11" in fixed.stdout

    show = json.loads(cspr("case", "show", REF, "--json", env=SUPPORT).stdout)
    icsc = next(c for c in show["clocks"] if c["kind"] == "icsc_decision")
    assert [(h["change"], h["old_due"], h["new_due"]) for h in icsc["history"]] == [
        ("planned", None, "2027-01-08"),
        ("extended", "2027-01-08", "2027-01-15"),
        ("corrected", "2027-01-15", "2027-01-15"),
    ]
    assert "the extended due date stands (the rule now gives 2027-01-07)" in icsc["history"][-1]["reason"]
    table = cspr("case", "show", REF, env=SUPPORT).stdout  # the history sits in the "why" column
    assert "History: extended 2027-01-08 ->" in table and "(approved by Ivy Commissioner)" in table
