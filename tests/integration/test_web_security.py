"""The web service's defences, against the real app on 127.0.0.1: sign-in required, CSRF on every
form, signed cookies, role and partner scope enforced on the server and audited, free text shown
as text, failed sign-ins slowed then locked, calendar tokens revocable."""

import time
from collections.abc import Iterator
from datetime import date
from typing import Any

import httpx
import pytest
from icalendar import Calendar
from sqlmodel import col, select

from store.database import unit_of_work
from store.tables import AuditEventRow, TaskRow
from tests.web_support import (
    PASSWORD,
    csrf,
    decision_form,
    incident_form,
    post,
    seed,
    serve,
    sign_in,
)
from tests.web_support import (
    client as web_client,
)
from workflows.web.session import COOKIE

REF = "CHSCP-2026-0001"


@pytest.fixture
def web(services: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("CSPR_TODAY", "2026-12-29")
    seed(services)
    with serve(services) as base:
        yield base


def audit_events(services: Any, command: str) -> list[AuditEventRow]:
    with unit_of_work(services.engine) as session:
        return list(
            session.exec(
                select(AuditEventRow).where(AuditEventRow.command == command).order_by(col(AuditEventRow.id))
            )
        )


def logged_case(base: str) -> httpx.Client:
    support = sign_in(base, "sam.support")
    answer = post(support, "/incidents/new", "/incidents/new", incident_form())
    assert (answer.status_code, answer.headers["location"]) == (303, f"/cases/{REF}")
    return support


def decided_case(base: str, **changes: str) -> httpx.Client:
    logged_case(base)
    icsc = sign_in(base, "ivy.icsc")
    answer = post(icsc, f"/cases/{REF}/decide", f"/cases/{REF}/decide", decision_form(**changes))
    assert answer.status_code == 303, answer.text[-3000:]
    return icsc


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/tray",
        "/cases",
        f"/cases/{REF}",
        f"/cases/{REF}/decide",
        "/dashboard",
        "/calendar",
        "/incidents/new",
    ],
)
def test_a_page_answers_no_one_signed_in_with_a_redirect_to_login(web: str, path: str) -> None:
    answer = httpx.get(web + path, follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, "/login")


def test_the_login_form_has_username_password_and_a_hidden_csrf_token(web: str) -> None:
    page = httpx.get(web + "/login")
    assert page.status_code == 200 and "<title>Sign in – cspr</title>" in page.text
    for field in ('name="username"', 'name="password"', 'type="hidden" name="csrf_token"'):
        assert field in page.text
    cookie = page.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie  # plain HTTP here


def test_a_form_without_or_with_a_wrong_csrf_token_is_refused_and_changes_nothing(
    web: str, services: Any
) -> None:
    client = web_client(web, follow_redirects=True)
    client.get("/login")
    missing = client.post("/login", data={"username": "sam.support", "password": PASSWORD})
    assert missing.status_code == 403
    assert client.get("/tray", follow_redirects=False).status_code == 303  # not signed in

    support = sign_in(web, "sam.support")
    wrong = support.post("/incidents/new", data={**incident_form(), "csrf_token": "not-the-token"})
    assert wrong.status_code == 403
    assert "reload the page" in wrong.text
    other = sign_in(web, "sol.spa")  # a token from another session is wrong too
    theirs = csrf(other, "/incidents/new")
    stolen = support.post("/incidents/new", data={**incident_form(), "csrf_token": theirs})
    assert stolen.status_code == 403
    assert support.get(f"/cases/{REF}").status_code == 404  # no case was opened
    refused = [e.detail for e in audit_events(services, "refused")]
    assert sum(d["asked"] == "/incidents/new" for d in refused) == 2
    assert any(d["asked"] == "/login" for d in refused)


def test_a_tampered_session_cookie_signs_the_person_out(web: str) -> None:
    support = sign_in(web, "sam.support")
    assert support.get("/tray").status_code == 200
    value = support.cookies[COOKIE]
    forged = value[:-3] + ("AAA" if not value.endswith("AAA") else "BBB")
    tampered = web_client(web)
    tampered.cookies.set(COOKIE, forged)
    answer = tampered.get("/tray")
    assert (answer.status_code, answer.headers["location"]) == (303, "/login")
    assert 'cspr_session=""' in answer.headers["set-cookie"] or "Max-Age=0" in answer.headers["set-cookie"]
    tampered.cookies.set(COOKIE, forged)
    assert "could not be read, so you were signed out" in tampered.get("/login").text


def test_an_icsc_session_calling_the_slt_approval_is_refused_403_and_audited(web: str, services: Any) -> None:
    icsc = decided_case(web)
    answer = post(icsc, "/tray", f"/cases/{REF}/delay/approve", {"note": "approved"})
    assert answer.status_code == 403
    assert "answer delay: role icsc may not do this; it is for slt" in answer.text
    (event,) = [e for e in audit_events(services, "refused") if e.detail["asked"].endswith("/delay/approve")]
    assert (event.actor, event.role, event.reference) == ("ivy.icsc", "icsc", REF)


def test_a_partner_answering_for_another_partner_is_refused(web: str, services: Any) -> None:
    decided_case(web)
    police = sign_in(web, "pol.met")
    answer = post(
        police,
        f"/cases/{REF}",
        f"/cases/{REF}/ratify",
        {"partner_id": "hackney-council", "answer": "ratified"},
    )
    assert answer.status_code == 403
    assert "you answer for metropolitan-police only, not hackney-council" in answer.text
    with unit_of_work(services.engine) as session:
        council = session.exec(
            select(TaskRow).where(TaskRow.kind == "partner_ratification", TaskRow.party == "hackney-council")
        ).one()
        assert council.status == "open"
    (event,) = [e for e in audit_events(services, "refused") if e.detail["asked"].endswith("/ratify")]
    assert (event.actor, event.role) == ("pol.met", "partner")
    # and their own answer goes through
    own = post(
        police,
        f"/cases/{REF}",
        f"/cases/{REF}/ratify",
        {"partner_id": "metropolitan-police", "answer": "ratified"},
    )
    assert own.status_code == 303


def test_script_typed_into_free_text_is_shown_as_text_on_the_page_and_in_the_notice(
    web: str, services: Any
) -> None:
    script = '<script>alert("cspr")</script>'
    icsc = decided_case(web, family_rationale=f"We will look closely at what happened {script} to learn.")
    page = icsc.get(f"/cases/{REF}").text
    assert script not in page
    assert "&lt;script&gt;alert(&#34;cspr&#34;)&lt;/script&gt;" in page
    support = sign_in(web, "sam.support")
    case = support.get(f"/cases/{REF}").text
    letters = [
        line.split("/notices/")[1].split('"')[0]
        for line in case.splitlines()
        if "/notices/" in line and "family_outcome_letter" in line
    ]
    assert letters, "the decision queues the family's letter"
    rendered = support.get(f"/cases/{REF}/notices/{letters[0]}/html")
    assert rendered.status_code == 200 and "sandbox" in rendered.headers["content-security-policy"]
    assert script not in rendered.text and "&lt;script&gt;" in rendered.text
    shown = support.get(f"/cases/{REF}/notices/{letters[0]}").text
    assert script not in shown and "&lt;script&gt;" in shown


def test_ten_wrong_passwords_are_slowed_then_lock_the_account(web: str, services: Any) -> None:
    client = web_client(web)
    took: list[float] = []
    for _ in range(10):
        started = time.monotonic()
        answer = client.post(
            "/login",
            data={"username": "sid.slt", "password": "wrong-password", "csrf_token": csrf(client, "/login")},
        )
        took.append(time.monotonic() - started)
        assert answer.status_code == 401
    assert "locked after 10 wrong passwords" in answer.text
    # From the fifth wrong password each answer waits 0.25 s more: the sixth 0.5 s, the ninth
    # 1.25 s (less a little for the password check's own time, which varies).
    quick = min(took[:4])
    assert took[5] >= quick + 0.4 and took[8] >= quick + 1.1
    right = client.post(
        "/login", data={"username": "sid.slt", "password": PASSWORD, "csrf_token": csrf(client, "/login")}
    )
    assert right.status_code == 401 and "locked" in right.text  # even the right password, for a while
    reasons = [e.detail["reason"] for e in audit_events(services, "sign_in_refused")]
    assert reasons.count("wrong password") == 9 and reasons[9:] == [
        "wrong password; account locked",
        "locked",
    ]


def test_a_revoked_calendar_token_is_404_and_a_live_one_parses(web: str) -> None:
    logged_case(web)
    icsc = sign_in(web, "ivy.icsc")
    assert post(icsc, "/calendar", "/calendar/issue", {}).status_code == 303
    page = icsc.get("/calendar").text
    url = page.split('<code id="calendar-url">')[1].split("</code>")[0]
    feed = httpx.get(url)
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("text/calendar")
    events = Calendar.from_ical(feed.content).walk("VEVENT")
    # 15 working days from awareness (Thu 24 Dec 2026) to the rapid review, over Christmas Day,
    # Boxing Day 28 Dec 2026 (substitute) and New Year's Day: Tue 19 Jan 2027; the ICSC decides
    # 2 working days before it.
    assert [(str(e["summary"]), e.decoded("dtstart")) for e in events] == [
        (f"{REF}: Decide whether a local review is appropriate (19.11-19.17)", date(2027, 1, 15))
    ]
    assert "QZ" not in feed.text
    assert post(icsc, "/calendar", "/calendar/revoke", {}).status_code == 303
    assert httpx.get(url).status_code == 404
