"""Dispatching the outbox through real channels: a file outbox and an SMTP server on 127.0.0.1."""

import email
import email.policy
import threading
from datetime import date, timedelta

from sqlmodel import Session, select

from domain.actors import Actor
from domain.incident import IncidentReport
from notifications import FileChannel, SmtpChannel
from store import audit
from store.tables import NoticeRow
from tests.conftest import at, free_port, incident
from workflows.handlers.intake import log_incident
from workflows.handlers.outbox import MAX_ATTEMPTS, dispatch_queued

SUPPORT = Actor("Sam Support", "support_team")
SYSTEM = Actor("cspr dispatcher", "system")
NOW = at(date(2026, 12, 29))


def logged(services) -> str:
    return log_incident(services, SUPPORT, IncidentReport.model_validate(incident()), NOW).reference


def statuses(services) -> dict[str, tuple[str, int]]:
    with Session(services.engine) as s:
        return {n.kind: (n.status, n.attempts) for n in s.exec(select(NoticeRow))}


def test_file_outbox_writes_each_notice_once_and_audits_it(services, tmp_path):
    ref = logged(services)
    channel = FileChannel(tmp_path / "outbox")
    first = dispatch_queued(services, SYSTEM, channel, NOW)
    assert sorted(d.kind for d in first) == ["icsc_decision_request", "panel_notification", "partner_notice"]
    assert dispatch_queued(services, SYSTEM, channel, NOW) == []
    with Session(services.engine) as s:
        uids = {n.kind: n.uid for n in s.exec(select(NoticeRow))}
    files = sorted((tmp_path / "outbox" / ref).glob("*.eml"))
    assert sorted(f.name for f in files) == sorted(f"{uid}-{kind}.eml" for kind, uid in uids.items())
    with Session(services.engine) as s:
        report = audit.verify(s)
    assert report.ok and report.events == 4  # the intake and three deliveries


def test_two_dispatchers_at_once_deliver_each_notice_once(services, smtp_server):
    handler, port = smtp_server
    logged(services)
    channel = SmtpChannel("127.0.0.1", port, timeout=5)
    results: list = []
    threads = [
        threading.Thread(target=lambda: results.extend(dispatch_queued(services, SYSTEM, channel, NOW)))
        for _ in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.notice_id for r in results) == [1, 2, 3]
    assert len(handler.envelopes) == 3
    subjects = sorted(
        email.message_from_bytes(e.content, policy=email.policy.default)["Subject"] for e in handler.envelopes
    )
    assert all(s.startswith("CHSCP-2026-0001") for s in subjects)
    partner = next(e for e in handler.envelopes if len(e.rcpt_tos) == 7)
    assert "icsc@chscp.example.org" in partner.rcpt_tos


def test_an_smtp_outage_keeps_notices_queued_then_parks_them_after_the_last_attempt(services):
    logged(services)
    channel = SmtpChannel("127.0.0.1", free_port(), timeout=2)  # nothing listens there
    results = dispatch_queued(services, SYSTEM, channel, NOW)
    # The channel is down: the first attempt fails and the rest of the batch waits untouched.
    assert [r.status for r in results] == ["queued"]
    assert statuses(services)["panel_notification"] == ("queued", 1)
    assert statuses(services)["partner_notice"] == ("queued", 0)
    later = NOW
    for _ in range(3 * MAX_ATTEMPTS):
        later = at(later.today + timedelta(days=1))  # past every backoff
        dispatch_queued(services, SYSTEM, channel, later)
    assert set(statuses(services).values()) == {("parked", MAX_ATTEMPTS)}
    assert dispatch_queued(services, SYSTEM, channel, at(later.today + timedelta(days=1))) == []


def test_a_refused_recipient_parks_the_notice_without_a_retry(services, smtp_server):
    _, port = smtp_server
    logged(services)
    with Session(services.engine) as s:  # one partner mailbox that the server refuses
        row = s.exec(select(NoticeRow).where(NoticeRow.kind == "partner_notice")).one()
        row.recipients = [*row.recipients, {"name": "Refused", "email": "refuse@example.org"}]
        s.add(row)
        s.commit()
    dispatch_queued(services, SYSTEM, SmtpChannel("127.0.0.1", port, timeout=5), NOW)
    assert statuses(services)["partner_notice"] == ("parked", 1)
    assert statuses(services)["panel_notification"] == ("delivered", 1)
