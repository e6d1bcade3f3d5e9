"""The `cspr` command line end to end, as the support team would use it.

Aware Thu 24 Dec 2026: the Panel notification is due Tue 5 Jan 2027 (Christmas Fri 25 Dec,
Boxing Day Sat 26 with its substitute Mon 28 Dec, New Year's Day Fri 1 Jan 2027).
"""

import email
import email.policy
import json
import sqlite3
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import incident
from tests.e2e.conftest import CSPR


@pytest.fixture
def cspr_env(cspr_env: dict[str, str]) -> dict[str, str]:
    return {
        **cspr_env,
        "CSPR_TODAY": "2026-12-29",
        "CSPR_ACTOR": "Sam Support",
        "CSPR_ROLE": "support_team",
    }


def stored_cases(tmp_path: Path) -> int:
    """Cases in the store, read straight from SQLite (0 if no command ever created it)."""
    path = tmp_path / "cspr.db"
    if not path.exists():
        return 0
    with sqlite3.connect(path) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return db.execute("SELECT count(*) FROM cases").fetchone()[0] if "cases" in tables else 0


def write(tmp_path: Path, data: dict, name: str = "incident.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return str(path)


def test_log_show_send_dispatch_and_audit(tmp_path, cspr):
    out = cspr("incident", "log", "--file", write(tmp_path, incident()), "--json")
    assert out.returncode == 0, out.stderr
    ref = json.loads(out.stdout)["reference"]
    assert ref == "CHSCP-2026-0001"

    show = json.loads(cspr("case", "show", ref, "--json").stdout)
    assert show["reference"] == ref and show["status"] == "open"
    clocks = {c["kind"]: c for c in show["clocks"]}
    assert clocks["panel_notification"]["due"] == "2027-01-05"
    assert clocks["panel_notification"]["basis"] == "19.5-19.7"
    assert "Christmas Day" in clocks["panel_notification"]["explanation"]
    assert clocks["rapid_review_submission"]["due"] == "2027-01-19"
    assert {"kind", "due", "status", "basis", "explanation"} <= set(clocks["partner_notice"])
    assert len(show["tasks"]) == 4 and len(show["notices"]) == 3

    sent = cspr("notice", "sent", ref, "panel_notification", "--on", "2026-12-29")
    assert sent.returncode == 0, sent.stderr
    show = json.loads(cspr("case", "show", ref, "--json").stdout)
    panel = next(c for c in show["clocks"] if c["kind"] == "panel_notification")
    assert (panel["status"], panel["met_on"]) == ("met", "2026-12-29")

    listed = json.loads(cspr("cases", "--json").stdout)["cases"]
    assert [(c["reference"], c["next_clock"], c["next_due"]) for c in listed] == [
        (ref, "partner_notice", "2027-01-05")
    ]

    dispatched = json.loads(cspr("notices", "dispatch", "--json").stdout)["delivered"]
    assert len(dispatched) == 3 and {d["status"] for d in dispatched} == {"delivered"}
    assert json.loads(cspr("notices", "dispatch", "--json").stdout)["delivered"] == []

    files = sorted((tmp_path / "outbox" / ref).glob("*.eml"))
    assert len(files) == 3
    messages = {
        f.name[37:].removesuffix(".eml"): email.message_from_bytes(
            f.read_bytes(), policy=email.policy.default
        )
        for f in files
    }
    panel_msg = messages["panel_notification"]
    assert [a.addr_spec for a in panel_msg["To"].addresses] == [
        "childrens-services@hackney.example.org",
        "support-team@chscp.example.org",
    ]
    assert panel_msg["From"].addresses[0].addr_spec == "cspr@chscp.example.org"
    assert ref in panel_msg["Subject"]
    body = panel_msg.get_body(("plain",)).get_content()
    assert ref in body and "Tue 5 Jan 2027" in body and "19.7" in body
    partner_to = {a.addr_spec for a in messages["partner_notice"]["To"].addresses}
    assert len(partner_to) == 7  # five safeguarding partners, the support team and the ICSC
    icsc_msg = messages["icsc_decision_request"]
    assert ref in icsc_msg["Subject"] and "Fri 15 Jan 2027" in icsc_msg.get_body(("plain",)).get_content()

    ok = cspr("audit", "verify")
    assert ok.returncode == 0 and "intact" in ok.stdout
    db = sqlite3.connect(tmp_path / "cspr.db")
    db.execute("UPDATE audit_events SET actor = 'Someone Else' WHERE id = 2")
    db.commit()
    db.close()
    broken = cspr("audit", "verify")
    assert broken.returncode == 1
    assert "audit event 2" in broken.stderr


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"harm": None}, "harm: missing field"),
        ({"colour": "red"}, "colour: unknown field"),
        ({"aware_date": "24/12/2026"}, "aware_date:"),
        ({"incident_date": "2026-12-25"}, "aware_date 2026-12-24 is before incident_date 2026-12-25"),
        ({"aware_date": "2027-01-04", "incident_date": "2027-01-04"}, "is in the future"),
        ({"local_authority": "camden"}, "unknown local authority 'camden'"),
        ({"children": []}, "children:"),
    ],
)
def test_bad_incident_files_get_one_line_and_store_nothing(tmp_path, cspr, change, expected):
    data = incident(**{k: v for k, v in change.items() if v is not None})
    for key in [k for k, v in change.items() if v is None]:
        del data[key]
    out = cspr("incident", "log", "--file", write(tmp_path, data))
    assert out.returncode == 2
    assert out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert expected in out.stderr
    assert stored_cases(tmp_path) == 0


def test_a_role_that_may_not_log_is_refused_in_one_line(tmp_path, cspr):
    out = cspr("incident", "log", "--file", write(tmp_path, incident()), env={"CSPR_ROLE": "icsc"})
    assert out.returncode == 2
    assert out.stderr.strip() == (
        "cspr: log incident: role icsc may not do this; it is for local_authority, spa, support_team"
    )
    bad_role = cspr("incident", "log", "--file", write(tmp_path, incident()), "--role", "boss")
    assert bad_role.returncode == 2 and "'boss' is not a role" in bad_role.stderr
    assert stored_cases(tmp_path) == 0


def test_twenty_processes_logging_the_same_incident_make_one_case(tmp_path, cspr):
    path = write(tmp_path, incident())
    cspr("cases")  # create the schema once, as any first command would
    env = cspr.process_env()

    def log(_: int) -> subprocess.CompletedProcess[str]:
        argv = [CSPR, "incident", "log", "--file", path, "--json"]
        return subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)

    with ThreadPoolExecutor(max_workers=20) as pool:
        runs = list(pool.map(log, range(20)))
    assert [r.returncode for r in runs] == [0] * 20, [r.stderr for r in runs if r.returncode]
    results = [json.loads(r.stdout) for r in runs]
    assert {r["reference"] for r in results} == {"CHSCP-2026-0001"}
    assert sum(r["created"] for r in results) == 1
    show = json.loads(cspr("case", "show", "CHSCP-2026-0001", "--json").stdout)
    assert sorted(n["kind"] for n in show["notices"]) == [
        "icsc_decision_request",
        "panel_notification",
        "partner_notice",
    ]


def test_incident_schema_publishes_the_contract(cspr):
    schema = json.loads(cspr("incident", "schema").stdout)
    assert set(schema["properties"]) == {
        "local_authority",
        "incident_date",
        "aware_date",
        "harm",
        "abuse_or_neglect",
        "location",
        "looked_after",
        "children",
        "summary",
        "criminal_investigation",
        "reported_by",
        "reference",
    }
    assert schema["additionalProperties"] is False


def test_the_console_script_runs_in_a_real_process(tmp_path, cspr):
    env = cspr.process_env()
    helped = subprocess.run([CSPR, "--help"], env=env, capture_output=True, text=True, timeout=120)
    assert helped.returncode == 0 and helped.stderr == ""
    assert "Usage: cspr" in helped.stdout and "incident" in helped.stdout and "sweep" in helped.stdout
    argv = [CSPR, "incident", "log", "--file", write(tmp_path, incident()), "--json"]
    logged = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert logged.returncode == 0, logged.stderr
    assert json.loads(logged.stdout) == {"reference": "CHSCP-2026-0001", "created": True}
    show = json.loads(cspr("case", "show", "CHSCP-2026-0001", "--json").stdout)  # the same store
    assert show["status"] == "open" and len(show["notices"]) == 3
