"""How notices leave: the SLT digest's schedule (``[digest]``) and the outbox channel (``[delivery]``)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, Field, model_validator

from domain.partnership.values import Email, Model, SettingError, Text


def _check_zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{value!r} is not a time zone (e.g. 'Europe/London')") from None
    return value


_CRON_FIELD = re.compile(r"^[0-9A-Za-z*/,\-?LW#]+$")


def _check_cron(value: str) -> str:
    fields = value.split()
    if len(fields) != 5 or not all(_CRON_FIELD.match(f) for f in fields):
        raise ValueError(f"{value!r} is not a five-field cron expression (e.g. '0 8 * * 1')")
    return " ".join(fields)


class Digest(Model):
    """The SLT digest of open clocks (default: Mondays 08:00 Europe/London)."""

    cron: Annotated[str, AfterValidator(_check_cron)] = "0 8 * * 1"
    timezone: Annotated[str, AfterValidator(_check_zone)] = "Europe/London"


# Secrets belong to the environment (CSPR_SMTP_USER, CSPR_SMTP_PASSWORD, CSPR_SMTP_CA_FILE), never
# to a file that is copied, committed and shared: each key is refused with the variable to use.
_SECRETS = {
    "smtp_user": "CSPR_SMTP_USER",
    "smtp_username": "CSPR_SMTP_USER",
    "username": "CSPR_SMTP_USER",
    "smtp_password": "CSPR_SMTP_PASSWORD",
    "password": "CSPR_SMTP_PASSWORD",
    "smtp_ca_file": "CSPR_SMTP_CA_FILE",
    "chat_webhook": "CSPR_CHAT_WEBHOOK",
}


class Delivery(Model):
    """How notices leave the outbox: ``.eml`` files in a folder, or SMTP (secrets: the environment)."""

    channel: Literal["file", "smtp"] = "file"
    outbox_dir: Path = Path("var/outbox")
    from_address: Email
    smtp_host: Text | None = None
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_starttls: bool = True

    @model_validator(mode="before")
    @classmethod
    def _no_secrets(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for key, variable in _SECRETS.items():
                if key in data:
                    raise SettingError(
                        (key,),
                        f"secrets are never read from the configuration file; remove it and set {variable} "
                        "in the environment",
                    )
        return data

    @model_validator(mode="after")
    def _smtp_needs_host(self) -> Delivery:
        if self.channel == "smtp" and self.smtp_host is None:
            raise SettingError(("smtp_host",), "required when channel = 'smtp'")
        return self
