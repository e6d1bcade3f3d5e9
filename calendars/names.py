"""GOV.UK titles for the England and Wales bank holidays the `holidays` package knows.

GOV.UK's ``bank-holidays.json`` is the public reference: its titles are used for every day it
has a title for.  Names the package gives that are not mapped here (e.g. one-off days before
GOV.UK's feed began in 2012, such as "Millennium Celebrations") are kept as the package spells
them.  A substitute ("observed") day is named ``"<title> (substitute day)"``.
"""

from __future__ import annotations

from datetime import date

SUBSTITUTE_SUFFIX = " (substitute day)"
"""Appended to a title for a substitute day (GOV.UK: notes "Substitute day")."""

LOCAL_CLOSURE = "Local closure day"
"""Name given to a local closure day configured without a name."""

PACKAGE_TO_GOVUK: dict[str, str] = {
    "New Year's Day": "New Year’s Day",  # GOV.UK uses the curly apostrophe
    "Good Friday": "Good Friday",
    "Easter Monday": "Easter Monday",
    "May Day": "Early May bank holiday",
    "Spring Bank Holiday": "Spring bank holiday",
    "Late Summer Bank Holiday": "Summer bank holiday",
    "Christmas Day": "Christmas Day",
    "Boxing Day": "Boxing Day",
    "Diamond Jubilee of Elizabeth II": "Queen’s Diamond Jubilee",
    "Platinum Jubilee of Elizabeth II": "Platinum Jubilee bank holiday",
    "State Funeral of Queen Elizabeth II": ("Bank Holiday for the State Funeral of Queen Elizabeth II"),
    "Coronation of Charles III": "Bank holiday for the coronation of King Charles III",
}
"""The `holidays` package's GB/ENG names (as of 0.109) -> GOV.UK titles."""

TITLE_ON_DATE: dict[tuple[date, str], str] = {
    # The early May bank holiday moved to Friday 8 May 2020 for the 75th anniversary of VE day.
    (date(2020, 5, 8), "Early May bank holiday"): "Early May bank holiday (VE day)",
}
"""(date, usual title) -> the title GOV.UK gives that holiday in that one year."""

_OBSERVED = " (observed)"


def govuk_title(package_name: str, day: date) -> str:
    """Return the GOV.UK-style name for a day the `holidays` package calls ``package_name``.

    The package joins two holidays on one date with "; "; each part is mapped separately.
    """
    return "; ".join(_one_title(part, day) for part in package_name.split("; "))


def _one_title(name: str, day: date) -> str:
    if name.endswith(_OBSERVED):
        base = name.removesuffix(_OBSERVED)
        return PACKAGE_TO_GOVUK.get(base, base) + SUBSTITUTE_SUFFIX
    title = PACKAGE_TO_GOVUK.get(name, name)
    return TITLE_ON_DATE.get((day, title), title)
