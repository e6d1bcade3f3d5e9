"""Failed sign-ins per address, kept in memory: slowed after a few, refused for a while after many."""

import time
from collections import deque
from threading import Lock

WINDOW_SECONDS = 15 * 60
SLOW_AFTER = 10
REFUSE_AFTER = 30
STEP_SECONDS = 0.25


class AddressThrottle:
    """Counts one address's wrong passwords over the last quarter of an hour."""

    def __init__(self) -> None:
        self._failures: dict[str, deque[float]] = {}
        self._lock = Lock()

    def _recent(self, address: str) -> deque[float]:
        now = time.monotonic()
        q = self._failures.setdefault(address, deque())
        while q and now - q[0] > WINDOW_SECONDS:
            q.popleft()
        return q

    def refused(self, address: str) -> bool:
        with self._lock:
            return len(self._recent(address)) >= REFUSE_AFTER

    def failed(self, address: str) -> float:
        """Count a failure; returns how long to slow the answer."""
        with self._lock:
            q = self._recent(address)
            q.append(time.monotonic())
            return max(0, len(q) - SLOW_AFTER + 1) * STEP_SECONDS

    def cleared(self, address: str) -> None:
        with self._lock:
            self._failures.pop(address, None)
