"""Delivery channels: a notice's e-mail leaves as an ``.eml`` file in an outbox folder, or over SMTP.

Each ``deliver`` call is one attempt. It returns a receipt (the file written, or the
Message-ID the SMTP server accepted) or raises DeliveryError, which says whether trying again
can help, whether the message may have gone already, and whether the channel itself is down
(so the rest of a batch should wait). The outbox decides what to do about it. Error messages
name the notice by its uid, never its body: notices are about children.
"""

import contextlib
import fcntl
import os
import re
import smtplib
import ssl
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import SMTP, default
from email.utils import getaddresses
from pathlib import Path
from typing import Any, Protocol

from domain.text import one_line
from notifications.email import check_kind, check_reference, check_uid


class DeliveryError(Exception):
    """One delivery attempt failed.

    ``retryable``: a later attempt can succeed (a 4xx reply, a server that is down).
    ``in_doubt``: the message went on the wire and no answer came back; it may have arrived.
    ``channel_down``: the channel itself failed (no connection, TLS or login refused), so the
    other notices of the batch would fail the same way.
    """

    def __init__(
        self,
        message: str,
        *,
        retryable: bool = True,
        in_doubt: bool = False,
        channel_down: bool = False,
        code: int | None = None,
    ) -> None:
        super().__init__(message)
        self.retryable, self.in_doubt, self.channel_down, self.code = retryable, in_doubt, channel_down, code


class DeliveryConflict(DeliveryError):
    """A different message already sits where this notice belongs; retrying cannot help."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retryable=False)


class Channel(Protocol):
    """Where notices go: one call per delivery attempt, a receipt back.

    ``idempotent`` channels deliver a notice at most once whatever happens (the file outbox,
    named by uid); for the others an attempt cut short may have delivered it.
    """

    name: str
    idempotent: bool

    def deliver(self, message: EmailMessage, *, uid: str, reference: str, kind: str) -> str: ...

    def clean_up(self) -> int:
        """Remove what an interrupted attempt left behind; how many things were removed."""
        ...


def _check_headers(message: EmailMessage, *, uid: str, reference: str, kind: str) -> str:
    """The message's Message-ID, after checking that its cspr headers (if any) match the arguments."""
    msg_id = message["Message-ID"]
    if not msg_id:
        raise ValueError(f"notice {uid} ({reference}, {kind}): the message has no Message-ID")
    for header, expected in (
        ("X-CSPR-Notice-Uid", uid),
        ("X-CSPR-Reference", reference),
        ("X-CSPR-Notice-Kind", kind),
    ):
        found = message[header]
        if found is not None and str(found) != expected:
            raise ValueError(f"notice {uid}: {header} is {str(found)!r}, expected {expected!r}")
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

    The file is ``<outbox>/<reference>/<uid>-<kind>.eml``: the uid is unique across stores,
    so two stores sharing one outbox folder never write to the same path. The file is written
    to a temporary ``.<uid>-<kind>.<random>.tmp`` in the same folder (locked while it is being
    written), synced, then hard-linked into place, so it appears whole or not at all and is
    never replaced. Delivering the same notice again (same Message-ID and content; the Date
    may differ) returns the existing file; anything else at that path raises DeliveryConflict.
    """

    name = "file"
    idempotent = True

    def __init__(self, outbox_dir: Path) -> None:
        self.outbox_dir = Path(outbox_dir)

    def path_for(self, *, uid: str, reference: str, kind: str) -> Path:
        """Where the notice's ``.eml`` file goes."""
        return self.outbox_dir / check_reference(reference) / f"{check_uid(uid)}-{check_kind(kind)}.eml"

    def deliver(self, message: EmailMessage, *, uid: str, reference: str, kind: str) -> str:
        """Write the notice's ``.eml`` file once; return its path."""
        path = self.path_for(uid=uid, reference=reference, kind=kind)
        _check_headers(message, uid=uid, reference=reference, kind=kind)
        data = message.as_bytes(policy=SMTP)
        label = f"notice {uid} ({reference}, {kind})"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.parent / f".{path.stem}.{os.urandom(6).hex()}.tmp"
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as exc:
            raise DeliveryError(f"{label}: cannot write to {path.parent}: {exc.strerror or exc}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)  # clean_up leaves a locked file alone
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
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
            os.close(fd)

    def clean_up(self) -> int:
        """Remove the temporary files of writes that were interrupted (none is locked by a writer)."""
        removed = 0
        for tmp in self.outbox_dir.glob("*/.*.tmp"):
            try:
                fd = os.open(tmp, os.O_RDONLY)
            except OSError:
                continue  # gone already, or not ours to open
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                continue  # a writer holds it: not an orphan
            try:
                with contextlib.suppress(OSError):  # gone meanwhile: nothing to remove
                    tmp.unlink()
                    removed += 1
            finally:
                os.close(fd)
        return removed

    @staticmethod
    def _already_there(path: Path, data: bytes, label: str) -> str:
        existing = path.read_bytes()
        if existing == data or _fingerprint(existing) == _fingerprint(data):
            return str(path)
        raise DeliveryConflict(f"{label}: {path} already holds a different message; left it unchanged")


_LEADING_DOT = re.compile(rb"(?m)^\.")


def _data_block(data: bytes) -> bytes:
    """The message as the DATA command carries it: dot-stuffed, CRLF-terminated, then ``.``."""
    block = _LEADING_DOT.sub(b"..", data)
    if not block.endswith(b"\r\n"):
        block += b"\r\n"
    return block + b".\r\n"


class SmtpChannel:
    """Sends each notice in its own SMTP conversation; the receipt is the Message-ID.

    The conversation is driven step by step so that a failure is classified by where it
    happened. Before the message's content is on the wire nothing can have arrived: a 4xx
    reply or a lost connection may be retried, a 5xx may not. A recipient refused while
    others were accepted is answered with RSET, so nobody receives a notice that will be sent
    again once the address is fixed. After the content, a 250 is delivery, a 4xx or 5xx is
    a refusal, and silence (a dropped connection, a timeout) leaves the message in doubt.
    """

    name = "smtp"
    idempotent = False

    def __init__(
        self,
        host: str,
        port: int,
        *,
        starttls: bool = False,
        username: str | None = None,
        password: str | None = None,
        ca_file: Path | None = None,
        timeout: float = 10.0,
    ) -> None:
        if username is not None and not starttls:
            raise ValueError("SMTP credentials are only sent over STARTTLS; set starttls=True")
        if (username is None) != (password is None):
            raise ValueError("give both an SMTP username and password, or neither")
        self.host, self.port, self.starttls = host, port, starttls
        self.username, self._password, self.timeout = username, password, timeout
        self.ca_file = ca_file

    def __repr__(self) -> str:
        return f"SmtpChannel({self.host!r}, {self.port}, starttls={self.starttls})"

    def clean_up(self) -> int:
        """Nothing is left behind by an SMTP attempt."""
        return 0

    def _tls(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file) if self.ca_file else None)

    def deliver(self, message: EmailMessage, *, uid: str, reference: str, kind: str) -> str:
        """Send the message to every To/Cc address, all of them or none; DeliveryError otherwise."""
        msg_id = _check_headers(message, uid=uid, reference=reference, kind=kind)
        label = f"notice {uid} ({reference}, {kind}) via {self.host}:{self.port}"
        sender = getaddresses([str(message["From"])])[0][1]
        rcpts = [
            a
            for _, a in getaddresses([str(v) for v in message.get_all("To", []) + message.get_all("Cc", [])])
        ]
        data = message.as_bytes(policy=SMTP)
        smtp = smtplib.SMTP(timeout=self.timeout)
        step = "connect"
        try:
            smtp.connect(self.host, self.port)
            smtp.ehlo()
            if self.starttls:
                step = "STARTTLS"
                smtp.starttls(context=self._tls())
                smtp.ehlo()
            if self.username is not None and self._password is not None:
                step = "login"
                smtp.login(self.username, self._password)
            step = "MAIL FROM"
            _expect(smtp.mail(sender), (250,), label, "MAIL FROM")
            refused: dict[str, tuple[int, bytes]] = {}
            for rcpt in rcpts:
                code, why = smtp.rcpt(rcpt)
                if code not in (250, 251):
                    refused[rcpt] = (code, why)
            if refused:
                with contextlib.suppress(smtplib.SMTPException, OSError):
                    smtp.rset()
                raise _refusal(label, refused, every=len(refused) == len(rcpts))
            step = "DATA"
            _expect(smtp.docmd("DATA"), (354,), label, "DATA")
            step = "content"
            smtp.send(_data_block(data))
            _expect(smtp.getreply(), (250,), label, "the message")
        except DeliveryError:
            _close(smtp)
            raise
        except smtplib.SMTPResponseException as exc:  # refused at STARTTLS or login
            _close(smtp)
            raise DeliveryError(
                f"{label}: {step} refused: {exc.smtp_code} {_text(exc.smtp_error)}",
                retryable=True,
                channel_down=True,
                code=exc.smtp_code,
            ) from exc
        except (smtplib.SMTPException, OSError) as exc:
            _close(smtp)
            if step == "content":
                raise DeliveryError(
                    f"{label}: no answer after the message was sent ({type(exc).__name__}); "
                    "it may have been delivered",
                    retryable=False,
                    in_doubt=True,
                ) from exc
            raise DeliveryError(
                f"{label}: {step} failed: {type(exc).__name__}: {one_line(str(exc))[:200]}",
                retryable=True,
                channel_down=True,
            ) from exc
        with contextlib.suppress(smtplib.SMTPException, OSError):  # delivered: a failed QUIT changes nothing
            smtp.quit()
        _close(smtp)
        return msg_id


def _close(smtp: smtplib.SMTP) -> None:
    with contextlib.suppress(OSError):
        smtp.close()


def _expect(reply: tuple[int, bytes], codes: tuple[int, ...], label: str, what: str) -> None:
    code, why = reply
    if code not in codes:
        transient = 400 <= code < 500
        raise DeliveryError(f"{label}: {what} refused: {code} {_text(why)}", retryable=transient, code=code)


def _refusal(label: str, refused: dict[str, tuple[int, bytes]], *, every: bool) -> DeliveryError:
    """Recipients refused and nothing sent: a retry helps only if every refusal was temporary."""
    codes = [code for code, _ in refused.values()]
    transient = all(400 <= c < 500 for c in codes)
    words = "every recipient refused" if every else "not sent, because some recipients were refused"
    return DeliveryError(f"{label}: {words}: {_refusals(refused)}", retryable=transient, code=max(codes))


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
    smtp_user: str | None = None,
    smtp_password: str | None = None,
    smtp_ca_file: Path | None = None,
) -> Channel:
    """The channel a partnership's ``[delivery]`` settings name: ``"file"`` or ``"smtp"``.

    The SMTP credentials and CA file come from the environment, never the configuration file.
    """
    if channel == "file":
        return FileChannel(outbox_dir)
    if channel == "smtp":
        if not smtp_host:
            raise ValueError("delivery.smtp_host is required when channel = 'smtp'")
        port = smtp_port if smtp_port is not None else (587 if smtp_starttls else 25)
        if (smtp_user is None) != (smtp_password is None):
            raise ValueError("set both CSPR_SMTP_USER and CSPR_SMTP_PASSWORD, or neither")
        if smtp_user is not None and not smtp_starttls:
            raise ValueError(
                "CSPR_SMTP_USER is set but delivery.smtp_starttls is false: credentials are only "
                "sent over STARTTLS; set smtp_starttls = true"
            )
        if smtp_ca_file is not None and not smtp_ca_file.is_file():
            raise ValueError(f"CSPR_SMTP_CA_FILE: {smtp_ca_file} is not a file; give a PEM CA bundle")
        return SmtpChannel(
            smtp_host,
            port,
            starttls=smtp_starttls,
            username=smtp_user,
            password=smtp_password,
            ca_file=smtp_ca_file,
        )
    raise ValueError(f"unknown delivery channel {channel!r}; known: file, smtp")
