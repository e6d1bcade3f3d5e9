"""The web pages in Debian's headless Chromium, driven by Playwright: one walk from the incident to
the SLT's approval of a delay, every page checked by axe-core and kept as a screenshot."""

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.web_support import PASSWORD, PEOPLE, seed, serve

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "var" / "test-artifacts"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
REF = "CHSCP-2026-0001"
PARTNERS = [u for u, (role, _) in PEOPLE.items() if role == "partner"]
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SERIOUS = """async () => {
  const r = await axe.run(document, {resultTypes: ["violations"]});
  return r.violations.filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => v.id + ": " + v.nodes.map(n => n.target.join(" ")).join(", "));
}"""


def _needed(what: str, missing: bool) -> None:
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"{what} is missing (CI is set): `make test` installs it")
        pytest.skip(f"{what} is missing: run `make test` (or `make browser frontend`)")


@pytest.fixture
def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    _needed("chromium", path is None)
    _needed("axe-core (make frontend)", not AXE.exists())
    assert path is not None
    return path


class Walk:
    """A browser tab that keeps a screenshot and an axe-core check of every page it shows."""

    def __init__(self, page: Any, base: str) -> None:
        self.page, self.base = page, base
        self.titles: dict[str, set[str]] = {}  # title -> the paths that showed it
        self.count = 0

    def check(self, name: str) -> None:
        self.count += 1
        self.page.screenshot(path=str(ARTIFACTS / f"{self.count:02d}-{name}.png"), full_page=True)
        self.page.add_script_tag(path=str(AXE))
        assert self.page.evaluate(SERIOUS) == [], name
        title = self.page.title().removeprefix("Error: ")  # a page with an error says so first
        path = re.sub(r"\d+$", "N", self.page.url.removeprefix(self.base).split("#")[0])
        self.titles.setdefault(title, set()).add(path)
        assert title.endswith("– cspr"), title

    def goto(self, path: str, name: str) -> None:
        self.page.goto(self.base + path)
        self.check(name)

    def sign_in(self, username: str) -> None:
        self.page.goto(self.base + "/login")
        self.page.get_by_label("Username", exact=True).fill(username)
        self.page.keyboard.press("Tab")  # the keyboard alone: to the password, then Enter
        self.page.keyboard.type(PASSWORD)
        self.page.keyboard.press("Enter")
        self.page.wait_for_url(self.base + "/tray")
        self.check(f"tray-{username}")

    def sign_out(self) -> None:
        self.page.get_by_role("button", name="Sign out").click()
        self.page.wait_for_url(self.base + "/login")

    def banner(self) -> str:
        return str(self.page.locator(".govuk-notification-banner").inner_text())


@pytest.fixture
def walk(chromium: str, services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Walk]:
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("CSPR_TODAY", "2026-12-29")
    seed(services)
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    profile = tmp_path / "profile"
    profile.mkdir()
    with serve(services) as base, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=chromium, headless=True, args=ARGS
        )
        try:
            yield Walk(context.new_page(), base)
        finally:
            context.close()


def test_incident_to_an_approved_delay_in_the_browser(walk: Walk) -> None:
    page = walk.page
    walk.goto("/login", "login")

    # 1. The support team logs the incident.
    walk.sign_in("sam.support")
    walk.goto("/incidents/new", "incident-form")
    page.get_by_label("Local authority", exact=True).select_option("hackney")
    page.get_by_label("Date of the incident", exact=True).fill("2026-12-22")
    page.get_by_label("Date the local authority became aware", exact=True).fill("2026-12-24")
    page.get_by_label("The child was seriously harmed", exact=True).check()
    page.check("input[name=abuse_or_neglect][value=suspected]")
    page.check("input[name=location][value=in_area]")
    page.check("input[name=looked_after][value=no]")
    page.check("input[name=criminal_investigation][value=no]")
    page.check("input[name=child_sex][value=female]")
    page.get_by_label("The child's initials", exact=True).fill(
        "qz"
    )  # lower case: refused, as the CLI refuses it
    page.get_by_label("The child's age in whole years", exact=True).fill("4")
    page.get_by_label("What happened, briefly", exact=True).fill(
        "Synthetic: injuries not consistent with the account."
    )
    page.get_by_label("Who reported it (agency or role)", exact=True).fill("Synthetic hospital team")
    page.get_by_role("button", name="Log the incident").click()
    walk.check("incident-form-error")
    assert page.title().startswith("Error: ")
    assert page.locator("#child_initials-error").inner_text() == (
        "Error:\nInitials only: 1 to 3 capital letters, e.g. 'AB'"
    )
    page.get_by_label("The child's initials", exact=True).fill("QZ")
    page.get_by_role("button", name="Log the incident").click()
    page.wait_for_url(walk.base + f"/cases/{REF}")
    assert f"Case {REF} opened" in walk.banner()
    walk.check("case-logged")
    walk.goto("/dashboard", "dashboard-support")
    walk.sign_out()

    # 2. The ICSC sees the task in the work tray and decides with the form.
    walk.sign_in("ivy.icsc")
    tray = page.locator("main").inner_text()
    assert "Due this week (0)" in tray and "Later (1)" in tray and "2027-01-15" not in tray
    assert "Fri 15 Jan 2027" in tray  # 2 working days before the rapid review (Tue 19 Jan 2027)
    page.get_by_role("link", name=f"Record the decision for {REF}").click()
    walk.check("decide-form")
    page.get_by_label("Hold a local child safeguarding practice review", exact=True).check()
    page.check("input[name=finding_19_15c][value=met]")
    page.get_by_label("Rationale", exact=True).fill("Too short")
    page.get_by_role("button", name="Record the decision").click()
    walk.check("decide-form-error")
    summary = page.locator(".govuk-error-summary").inner_text()
    assert "--criteria 19.15c: " in summary  # the CLI's words, beside the field too
    assert page.locator("#reason_19_15c-error").count() == 1
    page.get_by_label("Reason for 19.15c (required when met)", exact=True).fill(
        "agencies did not share information"
    )
    page.get_by_label("Rationale", exact=True).fill(
        "Agencies did not share what they knew about the family in time."
    )
    page.get_by_label("The reasons for the family", exact=True).fill(
        "We will look closely at how services worked together."
    )
    page.get_by_role("button", name="Record the decision").click()
    page.wait_for_url(walk.base + f"/cases/{REF}")
    assert "Decision 1 recorded (local_review)" in walk.banner()
    walk.sign_out()

    # 3. Each partner ratifies, for their own partner only.
    for username in PARTNERS:
        walk.sign_in(username)
        page.get_by_role("link", name=f"Ratify or challenge for {REF}").click()
        page.get_by_label("Ratify the decision", exact=True).check()
        walk.check(f"ratify-{username}")
        page.get_by_role("button", name="Send the answer").click()
        assert "ratified the decision" in walk.banner()
        walk.goto("/dashboard", f"refused-dashboard-{username}")
        assert "You cannot do this" in page.locator("h1").inner_text()
        walk.sign_out()

    # 4. The SPA submits the rapid review, plans the review and asks for a delay.
    walk.sign_in("sol.spa")
    walk.goto(f"/cases/{REF}", "case-spa")
    page.get_by_role("button", name="Record the submission").click()
    assert "Rapid review submitted on 2026-12-29" in walk.banner()
    page.get_by_label("Reviewer", exact=True).fill("Synthetic Reviewer")
    page.get_by_role("button", name="Record the plan").click()
    assert "Review plan recorded" in walk.banner()
    page.get_by_label("Publish by", exact=True).fill("2027-12-31")
    page.get_by_label("Why the delay is needed", exact=True).fill(
        "A criminal trial is listed for the autumn of 2027."
    )
    page.get_by_role("button", name="Request the delay").click()
    assert "Delay to 2027-12-31 requested" in walk.banner()
    walk.check("case-delay-requested")
    walk.sign_out()

    # 5. The ICSC recommends it, and the SLT approves it from the dashboard.
    walk.sign_in("ivy.icsc")
    walk.goto(f"/cases/{REF}", "case-icsc-recommends")
    page.get_by_label("Recommend approval", exact=True).check()
    page.get_by_role("button", name="Send the recommendation").click()
    assert "You recommend that the SLT approves the delay" in walk.banner()
    walk.sign_out()

    walk.sign_in("sid.slt")
    walk.goto("/dashboard", "dashboard-slt")
    board = page.locator("main").inner_text()
    assert "Delays waiting for approval (1)" in board and "recommendation: approve, by ivy.icsc" in board
    page.get_by_role("button", name="Approve the delay").click()
    assert "Delay approved: publication now due 2027-12-31" in walk.banner()

    # 6. The case page shows all of it.
    walk.goto(f"/cases/{REF}", "case-complete")
    main = page.locator("main").inner_text()
    assert "Decision 1: local_review" in main and "19.15c" in main
    assert "Delays\tapproved" in main or "Delays\napproved" in main
    for username in PARTNERS:
        assert f"{username} (partner)\tratify" in main
    assert "ivy.icsc (icsc)\trecommend delay" in main
    assert "sol.spa (spa)\trequest delay" in main and "sid.slt (slt)\tapprove delay" in main
    assert page.locator("svg.cspr-timeline").count() == 1
    page.get_by_role("link", name=re.compile(r"^\d+: family_outcome_letter$")).first.click()
    walk.check("notice")
    walk.goto("/cases", "cases")
    walk.goto("/actions", "actions")
    walk.goto("/reports/annual?year=2026", "annual-report")
    walk.goto("/calendar", "calendar")
    shared = {title: paths for title, paths in walk.titles.items() if len(paths) > 1}
    assert shared == {}  # every page has its own title
    assert len(walk.titles) >= 10
