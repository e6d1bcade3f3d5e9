"""Build the RFC 5322 e-mail for a rendered notice: text and HTML alternatives, traceable headers."""

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import Protocol

from domain.text import has_line_break
from notifications.render import RenderedNotice

# A case reference becomes part of a Message-ID and of a folder name: keep it to safe characters.
_REFERENCE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_KIND = re.compile(r"[a-z][a-z0-9_]{0,63}")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOMAIN = re.compile(rf"{_LABEL}(?:\.{_LABEL})*")
_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def check_reference(reference: str) -> str:
    """Return ``reference`` if it is letters, digits, '.', '_' and '-' only; ValueError otherwise."""
    if not _REFERENCE.fullmatch(reference) or ".." in reference:
        raise ValueError(f"case reference {reference!r}: use letters, digits, '.', '_' and '-' only")
    return reference


def check_kind(kind: str) -> str:
    """Return ``kind`` if it looks like a notice kind ('panel_notification'); ValueError otherwise."""
    if not _KIND.fullmatch(kind):
        raise ValueError(f"notice kind {kind!r}: use lower-case letters, digits and '_' only")
    return kind


def check_uid(uid: str) -> str:
    """Return ``uid`` if it is a lower-case UUID (a notice's stable identity); ValueError otherwise."""
    if not isinstance(uid, str) or not _UID.fullmatch(uid):
        raise ValueError(f"notice uid {uid!r}: expected a lower-case UUID (8-4-4-4-12 hex digits)")
    return uid


def message_id(uid: str, reference: str, domain: str = "cspr.example.org") -> str:
    """The Message-ID of a notice, fixed by its uid: ``<notice-<uid>.chscp-2026-0007@cspr.example.org>``.

    The uid is unique across stores, so two stores sending through one server never share one.
    """
    if not _DOMAIN.fullmatch(domain):
        raise ValueError(f"domain {domain!r} is not a host name")
    return f"<notice-{check_uid(uid)}.{check_reference(reference).lower()}@{domain}>"


def _one_line(value: str, what: str) -> str:
    if has_line_break(value):
        raise ValueError(f"{what}: a header value may not contain a line break")
    return value


def _cte(body: str) -> str | None:
    return None if body.isascii() else "quoted-printable"


def _address(contact: Mapping[str, str], what: str) -> Address:
    name = _one_line(str(contact.get("name", "")), f"{what} name")
    email = _one_line(str(contact["email"]), f"{what} e-mail")
    try:
        return Address(display_name=name, addr_spec=email)
    except (ValueError, IndexError, HeaderParseError) as exc:
        raise ValueError(f"{what} e-mail {email!r} is not an address: {exc}") from exc


def build_message(
    rendered: RenderedNotice,
    *,
    sender: Mapping[str, str],
    to: Sequence[Mapping[str, str]],
    notice_id: int,
    uid: str,
    reference: str,
    kind: str,
    sent_at: datetime,
    domain: str = "cspr.example.org",
) -> EmailMessage:
    """The e-mail for one notice: From/To with names, a Message-ID fixed by its uid, multipart/alternative.

    ValueError for a line break in any header value, a naive ``sent_at``, no recipients, or a
    uid, reference, kind or domain that cannot go into a header.
    """
    if isinstance(notice_id, bool) or not isinstance(notice_id, int) or notice_id < 0:
        raise ValueError(f"notice_id: expected a whole number >= 0, got {notice_id!r}")
    if sent_at.tzinfo is None or sent_at.utcoffset() is None:
        raise ValueError("sent_at: must be timezone-aware (e.g. datetime.now(UTC))")
    if not to:
        raise ValueError("to: a notice needs at least one recipient")
    msg_id = message_id(uid, _one_line(reference, "reference"), _one_line(domain, "domain"))
    msg = EmailMessage(policy=SMTP)
    msg["From"] = _address(sender, "sender")
    msg["To"] = tuple(_address(r, f"recipient {i + 1}") for i, r in enumerate(to))
    msg["Subject"] = _one_line(rendered.subject, "subject")
    msg["Date"] = format_datetime(sent_at)
    msg["Message-ID"] = msg_id
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies, please
    msg["X-CSPR-Reference"] = reference
    msg["X-CSPR-Notice-Kind"] = check_kind(_one_line(kind, "kind"))
    msg["X-CSPR-Notice-Id"] = str(notice_id)
    msg["X-CSPR-Notice-Uid"] = uid
    # Non-ASCII goes quoted-printable rather than raw 8bit, so any SMTP server will carry it.
    msg.set_content(rendered.text, subtype="plain", charset="utf-8", cte=_cte(rendered.text))
    msg.add_alternative(rendered.html, subtype="html", charset="utf-8", cte=_cte(rendered.html))
    return msg


class StoredNotice(Protocol):
    """A rendered notice as the outbox keeps it (a notice row or the SLT digest's row)."""

    @property
    def recipients(self) -> Sequence[Mapping[str, str]]: ...
    @property
    def subject(self) -> str: ...
    @property
    def body_text(self) -> str: ...
    @property
    def body_html(self) -> str: ...


def stored_message(
    stored: StoredNotice,
    *,
    sender: Mapping[str, str],
    notice_id: int,
    uid: str,
    reference: str,
    kind: str,
    sent_at: datetime,
) -> EmailMessage:
    """The e-mail for a notice from the outbox: its kept subject, parts and recipients (``build_message``)."""
    return build_message(
        RenderedNotice(stored.subject, stored.body_text, stored.body_html),
        sender=sender,
        to=stored.recipients,
        notice_id=notice_id,
        uid=uid,
        reference=reference,
        kind=kind,
        sent_at=sent_at,
    )
