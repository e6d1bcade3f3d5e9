"""Input that breaks a rule or a limit is refused in one line (exit 2) and nothing is stored.

Aware Thu 24 Dec 2026; "today" is Tue 29 Dec 2026 throughout.
"""

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import incident
from tests.e2e.conftest import Cspr, Result


@pytest.fixture
def cspr_env(cspr_env: dict[str, str]) -> dict[str, str]:
    return {
        **cspr_env,
        "CSPR_TODAY": "2026-12-29",
        "CSPR_ACTOR": "Synthetic Sam",
        "CSPR_ROLE": "support_team",
    }


def row_counts(db: Path) -> dict[str, int]:
    """How many rows each table of the case store holds (no file yet: none)."""
    if not db.exists():
        return {}
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def one_line_refusal(out: Result, *words: str, code: int = 2) -> None:
    assert out.returncode == code, out
    assert out.stderr.startswith("cspr: ") and out.stderr.count("\n") == 1, out.stderr
    assert "Traceback" not in out.stderr + out.stdout
    for w in words:
        assert w in out.stderr, (w, out.stderr)


def log(cspr: Cspr, tmp_path: Path, name: str, report: dict) -> Result:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(report))
    return cspr("incident", "log", "--file", str(path))


# -- one key, one incident ---------------------------------------------------------------------


def test_a_reused_reference_with_other_facts_is_refused_and_names_the_case(cspr, tmp_path):
    first = log(cspr, tmp_path, "harm", incident())
    assert (first.returncode, first.stdout) == (0, "CHSCP-2026-0001\n")
    db = tmp_path / "cspr.db"
    before = row_counts(db)

    # A looked-after child's death, with the earlier serious-harm case's reference and day.
    death = incident(
        harm="death",
        looked_after=True,
        children=[{"initials": "QY", "age": 9, "sex": "male"}],
        summary="Synthetic: a looked-after child died in a placement.",
    )
    out = log(cspr, tmp_path, "death", death)
    one_line_refusal(out, "'SYN-0001'", "CHSCP-2026-0001", "new reference", "harm", "looked_after")
    assert "QY" not in out.stderr and "placement" not in out.stderr  # no child details
    assert row_counts(db) == before

    # Logged with its own reference it is its own case, with the notice a death of a looked-after
    # child calls for (19.9).
    separate = log(cspr, tmp_path, "death2", {**death, "reference": "SYN-0002"})
    assert (separate.returncode, separate.stdout) == (0, "CHSCP-2026-0002\n")
    shown = json.loads(cspr("case", "show", "CHSCP-2026-0002", "--json").stdout)
    assert "lac_death_notice" in {c["kind"] for c in shown["clocks"]}


def test_an_identical_repeat_is_already_logged(cspr, tmp_path):
    assert log(cspr, tmp_path, "a", incident()).stdout == "CHSCP-2026-0001\n"
    db = tmp_path / "cspr.db"
    before = row_counts(db)
    again = log(cspr, tmp_path, "b", incident())
    assert (again.returncode, again.stdout, again.stderr) == (0, "CHSCP-2026-0001 (already logged)\n", "")
    # Line breaks and runs of spaces in the text do not make it another incident.
    spaced = incident(summary="Synthetic:  injuries not consistent\nwith the account given. ")
    assert log(cspr, tmp_path, "c", spaced).stdout == "CHSCP-2026-0001 (already logged)\n"
    assert row_counts(db) == before


def test_other_facts_under_the_same_content_key_are_refused(cspr, tmp_path):
    plain = incident(reference=None)
    assert log(cspr, tmp_path, "a", plain).stdout == "CHSCP-2026-0001\n"
    db = tmp_path / "cspr.db"
    before = row_counts(db)
    out = log(cspr, tmp_path, "b", {**plain, "criminal_investigation": True})
    one_line_refusal(out, "CHSCP-2026-0001", "criminal_investigation", "its own reference")
    assert row_counts(db) == before
