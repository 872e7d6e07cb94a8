"""Syndication trims: a cut is reported once, at minor; an edit inside kept text stays major.

A republished copy often ends early or leaves out whole paragraphs. That is how syndication
works, not a difference of fact: one ``trimmed`` finding says what the cut took (how many
sentences and paragraphs, which names and figures left with it). A sentence dropped from a
paragraph the copy kept is an edit, and a fact dropped or changed inside a kept sentence is
a change: both stay major. A sentence the copy adds with names or figures is major too.
Articles written for these tests; the bundled example is used by the republication check.
"""

from __future__ import annotations

from pathlib import Path

from helpers import assert_spans_exact

from factdiff.report.model import KINDS, Severity

ROOT = Path(__file__).resolve().parent.parent
REPUBLICATION = Path(__file__).resolve().parent / "data" / "republication"

PARAS = [
    "Harbour authorities in Port Elmwood closed the northern terminal on Monday after a crane collapsed onto a cargo ship, injuring seven dock workers.",
    "The terminal handles about 40 percent of the port's container traffic. Managers said the closure would last at least three days.",
    "Inspector Maria Vandeleur said the crane's base had cracked during a storm last week. Her team will examine the other 12 cranes on the quay before they are used again.",
    "The dock workers' union called for an independent inquiry. Its leader, Tomas Okafor, said warnings about the cranes had been ignored since 2019.",
    "Shipping lines diverted 14 vessels to the southern terminal in Brackton. Delays there could reach two days, the port operator said.",
    "The port was rebuilt in 2008 with a loan of 300 million dollars from the regional bank. It employs 2,400 people.",
]
ORIGINAL = "\n\n".join(PARAS)


def _doc(paras: list[str]) -> str:
    return "\n\n".join(paras)


def _of(report, kind: str, at_least: Severity = Severity.INFO) -> list:
    return [f for f in report.findings if f.kind == kind and f.severity >= at_least]


def test_trimmed_is_a_known_kind():
    assert "trimmed" in KINDS


def test_tail_trim_is_one_minor_finding_that_lists_what_left(compare):
    report = compare(ORIGINAL, _doc(PARAS[:3]))
    trims = _of(report, "trimmed")
    assert len(trims) == 1
    t = trims[0]
    assert t.severity == Severity.MINOR
    assert report.at_least("major") == []
    assert t.details["position"] == "tail"
    assert t.details["sentences"] == 6 and t.details["paragraphs"] == 3
    assert "ends early: the original's last 6 sentences (3 paragraphs) are not in it" in t.message
    for fact in ("Tomas Okafor", "Brackton", "2008", "2,400"):
        assert fact in t.message and fact in t.details["facts"]
    # the span covers the dropped text, from the first dropped sentence to the end
    assert t.original.text == _doc(PARAS[3:])
    # the place in the copy: the copy's last sentence, where the story now stops
    assert t.copy is not None and t.copy.text.startswith("Her team will examine")
    assert_spans_exact(report)
    assert not _of(report, "sentence_missing")


def test_whole_paragraph_dropped_from_the_middle_is_one_minor_trim(compare):
    report = compare(ORIGINAL, _doc(PARAS[:2] + PARAS[3:]))
    trims = _of(report, "trimmed")
    assert len(trims) == 1 and trims[0].severity == Severity.MINOR
    t = trims[0]
    assert t.details["position"] == "middle"
    assert "paragraph 3" in t.message and "Maria Vandeleur" in t.message
    assert t.original.text == PARAS[2]
    assert report.at_least("major") == []
    assert_spans_exact(report)


def test_cut_before_the_kept_text_is_a_head_trim(compare):
    report = compare(ORIGINAL, _doc(PARAS[1:]))
    trims = _of(report, "trimmed")
    assert len(trims) == 1 and trims[0].severity == Severity.MINOR
    assert trims[0].details["position"] == "head" and "before the text it keeps" in trims[0].message
    assert trims[0].copy.text.startswith("The terminal handles")  # where the copy now begins


def test_two_cuts_are_two_trims_and_adjacent_paragraphs_are_one(compare):
    report = compare(ORIGINAL, _doc([PARAS[0], PARAS[3], PARAS[4]]))
    trims = _of(report, "trimmed")
    assert len(trims) == 2  # paragraphs 2-3 (one run) and the tail paragraph 6
    assert sorted(t.details["paragraphs"] for t in trims) == [1, 2]
    assert all(t.severity == Severity.MINOR for t in trims)
    assert report.at_least("major") == []


def test_sentence_dropped_inside_a_kept_paragraph_is_major_when_it_holds_facts(compare):
    # paragraph 3 keeps its first sentence and loses the one with "12 cranes"
    kept = PARAS[:2] + ["Inspector Maria Vandeleur said the crane's base had cracked during a storm last week."] + PARAS[3:]
    report = compare(ORIGINAL, _doc(kept))
    assert not _of(report, "trimmed")
    missing = _of(report, "sentence_missing", Severity.MAJOR)
    assert len(missing) == 1 and "12" in missing[0].message


def test_sentence_without_facts_dropped_inside_a_kept_paragraph_is_minor(compare):
    longer = PARAS[1].replace(" Managers said", " Workers on the quay were shaken. Managers said")
    report = compare(_doc(PARAS[:1] + [longer] + PARAS[2:]), ORIGINAL)
    missing = _of(report, "sentence_missing")
    assert [f.severity for f in missing] == [Severity.MINOR]
    assert not _of(report, "trimmed")


def test_fact_dropped_inside_a_kept_sentence_stays_major_beside_a_trim(compare):
    # an attribution dropped in the first paragraph, and the tail trimmed
    first = PARAS[2].replace("Inspector Maria Vandeleur said the crane's base", "The crane's base")
    report = compare(ORIGINAL, _doc(PARAS[:2] + [first]))
    assert len(_of(report, "trimmed")) == 1
    serious = report.at_least("major")
    assert serious and all(f.kind != "trimmed" for f in serious)
    assert any("Vandeleur" in (f.original.text if f.original else "") for f in serious)


def test_added_sentence_with_new_names_or_figures_is_major(compare):
    extra = "Police arrested a crane operator, Jonas Petrauskas, who was fined 5,000 dollars in 2021."
    copy = _doc(PARAS[:2] + [PARAS[2] + " " + extra] + PARAS[3:])
    report = compare(ORIGINAL, copy)
    added = _of(report, "sentence_added", Severity.MAJOR)
    assert len(added) == 1 and "Jonas Petrauskas" in added[0].message
    assert added[0].copy.text == extra


def test_a_name_spaced_otherwise_is_not_a_new_name(compare):
    """ "Tomas Okafor" written "TomasOkafor" or "Tomas-Okafor" elsewhere is the same name."""
    extra = "Union leader Tomas-Okafor urged calm."
    copy = _doc(PARAS[:2] + [PARAS[2] + " " + extra] + PARAS[3:]).replace("Tomas Okafor", "TomasOkafor")
    original = ORIGINAL.replace("Tomas Okafor", "TomasOkafor")
    added = _of(compare(original, copy), "sentence_added")
    assert [f.severity for f in added] == [Severity.MINOR]


def test_added_sentence_without_facts_is_minor(compare):
    extra = "The closure surprised many residents of the town."
    copy = _doc(PARAS[:2] + [PARAS[2] + " " + extra] + PARAS[3:])
    report = compare(ORIGINAL, copy)
    added = _of(report, "sentence_added")
    assert [f.severity for f in added] == [Severity.MINOR]


def test_added_context_paragraphs_are_one_finding_a_run(compare):
    context = [
        "Port Elmwood has grown quickly over the past decade. Its harbour now ranks among the busiest on the coast.",
        "Container traffic rose sharply after the new rail link opened. Traders welcomed the faster connections inland.",
    ]
    copy = _doc(PARAS[:3] + context + PARAS[3:])
    report = compare(ORIGINAL, copy)
    added = _of(report, "sentence_added")
    assert len(added) == 1
    assert added[0].details["paragraphs"] == 2 and added[0].details["sentences"] == 4


def test_added_tail_with_new_facts_is_major_once(compare):
    tail = [
        "Earlier this year a crane at the Brackton terminal failed an inspection, said harbour engineer Lena Moreau.",
        "Repairs there cost 2 million dollars.",
    ]
    report = compare(ORIGINAL, _doc(PARAS + tail))
    added = _of(report, "sentence_added")
    assert len(added) == 1 and added[0].severity == Severity.MAJOR
    assert added[0].details["position"] == "tail" and added[0].details["paragraphs"] == 2
    assert "Lena Moreau" in added[0].message and "2 million" in added[0].message


REWRITTEN = [
    "On Monday, harbour authorities in Port Elmwood shut the northern terminal after a crane fell onto a cargo ship, injuring seven dock workers.",
    "About 40 percent of the port's container traffic passes through the terminal. The closure will last at least three days, managers said.",
    "According to Inspector Maria Vandeleur, the base of the crane cracked during a storm last week. Before they are used again, her team will examine the other 12 cranes on the quay.",
    "An independent inquiry was demanded by the dock workers' union. Tomas Okafor, its leader, said warnings about the cranes had been ignored since 2019.",
    "Fourteen vessels were diverted by shipping lines to the southern terminal in Brackton, where delays could reach two days, according to the port operator.",
    "Rebuilt in 2008 with a 300 million dollar loan from the regional bank, the port employs 2,400 people.",
]
BACKGROUND = [
    "Cranes at the terminal were installed by an engineering firm from the capital, and the firm said they were last serviced in the spring. It declined to comment further on the collapse.",
    "Unions have long complained about working conditions at the port, and several strikes were held in recent years over pay and safety. Management has rejected most of their demands.",
    "The inspectorate is part of the transport ministry and publishes its reports after each investigation. Its last report on the port, in 2021, found 23 safety breaches.",
    "Okafor has led the union for a decade and was re-elected by members last month. He is a former crane operator himself.",
    "Brackton lies some distance to the south, and its terminal is smaller and older than the northern one. Local officials there said they were ready to help.",
    "The regional bank lends to infrastructure projects across the coast and has financed several ports. A spokesman for the bank, Pieter Holm, said the loan was being repaid on schedule.",
]


def test_long_rewrite_with_extra_paragraphs_does_not_flood(compare):
    """A reworded copy twice as long (a paragraph of background after each paragraph) gives
    one finding an added paragraph, not one a sentence; major only where the background
    brings names or figures of its own ("23 safety breaches" "in 2021", a quoted spokesman);
    a vague "several" is no figure."""
    copy = _doc([p for pair in zip(REWRITTEN, BACKGROUND, strict=True) for p in pair])
    assert len(copy) > 2 * len(ORIGINAL)
    report = compare(ORIGINAL, copy)
    added = _of(report, "sentence_added")
    assert len(added) == len(BACKGROUND)
    assert all(f.details["sentences"] == 2 for f in added)
    serious = report.at_least("major")
    assert [f.kind for f in serious] == ["sentence_added", "sentence_added"]
    assert "23" in serious[0].message and "2021" in serious[0].message
    assert "Pieter Holm" in serious[1].message
    assert len(report.findings) <= len(BACKGROUND) + 2


SPLIT_ORIGINAL = """\
Mayor Ana Kovac, in power since 2014, is one of the longest-serving mayors in the region and is accused by opposition councillors of favouring her allies in the bridge contracts.

The new bridge over the Sava river opened on Saturday after years of work.

It cost 80 million euros, twice the first estimate.

Kovac's hold on power was strengthened after the 2018 election, when her party won a majority on the council.

Opposition councillors have asked auditors to review the contracts."""

SPLIT_COPY = """\
Mayor Ana Kovac has been in power since 2014. One of the longest-serving mayors in the region, she is accused by opposition councillors of favouring her allies in the bridge contracts.

The new bridge across the Sava opened on Saturday after years of work.

It cost 80 million euros, double the first estimate."""


def test_trimmed_tail_does_not_take_the_half_of_a_split_sentence(compare):
    """The copy splits its first sentence and ends early. The dropped tail sentence shares
    words with the split half ("Kovac", "power"): it must not pair with it as a move (and
    report its year "changed"); the half joins the sentence it was split from."""
    report = compare(SPLIT_ORIGINAL, SPLIT_COPY)
    first = next(g for g in report.alignment if g.original == (0,))
    assert first.copy == (0, 1)
    assert not any(g.moved for g in report.alignment)
    assert report.at_least("major") == []
    trims = _of(report, "trimmed")
    assert len(trims) == 1 and trims[0].details["sentences"] == 2
    # a real change in the split half is still found, on the right pair
    report = compare(SPLIT_ORIGINAL, SPLIT_COPY.replace("since 2014", "since 2018"))
    changed = [f for f in report.at_least("major") if f.kind == "date_changed"]
    assert len(changed) == 1 and changed[0].original.text == "2014" and changed[0].copy.text == "2018"


# ---------------------------------------------------------------- synthetic republication check


def _republication(compare, name: str):
    original = (ROOT / "data" / "original.txt").read_text(encoding="utf-8")
    copy = (REPUBLICATION / name).read_text(encoding="utf-8")
    return compare(original, copy)


def test_republication_trimmed_tail(compare):
    report = _republication(compare, "trimmed_tail.txt")
    trims = _of(report, "trimmed")
    assert len(trims) == 1 and trims[0].severity == Severity.MINOR
    assert trims[0].details["position"] == "tail"
    assert report.at_least("major") == []
    assert_spans_exact(report)


def test_republication_paragraph_dropped(compare):
    report = _republication(compare, "paragraph_dropped.txt")
    trims = _of(report, "trimmed")
    assert len(trims) == 1 and trims[0].severity == Severity.MINOR
    assert trims[0].details["position"] == "middle" and trims[0].details["names"]
    assert report.at_least("major") == []


def test_republication_page_lines_and_captions(compare):
    report = _republication(compare, "page_lines.txt")
    assert not _of(report, "trimmed")
    assert report.at_least("major") == []
    notes = [f for f in report.findings if f.details.get("role") == "page-line"]
    assert len(notes) == 1 and notes[0].severity == Severity.INFO
    assert notes[0].details["lines"] and len(notes[0].details["lines"]) >= 10


def test_seed_attribution_stays_major_and_no_trim(seed_report):
    serious = seed_report.at_least("major")
    assert any(f.kind == "fact_missing" and "BelTA" in f.original.text for f in serious)
    assert not _of(seed_report, "trimmed")


def _republication_script():
    import importlib.util
    import sys

    path = ROOT / "benchmarks" / "republication.py"
    spec = importlib.util.spec_from_file_location("factdiff_republication_benchmark", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_republication_benchmark_makes_trimmed_and_furnished_copies(compare):
    rep = _republication_script()
    copies = rep.make_copies(ORIGINAL, seed=3)
    assert set(copies) == set(rep.KINDS)
    assert copies["tail"][0] == _doc(PARAS[:4])
    assert copies["middle"][0] == _doc(PARAS[:3] + PARAS[4:])
    lines = [p for p in copies["page-lines"][0].split("\n\n") if p in rep.PAGE_LINES]
    assert len(lines) >= 2
    planted, span = copies["all+digit"]
    assert span is not None and any(ch.isdigit() for ch in planted[span[0] : span[1]])
    for kind in ("tail", "middle", "page-lines", "all"):
        assert compare(ORIGINAL, copies[kind][0]).at_least("major") == [], kind
    serious = compare(ORIGINAL, planted).at_least("major")
    assert any(f.copy and f.copy.start < span[1] and span[0] < f.copy.end for f in serious)
