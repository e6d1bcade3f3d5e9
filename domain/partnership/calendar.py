"""The partnership's calendar: local closure days beside the bank holidays, and its reporting year."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator

from domain.partnership.values import Model, SettingError, Text


class ClosureDay(Model):
    """A local closure day: not a working day for this partnership."""

    date: date
    name: Text


class Calendar(Model):
    """The ``[calendar]`` table: England & Wales bank holidays plus local closure days."""

    region: Literal["england-and-wales"] = "england-and-wales"
    closure_days: tuple[ClosureDay, ...] = ()
    govuk_feed: Path | None = Field(
        default=None, description="A GOV.UK bank-holidays.json; the loader makes it absolute"
    )

    @field_validator("govuk_feed", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("closure_days")
    @classmethod
    def _one_per_date(cls, days: tuple[ClosureDay, ...]) -> tuple[ClosureDay, ...]:
        seen: dict[date, int] = {}
        for i, day in enumerate(days):
            if day.date in seen:
                raise SettingError(
                    (i, "date"), f"{day.date.isoformat()} is listed twice (also at {seen[day.date]})"
                )
            seen[day.date] = i
        return days


class Reporting(Model):
    """The partnership's reporting year for the annual report (001 §16.1): default April-March."""

    year_start_month: int = Field(default=4, ge=1, le=12)
