"""Every flow run with marker words in every free-text field: none reach Prefect's database.

Prefect keeps flow and task runs (names, parameters, inputs), their logs and the artifacts. The
markers may appear only in the case store and the notices; here they are looked for in all
of Prefect's records after every flow has run.
"""

import asyncio
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from prefect.client.orchestration import get_client

from tests.conftest import incident

pytestmark = pytest.mark.prefect

MARKERS = {
    "summary": "Synthetic: zanzibarmarker injuries not consistent with the account given.",
    "reported_by": "Synthetic quokkamarker safeguarding team",
    "initials": "XJ",
    "rationale": "Agencies did not share narwhalmarker what they knew about the risk.",
    "family_rationale": "The services that knew your child did not share ocelotmarker news.",
    "immediate_actions": "Keep the sibling safe: axolotlmarker plan in place.",
    "reason": "learning on pangolinmarker information sharing",
}


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    from workflows import services

    monkeypatch.setenv("CSPR_DATABASE_URL", f"sqlite:///{tmp_path / 'cspr.db'}")
    monkeypatch.setenv("CSPR_OUTBOX", str(tmp_path / "outbox"))
    monkeypatch.setenv("CSPR_TODAY", "2026-12-29")
    yield tmp_path
    services.services().engine.dispose()
    services._services.cache_clear()


async def _prefect_records() -> list[str]:
    """Every flow and task run (name, parameters, inputs, state), log and artifact, as text."""
    async with get_client() as client:
        flows = await client.read_flow_runs()
        tasks = await client.read_task_runs()
        artifacts = await client.read_artifacts()
        logs = await client.read_logs()
    texts = [r.model_dump_json() for r in flows]
    texts += [t.model_dump_json() for t in tasks]
    texts += [a.model_dump_json() for a in artifacts]
    texts += [entry.model_dump_json() for entry in logs]
    return texts


def test_no_free_text_reaches_prefect_from_any_flow(prefect_harness, env):
    from domain.actors import Actor
    from domain.commands import DraftDecision
    from domain.decisions import DecisionInput
    from workflows import services as svc
    from workflows.flows import (
        deadline_sweep_flow,
        dispatch_notices_flow,
        log_incident_flow,
        record_decision_flow,
        slt_digest_flow,
    )
    from workflows.forms import DecisionDraftForm
    from workflows.handlers.drafts import draft_decision

    data = incident(
        summary=MARKERS["summary"],
        reported_by=MARKERS["reported_by"],
        children=[{"initials": MARKERS["initials"], "age": 4, "sex": "female"}],
        reference="SYN-PRIV-1",
    )
    path = env / "incident.json"
    path.write_text(json.dumps(data))
    ref = log_incident_flow(incident_file=str(path), actor="Sam Support")["reference"]

    s = svc.services(None)
    now = svc.now()
    decision = DecisionInput.parse(
        "local_review",
        [f"19.15a={MARKERS['reason']}"],
        MARKERS["rationale"],
        MARKERS["immediate_actions"],
        date(2026, 12, 29),
        family_rationale=MARKERS["family_rationale"],
    )
    ida = Actor("Ida Commissioner", "icsc")  # type: ignore[arg-type]
    draft_id = draft_decision(s, ida, DraftDecision(reference=ref, decision=decision), now)
    assert record_decision_flow(DecisionDraftForm(reference=ref, draft_id=draft_id))["revision"] == 1
    assert dispatch_notices_flow()  # the intake's and the decision's notices, with the markers in them
    # Aware Thu 24 Dec 2026: the ratification and family clocks run on; the Panel notification
    # was never recorded as sent, so it is breached on Wed 6 Jan 2027 (Christmas Fri 25 Dec,
    # Boxing Day's substitute Mon 28 Dec, New Year's Day Fri 1 Jan 2027).
    swept = deadline_sweep_flow(as_of=date(2027, 1, 6))
    assert (ref, "panel_notification", "breached") in {
        (f["reference"], f["clock"], f["rung"]) for f in swept["fired"]
    }
    assert slt_digest_flow(as_of=date(2027, 1, 6))["created"] is True

    outbox = "".join(p.read_text(errors="replace") for p in (env / "outbox").rglob("*.eml"))
    assert MARKERS["rationale"].split()[4] in outbox  # the notices do carry them: the markers are live

    records = asyncio.run(_prefect_records())
    assert any("record-decision" in r for r in records) and any("slt-digest" in r for r in records)
    joined = "\n".join(records)
    for field, text in MARKERS.items():
        words = [w for w in re.findall(r"[a-z]+marker", text)] or [text]
        for word in words:
            pattern = rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])"
            assert not re.search(pattern, joined), f"{field} marker {word!r} reached Prefect"
