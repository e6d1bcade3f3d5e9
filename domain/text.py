"""Free text as cspr keeps it: on one line, whitespace collapsed, and checked to say enough."""

from domain.errors import CommandRefused


def one_line(value: str) -> str:
    """``value`` with each run of whitespace (line breaks included) made one space, ends trimmed."""
    return " ".join(value.split())


def has_line_break(value: str) -> bool:
    """Whether ``value`` holds a CR or LF, which would end an e-mail header or a log line early."""
    return "\r" in value or "\n" in value


def require_text(
    value: str, what: str, refusal: str, *, words: int = 1, chars: int = 0, most: int | None = None
) -> str:
    """``value`` on one line, if it says enough.

    CommandRefused ``"<what>: <refusal>"`` when it has fewer than ``words`` words or ``chars``
    characters; ``"<what>: at most <most> characters (<n> given)"`` when it is longer than ``most``.
    """
    text = one_line(value)
    if len(text.split()) < words or len(text) < chars:
        raise CommandRefused(f"{what}: {refusal}")
    if most is not None and len(text) > most:
        raise CommandRefused(f"{what}: at most {most} characters ({len(text)} given)")
    return text
