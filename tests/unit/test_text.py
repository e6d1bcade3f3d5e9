"""Free text as cspr keeps it: one line, whitespace collapsed, refused when it says too little or too much."""

import pytest

from domain.errors import CommandRefused
from domain.text import has_line_break, one_line, require_text


def test_one_line_collapses_every_run_of_whitespace() -> None:
    assert one_line("  The rationale\r\nweighs\tthe  school's\n\ninformation. ") == (
        "The rationale weighs the school's information."
    )
    assert one_line(" \n\t ") == ""


@pytest.mark.parametrize(
    ("value", "broken"), [("a\rb", True), ("a\nb", True), ("a\tb  c", False), ("", False)]
)
def test_has_line_break(value: str, broken: bool) -> None:
    assert has_line_break(value) is broken


def test_require_text_returns_it_on_one_line() -> None:
    assert require_text(" say why\nin words ", "--reason", "say why") == "say why in words"


@pytest.mark.parametrize(
    ("value", "words", "chars"), [("", 1, 0), ("   ", 1, 0), ("two words", 3, 0), ("a b c", 3, 20)]
)
def test_require_text_refuses_too_little(value: str, words: int, chars: int) -> None:
    with pytest.raises(CommandRefused, match=r"^--reason: say why in a sentence$"):
        require_text(value, "--reason", "say why in a sentence", words=words, chars=chars)


def test_require_text_refuses_too_much() -> None:
    assert require_text("x" * 64, "--agency", "name it", most=64) == "x" * 64
    with pytest.raises(CommandRefused, match=r"^--agency: at most 64 characters \(65 given\)$"):
        require_text("x" * 65, "--agency", "name it", most=64)
