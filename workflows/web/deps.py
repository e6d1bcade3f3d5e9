"""What every route shares: the services, the moment, the signed-in user, rendering, checked forms."""

from datetime import date
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, PrefixLoader, select_autoescape
from starlette.datastructures import FormData

from domain.actors import Actor
from domain.errors import CommandRefused
from domain.kinds import Role
from workflows import services as svc
from workflows.handlers.context import Now, Services
from workflows.handlers.users import WebUser, signed_in_user
from workflows.web.session import csrf_ok, csrf_token

TEMPLATES = Path(__file__).parent / "templates"


class LoginRequired(Exception):
    """No one is signed in (or the session was tampered with, or ended)."""


class CsrfRefused(Exception):
    """A form arrived without the token its session gave it."""


def templates() -> Jinja2Templates:
    env = Environment(
        loader=ChoiceLoader(
            [
                FileSystemLoader(TEMPLATES),
                PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")}),
            ]
        ),
        autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
    )
    return Jinja2Templates(env=env)


def services_of(request: Request) -> Services:
    s: Services = request.app.state.services
    return s


def now_of(request: Request) -> Now:
    """The moment of this request, read once: every use in one request sees the same day."""
    cached = getattr(request.state, "now", None)
    if isinstance(cached, Now):
        return cached
    now = svc.now(services_of(request).partnership.timezone)
    request.state.now = now
    return now


def user_of(request: Request) -> WebUser:
    """The signed-in user, or LoginRequired (the route answers with a redirect to /login)."""
    cached = getattr(request.state, "user", None)
    if isinstance(cached, WebUser):
        return cached
    uid = request.state.session.get("uid")
    user = signed_in_user(services_of(request), uid) if isinstance(uid, int) else None
    if user is None:
        request.state.session.pop("uid", None)
        raise LoginRequired()
    request.state.user = user
    return user


def anonymous_actor(request: Request) -> Actor:
    """Who to name in the audit trail for a request from no one signed in."""
    host = request.client.host if request.client else "unknown"
    return Actor(name=f"anonymous at {host}", role=Role.SYSTEM)


async def checked_form(request: Request) -> FormData:
    """The posted form, once its CSRF token matches the session's; CsrfRefused otherwise."""
    form = await request.form()
    if not csrf_ok(request, form.get("csrf_token")):
        raise CsrfRefused()
    return form


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page, with the user, the CSRF token and any message from the last action."""
    user = getattr(request.state, "user", None)
    flash = request.state.session.pop("flash", None)
    page = {
        "request": request,
        "user": user,
        "csrf_token": csrf_token(request),
        "flash": flash,
        "today": now_of(request).today,
        **context,
    }
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, name, page, status_code=status_code
    )
    return response


def done(request: Request, url: str, message: str) -> RedirectResponse:
    """After a change: say what was done on the next page, and go there (POST, redirect, GET)."""
    request.state.session["flash"] = message
    return RedirectResponse(url, status_code=303)


def text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def day(form: FormData, name: str, what: str, default: date | None) -> date:
    """A YYYY-MM-DD field (blank gives the default), or the CLI's words for a bad date."""
    value = text(form, name)
    if not value and default is not None:
        return default
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandRefused(f"{what}: {value!r} is not a date; write it as YYYY-MM-DD") from None
