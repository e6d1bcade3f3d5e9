"""One Prefect test harness for the whole run, booted early so its server starts while other tests run.

The harness's server is a subprocess that takes ~17 s to import, migrate its SQLite database and
come up. It starts on a thread of its own as soon as collection shows that a test marked
``prefect`` will run, and the ``prefect_harness`` fixture waits for it. ``prefect_test_harness``
publishes its settings as Prefect's process-wide settings, so the tests' thread uses its server.
"""

import logging
import threading
import time
from collections.abc import Iterator

import pytest


class BackgroundHarness:
    """``prefect_test_harness`` held open on a daemon thread until the session ends."""

    def __init__(self) -> None:
        self.ready = threading.Event()
        self.done = threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._hold, name="prefect-test-harness", daemon=True)

    def _hold(self) -> None:
        try:
            from prefect.testing.utilities import prefect_test_harness

            # The start-up wait is PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS (workflows/__init__.py).
            with prefect_test_harness(server_startup_timeout=None):
                self.ready.set()
                self.done.wait()
        except BaseException as exc:
            self.error = exc
        finally:
            self.ready.set()

    def start(self) -> None:
        """Start the thread, and return once the server process is launched (it copies os.environ,
        which the tests' monkeypatching changes)."""
        import prefect.testing.utilities  # noqa: F401  (imported here, not raced on the thread)
        from prefect.server.api.server import SubprocessASGIServer

        self.thread.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not self.ready.is_set():
            server = SubprocessASGIServer._instances.get(None)
            if server is not None and server.server_process is not None:
                return
            time.sleep(0.01)

    def wait(self) -> None:
        self.ready.wait(timeout=180)
        if self.error is not None:
            raise RuntimeError("the Prefect test harness did not start") from self.error
        if not self.ready.is_set():
            raise RuntimeError("the Prefect test harness did not start within 180 s")

    def stop(self) -> None:
        self.done.set()
        self.thread.join(timeout=60)


_harness: BackgroundHarness | None = None


def pytest_collection_finish(session: pytest.Session) -> None:
    global _harness
    if session.config.option.collectonly or _harness is not None:
        return
    if any(item.get_closest_marker("prefect") for item in session.items):
        _harness = BackgroundHarness()
        _harness.start()


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Stop a harness no test waited for (the fixture's teardown stops the one that ran)."""
    if _harness is not None and _harness.thread.is_alive():
        logging.getLogger("prefect").disabled = True  # its console stream is closed by now
        _harness.stop()


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """A temporary Prefect server (SQLite) for every test marked ``prefect``.

    No flow-run heartbeats: no test reads them, and each run would wait up to a second at its
    end for the heartbeat thread's sleep.
    """
    from prefect.settings import temporary_settings

    if _harness is None:
        raise RuntimeError("a test uses prefect_harness without the prefect marker")
    _harness.wait()
    with temporary_settings(updates={"flows.heartbeat_frequency": None}):
        yield
    _harness.stop()
