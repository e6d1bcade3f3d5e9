"""A Prefect server for one process's lifetime: ``make demo``'s, tied to it by the kernel.

Prefect's own local mode starts its temporary server as a plain child process and stops it
at interpreter exit, so a demo killed with SIGKILL (or SIGTERM, which skips ``atexit``)
leaves that server running. This starts ``prefect server start`` instead, on 127.0.0.1 and a
free port, with Linux's parent-death signal set: however the parent dies, the server gets
SIGTERM and stops. The parent then talks to it through ``PREFECT_API_URL``.
"""

import atexit
import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from workflows import prefect_startup_timeout

PR_SET_PDEATHSIG = 1


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _die_with(parent: int) -> Callable[[], None] | None:
    """A pre-exec hook that asks the kernel for SIGTERM when ``parent`` dies (Linux only)."""
    if not sys.platform.startswith("linux"):
        return None

    def hook() -> None:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:  # the parent died before the signal was asked for
            os._exit(1)

    return hook


class TetheredServer:
    """``prefect server start`` as a child that cannot outlive this process."""

    def __init__(self, home: Path, log: Path) -> None:
        self.home, self.log = home, log
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> str:
        """Start the server and wait until it answers; return its API URL."""
        self.home.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "PREFECT_HOME": str(self.home)}
        env.pop("PREFECT_API_URL", None)
        args = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1"]
        args += ["--port", str(self.port), "--no-ui"]
        with self.log.open("ab") as out:
            # The hook runs between fork and exec; it is started before any thread is.
            self.process = subprocess.Popen(
                args,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with(os.getpid()),
            )
        self._wait(prefect_startup_timeout())
        return self.api_url

    def _wait(self, timeout: int) -> None:
        assert self.process is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the Prefect server stopped at start; see {self.log}")
            with (
                contextlib.suppress(OSError),
                urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as answer,
            ):
                if answer.status == 200:
                    return
            time.sleep(0.25)
        self.stop()
        raise RuntimeError(
            f"the Prefect server did not answer within {timeout} s; see {self.log} "
            "(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS sets the wait)"
        )

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 10 s)."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def prefect_api(home: Path, log: Path) -> "TetheredServer | None":
    """Point Prefect at a tethered server of its own, stopped when this process ends (or sooner).

    Nothing is started when ``PREFECT_API_URL`` is set already (a server of the user's, or the
    one an earlier call started: Prefect's clients keep the URL they first read).
    """
    if os.environ.get("PREFECT_API_URL"):
        return None
    print("starting Prefect (first start takes a while)", file=sys.stderr, flush=True)
    server = TetheredServer(home, log)
    atexit.register(server.stop)
    os.environ["PREFECT_API_URL"] = server.start()
    return server
