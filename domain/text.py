"""Free text as cspr keeps it: on one line, whitespace collapsed, and checked to say enough.

Every piece of text a person gives cspr is bounded (:data:`TEXT_MAX` characters, names
:data:`NAME_MAX`) and may hold no NUL or other control character (tab and line breaks aside) and
no bidirectional override or isolate (U+202A-U+202E, U+2066-U+2069), which could make a name or
a reason read differently on screen from what is stored.
"""

import re

from domain.errors import CommandRefused

TEXT_MAX = 4000
"""The most characters any free text may hold (a summary, a rationale, a reason)."""
NAME_MAX = 200
"""The most characters a name may hold (a person, an agency, a reporter)."""

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def forbidden_character(value: str) -> str | None:
    """The first character ``value`` may not hold, as ``U+XXXX``; None when it has none."""
    found = _FORBIDDEN.search(value)
    return f"U+{ord(found.group()):04X}" if found else None


def text_problem(value: str, *, most: int = TEXT_MAX, line: bool = False) -> str | None:
    """What is wrong with ``value`` as free text, in words that say how to fix it; None if nothing.

    ``line`` text (a name, a reference) may not break across lines either.
    """
    if len(value) > most:
        return f"at most {most} characters ({len(value)} given); shorten it"
    if not value.strip():
        return "is empty or only spaces; write it out"
    bad = forbidden_character(value)
    if bad:
        return _forbidden_words(bad)
    if line and has_line_break(value):
        return "must be on one line; remove the line break"
    return None


def check_text(value: str, what: str, *, most: int = TEXT_MAX, line: bool = False) -> str:
    """``value`` unchanged if it is acceptable free text; else CommandRefused ``"<what>: <problem>"``."""
    problem = text_problem(value, most=most, line=line)
    if problem:
        raise CommandRefused(f"{what}: {problem}")
    return value


def one_line(value: str) -> str:
    """``value`` with each run of whitespace (line breaks included) made one space, ends trimmed."""
    return " ".join(value.split())


def has_line_break(value: str) -> bool:
    """Whether ``value`` holds a CR or LF, which would end an e-mail header or a log line early."""
    return "\r" in value or "\n" in value


def require_text(
    value: str, what: str, refusal: str, *, words: int = 1, chars: int = 0, most: int = TEXT_MAX
) -> str:
    """``value`` on one line, if it says enough.

    CommandRefused ``"<what>: <refusal>"`` when it has fewer than ``words`` words or ``chars``
    characters; ``"<what>: at most <most> characters (<n> given)"`` when it is longer than ``most``
    (:data:`TEXT_MAX` unless given); and as :func:`text_problem` says when it holds a character
    free text may not.
    """
    bad = forbidden_character(value)
    if bad:
        raise CommandRefused(f"{what}: {_forbidden_words(bad)}")
    text = one_line(value)
    if len(text.split()) < words or len(text) < chars:
        raise CommandRefused(f"{what}: {refusal}")
    if len(text) > most:
        raise CommandRefused(f"{what}: at most {most} characters ({len(text)} given)")
    return text


def _forbidden_words(character: str) -> str:
    return f"holds the control or text-direction character {character}; remove it"
