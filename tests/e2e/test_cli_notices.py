"""`cspr notices dispatch`, `cspr notices retry` and `cspr digest` on the file outbox, end to end.

Each notice has a stable uid that names its `.eml` file, so stores sharing an outbox folder
never meet; a failed dispatch exits 1 with one line; a parked notice waits for a person.
"""

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import incident


@pytest.fixture
def cspr_env(cspr_env: dict[str, str]) -> dict[str, str]:
    return {**cspr_env, "CSPR_TODAY": "2026-12-29", "CSPR_ACTOR": "Sam Support", "CSPR_ROLE": "support_team"}


def log(cspr, tmp_path: Path, env: dict[str, str] | None = None) -> str:
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident()))
    out = cspr("incident", "log", "--file", str(path), "--json", env=env)
    assert out.returncode == 0, out.stderr
    return str(json.loads(out.stdout)["reference"])


def notices(cspr, ref: str, env: dict[str, str] | None = None) -> dict[str, dict]:
    out = cspr("case", "show", ref, "--json", env=env)
    assert out.returncode == 0, out.stderr
    return {n["kind"]: n for n in json.loads(out.stdout)["notices"]}


def one_line_no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1, stderr


def test_two_stores_share_one_outbox_without_colliding(cspr, tmp_path):
    other = {"CSPR_DATABASE_URL": f"sqlite:///{tmp_path / 'other.db'}"}
    first, second = log(cspr, tmp_path), log(cspr, tmp_path, env=other)
    assert first == second == "CHSCP-2026-0001"  # the same reference in both stores
    for env in (None, other):
        out = cspr("notices", "dispatch", env=env)
        assert out.returncode == 0, out.stderr
        assert "delivered" in out.stdout and out.stderr == ""
    uids = {n["uid"] for n in notices(cspr, first).values()} | {
        n["uid"] for n in notices(cspr, second, env=other).values()
    }
    assert len(uids) == 6
    files = sorted((tmp_path / "outbox" / first).glob("*.eml"))
    assert len(files) == 6 and {f.name[:36] for f in files} == uids
    # The SLT digest of each store goes into the same used outbox: no traceback, two files.
    for env in (None, other):
        out = cspr("digest", "--as-of", "2027-01-04", env=env)
        assert out.returncode == 0, out.stderr
        assert "Traceback" not in out.stderr
    assert len(list((tmp_path / "outbox" / "SLT-DIGEST").glob("*-slt_digest.eml"))) == 2


def test_dispatch_exits_1_with_one_line_when_a_notice_is_not_delivered(cspr, tmp_path):
    log(cspr, tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the outbox folder should be")
    out = cspr("notices", "dispatch", env={"CSPR_OUTBOX": str(blocker)})
    assert out.returncode == 1
    one_line_no_traceback(out.stderr)
    assert out.stderr.startswith("cspr: dispatch: 0 delivered, 3 to retry, 0 parked")
    assert "Synthetic" not in out.stderr + out.stdout and "QZ" not in out.stderr + out.stdout
    # The next dispatch waits for each notice's retry time; asked again at once, nothing is due.
    again = cspr("notices", "dispatch")
    assert again.returncode == 0 and again.stdout.strip() == "nothing queued (3 waiting to retry later)"


def test_a_parked_notice_opens_a_task_and_retry_requeues_it(cspr, tmp_path):
    ref = log(cspr, tmp_path)
    panel = notices(cspr, ref)["panel_notification"]
    squatter = tmp_path / "outbox" / ref / f"{panel['uid']}-panel_notification.eml"
    squatter.parent.mkdir(parents=True)
    squatter.write_bytes(b"Subject: something else\r\n\r\nnot this notice\r\n")
    out = cspr("notices", "dispatch")
    assert out.returncode == 1
    one_line_no_traceback(out.stderr)
    assert "2 delivered, 0 to retry, 1 parked" in out.stderr and "notices retry" in out.stderr
    shown = json.loads(cspr("case", "show", ref, "--json").stdout)
    parked = {n["kind"]: n for n in shown["notices"]}["panel_notification"]
    assert parked["status"] == "parked" and "already holds a different message" in parked["last_error"]
    [task] = [t for t in shown["tasks"] if t["kind"] == "notice_delivery"]
    assert task["status"] == "open" and task["owner_role"] == "support_team"
    assert panel["uid"] in task["title"]

    # Refusals change nothing: a notice that is not parked, an unknown one, no notice, a partner.
    delivered_id = str(notices(cspr, ref)["partner_notice"]["id"])
    for args, words in (
        ((delivered_id,), "is delivered, not parked"),
        (("999",), "no notice 999"),
        (("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",), "no notice or digest has uid"),
        (("banana",), "neither a notice id"),
        ((), "--all-parked"),
        ((str(parked["id"]), "--all-parked"), "not both"),
    ):
        refused = cspr("notices", "retry", *args)
        assert refused.returncode == 2, (args, refused.stdout)
        one_line_no_traceback(refused.stderr)
        assert words in refused.stderr
    partner = cspr("notices", "retry", panel["uid"], env={"CSPR_ROLE": "partner"})
    assert partner.returncode == 2
    assert notices(cspr, ref)["panel_notification"]["status"] == "parked"

    squatter.unlink()  # the person has looked and cleared the way
    retried = cspr("notices", "retry", panel["uid"])
    assert retried.returncode == 0, retried.stderr
    assert retried.stdout.strip() == f"{ref} panel_notification {panel['uid']}: queued again"
    shown = json.loads(cspr("case", "show", ref, "--json").stdout)
    assert [t["status"] for t in shown["tasks"] if t["kind"] == "notice_delivery"] == ["done"]
    out = cspr("notices", "dispatch")
    assert out.returncode == 0, out.stderr
    assert notices(cspr, ref)["panel_notification"]["status"] == "delivered"
    assert cspr("notices", "retry", "--all-parked").stdout.strip() == "no parked notices"
    assert cspr("audit", "verify").returncode == 0


def test_an_orphan_tmp_file_is_removed_by_the_next_dispatch(cspr, tmp_path):
    ref = log(cspr, tmp_path)
    folder = tmp_path / "outbox" / ref
    folder.mkdir(parents=True)
    orphan = folder / ".0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d-panel_notification.deadbeef.tmp"
    orphan.write_bytes(b"half a message, cut off by a crash")
    keep = folder / "notes.txt"  # not ours: left alone
    keep.write_text("a person's note")
    out = cspr("notices", "dispatch", "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["orphans_removed"] == 1
    assert not orphan.exists() and keep.exists()
    assert sorted(p.suffix for p in folder.iterdir()) == [".eml", ".eml", ".eml", ".txt"]


def test_the_uid_column_is_unique_and_filled(cspr, tmp_path):
    log(cspr, tmp_path)
    with sqlite3.connect(tmp_path / "cspr.db") as db:
        uids = [r[0] for r in db.execute("SELECT uid FROM notices ORDER BY id")]
        assert len(uids) == 3 and len(set(uids)) == 3 and all(len(u) == 36 for u in uids)
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE notices SET uid = ? WHERE id = 2", (uids[0],))
