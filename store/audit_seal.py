"""The audit trail's seal: an HMAC key kept outside the database, and the append-only anchor file.

The key comes from ``CSPR_AUDIT_KEY`` (hex or base64) or from an owner-only key file created on
first use. After every transaction that adds audit events, the chain head (event id and hash) is
appended to the anchor file, so deleting the last events, or all of them, is found.
"""

import base64
import binascii
import contextlib
import fcntl
import hashlib
import hmac
import json
import os
import secrets
import stat
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine


class AuditKeyError(ValueError):
    """The audit key cannot be read or is not kept safely."""


@dataclass(frozen=True)
class Seal:
    """The key that signs audit events and the file that anchors the chain's head."""

    key: bytes
    anchor: Path | None


def parse_key(value: str) -> bytes:
    """A key given as hex or base64, at least 16 bytes."""
    text = value.strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        try:
            key = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise AuditKeyError("CSPR_AUDIT_KEY: give the key as hex or base64") from None
    if len(key) < 16:
        raise AuditKeyError("CSPR_AUDIT_KEY: the key is too short; give at least 16 bytes (32 hex digits)")
    return key


def _owner_only(path: Path) -> None:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise AuditKeyError(
            f"audit key file {path} is readable by others (mode {mode:04o}); run chmod 600 {path}"
        )


def key_from_file(path: Path) -> bytes:
    """The key in ``path``, created (0600) on first use; a file others may read is refused."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32) + "\n")
            f.flush()
            os.fsync(f.fileno())
        # Whole or not at all; a concurrent first use keeps the winner's key.
        try:
            with contextlib.suppress(FileExistsError):
                os.link(tmp, path)
        finally:
            tmp.unlink()
    _owner_only(path)
    try:
        return parse_key(path.read_text(encoding="ascii"))
    except (UnicodeDecodeError, AuditKeyError):
        raise AuditKeyError(f"audit key file {path}: it does not hold a hex or base64 key") from None


def load(env_key: str | None, key_file: Path, anchor: Path | None) -> Seal:
    """The seal from ``CSPR_AUDIT_KEY`` if given, else from the key file."""
    key = parse_key(env_key) if env_key and env_key.strip() else key_from_file(key_file)
    return Seal(key=key, anchor=anchor)


_SEALS: "weakref.WeakKeyDictionary[Engine, Seal]" = weakref.WeakKeyDictionary()


def attach(engine: Engine, seal: Seal) -> None:
    """Sign the audit events written through ``engine`` with ``seal``."""
    _SEALS[engine] = seal


def default_folder(engine: Engine) -> Path | None:
    """The folder of a SQLite store's file (where its key and anchor sit by default)."""
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).resolve().parent
    return None


def seal_of(engine: Engine) -> Seal:
    """The seal attached to ``engine``, else a key file and anchor beside its SQLite file."""
    seal = _SEALS.get(engine)
    if seal is None:
        folder = default_folder(engine)
        if folder is None:
            raise AuditKeyError("no audit key for this store: set CSPR_AUDIT_KEY (hex or base64)")
        seal = load(None, folder / "audit.key", folder / "audit-anchor.jsonl")
        _SEALS[engine] = seal
    return seal


def mac(key: bytes, fields: dict[str, Any]) -> str:
    """HMAC-SHA256 over the event's fields, canonically encoded."""
    body = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def write_anchor(path: Path, event_id: int, event_hash: str, at: str) -> None:
    """Append the chain head to the anchor file (owner-only, locked while written)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        f.write(json.dumps({"id": event_id, "hash": event_hash, "at": at}) + "\n")
        f.flush()
        os.fsync(f.fileno())


def has_anchor(path: Path | None) -> bool:
    """Whether the anchor file has recorded a head (read without reading the file's lines)."""
    return path is not None and path.exists() and path.stat().st_size > 0


def read_anchor(path: Path | None) -> list[dict[str, Any]]:
    """Every head the anchor file recorded, oldest first (empty if there is none yet)."""
    if path is None or not path.exists():
        return []
    heads = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            head = json.loads(line)
            heads.append({"id": int(head["id"]), "hash": str(head["hash"])})
        except (ValueError, KeyError, TypeError):
            heads.append({"id": None, "hash": None})
    return heads
