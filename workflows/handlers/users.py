"""The people who sign in: adding, disabling and resetting them (operators on the server), and
signing in and out of the web pages, with failed attempts slowed and then locked."""

import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from domain.actors import Actor, require
from domain.commands import AddUser, DisableUser, ResetPassword, SignIn
from domain.errors import CommandRefused, NotFound, NotPermitted
from domain.kinds import Role
from store import audit
from store.database import transact, unit_of_work
from store.user_tables import UserRow
from workflows.handlers.context import Now, Services

SLOW_AFTER = 5  # wrong passwords in a row before each further attempt is slowed
LOCK_AFTER = 10  # wrong passwords in a row that lock the account
LOCK_FOR = timedelta(minutes=15)
SLOW_STEP_SECONDS = 0.25
MIN_PASSWORD = 10
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
_HASHER = PasswordHasher()
_DUMMY_HASH = _HASHER.hash("not a password anyone has")
SIGNED_IN_ROLES = tuple(r for r in Role if r is not Role.SYSTEM)


@dataclass(frozen=True)
class WebUser:
    """A signed-in person: who, in which role, and for which partner or local authority."""

    id: int
    username: str
    role: Role
    partner_id: str | None
    local_authority: str | None

    @property
    def actor(self) -> Actor:
        return Actor(name=self.username, role=self.role)


@dataclass(frozen=True)
class SignInResult:
    """A sign-in's outcome: the user, or the words saying why not; and how long to slow the answer."""

    user: WebUser | None
    refusal: str | None
    slow_seconds: float = 0.0


def _web_user(row: UserRow) -> WebUser:
    assert row.id is not None
    return WebUser(row.id, row.username, Role(row.role), row.partner_id, row.local_authority)


def _password(password: str, what: str = "--password") -> str:
    if len(password) < MIN_PASSWORD or len(password) > 200:
        raise CommandRefused(f"{what}: use between {MIN_PASSWORD} and 200 characters")
    return password


def _find(session: Session, username: str) -> UserRow:
    row = session.exec(select(UserRow).where(UserRow.username == username)).first()
    if row is None:
        raise NotFound(f"no user {username!r}; `cspr users list` shows them")
    return row


def _audit(session: Session, actor: Actor, command: str, now: Now, **detail: Any) -> None:
    audit.append(
        session, at=now.at, actor=actor.name, role=actor.role, command=command, reference=None, detail=detail
    )


def add_user(services: Services, actor: Actor, command: AddUser, now: Now) -> int:
    """Add a person who may sign in; returns their id."""
    require(actor, "manage_users")
    username = command.username.strip().lower()
    if not _USERNAME.match(username):
        raise CommandRefused(
            f"USERNAME: {command.username!r} is not a username; use 2 to 64 lower-case letters, "
            "digits, dots, hyphens or underscores"
        )
    try:
        role = Role(command.role)
    except ValueError:
        raise CommandRefused(
            f"--role: {command.role!r} is not a role; use one of {', '.join(SIGNED_IN_ROLES)}"
        ) from None
    if role is Role.SYSTEM:
        raise CommandRefused(f"--role: system is not for people; use one of {', '.join(SIGNED_IN_ROLES)}")
    p = services.partnership
    partner, la = command.partner_id, command.local_authority
    if role is Role.PARTNER:
        ids = [x.id for x in p.partners]
        if partner not in ids:
            raise CommandRefused(f"--partner: a partner user needs one of {', '.join(ids)}")
    elif partner:
        raise CommandRefused("--partner: only a partner user is tied to a partner")
    if role is Role.LOCAL_AUTHORITY:
        if la not in p.local_authority_ids:
            raise CommandRefused(
                f"--local-authority: a local authority user needs one of {', '.join(p.local_authority_ids)}"
            )
    elif la:
        raise CommandRefused("--local-authority: only a local authority user is tied to one")
    digest = _HASHER.hash(_password(command.password))

    def work(session: Session) -> int:
        if session.exec(select(UserRow).where(UserRow.username == username)).first():
            raise CommandRefused(f"USERNAME: {username} already exists; choose another")
        row = UserRow(
            username=username,
            role=role,
            partner_id=partner,
            local_authority=la,
            password_hash=digest,
            created_at=now.at,
        )
        session.add(row)
        session.flush()
        _audit(session, actor, "add_user", now, username=username, user_role=role, partner=partner)
        assert row.id is not None
        return row.id

    result: int = transact(services.engine, work)
    return result


def disable_user(services: Services, actor: Actor, command: DisableUser, now: Now) -> None:
    """Stop a person signing in (their sessions end at their next request)."""
    require(actor, "manage_users")

    def work(session: Session) -> None:
        row = _find(session, command.username)
        row.disabled = True
        row.calendar_token = None
        session.add(row)
        _audit(session, actor, "disable_user", now, username=row.username)

    transact(services.engine, work)


def reset_password(services: Services, actor: Actor, command: ResetPassword, now: Now) -> None:
    """Set a new password and clear the failed count and the lock."""
    require(actor, "manage_users")
    digest = _HASHER.hash(_password(command.password))

    def work(session: Session) -> None:
        row = _find(session, command.username)
        row.password_hash, row.failed_logins, row.locked_until = digest, 0, None
        session.add(row)
        _audit(session, actor, "reset_password", now, username=row.username)

    transact(services.engine, work)


def list_users(services: Services, actor: Actor) -> list[dict[str, Any]]:
    """Every user: name, role, partner or local authority, disabled, locked."""
    require(actor, "manage_users")
    with unit_of_work(services.engine) as session:
        rows = session.exec(select(UserRow).order_by(col(UserRow.username))).all()
        return [
            {
                "username": r.username,
                "role": r.role,
                "partner": r.partner_id,
                "local_authority": r.local_authority,
                "disabled": r.disabled,
                "failed_logins": r.failed_logins,
                "locked_until": r.locked_until.isoformat() if r.locked_until else None,
            }
            for r in rows
        ]


def _aware(value: Any) -> Any:
    from datetime import UTC

    return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)


def sign_in(services: Services, actor: Actor, command: SignIn, now: Now) -> SignInResult:
    """Check a username and password; count, slow and lock wrong ones; audit every attempt.

    ``actor`` is who is asking before anyone is signed in: the address, as the web pages name it.
    """
    username = command.username.strip().lower()
    wrong = "The username or password is not right; check them and try again"

    def work(session: Session) -> SignInResult:
        row = session.exec(select(UserRow).where(UserRow.username == username)).first()
        who = Actor(name=username[:200] or "unknown", role=Role(row.role) if row else Role.SYSTEM)
        if row is None:
            _verify(_DUMMY_HASH, command.password)  # the same time as a real check
            _audit(session, who, "sign_in_refused", now, reason="unknown user", address=command.address)
            return SignInResult(None, wrong)
        locked = _aware(row.locked_until)
        if locked is not None and locked > now.at:
            _audit(session, who, "sign_in_refused", now, reason="locked", address=command.address)
            return SignInResult(
                None,
                f"This account is locked after {LOCK_AFTER} wrong passwords; try again after "
                f"{locked:%H:%M} UTC, or ask an operator to reset the password",
            )
        if row.disabled or not _verify(row.password_hash, command.password):
            row.failed_logins += 1
            reason = "disabled" if row.disabled else "wrong password"
            if row.failed_logins >= LOCK_AFTER:
                row.locked_until, row.failed_logins = now.at + LOCK_FOR, 0
                reason = "wrong password; account locked"
            session.add(row)
            _audit(session, who, "sign_in_refused", now, reason=reason, address=command.address)
            slow = max(0, row.failed_logins - SLOW_AFTER + 1) * SLOW_STEP_SECONDS
            if row.locked_until and _aware(row.locked_until) > now.at:
                return SignInResult(
                    None,
                    f"This account is locked after {LOCK_AFTER} wrong passwords; try again after "
                    f"{_aware(row.locked_until):%H:%M} UTC, or ask an operator to reset the password",
                    LOCK_AFTER * SLOW_STEP_SECONDS,
                )
            return SignInResult(None, wrong, slow)
        row.failed_logins, row.locked_until = 0, None
        session.add(row)
        _audit(session, who, "sign_in", now, address=command.address)
        return SignInResult(_web_user(row), None)

    result: SignInResult = transact(services.engine, work)
    return result


def _verify(digest: str, password: str) -> bool:
    try:
        return _HASHER.verify(digest, password)
    except (VerificationError, InvalidHashError):
        return False


def sign_out(services: Services, user: WebUser, now: Now) -> None:
    """Record that a person signed out."""
    transact(services.engine, lambda s: _audit(s, user.actor, "sign_out", now))


def record_refusal(
    services: Services, actor: Actor, what: str, reference: str | None, reason: str, now: Now
) -> None:
    """Put a refused request in the audit trail: who, what they asked for, and why it was refused."""

    def work(session: Session) -> None:
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="refused",
            reference=reference,
            detail={"asked": what, "reason": reason},
        )

    transact(services.engine, work)


def signed_in_user(services: Services, user_id: int) -> WebUser | None:
    """The user a session names, or None when they are gone, disabled or locked."""
    with unit_of_work(services.engine) as session:
        row = session.get(UserRow, user_id)
        if row is None or row.disabled:
            return None
        return _web_user(row)


def issue_calendar_token(services: Services, user: WebUser, now: Now) -> str:
    """A new private calendar token for the user (the old one stops working)."""
    token = secrets.token_urlsafe(32)

    def work(session: Session) -> None:
        row = session.get(UserRow, user.id)
        if row is None:
            raise NotPermitted("sign in again")
        row.calendar_token = token
        session.add(row)
        _audit(session, user.actor, "issue_calendar_token", now)

    transact(services.engine, work)
    return token


def revoke_calendar_token(services: Services, user: WebUser, now: Now) -> None:
    """Stop the user's calendar URL working."""

    def work(session: Session) -> None:
        row = session.get(UserRow, user.id)
        if row is not None:
            row.calendar_token = None
            session.add(row)
            _audit(session, user.actor, "revoke_calendar_token", now)

    transact(services.engine, work)


def calendar_token_of(services: Services, user: WebUser) -> str | None:
    with unit_of_work(services.engine) as session:
        row = session.get(UserRow, user.id)
        return row.calendar_token if row else None


def user_for_token(services: Services, token: str) -> WebUser | None:
    """The enabled user whose calendar token this is, or None."""
    if not token or len(token) > 64:
        return None
    with unit_of_work(services.engine) as session:
        row = session.exec(select(UserRow).where(UserRow.calendar_token == token)).first()
        if row is None or row.disabled or not hmac.compare_digest(row.calendar_token or "", token):
            return None
        return _web_user(row)
