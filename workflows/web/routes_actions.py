"""The forms people send: each builds a domain command and calls the one handler the CLI calls.

A refusal is shown beside the field it is about, in the handler's own words (the CLI's)."""

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import ValidationError
from starlette.datastructures import FormData

from domain.commands import (
    ApproveDelay,
    CompleteAction,
    ConsiderCase,
    Decide,
    PlanReview,
    Publish,
    Ratify,
    RecommendDelay,
    RecordCopySent,
    RecordFamilyNotified,
    RecordNoticeSent,
    RecordPanelResponse,
    RecordRepositorySubmission,
    RecordSubmission,
    RefuseDelay,
    RequestDelay,
    UpdateAction,
    Withhold,
)
from domain.decisions import CRITERIA, DecisionInput, Outcome
from domain.errors import CommandRefused, NotFound, NotPermitted
from domain.incident import IncidentReport
from domain.kinds import Role
from workflows.errors import problem_words
from workflows.handlers.delay_recommendation import recommend_delay
from workflows.handlers.intake import log_incident, record_notice_sent
from workflows.handlers.learning import complete_action, update_action
from workflows.handlers.local_review import (
    answer_delay,
    plan_review,
    publish,
    record_copy_sent,
    record_repository_submission,
    request_delay,
    withhold,
)
from workflows.handlers.pages.actions import check_own_action, learning_actions
from workflows.handlers.pages.case_page import case_page
from workflows.handlers.review import (
    decide,
    ratify,
    record_family_notified,
    record_panel_response,
    record_submission,
)
from workflows.handlers.users import WebUser
from workflows.web.deps import checked_form, day, done, now_of, render, services_of, text, user_of

router = APIRouter()
FINDINGS = (("met", "Met"), ("not_met", "Not met"), ("not_applicable", "Not applicable"))


def field_id(code: str) -> str:
    return code.replace(".", "_")


def _case_refused(request: Request, user: WebUser, reference: str, field: str, exc: Exception) -> Response:
    view = case_page(services_of(request), user, reference, now_of(request).today)
    return render(
        request, "case.html", 400, title=f"Error: case {reference}", case=view, errors={field: str(exc)}
    )


async def _on_form(
    request: Request,
    back: str,
    act: Callable[[WebUser, FormData], str],
    refused: Callable[[WebUser, CommandRefused], Response],
    check: Callable[[WebUser], None] | None = None,
) -> Response:
    """Check the form (and ``check`` the user may act), run ``act`` (which calls one handler),
    and go back to ``back``; a refusal shows ``refused``'s page with the reason."""
    user = user_of(request)
    form = await checked_form(request)
    if check is not None:
        check(user)
    try:
        message = act(user, form)
    except NotPermitted:
        raise
    except CommandRefused as exc:
        return refused(user, exc)
    return done(request, back, message)


async def _on_case(
    request: Request, reference: str, field: str, act: Callable[[WebUser, FormData], str]
) -> Response:
    """A form on the case page: a refusal shows the case page with the reason by ``field``."""

    def refused(user: WebUser, exc: CommandRefused) -> Response:
        return _case_refused(request, user, reference, field, exc)

    return await _on_form(request, f"/cases/{reference}", act, refused)


# --- the ICSC's decision -------------------------------------------------------------------------


def _decision_page(
    request: Request, reference: str, values: dict[str, str], errors: dict[str, str]
) -> Response:
    user = user_of(request)
    view = case_page(services_of(request), user, reference, now_of(request).today)
    criteria = [{"code": c, "id": field_id(c), "text": t} for c, t in CRITERIA.items()]
    title = f"{'Error: ' if errors else ''}Decide on case {reference}"
    return render(
        request,
        "decide.html",
        400 if errors else 200,
        title=title,
        case=view,
        criteria=criteria,
        findings=FINDINGS,
        outcomes=[o.value for o in Outcome],
        values=values,
        errors=errors,
    )


@router.get("/cases/{reference}/decide")
def decide_form(request: Request, reference: str) -> Response:
    return _decision_page(request, reference, {}, {})


def _decision_field(message: str) -> str:
    for prefix, field in (
        ("--outcome", "outcome"),
        ("--rationale", "rationale"),
        ("--family-rationale", "family_rationale"),
        ("--not-applicable", "criteria"),
        ("--on", "decided_on"),
    ):
        if message.startswith(prefix + ":"):
            return field
    for code in CRITERIA:
        if message.startswith(f"--criteria {code}"):
            return f"reason_{field_id(code)}"
    return "decision"


@router.post("/cases/{reference}/decide")
async def decide_submit(request: Request, reference: str) -> Response:
    user = user_of(request)
    form = await checked_form(request)
    values = {k: v for k, v in form.items() if isinstance(v, str)}
    s, now = services_of(request), now_of(request)
    met, skipped = [], []
    for code in CRITERIA:
        finding = text(form, f"finding_{field_id(code)}")
        if finding == "met":
            met.append(f"{code}={text(form, f'reason_{field_id(code)}')}")
        elif finding == "not_applicable":
            skipped.append(code)
    try:
        on = day(form, "decided_on", "--on", now.today)
        decision = DecisionInput.parse(
            text(form, "outcome"),
            met,
            text(form, "rationale"),
            text(form, "immediate_actions"),
            on,
            not_applicable=skipped,
            family_rationale=text(form, "family_rationale"),
        )
        revision = decide(
            s,
            user.actor,
            Decide(reference=reference, decision=decision, revises=bool(form.get("revises"))),
            now,
        )
    except NotPermitted:
        raise
    except CommandRefused as exc:
        return _decision_page(request, reference, values, {_decision_field(str(exc)): str(exc)})
    return done(request, f"/cases/{reference}", f"Decision {revision} recorded ({decision.outcome})")


# --- the partners' answer ------------------------------------------------------------------------


@router.post("/cases/{reference}/ratify")
async def ratify_submit(request: Request, reference: str) -> Response:
    def act(user: WebUser, form: FormData) -> str:
        partner = text(form, "partner_id") or (user.partner_id or "")
        if user.role is not Role.PARTNER or partner != user.partner_id:
            raise NotPermitted(
                f"ratify: you answer for {user.partner_id or 'no partner'} only, not {partner or 'another'}"
            )
        answer = text(form, "answer")
        if answer not in ("ratified", "challenged"):
            raise CommandRefused("--ratified/--challenged: choose ratify or challenge")
        command = Ratify(
            reference=reference,
            partner_id=partner,
            ratified=answer == "ratified",
            comment=text(form, "comment"),
            on=day(form, "on", "--on", now_of(request).today),
        )
        ratify(services_of(request), user.actor, command, now_of(request))
        return f"{partner} {answer} the decision"

    return await _on_case(request, reference, "ratify", act)


# --- the SPA: rapid review, review plan, delay request -------------------------------------------


@router.post("/cases/{reference}/rapid-review/submitted")
async def submitted(request: Request, reference: str) -> Response:
    def act(user: WebUser, form: FormData) -> str:
        on = day(form, "on", "--on", now_of(request).today)
        record_submission(
            services_of(request), user.actor, RecordSubmission(reference=reference, on=on), now_of(request)
        )
        return f"Rapid review submitted on {on.isoformat()}"

    return await _on_case(request, reference, "submitted", act)


@router.post("/cases/{reference}/review/plan")
async def plan(request: Request, reference: str) -> Response:
    def act(user: WebUser, form: FormData) -> str:
        command = PlanReview(
            reference=reference,
            reviewer=text(form, "reviewer") or None,
            publish_on=day(form, "publish_on", "--publish-on", None) if text(form, "publish_on") else None,
        )
        plan_review(services_of(request), user.actor, command, now_of(request))
        return "Review plan recorded"

    return await _on_case(request, reference, "plan", act)


@router.post("/cases/{reference}/delay/request")
async def delay_request(request: Request, reference: str) -> Response:
    def act(user: WebUser, form: FormData) -> str:
        command = RequestDelay(
            reference=reference,
            to=day(form, "to", "--to", None),
            reason=text(form, "reason"),
            circumstance=text(form, "circumstance") or None,
        )
        request_delay(services_of(request), user.actor, command, now_of(request))
        return f"Delay to {command.to.isoformat()} requested; the SLT approves or refuses it"

    return await _on_case(request, reference, "delay_request", act)


@router.post("/cases/{reference}/delay/recommend")
async def delay_recommend(request: Request, reference: str) -> Response:
    def act(user: WebUser, form: FormData) -> str:
        answer = text(form, "recommends")
        if answer not in ("approve", "refuse"):
            raise CommandRefused("recommendation: choose approve or refuse")
        command = RecommendDelay(reference=reference, recommends=answer == "approve")
        recommend_delay(services_of(request), user.actor, command, now_of(request))
        return f"You recommend that the SLT {answer}s the delay"

    return await _on_case(request, reference, "delay_recommend", act)


@router.post("/cases/{reference}/delay/approve")
async def delay_approve(request: Request, reference: str) -> Response:
    def act(user: WebUser, form: FormData) -> str:
        command = ApproveDelay(reference=reference, note=text(form, "note"))
        to = answer_delay(services_of(request), user.actor, command, now_of(request))
        return f"Delay approved: publication now due {to.isoformat()}"

    return await _on_case(request, reference, "delay_answer", act)


@router.post("/cases/{reference}/delay/refuse")
async def delay_refuse(request: Request, reference: str) -> Response:
    def act(user: WebUser, form: FormData) -> str:
        answer_delay(
            services_of(request),
            user.actor,
            RefuseDelay(reference=reference, note=text(form, "note")),
            now_of(request),
        )
        return "Delay refused"

    return await _on_case(request, reference, "delay_answer", act)


@router.post("/cases/{reference}/panel-response")
async def panel_response(request: Request, reference: str) -> Response:
    def act(user: WebUser, form: FormData) -> str:
        answer = text(form, "agrees")
        if answer not in ("agrees", "disagrees"):
            raise CommandRefused("--agrees/--disagrees: choose whether the Panel agrees")
        command = RecordPanelResponse(
            reference=reference,
            agrees=answer == "agrees",
            on=day(form, "on", "--on", now_of(request).today),
            comment=text(form, "comment"),
        )
        record_panel_response(services_of(request), user.actor, command, now_of(request))
        return f"The Panel {answer}"

    return await _on_case(request, reference, "panel_response", act)


@router.post("/cases/{reference}/withhold")
async def withhold_report(request: Request, reference: str) -> Response:
    def act(user: WebUser, form: FormData) -> str:
        command = Withhold(
            reference=reference, scope=text(form, "scope"), justification=text(form, "justification")
        )
        withhold(services_of(request), user.actor, command, now_of(request))
        return f"Withholding recorded ({command.scope})"

    return await _on_case(request, reference, "withhold", act)


@router.post("/cases/{reference}/review/{step}")
async def review_step(request: Request, reference: str, step: str) -> Response:
    """The support team's records after the review: the copy sent first, publication, the repository."""

    def act(user: WebUser, form: FormData) -> str:
        s, now = services_of(request), now_of(request)
        on = day(form, "on", "--on", now.today)
        if step == "copy-sent":
            record_copy_sent(s, user.actor, RecordCopySent(reference=reference, on=on), now)
            return f"Pre-publication copy sent on {on.isoformat()}"
        if step == "published":
            publish(s, user.actor, Publish(reference=reference, on=on, url=text(form, "url")), now)
            return f"Published on {on.isoformat()}"
        if step == "repository-submitted":
            command = RecordRepositorySubmission(reference=reference, on=on)
            record_repository_submission(s, user.actor, command, now)
            return f"Sent to the repository on {on.isoformat()}"
        raise NotFound(f"no such step {step!r} of the review")

    return await _on_case(request, reference, f"review-{step}", act)


# --- the support team: notices sent and the family told ------------------------------------------


@router.post("/cases/{reference}/notice-sent")
async def notice_sent(request: Request, reference: str) -> Response:
    def act(user: WebUser, form: FormData) -> str:
        on = day(form, "on", "--on", now_of(request).today)
        command = RecordNoticeSent(reference=reference, kind=text(form, "kind"), on=on)
        record_notice_sent(services_of(request), user.actor, command, now_of(request))
        return f"{command.kind}: sent on {on.isoformat()}; clock met"

    return await _on_case(request, reference, "notice_sent", act)


@router.post("/cases/{reference}/family")
async def family(request: Request, reference: str) -> Response:
    def act(user: WebUser, form: FormData) -> str:
        on = day(form, "on", "--on", now_of(request).today)
        command = RecordFamilyNotified(reference=reference, on=on, how=text(form, "how"))
        record_family_notified(services_of(request), user.actor, command, now_of(request))
        return f"Family told ({command.how}) on {on.isoformat()}"

    return await _on_case(request, reference, "family", act)


# --- the support team: log an incident -----------------------------------------------------------

INCIDENT_FIELDS = (
    "local_authority",
    "incident_date",
    "aware_date",
    "harm",
    "abuse_or_neglect",
    "location",
    "looked_after",
    "criminal_investigation",
    "child_initials",
    "child_age",
    "child_sex",
    "summary",
    "reported_by",
    "reference",
)


def _incident_page(request: Request, values: dict[str, str], errors: dict[str, str]) -> Response:
    user_of(request)
    p = services_of(request).partnership
    return render(
        request,
        "incident.html",
        400 if errors else 200,
        title=f"{'Error: ' if errors else ''}Log a serious incident",
        authorities=[(la.id, la.name) for la in p.local_authorities],
        values=values,
        errors=errors,
    )


@router.get("/incidents/new")
def incident_form(request: Request) -> Response:
    return _incident_page(request, {}, {})


def _incident_data(form: FormData) -> dict[str, Any]:
    def yes(name: str) -> bool | str:
        v = text(form, name)
        return {"yes": True, "no": False}.get(v, v)

    age = text(form, "child_age")
    return {
        "local_authority": text(form, "local_authority"),
        "incident_date": text(form, "incident_date"),
        "aware_date": text(form, "aware_date"),
        "harm": text(form, "harm"),
        "abuse_or_neglect": text(form, "abuse_or_neglect"),
        "location": text(form, "location"),
        "looked_after": yes("looked_after"),
        "criminal_investigation": yes("criminal_investigation"),
        "children": [
            {
                "initials": text(form, "child_initials"),
                "age": int(age) if age.isdigit() else age,
                "sex": text(form, "child_sex"),
            }
        ],
        "summary": text(form, "summary"),
        "reported_by": text(form, "reported_by"),
        "reference": text(form, "reference") or None,
    }


def _incident_errors(exc: ValidationError) -> dict[str, str]:
    errors: dict[str, str] = {}
    for e in exc.errors(include_url=False):
        loc = [str(p) for p in e["loc"]]
        name = f"child_{loc[-1]}" if loc and loc[0] == "children" else (loc[0] if loc else "incident")
        words = problem_words(e)  # the CLI's words, shown beside the field they are about
        words = words[:1].upper() + words[1:]
        errors.setdefault(name if name in INCIDENT_FIELDS else "incident", words)
    return errors


@router.post("/incidents/new")
async def incident_submit(request: Request) -> Response:
    user = user_of(request)
    form = await checked_form(request)
    values = {k: v for k, v in form.items() if isinstance(v, str)}
    s, now = services_of(request), now_of(request)
    try:
        report = IncidentReport.model_validate(_incident_data(form))
    except ValidationError as exc:
        return _incident_page(request, values, _incident_errors(exc))
    try:
        command = ConsiderCase(report=report) if form.get("consider") else report
        result = log_incident(s, user.actor, command, now)
    except NotPermitted:
        raise
    except CommandRefused as exc:
        field = str(exc).split(":", 1)[0]
        return _incident_page(request, values, {field if field in INCIDENT_FIELDS else "incident": str(exc)})
    message = (
        f"Case {result.reference} opened" if result.created else f"{result.reference} was already logged"
    )
    return done(request, f"/cases/{result.reference}", message)


# --- learning actions: progress and completion with evidence -------------------------------------


@router.get("/actions")
def actions_page(request: Request) -> Response:
    user = user_of(request)
    rows = learning_actions(services_of(request), user, now_of(request).today)
    return render(request, "actions.html", title="Learning actions", rows=rows, errors={})


async def _on_action(request: Request, action_id: int, act: Callable[[WebUser, FormData], str]) -> Response:
    """A form on the actions page, for one of the user's own agency's actions."""

    def refused(user: WebUser, exc: CommandRefused) -> Response:
        rows = learning_actions(services_of(request), user, now_of(request).today)
        errors = {f"action-{action_id}": str(exc)}
        return render(request, "actions.html", 400, title="Error: Learning actions", rows=rows, errors=errors)

    def own(user: WebUser) -> None:
        check_own_action(services_of(request), user, action_id)

    return await _on_form(request, "/actions", act, refused, own)


@router.post("/actions/{action_id}/update")
async def action_update(request: Request, action_id: int) -> Response:
    def act(user: WebUser, form: FormData) -> str:
        on = day(form, "on", "--on", now_of(request).today)
        command = UpdateAction(action_id=action_id, note=text(form, "note"), on=on)
        update_action(services_of(request), user.actor, command, now_of(request))
        return f"Progress on action {action_id} recorded"

    return await _on_action(request, action_id, act)


@router.post("/actions/{action_id}/complete")
async def action_complete(request: Request, action_id: int) -> Response:
    def act(user: WebUser, form: FormData) -> str:
        on = day(form, "on", "--on", now_of(request).today)
        command = CompleteAction(action_id=action_id, on=on, evidence=text(form, "evidence"))
        complete_action(services_of(request), user.actor, command, now_of(request))
        return f"Action {action_id} completed"

    return await _on_action(request, action_id, act)
