"""add_working_days: cspr against `holidays` and scalar `numpy.busday_offset`.

Run with ``python -m bench.calendar_bench`` (or ``python -m bench``).  All three answer the
same 20,000 seeded random (date, n) inputs; their answers are checked to be identical before
anything is timed.  Each timing is the best of a few repeats of the whole input list, and
includes the cost of the Python ``for`` loop (shown separately as "empty loop").

Goals: cspr is at least 20x faster than ``holidays``' ``get_nth_working_day`` and faster than
scalar ``numpy.busday_offset``.  Exit status: 0 if the goals hold, 1 if any answers differ,
2 if the answers agree but a goal is missed.
"""

from __future__ import annotations

import platform
import random
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta

import holidays
import numpy as np

import calendars

SEED = 20260101
INPUTS = 20_000
FIRST, LAST = date(2000, 1, 1), date(2059, 12, 31)
STEPS = [n for n in range(-30, 31) if n != 0]
REPEATS = 5
HOLIDAYS_REPEATS = 3  # the slow one: fewer repeats keep the run short
GOAL_VS_HOLIDAYS = 20.0

Pairs = list[tuple[date, int]]


def make_inputs(count: int = INPUTS, seed: int = SEED) -> Pairs:
    """``count`` (date, n) pairs: dates uniform in 2000-2059, n in -30..30 except 0."""
    rng = random.Random(seed)
    span = (LAST - FIRST).days
    return [(FIRST + timedelta(days=rng.randint(0, span)), rng.choice(STEPS)) for _ in range(count)]


def best_of(repeats: int, run: Callable[[], None]) -> float:
    """The fastest of ``repeats`` wall-clock timings of ``run()``, in seconds."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def first_difference(name: str, expected: Sequence[date], got: Sequence[date], pairs: Pairs) -> str:
    for (d, n), want, have in zip(pairs, expected, got, strict=True):
        if want != have:
            return f"{name}: add_working_days({d}, {n}) gave {have}, cspr gave {want}"
    return ""


def main() -> int:
    """Check, time and report; return the exit status described in the module docstring."""
    print("add_working_days benchmark")
    print(
        f"machine: {platform.platform()} ({platform.machine()}), "
        f"{platform.python_implementation()} {platform.python_version()}; "
        f"holidays {holidays.__version__}, numpy {np.__version__}"
    )

    cal = calendars.england_and_wales()
    h = holidays.country_holidays(
        "GB", subdiv="ENG", years=range(calendars.FIRST_YEAR, calendars.LAST_YEAR + 1)
    )
    busdaycal = np.busdaycalendar(holidays=np.array(sorted(h.keys()), dtype="datetime64[D]"))

    pairs = make_inputs()
    # numpy: "d is day 0" means roll a non-working d back before stepping forward, and forward
    # before stepping back; inputs are converted to datetime64[D] outside the timing.
    triples = [(np.datetime64(d, "D"), n, "backward" if n > 0 else "forward") for d, n in pairs]

    cspr_add = cal.add_working_days
    nth = h.get_nth_working_day
    offset = np.busday_offset

    def run_cspr() -> None:
        for d, n in pairs:
            cspr_add(d, n)

    def run_holidays() -> None:
        for d, n in pairs:
            nth(d, n)

    def run_numpy() -> None:
        for d64, n, roll in triples:
            offset(d64, n, roll=roll, busdaycal=busdaycal)

    def run_empty() -> None:
        for _d, _n in pairs:
            pass

    # 1. Identical answers on every input, or stop.
    want = [cspr_add(d, n) for d, n in pairs]
    got_holidays = [nth(d, n) for d, n in pairs]
    got_numpy = [offset(d64, n, roll=roll, busdaycal=busdaycal).item() for d64, n, roll in triples]
    problems = [
        first_difference("holidays", want, got_holidays, pairs),
        first_difference("numpy", want, got_numpy, pairs),
    ]
    problems = [p for p in problems if p]
    if problems:
        print("FAIL: the implementations disagree:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print(f"inputs: {len(pairs):,} (seed {SEED}); all three implementations agree on every one")

    # 2. Timings.
    per_call = {
        "cspr": best_of(REPEATS, run_cspr) / len(pairs),
        "holidays": best_of(HOLIDAYS_REPEATS, run_holidays) / len(pairs),
        "numpy (scalar)": best_of(REPEATS, run_numpy) / len(pairs),
    }
    empty = best_of(REPEATS, run_empty) / len(pairs)
    base = per_call["cspr"]
    print()
    print(f"{'implementation':<16} {'µs per call':>12}  ratio to cspr")
    for name, seconds in per_call.items():
        ratio = seconds / base
        if name == "cspr":
            text = "1.0x (baseline)"
        elif ratio >= 1:
            text = f"{name} is {ratio:.1f}x slower than cspr"
        else:
            text = f"{name} is {1 / ratio:.1f}x faster than cspr"
        print(f"{name:<16} {seconds * 1e6:>12.3f}  {text}")
    print(f"{'(empty loop)':<16} {empty * 1e6:>12.3f}  per-iteration loop cost, included above")

    vs_holidays = per_call["holidays"] / base
    vs_numpy = per_call["numpy (scalar)"] / base
    ok = vs_holidays >= GOAL_VS_HOLIDAYS and vs_numpy > 1
    print()
    print(
        f"goals {'HOLD' if ok else 'NOT MET'}: "
        f">= {GOAL_VS_HOLIDAYS:.0f}x faster than holidays ({vs_holidays:.1f}x: "
        f"{'yes' if vs_holidays >= GOAL_VS_HOLIDAYS else 'no'}); "
        f"faster than scalar numpy ({vs_numpy:.1f}x: {'yes' if vs_numpy > 1 else 'no'})"
    )
    return 0 if ok else 2


if __name__ == "__main__":
    sys.exit(main())
