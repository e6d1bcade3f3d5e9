"""A throwaway PostgreSQL cluster for the tests: initdb and pg_ctl, no system service.

The cluster lives under ``var/pg-test/`` (one folder per test session, removed at its end),
listens on 127.0.0.1 only at a free port, trusts local connections from its one user ``cspr``,
and trades durability for speed (no fsync). As root, the server runs as the ``postgres`` user
(PostgreSQL refuses to run as root) through ``runuser``.

``make test`` installs PostgreSQL with apt-get where ``pg_ctl`` is missing; ``make postgres``
starts a cluster like this one by hand for a shell session.
"""

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOME = ROOT / "var" / "pg-test"
USER = "cspr"


def bin_dir() -> Path | None:
    """The newest ``/usr/lib/postgresql/N/bin`` holding pg_ctl, else the folder of pg_ctl on PATH."""
    found = sorted(
        (p for p in Path("/usr/lib/postgresql").glob("*/bin") if (p / "pg_ctl").is_file()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1]
    on_path = shutil.which("pg_ctl")
    return Path(on_path).resolve().parent if on_path else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """One PostgreSQL server in its own folder; ``url(db)`` gives a cspr database URL for it."""

    def __init__(self, folder: Path, bindir: Path) -> None:
        self.folder = folder
        self.bindir = bindir
        self.data = folder / "data"
        self.port = free_port()
        self.runas = "postgres" if os.geteuid() == 0 else None

    def _run(self, tool: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / tool), *args]
        if self.runas:
            command = ["runuser", "-u", self.runas, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        if done.returncode != 0:
            raise RuntimeError(
                f"{tool} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}"
            )
        return done

    def init(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        if self.runas:
            entry = pwd.getpwnam(self.runas)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            USER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )

    def start(self) -> None:
        options = " ".join(
            [
                f"-p {self.port}",
                "-c listen_addresses=127.0.0.1",
                f"-c unix_socket_directories={self.folder}",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=200",
                "-c shared_buffers=32MB",
            ]
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "server.log"),
            "-o",
            options,
            "-w",
            "start",
        )

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def restart(self) -> None:
        """Stop the server at once (every connection drops) and start it again on the same port."""
        self.stop()
        self.start()

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE DATABASE cannot run in one)."""
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user={USER} dbname=postgres", autocommit=True
        ) as c:
            c.execute(sql)  # type: ignore[arg-type]


def start(folder: Path | None = None) -> Cluster | None:
    """A new cluster, started; None when PostgreSQL is not installed."""
    bindir = bin_dir()
    if bindir is None:
        return None
    cluster = Cluster(folder or HOME / f"session-{os.getpid()}", bindir)
    cluster.init()
    cluster.start()
    return cluster


def remove(cluster: Cluster) -> None:
    try:
        cluster.stop()
    finally:
        shutil.rmtree(cluster.folder, ignore_errors=True)


if __name__ == "__main__":  # `make postgres`: a cluster for a shell session, until Ctrl-C
    made = start(HOME / "shell")
    if made is None:
        sys.exit("no PostgreSQL: install it (apt-get install postgresql) or run `make test` once")
    print(f"export CSPR_DATABASE_URL={made.url('postgres')}  # then: cspr db upgrade", flush=True)
    try:
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C ends the shell session's cluster
            subprocess.run(["sleep", "infinity"], check=False)
    finally:
        remove(made)
