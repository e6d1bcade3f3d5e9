"""Notices of the local review to publication (19.23-19.30, Working Together 2018): the delay
request to the SLT, the delay notice and the pre-publication copy to the Panel and the Secretary
of State, the justification for not publishing, the publication notice to the partners and the
repository submission. The review and delay context, escaping, StrictUndefined, the withheld
scopes and the learning channels of 19.30.

Synthetic data only: initials like "XY", example.org addresses.
"""

import copy
import re
from datetime import date
from typing import Any

import pytest

from notifications.render import TEMPLATES_DIR, NoticeRenderer

KINDS = [
    "delay_notice",
    "delay_request",
    "non_publication_justification",
    "pre_publication_copy",
    "publication_notice",
    "repository_submission",
]
BASIS = {
    "delay_request": "19.25",
    "delay_notice": "19.25",
    "pre_publication_copy": "Working Together 2018",
    "non_publication_justification": "19.27",
    "publication_notice": "19.28-19.30",
    "repository_submission": "19.28",
}
# The paragraph each notice quotes in its visible text and its template comments.
PARAGRAPH = {
    "delay_request": "19.25",
    "delay_notice": "19.25",
    "pre_publication_copy": "Working Together",
    "non_publication_justification": "19.27",
    "publication_notice": "19.28",
    "repository_submission": "19.28",
}
# The free text each notice prints (user-typed: the reason for a delay, the justification).
FREE_TEXT = {
    "delay_request": [("delay", "reason"), ("delay", "requested_by")],
    "delay_notice": [("delay", "reason"), ("delay", "approved_by")],
    "pre_publication_copy": [("review", "reviewer")],
    "non_publication_justification": [("review", "withheld_justification"), ("review", "reviewer")],
    "publication_notice": [("review", "url")],
    "repository_submission": [("review", "url"), ("review", "reviewer")],
}
# A value each notice cannot do without (named when missing).
REQUIRED = {
    "delay_request": ("delay", "reason"),
    "delay_notice": ("delay", "approved_by"),
    "pre_publication_copy": ("review", "withheld_scope"),
    "non_publication_justification": ("review", "withheld_justification"),
    "publication_notice": ("review", "url"),
    "repository_submission": ("review", "url"),
}
# A date each notice cannot do without.
REQUIRED_DATE = {
    "delay_request": ("delay", "to_date"),
    "delay_notice": ("delay", "approved_on"),
    "pre_publication_copy": ("review", "planned_publication"),
    "non_publication_justification": ("case", "incident_date"),
    "publication_notice": ("review", "published_on"),
    "repository_submission": ("review", "published_on"),
}
# Who each notice is to.
TO = {
    "delay_request": "To the Strategic Leadership Team:",
    "delay_notice": "To the Child Safeguarding Practice Review Panel and the Secretary of State:",
    "pre_publication_copy": "To the Child Safeguarding Practice Review Panel and the Secretary of State:",
    "non_publication_justification": (
        "To the Child Safeguarding Practice Review Panel and the Secretary of State:"
    ),
    "publication_notice": "To the safeguarding partners of the City & Hackney",
    "repository_submission": "To the CHSCP support team:",
}
DUE = date(2027, 6, 7)
DUE_LONG = "Mon 7 Jun 2027"
INJECTION = "The inquest {{ 7*7 }} is listed <script>alert(1)</script> for July."
INJECTION_HTML = "The inquest {{ 7*7 }} is listed &lt;script&gt;alert(1)&lt;/script&gt; for July."
REASON = "The inquest is listed for July; publishing before it could prejudice the coroner."
JUSTIFICATION = "Publishing the full report would identify a sibling who is named in the press."
URL = "https://example.org/learning/reviews/chscp-2026-0007"
CHANNELS_19_30 = [
    "The CHSCP training programme and annual conference",
    "Single agency training",
    "CHSCP TUSK (Things You Should Know) briefings",
    "Single agency briefings",
    "Campaigns and promotional material",
    "Communications through CHSCP Web / Twitter",
    "Publication of reviews and hosting of learning seminars",
    "The CHSCP annual report",
    "Policy and protocol development",
    "Reflective practice and supervision of staff and volunteers",
    "Service team meetings that focus on how identified improvements will be implemented",
]


def sample_context(kind: str, *, scope: str | None = None) -> dict[str, Any]:
    """A full context as the domain builds it (workflows.handlers.local_review)."""
    published = kind in ("publication_notice", "repository_submission")
    if kind == "non_publication_justification" and scope is None:
        scope = "full"
    due = None if kind == "publication_notice" else DUE
    return {
        "notice": {
            "kind": kind,
            "basis": BASIS[kind],
            "due": due,
            "working_days_left": 3 if due else None,
            "explanation": f"Synthetic explanation of the date; {BASIS[kind]}.",
        },
        "case": {
            "reference": "CHSCP-2026-0007",
            "local_authority": "London Borough of Hackney",
            "incident_date": date(2026, 12, 27),
            "aware_date": date(2026, 12, 29),
            "harm": "death",
            "abuse_or_neglect": "suspected",
            "location": "in_area",
            "looked_after": False,
            "criminal_investigation": True,
            "children": [{"initials": "XY", "age": 4, "sex": "female"}],
            "summary": "Synthetic summary for tests.",
            "reported_by": "Example Police",
            "considered_at_discretion": False,
        },
        "clocks": {
            "publication": {"due": date(2027, 9, 30), "statutory": True, "basis": "19.24"},
            "repository_submission": {"due": date(2027, 6, 21), "statutory": False, "basis": "19.28"},
        },
        "partnership": {"name": "City & Hackney Safeguarding Children Partnership", "short_name": "CHSCP"},
        "sender": {"name": "CHSCP support team", "email": "support@example.org"},
        "recipients": [{"name": "Example Recipient", "email": "recipient@example.org"}],
        "today": date(2027, 6, 1),
        "review": {
            "reviewer": "Example Reviewer",
            "commissioned_on": date(2027, 1, 20),
            "terms_agreed_on": date(2027, 2, 3),
            "planned_publication": date(2027, 6, 16),
            "published_on": date(2027, 6, 16) if published else None,
            "url": URL if published else None,
            "withheld_scope": scope,
            "withheld_justification": JUSTIFICATION if scope else None,
            "publication_due": date(2027, 9, 30),
        },
        "delay": {
            "to_date": date(2027, 9, 30),
            "reason": REASON,
            "circumstance": "inquest",
            "requested_by": "Example SPA (spa)",
            "requested_on": date(2027, 5, 20),
            "previous_due": date(2027, 7, 5),
            "approved_by": "Example SLT Chair (slt)" if kind == "delay_notice" else None,
            "approved_on": date(2027, 5, 28) if kind == "delay_notice" else None,
        },
    }


def words(text: str) -> str:
    """The text with tags dropped and whitespace collapsed (the text part wraps long lines)."""
    return " ".join(re.sub(r"<[^>]*>", " ", text).split())


@pytest.fixture(scope="module")
def renderer() -> NoticeRenderer:
    return NoticeRenderer()


def test_kinds_include_the_six_publication_notices(renderer: NoticeRenderer) -> None:
    assert set(KINDS) <= set(renderer.kinds())


DUE_KINDS = [k for k in KINDS if k != "publication_notice"]


@pytest.mark.parametrize("kind", DUE_KINDS)
def test_every_part_names_reference_basis_due_date_and_days_left(renderer: NoticeRenderer, kind: str) -> None:
    notice = renderer.render(kind, sample_context(kind))
    for part in (notice.subject, notice.text, notice.html):
        assert "CHSCP-2026-0007" in part
        assert BASIS[kind] in part
        assert DUE_LONG in part
        assert "3 working days left" in part
    assert PARAGRAPH[kind] in notice.text
    assert PARAGRAPH[kind] in notice.html


@pytest.mark.parametrize("kind", KINDS)
def test_a_notice_for_information_says_nothing_is_due(renderer: NoticeRenderer, kind: str) -> None:
    ctx = sample_context(kind)
    ctx["notice"] = {**ctx["notice"], "due": None, "working_days_left": None}
    notice = renderer.render(kind, ctx)
    assert "CHSCP-2026-0007" in notice.subject and "for information" in notice.subject
    assert "working day" not in notice.subject
    for part in (notice.subject, notice.text, notice.html):
        assert BASIS[kind] in part
    for part in (notice.text, notice.html):
        assert "for information; nothing to do by a date" in part
        assert PARAGRAPH[kind] in part


@pytest.mark.parametrize("kind", KINDS)
def test_templates_quote_their_paragraph_in_a_comment(kind: str) -> None:
    for part in ("subject.txt.j2", "text.txt.j2", "html.html.j2"):
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


@pytest.mark.parametrize("kind", KINDS)
def test_each_notice_says_who_it_is_to(renderer: NoticeRenderer, kind: str) -> None:
    notice = renderer.render(kind, sample_context(kind))
    assert TO[kind] in notice.text
    assert TO[kind].replace("&", "&amp;") in notice.html


@pytest.mark.parametrize("kind", KINDS)
def test_user_text_is_data_never_a_template(renderer: NoticeRenderer, kind: str) -> None:
    for group, key in FREE_TEXT[kind]:
        ctx = sample_context(kind)
        ctx[group][key] = INJECTION
        notice = renderer.render(kind, ctx)
        assert INJECTION in notice.text, (group, key)
        assert "49" not in notice.text
        assert INJECTION_HTML in notice.html, (group, key)
        assert "<script>" not in notice.html and "{% raw" not in notice.html


@pytest.mark.parametrize("kind", KINDS)
def test_a_missing_value_is_an_error_naming_it(renderer: NoticeRenderer, kind: str) -> None:
    group, key = REQUIRED[kind]
    ctx = sample_context(kind)
    del ctx[group][key]
    with pytest.raises(ValueError, match=rf"'{kind}'.*{group}\.{key} is missing"):
        renderer.render(kind, ctx)
    ctx = sample_context(kind)
    del ctx[group]
    with pytest.raises(ValueError, match=rf"{group} is missing"):
        renderer.render(kind, ctx)
    ctx = sample_context(kind)
    del ctx["case"]["reference"]
    with pytest.raises(ValueError, match=r"case\.reference is missing"):
        renderer.render(kind, ctx)


@pytest.mark.parametrize("kind", KINDS)
def test_a_missing_date_is_an_error(renderer: NoticeRenderer, kind: str) -> None:
    # A missing date is named; a date that is None is refused as not a date.
    group, key = REQUIRED_DATE[kind]
    ctx = sample_context(kind)
    del ctx[group][key]
    with pytest.raises(ValueError, match=rf"'{kind}'.*{group}\.{key} is missing"):
        renderer.render(kind, ctx)
    ctx = sample_context(kind)
    ctx[group][key] = None
    with pytest.raises(ValueError, match=rf"'{kind}'.*long_date: expected a date, got NoneType"):
        renderer.render(kind, ctx)


@pytest.mark.parametrize("kind", ["delay_request", "delay_notice"])
def test_a_delay_notice_needs_its_delay(renderer: NoticeRenderer, kind: str) -> None:
    for key in ("reason", "requested_by", "circumstance"):
        ctx = sample_context(kind)
        del ctx["delay"][key]
        with pytest.raises(ValueError, match=rf"delay\.{key} is missing"):
            renderer.render(kind, ctx)
    ctx = sample_context(kind)
    del ctx["delay"]
    with pytest.raises(ValueError, match=r"delay is missing"):
        renderer.render(kind, ctx)
    ctx = sample_context(kind)
    ctx["delay"]["circumstance"] = "astrology"
    with pytest.raises(ValueError, match="astrology"):
        renderer.render(kind, ctx)


@pytest.mark.parametrize("kind", KINDS)
def test_subject_is_one_short_line_without_child_details(renderer: NoticeRenderer, kind: str) -> None:
    ctx = sample_context(kind)
    subject = renderer.render(kind, ctx).subject
    assert "XY" not in subject and "4 years" not in subject and "Female" not in subject
    assert REASON not in subject and JUSTIFICATION not in subject and URL not in subject
    ctx["case"]["reference"] = "CHSCP-2026-0007\r\nBcc: someone@example.org\n"
    subject = renderer.render(kind, ctx).subject
    assert "\n" not in subject and "\r" not in subject
    ctx["case"]["reference"] = "R" * 300
    subject = renderer.render(kind, ctx).subject
    assert len(subject) <= 200 and subject.endswith("...")


@pytest.mark.parametrize("kind", KINDS)
def test_no_child_details_in_any_part(renderer: NoticeRenderer, kind: str) -> None:
    notice = renderer.render(kind, sample_context(kind))
    for part in (notice.text, notice.html):
        assert "XY" not in part and "Synthetic summary" not in part


def test_delay_request_asks_the_slt_to_approve_or_refuse(renderer: NoticeRenderer) -> None:
    notice = renderer.render("delay_request", sample_context("delay_request"))
    text = words(notice.text)
    assert (
        "Example SPA (spa) asked on Thu 20 May 2027 to delay the completion or publication of "
        "the local child safeguarding practice review for case CHSCP-2026-0007, from "
        "Mon 5 Jul 2027 to Thu 30 Sep 2027."
    ) in text
    assert "unless there are extenuating circumstances such as an ongoing criminal investigation" in text
    assert "will be approved by the Strategic Leadership Team" in text
    assert "Please approve or refuse the delay by Mon 7 Jun 2027 (3 working days left)." in text
    assert "Extenuating circumstance: An inquest (19.24)" in text
    assert REASON in notice.text and REASON in notice.html
    for answer in ("approve", "refuse"):
        line = f"cspr review delay {answer} CHSCP-2026-0007 --as NAME --role slt"
        assert line in notice.text and line in notice.html
    assert '--note "..."' in notice.text and "--note &quot;...&quot;" in notice.html
    assert "approve or refuse a delay" in notice.subject and "Thu 30 Sep 2027" in notice.subject


@pytest.mark.parametrize(
    ("circumstance", "said"),
    [
        ("criminal_investigation", "An ongoing criminal investigation (19.24)"),
        ("inquest", "An inquest (19.24)"),
        ("prosecution", "A future prosecution (19.24)"),
        ("other", "Another extenuating circumstance (19.24; see the reason)"),
        (None, "None named"),
    ],
)
def test_the_extenuating_circumstance_is_named(
    renderer: NoticeRenderer, circumstance: str | None, said: str
) -> None:
    for kind in ("delay_request", "delay_notice"):
        ctx = sample_context(kind)
        ctx["delay"]["circumstance"] = circumstance
        notice = renderer.render(kind, ctx)
        assert said in notice.text and said in notice.html


def test_delay_request_with_an_unplanned_review_says_so(renderer: NoticeRenderer) -> None:
    ctx = sample_context("delay_request")
    ctx["review"].update(reviewer=None, commissioned_on=None, terms_agreed_on=None, planned_publication=None)
    notice = renderer.render("delay_request", ctx)
    assert "Reviewer:                 Not yet recorded" in notice.text
    assert "Planned publication:      Not yet planned" in notice.text
    assert notice.html.count("Not yet recorded") == 3


def test_delay_notice_gives_the_new_date_and_the_reasons(renderer: NoticeRenderer) -> None:
    notice = renderer.render("delay_notice", sample_context("delay_notice"))
    text = words(notice.text)
    assert (
        "The Strategic Leadership Team of the City & Hackney Safeguarding Children Partnership "
        "approved on Fri 28 May 2027 a delay"
    ) in text
    assert "The review is now to be published by Thu 30 Sep 2027; it was due by Mon 5 Jul 2027." in text
    assert (
        '"Any delay to the completion or publication of a review recommended by the ICSC will be '
        "approved by the Strategic Leadership Team and the reasons notified to the Child "
        'Safeguarding Practice Review Panel and Secretary of State."'
    ) in text
    assert "Approved by the SLT: Example SLT Chair (slt), Fri 28 May 2027" in text
    assert "Reasons: " + REASON in text
    assert REASON in notice.html
    assert "now to be published by Thu 30 Sep 2027" in notice.subject


def test_delay_notice_without_an_approval_date_is_an_error(renderer: NoticeRenderer) -> None:
    ctx = sample_context("delay_notice")
    ctx["delay"]["approved_on"] = None
    with pytest.raises(ValueError, match="long_date: expected a date"):
        renderer.render("delay_notice", ctx)


def test_pre_publication_copy_covers_the_full_report(renderer: NoticeRenderer) -> None:
    notice = renderer.render("pre_publication_copy", sample_context("pre_publication_copy"))
    text = words(notice.text)
    assert "sends you a copy of the full report of the local child safeguarding practice review" in text
    assert "The report goes with this note." in text
    assert (
        "at least 7 working days before the planned publication date. Planned publication: "
        "Wed 16 Jun 2027; this copy is due by Mon 7 Jun 2027."
    ) in text
    assert "What will be published on the partnership website (19.28): the full report of the review." in text
    assert "confidential until it is published" in text
    assert "Wed 16 Jun 2027" in notice.subject and "Wed 16 Jun 2027" in notice.html
    assert "Legal basis: Working Together 2018" in text


def test_pre_publication_copy_when_only_the_improvements_are_published(renderer: NoticeRenderer) -> None:
    notice = renderer.render("pre_publication_copy", sample_context("pre_publication_copy", scope="full"))
    for part in (words(notice.text), words(notice.html)):
        assert "the information about the improvements that should be made" in part
        assert "The full report is not to be published (19.27)" in part
        assert "for you only" in part
        assert "confidential until it is published" not in part


def test_non_publication_of_the_full_report_says_the_improvements_are_still_published(
    renderer: NoticeRenderer,
) -> None:
    notice = renderer.render(
        "non_publication_justification", sample_context("non_publication_justification", scope="full")
    )
    for part in (words(notice.text), words(notice.html)):
        assert "The ICSC, on behalf of the Strategic Leadership Team of the City &" in part
        assert "sets out below the justification" in part
        assert "not to publish the full report." in part
        assert (
            "The information about the improvements that should be made will still be "
            "published on the partnership website (19.28)."
        ) in part
        assert "Information about improvements to be published by Thu 30 Sep 2027" in part.replace(":", "")
        assert "neither" not in part
    assert JUSTIFICATION in notice.text and JUSTIFICATION in notice.html
    assert "not publishing the full report" in notice.subject


def test_non_publication_of_the_improvements_says_nothing_is_published(renderer: NoticeRenderer) -> None:
    notice = renderer.render(
        "non_publication_justification", sample_context("non_publication_justification", scope="improvements")
    )
    for part in (words(notice.text), words(notice.html)):
        assert "to publish neither the full report nor the information relating to improvements" in part
        assert "Nothing about this review will be published." in part
        assert "will still be published" not in part
        assert "to be published by" not in part
    assert "publishing neither the local review nor the information about improvements" in notice.subject


@pytest.mark.parametrize("scope", [None, "sideways"])
def test_non_publication_without_a_known_scope_is_an_error(
    renderer: NoticeRenderer, scope: str | None
) -> None:
    ctx = sample_context("non_publication_justification")
    ctx["review"]["withheld_scope"] = scope
    with pytest.raises(ValueError, match="non_publication_justification"):
        renderer.render("non_publication_justification", ctx)


def test_publication_notice_gives_the_address_and_the_learning_channels(renderer: NoticeRenderer) -> None:
    notice = renderer.render("publication_notice", sample_context("publication_notice"))
    text = words(notice.text)
    assert (
        "The local child safeguarding practice review for case CHSCP-2026-0007 (London Borough "
        "of Hackney) was published on the partnership website on Wed 16 Jun 2027"
    ) in text
    assert URL in notice.text
    assert f'<a href="{URL}" style="color:#1d70b8;">{URL}</a>' in notice.html
    assert "Publication was due by Thu 30 Sep 2027 (19.24)." in text and "late" not in text
    for channel in CHANNELS_19_30:
        assert f"- {channel}\n" in notice.text, channel
        assert f'<li style="margin:0 0 4px;">{channel}</li>' in notice.html, channel
    assert "Paragraph 19.30" in text
    # the repository submission follows, on its own clock
    assert "NSPCC maintains a national case review repository" in text
    assert "available electronically for five years" in text
    assert "to the repository next, by Mon 21 Jun 2027 (19.28)" in text
    assert "Nothing is needed from you for it." in text
    assert "for information" in notice.subject and "published Wed 16 Jun 2027" in notice.subject


def test_publication_notice_uses_the_partnerships_own_name_for_its_channels(renderer: NoticeRenderer) -> None:
    ctx = sample_context("publication_notice")
    ctx["partnership"] = {"name": "Example Safeguarding Children Partnership", "short_name": "ESCP"}
    notice = renderer.render("publication_notice", ctx)
    assert "- ESCP TUSK (Things You Should Know) briefings" in notice.text
    assert "CHSCP" not in notice.text.replace("CHSCP-2026-0007", "").replace("CHSCP support", "")


def test_publication_notice_without_a_repository_clock_has_no_date_for_it(renderer: NoticeRenderer) -> None:
    ctx = sample_context("publication_notice")
    del ctx["clocks"]["repository_submission"]
    notice = renderer.render("publication_notice", ctx)
    assert "to the repository next; it has its own clock" in words(notice.text)


def test_a_late_publication_says_so(renderer: NoticeRenderer) -> None:
    ctx = sample_context("publication_notice")
    ctx["review"]["published_on"] = date(2027, 10, 4)
    notice = renderer.render("publication_notice", ctx)
    for part in (words(notice.text), words(notice.html)):
        assert "Publication was due by Thu 30 Sep 2027 (19.24); it was published late." in part


@pytest.mark.parametrize("kind", ["publication_notice", "repository_submission"])
def test_published_improvements_only_say_what_was_published(renderer: NoticeRenderer, kind: str) -> None:
    notice = renderer.render(kind, sample_context(kind, scope="full"))
    for part in (words(notice.text), words(notice.html)):
        assert (
            "The information about the improvements that should be made, from the local child "
            "safeguarding practice review for case CHSCP-2026-0007"
        ) in part
        assert "not the full report, 19.27" in part
    assert "information about improvements" in notice.subject
    # nothing is published when the improvements are withheld too
    with pytest.raises(ValueError, match="improvements"):
        renderer.render(kind, sample_context(kind, scope="improvements"))


@pytest.mark.parametrize("kind", ["publication_notice", "repository_submission"])
def test_a_web_address_that_is_not_http_is_not_a_link(renderer: NoticeRenderer, kind: str) -> None:
    ctx = sample_context(kind)
    ctx["review"]["url"] = 'javascript:alert(1)" onclick="x'
    html = renderer.render(kind, ctx).html
    assert "<a href" not in html
    assert "javascript:alert(1)&#34; onclick=&#34;x" in html


def test_repository_submission_asks_the_support_team_to_submit(renderer: NoticeRenderer) -> None:
    notice = renderer.render("repository_submission", sample_context("repository_submission"))
    text = words(notice.text)
    assert (
        "The NSPCC maintains a national case review repository where case reviews remain "
        "available electronically for five years."
    ) in text
    assert (
        "Please submit the published report to the NSPCC national case review repository by "
        "Mon 7 Jun 2027 (3 working days left)."
    ) in text
    assert f"Web address: {URL}" in text
    assert "What was published: The full report of the review" in text
    assert f'<a href="{URL}"' in notice.html
    assert "record the date of submission in cspr" in text
    line = "cspr review repository-submitted CHSCP-2026-0007 --on YYYY-MM-DD"
    assert line in notice.text and line in notice.html


def test_the_context_is_not_changed(renderer: NoticeRenderer) -> None:
    for kind in KINDS:
        ctx = sample_context(kind)
        before = copy.deepcopy(ctx)
        renderer.render(kind, ctx)
        assert ctx == before
