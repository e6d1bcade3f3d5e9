"""Compute the annual report's figures from its facts, a reporting year, a calendar and the day.

How it counts, so that a reader can check any figure by hand:

- **The reporting year** runs from the 1st of ``year_start_month`` (default April) for twelve
  months: year 2026 is 1 Apr 2026 to 31 Mar 2027, labelled "2026-27". The report is made
  "as of" the earlier of the year's last day and today.
- **Incidents notified**: cases whose local authority became aware in the year, other than cases
  raised for the ICSC's discretion (19.17), which are counted separately.
- **Clocks**: a clock counts in the year its (current) due date falls in. It was met on time if
  ``met_on <= due``; late if met after its due date, or still open after it as of the report
  (working days late counted to the report's day). Stopped and paused clocks, and open clocks
  not yet due, are left out. Per-partner clocks (ratification) count one each.
- **Decisions by outcome**: each case's latest decision made in the year; revisions made in the
  year are counted too. For each of those decisions, every criterion of 19.15 and 19.16 as the
  ICSC found it (met, not met, not applicable; "not recorded" for a decision stored before
  each criterion was recorded), and how many decisions found each criterion met.
- **Reviews published** in the year, and how many within six calendar months of the decision
  to hold the review (19.24: the statutory date, not a date moved by an approved delay).
- **Delays** requested in the year, with the circumstance and reason and the SLT's answer.
- **Non-publication**: decisions not to publish (19.27) made in the year.
- **Learning actions** (004 §3.18): completed in the year; open as of the report; of those
  overdue; and carried forward: open at the start of the year (added before it and not done
  by then), with how many of those were completed in the year. Cancelled actions are left out
  and counted on their own.
"""

from collections import Counter
from datetime import date, timedelta

from calendars import WorkingCalendar
from domain.dates import add_months
from domain.decisions import CRITERIA, Outcome
from domain.escalation import LABELS
from domain.kinds import ClockKind, WithheldScope
from domain.reports.annual.facts import ActionFact, DecisionFact, Facts
from domain.reports.annual.figures import (
    Actions,
    AgencyActions,
    AnnualReport,
    ClockLine,
    Considered,
    Decisions,
    Incidents,
    LateClock,
    NonPublication,
    OpenReview,
    OverdueAction,
    PublishedReview,
    Timeline,
)
from domain.reports.annual.year import ReportingYear
from domain.status import ActionStatus, ClockStatus, CriterionFinding, DelayStatus

OUTCOMES = tuple(Outcome)
CLOCK_ORDER = tuple(ClockKind)


def _clocks(
    facts: Facts, year: ReportingYear, as_of: date, cal: WorkingCalendar
) -> tuple[list[ClockLine], list[LateClock]]:
    totals: Counter[str] = Counter()
    on_time: Counter[str] = Counter()
    statutory: dict[str, bool] = {}
    late: list[LateClock] = []
    for c in facts.clocks:
        if c.due not in year or c.status == ClockStatus.STOPPED or c.paused:
            continue
        if c.status == ClockStatus.OPEN and c.due >= as_of:
            continue  # not yet due: neither met nor late
        totals[c.kind] += 1
        statutory[c.kind] = statutory.get(c.kind, False) or c.statutory
        if c.status == ClockStatus.MET and c.met_on is not None and c.met_on <= c.due:
            on_time[c.kind] += 1
            continue
        until = c.met_on if c.status == ClockStatus.MET and c.met_on is not None else as_of
        late.append(
            LateClock(
                c.reference,
                c.kind,
                _label(c.kind),
                c.party,
                c.due,
                c.met_on if c.status == ClockStatus.MET else None,
                max(cal.working_days_between(c.due, until), 0),
            )
        )
    order = {str(k): i for i, k in enumerate(CLOCK_ORDER)}
    lines = [
        ClockLine(k, _label(k), statutory[k], totals[k], on_time[k])
        for k in sorted(totals, key=lambda k: (order.get(k, 99), k))
    ]
    late.sort(key=lambda x: (order.get(x.kind, 99), x.reference, x.party))
    return lines, late


def _label(kind: str) -> str:
    try:
        return LABELS[ClockKind(kind)]
    except ValueError:
        return kind.replace("_", " ").capitalize()


NOT_RECORDED = "not_recorded"  # a decision stored before each criterion was recorded


def _decisions(facts: Facts, year: ReportingYear) -> Decisions:
    latest: dict[str, DecisionFact] = {}
    revisions = 0
    for d in facts.decisions:
        if d.decided_on not in year:
            continue
        revisions += d.revision > 1
        if d.reference not in latest or d.revision > latest[d.reference].revision:
            latest[d.reference] = d
    counts = Counter(d.outcome for d in latest.values())
    considered = [
        Considered(
            d.reference,
            d.revision,
            d.outcome,
            d.decided_on,
            {code: dict(d.considered).get(code, NOT_RECORDED) for code in CRITERIA},
        )
        for d in sorted(latest.values(), key=lambda d: d.reference)
    ]
    met = {code: sum(1 for c in considered if c.findings[code] == CriterionFinding.MET) for code in CRITERIA}
    return Decisions(
        {o: counts.get(o, 0) for o in (*OUTCOMES, *sorted(set(counts) - set(OUTCOMES)))},
        revisions,
        considered,
        met,
    )


def _reviews(
    facts: Facts, year: ReportingYear, as_of: date
) -> tuple[list[PublishedReview], list[OpenReview], list[NonPublication]]:
    approved = {d.reference for d in facts.delays if d.status == DelayStatus.APPROVED}
    actions = Counter(
        a.reference for a in facts.actions if a.added_on <= as_of and a.status != ActionStatus.CANCELLED
    )
    published, in_progress, withheld = [], [], []
    for r in sorted(facts.reviews, key=lambda r: (r.opened_on, r.reference)):
        six = add_months(r.opened_on, 6)
        if r.published_on is not None and r.published_on in year:
            published.append(
                PublishedReview(
                    r.reference,
                    r.opened_on,
                    six,
                    r.published_on,
                    r.published_on <= six,
                    r.reference in approved,
                    "improvements" if r.withheld_scope == WithheldScope.FULL else "report",
                )
            )
        if r.withheld_on is not None and r.withheld_on in year and r.withheld_scope:
            withheld.append(NonPublication(r.reference, r.withheld_on, r.withheld_scope))
        published_by = r.published_on is not None and r.published_on <= as_of
        nothing_to_publish = (
            r.withheld_scope == WithheldScope.IMPROVEMENTS and (r.withheld_on or as_of) <= as_of
        )
        if r.opened_on <= as_of and not published_by and not nothing_to_publish:
            in_progress.append(OpenReview(r.reference, r.opened_on, six, actions[r.reference]))
    return published, in_progress, withheld


def _actions(facts: Facts, year: ReportingYear, as_of: date, cal: WorkingCalendar) -> Actions:
    live = [a for a in facts.actions if a.status != ActionStatus.CANCELLED and a.added_on <= as_of]

    def open_on(a: ActionFact, day: date) -> bool:
        return a.added_on <= day and (a.completed_on is None or a.completed_on > day)

    before = year.start - timedelta(days=1)
    completed = [
        a for a in live if a.completed_on is not None and a.completed_on in year and a.completed_on <= as_of
    ]
    still_open = [a for a in live if open_on(a, as_of)]
    overdue = [a for a in still_open if a.due < as_of]
    carried = [a for a in live if a.added_on < year.start and open_on(a, before)]
    carried_ids = {a.id for a in carried}
    agencies = sorted({a.agency for a in (*completed, *still_open)}, key=str.lower)
    by_agency = [
        AgencyActions(
            g,
            sum(a.agency == g for a in completed),
            sum(a.agency == g for a in still_open),
            sum(a.agency == g for a in overdue),
        )
        for g in agencies
    ]
    overdue_list = sorted(
        (
            OverdueAction(
                a.id,
                a.reference,
                a.recommendation,
                a.agency,
                a.due,
                cal.working_days_between(a.due, as_of),
                a.id in carried_ids,
            )
            for a in overdue
        ),
        key=lambda o: (-o.working_days_overdue, o.reference, o.id),
    )
    return Actions(
        completed=len(completed),
        open=len(still_open),
        overdue=len(overdue),
        cancelled=sum(1 for a in facts.actions if a.status == ActionStatus.CANCELLED),
        carried_forward=len(carried),
        carried_forward_completed=sum(1 for a in completed if a.id in carried_ids),
        by_agency=by_agency,
        overdue_list=overdue_list,
    )


def _timeline(facts: Facts, year: ReportingYear, as_of: date) -> list[Timeline]:
    published = {r.reference: r.published_on for r in facts.reviews}
    first_decision: dict[str, date] = {}
    for d in facts.decisions:
        if d.reference not in first_decision or d.decided_on < first_decision[d.reference]:
            first_decision[d.reference] = d.decided_on
    notified = {
        c.reference: c.met_on
        for c in facts.clocks
        if c.kind == ClockKind.PANEL_NOTIFICATION and c.status == ClockStatus.MET
    }

    def seen(day: date | None) -> date | None:
        return day if day is not None and day <= as_of else None

    rows = []
    for c in facts.cases:
        pub = published.get(c.reference)
        if c.aware_date in year or (pub is not None and pub in year):
            rows.append(
                Timeline(
                    c.reference,
                    c.aware_date,
                    seen(notified.get(c.reference)),
                    seen(first_decision.get(c.reference)),
                    seen(c.rapid_review_submitted_on),
                    seen(pub),
                )
            )
    return sorted(rows, key=lambda t: (t.aware, t.reference))


def compute(
    facts: Facts, year: ReportingYear, calendar: WorkingCalendar, today: date, partnership: str = ""
) -> AnnualReport:
    """The annual report's figures for ``year``, as of the earlier of its last day and today."""
    as_of = min(year.end, today)
    if as_of < year.start:
        raise ValueError(
            f"the {year.label} reporting year starts on {year.start.isoformat()}, "
            f"after today ({today.isoformat()}); there is nothing to report yet"
        )
    aware = [c for c in facts.cases if c.aware_date in year and c.aware_date <= as_of]
    notified = [c for c in aware if not c.considered_at_discretion]
    incidents = Incidents(
        len(notified), dict(sorted(Counter(c.harm for c in notified).items())), len(aware) - len(notified)
    )
    clocks, late = _clocks(facts, year, as_of, calendar)
    published, in_progress, withheld = _reviews(facts, year, as_of)
    delays = [d for d in facts.delays if d.requested_on in year and d.requested_on <= as_of]
    return AnnualReport(
        partnership=partnership,
        period=year,
        as_of=as_of,
        incidents=incidents,
        clocks=clocks,
        late_clocks=late,
        decisions=_decisions(facts, year),
        published=published,
        in_progress=in_progress,
        delays=sorted(delays, key=lambda d: (d.requested_on, d.reference)),
        non_publication=withheld,
        actions=_actions(facts, year, as_of, calendar),
        timeline=_timeline(facts, year, as_of),
    )
