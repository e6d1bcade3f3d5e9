"""What cspr writes is readable by its owner only (0600 files, 0700 folders), even under umask 022.

Aware Thu 24 Dec 2026; "today" is Tue 29 Dec 2026.
"""

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from tests.conftest import incident
from tests.e2e.conftest import SAM_ON_29_DEC
from workflows.files import tighten_store


@pytest.fixture
def umask_022():
    before = os.umask(0o022)
    yield
    os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_store_var_outbox_and_report_are_owner_only(cspr, tmp_path, umask_022):
    home = tmp_path / "home"
    env = {
        "CSPR_HOME": str(home),
        "CSPR_DATABASE_URL": "",  # the default store: var/cspr.db under CSPR_HOME
        "CSPR_OUTBOX": str(home / "var" / "outbox"),
        **SAM_ON_29_DEC,
    }
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident()))
    assert cspr("incident", "log", "-f", str(path), env=env).returncode == 0
    assert cspr("notices", "dispatch", env=env).returncode == 0
    reports = home / "var" / "reports"
    assert cspr("report", "annual", "--year", "2026", "--out", str(reports), env=env).returncode == 0

    var = home / "var"
    folders = [var, var / "outbox", *[p for p in (var / "outbox").rglob("*") if p.is_dir()], reports]
    files = [var / "cspr.db", *(var / "outbox").rglob("*.eml"), *reports.iterdir()]
    assert len(files) >= 4 and len(folders) >= 4  # the store, some notices, the two report files
    assert {str(p): oct(mode(p)) for p in folders} == {str(p): "0o700" for p in folders}
    assert {str(p): oct(mode(p)) for p in files} == {str(p): "0o600" for p in files}
    assert os.umask(0o022) == 0o022  # the command gave back the umask it found


def test_wal_and_shm_files_and_an_older_store_are_tightened(tmp_path, umask_022):
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:  # a store made before, under umask 022
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")
        wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
        assert (mode(db), mode(wal), mode(shm)) == (0o644, 0o644, 0o644)
        tighten_store(f"sqlite:///{db}")
        assert (mode(db), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
