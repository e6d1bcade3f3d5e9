"""`WorkingCalendar`: working-day arithmetic over a fixed, precomputed range of dates.

Everything is computed once at construction; the queries index precomputed tables (or bisect
one sorted list), so none of them walks day by day.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any, NoReturn

__all__ = ["WorkingCalendar", "as_date"]


def as_date(value: object, what: str = "a date") -> date:
    """Return ``value`` as a plain `datetime.date`, or raise ValueError naming the problem.

    Accepts `date` and its subclasses (e.g. ``pendulum.Date``); rejects `datetime` (and
    ``pendulum.DateTime``), strings, None and anything else.
    """
    if type(value) is date:
        return value
    if isinstance(value, datetime):
        raise ValueError(f"expected {what}, got {type(value).__name__} {value}; pass .date()")
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    if value is None:
        raise ValueError(f"expected {what}, got None")
    raise ValueError(f"expected {what}, got {type(value).__name__} {value!r}")


def _check_n(n: object) -> int:
    """Return ``n`` if it is an int (not a bool); raise ValueError otherwise."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise ValueError(f"expected an int number of working days, got {type(n).__name__} {n!r}")
    return int(n)


class WorkingCalendar:
    """Working days (Monday to Friday, not a named non-working day) from `first` to `last`.

    Built from two lists of named non-working days: ``bank_holidays`` (national days, including
    substitute and one-off days) and ``closures`` (local closure days).  Where both name a date
    the bank holiday's name is kept.  Days named twice within one list have their distinct
    names joined with "; ".  All dates must lie within ``[first, last]``.

    Instances are immutable.  Every method raises ValueError for a `datetime`, a non-date, a
    non-int (or bool) count, or a date or result outside ``[first, last]``.  Results are plain
    `datetime.date` objects even when a `date` subclass (e.g. ``pendulum.Date``) is passed in.
    """

    __slots__ = (
        "_bank_holiday",
        "_base",
        "_first",
        "_last",
        "_named_names",
        "_named_ords",
        "_names",
        "_next_idx",
        "_prev_idx",
        "_rank",
        "_size",
        "_spec",
        "_working",
        "_working_days",
    )

    _base: int
    _bank_holiday: bytes
    _first: date
    _last: date
    _named_names: tuple[str, ...]
    _named_ords: tuple[int, ...]
    _names: dict[int, str]
    _next_idx: tuple[int, ...]
    _prev_idx: tuple[int, ...]
    _rank: tuple[int, ...]
    _size: int
    _spec: tuple[date, date, tuple[tuple[date, str], ...], tuple[tuple[date, str], ...]]
    _working: bytes
    _working_days: tuple[date, ...]

    def __init__(
        self,
        first: date,
        last: date,
        bank_holidays: Iterable[tuple[date, str]],
        closures: Iterable[tuple[date, str]] = (),
    ) -> None:
        first = as_date(first, "a first date")
        last = as_date(last, "a last date")
        if last < first:
            raise ValueError(f"calendar range is empty: last {last} is before first {first}")
        base = first.toordinal()
        size = last.toordinal() - base + 1
        put = object.__setattr__
        put(self, "_first", first)
        put(self, "_last", last)
        put(self, "_base", base)
        put(self, "_size", size)

        holiday_list = tuple(bank_holidays)
        closure_list = tuple(closures)
        holiday_names = self._collect(holiday_list, "bank holiday")
        closure_names = self._collect(closure_list, "closure day")
        put(self, "_spec", (first, last, holiday_list, closure_list))
        names = {**closure_names, **holiday_names}  # a bank holiday's name wins

        working = bytearray(size)
        bank_holiday = bytearray(size)
        weekday = first.weekday()
        for i in range(size):
            working[i] = (weekday + i) % 7 < 5
        for ordinal in names:
            working[ordinal - base] = 0
        for ordinal in holiday_names:
            # GOV.UK lists only weekday bank holidays: Boxing Day on a Saturday is named but
            # the day off is its substitute Monday.
            bank_holiday[ordinal - base] = (weekday + ordinal - base) % 7 < 5

        # rank[i]: the number of working days in [first, first + i].
        rank = [0] * size
        working_days: list[date] = []
        count = 0
        for i in range(size):
            if working[i]:
                count += 1
                working_days.append(first + timedelta(days=i))
            rank[i] = count
        # working_days[rank[i]] is the first working day after first + i, so for n > 0 the n-th
        # is working_days[next_idx[i] + n] with next_idx[i] = rank[i] - 1.  prev_idx[i] counts
        # the working days strictly before first + i, so for n < 0 the |n|-th working day
        # before it is working_days[prev_idx[i] + n].
        next_idx = tuple(r - 1 for r in rank)
        prev_idx = tuple(rank[i] - working[i] for i in range(size))

        ordered = sorted(names.items())
        put(self, "_working", bytes(working))
        put(self, "_bank_holiday", bytes(bank_holiday))
        put(self, "_rank", tuple(rank))
        put(self, "_working_days", tuple(working_days))
        put(self, "_next_idx", next_idx)
        put(self, "_prev_idx", prev_idx)
        put(self, "_names", names)
        put(self, "_named_ords", tuple(o for o, _ in ordered))
        put(self, "_named_names", tuple(n for _, n in ordered))

    def _collect(self, days: Iterable[tuple[date, str]], kind: str) -> dict[int, str]:
        """Validate (date, name) pairs; return {ordinal: name}, joining distinct names."""
        out: dict[int, str] = {}
        for item in days:
            try:
                raw_day, name = item
            except (TypeError, ValueError):
                raise ValueError(f"expected a (date, name) pair for a {kind}, got {item!r}") from None
            day = as_date(raw_day, f"a {kind} date")
            if not isinstance(name, str) or not name:
                raise ValueError(f"{kind} {day} needs a non-empty str name, got {name!r}")
            if not self._first <= day <= self._last:
                raise ValueError(f"{kind} {day} ({name}) is outside {self._range_text()}")
            ordinal = day.toordinal()
            old = out.get(ordinal)
            if old is None:
                out[ordinal] = name
            elif name not in old.split("; "):
                out[ordinal] = f"{old}; {name}"
        return out

    # -- immutability and display -------------------------------------------------------------

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise AttributeError(f"WorkingCalendar is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"WorkingCalendar is immutable; cannot delete {name!r}")

    def __reduce__(self) -> tuple[type[WorkingCalendar], tuple[Any, ...]]:
        return (WorkingCalendar, self._spec)

    def __repr__(self) -> str:
        return (
            f"WorkingCalendar({self._first} to {self._last}, {len(self._named_ords)} named non-working days)"
        )

    @property
    def first(self) -> date:
        """The first date the calendar covers."""
        return self._first

    @property
    def last(self) -> date:
        """The last date the calendar covers."""
        return self._last

    # -- validation helpers (slow path only) --------------------------------------------------

    def _range_text(self) -> str:
        return f"the calendar's range {self._first} to {self._last}"

    def _index(self, d: object) -> int:
        """Index of ``d`` in the tables; ValueError for a non-date or a date out of range."""
        day = as_date(d)
        i = day.toordinal() - self._base
        if not 0 <= i < self._size:
            raise ValueError(f"{day} is outside {self._range_text()}")
        return i

    # -- queries ------------------------------------------------------------------------------

    def is_working_day(self, d: date) -> bool:
        """True if ``d`` is Monday to Friday and not a bank holiday or closure day."""
        if type(d) is date:
            i = d.toordinal() - self._base
            if 0 <= i < self._size:
                return self._working[i] == 1
        return self._working[self._index(d)] == 1

    def add_working_days(self, d: date, n: int) -> date:
        """The ``n``-th working day after ``d`` (before it if ``n`` < 0); ``d`` if ``n`` == 0.

        ``d`` itself is day 0 whether or not it is a working day.
        """
        if type(d) is date and type(n) is int:
            i = d.toordinal() - self._base
            if i >= 0:
                try:
                    if n > 0:
                        return self._working_days[self._next_idx[i] + n]
                    if n < 0:
                        j = self._prev_idx[i] + n
                        if j >= 0:
                            return self._working_days[j]
                    elif i < self._size:
                        return d
                except IndexError:
                    pass
        return self._add_slow(d, n)

    def _add_slow(self, d: object, n: object) -> date:
        """add_working_days for inputs off the fast path: coerce, check, or explain the error."""
        day = as_date(d)
        count = _check_n(n)
        i = self._index(day)
        if count == 0:
            return day
        j = (self._next_idx[i] if count > 0 else self._prev_idx[i]) + count
        if 0 <= j < len(self._working_days):
            return self._working_days[j]
        side = "after" if count > 0 else "before"
        raise ValueError(f"working day {abs(count)} {side} {day} is outside {self._range_text()}")

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        return self.add_working_days(d, 1)

    def previous_working_day(self, d: date) -> date:
        """The last working day strictly before ``d``."""
        return self.add_working_days(d, -1)

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in the half-open range (a, b]; negative when ``b`` is before ``a``.

        For b < a the result is minus the count in (b, a], so "working days left until b"
        counted from today a goes negative once b has passed.  Equal dates give 0.
        ``working_days_between(d, add_working_days(d, n)) == n`` for n >= 0, and for n < 0
        when d is a working day (from a non-working d it is n + 1, as d is in (b, a]).
        """
        if type(a) is date and type(b) is date:
            i = a.toordinal() - self._base
            j = b.toordinal() - self._base
            if 0 <= i < self._size and 0 <= j < self._size:
                rank = self._rank
                return rank[j] - rank[i]
        rank = self._rank
        return rank[self._index(b)] - rank[self._index(a)]

    def explain(self, a: date, b: date) -> list[tuple[date, str]]:
        """The named non-working days in (a, b], in date order.

        Lists bank holidays, substitute and one-off days and closure days, including named days
        that fall on a weekend; weekends themselves are not listed.  ValueError if b < a.
        """
        i = self._index(a) + self._base
        j = self._index(b) + self._base
        if j < i:
            raise ValueError(f"explain(a, b) needs a <= b; got a={as_date(a)}, b={as_date(b)}")
        ords = self._named_ords
        lo = bisect_right(ords, i)
        hi = bisect_right(ords, j)
        names = self._named_names
        return [(date.fromordinal(ords[k]), names[k]) for k in range(lo, hi)]

    def name_of(self, d: date) -> str | None:
        """The name of ``d`` if it is a named non-working day, else None."""
        return self._names.get(self._index(d) + self._base)

    def is_bank_holiday(self, d: date) -> bool:
        """True if ``d`` is a weekday bank holiday (package or GOV.UK feed), not a closure.

        Matches GOV.UK's list: a bank holiday's date falling on a weekend (e.g. Boxing Day on
        Saturday 26 December 2026) is named by `name_of` but is not itself a bank holiday; its
        substitute weekday is.
        """
        return self._bank_holiday[self._index(d)] == 1

    def named_days(self) -> list[tuple[date, str]]:
        """Every named non-working day in the calendar, in date order."""
        return [(date.fromordinal(o), n) for o, n in zip(self._named_ords, self._named_names, strict=True)]
