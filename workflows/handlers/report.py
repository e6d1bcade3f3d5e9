"""The annual report handler: who may read it, and one read of the store computed into figures."""

from datetime import date
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from calendars import WorkingCalendar
from domain.actors import Actor, require
from domain.reports.annual import AnnualReport, ReportingYear, compute, year_start_month
from store.annual_facts import load
from store.database import unit_of_work


def annual_report(
    session: Session,
    partnership: Any,
    calendar: WorkingCalendar,
    year: int,
    today: date,
    start_month: int | None = None,
) -> AnnualReport:
    """Load the store and compute the report for reporting year ``year``."""
    period = ReportingYear(year, start_month or year_start_month(partnership))
    names = {p.id: p.name for p in getattr(partnership, "partners", ())}
    return compute(load(session, names), period, calendar, today, getattr(partnership, "name", ""))


def make_annual_report(
    engine: Engine,
    actor: Actor,
    partnership: Any,
    calendar: WorkingCalendar,
    year: int,
    today: date,
    start_month: int | None = None,
) -> AnnualReport:
    """``annual_report`` for someone whose role may read it (001 §16.1: the partners, the ICSC,
    the SLT, the support team and the SPA)."""
    require(actor, "annual_report")
    with unit_of_work(engine) as session:
        return annual_report(session, partnership, calendar, year, today, start_month)
