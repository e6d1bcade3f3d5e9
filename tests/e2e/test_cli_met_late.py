"""A clock met after its due date says so everywhere: case show, cases, the SLT digest, --json.

Aware Wed 14 Sep 2022. The Panel notification and the partner notice are due 5 working days
later: Thu 15, Fri 16, Tue 20, Wed 21, Thu 22 Sep 2022 (Mon 19 Sep 2022, the Bank Holiday for
the State Funeral of Queen Elizabeth II, is not a working day), so due Thu 22 Sep 2022.
The Panel is notified Fri 23 Sep: 1 working day late. The partners are told Tue 27 Sep:
3 working days late (Fri 23, Mon 26, Tue 27).
"""

import json

import pytest

from tests.conftest import incident
from tests.e2e.conftest import Cspr


@pytest.fixture
def cspr_env(cspr_env: dict[str, str]) -> dict[str, str]:
    return {
        **cspr_env,
        "CSPR_TODAY": "2022-09-27",
        "CSPR_ACTOR": "Synthetic person",
        "CSPR_ROLE": "support_team",
    }


def test_a_clock_met_late_shows_how_late(tmp_path, cspr: Cspr):
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident(incident_date="2022-09-13", aware_date="2022-09-14")))
    ref = json.loads(cspr("incident", "log", "--file", str(path), "--json").stdout)["reference"]
    assert cspr("notice", "sent", ref, "panel_notification", "--on", "2022-09-23").returncode == 0
    assert cspr("notice", "sent", ref, "partner_notice", "--on", "2022-09-27").returncode == 0

    view = json.loads(cspr("case", "show", ref, "--json").stdout)
    late = {c["kind"]: c["late_by_working_days"] for c in view["clocks"]}
    assert late["panel_notification"] == 1 and late["partner_notice"] == 3
    assert late["rapid_review_submission"] == 0  # every clock carries the key; 0 when not late
    history = {c["kind"]: c["history"][-1]["reason"] for c in view["clocks"]}
    assert history["panel_notification"] == "sent on 2022-09-23, 1 working day late"
    assert history["partner_notice"] == "sent on 2022-09-27, 3 working days late"

    shown = cspr("case", "show", ref).stdout
    assert "met late (1 working day)" in shown and "met late (3 working days)" in shown

    listed = json.loads(cspr("cases", "--json").stdout)["cases"]
    assert [r["met_late"] for r in listed if r["reference"] == ref] == [
        [
            {"clock": "panel_notification", "party": None, "late_by_working_days": 1},
            {"clock": "partner_notice", "party": None, "late_by_working_days": 3},
        ]
    ]
    assert "met late (3 working days)" in cspr("cases").stdout

    digest = cspr("digest", "--as-of", "2022-09-27", "--json", env={"CSPR_ROLE": "spa"})
    assert digest.returncode == 0, digest.stderr
    summary = json.loads(digest.stdout)
    assert [(c["clock"], c["words"]) for c in summary["met_late"]] == [
        ("panel_notification", "met late (1 working day)"),
        ("partner_notice", "met late (3 working days)"),
    ]
    text = cspr("digest", "--as-of", "2022-09-27", env={"CSPR_ROLE": "spa"}).stdout
    assert f"met late (3 working days): {ref}  partner_notice, due 2022-09-22" in text
    mails = [p.read_text() for p in (tmp_path / "outbox").rglob("*.eml")]
    assert any("partner_notice: met late (3 working days)" in m for m in mails)
