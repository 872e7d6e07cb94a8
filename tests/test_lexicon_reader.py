"""The WordNet reader: sorted-file search, line parsing, morphology, sense counts."""

from __future__ import annotations

import mmap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdiff.lexicon import locate
from factdiff.lexicon.wordnet import (
    WordNet,
    bin_search,
    normalize_lemma,
    normalize_pos,
    prefix_lines,
)

HEADER = "  1 This software and database is being provided\n  2 licence text  \n"


def _mmap(path: Path) -> mmap.mmap:
    with open(path, "rb") as fh:
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


keys = st.lists(
    st.text(alphabet="abcdefgh_-.'", min_size=1, max_size=6), min_size=1, max_size=40, unique=True
)


@settings(max_examples=60, deadline=None)
@given(present=keys, probes=st.lists(st.text(alphabet="abcdefgh_-.'", min_size=1, max_size=6)))
def test_bin_search_finds_exactly_the_lines_present(tmp_path_factory, present, probes):
    path = tmp_path_factory.mktemp("idx") / "index.test"
    lines = sorted(present, key=lambda k: k.encode())
    path.write_text(HEADER + "".join(f"{k} n 1 0 1 0 {i:08d}  \n" for i, k in enumerate(lines)))
    buf = _mmap(path)
    for k in lines:
        line = bin_search(buf, k.encode())
        assert line is not None and line.split(b" ")[0] == k.encode()
    for p in probes:
        assert (bin_search(buf, p.encode()) is not None) == (p in present)
    buf.close()


def test_prefix_lines_returns_the_contiguous_block(tmp_path):
    path = tmp_path / "cntlist.rev"
    rows = ["ris%1:01:00:: 1 1", "rise%1:04:00:: 2 3", "rise%2:38:00:: 1 26", "riser%1:06:00:: 1 2"]
    path.write_text("\n".join(rows) + "\n")
    buf = _mmap(path)
    assert [x.decode() for x in prefix_lines(buf, b"rise%")] == rows[1:3]
    assert [x.decode() for x in prefix_lines(buf, b"rise%2:")] == rows[2:3]
    assert prefix_lines(buf, b"zzz") == []
    buf.close()


def test_normalisers():
    assert normalize_lemma("  Prime   Minister ") == "prime_minister"
    assert [normalize_pos(p) for p in ("NOUN", "PROPN", "VERB", "ADJ", "ADV", "s", "n")] == [
        "n", "n", "v", "a", "r", "a", "n",
    ]
    assert normalize_pos("DET") is None and normalize_pos(None) is None


def test_find_wordnet_honours_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(locate.ENV_VAR, str(tmp_path))
    assert locate.find_wordnet() is None  # explicit but empty: absent, no fallback
    for name in locate.REQUIRED_FILES:
        (tmp_path / name).write_text("")
    assert locate.find_wordnet() == tmp_path


# -- against the real database ------------------------------------------------


@pytest.fixture(scope="module")
def wn() -> WordNet:
    path = locate.find_wordnet()
    if path is None:
        pytest.skip("WordNet database not installed (apt-get install wordnet-base)")
    db = WordNet(path)
    yield db
    db.close()


def test_index_and_synset_lines(wn):
    entry = wn.index("dog", "n")
    assert entry is not None and entry.lemma == "dog" and len(entry.offsets) >= 5
    first = wn.synsets("dog", "n")[0]
    assert {"dog", "domestic_dog"} <= set(first.words)
    assert "domesticated" in first.gloss
    hypernyms = [wn.get(k) for k in first.related("@")]
    assert any("canine" in h.words for h in hypernyms)
    assert wn.index("no_such_lemma_xyz", "n") is None


def test_adjective_markers_and_satellites(wn):
    # "galore(ip)" in data.adj: the marker is stripped from the lemma.
    sat = [s for s in wn.synsets("galore", "a") if s.pos == "s"]
    assert sat and "galore" in sat[0].words
    assert sat[0].related("&")  # a satellite points at its head


def test_every_pointer_of_a_synset_resolves(wn):
    for s in wn.synsets("rise", "v")[:5]:
        for p in s.pointers:
            target = wn.synset(p.pos, p.offset)
            assert target is not None and target.offset == p.offset


def test_arcs_found_on_demand_agree_with_the_full_pointer_list(wn):
    # related() and pointers_of() scan the pointer text per symbol; the full list is the reference.
    symbols = ("~", "@", "+", "!", "\\", "=", "&", "#m", "%p", "$")
    for lemma, pos in (("person", "n"), ("rise", "v"), ("good", "a"), ("state", "n"), ("quickly", "r")):
        for s in wn.synsets(lemma, pos)[:4]:
            fresh = wn.synset(s.pos, s.offset)
            by_symbol = [(p.pos if p.pos != "s" else "a", p.offset) for sym in symbols for p in s.pointers if p.symbol == sym]
            assert fresh.related(*symbols) == by_symbol  # grouped by symbol, file order within one
            assert fresh.pointers_of("!", "+") == tuple(p for p in s.pointers if p.symbol in ("!", "+"))
            assert fresh.related("@") == fresh.related("@")  # cached answers stay the same


def test_a_synset_line_with_many_arcs_is_read_lazily(tmp_path):
    # 300 hyponym arcs, one hypernym arc: related("@") finds the one, pointers lists all.
    arcs = " ".join(f"~ {i:08d} n 0000" for i in range(100, 400))
    line = f"00000042 03 n 02 Thing 0 other_thing 1 301 @ 00000007 n 0000 {arcs} | a gloss; \"an example\"  "
    from factdiff.lexicon.wordnet import Synset

    s = Synset(line)
    assert s.words == ("thing", "other_thing") and s.lex_ids == (0, 1) and s.key == ("n", 42)
    assert s.related("@") == [("n", 7)]
    assert len(s.related("~")) == 300 and s.related("~")[0] == ("n", 100)
    assert len(s.pointers) == 301 and s.pointers[0].symbol == "@"
    assert s.gloss == 'a gloss; "an example"'
    assert s.related("!") == []


@pytest.mark.parametrize(
    ("word", "pos", "lemma"),
    [
        ("geese", "n", "goose"),
        ("fell", "v", "fall"),
        ("rose", "v", "rise"),
        ("prisoners", "n", "prisoner"),
        ("smashing", "v", "smash"),
        ("smashing up", "v", "smash_up"),
        ("better", "a", "good"),
        ("boxesful", "n", "boxful"),
        ("Kremlin", "n", "kremlin"),
    ],
)
def test_morphy(wn, word, pos, lemma):
    assert lemma in wn.morphy(word, pos)


def test_morphy_puts_exception_forms_first_and_keeps_the_word(wn):
    assert wn.morphy("fell", "v")[:2] == ["fall", "fell"]
    assert wn.morphy("glass", "n") == ["glass"]  # no "glas" from the -s rule
    assert wn.morphy("qwrtzx", "n") == []


def test_sense_counts_follow_index_order(wn):
    synsets = wn.synsets("state", "n")
    counts = [wn.sense_count("state", s) for s in synsets]
    assert counts[0] > 0 and counts == sorted(counts, reverse=True)
    assert wn.sense_key("state", synsets[0]).startswith("state%1:")
    assert wn.lemma_count("state", "n") == sum(counts)
    assert wn.lemma_count("state", "n") > wn.lemma_count("bank", "n") > 0


def test_satellite_sense_key_names_its_head(wn):
    sat = next(s for s in wn.synsets("big", "a") if s.pos == "s")
    key = wn.sense_key("big", sat)
    assert key.startswith("big%5:") and not key.endswith("::")
