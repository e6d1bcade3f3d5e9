"""Learning actions and the annual report through `cspr`, as their users would run them.

Aware Thu 24 Dec 2026; the ICSC decides on a local review Thu 14 Jan 2027; "today" is Fri 12 Feb
2027. Two actions: one due Fri 19 Feb 2027 (breached on Mon 22 Feb), one due Wed 30 Jun 2027.
"""

import json

import pytest

from tests.conftest import incident
from tests.e2e.conftest import Cspr, Result


@pytest.fixture
def cspr_env(cspr_env: dict[str, str]) -> dict[str, str]:
    return {**cspr_env, "CSPR_TODAY": "2027-02-12"}


@pytest.fixture
def run(cspr: Cspr):
    def as_role(role: str, *args: str, ok: bool = True) -> Result:
        out = cspr(*args, "--as", f"Synthetic {role}", "--role", role)
        if ok:
            assert out.returncode == 0, (args, out.stderr)
        return out

    return as_role


def refused(out: Result, words: str) -> None:
    assert out.returncode == 2, out
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("cspr: ") and words in out.stderr


def test_two_actions_one_overdue_and_escalated_then_the_report(tmp_path, run, cspr):
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident()))
    ref = json.loads(run("support_team", "incident", "log", "--file", str(path), "--json").stdout)[
        "reference"
    ]
    refused(
        run(
            "support_team",
            "recommendation",
            "add",
            ref,
            "--number",
            "1",
            "--text",
            "Share risk information at once.",
            ok=False,
        ),
        "has no local review",
    )
    run(
        "icsc",
        "decide",
        ref,
        "--outcome",
        "local_review",
        "--criteria",
        "19.15a=agencies did not share what they knew",
        "--family-rationale",
        "The services that knew your child did not share what they knew.",
        "--rationale",
        "Agencies did not share what they knew.",
        "--on",
        "2027-01-14",
    )
    run("spa", "recommendation", "add", ref, "--number", "1", "--text", "Share risk information at once.")
    first = json.loads(
        run(
            "support_team",
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
            "Audit strategy discussions.",
            "--due",
            "2027-02-19",
            "--json",
        ).stdout
    )["id"]
    second = json.loads(
        run(
            "support_team",
            "action",
            "add",
            ref,
            "--recommendation",
            "1",
            "--agency",
            "Homerton University Hospital",
            "--lead",
            "Named Nurse",
            "--description",
            "Train the emergency department staff.",
            "--due",
            "2027-06-30",
            "--json",
        ).stdout
    )["id"]
    refused(
        run(
            "support_team",
            "action",
            "add",
            ref,
            "--recommendation",
            "1",
            "--agency",
            "hackney-counci",
            "--lead",
            "Head",
            "--description",
            "Audit the audits.",
            "--due",
            "2027-03-01",
            ok=False,
        ),
        "unknown partner 'hackney-counci'",
    )
    refused(
        run(
            "support_team",
            "action",
            "add",
            ref,
            "--recommendation",
            "1",
            "--agency",
            "hackney-council",
            "--lead",
            "Head",
            "--description",
            "Audit the audits.",
            "--due",
            "next week",
            ok=False,
        ),
        "--due: 'next week' is not a date",
    )
    run("partner", "action", "update", str(second), "--note", "Two of four sessions delivered.")
    refused(run("partner", "action", "complete", str(second), "--evidence", "", ok=False), "--evidence")
    refused(
        run(
            "slt",
            "action",
            "add",
            ref,
            "--recommendation",
            "1",
            "--agency",
            "hackney-council",
            "--lead",
            "Head",
            "--description",
            "Audit the audits.",
            "--due",
            "2027-03-01",
            ok=False,
        ),
        "role slt may not do this",
    )

    swept = json.loads(cspr("sweep", "--as-of", "2027-02-22", "--json").stdout)["fired"]
    escalated = [f for f in swept if f["clock"] == "learning_action"]
    assert [(f["party"], f["rung"]) for f in escalated] == [(f"action-{first}", "breached")]
    assert "slt@chscp.example.org" in escalated[0]["recipients"]

    listed = run("spa", "actions", "--as-of", "2027-02-22").stdout
    # Due Fri 19 Feb 2027; on Mon 22 Feb it is 1 working day overdue.
    assert listed.splitlines()[:3] == [
        "Hackney Council",
        "  OVERDUE",
        f"    {first:>4}  {ref}  rec 1  due 2027-02-19, 1 working day overdue  "
        "[Head of Safeguarding] Audit strategy discussions.",
    ]
    overdue = json.loads(
        run("spa", "actions", "--status", "overdue", "--as-of", "2027-02-22", "--json").stdout
    )["actions"]
    assert [(a["id"], a["working_days_overdue"]) for a in overdue] == [(first, 1)]
    refused(run("spa", "actions", "--status", "late", ok=False), "is not one of open, overdue")

    run(
        "partner",
        "action",
        "complete",
        str(second),
        "--evidence",
        "Attendance registers for all four sessions.",
        "--on",
        "2027-02-12",
    )
    mine = json.loads(run("partner", "actions", "--agency", "Homerton University Hospital", "--json").stdout)[
        "actions"
    ]
    assert [(a["id"], a["status"]) for a in mine] == [(second, "done")]

    out = tmp_path / "reports"
    written = run("slt", "report", "annual", "--year", "2026", "--out", str(out)).stdout.split()
    assert written == [str(out / "annual-report-2026-27.md"), str(out / "annual-report-2026-27.html")]
    data = json.loads(run("icsc", "report", "annual", "--year", "2026", "--out", str(out), "--json").stdout)[
        "report"
    ]
    assert data["as_of"] == "2027-02-12" and data["incidents"]["notified"] == 1
    assert data["decisions"]["by_outcome"]["local_review"] == 1
    assert (data["actions"]["completed"], data["actions"]["open"]) == (1, 1)
    html = (out / "annual-report-2026-27.html").read_text()
    assert ref in html and "QZ" not in html
    refused(run("spa", "report", "annual", "--year", "2027", ok=False), "nothing to report yet")
    refused(
        run("local_authority", "report", "annual", "--year", "2026", ok=False),
        "role local_authority may not do this",
    )
    bad = run("spa", "report", "annual", "--year", "2026", "--start-month", "13", ok=False)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
