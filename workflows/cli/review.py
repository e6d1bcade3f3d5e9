"""`cspr decide`, `ratify`, `rapid-review`, `panel-response`, `family`, `police-cps` and
`case consider`: the rapid review (19.10-19.22) from the command line."""

from pathlib import Path
from typing import Annotated

import typer

from domain.commands import (
    ConsiderCase,
    Decide,
    DraftDecision,
    Ratify,
    RecordFamilyNotified,
    RecordPanelResponse,
    RecordPoliceCpsConsulted,
    RecordSubmission,
)
from domain.decisions import DecisionInput, criteria_help
from workflows import services as svc
from workflows.cli.app import AsOpt, ConfigOpt, JsonOpt, RoleOpt, app, config_arg
from workflows.cli.cases import case_app
from workflows.cli.common import OnOpt, Ref, done, setup
from workflows.handlers.drafts import draft_decision
from workflows.handlers.intake import log_incident
from workflows.handlers.review import (
    decide,
    ratify,
    record_family_notified,
    record_panel_response,
    record_police_cps_consulted,
    record_submission,
)
from workflows.reading import read_incident

rapid_app = typer.Typer(help="The rapid review's submission to the Panel.", no_args_is_help=True)
family_app = typer.Typer(help="Telling the family (19.21-19.22).", no_args_is_help=True)
police_app = typer.Typer(help="Consulting the police and the CPS (19.22).", no_args_is_help=True)
app.add_typer(rapid_app, name="rapid-review")
app.add_typer(family_app, name="family")
app.add_typer(police_app, name="police-cps")


@app.command(
    "decide",
    help="Record the ICSC's decision on whether to hold a review "
    "(19.11-19.17). Criteria codes: " + criteria_help(),
)
def decide_command(
    reference: Ref,
    outcome: Annotated[str, typer.Option("--outcome", help="local_review, national_review or no_review.")],
    rationale: Annotated[str, typer.Option("--rationale", help="The reasons, in a sentence or more.")],
    criteria: Annotated[
        list[str] | None,
        typer.Option(
            "--criteria",
            help="The 19.15/19.16 criteria that are met, each CODE=REASON (repeat the option); "
            "every other criterion is recorded as not met (codes listed above).",
        ),
    ] = None,
    not_applicable: Annotated[
        list[str] | None,
        typer.Option(
            "--not-applicable",
            help="Criteria that do not apply to the case, e.g. 19.16c; comma-separated or repeated.",
        ),
    ] = None,
    family_rationale: Annotated[
        str,
        typer.Option(
            "--family-rationale",
            help="Required: the reasons in plain English for the family's letter (19.21), "
            "no jargon, no criteria.",
        ),
    ] = "",
    immediate_actions: Annotated[
        str,
        typer.Option("--immediate-actions", help="Immediate action needed to keep children safe (19.12)."),
    ] = "",
    on: OnOpt = None,
    revises: Annotated[
        bool,
        typer.Option(
            "--revises", help="Revise the current decision (after a challenge or the Panel's disagreement)."
        ),
    ] = False,
    draft: Annotated[
        bool,
        typer.Option(
            "--draft",
            help="Keep the decision as a draft and print its id, for the record-decision flow to record.",
        ),
    ] = False,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    who, s, now, day = setup(actor, role, config, on)
    met = [c for item in criteria or [] for c in (item.split(",") if "=" not in item else [item])]
    skipped = [c for item in not_applicable or [] for c in item.split(",")]
    d = DecisionInput.parse(
        outcome,
        met,
        rationale,
        immediate_actions,
        day,
        not_applicable=skipped,
        family_rationale=family_rationale,
    )
    if draft:
        draft_id = draft_decision(
            s, who, DraftDecision(reference=reference, decision=d, revises=revises), now
        )
        done(
            as_json,
            {"reference": reference, "draft_id": draft_id},
            f"{reference}: decision draft {draft_id} stored; record it with the record-decision flow "
            f"(reference {reference}, draft_id {draft_id})",
        )
        return
    revision = decide(s, who, Decide(reference=reference, decision=d, revises=revises), now)
    done(
        as_json,
        {
            "reference": reference,
            "revision": revision,
            "outcome": d.outcome,
            "decided_on": d.decided_on.isoformat(),
        },
        f"{reference}: decision {revision} recorded ({d.outcome}, {d.decided_on.isoformat()})",
    )


@app.command("ratify")
def ratify_command(
    reference: Ref,
    partner: Annotated[str, typer.Option("--partner", help="The safeguarding partner's id.")],
    ratified: Annotated[
        bool, typer.Option("--ratified/--challenged", help="Ratify the decision, or challenge it.")
    ],
    comment: Annotated[str, typer.Option("--comment", help="Why (required to challenge).")] = "",
    on: OnOpt = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """A safeguarding partner ratifies or challenges the ICSC's decision (001 §11.5)."""
    who, s, now, day = setup(actor, role, config, on)
    ratify(
        s,
        who,
        Ratify(reference=reference, partner_id=partner, ratified=ratified, comment=comment, on=day),
        now,
    )
    answer = "ratified" if ratified else "challenged"
    done(
        as_json,
        {"reference": reference, "partner": partner, "answer": answer, "on": day.isoformat()},
        f"{reference}: {partner} {answer} the decision",
    )


@rapid_app.command("submitted")
def submitted_command(
    reference: Ref,
    on: OnOpt = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record that the rapid review went to the Panel (19.13); it must include the decision."""
    who, s, now, day = setup(actor, role, config, on)
    record_submission(s, who, RecordSubmission(reference=reference, on=day), now)
    done(
        as_json,
        {"reference": reference, "submitted_on": day.isoformat()},
        f"{reference}: rapid review submitted on {day.isoformat()}",
    )


@app.command("panel-response")
def panel_response_command(
    reference: Ref,
    agrees: Annotated[
        bool, typer.Option("--agrees/--disagrees", help="Does the Panel agree with the decision?")
    ],
    comment: Annotated[str, typer.Option("--comment", help="The Panel's comment.")] = "",
    on: OnOpt = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record the Panel's response; a disagreement calls a reconsideration meeting (19.19)."""
    who, s, now, day = setup(actor, role, config, on)
    record_panel_response(
        s, who, RecordPanelResponse(reference=reference, agrees=agrees, on=day, comment=comment), now
    )
    done(
        as_json,
        {"reference": reference, "agrees": agrees, "on": day.isoformat()},
        f"{reference}: the Panel {'agrees' if agrees else 'disagrees'}",
    )


@family_app.command("notified")
def family_command(
    reference: Ref,
    how: Annotated[str, typer.Option("--how", help="letter or in_person.")],
    on: OnOpt = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record that the family was told the outcome and rationale (19.21).

    The letter meets the clock; telling in person is recorded on its own day as well.
    """
    who, s, now, day = setup(actor, role, config, on)
    met = record_family_notified(s, who, RecordFamilyNotified(reference=reference, on=day, how=how), now)
    done(
        as_json,
        {"reference": reference, "on": day.isoformat(), "how": how, "clock_met": met},
        f"{reference}: family told ({how}) on {day.isoformat()}"
        + ("" if met else "; the clock stays open until the letter is sent (19.21)"),
    )


@police_app.command("consulted")
def police_command(
    reference: Ref,
    on: OnOpt = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record that the police and the CPS were consulted on telling the family (19.22)."""
    who, s, now, day = setup(actor, role, config, on)
    record_police_cps_consulted(s, who, RecordPoliceCpsConsulted(reference=reference, on=day), now)
    done(
        as_json,
        {"reference": reference, "on": day.isoformat()},
        f"{reference}: police and CPS consulted on {day.isoformat()}",
    )


@case_app.command("consider")
def consider_command(
    file: Annotated[
        Path, typer.Option("--file", "-f", help="Incident JSON file (same fields as `cspr incident log`).")
    ],
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Raise a case for the ICSC's discretion (19.17): a decision task, no Panel notification."""
    who = svc.actor_from(actor, role)
    report = read_incident(file)
    s = svc.services(config_arg(config))
    result = log_incident(s, who, ConsiderCase(report=report), svc.now(s.partnership.timezone))
    done(
        as_json,
        {"reference": result.reference, "created": result.created},
        result.reference if result.created else f"{result.reference} (already logged)",
    )
