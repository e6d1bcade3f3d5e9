"""The partnership configuration: the shipped file loads; every bad file fails in one line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

from domain.kinds import ClockKind, Rung
from domain.partnership import (
    DEFAULT_LADDER,
    STATUTORY_CLOCKS,
    Contact,
    EscalationStep,
    PartnerKind,
    Partnership,
    Recipient,
    RuleOverride,
    Trigger,
)
from workflows.config import DEFAULT_CONFIG, ConfigError, default_config_path, load_partnership

DATA = Path(__file__).resolve().parents[1] / "data" / "config"
MINIMAL = DATA / "minimal.toml"
MINIMAL_TEXT = MINIMAL.read_text(encoding="utf-8")


def _write(tmp_path: Path, text: str, name: str = "bad.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _fails(path: Path) -> str:
    """Load a file that must fail; return its one-line message."""
    with pytest.raises(ConfigError) as info:
        load_partnership(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    return message


def _emails(value: object) -> Iterator[str]:
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _emails(getattr(value, name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _emails(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _emails(item)
    elif isinstance(value, str) and "@" in value:
        yield value


# --- the shipped file ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> Partnership:
    return load_partnership(DEFAULT_CONFIG)


def test_shipped_file_is_city_and_hackney(shipped: Partnership) -> None:
    assert shipped.id == "chscp"
    assert shipped.reference_prefix == "CHSCP"
    assert shipped.timezone == "Europe/London"
    assert shipped.local_authority_ids == ("hackney", "city-of-london")
    assert len(shipped.partners) == 5
    kinds = [p.kind for p in shipped.partners]
    assert kinds.count(PartnerKind.LOCAL_AUTHORITY) == 2
    assert kinds.count(PartnerKind.POLICE) == 2
    assert kinds.count(PartnerKind.HEALTH) == 1
    assert shipped.partner("city-and-hackney-ccg").name.endswith("(CCG)")


def test_shipped_file_writes_out_the_default_ladder(shipped: Partnership) -> None:
    assert shipped.escalation is not None
    assert shipped.ladder == DEFAULT_LADDER
    assert [s.rung for s in shipped.ladder] == list(Rung)


def test_shipped_file_writes_out_the_default_internal_targets(shipped: Partnership) -> None:
    after = {k: r.working_days for k, r in shipped.rules.items() if r.working_days}
    before = {k: r.working_days_before for k, r in shipped.rules.items() if r.working_days_before}
    assert after == {
        ClockKind.PARTNER_RATIFICATION: 3,
        ClockKind.RECONSIDERATION_MEETING: 10,
        ClockKind.FAMILY_NOTIFICATION: 10,
        ClockKind.LAC_DEATH_NOTICE: 5,
        ClockKind.DELAY_NOTICE: 5,
        ClockKind.NON_PUBLICATION_JUSTIFICATION: 5,
        ClockKind.REPOSITORY_SUBMISSION: 10,
    }
    assert before == {ClockKind.ICSC_DECISION: 2, ClockKind.PRE_PUBLICATION_COPY: 7}
    rapid = shipped.rule(ClockKind.RAPID_REVIEW_SUBMISSION)
    assert rapid is not None and rapid.anchor == "aware"
    assert shipped.rule("panel_notification") is None


def test_shipped_file_calendar_delivery_and_digest(shipped: Partnership) -> None:
    assert shipped.calendar.region == "england-and-wales"
    assert shipped.calendar.closure_days == ()
    assert shipped.calendar.govuk_feed is None
    assert shipped.delivery.channel == "file"
    assert shipped.delivery.outbox_dir == Path("var/outbox")
    assert shipped.digest.cron == "0 8 * * 1"


def test_shipped_file_uses_only_example_org_addresses(shipped: Partnership) -> None:
    emails = list(_emails(shipped))
    assert len(emails) >= 16
    for email in emails:
        domain = email.rsplit("@", 1)[1]
        assert domain == "example.org" or domain.endswith(".example.org"), email


# --- defaults and accessors -------------------------------------------------------------------


def test_minimal_file_takes_the_defaults() -> None:
    p = load_partnership(MINIMAL)
    assert p.escalation is None
    assert p.ladder == DEFAULT_LADDER
    assert all(p.rule(kind) is None for kind in ClockKind)
    assert p.calendar.closure_days == () and p.calendar.govuk_feed is None
    assert p.digest.timezone == "Europe/London"
    assert p.delivery.outbox_dir == Path("var/outbox")


def test_default_ladder_is_the_design() -> None:
    assert [(s.rung, s.trigger, s.working_days, s.notify) for s in DEFAULT_LADDER] == [
        (Rung.REMINDER, Trigger.HALF_BUDGET, 0, (Recipient.OWNER,)),
        (Rung.DUE_SOON, Trigger.BEFORE_DUE, 2, (Recipient.OWNER, Recipient.ICSC)),
        (Rung.DUE_TODAY, Trigger.ON_DUE, 0, (Recipient.OWNER, Recipient.ICSC, Recipient.SPA)),
        (Rung.BREACHED, Trigger.AFTER_DUE, 1, (Recipient.OWNER, Recipient.ICSC, Recipient.SLT)),
        (Rung.STILL_BREACHED, Trigger.EVERY_AFTER_BREACH, 5, (Recipient.SLT,)),
    ]


def test_accessors(shipped: Partnership) -> None:
    assert shipped.local_authority("hackney").name == "London Borough of Hackney"
    with pytest.raises(
        ValueError,
        match=r"unknown local authority 'islington' \(known: "
        r"hackney, city-of-london\)",
    ):
        shipped.local_authority("islington")
    with pytest.raises(ValueError, match="unknown partner 'nhs'"):
        shipped.partner("nhs")
    step = shipped.step("breached")
    assert step is not None and step.working_days == 1
    assert shipped.mailboxes(Recipient.SLT) == (shipped.contacts.slt,)
    assert shipped.mailboxes("partners") == shipped.partners
    with pytest.raises(ValueError, match="owner"):
        shipped.mailboxes(Recipient.OWNER)


def test_ladder_step_days_default_by_trigger(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        MINIMAL_TEXT
        + """
[[escalation]]
rung = "due_soon"
trigger = "before_due"
notify = ["owner"]
""",
        "ladder.toml",
    )
    p = load_partnership(path)
    assert p.ladder == (
        EscalationStep(
            rung=Rung.DUE_SOON, trigger=Trigger.BEFORE_DUE, working_days=2, notify=(Recipient.OWNER,)
        ),
    )
    assert p.step(Rung.REMINDER) is None


def test_models_are_frozen(shipped: Partnership) -> None:
    with pytest.raises(ValidationError):
        shipped.contacts.icsc.email = "someone@example.org"  # type: ignore[misc]


def test_statutory_override_refused_in_python_too() -> None:
    data = Partnership.model_validate(load_partnership(MINIMAL).model_dump()).model_dump()
    data["rules"] = {ClockKind.PUBLICATION: RuleOverride(working_days=10)}
    with pytest.raises(ValidationError, match=r"publication\.working_days: the 6 months"):
        Partnership.model_validate(data)
    statutory = {
        ClockKind.PANEL_NOTIFICATION,
        ClockKind.PARTNER_NOTICE,
        ClockKind.RAPID_REVIEW_SUBMISSION,
        ClockKind.PUBLICATION,
    }
    assert statutory == STATUTORY_CLOCKS


# --- finding the file ---------------------------------------------------------------------------


def test_cspr_config_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSPR_CONFIG", str(MINIMAL))
    assert default_config_path() == MINIMAL
    assert load_partnership().id == "testp"


def test_without_cspr_config_the_shipped_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CSPR_CONFIG", raising=False)
    assert default_config_path() == DEFAULT_CONFIG
    repo = Path(__file__).resolve().parents[2]
    assert repo / "config" / "city-and-hackney.toml" == DEFAULT_CONFIG
    monkeypatch.setenv("CSPR_CONFIG", "")
    assert default_config_path() == DEFAULT_CONFIG


def test_relative_govuk_feed_resolves_against_the_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "conf"
    (folder / "feeds").mkdir(parents=True)
    feed = folder / "feeds" / "bank-holidays.json"
    feed.write_text("{}", encoding="utf-8")
    _write(
        folder,
        MINIMAL_TEXT + '\n[calendar]\ngovuk_feed = "feeds/bank-holidays.json"\n'
        'closure_days = [{ date = 2026-12-29, name = "Office closure" }]\n',
        "p.toml",
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    p = load_partnership(Path("..") / "conf" / "p.toml")
    assert p.calendar.govuk_feed == feed.resolve()
    assert p.closure_dates == {date(2026, 12, 29)}


def test_absolute_govuk_feed_is_kept(tmp_path: Path) -> None:
    feed = tmp_path / "bh.json"
    feed.write_text("{}", encoding="utf-8")
    path = _write(tmp_path, MINIMAL_TEXT + f'\n[calendar]\ngovuk_feed = "{feed}"\n', "p.toml")
    assert load_partnership(path).calendar.govuk_feed == feed


# --- every bad file fails in one line naming the file and the key -------------------------------


def test_unknown_key_at_top_level(tmp_path: Path) -> None:
    path = _write(tmp_path, MINIMAL_TEXT + '\n[partnr]\nid = "x"\n')
    assert _fails(path) == f"{path}: unknown key 'partnr'"


def test_misspelt_table_is_reported_before_the_missing_one(tmp_path: Path) -> None:
    path = _write(tmp_path, MINIMAL_TEXT.replace("[delivery]", "[delivry]"))
    assert _fails(path) == f"{path}: unknown key 'delivry' (and 1 more)"


def test_bad_email_names_the_partner(tmp_path: Path) -> None:
    text = MINIMAL_TEXT.replace("safeguarding@icb.testshire.example.org", "not-an-email")
    path = _write(tmp_path, text)
    assert _fails(path) == f"{path}: partners.2.email: 'not-an-email' is not an e-mail address"


def test_statutory_override_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, MINIMAL_TEXT + "\n[rules.panel_notification]\nworking_days = 3\n")
    assert _fails(path) == (
        f"{path}: rules.panel_notification.working_days: the 5 working days are statutory "
        "(19.5-19.7) and cannot be changed"
    )


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    assert _fails(path) == f"{path}: no such file"


def test_toml_syntax_error_gives_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, MINIMAL_TEXT.replace('id = "testp"', 'id = "testp'))
    message = _fails(path)
    assert "TOML syntax error" in message and "line 5" in message


def test_several_errors_are_counted(tmp_path: Path) -> None:
    text = MINIMAL_TEXT.replace("safeguarding@icb.testshire.example.org", "nope").replace(
        "sos@example.org", "also-nope"
    )
    assert _fails(_write(tmp_path, text)).endswith("(and 1 more)")


def _append(extra: str) -> str:
    return MINIMAL_TEXT + "\n" + extra + "\n"


def _prepend(extra: str) -> str:
    return extra + "\n" + MINIMAL_TEXT


def _replace(old: str, new: str) -> str:
    assert old in MINIMAL_TEXT
    return MINIMAL_TEXT.replace(old, new, 1)


LADDER_STEP = '[[escalation]]\nrung = "{rung}"\ntrigger = "{trigger}"\nnotify = {notify}\n'

BAD = [
    pytest.param(
        _replace('reference_prefix = "TSCP"', 'reference_prefix = "TSCP"\nrefrence = 1'),
        "partnership",
        "unknown key 'refrence'",
        id="unknown-key-nested",
    ),
    pytest.param(
        _replace(
            'spa = { name = "Senior Professional Advisor",',
            'spa = { nmae = "x", name = "Senior Professional Advisor",',
        ),
        "contacts.spa",
        "unknown key 'nmae'",
        id="unknown-key-inline-table",
    ),
    pytest.param(
        _replace('[delivery]\nfrom_address = "cspr@tscp.example.org"', ""),
        "",
        "missing key 'delivery'",
        id="missing-table",
    ),
    pytest.param(
        _replace('name = "Ofsted", ', ""), "external.ofsted", "missing key 'name'", id="missing-key"
    ),
    pytest.param(
        _replace('id = "testshire-icb"', 'id = "testshire-police"'),
        "partners.2.id",
        "duplicate id 'testshire-police' (also at 1)",
        id="duplicate-partner-id",
    ),
    pytest.param(
        _append('[[local_authorities]]\nid = "testshire"\nname = "Again"\nemail = "x@example.org"'),
        "local_authorities.1.id",
        "duplicate id 'testshire'",
        id="duplicate-la-id",
    ),
    pytest.param(
        "partners = []\n" + re.sub(r"\[\[partners\]\][^\[]*", "", MINIMAL_TEXT),
        "partners",
        "give at least 1 (got 0)",
        id="no-partners",
    ),
    pytest.param(
        _replace(
            'email = "safeguarding@icb.testshire.example.org"',
            'email = "safeguarding@icb.testshire.example.org"\n[[partners]]\nid = "new-partner"',
        ),
        "partners.3",
        "missing key 'name' (and 2 more)",
        id="incomplete-partner",
    ),
    pytest.param(
        _replace('kind = "police"', 'kind = "fire"'),
        "partners.1.kind",
        "'fire': input should be",
        id="unknown-partner-kind",
    ),
    pytest.param(
        _replace('reference_prefix = "TSCP"', 'reference_prefix = "tscp"'),
        "partnership.reference_prefix",
        "'tscp'",
        id="bad-reference-prefix",
    ),
    pytest.param(
        _replace('id = "testshire"', 'id = "Test Shire"'),
        "local_authorities.0.id",
        "'Test Shire'",
        id="bad-id",
    ),
    pytest.param(
        _replace('reference_prefix = "TSCP"', 'reference_prefix = "TSCP"\ntimezone = "Europe/Paris"'),
        "partnership.timezone",
        "'Europe/Paris' is not supported",
        id="not-london",
    ),
    pytest.param(
        _replace('email = "sos@example.org"', 'email = "sos@example"'),
        "external.secretary_of_state.email",
        "'sos@example' is not an e-mail address",
        id="bad-email-external",
    ),
    pytest.param(
        _append("[rules.partner_notice]\nworking_days = 10"),
        "rules.partner_notice.working_days",
        "the 5 working days are statutory (19.8) and cannot be changed",
        id="statutory-partner-notice",
    ),
    pytest.param(
        _append("[rules.rapid_review_submission]\nworking_days = 20"),
        "rules.rapid_review_submission.working_days",
        "the 15 working days are statutory (19.11-19.13)",
        id="statutory-rapid-review",
    ),
    pytest.param(
        _append("[rules.publication]\nmonths = 9"),
        "rules.publication.months",
        "the 6 months are statutory (19.24)",
        id="statutory-publication-months",
    ),
    pytest.param(
        _append("[rules.publication]\nworking_days = 9"),
        "rules.publication.working_days",
        "the 6 months are statutory (19.24)",
        id="statutory-publication-days",
    ),
    pytest.param(
        _append("[rules.icsc_decision]\nworking_days = 3"),
        "rules.icsc_decision.working_days",
        "does not apply to icsc_decision; it takes only working_days_before",
        id="wrong-field-icsc",
    ),
    pytest.param(
        _append("[rules.delay_notice]\nworking_days_before = 3"),
        "rules.delay_notice.working_days_before",
        "does not apply to delay_notice; it takes only working_days",
        id="wrong-field-delay",
    ),
    pytest.param(
        _append('[rules.publication]\nanchor = "aware"'),
        "rules.publication.anchor",
        "does not apply to publication; it takes no settings",
        id="anchor-not-for-publication",
    ),
    pytest.param(
        _append("[rules.panel_notification]\nworking_days_before = 1"),
        "rules.panel_notification.working_days_before",
        "does not apply",
        id="wrong-field-statutory-kind",
    ),
    pytest.param(
        _append("[rules.panel_notifcation]\nworking_days = 5"),
        "rules.panel_notifcation",
        "unknown clock kind 'panel_notifcation' (known: panel_notification, ",
        id="unknown-clock-kind",
    ),
    pytest.param(
        _append("[rules.delay_notice]\nworkingdays = 5"),
        "rules.delay_notice",
        "unknown key 'workingdays'",
        id="unknown-key-in-rule",
    ),
    pytest.param(
        _append("[rules.delay_notice]\nworking_days = 0"),
        "rules.delay_notice.working_days",
        "0: input should be greater than or equal to 1",
        id="days-too-few",
    ),
    pytest.param(
        _append("[rules.family_notification]\nworking_days = 61"),
        "rules.family_notification.working_days",
        "61:",
        id="days-too-many",
    ),
    pytest.param(
        _append('[rules.delay_notice]\nworking_days = "five"'),
        "rules.delay_notice.working_days",
        "'five': input should be a valid integer",
        id="days-as-text",
    ),
    pytest.param(
        _append("[rules.icsc_decision]\nworking_days_before = 15"),
        "rules.icsc_decision.working_days_before",
        "15 must be fewer than the 15 working days",
        id="icsc-before-rapid-review",
    ),
    pytest.param(
        _append("[rules.pre_publication_copy]\nworking_days_before = 5"),
        "rules.pre_publication_copy.working_days_before",
        "5 is fewer than the 7 working days Working Together 2018 requires",
        id="pre-publication-too-short",
    ),
    pytest.param(
        _append('[rules.rapid_review_submission]\nanchor = "incident"'),
        "rules.rapid_review_submission.anchor",
        "'incident': input should be 'aware' or 'panel_notification_sent'",
        id="bad-anchor",
    ),
    pytest.param(
        _prepend("rules = 5"), "rules", "5: input should be a valid dictionary", id="rules-not-a-table"
    ),
    pytest.param(
        _append(LADDER_STEP.format(rung="reminder", trigger="half_budget", notify='["owner"]') * 2),
        "escalation.1.rung",
        "rung 'reminder' appears twice (also at 0)",
        id="rung-twice",
    ),
    pytest.param(
        _append(LADDER_STEP.format(rung="reminder", trigger="halfway", notify='["owner"]')),
        "escalation.0.trigger",
        "'halfway': input should be",
        id="bad-trigger",
    ),
    pytest.param(
        _append(LADDER_STEP.format(rung="nudge", trigger="on_due", notify='["owner"]')),
        "escalation.0.rung",
        "'nudge'",
        id="bad-rung",
    ),
    pytest.param(
        _append(LADDER_STEP.format(rung="reminder", trigger="half_budget", notify='["owner", "chief"]')),
        "escalation.0.notify.1",
        "'chief': input should be",
        id="bad-recipient",
    ),
    pytest.param(
        _append(LADDER_STEP.format(rung="reminder", trigger="half_budget", notify="[]")),
        "escalation.0.notify",
        "give at least 1 (got 0)",
        id="nobody-notified",
    ),
    pytest.param(
        _append(LADDER_STEP.format(rung="reminder", trigger="half_budget", notify='["owner", "owner"]')),
        "escalation.0.notify",
        "a recipient is listed twice",
        id="recipient-twice",
    ),
    pytest.param(
        _append(
            LADDER_STEP.format(rung="reminder", trigger="half_budget", notify='["owner"]')
            + "working_days = 3"
        ),
        "escalation.0.working_days",
        "trigger 'half_budget' takes no working days",
        id="days-for-half-budget",
    ),
    pytest.param(
        _append(
            LADDER_STEP.format(rung="breached", trigger="after_due", notify='["slt"]') + "working_days = 0"
        ),
        "escalation.0.working_days",
        "trigger 'after_due' needs at least 1",
        id="no-days-after-due",
    ),
    pytest.param(_prepend("escalation = []"), "escalation", "give at least one rung", id="empty-ladder"),
    pytest.param(
        _append('[calendar]\nregion = "scotland"'),
        "calendar.region",
        "'scotland': input should be 'england-and-wales'",
        id="bad-region",
    ),
    pytest.param(
        _append('[calendar]\nclosure_days = [{ date = "2026-13-01", name = "x" }]'),
        "calendar.closure_days.0.date",
        "'2026-13-01'",
        id="bad-closure-date",
    ),
    pytest.param(
        _append(
            '[calendar]\nclosure_days = [{ date = 2026-12-29, name = "a" }, '
            '{ date = 2026-12-29, name = "b" }]'
        ),
        "calendar.closure_days.1.date",
        "2026-12-29 is listed twice",
        id="closure-day-twice",
    ),
    pytest.param(
        _append('[calendar]\ngovuk_feed = "missing/bank-holidays.json"'),
        "calendar.govuk_feed",
        "no such file",
        id="feed-missing",
    ),
    pytest.param(
        _append('[digest]\ncron = "every monday"'),
        "digest.cron",
        "'every monday' is not a five-field cron expression",
        id="bad-cron",
    ),
    pytest.param(
        _append('[digest]\ntimezone = "Mars/Olympus"'),
        "digest.timezone",
        "'Mars/Olympus' is not a time zone",
        id="bad-digest-zone",
    ),
    pytest.param(
        _replace("[delivery]", '[delivery]\nchannel = "smtp"'),
        "delivery.smtp_host",
        "required when channel = 'smtp'",
        id="smtp-no-host",
    ),
    pytest.param(
        _replace("[delivery]", '[delivery]\nchannel = "pigeon"'),
        "delivery.channel",
        "'pigeon': input should be 'file' or 'smtp'",
        id="bad-channel",
    ),
]


@pytest.mark.parametrize(("text", "key", "problem"), BAD)
def test_bad_file_fails_in_one_line(tmp_path: Path, text: str, key: str, problem: str) -> None:
    path = _write(tmp_path, text)
    message = _fails(path)
    expected = f"{path}: {key}: {problem}" if key else f"{path}: {problem}"
    assert message.startswith(expected), message


def test_contact_is_plain_data() -> None:
    contact = Contact(name="Support Team", email=" support@tscp.example.org ")
    assert contact.email == "support@tscp.example.org"
