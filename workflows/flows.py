"""Prefect flows: thin orchestration over the handlers. Parameters and names carry no child details."""

from datetime import date
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task

from domain.commands import DecideFromDraft, SendDigest, Sweep
from domain.status import DeliveryOutcome
from notifications.channels import DeliveryError
from workflows import events
from workflows import services as svc
from workflows.forms import DecisionDraftForm
from workflows.handlers.changes import clock_changes
from workflows.handlers.drafts import decide_from_draft
from workflows.handlers.intake import log_incident
from workflows.handlers.outbox import deliver_notice, queued_notice_ids, reclaim_expired
from workflows.handlers.sweep import untrusted_words
from workflows.logs import get_logger
from workflows.reading import read_incident

log = get_logger("cspr.flows")

SYSTEM_ACTOR = ("cspr dispatcher", "system")


@task(name="log-incident-command")
def log_incident_task(incident_file: str, actor: str, role: str, config: str | None) -> dict[str, Any]:
    """Validate the incident file and run the `log_incident` command."""
    s = svc.services(config)
    who, report = svc.actor_from(actor, role), read_incident(Path(incident_file))
    with clock_changes() as changed:
        result = log_incident(s, who, report, svc.now(s.partnership.timezone))
    events.clocks_changed(changed)
    return {"reference": result.reference, "created": result.created}


@flow(name="log-incident")
def log_incident_flow(
    incident_file: str, actor: str, role: str = "support_team", config: str | None = None
) -> dict[str, Any]:
    """Log a serious incident from a file: open the case, start its clocks, queue its notices."""
    result = log_incident_task(incident_file, actor, role, config)
    log.info("incident.logged", reference=result["reference"], created=result["created"])
    get_run_logger().info(
        "case %s %s", result["reference"], "opened" if result["created"] else "was already logged"
    )
    return result


@task(name="list-queued-notices")
def list_queued_task(config: str | None) -> list[int]:
    """Reclaim notices left in sending past the lease, tidy the outbox, list the notices due now."""
    s = svc.services(config)
    now = svc.now(s.partnership.timezone)
    channel = svc.channel(s)
    channel.clean_up()
    reclaim_expired(s, svc.actor_from(*SYSTEM_ACTOR), channel, now, svc.delivery_policy())
    return queued_notice_ids(s, now)


@task(
    name="deliver-notice",
    task_run_name="deliver-notice-{notice_id}",
    retries=3,
    retry_delay_seconds=[1, 5, 20],
)
def deliver_notice_task(notice_id: int, config: str | None) -> dict[str, Any]:
    """Deliver one notice; a failed attempt raises, and Prefect retries it."""
    s = svc.services(config)
    actor = svc.actor_from(*SYSTEM_ACTOR)
    now = svc.now(s.partnership.timezone)
    return deliver_notice(s, actor, notice_id, svc.channel(s), now, svc.delivery_policy()).as_dict()


@flow(name="dispatch-notices")
def dispatch_notices_flow(config: str | None = None) -> list[dict[str, Any]]:
    """Deliver every queued notice through the configured channel, with retries."""
    results: list[dict[str, Any]] = []
    for notice_id in list_queued_task(config):
        try:
            results.append(deliver_notice_task(notice_id, config))
        except DeliveryError as exc:  # retries used up: it stays queued for the next dispatch
            results.append({"notice_id": notice_id, "status": DeliveryOutcome.QUEUED, "error": str(exc)})
    delivered = [r for r in results if r["status"] == DeliveryOutcome.DELIVERED]
    for r in results:
        log.info(
            "notice.dispatched",
            notice_id=r["notice_id"],
            reference=r.get("reference"),
            kind=r.get("kind"),
            status=r["status"],
        )
    get_run_logger().info("delivered %d of %d queued notices", len(delivered), len(results))
    return results


@task(name="record-decision-command")
def record_decision_task(form: DecisionDraftForm, config: str | None) -> dict[str, Any]:
    """Run the same `decide` command as `cspr decide`, on the decision drafted in cspr."""
    s = svc.services(config)
    command = DecideFromDraft(reference=form.reference, draft_id=form.draft_id)
    by = svc.actor_from("cspr decision flow", "system")
    with clock_changes() as changed:
        revision = decide_from_draft(s, by, command, svc.now(s.partnership.timezone))
    events.clocks_changed(changed)
    return {"reference": form.reference, "draft_id": form.draft_id, "revision": revision}


@flow(name="record-decision")
def record_decision_flow(decision: DecisionDraftForm, config: str | None = None) -> dict[str, Any]:
    """Record the ICSC's decision drafted in cspr (`cspr decide --draft`); parameters are ids only."""
    result = record_decision_task(decision, config)
    log.info("decision.recorded", reference=result["reference"], revision=result["revision"])
    return result


@task(name="deadline-sweep-command")
def deadline_sweep_task(as_of: date | None, config: str | None) -> dict[str, Any]:
    """Run the domain sweep: fire each due rung once (delivery is dispatch-notices' job)."""
    from workflows.handlers.sweep import sweep

    s = svc.services(config)
    now = svc.now(s.partnership.timezone)
    return sweep(s, svc.actor_from("cspr sweep", "system"), Sweep(as_of=as_of or now.today), now).as_dict()


@flow(name="deadline-sweep")
def deadline_sweep_flow(as_of: date | None = None, config: str | None = None) -> dict[str, Any]:
    """Fire the escalation rungs due on or before ``as_of`` (default today, Europe/London)."""
    result = deadline_sweep_task(as_of, config)
    if result["untrusted"]:
        get_run_logger().warning(untrusted_words(result["untrusted"]))
    events.rungs_fired(result["fired"])
    for f in result["fired"]:
        log.info(
            "rung.fired",
            reference=f["reference"],
            clock=f["clock"],
            rung=f["rung"],
            occurrence=f["occurrence"],
            late_by_working_days=f["late_by_working_days"],
        )
    get_run_logger().info(
        "swept %d open clocks as of %s: %d rungs fired",
        result["evaluated"],
        result["as_of"],
        len(result["fired"]),
    )
    return result


@task(name="slt-digest-command")
def slt_digest_task(as_of: date | None, config: str | None) -> dict[str, Any]:
    """Make (once per day) the SLT digest and deliver it through the configured channel."""
    from workflows.handlers.digest_delivery import make_and_deliver_digest

    s = svc.services(config)
    now = svc.now(s.partnership.timezone)
    actor = svc.actor_from("cspr digest", "system")
    command = SendDigest(as_of=as_of or now.today)
    result, receipt = make_and_deliver_digest(s, actor, command, svc.channel(s), now)
    return {"digest_id": result.id, "created": result.created, "receipt": receipt, **result.summary}


@flow(name="slt-digest")
def slt_digest_flow(as_of: date | None = None, config: str | None = None) -> dict[str, Any]:
    """The SLT digest of open clocks, as a notice and as a table artifact (case references only)."""
    from prefect.artifacts import create_table_artifact

    result = slt_digest_task(as_of, config)
    create_table_artifact(
        key="slt-digest",
        table=[
            {
                "status": c["rag"],
                "due": c["due"],
                "case": c["reference"],
                "clock": c["clock"],
                "party": c["party"] or "",
                "working_days_left": c["working_days_left"],
            }
            for c in result["clocks"]
        ],
        description=(
            f"SLT digest {result['as_of']}: {result['counts']['red']} red, "
            f"{result['counts']['amber']} amber, {result['counts']['green']} green "
            "(case references only)"
        ),
    )
    get_run_logger().info(
        "SLT digest %s: %d open clocks, %d breaches",
        result["as_of"],
        len(result["clocks"]),
        len(result["breaches"]),
    )
    return result
