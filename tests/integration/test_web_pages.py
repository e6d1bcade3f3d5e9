"""What the pages show each person: the work tray's groups and colours, scope by partner and local
authority, the decision form's criteria and its errors in the CLI's words, the SLT dashboard."""

from collections.abc import Iterator
from typing import Any

import pytest
from sqlmodel import select

from domain.decisions import CRITERIA
from store.database import unit_of_work
from store.review_tables import DecisionRow
from tests.web_support import decision_form, incident_form, post, seed, serve, sign_in

REF = "CHSCP-2026-0001"


@pytest.fixture
def web(services: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("CSPR_TODAY", "2026-12-29")
    seed(services)
    with serve(services) as base:
        support = sign_in(base, "sam.support")
        assert post(support, "/incidents/new", "/incidents/new", incident_form()).status_code == 303
        yield base


def section(html: str, heading: str) -> str:
    return html.split(f">{heading} (")[1].split("<h2")[0]


def test_the_tray_groups_tasks_with_colours_and_working_days(
    web: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    support = sign_in(web, "sam.support")
    # Panel notification: 5 working days from Thu 24 Dec 2026, over Christmas Day and Boxing Day
    # 28 Dec 2026 (substitute) and New Year's Day: Tue 5 Jan 2027.
    tray = support.get("/tray").text
    assert "Later (2)" in tray and "Overdue (0)" in tray and "Due this week (0)" in tray
    assert "Tue 05 Jan 2027" in section(tray, "Later")
    monkeypatch.setenv("CSPR_TODAY", "2027-01-04")  # Monday of that week: 1 working day left
    week = section(support.get("/tray").text, "Due this week")
    assert week.count("govuk-tag--yellow") == 2 and ">1</td>" in week
    monkeypatch.setenv("CSPR_TODAY", "2027-01-06")  # the day after: overdue, red
    overdue = section(support.get("/tray").text, "Overdue")
    assert overdue.count("govuk-tag--red") == 2 and ">-1</td>" in overdue
    board = sign_in(web, "sid.slt").get("/dashboard").text
    assert "Breached (2)" in board and f'href="/cases/{REF}">{REF}</a>: Panel notification' in board


def test_partners_and_local_authorities_see_only_their_cases(web: str) -> None:
    police = sign_in(web, "pen.citypolice")
    assert REF not in police.get("/cases").text  # no task or clock of theirs yet
    assert police.get(f"/cases/{REF}").status_code == 404
    icsc = sign_in(web, "ivy.icsc")
    assert post(icsc, f"/cases/{REF}/decide", f"/cases/{REF}/decide", decision_form()).status_code == 303
    assert REF in police.get("/cases").text  # now they ratify it
    page = police.get(f"/cases/{REF}").text
    assert 'value="city-of-london-police"' in page and "Send the answer" in page
    city = sign_in(web, "lee.city")  # the City of London's people: a Hackney case is not theirs
    assert city.get(f"/cases/{REF}").status_code == 404 and REF not in city.get("/cases").text
    assert police.get("/dashboard").status_code == 403


def test_the_decision_form_has_every_criterion_and_refuses_in_the_clis_words(web: str, services: Any) -> None:
    icsc = sign_in(web, "ivy.icsc")
    form = icsc.get(f"/cases/{REF}/decide").text
    for code, wording in CRITERIA.items():
        assert f"{code}: {wording}" in form
        assert f'name="finding_{code.replace(".", "_")}"' in form
    assert "Panel notification: due 2027-01-05, open" in form  # the clocks beside the form
    bad = post(
        icsc,
        f"/cases/{REF}/decide",
        f"/cases/{REF}/decide",
        decision_form(finding_19_15c="met", reason_19_15c=""),
    )
    assert bad.status_code == 400 and "<title>Error: Decide on case" in bad.text
    words = "--criteria 19.15c: say in a few words why it is met, as 19.15c=REASON"
    assert f'href="#reason_19_15c">{words}' in bad.text.replace("\n", "")  # in the summary
    assert 'id="reason_19_15c-error"' in bad.text
    short = post(icsc, f"/cases/{REF}/decide", f"/cases/{REF}/decide", decision_form(rationale="Too short"))
    assert "--rationale: give the reasons for the decision in a sentence or more, not a word" in short.text
    assert 'id="rationale-error"' in short.text and "Too short" in short.text  # kept in the field
    with unit_of_work(services.engine) as session:
        assert session.exec(select(DecisionRow)).all() == []


def test_the_incident_form_refuses_a_future_date_beside_the_field(web: str) -> None:
    support = sign_in(web, "sam.support")
    bad = post(
        support, "/incidents/new", "/incidents/new", incident_form(aware_date="2027-02-01", reference="SYN-2")
    )
    assert bad.status_code == 400
    assert 'id="aware_date-error"' in bad.text
    assert "aware_date: 2027-02-01 is in the future (today is 2026-12-29); check the date" in bad.text
    assert "CHSCP-2026-0002" not in support.get("/cases").text


def test_a_partner_updates_and_completes_only_their_own_learning_actions(web: str, services: Any) -> None:
    from datetime import date

    from domain.actors import Actor
    from domain.commands import AddAction, AddRecommendation
    from domain.kinds import Role
    from store.local_review_tables import ActionRow
    from tests.conftest import at
    from workflows.handlers.learning import add_action, add_recommendation

    icsc = sign_in(web, "ivy.icsc")
    assert post(icsc, f"/cases/{REF}/decide", f"/cases/{REF}/decide", decision_form()).status_code == 303
    spa, now = Actor(name="Synthetic SPA", role=Role.SPA), at(date(2026, 12, 29))
    add_recommendation(
        services, spa, AddRecommendation(reference=REF, number=1, text="Share information sooner."), now
    )
    due = date(2027, 6, 30)
    mine, theirs = (
        add_action(
            services,
            spa,
            AddAction(
                reference=REF,
                recommendation=1,
                agency=agency,
                lead="Synthetic lead",
                description=f"Training for {agency}",
                due=due,
            ),
            now,
        )
        for agency in ("metropolitan-police", "hackney-council")
    )
    police = sign_in(web, "pol.met")
    page = police.get("/actions").text
    assert f"Action {mine}:" in page and f"Action {theirs}:" not in page
    other = post(
        police, "/actions", f"/actions/{theirs}/complete", {"evidence": "Training delivered to all staff."}
    )
    assert other.status_code == 403
    assert "you report for metropolitan-police only, not hackney-council" in other.text
    short = post(police, "/actions", f"/actions/{mine}/complete", {"evidence": "done"})
    assert short.status_code == 400 and "--evidence:" in short.text
    assert (
        post(police, "/actions", f"/actions/{mine}/update", {"note": "Half the staff trained."}).status_code
        == 303
    )
    done = post(
        police, "/actions", f"/actions/{mine}/complete", {"evidence": "Training delivered to all staff."}
    )
    assert done.status_code == 303
    with unit_of_work(services.engine) as session:
        assert session.get(ActionRow, mine).status == "done"
        assert session.get(ActionRow, theirs).status == "open"


def test_the_panels_response_is_refused_before_the_submission_in_the_clis_words(web: str) -> None:
    icsc = sign_in(web, "ivy.icsc")
    assert post(icsc, f"/cases/{REF}/decide", f"/cases/{REF}/decide", decision_form()).status_code == 303
    spa = sign_in(web, "sol.spa")
    early = post(spa, f"/cases/{REF}", f"/cases/{REF}/panel-response", {"agrees": "agrees"})
    assert early.status_code == 400 and 'href="#panel_response"' in early.text
    assert "record the submission with `cspr rapid-review submitted` first" in early.text
    assert post(spa, f"/cases/{REF}", f"/cases/{REF}/rapid-review/submitted", {}).status_code == 303
    agreed = post(spa, f"/cases/{REF}", f"/cases/{REF}/panel-response", {"agrees": "agrees"})
    assert agreed.status_code == 303
    assert "The Panel agrees" in spa.get(f"/cases/{REF}").text
    support = sign_in(web, "sam.support")
    page = support.get(f"/cases/{REF}").text
    assert "Record the copy sent" in page and "Record the submission to the repository" in page
    withheld = post(
        support, f"/cases/{REF}", f"/cases/{REF}/withhold", {"scope": "full", "justification": "x y z"}
    )
    assert (
        withheld.status_code == 403
        and "withhold: role support_team may not do this; it is for icsc" in withheld.text
    )


def test_the_slt_sees_the_annual_report_with_its_charts_and_the_latest_digest(
    web: str, services: Any
) -> None:
    from datetime import date

    from domain.actors import Actor
    from domain.commands import SendDigest
    from domain.kinds import Role
    from tests.conftest import at
    from workflows.handlers.digest import send_digest

    send_digest(
        services,
        Actor(name="system", role=Role.SYSTEM),
        SendDigest(as_of=date(2026, 12, 29)),
        at(date(2026, 12, 29)),
    )
    slt = sign_in(web, "sid.slt")
    board = slt.get("/dashboard").text
    assert "(2026-12-29)" in board and "/digests/1/html" in board
    digest = slt.get("/digests/1/html")
    assert (
        digest.status_code == 200
        and REF in digest.text
        and "sandbox" in digest.headers["content-security-policy"]
    )
    page = slt.get("/reports/annual?year=2026")
    assert page.status_code == 200 and "<title>Annual report 2026 – cspr</title>" in page.text
    report = slt.get("/reports/annual/2026/html")
    assert report.status_code == 200 and "<svg" in report.text and REF in report.text
    city = sign_in(web, "lee.city")
    assert city.get("/reports/annual/2026/html").status_code == 403
    assert city.get("/digests/1/html").status_code == 403
