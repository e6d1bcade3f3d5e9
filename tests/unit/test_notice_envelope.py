"""The notice envelope: whom every notice is from and to, as templates, outbox rows and e-mails see it."""

from datetime import date
from pathlib import Path

from domain.notices import address, envelope, sender
from workflows.config import load_partnership

MINIMAL = Path(__file__).resolve().parents[1] / "data" / "config" / "minimal.toml"


def test_envelope_names_the_partnership_sender_recipients_and_day() -> None:
    p = load_partnership(MINIMAL)
    env = envelope(p, (p.contacts.slt, p.contacts.icsc), date(2027, 1, 4))
    assert env == {
        "partnership": {"name": p.name, "short_name": p.reference_prefix},
        "sender": {"name": "Support Team", "email": "cspr@tscp.example.org"},
        "recipients": [address(p.contacts.slt), address(p.contacts.icsc)],
        "today": date(2027, 1, 4),
    }
    assert env["recipients"][0] == {"name": "Strategic Leadership Team", "email": "slt@tscp.example.org"}
    assert sender(p) == env["sender"]
