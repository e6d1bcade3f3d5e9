"""Every handler a person triggers takes (services, actor, command, now), the command from domain.commands."""

import dataclasses
import inspect
import types
import typing
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

import domain.commands as commands
from domain.actors import Actor
from workflows.handlers import (
    delay_recommendation,
    drafts,
    intake,
    learning,
    learning_read,
    ledger,
    local_review,
    outbox,
    report,
    review,
    sweep,
    users,
)
from workflows.handlers.context import Now, Services
from workflows.handlers.digest import send_digest

HANDLERS: list[Callable[..., Any]] = [
    intake.log_incident,
    intake.record_notice_sent,
    review.decide,
    drafts.draft_decision,
    drafts.decide_from_draft,
    review.ratify,
    review.record_submission,
    review.record_panel_response,
    review.record_police_cps_consulted,
    review.record_family_notified,
    local_review.plan_review,
    local_review.add_circumstance,
    local_review.request_delay,
    local_review.answer_delay,
    local_review.record_delay_notice_sent,
    local_review.withhold,
    local_review.record_justification_sent,
    local_review.record_copy_sent,
    local_review.publish,
    local_review.record_repository_submission,
    learning.add_recommendation,
    learning.add_action,
    learning.update_action,
    learning.complete_action,
    learning.cancel_action,
    ledger.pause_clock,
    ledger.resume_clock,
    ledger.extend_clock,
    ledger.correct_aware_date,
    outbox.retry_notices,
    sweep.sweep,
    send_digest,
    report.make_annual_report,
    users.add_user,
    users.disable_user,
    users.reset_password,
    users.sign_in,
    delay_recommendation.recommend_delay,
]
COMMANDS = {v for v in vars(commands).values() if isinstance(v, type) and v.__module__ == commands.__name__}


def _members(hint: Any) -> set[Any]:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return set(typing.get_args(hint))
    return {hint}


@pytest.mark.parametrize("handler", HANDLERS, ids=lambda h: h.__name__)
def test_the_handler_takes_services_actor_command_now(handler: Callable[..., Any]) -> None:
    assert list(inspect.signature(handler).parameters) == ["services", "actor", "command", "now"]
    hints = typing.get_type_hints(handler)
    assert (hints["services"], hints["actor"], hints["now"]) == (Services, Actor, Now)
    accepted = _members(hints["command"])
    assert accepted <= COMMANDS | {commands.LogIncident}, accepted - COMMANDS


def test_every_command_has_a_handler() -> None:
    handled = set().union(*(_members(typing.get_type_hints(h)["command"]) for h in HANDLERS))
    # `cspr actions` reads: actions_view(services, actor, ListActions) needs no moment
    assert handled | {commands.ListActions} == COMMANDS | {commands.LogIncident}
    assert typing.get_type_hints(learning_read.actions_view)["query"] is commands.ListActions


def test_commands_are_frozen_and_keyword_only() -> None:
    command = commands.RecordSubmission(reference="SYN-2026-0001", on=date(2027, 1, 19))
    with pytest.raises(dataclasses.FrozenInstanceError):
        command.reference = "SYN-2026-0002"  # type: ignore[misc]
    with pytest.raises(TypeError):
        commands.RecordSubmission("SYN-2026-0001", date(2027, 1, 19))  # type: ignore[misc]
