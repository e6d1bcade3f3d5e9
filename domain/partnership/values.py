"""The pieces every part of the partnership configuration is made of: the base model, checked
text, e-mail and id types, and ``SettingError`` for a bad key below the field being validated."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints


class SettingError(ValueError):
    """A bad setting found below the field being validated; ``loc`` is the rest of its key path."""

    def __init__(self, loc: tuple[str | int, ...], problem: str) -> None:
        self.loc = loc
        self.problem = problem
        super().__init__(f"{'.'.join(str(p) for p in loc)}: {problem}" if loc else problem)


_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)


def _check_email(value: str) -> str:
    if not _EMAIL.match(value) or ".." in value:
        raise ValueError(f"{value!r} is not an e-mail address")
    return value


Email = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_check_email)]
"""An e-mail address, checked with a simple pattern (local@domain.tld)."""

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
"""A non-empty line of text."""

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,62}$")]
"""An id: lower-case letters, digits and hyphens, starting with a letter (e.g. 'hackney')."""


class Model(BaseModel):
    """A table of the configuration: unknown keys are refused and the values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def unique_ids(items: tuple[Any, ...]) -> tuple[Any, ...]:
    """Reject a repeated ``id``, naming both positions."""
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        if item.id in seen:
            raise SettingError((i, "id"), f"duplicate id {item.id!r} (also at {seen[item.id]})")
        seen[item.id] = i
    return items
