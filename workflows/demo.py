"""`make demo`: the clock plan for a sample incident, then the incident logged and its notices written.

Runs on the embedded defaults (SQLite at var/cspr.db, a Prefect server of its own with its
database in var/prefect) and replays the sample as if today were 29 Dec 2026 (CSPR_TODAY),
then runs the morning deadline sweep of Thu 31 Dec 2026, so the dates it prints are always
the same. Safe to run again: the second run finds the same case and writes no notice twice.

The Prefect server is a child tied to this process (``workflows/local_server.py``): killing
the demo, even with SIGKILL, stops it too. With ``PREFECT_API_URL`` set, the demo uses that
server instead. It ends by seeding one demo user per role for the web
pages (`make web`) and printing their logins.
"""

import os
import shutil
import sys
from datetime import date
from pathlib import Path

from workflows.files import set_owner_only
from workflows.local_server import prefect_api

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "incident.json"
ACTOR = ["--as", "Demo Support Officer", "--role", "support_team"]
SWEEP_DAY = date(2026, 12, 31)


def _say(text: str) -> None:
    print(f"\n=== {text}", flush=True)


def _fresh_if_outdated() -> None:
    """The demo's own store is disposable: start it again if an older cspr made it."""
    from store.database import OutdatedSchema, make_engine
    from workflows.settings import settings

    url = settings().store_url()
    try:
        make_engine(url).dispose()
    except OutdatedSchema as exc:
        if url != "sqlite:///var/cspr.db":
            raise
        print(f"demo: {exc}; starting the demo store and outbox again", flush=True)
        for name in ("cspr.db", "outbox"):
            old = Path("var") / f"{name}.old"
            shutil.rmtree(old, ignore_errors=True)
            old.unlink(missing_ok=True)
            if (Path("var") / name).exists():
                (Path("var") / name).rename(old)


def main() -> int:
    set_owner_only()  # the store, var/, the outbox and Prefect's database: owner only
    os.environ.setdefault("CSPR_TODAY", "2026-12-29")
    _fresh_if_outdated()
    os.environ.setdefault("PREFECT_HOME", str(ROOT / "var" / "prefect"))
    home = Path(os.environ["PREFECT_HOME"])
    prefect_api(home, home / "server.log")
    from workflows.cli import main as cspr
    from workflows.flows import deadline_sweep_flow, dispatch_notices_flow, log_incident_flow

    _say(f"cspr plan --file {SAMPLE.relative_to(ROOT)}   (what the incident starts)")
    if cspr(["plan", "--file", str(SAMPLE)]) != 0:
        return 1
    _say("log-incident flow")
    result = log_incident_flow(incident_file=str(SAMPLE), actor="Demo Support Officer", role="support_team")
    reference = result["reference"]
    print(f"case {reference} {'opened' if result['created'] else 'already logged: same case'}")
    _say("dispatch-notices flow")
    for r in dispatch_notices_flow():
        print(f"  notice {r['notice_id']} {r.get('kind', '')}: {r['status']}")
    os.environ["CSPR_TODAY"] = SWEEP_DAY.isoformat()
    _say(f"deadline-sweep flow on {SWEEP_DAY:%a %d %b %Y} (the morning sweep; fires each rung once)")
    swept = deadline_sweep_flow(as_of=SWEEP_DAY)
    for f in swept["fired"]:
        print(f"  {f['reference']} {f['clock']}: {f['rung']} -> {', '.join(f['recipients'])}")
    if not swept["fired"]:
        print("  nothing new to fire (already told)")
    dispatch_notices_flow()
    _say(f"cspr case show {reference}")
    cspr(["case", "show", reference, *ACTOR])
    from workflows import services as svc

    outbox = svc.outbox_dir(svc.services()) / reference
    _say(f"notices written to {_shown(outbox)}/")
    for eml in sorted(outbox.glob("*.eml")):
        print(f"  {_shown(eml)}  ({eml.stat().st_size} bytes)")
    _web_users()
    return 0


def _shown(path: Path) -> str:
    """A path relative to the project when it is inside it."""
    return str(path.resolve().relative_to(ROOT)) if path.resolve().is_relative_to(ROOT) else str(path)


def _web_users() -> None:
    """Seed one demo user per role and say how to open the web pages."""
    from workflows import services as svc
    from workflows.web.demo_users import seed_demo_users

    s = svc.services()
    lines = seed_demo_users(s, svc.now(s.partnership.timezone))
    _say("the web pages: run `make web`, then open http://127.0.0.1:8080 and sign in as")
    print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
