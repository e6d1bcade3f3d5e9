"""`cspr decide` records every criterion of 19.15-19.16, and `cspr family notified` the letter
(19.21), as their users drive them; refusals are one line with exit 2 and change nothing.

Aware Thu 24 Dec 2026; decided Thu 14 Jan 2027; the family clock is due Thu 28 Jan 2027
(10 working days after the decision).
"""

import json
from pathlib import Path

import pytest

from tests.conftest import incident
from tests.e2e.conftest import Cspr

FAMILY = "The services that knew your child did not share what they knew in time."
WHY = "Agencies did not share what they knew about the risk to the child."


@pytest.fixture
def cspr_env(cspr_env: dict[str, str]) -> dict[str, str]:
    return {**cspr_env, "CSPR_TODAY": "2027-01-20", "CSPR_ACTOR": "Synthetic person"}


@pytest.fixture
def ref(tmp_path: Path, cspr: Cspr) -> str:
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident()))
    out = cspr("incident", "log", "--file", str(path), "--json", env={"CSPR_ROLE": "support_team"})
    assert out.returncode == 0, out.stderr
    return str(json.loads(out.stdout)["reference"])


def decide(cspr: Cspr, ref: str, *extra: str):
    return cspr(
        "decide",
        ref,
        "--outcome",
        "local_review",
        "--rationale",
        WHY,
        "--on",
        "2027-01-14",
        *extra,
        env={"CSPR_ROLE": "icsc"},
    )


def show(cspr: Cspr, ref: str) -> dict:
    return json.loads(cspr("case", "show", ref, "--json", env={"CSPR_ROLE": "spa"}).stdout)


@pytest.mark.parametrize(
    ("args", "refusal"),
    [
        (
            ("--criteria", "19.15a", "--family-rationale", FAMILY),
            "cspr: --criteria 19.15a: say in a few words why it is met",
        ),
        (
            ("--criteria", "19.15a=agencies missed it"),
            "cspr: --family-rationale: give the reasons for the family",
        ),
        (
            ("--not-applicable", "19.17", "--family-rationale", FAMILY),
            "cspr: --not-applicable: 19.17 not known",
        ),
        (
            (
                "--criteria",
                "19.16c=the family moved area",
                "--not-applicable",
                "19.16c",
                "--family-rationale",
                FAMILY,
            ),
            "cspr: --not-applicable: 19.16c is also given as met",
        ),
    ],
)
def test_a_decision_without_every_criterion_considered_is_refused(cspr, ref, args, refusal):
    before = show(cspr, ref)
    out = decide(cspr, ref, *args)
    assert out.returncode == 2
    assert out.stderr.startswith(refusal) and out.stderr.count("\n") == 1, out.stderr
    assert "Traceback" not in out.stderr
    after = show(cspr, ref)
    assert after["decisions"] == [] and after["clocks"] == before["clocks"] and after["stage"] == "intake"


def test_the_whole_table_is_recorded_and_shown(cspr, ref, tmp_path):
    out = decide(
        cspr,
        ref,
        "--criteria",
        "19.15a=improvements are needed in sharing risk",
        "--criteria",
        "19.15c=health and police did not work together",
        "--not-applicable",
        "19.16c,19.15d",
        "--family-rationale",
        FAMILY,
    )
    assert out.returncode == 0, out.stderr
    d = show(cspr, ref)["decisions"][0]
    assert d["criteria"] == ["19.15a", "19.15c"]
    assert [(c["code"], c["finding"]) for c in d["considered"]] == [
        ("19.15a", "met"),
        ("19.15b", "not_met"),
        ("19.15c", "met"),
        ("19.15d", "not_applicable"),
        ("19.16a", "not_met"),
        ("19.16b", "not_met"),
        ("19.16c", "not_applicable"),
        ("19.16d", "not_met"),
    ]
    assert d["considered"][2]["reason"] == "health and police did not work together"
    assert d["family_rationale"] == FAMILY

    text = cspr("case", "show", ref, env={"CSPR_ROLE": "spa"}).stdout
    assert "every criterion considered (19.15, 19.16)" in text
    assert text.count("not applicable") == 2 and text.count("not met") == 4

    assert cspr("notices", "dispatch", env={"CSPR_ROLE": "support_team"}).returncode == 0
    mails = {p.name: p.read_text() for p in (tmp_path / "outbox").rglob("*.eml")}
    tables = [m for m in mails.values() if "19.15b NOT MET" in m and "19.16c NOT APPLICABLE" in m]
    assert len(tables) == 5  # the ratification request to each of the five partners
    letter = next(m for m in mails.values() if "Dear parent or carer" in m)
    assert FAMILY in letter and WHY not in letter


def test_told_in_person_alone_leaves_the_family_clock_open(cspr, ref):
    ok = decide(cspr, ref, "--criteria", "19.15a=improvements are needed", "--family-rationale", FAMILY)
    assert ok.returncode == 0, ok.stderr
    support = {"CSPR_ROLE": "support_team"}
    met = cspr("family", "notified", ref, "--how", "in_person", "--on", "2027-01-18", "--json", env=support)
    assert met.returncode == 0 and json.loads(met.stdout)["clock_met"] is False
    family = next(c for c in show(cspr, ref)["clocks"] if c["kind"] == "family_notification")
    assert (family["status"], family["due"]) == ("open", "2027-01-28")
    assert family["history"][-1]["change"] == "noted"
    assert "stays open until the letter is sent" in family["history"][-1]["reason"]

    sent = cspr("family", "notified", ref, "--how", "letter", "--on", "2027-01-19", "--json", env=support)
    assert sent.returncode == 0 and json.loads(sent.stdout)["clock_met"] is True
    view = show(cspr, ref)
    family = next(c for c in view["clocks"] if c["kind"] == "family_notification")
    assert (family["status"], family["met_on"]) == ("met", "2027-01-19")
    assert view["family"] == {"letter_on": "2027-01-19", "in_person_on": "2027-01-18"}

    again = cspr("family", "notified", ref, "--how", "letter", "--on", "2027-01-20", env=support)
    assert again.returncode == 2 and again.stderr.count("\n") == 1
    assert "the letter to the family was already recorded as sent on 2027-01-19" in again.stderr
    assert show(cspr, ref) == view
