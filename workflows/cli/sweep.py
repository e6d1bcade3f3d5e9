"""`cspr sweep`, `cspr digest` and `cspr serve`: the escalation ladder, the SLT digest, the schedules."""

import json
import os
import sys
from typing import Annotated, Any

import typer

from domain.actors import Actor
from domain.clocks import late_words
from domain.commands import SendDigest, Sweep
from workflows import bootstrap
from workflows import services as svc
from workflows.cli.app import AsOpt, ConfigOpt, JsonOpt, RoleOpt, app, config_arg, iso_date
from workflows.handlers.sweep import sweep, untrusted_words
from workflows.settings import settings

AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of", help="The day to sweep as, YYYY-MM-DD [default: today, Europe/London].", show_default=False
    ),
]


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, default=str))


def system_actor(actor: str | None, role: str | None, name: str) -> Actor:
    """--as/--role, else CSPR_ACTOR/CSPR_ROLE, else the system itself (a scheduled run)."""
    env = settings()
    return svc.actor_from(actor or env.actor or name, role or env.role or "system")


@app.command("sweep")
def sweep_command(
    as_of: AsOfOpt = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Fire the escalation rungs due on or before --as-of, once each, and print what fired."""
    who = system_actor(actor, role, "cspr sweep")
    s = svc.services(config_arg(config))
    now = svc.now(s.partnership.timezone)
    day = iso_date(as_of, "--as-of") if as_of else now.today
    result = sweep(s, who, Sweep(as_of=day), now)
    if result.untrusted:
        print(f"cspr: warning: {untrusted_words(result.untrusted)}", file=sys.stderr)
    if as_json:
        _print_json(
            {
                "as_of": day.isoformat(),
                "fired": [
                    {
                        "reference": f.reference,
                        "clock": f.clock,
                        "party": f.party,
                        "rung": f.rung,
                        "occurrence": f.occurrence,
                        "scheduled_on": f.scheduled_on.isoformat(),
                        "due": f.due.isoformat(),
                        "recipients": f.recipients,
                        "late_by_working_days": f.late_by_working_days,
                    }
                    for f in result.fired
                ],
            }
        )
        return
    for f in result.fired:
        clock = f"{f.clock} ({f.party})" if f.party else f.clock
        late = f", {late_words(f.late_by_working_days)}" if f.late_by_working_days else ""
        nth = f" #{f.occurrence}" if f.occurrence > 1 else ""
        print(
            f"{f.reference} {clock}: {f.rung}{nth} (due {f.due.isoformat()}{late}) "
            f"-> {', '.join(f.recipients)}"
        )
    if not result.fired:
        print(f"nothing to fire on {day.isoformat()} ({result.evaluated} open clocks looked at)")


@app.command("digest")
def digest_command(
    as_of: AsOfOpt = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Make the SLT digest of open clocks for --as-of (once per day) and deliver it."""
    from workflows.handlers.digest_delivery import make_and_deliver_digest

    who = system_actor(actor, role, "cspr digest")
    s = svc.services(config_arg(config))
    now = svc.now(s.partnership.timezone)
    day = iso_date(as_of, "--as-of") if as_of else now.today
    # A DeliveryError is recorded on the digest (retried, or parked) and main() prints it.
    result, receipt = make_and_deliver_digest(
        s, who, SendDigest(as_of=day), svc.channel(s), now, svc.delivery_policy()
    )
    summary = {k: v for k, v in result.summary.items() if k not in ("last_change_id", "last_escalation_id")}
    if as_json:
        _print_json({**summary, "digest_id": result.id, "created": result.created, "receipt": receipt})
        return
    c = summary["counts"]
    print(
        f"SLT digest {day.isoformat()}: {c['red']} red, {c['amber']} amber, {c['green']} green; "
        f"{len(summary['breaches'])} breaches, {len(summary['delays'])} delays waiting, "
        f"{len(summary['changes'])} changes"
        + (f" -> {receipt}" if receipt else " (already made and delivered)")
    )
    for item in summary["clocks"]:
        party = f" ({item['party']})" if item["party"] else ""
        print(f"  {item['rag']:<5} {item['due']}  {item['reference']}  {item['clock']}{party}")
    for ch in summary["met_late"]:
        party = f" ({ch['party']})" if ch["party"] else ""
        print(f"  {ch['words']}: {ch['reference']}  {ch['clock']}{party}, due {ch['old_due']}")


@app.command("serve")
def serve_command(config: ConfigOpt = None) -> None:
    """Serve the schedules: deadline-sweep (weekdays 08:00), slt-digest, dispatch-notices.

    Needs a Prefect server (PREFECT_API_URL): the local mode runs no scheduler (docs/prefect.md).
    """
    if not os.environ.get("PREFECT_API_URL"):
        raise ValueError(
            "cspr serve needs a Prefect server, whose scheduler starts the runs: "
            "start one (`.venv/bin/prefect server start`) and set "
            "PREFECT_API_URL=http://127.0.0.1:4200/api"
        )
    from prefect import serve

    serve(*served_deployments(config_arg(config)), limit=1)


def served_deployments(config: str | None) -> list[Any]:
    """The deployments `cspr serve` runs, on prefect.yaml's schedules (the digest: ``[digest]``)."""
    from prefect.schedules import Cron

    from workflows.flows import deadline_sweep_flow, dispatch_notices_flow, slt_digest_flow
    from workflows.schedules import Schedule, deployment_schedules

    digest = bootstrap.load(config)[0].digest  # the partnership file only: no store opened
    schedules = deployment_schedules()
    schedules["slt-digest"] = [Schedule(digest.cron, digest.timezone)]
    params = {"config": config}
    # Prefect's async_dispatch types to_deployment as "RunnerDeployment | Coroutine"; outside an
    # event loop, as here, it returns the RunnerDeployment.
    return [
        flow.to_deployment(
            name=name,
            parameters=params,
            concurrency_limit=1,
            schedules=[Cron(c.cron, timezone=c.timezone) for c in schedules[name]],
        )
        for name, flow in (
            ("deadline-sweep", deadline_sweep_flow),
            ("slt-digest", slt_digest_flow),
            ("dispatch-notices", dispatch_notices_flow),
        )
    ]
