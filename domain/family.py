"""Telling the family the outcome and rationale (19.21-19.22).

19.21: the outcome and rationale "will be communicated in writing to the child/family
concerned by the CHSCP support team. Where possible this will also be provided in person
through the practitioner currently working with the family". So the letter meets the clock;
telling in person is recorded on its own day, and on its own it leaves the clock open.
"""

from datetime import date

from domain.kinds import HowTold


def meets_clock(how: HowTold) -> bool:
    """Only the letter meets the family clock: 19.21 asks for the outcome in writing."""
    return how is HowTold.LETTER


def in_person_note(on: date, letter_sent_on: date | None) -> str:
    """The clock's history line for telling the family in person."""
    if letter_sent_on is not None:
        sent = letter_sent_on.isoformat()
        return f"family also told in person on {on.isoformat()} (the letter went on {sent})"
    return (
        f"family told in person on {on.isoformat()}; the clock stays open until the letter is sent: "
        "19.21 says the outcome and rationale are given in writing, and in person as well where possible"
    )
