"""A case store with synthetic data in every kind of row, made through `cspr` itself.

``populate(cspr)`` runs the commands a partnership would over a few weeks: two incidents logged,
a decision for a local review ratified and told to the family, a clock paused, a recommendation
and two learning actions, sweeps that fire rungs, and the notices delivered to the file outbox.
The migration test freezes such a store at a revision (``tests/data/store-REV.sql``, made by
``python -m tests.store_fixture REV``) and checks that upgrading keeps every row.
"""

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import incident

Run = Callable[..., Any]


def populate(cspr: Run, folder: Path) -> list[str]:
    """Fill the store that ``cspr`` writes to; the case references, in order."""

    def ok(role: str, *args: str, on: str) -> str:
        out = cspr(*args, "--as", f"Synthetic {role}", "--role", role, env={"CSPR_TODAY": on})
        assert out.returncode == 0, (args, out.stderr)
        return str(out.stdout)

    refs = []
    for n, aware in enumerate(("2026-12-17", "2026-12-24"), start=1):
        path = folder / f"incident-{n}.json"
        path.write_text(
            json.dumps(incident(incident_date="2026-12-16", aware_date=aware, reference=f"SYN-{n:04d}"))
        )
        out = ok("support_team", "incident", "log", "--file", str(path), "--json", on=aware)
        refs.append(json.loads(out)["reference"])
    first, second = refs
    ok("support_team", "sweep", "--as-of", "2027-01-07", on="2027-01-07")
    ok(
        "icsc",
        "decide",
        first,
        "--outcome",
        "local_review",
        "--criteria",
        "19.15a=agencies did not share what they knew",
        "--family-rationale",
        "The services that knew your child did not share what they knew.",
        "--rationale",
        "Agencies did not share what they knew.",
        "--on",
        "2027-01-08",
        on="2027-01-08",
    )
    ok(
        "partner",
        "ratify",
        first,
        "--partner",
        "hackney-council",
        "--ratified",
        "--on",
        "2027-01-11",
        on="2027-01-11",
    )
    ok("support_team", "family", "notified", first, "--how", "letter", "--on", "2027-01-12", on="2027-01-12")
    ok(
        "icsc",
        "clock",
        "pause",
        second,
        "icsc_decision",
        "--reason",
        "Synthetic: awaiting police.",
        on="2027-01-12",
    )
    ok(
        "spa",
        "recommendation",
        "add",
        first,
        "--number",
        "1",
        "--text",
        "Share risk information at once.",
        on="2027-01-13",
    )
    for agency, due in (("hackney-council", "2027-02-19"), ("Homerton University Hospital", "2027-06-30")):
        ok(
            "support_team",
            "action",
            "add",
            first,
            "--recommendation",
            "1",
            "--agency",
            agency,
            "--lead",
            "Synthetic lead",
            "--description",
            "Synthetic: audit strategy discussions.",
            "--due",
            due,
            on="2027-01-14",
        )
    ok("support_team", "sweep", "--as-of", "2027-02-23", on="2027-02-23")
    ok("support_team", "notices", "dispatch", on="2027-02-23")
    return refs


def main(revision: str) -> None:
    """Write ``tests/data/store-REVISION.sql``: the populated store at this checkout's head."""
    import sqlite3

    from tests.e2e.conftest import Cspr

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cspr = Cspr(base_env={"CSPR_DATABASE_URL": f"sqlite:///{folder / 'cspr.db'}", "CSPR_OUTBOX": tmp})
        populate(cspr, folder)
        with sqlite3.connect(folder / "cspr.db") as db:
            (version,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
            assert version == revision, f"this checkout's head is {version}, not {revision}"
            dump = "\n".join(db.iterdump()) + "\n"
    target = Path(__file__).parent / "data" / f"store-{revision}.sql"
    target.write_text(dump)
    print(f"wrote {target}")


if __name__ == "__main__":
    main(sys.argv[1])
