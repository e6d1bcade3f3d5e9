"""Text that looks like rich markup is shown literally by every view, never parsed.

Every free-text field (the incident's summary and reporter, the caller's reference, each actor's
name, rationales, criteria reasons, comments, clock reasons, the reviewer, notes, learning
actions and their evidence) carries ``[/]``, ``[bold]`` and ``[link=x]``. Aware Thu 24 Dec 2026;
"today" is Fri 15 Jan 2027 throughout.
"""

import json

import pytest

from tests.conftest import incident
from tests.e2e.conftest import Cspr, Result

TOKENS = ("[/]", "[bold]", "[link=x]")
MARK = "[/] and [bold] and [link=x]"


def marked(text: str) -> str:
    return f"{text} {MARK} end."


@pytest.fixture
def cspr_env(cspr_env: dict[str, str]) -> dict[str, str]:
    return {**cspr_env, "CSPR_TODAY": "2027-01-15"}


@pytest.fixture
def run(cspr: Cspr):
    def as_role(role: str, *args: str) -> Result:
        out = cspr(*args, "--as", f"Synthetic {role} {MARK}", "--role", role)
        assert out.returncode == 0, (args, out.stderr)
        assert out.stderr == "" and "Traceback" not in out.stdout
        return out

    return as_role


def literal(out: Result) -> None:
    """Every token is on screen as typed (so rich neither swallowed nor choked on it)."""
    for token in TOKENS:
        assert token in out.stdout, (out.args, token, out.stdout)


def test_markup_in_every_free_text_field_is_shown_literally(tmp_path, run):
    path = tmp_path / "incident.json"
    report = incident(
        summary=marked("Synthetic: injuries not consistent with the account given."),
        reported_by=marked("Synthetic hospital team"),
        reference="SYN [/] [bold] [link=x]",
    )
    path.write_text(json.dumps(report))
    ref = run("support_team", "incident", "log", "--file", str(path)).stdout.strip()
    assert ref == "CHSCP-2026-0001"
    run(
        "icsc",
        "decide",
        ref,
        "--outcome",
        "local_review",
        "--criteria",
        "19.15a=" + marked("agencies did not share what they knew"),
        "--family-rationale",
        marked("The services that knew your child did not share what they knew."),
        "--rationale",
        marked("Agencies did not share what they knew about the risk."),
        "--immediate-actions",
        marked("A strategy discussion for the siblings."),
        "--on",
        "2027-01-14",
    )
    run(
        "partner",
        "ratify",
        ref,
        "--partner",
        "metropolitan-police",
        "--challenged",
        "--comment",
        marked("We disagree."),
    )
    literal(run("slt", "clock", "pause", ref, "publication", "--reason", marked("Trial listed")))
    run("slt", "clock", "resume", ref, "publication")
    literal(
        run(
            "slt",
            "clock",
            "extend",
            ref,
            "publication",
            "--to",
            "2027-09-30",
            "--reason",
            marked("Trial listed for the summer"),
            "--approver",
            marked("Synthetic SLT chair"),
        )
    )

    run(
        "spa",
        "review",
        "plan",
        ref,
        "--reviewer",
        marked("Synthetic Reviews Ltd"),
        "--commissioned-on",
        "2027-01-15",
    )
    run(
        "spa",
        "review",
        "circumstance",
        ref,
        "--kind",
        "inquest",
        "--from",
        "2027-01-15",
        "--note",
        marked("Inquest opened"),
    )
    run("spa", "recommendation", "add", ref, "--number", "1", "--text", marked("Share risk information."))
    action = json.loads(
        run(
            "support_team",
            "action",
            "add",
            ref,
            "--recommendation",
            "1",
            "--agency",
            marked("Synthetic Agency"),
            "--lead",
            marked("Named Nurse"),
            "--description",
            marked("Train the staff."),
            "--due",
            "2027-02-19",
            "--json",
        ).stdout
    )["id"]
    run("partner", "action", "update", str(action), "--note", marked("Two sessions held."))
    literal(run("spa", "actions"))
    run("partner", "action", "complete", str(action), "--evidence", marked("Attendance registers."))

    shown = run("spa", "case", "show", ref)
    literal(shown)
    for words in ("Agencies did not share", "agencies did not share", "Synthetic Reviews Ltd", "Trial"):
        assert words in " ".join(shown.stdout.split()), words
    assert f"Synthetic icsc {MARK}" in " ".join(shown.stdout.split())
    as_json = json.loads(run("spa", "case", "show", ref, "--json").stdout)
    assert as_json["decisions"][0]["rationale"].endswith(f"{MARK} end.")
    assert ref in run("spa", "cases").stdout  # the open cases table renders for a marked-up actor
    literal(run("spa", "actions", "--status", "done"))
    run("spa", "sweep", "--as-of", "2027-01-15")
    run("slt", "digest", "--as-of", "2027-01-15")
