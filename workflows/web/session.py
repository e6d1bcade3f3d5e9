"""Signed session cookies (HTTP-only, SameSite=Lax, Secure over HTTPS, ending after inactivity)
and the CSRF token every form carries."""

import hmac
import os
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Request, Response
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from workflows.settings import settings

COOKIE = "cspr_session"
INACTIVITY_SECONDS = 30 * 60


def session_secret() -> str:
    """``CSPR_WEB_SECRET``, else a random key kept in an owner-only file (made on first use)."""
    env = settings()
    if env.web_secret.strip():
        return env.web_secret.strip()
    path = env.web_key_file()
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    key = secrets.token_urlsafe(48)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(key)
    return key


class Sessions:
    """Reads the session from the cookie before a request and signs it afresh after it."""

    def __init__(self, secret: str, max_age: int = INACTIVITY_SECONDS) -> None:
        self.serializer = URLSafeTimedSerializer(secret, salt="cspr-web-session")
        self.max_age = max_age

    def load(self, raw: str | None) -> tuple[dict[str, Any], str | None]:
        """The session, and why it was dropped: 'expired', 'tampered', or None."""
        if not raw:
            return {}, None
        try:
            data = self.serializer.loads(raw, max_age=self.max_age)
        except SignatureExpired:
            return {}, "expired"
        except BadSignature:
            return {}, "tampered"
        return (data, None) if isinstance(data, dict) else ({}, "tampered")

    async def middleware(
        self, request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        data, dropped = self.load(request.cookies.get(COOKIE))
        request.state.session = data
        request.state.session_dropped = dropped
        response = await call_next(request)
        session: dict[str, Any] = request.state.session
        if session:
            response.set_cookie(
                COOKIE,
                self.serializer.dumps(session),
                max_age=self.max_age,
                httponly=True,
                samesite="lax",
                secure=request.url.scheme == "https",
                path="/",
            )
        elif COOKIE in request.cookies:
            response.delete_cookie(COOKIE, path="/", httponly=True, samesite="lax")
        response.headers.setdefault("Cache-Control", "no-store")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use."""
    session: dict[str, Any] = request.state.session
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    token: str = session["csrf"]
    return token


def csrf_ok(request: Request, given: object) -> bool:
    """Whether a form's token matches its session's."""
    expected = request.state.session.get("csrf")
    return isinstance(given, str) and bool(expected) and hmac.compare_digest(given, expected)
