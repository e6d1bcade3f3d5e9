"""The annual report for 2026-27 (Wed 1 Apr 2026 to Wed 31 Mar 2027) from a synthetic year seeded
through the real domain commands, every figure checked against a hand count; then the files,
and the HTML opened in a real browser (Chromium, headless) with a screenshot kept as a test
artefact in the test's temporary folder (``test-artifacts/annual-report.png``; pytest keeps the
last three runs' folders), never in the project's var/.

Bank holidays that matter: Christmas Fri 25 Dec, Boxing Day (substitute) Mon 28 Dec 2026,
New Year's Day Fri 1 Jan, Good Friday 26 Mar and Easter Monday 29 Mar 2027.

The cases (all serious harm, not looked after, no criminal investigation, unless said):

SYN-1  aware Mon 2 Feb 2026 (last year). Local review decided Mon 16 Feb 2026 (six months: Sun 16
       Aug 2026). Two actions added Mon 2 Mar 2026: X1 Hackney Council due Tue 30 Jun 2026,
       done Mon 15 Jun 2026; X2 Metropolitan Police due Wed 10 Mar 2027, still open. Delay to
       Fri 30 Oct 2026 asked Mon 20 Jul, approved by the SLT Wed 22 Jul (delay notice due Wed 29
       Jul, sent Fri 24 Jul). Planned for Wed 21 Oct (copy due Mon 12 Oct, sent Fri 9 Oct);
       published Wed 21 Oct 2026, late against six months, on time against the approved date;
       repository due Wed 4 Nov, sent Wed 28 Oct.
SYN-2  aware Mon 1 Jun 2026. Panel and partners told Wed 3 Jun (due Mon 8 Jun); ICSC decides a
       local review Tue 16 Jun (due Thu 18 Jun); five partners ratify Wed 17 Jun (due Fri 19 Jun);
       family told Thu 18 Jun (due Tue 30 Jun); rapid review Fri 19 Jun (due Mon 22 Jun).
       Publication due Wed 16 Dec 2026; planned for Wed 9 Dec (copy due Mon 30 Nov, sent Wed 25
       Nov); published Wed 9 Dec: within six months; repository due Wed 23 Dec, sent Tue 15 Dec.
       Actions added Thu 10 Dec 2026: Y1 Homerton University Hospital due Fri 29 Jan 2027, done
       Wed 20 Jan; Y2 Hackney Council due Wed 30 Jun 2027, open; Y3 cancelled.
SYN-3  aware Mon 14 Sep 2026, a death. Panel told Wed 23 Sep: due Mon 21 Sep, 2 working days
       late. Partners Fri 18 Sep; no review, decided Thu 1 Oct (due Thu 1 Oct); ratified Fri 2
       Oct (due Tue 6 Oct); rapid review Mon 5 Oct (due Mon 5 Oct); family Tue 6 Oct (due Thu 15).
SYN-4  aware Mon 5 Oct 2026. Panel and partners Wed 7 Oct (due Mon 12 Oct); local review decided
       Mon 19 Oct (due Thu 22 Oct); ratified Tue 20 Oct (due Thu 22 Oct); family Wed 21 Oct (due
       Mon 2 Nov); rapid review Fri 23 Oct (due Mon 26 Oct). On Mon 15 Mar 2027 the ICSC decides
       to publish nothing (19.27): the justification is due Mon 22 Mar and not recorded, so it
       is late on 31 Mar by Tue 23, Wed 24, Thu 25, Tue 30, Wed 31 = 5 working days.
SYN-5  aware Mon 2 Nov 2026. Panel and partners Wed 4 Nov (due Mon 9 Nov); referred for a
       national review Thu 19 Nov (due Thu 19 Nov); ratified Fri 20 Nov (due Tue 24 Nov); family
       Tue 24 Nov (due Thu 3 Dec); rapid review Wed 25 Nov: due Mon 23 Nov, 2 working days late.
SYN-6  aware Mon 1 Mar 2027. Panel and partners Wed 3 Mar (due Mon 8 Mar); no decision yet: the
       ICSC's target Thu 18 Mar is 7 working days late on 31 Mar (19, 22, 23, 24, 25, 30, 31)
       and the rapid review, due Mon 22 Mar, 5 (23, 24, 25, 30, 31).
"""

import json
import os
import shutil
import struct
import subprocess
import tempfile
import zlib
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session

from domain.actors import Actor
from domain.commands import (
    AddAction,
    AddRecommendation,
    ApproveDelay,
    CancelAction,
    CompleteAction,
    Decide,
    PlanReview,
    Publish,
    Ratify,
    RecordCopySent,
    RecordDelayNoticeSent,
    RecordFamilyNotified,
    RecordNoticeSent,
    RecordRepositorySubmission,
    RecordSubmission,
    RequestDelay,
    Sweep,
    Withhold,
)
from domain.decisions import CRITERIA, DecisionInput
from domain.incident import IncidentReport
from notifications.annual_report import render_html, render_markdown, write_report
from tests.conftest import at, incident
from workflows.handlers.intake import log_incident, record_notice_sent
from workflows.handlers.learning import add_action, add_recommendation, cancel_action, complete_action
from workflows.handlers.local_review import (
    answer_delay,
    plan_review,
    publish,
    record_copy_sent,
    record_delay_notice_sent,
    record_repository_submission,
    request_delay,
    withhold,
)
from workflows.handlers.report import annual_report
from workflows.handlers.review import decide, ratify, record_family_notified, record_submission
from workflows.handlers.sweep import sweep

D = date
SUPPORT = Actor("Sam Support", "support_team")
ICSC = Actor("Ida Commissioner", "icsc")
SPA = Actor("Sol Advisor", "spa")
SLT = Actor("Sue Leader", "slt")
PARTNER = Actor("Pat Partner", "partner")
PARTNERS = [
    "hackney-council",
    "city-of-london-corporation",
    "city-and-hackney-ccg",
    "metropolitan-police",
    "city-of-london-police",
]
WHY = "Agencies did not share what they knew about the risk."
FAMILY_WHY = "The services that knew your child did not share what they knew."


def rapid_review(
    s,
    n: int,
    aware: date,
    told: date,
    outcome: str | None,
    decided: date | None = None,
    ratified: date | None = None,
    family: date | None = None,
    submitted: date | None = None,
    harm: str = "serious_harm",
) -> str:
    report = IncidentReport.model_validate(
        incident(
            incident_date=aware.isoformat(),
            aware_date=aware.isoformat(),
            harm=harm,
            reference=f"SYN-{n}",
            children=[{"initials": "QZ", "age": 3, "sex": "female"}],
        )
    )
    ref = log_incident(s, SUPPORT, report, at(aware)).reference
    record_notice_sent(
        s, SUPPORT, RecordNoticeSent(reference=ref, kind="panel_notification", on=told), at(told)
    )
    if n != 3:
        record_notice_sent(
            s, SUPPORT, RecordNoticeSent(reference=ref, kind="partner_notice", on=told), at(told)
        )
    else:
        record_notice_sent(
            s,
            SUPPORT,
            RecordNoticeSent(reference=ref, kind="partner_notice", on=D(2026, 9, 18)),
            at(D(2026, 9, 18)),
        )
    if outcome is None:
        return ref
    assert decided and ratified and family and submitted
    criteria = ["19.15a=agencies missed a chance to share"] if outcome == "local_review" else []
    made = DecisionInput.parse(outcome, criteria, WHY, "", decided, family_rationale=FAMILY_WHY)
    decide(s, ICSC, Decide(reference=ref, decision=made), at(decided))
    for partner in PARTNERS:
        ratify(
            s,
            PARTNER,
            Ratify(reference=ref, partner_id=partner, ratified=True, comment="", on=ratified),
            at(ratified),
        )
    record_family_notified(
        s, SUPPORT, RecordFamilyNotified(reference=ref, on=family, how="letter"), at(family)
    )
    record_submission(s, SPA, RecordSubmission(reference=ref, on=submitted), at(submitted))
    return ref


def seed(s) -> dict[str, str]:
    refs: dict[str, str] = {}
    # SYN-1: last year's case, published this year after an approved delay.
    r1 = refs["1"] = rapid_review(
        s,
        1,
        D(2026, 2, 2),
        D(2026, 2, 4),
        "local_review",
        D(2026, 2, 16),
        D(2026, 2, 17),
        D(2026, 2, 18),
        D(2026, 2, 20),
    )
    add_recommendation(
        s,
        SUPPORT,
        AddRecommendation(reference=r1, number=1, text="Share risk information at once."),
        at(D(2026, 3, 2)),
    )
    x1 = add_action(
        s,
        SUPPORT,
        AddAction(
            reference=r1,
            recommendation=1,
            agency="hackney-council",
            lead="Head of Safeguarding",
            description="Audit strategy discussions.",
            due=D(2026, 6, 30),
        ),
        at(D(2026, 3, 2)),
    )
    refs["x2"] = str(
        add_action(
            s,
            SUPPORT,
            AddAction(
                reference=r1,
                recommendation=1,
                agency="metropolitan-police",
                lead="Detective Inspector",
                description="Review referral triage.",
                due=D(2027, 3, 10),
            ),
            at(D(2026, 3, 2)),
        )
    )
    complete_action(
        s,
        PARTNER,
        CompleteAction(action_id=x1, on=D(2026, 6, 15), evidence="Audit report to the partnership board."),
        at(D(2026, 6, 15)),
    )
    request_delay(
        s,
        SPA,
        RequestDelay(
            reference=r1,
            to=D(2026, 10, 30),
            reason="The criminal trial is listed for October 2026.",
            circumstance="prosecution",
        ),
        at(D(2026, 7, 20)),
    )
    answer_delay(s, SLT, ApproveDelay(reference=r1, note=""), at(D(2026, 7, 22)))
    record_delay_notice_sent(
        s, SUPPORT, RecordDelayNoticeSent(reference=r1, on=D(2026, 7, 24)), at(D(2026, 7, 24))
    )
    plan_review(s, SPA, PlanReview(reference=r1, publish_on=D(2026, 10, 21)), at(D(2026, 9, 1)))
    record_copy_sent(s, SUPPORT, RecordCopySent(reference=r1, on=D(2026, 10, 9)), at(D(2026, 10, 9)))
    publish(
        s,
        SUPPORT,
        Publish(reference=r1, on=D(2026, 10, 21), url="https://chscp.example.org/reviews/syn-1"),
        at(D(2026, 10, 21)),
    )
    record_repository_submission(
        s, SUPPORT, RecordRepositorySubmission(reference=r1, on=D(2026, 10, 28)), at(D(2026, 10, 28))
    )

    # SYN-2: published within six months.
    r2 = refs["2"] = rapid_review(
        s,
        2,
        D(2026, 6, 1),
        D(2026, 6, 3),
        "local_review",
        D(2026, 6, 16),
        D(2026, 6, 17),
        D(2026, 6, 18),
        D(2026, 6, 19),
    )
    plan_review(s, SPA, PlanReview(reference=r2, publish_on=D(2026, 12, 9)), at(D(2026, 10, 1)))
    record_copy_sent(s, SUPPORT, RecordCopySent(reference=r2, on=D(2026, 11, 25)), at(D(2026, 11, 25)))
    publish(
        s,
        SUPPORT,
        Publish(reference=r2, on=D(2026, 12, 9), url="https://chscp.example.org/reviews/syn-2"),
        at(D(2026, 12, 9)),
    )
    record_repository_submission(
        s, SUPPORT, RecordRepositorySubmission(reference=r2, on=D(2026, 12, 15)), at(D(2026, 12, 15))
    )
    add_recommendation(
        s,
        SUPPORT,
        AddRecommendation(reference=r2, number=1, text="Train emergency department staff."),
        at(D(2026, 12, 10)),
    )
    add_recommendation(
        s,
        SUPPORT,
        AddRecommendation(reference=r2, number=2, text="Bring schools into strategy discussions."),
        at(D(2026, 12, 10)),
    )
    y1 = add_action(
        s,
        SUPPORT,
        AddAction(
            reference=r2,
            recommendation=1,
            agency="Homerton University Hospital",
            lead="Named Nurse",
            description="Train the emergency department staff.",
            due=D(2027, 1, 29),
        ),
        at(D(2026, 12, 10)),
    )
    add_action(
        s,
        SUPPORT,
        AddAction(
            reference=r2,
            recommendation=1,
            agency="hackney-council",
            lead="Head of Safeguarding",
            description="Refresh the strategy discussion guidance.",
            due=D(2027, 6, 30),
        ),
        at(D(2026, 12, 10)),
    )
    y3 = add_action(
        s,
        SUPPORT,
        AddAction(
            reference=r2,
            recommendation=2,
            agency="Hackney Education",
            lead="Designated Safeguarding Lead",
            description="Invite schools to strategy discussions.",
            due=D(2027, 3, 1),
        ),
        at(D(2026, 12, 10)),
    )
    complete_action(
        s,
        SUPPORT,
        CompleteAction(action_id=y1, on=D(2027, 1, 20), evidence="Training registers for all shifts."),
        at(D(2027, 1, 20)),
    )
    cancel_action(
        s,
        SUPPORT,
        CancelAction(action_id=y3, reason="Covered by the refreshed guidance instead."),
        at(D(2027, 1, 5)),
    )

    # SYN-3: a death; the Panel told late; no review.
    refs["3"] = rapid_review(
        s,
        3,
        D(2026, 9, 14),
        D(2026, 9, 23),
        "no_review",
        D(2026, 10, 1),
        D(2026, 10, 2),
        D(2026, 10, 6),
        D(2026, 10, 5),
        harm="death",
    )
    # SYN-4: a local review that will publish nothing.
    r4 = refs["4"] = rapid_review(
        s,
        4,
        D(2026, 10, 5),
        D(2026, 10, 7),
        "local_review",
        D(2026, 10, 19),
        D(2026, 10, 20),
        D(2026, 10, 21),
        D(2026, 10, 23),
    )
    withhold(
        s,
        ICSC,
        Withhold(
            reference=r4,
            scope="improvements",
            justification="Publishing would identify the family in a small community.",
        ),
        at(D(2027, 3, 15)),
    )
    # SYN-5: the rapid review late; referred for a national review.
    refs["5"] = rapid_review(
        s,
        5,
        D(2026, 11, 2),
        D(2026, 11, 4),
        "national_review",
        D(2026, 11, 19),
        D(2026, 11, 20),
        D(2026, 11, 24),
        D(2026, 11, 25),
    )
    # SYN-6: no decision yet at the year end.
    refs["6"] = rapid_review(s, 6, D(2027, 3, 1), D(2027, 3, 3), None)
    return refs


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    from notifications import NoticeRenderer
    from store.database import make_engine
    from workflows import bootstrap
    from workflows.handlers.context import Services

    partnership, cal = bootstrap.load(None)
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('annual') / 'cspr.db'}")
    s = Services(engine=engine, partnership=partnership, calendar=cal, renderer=NoticeRenderer())
    refs = seed(s)
    with Session(engine) as session:
        report = annual_report(session, partnership, cal, 2026, D(2027, 4, 15))
    yield s, refs, report
    engine.dispose()


def test_period_and_incidents(seeded):
    _, _, r = seeded
    assert (r.period.label, r.period.start, r.period.end, r.as_of) == (
        "2026-27",
        D(2026, 4, 1),
        D(2027, 3, 31),
        D(2027, 3, 31),
    )
    assert r.incidents.notified == 5  # SYN-2 to SYN-6; SYN-1 was last year
    assert r.incidents.by_harm == {"death": 1, "serious_harm": 4}
    assert r.incidents.at_discretion == 0


def test_every_clock_on_time_and_late(seeded):
    _, refs, r = seeded
    lines = {c.kind: (c.total, c.on_time) for c in r.clocks}
    assert lines == {
        "panel_notification": (5, 4),  # SYN-3 late
        "partner_notice": (5, 5),
        "icsc_decision": (5, 4),  # SYN-6 open past its target
        "partner_ratification": (20, 20),  # five partners x SYN-2..5
        "rapid_review_submission": (5, 3),  # SYN-5 late, SYN-6 open past due
        "family_notification": (4, 4),
        "publication": (2, 2),  # SYN-1 (approved date), SYN-2; SYN-4 stopped
        "pre_publication_copy": (2, 2),
        "delay_notice": (1, 1),
        "non_publication_justification": (1, 0),  # SYN-4, not recorded
        "repository_submission": (2, 2),
    }
    assert {c.kind: c.on_time_percent for c in r.clocks}["panel_notification"] == 80.0
    assert {c.kind: c.on_time_percent for c in r.clocks}["rapid_review_submission"] == 60.0
    late = [(c.reference, c.kind, c.met_on, c.working_days_late) for c in r.late_clocks]
    assert late == [
        (refs["3"], "panel_notification", D(2026, 9, 23), 2),
        (refs["6"], "icsc_decision", None, 7),
        (refs["5"], "rapid_review_submission", D(2026, 11, 25), 2),
        (refs["6"], "rapid_review_submission", None, 5),
        (refs["4"], "non_publication_justification", None, 5),
    ]


def test_decisions_reviews_delays_and_non_publication(seeded):
    _, refs, r = seeded
    assert r.decisions.by_outcome == {"local_review": 2, "national_review": 1, "no_review": 1}
    assert (r.decisions.total, r.decisions.revisions) == (4, 0)
    assert [
        (p.reference, p.six_months_on, p.published_on, p.within_six_months, p.delay_approved)
        for p in r.published
    ] == [
        (refs["1"], D(2026, 8, 16), D(2026, 10, 21), False, True),
        (refs["2"], D(2026, 12, 16), D(2026, 12, 9), True, False),
    ]
    assert r.published_within_six_months == 1
    assert r.in_progress == []  # SYN-4 will publish nothing; SYN-5 went to the Panel
    assert [(d.reference, d.to_date, d.status, d.circumstance) for d in r.delays] == [
        (refs["1"], D(2026, 10, 30), "approved", "prosecution")
    ]
    assert [(n.reference, n.withheld_on, n.scope) for n in r.non_publication] == [
        (refs["4"], D(2027, 3, 15), "improvements")
    ]


def test_every_criterion_considered_is_in_the_report(seeded):
    # The local_review decisions find 19.15a met, every other criterion not met; the others
    # find none met.
    _, _, r = seeded
    local = {c.reference for c in r.decisions.considered if c.outcome == "local_review"}
    assert len(local) == 2
    assert [c.reference for c in r.decisions.considered] == sorted(
        c.reference for c in r.decisions.considered
    )
    assert len(r.decisions.considered) == 4
    for c in r.decisions.considered:
        assert list(c.findings) == [*CRITERIA]
        assert c.findings["19.15a"] == ("met" if c.reference in local else "not_met")
        assert {v for k, v in c.findings.items() if k != "19.15a"} == {"not_met"}
    assert r.decisions.criteria_met == {code: 2 if code == "19.15a" else 0 for code in CRITERIA}
    md = render_markdown(r)
    assert "### Every criterion considered (19.15, 19.16)" in md
    first = sorted(local)[0]
    row = next(line for line in md.splitlines() if line.startswith(f"| {first} | "))
    assert row.count("| met |") == 1 and row.count(" not met |") == 7
    assert "| **Met in** | | **2** |" + " **0** |" * 7 in md
    assert '<h3 id="criteria">' in render_html(r)


def test_learning_actions_carried_forward(seeded):
    _, refs, r = seeded
    a = r.actions
    assert (a.completed, a.open, a.overdue, a.cancelled) == (2, 2, 1, 1)  # X1, Y1 / X2, Y2 / X2 / Y3
    assert (a.carried_forward, a.carried_forward_completed) == (2, 1)  # X1 and X2; X1 done
    assert [(g.agency, g.completed, g.open, g.overdue) for g in a.by_agency] == [
        ("Hackney Council", 1, 1, 0),
        ("Homerton University Hospital", 1, 0, 0),
        ("Metropolitan Police Service", 0, 1, 1),
    ]
    # X2 due Wed 10 Mar 2027: 11, 12, 15-19, 22-25, 30, 31 March = 13 working days.
    assert [(o.id, o.reference, o.working_days_overdue, o.carried_forward) for o in a.overdue_list] == [
        (int(refs["x2"]), refs["1"], 13, True)
    ]


def test_timeline(seeded):
    _, refs, r = seeded
    assert [(t.reference, t.aware, t.published) for t in r.timeline] == [
        (refs["1"], D(2026, 2, 2), D(2026, 10, 21)),
        (refs["2"], D(2026, 6, 1), D(2026, 12, 9)),
        (refs["3"], D(2026, 9, 14), None),
        (refs["4"], D(2026, 10, 5), None),
        (refs["5"], D(2026, 11, 2), None),
        (refs["6"], D(2027, 3, 1), None),
    ]
    six = r.timeline[-1]
    assert (six.notified, six.decided, six.submitted) == (D(2027, 3, 3), None, None)


def test_the_overdue_action_is_escalated(seeded):
    s, refs, _ = seeded
    day = D(2027, 3, 11)  # the first working day after X2's due date
    fired = [
        f
        for f in sweep(s, Actor("cspr sweep", "system"), Sweep(as_of=day), at(day)).fired
        if f.clock == "learning_action"
    ]
    assert [(f.party, f.rung) for f in fired] == [(f"action-{refs['x2']}", "breached")]


def test_files_carry_case_references_only(seeded, tmp_path):
    _, refs, r = seeded
    md, html = write_report(r, tmp_path)
    assert (md.name, html.name) == ("annual-report-2026-27.md", "annual-report-2026-27.html")
    for text in (md.read_text(), html.read_text()):
        assert all(ref in text for ref in refs.values() if ref.startswith("CHSCP"))
        assert "QZ" not in text and "Synthetic: injuries" not in text
        assert "80%" in text and "60%" in text
    page = html.read_text()
    assert (
        page.count("<svg") == 2
        and "<script" not in page
        and "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    )
    assert render_markdown(r).startswith("# City & Hackney Safeguarding Children Partnership")
    assert "&amp;" in render_html(r)


def _png_size_and_ink(path: Path) -> tuple[int, int, int]:
    """(width, height, rows that are not all one colour) of an 8-bit RGB/RGBA PNG, no PIL."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, [], b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6)
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * bpp
    prev = bytearray(stride)
    inked = 0
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        if len(set(bytes(line[j : j + 3]) for j in range(0, stride, bpp))) > 1:
            inked += 1
        prev = line
    return width, height, inked


@pytest.mark.browser
def test_the_html_opens_in_a_browser(seeded, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (CI is set): `make test` installs it")
        pytest.skip("chromium is not installed (`apt-get install chromium`, or run `make test`)")
    _, _, r = seeded
    _, html = write_report(r, tmp_path)
    artifact = tmp_path / "test-artifacts" / "annual-report.png"
    artifact.parent.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                f"--screenshot={artifact}",
                "--window-size=1200,2000",
                html.resolve().as_uri(),
            ],
            capture_output=True,
            timeout=90,
            check=False,
        )
    assert artifact.is_file(), "chromium wrote no screenshot"
    width, height, inked = _png_size_and_ink(artifact)
    assert (width, height) == (1200, 2000)
    assert inked > 500, f"the screenshot looks blank ({inked} rows with any contrast)"
    (artifact.parent / "annual-report.json").write_text(json.dumps(r.as_dict(), indent=2))
