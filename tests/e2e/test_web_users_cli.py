"""`cspr users add|disable|reset-password|list`: the people who sign in to the web pages."""

import json
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, text


def users(cspr: Any) -> dict[str, dict[str, Any]]:
    out = cspr("users", "list", "--json")
    assert out.returncode == 0, out.stderr
    return {u["username"]: u for u in json.loads(out.stdout)["users"]}


def test_add_list_disable_and_reset(cspr: Any, cspr_env: dict[str, str]) -> None:
    added = cspr(
        "users",
        "add",
        "Pol.Met",
        "--role",
        "partner",
        "--partner",
        "metropolitan-police",
        "--password",
        "synthetic-pw-1",
    )
    assert (added.returncode, added.stdout.strip()) == (
        0,
        "user pol.met added (partner, metropolitan-police)",
    )
    assert cspr("users", "add", "ivy", "--role", "icsc", "--password", "synthetic-pw-2").returncode == 0
    listed = users(cspr)
    assert listed["pol.met"] | {} == {
        "username": "pol.met",
        "role": "partner",
        "partner": "metropolitan-police",
        "local_authority": None,
        "disabled": False,
        "failed_logins": 0,
        "locked_until": None,
    }
    engine = create_engine(cspr_env["CSPR_DATABASE_URL"])
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT password_hash FROM users WHERE username = 'ivy'")).scalar_one()
        assert stored.startswith("$argon2id$") and "synthetic-pw-2" not in stored
        assert PasswordHasher().verify(stored, "synthetic-pw-2")
    assert cspr("users", "disable", "ivy").returncode == 0
    assert users(cspr)["ivy"]["disabled"] is True
    assert cspr("users", "reset-password", "pol.met", "--password", "synthetic-pw-3").returncode == 0
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT password_hash FROM users WHERE username = 'pol.met'")).scalar_one()
        events = conn.execute(text("SELECT actor, role, command FROM audit_events ORDER BY id")).all()
    engine.dispose()
    assert PasswordHasher().verify(stored, "synthetic-pw-3")
    assert [e.command for e in events] == ["add_user", "add_user", "disable_user", "reset_password"]
    assert all(e.actor.endswith("(operator on the server)") and e.role == "system" for e in events)
    plain = cspr("users", "list")
    assert "pol.met" in plain.stdout and "disabled" in plain.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["ab", "--role", "wizard"], "--role: 'wizard' is not a role; use one of support_team, spa, icsc"),
        (["ab", "--role", "partner"], "--partner: a partner user needs one of hackney-council,"),
        (
            ["ab", "--role", "slt", "--partner", "hackney-council"],
            "--partner: only a partner user is tied to a partner",
        ),
        (
            ["ab", "--role", "local_authority"],
            "--local-authority: a local authority user needs one of hackney, city-of-london",
        ),
        (["ab", "--role", "slt", "--password", "short"], "--password: use between 10 and 200 characters"),
        (["A B", "--role", "slt"], "USERNAME: 'A B' is not a username"),
        (["ab", "--role", "system"], "--role: system is not for people"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_stores_nothing(cspr: Any, args: list[str], words: str) -> None:
    if "--password" not in args:
        args = [*args, "--password", "synthetic-pw-1"]
    out = cspr("users", "add", *args)
    assert out.returncode == 2 and out.stderr.startswith(f"cspr: {words}"), out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert users(cspr) == {}


def test_a_username_is_taken_once(cspr: Any) -> None:
    assert cspr("users", "add", "sid", "--role", "slt", "--password", "synthetic-pw-1").returncode == 0
    again = cspr("users", "add", "sid", "--role", "spa", "--password", "synthetic-pw-1")
    assert (again.returncode, again.stderr.strip()) == (
        2,
        "cspr: USERNAME: sid already exists; choose another",
    )
    assert (
        cspr("users", "disable", "nobody").stderr.strip()
        == "cspr: no user 'nobody'; `cspr users list` shows them"
    )
