"""A whole reporting year replayed under CSPR_TODAY: every date cspr stores lies in that year.

The year is 2025-26 (Tue 1 Apr 2025 to Tue 31 Mar 2026). Each command runs with CSPR_TODAY
set to its day and, where it records a date, without --on, so the date it stores is "today"
as CSPR_TODAY gives it, never the machine's clock (timestamps such as ``created_at`` are only
for the audit and ordering, and are left out of the check). The case, by hand:

  aware Tue 1 Apr 2025; notices sent Thu 3 Apr; decided (local review) Mon 14 Apr 2025, so
  publication is due six months later, Tue 14 Oct 2025; partners ratify Tue 15 Apr; submitted
  Wed 16 Apr; the family's letter Thu 17 Apr (Good Friday 18 Apr and Easter Monday 21 Apr
  2025 follow); the Panel agrees Tue 22 Apr. Publication planned Tue 30 Sep 2025. The SLT
  pauses the publication clock Mon 2 Jun and resumes it Mon 9 Jun (7 calendar days: due Tue
  21 Oct 2025). A delay to Fri 28 Nov 2025 is requested Tue 1 Jul and approved Thu 3 Jul; the
  delay notice goes Fri 4 Jul. The copy goes Mon 15 Sep, the review is published Wed 1 Oct and
  sent to the repository Mon 6 Oct. One learning action is added Tue 7 Oct (due Fri 19 Dec),
  updated Mon 3 Nov and completed Thu 20 Nov 2025; a second is added Thu 20 Nov 2025 (due Fri
  27 Feb 2026), is still open when the sweep of Mon 2 Mar 2026 escalates it, and at the
  year's end.
"""

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Date, DateTime, create_engine, select
from sqlmodel import SQLModel

import store.learning_tables
import store.local_review_tables
import store.review_tables
import store.tables  # noqa: F401  (every table registered on the metadata)
from tests.conftest import incident
from tests.e2e.conftest import Cspr

FIRST, LAST = date(2025, 4, 1), date(2026, 3, 31)
PARTNERS = [
    "hackney-council",
    "city-of-london-corporation",
    "city-and-hackney-ccg",
    "metropolitan-police",
    "city-of-london-police",
]


@pytest.fixture
def cspr_env(cspr_env: dict[str, str]) -> dict[str, str]:
    return {**cspr_env, "CSPR_ACTOR": "Synthetic person"}


def test_a_replayed_year_stores_only_dates_in_that_year(tmp_path: Path, cspr: Cspr, cspr_env):
    def on(day: str, role: str, *args: str) -> str:
        out = cspr(*args, env={"CSPR_TODAY": day, "CSPR_ROLE": role})
        assert out.returncode == 0, (day, args, out.stderr)
        return out.stdout

    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident(incident_date="2025-04-01", aware_date="2025-04-01")))
    ref = json.loads(on("2025-04-01", "support_team", "incident", "log", "--file", str(path), "--json"))[
        "reference"
    ]
    on("2025-04-03", "support_team", "notice", "sent", ref, "panel_notification")
    on("2025-04-03", "support_team", "notice", "sent", ref, "partner_notice")
    on(
        "2025-04-14",
        "icsc",
        "decide",
        ref,
        "--outcome",
        "local_review",
        "--criteria",
        "19.15a=agencies did not share what they knew",
        "--rationale",
        "Agencies did not share what they knew about the risk to the child.",
        "--family-rationale",
        "The services that knew your child did not share what they knew in time.",
    )
    for partner in PARTNERS:
        on("2025-04-15", "partner", "ratify", ref, "--partner", partner, "--ratified")
    on("2025-04-16", "spa", "rapid-review", "submitted", ref)
    on("2025-04-17", "support_team", "family", "notified", ref, "--how", "letter")
    on("2025-04-22", "spa", "panel-response", ref, "--agrees")
    on(
        "2025-05-01",
        "spa",
        "review",
        "plan",
        ref,
        "--reviewer",
        "Synthetic Reviews Ltd",
        "--publish-on",
        "2025-09-30",
    )
    on("2025-06-02", "slt", "clock", "pause", ref, "publication", "--reason", "Inquest hearing listed")
    on("2025-06-09", "slt", "clock", "resume", ref, "publication")
    on("2025-06-10", "spa", "sweep")
    on("2025-06-10", "slt", "digest")
    on(
        "2025-07-01",
        "spa",
        "review",
        "delay",
        "request",
        ref,
        "--to",
        "2025-11-28",
        "--reason",
        "Inquest evidence is awaited",
    )
    on("2025-07-03", "slt", "review", "delay", "approve", ref)
    on("2025-07-04", "spa", "review", "delay", "notice-sent", ref)
    on("2025-09-15", "spa", "review", "copy-sent", ref)
    on("2025-10-01", "spa", "review", "published", ref, "--url", "https://example.org/review")
    on("2025-10-06", "support_team", "review", "repository-submitted", ref)
    on(
        "2025-10-07",
        "spa",
        "recommendation",
        "add",
        ref,
        "--number",
        "1",
        "--text",
        "Share risk information at once.",
    )
    first = json.loads(
        on(
            "2025-10-07",
            "spa",
            "action",
            "add",
            ref,
            "--recommendation",
            "1",
            "--agency",
            "hackney-council",
            "--lead",
            "Head of Safeguarding",
            "--description",
            "Agree a protocol for sharing risk information.",
            "--due",
            "2025-12-19",
            "--json",
        )
    )["id"]
    on("2025-11-03", "spa", "action", "update", str(first), "--note", "Protocol drafted.")
    on(
        "2025-11-20",
        "spa",
        "action",
        "complete",
        str(first),
        "--evidence",
        "Protocol signed by all partners.",
    )
    on(
        "2025-11-20",
        "spa",
        "action",
        "add",
        ref,
        "--recommendation",
        "1",
        "--agency",
        "metropolitan-police",
        "--lead",
        "Detective Superintendent, Safeguarding",
        "--description",
        "Train officers in the protocol.",
        "--due",
        "2026-02-27",
    )
    on("2026-01-05", "spa", "sweep")
    on("2026-01-05", "slt", "digest")
    on("2026-03-02", "spa", "sweep")  # the second action is overdue: its ladder fires

    actions = json.loads(on("2026-03-31", "spa", "actions", "--json"))["actions"]
    assert sorted(a["added_on"] for a in actions) == ["2025-10-07", "2025-11-20"]
    report = json.loads(
        on(
            "2026-03-31",
            "slt",
            "report",
            "annual",
            "--year",
            "2025",
            "--out",
            str(tmp_path / "reports"),
            "--json",
        )
    )["report"]
    assert (report["actions"]["completed"], report["actions"]["open"]) == (1, 1)

    engine = create_engine(cspr_env["CSPR_DATABASE_URL"])
    checked: dict[str, int] = {}
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            columns = [
                c for c in table.columns if isinstance(c.type, Date) and not isinstance(c.type, DateTime)
            ]
            for column in columns:
                for (value,) in conn.execute(select(column).where(column.is_not(None))):
                    day = value if isinstance(value, date) else date.fromisoformat(str(value))
                    assert FIRST <= day <= LAST, (f"{table.name}.{column.name}", day)
                    checked[f"{table.name}.{column.name}"] = checked.get(f"{table.name}.{column.name}", 0) + 1
    engine.dispose()
    # The check saw the dates the commands recorded, not only the ones given on the way in.
    for recorded in (
        "learning_actions.added_on",
        "learning_action_updates.on",
        "review_delays.requested_on",
        "review_delays.answered_on",
        "clocks.met_on",
        "learning_action_escalations.fired_on",
        "digests.as_of",
        "ratifications.answered_on",
        "decisions.decided_on",
        "reviews.copy_sent_on",
        "reviews.published_on",
    ):
        assert checked.get(recorded), recorded
