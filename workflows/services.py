"""Wires the domain's commands to real infrastructure: configuration, database, calendar, renderer, time."""

from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from domain.actors import Actor
from notifications import NoticeRenderer
from notifications.channels import Channel, channel_from_settings
from store import audit, audit_seal
from store.database import make_engine
from workflows import bootstrap
from workflows.files import tighten_store
from workflows.handlers.context import Now, Services
from workflows.handlers.outbox import DeliveryPolicy
from workflows.settings import settings


def now(timezone: str = "Europe/London") -> Now:
    """The current moment; ``CSPR_TODAY`` (YYYY-MM-DD) fixes the date for replays and demos."""
    at = datetime.now(UTC)
    today = settings().fixed_today() or at.astimezone(ZoneInfo(timezone)).date()
    return Now(at=at, today=today)


def services(config_path: str | None = None, db_url: str | None = None) -> Services:
    """The partnership, its calendar, the case store and the notice renderer (cached per process)."""
    return _services(config_path, db_url or settings().store_url())


@lru_cache(maxsize=8)
def _services(config_path: str | None, db_url: str) -> Services:
    partnership, cal = bootstrap.load(config_path)
    engine = make_engine(db_url)
    tighten_store(db_url)
    env = settings()
    key_file, anchor = env.audit_files(db_url)
    audit_seal.attach(engine, audit_seal.load(env.audit_key, key_file, anchor))
    audit.adopt_unsealed(engine)  # a store from before the seal: sealed once, chain checked first
    return Services(engine=engine, partnership=partnership, calendar=cal, renderer=NoticeRenderer())


def actor_from(name: str | None, role: str | None) -> Actor:
    """The actor from --as/--role or CSPR_ACTOR/CSPR_ROLE."""
    env = settings()
    name = name or env.actor
    role = role or env.role
    if not name or not role:
        raise ValueError("who is acting? give --as NAME --role ROLE (or set CSPR_ACTOR and CSPR_ROLE)")
    return Actor(name=name, role=role)  # type: ignore[arg-type]


def outbox_dir(services: Services) -> Path:
    """The folder the file channel writes .eml files into (``CSPR_OUTBOX`` overrides the config)."""
    return settings().outbox_dir(Path(services.partnership.delivery.outbox_dir))


def channel(services: Services) -> Channel:
    """The delivery channel the configuration names (file outbox by default, or SMTP).

    SMTP credentials and the CA file come from the environment only (CSPR_SMTP_USER,
    CSPR_SMTP_PASSWORD, CSPR_SMTP_CA_FILE).
    """
    d = services.partnership.delivery
    env = settings()
    user, password = env.smtp_credentials()
    return channel_from_settings(
        d.channel,
        outbox_dir=outbox_dir(services),
        smtp_host=d.smtp_host,
        smtp_port=d.smtp_port,
        smtp_starttls=d.smtp_starttls,
        smtp_user=user,
        smtp_password=password,
        smtp_ca_file=env.smtp_ca_path(),
    )


def delivery_policy() -> DeliveryPolicy:
    """The lease, attempts and first retry wait: CSPR_SENDING_LEASE_MINUTES, CSPR_DELIVERY_ATTEMPTS,
    CSPR_RETRY_SECONDS."""
    env = settings()
    return DeliveryPolicy(
        lease=timedelta(minutes=env.lease_minutes()),
        max_attempts=env.max_attempts(),
        retry_base=timedelta(seconds=env.retry_base_seconds()),
    )
