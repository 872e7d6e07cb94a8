"""Hand-built sample Reports for renderer tests (no NLP pipeline needed).

Two short invented articles: an original wire story and a hostile copy that
changes facts, drops one sentence, adds one (carrying HTML/JS and Markdown
specials), and moves one. Spans are found by searching the texts, so offsets
always agree with the quoted text. Other test modules may import this read-only.
"""

from __future__ import annotations

from factdiff.report.model import (
    AlignedGroup,
    DocumentInfo,
    Finding,
    Report,
    SentenceInfo,
    Severity,
    Span,
)

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=2">'

ORIGINAL_PARAS: list[list[tuple[str, str]]] = [
    [("headline", "Harbour council approves $40 million flood wall")],
    [
        ("dateline", "PORTVALE (Wire) –"),
        (
            "body",
            "The Portvale city council on Tuesday approved a $40 million sea wall to "
            "protect the old harbour district, Mayor Helena Marsh said.",
        ),
        ("body", "The vote was 7 to 2, with two members absent."),
    ],
    [
        ("body", "Construction will not begin before 2026, according to engineering firm Dalby & Stone."),
        ("body", "“We cannot wait for the next storm,” Marsh told reporters."),
    ],
    [
        ("body", "Critics say the wall will block views from the promenade."),
        ("body", "About 3,000 homes were flooded in 2021."),
    ],
    [("credits", "(Reporting by Ana Ruiz; Editing by Tom Kerr)")],
]

COPY_PARAS: list[list[tuple[str, str]]] = [
    [("headline", "Council approves $45 million flood wall")],
    [
        (
            "body",
            "The Portvale city council approved a $45 million sea wall on Tuesday to "
            "protect the old harbour district, Mayor Helena March said.",
        ),
        ("body", "About 3,000 homes were flooded in 2021."),
        ("body", "The vote was 7-2."),
    ],
    [
        ("body", "Construction will begin before 2026, according to engineering firm Dalby & Stone."),
        ("body", '"We can\'t wait for the next storm," Marsh said.'),
    ],
    [
        (
            "body",
            f"Readers wrote in: {SCRIPT} and {IMG} *really* `loud` | pipes_and "
            "[links](http://evil.example) <b>bold</b> & more.",
        )
    ],
    [("credits", "(Reporting by Ana Ruiz)")],
]


def make_doc(name: str, paras: list[list[tuple[str, str]]]) -> DocumentInfo:
    """A DocumentInfo whose sentences are the given strings, paragraphs split by blank lines."""
    text = ""
    sentences: list[SentenceInfo] = []
    paragraphs: list[tuple[int, int]] = []
    for p, para in enumerate(paras):
        if p:
            text += "\n\n"
        p_start = len(text)
        for k, (role, sent) in enumerate(para):
            if k:
                text += " "
            start = len(text)
            text += sent
            sentences.append(SentenceInfo(len(sentences), start, len(text), p, role))
        paragraphs.append((p_start, len(text)))
    return DocumentInfo(name=name, text=text, sentences=tuple(sentences), paragraphs=tuple(paragraphs))


def span(doc: DocumentInfo, needle: str, nth: int = 0, sentence: int | None = None) -> Span:
    """The ``nth`` occurrence of ``needle`` in ``doc`` (or in one sentence of it) as a Span."""
    start = -1 if sentence is None else doc.sentences[sentence].start - 1
    for _ in range(nth + 1):
        start = doc.text.index(needle, start + 1)
    end = start + len(needle)
    sentence = next(s.index for s in doc.sentences if s.start <= start < s.end)
    return Span.of(doc.text, start, end, sentence)


def sample_report(copy_name: str = "copy <i>hostile</i>.txt") -> Report:
    """The two-article sample: every renderer feature in a dozen sentences."""
    o = make_doc("original.txt", ORIGINAL_PARAS)
    c = make_doc(copy_name, COPY_PARAS)
    # Sentence indices: original 0 headline, 1 dateline, 2 council, 3 vote, 4 construction,
    # 5 quote, 6 critics, 7 homes, 8 credits. Copy: 0 headline, 1 council, 2 homes,
    # 3 vote, 4 construction, 5 quote, 6 hostile, 7 credits.
    alignment = (
        AlignedGroup((0,), (0,), 0.82),
        AlignedGroup((1, 2), (1,), 0.78),
        AlignedGroup((3,), (3,), 0.7),
        AlignedGroup((4,), (4,), 0.93),
        AlignedGroup((5,), (5,), 0.8),
        AlignedGroup((6,), (), 0.0),
        AlignedGroup((7,), (2,), 1.0, moved=True),
        AlignedGroup((), (6,), 0.0),
        AlignedGroup((8,), (7,), 0.6),
    )
    F, S = Finding, Severity
    findings = (
        F("number_changed", S.MAJOR, span(o, "$40 million"), span(c, "$45 million"),
          "amount changed: $40 million -> $45 million", {"from": 40e6, "to": 45e6}, "numbers"),
        F("number_changed", S.MAJOR, span(o, "$40 million", 1), span(c, "$45 million", 1),
          "amount changed: $40 million -> $45 million", {}, "numbers"),
        F("name_spelling", S.MINOR, span(o, "Helena Marsh"), span(c, "Helena March"),
          "name spelled differently: Marsh -> March", {}, "names", 0.9),
        F("fact_missing", S.MINOR, span(o, "with two members absent"), span(c, "The vote was 7-2."),
          "detail dropped: 'with two members absent'", {}, "facts", 0.7),
        F("negation_changed", S.CRITICAL, span(o, "will not begin"), span(c, "will begin"),
          "negation lost: 'will not begin' -> 'will begin'", {}, "negation"),
        F("quote_changed", S.MINOR, span(o, "We cannot wait for the next storm"),
          span(c, "We can't wait for the next storm"), "quotation reworded", {}, "quotes"),
        F("attribution_changed", S.INFO, span(o, "told reporters"), span(c, "said", sentence=5),
          "speech verb changed: told reporters -> said", {}, "attribution", 0.6),
        F("sentence_missing", S.MAJOR, span(o, o.sentence_text(6)), None,
          "sentence dropped from the copy", {}, "alignment"),
        F("moved", S.INFO, span(o, o.sentence_text(7)), span(c, c.sentence_text(2)),
          "sentence moved from paragraph 4 to paragraph 2", {}, "alignment"),
        F("sentence_added", S.MINOR, None, span(c, c.sentence_text(6)),
          "sentence added in the copy: <not in original> | *check* `it`", {}, "alignment"),
        F("fact_missing", S.INFO, span(o, "Editing by Tom Kerr"), None,
          "credit dropped: Editing by Tom Kerr", {}, "credits"),
    )
    return Report(
        original=o,
        copy=c,
        alignment=alignment,
        findings=tuple(sorted(findings, key=lambda f: f.sort_key)),
        verdict="copy",
        signature="fd1-3a7c<b>9e",
    )


def long_report(n: int = 60) -> Report:
    """A report tall enough to need scrolling: ``n`` paired sentences, a few changed."""
    o_paras, c_paras = [], []
    for i in range(n):
        o_paras.append([("body", f"On day {i + 1} the committee reviewed {i * 3 + 10} files in Room {i}.")])
        changed = i % 15 == 14
        files = i * 3 + 11 if changed else i * 3 + 10
        c_paras.append([("body", f"On day {i + 1} the committee reviewed {files} files in Room {i}.")])
    o = make_doc("long-original.txt", o_paras)
    c = make_doc("long-copy.txt", c_paras)
    findings = []
    for i in range(n):
        if i % 15 == 14:
            sev = (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.INFO)[(i // 15) % 4]
            findings.append(
                Finding("number_changed", sev, span(o, f"{i * 3 + 10} files"),
                        span(c, f"{i * 3 + 11} files"), f"count changed in row {i + 1}")
            )
    alignment = tuple(AlignedGroup((i,), (i,), 0.95) for i in range(n))
    return Report(o, c, alignment, tuple(findings), "copy", "fd1-long")
