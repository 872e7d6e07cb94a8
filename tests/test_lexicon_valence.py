"""Valence (favourable / unfavourable words) from the lexicon shipped in the vadersentiment wheel."""

from __future__ import annotations

import pytest

import factdiff.lexicon as lex
from factdiff.lexicon import locate, valence

needs_lexicon = pytest.mark.skipif(not valence.available(), reason="vadersentiment not installed")


@needs_lexicon
def test_rated_words_and_their_inflections():
    assert valence.valence("popular") > 0
    assert valence.valence("loathed", "VERB") < 0
    assert valence.valence("Delighted") > 0  # case does not matter
    assert valence.valence("") is None
    assert valence.valence("table", "NOUN") is None  # neutral words are not rated


@needs_lexicon
def test_unrated_word_takes_its_first_sense_synonyms_rating():
    if locate.find_wordnet() is None:
        pytest.skip("WordNet database not installed")
    lex.reset()
    assert valence.valence("endangering", "VERB") < 0  # "jeopardize", "imperil", "menace"
    assert valence.valence("endangering") is None  # without a POS no synonyms are looked up
    assert valence.rated("endangered", "VERB") is False  # ...and the rating is only borrowed
    assert valence.rated("loathed", "VERB") is True


@needs_lexicon
@pytest.mark.parametrize(
    ("a", "b", "pos", "expected"),
    [
        ("outraged", "delighted", "ADJ", True),
        ("praised", "ridiculed", "VERB", True),
        ("furious", "outraged", "ADJ", False),  # same side
        ("rainy", "sunny", "ADJ", False),  # "rainy" is rated too mildly to count
        ("table", "popular", None, False),  # one side unrated
    ],
)
def test_opposite_valence(a, b, pos, expected):
    assert valence.opposite_valence(a, b, pos) is expected
    assert valence.opposite_valence(b, a, pos) is expected


def test_missing_lexicon_means_no_valence(monkeypatch):
    monkeypatch.setattr(valence, "PACKAGE", "no_such_package_here")
    valence._ratings.cache_clear()
    valence.clear_caches()
    try:
        assert valence.available() is False
        assert valence.valence("popular") is None
        assert valence.opposite_valence("popular", "loathed") is False
    finally:
        monkeypatch.undo()
        valence._ratings.cache_clear()
        valence.clear_caches()
