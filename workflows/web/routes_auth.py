"""Signing in and out, and each person's private calendar feed."""

import asyncio

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from domain.commands import SignIn
from domain.errors import NotFound
from workflows.handlers.pages.calendar_feed import calendar_feed
from workflows.handlers.users import (
    calendar_token_of,
    issue_calendar_token,
    record_refusal,
    revoke_calendar_token,
    sign_in,
    sign_out,
    user_for_token,
)
from workflows.web.deps import anonymous_actor, checked_form, done, now_of, render, services_of, text, user_of

router = APIRouter()
TOO_MANY = "Too many wrong passwords from this address; wait a quarter of an hour and try again"


@router.get("/login")
def login_page(request: Request) -> Response:
    dropped = request.state.session_dropped
    note = {
        "expired": "You were signed out after 30 minutes without activity; sign in again",
        "tampered": "Your session could not be read, so you were signed out; sign in again",
    }.get(dropped or "")
    return render(request, "login.html", title="Sign in", note=note, error=None, username="")


@router.post("/login")
async def login(request: Request) -> Response:
    form = await checked_form(request)
    address = request.client.host if request.client else "unknown"
    s, now = services_of(request), now_of(request)
    username = text(form, "username")
    password = form.get("password")
    throttle = request.app.state.throttle
    if throttle.refused(address):
        record_refusal(s, anonymous_actor(request), "/login", None, "too many failures from the address", now)
        return render(
            request, "login.html", 429, title="Sign in", note=None, error=TOO_MANY, username=username
        )
    command = SignIn(
        username=username, password=password if isinstance(password, str) else "", address=address
    )
    result = sign_in(s, anonymous_actor(request), command, now)
    if result.user is None:
        slow = max(result.slow_seconds, throttle.failed(address))
        if slow:
            await asyncio.sleep(slow)
        return render(
            request, "login.html", 401, title="Sign in", note=None, error=result.refusal, username=username
        )
    throttle.cleared(address)
    request.state.session.clear()  # a new session (and CSRF token) on every sign-in
    request.state.session["uid"] = result.user.id
    request.state.user = result.user
    return RedirectResponse("/tray", status_code=303)


@router.post("/logout")
async def logout(request: Request) -> Response:
    user = user_of(request)
    await checked_form(request)
    sign_out(services_of(request), user, now_of(request))
    request.state.session.clear()
    return RedirectResponse("/login", status_code=303)


@router.get("/calendar")
def calendar_page(request: Request) -> Response:
    user = user_of(request)
    token = calendar_token_of(services_of(request), user)
    url = f"{request.base_url}calendar/{token}.ics" if token else None
    return render(request, "calendar.html", title="Your calendar feed", url=url)


@router.post("/calendar/issue")
async def calendar_issue(request: Request) -> Response:
    user = user_of(request)
    await checked_form(request)
    issue_calendar_token(services_of(request), user, now_of(request))
    return done(request, "/calendar", "A new calendar address was made; the old one no longer works")


@router.post("/calendar/revoke")
async def calendar_revoke(request: Request) -> Response:
    user = user_of(request)
    await checked_form(request)
    revoke_calendar_token(services_of(request), user, now_of(request))
    return done(request, "/calendar", "Your calendar address no longer works")


@router.get("/calendar/{token}.ics")
def calendar_ics(request: Request, token: str) -> Response:
    s = services_of(request)
    user = user_for_token(s, token)
    if user is None:
        raise NotFound("no such calendar; make a new address on the calendar page")
    now = now_of(request)
    body = calendar_feed(s, user, now.today, now.at)
    return Response(body, media_type="text/calendar; charset=utf-8")
