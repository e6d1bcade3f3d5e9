"""`cspr users` and `cspr web`: the people who sign in to the web pages, and serving the pages."""

import getpass
import json
from typing import Annotated

import typer

from domain.actors import Actor
from domain.commands import AddUser, DisableUser, ResetPassword
from domain.kinds import Role
from workflows import services as svc
from workflows.cli.app import ConfigOpt, JsonOpt, app, config_arg
from workflows.handlers.users import add_user, disable_user, list_users, reset_password
from workflows.settings import settings

users_app = typer.Typer(help="The people who sign in to the web pages.", no_args_is_help=True)
app.add_typer(users_app, name="users")

User = Annotated[str, typer.Argument(help="The username people sign in with, e.g. asmith.")]
PasswordOpt = Annotated[
    str | None,
    typer.Option("--password", help="The password [default: asked for, not echoed].", show_default=False),
]


def operator() -> Actor:
    """The person at the server's command line (CSPR_ACTOR, else the login name)."""
    name = settings().actor or getpass.getuser()
    return Actor(name=f"{name} (operator on the server)", role=Role.SYSTEM)


def _password(given: str | None) -> str:
    if given is not None:
        return given
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise ValueError("--password: the two passwords differ; type the same one twice")
    return first


@users_app.command("add")
def users_add(
    username: User,
    role: Annotated[
        str, typer.Option("--role", help="support_team, spa, icsc, partner, slt, local_authority.")
    ],
    partner: Annotated[
        str | None,
        typer.Option("--partner", help="The partner's id (partner users only).", show_default=False),
    ] = None,
    local_authority: Annotated[
        str | None,
        typer.Option(
            "--local-authority", help="The local authority's id (its users only).", show_default=False
        ),
    ] = None,
    password: PasswordOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Add a person who may sign in to the web pages."""
    s = svc.services(config_arg(config))
    command = AddUser(
        username=username,
        role=role,
        password=_password(password),
        partner_id=partner,
        local_authority=local_authority,
    )
    add_user(s, operator(), command, svc.now(s.partnership.timezone))
    print(f"user {username.strip().lower()} added ({role}{', ' + partner if partner else ''})")


@users_app.command("disable")
def users_disable(username: User, config: ConfigOpt = None) -> None:
    """Stop a person signing in; their calendar URL stops working too."""
    s = svc.services(config_arg(config))
    disable_user(s, operator(), DisableUser(username=username), svc.now(s.partnership.timezone))
    print(f"user {username} disabled")


@users_app.command("reset-password")
def users_reset(username: User, password: PasswordOpt = None, config: ConfigOpt = None) -> None:
    """Give a person a new password (and unlock them)."""
    s = svc.services(config_arg(config))
    command = ResetPassword(username=username, password=_password(password))
    reset_password(s, operator(), command, svc.now(s.partnership.timezone))
    print(f"user {username}: password reset")


@users_app.command("list")
def users_list(config: ConfigOpt = None, as_json: JsonOpt = False) -> None:
    """List the users, their roles and whether they may sign in."""
    s = svc.services(config_arg(config))
    rows = list_users(s, operator())
    if as_json:
        print(json.dumps({"users": rows}, indent=2))
        return
    for r in rows:
        scope = r["partner"] or r["local_authority"] or ""
        state = "disabled" if r["disabled"] else ("locked" if r["locked_until"] else "active")
        print(f"{r['username']:<24} {r['role']:<16} {scope:<28} {state}")
    if not rows:
        print("no users yet: `cspr users add USERNAME --role ROLE`")


@app.command("web")
def web(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8080,
    config: ConfigOpt = None,
) -> None:
    """Serve the web pages (login, work tray, cases, decision form, dashboard) until Ctrl-C."""
    import uvicorn

    from workflows.web.app import create_app

    uvicorn.run(create_app(config_arg(config)), host=host, port=port, log_level="warning")
