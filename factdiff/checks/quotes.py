"""Direct quotes: given to another speaker, or turned into an unattributed claim.

Quotes are paired across the whole document (a quote moved to another
paragraph still pairs), in any quote-mark style. What changed in a quote given
to another speaker is the speaker, so that finding quotes the two speakers;
the quote itself is in the message and the evidence. A quote that lost its
marks but is still attributed to its speaker is reported speech, not an error.
"""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz, process

from ..facts.keys import fold
from ..facts.model import Attribution, ParsedDocument, Quote
from ..ingest.normalize import match_key
from ..report.model import Finding, Severity
from .attribution import Relation, pair_sources, source_relation
from .base import CheckContext, finding, one_to_one, register
from .entity_matching import equivalent

NAME = "quotes.v1"
SAME_QUOTE = 70.0  # similarity of two renderings of one quote (max of token-set and plain ratio)
UNQUOTED = 75.0  # partial similarity of a quote to a sentence that lost its marks
SHORT = 60  # characters of a quote shown in messages


def _key(text: str) -> str:
    """A quote's text for matching: folded, spaced once, invisible characters dropped."""
    return match_key(text)


def _similarity(a: Quote, b: Quote) -> float:
    x, y = _key(a.text), _key(b.text)
    if min(len(x.split()), len(y.split())) < 5:
        return fuzz.ratio(x, y)  # a short quote inside a long one is not the same quote
    return max(fuzz.token_set_ratio(x, y), fuzz.ratio(x, y))


def _short(text: str) -> str:
    text = text.strip(" ,.")
    return text if len(text) <= SHORT else text[: SHORT - 1].rstrip() + "…"


def _pair_quotes(o_quotes: list[Quote], c_quotes: list[Quote]) -> tuple[list[tuple[Quote, Quote]], list[Quote]]:
    """One-to-one, most similar first, over the whole document.

    Quotes repeated word for word pair through a dictionary; only the rest are
    scored against each other, in rapidfuzz's C loop (``cdist``), so long
    documents with many quotes stay fast.
    """
    used_o: set[int] = set()
    used_c: set[int] = set()
    pairs: list[tuple[int, int]] = []
    by_text: dict[str, list[int]] = {}
    for j, c in enumerate(c_quotes):
        by_text.setdefault(_key(c.text), []).append(j)
    for i, q in enumerate(o_quotes):
        same = by_text.get(_key(q.text))
        if same:
            # a quote repeated by several speakers pairs with the copy's rendering by the same speaker
            j = next((j for j in same if _same_speaker(q, c_quotes[j])), same[0])
            same.remove(j)
            used_o.add(i)
            used_c.add(j)
            pairs.append((i, j))
    rest_o = [i for i in range(len(o_quotes)) if i not in used_o]
    rest_c = [j for j in range(len(c_quotes)) if j not in used_c]
    if rest_o and rest_c:
        ranked = ((i, j) for _score, i, j in _scored(o_quotes, c_quotes, rest_o, rest_c))
        pairs.extend(one_to_one(ranked, used_o, used_c, key=lambda k: k))
    pairs.sort()
    return [(o_quotes[i], c_quotes[j]) for i, j in pairs], [q for i, q in enumerate(o_quotes) if i not in used_o]


def _same_speaker(a: Quote, b: Quote) -> bool:
    return bool(a.speaker_key) and bool(b.speaker_key) and (
        a.speaker_key == b.speaker_key or equivalent(a.speaker_key, b.speaker_key)
    )


def _scored(o_quotes, c_quotes, rest_o: list[int], rest_c: list[int]) -> list[tuple[float, int, int]]:
    """Pairs at or above SAME_QUOTE, best first, scored like ``_similarity``."""
    xs = [_key(o_quotes[i].text) for i in rest_o]
    ys = [_key(c_quotes[j].text) for j in rest_c]
    ratio = process.cdist(xs, ys, scorer=fuzz.ratio)
    token_set = process.cdist(xs, ys, scorer=fuzz.token_set_ratio)
    out = []
    for a, i in enumerate(rest_o):
        short_x = len(xs[a].split()) < 5
        for b, j in enumerate(rest_c):
            short = short_x or len(ys[b].split()) < 5
            score = float(ratio[a, b]) if short else float(max(ratio[a, b], token_set[a, b]))
            if score >= SAME_QUOTE:
                out.append((score, i, j))
    return sorted(out, key=lambda x: (-x[0], x[1], x[2]))


def _given_to_another(ctx: CheckContext, q: Quote, a: Attribution, b: Attribution, how: str) -> Finding:
    a, b = _resolved(ctx.original, a), _resolved(ctx.copy, b)  # type: ignore[assignment]
    return finding(
        "quote_changed", Severity.MAJOR,
        ctx.ospan(a.source_start, a.source_end, a.sentence),
        ctx.cspan(b.source_start, b.source_end, b.sentence),
        f"the quote '{_short(q.text)}' is {how} '{b.source}' in the copy, not '{a.source}'",
        NAME, 0.8, original_speaker=a.source, copy_speaker=b.source, quote=q.text,
        quote_start=q.start, quote_end=q.end,
    )


_PERSONAL = frozenset({"he", "she", "him", "her"})


def _resolved(doc: ParsedDocument, a: Attribution | None) -> Attribution | None:
    """ "he said" as the one person named just before it, when there is exactly one; else as it is.

    Wire copy gives a quote to "he" right after naming the speaker; a copy that
    names someone else there, or puts "he" after another name, moved the quote.
    """
    if a is None or not a.source_is_pronoun or a.source.lower() not in _PERSONAL:
        return a
    people = {
        m.canonical or m.key: m
        for s in doc.sentences[max(0, a.sentence - 2) : a.sentence + 1]
        for m in s.mentions
        if m.label == "PERSON" and m.end <= a.source_start and not m.in_title
    }
    if len(people) != 1:
        return a
    ((key, mention),) = people.items()
    return replace(a, source=f"{a.source} ({mention.text})", source_is_pronoun=False, names=((key, "PERSON"),),
                   words=tuple(key.split()), roles=())


def _conflict(ctx: CheckContext, a: Attribution | None, b: Attribution | None) -> bool:
    a, b = _resolved(ctx.original, a), _resolved(ctx.copy, b)
    return a is not None and b is not None and source_relation(a, b) == Relation.CONFLICT


@register("factdiff.quotes.v1")
def check_quotes(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    o_quotes = [q for s in ctx.original.sentences if s.is_body for q in s.quotes]
    c_quotes = [q for s in ctx.copy.sentences if s.is_body for q in s.quotes]
    pairs, unpaired = _pair_quotes(o_quotes, c_quotes)
    paired_copy = {id(c) for _, c in pairs}
    for q, c in pairs:
        if _conflict(ctx, q.speaker, c.speaker):
            out.append(_given_to_another(ctx, q, q.speaker, c.speaker, "attributed to"))  # type: ignore[arg-type]
    for q in unpaired:
        a = q.speaker
        if a is None:
            continue
        for j in ctx.partner_of_original(q.sentence):
            s = ctx.copy.sentences[j]
            reworded = [c for c in s.quotes if id(c) not in paired_copy and _similarity(q, c) >= SAME_QUOTE / 2]
            if reworded:  # still quoted, in other words (a translation): compare the speakers
                c = max(reworded, key=lambda c: _similarity(q, c))
                if _conflict(ctx, a, c.speaker):
                    out.append(_given_to_another(ctx, q, a, c.speaker, "attributed to"))  # type: ignore[arg-type]
                break
            if fuzz.partial_ratio(fold(q.text), fold(s.text)) < UNQUOTED:
                continue
            if not s.attributions:
                out.append(finding(
                    "quote_changed", Severity.MINOR, ctx.ospan(a.start, a.end, a.sentence), None,
                    f"the quote '{_short(q.text)}' lost its quotation marks and its attribution "
                    f"('{ctx.original.text[a.start:a.end]}'): the copy states it as fact",
                    NAME, 0.6, original_speaker=a.source, quote=q.text, quote_start=q.start, quote_end=q.end,
                ))
            else:
                resolved = [_resolved(ctx.copy, b) for b in s.attributions]
                matched, _, _ = pair_sources([_resolved(ctx.original, a)], resolved)  # type: ignore[list-item]
                if matched and matched[0][2] == Relation.CONFLICT:
                    b = s.attributions[resolved.index(matched[0][1])]
                    out.append(_given_to_another(ctx, q, a, b, "reported as said by"))
            break
    return out
