"""The annual report handler: who may read it, and one read of the store computed into figures."""

from datetime import date
from typing import Any

from sqlmodel import Session

from calendars import WorkingCalendar
from domain.actors import Actor, require
from domain.commands import MakeAnnualReport
from domain.reports.annual import AnnualReport, ReportingYear, compute, year_start_month
from store.annual_facts import load
from store.database import unit_of_work
from workflows.handlers.context import Now, Services


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


def make_annual_report(services: Services, actor: Actor, command: MakeAnnualReport, now: Now) -> AnnualReport:
    """``annual_report`` for someone whose role may read it (001 §16.1: the partners, the ICSC,
    the SLT, the support team and the SPA)."""
    require(actor, "annual_report")
    with unit_of_work(services.engine) as session:
        return annual_report(
            session, services.partnership, services.calendar, command.year, now.today, command.start_month
        )
