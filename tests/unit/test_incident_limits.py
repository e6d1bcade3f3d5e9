"""The incident report's limits and the rule that one intake key is one incident."""

import pytest
from pydantic import ValidationError

from domain.errors import CommandRefused
from domain.incident import CHILDREN_MAX, IncidentReport, check_same_incident
from domain.text import NAME_MAX, TEXT_MAX, check_text, text_problem
from tests.conftest import incident


def test_the_limits() -> None:
    assert (TEXT_MAX, NAME_MAX, CHILDREN_MAX) == (4000, 200, 20)


def test_text_at_the_limit_is_taken_and_one_over_is_not() -> None:
    assert text_problem("x" * TEXT_MAX) is None
    assert text_problem("x" * (TEXT_MAX + 1)) == "at most 4000 characters (4001 given); shorten it"
    assert text_problem("a\tb\nc") is None
    assert text_problem("a\nb", line=True) == "must be on one line; remove the line break"


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x7f", "\u202a", "\u202e", "\u2066", "\u2069"])
def test_control_and_text_direction_characters_are_refused(char: str) -> None:
    with pytest.raises(CommandRefused, match=f"--note: holds .* U\\+{ord(char):04X}; remove it"):
        check_text(f"a{char}b", "--note")


def test_the_report_takes_twenty_children_and_three_initials() -> None:
    child = {"initials": "ABC", "age": 0, "sex": "unknown"}
    report = IncidentReport.model_validate(incident(children=[child] * 20))
    assert len(report.children) == 20
    with pytest.raises(ValidationError):
        IncidentReport.model_validate(incident(children=[child] * 21))


def test_a_repeat_with_the_same_facts_passes_and_other_facts_are_named() -> None:
    first = IncidentReport.model_validate(incident())
    check_same_incident(first, first.recorded(), "CHSCP-2026-0001")
    death = IncidentReport.model_validate(incident(harm="death", looked_after=True))
    with pytest.raises(CommandRefused) as refused:
        check_same_incident(death, first.recorded(), "CHSCP-2026-0001")
    assert str(refused.value) == (
        "reference 'SYN-0001' is already case CHSCP-2026-0001, logged with a different harm, "
        "looked_after; to log a separate incident give it a new reference"
    )
