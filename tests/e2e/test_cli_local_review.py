"""A local review from decision to the national repository, driven through `cspr`.

Aware Mon 16 Aug 2027. The ICSC decides on Tue 31 Aug 2027 (after the Summer bank holiday,
Mon 30 Aug 2027) to hold a local review: six calendar months from 31 August is Tue 29 Feb 2028
(2028 is a leap year). Planned for Mon 14 Feb 2028, the pre-publication copy is due 7 working
days before, Thu 3 Feb 2028. The SLT approves a delay to Wed 31 May 2028 on Thu 20 Jan 2028:
the delay notice is due Thu 27 Jan 2028 and the copy moves to Fri 19 May 2028 (7 working days
before 31 May, over the Spring bank holiday Mon 29 May 2028). Published Wed 31 May 2028: the
repository submission is due Wed 14 Jun 2028 (10 working days). Two learning actions follow,
one of them overdue and escalated.
"""

import json

import pytest

from tests.conftest import incident
from tests.e2e.conftest import Cspr, Result


@pytest.fixture
def run(cspr: Cspr):
    def as_role_on(role: str, today: str, *args: str, ok: bool = True) -> Result:
        out = cspr(*args, "--as", f"Synthetic {role}", "--role", role, env={"CSPR_TODAY": today})
        if ok:
            assert out.returncode == 0, (args, out.stderr)
        return out

    return as_role_on


def clocks(run, ref: str, today: str) -> dict[str, dict]:
    show = json.loads(run("spa", today, "case", "show", ref, "--json").stdout)
    return {c["kind"]: c for c in show["clocks"] if not c["party"]}


def test_decision_plan_delay_copy_publication_and_repository(tmp_path, run):
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident(incident_date="2027-08-16", aware_date="2027-08-16")))
    ref = json.loads(
        run("support_team", "2027-08-16", "incident", "log", "--file", str(path), "--json").stdout
    )["reference"]
    assert ref == "CHSCP-2027-0001"
    run(
        "icsc",
        "2027-08-31",
        "decide",
        ref,
        "--outcome",
        "local_review",
        "--criteria",
        "19.15a=agencies did not share what they knew",
        "--family-rationale",
        "The services that knew your child did not share what they knew.",
        "--rationale",
        "Agencies did not share what they knew about the risk.",
    )
    assert clocks(run, ref, "2027-09-01")["publication"]["due"] == "2028-02-29"

    run(
        "spa",
        "2027-09-01",
        "review",
        "plan",
        ref,
        "--reviewer",
        "Synthetic Reviews Ltd",
        "--commissioned-on",
        "2027-09-01",
        "--publish-on",
        "2028-02-14",
    )
    assert clocks(run, ref, "2027-09-01")["pre_publication_copy"]["due"] == "2028-02-03"
    late = run("spa", "2027-09-02", "review", "plan", ref, "--publish-on", "2028-03-15", ok=False)
    assert late.returncode == 2 and "needs a delay approved by the SLT" in late.stderr

    run(
        "spa",
        "2028-01-18",
        "review",
        "delay",
        "request",
        ref,
        "--to",
        "2028-05-31",
        "--reason",
        "The criminal trial is listed for March 2028.",
        "--circumstance",
        "criminal_investigation",
    )
    wrong = run("icsc", "2028-01-20", "review", "delay", "approve", ref, ok=False)
    assert wrong.returncode == 2 and "role icsc may not do this; it is for slt" in wrong.stderr
    run("slt", "2028-01-20", "review", "delay", "approve", ref)
    c = clocks(run, ref, "2028-01-20")
    assert c["publication"]["due"] == "2028-05-31"
    assert c["publication"]["history"][-1]["change"] == "extended"
    assert c["delay_notice"]["due"] == "2028-01-27"
    run("icsc", "2028-01-24", "review", "delay", "notice-sent", ref)

    run("spa", "2028-01-21", "review", "plan", ref, "--publish-on", "2028-05-31")
    copy = clocks(run, ref, "2028-01-21")["pre_publication_copy"]
    assert copy["due"] == "2028-05-19" and "Spring bank holiday" in copy["explanation"]

    early = run(
        "support_team",
        "2028-05-31",
        "review",
        "published",
        ref,
        "--url",
        "https://chscp.example.org/reviews/1",
        ok=False,
    )
    assert early.returncode == 2 and "before publication (Working Together 2018)" in early.stderr
    run("support_team", "2028-05-18", "review", "copy-sent", ref)
    run(
        "support_team",
        "2028-05-31",
        "review",
        "published",
        ref,
        "--url",
        "https://chscp.example.org/reviews/1",
    )
    c = clocks(run, ref, "2028-05-31")
    assert (c["publication"]["status"], c["publication"]["met_on"]) == ("met", "2028-05-31")
    assert c["repository_submission"]["due"] == "2028-06-14"
    run("support_team", "2028-06-09", "review", "repository-submitted", ref)
    c = clocks(run, ref, "2028-06-09")
    assert {
        k: v["status"]
        for k, v in c.items()
        if k in ("publication", "pre_publication_copy", "delay_notice", "repository_submission")
    } == {
        "publication": "met",
        "pre_publication_copy": "met",
        "delay_notice": "met",
        "repository_submission": "met",
    }

    # Two learning actions due Fri 30 Jun 2028: one done on time, one overdue; the sweep of the
    # first working day after (Mon 3 Jul 2028) escalates only the overdue one, to the SLT too.
    run(
        "spa",
        "2028-06-09",
        "recommendation",
        "add",
        ref,
        "--number",
        "1",
        "--text",
        "Share risk information with the police at once.",
    )
    ids = [
        json.loads(
            run(
                "support_team",
                "2028-06-09",
                "action",
                "add",
                ref,
                "--recommendation",
                "1",
                "--agency",
                agency,
                "--lead",
                "Head of Service",
                "--description",
                "Audit information sharing.",
                "--due",
                "2028-06-30",
                "--json",
            ).stdout
        )["id"]
        for agency in ("hackney-council", "metropolitan-police")
    ]
    run(
        "partner",
        "2028-06-28",
        "action",
        "complete",
        str(ids[0]),
        "--evidence",
        "Audit report presented to the partnership.",
    )
    fired = json.loads(run("support_team", "2028-07-03", "sweep", "--as-of", "2028-07-03", "--json").stdout)[
        "fired"
    ]
    actions = [(f["party"], f["rung"]) for f in fired if f["clock"] == "learning_action"]
    assert actions == [(f"action-{ids[1]}", "breached")]
    assert "slt@chscp.example.org" in next(f["recipients"] for f in fired if f["clock"] == "learning_action")
    again = json.loads(run("support_team", "2028-07-03", "sweep", "--as-of", "2028-07-03", "--json").stdout)[
        "fired"
    ]
    assert again == []
    assert run("slt", "2028-07-03", "audit", "verify").returncode == 0
