"""The ICSC's decision input: every criterion of 19.15 and 19.16 considered, refusals one line."""

from datetime import date

import pytest

from domain.decisions import CRITERIA, DecisionInput, consider_criteria
from domain.errors import CommandRefused
from domain.status import CriterionFinding

WHY = "The agencies involved did not share information about the risk."
FAMILY = "The services that knew your child did not share what they knew."
ON = date(2027, 1, 14)


def test_every_criterion_is_recorded_met_not_met_or_not_applicable():
    d = DecisionInput.parse(
        "local_review",
        ["19.15c=health and police did not work together", "19.16a = concerns about one agency"],
        WHY,
        "",
        ON,
        not_applicable=["19.16c", "19.15d"],
        family_rationale=FAMILY,
    )
    assert [c.code for c in d.considered] == list(CRITERIA)
    found = {c.code: (c.finding, c.reason) for c in d.considered}
    assert found["19.15c"] == (CriterionFinding.MET, "health and police did not work together")
    assert found["19.16a"] == (CriterionFinding.MET, "concerns about one agency")
    assert found["19.16c"] == (CriterionFinding.NOT_APPLICABLE, "")
    assert found["19.15d"] == (CriterionFinding.NOT_APPLICABLE, "")
    assert [k for k, (f, _) in found.items() if f is CriterionFinding.NOT_MET] == [
        "19.15a",
        "19.15b",
        "19.16b",
        "19.16d",
    ]
    assert d.criteria == ("19.15c", "19.16a")
    assert d.family_rationale == FAMILY


def test_no_criterion_met_records_all_of_them_not_met():
    considered = consider_criteria([])
    assert {c.finding for c in considered} == {CriterionFinding.NOT_MET} and len(considered) == 8


@pytest.mark.parametrize(
    ("met", "not_applicable", "family", "refusal"),
    [
        (["19.15a"], [], FAMILY, "--criteria 19.15a: say in a few words why it is met, as 19.15a=REASON"),
        (["19.15a=yes"], [], FAMILY, "--criteria 19.15a: say in a few words why it is met"),
        (["19.15a=a b", "19.15a=c d"], [], FAMILY, "--criteria: 19.15a is given twice"),
        (["19.99=made up here"], [], FAMILY, "--criteria: 19.99 not known"),
        ([], ["19.17"], FAMILY, "--not-applicable: 19.17 not known"),
        (
            ["19.16c=families moved about"],
            ["19.16c"],
            FAMILY,
            "--not-applicable: 19.16c is also given as met",
        ),
        ([], [], "", "--family-rationale: give the reasons for the family in plain English"),
        ([], [], "Sorry.", "--family-rationale: give the reasons for the family in plain English"),
    ],
)
def test_refusals_name_the_option_in_one_line(met, not_applicable, family, refusal):
    with pytest.raises(CommandRefused) as caught:
        DecisionInput.parse(
            "no_review", met, WHY, "", ON, not_applicable=not_applicable, family_rationale=family
        )
    message = str(caught.value)
    assert message.startswith(refusal) and "\n" not in message
