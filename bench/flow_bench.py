"""Incident intake through the ``log-incident`` flow, beside a no-op Prefect flow run.

Run with ``python -m bench.flow_bench`` (or ``python -m bench``). One process, one temporary
SQLite case store and one Prefect server of its own (``workflows/local_server.py``, a fresh
``PREFECT_HOME``; or ``PREFECT_API_URL`` when set). After one warm-up run of each, it times
``N`` runs of a no-op sync flow and ``N`` runs of ``log_incident_flow``, each a new synthetic
incident (its own reference, so each opens a case, plans its clocks and queues its notices).

Reported: incidents per second through the flow, the no-op flow's runs per second, and the
ratio of one intake run's time to one no-op run's: what cspr's work adds to Prefect's own
cost of a run (a sync flow run costs about a second: the engine joins its heartbeat thread).
Exit status 0: the figures are for reading, not a gate.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from workflows.local_server import prefect_api

N = 10


def _incident(i: int) -> dict[str, object]:
    return {
        "local_authority": "hackney",
        "incident_date": "2026-12-22",
        "aware_date": "2026-12-24",
        "harm": "serious_harm",
        "abuse_or_neglect": "suspected",
        "location": "in_area",
        "looked_after": False,
        "children": [{"initials": "BX", "age": 3, "sex": "male"}],
        "summary": "Synthetic bench incident.",
        "criminal_investigation": False,
        "reported_by": "Synthetic bench",
        "reference": f"BENCH-{i:04d}",
    }


def main() -> int:
    """Run the benchmark and print its report."""
    with tempfile.TemporaryDirectory(prefix="cspr-flow-bench-") as tmp:
        root = Path(tmp)
        os.environ["CSPR_DATABASE_URL"] = f"sqlite:///{root / 'cspr.db'}"
        os.environ["CSPR_OUTBOX"] = str(root / "outbox")
        os.environ.setdefault("CSPR_TODAY", "2026-12-29")
        server = prefect_api(root / "prefect", root / "prefect-server.log")
        try:
            return _measure(root)
        finally:
            if server is not None:  # before its folder goes
                server.stop()


def _measure(root: Path) -> int:
    from prefect import flow

    from workflows.flows import log_incident_flow

    @flow(name="no-op")
    def noop() -> None:
        """A flow that does nothing: Prefect's own cost of one sync run."""

    files = []
    for i in range(N + 1):
        path = root / f"incident-{i}.json"
        path.write_text(json.dumps(_incident(i)))
        files.append(path)
    noop()
    log_incident_flow(incident_file=str(files[0]), actor="Bench Support")  # warm-up
    t0 = time.perf_counter()
    for _ in range(N):
        noop()
    noop_s = (time.perf_counter() - t0) / N
    t0 = time.perf_counter()
    for path in files[1:]:
        assert log_incident_flow(incident_file=str(path), actor="Bench Support")["created"]
    intake_s = (time.perf_counter() - t0) / N
    print(f"Incident intake through the log-incident flow (SQLite, {N} incidents, sync flows)")
    print(f"  no-op flow run:       {noop_s * 1000:8.1f} ms/run   {1 / noop_s:6.2f} runs/s")
    print(f"  log-incident flow:    {intake_s * 1000:8.1f} ms/run   {1 / intake_s:6.2f} incidents/s")
    print(f"  ratio to no-op run:   {intake_s / noop_s:8.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
