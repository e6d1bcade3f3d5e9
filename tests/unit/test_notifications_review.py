"""Notices of the rapid review and the decision (001 §11.5, 19.10-19.22): ratification request,
rapid review cover, reconsideration meeting call, family outcome letter, the Panel's response
and a partner's challenge. The decision context, escaping, StrictUndefined, revisions, and a
family letter in plain words.

Synthetic data only: initials like "XY", example.org addresses.
"""

import copy
import re
from datetime import date
from typing import Any

import pytest

from domain.decisions import consider_criteria, considered_view
from notifications.render import TEMPLATES_DIR, NoticeRenderer

KINDS = [
    "decision_challenged",
    "family_outcome_letter",
    "panel_response_recorded",
    "rapid_review_cover",
    "ratification_request",
    "reconsideration_meeting_call",
]
BASIS = {
    "ratification_request": "11.5",
    "rapid_review_cover": "19.11-19.13",
    "reconsideration_meeting_call": "19.19",
    "family_outcome_letter": "19.21-19.22",
    "panel_response_recorded": "19.19",
    "decision_challenged": "11.5",
}
# The paragraph each notice quotes in its visible text and its template comments.
PARAGRAPH = {
    "ratification_request": "11.5",
    "rapid_review_cover": "19.13",
    "reconsideration_meeting_call": "19.19",
    "family_outcome_letter": "19.22",
    "panel_response_recorded": "19.19",
    "decision_challenged": "11.5",
}
# The free text each notice prints (user-typed: rationale, actions, comments).
FREE_TEXT = {
    "ratification_request": [("decision", "rationale"), ("decision", "immediate_actions")],
    "rapid_review_cover": [("decision", "rationale"), ("decision", "immediate_actions")],
    "reconsideration_meeting_call": [
        ("decision", "rationale"),
        ("decision", "immediate_actions"),
        ("panel_response", "comment"),
    ],
    "family_outcome_letter": [("decision", "family_rationale")],
    "panel_response_recorded": [
        ("decision", "rationale"),
        ("decision", "immediate_actions"),
        ("panel_response", "comment"),
    ],
    "decision_challenged": [
        ("decision", "rationale"),
        ("decision", "immediate_actions"),
        ("challenge", "comment"),
    ],
}
# A value each notice cannot do without, beyond the decision's rationale.
REQUIRED = {
    "ratification_request": ("partner", "id"),
    "rapid_review_cover": ("decision", "considered"),
    "reconsideration_meeting_call": ("panel_response", "comment"),
    "family_outcome_letter": ("decision", "outcome"),
    "panel_response_recorded": ("panel_response", "agrees"),
    "decision_challenged": ("challenge", "comment"),
}
DUE = date(2027, 1, 6)
DUE_LONG = "Wed 6 Jan 2027"
INJECTION = "Agencies {{ 7*7 }} did not share <script>alert(1)</script> information in time."
INJECTION_HTML = "Agencies {{ 7*7 }} did not share &lt;script&gt;alert(1)&lt;/script&gt; information in time."
RATIONALE = "Two services held part of the picture and did not put it together; there is learning."
FAMILY_RATIONALE = "The services that knew your family did not talk to each other enough."
WHY_MET = "Health and police each knew of the bruising; neither told the other."
CONSIDERED = considered_view(
    [c.as_dict() for c in consider_criteria([f"19.15c={WHY_MET}"], not_applicable=["19.16c"])]
)
ACTIONS = "Strategy meeting held for the sibling on Tue 5 Jan 2027."
LETTER_TEXT = ("--- The letter begins here ---", "--- The letter ends here ---")
LETTER_HTML = ("<!-- letter begins -->", "<!-- letter ends -->")


def sample_context(
    kind: str, *, revision: int = 1, outcome: str = "local_review", agrees: bool = False
) -> dict[str, Any]:
    """A full context as the domain builds it (workflows.handlers.review)."""
    return {
        "notice": {
            "kind": kind,
            "basis": BASIS[kind],
            "due": DUE,
            "working_days_left": 3,
            "explanation": f"3 working days after the decision (Mon 4 Jan 2027); {BASIS[kind]}.",
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
            "criminal_investigation": False,
            "children": [{"initials": "XY", "age": 4, "sex": "female"}],
            "summary": "Synthetic summary for tests.",
            "reported_by": "Example Police",
            "considered_at_discretion": False,
        },
        "clocks": {
            "rapid_review_submission": {"due": date(2027, 1, 20), "statutory": True, "basis": "19.11-19.13"},
            "partner_ratification": {"due": DUE, "statutory": False, "basis": "11.5"},
        },
        "partnership": {"name": "City & Hackney Safeguarding Children Partnership", "short_name": "CHSCP"},
        "sender": {"name": "CHSCP support team", "email": "support@example.org"},
        "recipients": [{"name": "Example Recipient", "email": "recipient@example.org"}],
        "today": date(2027, 1, 4),
        "decision": {
            "outcome": outcome,
            "outcome_text": {
                "local_review": "hold a local child safeguarding practice review",
                "national_review": "refer the case to the Panel: it may raise issues that are complex "
                "or of national importance, so a national review may be appropriate",
                "no_review": "not hold a child safeguarding practice review",
            }[outcome],
            "criteria": [
                {
                    "code": "19.15c",
                    "text": "The case highlights or may highlight concerns regarding two "
                    "or more organisations or agencies working together",
                },
                {
                    "code": "19.16c",
                    "text": "More than one local authority, police area or clinical "
                    "commissioning group is involved",
                },
            ],
            "considered": copy.deepcopy(CONSIDERED),
            "rationale": RATIONALE,
            "family_rationale": FAMILY_RATIONALE,
            "immediate_actions": ACTIONS,
            "decided_on": date(2027, 1, 4),
            "decided_by": "Example Commissioner",
            "revision": revision,
            "revises_outcome": "no_review" if revision > 1 else None,
        },
        "panel_response": {
            "agrees": agrees,
            "on": date(2027, 1, 5),
            "comment": "The Panel considers a local review proportionate.",
        },
        "partner": {"id": "example_police", "name": "Example Police Service"},
        "challenge": {
            "comment": "The rationale does not weigh the school's information.",
            "on": date(2027, 1, 5),
        },
    }


def letter(text: str, marks: tuple[str, str]) -> str:
    """The words of a family letter between its two markers (HTML tags and styles dropped)."""
    start, end = text.index(marks[0]), text.index(marks[1])
    assert start < end
    return re.sub(r"<[^>]*>", " ", text[start + len(marks[0]) : end])


@pytest.fixture(scope="module")
def renderer() -> NoticeRenderer:
    return NoticeRenderer()


def test_kinds_include_the_six_review_notices(renderer: NoticeRenderer) -> None:
    assert set(KINDS) <= set(renderer.kinds())


DUE_KINDS = [k for k in KINDS if k != "panel_response_recorded"]


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


def test_a_notice_for_information_says_nothing_is_due(renderer: NoticeRenderer) -> None:
    context = sample_context("panel_response_recorded")
    context["notice"] = {**context["notice"], "due": None, "working_days_left": None}
    notice = renderer.render("panel_response_recorded", context)
    assert "CHSCP-2026-0007" in notice.subject and "due" not in notice.subject
    for part in (notice.text, notice.html):
        assert "for information; nothing to do by a date" in part
        assert PARAGRAPH["panel_response_recorded"] in part


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


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "family_outcome_letter"])
def test_the_rationale_is_shown(renderer: NoticeRenderer, kind: str) -> None:
    notice = renderer.render(kind, sample_context(kind))
    assert RATIONALE in notice.text
    assert RATIONALE in notice.html


def test_the_family_letter_gives_its_own_plain_rationale_not_the_icscs(renderer: NoticeRenderer) -> None:
    notice = renderer.render("family_outcome_letter", sample_context("family_outcome_letter"))
    for part in (notice.text, notice.html):
        assert FAMILY_RATIONALE in part
        assert RATIONALE not in part


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "family_outcome_letter"])
def test_staff_notices_show_the_whole_decision(renderer: NoticeRenderer, kind: str) -> None:
    notice = renderer.render(kind, sample_context(kind))
    words = " ".join(notice.text.split())  # the text part wraps long lines
    assert (
        "Outcome: Local review - the ICSC decided to hold a local child safeguarding practice review."
    ) in words
    assert "Decided on: Mon 4 Jan 2027 by Example Commissioner" in words
    assert "Every criterion considered (19.15, 19.16):" in words
    assert "- 19.15a NOT MET: The case highlights or may highlight improvements" in words
    assert "- 19.15c MET: The case highlights or may highlight concerns regarding two" in words
    assert (
        f"working together effectively to safeguard and promote the welfare of children. Why: {WHY_MET}"
        in words
    )
    assert "- 19.16c NOT APPLICABLE: More than one local authority" in words
    assert words.count(" NOT MET: ") == 6  # all eight are listed: one met, one not applicable
    assert notice.html.count('<td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">') == 8
    assert ">not applicable<" in notice.html and WHY_MET in notice.html
    assert ACTIONS in notice.text
    for needle in ("Local review", "19.15c", "19.16c", ACTIONS, "Example Commissioner"):
        assert needle in notice.html
    assert "(revised)" not in notice.text and "This is a revised decision" not in notice.text


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "family_outcome_letter"])
def test_no_immediate_action_and_no_criteria_say_so(renderer: NoticeRenderer, kind: str) -> None:
    ctx = sample_context(kind)
    ctx["decision"]["immediate_actions"] = ""
    ctx["decision"]["considered"] = []  # a decision stored before each criterion was recorded
    notice = renderer.render(kind, ctx)
    assert "Immediate action to keep children safe (19.12):\n  None recorded." in notice.text
    assert "Every criterion considered (19.15, 19.16):\n- Not recorded criterion by criterion" in notice.text
    assert notice.html.count("None recorded.") == 1
    assert "Not recorded criterion by criterion" in notice.html


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
    ctx = sample_context(kind)
    rationale = "family_rationale" if kind == "family_outcome_letter" else "rationale"
    del ctx["decision"][rationale]
    with pytest.raises(ValueError, match=rf"'{kind}'.*decision\.{rationale} is missing"):
        renderer.render(kind, ctx)
    group, key = REQUIRED[kind]
    ctx = sample_context(kind)
    del ctx[group][key]
    with pytest.raises(ValueError, match=rf"{group}\.{key} is missing"):
        renderer.render(kind, ctx)
    ctx = sample_context(kind)
    del ctx["decision"]
    with pytest.raises(ValueError, match=r"decision is missing"):
        renderer.render(kind, ctx)


@pytest.mark.parametrize("kind", KINDS)
def test_an_unknown_outcome_is_an_error_not_a_blank(renderer: NoticeRenderer, kind: str) -> None:
    ctx = sample_context(kind)
    ctx["decision"]["outcome"] = "maybe_review"
    with pytest.raises(ValueError, match="maybe_review"):
        renderer.render(kind, ctx)


@pytest.mark.parametrize("kind", KINDS)
def test_subject_is_one_short_line_without_child_details(renderer: NoticeRenderer, kind: str) -> None:
    ctx = sample_context(kind)
    subject = renderer.render(kind, ctx).subject
    assert "XY" not in subject and "4 years" not in subject and "Female" not in subject
    assert RATIONALE not in subject
    ctx["case"]["reference"] = "CHSCP-2026-0007\r\nBcc: someone@example.org\n"
    subject = renderer.render(kind, ctx).subject
    assert "\n" not in subject and "\r" not in subject
    ctx["case"]["reference"] = "R" * 300
    subject = renderer.render(kind, ctx).subject
    assert len(subject) <= 200 and subject.endswith("...")


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "family_outcome_letter"])
def test_a_revised_decision_says_so_and_names_the_earlier_outcome(
    renderer: NoticeRenderer, kind: str
) -> None:
    notice = renderer.render(kind, sample_context(kind, revision=2))
    words = " ".join(notice.text.split())
    assert "The decision (revised)" in notice.text
    assert "This is a revised decision (revision 2). It replaces the earlier decision: No review." in words
    assert "This is a revised decision (revision 2)" in notice.html
    assert "It replaces the earlier decision: <strong>No review</strong>." in notice.html


def test_a_revised_decision_is_named_in_the_subjects_that_ask_for_an_answer(renderer: NoticeRenderer) -> None:
    for kind in ("ratification_request", "rapid_review_cover"):
        assert "revised decision" not in renderer.render(kind, sample_context(kind)).subject
        assert "revised decision" in renderer.render(kind, sample_context(kind, revision=2)).subject


def test_ratification_request_says_how_to_answer(renderer: NoticeRenderer) -> None:
    notice = renderer.render("ratification_request", sample_context("ratification_request"))
    assert "To Example Police Service:" in notice.text
    assert "ratify any decisions made (11.5)" in " ".join(notice.text.split())
    for answer in ("--ratified", "--challenged"):
        line = f'cspr ratify CHSCP-2026-0007 --partner example_police {answer} --comment "..."'
        assert line in notice.text
        assert line.replace('"', "&quot;") in notice.html
    assert "Rapid review due to the Panel: Wed 20 Jan 2027 (19.11-19.13, statutory)." in notice.text
    assert "Child initials: XY" in notice.text  # the partner sees the case it ratifies


def test_rapid_review_cover_goes_to_the_panel_copied_to_the_partners(renderer: NoticeRenderer) -> None:
    notice = renderer.render("rapid_review_cover", sample_context("rapid_review_cover"))
    words = " ".join(notice.text.split())
    assert "To the Child Safeguarding Practice Review Panel, copied to the safeguarding partners" in words
    assert "agreed by the ICSC and shared with all the safeguarding partners before submission" in words
    assert "within 15 working days" in words
    assert "reported back to the safeguarding partners (19.19)" in words


def test_reconsideration_meeting_call_gives_the_panels_comment(renderer: NoticeRenderer) -> None:
    notice = renderer.render("reconsideration_meeting_call", sample_context("reconsideration_meeting_call"))
    words = " ".join(notice.text.split())
    assert "To the ICSC and the safeguarding partners:" in notice.text
    assert "it disagrees with the decision of the rapid review" in words
    assert "convenes a meeting or telephone conference of the ICSC and the safeguarding partners" in words
    assert "review the initial decision" in words
    assert "The meeting is to be held by Wed 6 Jan 2027" in words
    assert "Responded on: Tue 5 Jan 2027" in notice.text
    assert "The Panel considers a local review proportionate." in notice.text
    assert "The Panel considers a local review proportionate." in notice.html
    assert "cspr decide CHSCP-2026-0007 ... --revises" in notice.text


@pytest.mark.parametrize(
    ("agrees", "phrase"), [(True, "The decision stands."), (False, "a separate notice calls the meeting")]
)
def test_panel_response_recorded_agrees_or_disagrees(
    renderer: NoticeRenderer, agrees: bool, phrase: str
) -> None:
    ctx = sample_context("panel_response_recorded", agrees=agrees)
    notice = renderer.render("panel_response_recorded", ctx)
    verb = "agrees" if agrees else "disagrees"
    words = " ".join(notice.text.split())
    assert f"and it {verb} with the decision of the rapid review" in words
    assert phrase in words and phrase in notice.html
    assert f"it {verb} with the decision" in notice.subject
    assert "reported back to the safeguarding partners" in words
    ctx["panel_response"]["comment"] = ""
    notice = renderer.render("panel_response_recorded", ctx)
    assert "No comment given." in notice.text and "No comment given." in notice.html


def test_decision_challenged_names_the_partner_and_the_task(renderer: NoticeRenderer) -> None:
    notice = renderer.render("decision_challenged", sample_context("decision_challenged"))
    words = " ".join(notice.text.split())
    assert "To the ICSC:" in notice.text
    assert (
        "Example Police Service challenged your decision on case CHSCP-2026-0007 on Tue 5 Jan 2027"
    ) in words
    assert "A task is open for you in cspr" in words
    assert "From: Example Police Service (example_police)" in words
    assert "The rationale does not weigh the school's information." in notice.text
    assert "The rationale does not weigh the school&#39;s information." in notice.html
    assert "Example Police Service challenged" in notice.subject


# ---- the family letter (19.21-19.22) ----

JARGON = (
    "ICSC",
    "SPA",
    "CHSCP",
    "rapid review",
    "Rapid review",
    "safeguarding partners",
    "ratif",
    "§",
    "criteria",
    "19.",
    "11.5",
)


@pytest.mark.parametrize("outcome", ["local_review", "national_review", "no_review"])
@pytest.mark.parametrize("revision", [1, 2])
def test_family_letter_is_plain_words_without_paragraphs_or_jargon(
    renderer: NoticeRenderer, outcome: str, revision: int
) -> None:
    ctx = sample_context("family_outcome_letter", outcome=outcome, revision=revision)
    ctx["sender"]["name"] = "Partnership support team"  # the configured name is not the template's
    notice = renderer.render("family_outcome_letter", ctx)
    for body in (letter(notice.text, LETTER_TEXT), letter(notice.html, LETTER_HTML)):
        assert "CHSCP-2026-0007" in body  # for the family to quote
        body = body.replace("CHSCP-2026-0007", "")
        assert not re.search(r"\d+\.\d+", body), body
        for word in JARGON:
            assert word not in body, word
        assert "independent commissioner who decides on reviews" in " ".join(body.split())
        assert FAMILY_RATIONALE in body and RATIONALE not in body
        # no other agency's internal detail: no criteria, no immediate actions, no case facts
        for detail in (ACTIONS, "Synthetic summary", "Example Police", "XY", "Example Commissioner"):
            assert detail not in body, detail
        assert "Dear parent or carer," in body and "Yours sincerely," in body
        assert "support@example.org" in body


def test_family_letter_explains_each_outcome(renderer: NoticeRenderer) -> None:
    said = {
        "local_review": "The decision is that there will be a review.",
        "national_review": "The decision is to ask the national Child Safeguarding Practice Review "
        "Panel to consider a review.",
        "no_review": "The decision is that there will not be a formal review. This does not mean that "
        "what happened is not being taken seriously.",
    }
    for outcome, sentence in said.items():
        notice = renderer.render(
            "family_outcome_letter", sample_context("family_outcome_letter", outcome=outcome)
        )
        assert sentence in " ".join(letter(notice.text, LETTER_TEXT).split())
        assert sentence in letter(notice.html, LETTER_HTML)
        for other, other_sentence in said.items():
            if other != outcome:
                assert other_sentence not in notice.text


def test_family_letter_for_a_revised_decision_names_the_earlier_one(renderer: NoticeRenderer) -> None:
    first = renderer.render("family_outcome_letter", sample_context("family_outcome_letter"))
    assert "earlier decision" not in first.text
    notice = renderer.render("family_outcome_letter", sample_context("family_outcome_letter", revision=2))
    body = " ".join(letter(notice.text, LETTER_TEXT).split())
    assert (
        "You may have been told about an earlier decision, which was that there would not be a "
        "formal review. That decision has been looked at again and has changed."
    ) in body
    assert "which was that there would not be a formal review" in letter(notice.html, LETTER_HTML)


def test_family_letter_staff_note_comes_first_and_warns_about_criminal_proceedings(
    renderer: NoticeRenderer,
) -> None:
    ctx = sample_context("family_outcome_letter")
    notice = renderer.render("family_outcome_letter", ctx)
    note = notice.text[: notice.text.index(LETTER_TEXT[0])]
    words = " ".join(note.split())
    assert "NOTE FOR STAFF - NOT PART OF THE LETTER" in note
    assert "Paragraph 19.22" in words and "the police and the Crown Prosecution Service" in words
    assert "must be consulted first" in words
    assert "Paragraph 19.21" in words and "social worker / police officer" in words
    assert "STOP" not in note
    html_note = notice.html[: notice.html.index(LETTER_HTML[0])]
    assert "Note for staff" in html_note and "Paragraph 19.22" in html_note

    ctx["case"]["criminal_investigation"] = True
    notice = renderer.render("family_outcome_letter", ctx)
    note = " ".join(notice.text[: notice.text.index(LETTER_TEXT[0])].split())
    assert "STOP: a criminal investigation is recorded for this case." in note
    assert "BEFORE this letter is sent or delivered" in note
    assert "cspr police-cps consulted CHSCP-2026-0007 --on DATE" in note
    assert "Stop: a criminal investigation is recorded" in notice.html[: notice.html.index(LETTER_HTML[0])]


def test_family_letter_is_gentle_about_a_death_and_about_harm(renderer: NoticeRenderer) -> None:
    ctx = sample_context("family_outcome_letter")
    assert "We are deeply sorry for your loss." in " ".join(
        renderer.render("family_outcome_letter", ctx).text.split()
    )
    ctx["case"]["harm"] = "serious_harm"
    ctx["case"]["children"].append({"initials": "AB", "age": 1, "sex": "male"})
    notice = renderer.render("family_outcome_letter", ctx)
    body = " ".join(letter(notice.text, LETTER_TEXT).split())
    assert "your loss" not in body
    assert "We are very sorry for everything you and your family are going through." in body
    assert "what happened to your children." in body
    assert "AB" not in body


def test_the_context_is_not_changed(renderer: NoticeRenderer) -> None:
    for kind in KINDS:
        ctx = sample_context(kind, revision=2)
        before = copy.deepcopy(ctx)
        renderer.render(kind, ctx)
        assert ctx == before
