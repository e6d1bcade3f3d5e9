"""The session cookie's signing key and its end after inactivity."""

import stat
import time
from pathlib import Path

import pytest

from workflows.web.session import Sessions, session_secret


def test_the_key_comes_from_cspr_web_secret_or_an_owner_only_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CSPR_HOME", str(tmp_path))
    monkeypatch.delenv("CSPR_WEB_SECRET", raising=False)
    first = session_secret()
    key = tmp_path / "var" / "web-secret"
    assert key.read_text() == first and len(first) >= 48
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert session_secret() == first  # kept, so sessions survive a restart
    monkeypatch.setenv("CSPR_WEB_SECRET", "synthetic-secret-from-the-environment")
    assert session_secret() == "synthetic-secret-from-the-environment"


def test_a_session_ends_after_inactivity_and_a_forged_one_is_dropped() -> None:
    sessions = Sessions("synthetic-key-" + "k" * 40, max_age=1)
    cookie = sessions.serializer.dumps({"uid": 1, "csrf": "t"})
    assert sessions.load(cookie) == ({"uid": 1, "csrf": "t"}, None)
    other = Sessions("another-key-" + "k" * 40).serializer.dumps({"uid": 1})
    assert sessions.load(other) == ({}, "tampered")
    time.sleep(2.1)
    assert sessions.load(cookie) == ({}, "expired")
