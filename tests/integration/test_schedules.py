"""Schedules are written once: prefect.yaml's, which `cspr serve` reads too."""

import asyncio
from datetime import UTC, datetime

from prefect.server.schemas.schedules import CronSchedule

from workflows.schedules import Schedule, deployment_schedules


def _next_runs(schedule: Schedule, start: datetime, n: int) -> list[datetime]:
    """The next runs as Prefect's server scheduler computes them, in UTC."""
    cron = CronSchedule(cron=schedule.cron, timezone=schedule.timezone)
    dates = asyncio.run(cron.get_dates(n=n, start=start))
    return [d.astimezone(UTC).replace(tzinfo=UTC) for d in dates]


def test_the_sweep_runs_at_0800_london_on_weekdays_across_the_clock_change():
    (sweep,) = deployment_schedules()["deadline-sweep"]
    assert sweep == Schedule("0 8 * * 1-5", "Europe/London")
    # British Summer Time begins Sun 29 Mar 2026: 08:00 is 08:00 UTC on Fri 27 Mar (GMT) and
    # 07:00 UTC on Mon 30 Mar (BST); nothing on the weekend of 28-29 Mar.
    runs = _next_runs(sweep, datetime(2026, 3, 26, 9, 0, tzinfo=UTC), 3)
    assert runs == [
        datetime(2026, 3, 27, 8, 0, tzinfo=UTC),
        datetime(2026, 3, 30, 7, 0, tzinfo=UTC),
        datetime(2026, 3, 31, 7, 0, tzinfo=UTC),
    ]


def test_cspr_serve_runs_prefect_yaml_schedules_and_the_partnership_digest():
    from workflows.cli.sweep import served_deployments
    from workflows.config import load_partnership

    declared = deployment_schedules()
    served = {d.name: d for d in served_deployments(None)}
    assert set(served) == {"deadline-sweep", "slt-digest", "dispatch-notices"}
    for name in ("deadline-sweep", "dispatch-notices"):
        got = [Schedule(s.schedule.cron, s.schedule.timezone) for s in served[name].schedules]
        assert got == declared[name], name
        assert served[name].concurrency_limit == 1
    # The digest follows the partnership's [digest]; prefect.yaml must say the same for the
    # shipped partnership file, or the two ways of running cspr would send it on different days.
    digest = load_partnership(None).digest
    got = [Schedule(s.schedule.cron, s.schedule.timezone) for s in served["slt-digest"].schedules]
    assert got == [Schedule(digest.cron, digest.timezone)] == declared["slt-digest"]
