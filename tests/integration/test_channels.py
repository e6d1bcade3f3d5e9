"""E-mail messages and delivery channels: .eml files in an outbox folder, and SMTP to a local server.

The SMTP server is a real aiosmtpd server on 127.0.0.1. Synthetic data only.
"""

import email
from datetime import UTC, date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

from notifications import (
    DeliveryConflict,
    DeliveryError,
    FileChannel,
    NoticeRenderer,
    RenderedNotice,
    SmtpChannel,
    build_message,
    channel_from_settings,
    stored_message,
)
from tests.conftest import Handler, free_port

REFERENCE = "CHSCP-2026-0007"
UID = "5f0c6a1e-8d2b-4c3a-9e7f-1b2c3d4e5f60"
MSG_ID = f"<notice-{UID}.chscp-2026-0007@cspr.example.org>"
SENT_AT = datetime(2027, 1, 4, 9, 30, tzinfo=UTC)
SENDER = {"name": "CHSCP support team", "email": "support@example.org"}
TO = [
    {"name": "Example Partner, Police", "email": "police@example.org"},
    {"name": "ICSC", "email": "icsc@example.org"},
]


def context() -> dict[str, Any]:
    """A partner notice's context, as the domain builds it."""
    due = date(2027, 1, 6)
    return {
        "notice": {
            "kind": "partner_notice",
            "basis": "19.8",
            "due": due,
            "working_days_left": 2,
            "explanation": "5 working days after the local authority became aware; 19.8.",
        },
        "case": {
            "reference": REFERENCE,
            "local_authority": "London Borough of Hackney",
            "incident_date": date(2026, 12, 27),
            "aware_date": date(2026, 12, 29),
            "harm": "serious_harm",
            "abuse_or_neglect": "known",
            "location": "in_area",
            "looked_after": False,
            "criminal_investigation": True,
            "children": [{"initials": "XY", "age": 4, "sex": "female"}],
            "summary": "Synthetic summary: café, naïve — non-ASCII on purpose.",
            "reported_by": "Example School",
            "considered_at_discretion": False,
        },
        "clocks": {
            "rapid_review_submission": {"due": date(2027, 1, 20), "statutory": True, "basis": "19.11-19.13"}
        },
        "partnership": {"name": "City & Hackney Safeguarding Children Partnership", "short_name": "CHSCP"},
        "sender": SENDER,
        "recipients": TO,
        "today": date(2027, 1, 4),
    }


@pytest.fixture(scope="module")
def rendered() -> RenderedNotice:
    return NoticeRenderer().render("partner_notice", context())


def message(
    rendered: RenderedNotice, *, notice_id: int = 7, sent_at: datetime = SENT_AT, **changes: Any
) -> EmailMessage:
    args: dict[str, Any] = {
        "sender": SENDER,
        "to": TO,
        "notice_id": notice_id,
        "uid": UID,
        "reference": REFERENCE,
        "kind": "partner_notice",
        "sent_at": sent_at,
    }
    args.update(changes)
    return build_message(rendered, **args)


# --- build_message -----------------------------------------------------------------------


def test_message_headers_and_parts(rendered: RenderedNotice) -> None:
    msg = message(rendered, sent_at=datetime(2027, 1, 4, 9, 30, tzinfo=timezone(timedelta(hours=1))))
    assert msg["Message-ID"] == MSG_ID
    assert msg["From"] == "CHSCP support team <support@example.org>"
    assert [a.addr_spec for a in msg["To"].addresses] == ["police@example.org", "icsc@example.org"]
    assert msg["To"].addresses[0].display_name == "Example Partner, Police"
    assert msg["Subject"] == rendered.subject
    assert msg["Date"] == "Mon, 04 Jan 2027 09:30:00 +0100"
    assert (
        msg["X-CSPR-Reference"],
        msg["X-CSPR-Notice-Kind"],
        msg["X-CSPR-Notice-Id"],
        msg["X-CSPR-Notice-Uid"],
    ) == (REFERENCE, "partner_notice", "7", UID)
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    raw = msg.as_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert raw.isascii()  # non-ASCII bodies travel quoted-printable, for any SMTP server


def test_a_stored_notice_makes_the_same_message(rendered: RenderedNotice) -> None:
    """What the outbox keeps (subject, parts, recipients) is enough to build the e-mail again."""

    class Row:
        recipients, subject, body_text, body_html = TO, rendered.subject, rendered.text, rendered.html

    args = {"notice_id": 7, "uid": UID, "reference": REFERENCE, "kind": "partner_notice", "sent_at": SENT_AT}
    stored = stored_message(Row(), sender=SENDER, **args)
    built = message(rendered)
    assert [(k, str(v)) for k, v in stored.items() if k != "Content-Type"] == [
        (k, str(v)) for k, v in built.items() if k != "Content-Type"
    ]
    assert [p.get_content() for p in stored.iter_parts()] == [rendered.text, rendered.html]


def test_message_id_is_deterministic(rendered: RenderedNotice) -> None:
    first = message(rendered)
    again = message(rendered, sent_at=SENT_AT + timedelta(hours=1))
    assert first["Message-ID"] == again["Message-ID"]
    assert message(rendered, domain="cspr.hackney.example.org")["Message-ID"] == (
        f"<notice-{UID}.chscp-2026-0007@cspr.hackney.example.org>"
    )
    other = message(rendered, uid="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
    assert other["Message-ID"] != first["Message-ID"]  # another notice (or store): another Message-ID


@pytest.mark.parametrize(
    "changes",
    [
        {"sender": {"name": "Support\r\nBcc: x@example.org", "email": "support@example.org"}},
        {"to": [{"name": "ICSC", "email": "icsc@example.org\nBcc: x@example.org"}]},
        {"reference": "CHSCP-2026-0007\nBcc: x@example.org"},
        {"kind": "partner_notice\r\nX-Evil: 1"},
        {"domain": "example.org\n"},
    ],
)
def test_a_line_break_in_a_header_value_is_refused(rendered: RenderedNotice, changes: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="line break"):
        message(rendered, **changes)


def test_a_line_break_in_the_subject_is_refused() -> None:
    with pytest.raises(ValueError, match="subject"):
        build_message(
            RenderedNotice("a\nBcc: x@example.org", "t", "<p>h</p>"),
            sender=SENDER,
            to=TO,
            notice_id=1,
            uid=UID,
            reference=REFERENCE,
            kind="partner_notice",
            sent_at=SENT_AT,
        )


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"sent_at": datetime(2027, 1, 4, 9, 30)}, "timezone-aware"),
        ({"to": []}, "at least one recipient"),
        ({"to": [{"name": "X", "email": "not an address"}]}, "not an address"),
        ({"reference": "../etc"}, "case reference"),
        ({"notice_id": -1}, "notice_id"),
        ({"uid": "7"}, "notice uid"),
        ({"uid": "../../etc/passwd"}, "notice uid"),
    ],
)
def test_bad_message_arguments(rendered: RenderedNotice, changes: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        message(rendered, **changes)


# --- FileChannel -------------------------------------------------------------------------


def test_file_channel_writes_one_standard_eml(tmp_path: Path, rendered: RenderedNotice) -> None:
    channel = FileChannel(tmp_path / "outbox")
    receipt = channel.deliver(message(rendered), uid=UID, reference=REFERENCE, kind="partner_notice")
    path = tmp_path / "outbox" / REFERENCE / f"{UID}-partner_notice.eml"
    assert receipt == str(path)
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left behind
    parsed = email.message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(parsed, EmailMessage)
    assert parsed["To"] == '"Example Partner, Police" <police@example.org>, ICSC <icsc@example.org>'
    assert parsed["From"] == "CHSCP support team <support@example.org>"
    assert parsed["Subject"] == rendered.subject
    assert parsed["Message-ID"] == MSG_ID
    text = parsed.get_body(preferencelist=("plain",))
    html = parsed.get_body(preferencelist=("html",))
    assert text is not None and html is not None
    # Decoded quoted-printable keeps the wire's CRLF line ends.
    assert text.get_content().replace("\r\n", "\n") == rendered.text
    assert html.get_content().replace("\r\n", "\n") == rendered.html
    assert "café, naïve" in text.get_content()


def test_delivering_the_same_notice_again_leaves_the_file_alone(
    tmp_path: Path, rendered: RenderedNotice
) -> None:
    channel = FileChannel(tmp_path)
    first = channel.deliver(message(rendered), uid=UID, reference=REFERENCE, kind="partner_notice")
    written = Path(first).read_bytes()
    # A retry rebuilds the message: a new Date and a new MIME boundary, the same notice.
    retry = message(rendered, sent_at=SENT_AT + timedelta(minutes=5))
    assert channel.deliver(retry, uid=UID, reference=REFERENCE, kind="partner_notice") == first
    assert Path(first).read_bytes() == written
    assert len(list(Path(first).parent.iterdir())) == 1


def test_a_different_message_at_the_same_uid_is_refused(tmp_path: Path, rendered: RenderedNotice) -> None:
    channel = FileChannel(tmp_path)
    first = channel.deliver(message(rendered), uid=UID, reference=REFERENCE, kind="partner_notice")
    written = Path(first).read_bytes()
    other_id = message(rendered, domain="other.example.org")
    changed = build_message(
        RenderedNotice(rendered.subject, rendered.text + "changed\n", rendered.html),
        sender=SENDER,
        to=TO,
        notice_id=7,
        uid=UID,
        reference=REFERENCE,
        kind="partner_notice",
        sent_at=SENT_AT,
    )
    for msg in (other_id, changed):
        with pytest.raises(DeliveryConflict, match="already holds a different message") as caught:
            channel.deliver(msg, uid=UID, reference=REFERENCE, kind="partner_notice")
        assert isinstance(caught.value, DeliveryError) and not caught.value.retryable
        assert "Synthetic summary" not in str(caught.value)
    assert Path(first).read_bytes() == written
    assert len(list(Path(first).parent.iterdir())) == 1


def test_file_channel_checks_the_message_matches_the_notice(tmp_path: Path, rendered: RenderedNotice) -> None:
    with pytest.raises(ValueError, match="X-CSPR-Notice-Uid"):
        FileChannel(tmp_path).deliver(
            message(rendered),
            uid="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            reference=REFERENCE,
            kind="partner_notice",
        )
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_outbox_is_a_delivery_error(tmp_path: Path, rendered: RenderedNotice) -> None:
    blocker = tmp_path / "outbox"
    blocker.write_text("a file where the outbox folder should be")
    with pytest.raises(DeliveryError, match="cannot write") as caught:
        FileChannel(blocker).deliver(message(rendered), uid=UID, reference=REFERENCE, kind="partner_notice")
    assert caught.value.retryable


# --- SmtpChannel -------------------------------------------------------------------------


def test_smtp_channel_delivers_to_every_recipient(
    smtp_server: tuple[Handler, int], rendered: RenderedNotice
) -> None:
    handler, port = smtp_server
    receipt = SmtpChannel("127.0.0.1", port, timeout=5).deliver(
        message(rendered), uid=UID, reference=REFERENCE, kind="partner_notice"
    )
    assert receipt == MSG_ID
    [envelope] = handler.envelopes
    assert envelope.mail_from == "support@example.org"
    assert envelope.rcpt_tos == ["police@example.org", "icsc@example.org"]
    assert isinstance(envelope.content, bytes)
    got = email.message_from_bytes(envelope.content, policy=default)
    assert got["Message-ID"] == receipt
    assert got["Subject"] == rendered.subject
    assert [p.get_content_type() for p in got.walk()][1:] == ["text/plain", "text/html"]


def test_a_closed_port_is_a_retryable_delivery_error(rendered: RenderedNotice) -> None:
    with pytest.raises(DeliveryError, match=r"127\.0\.0\.1") as caught:
        SmtpChannel("127.0.0.1", free_port(), timeout=2).deliver(
            message(rendered), uid=UID, reference=REFERENCE, kind="partner_notice"
        )
    assert caught.value.retryable


def test_a_refused_recipient_sends_it_to_nobody_and_is_not_retried(
    smtp_server: tuple[Handler, int], rendered: RenderedNotice
) -> None:
    handler, port = smtp_server
    to = [*TO, {"name": "Gone", "email": "refuse@example.org"}]
    with pytest.raises(
        DeliveryError, match=r"some recipients were refused: refuse@example\.org \(550"
    ) as caught:
        SmtpChannel("127.0.0.1", port, timeout=5).deliver(
            message(rendered, to=to), uid=UID, reference=REFERENCE, kind="partner_notice"
        )
    assert not caught.value.retryable and not caught.value.in_doubt
    # Nobody got it (RSET before DATA): once the address is fixed, a retry sends it once to each.
    assert handler.envelopes == []
    with pytest.raises(DeliveryError, match="every recipient refused") as caught:
        SmtpChannel("127.0.0.1", port, timeout=5).deliver(
            message(rendered, to=[{"name": "Gone", "email": "refuse@example.org"}]),
            uid=UID,
            reference=REFERENCE,
            kind="partner_notice",
        )
    assert not caught.value.retryable
    assert "Synthetic summary" not in str(caught.value)


def test_starttls_against_a_server_without_it_is_a_delivery_error(
    smtp_server: tuple[Handler, int], rendered: RenderedNotice
) -> None:
    handler, port = smtp_server
    with pytest.raises(DeliveryError, match="STARTTLS"):
        SmtpChannel("127.0.0.1", port, starttls=True, timeout=5).deliver(
            message(rendered), uid=UID, reference=REFERENCE, kind="partner_notice"
        )
    assert handler.envelopes == []


def test_credentials_need_starttls() -> None:
    with pytest.raises(ValueError, match="STARTTLS"):
        SmtpChannel("127.0.0.1", 25, username="u", password="p")


# --- settings ----------------------------------------------------------------------------


def test_channel_from_settings(tmp_path: Path) -> None:
    file = channel_from_settings("file", outbox_dir=tmp_path)
    assert isinstance(file, FileChannel) and file.outbox_dir == tmp_path and file.name == "file"
    smtp = channel_from_settings(
        "smtp", outbox_dir=tmp_path, smtp_host="mail.example.org", smtp_starttls=True
    )
    assert isinstance(smtp, SmtpChannel) and (smtp.host, smtp.port, smtp.starttls) == (
        "mail.example.org",
        587,
        True,
    )
    with pytest.raises(ValueError, match="smtp_host"):
        channel_from_settings("smtp", outbox_dir=tmp_path)
    with pytest.raises(ValueError, match="unknown delivery channel 'fax'"):
        channel_from_settings("fax", outbox_dir=tmp_path)
