"""Run every benchmark: ``python -m bench``.  Exits non-zero if any benchmark fails."""

from __future__ import annotations

import sys
from collections.abc import Callable

from bench import calendar_bench, flow_bench, sweep_bench

BENCHMARKS: list[Callable[[], int]] = [
    calendar_bench.main,
    sweep_bench.main,
    flow_bench.main,
]
"""Each benchmark prints its own report and returns a process exit status (0 = ok)."""


def main() -> int:
    """Run each benchmark in turn; return the worst exit status."""
    worst = 0
    for bench in BENCHMARKS:
        worst = max(worst, bench())
        print()
    return worst


if __name__ == "__main__":
    sys.exit(main())
