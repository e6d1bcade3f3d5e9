"""Turns validation errors into the one line a person can act on."""

from pydantic import ValidationError


def one_line(exc: ValidationError, source: str | None = None) -> str:
    """'<source>: <field.path>: <problem>' for the first error, noting how many more there are."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    loc = ".".join(str(part) for part in first["loc"])
    msg = first["msg"]
    if first["type"] == "extra_forbidden":
        msg = "unknown field; remove it (see `cspr incident schema` for the fields)"
    elif first["type"] == "missing":
        msg = "missing field; add it"
    msg = msg.removeprefix("Value error, ")
    text = f"{loc}: {msg}" if loc else msg
    if len(errors) > 1:
        text += f" (and {len(errors) - 1} more)"
    return f"{source}: {text}" if source else text
