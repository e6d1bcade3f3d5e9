"""Every ``CSPR_*`` environment variable, read in one place.

``CSPR_HOME`` is the one base folder: the case store, the outbox and generated artefacts sit
under it unless their own variable says otherwise. It defaults to the current folder, so
``var/cspr.db`` and ``var/outbox`` are where they have always been.
"""

from datetime import date
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

SHIPPED_CONFIG = Path(__file__).resolve().parents[1] / "config" / "city-and-hackney.toml"


class Settings(BaseSettings):
    """The environment a cspr process runs in. Values are kept as given; the methods check them."""

    model_config = SettingsConfigDict(env_prefix="CSPR_", extra="ignore")

    home: Path = Path()
    config: str = ""
    database_url: str = ""
    outbox: str = ""
    today: str = ""
    actor: str = ""
    role: str = ""
    debug: str = ""
    # Delivery (docs/delivery.md). Secrets come from here only, never from the TOML file.
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_ca_file: str = ""
    sending_lease_minutes: str = ""
    delivery_attempts: str = ""
    retry_seconds: str = ""
    chat_webhook: str = ""
    web_secret: str = ""  # signs the web pages' session cookies; else a key file under var/
    audit_key: str = ""
    audit_key_file: str = ""

    def audit_files(self, store_url: str) -> tuple[Path, Path]:
        """The audit key file (``CSPR_AUDIT_KEY_FILE``) and the anchor file beside it.

        By default both sit in the store's folder: beside a SQLite file, else ``var/``.
        """
        if self.audit_key_file.strip():
            key = Path(self.audit_key_file.strip())
        elif store_url.startswith("sqlite:///") and store_url != "sqlite:///:memory:":
            key = Path(store_url.split(":///", 1)[1]).parent / "audit.key"
        else:
            key = self.home / "var" / "audit.key"
        return key, key.parent / "audit-anchor.jsonl"

    def config_path(self) -> Path:
        """``CSPR_CONFIG`` if set (and not empty), else the shipped City & Hackney file."""
        return Path(self.config.strip()) if self.config.strip() else SHIPPED_CONFIG

    def store_url(self) -> str:
        """``CSPR_DATABASE_URL``, or SQLite at ``var/cspr.db`` under the base folder."""
        return self.database_url or f"sqlite:///{self.home / 'var' / 'cspr.db'}"

    def outbox_dir(self, configured: Path) -> Path:
        """``CSPR_OUTBOX``, else the configured outbox folder (a relative one under the base folder)."""
        if self.outbox:
            return Path(self.outbox)
        return configured if configured.is_absolute() else self.home / configured

    def web_key_file(self) -> Path:
        """The owner-only file holding the session-signing key when ``CSPR_WEB_SECRET`` is unset."""
        return self.home / "var" / "web-secret"

    def fixed_today(self) -> date | None:
        """``CSPR_TODAY`` (YYYY-MM-DD) fixes the date for replays and demos; None when unset."""
        fixed = self.today.strip()
        if not fixed:
            return None
        try:
            return date.fromisoformat(fixed)
        except ValueError:
            raise ValueError(f"CSPR_TODAY: {fixed!r} is not a date; write it as YYYY-MM-DD") from None

    def smtp_credentials(self) -> tuple[str | None, str | None]:
        """``CSPR_SMTP_USER`` and ``CSPR_SMTP_PASSWORD``, each None when unset."""
        return (self.smtp_user or None), (self.smtp_password or None)

    def smtp_ca_path(self) -> Path | None:
        """``CSPR_SMTP_CA_FILE``: a PEM bundle to trust for STARTTLS instead of the system's."""
        return Path(self.smtp_ca_file) if self.smtp_ca_file.strip() else None

    def lease_minutes(self) -> int:
        """``CSPR_SENDING_LEASE_MINUTES`` (default 10): how long a claimed notice may stay in sending."""
        return _whole(self.sending_lease_minutes, "CSPR_SENDING_LEASE_MINUTES", 10)

    def max_attempts(self) -> int:
        """``CSPR_DELIVERY_ATTEMPTS`` (default 5): attempts before a notice is parked for a person."""
        return _whole(self.delivery_attempts, "CSPR_DELIVERY_ATTEMPTS", 5)

    def retry_base_seconds(self) -> int:
        """``CSPR_RETRY_SECONDS`` (default 60): the first retry's wait; each later one doubles it."""
        return _whole(self.retry_seconds, "CSPR_RETRY_SECONDS", 60)

    def chat_webhook_url(self) -> str | None:
        """``CSPR_CHAT_WEBHOOK``: an apprise URL for escalations and the SLT digest; None when unset."""
        return self.chat_webhook.strip() or None


def _whole(value: str, name: str, default: int) -> int:
    text = value.strip()
    if not text:
        return default
    if not text.isdigit() or int(text) < 1:
        raise ValueError(f"{name}: {text!r} is not a whole number of at least 1")
    return int(text)


def settings() -> Settings:
    """The settings as the environment gives them now (read afresh on each call)."""
    return Settings()
