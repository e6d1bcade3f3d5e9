"""The web service under test: the real app served by uvicorn on 127.0.0.1 in a thread, its users,
and a signed-in client per person (httpx, following the pages as a browser would)."""

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import uvicorn

from domain.commands import AddUser
from tests.conftest import free_port
from workflows import services as svc
from workflows.cli.users import operator
from workflows.handlers.context import Services
from workflows.handlers.users import add_user
from workflows.web.app import create_app

PASSWORD = "synthetic-password-1"
PEOPLE: dict[str, tuple[str, str | None]] = {
    "sam.support": ("support_team", None),
    "ivy.icsc": ("icsc", None),
    "sol.spa": ("spa", None),
    "sid.slt": ("slt", None),
    "pat.council": ("partner", "hackney-council"),
    "pip.corporation": ("partner", "city-of-london-corporation"),
    "pam.ccg": ("partner", "city-and-hackney-ccg"),
    "pol.met": ("partner", "metropolitan-police"),
    "pen.citypolice": ("partner", "city-of-london-police"),
    "lee.city": ("local_authority", "city-of-london"),
}
_OPEN: list[httpx.Client] = []
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def seed(services: Services) -> None:
    now = svc.now()
    for username, (role, scope) in PEOPLE.items():
        partner, la = (scope, None) if role == "partner" else (None, scope)
        command = AddUser(
            username=username, role=role, password=PASSWORD, partner_id=partner, local_authority=la
        )
        add_user(services, operator(), command, now)


@contextmanager
def serve(services: Services) -> Iterator[str]:
    """The web service on a free port of 127.0.0.1; yields its base URL."""
    port = free_port()
    app = create_app(services=services, secret="synthetic-test-secret-" + "x" * 32)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web service did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        while _OPEN:
            _OPEN.pop().close()
        server.should_exit = True
        thread.join(timeout=10)


def csrf(client: httpx.Client, url: str) -> str:
    page = client.get(url)
    assert page.status_code == 200, (url, page.status_code)
    found = _CSRF.search(page.text)
    assert found, url
    return found.group(1)


def client(base: str, **options: Any) -> httpx.Client:
    """An HTTP client for the service, closed when the service stops."""
    made = httpx.Client(base_url=base, **{"follow_redirects": False, "timeout": 60, **options})
    _OPEN.append(made)
    return made


def sign_in(base: str, username: str, password: str = PASSWORD) -> httpx.Client:
    client_ = client(base)
    answer = client_.post(
        "/login", data={"username": username, "password": password, "csrf_token": csrf(client_, "/login")}
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/tray", answer.text[-2000:]
    return client_


def post(client: httpx.Client, page: str, action: str, data: dict[str, Any]) -> httpx.Response:
    """Send a form as its page would: with the CSRF token the page carries."""
    return client.post(action, data={**data, "csrf_token": csrf(client, page)})


def incident_form(**changes: str) -> dict[str, str]:
    form = {
        "local_authority": "hackney",
        "incident_date": "2026-12-22",
        "aware_date": "2026-12-24",
        "harm": "serious_harm",
        "abuse_or_neglect": "suspected",
        "location": "in_area",
        "looked_after": "no",
        "criminal_investigation": "no",
        "child_initials": "QZ",
        "child_age": "4",
        "child_sex": "female",
        "summary": "Synthetic: injuries not consistent with the account given.",
        "reported_by": "Synthetic hospital safeguarding team",
        "reference": "SYN-WEB-1",
    }
    return form | changes


def decision_form(**changes: str) -> dict[str, str]:
    form = {
        "outcome": "local_review",
        "finding_19_15c": "met",
        "reason_19_15c": "agencies did not share what they knew",
        "finding_19_16c": "not_applicable",
        "rationale": "Agencies did not share information about the family in time.",
        "family_rationale": "We will look closely at how services worked together for your child.",
        "immediate_actions": "Safety plan agreed with the family.",
    }
    return form | changes
