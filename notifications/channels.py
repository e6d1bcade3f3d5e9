"""Delivery channels: a notice's e-mail leaves as an ``.eml`` file in an outbox folder, or over SMTP.

Each ``deliver`` call is one attempt. It returns a receipt (the file written, or the
Message-ID the SMTP server accepted) or raises DeliveryError; the outbox decides about
retries. Error messages name the notice, never its body: notices are about children.
"""

import contextlib
import os
import smtplib
import ssl
import tempfile
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import SMTP, default
from pathlib import Path
from typing import Any, Protocol

from domain.text import one_line
from notifications.email import check_kind, check_reference


class DeliveryError(Exception):
    """One delivery attempt failed; ``retryable`` says whether trying again can help."""

    def __init__(self, message: str, *, retryable: bool = True) -> None:
        super().__init__(message)
        self.retryable = retryable


class DeliveryConflict(DeliveryError):
    """A different message already sits where this notice belongs; retrying cannot help."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retryable=False)


class Channel(Protocol):
    """Where notices go: one call per delivery attempt, a receipt back."""

    name: str

    def deliver(self, message: EmailMessage, *, notice_id: int, reference: str, kind: str) -> str: ...


def _check_headers(message: EmailMessage, *, notice_id: int, reference: str, kind: str) -> str:
    """The message's Message-ID, after checking that its cspr headers (if any) match the arguments."""
    msg_id = message["Message-ID"]
    if not msg_id:
        raise ValueError(f"notice {notice_id} ({reference}, {kind}): the message has no Message-ID")
    for header, expected in (
        ("X-CSPR-Notice-Id", str(notice_id)),
        ("X-CSPR-Reference", reference),
        ("X-CSPR-Notice-Kind", kind),
    ):
        found = message[header]
        if found is not None and str(found) != expected:
            raise ValueError(f"notice {notice_id}: {header} is {str(found)!r}, expected {expected!r}")
    return str(msg_id)


# Headers that may differ between two attempts at the same notice: the Date, and the MIME
# framing (the multipart boundary is random). The parts themselves are compared decoded.
_VOLATILE = frozenset({"date", "content-type", "content-transfer-encoding", "mime-version"})


def _fingerprint(raw: bytes) -> tuple[Any, ...]:
    """What makes two serialised messages the same notice: headers but Date, and each part's content."""
    msg = BytesParser(policy=default).parsebytes(raw)
    headers = tuple((k.lower(), str(v)) for k, v in msg.items() if k.lower() not in _VOLATILE)
    parts = tuple((p.get_content_type(), p.get_content()) for p in msg.walk() if not p.is_multipart())
    return headers, parts


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class FileChannel:
    """The default channel: one standard ``.eml`` file per notice in an outbox folder.

    The file is ``<outbox>/<reference>/<notice_id:06d>-<kind>.eml``. It is written to a
    temporary file in the same folder, synced, then hard-linked into place, so it appears
    whole or not at all and is never replaced: a notice is written at most once. Delivering
    the same notice again (same Message-ID and content; the Date may differ) returns the
    existing file; anything else at that path raises DeliveryConflict.
    """

    name = "file"

    def __init__(self, outbox_dir: Path) -> None:
        self.outbox_dir = Path(outbox_dir)

    def path_for(self, *, notice_id: int, reference: str, kind: str) -> Path:
        """Where the notice's ``.eml`` file goes."""
        if isinstance(notice_id, bool) or not isinstance(notice_id, int) or notice_id < 0:
            raise ValueError(f"notice_id: expected a whole number >= 0, got {notice_id!r}")
        return self.outbox_dir / check_reference(reference) / f"{notice_id:06d}-{check_kind(kind)}.eml"

    def deliver(self, message: EmailMessage, *, notice_id: int, reference: str, kind: str) -> str:
        """Write the notice's ``.eml`` file once; return its path."""
        path = self.path_for(notice_id=notice_id, reference=reference, kind=kind)
        _check_headers(message, notice_id=notice_id, reference=reference, kind=kind)
        data = message.as_bytes(policy=SMTP)
        label = f"notice {notice_id} ({reference}, {kind})"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
        except OSError as exc:
            raise DeliveryError(f"{label}: cannot write to {path.parent}: {exc.strerror or exc}") from exc
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            try:
                os.link(tmp, path)  # fails if the file exists: never replaces
            except FileExistsError:
                return self._already_there(path, data, label)
            _fsync_dir(path.parent)
            return str(path)
        except OSError as exc:
            raise DeliveryError(f"{label}: cannot write {path}: {exc.strerror or exc}") from exc
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()

    @staticmethod
    def _already_there(path: Path, data: bytes, label: str) -> str:
        existing = path.read_bytes()
        if existing == data or _fingerprint(existing) == _fingerprint(data):
            return str(path)
        raise DeliveryConflict(f"{label}: {path} already holds a different message; left it unchanged")


class SmtpChannel:
    """Sends each notice in its own SMTP conversation; the receipt is the Message-ID."""

    name = "smtp"

    def __init__(
        self,
        host: str,
        port: int,
        *,
        starttls: bool = False,
        username: str | None = None,
        password: str | None = None,
        timeout: float = 10.0,
    ) -> None:
        if username is not None and not starttls:
            raise ValueError("SMTP credentials are only sent over STARTTLS; set starttls=True")
        if (username is None) != (password is None):
            raise ValueError("give both an SMTP username and password, or neither")
        self.host, self.port, self.starttls = host, port, starttls
        self.username, self._password, self.timeout = username, password, timeout

    def __repr__(self) -> str:
        return f"SmtpChannel({self.host!r}, {self.port}, starttls={self.starttls})"

    def deliver(self, message: EmailMessage, *, notice_id: int, reference: str, kind: str) -> str:
        """Send the message to every To/Cc address; DeliveryError if any recipient was not accepted."""
        msg_id = _check_headers(message, notice_id=notice_id, reference=reference, kind=kind)
        label = f"notice {notice_id} ({reference}, {kind}) via {self.host}:{self.port}"
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                if self.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if self.username is not None and self._password is not None:
                    smtp.login(self.username, self._password)
                refused = smtp.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            raise DeliveryError(
                f"{label}: every recipient refused: {_refusals(exc.recipients)}",
                retryable=all(400 <= c < 500 for c in codes),
            ) from exc
        except smtplib.SMTPResponseException as exc:
            raise DeliveryError(
                f"{label}: server said {exc.smtp_code} {_text(exc.smtp_error)}",
                retryable=400 <= exc.smtp_code < 500,
            ) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"{label}: {type(exc).__name__}: {exc}") from exc
        if refused:
            # Some recipients have it already: sending again would duplicate it for them.
            raise DeliveryError(
                f"{label}: sent as {msg_id}, but refused for {_refusals(refused)}", retryable=False
            )
        return msg_id


def _text(value: bytes | str) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    return one_line(text)[:200]


def _refusals(refused: dict[str, tuple[int, bytes]]) -> str:
    return "; ".join(f"{addr} ({code} {_text(why)})" for addr, (code, why) in sorted(refused.items()))


def channel_from_settings(
    channel: str,
    *,
    outbox_dir: Path,
    smtp_host: str | None = None,
    smtp_port: int | None = None,
    smtp_starttls: bool = False,
) -> Channel:
    """The channel a partnership's ``[delivery]`` settings name: ``"file"`` or ``"smtp"``."""
    if channel == "file":
        return FileChannel(outbox_dir)
    if channel == "smtp":
        if not smtp_host:
            raise ValueError("delivery.smtp_host is required when channel = 'smtp'")
        port = smtp_port if smtp_port is not None else (587 if smtp_starttls else 25)
        return SmtpChannel(smtp_host, port, starttls=smtp_starttls)
    raise ValueError(f"unknown delivery channel {channel!r}; known: file, smtp")
