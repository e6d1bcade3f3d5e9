"""Migrations: the tables match the migration head, and older SQLite stores upgrade with their data.

``tests/data/store-0001.sql`` is a store at the baseline revision, filled through `cspr` by
``tests/store_fixture.py``: two cases with their clocks, tasks, notices (delivered), rungs fired,
a decision, a ratification, a learning action and its rung, and the audit chain of it all.
"""

import json
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from store import schema
from store.database import make_engine
from tests.e2e.conftest import Cspr

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "store-0001.sql"
LATE = [  # columns added to today's tables before migrations began, and their backfill
    ("cases", "family_met_on"),
    ("decisions", "considered"),
    ("decisions", "family_rationale"),
    ("learning_actions", "added_on"),
]


def rows(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table but alembic's, by table, in id order."""
    with sqlite3.connect(path) as db:
        db.row_factory = sqlite3.Row
        names = [
            n
            for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
            if n != "alembic_version" and not n.startswith("sqlite_")
        ]
        return {n: [dict(r) for r in db.execute(f'SELECT * FROM "{n}" ORDER BY id')] for n in names}


def store_from_fixture(path: Path, age: str) -> None:
    """A SQLite store at the baseline (``0001``), made before migrations (``unversioned``), or
    made before the late columns (``before-late-columns``)."""
    with sqlite3.connect(path) as db:
        db.executescript(FIXTURE.read_text())
        if age != "0001":
            db.execute("DROP TABLE alembic_version")
        if age == "before-late-columns":
            for table, column in LATE:
                db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def test_the_tables_match_the_migration_head(tmp_path):
    """A table or column added to the SQLModel tables without a migration fails here."""
    engine = make_engine(f"sqlite:///{tmp_path / 'cspr.db'}")
    with engine.connect() as conn:
        diffs = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), SQLModel.metadata
        )
        assert schema.current(conn) == schema.head()
    engine.dispose()
    assert diffs == []


@pytest.mark.parametrize("age", ["0001", "unversioned", "before-late-columns"])
def test_an_older_store_is_upgraded_on_start_with_every_row_intact(tmp_path, age):
    db = tmp_path / "cspr.db"
    store_from_fixture(db, age)
    before = rows(db)
    assert len(before["cases"]) == 2 and len(before["audit_events"]) > 50

    cspr = Cspr(base_env={"CSPR_DATABASE_URL": f"sqlite:///{db}", "CSPR_OUTBOX": str(tmp_path / "outbox")})
    verify = cspr("audit", "verify", "--as", "Synthetic slt", "--role", "slt")
    assert verify.returncode == 0, verify.stderr
    assert verify.stdout.startswith(f"audit trail intact: {len(before['audit_events'])} events")

    after = rows(db)
    assert set(after) - set(before) == {"decision_drafts", "users"}  # tables added since 0001
    for table, kept in before.items():
        assert len(after[table]) == len(kept), table
        for old, new in zip(kept, after[table], strict=True):
            assert {k: new[k] for k in old} == old, (table, old["id"])
    if age == "before-late-columns":  # the late columns are filled in for the old rows
        assert [c["family_met_on"] for c in after["cases"]] == [None, None]
        [decision] = after["decisions"]
        assert json.loads(decision["considered"]) == [] and decision["family_rationale"] == ""
        assert [a["added_on"] for a in after["learning_actions"]] == [
            a["created_at"][:10] for a in before["learning_actions"]
        ]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(schema.head(),)]
        notnull = {r[1]: r[3] for r in conn.execute("PRAGMA table_info(learning_actions)")}
        assert notnull["added_on"] == 1  # NOT NULL, as on a new store
        uids = [r[0] for r in conn.execute("SELECT uid FROM notices")]
        assert len(uids) == len(before["notices"]) == len(set(uids)) and all(len(u) == 36 for u in uids)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

    copies = sorted(tmp_path.glob("cspr.db.at-*.bak"))
    if age == "0001" and schema.head() == "0001":
        assert copies == []  # already current: nothing to back up
    else:
        [copy] = copies
        assert copy.name.startswith(f"cspr.db.at-{'0001' if age == '0001' else 'unversioned'}-")
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert rows(copy) == before  # the copy is the store as it was

    shown = cspr("case", "show", after["cases"][0]["reference"], "--json", "--as", "S", "--role", "slt")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["reference"] == after["cases"][0]["reference"]


def test_db_current_and_upgrade_report_the_revision(tmp_path):
    db = tmp_path / "cspr.db"
    store_from_fixture(db, "unversioned")
    cspr = Cspr(base_env={"CSPR_DATABASE_URL": f"sqlite:///{db}"})
    behind = cspr("db", "current")
    assert behind.returncode == 1
    assert behind.stdout.strip() == (
        f"sqlite:///{db}: revision none (behind: run `cspr db upgrade` to reach {schema.head()})"
    )
    up = cspr("db", "upgrade", "--json")
    assert up.returncode == 0, up.stderr
    assert json.loads(up.stdout) == {
        "url": f"sqlite:///{db}",
        "before": None,
        "revision": schema.head(),
        "head": schema.head(),
    }
    again = cspr("db", "upgrade")
    assert (
        again.returncode == 0
        and again.stdout.strip() == f"sqlite:///{db}: already at revision {schema.head()}"
    )
    now = cspr("db", "current", "--json")
    assert now.returncode == 0 and json.loads(now.stdout)["current"] is True
    assert len(list(tmp_path.glob("cspr.db.at-unversioned-*.bak"))) == 1


def test_a_store_from_a_newer_cspr_is_refused_in_one_line(tmp_path):
    db = tmp_path / "cspr.db"
    store_from_fixture(db, "0001")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00d'")
    before = rows(db)
    out = Cspr(base_env={"CSPR_DATABASE_URL": f"sqlite:///{db}"})("cases", "--as", "S", "--role", "slt")
    assert out.returncode == 2
    assert out.stderr == (
        f"cspr: sqlite:///{db}: the case store is at revision f00d, which this cspr does not know "
        "(a newer cspr made it); upgrade cspr, or point CSPR_DATABASE_URL at another store\n"
    )
    assert rows(db) == before and not list(tmp_path.glob("*.bak"))


def test_a_new_store_is_made_by_the_migrations(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'cspr.db'}")
    with engine.connect() as conn:
        assert schema.current(conn) == schema.head()
    engine.dispose()
    assert not list(tmp_path.glob("*.bak"))  # nothing to back up
