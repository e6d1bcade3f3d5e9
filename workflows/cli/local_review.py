"""`cspr review ...`: the local review from plan to publication (19.23-19.28)."""

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from domain.commands import (
    AddCircumstance,
    ApproveDelay,
    PlanReview,
    Publish,
    RecordCopySent,
    RecordDelayNoticeSent,
    RecordJustificationSent,
    RecordRepositorySubmission,
    RefuseDelay,
    RequestDelay,
    Withhold,
)
from domain.status import DelayStatus
from workflows.cli.app import AsOpt, ConfigOpt, JsonOpt, RoleOpt, app, iso_date
from workflows.cli.common import OnOpt, Ref, done, setup
from workflows.handlers.local_review import (
    add_circumstance,
    answer_delay,
    plan_review,
    publish,
    record_copy_sent,
    record_delay_notice_sent,
    record_justification_sent,
    record_repository_submission,
    request_delay,
    withhold,
)

review_app = typer.Typer(
    help="The local review: plan, delays, not publishing, publication.", no_args_is_help=True
)
delay_app = typer.Typer(
    help="Delays to publication, approved by the SLT (19.24-19.25).", no_args_is_help=True
)
app.add_typer(review_app, name="review")
review_app.add_typer(delay_app, name="delay")


def _opt_date(value: str | None, what: str) -> date | None:
    return iso_date(value, what) if value else None


@review_app.command("plan")
def plan_command(
    reference: Ref,
    publish_on: Annotated[
        str | None,
        typer.Option(
            "--publish-on",
            help="Planned publication date; opens the pre-publication copy clock.",
            show_default=False,
        ),
    ] = None,
    reviewer: Annotated[
        str | None, typer.Option("--reviewer", help="The reviewer (or firm).", show_default=False)
    ] = None,
    commissioned_on: Annotated[
        str | None,
        typer.Option("--commissioned-on", show_default=False, help="When the reviewer was commissioned."),
    ] = None,
    terms_agreed_on: Annotated[
        str | None,
        typer.Option(
            "--terms-agreed-on", show_default=False, help="When the terms of reference were agreed."
        ),
    ] = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Set the review's plan: reviewer, terms of reference, planned publication date."""
    who, s, now, _ = setup(actor, role, config, None)
    publish_day = _opt_date(publish_on, "--publish-on")
    command = PlanReview(
        reference=reference,
        reviewer=reviewer,
        commissioned_on=_opt_date(commissioned_on, "--commissioned-on"),
        terms_agreed_on=_opt_date(terms_agreed_on, "--terms-agreed-on"),
        publish_on=publish_day,
    )
    plan_review(s, who, command, now)
    done(as_json, {"reference": reference, "publish_on": publish_day}, f"{reference}: review plan recorded")


@review_app.command("circumstance")
def circumstance_command(
    reference: Ref,
    kind: Annotated[
        str, typer.Option("--kind", help="criminal_investigation, inquest, prosecution or other.")
    ],
    start: Annotated[str, typer.Option("--from", help="When it began, YYYY-MM-DD.")],
    end: Annotated[
        str | None, typer.Option("--to", help="When it ended, if it has.", show_default=False)
    ] = None,
    note: Annotated[str, typer.Option("--note", help="A short note (no child details).")] = "",
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record an extenuating circumstance with its dates (19.24)."""
    who, s, now, _ = setup(actor, role, config, None)
    command = AddCircumstance(
        reference=reference,
        kind=kind,
        started_on=iso_date(start, "--from"),
        ended_on=_opt_date(end, "--to"),
        note=note,
    )
    add_circumstance(s, who, command, now)
    done(as_json, {"reference": reference, "kind": kind}, f"{reference}: {kind} recorded")


@delay_app.command("request")
def delay_request_command(
    reference: Ref,
    to: Annotated[str, typer.Option("--to", help="The new publication date, YYYY-MM-DD.")],
    reason: Annotated[str, typer.Option("--reason", help="Why the delay is needed.")],
    circumstance: Annotated[
        str | None,
        typer.Option(
            "--circumstance",
            help="criminal_investigation, inquest, prosecution or other.",
            show_default=False,
        ),
    ] = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Ask the SLT to approve a later publication date (the SPA or the ICSC)."""
    who, s, now, _ = setup(actor, role, config, None)
    command = RequestDelay(
        reference=reference, to=iso_date(to, "--to"), reason=reason, circumstance=circumstance
    )
    delay_id = request_delay(s, who, command, now)
    done(
        as_json,
        {"reference": reference, "delay_id": delay_id, "to": to},
        f"{reference}: delay to {to} requested; the SLT approves or refuses it",
    )


def _answer(
    command: ApproveDelay | RefuseDelay,
    actor: str | None,
    role: str | None,
    config: Path | None,
    as_json: bool,
) -> None:
    who, s, now, _ = setup(actor, role, config, None)
    due = answer_delay(s, who, command, now)
    verb = DelayStatus.APPROVED if isinstance(command, ApproveDelay) else DelayStatus.REFUSED
    done(
        as_json,
        {"reference": command.reference, "answer": verb, "publication_due": due},
        f"{command.reference}: delay {verb}; publication due {due.isoformat()}",
    )


@delay_app.command("approve")
def delay_approve_command(
    reference: Ref,
    note: Annotated[str, typer.Option("--note", help="Optional note.")] = "",
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Approve the waiting delay (SLT only, 19.25): the publication clock moves, the Panel is told."""
    _answer(ApproveDelay(reference=reference, note=note), actor, role, config, as_json)


@delay_app.command("refuse")
def delay_refuse_command(
    reference: Ref,
    note: Annotated[str, typer.Option("--note", help="Optional note.")] = "",
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Refuse the waiting delay (SLT only)."""
    _answer(RefuseDelay(reference=reference, note=note), actor, role, config, as_json)


@delay_app.command("notice-sent")
def delay_notice_command(
    reference: Ref,
    on: OnOpt = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record that the Panel and the Secretary of State were told the reasons (19.25)."""
    who, s, now, day = setup(actor, role, config, on)
    record_delay_notice_sent(s, who, RecordDelayNoticeSent(reference=reference, on=day), now)
    done(as_json, {"reference": reference, "on": day}, f"{reference}: delay notice sent")


@review_app.command("withhold")
def withhold_command(
    reference: Ref,
    scope: Annotated[
        str,
        typer.Option(
            "--scope",
            help="full (the improvements are still published) or improvements (nothing is published).",
        ),
    ],
    justification: Annotated[
        str, typer.Option("--justification", help="Why it should not be published (19.27).")
    ],
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Decide not to publish (the ICSC for the SLT, 19.27); the Panel and SoS are told why."""
    who, s, now, _ = setup(actor, role, config, None)
    withhold(s, who, Withhold(reference=reference, scope=scope, justification=justification), now)
    done(as_json, {"reference": reference, "scope": scope}, f"{reference}: withheld ({scope})")


@review_app.command("justification-sent")
def justification_command(
    reference: Ref,
    on: OnOpt = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record that the justification for not publishing went to the Panel and SoS (19.27)."""
    who, s, now, day = setup(actor, role, config, on)
    record_justification_sent(s, who, RecordJustificationSent(reference=reference, on=day), now)
    done(as_json, {"reference": reference, "on": day}, f"{reference}: justification sent")


@review_app.command("copy-sent")
def copy_sent_command(
    reference: Ref,
    on: OnOpt = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record that the full report went to the Panel and the Secretary of State."""
    who, s, now, day = setup(actor, role, config, on)
    record_copy_sent(s, who, RecordCopySent(reference=reference, on=day), now)
    done(as_json, {"reference": reference, "on": day}, f"{reference}: pre-publication copy sent")


@review_app.command("published")
def published_command(
    reference: Ref,
    url: Annotated[str, typer.Option("--url", help="Where it is published (partnership website).")],
    on: OnOpt = None,
    late_copy: Annotated[
        bool,
        typer.Option("--late-copy", help="Publish although no copy was recorded as sent; needs --reason."),
    ] = False,
    reason: Annotated[
        str | None, typer.Option("--reason", show_default=False, help="Why the copy was late.")
    ] = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record publication (19.28): meets the publication clock, opens the repository clock."""
    who, s, now, day = setup(actor, role, config, on)
    if late_copy and not reason:
        raise ValueError("--late-copy needs --reason: say why the copy was not sent first")
    command = Publish(reference=reference, on=day, url=url, late_copy_reason=reason if late_copy else None)
    publish(s, who, command, now)
    done(as_json, {"reference": reference, "on": day, "url": url}, f"{reference}: published")


@review_app.command("repository-submitted")
def repository_command(
    reference: Ref,
    on: OnOpt = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record the submission to the NSPCC national case review repository (19.28)."""
    who, s, now, day = setup(actor, role, config, on)
    record_repository_submission(s, who, RecordRepositorySubmission(reference=reference, on=day), now)
    done(as_json, {"reference": reference, "on": day}, f"{reference}: repository submission recorded")
