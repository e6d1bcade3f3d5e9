"""Recording the Panel notification re-plans the clocks counted from it, through the ledger.

The partnership counts the rapid review from the Panel notification. Aware Wed 14 Sep 2022:
provisionally (from awareness, Mon 19 Sep 2022 the Bank Holiday for the State Funeral of Queen
Elizabeth II skipped) the rapid review is due Thu 6 Oct 2022 and the ICSC's decision Tue 4 Oct.
The ICSC decides Mon 3 Oct 2022, before the notification is recorded. On Tue 4 Oct the support
team records that the Panel was notified Fri 23 Sep 2022: the rapid review moves to Fri 14 Oct
2022 and the ICSC's target to Wed 12 Oct 2022 (2 working days before it); the decision stays
met, in time on the new date.
"""

import tomllib
from dataclasses import replace
from datetime import date

from sqlmodel import Session, col, select

from domain.actors import Actor
from domain.commands import Decide, RecordNoticeSent
from domain.decisions import DecisionInput
from domain.incident import IncidentReport
from domain.partnership import Partnership
from store.tables import AuditEventRow, ClockChangeRow, ClockRow
from tests.conftest import ROOT, at, incident
from workflows.handlers.intake import log_incident, record_notice_sent
from workflows.handlers.review import decide

SUPPORT = Actor("Sam Support", "support_team")
ICSC = Actor("Ida Commissioner", "icsc")


def anchored(services):
    data = tomllib.loads((ROOT / "config" / "city-and-hackney.toml").read_text())
    data["rules"]["rapid_review_submission"] = {"anchor": "panel_notification_sent"}
    return replace(services, partnership=Partnership.model_validate(data))


def clocks(services) -> dict[str, ClockRow]:
    with Session(services.engine) as s:
        return {c.kind: c for c in s.exec(select(ClockRow).where(ClockRow.party == ""))}


def test_a_met_provisional_clock_is_corrected_and_an_open_one_moves(services):
    s = anchored(services)
    report = IncidentReport.model_validate(incident(incident_date="2022-09-13", aware_date="2022-09-14"))
    ref = log_incident(s, SUPPORT, report, at(date(2022, 9, 14))).reference
    decision = DecisionInput.parse(
        "no_review",
        [],
        "No criterion of 19.15 or 19.16 is met on what is known.",
        "",
        date(2022, 10, 3),
        family_rationale="The services found nothing that a review would need to look at.",
    )
    decide(s, ICSC, Decide(reference=ref, decision=decision), at(date(2022, 10, 3)))
    before = clocks(s)
    assert (before["rapid_review_submission"].due, before["icsc_decision"].due) == (
        date(2022, 10, 6),
        date(2022, 10, 4),
    )
    assert before["rapid_review_submission"].provisional and before["icsc_decision"].provisional
    round_before = before["rapid_review_submission"].ladder_round

    sent = RecordNoticeSent(reference=ref, kind="panel_notification", on=date(2022, 9, 23))
    record_notice_sent(s, SUPPORT, sent, at(date(2022, 10, 4)))
    after = clocks(s)
    rapid, icsc = after["rapid_review_submission"], after["icsc_decision"]
    assert (rapid.start, rapid.due, rapid.status, rapid.provisional) == (
        date(2022, 9, 23),
        date(2022, 10, 14),
        "open",
        False,
    )
    assert rapid.ladder_round == round_before + 1 and rapid.ladder_mark == date(2022, 10, 3)
    assert (icsc.due, icsc.status, icsc.met_on, icsc.provisional) == (
        date(2022, 10, 12),
        "met",
        date(2022, 10, 3),
        False,
    )
    assert "Provisional" not in rapid.explanation and "Provisional" not in icsc.explanation
    with Session(s.engine) as session:
        last = {
            row.clock_id: row for row in session.exec(select(ClockChangeRow).order_by(col(ClockChangeRow.id)))
        }
        event = session.exec(select(AuditEventRow).where(AuditEventRow.command == "record_notice_sent")).one()
    assert (last[rapid.id].change, last[rapid.id].old_due, last[rapid.id].new_due) == (
        "replanned",
        date(2022, 10, 6),
        date(2022, 10, 14),
    )
    assert last[icsc.id].reason.startswith(
        "re-planned from the Panel notification sent on 2022-09-23; already met on 2022-10-03 "
        "(in time on the new date)"
    )
    assert {c["clock"] for c in event.detail["changes"]} == {"rapid_review_submission", "icsc_decision"}

    # Recording it again on the same day changes nothing.
    with Session(s.engine) as session:
        changes = len(session.exec(select(ClockChangeRow)).all())
    record_notice_sent(s, SUPPORT, sent, at(date(2022, 10, 4)))
    with Session(s.engine) as session:
        assert len(session.exec(select(ClockChangeRow)).all()) == changes
    assert clocks(s)["rapid_review_submission"].due == date(2022, 10, 14)
