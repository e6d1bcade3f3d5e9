"""Who the partnership is and whom it tells: the ``[partnership]``, ``[contacts]`` and ``[external]``
tables, the local authorities and the safeguarding partners."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints, field_validator

from domain.partnership.values import Email, Model, Slug, Text


class PartnershipInfo(Model):
    """The ``[partnership]`` table."""

    id: Slug
    name: Text
    reference_prefix: Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9]{1,9}$")] = Field(
        description="Case references look like <prefix>-2026-0007"
    )
    timezone: str = "Europe/London"

    @field_validator("timezone")
    @classmethod
    def _london(cls, value: str) -> str:
        # A deadline expires at the end of its day, Europe/London.
        if value != "Europe/London":
            raise ValueError(
                f"{value!r} is not supported: statutory deadlines in England "
                "end at the end of the day in 'Europe/London'"
            )
        return value


class Contact(Model):
    """A mailbox: a name (a role title, not a person's name) and an e-mail address."""

    name: Text
    email: Email


class LocalAuthority(Contact):
    """A local authority of the partnership; it holds the duty to notify the Panel (19.6)."""

    id: Slug


class PartnerKind(StrEnum):
    """The three statutory safeguarding partner kinds."""

    LOCAL_AUTHORITY = "local_authority"
    POLICE = "police"
    HEALTH = "health"


class Partner(Contact):
    """A safeguarding partner (001 §6.1)."""

    id: Slug
    kind: PartnerKind


class Contacts(Model):
    """The partnership's own mailboxes (the ``[contacts]`` table)."""

    icsc: Contact
    spa: Contact
    slt: Contact
    support_team: Contact


class External(Model):
    """Recipients of generated notices outside the partnership (the ``[external]`` table)."""

    panel: Contact
    secretary_of_state: Contact
    ofsted: Contact
    nspcc_repository: Contact
