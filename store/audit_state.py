"""The state an audit event leaves: a digest of each affected case's rows, table by table."""

import hashlib
import json
from typing import Any

from sqlalchemy import Table, select
from sqlmodel import Session

from store.local_review_tables import (
    ActionRow,
    DelayRow,
    RecommendationRow,
    ReviewRow,
)
from store.review_tables import DecisionRow, PanelResponseRow, RatificationRow
from store.tables import CaseRow, ChildRow, ClockRow, TaskRow

CASE_TABLES: tuple[Any, ...] = (
    ChildRow,
    ClockRow,
    TaskRow,
    DecisionRow,
    RatificationRow,
    PanelResponseRow,
    ReviewRow,
    DelayRow,
    RecommendationRow,
    ActionRow,
)
"""The tables whose rows belong to one case (by ``case_id``), besides ``cases`` itself."""

_TABLES: dict[str, Table] = {t.__tablename__: t.__table__ for t in (CaseRow, *CASE_TABLES)}
TRACKED = frozenset(_TABLES)


def _digest(rows: list[Any]) -> str:
    body = json.dumps(rows, sort_keys=True, separators=(",", ":"), default=str, ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _rows(session: Session, table: Table, where: Any) -> list[dict[str, Any]]:
    result = session.connection().execute(select(table).where(where).order_by(*table.primary_key.columns))
    return [dict(r._mapping) for r in result]


def case_state(session: Session, case_id: int) -> dict[str, str]:
    """Table name -> digest of that table's rows for the case, as the session sees them now."""
    return {name: table_state(session, name, case_id) for name in _TABLES}


def table_state(session: Session, name: str, case_id: int) -> str:
    """The digest of one tracked table's rows for the case, as the session sees them now."""
    table = _TABLES[name]
    where = table.c.id == case_id if name == "cases" else table.c.case_id == case_id
    return _digest(_rows(session, table, where))


def case_of(obj: object) -> int | None:
    """The case a changed row belongs to, if it is one of the tracked tables."""
    name = getattr(obj, "__tablename__", None)
    if name not in TRACKED:
        return None
    value = getattr(obj, "id" if name == "cases" else "case_id", None)
    return value if isinstance(value, int) else None
