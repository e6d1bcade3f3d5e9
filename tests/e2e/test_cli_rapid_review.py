"""One case through the whole rapid review, driven through `cspr` as its users would.

Aware Thu 24 Dec 2026, with a criminal investigation. Christmas Fri 25, Boxing Day Sat 26
(substitute Mon 28 Dec) and New Year's Day Fri 1 Jan 2027 are not working days, so:
  Panel notification and partner notice due Tue 5 Jan 2027 (5 WD);
  rapid review due Tue 19 Jan 2027 (15 WD: Tue 29, Wed 30, Thu 31 Dec, Mon 4 .. Tue 19 Jan);
  the ICSC's target Fri 15 Jan 2027 (2 WD before the rapid review).
Decision (local_review) Thu 14 Jan 2027:
  ratification due Tue 19 Jan 2027 (3 WD); family due Thu 28 Jan 2027 (10 WD);
  publication due Wed 14 Jul 2027 (six months).
Submitted Tue 19 Jan 2027: day 15. The Panel disagrees Mon 1 Feb 2027: the reconsideration
meeting is due Mon 15 Feb 2027 (10 WD). Revised decision (national_review) Wed 10 Feb 2027:
ratification again due Mon 15 Feb 2027 (3 WD), family due Wed 24 Feb 2027 (10 WD), and the
publication clock stops. Police and CPS consulted Thu 11 Feb; the family is told in person
Thu 11 Feb (the clock stays open) and by letter Fri 12 Feb 2027 (the letter meets it, 19.21).
"""

import json

import pytest

from tests.conftest import incident
from tests.e2e.conftest import Cspr, Result

PARTNERS = [
    "hackney-council",
    "city-of-london-corporation",
    "city-and-hackney-ccg",
    "metropolitan-police",
    "city-of-london-police",
]


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


def clocks(run, ref: str) -> dict[str, dict]:
    show = json.loads(run("spa", "case", "show", ref, "--json").stdout)
    return {c["kind"] + (f":{c['party']}" if c["party"] else ""): c for c in show["clocks"]}


def test_the_full_rapid_review_path(tmp_path, run):
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident(criminal_investigation=True)))
    ref = json.loads(run("support_team", "incident", "log", "--file", str(path), "--json").stdout)[
        "reference"
    ]
    run("support_team", "notice", "sent", ref, "panel_notification", "--on", "2026-12-29")
    run("support_team", "notice", "sent", ref, "partner_notice", "--on", "2026-12-30")
    early = run("spa", "rapid-review", "submitted", ref, "--on", "2027-01-12", ok=False)
    assert early.returncode == 2 and "is at stage intake" in early.stderr
    assert "the rapid review includes the ICSC's decision (19.13)" in early.stderr

    run(
        "icsc",
        "decide",
        ref,
        "--outcome",
        "local_review",
        "--criteria",
        "19.15a=improvements are needed in sharing risk",
        "--criteria",
        "19.15c=health and police did not work together",
        "--not-applicable",
        "19.15d",
        "--family-rationale",
        "The services that knew your child did not share what they knew.",
        "--rationale",
        "Agencies did not share what they knew about the risk to the child.",
        "--immediate-actions",
        "Strategy discussion for the siblings",
        "--on",
        "2027-01-14",
    )
    c = clocks(run, ref)
    assert (c["icsc_decision"]["status"], c["icsc_decision"]["met_on"]) == ("met", "2027-01-14")
    assert {c[f"partner_ratification:{p}"]["due"] for p in PARTNERS} == {"2027-01-19"}
    assert c["family_notification"]["due"] == "2027-01-28"
    assert c["publication"]["due"] == "2027-07-14" and c["publication"]["statutory"]

    again = run(
        "icsc",
        "decide",
        ref,
        "--outcome",
        "no_review",
        "--rationale",
        "A second decision without saying it revises the first.",
        "--family-rationale",
        "A second decision, in plain words for the family.",
        "--on",
        "2027-01-15",
        ok=False,
    )
    assert again.returncode == 2 and again.stderr.count("\n") == 1
    assert "is at stage decided: a decision is already recorded" in again.stderr
    stranger = run("partner", "ratify", ref, "--partner", "camden-council", "--ratified", ok=False)
    assert stranger.returncode == 2 and "unknown partner 'camden-council'" in stranger.stderr
    for partner in PARTNERS:
        run("partner", "ratify", ref, "--partner", partner, "--ratified", "--on", "2027-01-18")
    run("spa", "rapid-review", "submitted", ref, "--on", "2027-01-19")
    c = clocks(run, ref)
    assert (c["rapid_review_submission"]["status"], c["rapid_review_submission"]["met_on"]) == (
        "met",
        "2027-01-19",
    )
    assert {c[f"partner_ratification:{p}"]["status"] for p in PARTNERS} == {"met"}

    run(
        "spa",
        "panel-response",
        ref,
        "--disagrees",
        "--on",
        "2027-02-01",
        "--comment",
        "The Panel considers a national review may be appropriate.",
    )
    c = clocks(run, ref)
    assert (c["reconsideration_meeting"]["due"], c["reconsideration_meeting"]["status"]) == (
        "2027-02-15",
        "open",
    )

    run(
        "icsc",
        "decide",
        ref,
        "--revises",
        "--outcome",
        "national_review",
        "--criteria",
        "19.16c=the family moved between three local authorities",
        "--family-rationale",
        "The services that knew your child did not share what they knew.",
        "--rationale",
        "After reconsideration the case raises issues of national importance.",
        "--on",
        "2027-02-10",
    )
    c = clocks(run, ref)
    assert (c["reconsideration_meeting"]["status"], c["reconsideration_meeting"]["met_on"]) == (
        "met",
        "2027-02-10",
    )
    assert c["publication"]["status"] == "stopped"
    assert "no local review" in c["publication"]["history"][-1]["reason"]
    assert {c[f"partner_ratification:{p}"]["due"] for p in PARTNERS} == {"2027-02-15"}
    assert c["family_notification"]["due"] == "2027-02-24"

    refused = run(
        "support_team", "family", "notified", ref, "--on", "2027-02-11", "--how", "letter", ok=False
    )
    assert refused.returncode == 2 and "police and the CPS must be consulted" in refused.stderr
    run("support_team", "police-cps", "consulted", ref, "--on", "2027-02-11")
    # Told in person first (Thu 11 Feb): recorded, but the clock waits for the letter (19.21).
    met = run("support_team", "family", "notified", ref, "--on", "2027-02-11", "--how", "in_person")
    assert met.stdout.strip().endswith("the clock stays open until the letter is sent (19.21)")
    c = clocks(run, ref)
    assert (c["family_notification"]["status"], c["family_notification"]["met_on"]) == ("open", None)
    assert c["family_notification"]["history"][-1]["change"] == "noted"
    run("support_team", "family", "notified", ref, "--on", "2027-02-12", "--how", "letter")
    c = clocks(run, ref)
    assert (c["family_notification"]["status"], c["family_notification"]["met_on"]) == ("met", "2027-02-12")
    family = json.loads(run("spa", "case", "show", ref, "--json").stdout)["family"]
    assert family == {"letter_on": "2027-02-12", "in_person_on": "2027-02-11"}

    show = json.loads(run("spa", "case", "show", ref, "--json").stdout)
    assert {x["status"] for x in show["clocks"]} <= {"met", "open", "stopped"}
    kinds = [n["kind"] for n in show["notices"]]
    assert kinds.count("ratification_request") == 10  # five partners, two decisions
    assert {"rapid_review_cover", "reconsideration_meeting_call", "family_outcome_letter"} <= set(kinds)
    assert run("slt", "audit", "verify").returncode == 0
