"""The one way the end-to-end tests run `cspr`: its `main(argv)` in this process.

Each call gets what a fresh `cspr` process would: the test's CSPR_* environment (and nothing
else's), its own stdout and stderr, an exit code, and no engine or configuration carried over
from the call before. Tests where the process itself is the point (the console script, many
processes at once) use ``Cspr.process_env`` with the real ``CSPR`` executable.
"""

import contextlib
import io
import os
import sqlite3
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine

CSPR = str(Path(sys.executable).parent / "cspr")
"""The installed console script, for the tests that need a real process."""


@dataclass(frozen=True)
class Result:
    """What a `cspr` run gave back, shaped like ``subprocess.CompletedProcess``."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str


@dataclass
class Cspr:
    """Runs `cspr ARGS` in process with the test's environment; ``env`` adds to it per call."""

    base_env: dict[str, str]

    def __call__(self, *args: str, env: Mapping[str, str] | None = None) -> Result:
        from workflows import bootstrap, services
        from workflows.cli import main

        argv = list(args)
        engines: list[Engine] = []
        make_engine = services.make_engine

        def recording_make_engine(url: str, **kwargs: Any) -> Engine:
            engine = make_engine(url, **kwargs)
            engines.append(engine)
            return engine

        out, err = io.StringIO(), io.StringIO()
        with pytest.MonkeyPatch.context() as mp:
            for key in [k for k in os.environ if k.startswith("CSPR_")]:
                mp.delenv(key)
            for key, value in {**self.base_env, **(env or {})}.items():
                mp.setenv(key, value)
            mp.setattr(services, "make_engine", recording_make_engine)
            services._services.cache_clear()
            bootstrap.load.cache_clear()
            try:
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    try:
                        code = main(argv)
                    except SystemExit as exc:  # what the interpreter would make of it
                        code = exit_code(exc, err)
            finally:
                services._services.cache_clear()
                bootstrap.load.cache_clear()
                for engine in engines:
                    engine.dispose()
        return Result(argv, code, out.getvalue(), err.getvalue())

    def process_env(self, env: Mapping[str, str] | None = None) -> dict[str, str]:
        """The environment for a real `cspr` process: this one's, minus CSPR_*, plus the test's."""
        inherited = {k: v for k, v in os.environ.items() if not k.startswith("CSPR_")}
        return {**inherited, **self.base_env, **(env or {})}


def exit_code(exc: SystemExit, stderr: io.StringIO) -> int:
    """The exit status a process would end with after ``SystemExit``."""
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    print(exc.code, file=stderr)
    return 1


SAM_ON_29_DEC = {"CSPR_TODAY": "2026-12-29", "CSPR_ACTOR": "Synthetic Sam", "CSPR_ROLE": "support_team"}
"""The support team's Sam, on Tue 29 Dec 2026 (the incident of ``tests.conftest.incident`` is
known on Thu 24 Dec)."""


def row_counts(db: Path) -> dict[str, int]:
    """Rows per table of a SQLite case store (none when there is no such file)."""
    if not db.is_file():
        return {}
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


@pytest.fixture
def cspr_env(tmp_path: Path) -> dict[str, str]:
    """The CSPR_* environment every call sees (a module overrides it to add its day and actor)."""
    return {
        "CSPR_DATABASE_URL": f"sqlite:///{tmp_path / 'cspr.db'}",
        "CSPR_OUTBOX": str(tmp_path / "outbox"),
    }


@pytest.fixture
def cspr(cspr_env: dict[str, str]) -> Cspr:
    """`cspr` in process: ``cspr("case", "show", ref, "--json", env={"CSPR_ROLE": "spa"})``."""
    return Cspr(base_env=cspr_env)
