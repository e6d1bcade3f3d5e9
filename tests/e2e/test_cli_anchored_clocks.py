"""Clocks anchored on an event move when the event is recorded, through `cspr notice sent`.

The partnership counts the rapid review from the Panel notification
(`[rules.rapid_review_submission] anchor = "panel_notification_sent"`).

Aware Wed 14 Sep 2022. Until the notification is recorded, the rapid review is counted from
awareness, provisionally: 15 working days are Thu 15, Fri 16, Tue 20 .. Fri 23, Mon 26 .. Fri
30 Sep, Mon 3 .. Thu 6 Oct (Mon 19 Sep 2022, the Bank Holiday for the State Funeral of Queen
Elizabeth II, is not a working day), so due Thu 6 Oct 2022; the ICSC's decision 2 working days
before it, Tue 4 Oct 2022.

The Panel is notified Fri 23 Sep 2022: 15 working days from it are Mon 26 .. Fri 30 Sep, Mon 3
.. Fri 7 Oct, Mon 10 .. Fri 14 Oct, so the rapid review is due Fri 14 Oct 2022 and the ICSC's
decision Wed 12 Oct 2022 (Thu 13 and Fri 14 Oct are the 2 working days before it).
"""

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, incident
from tests.e2e.conftest import Cspr


@pytest.fixture
def cspr_env(cspr_env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "partnership.toml"
    shipped = (ROOT / "config" / "city-and-hackney.toml").read_text()
    anchored = shipped.replace(
        '[rules.rapid_review_submission]\nanchor = "aware"',
        '[rules.rapid_review_submission]\nanchor = "panel_notification_sent"',
    )
    assert anchored != shipped
    config.write_text(anchored)
    return {
        **cspr_env,
        "CSPR_CONFIG": str(config),
        "CSPR_TODAY": "2022-09-23",
        "CSPR_ACTOR": "Synthetic person",
    }


def _clocks(cspr: Cspr, ref: str, today: str) -> dict[str, dict]:
    out = cspr("case", "show", ref, "--json", env={"CSPR_ROLE": "spa", "CSPR_TODAY": today})
    assert out.returncode == 0, out.stderr
    return {c["kind"]: c for c in json.loads(out.stdout)["clocks"] if not c["party"]}


def test_recording_the_panel_notification_replans_the_rapid_review(tmp_path, cspr):
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident(incident_date="2022-09-13", aware_date="2022-09-14")))
    out = cspr("incident", "log", "--file", str(path), "--json", env={"CSPR_ROLE": "support_team"})
    assert out.returncode == 0, out.stderr
    ref = json.loads(out.stdout)["reference"]

    before = _clocks(cspr, ref, "2022-09-23")
    assert before["rapid_review_submission"]["due"] == "2022-10-06"
    assert before["icsc_decision"]["due"] == "2022-10-04"
    assert "Provisional" in before["rapid_review_submission"]["explanation"]

    sent = cspr(
        "notice", "sent", ref, "panel_notification", "--on", "2022-09-23", env={"CSPR_ROLE": "support_team"}
    )
    assert sent.returncode == 0, sent.stderr

    after = _clocks(cspr, ref, "2022-10-07")
    rapid, icsc = after["rapid_review_submission"], after["icsc_decision"]
    assert (rapid["start"], rapid["due"], rapid["status"]) == ("2022-09-23", "2022-10-14", "open")
    assert (icsc["start"], icsc["due"], icsc["status"]) == ("2022-09-23", "2022-10-12", "open")
    assert rapid["late_by_working_days"] == 0
    for clock in (rapid, icsc):
        assert "Provisional" not in clock["explanation"]
        last = clock["history"][-1]
        assert last["change"] == "replanned"
        assert last["reason"].startswith("re-planned from the Panel notification sent on 2022-09-23")
    assert (rapid["history"][-1]["old_due"], rapid["history"][-1]["new_due"]) == ("2022-10-06", "2022-10-14")
    assert (icsc["history"][-1]["old_due"], icsc["history"][-1]["new_due"]) == ("2022-10-04", "2022-10-12")

    # On Fri 7 Oct the old dates have passed; the sweep fires nothing breached against them.
    swept = cspr(
        "sweep", "--as-of", "2022-10-07", "--json", env={"CSPR_ROLE": "spa", "CSPR_TODAY": "2022-10-07"}
    )
    assert swept.returncode == 0, swept.stderr
    fired = json.loads(swept.stdout)["fired"]
    assert [
        f
        for f in fired
        if f["clock"] in ("rapid_review_submission", "icsc_decision")
        and f["rung"] in ("breached", "still_breached")
    ] == []
    assert {f["due"] for f in fired if f["clock"] in ("rapid_review_submission", "icsc_decision")} <= {
        "2022-10-12",
        "2022-10-14",
    }
    tasks = json.loads(cspr("case", "show", ref, "--json", env={"CSPR_ROLE": "spa"}).stdout)["tasks"]
    assert {
        t["kind"]: t["due"] for t in tasks if t["kind"] in ("icsc_decision", "rapid_review_submission")
    } == {
        "icsc_decision": "2022-10-12",
        "rapid_review_submission": "2022-10-14",
    }
