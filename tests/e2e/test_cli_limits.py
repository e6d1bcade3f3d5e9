"""Input that breaks a rule or a limit is refused in one line (exit 2) and nothing is stored.

Aware Thu 24 Dec 2026; "today" is Tue 29 Dec 2026 throughout.
"""

import json
from pathlib import Path

import pytest

from tests.conftest import incident
from tests.e2e.conftest import SAM_ON_29_DEC, Cspr, Result, row_counts


@pytest.fixture
def cspr_env(cspr_env: dict[str, str]) -> dict[str, str]:
    return {**cspr_env, **SAM_ON_29_DEC}


def one_line_refusal(out: Result, *words: str, code: int = 2) -> None:
    assert out.returncode == code, out
    assert out.stderr.startswith("cspr: ") and out.stderr.count("\n") == 1, out.stderr
    assert "Traceback" not in out.stderr + out.stdout
    for w in words:
        assert w in out.stderr, (w, out.stderr)


def log(cspr: Cspr, tmp_path: Path, name: str, report: dict) -> Result:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(report))
    return cspr("incident", "log", "--file", str(path))


# -- one key, one incident ---------------------------------------------------------------------


def test_a_reused_reference_with_other_facts_is_refused_and_names_the_case(cspr, tmp_path):
    first = log(cspr, tmp_path, "harm", incident())
    assert (first.returncode, first.stdout) == (0, "CHSCP-2026-0001\n")
    db = tmp_path / "cspr.db"
    before = row_counts(db)

    # A looked-after child's death, with the earlier serious-harm case's reference and day.
    death = incident(
        harm="death",
        looked_after=True,
        children=[{"initials": "QY", "age": 9, "sex": "male"}],
        summary="Synthetic: a looked-after child died in a placement.",
    )
    out = log(cspr, tmp_path, "death", death)
    one_line_refusal(out, "'SYN-0001'", "CHSCP-2026-0001", "new reference", "harm", "looked_after")
    assert "QY" not in out.stderr and "placement" not in out.stderr  # no child details
    assert row_counts(db) == before

    # Logged with its own reference it is its own case, with the notice a death of a looked-after
    # child calls for (19.9).
    separate = log(cspr, tmp_path, "death2", {**death, "reference": "SYN-0002"})
    assert (separate.returncode, separate.stdout) == (0, "CHSCP-2026-0002\n")
    shown = json.loads(cspr("case", "show", "CHSCP-2026-0002", "--json").stdout)
    assert "lac_death_notice" in {c["kind"] for c in shown["clocks"]}


def test_an_identical_repeat_is_already_logged(cspr, tmp_path):
    assert log(cspr, tmp_path, "a", incident()).stdout == "CHSCP-2026-0001\n"
    db = tmp_path / "cspr.db"
    before = row_counts(db)
    again = log(cspr, tmp_path, "b", incident())
    assert (again.returncode, again.stdout, again.stderr) == (0, "CHSCP-2026-0001 (already logged)\n", "")
    # Line breaks and runs of spaces in the text do not make it another incident.
    spaced = incident(summary="Synthetic:  injuries not consistent\nwith the account given. ")
    assert log(cspr, tmp_path, "c", spaced).stdout == "CHSCP-2026-0001 (already logged)\n"
    assert row_counts(db) == before


def test_other_facts_under_the_same_content_key_are_refused(cspr, tmp_path):
    plain = incident(reference=None)
    assert log(cspr, tmp_path, "a", plain).stdout == "CHSCP-2026-0001\n"
    db = tmp_path / "cspr.db"
    before = row_counts(db)
    out = log(cspr, tmp_path, "b", {**plain, "criminal_investigation": True})
    one_line_refusal(out, "CHSCP-2026-0001", "criminal_investigation", "its own reference")
    assert row_counts(db) == before


# -- limits on the incident file -------------------------------------------------------------------

LONG = "Synthetic words. " * 250  # 4,250 characters
BAD_REPORTS = {
    "summary over 4,000 characters": (incident(summary=LONG), "summary: at most 4000 characters"),
    "reported_by over 200 characters": (incident(reported_by="x" * 201), "reported_by: at most 200"),
    "21 children": (
        incident(children=[{"initials": "QZ", "age": 4, "sex": "female"}] * 21),
        "children: at most 20",
    ),
    "whitespace-only summary": (incident(summary=" \n\t "), "summary: is empty or only spaces"),
    "whitespace-only reported_by": (incident(reported_by="   "), "reported_by: is empty or only spaces"),
    "NUL in summary": (incident(summary="Synthetic\u0000text."), "summary: holds the control"),
    "RLO in reported_by": (incident(reported_by="Synthetic \u202eteam"), "U+202E"),
    "LRI in reference": (incident(reference="SYN\u20660001"), "reference: holds"),
    "PDI in summary": (incident(summary="Synthetic \u2069 text."), "U+2069"),
    "line break in reported_by": (incident(reported_by="Synthetic\nteam"), "must be on one line"),
    "looked_after as a string": (incident(looked_after="false"), "looked_after: give true or false"),
    "criminal_investigation as 1": (incident(criminal_investigation=1), "criminal_investigation: give"),
    "age as a string": (
        incident(children=[{"initials": "QZ", "age": "4", "sex": "female"}]),
        "age: give a whole number",
    ),
    "age as true": (
        incident(children=[{"initials": "QZ", "age": True, "sex": "female"}]),
        "age: give a whole number",
    ),
    "four initials": (
        incident(children=[{"initials": "QZQZ", "age": 4, "sex": "female"}]),
        "initials only: 1 to 3 capital letters",
    ),
    "a date as a number": (incident(aware_date=20261224), "aware_date: give the date as a string"),
    "reference over 64 characters": (incident(reference="S" * 65), "reference: at most 64"),
}


@pytest.mark.parametrize("name", list(BAD_REPORTS))
def test_an_incident_beyond_a_limit_is_refused_in_one_line(cspr, tmp_path, name):
    report, words = BAD_REPORTS[name]
    out = log(cspr, tmp_path, "bad", report)
    one_line_refusal(out, words)
    assert "Synthetic" not in out.stderr  # the field is named; its text is not repeated
    assert row_counts(tmp_path / "cspr.db").get("cases", 0) == 0


BAD_FILES = {
    "over 1 MB": (b'{"summary": "' + b"x" * 1_000_001 + b'"}', "larger than 1 MB"),
    "nested 21 deep": (b'{"a": ' * 21 + b"1" + b"}" * 21, "nested more than 20 deep"),
    "nested 100,000 deep": (b"[" * 100_000 + b"]" * 100_000, "nested more than 20 deep"),
    "a field given twice": (
        json.dumps(incident())[:-1].encode() + b', "harm": "other"}',
        "the field 'harm' is given twice",
    ),
    "NaN": (b'{"age": NaN}', "NaN is not a number JSON allows"),
    "a 5,000-digit number": (b'{"age": ' + b"9" * 5000 + b"}", "a number has too many digits"),
    "binary": (bytes(range(256)), "not a UTF-8 JSON file: "),
    "an array": (b"[1, 2]", "expected a JSON object"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_a_file_beyond_a_limit_is_refused_in_one_line(cspr, tmp_path, name):
    content, words = BAD_FILES[name]
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    out = cspr("incident", "log", "--file", str(path))
    one_line_refusal(out, words, str(path))
    assert row_counts(tmp_path / "cspr.db").get("cases", 0) == 0


def test_a_utf8_file_with_a_byte_order_mark_is_read(cspr, tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(incident()).encode())
    assert cspr("incident", "log", "--file", str(path)).stdout == "CHSCP-2026-0001\n"


# -- limits on the command line's free text ---------------------------------------------------------


@pytest.fixture
def case(cspr, tmp_path) -> str:
    assert log(cspr, tmp_path, "ok", incident()).returncode == 0
    return "CHSCP-2026-0001"


BAD_OPTIONS = {
    "rationale over 4,000": (["--rationale", LONG], "--rationale: at most 4000 characters"),
    "rationale only spaces": (["--rationale", "   "], "--rationale: is empty or only spaces"),
    "rationale with RLO": (["--rationale", "Agencies did not \u202eshare."], "--rationale: holds"),
    "rationale with an isolate": (["--rationale=Agencies \u2068did not share."], "--rationale: holds"),
    "family rationale with a BEL": (["--family-rationale", "Your child\u0007."], "U+0007"),
    "actor name over 200": (["--as", "S" * 201], "--as: at most 200 characters"),
    "actor name with a line break": (["--as", "Synthetic\nIda"], "--as: must be on one line"),
    "actor name with LRO": (["--as", "Synthetic \u202dIda"], "U+202D"),
}


@pytest.mark.parametrize("name", list(BAD_OPTIONS))
def test_free_text_options_beyond_a_limit_are_refused(cspr, tmp_path, case, name):
    extra, words = BAD_OPTIONS[name]
    before = row_counts(tmp_path / "cspr.db")
    args = ["decide", case, "--outcome", "no_review", "--role", "icsc", "--on", "2026-12-29"]
    if not any(a.startswith("--rationale") for a in extra):
        args += ["--rationale", "Nothing more would be learned from a review here."]
    if "--family-rationale" not in extra:
        args += ["--family-rationale", "We looked carefully and a review would not help."]
    out = cspr(*args, *extra)
    one_line_refusal(out, words)
    assert row_counts(tmp_path / "cspr.db") == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["clock", "pause", "CHSCP-2026-0001", "publication", "--reason", LONG], "--reason: at most 4000"),
        (["clock", "pause", "CHSCP-2026-0001", "publication", "--reason", "\u202e"], "--reason: holds"),
        (["case", "correct", "CHSCP-2026-0001", "--aware-date", "2026-12-23", "--reason", " "], "--reason"),
    ],
)
def test_reasons_beyond_a_limit_are_refused(cspr, tmp_path, case, args, words):
    before = row_counts(tmp_path / "cspr.db")
    one_line_refusal(cspr(*args, "--role", "slt"), words)
    assert row_counts(tmp_path / "cspr.db") == before
