"""workflows: the handlers, Prefect flows and command line.

Importing this package sets Prefect's environment defaults (below), before any of its modules
imports Prefect, because Prefect reads its settings from the environment when it is imported.
Every entry point imports it first: the ``cspr`` command line, ``make demo``, the flows a
worker loads, and the tests (``tests/conftest.py``). A value already in the environment wins.
"""

import os

PREFECT_DEFAULTS: dict[str, str] = {
    # Prefect waits 20 s by default for its temporary (local-mode) server; a busy 2-core machine
    # needs longer. The test harness and the demo's own server wait as long.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    # A server without network access logs a telemetry error otherwise.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
}

for _name, _value in PREFECT_DEFAULTS.items():
    os.environ.setdefault(_name, _value)


def prefect_startup_timeout() -> int:
    """Seconds to wait for a Prefect server to answer (the setting above, or the environment's)."""
    return int(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"])
