"""The annual report rendered: Markdown, and one self-contained HTML file with inline SVG charts.

The figures come from ``domain.reports.annual`` (case references only: no child details). The
HTML needs nothing else: inline CSS, the charts drawn here as SVG, no scripts, no fonts, no
external files, so it opens the same in any browser, offline, or as a mail attachment.
"""

from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path

import jinja2
from markupsafe import Markup

from domain.dates import long_date
from domain.decisions import CRITERIA, Outcome
from domain.facts import Harm
from domain.kinds import Circumstance, WithheldScope
from domain.reports.annual import AnnualReport, ClockLine, Timeline
from domain.status import DelayStatus
from notifications.render import AUTOESCAPE, TEMPLATES_DIR

TEMPLATES = TEMPLATES_DIR / "reports"

OUTCOMES = {
    Outcome.LOCAL_REVIEW: "Local review",
    Outcome.NATIONAL_REVIEW: "Referred for a national review",
    Outcome.NO_REVIEW: "No review",
}
HARM = {Harm.DEATH: "Death", Harm.SERIOUS_HARM: "Serious harm", Harm.OTHER: "Other"}
CIRCUMSTANCES = {
    Circumstance.CRIMINAL_INVESTIGATION: "Criminal investigation",
    Circumstance.INQUEST: "Inquest",
    Circumstance.PROSECUTION: "Prosecution",
    Circumstance.OTHER: "Other",
}
SCOPES = {
    WithheldScope.FULL: "Full report withheld; the improvements published",
    WithheldScope.IMPROVEMENTS: "Nothing published (report and improvements withheld)",
}
DELAY_STATUS = {
    DelayStatus.REQUESTED: "Awaiting the SLT",
    DelayStatus.APPROVED: "Approved by the SLT",
    DelayStatus.REFUSED: "Refused by the SLT",
}

# Colours: GOV.UK palette, which keeps enough contrast on white for text and bars.
BLUE, GREEN, AMBER, RED, GREY, DARK, LIGHT = (
    "#1d70b8",
    "#00703c",
    "#f47738",
    "#d4351c",
    "#b1b4b6",
    "#0b0c0c",
    "#f3f2f1",
)
FONT = "font-family:Arial,Helvetica,sans-serif"


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f}%" if value == int(value) else f"{value:.1f}%"


def _rate_colour(value: float | None) -> str:
    if value is None:
        return GREY
    return GREEN if value >= 90 else AMBER if value >= 70 else RED


def on_time_chart(lines: Sequence[ClockLine], width: int = 920) -> str:
    """A horizontal bar per clock kind: the share met on time, with 'n of m' beside it."""
    if not lines:
        return ""
    label_w, right_w, row_h, top = 250, 110, 30, 30
    bar_w = width - label_w - right_w
    height = top + row_h * len(lines) + 28
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="100%" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="ot-title" '
        f'style="{FONT};font-size:13px">',
        '<title id="ot-title">Share of each clock met on time</title>',
    ]
    for pct in (0, 50, 90, 100):  # gridlines, with the 90% goal marked
        x = label_w + bar_w * pct / 100
        dash = ' stroke-dasharray="4 3"' if pct == 90 else ""
        out.append(
            f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 24}" stroke="{GREY}"{dash}/>'
        )
        out.append(f'<text x="{x:.1f}" y="{top - 12}" text-anchor="middle" fill="#505a5f">{pct}%</text>')
    for i, line in enumerate(lines):
        y = top + i * row_h
        value = line.on_time_percent or 0.0
        name = escape(line.label) + (" *" if line.statutory else "")
        out.append(f'<text x="{label_w - 8}" y="{y + 19}" text-anchor="end" fill="{DARK}">{name}</text>')
        out.append(f'<rect x="{label_w}" y="{y + 6}" width="{bar_w}" height="18" fill="{LIGHT}"/>')
        out.append(
            f'<rect x="{label_w}" y="{y + 6}" width="{bar_w * value / 100:.1f}" height="18" '
            f'fill="{_rate_colour(line.on_time_percent)}"/>'
        )
        out.append(
            f'<text x="{label_w + bar_w + 8}" y="{y + 19}" fill="{DARK}">'
            f'<tspan font-weight="bold">{_pct(line.on_time_percent)}</tspan> '
            f"({line.on_time} of {line.total})</text>"
        )
    out.append(
        f'<text x="{label_w}" y="{height - 6}" fill="#505a5f">* statutory. Green: 90% or '
        "more on time; amber: 70% or more; red: less than 70%.</text>"
    )
    out.append("</svg>")
    return "\n".join(out)


MILESTONES = (
    ("aware", "Local authority aware", "circle", DARK),
    ("notified", "Panel notified", "diamond", BLUE),
    ("decided", "ICSC decision", "square", "#4c2c92"),
    ("submitted", "Rapid review to the Panel", "triangle", AMBER),
    ("published", "Review published", "star", GREEN),
)


def _marker(shape: str, x: float, y: float, colour: str) -> str:
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colour}"/>'
    if shape == "square":
        return f'<rect x="{x - 4.5:.1f}" y="{y - 4.5:.1f}" width="9" height="9" fill="{colour}"/>'
    if shape == "diamond":
        return (
            f'<polygon points="{x:.1f},{y - 6:.1f} {x + 6:.1f},{y:.1f} {x:.1f},{y + 6:.1f} '
            f'{x - 6:.1f},{y:.1f}" fill="{colour}"/>'
        )
    if shape == "triangle":
        return (
            f'<polygon points="{x:.1f},{y - 6:.1f} {x + 6:.1f},{y + 5:.1f} {x - 6:.1f},{y + 5:.1f}" '
            f'fill="{colour}"/>'
        )
    return (
        f'<polygon points="{x:.1f},{y - 7:.1f} {x + 2:.1f},{y - 2:.1f} {x + 7:.1f},{y - 2:.1f} '
        f"{x + 3:.1f},{y + 2:.1f} {x + 5:.1f},{y + 7:.1f} {x:.1f},{y + 4:.1f} {x - 5:.1f},"
        f'{y + 7:.1f} {x - 3:.1f},{y + 2:.1f} {x - 7:.1f},{y - 2:.1f} {x - 2:.1f},{y - 2:.1f}" '
        f'fill="{colour}"/>'
    )


def _months(first: date, last: date) -> list[date]:
    out, d = [], date(first.year, first.month, 1)
    while d <= last:
        if d >= first:
            out.append(d)
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out


def timeline_chart(rows: Sequence[Timeline], as_of: date, period_start: date, width: int = 920) -> str:
    """One row per case from awareness to publication: a bar from the day the local authority
    became aware to the last milestone reached (a paler tail to the report's day while the case
    is still going), and a marker for each milestone."""
    if not rows:
        return ""
    label_w, right_pad, row_h, top = 130, 16, 28, 40
    first = min(min(r.aware for r in rows), period_start)
    last = as_of
    span = max((last - first).days, 1)
    plot_w = width - label_w - right_pad
    height = top + row_h * len(rows) + 66

    def x(day: date) -> float:
        return label_w + plot_w * (day - first).days / span

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="100%" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="tl-title" '
        f'style="{FONT};font-size:12px">',
        '<title id="tl-title">Each case from awareness to publication</title>',
    ]
    months = _months(first, last)
    step = max(1, len(months) // 12)
    for i, m in enumerate(months):
        out.append(
            f'<line x1="{x(m):.1f}" y1="{top - 8}" x2="{x(m):.1f}" '
            f'y2="{top + row_h * len(rows)}" stroke="#e3e3e3"/>'
        )
        if i % step == 0:
            text = f"{m:%b}" + (f" {m:%Y}" if m.month == 1 or i == 0 else "")
            out.append(f'<text x="{x(m) + 3:.1f}" y="{top - 12}" fill="#505a5f">{text}</text>')
    ps = x(period_start)
    out.append(
        f'<line x1="{ps:.1f}" y1="{top - 26}" x2="{ps:.1f}" y2="{top + row_h * len(rows)}" '
        f'stroke="{DARK}" stroke-dasharray="4 3"/>'
    )
    out.append(f'<text x="{ps + 4:.1f}" y="{top - 28}" fill="{DARK}">reporting year starts</text>')
    for i, r in enumerate(rows):
        y = top + i * row_h + row_h / 2
        out.append(
            f'<text x="{label_w - 8}" y="{y + 4:.1f}" text-anchor="end" fill="{DARK}">'
            f"{escape(r.reference)}</text>"
        )
        reached = [d for d in (r.aware, r.notified, r.decided, r.submitted, r.published) if d]
        end = max(reached)
        if r.published is None and end < last:
            out.append(
                f'<rect x="{x(end):.1f}" y="{y - 3:.1f}" width="{x(last) - x(end):.1f}" '
                f'height="6" fill="{LIGHT}" stroke="{GREY}" stroke-width="0.5"/>'
            )
        out.append(
            f'<rect x="{x(r.aware):.1f}" y="{y - 4:.1f}" '
            f'width="{max(x(end) - x(r.aware), 1):.1f}" height="8" fill="{GREY}"/>'
        )
        for key, _, shape, colour in MILESTONES:
            day = getattr(r, key)
            if day is not None:
                out.append(_marker(shape, x(day), y, colour))
    ly = top + row_h * len(rows) + 26
    lx = float(label_w)
    for _, name, shape, colour in MILESTONES:
        out.append(_marker(shape, lx + 6, ly - 4, colour))
        out.append(f'<text x="{lx + 16:.1f}" y="{ly:.1f}" fill="{DARK}">{name}</text>')
        lx += 16 + 6.4 * len(name) + 22
    out.append(
        f'<text x="{label_w}" y="{ly + 24}" fill="#505a5f">Pale tail: still going on '
        f"{long_date(as_of)}.</text>"
    )
    out.append("</svg>")
    return "\n".join(out)


FINDING_SHORT = {"met": "met", "not_met": "not met", "not_applicable": "n/a", "not_recorded": "not recorded"}


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=jinja2.select_autoescape(enabled_extensions=AUTOESCAPE, default=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(long_date=long_date, pct=_pct)
    return env


def _context(report: AnnualReport) -> dict[str, object]:
    return {
        "r": report,
        "outcomes": OUTCOMES,
        "harm": HARM,
        "circumstances": CIRCUMSTANCES,
        "scopes": SCOPES,
        "delay_status": DELAY_STATUS,
        "criteria": CRITERIA,
        "finding": FINDING_SHORT,
    }


def render_markdown(report: AnnualReport) -> str:
    """The report as Markdown (tables; the charts are in the HTML)."""
    return _environment().get_template("annual.md.j2").render(_context(report))


def render_html(report: AnnualReport) -> str:
    """The report as one self-contained HTML document with its charts inline."""
    charts = {
        "on_time": Markup(on_time_chart(report.clocks)),
        "timeline": Markup(timeline_chart(report.timeline, report.as_of, report.period.start)),
    }
    return _environment().get_template("annual.html.j2").render(_context(report), charts=charts)


def file_stem(report: AnnualReport) -> str:
    """'annual-report-2026-27'."""
    return f"annual-report-{report.period.label}"


def write_report(report: AnnualReport, out_dir: Path) -> tuple[Path, Path]:
    """Write the Markdown and HTML files into ``out_dir``; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    md = out_dir / f"{file_stem(report)}.md"
    html = out_dir / f"{file_stem(report)}.html"
    md.write_text(render_markdown(report), encoding="utf-8")
    html.write_text(render_html(report), encoding="utf-8")
    return md, html
