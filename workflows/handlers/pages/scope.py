"""Which cases a signed-in person may see: partners only cases they answer on, a local authority's
people only its own cases, everyone else every case."""

from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, or_, select

from domain.errors import NotFound
from domain.kinds import Role
from store.queries import find_case
from store.tables import CaseRow, ClockRow, TaskRow
from workflows.handlers.users import WebUser


def case_filter(user: WebUser) -> ColumnElement[bool] | None:
    """A WHERE clause on cases for this user, or None when they see every case."""
    if user.role is Role.PARTNER:
        party = user.partner_id or "-"
        return or_(
            col(CaseRow.id).in_(select(TaskRow.case_id).where(TaskRow.party == party)),
            col(CaseRow.id).in_(select(ClockRow.case_id).where(ClockRow.party == party)),
        )
    if user.role is Role.LOCAL_AUTHORITY:
        return col(CaseRow.local_authority) == (user.local_authority or "-")
    return None


def visible_case(session: Session, user: WebUser, reference: str) -> CaseRow:
    """The case, if this user may see it; NotFound otherwise (the same words either way)."""
    case = find_case(session, reference)
    where = case_filter(user)
    if (
        where is not None
        and session.exec(select(CaseRow.id).where(CaseRow.id == case.id, where)).first() is None
    ):
        raise NotFound(f"no case {reference!r}; `cspr cases` lists the open ones")
    return case
