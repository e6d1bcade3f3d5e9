"""Plain data and rich tables for what the command line shows."""

from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table

from domain.clocks import PlannedClock
from domain.dates import long_date


def console(width: int = 120) -> Console:
    """A console that prints text exactly as given, at least ``width`` columns wide.

    What cspr shows holds people's text (names, reasons, rationales, summaries), so its consoles
    read no rich markup (``[bold]``, ``[/]``, ``[link=...]``), no emoji codes and highlight
    nothing: text reaches the screen literally and never breaks the rendering. Style is given
    with ``rich.text.Text`` instead.
    """
    return Console(width=max(width, Console().width), markup=False, emoji=False, highlight=False)


def clock_as_dict(clock: PlannedClock) -> dict[str, Any]:
    """A planned clock as JSON-ready data, dates as ISO strings."""
    return {
        "kind": str(clock.kind),
        "party": clock.party,
        "start": clock.start.isoformat(),
        "due": clock.due.isoformat(),
        "action_by": clock.action_by.isoformat(),
        "working_days": clock.working_days,
        "statutory": clock.statutory,
        "basis": clock.source,
        "owner": clock.owner,
        "to": clock.to,
        "provisional": clock.provisional,
        "explanation": clock.explanation.text,
        "moved_by": [{"date": d.isoformat(), "name": n} for d, n in clock.explanation.moved_by],
    }


def plan_table(clocks: Iterable[PlannedClock], title: str) -> Table:
    """The clock plan as a table: clock, starts, due, working days allowed, type, why."""
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("clock", no_wrap=True)
    table.add_column("starts", no_wrap=True)
    table.add_column("due", no_wrap=True)
    table.add_column("WD", justify="right")
    table.add_column("type", no_wrap=True)
    table.add_column("why", ratio=1)
    for c in clocks:
        name = f"{c.kind}\n({c.party})" if c.party else str(c.kind)
        due = long_date(c.due)
        if c.action_by != c.due:
            due += f"\nact by {long_date(c.action_by)}"
        kind = "statutory" if c.statutory else "internal"
        if c.provisional:
            kind += "\nprovisional"
        table.add_row(name, long_date(c.start), due, str(c.working_days), kind, c.explanation.text)
    return table
