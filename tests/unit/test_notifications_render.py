"""Notice rendering: every kind, the contract context, StrictUndefined, escaping and injection.

Synthetic data only: initials like "XY", example.org addresses.
"""

import copy
import re
from datetime import date
from typing import Any

import pytest

from notifications.render import TEMPLATES_DIR, NoticeRenderer, days_left, iso, long_date

KINDS = ["icsc_decision_request", "lac_death_notice", "panel_notification", "partner_notice"]
BASIS = {
    "panel_notification": "19.5-19.7",
    "partner_notice": "19.8",
    "lac_death_notice": "19.9",
    "icsc_decision_request": "19.11-19.17",
}
# The paragraph each notice quotes in its visible text and its template comments.
PARAGRAPH = {
    "panel_notification": "19.7",
    "partner_notice": "19.8",
    "lac_death_notice": "19.9",
    "icsc_decision_request": "19.15",
}
DUE = date(2027, 1, 6)
DUE_LONG = "Wed 6 Jan 2027"
INJECTION = "Found at home {{ 7*7 }} <script>alert(1)</script>"


def sample_context(kind: str = "panel_notification", *, left: int = 3) -> dict[str, Any]:
    """A full context as the domain builds it (domain.notices.notice_context)."""
    return {
        "notice": {
            "kind": kind,
            "basis": BASIS[kind],
            "due": DUE,
            "working_days_left": left,
            "explanation": "5 working days after the local authority became aware (Tue 29 Dec 2026); "
            f"{BASIS[kind]}. Not working days: New Year's Day Fri 1 Jan 2027.",
        },
        "case": {
            "reference": "CHSCP-2026-0007",
            "local_authority": "London Borough of Hackney",
            "incident_date": date(2026, 12, 27),
            "aware_date": date(2026, 12, 29),
            "harm": "death",
            "abuse_or_neglect": "suspected",
            "location": "in_area",
            "looked_after": True,
            "criminal_investigation": False,
            "children": [{"initials": "XY", "age": 4, "sex": "female"}],
            "summary": "Synthetic summary for tests.",
            "reported_by": "Example Police",
            "considered_at_discretion": False,
        },
        "clocks": {
            "panel_notification": {"due": DUE, "statutory": True, "basis": "19.5-19.7"},
            "rapid_review_submission": {"due": date(2027, 1, 20), "statutory": True, "basis": "19.11-19.13"},
            "icsc_decision": {"due": date(2027, 1, 18), "statutory": False, "basis": "19.11-19.17"},
        },
        "partnership": {"name": "City & Hackney Safeguarding Children Partnership", "short_name": "CHSCP"},
        "sender": {"name": "CHSCP support team", "email": "support@example.org"},
        "recipients": [{"name": "Example Recipient", "email": "recipient@example.org"}],
        "today": date(2027, 1, 4),
    }


@pytest.fixture(scope="module")
def renderer() -> NoticeRenderer:
    return NoticeRenderer()


def test_kinds_lists_the_four_intake_notices(renderer: NoticeRenderer) -> None:
    kinds = renderer.kinds()
    assert set(KINDS) <= set(kinds)
    assert kinds == sorted(kinds) and not any(k.startswith("_") for k in kinds)


def test_templates_follow_one_layout(renderer: NoticeRenderer) -> None:
    """notices/<kind>/ holds exactly the three parts, partials/ the shared pieces, reports/ the annual
    report; every name ends .<type>.j2, and nothing else sits in the folder."""
    files = sorted(p.relative_to(TEMPLATES_DIR).as_posix() for p in TEMPLATES_DIR.rglob("*") if p.is_file())
    parts = {"subject.txt.j2", "text.txt.j2", "html.html.j2"}
    notices = [f for f in files if f.startswith("notices/")]
    assert len(notices) == 3 * len(renderer.kinds())
    for kind in renderer.kinds():
        assert {f.split("/", 2)[2] for f in notices if f.split("/")[1] == kind} == parts
    others = [f for f in files if not f.startswith("notices/")]
    assert others and all(re.fullmatch(r"(partials|reports)/[a-z_]+\.(txt|html|md)\.j2", f) for f in others)
    assert {"reports/annual.md.j2", "reports/annual.html.j2"} <= set(others)


def test_filters() -> None:
    assert long_date(date(2027, 1, 5)) == "Tue 5 Jan 2027"
    assert iso(date(2027, 1, 5)) == "2027-01-05"
    assert [days_left(n) for n in (3, 1, 0, -1, -2)] == [
        "3 working days left",
        "1 working day left",
        "due today",
        "1 working day overdue",
        "2 working days overdue",
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_every_part_names_basis_reference_due_date_and_days_left(renderer: NoticeRenderer, kind: str) -> None:
    notice = renderer.render(kind, sample_context(kind))
    for part in (notice.subject, notice.text, notice.html):
        assert BASIS[kind] in part
        assert "CHSCP-2026-0007" in part
        assert DUE_LONG in part
        assert "3 working days left" in part
    assert PARAGRAPH[kind] in notice.text
    assert PARAGRAPH[kind] in notice.html


@pytest.mark.parametrize("kind", KINDS)
def test_templates_quote_their_paragraph_in_a_comment(kind: str) -> None:
    for part in ("text.txt.j2", "html.html.j2"):
        source = (TEMPLATES_DIR / "notices" / kind / part).read_text(encoding="utf-8")
        comments = " ".join(re.findall(r"\{#(.*?)#\}", source, flags=re.S))
        assert PARAGRAPH[kind] in comments or BASIS[kind] in comments


@pytest.mark.parametrize("kind", KINDS)
def test_html_part_is_a_complete_document_with_inline_css_only(renderer: NoticeRenderer, kind: str) -> None:
    html = renderer.render(kind, sample_context(kind)).html
    assert html.startswith("<!DOCTYPE html>")
    assert html.rstrip().endswith("</html>")
    assert "<style" not in html and "<link" not in html and "<script" not in html
    assert "City &amp; Hackney" in html


@pytest.mark.parametrize(
    ("left", "phrase"),
    [(3, "3 working days left"), (1, "1 working day left"), (0, "due today"), (-2, "2 working days overdue")],
)
def test_days_left_in_words(renderer: NoticeRenderer, left: int, phrase: str) -> None:
    notice = renderer.render("partner_notice", sample_context("partner_notice", left=left))
    assert phrase in notice.subject
    assert phrase in notice.text
    assert phrase in notice.html


def test_panel_notification_lays_out_the_online_form(renderer: NoticeRenderer) -> None:
    ctx = sample_context()
    ctx["case"]["children"].append({"initials": "AB", "age": 1, "sex": "male"})
    notice = renderer.render("panel_notification", ctx)
    for line in (
        "Local authority: London Borough of Hackney",
        "Case reference: CHSCP-2026-0007",
        "Date of incident: Sun 27 Dec 2026",
        "Date the local authority became aware: Tue 29 Dec 2026",
        "Harm: Death",
        "Abuse or neglect: Suspected",
        "Where: In the local authority's area",
        "Looked after: Yes",
        "Child 1 initials: XY",
        "Child 1 age: 4 years",
        "Child 1 sex: Female",
        "Child 2 initials: AB",
        "Child 2 age: 1 year",
        "Criminal investigation: No",
        "Brief summary: Synthetic summary for tests.",
        "Reported by: Example Police",
    ):
        assert line in notice.text
    assert "ready to copy" in notice.text
    rows = dict(re.findall(r"<th scope=\"row\"[^>]*>(.*?)</th><td[^>]*>(.*?)</td>", notice.html, flags=re.S))
    assert rows["Case reference"] == "CHSCP-2026-0007"
    assert rows["Child 2 initials"] == "AB"
    assert rows["Where"] == "In the local authority&#39;s area (19.5 a)"


def test_outside_england_is_19_5_b(renderer: NoticeRenderer) -> None:
    ctx = sample_context()
    ctx["case"]["location"] = "outside_england"
    text = renderer.render("panel_notification", ctx).text
    assert "Where: Outside England, while normally resident in the local authority's area (19.5 b)" in text


def test_partner_notice_gives_the_rapid_review_due_date(renderer: NoticeRenderer) -> None:
    notice = renderer.render("partner_notice", sample_context("partner_notice"))
    assert "Rapid review due to the Panel: Wed 20 Jan 2027 (19.11-19.13, statutory)" in notice.text
    assert "Wed 20 Jan 2027" in notice.html


def test_a_template_copes_with_an_absent_clock(renderer: NoticeRenderer) -> None:
    for kind in ("partner_notice", "icsc_decision_request"):
        ctx = sample_context(kind)
        ctx["clocks"] = {}
        notice = renderer.render(kind, ctx)
        assert "Rapid review due to the Panel: not set for this case." in notice.text


def test_lac_death_notice_is_whether_or_not_abuse_is_suspected(renderer: NoticeRenderer) -> None:
    ctx = sample_context("lac_death_notice")
    ctx["case"]["abuse_or_neglect"] = "not_suspected"
    notice = renderer.render("lac_death_notice", ctx)
    assert "whether or not abuse or neglect" in notice.text
    assert "Abuse or neglect: not known or suspected." in notice.text
    assert "Secretary of State and Ofsted" in notice.subject


def test_icsc_request_lists_criteria_circumstances_and_outcomes(renderer: NoticeRenderer) -> None:
    ctx = sample_context("icsc_decision_request")
    notice = renderer.render("icsc_decision_request", ctx)
    for heading in ("(19.15)", "(19.16)"):
        assert heading in notice.text and heading in notice.html
    assert notice.html.count("<li") >= 4 + 4 + 3 + 2
    words = " ".join(notice.text.split())  # the text part wraps long items
    assert "concerns regarding two or more organisations or agencies working together" in words  # 19.15
    assert "children in institutional settings" in words  # 19.16
    for outcome in ("Local review", "National review referral", "No review"):
        assert outcome in notice.text and outcome in notice.html
    assert "Rapid review due to the Panel: Wed 20 Jan 2027" in notice.text
    assert "Paragraph 19.17" not in notice.text
    ctx["case"]["considered_at_discretion"] = True
    assert "Paragraph 19.17" in renderer.render("icsc_decision_request", ctx).text


def test_a_missing_value_is_an_error_naming_it(renderer: NoticeRenderer) -> None:
    ctx = sample_context()
    del ctx["case"]["reference"]
    with pytest.raises(ValueError, match=r"'panel_notification'.*case\.reference is missing"):
        renderer.render("panel_notification", ctx)
    ctx = sample_context()
    del ctx["case"]["children"][0]["sex"]
    with pytest.raises(ValueError, match=r"case\.children\[0\]\.sex is missing"):
        renderer.render("panel_notification", ctx)
    ctx = sample_context()
    del ctx["notice"]
    with pytest.raises(ValueError, match=r"notice is missing"):
        renderer.render("panel_notification", ctx)


def test_a_bad_value_is_an_error_not_a_blank(renderer: NoticeRenderer) -> None:
    ctx = sample_context()
    ctx["case"]["harm"] = "bruising"
    with pytest.raises(ValueError, match="bruising"):
        renderer.render("panel_notification", ctx)
    ctx = sample_context()
    ctx["notice"]["due"] = None
    with pytest.raises(ValueError, match="long_date: expected a date"):
        renderer.render("panel_notification", ctx)


def test_unknown_kind(renderer: NoticeRenderer) -> None:
    with pytest.raises(ValueError, match=r"no notice template for kind 'x'; known: .*icsc_decision_request"):
        renderer.render("x", sample_context())
    with pytest.raises(ValueError, match="no notice template"):
        renderer.render("_base", sample_context())


@pytest.mark.parametrize("kind", KINDS)
def test_user_text_is_data_never_a_template(renderer: NoticeRenderer, kind: str) -> None:
    ctx = sample_context(kind)
    ctx["case"]["summary"] = INJECTION
    ctx["case"]["reported_by"] = "{% raw %}<b>Example</b>"
    notice = renderer.render(kind, ctx)
    assert INJECTION in notice.text
    assert "49" not in notice.text
    assert "{% raw %}<b>Example</b>" in notice.text
    assert "Found at home {{ 7*7 }} &lt;script&gt;alert(1)&lt;/script&gt;" in notice.html
    assert "<script>" not in notice.html and "<b>Example" not in notice.html


def test_the_context_is_not_changed(renderer: NoticeRenderer) -> None:
    ctx = sample_context()
    before = copy.deepcopy(ctx)
    renderer.render("panel_notification", ctx)
    assert ctx == before


@pytest.mark.parametrize("kind", KINDS)
def test_subject_is_one_short_line_without_child_details(renderer: NoticeRenderer, kind: str) -> None:
    ctx = sample_context(kind)
    ctx["case"]["reference"] = "CHSCP-2026-0007\r\nBcc: someone@example.org\n"
    subject = renderer.render(kind, ctx).subject
    assert "\n" not in subject and "\r" not in subject
    assert "CHSCP-2026-0007 Bcc: someone@example.org" in subject
    plain = renderer.render(kind, sample_context(kind)).subject
    assert "CHSCP-2026-0007" in plain  # the case reference names it ...
    for detail in ("XY", "Synthetic summary", "female", "Example Police"):  # ... never the child
        assert detail not in plain, detail
    ctx["case"]["reference"] = "R" * 300
    subject = renderer.render(kind, ctx).subject
    assert len(subject) <= 200 and subject.endswith("...")
