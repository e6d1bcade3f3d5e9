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
    web_secret: str = ""  # signs the web pages' session cookies; else a key file under var/

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


def settings() -> Settings:
    """The settings as the environment gives them now (read afresh on each call)."""
    return Settings()
