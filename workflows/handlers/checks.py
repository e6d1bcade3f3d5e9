"""Date checks the commands share; each refusal is one line naming the option."""

from datetime import date

from domain.errors import CommandRefused
from workflows.handlers.context import Now


def not_future(on: date, now: Now, what: str) -> None:
    """Refuse a day after today: things are recorded once they have happened."""
    if on > now.today:
        raise CommandRefused(
            f"{what} {on.isoformat()} is in the future (today is "
            f"{now.today.isoformat()}); record it once it has happened"
        )


def not_before(on: date, earlier: date, what: str, event: str) -> None:
    """Refuse a day before the event it must follow."""
    if on < earlier:
        raise CommandRefused(f"{what} {on.isoformat()} is before {event} ({earlier.isoformat()})")
