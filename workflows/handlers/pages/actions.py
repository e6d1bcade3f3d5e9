"""The learning actions page: a partner's own agency's actions, or every action for the others."""

from datetime import date
from typing import Any

from domain.commands import ListActions
from domain.errors import NotFound, NotPermitted
from domain.kinds import Role
from store.database import unit_of_work
from store.local_review_tables import ActionRow
from workflows.handlers.context import Services
from workflows.handlers.learning_read import actions_view
from workflows.handlers.users import WebUser


def learning_actions(services: Services, user: WebUser, today: date) -> list[dict[str, Any]]:
    """The actions this user may see: a partner's agency's only."""
    agency = user.partner_id if user.role is Role.PARTNER else None
    return actions_view(services, user.actor, ListActions(as_of=today, agency=agency))


def check_own_action(services: Services, user: WebUser, action_id: int) -> None:
    """Refuse a partner acting on another agency's action (NotFound when there is no such action)."""
    with unit_of_work(services.engine) as session:
        action = session.get(ActionRow, action_id)
        if action is None:
            raise NotFound(f"no learning action {action_id}; the actions page lists them")
        if user.role is Role.PARTNER and action.agency != user.partner_id:
            raise NotPermitted(
                f"learning action {action_id}: you report for {user.partner_id} only, not {action.agency}"
            )
