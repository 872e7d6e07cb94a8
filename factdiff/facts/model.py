"""Typed facts per sentence: plain, picklable data with absolute offsets.

The checks work on these, never on spaCy objects, so a parsed document can be
cached, sent to another process, and compared many times.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "LANGUAGE"}
)
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN", "NUM"})


@dataclass(frozen=True)
class Token:
    """One token: enough of spaCy's analysis for the checks."""

    i: int  # index within its sentence
    text: str
    start: int  # absolute offsets into the document text
    end: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int  # index within the sentence
    is_stop: bool
    is_punct: bool
    ent_type: str = ""
    negated: bool = False  # has a negation child (not, n't, never) or is negated by "no"
    chunk: tuple[int, int] | None = None  # noun chunk (absolute offsets) it heads or belongs to
    predicate: tuple[int, int] | None = None  # the word with its auxiliaries: "would not be sold"

    @property
    def norm(self) -> str:
        return self.lemma.lower()

    @property
    def is_content(self) -> bool:
        return self.pos in CONTENT_POS and not self.is_stop and not self.is_punct


@dataclass(frozen=True)
class Mention:
    """A named-entity mention."""

    start: int
    end: int
    text: str
    label: str
    key: str  # match key of this mention's own text
    canonical: str = ""  # key of the fullest mention of the same entity in the document
    descriptor: str = ""  # a role noun next to it ("journalist", "musician"), lemma
    sentence: int = -1
    in_title: bool = False  # part of a person's title or description ("Kremlin leader X")


@dataclass(frozen=True)
class NumberFact:
    """A figure with its qualifier and unit (see ``factdiff.numbers``) and counted noun."""

    start: int
    end: int
    text: str
    quantity: object  # factdiff.numbers.Quantity with offsets shifted to the document
    counted: str = ""  # lemma of the counted noun ("prisoner")
    counted_span: tuple[int, int] | None = None
    sentence: int = -1


@dataclass(frozen=True)
class DateFact:
    start: int
    end: int
    text: str
    expression: object  # factdiff.numbers.TimeExpression, offsets shifted to the document
    sentence: int = -1


@dataclass(frozen=True)
class Negation:
    """A negated predicate: the cue ("not") and what it negates ("identify")."""

    cue_start: int
    cue_end: int
    head_start: int
    head_end: int
    head_lemma: str
    head_pos: str
    sentence: int = -1
    phrase: tuple[int, int] | None = None  # cue, auxiliaries and predicate: "had not fired"
    implicit: bool = False  # negated by a verb: "failed to agree", "refused to remove"
    scope: tuple[str, ...] = ()  # lemmas it negates: "fired no rockets" negates "rocket" and "fire"


@dataclass(frozen=True)
class Attribution:
    """Who a statement is attributed to: "according to X", "X said", "citing X"."""

    start: int  # the whole attribution phrase
    end: int
    source_start: int
    source_end: int
    source: str  # text of the source phrase
    source_key: str  # match key of the source's name, or its head lemma
    source_is_pronoun: bool
    cue: str  # lemma of the cue: "say", "according to", "cite", "tell"...
    sentence: int = -1
    # who the source is, for deciding "same source" across versions (see checks/attribution.py)
    names: tuple[tuple[str, str], ...] = ()  # (key, label) of names naming it: "Naeem Panjutha"
    roles: tuple[str, ...] = ()  # role nouns, lemmas: "lawyer", "ministry", "spokesman"
    qualifiers: tuple[str, ...] = ()  # other nouns of the phrase: "interior", "statistics", "office"
    affiliations: tuple[tuple[str, str], ...] = ()  # names that qualify it: "Taliban" in "a Taliban spokesman"
    words: tuple[str, ...] = ()  # every noun and name word of the phrase, lower-cased lemmas
    anonymous: bool = False  # "an unnamed official", "a diplomat familiar with the plans"


@dataclass(frozen=True)
class Quote:
    """A direct quotation between quote marks (content only, marks excluded)."""

    start: int
    end: int
    text: str
    speaker_key: str = ""  # match key of the speaker when one is attributed nearby
    speaker_is_pronoun: bool = False
    sentence: int = -1
    speaker: Attribution | None = None  # the attribution the speaker comes from


@dataclass
class Sentence:
    """A sentence (or labelled line) with its facts."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    role: str = "body"
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    numbers: tuple[NumberFact, ...] = ()
    dates: tuple[DateFact, ...] = ()
    negations: tuple[Negation, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    quotes: tuple[Quote, ...] = ()

    @property
    def content_lemmas(self) -> list[str]:
        return [t.norm for t in self.tokens if t.is_content]

    @property
    def is_body(self) -> bool:
        return self.role == "body"


@dataclass
class ParsedDocument:
    """A document as the checks see it."""

    name: str
    text: str
    sentences: list[Sentence]
    paragraphs: list[tuple[int, int]]
    source_format: str = "text"
    encoding: str = "utf-8"
    language: str = "en"
    entities: dict[str, list[Mention]] = field(default_factory=dict)  # canonical key -> mentions
    #: The file as given, for markup inputs (``text`` is then its same-length masked form, which
    #: matching reads; spans quote ``raw``).
    raw: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    furniture: int = 0
    first_ignored: tuple[int, int] | None = None
    method: str = ""

    @property
    def mentions(self) -> list[Mention]:
        return [m for s in self.sentences for m in s.mentions]

    @property
    def body(self) -> list[Sentence]:
        return [s for s in self.sentences if s.is_body]



def document_of(source, sentences: list, paragraphs: dict[int, list[int]], text: str | None = None) -> ParsedDocument:
    """A parsed document for an ingested source (``factdiff.ingest.Source``): its sentences and
    paragraph spans, with what ingest knew of it (format, encoding, markup, metadata, furniture)."""
    return ParsedDocument(
        name=source.name,
        text=source.text if text is None else text,
        sentences=sentences,
        paragraphs=[tuple(paragraphs[k]) for k in sorted(paragraphs)],  # type: ignore[misc]
        source_format=source.source_format,
        encoding=source.encoding,
        raw=source.markup,
        metadata=dict(source.metadata),
        furniture=source.furniture,
        first_ignored=source.first_ignored,
        method=source.method,
    )
