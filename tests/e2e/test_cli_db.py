"""`cspr db backup` and `cspr db restore` on SQLite and PostgreSQL: a restored store is the same store."""

import itertools
import json
import stat
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import Cspr
from tests.store_fixture import populate

SLT = ["--as", "Synthetic slt", "--role", "slt"]
_names = itertools.count(1)


def new_store(kind: str, tmp_path: Path, request: pytest.FixtureRequest, label: str) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / f'{label}.db'}"
    cluster = request.getfixturevalue("pg_cluster")
    name = f"db_{label}_{next(_names)}"
    cluster.execute(f"CREATE DATABASE {name} TEMPLATE cspr_template")
    return str(cluster.url(name))


def shown(cspr: Cspr, refs: list[str]) -> list[Any]:
    """Each case as `case show --json` prints it; clocks sorted by kind and party, since the
    query orders them by due date and kind only (per-partner clocks tie)."""
    out = []
    for ref in refs:
        r = cspr("case", "show", ref, "--json", *SLT)
        assert r.returncode == 0, r.stderr
        case = json.loads(r.stdout)
        case["clocks"].sort(key=lambda c: (c["kind"], c["party"] or ""))
        out.append(case)
    return out


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_backup_then_restore_into_a_fresh_store_gives_the_same_cases(kind, tmp_path, request):
    source = Cspr(
        base_env={
            "CSPR_DATABASE_URL": new_store(kind, tmp_path, request, "source"),
            "CSPR_OUTBOX": str(tmp_path / "outbox"),
            "CSPR_AUDIT_KEY_FILE": str(tmp_path / "audit.key"),
        }
    )
    refs = populate(source, tmp_path)
    before = shown(source, refs)
    backup = tmp_path / "cspr.backup"
    made = source("db", "backup", str(backup))
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == f"backed up to {backup}"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600

    fresh = Cspr(
        base_env={
            "CSPR_DATABASE_URL": new_store(kind, tmp_path, request, "fresh"),
            "CSPR_AUDIT_KEY_FILE": str(tmp_path / "audit.key"),  # the same key and anchor
        }
    )
    restored = fresh("db", "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    verify = fresh("audit", "verify", *SLT)
    assert verify.returncode == 0, verify.stderr
    assert verify.stdout.startswith("audit trail intact:")
    assert shown(fresh, refs) == before

    # the store now holds cases: a second restore needs --force, and says so in one line
    refused = fresh("db", "restore", str(backup))
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "holds cases" in refused.stderr and "--force" in refused.stderr
    forced = fresh("db", "restore", str(backup), "--force")
    assert forced.returncode == 0, forced.stderr
    assert shown(fresh, refs) == before
    assert fresh("audit", "verify", *SLT).returncode == 0


def test_bad_backup_paths_get_one_line(tmp_path, cspr):
    missing = cspr("db", "restore", str(tmp_path / "nope.backup"))
    assert missing.returncode == 2
    assert (
        missing.stderr
        == f"cspr: {tmp_path / 'nope.backup'}: no such file; give the path of a `cspr db backup` file\n"
    )
    junk = tmp_path / "junk.backup"
    junk.write_text("not a backup")
    bad = cspr("db", "restore", str(junk))
    assert bad.returncode == 2 and "not a cspr backup" in bad.stderr
    (tmp_path / "taken").write_text("x")
    taken = cspr("db", "backup", str(tmp_path / "taken"))
    assert taken.returncode == 2
    assert taken.stderr == f"cspr: {tmp_path / 'taken'}: already exists; give a new file name\n"
