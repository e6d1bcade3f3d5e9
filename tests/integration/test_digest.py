"""The SLT digest: open clocks by due date with red/amber/green, breaches, delays, changes since.

Aware Thu 17 Dec 2026: the Panel notification and partner notice are due Thu 24 Dec 2026, the
ICSC decision Fri 8 Jan 2027 and the rapid review Tue 12 Jan 2027 (Christmas Fri 25, Boxing
Day's substitute Mon 28 Dec, New Year's Day Fri 1 Jan).
"""

from datetime import date

from sqlmodel import Session, select

from domain.actors import Actor
from domain.commands import ExtendClock, RecordNoticeSent, SendDigest, Sweep
from domain.incident import IncidentReport
from notifications import FileChannel
from store.tables import DigestRow
from tests.conftest import at, incident
from workflows.handlers.digest import send_digest
from workflows.handlers.digest_delivery import deliver_digest
from workflows.handlers.intake import log_incident, record_notice_sent
from workflows.handlers.ledger import extend_clock
from workflows.handlers.sweep import sweep

SUPPORT = Actor("Sam Support", "support_team")
SYSTEM = Actor("cspr", "system")


def test_the_digest_lists_open_clocks_by_due_date_and_only_new_changes(services, tmp_path):
    report = IncidentReport.model_validate(incident(incident_date="2026-12-16", aware_date="2026-12-17"))
    ref = log_incident(services, SUPPORT, report, at(date(2026, 12, 17))).reference
    record_notice_sent(
        services,
        SUPPORT,
        RecordNoticeSent(reference=ref, kind="partner_notice", on=date(2026, 12, 23)),
        at(date(2026, 12, 23)),
    )
    sweep(services, SYSTEM, Sweep(as_of=date(2026, 12, 29)), at(date(2026, 12, 29)))  # Panel notice breached

    # Mon 4 Jan 2027: Panel notification past due (red); ICSC decision Fri 8 Jan, 4 WD left
    # (green); rapid review Tue 12 Jan (green). The partner notice is met: not listed.
    first = send_digest(services, SYSTEM, SendDigest(as_of=date(2027, 1, 4)), at(date(2027, 1, 4)))
    assert first.created
    digest = first.summary
    assert [
        (c["reference"], c["clock"], c["due"], c["rag"], c["working_days_left"]) for c in digest["clocks"]
    ] == [
        (ref, "panel_notification", "2026-12-24", "red", -4),
        (ref, "icsc_decision", "2027-01-08", "green", 4),
        (ref, "rapid_review_submission", "2027-01-12", "green", 6),
    ]
    assert [c["clock"] for c in digest["breaches"]] == ["panel_notification"]
    assert digest["counts"] == {"red": 1, "amber": 0, "green": 2}
    assert [(c["clock"], c["change"]) for c in digest["changes"]] == [("partner_notice", "met")]
    # Swept once, on Tue 29 Dec: the Panel notification's breach (its earlier rungs superseded).
    assert [(e["clock"], e["rung"]) for e in digest["escalations"]] == [("panel_notification", "breached")]
    assert (
        send_digest(services, SYSTEM, SendDigest(as_of=date(2027, 1, 4)), at(date(2027, 1, 4))).created
        is False
    )

    extend_clock(
        services,
        Actor("Ivy", "icsc"),
        ExtendClock(
            reference=ref,
            kind="icsc_decision",
            to=date(2027, 1, 13),
            reason="Police chronology outstanding",
            approver="Ivy",
        ),
        at(date(2027, 1, 5)),
    )
    # Mon 11 Jan: the rapid review is due Tue 12 Jan (1 WD left) and the extended ICSC decision
    # Wed 13 Jan (2 WD left): both amber. Only the extension is new since the last digest.
    second = send_digest(services, SYSTEM, SendDigest(as_of=date(2027, 1, 11)), at(date(2027, 1, 11))).summary
    assert [(c["clock"], c["rag"]) for c in second["clocks"]] == [
        ("panel_notification", "red"),
        ("rapid_review_submission", "amber"),
        ("icsc_decision", "amber"),
    ]
    assert second["since"] == "2027-01-04"
    assert [(c["clock"], c["change"], c["old_due"], c["new_due"]) for c in second["changes"]] == [
        ("icsc_decision", "extended", "2027-01-08", "2027-01-13")
    ]
    assert second["escalations"] == []

    # Delivered once through the file channel, under the SLT-DIGEST pseudo-reference.
    channel = FileChannel(tmp_path / "outbox")
    receipt = deliver_digest(services, SYSTEM, first.id, channel, at(date(2027, 1, 4)))
    with Session(services.engine) as s:
        uid = s.get(DigestRow, first.id).uid
    assert receipt is not None and receipt.endswith(f"SLT-DIGEST/{uid}-slt_digest.eml")
    assert deliver_digest(services, SYSTEM, first.id, channel, at(date(2027, 1, 4))) is None
    with Session(services.engine) as s:
        row = s.exec(select(DigestRow).where(DigestRow.id == first.id)).one()
    assert row.status == "delivered" and row.recipients == [
        {"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}
    ]
    assert row.subject == "CHSCP deadline digest 2027-01-04: 1 red, 0 amber, 2 green"
    assert ref in row.body_text and ref in row.body_html
    for text in (row.subject, row.body_text, row.body_html):
        assert "QZ" not in text  # case references only, never the child's initials
