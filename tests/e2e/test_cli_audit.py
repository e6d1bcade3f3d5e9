"""`cspr audit verify` finds every tamper with the trail or the rows it vouches for, and says where.

The trail here: the incident logged (event 1), the Panel notification recorded as sent (event 2),
the notices dispatched (events 3-5). Aware Thu 24 Dec 2026, recorded on Tue 29 Dec 2026.
"""

import json
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from store.audit import event_hash
from store.database import make_engine
from store.tables import AuditEventRow
from tests.conftest import incident

REF = "CHSCP-2026-0001"


@pytest.fixture
def cspr_env(cspr_env: dict[str, str]) -> dict[str, str]:
    return {
        **cspr_env,
        "CSPR_TODAY": "2026-12-29",
        "CSPR_ACTOR": "Sam Support",
        "CSPR_ROLE": "support_team",
    }


@pytest.fixture
def store(tmp_path: Path, cspr) -> Path:
    """A store with five audit events, intact."""
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident()))
    assert cspr("incident", "log", "--file", str(path)).returncode == 0
    assert cspr("notice", "sent", REF, "panel_notification", "--on", "2026-12-29").returncode == 0
    assert cspr("notices", "dispatch").returncode == 0
    db = tmp_path / "cspr.db"
    assert count(db) == 5
    return db


def count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM audit_events").fetchone()[0])


def sql(db: Path, *statements: str) -> None:
    conn = sqlite3.connect(db)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def broken(cspr, *extra: str) -> str:
    out = cspr("audit", "verify", *extra)
    assert out.returncode == 1, out.stdout
    assert out.stderr and "Traceback" not in out.stderr
    return out.stderr


def test_an_intact_trail_passes_and_says_so(store, cspr):
    out = cspr("audit", "verify", "--deep")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "audit trail intact: 5 events, every case's rows as recorded"


def test_the_key_file_is_owner_only_and_the_anchor_holds_each_head(store, tmp_path):
    assert oct(os.stat(tmp_path / "audit.key").st_mode & 0o777) == "0o600"
    assert oct(os.stat(tmp_path / "audit-anchor.jsonl").st_mode & 0o777) == "0o600"
    heads = [json.loads(line) for line in (tmp_path / "audit-anchor.jsonl").read_text().splitlines()]
    assert [h["id"] for h in heads] == [1, 2, 3, 4, 5]


def test_each_event_names_the_os_user_and_host(store):
    with sqlite3.connect(store) as conn:
        rows = conn.execute("SELECT os_user, host, mac, state, origin FROM audit_events").fetchall()
    assert all(user and host and len(mac) == 64 for user, host, mac, _, _ in rows)
    assert {r[4] for r in rows} == {"operator on the server"}
    assert REF in json.loads(rows[0][3])


TAMPERS = {
    "id": "UPDATE audit_events SET id = 99 WHERE id = 2",
    "at": "UPDATE audit_events SET at = '2026-12-29 09:00:00.000000' WHERE id = 2",
    "actor": "UPDATE audit_events SET actor = 'Someone Else' WHERE id = 2",
    "role": "UPDATE audit_events SET role = 'icsc' WHERE id = 2",
    "command": "UPDATE audit_events SET command = 'correct_case' WHERE id = 2",
    "reference": "UPDATE audit_events SET reference = 'CHSCP-2026-0002' WHERE id = 2",
    "detail": "UPDATE audit_events SET detail = '{}' WHERE id = 2",
    "prev_hash": "UPDATE audit_events SET prev_hash = substr(prev_hash, 2) || '0' WHERE id = 2",
    "hash": "UPDATE audit_events SET hash = substr(hash, 2) || '0' WHERE id = 2",
    "os_user": "UPDATE audit_events SET os_user = 'mallory' WHERE id = 2",
    "host": "UPDATE audit_events SET host = 'elsewhere' WHERE id = 2",
    "origin": "UPDATE audit_events SET origin = 'scheduled flow' WHERE id = 2",
    "state": "UPDATE audit_events SET state = '{}' WHERE id = 2",
    "mac": "UPDATE audit_events SET mac = NULL WHERE id = 2",
}


def test_the_tampers_cover_every_column(store):
    with sqlite3.connect(store) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(audit_events)")}
    assert columns == set(TAMPERS)


@pytest.mark.parametrize("column", sorted(TAMPERS))
def test_every_field_tampered_in_turn_is_found_and_named(store, cspr, column):
    sql(store, TAMPERS[column])
    err = broken(cspr)
    assert "audit event 2 " in err or "audit event 99 " in err or "audit event 3 " in err
    if column != "id":
        assert "audit event 2 " in err


def test_a_deleted_middle_event_is_found_at_the_one_after_it(store, cspr):
    sql(store, "DELETE FROM audit_events WHERE id = 3")
    err = broken(cspr)
    assert "audit event 4 does not follow the event before it" in err
    assert "audit event 3 is in the anchor file but missing from the store" in err


def test_a_reordered_pair_is_found(store, cspr):
    sql(
        store,
        "UPDATE audit_events SET id = -3 WHERE id = 3",
        "UPDATE audit_events SET id = 3 WHERE id = 2",
        "UPDATE audit_events SET id = 2 WHERE id = -3",
    )
    err = broken(cspr)
    assert "audit event 2 does not follow the event before it" in err
    assert "audit event 3 does not follow the event before it" in err


def test_deleting_the_last_events_is_found_by_the_anchor(store, cspr):
    sql(store, "DELETE FROM audit_events WHERE id >= 4")
    err = broken(cspr)
    assert "audit event 4 is in the anchor file but missing from the store (deleted)" in err
    assert "audit event 5 is in the anchor file but missing from the store (deleted)" in err


def test_deleting_every_event_while_the_case_remains_is_found(store, cspr):
    sql(store, "DELETE FROM audit_events")
    err = broken(cspr)
    assert f"case {REF} has no audit events (its events were deleted)" in err
    assert "audit event 1 is in the anchor file but missing from the store" in err


def test_deleting_every_event_and_the_anchor_is_found_by_the_case(store, cspr, tmp_path):
    sql(store, "DELETE FROM audit_events")
    (tmp_path / "audit-anchor.jsonl").unlink()
    assert f"case {REF} has no audit events" in broken(cspr)


def test_a_row_rewritten_with_recomputed_hashes_fails_its_mac(store, cspr):
    engine = make_engine(f"sqlite:///{store}")
    with Session(engine) as s:
        rows = list(s.exec(select(AuditEventRow).order_by(col(AuditEventRow.id))))
        rows[1].actor = "Someone Else"
        prev = rows[0].hash
        for row in rows[1:]:
            row.prev_hash = prev
            row.hash = event_hash(prev, row.at, row.actor, row.role, row.command, row.reference, row.detail)
            prev = row.hash
            s.add(row)
        s.commit()
    engine.dispose()
    err = broken(cspr)
    assert "audit event 2 (record_notice_sent, CHSCP-2026-0001) fails its MAC" in err
    assert "does not follow" not in err and "hash does not match" not in err


def test_a_forged_correctly_hashed_event_appended_fails_its_mac(store, cspr):
    engine = make_engine(f"sqlite:///{store}")
    with Session(engine) as s:
        last = s.exec(select(AuditEventRow).order_by(col(AuditEventRow.id).desc())).first()
        assert last is not None
        at = datetime.fromisoformat("2026-12-30T10:00:00+00:00")
        detail = {"kind": "panel_notification"}
        forged = AuditEventRow(
            at=at,
            actor="Ida",
            role="icsc",
            command="record_notice_sent",
            reference=REF,
            detail=detail,
            prev_hash=last.hash,
            hash=event_hash(last.hash, at, "Ida", "icsc", "record_notice_sent", REF, detail),
            os_user="sam",
            host="server",
            state=last.state,
            mac="0" * 64,
        )
        s.add(forged)
        s.commit()
    engine.dispose()
    err = broken(cspr)
    assert err.splitlines() == [
        "cspr: audit: audit event 6 (record_notice_sent, CHSCP-2026-0001) fails its MAC "
        "(it was changed or forged without the audit key)"
    ]


def test_a_clock_marked_met_behind_cspr_is_found_by_deep(store, cspr):
    sql(store, "UPDATE clocks SET status = 'met' WHERE kind = 'rapid_review_submission'")
    assert cspr("audit", "verify").returncode == 0  # the trail itself is untouched
    err = broken(cspr, "--deep")
    assert err.splitlines() == [
        f"cspr: audit: case {REF}: table clocks differs from the state audit event 5 recorded"
    ]


def test_a_deleted_task_and_edited_case_are_each_named_by_deep(store, cspr):
    sql(store, "DELETE FROM tasks WHERE id = 1", "UPDATE cases SET looked_after = 1")
    err = broken(cspr, "--deep")
    assert f"case {REF}: table tasks differs" in err and f"case {REF}: table cases differs" in err


def test_a_key_file_others_may_read_is_refused_in_one_line(store, cspr, tmp_path):
    (tmp_path / "audit.key").chmod(0o644)
    out = cspr("audit", "verify")
    assert out.returncode == 2
    assert out.stderr.splitlines() == [
        f"cspr: audit key file {tmp_path / 'audit.key'} is readable by others (mode 0644); "
        f"run chmod 600 {tmp_path / 'audit.key'}"
    ]


def test_a_different_key_fails_every_mac(store, cspr):
    out = cspr("audit", "verify", env={"CSPR_AUDIT_KEY": "ab" * 32})
    assert out.returncode == 1
    assert len([line for line in out.stderr.splitlines() if "fails its MAC" in line]) == 5


def test_the_slt_digest_names_the_chain_head(store, cspr, tmp_path):
    with sqlite3.connect(store) as conn:
        head = conn.execute("SELECT hash FROM audit_events WHERE id = 5").fetchone()[0]
    out = cspr("digest", env={"CSPR_ROLE": "slt", "CSPR_ACTOR": "Sol Leader"})
    assert out.returncode == 0, out.stderr
    with sqlite3.connect(store) as conn:
        body = conn.execute("SELECT body_text FROM digests").fetchone()[0]
    assert f"Audit chain head: event 5, hash {head} (check it with `cspr audit verify`)" in body


def test_people_may_not_act_as_the_system(tmp_path, cspr):
    out = cspr("cases", "--as", "Sam", "--role", "system")
    assert out.returncode == 2
    assert out.stderr.splitlines() == [
        "cspr: --role system is for cspr's scheduled flows only; give your own role "
        "(support_team, spa, icsc, partner, slt or local_authority)"
    ]
    assert not (tmp_path / "cspr.db").exists()


def test_decide_draft_stores_the_decision_in_cspr_and_prints_its_id(store, cspr):
    out = cspr(
        "decide",
        REF,
        "--draft",
        "--outcome",
        "no_review",
        "--rationale",
        "Nothing more would be learned from a review here.",
        "--family-rationale",
        "We looked carefully and a review would not teach us more.",
        "--as",
        "Ida",
        "--role",
        "icsc",
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == (
        f"{REF}: decision draft 1 stored; record it with the record-decision flow "
        f"(reference {REF}, draft_id 1)"
    )
    with sqlite3.connect(store) as conn:
        assert conn.execute("SELECT status, drafted_by, drafted_role FROM decision_drafts").fetchall() == [
            ("draft", "Ida", "icsc")
        ]
        assert conn.execute("SELECT count(*) FROM decisions").fetchone()[0] == 0
    assert cspr("audit", "verify", "--deep").returncode == 0


def test_the_sweep_warns_in_one_line_when_clocks_were_changed_behind_cspr(store, cspr):
    quiet = cspr("sweep", "--as-of", "2027-01-06")
    assert quiet.returncode == 0 and quiet.stderr == ""
    sql(store, "UPDATE clocks SET status = 'met' WHERE kind = 'partner_notice'")
    out = cspr("sweep", "--as-of", "2027-01-07")
    assert out.returncode == 0
    assert out.stderr.splitlines() == [
        f"cspr: warning: the clocks of {REF} differ from what the audit trail recorded (changed "
        "outside cspr?); this sweep cannot be trusted for them: run `cspr audit verify --deep`"
    ]
