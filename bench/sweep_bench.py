"""The deadline sweep's evaluation step at 1,000, 10,000 and 100,000 open clocks.

Run with ``python -m bench.sweep_bench`` (or ``python -m bench``).  For each size a fresh
temporary SQLite case store is filled by bulk Core inserts with synthetic cases (four clocks
each: Panel notification, partner notice, ICSC decision, rapid review), awareness dates spread
over the 60 working days before the sweep day, so clocks sit on every rung of the ladder.
No rung has fired yet, so nearly every clock has one due: the worst case for evaluation.

Timed: ``workflows.handlers.sweep.evaluate`` -- the read of every open clock's needed columns
(a Core select of tuples, streamed) and the ladder's decision for each clock.  Not timed:
firing (the escalation rows, rendering the notices, the audit events) and delivery, which
cost per rung fired, not per clock.  Each timing is the best of a few repeats; peak memory is
measured in a separate run under ``tracemalloc`` (which slows it, so it is not timed).
The per-clock cost rises somewhat at 100k because the list of ~90k due rungs triggers Python's
cyclic garbage collector (about a third of the 100k time when measured with ``gc.disable``).

Goal: 100,000 open clocks evaluated in under 2 s, with per-clock cost growing no more than
linearly (per-clock cost at 10k and 100k within 1.5x of the 1k baseline).  Exit status: 0 if
the goals hold, 2 otherwise.
"""

from __future__ import annotations

import platform
import random
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import insert

from calendars import WorkingCalendar
from notifications import NoticeRenderer
from store.database import make_engine
from store.tables import CaseRow, ClockRow
from workflows import bootstrap
from workflows.handlers.context import Services
from workflows.handlers.sweep import evaluate

SIZES = (1_000, 10_000, 100_000)
AS_OF = date(2027, 3, 17)
GOAL_SECONDS = 2.0
GOAL_GROWTH = 1.5
SEED = 20270317
KINDS = (
    ("panel_notification", 5, 0),
    ("partner_notice", 5, 0),
    ("icsc_decision", 15, 2),
    ("rapid_review_submission", 15, 0),
)


def _fill(engine: object, n_clocks: int, cal: WorkingCalendar) -> None:
    """Bulk-insert n_clocks open clocks (n_clocks / 4 cases) with seeded random awareness dates."""
    rng = random.Random(SEED)
    now = datetime(2027, 3, 17, 8, tzinfo=UTC)
    case_template = CaseRow(
        reference="",
        intake_key="",
        local_authority="hackney",
        incident_date=AS_OF,
        aware_date=AS_OF,
        harm="serious_harm",
        abuse_or_neglect="suspected",
        location="in_area",
        looked_after=False,
        criminal_investigation=False,
        summary="Synthetic bench case.",
        reported_by="bench",
        created_at=now,
        logged_by="bench",
    ).model_dump(exclude={"id"})
    clock_template = ClockRow(
        case_id=0,
        kind="",
        start=AS_OF,
        due=AS_OF,
        action_by=AS_OF,
        working_days=0,
        statutory=True,
        basis="bench",
        owner="bench",
        recipients="bench",
        explanation="Synthetic bench clock.",
    ).model_dump(exclude={"id"})
    n_cases = n_clocks // len(KINDS)
    cases, clocks = [], []
    for i in range(1, n_cases + 1):
        aware = cal.add_working_days(AS_OF, -rng.randint(0, 60))
        cases.append(
            {
                **case_template,
                "id": i,
                "reference": f"BENCH-2027-{i:06d}",
                "intake_key": f"bench-{i}",
                "aware_date": aware,
                "incident_date": aware,
            }
        )
        for kind, days, before in KINDS:
            due = cal.add_working_days(cal.add_working_days(aware, days), -before)
            clocks.append(
                {
                    **clock_template,
                    "case_id": i,
                    "kind": kind,
                    "start": aware,
                    "due": due,
                    "action_by": due,
                    "working_days": cal.working_days_between(aware, due),
                }
            )
    with engine.begin() as conn:  # type: ignore[attr-defined]
        conn.execute(insert(CaseRow), cases)
        conn.execute(insert(ClockRow), clocks)


def _measure(services: Services, repeats: int) -> tuple[float, int, int]:
    """Best wall-clock time of evaluate() over ``repeats``; clocks seen; rungs due."""
    best, seen, due = float("inf"), 0, 0
    for _ in range(repeats):
        start = time.perf_counter()
        seen, found = evaluate(services, AS_OF)
        best = min(best, time.perf_counter() - start)
        due = len(found)
    return best, seen, due


def _peak_memory(services: Services) -> int:
    tracemalloc.start()
    try:
        evaluate(services, AS_OF)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> int:
    """Run the benchmark, print the report, return 0 if the goals hold."""
    partnership, cal = bootstrap.load(None)
    print("Deadline sweep: evaluation of open clocks (read + ladder; firing and delivery excluded)")
    print(
        f"Python {platform.python_version()} on {platform.machine()}, sweep day {AS_OF}, "
        f"ladder: {', '.join(s.rung.value for s in partnership.ladder)}"
    )
    print(
        f"{'open clocks':>12} {'time':>9} {'per clock':>10} {'x 1k/clock':>10} "
        f"{'peak mem':>9} {'mem/clock':>9} {'rungs due':>9}"
    )
    results: dict[int, tuple[float, int]] = {}
    with tempfile.TemporaryDirectory(prefix="cspr-bench-") as tmp:
        for n in SIZES:
            engine = make_engine(f"sqlite:///{Path(tmp) / f'sweep-{n}.db'}")
            try:
                _fill(engine, n, cal)
                services = Services(
                    engine=engine, partnership=partnership, calendar=cal, renderer=NoticeRenderer()
                )
                seconds, seen, due = _measure(services, {1_000: 20, 10_000: 10}.get(n, 3))
                peak = _peak_memory(services)
            finally:
                engine.dispose()
            assert seen == n, f"expected {n} open clocks, evaluated {seen}"
            results[n] = (seconds, peak)
            base = results[SIZES[0]][0] / SIZES[0]
            per = seconds / n
            print(
                f"{n:>12,} {seconds:>8.3f}s {per * 1e6:>8.2f}us {per / base:>9.2f}x "
                f"{peak / 2**20:>7.1f}MB {peak / n:>8.0f}B {due:>9,}"
            )
    largest = SIZES[-1]
    t_large = results[largest][0]
    base = results[SIZES[0]][0] / SIZES[0]
    growth = max(results[n][0] / n / base for n in SIZES[1:])
    ok_time = t_large < GOAL_SECONDS
    ok_growth = growth <= GOAL_GROWTH
    print(
        f"goal: {largest:,} open clocks in < {GOAL_SECONDS:.0f} s: {t_large:.3f} s "
        f"({'met' if ok_time else 'MISSED'})"
    )
    print(
        f"goal: linear growth (per-clock cost at 10k and 100k within {GOAL_GROWTH}x of 1k): "
        f"worst {growth:.2f}x ({'met' if ok_growth else 'MISSED'})"
    )
    return 0 if ok_time and ok_growth else 2


if __name__ == "__main__":
    sys.exit(main())
