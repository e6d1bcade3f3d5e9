"""The flows emit Prefect events for each rung fired and each clock met, moved or stopped.

Read back from the Prefect test harness's server, as an automation would see them.
"""

import asyncio
import re
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from prefect.client.orchestration import get_client
from prefect.events import Event
from prefect.events.filters import (
    EventFilter,
    EventNameFilter,
    EventOccurredFilter,
    EventResourceFilter,
)
from prefect.events.worker import EventsWorker

pytestmark = pytest.mark.prefect


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    from workflows import services

    monkeypatch.setenv("CSPR_DATABASE_URL", f"sqlite:///{tmp_path / 'cspr.db'}")
    monkeypatch.setenv("CSPR_OUTBOX", str(tmp_path / "outbox"))
    monkeypatch.setenv("CSPR_TODAY", "2027-01-06")
    yield tmp_path
    services.services().engine.dispose()
    services._services.cache_clear()


def _cspr_events(reference: str, expected: int, since: datetime) -> list[Event]:
    """This case's cspr.* events since ``since``, once the server has stored ``expected`` of them
    (30 s at most). Other tests' stores on the same harness server use the same references."""
    EventsWorker.drain_all()

    async def read() -> list[Event]:
        async with get_client() as client:
            page = await client.read_events(
                filter=EventFilter(
                    event=EventNameFilter(prefix=["cspr."]),
                    resource=EventResourceFilter(id_prefix=[f"cspr.case.{reference}."]),
                    occurred=EventOccurredFilter(since=since),
                ),
                limit=50,
            )
        assert page.next_page is None, "more than one page: read the rest"
        return page.events

    deadline = time.monotonic() + 30
    found = asyncio.run(read())
    while len(found) < expected and time.monotonic() < deadline:
        time.sleep(0.5)
        found = asyncio.run(read())
    return found


def _decision(ref: str, outcome: str, on: str, revises: bool = False):
    """The ICSC's decision drafted in cspr, as the record-decision flow's form names it."""
    from datetime import date as _date

    from domain.actors import Actor
    from domain.commands import DraftDecision
    from domain.decisions import DecisionInput
    from workflows import services as svc
    from workflows.forms import DecisionDraftForm
    from workflows.handlers.drafts import draft_decision

    decision = DecisionInput.parse(
        outcome,
        ["19.15a=learning on sharing what agencies knew"] if outcome == "local_review" else [],
        "Reasons given in the rapid review report.",
        "",
        _date.fromisoformat(on),
        family_rationale="We explain the reasons in plain words in this letter.",
    )
    ida = Actor("Ida Commissioner", "icsc")  # type: ignore[arg-type]
    command = DraftDecision(reference=ref, decision=decision, revises=revises)
    draft_id = draft_decision(svc.services(), ida, command, svc.now())
    return DecisionDraftForm(reference=ref, draft_id=draft_id)


def test_sweep_and_decisions_emit_rung_and_clock_events_with_references_only(
    prefect_harness, env, incident_file, monkeypatch
):
    started = datetime.now(UTC)
    from domain.commands import RecordPanelResponse, RecordSubmission
    from workflows import services as svc
    from workflows.flows import deadline_sweep_flow, log_incident_flow, record_decision_flow
    from workflows.handlers.review import record_panel_response, record_submission

    # Aware Thu 24 Dec 2026: the Panel notification and partner notice are due Tue 5 Jan 2027
    # (Christmas Fri 25, Boxing Day's substitute Mon 28, New Year's Day Fri 1 Jan), so the sweep
    # of Wed 6 Jan fires their `breached` rung.
    ref = log_incident_flow(incident_file=str(incident_file), actor="Sam Support")["reference"]
    deadline_sweep_flow(as_of=date(2027, 1, 6))
    record_decision_flow(_decision(ref, "local_review", "2027-01-06"))
    monkeypatch.setenv("CSPR_TODAY", "2027-02-10")
    s, spa = svc.services(), svc.actor_from("Sol Advisor", "spa")
    record_submission(s, spa, RecordSubmission(reference=ref, on=date(2027, 1, 19)), svc.now())
    response = RecordPanelResponse(reference=ref, agrees=False, on=date(2027, 2, 1), comment="Review it.")
    record_panel_response(s, spa, response, svc.now())
    record_decision_flow(_decision(ref, "no_review", "2027-02-10", revises=True))

    case = f"cspr.case.{ref}"
    partners = [p.id for p in s.partnership.partners]
    expected = {
        # the sweep of Wed 6 Jan 2027
        ("cspr.rung.fired", f"{case}.panel_notification", "breached", "2027-01-05"),
        ("cspr.clock.breached", f"{case}.panel_notification", None, "2027-01-05"),
        ("cspr.rung.fired", f"{case}.partner_notice", "breached", "2027-01-05"),
        ("cspr.clock.breached", f"{case}.partner_notice", None, "2027-01-05"),
        # the decision of Wed 6 Jan meets the ICSC's clock, due Fri 15 Jan (2 working days
        # before the rapid review's Tue 19 Jan, the 15th working day after 24 Dec)
        ("cspr.clock.met", f"{case}.icsc_decision", None, "2027-01-15"),
        # the revision of Wed 10 Feb meets the reconsideration meeting and moves the partners'
        # ratification (3 working days: Mon 11 Jan -> Mon 15 Feb) and the family's letter
        # (10 working days: Wed 20 Jan -> Wed 24 Feb); no review stops the publication clock
        ("cspr.clock.met", f"{case}.reconsideration_meeting", None, "2027-02-15"),
        ("cspr.clock.moved", f"{case}.family_notification", "2027-01-20", "2027-02-24"),
        ("cspr.clock.stopped", f"{case}.publication", None, "2027-07-06"),
        *(
            ("cspr.clock.moved", f"{case}.partner_ratification.{p}", "2027-01-11", "2027-02-15")
            for p in partners
        ),
    }
    found = _cspr_events(ref, len(expected), started)

    def seen(e: Event) -> tuple[str, str, str | None, str]:
        extra = e.payload.get("rung") or (e.payload["old_due"] if e.event.endswith("moved") else None)
        return e.event, e.resource.id, extra, e.payload["due"]

    assert sorted(seen(e) for e in found) == sorted(expected)
    for e in found:  # labelled for automations; references, kinds and dates only
        assert e.resource["cspr.reference"] == ref
        assert e.resource.id.startswith(f"{case}.{e.resource['cspr.clock']}")
        text = e.model_dump_json()
        assert not re.search(r"(?<![A-Za-z0-9])QZ(?![A-Za-z0-9])", text), text
        assert "injuries" not in text and "Ida Commissioner" not in text
