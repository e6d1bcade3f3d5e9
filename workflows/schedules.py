"""The deployments' schedules, written once in ``prefect.yaml`` and read from there by ``cspr serve``.

``prefect deploy --all`` (a work pool and workers) and ``cspr serve`` (one process) therefore
run each flow on the same cron expressions in the same time zone. The SLT digest is the one
exception in ``cspr serve``: it follows the partnership file's ``[digest]`` cron, and a test
holds ``prefect.yaml``'s digest schedule to the shipped partnership file's.
"""

from dataclasses import dataclass
from pathlib import Path

# PyYAML comes with Prefect and ships no type stubs.
import yaml  # type: ignore[import-untyped]

PREFECT_YAML = Path(__file__).resolve().parents[1] / "prefect.yaml"


@dataclass(frozen=True)
class Schedule:
    """One cron schedule of a deployment: five-field cron and its IANA time zone."""

    cron: str
    timezone: str


def deployment_schedules(path: Path = PREFECT_YAML) -> dict[str, list[Schedule]]:
    """Each deployment's cron schedules, by deployment name (an empty list for none)."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        d["name"]: [Schedule(s["cron"], s["timezone"]) for s in d.get("schedules") or []]
        for d in spec["deployments"]
    }
