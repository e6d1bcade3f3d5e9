"""The annual report's read model: every row the report counts, as the domain's plain facts."""

from collections.abc import Mapping

from sqlmodel import Session, col, select

from domain.reports.annual import (
    ActionFact,
    CaseFact,
    ClockFact,
    DecisionFact,
    DelayFact,
    Facts,
    ReviewFact,
)
from store.local_review_tables import ActionRow, DelayRow, RecommendationRow, ReviewRow
from store.review_tables import DecisionRow
from store.tables import CaseRow, ClockRow


def load(session: Session, agency_names: Mapping[str, str] | None = None) -> Facts:
    """Read the case store into ``Facts`` (every row; an annual report is not on a hot path).
    ``agency_names`` turns partner ids into their configured names."""
    names = agency_names or {}
    refs = {c.id: c.reference for c in session.exec(select(CaseRow))}
    return Facts(
        cases=tuple(
            CaseFact(
                c.reference, c.aware_date, c.harm, c.considered_at_discretion, c.rapid_review_submitted_on
            )
            for c in session.exec(select(CaseRow).order_by(col(CaseRow.reference)))
        ),
        clocks=tuple(
            ClockFact(
                refs[k.case_id],
                k.kind,
                k.party,
                k.due,
                k.status,
                k.met_on,
                k.statutory,
                k.paused_on is not None,
            )
            for k in session.exec(select(ClockRow))
        ),
        decisions=tuple(
            DecisionFact(
                refs[d.case_id],
                d.revision,
                d.outcome,
                d.decided_on,
                tuple((c["code"], c["finding"]) for c in d.considered),
            )
            for d in session.exec(select(DecisionRow))
        ),
        reviews=tuple(
            ReviewFact(refs[r.case_id], r.opened_on, r.published_on, r.withheld_scope, r.withheld_on)
            for r in session.exec(select(ReviewRow))
        ),
        delays=tuple(
            DelayFact(
                refs[d.case_id], d.requested_on, d.to_date, d.reason, d.circumstance, d.status, d.answered_on
            )
            for d in session.exec(select(DelayRow).order_by(col(DelayRow.id)))
        ),
        actions=tuple(
            ActionFact(
                a.id or 0,
                refs[a.case_id],
                number,
                names.get(a.agency, a.agency),
                a.due,
                a.status,
                a.added_on,
                a.completed_on,
            )
            for a, number in session.exec(
                select(ActionRow, RecommendationRow.number).join(
                    RecommendationRow, col(RecommendationRow.id) == ActionRow.recommendation_id
                )
            )
        ),
    )
