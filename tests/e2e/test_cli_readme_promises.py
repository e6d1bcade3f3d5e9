"""What the README promises, held through `cspr` (and the demo module) in process.

Dates: aware Thu 24 Dec 2026, the Panel notification is due Tue 5 Jan 2027 (Christmas Fri 25 Dec,
Boxing Day's substitute Mon 28 Dec, New Year's Day Fri 1 Jan 2027).
"""

import email
import email.policy
import json
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, incident

PREFECT_LINE = re.compile(
    r"^\d\d:\d\d:\d\d\.\d{3} \| |^\s|^Traceback|^\S+Error|^See https://docs\.prefect\.io"
)
"""Prefect's own console lines (and their continuations), which are not cspr's log."""
SUPPORT = {"CSPR_ACTOR": "Sam Support", "CSPR_ROLE": "support_team"}


@pytest.fixture
def cspr_env(cspr_env: dict[str, str]) -> dict[str, str]:
    return {**cspr_env, "CSPR_TODAY": "2026-12-29", **SUPPORT}


def write(tmp_path: Path, data: dict[str, Any], name: str = "incident.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return str(path)


def ok(out: Any) -> Any:
    assert out.returncode == 0, (out.args, out.stderr)
    return out


def audit_rows(tmp_path: Path) -> list[tuple[str, str, str, str]]:
    with sqlite3.connect(tmp_path / "cspr.db") as db:
        return db.execute("SELECT command, reference, actor, role FROM audit_events ORDER BY id").fetchall()


# --- the local review's delay refused (19.25) -------------------------------------------------


def test_a_refused_delay_leaves_the_publication_clock_unchanged_and_is_audited(tmp_path, cspr):
    """Aware Mon 16 Aug 2027; decided Tue 31 Aug 2027 (after the Summer bank holiday Mon 30 Aug):
    six months from 31 August is Tue 29 Feb 2028 (a leap year)."""
    path = write(tmp_path, incident(incident_date="2027-08-16", aware_date="2027-08-16"))
    ref = ok(cspr("incident", "log", "--file", path, env={"CSPR_TODAY": "2027-08-16"})).stdout.strip()
    icsc = {"CSPR_TODAY": "2027-08-31", "CSPR_ACTOR": "Ivy Commissioner", "CSPR_ROLE": "icsc"}
    ok(
        cspr(
            "decide",
            ref,
            "--outcome",
            "local_review",
            "--criteria",
            "19.15a=agencies did not share what they knew",
            "--rationale",
            "Agencies did not share what they knew about the risk.",
            "--family-rationale",
            "The services that knew your child did not share what they knew.",
            env=icsc,
        )
    )
    spa = {"CSPR_TODAY": "2028-01-18", "CSPR_ACTOR": "Sol Partnership", "CSPR_ROLE": "spa"}
    ok(
        cspr(
            "review",
            "delay",
            "request",
            ref,
            "--to",
            "2028-05-31",
            "--reason",
            "The criminal trial is listed for March 2028.",
            env=spa,
        )
    )

    def publication() -> dict[str, Any]:
        show = json.loads(ok(cspr("case", "show", ref, "--json", env=spa)).stdout)
        return next(c for c in show["clocks"] if c["kind"] == "publication")

    before = publication()
    assert before["due"] == "2028-02-29"
    events = len(audit_rows(tmp_path))

    slt = {"CSPR_TODAY": "2028-01-20", "CSPR_ACTOR": "Lee Leadership", "CSPR_ROLE": "slt"}
    wrong = cspr("review", "delay", "refuse", ref, env=spa)
    assert wrong.returncode == 2 and "it is for slt" in wrong.stderr
    assert len(audit_rows(tmp_path)) == events  # a refused command writes nothing

    ok(cspr("review", "delay", "refuse", ref, "--note", "Publish on time.", env=slt))
    after = publication()
    assert after["due"] == "2028-02-29" and after["status"] == "open"
    assert after["history"] == before["history"]  # no extension in its history
    show = json.loads(ok(cspr("case", "show", ref, "--json", env=spa)).stdout)
    assert "delay_notice" not in {c["kind"] for c in show["clocks"]}
    new = audit_rows(tmp_path)[events:]
    assert len(new) == 1
    command, reference, actor, role = new[0]
    assert "refuse" in command and (reference, actor, role) == (ref, "Lee Leadership", "slt")
    assert ok(cspr("audit", "verify")).returncode == 0


# --- `make demo` twice, and its structured logs ---------------------------------------------


def test_the_demo_run_twice_is_the_same_case_and_writes_no_notice_twice(tmp_path, monkeypatch, capsys):
    from workflows import bootstrap, demo, services

    outbox = tmp_path / "outbox"
    for key in [k for k in os.environ if k.startswith("CSPR_")]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("CSPR_DATABASE_URL", f"sqlite:///{tmp_path / 'cspr.db'}")
    monkeypatch.setenv("CSPR_OUTBOX", str(outbox))
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    runs, logs = [], []
    for _ in range(2):
        monkeypatch.delenv("CSPR_TODAY", raising=False)
        services._services.cache_clear()
        bootstrap.load.cache_clear()
        assert demo.main() == 0
        captured = capsys.readouterr()
        logs.append(captured.err)
        runs.append((captured.out, sorted(p.name for p in outbox.rglob("*.eml"))))
    services._services.cache_clear()
    bootstrap.load.cache_clear()
    (first, first_files), (second, second_files) = runs
    assert "case CHSCP-2026-0001 opened" in first
    assert "case CHSCP-2026-0001 already logged: same case" in second
    assert "nothing new to fire (already told)" in second
    assert first_files and second_files == first_files
    with sqlite3.connect(tmp_path / "cspr.db") as db:
        assert db.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    # cspr's own log lines (Prefect's console lines aside) are JSON with the documented keys,
    # and carry the case reference, never the child's initials or the summary.
    ours = [
        line
        for err in logs
        for line in err.splitlines()
        if line.strip() and not PREFECT_LINE.match(line) and not line.startswith("starting Prefect")
    ]
    records = [json.loads(line) for line in ours if line.lstrip().startswith("{") or _fail(line)]
    assert {"event", "level", "timestamp"} <= set().union(*records)
    for record in records:
        assert {"event", "level", "timestamp"} <= set(record), record
        datetime.fromisoformat(record["timestamp"].replace("Z", "+00:00"))
    logged = [r for r in records if r["event"] == "incident.logged"]
    assert [(r["reference"], r["created"]) for r in logged] == [
        ("CHSCP-2026-0001", True),
        ("CHSCP-2026-0001", False),
    ]
    assert not any("QZ" in line or "injuries" in line for line in ours)


# --- the schedules ----------------------------------------------------------------------------


def test_prefect_yaml_and_cspr_serve_agree_on_the_schedules(cspr, monkeypatch):
    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    declared = {
        d["name"]: [(s["cron"], s["timezone"]) for s in d.get("schedules", [])] for d in spec["deployments"]
    }
    # The morning sweep: 08:00 London time, Monday to Friday.
    assert declared["deadline-sweep"] == [("0 8 * * 1-5", "Europe/London")]

    import prefect

    served: list[Any] = []
    monkeypatch.setattr(prefect, "serve", lambda *deployments, **_: served.extend(deployments))
    ok(cspr("serve", env={"PREFECT_API_URL": "http://127.0.0.1:9/api"}))
    by_name = {d.name: [(s.schedule.cron, s.schedule.timezone) for s in d.schedules] for d in served}
    assert by_name["deadline-sweep"] == [("0 8 * * 1-5", "Europe/London")]
    assert set(by_name) <= set(declared)
    for name, schedules in by_name.items():
        assert schedules == declared[name], name


# --- digest, reproject, consider --------------------------------------------------------------


def test_digest_through_the_cli_once_per_day(tmp_path, cspr):
    ref = ok(cspr("incident", "log", "--file", write(tmp_path, incident()))).stdout.strip()
    env = {"CSPR_TODAY": "2027-01-06"}
    first = json.loads(ok(cspr("digest", "--as-of", "2027-01-06", "--json", env=env)).stdout)
    assert ref in json.dumps(first)
    assert "QZ" not in json.dumps(first)
    # Aware Thu 24 Dec: the Panel notification (due Tue 5 Jan) is breached on Wed 6 Jan.
    assert "panel_notification" in json.dumps(first)
    ok(cspr("notices", "dispatch"))
    with sqlite3.connect(tmp_path / "cspr.db") as db:
        digests = db.execute("SELECT count(*) FROM digests").fetchone()[0]
    again = ok(cspr("digest", "--as-of", "2027-01-06", "--json", env=env))
    with sqlite3.connect(tmp_path / "cspr.db") as db:
        assert db.execute("SELECT count(*) FROM digests").fetchone()[0] == digests == 1
    assert json.loads(again.stdout) is not None
    messages = [
        email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        for p in (tmp_path / "outbox").rglob("*.eml")
    ]
    digest_mail = [
        m for m in messages if "slt@chscp.example.org" in str(m["To"]) and "igest" in str(m["Subject"])
    ]
    assert len(digest_mail) == 1


def test_calendar_reproject_through_the_cli_names_the_closure(tmp_path, cspr):
    """A closure on Wed 30 Dec 2026: aware Thu 24 Dec, the Panel notification (WD 5) moves from
    Tue 5 to Wed 6 Jan 2027 (Christmas Fri 25, Boxing Day's substitute Mon 28, New Year's Day Fri 1)."""
    ref = ok(cspr("incident", "log", "--file", write(tmp_path, incident()))).stdout.strip()
    shipped = (ROOT / "config" / "city-and-hackney.toml").read_text()
    config = tmp_path / "partnership.toml"
    config.write_text(
        shipped.replace(
            "closure_days = []", 'closure_days = [{ date = 2026-12-30, name = "Partnership office closure" }]'
        )
    )
    out = ok(cspr("calendar", "reproject", "--json", env={"CSPR_CONFIG": str(config)}))
    changes = {c["clock"]: c for c in json.loads(out.stdout)["changes"] if not c.get("party")}
    panel = changes["panel_notification"]
    assert (panel["reference"], panel["old_due"], panel["new_due"]) == (ref, "2027-01-05", "2027-01-06")
    assert "Partnership office closure" in panel["reason"]
    again = ok(cspr("calendar", "reproject", "--json", env={"CSPR_CONFIG": str(config)}))
    assert json.loads(again.stdout)["changes"] == []


def test_case_consider_opens_a_decision_task_and_no_panel_notification(tmp_path, cspr):
    near_miss = incident(harm="other", abuse_or_neglect="suspected", reference="SYN-NEAR")
    out = ok(cspr("case", "consider", "--file", write(tmp_path, near_miss), "--json"))
    ref = json.loads(out.stdout)["reference"]
    show = json.loads(ok(cspr("case", "show", ref, "--json")).stdout)
    kinds = {c["kind"] for c in show["clocks"]}
    assert "panel_notification" not in kinds
    assert any("decision" in t["kind"] for t in show["tasks"])
    again = ok(cspr("case", "consider", "--file", write(tmp_path, near_miss), "--json"))
    assert json.loads(again.stdout) == {"reference": ref, "created": False}
    wrong = cspr("case", "consider", "--file", write(tmp_path, near_miss), env={"CSPR_ROLE": "partner"})
    assert wrong.returncode == 2 and len(wrong.stderr.strip().splitlines()) == 1


# --- the looked-after child's death -----------------------------------------------------------


def test_a_looked_after_childs_death_is_notified_to_the_secretary_of_state_and_ofsted(tmp_path, cspr):
    death = incident(harm="death", looked_after=True)
    ref = ok(cspr("incident", "log", "--file", write(tmp_path, death))).stdout.strip()
    ok(cspr("notices", "dispatch"))
    messages = [
        email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        for p in sorted((tmp_path / "outbox" / ref).glob("*.eml"))
    ]
    lac = [m for m in messages if "secretary-of-state@education.example.org" in str(m["To"])]
    assert len(lac) == 1
    to = sorted(a.addr_spec for a in lac[0]["To"].addresses)
    assert to == ["notifications@ofsted.example.org", "secretary-of-state@education.example.org"]


def _fail(line: str) -> bool:
    raise AssertionError(f"not a JSON log line: {line[:200]!r}")
