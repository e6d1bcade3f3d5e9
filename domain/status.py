"""The status words of cases, clocks, tasks, notices, delays and learning actions, spelled once.

Each value is exactly what the case store holds and what `--json` prints; a member compares
equal to its value, so rows read back as plain strings compare with the members directly.
"""

from enum import StrEnum


class CaseStatus(StrEnum):
    """A case as the store keeps it."""

    OPEN = "open"


class ClockStatus(StrEnum):
    """A clock as the ledger keeps it."""

    OPEN = "open"
    MET = "met"
    STOPPED = "stopped"


class ClockState(StrEnum):
    """A clock as of a day: its stored status, or paused or breached while it is open."""

    OPEN = "open"
    PAUSED = "paused"
    BREACHED = "breached"  # open and past its due date
    MET = "met"
    STOPPED = "stopped"


class ClockChangeKind(StrEnum):
    """What one entry of a clock's history did to it."""

    PLANNED = "planned"
    MOVED = "moved"  # re-planned to a new due date while open
    REOPENED = "reopened"  # re-planned after it was met or stopped
    MET = "met"
    STOPPED = "stopped"
    PAUSED = "paused"
    RESUMED = "resumed"
    EXTENDED = "extended"
    CORRECTED = "corrected"  # the aware date was corrected
    REPROJECTED = "reprojected"  # re-counted on a changed calendar
    REPLANNED = "replanned"  # its anchor event was recorded: counted from it, no longer provisional
    NOTED = "noted"  # a fact recorded against the clock that leaves it as it was


class CriterionFinding(StrEnum):
    """What the ICSC found on one criterion of 19.15 or 19.16."""

    MET = "met"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"


class TaskStatus(StrEnum):
    """Work someone owes."""

    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class NoticeStatus(StrEnum):
    """A notice (or the SLT digest) in the outbox."""

    QUEUED = "queued"
    SENDING = "sending"  # claimed by one dispatcher
    DELIVERED = "delivered"
    FAILED = "failed"  # given up by an earlier cspr; `cspr notices retry` re-queues it
    PARKED = "parked"  # waiting for a person: refused for good, out of attempts, or may have been sent


class DeliveryOutcome(StrEnum):
    """What one dispatch did with one notice."""

    DELIVERED = "delivered"
    QUEUED = "queued"  # the attempt failed; the next dispatch retries
    FAILED = "failed"
    PARKED = "parked"  # refused for good or out of attempts: a person checks (a support-team task)
    SKIPPED = "skipped"  # not queued (another dispatcher has it, or it went already)


class DelayStatus(StrEnum):
    """A request to delay publication, and the SLT's answer (19.25)."""

    REQUESTED = "requested"
    APPROVED = "approved"
    REFUSED = "refused"


class ActionStatus(StrEnum):
    """A learning action as the store keeps it."""

    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class ActionState(StrEnum):
    """A learning action as of a day, in the order `cspr actions` lists them."""

    OPEN = "open"
    OVERDUE = "overdue"  # open and past its due date
    DONE = "done"
    CANCELLED = "cancelled"


class Rag(StrEnum):
    """The SLT digest's red / amber / green status of an open clock."""

    RED = "red"
    AMBER = "amber"
    GREEN = "green"
