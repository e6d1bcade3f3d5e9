"""Killing `make demo` with SIGKILL leaves no Prefect server behind.

The demo starts ``prefect server start`` as a child tethered by the kernel's parent-death
signal (``workflows/local_server.py``). SIGKILL skips ``atexit``, so only the tether can stop
the server: the test kills the demo once its server answers and waits for every process under
the demo to end and the server's port to stop answering.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.prefect_server,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc"),
]


def descendants(pid: int) -> set[int]:
    """Every process below ``pid``, read from /proc's children lists."""
    found: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; only its parent's wait is missing


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as reply:
            return bool(reply.status == 200)
    except OSError:
        return False


def test_a_demo_killed_with_sigkill_takes_its_prefect_server_with_it(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env |= {"PREFECT_HOME": str(tmp_path / "prefect"), "PYTHONPATH": str(ROOT)}
    env.pop("CSPR_DATABASE_URL", None)  # the demo's default store: var/cspr.db under tmp_path
    demo = subprocess.Popen(
        [sys.executable, "-m", "workflows.demo"],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    seen: list[str] = []
    try:
        assert demo.stdout is not None
        for line in demo.stdout:  # the first heading is printed once the server answers
            seen.append(line)
            if line.startswith("=== cspr plan"):
                break
        assert any("starting Prefect" in line for line in seen), seen
        under = descendants(demo.pid)
        servers = [p for p in under if b"server\x00start" in Path(f"/proc/{p}/cmdline").read_bytes()]
        assert servers, f"no `prefect server start` under the demo: {seen}"
        log = (tmp_path / "prefect" / "server.log").read_text(errors="replace")
        port = re.search(r"--port\x00(\d+)", Path(f"/proc/{servers[0]}/cmdline").read_text())
        assert port, log
        url = f"http://127.0.0.1:{port.group(1)}/api"
        assert answers(url)
    finally:
        demo.send_signal(signal.SIGKILL)
        demo.wait(timeout=30)
        if demo.stdout is not None:
            demo.stdout.close()

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (any(alive(p) for p in under) or answers(url)):
        time.sleep(0.5)
    left = sorted(p for p in under if alive(p))
    assert not left, f"still running after the demo was killed: {left}"
    assert not answers(url), f"{url} still answers"
