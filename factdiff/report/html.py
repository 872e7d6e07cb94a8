"""A report as ONE self-contained HTML file an editor can open, click and print.

Inline CSS and JS only: nothing is fetched (a Content-Security-Policy with the
hashes of our own style and script forbids everything else, so even a bug in
escaping could not run a script from the input). Every piece of input text is
escaped with ``html.escape(quote=True)``; no input text goes inside ``<script>``:
the script reads what it needs from ``data-`` attributes.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from html import escape

from .diff import Piece, Row, build_rows, marks_by_sentence, pieces, place_findings
from .model import SEVERITIES, DocumentInfo, Finding, Report, Span

_VERDICT_TEXT = {
    "identical": "the two texts are identical",
    "copy": "the copy is a version of the original",
    "unrelated": "the copy does not look like a version of the original",
    "other_language": "the copy is in another language and was not compared",
}
_ICON = {"critical": "✖", "major": "▲", "minor": "●", "info": "ℹ"}
_STATUS = {"dropped": "not in the copy", "added": "not in the original"}


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _kind_label(kind: str) -> str:
    return kind.replace("_", " ")


_CSS = """\
:root{--ink:#1d2330;--mute:#5d6675;--line:#dde1e8;--paper:#fff;--soft:#f5f6f8;
--critical:#c62828;--critical-bg:#fde3e1;--major:#d9600b;--major-bg:#ffe9d3;
--minor:#a77a00;--minor-bg:#fff3c4;--info:#3d6a9c;--info-bg:#e2ecf7;--chg-line:#a99ad8;
--active:#fff8d6;}
*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
html{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--paper)}
body{margin:0}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);padding:1px 5px;border-radius:4px}
a{color:inherit}
.top{padding:14px 22px 12px;border-bottom:1px solid var(--line);display:flex;flex-wrap:wrap;gap:6px 28px;align-items:flex-end}
.top h1{font-size:19px;margin:0;font-weight:650;letter-spacing:-.01em;flex:1 1 100%}
.top h1 .brand{color:var(--mute);font-weight:500}
.meta{display:flex;flex-wrap:wrap;gap:4px 18px;margin:0;font-size:13px;color:var(--mute)}
.meta div{display:flex;gap:6px;align-items:baseline}
.meta dt{font-weight:600}.meta dd{margin:0;color:var(--ink)}
.verdict{font-weight:650}
.sig{display:inline-block;max-width:36ch;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;vertical-align:bottom}
.counts{display:flex;gap:6px;list-style:none;margin:0;padding:0;flex-wrap:wrap}
.counts li{font-size:13px;padding:2px 10px;border-radius:999px;background:var(--soft);color:var(--mute);border:1px solid var(--line)}
.counts li b{font-weight:700}
.counts li[data-sev]:not(.zero){background:var(--bg);color:var(--c);border-color:var(--c)}
[data-sev=critical]{--c:var(--critical);--bg:var(--critical-bg)}
[data-sev=major]{--c:var(--major);--bg:var(--major-bg)}
[data-sev=minor]{--c:var(--minor);--bg:var(--minor-bg)}
[data-sev=info]{--c:var(--info);--bg:var(--info-bg)}
.stats{font-size:13px;color:var(--mute)}
.layout{display:grid;grid-template-columns:minmax(300px,370px) minmax(0,1fr)}
.panel{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;border-right:1px solid var(--line);background:var(--soft)}
.filters{padding:12px 16px;border-bottom:1px solid var(--line);font-size:13px;display:grid;gap:8px}
.filters select{font:inherit;padding:2px 4px}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:2px 12px}
.filters legend{font-weight:600;padding:0;margin-bottom:2px}
.filters label{white-space:nowrap}
.filters .n{color:var(--mute)}
.shown{margin:0;color:var(--mute)}
.nojs .filters{display:none}
.flist{padding:8px}
ol.findings{list-style:none;margin:0;padding:0}
.flist h2{font-size:13px;margin:4px 8px 8px;text-transform:uppercase;letter-spacing:.06em;color:var(--mute)}
.finding{margin:0 0 6px}
.finding>a{display:block;text-decoration:none;background:var(--paper);border:1px solid var(--line);border-left:4px solid var(--c);border-radius:6px;padding:7px 10px 8px;font-size:13px}
.finding>a:hover,.finding>a:focus-visible{border-color:var(--c);outline:none;box-shadow:0 0 0 2px var(--bg)}
.finding.active>a{box-shadow:0 0 0 2px var(--c)}
.fhead{display:flex;gap:8px;align-items:baseline}
.num{font-weight:700;font-variant-numeric:tabular-nums;min-width:1.4em}
.sev{white-space:nowrap;font-size:11px;font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:var(--c)}
.kind{color:var(--mute);flex:1;min-width:0}
.msg{display:block;margin:2px 0 3px}
.quotes{display:grid;grid-template-columns:auto 1fr;gap:0 6px;color:var(--mute);font-size:12.5px}
.quotes q{color:var(--ink);display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden;quotes:"\\201C" "\\201D"}
.quotes .none{font-style:italic}
.empty-list{color:var(--mute);padding:8px}
main{min-width:0;padding:0 0 40vh}
table.align{border-collapse:collapse;width:100%;table-layout:fixed}
table.align caption{text-align:left;font-weight:600;padding:12px 16px 6px;font-size:13px;color:var(--mute);text-transform:uppercase;letter-spacing:.06em}
table.align thead th{position:sticky;top:0;z-index:1;background:var(--paper);text-align:left;font-size:13px;padding:6px 12px;border-bottom:2px solid var(--line)}
table.align col.g{width:92px}
tr.row>*{border-bottom:1px solid var(--line);padding:8px 12px;vertical-align:top}
tr.row .gut{font-size:12px;color:var(--mute);text-align:left;font-weight:400}
.rn{font-weight:700;color:var(--ink);text-decoration:none;font-variant-numeric:tabular-nums}
.tag{display:inline-block;font-size:10.5px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;border-radius:4px;padding:0 5px;margin-top:3px;border:1px solid currentColor}
.tag.moved{color:#6a4fb3}.tag.dropped{color:var(--critical)}.tag.added{color:#2e7d32}
.movenote{display:block;margin-top:3px;line-height:1.35}
td.side{white-space:pre-wrap;overflow-wrap:anywhere}
tr.dropped td.orig{background:#fff6f5}
tr.added td.copy{background:#f3faf3}
td.empty{color:var(--mute);font-style:italic;font-size:13px}
tr.row.active>*{background:var(--active)}
tr.row.active .gut{box-shadow:inset 4px 0 0 #e0a800}
tr.row.quiet td.side{color:#3b4250}
tr.ghost td{padding:2px 12px;font-size:12px;color:#6a4fb3;border-bottom:1px dashed #c9bfe6}
.s[data-role=headline]{font-weight:650}
.s[data-role=dateline]{font-variant:small-caps;color:var(--mute)}
.s[data-role=credits]{font-style:italic;color:var(--mute);font-size:13px}
.chg{text-decoration:underline 2px var(--chg-line);text-underline-offset:3px;text-decoration-skip-ink:none}
mark.hl{background:var(--bg);color:inherit;box-shadow:inset 0 -2px var(--c)}
mark.hl .chg{font-weight:650;text-decoration-color:var(--c)}
mark.hl.active{background:var(--c);color:#fff}
mark.hl.active .chg{text-decoration-color:#fff}
.fm{font-size:10px;font-weight:700;line-height:1;vertical-align:super;margin:0 1px;padding:1px 4px;border-radius:8px;background:var(--c);color:#fff;text-decoration:none;font-variant-numeric:tabular-nums}
.fm.active{outline:2px solid var(--ink)}
.legend{display:flex;gap:14px;flex-wrap:wrap;padding:6px 16px 0;font-size:12px;color:var(--mute)}
@media screen{
li.finding.off,.fm.off,tr.row.off,tr.ghost.off{display:none}
mark.hl.off{background:none;box-shadow:none;color:inherit}
mark.hl.off .chg{font-weight:inherit;text-decoration-color:var(--chg-line)}
mark.hl[data-vsev=critical]{--c:var(--critical);--bg:var(--critical-bg)}
mark.hl[data-vsev=major]{--c:var(--major);--bg:var(--major-bg)}
mark.hl[data-vsev=minor]{--c:var(--minor);--bg:var(--minor-bg)}
mark.hl[data-vsev=info]{--c:var(--info);--bg:var(--info-bg)}
}
@media (max-width:900px){.layout{display:block}.panel{position:static;max-height:none;border-right:0}}
@media print{
html{font-size:11pt}
.filters,.legend{display:none!important}
.layout{display:block}
.panel{position:static;max-height:none;overflow:visible;border:0;background:none}
table.align thead th{position:static}
tr.row,li.finding{break-inside:avoid}
ol.findings{columns:2;column-gap:10px}
.finding>a{padding:4px 8px}
tr.row.active>*{background:none}
main{padding:0}
.sig{max-width:none;white-space:normal;overflow-wrap:anywhere}
.quotes q{display:inline;-webkit-line-clamp:unset}
}
"""

_JS = """\
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.remove('nojs');
  var LEVEL = {info: 0, minor: 1, major: 2, critical: 3};
  var NAMES = ['info', 'minor', 'major', 'critical'];
  var items = Array.prototype.slice.call(document.querySelectorAll('li.finding'));
  var byNum = {};
  items.forEach(function (li) { byNum[li.dataset.f] = li; });
  var minsev = document.getElementById('minsev');
  var kinds = Array.prototype.slice.call(document.querySelectorAll('input[name=kind]'));
  var onlyRows = document.getElementById('onlyrows');
  var shown = document.getElementById('shown');
  var all = function (sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); };

  function apply() {
    var min = minsev ? LEVEL[minsev.value] : 0;
    var on = {};
    kinds.forEach(function (k) { on[k.value] = k.checked; });
    var vis = {}, n = 0;
    items.forEach(function (li) {
      var v = LEVEL[li.dataset.sev] >= min && on[li.dataset.kind] !== false;
      li.classList.toggle('off', !v);
      li.setAttribute('aria-hidden', v ? 'false' : 'true');
      vis[li.dataset.f] = v;
      if (v) { n += 1; }
    });
    all('.fm').forEach(function (m) { m.classList.toggle('off', !vis[m.dataset.f]); });
    all('mark.hl[data-f]').forEach(function (m) {
      var best = -1;
      m.dataset.f.split(' ').forEach(function (f) {
        if (vis[f] && byNum[f]) { best = Math.max(best, LEVEL[byNum[f].dataset.sev]); }
      });
      m.classList.toggle('off', best < 0);
      if (best >= 0) { m.dataset.vsev = NAMES[best]; } else { delete m.dataset.vsev; }
    });
    var hide = onlyRows && onlyRows.checked;
    all('tr.row').forEach(function (tr) {
      var has = (tr.dataset.fs || '').split(' ').some(function (f) { return vis[f]; });
      tr.classList.toggle('quiet', !has);
      tr.classList.toggle('off', hide && !has);
    });
    all('tr.ghost').forEach(function (tr) { tr.classList.toggle('off', !!hide); });
    if (shown) { shown.textContent = 'Showing ' + n + ' of ' + items.length + ' findings'; }
  }

  function activate(f, scroll) {
    var li = byNum[f];
    if (!li) { return; }
    all('.active').forEach(function (el) { el.classList.remove('active'); });
    all('[aria-current]').forEach(function (el) { el.removeAttribute('aria-current'); });
    li.classList.add('active');
    li.setAttribute('aria-current', 'true');
    all('mark.hl[data-f], .fm').forEach(function (m) {
      if ((' ' + m.dataset.f + ' ').indexOf(' ' + f + ' ') >= 0) { m.classList.add('active'); }
    });
    var row = li.dataset.row ? document.getElementById(li.dataset.row) : null;
    if (row) {
      row.classList.remove('off');
      row.classList.add('active');
      if (scroll) {
        row.scrollIntoView({block: 'center', inline: 'nearest'});
        row.focus({preventScroll: true});
      }
    }
  }

  document.addEventListener('click', function (ev) {
    var go = ev.target.closest('li.finding > a');
    if (go) {
      ev.preventDefault();
      activate(go.parentNode.dataset.f, true);
      return;
    }
    var fm = ev.target.closest('a.fm');
    if (fm) { activate(fm.dataset.f, false); }
  });
  if (minsev) { minsev.addEventListener('change', apply); }
  kinds.forEach(function (k) { k.addEventListener('change', apply); });
  if (onlyRows) { onlyRows.addEventListener('change', apply); }
  apply();
}());
"""


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


_CSP = (
    "default-src 'none'; "
    f"style-src '{_sha256(_CSS)}'; script-src '{_sha256(_JS)}'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)


#: The report's own style sheet, script and Content-Security-Policy, for a page that
#: embeds :func:`render_html_body` (``factdiff serve`` serves them as files).
CSS, JS, CSP = _CSS, _JS, _CSP


def default_title(report: Report) -> str:
    return f"{report.original.name or 'original'} vs {report.copy.name or 'copy'}"


def render_html(report: Report, title: str | None = None) -> str:
    """The whole report as one HTML document (a string); works from ``Report.from_dict`` too."""
    if title is None:
        title = default_title(report)
    parts = [
        "<!DOCTYPE html>\n",
        '<html lang="en" class="nojs">\n<head>\n<meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta name="generator" content="factdiff">\n',
        f"<title>factdiff: {_e(title)}</title>\n",
        f"<style>{_CSS}</style>\n</head>\n<body>\n",
        render_html_body(report, title),
        f"<script>{_JS}</script>\n</body>\n</html>\n",
    ]
    return "".join(parts)


def render_html_body(report: Report, title: str | None = None) -> str:
    """The report's markup without the document around it (no style, no script): the
    same header, filters, finding list and side-by-side table, for a page that loads
    :data:`CSS` and :data:`JS` itself."""
    rows = build_rows(report)
    places = place_findings(report, rows)
    if title is None:
        title = default_title(report)
    row_findings: dict[int, list[int]] = {}
    for number, place in enumerate(places, start=1):
        for r in {place.original_row, place.copy_row} - {None}:
            row_findings.setdefault(r, []).append(number)  # type: ignore[arg-type]
    parts = [
        _header(report, rows, title),
        '<div class="layout">\n',
        '<aside class="panel" aria-label="Findings">\n',
        _filters(report),
        _finding_list(report, places),
        "</aside>\n",
        '<main id="main">\n',
        _table(report, rows, row_findings),
        "</main>\n</div>\n",
    ]
    return "".join(parts)


# ------------------------------------------------------------------ header
def _header(report: Report, rows: Sequence[Row], title: str) -> str:
    verdict = report.verdict
    explain = _VERDICT_TEXT.get(verdict, "")
    counts = "".join(
        f'<li data-sev="{label}"{" class=zero" if n == 0 else ""}>'
        f'<span aria-hidden="true">{_ICON[label]}</span> <b>{n}</b> {label}</li>'
        for label, n in report.summary.items()
    )
    status = [r.status for r in rows]
    stats = (
        f"{len(report.findings)} findings · {len(rows)} rows: "
        f"{status.count('paired')} paired, {status.count('dropped')} dropped, "
        f"{status.count('added')} added, {sum(r.moved for r in rows)} moved"
    )
    sig = (
        f'<code class="sig" title="{_e(report.signature)}">{_e(report.signature)}</code>'
        if report.signature
        else "—"
    )
    return (
        '<header class="top">\n'
        f'<h1><span class="brand">factdiff ·</span> {_e(title)}</h1>\n'
        '<dl class="meta">'
        f'<div><dt>Verdict</dt><dd class="verdict" title="{_e(explain)}">{_e(verdict)}</dd></div>'
        f"<div><dt>Original</dt><dd>{_e(_doc_label(report.original))}</dd></div>"
        f"<div><dt>Copy</dt><dd>{_e(_doc_label(report.copy))}</dd></div>"
        + (
            f'<div><dt>Mode</dt><dd class="mode">{_e(report.mode)}: '
            f"{_e(report.original.language)} → {_e(report.copy.language)}</dd></div>"
            if report.mode == "cross-language" else ""
        )
        + f"<div><dt>Signature</dt><dd>{sig}</dd></div>"
        "</dl>\n"
        f'<section aria-label="Summary"><ul class="counts" aria-label="Findings by severity">{counts}'
        f'</ul></section>\n<span class="stats">{_e(stats)}</span>\n'
        + "".join(f'<p class="note">{_e(n)}</p>\n' for n in report.notes)
        + "</header>\n"
    )


def _doc_label(doc: DocumentInfo) -> str:
    return f"{doc.name or '(unnamed)'} ({len(doc.sentences)} sentences, {doc.language})"


def _filters(report: Report) -> str:
    options = "".join(
        f'<option value="{label}">{label}{" and above" if label != "critical" else " only"}</option>'
        for label in SEVERITIES
    )
    kinds = "".join(
        f'<label><input type="checkbox" name="kind" value="{_e(kind)}" checked '
        f'aria-label="Show {_e(_kind_label(kind))} findings"> {_e(_kind_label(kind))} '
        f'<span class="n">{n}</span></label>'
        for kind, n in report.kind_counts.items()
    )
    kind_box = f"<fieldset><legend>Kinds</legend>{kinds}</fieldset>" if kinds else ""
    return (
        '<div class="filters" role="group" aria-label="Filter findings">\n'
        '<label for="minsev">Minimum severity '
        f'<select id="minsev" aria-label="Minimum severity">{options}</select></label>\n'
        f"{kind_box}\n"
        '<label><input type="checkbox" id="onlyrows" aria-label="Show only rows with findings">'
        " Only rows with findings</label>\n"
        f'<p class="shown" id="shown" aria-live="polite">{len(report.findings)} findings</p>\n'
        "</div>\n"
    )


def _quote(span: Span | None, side: str) -> str:
    if span is None:
        return f'<span class="none">not in the {side}</span>'
    return f"<q>{_e(span.display)}</q>"


def _finding_list(report: Report, places: Sequence) -> str:
    if not report.findings:
        return '<section class="flist"><h2>Findings</h2><p class="empty-list">No findings.</p></section>\n'
    items = []
    for number, (f, place) in enumerate(zip(report.findings, places, strict=True), start=1):
        items.append(_finding_item(number, f, place.row))
    return (
        '<section class="flist" aria-labelledby="fl-h"><h2 id="fl-h">Findings</h2>\n'
        f'<ol class="findings" aria-labelledby="fl-h">\n{"".join(items)}</ol></section>\n'
    )


def _finding_item(number: int, f: Finding, row: int | None) -> str:
    label = f.severity.label
    row_id = f"row-{row}" if row is not None else ""
    href = f"#{row_id}" if row_id else f"#f-{number}"
    conf = f" · confidence {f.confidence:.0%}" if f.confidence < 1 else ""
    return (
        f'<li class="finding" id="f-{number}" data-f="{number}" data-sev="{label}" '
        f'data-kind="{_e(f.kind)}" data-row="{row_id}">'
        f'<a href="{href}" aria-label="Finding {number}, {label}: {_e(_kind_label(f.kind))}">'
        f'<span class="fhead"><span class="num">{number}</span>'
        f'<span class="sev"><span aria-hidden="true">{_ICON[label]}</span> {label}</span>'
        f'<span class="kind">{_e(_kind_label(f.kind))}{_e(conf)}</span></span>'
        f'<span class="msg">{_e(f.message)}</span>'
        f'<span class="quotes"><span>orig.</span>{_quote(f.original, "original")}'
        f'<span>copy</span>{_quote(f.copy, "copy")}</span>'
        "</a></li>\n"
    )


# ------------------------------------------------------------------- table
def _table(report: Report, rows: Sequence[Row], row_findings: dict[int, list[int]]) -> str:
    marks_o = marks_by_sentence(report, "original")
    marks_c = marks_by_sentence(report, "copy")
    severity = {n: f.severity.label for n, f in enumerate(report.findings, start=1)}
    ghosts: dict[int, list[Row]] = {}
    for r in rows:
        if r.moved and r.moved_after is not None:
            ghosts.setdefault(r.moved_after, []).append(r)
    body = [_ghosts(ghosts.get(0, []), report)]
    for r in rows:
        body.append(_row(report, r, row_findings.get(r.number, []), marks_o, marks_c, severity))
        body.append(_ghosts(ghosts.get(r.number, []), report))
    o_name, c_name = _e(report.original.name or "original"), _e(report.copy.name or "copy")
    legend = (
        '<div class="legend" aria-hidden="true"><span><span class="chg">changed words</span></span>'
        + "".join(
            f'<span><mark class="hl key" data-sev="{s}">{s}</mark></span>' for s in reversed(SEVERITIES)
        )
        + "</div>\n"
    )
    return (
        legend
        + '<table class="align" aria-label="Side-by-side alignment of original and copy">\n'
        "<caption>Aligned passages</caption>\n"
        '<colgroup><col class="g"><col><col></colgroup>\n'
        f'<thead><tr><th scope="col">Row</th><th scope="col">Original: {o_name}</th>'
        f'<th scope="col">Copy: {c_name}</th></tr></thead>\n<tbody>\n'
        + "".join(body)
        + "</tbody></table>\n"
    )


def _ghosts(moved: Sequence[Row], report: Report) -> str:
    out = []
    for r in moved:
        first = report.copy.sentence_text(r.copy[0])
        preview = first if len(first) <= 60 else first[:57].rstrip() + "…"
        out.append(
            '<tr class="ghost"><td></td><td></td>'
            f'<td>↪ the copy places <a href="#{r.id}">row {r.number}</a> here '
            f"(“{_e(preview)}”)</td></tr>\n"
        )
    return "".join(out)


def _row(
    report: Report,
    r: Row,
    numbers: Sequence[int],
    marks_o: dict,
    marks_c: dict,
    severity: dict[int, str],
) -> str:
    classes = ["row", r.status] + (["moved"] if r.moved else [])
    gut = [f'<a class="rn" href="#{r.id}" aria-label="Row {r.number}">{r.number}</a>']
    if r.status != "paired":
        gut.append(f'<br><span class="tag {r.status}">{r.status}</span>')
    if r.moved:
        gut.append('<br><span class="tag moved">moved</span>')
        if r.moved_after == 0:
            gut.append('<span class="movenote">opens the copy</span>')
        elif r.moved_after is not None:
            gut.append(
                f'<span class="movenote">copy: after <a href="#row-{r.moved_after}">'
                f"row {r.moved_after}</a></span>"
            )
    if r.status == "paired":
        gut.append(f'<span class="movenote" title="alignment score">score {r.score:.2f}</span>')
    return (
        f'<tr id="{r.id}" class="{" ".join(classes)}" tabindex="-1" '
        f'data-fs="{" ".join(map(str, numbers))}">'
        f'<th scope="row" class="gut">{"".join(gut)}</th>'
        + _cell(report.original, "orig", r.original, r.original_diff, marks_o, severity, "original")
        + _cell(report.copy, "copy", r.copy, r.copy_diff, marks_c, severity, "copy")
        + "</tr>\n"
    )


def _cell(
    doc: DocumentInfo,
    css: str,
    indices: Sequence[int],
    diffs: Sequence[Sequence[tuple[int, int]]],
    marks: dict,
    severity: dict[int, str],
    side: str,
) -> str:
    if not indices:
        return f'<td class="side {css} empty">— not in the {side} —</td>'
    sentences = []
    for i, changed in zip(indices, diffs, strict=True):
        s = doc.sentences[i]
        body = "".join(_piece(doc.display_text, p, severity) for p in pieces(s.start, s.end, changed, marks.get(i, [])))
        sentences.append(
            f'<span class="s" data-s="{i}" data-role="{_e(s.role)}" '
            f'title="{css}. sentence {i + 1}, paragraph {s.paragraph + 1}">{body}</span>'
        )
    return f'<td class="side {css}" lang="{_e(doc.language)}">{" ".join(sentences)}</td>'


def _piece(text: str, p: Piece, severity: dict[int, str]) -> str:
    out = _e(text[p.start : p.end].replace("\u200b", ""))  # masked markup shows as nothing
    if p.changed and out:
        out = f'<span class="chg">{out}</span>'
    if p.findings and out:
        worst = max(p.findings, key=lambda n: SEVERITIES.index(severity[n]))
        label = severity[worst]
        nums = " ".join(map(str, p.findings))
        out = (
            f'<mark class="hl" data-f="{nums}" data-sev="{label}" data-vsev="{label}" '
            f'title="finding {", ".join(map(str, p.findings))} ({label})">{out}</mark>'
        )
    for n in p.markers:
        label = severity[n]
        out += (
            f'<a class="fm" href="#f-{n}" data-f="{n}" data-sev="{label}" '
            f'aria-label="Finding {n}, {label}">{n}</a>'
        )
    return out
