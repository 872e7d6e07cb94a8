"""Sentences dropped, added or moved between the versions.

Headlines, datelines, credit lines and page lines are labelled, not compared as
facts: their changes are reported as ``info`` (page lines once per document).

Syndication trims: a copy ends early or leaves out whole paragraphs. Each such
cut is reported once, as a ``trimmed`` finding at ``minor`` that says what it
took (how many sentences and paragraphs, which names and figures left with it).
A sentence dropped from a paragraph the copy kept is an edit, not a trim: it is
``major`` when it takes names or figures that appear nowhere else in the copy.
A sentence the copy adds is ``major`` when it brings names or figures the
original never mentions (a new claim, wherever it stands), else ``minor``; whole
paragraphs added are said once per run.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..report.model import Finding, Severity
from .base import CheckContext, finding, register

NAME = "structure.v1"
ROLE_WORD = {"headline": "headline", "dateline": "dateline", "credits": "credits line", "page-line": "page line",
             "body": "sentence"}
# names that make an added or dropped sentence a fact; an adjective of nationality alone does not
_WEAK_LABELS = frozenset({"NORP", "LANGUAGE"})
MAX_LISTED = 8  # names or figures quoted in a message; the details keep them all


def _orphan_facts(sentence, other_text: str) -> list[str]:
    """Names and figures of a sentence that the other version never mentions."""
    names, figures = _orphans(sentence, other_text)
    return names + figures


def _orphans(sentence, other_text: str) -> tuple[list[str], list[str]]:
    """(names, figures) of a sentence that the other version never mentions; dates with a
    digit count as figures ("May 2020"), weekdays and months alone do not."""
    from .entity_matching import present_in_text
    from .missing import in_date

    names = [m.text for m in sentence.mentions if m.label not in _WEAK_LABELS and not in_date(sentence, m)
             and not present_in_text(m, other_text) and not _spaced_otherwise(m.text, other_text)]
    folded = other_text.replace(",", "")
    figures = [n.text for n in sentence.numbers if _exact(n.text) and n.text.replace(",", "") not in folded]
    covered = [(n.start, n.end) for n in sentence.numbers]
    for d in sentence.dates:
        if any(ch.isdigit() for ch in d.text) and d.text not in other_text \
                and not any(a < d.end and d.start < b for a, b in covered):
            figures.append(d.text)
    return names, figures


_NOT_LETTERS = re.compile(r"[\W_]+")
MIN_GLUED = 6  # letters: a shorter name glued to its neighbours would be found anywhere


def _spaced_otherwise(name: str, other_text: str) -> bool:
    """The name's letters stand in the other version with other spacing or hyphens: "He Li
    Feng" / "He Lifeng", "Saint Petersburg" / "Saint-Petersburg". The same name, not a new one."""
    glued = _NOT_LETTERS.sub("", name).lower()
    if len(glued) < MIN_GLUED:
        return False
    return glued in _glued_lower(other_text)


@lru_cache(maxsize=4)
def _glued_lower(text: str) -> str:
    return _NOT_LETTERS.sub("", text).lower()


def _exact(text: str) -> bool:
    """A figure written with a digit or a number word ("14", "fourteen", "two million"), not a
    vague amount ("several", "dozens", "many")."""
    from ..numbers.words import ONES, ORDINALS, SCALES, TENS

    words = set(ONES) | set(TENS) | set(SCALES) | set(ORDINALS)
    return any(ch.isdigit() for ch in text) or any(w.strip(".,").lower() in words for w in text.replace("-", " ").split())


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for x in items:
        seen.setdefault(x, None)
    return list(seen)


def _listed(words: list[str]) -> str:
    shown = ", ".join(words[:MAX_LISTED])
    return shown + (f" and {len(words) - MAX_LISTED} more" if len(words) > MAX_LISTED else "")


def _kept(ctx: CheckContext) -> tuple[set[int], set[int]]:
    """Body sentences of each side that the aligner paired with something."""
    ko: set[int] = set()
    kc: set[int] = set()
    for g in ctx.alignment:
        if g.original and g.copy:
            ko.update(i for i in g.original if ctx.original.sentences[i].is_body)
            kc.update(j for j in g.copy if ctx.copy.sentences[j].is_body)
    return ko, kc


def _cut_runs(doc, lost: set[int], kept: set[int]) -> tuple[list[list[int]], set[int]]:
    """Runs of ``lost`` body sentences that are a cut, not an edit: the tail after the last
    kept sentence, or whole paragraphs none of whose sentences was kept. Consecutive cut
    sentences (in body order) make one run. Returns the runs and the lost sentences left
    (dropped or added one by one inside a kept paragraph)."""
    body = [s.index for s in doc.sentences if s.is_body]
    last = max(kept, default=-1)
    by_para: dict[int, list[int]] = {}
    for i in body:
        by_para.setdefault(doc.sentences[i].paragraph, []).append(i)
    whole = {p for p, idx in by_para.items() if all(i in lost for i in idx)}
    cut = {i for i in lost if i > last or doc.sentences[i].paragraph in whole}
    runs: list[list[int]] = []
    prev_cut = False
    for i in body:
        if i in cut:
            if prev_cut:
                runs[-1].append(i)
            else:
                runs.append([i])
        prev_cut = i in cut
    return runs, lost - cut


def _neighbour(ctx: CheckContext, run: list[int], side: str) -> int | None:
    """The sentence of the other version next to where a cut run stood: the partner of the
    last kept sentence before it, else of the first kept one after it."""
    doc = ctx.original if side == "original" else ctx.copy
    partners = ctx.partner_of_original if side == "original" else ctx.partner_of_copy
    before = [i for i in range(run[0] - 1, -1, -1) if doc.sentences[i].is_body and partners(i)]
    if before:
        return max(partners(before[0]))
    after = [i for i in range(run[-1] + 1, len(doc.sentences)) if doc.sentences[i].is_body and partners(i)]
    return min(partners(after[0])) if after else None


def _replaced(ctx: CheckContext, run: list[int], added: set[int]) -> bool:
    """Does the copy have sentences of its own where the cut run stood (between the partners
    of the kept sentences around it)? Then the passage was rewritten, not trimmed."""
    doc = ctx.original
    before = [i for i in range(run[0] - 1, -1, -1) if doc.sentences[i].is_body and ctx.partner_of_original(i)]
    after = [i for i in range(run[-1] + 1, len(doc.sentences)) if doc.sentences[i].is_body and ctx.partner_of_original(i)]
    lo = max(ctx.partner_of_original(before[0])) if before else -1
    hi = min(ctx.partner_of_original(after[0])) if after else len(ctx.copy.sentences)
    return any(lo < j < hi for j in added)


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _orphans_of(doc, run: list[int], other_text: str) -> tuple[list[str], list[str]]:
    """The names and figures of a run of sentences that the other version never mentions."""
    names: list[str] = []
    figures: list[str] = []
    for i in run:
        n, f = _orphans(doc.sentences[i], other_text)
        names += n
        figures += f
    return _unique(names), _unique(figures)


def _trim_finding(ctx: CheckContext, run: list[int], tail: bool) -> Finding:
    doc = ctx.original
    names, figures = _orphans_of(doc, run, ctx.copy.text)
    paras = sorted({doc.sentences[i].paragraph for i in run})
    size = f"{_count(len(run), 'sentence')}, {_count(len(paras), 'paragraph')}"
    head = not tail and run[-1] < min(_kept(ctx)[0], default=0)
    if tail:
        last = "last sentence" if len(run) == 1 else f"last {len(run)} sentences"
        what = (f"the copy ends early: the original's {last} ({_count(len(paras), 'paragraph')}) "
                f"{'is' if len(run) == 1 else 'are'} not in it")
    else:
        where = f"{paras[0] + 1}" if len(paras) == 1 else f"{paras[0] + 1}-{paras[-1] + 1}"
        what = f"the copy leaves out paragraph{'s' if len(paras) > 1 else ''} {where} of the original ({size})"
        if head:
            what += ", before the text it keeps"
    took = []
    if names:
        took.append(f"names that left with {'it' if len(run) == 1 else 'them'}: {_listed(names)}")
    if figures:
        took.append(f"figures: {_listed(figures)}")
    message = "trimmed: " + what + ("; " + "; ".join(took) if took else f"; every name and figure in {'it' if len(run) == 1 else 'them'} is still in the copy")
    first, last = doc.sentences[run[0]], doc.sentences[run[-1]]
    j = _neighbour(ctx, run, "original")
    copy_span = ctx.csent(j) if j is not None else None
    return finding("trimmed", Severity.MINOR, ctx.ospan(first.start, last.end, run[0]), copy_span, message, NAME,
                   0.85, position="tail" if tail else "head" if head else "middle", sentences=len(run), paragraphs=len(paras),
                   names=names, figures=figures, facts=names + figures, original_sentences=run)


def _added_run(ctx: CheckContext, run: list[int], tail: bool) -> Finding:
    doc = ctx.copy
    names, figures = _orphans_of(doc, run, ctx.original.text)
    paras = sorted({doc.sentences[j].paragraph for j in run})
    size = f"{_count(len(run), 'sentence')}, {_count(len(paras), 'paragraph')}"
    where = "after the end of the original story" if tail else "inside the story"
    brings = []
    if names:
        brings.append(f"names: {_listed(names)}")
    if figures:
        brings.append(f"figures: {_listed(figures)}")
    severity = Severity.MAJOR if names or figures else Severity.MINOR
    message = f"added in the copy {where}: {size}" + (f"; they bring {'; '.join(brings)}" if brings else "")
    first, last = doc.sentences[run[0]], doc.sentences[run[-1]]
    i = _neighbour(ctx, run, "copy")
    return finding("sentence_added", severity, ctx.osent(i) if i is not None else None,
                   ctx.cspan(first.start, last.end, run[0]), message, NAME, 0.8, role="body",
                   position="tail" if tail else "middle", sentences=len(run), paragraphs=len(paras),
                   facts=names + figures, copy_sentences=run)


def _page_lines(ctx: CheckContext, side: str, indices: list[int]) -> Finding:
    """Page lines one version has and the other lacks: said once, never compared."""
    doc = ctx.original if side == "original" else ctx.copy
    first = indices[0]
    n = len(indices)
    verb = "dropped from the copy" if side == "original" else "added in the copy"
    message = (f"{_count(n, 'page line')} {verb} (photo counters, icon labels, page stamps, prompts, "
               "related links): not news text, not compared")
    spans = [[doc.sentences[i].start, doc.sentences[i].end] for i in indices]
    if side == "original":
        return finding("sentence_missing", Severity.INFO, ctx.osent(first), None, message, NAME, 0.9,
                       role="page-line", lines=spans, facts=[])
    return finding("sentence_added", Severity.INFO, None, ctx.csent(first), message, NAME, 0.9,
                   role="page-line", lines=spans, facts=[])


@register("factdiff.structure.v1")
def check_structure(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    kept_o, kept_c = _kept(ctx)
    lost_o: set[int] = set()
    added_c: set[int] = set()
    lines_o: list[int] = []
    lines_c: list[int] = []
    for g in ctx.alignment:
        if g.original and not g.copy:
            for i in g.original:
                s = ctx.original.sentences[i]
                if s.is_body:
                    lost_o.add(i)
                elif s.role == "page-line":
                    lines_o.append(i)
                else:
                    out.append(finding("sentence_missing", Severity.INFO, ctx.osent(i), None,
                                       f"{ROLE_WORD.get(s.role, 'sentence')} dropped from the copy", NAME, 0.8,
                                       role=s.role, facts=[]))
        elif g.copy and not g.original:
            for j in g.copy:
                s = ctx.copy.sentences[j]
                if s.is_body:
                    added_c.add(j)
                elif s.role == "page-line":
                    lines_c.append(j)
                else:
                    out.append(finding("sentence_added", Severity.INFO, None, ctx.csent(j),
                                       f"{ROLE_WORD.get(s.role, 'sentence')} added in the copy", NAME, 0.8,
                                       role=s.role, facts=[]))
    runs, single = _cut_runs(ctx.original, lost_o, kept_o)
    last_o = max(kept_o, default=-1)
    for run in runs:
        tail = run[0] > last_o
        if not tail and _replaced(ctx, run, added_c):
            single.update(run)  # the copy put other text in its place: a rewrite, not a cut
            continue
        out.append(_trim_finding(ctx, run, tail=tail))
    for i in sorted(single):
        s = ctx.original.sentences[i]
        lost = _orphan_facts(s, ctx.copy.text)
        message = "sentence dropped from the copy" + (f"; it held {', '.join(lost[:5])}" if lost else "")
        out.append(finding("sentence_missing", Severity.MAJOR if lost else Severity.MINOR, ctx.osent(i), None,
                           message, NAME, 0.8, role=s.role, facts=lost))
    runs_c, single_c = _cut_runs(ctx.copy, added_c, kept_c)
    last_c = max(kept_c, default=-1)
    for run in runs_c:
        out.append(_added_run(ctx, run, tail=run[0] > last_c and bool(kept_c)))
    for j in sorted(single_c):
        s = ctx.copy.sentences[j]
        new = _orphan_facts(s, ctx.original.text)
        message = "sentence added in the copy" + (f"; it brings {', '.join(new[:5])}" if new else "")
        out.append(finding("sentence_added", Severity.MAJOR if new else Severity.MINOR, None, ctx.csent(j),
                           message, NAME, 0.8, role=s.role, facts=new))
    if lines_o:
        out.append(_page_lines(ctx, "original", sorted(lines_o)))
    if lines_c:
        out.append(_page_lines(ctx, "copy", sorted(lines_c)))
    out.extend(_moves(ctx))
    return out


def _new_place(ctx: CheckContext, copy_indices: list[int]) -> str:
    """Where a moved block now stands, named by its new neighbour in original terms."""
    after = [g for g in ctx.alignment if g.original and g.copy and not g.moved and min(g.copy) > max(copy_indices)]
    if after:
        nxt = min(after, key=lambda g: min(g.copy))
        return f"now comes before original sentence {min(nxt.original) + 1} (paragraph {ctx.original.sentences[min(nxt.original)].paragraph + 1})"
    before = [g for g in ctx.alignment if g.original and g.copy and not g.moved and max(g.copy) < min(copy_indices)]
    if before:
        prev = max(before, key=lambda g: max(g.copy))
        return f"now comes after original sentence {max(prev.original) + 1} (paragraph {ctx.original.sentences[max(prev.original)].paragraph + 1})"
    return "stands elsewhere in the copy"


def _moves(ctx: CheckContext) -> list[Finding]:
    """One finding per run of consecutive moved groups (a moved paragraph, typically)."""
    runs: list[list] = []
    for g in ctx.alignment:
        if not (g.original and g.copy):
            continue
        if g.moved and runs and runs[-1][-1].moved and max(runs[-1][-1].original) + 1 == min(g.original):
            runs[-1].append(g)  # the next sentence of the same moved passage
        else:
            runs.append([g])
    out = []
    for run in runs:
        if not run[0].moved:
            continue
        oi = sorted(i for g in run for i in g.original)
        ci = sorted(j for g in run for j in g.copy)
        o0, o1 = ctx.original.sentences[oi[0]], ctx.original.sentences[oi[-1]]
        c0, c1 = ctx.copy.sentences[ci[0]], ctx.copy.sentences[ci[-1]]
        n = len(oi)
        what = f"original sentence{'s' if n > 1 else ''} {oi[0] + 1}{f'-{oi[-1] + 1}' if n > 1 else ''}"
        message = f"moved: {what} (paragraph {o0.paragraph + 1}) {_new_place(ctx, ci)}"
        out.append(
            finding(
                "moved", Severity.INFO, ctx.ospan(o0.start, o1.end, oi[0]), ctx.cspan(c0.start, c1.end, ci[0]),
                message, NAME, 0.9, original_sentences=oi, copy_sentences=ci,
            )
        )
    return out
