"""The pages people read: the work tray, the case list, a case, a notice, the SLT dashboard."""

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from workflows.handlers.pages.case_page import case_page, notice_page
from workflows.handlers.pages.lists import case_list, dashboard
from workflows.handlers.pages.tray import work_tray
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
    response = Response(view["body_html"], media_type="text/html; charset=utf-8")
    response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'; style-src 'unsafe-inline'"
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response


@router.get("/dashboard")
def slt_dashboard(request: Request) -> Response:
    user = user_of(request)
    view = dashboard(services_of(request), user, now_of(request).today)
    return render(request, "dashboard.html", title="SLT dashboard", board=view)
