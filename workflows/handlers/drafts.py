"""Decision drafts: the ICSC's decision kept in cspr, so a Prefect flow carries only its id."""

from sqlmodel import Session, col, select

from domain.actors import Actor, require
from domain.commands import Decide, DecideFromDraft, DraftDecision
from domain.decisions import DecisionInput
from domain.errors import CommandRefused
from store import audit
from store.database import transact
from store.queries import find_case
from store.review_tables import DecisionDraftRow, DecisionRow
from workflows.handlers.checks import not_future
from workflows.handlers.context import Now, Services
from workflows.handlers.review import decide

DRAFT, USED = "draft", "used"


def draft_decision(services: Services, actor: Actor, command: DraftDecision, now: Now) -> int:
    """Keep the ICSC's decision as a draft of the case; returns the draft's id."""
    require(actor, "decide")
    d = command.decision
    not_future(d.decided_on, now, "--on")

    def work(session: Session) -> int:
        case = find_case(session, command.reference)
        assert case.id is not None
        row = DecisionDraftRow(
            case_id=case.id,
            outcome=d.outcome,
            considered=[c.as_dict() for c in d.considered],
            rationale=d.rationale,
            family_rationale=d.family_rationale,
            immediate_actions=d.immediate_actions,
            decided_on=d.decided_on,
            revises=command.revises,
            drafted_by=actor.name,
            drafted_role=actor.role,
            created_at=now.at,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="draft_decision",
            reference=command.reference,
            detail={"draft_id": row.id, "outcome": d.outcome, "decided_on": d.decided_on},
        )
        return row.id

    return transact(services.engine, work)


def decide_from_draft(services: Services, actor: Actor, command: DecideFromDraft, now: Now) -> int:
    """Record the drafted decision as its drafter (the same `decide` command); returns the revision."""
    require(actor, "record_decision_draft")

    def load(session: Session) -> DecisionDraftRow:
        case = find_case(session, command.reference)
        row = session.get(DecisionDraftRow, command.draft_id)
        if row is None or row.case_id != case.id:
            raise CommandRefused(
                f"draft {command.draft_id}: no decision draft of {command.reference} has this id; "
                "store one with `cspr decide REF --draft ...`"
            )
        if row.status != DRAFT:
            raise CommandRefused(
                f"draft {command.draft_id}: it was recorded already (decision {row.decision_id})"
            )
        return row

    draft = transact(services.engine, load)
    met = [f"{c['code']}={c['reason']}" for c in draft.considered if c["finding"] == "met"]
    skipped = [c["code"] for c in draft.considered if c["finding"] == "not_applicable"]
    d = DecisionInput.parse(
        draft.outcome,
        met,
        draft.rationale,
        draft.immediate_actions,
        draft.decided_on,
        not_applicable=skipped,
        family_rationale=draft.family_rationale,
    )
    drafter = Actor(name=draft.drafted_by, role=draft.drafted_role)  # type: ignore[arg-type]
    revision = decide(
        services, drafter, Decide(reference=command.reference, decision=d, revises=draft.revises), now
    )

    def used(session: Session) -> None:
        row = session.get(DecisionDraftRow, command.draft_id)
        assert row is not None
        decision = session.exec(
            select(DecisionRow)
            .where(DecisionRow.case_id == row.case_id, DecisionRow.revision == revision)
            .order_by(col(DecisionRow.id).desc())
        ).first()
        row.status, row.decision_id = USED, decision.id if decision else None
        session.add(row)
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="use_decision_draft",
            reference=command.reference,
            detail={"draft_id": command.draft_id, "revision": revision},
        )

    transact(services.engine, used)
    return revision
