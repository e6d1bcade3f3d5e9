"""Shared fixtures: a fresh case store per test on real SQLite, the shipped configuration."""

import json
import os
import socket
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import Envelope, Session
from hypothesis import settings

import workflows  # noqa: F401  (first: sets Prefect's environment defaults before Prefect is imported)

ROOT = Path(__file__).resolve().parents[1]

# Property tests check results, not speed: a loaded CI machine must not fail them on time.
settings.register_profile("cspr", deadline=None)
settings.load_profile("cspr")

# Never touch a developer's ~/.prefect or the project's var/ from tests.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


E2E = ROOT / "tests" / "e2e"


@pytest.hookimpl(tryfirst=True)  # before -m selects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/e2e carries the ``e2e`` marker (``-m "not e2e"`` skips them)."""
    for item in items:
        if item.path.is_relative_to(E2E):
            item.add_marker(pytest.mark.e2e)


def incident(**changes: Any) -> dict[str, Any]:
    """A synthetic incident report (initials QZ are used nowhere else, so leaks are findable)."""
    data: dict[str, Any] = {
        "local_authority": "hackney",
        "incident_date": "2026-12-22",
        "aware_date": "2026-12-24",
        "harm": "serious_harm",
        "abuse_or_neglect": "suspected",
        "location": "in_area",
        "looked_after": False,
        "children": [{"initials": "QZ", "age": 4, "sex": "female"}],
        "summary": "Synthetic: injuries not consistent with the account given.",
        "criminal_investigation": False,
        "reported_by": "Synthetic hospital safeguarding team",
        "reference": "SYN-0001",
    }
    data.update(changes)
    return data


@pytest.fixture
def incident_file(tmp_path: Path) -> Path:
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident()))
    return path


# Suites that run against both backends: each of their tests that uses a store runs on SQLite
# and on PostgreSQL (a fresh database per test, copied from a template already at head).
BOTH_BACKENDS = {
    "test_intake.py",
    "test_outbox.py",
    "test_sweep_walk.py",
    "test_ledger.py",
    "test_review.py",
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and metafunc.definition.path.name in BOTH_BACKENDS:
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    """The session's throwaway PostgreSQL (tests/pgcluster.py) with a template database at head.

    Without PostgreSQL the tests that need it skip, saying so; with CI=true they fail instead.
    """
    from tests import pgcluster

    if pgcluster.bin_dir() is None:
        message = "PostgreSQL is not installed (no pg_ctl): `make test` installs it with apt-get"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message + "; CI=true, so the PostgreSQL tests fail rather than skip")
        pytest.skip(message)
    cluster = pgcluster.start()
    assert cluster is not None
    try:
        from store import schema
        from store.database import make_engine

        cluster.execute("CREATE DATABASE cspr_template")
        engine = make_engine(cluster.url("cspr_template"), create=False)
        schema.upgrade(engine)
        engine.dispose()
        yield cluster
    finally:
        pgcluster.remove(cluster)


_databases = iter(range(1, 1_000_000))


@pytest.fixture
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The store's URL: SQLite in tmp_path, or (when parametrised) a new PostgreSQL database."""
    if getattr(request, "param", "sqlite") == "sqlite":
        return f"sqlite:///{tmp_path / 'cspr.db'}"
    cluster = request.getfixturevalue("pg_cluster")
    name = f"test_{os.getpid()}_{next(_databases)}"
    cluster.execute(f"CREATE DATABASE {name} TEMPLATE cspr_template")
    return str(cluster.url(name))


@pytest.fixture
def db_url(backend: str) -> str:
    return backend


@pytest.fixture
def services(db_url: str, tmp_path: Path) -> Iterator[Any]:
    from notifications import NoticeRenderer
    from store.database import make_engine
    from workflows import bootstrap
    from workflows.handlers.context import Services

    partnership, cal = bootstrap.load(None)
    engine = make_engine(db_url)
    if not db_url.startswith("sqlite"):  # a SQLite store keeps its key beside it; elsewhere, here
        from store import audit_seal

        audit_seal.attach(engine, audit_seal.load(None, tmp_path / "audit.key", tmp_path / "anchor.jsonl"))
    yield Services(engine=engine, partnership=partnership, calendar=cal, renderer=NoticeRenderer())
    engine.dispose()


def at(day: date) -> Any:
    """A Now for a given London date (09:00 UTC that day)."""
    from workflows.handlers.context import Now

    return Now(at=datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC), today=day)


# A real SMTP server on 127.0.0.1 (aiosmtpd), for channel and dispatch tests.
class Handler:
    """Keeps every envelope; refuses recipients whose address starts with 'refuse'."""

    def __init__(self) -> None:
        self.envelopes: list[Envelope] = []

    async def handle_RCPT(
        self, server: SMTPServer, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if address.startswith("refuse"):
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[tuple[Handler, int]]:
    handler = Handler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()
