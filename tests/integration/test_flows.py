"""The Prefect flows in a real Prefect test harness (a local server; see conftest.py)."""

import email
import email.policy
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from prefect.client.orchestration import get_client

pytestmark = pytest.mark.prefect


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    from workflows import services

    monkeypatch.setenv("CSPR_DATABASE_URL", f"sqlite:///{tmp_path / 'cspr.db'}")
    monkeypatch.setenv("CSPR_OUTBOX", str(tmp_path / "outbox"))
    monkeypatch.setenv("CSPR_TODAY", "2026-12-29")
    yield tmp_path / "outbox"
    # The flows' tasks take the per-process services for this store; close its engine.
    services.services().engine.dispose()
    services._services.cache_clear()


async def _prefect_texts() -> list[str]:
    """Every flow/task run name and parameter, and every artifact, as text."""
    async with get_client() as client:
        flows = await client.read_flow_runs()
        tasks = await client.read_task_runs()
        artifacts = await client.read_artifacts()
    texts = [f"{r.name} {r.parameters}" for r in flows]
    texts += [f"{t.name} {t.task_inputs}" for t in tasks]
    texts += [f"{a.key} {a.data} {a.description}" for a in artifacts]
    return texts


def test_log_and_dispatch_flows_write_each_notice_once_and_no_child_details(
    prefect_harness, env, incident_file, caplog, capfd
):
    from workflows.flows import dispatch_notices_flow, log_incident_flow

    caplog.set_level(logging.DEBUG)
    first = log_incident_flow(incident_file=str(incident_file), actor="Sam Support")
    assert first == {"reference": "CHSCP-2026-0001", "created": True}
    again = log_incident_flow(incident_file=str(incident_file), actor="Sam Support")
    assert again == {"reference": "CHSCP-2026-0001", "created": False}

    delivered = dispatch_notices_flow()
    assert sorted(r["kind"] for r in delivered) == [
        "icsc_decision_request",
        "panel_notification",
        "partner_notice",
    ]
    assert {r["status"] for r in delivered} == {"delivered"}
    files = sorted((env / "CHSCP-2026-0001").glob("*.eml"))
    assert len(files) == 3
    assert dispatch_notices_flow() == []  # nothing queued: nothing written twice
    assert len(list((env / "CHSCP-2026-0001").glob("*.eml"))) == 3

    panel = next(f for f in files if f.name.endswith("panel_notification.eml"))
    msg = email.message_from_bytes(panel.read_bytes(), policy=email.policy.default)
    assert msg["X-CSPR-Reference"] == "CHSCP-2026-0001"
    assert "QZ" in msg.get_body(("plain",)).get_content()  # the notice itself carries them

    import asyncio

    texts = asyncio.run(_prefect_texts())
    assert any("log-incident" in t or "deliver-notice" in t for t in texts)
    logged = caplog.text + "".join(capfd.readouterr())
    assert "CHSCP-2026-0001" in logged
    # The initials as a word (random ids such as websocket keys may hold the letters QZ) and the
    # summary must appear nowhere.
    for text in [logged, *texts]:
        assert not re.search(r"(?<![A-Za-z0-9])QZ(?![A-Za-z0-9])", text), text
        assert "injuries not consistent" not in text


def test_record_decision_deployment_records_a_draft_by_its_id(prefect_harness, env, incident_file):
    from sqlmodel import Session, select

    from domain.actors import Actor
    from domain.commands import DraftDecision
    from domain.decisions import DecisionInput
    from store.review_tables import DecisionDraftRow, DecisionRow
    from workflows import services as svc
    from workflows.flows import log_incident_flow, record_decision_flow
    from workflows.forms import DecisionDraftForm
    from workflows.handlers.drafts import draft_decision

    schema = record_decision_flow.parameters.model_dump()["definitions"]
    assert set(schema["DecisionDraftForm"]["properties"]) == {"reference", "draft_id"}

    ref = log_incident_flow(incident_file=str(incident_file), actor="Sam Support")["reference"]
    s = svc.services(None)
    now = svc.now()
    decision = DecisionInput.parse(
        "local_review",
        ["19.15a=learning on sharing what agencies knew"],
        "Agencies did not share what they knew about the risk.",
        "",
        now.today,
        not_applicable=["19.16c"],
        family_rationale="The services that knew your child did not share what they knew.",
    )
    ida = Actor("Ida Commissioner", "icsc")  # type: ignore[arg-type]
    draft_id = draft_decision(s, ida, DraftDecision(reference=ref, decision=decision), now)
    result = record_decision_flow(DecisionDraftForm(reference=ref, draft_id=draft_id))
    assert result == {"reference": ref, "draft_id": draft_id, "revision": 1}

    with Session(s.engine) as session:
        stored = session.exec(select(DecisionRow)).one()
        draft = session.get(DecisionDraftRow, draft_id)
    assert draft is not None and (draft.status, draft.decision_id) == ("used", stored.id)
    assert stored.decided_by == "Ida Commissioner"
    findings = {c["code"]: c["finding"] for c in stored.considered}
    assert (findings["19.15a"], findings["19.16c"], findings["19.15b"]) == (
        "met",
        "not_applicable",
        "not_met",
    )
    with pytest.raises(Exception, match=f"draft {draft_id}: it was recorded already"):
        record_decision_flow(DecisionDraftForm(reference=ref, draft_id=draft_id))


def test_deadline_sweep_and_slt_digest_flows_fire_once_and_publish_references_only(
    prefect_harness, env, incident_file
):
    # Aware Thu 24 Dec 2026: the notices are due Tue 5 Jan 2027 and breached Wed 6 Jan
    # (Christmas Fri 25, Boxing Day's substitute Mon 28, New Year's Day Fri 1 Jan).
    import asyncio
    from datetime import date

    from workflows.flows import deadline_sweep_flow, log_incident_flow, slt_digest_flow

    ref = log_incident_flow(incident_file=str(incident_file), actor="Sam Support")["reference"]
    first = deadline_sweep_flow(as_of=date(2027, 1, 6))
    assert {(f["reference"], f["clock"], f["rung"]) for f in first["fired"]} >= {
        (ref, "panel_notification", "breached"),
        (ref, "partner_notice", "breached"),
    }
    assert deadline_sweep_flow(as_of=date(2027, 1, 6))["fired"] == []  # once only

    digest = slt_digest_flow(as_of=date(2027, 1, 6))
    assert [c["rag"] for c in digest["clocks"]][:2] == ["red", "red"]
    assert digest["receipt"].endswith("-slt_digest.eml")

    async def artifact() -> tuple[str, str]:
        async with get_client() as client:
            found = await client.read_latest_artifacts()
        row = next(a for a in found if a.key == "slt-digest")
        return str(row.data), str(row.description)

    data, description = asyncio.run(artifact())
    assert ref in data and "panel_notification" in data and "red" in description
    assert not re.search(r"(?<![A-Za-z0-9])QZ(?![A-Za-z0-9])", data + description)
