"""The web service's app factory: sessions, templates, GOV.UK Frontend's assets, the routes, and
the answers to a missing login, a bad CSRF token, a refused role and a missing case."""

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from domain.errors import NotFound, NotPermitted
from workflows import services as svc
from workflows.handlers.context import Services
from workflows.handlers.users import record_refusal
from workflows.web import routes_actions, routes_auth, routes_pages
from workflows.web.deps import (
    CsrfRefused,
    LoginRequired,
    anonymous_actor,
    now_of,
    render,
    services_of,
    templates,
)
from workflows.web.session import Sessions, session_secret
from workflows.web.throttle import AddressThrottle

ROOT = Path(__file__).resolve().parents[2]
GOVUK = ROOT / "node_modules" / "govuk-frontend" / "dist" / "govuk"


def create_app(
    config_path: str | None = None, services: Services | None = None, secret: str | None = None
) -> FastAPI:
    """The web service for a partnership's case store."""
    app = FastAPI(title="cspr", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.services = services or svc.services(config_path)
    app.state.templates = templates()
    app.state.throttle = AddressThrottle()
    app.middleware("http")(Sessions(secret or session_secret()).middleware)
    app.mount("/assets", StaticFiles(directory=GOVUK / "assets", check_dir=False), name="assets")
    app.mount("/govuk", StaticFiles(directory=GOVUK, check_dir=False), name="govuk")
    for module in (routes_auth, routes_pages, routes_actions):
        app.include_router(module.router)

    @app.exception_handler(LoginRequired)
    async def _login(request: Request, _: Exception) -> Response:
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(CsrfRefused)
    async def _csrf(request: Request, _: Exception) -> Response:
        user = getattr(request.state, "user", None)
        actor = user.actor if user else anonymous_actor(request)
        reason = "the form's CSRF token was missing or wrong"
        record_refusal(services_of(request), actor, request.url.path, None, reason, now_of(request))
        return _refused(
            request,
            403,
            "This form was not sent from this service's own page, or it has "
            "expired. Go back, reload the page and try again.",
        )

    @app.exception_handler(NotPermitted)
    async def _forbidden(request: Request, exc: Exception) -> Response:
        user = getattr(request.state, "user", None)
        actor = user.actor if user else anonymous_actor(request)
        reference = request.path_params.get("reference")
        record_refusal(services_of(request), actor, request.url.path, reference, str(exc), now_of(request))
        return _refused(request, 403, str(exc))

    @app.exception_handler(NotFound)
    async def _missing(request: Request, exc: Exception) -> Response:
        return _refused(request, 404, str(exc))

    return app


def _refused(request: Request, status: int, message: str) -> HTMLResponse:
    title = {403: "You cannot do this", 404: "Page not found"}.get(status, "Something went wrong")
    return render(request, "refused.html", status_code=status, title=title, message=message)
