"""PostgreSQL under load and faults, through `cspr`'s own entry point on the session's cluster.

Aware Thu 17 Dec 2026: on Wed 13 Jan 2027 each case's Panel notification and partner notice are
still breached (#2), the ICSC decision and the rapid review breached (see test_cli_sweep.py for
the dates worked by hand, with Christmas Fri 25 Dec and Boxing Day's substitute Mon 28 Dec 2026).
"""

import contextlib
import io
import itertools
import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, event, text
from sqlmodel import SQLModel

from tests.conftest import incident

_names = itertools.count(1)
ACTOR = ["--as", "Sam Support", "--role", "support_team"]


@pytest.fixture
def pg_url(pg_cluster: Any) -> str:
    name = f"pgtest_{next(_names)}"
    pg_cluster.execute(f"CREATE DATABASE {name} TEMPLATE cspr_template")
    return str(pg_cluster.url(name))


@pytest.fixture
def env(pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    values = {
        "CSPR_DATABASE_URL": pg_url,
        "CSPR_OUTBOX": str(tmp_path / "outbox"),
        "CSPR_TODAY": "2026-12-17",
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return values


def count(url: str, sql: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar_one())
    finally:
        engine.dispose()


def run_all(argvs: list[list[str]]) -> list[int]:
    """Run ``main(argv)`` for each argv on its own thread, all released at one moment."""
    from workflows import bootstrap, services
    from workflows.cli import main

    services._services.cache_clear()
    bootstrap.load.cache_clear()
    engines: list[Any] = []
    make_engine = services.make_engine

    def recording(url: str, **kwargs: Any) -> Any:
        engines.append(make_engine(url, **kwargs))
        return engines[-1]

    barrier = threading.Barrier(len(argvs))
    codes: list[int] = [-1] * len(argvs)

    def one(i: int) -> None:
        barrier.wait()
        codes[i] = main(argvs[i])

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(argvs))]
    with contextlib.redirect_stdout(io.StringIO()), pytest.MonkeyPatch.context() as mp:
        mp.setattr(services, "make_engine", recording)
        # Typer sets PYDANTIC_DISABLE_PLUGINS while it parses and deletes it after when it was
        # unset, which races other threads reading os.environ (a KeyError); users run one
        # command per process, so the variable is set for the threads here (empty: no effect).
        mp.setenv("PYDANTIC_DISABLE_PLUGINS", os.environ.get("PYDANTIC_DISABLE_PLUGINS", ""))
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
    for engine in engines:
        engine.dispose()
    services._services.cache_clear()
    return codes


def test_the_tables_match_the_migration_head_on_postgresql(pg_url):
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        diffs = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), SQLModel.metadata
        )
    engine.dispose()
    assert diffs == []


def test_fifty_concurrent_submissions_of_one_incident_make_one_case(env, tmp_path):
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident(incident_date="2026-12-17", aware_date="2026-12-17")))
    codes = run_all([["incident", "log", "--file", str(path), *ACTOR] for _ in range(50)])
    assert codes == [0] * 50
    url = env["CSPR_DATABASE_URL"]
    assert count(url, "SELECT count(*) FROM cases") == 1
    one_set = count(url, "SELECT count(*) FROM notices")
    assert one_set > 0
    assert count(url, "SELECT count(DISTINCT dedupe_key) FROM notices") == one_set
    assert count(url, "SELECT count(*) FROM audit_events WHERE command = 'log_incident'") == 1


def test_two_sweeps_at_once_fire_each_rung_once(env, tmp_path):
    for n in range(6):
        path = tmp_path / f"incident-{n}.json"
        path.write_text(
            json.dumps(
                incident(incident_date="2026-12-17", aware_date="2026-12-17", reference=f"SYN-{n:04d}")
            )
        )
        assert run_all([["incident", "log", "--file", str(path), *ACTOR]]) == [0]
    codes = run_all([["sweep", "--as-of", "2027-01-13", *ACTOR] for _ in range(2)])
    assert codes == [0, 0]
    url = env["CSPR_DATABASE_URL"]
    # per case: Panel notification and partner notice still breached #2, ICSC and RR breached
    assert count(url, "SELECT count(*) FROM escalations") == 6 * 4
    assert (
        count(url, "SELECT count(DISTINCT (clock_id, rung, occurrence, ladder_round)) FROM escalations") == 24
    )
    assert count(url, "SELECT count(*) FROM notices WHERE kind IN ('breached', 'still_breached')") == 6 * 4


def test_postgresql_restarted_mid_command_gives_one_line_and_no_half_written_case(
    env, tmp_path, pg_cluster, monkeypatch
):
    from tests.e2e.conftest import Cspr
    from workflows import services

    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident(incident_date="2026-12-17", aware_date="2026-12-17")))
    make_engine = services.make_engine
    restarted = []

    def restarting_engine(url: str, **kwargs: Any) -> Any:
        engine = make_engine(url, **kwargs)

        @event.listens_for(engine, "before_cursor_execute")
        def _restart(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            if statement.startswith("INSERT INTO clocks") and not restarted:
                restarted.append(statement)
                pg_cluster.restart()  # the case row is written, its clocks not yet

        return engine

    monkeypatch.setattr(services, "make_engine", restarting_engine)
    cspr = Cspr(base_env=env)
    out = cspr("incident", "log", "--file", str(path), *ACTOR)
    assert restarted and out.returncode == 1
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("cspr: the case store at postgresql")
    assert "is unavailable" in out.stderr and "Traceback" not in out.stderr
    url = env["CSPR_DATABASE_URL"]
    assert count(url, "SELECT count(*) FROM cases") == 0  # nothing half-written
    assert count(url, "SELECT count(*) FROM audit_events") == 0

    monkeypatch.setattr(services, "make_engine", make_engine)
    again = cspr("incident", "log", "--file", str(path), *ACTOR, "--json")
    assert again.returncode == 0, again.stderr
    assert count(url, "SELECT count(*) FROM cases") == 1
    assert count(url, "SELECT count(*) FROM clocks") > 0
