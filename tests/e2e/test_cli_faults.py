"""Faults of input and environment: each is one line on stderr, the right exit status, no
traceback, and nothing stored. Bad input exits 2; a fault of the environment (the case store, a
folder, the disk) exits 1.

"today" is Tue 29 Dec 2026; the incident was known on Thu 24 Dec 2026.
"""

import json
import resource
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import incident
from tests.e2e.conftest import CSPR, SAM_ON_29_DEC, Result, row_counts

MARKER = "Zebrafinch"  # in the summary and reported_by: it must never reach an error message


@pytest.fixture
def cspr_env(cspr_env: dict[str, str]) -> dict[str, str]:
    return {**cspr_env, **SAM_ON_29_DEC}


def one_line(out: Result | subprocess.CompletedProcess, code: int, *words: str) -> None:
    assert out.returncode == code, (out.returncode, out.stderr)
    assert out.stderr.startswith("cspr: ") and out.stderr.count("\n") == 1, out.stderr
    assert "Traceback" not in out.stderr + out.stdout
    assert MARKER not in out.stderr + out.stdout
    assert "parameters" not in out.stderr.lower() and "INSERT" not in out.stderr
    for w in words:
        assert w in out.stderr, (w, out.stderr)


@dataclass(frozen=True)
class Fault:
    """A way to break a command: set it up in ``tmp``, then the arguments and environment to run."""

    code: int
    words: tuple[str, ...]
    arrange: Callable[[Path], tuple[list[str], dict[str, str]]]


def report_file(tmp: Path) -> Path:
    path = tmp / "incident.json"
    path.write_text(json.dumps(incident(summary=f"Synthetic {MARKER} summary.", reported_by=MARKER)))
    return path


def log_with(url: Callable[[Path], str]) -> Callable[[Path], tuple[list[str], dict[str, str]]]:
    def arrange(tmp: Path) -> tuple[list[str], dict[str, str]]:
        return ["incident", "log", "-f", str(report_file(tmp))], {"CSPR_DATABASE_URL": url(tmp)}

    return arrange


def log_file(content: bytes | None) -> Callable[[Path], tuple[list[str], dict[str, str]]]:
    def arrange(tmp: Path) -> tuple[list[str], dict[str, str]]:
        path = tmp / "in.json"
        if content is None:
            path.mkdir()
        else:
            path.write_bytes(content)
        return ["incident", "log", "-f", str(path)], {}

    return arrange


def folder_db(tmp: Path) -> str:
    (tmp / "db-folder").mkdir()
    return f"sqlite:///{tmp / 'db-folder'}"


def garbage_db(tmp: Path) -> str:
    (tmp / "garbage.db").write_bytes(b"this is not SQLite " * 400)
    return f"sqlite:///{tmp / 'garbage.db'}"


def under_a_file(tmp: Path) -> str:
    (tmp / "plain").write_text("a file, not a folder")
    return f"sqlite:///{tmp / 'plain' / 'cspr.db'}"


def report_into(folder: Callable[[Path], Path]) -> Callable[[Path], tuple[list[str], dict[str, str]]]:
    def arrange(tmp: Path) -> tuple[list[str], dict[str, str]]:
        return ["report", "annual", "--year", "2026", "--out", str(folder(tmp))], {}

    return arrange


def file_as_folder(tmp: Path) -> Path:
    (tmp / "plain").write_text("a file, not a folder")
    return tmp / "plain" / "reports"


FAULTS = {
    # bad input: exit 2
    "deeply nested JSON": Fault(2, ("nested more than 20 deep",), log_file(b"[" * 50_000 + b"]" * 50_000)),
    "binary file": Fault(2, ("not a UTF-8 JSON file: ",), log_file(b"\x89PNG\r\n\x1a\n\x00\xff")),
    "empty file": Fault(2, ("not valid JSON",), log_file(b"")),
    "file is a folder": Fault(2, ("is a folder",), log_file(None)),
    "missing file": Fault(2, ("no such file",), lambda tmp: (["incident", "log", "-f", str(tmp / "no")], {})),
    # the environment: exit 1
    "database URL is not a URL": Fault(
        1, ("CSPR_DATABASE_URL: not a database URL",), log_with(lambda t: "not a url")
    ),
    "unsupported driver": Fault(
        1,
        ("CSPR_DATABASE_URL: that database driver is not supported",),
        log_with(lambda t: "oracle+nope://x/y"),
    ),
    "driver not installed": Fault(1, ("is not installed",), log_with(lambda t: "mysql://x/y")),
    "database is a folder": Fault(1, ("the case store cannot be opened",), log_with(folder_db)),
    "database is not SQLite": Fault(1, ("is not a cspr database",), log_with(garbage_db)),
    "database folder cannot be made": Fault(1, ("plain",), log_with(under_a_file)),
    "report into a file's path": Fault(1, ("plain",), report_into(file_as_folder)),
    "report into /proc": Fault(1, ("/proc/",), report_into(lambda t: Path("/proc/cspr-reports"))),
}


@pytest.mark.parametrize("name", list(FAULTS))
def test_each_fault_is_one_line_with_its_exit_status_and_nothing_stored(cspr, tmp_path, name):
    fault = FAULTS[name]
    args, env = fault.arrange(tmp_path)
    db = tmp_path / "cspr.db"
    out = cspr(*args, env=env)
    one_line(out, fault.code, *fault.words)
    assert row_counts(db).get("cases", 0) == 0
    assert not list(tmp_path.glob("**/annual-report-*"))


def test_a_read_only_store_refuses_a_write_in_one_line(cspr, tmp_path):
    db = tmp_path / "cspr.db"
    assert cspr("incident", "log", "-f", str(report_file(tmp_path))).returncode == 0
    before = row_counts(db)
    second = tmp_path / "second.json"
    second.write_text(json.dumps(incident(reference="SYN-0002", summary=f"Synthetic {MARKER}.")))
    read_only = {"CSPR_DATABASE_URL": f"sqlite:///file:{db}?mode=ro&uri=true"}
    one_line(cspr("incident", "log", "-f", str(second), env=read_only), 1, "the case store is read-only")
    assert row_counts(db) == before


def test_a_failed_write_names_no_sql_parameter_and_no_child_detail(cspr, tmp_path):
    db = tmp_path / "cspr.db"
    assert cspr("cases").returncode == 0  # makes the store
    with sqlite3.connect(db) as conn:  # a store that refuses every new case, as a broken one would
        conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON cases BEGIN SELECT RAISE(ABORT, 'no'); END")
    one_line(cspr("incident", "log", "-f", str(report_file(tmp_path))), 1, "the case store failed")
    assert row_counts(db)["cases"] == 0


def _small_files() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (48 * 1024, 48 * 1024))  # Python ignores SIGXFSZ


def test_a_full_disk_is_one_line_and_stores_nothing(cspr, tmp_path):
    """A real process whose files may not grow past 48 KiB, as on a full disk."""
    db = tmp_path / "full" / "cspr.db"
    env = cspr.process_env({"CSPR_DATABASE_URL": f"sqlite:///{db}"})
    out = subprocess.run(
        [CSPR, "incident", "log", "-f", str(report_file(tmp_path))],
        env=env,
        capture_output=True,
        text=True,
        preexec_fn=_small_files,
        timeout=120,
    )
    one_line(out, 1, "the case store")
    assert row_counts(db).get("cases", 0) == 0
