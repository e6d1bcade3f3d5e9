"""Turns validation errors and environment faults into the one line a person can act on."""

import errno
from typing import Any

from pydantic import ValidationError
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError


def one_line(exc: ValidationError, source: str | None = None) -> str:
    """'<source>: <field.path>: <problem>' for the first error, noting how many more there are."""
    errors = exc.errors(include_url=False)
    text = problem(errors[0])
    if len(errors) > 1:
        text += f" (and {len(errors) - 1} more)"
    return f"{source}: {text}" if source else text


def problem(error: Any) -> str:
    """'<field.path>: <problem>' for one pydantic error, in words that say how to fix it."""
    loc = ".".join(str(part) for part in error["loc"])
    msg = problem_words(error)
    return f"{loc}: {msg}" if loc else msg


def problem_words(error: Any) -> str:
    """The problem of one pydantic error, without its field path (a form shows it by the field)."""
    loc = ".".join(str(part) for part in error["loc"])
    msg = error["msg"]
    if error["type"] == "extra_forbidden":
        msg = "unknown field; remove it (see `cspr incident schema` for the fields)"
    elif error["type"] == "missing":
        msg = "missing field; add it"
    elif error["type"] == "too_long" and "max_length" in error.get("ctx", {}):
        msg = f"at most {error['ctx']['max_length']} items; split it or shorten it"
    elif error["type"] == "string_pattern_mismatch" and loc.endswith("initials"):
        msg = "initials only: 1 to 3 capital letters, e.g. 'AB'"
    return str(msg).removeprefix("Value error, ")


_STORE_FAULTS = (  # what the database driver said -> what to tell the person, in that order
    ("readonly", "is read-only; let cspr's user write it and its folder"),
    ("read-only", "is read-only; let cspr's user write it and its folder"),
    ("disk is full", "cannot grow: the disk is full; free some space"),
    ("no space", "cannot grow: the disk is full; free some space"),
    ("file too large", "cannot grow: the file size limit was reached; free some space"),
    ("unable to open", "cannot be opened; check CSPR_DATABASE_URL names a file in a folder cspr may write"),
    ("not a database", "is not a cspr database; point CSPR_DATABASE_URL at a cspr case store"),
    ("disk i/o", "could not be read or written (disk I/O error); check the disk and the file"),
    ("locked", "is locked by another process; try again when it has finished"),
    ("permission denied", "cannot be opened: permission denied; let cspr's user read and write it"),
    ("password authentication", "refused cspr's login; check the user and password in CSPR_DATABASE_URL"),
    ("could not connect", "cannot be reached; check the host and port in CSPR_DATABASE_URL"),
    ("connection refused", "cannot be reached; check the host and port in CSPR_DATABASE_URL"),
    ("does not exist", "does not exist; create it or correct CSPR_DATABASE_URL"),
)


def store_fault(exc: SQLAlchemyError) -> str:
    """One line for a fault of the case store, exit status 1's message.

    It never repeats the driver's text, the SQL or its parameters (they can hold a summary or a
    name); it picks the words for the kinds of fault a person can fix, and names the rest by kind.
    """
    if isinstance(exc, NoSuchModuleError):
        return (
            "CSPR_DATABASE_URL: that database driver is not supported; "
            "use sqlite:///PATH or postgresql+psycopg://USER@HOST/NAME"
        )
    if isinstance(exc, ArgumentError):
        return (
            "CSPR_DATABASE_URL: not a database URL; "
            "write it as sqlite:///PATH or postgresql+psycopg://USER@HOST/NAME"
        )
    said = str(getattr(exc, "orig", None) or "").lower()
    for words, what in _STORE_FAULTS:
        if words in said:
            return f"the case store {what}"
    return f"the case store failed ({type(exc).__name__}); nothing was changed"


def file_fault(exc: OSError) -> str:
    """One line for a file cspr could not read or write (its path, and why)."""
    where = f"{exc.filename}: " if exc.filename else ""
    why = exc.strerror or type(exc).__name__
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return f"{where}cannot write it ({why}); free some space and run the command again"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{where}cannot write or read it ({why}); choose a folder cspr may write"
    return f"{where}cannot use it ({why}); check the path"
