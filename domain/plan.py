"""The clock plan: which statutory clocks and internal targets apply to a case, and when each is due.

A pure function of the case's facts, the events so far, the working-day calendar
and the partnership's rule overrides. Clocks whose anchor event has not happened
yet are not planned; they appear once the event is given.
"""

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Protocol

from calendars import WorkingCalendar
from domain.clocks import Explanation, PlannedClock
from domain.dates import add_months, long_date
from domain.events import CaseEvents
from domain.facts import CaseFacts
from domain.kinds import ClockKind
from domain.rules import ANCHOR_LABELS, Anchor, ClockRule, HasRules, Unit, rule_table


class Partnership(HasRules, Protocol):
    """What the plan needs of a partnership configuration."""

    @property
    def partner_ids(self) -> Iterable[str]: ...


class _Projector:
    """Turns a rule and an anchor date into a PlannedClock with its explanation."""

    def __init__(self, calendar: WorkingCalendar, rules: dict[ClockKind, ClockRule]) -> None:
        self.calendar = calendar
        self.rules = rules

    def project(
        self,
        kind: ClockKind,
        anchor_date: date,
        *,
        start: date | None = None,
        party: str | None = None,
        notes: tuple[str, ...] = (),
        provisional: bool = False,
        anchor_label: str | None = None,
    ) -> PlannedClock:
        rule = self.rules[kind]
        cal = self.calendar
        start = anchor_date if start is None else start
        label = anchor_label or ANCHOR_LABELS[rule.anchor]
        if rule.unit is Unit.WORKING_DAYS_AFTER:
            due = cal.add_working_days(anchor_date, rule.amount)
            action_by, moved = due, cal.explain(anchor_date, due)
        elif rule.unit is Unit.WORKING_DAYS_BEFORE:
            due = cal.add_working_days(anchor_date, -rule.amount)
            action_by = due
            day_before = anchor_date - timedelta(days=1)
            moved = cal.explain(due, day_before) if day_before >= due else []
        else:
            due = add_months(anchor_date, rule.amount)
            notes = notes + _month_notes(anchor_date, due, cal)
            action_by = due if cal.is_working_day(due) else cal.previous_working_day(due)
            name = cal.name_of(due)
            moved = [(due, name)] if name else []
        explanation = Explanation(
            anchor=label,
            anchor_date=anchor_date,
            rule=rule.describe(label),
            source=rule.source,
            moved_by=tuple(moved),
            notes=notes,
        )
        return PlannedClock(
            kind=kind,
            start=start,
            due=due,
            action_by=action_by,
            working_days=cal.working_days_between(start, due),
            statutory=rule.statutory,
            source=rule.source,
            owner=rule.owner,
            to=rule.to,
            explanation=explanation,
            party=party,
            provisional=provisional,
        )


def _month_notes(anchor: date, due: date, cal: WorkingCalendar) -> tuple[str, ...]:
    notes: list[str] = []
    if due.day != anchor.day:
        notes.append(
            f"{long_date(due)} is the last day of that month (day {anchor.day} does not exist there)."
        )
    if not cal.is_working_day(due):
        notes.append(
            f"{long_date(due)} is not a working day: the statutory date stands; "
            f"the last working day before it is {long_date(cal.previous_working_day(due))}."
        )
    return tuple(notes)


def plan_clocks(
    facts: CaseFacts,
    calendar: WorkingCalendar,
    partnership: Partnership | None = None,
    events: CaseEvents | None = None,
) -> tuple[PlannedClock, ...]:
    """Every clock that applies to the case given the events so far, in order of due date."""
    if not isinstance(facts, CaseFacts):
        raise ValueError(f"facts: expected CaseFacts, got {type(facts).__name__}")
    events = CaseEvents() if events is None else events
    events.check_against(facts.aware_date)
    rules = rule_table(partnership)
    p = _Projector(calendar, rules)
    aware = facts.aware_date
    clocks: list[PlannedClock] = []

    if facts.notifiable:
        clocks.append(p.project(ClockKind.PANEL_NOTIFICATION, aware))
        clocks.append(p.project(ClockKind.PARTNER_NOTICE, aware))
    if facts.looked_after_child_died:
        clocks.append(p.project(ClockKind.LAC_DEATH_NOTICE, aware))
    if facts.rapid_review_due:
        clocks.extend(_rapid_review_clocks(p, facts, events))
    if events.icsc_decided_on is not None:
        decided = events.icsc_decided_on
        parties: Iterable[str | None] = tuple(partnership.partner_ids) if partnership is not None else (None,)
        for party in parties:
            clocks.append(p.project(ClockKind.PARTNER_RATIFICATION, decided, party=party))
        hold = (
            ("Held until the police and the CPS are consulted: criminal proceedings are live (19.22).",)
            if facts.criminal_investigation
            else ()
        )
        clocks.append(p.project(ClockKind.FAMILY_NOTIFICATION, decided, notes=hold))
    if events.panel_disagreed_on is not None:
        clocks.append(p.project(ClockKind.RECONSIDERATION_MEETING, events.panel_disagreed_on))
    if events.local_review_decided_on is not None:
        clocks.append(p.project(ClockKind.PUBLICATION, events.local_review_decided_on))
    if events.publication_planned_for is not None:
        start = events.local_review_decided_on or events.icsc_decided_on or aware
        clocks.append(p.project(ClockKind.PRE_PUBLICATION_COPY, events.publication_planned_for, start=start))
    for kind, on in (
        (ClockKind.DELAY_NOTICE, events.delay_approved_on),
        (ClockKind.NON_PUBLICATION_JUSTIFICATION, events.non_publication_decided_on),
        (ClockKind.REPOSITORY_SUBMISSION, events.published_on),
    ):
        if on is not None:
            clocks.append(p.project(kind, on))
    return tuple(sorted(clocks, key=lambda c: (c.due, c.key)))


def _rapid_review_clocks(p: _Projector, facts: CaseFacts, events: CaseEvents) -> list[PlannedClock]:
    """The rapid review to the Panel (19.13) and the ICSC's decision that it includes."""
    rule = p.rules[ClockKind.RAPID_REVIEW_SUBMISSION]
    notes: tuple[str, ...]
    start, notes, provisional, label = facts.aware_date, (), False, None
    if rule.anchor is Anchor.PANEL_NOTIFICATION_SENT:
        if events.panel_notification_sent_on is not None:
            start = events.panel_notification_sent_on
        else:
            provisional, label = True, ANCHOR_LABELS[Anchor.AWARE]
            notes = ("Provisional: counted from awareness until the Panel notification is recorded as sent.",)
    rapid = p.project(
        ClockKind.RAPID_REVIEW_SUBMISSION, start, notes=notes, provisional=provisional, anchor_label=label
    )
    clocks = []
    decision_notes: tuple[str, ...] = ()
    if facts.notifiable:
        clocks.append(rapid)
    else:
        decision_notes = (
            f"Raised for the ICSC's discretion (19.17): nothing goes to the Panel; the target "
            f"counts as if a rapid review were due {long_date(rapid.due)}.",
        )
    clocks.append(
        p.project(
            ClockKind.ICSC_DECISION, rapid.due, start=start, notes=decision_notes, provisional=provisional
        )
    )
    return clocks
