"""Idempotent intake through `cspr incident log`: which incidents are the same case.

The README's key: the local authority, the awareness date and the caller's `reference`; without
a `reference`, the local authority, the awareness and incident dates, the children and the
summary. Every incident here is aware on or before Tue 29 Dec 2026 ("today").
"""

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import incident


@pytest.fixture
def cspr_env(cspr_env: dict[str, str]) -> dict[str, str]:
    return {
        **cspr_env,
        "CSPR_TODAY": "2026-12-29",
        "CSPR_ACTOR": "Sam Support",
        "CSPR_ROLE": "support_team",
    }


def unreferenced(**changes: Any) -> dict[str, Any]:
    """A synthetic incident with no caller reference (the content key applies)."""
    data = incident(**changes)
    del data["reference"]
    return data


def log(cspr: Any, tmp_path: Path, data: dict[str, Any], name: str) -> dict[str, Any]:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data))
    out = cspr("incident", "log", "--file", str(path), "--json")
    assert out.returncode == 0, out.stderr
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def cases(tmp_path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(tmp_path / "cspr.db") as db:
        return db.execute("SELECT reference, aware_date FROM cases ORDER BY reference").fetchall()


def test_two_unreferenced_incidents_differing_only_in_awareness_date_are_two_cases(tmp_path, cspr):
    first = log(cspr, tmp_path, unreferenced(aware_date="2026-12-23"), "first")
    second = log(cspr, tmp_path, unreferenced(aware_date="2026-12-24"), "second")
    assert first == {"reference": "CHSCP-2026-0001", "created": True}
    assert second == {"reference": "CHSCP-2026-0002", "created": True}
    assert cases(tmp_path) == [("CHSCP-2026-0001", "2026-12-23"), ("CHSCP-2026-0002", "2026-12-24")]
    # Each keeps its own clocks: aware Wed 23 Dec, the Panel notification is due Mon 4 Jan 2027
    # (Christmas Fri 25 Dec, Boxing Day's substitute Mon 28 Dec, New Year's Day Fri 1 Jan);
    # aware Thu 24 Dec, Tue 5 Jan.
    dues = []
    for ref in ("CHSCP-2026-0001", "CHSCP-2026-0002"):
        show = json.loads(cspr("case", "show", ref, "--json").stdout)
        dues.append(next(c["due"] for c in show["clocks"] if c["kind"] == "panel_notification"))
    assert dues == ["2027-01-04", "2027-01-05"]


def test_the_same_unreferenced_incident_logged_twice_is_one_case(tmp_path, cspr):
    first = log(cspr, tmp_path, unreferenced(), "first")
    again = log(cspr, tmp_path, unreferenced(), "again")
    assert first == {"reference": "CHSCP-2026-0001", "created": True}
    assert again == {"reference": "CHSCP-2026-0001", "created": False}
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps(unreferenced()))
    text = cspr("incident", "log", "--file", str(plain))
    assert (text.returncode, text.stdout) == (0, "CHSCP-2026-0001 (already logged)\n")
    assert cases(tmp_path) == [("CHSCP-2026-0001", "2026-12-24")]
    with sqlite3.connect(tmp_path / "cspr.db") as db:
        assert db.execute("SELECT count(*) FROM notices").fetchone()[0] == 3  # queued once


@pytest.mark.parametrize(
    "change",
    [
        {"incident_date": "2026-12-21"},
        {"children": [{"initials": "QZ", "age": 5, "sex": "female"}]},
        {"summary": "Synthetic: a second, unrelated injury."},
        {"local_authority": "city-of-london"},
    ],
    ids=["incident_date", "children", "summary", "local_authority"],
)
def test_each_part_of_the_content_key_tells_two_unreferenced_incidents_apart(tmp_path, cspr, change):
    log(cspr, tmp_path, unreferenced(), "first")
    other = log(cspr, tmp_path, unreferenced(**change), "other")
    assert other == {"reference": "CHSCP-2026-0002", "created": True}
    assert len(cases(tmp_path)) == 2


def test_what_is_not_in_the_content_key_is_refused_not_merged(tmp_path, cspr):
    log(cspr, tmp_path, unreferenced(), "first")
    path = tmp_path / "reporter.json"
    path.write_text(json.dumps(unreferenced(reported_by="Synthetic police referral")))
    out = cspr("incident", "log", "--file", str(path), "--json")
    assert out.returncode == 2
    assert "already case CHSCP-2026-0001" in out.stderr and "different reported_by" in out.stderr
    assert len(cases(tmp_path)) == 1


def test_with_a_reference_the_awareness_date_still_tells_cases_apart(tmp_path, cspr):
    first = log(cspr, tmp_path, incident(aware_date="2026-12-23"), "first")
    second = log(cspr, tmp_path, incident(aware_date="2026-12-24"), "second")
    same = log(cspr, tmp_path, incident(aware_date="2026-12-24"), "same")
    assert [first["reference"], second["reference"], same["reference"]] == [
        "CHSCP-2026-0001",
        "CHSCP-2026-0002",
        "CHSCP-2026-0002",
    ]
    assert (second["created"], same["created"]) == (True, False)
