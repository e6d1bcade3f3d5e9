"""The pages people read: the work tray, the case list, a case, a notice, the SLT dashboard."""

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from domain.actors import require
from domain.commands import MakeAnnualReport
from domain.reports.annual.year import ReportingYear, year_start_month
from notifications.annual_report import render_html
from workflows.handlers.pages.case_page import case_page, notice_page
from workflows.handlers.pages.lists import case_list, dashboard, digest_html
from workflows.handlers.pages.tray import work_tray
from workflows.handlers.report import make_annual_report
from workflows.web.deps import now_of, render, services_of, user_of

router = APIRouter()


@router.get("/")
def home(request: Request) -> Response:
    user_of(request)
    return RedirectResponse("/tray", status_code=303)


@router.get("/tray")
def tray(request: Request) -> Response:
    user = user_of(request)
    groups = work_tray(services_of(request), user, now_of(request).today)
    return render(request, "tray.html", title="Your work tray", groups=groups)


@router.get("/cases")
def cases(request: Request) -> Response:
    user = user_of(request)
    rows = case_list(services_of(request), user, now_of(request).today)
    return render(request, "cases.html", title="Open cases", rows=rows)


@router.get("/cases/{reference}")
def case(request: Request, reference: str) -> Response:
    user = user_of(request)
    view = case_page(services_of(request), user, reference, now_of(request).today)
    return render(request, "case.html", title=f"Case {reference}", case=view, errors={})


@router.get("/cases/{reference}/notices/{notice_id}")
def notice(request: Request, reference: str, notice_id: int) -> Response:
    user = user_of(request)
    view = notice_page(services_of(request), user, reference, notice_id)
    return render(
        request, "notice.html", title=f"Notice {notice_id}: {view['kind']} ({reference})", notice=view
    )


@router.get("/cases/{reference}/notices/{notice_id}/html")
def notice_html(request: Request, reference: str, notice_id: int) -> Response:
    """The notice's HTML as it was rendered, sandboxed: no script runs, nothing is fetched."""
    user = user_of(request)
    view = notice_page(services_of(request), user, reference, notice_id)
    return _sandboxed(view["body_html"])


def _sandboxed(html: str) -> Response:
    """Stored HTML (a notice, a digest, a report) served so that no script runs and nothing is fetched."""
    response = Response(html, media_type="text/html; charset=utf-8")
    response.headers["Content-Security-Policy"] = (
        "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    )
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response


@router.get("/digests/{digest_id}/html")
def digest(request: Request, digest_id: int) -> Response:
    user = user_of(request)
    return _sandboxed(digest_html(services_of(request), user, digest_id))


@router.get("/reports/annual")
def annual(request: Request, year: int | None = None) -> Response:
    user = user_of(request)
    require(user.actor, "annual_report")  # the report itself is made once, for the frame below
    today, start = now_of(request).today, year_start_month(services_of(request).partnership)
    chosen = ReportingYear(year or (today.year if today.month >= start else today.year - 1), start).year
    return render(request, "annual.html", title=f"Annual report {chosen}", year=chosen)


@router.get("/reports/annual/{year}/html")
def annual_html(request: Request, year: int) -> Response:
    user = user_of(request)
    report = make_annual_report(
        services_of(request), user.actor, MakeAnnualReport(year=year), now_of(request)
    )
    return _sandboxed(render_html(report))


@router.get("/dashboard")
def slt_dashboard(request: Request) -> Response:
    user = user_of(request)
    view = dashboard(services_of(request), user, now_of(request).today)
    return render(request, "dashboard.html", title="SLT dashboard", board=view)
