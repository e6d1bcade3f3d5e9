"""One demo user per role for `make demo`, so `make web` can be tried at once (demo store only)."""

from domain.commands import AddUser
from domain.errors import CommandRefused
from domain.kinds import Role
from workflows.cli.users import operator
from workflows.handlers.context import Now, Services
from workflows.handlers.users import add_user

DEMO_USERS: tuple[tuple[str, Role, str | None, str | None], ...] = (
    ("demo-support", Role.SUPPORT_TEAM, None, None),
    ("demo-spa", Role.SPA, None, None),
    ("demo-icsc", Role.ICSC, None, None),
    ("demo-slt", Role.SLT, None, None),
    ("demo-partner", Role.PARTNER, "metropolitan-police", None),
    ("demo-la", Role.LOCAL_AUTHORITY, None, "hackney"),
)


def demo_password(username: str) -> str:
    return f"{username}-password"


def seed_demo_users(services: Services, now: Now) -> list[str]:
    """Add the demo users that are missing; returns the lines that say how to sign in as each."""
    lines = []
    for username, role, partner, la in DEMO_USERS:
        command = AddUser(
            username=username,
            role=role,
            password=demo_password(username),
            partner_id=partner,
            local_authority=la,
        )
        try:
            add_user(services, operator(), command, now)
        except CommandRefused as exc:
            if "already exists" not in str(exc):
                raise
        scope = f" ({partner or la})" if partner or la else ""
        lines.append(f"  {username:<14} password {demo_password(username):<24} {role}{scope}")
    return lines
