"""The status enums are stored in SQLite as their values, and read back equal to the members."""

import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from sqlmodel import Session, select

from domain.lifecycle import Stage
from domain.status import ClockChangeKind, ClockStatus, NoticeStatus, TaskStatus
from store.database import make_engine
from store.tables import CaseRow, ClockChangeRow, ClockRow, NoticeRow, TaskRow

DAY = date(2026, 12, 17)
AT = datetime(2026, 12, 17, 9, tzinfo=UTC)


def _case() -> CaseRow:
    return CaseRow(
        reference="SYN-2026-0001",
        intake_key="k",
        local_authority="hackney",
        incident_date=DAY,
        aware_date=DAY,
        harm="death",
        abuse_or_neglect="known",
        location="in_area",
        looked_after=False,
        criminal_investigation=False,
        summary="Synthetic.",
        reported_by="Synthetic",
        created_at=AT,
        logged_by="Sam Support (support_team)",
    )


def test_members_are_written_as_their_values_and_read_back_as_equal_strings(tmp_path: Path):
    path = tmp_path / "cspr.db"
    engine = make_engine(f"sqlite:///{path}")
    with Session(engine) as s:
        case = _case()
        s.add(case)
        s.flush()
        assert case.id is not None
        clock = ClockRow(
            case_id=case.id,
            kind="panel_notification",
            start=DAY,
            due=DAY,
            action_by=DAY,
            working_days=5,
            statutory=True,
            basis="19.5",
            owner="o",
            recipients="r",
            explanation="e",
            status=ClockStatus.MET,
        )
        s.add(clock)
        s.flush()
        assert clock.id is not None
        s.add(
            ClockChangeRow(clock_id=clock.id, change=ClockChangeKind.EXTENDED, reason="r", actor="a", at=AT)
        )
        s.add(
            TaskRow(
                case_id=case.id,
                kind="k",
                title="t",
                owner_role="icsc",
                assignee="a",
                due=DAY,
                follow_up=DAY,
                status=TaskStatus.DONE,
            )
        )
        s.add(
            NoticeRow(
                case_id=case.id,
                kind="k",
                dedupe_key="k",
                recipients=[],
                subject="s",
                body_text="t",
                body_html="h",
                created_at=AT,
                status=NoticeStatus.SENDING,
            )
        )
        s.commit()
    engine.dispose()

    raw = sqlite3.connect(path)
    try:
        stored = {
            "case": raw.execute("SELECT status, stage FROM cases").fetchone(),
            "clock": raw.execute("SELECT status FROM clocks").fetchone(),
            "change": raw.execute("SELECT change FROM clock_changes").fetchone(),
            "task": raw.execute("SELECT status FROM tasks").fetchone(),
            "notice": raw.execute("SELECT status FROM notices").fetchone(),
        }
    finally:
        raw.close()
    assert stored == {
        "case": ("open", "intake"),
        "clock": ("met",),
        "change": ("extended",),
        "task": ("done",),
        "notice": ("sending",),
    }
    assert all(type(v) is str for row in stored.values() for v in row)

    engine = make_engine(f"sqlite:///{path}")
    with Session(engine) as s:
        case = s.exec(select(CaseRow)).one()
        clock = s.exec(select(ClockRow)).one()
        met = s.exec(select(ClockRow).where(ClockRow.status == ClockStatus.MET)).all()
    engine.dispose()
    assert case.stage == Stage.INTAKE and clock.status == ClockStatus.MET and len(met) == 1
    assert json.dumps({"status": ClockStatus.MET, ClockStatus.OPEN: 1}) == '{"status": "met", "open": 1}'
