"""Turn spaCy's analysis of each paragraph into typed, picklable facts.

Each body segment is parsed as its own spaCy doc (one batched ``nlp.pipe``
pass over all documents), so a sentence can never run across a paragraph,
headline or dateline boundary. Offsets are shifted back to the document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile
from typing import TYPE_CHECKING

from ..ingest import Segment, Source, segment
from ..ingest.normalize import Positions, parser_text, parser_view
from ..ingest.segment import name_line, verbless_line
from ..numbers import parse_dates, parse_quantities, shifted
from .coref import resolve_mentions
from .doc_index import ents_in
from .keys import entity_key
from .model import (
    ENTITY_LABELS,
    Attribution,
    DateFact,
    Mention,
    Negation,
    NumberFact,
    ParsedDocument,
    Quote,
    Sentence,
    Token,
    document_of,
)
from .quotes import find_quotes
from .sources import EDGE_PUNCT, describe_source, reports_speech, subject_before, trailing

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from .cache import ParseCache

SAY_VERBS = frozenset(
    """say tell state add report announce claim note write declare insist explain confirm deny
    warn argue allege comment continue reply respond stress assert acknowledge admit estimate
    list show suggest indicate cite quote testify conclude predict reveal disclose vow pledge promise urge call
    describe ask accuse praise criticise criticize dismiss label brand term recall remark tweet post plead demand
    concede boast complain lament caution threaten contend maintain reiterate recount""".split()
)
PRONOUNS = frozenset("he she it they we i you him her them his its their this that who".split())
NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "nobody", "nothing", "none", "neither", "nor", "n’t"})
_LEADING_DET = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_TRAILING_POSS = re.compile(r"(?:['’]s|['’])$")


def parse_documents(nlp: Language, sources: Sequence[Source], cache: ParseCache | None = None) -> list[ParsedDocument]:
    """Parse several sources in one batched spaCy pass and extract their facts.

    With a :class:`~factdiff.facts.cache.ParseCache`, each distinct paragraph is parsed
    once (in this call and in every other call given the same cache) and placed into
    each document that has it; the documents are the same as without one.
    """
    plans = [(src, segment(src)) for src in sources]
    jobs: list[tuple[int, Segment]] = [
        (d, seg) for d, (_, segs) in enumerate(plans) for seg in segs if seg.role == "body"
    ]
    if cache is not None:
        return _parse_with_cache(nlp, plans, jobs, cache)
    read = [parser_text(parser_view(plans[d][0].text[seg.start : seg.end])) for d, seg in jobs]
    parsed: dict[tuple[int, int], tuple[Doc, Positions]] = {}
    for (d, seg), (_, starts), doc in zip(jobs, read, nlp.pipe([t for t, _ in read], batch_size=64), strict=True):
        parsed[(d, seg.start)] = (doc, Positions(seg.start, starts))
    return [
        build_document(src, segs, {s: doc for (d2, s), doc in parsed.items() if d2 == d})
        for d, (src, segs) in enumerate(plans)
    ]


def _parse_with_cache(
    nlp: Language, plans: list[tuple[Source, list[Segment]]], jobs: list[tuple[int, Segment]], cache: ParseCache
) -> list[ParsedDocument]:
    """Parse only the paragraphs the cache does not have (each once), then place them."""
    placed: dict[tuple[int, int], str] = {}
    templates: dict[str, Sequence[Sentence]] = {}  # kept here: the cache may drop entries
    todo: dict[str, tuple[str, tuple[int, ...] | None, str, str]] = {}
    views = [parser_view(src.text) for src, _ in plans]
    for (d, seg), (key, parsed, starts) in zip(jobs, _keyed(nlp, plans, jobs, views), strict=True):
        raw, view = plans[d][0].text[seg.start : seg.end], views[d][seg.start : seg.end]
        placed[(d, seg.start)] = key
        if key in templates or key in todo:
            cache.hits += 1
            continue
        hit = cache.get(key)
        if hit is not None:
            templates[key] = hit
        else:
            todo[key] = (parsed, starts, raw, view)
    for key, doc in zip(todo, nlp.pipe([t[0] for t in todo.values()], batch_size=64), strict=True):
        _, starts, raw, view = todo[key]
        templates[key] = tuple(paragraph_sentences(doc, starts, raw, view))
        cache.put(key, templates[key])
        cache.note_parsed(key)
    from .cache import no_gc

    with no_gc():  # placing builds thousands of small acyclic objects: no cycle to collect
        return [
            build_document(src, segs, {}, {s: templates[k] for (d2, s), k in placed.items() if d2 == d})
            for d, (src, segs) in enumerate(plans)
        ]


def _keyed(
    nlp: Language, plans: list[tuple[Source, list[Segment]]], jobs: list[tuple[int, Segment]], views: list[str]
) -> list[tuple[str, str, tuple[int, ...] | None]]:
    """(cache key, text spaCy reads, its positions) of each body segment."""
    from .cache import paragraph_key, pipeline_tag

    tag = pipeline_tag(nlp)
    out = []
    for d, seg in jobs:
        view = views[d][seg.start : seg.end]
        parsed, starts = parser_text(view)
        out.append((paragraph_key(tag, parsed, view), parsed, starts))
    return out


def paragraph_keys(nlp: Language, source: Source) -> list[str]:
    """The parse-cache keys of a document's body paragraphs, in text order."""
    plans = [(source, segment(source))]
    jobs = [(0, seg) for seg in plans[0][1] if seg.role == "body"]
    return [key for key, _, _ in _keyed(nlp, plans, jobs, [parser_view(source.text)])]


def paragraph_sentences(doc: Doc, starts: tuple[int, ...] | None, text: str, view: str) -> list[Sentence]:
    """One body paragraph's sentences and facts in paragraph coordinates (offset 0 is its
    first character, sentence indices from 0): what the parse cache keeps."""
    at = Positions(0, starts)
    chunks = _chunk_map(doc, at)
    sentences: list[Sentence] = []
    for sent in doc.sents:
        sentence = _sentence(sent, at, len(sentences), 0, text, chunks, view)
        if sentence is not None:
            sentences.append(sentence)
    _attach_quotes(sentences, Segment(0, len(text), "body", 0), text)
    return sentences


def build_document(
    source: Source,
    segments: list[Segment],
    docs: dict[int, tuple[Doc, Positions]],
    cached: dict[int, Sequence[Sentence]] | None = None,
) -> ParsedDocument:
    """Assemble sentences (body and labelled lines) in text order; a body segment's come
    from its spaCy doc, or already extracted from the parse cache (``cached``)."""
    text = source.text
    view = parser_view(text)  # same length: figures and dates are read from it
    sentences: list[Sentence] = []
    paragraphs: dict[int, list[int]] = {}
    for seg in segments:
        span = paragraphs.setdefault(seg.paragraph, [seg.start, seg.end])
        span[0], span[1] = min(span[0], seg.start), max(span[1], seg.end)
        if seg.role != "body":
            sentences.append(
                Sentence(len(sentences), seg.start, seg.end, text[seg.start : seg.end], seg.paragraph, seg.role)
            )
            continue
        before = len(sentences)
        if cached is not None and seg.start in cached:
            from .cache import place

            sentences.extend(place(cached[seg.start], seg.start, len(sentences), seg.paragraph))
        else:
            doc, at = docs[seg.start]
            chunks = _chunk_map(doc, at)
            for sent in doc.sents:
                sentence = _sentence(sent, at, len(sentences), seg.paragraph, text, chunks, view)
                if sentence is not None:
                    sentences.append(sentence)
            _attach_quotes(sentences, seg, text)
        if len(sentences) == before + 1:
            last = sentences[-1]
            if verbless_line(last.text, last.tokens) and seg.paragraph > 0:
                _as_label(last, "page-line")  # not the first line: a headline, or the whole text
            elif name_line(last.text, last.tokens) and seg.paragraph > 0:
                _as_label(last, "credits")  # "Reuters", "Jane Doe": who sent it, not what happened
    parsed = document_of(source, sentences, paragraphs, text)
    resolve_mentions(parsed)
    return parsed


def _as_label(sentence: Sentence, role: str) -> None:
    """A one-line paragraph without sentence structure: a label, not compared as facts."""
    sentence.role = role
    sentence.mentions = sentence.numbers = sentence.dates = ()
    sentence.negations = sentence.attributions = sentence.quotes = ()


# --------------------------------------------------------------------- sentences
def _sentence(
    sent: Span, at: Positions, index: int, paragraph: int, text: str, chunks: dict[int, tuple[int, int]], view: str
) -> Sentence | None:
    start = at(sent.start_char)
    end = at.end(sent.end_char)
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    kept = [t for t in sent if not t.is_space]
    index_of = {t.i: n for n, t in enumerate(kept)}  # sentence-local indices, whitespace tokens dropped
    tokens = tuple(
        Token(
            i=n,
            text=t.text,
            start=at(t.idx),
            end=at.end(t.idx + len(t.text)),
            lemma=t.lemma_ or t.text,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=index_of.get(t.head.i, n),
            is_stop=t.is_stop,
            is_punct=t.is_punct,
            ent_type=t.ent_type_,
            negated=any(_negates(c) for c in t.children),
            chunk=chunks.get(t.i),
            predicate=_predicate_extent(t, at),
        )
        for n, t in enumerate(kept)
    )
    stext = text[start:end]
    mentions = tuple(_mentions(sent, at, text, index))
    numbers = tuple(_numbers(view[start:end], start, tokens, mentions, index))
    mentions = tuple(m for m in mentions if not in_figure_unit(numbers, tokens, m.start, m.end))
    dates = tuple(_dates(view[start:end], start, index))
    zoned = [(d.start, d.end) for d in dates if getattr(d.expression, "timezone", None)]
    # "ET" in "9 a.m. ET", "GMT" in "14:00 GMT": a word of a clock time, compared as a moment
    mentions = tuple(m for m in mentions if not any(a <= m.start and m.end <= b for a, b in zoned))
    return Sentence(
        index=index,
        start=start,
        end=end,
        text=stext,
        paragraph=paragraph,
        tokens=tokens,
        mentions=mentions,
        numbers=numbers,
        dates=dates,
        negations=tuple(_negations(sent, at, index)),
        attributions=tuple(_attributions(sent, at, text, index)),
    )


def in_figure_unit(numbers: Sequence[NumberFact], tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether ``start:end`` is a word of a figure's unit: "Celsius" in "44 degrees Celsius", "Richter" in
    "6.1 on the Richter scale".

    The tagger reads "Fahrenheit" as an ORG or "Kelvin" as a PERSON; as a name, a converted temperature
    would be a changed name. Units belong to the numbers check, which compares them.
    """
    for n in numbers:
        unit = getattr(n.quantity, "unit_span", None)
        if unit is not None and unit[0] <= start and end <= unit[1]:
            return True
    if not numbers:
        return False
    # a measurement scale named after someone, next to a figure of the sentence ("the Beaufort scale")
    after = next((t for t in tokens if t.start >= end), None)
    last = next((t for t in reversed(tokens) if t.end <= end), None)
    return any(t is not None and t.text.lower() == "scale" and t.pos in {"NOUN", "PROPN"} for t in (after, last))


def _negates(child: object) -> bool:
    """A child that negates its head: "not", "n't", "never", or "no" as a determiner."""
    return child.dep_ == "neg" or (child.lower_ in {"never", "no"} and child.dep_ in {"det", "advmod"})  # type: ignore[attr-defined]


def _chunk_map(doc: Doc, at: Positions) -> dict[int, tuple[int, int]]:
    """Token index -> its noun chunk, for a whole paragraph at once (per sentence it is quadratic)."""
    out: dict[int, tuple[int, int]] = {}
    try:
        chunks = list(doc.noun_chunks)
    except (ValueError, NotImplementedError):  # no parser in a custom pipeline
        return out
    for chunk in chunks:
        for t in chunk:
            out[t.i] = (at(chunk.start_char), at.end(chunk.end_char))
    return out


def trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article and a trailing possessive from a name's span."""
    piece = text[start:end]
    m = _LEADING_DET.match(piece)
    if m and len(piece) > m.end():
        start += m.end()
        piece = text[start:end]
    m = _TRAILING_POSS.search(piece)
    if m and m.start() > 0:
        end = start + m.start()
    return start, end


def _mentions(sent: Span, at: Positions, text: str, index: int) -> list[Mention]:
    out = []
    for ent in ents_in(sent.doc, sent.start, sent.end):
        if ent.start < sent.start or ent.end > sent.end:
            continue  # as Span.ents: only entities inside the sentence
        if ent.label_ not in ENTITY_LABELS:
            continue
        if _is_measure(ent):
            continue  # "5 cm" or "104°F" tagged PRODUCT: a figure, which the numbers check owns
        start, end = trim_name(text, at(ent.start_char), at.end(ent.end_char))
        name = text[start:end]
        key = entity_key(name)
        if not key or name.islower():
            continue  # "north-" in "north-west" tagged GPE: a name has a capital letter
        if key.replace(" ", "") in ERA_KEYS:
            continue  # "the third century BCE" tagged ORG: an era is a word of a date, no name
        out.append(
            Mention(
                start, end, name, ent.label_, key, key, _descriptor(ent),
                sentence=index, in_title=ent.label_ != "PERSON" and _modifies_person(ent),
            )
        )
    return out


# era designators ("300 BC", "AD 79", "the third century BCE"): words of a date, often tagged as names
ERA_KEYS = frozenset({"bc", "bce", "ad", "ce"})


def _is_measure(ent: Span) -> bool:
    """An entity that starts with a number and has no capitalised word after it: NER noise."""
    if not ent[0].like_num:
        return False
    return not any(t.is_alpha and len(t.text) >= 3 and t.text[0].isupper() for t in ent[1:])


# nouns that name a person by role: a name modifying one is part of a description ("the Kremlin leader")
PERSON_ROLES = frozenset(
    """leader president premier minister chancellor secretary spokesman spokeswoman spokesperson official
    head chief envoy ambassador diplomat general commander king queen prince princess emperor governor mayor
    senator lawmaker legislator mp deputy director chairman chairwoman chair ceo founder judge prosecutor
    candidate rival opponent counterpart ally foe dictator ruler monarch pope cardinal bishop imam cleric
    negotiator representative delegate regulator spokespeople""".split()
)


def _modifies_person(ent: Span) -> bool:
    """True for "Kremlin" in "Kremlin leader Vladimir Putin" or "the Russian president": part of a title."""
    tok = ent.root
    for _ in range(3):
        if tok.dep_ not in {"compound", "amod", "nmod", "poss"} or tok.head is tok:
            return False
        tok = tok.head
        if tok.ent_type_ == "PERSON" or tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_ROLES:
            return True
    return False


def _descriptor(ent: Span) -> str:
    """A role noun attached to a name: "journalist Jane Doe", "Jane Doe, a journalist"."""
    for t in ent:
        for c in t.children:
            if c.i < ent.start or c.i >= ent.end:
                if c.dep_ in {"compound", "appos", "amod", "nmod"} and c.pos_ == "NOUN":
                    return c.lemma_.lower()
    root = ent.root
    if root.dep_ in {"appos", "compound"} and root.head.pos_ == "NOUN":
        return root.head.lemma_.lower()
    return ""


def _numbers(
    stext: str, start: int, tokens: tuple[Token, ...], mentions: tuple[Mention, ...], index: int
) -> list[NumberFact]:
    out = []
    named = [(m.start, m.end) for m in mentions if m.label not in {"NORP"}]
    for q in parse_quantities(stext):
        qs, qe = start + q.start, start + q.end
        if any(ms <= qs and qe <= me for ms, me in named) and not _measured_figure(q):
            continue  # part of a name ("Boeing 737", "G7")
        if _in_proper_name(q, stext):
            continue  # "the Second World War", "First Lady"
        counted, counted_span = _counted_noun(tokens, start + q.number_span[0], start + q.number_span[1])
        out.append(NumberFact(qs, qe, q.text, shifted(q, start), counted, counted_span, index))
    return out


def _measured_figure(q: object) -> bool:
    """A unit, a scale word, a qualifier or a score: a figure even where the tagger saw a name.

    The small model tags "5 cm" or "104°F" as PRODUCT and folds "1.8 billion" into
    "Apple 1.8 billion"; names carry bare numbers ("Boeing 737", "Group of 20").
    """
    ns, ne = q.number_span  # type: ignore[attr-defined]
    number = q.text[ns - q.start : ne - q.start]  # type: ignore[attr-defined]
    if getattr(q, "kind", "") == "score":
        return True  # "Nigeria 2-1": the tagger folds a result into the team's name
    return bool(q.unit or q.qualifier or q.vague or any(ch.isalpha() for ch in number))  # type: ignore[attr-defined]


def _in_proper_name(q: object, stext: str) -> bool:
    """A capitalised ordinal word followed by a capitalised word is part of a name."""
    if getattr(q, "kind", "") != "ordinal" or not q.text[:1].isupper() or q.text[:1].isdigit():  # type: ignore[attr-defined]
        return False
    rest = stext[q.end :].lstrip()  # type: ignore[attr-defined]
    return rest[:1].isupper()


def _counted_noun(tokens: tuple[Token, ...], ns: int, ne: int) -> tuple[str, tuple[int, int] | None]:
    inside = [t for t in tokens if t.start < ne and t.end > ns]
    for t in inside:
        if t.dep in {"nummod", "quantmod"} and tokens[t.head].pos in {"NOUN", "PROPN"}:
            head = tokens[t.head]
            if not (head.start < ne and head.end > ns):
                return head.norm, (head.start, head.end)
    if inside:
        last = inside[-1].i
        for t in tokens[last + 1 : last + 4]:
            if t.pos == "NOUN":
                return t.norm, (t.start, t.end)
            if t.pos not in {"ADJ", "NOUN", "PROPN", "ADV"}:
                break
    return "", None


def _dates(stext: str, start: int, index: int) -> list[DateFact]:
    return [
        DateFact(start + e.start, start + e.end, e.text, shifted(e, start), index)
        for e in parse_dates(stext)
    ]


IMPLICIT_NEGATORS = frozenset({"fail", "refuse", "decline", "neglect", "cease", "omit", "unable"})
# Verbs that negate a gerund only: "stopped opening its airspace" (but "stopped to talk" is
# "stopped in order to talk").
GERUND_NEGATORS = frozenset({"stop", "quit"})
_AUX_DEPS = frozenset({"aux", "auxpass", "neg"})


def _predicate_token(head: object) -> object:
    """The word a negation is about: the complement of a copula ("are not final")."""
    if head.lemma_ == "be":  # type: ignore[attr-defined]
        for c in head.children:  # type: ignore[attr-defined]
            if c.dep_ in {"acomp", "attr"}:
                return c
    return head


def _predicate_extent(tok: object, at: Positions) -> tuple[int, int]:
    """A word with its auxiliaries and negation; a noun with the verb that governs it."""
    anchor = tok
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"dobj", "attr", "nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}:  # type: ignore[attr-defined]
        anchor = tok.head  # type: ignore[attr-defined]
    if tok.dep_ in {"acomp", "attr"} and tok.head.lemma_ == "be":  # type: ignore[attr-defined]
        anchor = tok.head  # type: ignore[attr-defined]
    lo = min(tok.idx, anchor.idx)  # type: ignore[attr-defined]
    hi = max(tok.idx + len(tok.text), anchor.idx + len(anchor.text))  # type: ignore[attr-defined]
    for c in anchor.children:  # type: ignore[attr-defined]
        if c.dep_ in _AUX_DEPS or c.dep_ == "det" and c.lower_ == "no":
            lo, hi = min(lo, c.idx), max(hi, c.idx + len(c.text))
    for c in tok.children:  # type: ignore[attr-defined]
        if c.dep_ in _AUX_DEPS or c.dep_ == "det" and c.i < tok.i:  # type: ignore[attr-defined]
            lo, hi = min(lo, c.idx), max(hi, c.idx + len(c.text))
    return at(lo), at.end(hi)


def _negated_head(t: object) -> tuple[object, bool] | None:
    """What a negation cue negates, and whether the cue is a verb ("failed to agree")."""
    lower = t.lower_.replace("’", "'")  # type: ignore[attr-defined]
    if t.lemma_.lower() in IMPLICIT_NEGATORS and t.pos_ in {"VERB", "ADJ"}:  # type: ignore[attr-defined]
        comps = [c for c in t.children if c.dep_ == "xcomp"]  # type: ignore[attr-defined]
        return (comps[0], True) if comps else None
    if t.lemma_.lower() in GERUND_NEGATORS and t.pos_ == "VERB":  # type: ignore[attr-defined]
        comps = [c for c in t.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]  # type: ignore[attr-defined]
        return (comps[0], True) if comps else None
    if lower == "without" and t.dep_ == "prep":  # type: ignore[attr-defined]
        objs = [c for c in t.children if c.dep_ in {"pobj", "pcomp"}]  # type: ignore[attr-defined]
        return (objs[0], False) if objs else None  # "without agreement" = "with no agreement"
    if lower == "yet" and t.dep_ == "advmod" and t.head.lemma_ in {"have", "be"}:  # type: ignore[attr-defined]
        comps = [c for c in t.head.children if c.dep_ == "xcomp" and c.i > t.i]  # type: ignore[attr-defined]
        return (comps[0], True) if comps else None  # "has yet to enter a plea"
    if lower not in NEGATION_WORDS:
        return None
    if t.dep_ == "neg" or lower in {"never", "not", "n't"}:  # type: ignore[attr-defined]
        head = t.head  # type: ignore[attr-defined]
        if head.lower_ in {"longer", "more"} and head.dep_ == "advmod":  # "no longer makes"
            head = head.head
            if head.dep_ in {"aux", "auxpass"} and head.head.i != head.i:  # "was no longer committed"
                head = head.head
        return head, False
    if lower == "no" and t.dep_ == "det":  # type: ignore[attr-defined]
        return t.head, False  # type: ignore[attr-defined]
    if lower in {"nobody", "nothing", "none", "neither"}:
        return (t.head if t.dep_ in {"nsubj", "dobj", "nsubjpass"} else t), False  # type: ignore[attr-defined]
    return None


def _negation_scope(pred: object, head: object) -> tuple[str, ...]:
    """Lemmas a negation covers: the predicate, and the verb of a negated argument.

    "fired no rockets" and "did not fire any rockets" say the same thing; the
    first negates the object, the second the verb, so both are recorded.
    """
    lemmas = [pred.lemma_.lower(), head.lemma_.lower()]  # type: ignore[attr-defined]
    lemmas += [c.lemma_.lower() for c in pred.children if c.dep_ == "dobj"]  # type: ignore[attr-defined]
    if pred.lemma_.lower() == "able":  # type: ignore[attr-defined]
        lemmas += [c.lemma_.lower() for c in pred.children if c.dep_ == "xcomp"]  # "not able to save"
    if pred.pos_ == "ADP":  # type: ignore[attr-defined]  # "not to a young one": the object and its modifiers
        for c in pred.children:  # type: ignore[attr-defined]
            if c.dep_ in {"pobj", "pcomp"}:
                lemmas.append(c.lemma_.lower())
                lemmas += [m.lemma_.lower() for m in c.children if m.dep_ in {"amod", "compound"}]
    if head.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"} and head.head.pos_ in {"VERB", "AUX"}:  # type: ignore[attr-defined]
        lemmas.append(head.head.lemma_.lower())  # type: ignore[attr-defined]
        for c in head.head.children:  # type: ignore[attr-defined]
            if c.dep_ in {"acomp", "attr"} and c.i != head.i:  # type: ignore[attr-defined]
                lemmas.append(c.lemma_.lower())
    return tuple(dict.fromkeys(w for w in lemmas if w not in {"be", "do"}))


def _negations(sent: Span, at: Positions, index: int) -> list[Negation]:
    out = []
    for t in sent:
        hit = _negated_head(t)
        if hit is None:
            continue
        head, implicit = hit
        pred = _predicate_token(head)
        lo, hi = _predicate_extent(pred, at)
        lo, hi = min(lo, at(t.idx)), max(hi, at.end(t.idx + len(t.text)))
        out.append(
            Negation(
                at(t.idx),
                at.end(t.idx + len(t.text)),
                at(pred.idx),
                at.end(pred.idx + len(pred.text)),
                pred.lemma_.lower(),
                pred.pos_,
                index,
                (lo, hi),
                implicit,
                _negation_scope(pred, head),
            )
        )
    return out


def _attributions(sent: Span, at: Positions, text: str, index: int) -> list[Attribution]:
    """Who the sentence's statements are attributed to: "according to X", "X said", "citing X"."""
    out = []
    for t in sent:
        source = None
        cue = ""
        extent = None
        if t.lower_ == "according" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ == "to":
            to = t.doc[t.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                source, cue = objs[0], "according to"
        elif t.lemma_.lower() == "cite" and t.pos_ == "VERB":
            objs = [c for c in t.children if c.dep_ == "dobj"]
            if objs:
                source, cue = objs[0], "cite"
        elif t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in SAY_VERBS:
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            before = [c for c in subj if c.i < t.i]
            if subj and reports_speech(t, sent):
                # "About 1,000 people sheltered ..., Mayor X said" can give "said" two subjects
                source, cue = (before[-1] if before else subj[0]), t.lemma_.lower()
                extent = _source_extent(source)
                for other in reversed(before[:-1]):  # "the disaster agency BNPB" parsed as two subjects
                    o_left, o_right = _source_extent(other)
                    if o_right == extent[0] - 1:
                        extent = (o_left, extent[1])
            elif not subj and t.dep_ != "conj" and t.tag_ not in {"VBG", "VB"}:
                found = subject_before(t, sent)
                if found is not None and (reports_speech(t, sent) or trailing(t, sent)):
                    source, extent, cue = found[0], found[1], t.lemma_.lower()
        if source is None:
            continue
        left, right = extent or _source_extent(source)
        s_start, s_end = trim_name(text, at(sent.doc[left].idx), at.end(sent.doc[right].idx + len(sent.doc[right].text)))
        while s_start < s_end and (text[s_start].isspace() or text[s_start] in EDGE_PUNCT):
            s_start += 1
        while s_end > s_start and (text[s_end - 1].isspace() or text[s_end - 1] in EDGE_PUNCT):
            s_end -= 1
        if s_end <= s_start:
            continue
        phrase_lo = min(s_start, at(t.idx))
        phrase_hi = max(s_end, at.end(t.idx + len(t.text)))
        told = [c for c in t.children if c.dep_ in {"dobj", "dative"} and c.left_edge.i == t.i + 1 and c.pos_ in {"PROPN", "NOUN"}]
        if cue == "tell" and told:  # "told Reuters": who was told is part of the attribution
            phrase_hi = max(phrase_hi, at.end(told[0].idx + len(told[0].text)))
        source_text = text[s_start:s_end]
        parts = describe_source(source, left, right)
        key = parts.names[-1][0] if parts.names else (parts.roles[0] if parts.roles else source.lemma_.lower())
        out.append(
            Attribution(
                phrase_lo,
                phrase_hi,
                s_start,
                s_end,
                source_text,
                key,
                source.lower_ in PRONOUNS or source.pos_ == "PRON",
                cue,
                index,
                names=parts.names,
                roles=parts.roles,
                qualifiers=parts.qualifiers,
                affiliations=parts.affiliations,
                words=parts.words,
                anonymous=parts.anonymous,
            )
        )
    return out


_NOT_SOURCE = {"relcl", "acl", "punct", "cc", "conj", "advcl"}


def _source_extent(head: object) -> tuple[int, int]:
    """Token range of a source phrase with its appositions and "of"/"for" phrases
    ("a spokeswoman for the statistics office"), without relative clauses hanging off it."""
    left = right = head.i  # type: ignore[attr-defined]
    for child in head.children:  # type: ignore[attr-defined]
        if child.dep_ in _NOT_SOURCE:
            continue
        left = min(left, child.left_edge.i)
        right = max(right, child.right_edge.i)
    return left, right


def _attach_quotes(sentences: list[Sentence], seg: Segment, text: str) -> None:
    """Find quotations in a paragraph and give each a speaker when one is near."""
    members = list(takewhile(lambda s: s.start >= seg.start, reversed(sentences)))[::-1]  # this segment's: built last
    members = [s for s in members if s.paragraph == seg.paragraph and s.is_body and s.start < seg.end]
    if not members:
        return
    quotes = find_quotes(text, seg.start, seg.end)
    for s in members:  # "our models predicted" inside a quotation attributes nothing
        s.attributions = tuple(a for a in s.attributions if not any(qs <= a.start and a.end <= qe for qs, qe in quotes))
    attributions = [a for s in members for a in s.attributions]
    for qs, qe in quotes:
        outside = [a for a in attributions if a.source_end <= qs or a.source_start >= qe]
        speaker = min(outside, key=lambda a: min(abs(a.start - qe), abs(a.end - qs)), default=None)
        owner = next((s for s in members if s.start <= qs < s.end + 2), members[0])
        quote = Quote(
            qs,
            qe,
            text[qs:qe],
            speaker.source_key if speaker else "",
            speaker.source_is_pronoun if speaker else False,
            owner.index,
            speaker,
        )
        owner.quotes = (*owner.quotes, quote)
