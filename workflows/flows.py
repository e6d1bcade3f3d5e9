"""Prefect flows: thin orchestration over domain commands. Parameters and names carry no child details."""

from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task

from domain.commands.intake import log_incident
from domain.commands.review import decide
from domain.decisions import DecisionInput
from notifications.channels import DeliveryError
from notifications.outbox import deliver_notice, queued_notice_ids
from workflows import services as svc
from workflows.forms import DecisionForm
from workflows.logs import get_logger
from workflows.reading import read_incident

log = get_logger("cspr.flows")

SYSTEM_ACTOR = ("cspr dispatcher", "system")


@task(name="log-incident-command")
def log_incident_task(incident_file: str, actor: str, role: str, config: str | None) -> dict[str, Any]:
    """Validate the incident file and run the `log_incident` command."""
    s = svc.services(config)
    result = log_incident(s, svc.actor_from(actor, role), read_incident(Path(incident_file)),
                          svc.now(s.partnership.timezone))
    return {"reference": result.reference, "created": result.created}


@flow(name="log-incident")
def log_incident_flow(incident_file: str, actor: str, role: str = "support_team",
                      config: str | None = None) -> dict[str, Any]:
    """Log a serious incident from a file: open the case, start its clocks, queue its notices."""
    result = log_incident_task(incident_file, actor, role, config)
    log.info("incident.logged", reference=result["reference"], created=result["created"])
    get_run_logger().info("case %s %s", result["reference"],
                          "opened" if result["created"] else "was already logged")
    return result


@task(name="list-queued-notices")
def list_queued_task(config: str | None) -> list[int]:
    return queued_notice_ids(svc.services(config))


@task(name="deliver-notice", task_run_name="deliver-notice-{notice_id}", retries=3,
      retry_delay_seconds=[1, 5, 20])
def deliver_notice_task(notice_id: int, config: str | None) -> dict[str, Any]:
    """Deliver one notice; a failed attempt raises, and Prefect retries it."""
    s = svc.services(config)
    actor = svc.actor_from(*SYSTEM_ACTOR)
    return deliver_notice(s, actor, notice_id, svc.channel(s),
                          svc.now(s.partnership.timezone)).as_dict()


@flow(name="dispatch-notices")
def dispatch_notices_flow(config: str | None = None) -> list[dict[str, Any]]:
    """Deliver every queued notice through the configured channel, with retries."""
    results: list[dict[str, Any]] = []
    for notice_id in list_queued_task(config):
        try:
            results.append(deliver_notice_task(notice_id, config))
        except DeliveryError as exc:  # retries used up: it stays queued for the next dispatch
            results.append({"notice_id": notice_id, "status": "queued", "error": str(exc)})
    delivered = [r for r in results if r["status"] == "delivered"]
    for r in results:
        log.info("notice.dispatched", notice_id=r["notice_id"], reference=r.get("reference"),
                 kind=r.get("kind"), status=r["status"])
    get_run_logger().info("delivered %d of %d queued notices", len(delivered), len(results))
    return results


@task(name="record-decision-command")
def record_decision_task(form: DecisionForm, config: str | None) -> dict[str, Any]:
    """Run the same `decide` command as `cspr decide`."""
    s = svc.services(config)
    d = DecisionInput.parse(form.outcome, [str(c) for c in form.criteria], form.rationale,
                            form.immediate_actions, form.decided_on)
    revision = decide(s, svc.actor_from(form.decided_by, "icsc"), form.reference, d,
                      svc.now(s.partnership.timezone), revises=form.revises)
    return {"reference": form.reference, "revision": revision, "outcome": str(d.outcome)}


@flow(name="record-decision")
def record_decision_flow(decision: DecisionForm, config: str | None = None) -> dict[str, Any]:
    """Record the ICSC's decision from the Prefect UI's form; the same command as the CLI."""
    result = record_decision_task(decision, config)
    log.info("decision.recorded", reference=result["reference"], revision=result["revision"])
    return result
