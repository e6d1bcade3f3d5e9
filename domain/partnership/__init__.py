"""The partnership configuration: who the partnership is, whom to tell, and its rule overrides.

Pure pydantic models, no file I/O (``workflows.config.load_partnership`` reads the TOML file).
Every model forbids unknown keys and is frozen. Validation errors that concern a key below the
field being validated are raised as ``SettingError`` carrying the rest of the key path, so the
loader can name the exact key (e.g. ``rules.panel_notification.working_days``).

The models live by table: ``contacts`` (who the partnership is and whom it tells), ``calendar``
(closure days, the reporting year), ``overrides`` (``[rules.*]``), ``ladder`` (``[[escalation]]``),
``delivery`` (``[digest]``, ``[delivery]``) and ``model`` (the whole file); ``values`` holds the
shared pieces. Import them from here.
"""

from domain.partnership.calendar import Calendar, ClosureDay, Reporting
from domain.partnership.contacts import (
    Contact,
    Contacts,
    External,
    LocalAuthority,
    Partner,
    PartnerKind,
    PartnershipInfo,
)
from domain.partnership.delivery import Delivery, Digest
from domain.partnership.ladder import DEFAULT_LADDER, EscalationStep, Recipient, Trigger
from domain.partnership.model import Partnership
from domain.partnership.overrides import STATUTORY_CLOCKS, RuleOverride
from domain.partnership.values import Email, SettingError, Slug, Text

__all__ = [
    "DEFAULT_LADDER",
    "STATUTORY_CLOCKS",
    "Calendar",
    "ClosureDay",
    "Contact",
    "Contacts",
    "Delivery",
    "Digest",
    "Email",
    "EscalationStep",
    "External",
    "LocalAuthority",
    "Partner",
    "PartnerKind",
    "Partnership",
    "PartnershipInfo",
    "Recipient",
    "Reporting",
    "RuleOverride",
    "SettingError",
    "Slug",
    "Text",
    "Trigger",
]
