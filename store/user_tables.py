"""The people who sign in to the web pages: a role each, a partner or local authority for some,
an argon2 password hash, and a private calendar token."""

from datetime import datetime

from sqlmodel import Field, SQLModel


class UserRow(SQLModel, table=True):
    """One person who may sign in. A partner user answers for one partner only."""

    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=64, unique=True, index=True)
    role: str = Field(max_length=20)
    partner_id: str | None = Field(default=None, max_length=64)
    local_authority: str | None = Field(default=None, max_length=64)
    password_hash: str = Field(max_length=200)
    disabled: bool = Field(default=False)
    failed_logins: int = Field(default=0)
    locked_until: datetime | None = None
    created_at: datetime
    calendar_token: str | None = Field(default=None, max_length=64, unique=True, index=True)
