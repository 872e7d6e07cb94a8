"""The feed as a folder of HTML: an index of its stories linking each copy's report.

``FOLDER/index.html`` lists the stories (original, why it was chosen, each copy with its
verdict, worst severity and findings per kind, the facts that changed in how many
copies) and the articles in no story; ``FOLDER/copies/N-ID.html`` is the full report
of one comparison, as ``factdiff compare --format html`` writes it. Every page is one
self-contained file that opens offline.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from ..report.styles import SEVERITY_COLOR
from .run import FeedPlan
from .summary import FeedSummary

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def report_names(plan: FeedPlan) -> dict[str, str]:
    """Copy id -> its report's file name under ``copies/``: numbered in plan order (stable
    across runs of the same feed, so ``--resume`` keeps the links), then the id made safe."""
    names = {}
    for n, copy in enumerate((c for s in plan.stories for c in s.copies), start=1):
        safe = _UNSAFE.sub("_", copy).strip("._")[-60:] or "copy"
        names[copy] = f"{n:05d}-{safe}.html"
    return names


def write_report(folder: Path, name: str, line: str) -> None:
    """Render one output row's report as HTML into ``folder/copies/name``."""
    import json

    from ..report.html import render_html
    from ..report.model import Report

    data = json.loads(line)
    report = Report.from_dict(data["report"])
    title = f"{data.get('story', '')}: {data.get('original')} vs {data.get('copy')}"
    target = folder / "copies" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_html(report, title=title), encoding="utf-8")


_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222}
h1{font-size:1.4rem} h2{font-size:1.1rem;margin:2rem 0 .3rem} .why{color:#555;margin:.1rem 0 .5rem}
table{border-collapse:collapse;width:100%;font-size:.92rem} th,td{padding:.25rem .5rem;text-align:left;
border-bottom:1px solid #ddd} th{background:#f4f4f4} td.n{text-align:right} .dim{color:#999}
.sev{font-weight:600} ul.facts{margin:.4rem 0 0 1rem;padding:0} .singles{columns:3;font-size:.9rem}
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _sev(label: str | None) -> str:
    if not label:
        return '<span class="dim">-</span>'
    return f'<span class="sev" style="color:{SEVERITY_COLOR.get(label, "#222")}">{_e(label)}</span>'


def render_index(summary: FeedSummary, names: dict[str, str]) -> str:
    """The index page: one section per story, links to ``copies/`` for each compared copy."""
    data: dict[str, Any] = summary.to_dict()
    kinds = summary.kinds()
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta name="generator" content="factdiff">\n',
        f"<title>{_e(summary.headline())}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n",
        f"<h1>{_e(summary.headline())}</h1>\n<p>{_e(data['totals'])}</p>\n",
    ]
    for story in data["stories"]:
        parts.append(f'<section id="{_e(story["story"])}">\n<h2>{_e(story["story"])}: {_e(story["original"])}</h2>\n')
        parts.append(f'<p class="why">original: {_e(story["reason"])}; {story["compared"]} copies compared</p>\n')
        head = "".join(f"<th>{_e(k)}</th>" for k in kinds)
        parts.append(f"<table>\n<tr><th>copy</th><th>verdict</th><th>worst</th>{head}</tr>\n")
        for copy in story["copies"]:
            name = names.get(copy["id"])
            label = _e(copy["id"])
            link = f'<a href="copies/{_e(name)}">{label}</a>' if name and copy["error"] is None else label
            if copy["error"] is not None:
                parts.append(f'<tr><td>{link}</td><td colspan="{2 + len(kinds)}">error: {_e(copy["error"])}</td></tr>\n')
                continue
            cells = "".join(
                f'<td class="n">{copy["kinds"].get(k) or "<span class=dim>·</span>"}</td>' for k in kinds
            )
            parts.append(f"<tr><td>{link}</td><td>{_e(copy['verdict'])}</td><td>{_sev(copy['worst'])}</td>{cells}</tr>\n")
        parts.append("</table>\n")
        if story["changes"]:
            parts.append('<ul class="facts">\n')
            for change in story["changes"][:20]:
                parts.append(
                    f"<li>{_e(change['phrase'])} in {change['copies']} of {change['of']} copies "
                    f"<span class=\"dim\">({_e(change['kind'])}, {_sev(change['severity'])})</span></li>\n"
                )
            parts.append("</ul>\n")
        parts.append("</section>\n")
    if data["singletons"]:
        parts.append(f"<h2>In no story, not compared ({len(data['singletons'])})</h2>\n<ul class=\"singles\">\n")
        parts += [f"<li>{_e(s)}</li>\n" for s in data["singletons"]]
        parts.append("</ul>\n")
    if data["unreadable"]:
        parts.append(f"<h2>Unreadable ({len(data['unreadable'])})</h2>\n<ul>\n")
        parts += [f"<li>{_e(a['id'])}: {_e(a['error'])}</li>\n" for a in data["unreadable"]]
        parts.append("</ul>\n")
    parts.append("</body>\n</html>\n")
    return "".join(parts)
