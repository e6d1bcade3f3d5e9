"""log_incident and record_notice_sent against a real SQLite case store and the real templates.

Dates: aware Thu 24 Dec 2026. Christmas Fri 25, Boxing Day Sat 26 (substitute Mon 28 Dec) and
New Year's Day Fri 1 Jan 2027 are not working days, so the Panel notification is due Tue 5 Jan
2027, the rapid review Tue 19 Jan 2027 and the ICSC's target Fri 15 Jan 2027.
"""

import threading
from dataclasses import replace
from datetime import date

import pytest
from sqlmodel import Session, func, select

from domain.actors import Actor
from domain.commands import RecordNoticeSent
from domain.errors import CommandRefused, NotPermitted, WrongState
from domain.incident import IncidentReport
from notifications import NoticeRenderer
from store import audit
from store.queries import case_view
from store.tables import AuditEventRow, CaseRow, ClockRow, NoticeRow, TaskRow
from tests.conftest import at, incident
from workflows.handlers.intake import log_incident, record_notice_sent

SUPPORT = Actor("Sam Support", "support_team")
TODAY = date(2026, 12, 29)


def report(**changes: object) -> IncidentReport:
    return IncidentReport.model_validate(incident(**changes))


def counts(services) -> dict[str, int]:
    with Session(services.engine) as s:
        return {
            t.__tablename__: s.exec(select(func.count()).select_from(t)).one()
            for t in (CaseRow, ClockRow, TaskRow, NoticeRow, AuditEventRow)
        }


def test_logging_an_incident_opens_the_case_with_clocks_tasks_and_notices(services):
    result = log_incident(services, SUPPORT, report(), at(TODAY))
    assert result.reference == "CHSCP-2026-0001" and result.created
    with Session(services.engine) as s:
        view = case_view(s, result.reference, TODAY, services.calendar)
    dues = {c["kind"]: c["due"] for c in view["clocks"]}
    assert dues == {
        "panel_notification": "2027-01-05",
        "partner_notice": "2027-01-05",
        "icsc_decision": "2027-01-15",
        "rapid_review_submission": "2027-01-19",
    }
    assert {c["status"] for c in view["clocks"]} == {"open"}
    # Tue 29 Dec 2026 to Tue 5 Jan 2027: Wed 30, Thu 31, Mon 4, Tue 5 (New Year's Day Fri 1 Jan).
    panel = next(c for c in view["clocks"] if c["kind"] == "panel_notification")
    assert panel["working_days_left"] == 4
    assert {t["kind"]: (t["owner_role"], t["due"]) for t in view["tasks"]} == {
        "panel_notification": ("support_team", "2027-01-05"),
        "partner_notice": ("support_team", "2027-01-05"),
        "icsc_decision": ("icsc", "2027-01-15"),
        "rapid_review_submission": ("spa", "2027-01-19"),
    }
    notices = {n["kind"]: n for n in view["notices"]}
    assert set(notices) == {"panel_notification", "partner_notice", "icsc_decision_request"}
    # The Panel is notified through its online form (19.7): the notice goes to the local
    # authority holding the duty and the support team, ready to copy.
    assert notices["panel_notification"]["to"] == [
        services.partnership.local_authority("hackney").email,
        services.partnership.contacts.support_team.email,
    ]
    partner_to = set(notices["partner_notice"]["to"])
    assert {p.email for p in services.partnership.partners} <= partner_to
    assert services.partnership.contacts.icsc.email in partner_to
    assert services.partnership.contacts.support_team.email in partner_to
    assert all(n["status"] == "queued" for n in notices.values())
    assert result.reference in notices["panel_notification"]["subject"]


def test_looked_after_child_death_queues_the_secretary_of_state_notice(services):
    result = log_incident(services, SUPPORT, report(harm="death", looked_after=True), at(TODAY))
    with Session(services.engine) as s:
        view = case_view(s, result.reference, TODAY, services.calendar)
    lac = next(n for n in view["notices"] if n["kind"] == "lac_death_notice")
    x = services.partnership.external
    assert lac["to"] == [x.secretary_of_state.email, x.ofsted.email]


def test_the_same_incident_logged_twice_is_the_same_case(services):
    first = log_incident(services, SUPPORT, report(), at(TODAY))
    before = counts(services)
    again = log_incident(services, SUPPORT, report(), at(TODAY))
    assert again.reference == first.reference and not again.created
    assert counts(services) == before
    with pytest.raises(CommandRefused, match="already case CHSCP-2026-0001, logged with a different summary"):
        log_incident(services, SUPPORT, report(summary="Reworded summary"), at(TODAY))
    assert counts(services) == before
    other = log_incident(services, SUPPORT, report(reference="SYN-0002"), at(TODAY))
    assert other.reference == "CHSCP-2026-0002" and other.created


def test_twenty_threads_logging_the_same_incident_make_one_case(services):
    results, errors = [], []

    def log() -> None:
        try:
            results.append(log_incident(services, SUPPORT, report(), at(TODAY)))
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=log) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert {r.reference for r in results} == {"CHSCP-2026-0001"}
    assert sum(r.created for r in results) == 1
    assert counts(services)["notices"] == 3


@pytest.mark.parametrize(
    ("changes", "actor", "error", "message"),
    [
        ({}, Actor("Ivy", "icsc"), NotPermitted, "role icsc may not do this"),
        ({"aware_date": "2027-01-04"}, SUPPORT, CommandRefused, "aware_date: 2027-01-04 is in the future"),
        ({"local_authority": "camden"}, SUPPORT, ValueError, "unknown local authority 'camden'"),
        ({"abuse_or_neglect": "not_suspected"}, SUPPORT, WrongState, "cspr case consider"),
    ],
)
def test_refused_intake_stores_nothing(services, changes, actor, error, message):
    with pytest.raises(error, match=message):
        log_incident(services, actor, report(**changes), at(TODAY))
    assert counts(services) == dict.fromkeys(counts(services), 0)


def test_a_notice_that_cannot_render_rolls_the_whole_case_back(services, tmp_path):
    broken = replace(services, renderer=NoticeRenderer(tmp_path))  # a folder with no templates
    with pytest.raises(ValueError, match="no notice template"):
        log_incident(broken, SUPPORT, report(), at(TODAY))
    assert counts(services) == dict.fromkeys(counts(services), 0)


def test_recording_the_panel_notification_meets_its_clock_and_closes_its_task(services):
    ref = log_incident(services, SUPPORT, report(), at(TODAY)).reference
    record_notice_sent(
        services,
        SUPPORT,
        RecordNoticeSent(reference=ref, kind="panel_notification", on=date(2026, 12, 29)),
        at(TODAY),
    )
    with Session(services.engine) as s:
        view = case_view(s, ref, TODAY, services.calendar)
    panel = next(c for c in view["clocks"] if c["kind"] == "panel_notification")
    assert (panel["status"], panel["met_on"]) == ("met", "2026-12-29")
    assert panel["history"][-1]["change"] == "met"
    task = next(t for t in view["tasks"] if t["kind"] == "panel_notification")
    assert task["status"] == "done"
    # Recording the same day again changes nothing; another day is refused.
    before = counts(services)
    record_notice_sent(
        services,
        SUPPORT,
        RecordNoticeSent(reference=ref, kind="panel_notification", on=date(2026, 12, 29)),
        at(TODAY),
    )
    assert counts(services) == before
    with pytest.raises(WrongState, match="already recorded as sent on 2026-12-29"):
        record_notice_sent(
            services,
            SUPPORT,
            RecordNoticeSent(reference=ref, kind="panel_notification", on=date(2026, 12, 28)),
            at(TODAY),
        )


@pytest.mark.parametrize(
    ("kind", "on", "message"),
    [
        ("panel_notification", date(2026, 12, 30), "in the future"),
        ("panel_notification", date(2026, 12, 23), "before the local authority became aware"),
        ("rapid_review", date(2026, 12, 28), "not a notice with a clock"),
        ("lac_death_notice", date(2026, 12, 28), "has no lac_death_notice clock"),
    ],
)
def test_bad_notice_records_are_refused(services, kind, on, message):
    ref = log_incident(services, SUPPORT, report(), at(TODAY)).reference
    before = counts(services)
    with pytest.raises(CommandRefused, match=message):
        record_notice_sent(
            services, SUPPORT, RecordNoticeSent(reference=ref, kind=kind, on=on), at(date(2026, 12, 29))
        )
    assert counts(services) == before


def test_audit_chain_verifies_and_shows_where_it_was_tampered_with(services):
    ref = log_incident(services, SUPPORT, report(), at(TODAY)).reference
    log_incident(services, SUPPORT, report(reference="SYN-0002"), at(TODAY))
    record_notice_sent(
        services,
        SUPPORT,
        RecordNoticeSent(reference=ref, kind="partner_notice", on=date(2026, 12, 29)),
        at(TODAY),
    )
    with Session(services.engine) as s:
        assert audit.verify(s).ok and audit.verify(s).events == 3
        row = s.get(AuditEventRow, 2)
        row.detail = {**row.detail, "aware_date": "2026-12-01"}
        s.add(row)
        s.commit()
        report_ = audit.verify(s)
    assert not report_.ok and report_.broken_at == 2
    assert "changed after it was written" in report_.problem
