"""Public lexicon API: lemmas, antonyms, relation kinds and replacement ranking."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factdiff.lexicon as lex
from factdiff.lexicon import locate
from factdiff.lexicon.lookup import wordnet_antonyms
from factdiff.lexicon.polarity import supplement_pairs

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True, scope="module")
def _wordnet():
    if locate.find_wordnet() is None:
        pytest.skip("WordNet database not installed (apt-get install wordnet-base)")
    lex.reset()
    yield
    lex.reset()


def test_available():
    assert lex.wordnet_available()


@pytest.mark.parametrize(
    ("word", "pos", "expected"),
    [
        ("geese", "NOUN", "goose"),
        ("fell", "VERB", "fall"),
        ("prisoners", "NOUN", "prisoner"),
        ("smashing", "VERB", "smash"),
        ("Kremlin", "PROPN", "kremlin"),
        ("criticised", "VERB", "criticise"),  # WordNet lists many British spellings...
        ("radicalised", "VERB", "radicalize"),  # ...the rest go through a fallback
        ("ceasefire", "NOUN", "cease-fire"),  # compound spelling fallback
        ("better", "a", "good"),
    ],
)
def test_lemmas_for(word, pos, expected):
    assert expected in lex.lemmas_for(word, pos)


def test_lemmas_for_odd_input():
    assert lex.lemmas_for("dogs", "DET") == []
    assert lex.lemmas_for("", "NOUN") == []
    assert lex.lemmas_for("   ", "n") == []


ANTONYMS = [
    ("rise", "fall", "VERB"),  # direct
    ("rose", "fell", "VERB"),  # through morphology
    ("increase", "decrease", "VERB"),
    ("increased", "fell", "VERB"),  # "fall" shares a synset with "decrease"
    ("increase", "reduce", "VERB"),  # "reduce" is a kind of "decrease"
    ("raised", "cut", "VERB"),  # "raise" is a kind of "increase"
    ("guilty", "innocent", "ADJ"),
    ("big", "small", "ADJ"),  # "big" is a satellite of "large"
    ("allowed", "forbade", "VERB"),
    ("win", "lose", "VERB"),
    ("approved", "rejected", "VERB"),
    ("acquitted", "convicted", "VERB"),
    ("accepted", "refused", "VERB"),
    ("ally", "enemy", "NOUN"),  # antonym stated on the synonym "friend"
    ("rise", "fall", None),
    ("unharmed", "harmed", "ADJ"),  # negating prefix on a known word
    ("anti-war", "war", None),
    ("pro-Russian", "anti-Russian", None),
    ("confirmed", "denied", "VERB"),  # curated supplement
    ("north", "south", "NOUN"),
    ("former", "current", "ADJ"),  # curated: WordNet files them apart
    # WordNet's structure beyond its antonym arcs
    ("arrival", "departure", "NOUN"),  # "arrive" ! "leave", and "depart" is a kind of "leave"
    ("required", "unneeded", "ADJ"),  # "un" + "needed", a synonym of "required"
    ("related", "disconnected", "VERB"),
    ("understand", "misconstrue", "VERB"),  # "mis-" on a kind of "understand"
    ("prospect", "noncandidate", "NOUN"),  # prefixed word unknown to WordNet, stem a synonym
    ("well", "poorly", "ADV"),
    ("be born", "died", "VERB"),
]
NOT_ANTONYMS = [
    ("buy", "purchase", "VERB"),
    ("big", "large", "ADJ"),
    ("cathedral", "church", "NOUN"),
    ("apple", "church", "NOUN"),
    ("rise", "rise", "VERB"),
    ("rose", "rising", "VERB"),
    ("detained", "arrested", "VERB"),
    ("Kremlin", "Russian", None),
    # one sense alike, another opposed: the charitable reading wins
    ("odorous", "smelly", "ADJ"),  # "odorous" is also in the "malodorous" cluster
    ("division", "unit", "NOUN"),  # an army division is a military unit
    # the kind-of test stays in the POS asked: the noun "build" (a physique) is a "natural object"
    ("structures", "buildings", "NOUN"),
    ("structure", "building", "NOUN"),
    # prefixes that do not negate
    ("valuable", "invaluable", "ADJ"),
    ("flammable", "inflammable", "ADJ"),
    ("formation", "information", "NOUN"),
    # "leave alone" is a kind of "refrain", the antonym of "act": not an opposite of "keep"
    ("kept", "left", "VERB"),
]


@pytest.mark.parametrize(("a", "b", "pos"), ANTONYMS)
def test_antonyms(a, b, pos):
    assert lex.are_antonyms(a, b, pos)
    assert lex.are_antonyms(b, a, pos)  # symmetric


@pytest.mark.parametrize(("a", "b", "pos"), NOT_ANTONYMS)
def test_not_antonyms(a, b, pos):
    assert not lex.are_antonyms(a, b, pos)


def test_negative_stems_reads_spelling_only():
    from factdiff.lexicon.affixes import negative_stems

    known = {"needed", "legal", "binding", "formation", "candidate"}.__contains__
    assert negative_stems("unneeded", known) == [("un", "needed")]
    assert negative_stems("illegal", known) == [("il", "legal")]
    assert negative_stems("non-binding", known) == [("non", "binding")]
    assert negative_stems("noncandidate", known) == [("non", "candidate")]
    assert negative_stems("information", known) == [("in", "formation")]  # the caller judges it
    assert negative_stems("unit", known) == []  # stem too short


def test_derived_forms_follow_word_level_arcs():
    from factdiff.lexicon import resource
    from factdiff.lexicon.polarity import derived_forms

    res = resource.get()
    if res is None:
        pytest.skip("WordNet database not installed")
    assert ("arrive", "v") in derived_forms(res.wn, "arrival", "n")
    assert ("rare", "a") in derived_forms(res.wn, "rarely", "r")


def test_antonyms_bad_pos_is_false_not_an_error():
    assert lex.are_antonyms("rise", "fall", "DET") is False
    assert lex.are_antonyms("", "fall") is False


def test_supplement_file_is_well_formed_and_needed():
    """Every curated pair is a real entry and one WordNet alone does not find.

    If WordNet starts covering a pair (new extension rule), the entry must go.
    """
    text = (ROOT / "factdiff" / "lexicon" / "polarity_pairs.txt").read_text("utf-8")
    entries = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    assert entries
    for line in entries:
        fields, _, reason = line.partition("#")
        assert reason.strip(), f"no reason given: {line!r}"
        assert len(fields.split()) == 3, line
    pairs = supplement_pairs()
    assert sum(len(v) for v in pairs.values()) == len(entries)
    for pos, group in pairs.items():
        p = None if pos == "*" else pos
        for pair in group:
            a, b = sorted(pair)
            assert lex.are_antonyms(a, b, p)
            assert not wordnet_antonyms(a, b, p), f"redundant supplement entry {a}/{b}"


@pytest.mark.parametrize(
    ("old", "new", "pos", "kind"),
    [
        ("Bank", "bank", "NOUN", "same"),
        ("prisoners", "prisoner", "NOUN", "inflection"),
        ("buy", "purchase", "VERB", "synonym"),
        ("detainees", "prisoners", "NOUN", "hypernym"),
        ("church", "cathedral", "NOUN", "hyponym"),
        ("Monday", "Tuesday", "PROPN", "sibling"),
        ("destruction", "destroy", "NOUN", "derived"),
        ("rose", "fell", "VERB", "antonym"),
        ("apple", "church", "NOUN", "unrelated"),
        ("ex-Soviet", "Soviet", "ADJ", "related"),
        ("Xqzvort", "Blorfig", "PROPN", "unknown"),
    ],
)
def test_relation_kinds(old, new, pos, kind):
    rel = lex.relation(old, new, pos)
    assert rel.kind == kind
    assert rel.kind in lex.KINDS


def test_scores_follow_the_strength_of_the_link():
    s = {k: lex.relation(o, n, p).score for k, (o, n, p) in {
        "same": ("prison", "prison", "NOUN"),
        "synonym": ("buy", "purchase", "VERB"),
        "hypernym": ("cathedral", "church", "NOUN"),
        "sibling": ("Monday", "Tuesday", "PROPN"),
        "unrelated": ("apple", "church", "NOUN"),
        "antonym": ("win", "lose", "VERB"),
    }.items()}
    assert s["same"] < s["synonym"] < s["hypernym"] < s["sibling"] < s["unrelated"] < s["antonym"]
    assert s["antonym"] == 1.0 and s["same"] == 0.0


def test_unknown_is_middling():
    assert 0.3 <= lex.relation("Xqzvort", "church", "NOUN").score <= 0.7


VOCAB = ["state", "bank", "prisoners", "rose", "fell", "Monday", "quickly", "big", "ex-Soviet",
         "Zorblat", "smashing up", "the", "", "42", "défense"]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(VOCAB), st.sampled_from(VOCAB),
       st.sampled_from(["NOUN", "VERB", "ADJ", "ADV", "PROPN", "DET", "n", "X"]))
def test_relation_never_raises_and_stays_in_bounds(old, new, pos):
    rel = lex.relation(old, new, pos)
    assert rel.kind in lex.KINDS
    assert 0.0 <= rel.score <= 1.0 and 0.0 <= rel.similarity <= 1.0
    if old.strip() and old.lower() == new.lower():
        assert rel.kind == "same" and rel.score == 0.0


def test_rank_replacements_puts_the_mistranslation_first():
    pairs = [
        ("detainees", "prisoners", "NOUN"),
        ("state", "bank", "NOUN"),
        ("Kremlin", "Russian", "PROPN"),
    ]
    ranked = lex.rank_replacements(pairs)
    assert [i for i, _ in ranked][0] == 1
    assert sorted(i for i, _ in ranked) == [0, 1, 2]
    scores = [r.score for _, r in ranked]
    assert scores == sorted(scores, reverse=True)
    assert ranked[0][1] == lex.relation("state", "bank", "NOUN")


def test_rank_replacements_puts_a_polarity_flip_first():
    ranked = lex.rank_replacements([("shares", "stocks", "NOUN"), ("fell", "rose", "VERB")])
    assert ranked[0][0] == 1 and ranked[0][1].kind == "antonym"


def _benchmark():
    path = ROOT / "benchmarks" / "lexicon_ranking.py"
    spec = importlib.util.spec_from_file_location("lexicon_ranking", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("lexicon_ranking", mod)  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_benchmark_subset():
    """The held-out half of the hand-labelled set: wrong first in >= 80% of groups."""
    bench = _benchmark()
    rows = [r for r in bench.load() if r.split == "test"]
    assert len(rows) >= 60
    res = bench.evaluate(rows)
    assert res["top1"] >= 0.8, res["misses"]
    mean = res["mean"]
    assert mean["harmless"] < mean["related"] < mean["wrong"]
    assert res["auc_harmless_wrong"] >= 0.85


def test_false_friend_table_is_well_formed():
    """Every line parses into one pair of different English words with a known language tag."""
    from factdiff.lexicon.false_friends import LANGUAGES, table

    text = (ROOT / "factdiff" / "lexicon" / "false_friends.txt").read_text("utf-8")
    entries = [ln for ln in text.splitlines() if ln.split("#", 1)[0].strip()]
    pairs = table()
    assert len(pairs) == len(entries) >= 20  # no line dropped, no pair listed twice
    for line in entries:
        extra = line.split("#", 1)[0].split()[2:]
        assert all(":" in f or f == "reverse-only" for f in extra), line
    for friend in pairs.values():
        assert friend.lookalike != friend.meaning and friend.sources
        assert all(lang in LANGUAGES and word for lang, word in friend.sources)
        assert lex.lemmas_for(friend.meaning, "n") or any(lex.lemmas_for(friend.meaning, p) for p in "var")


@pytest.mark.parametrize(
    ("old", "new", "foreign"),
    [
        ("profits", "benefits", "bénéfice"),  # inflected forms, original -> copy
        ("benefit", "profit", "bénéfice"),  # and the other way round (a round trip)
        ("attended", "assisted", "assister"),
        ("poison", "gift", "Gift"),
        ("Sensitive", "sensible", "sensible"),
    ],
)
def test_false_friend_found_through_base_forms(old, new, foreign):
    from factdiff.lexicon.false_friends import false_friend

    friend = false_friend(old, new)
    assert friend is not None and foreign in friend.describe()


@pytest.mark.parametrize(("old", "new"), [("profits", "earnings"), ("benefit", "benefits"), ("library", "library"),
                                          ("sensible", "reasonable"), ("", "gift")])
def test_no_false_friend_for_synonyms_or_the_same_word(old, new):
    from factdiff.lexicon.false_friends import false_friend

    assert false_friend(old, new) is None


def test_reverse_only_false_friend_counts_one_way():
    """ "border controls" is fair English for inspections; "lost inspection" for "lost control" is not."""
    from factdiff.lexicon.false_friends import false_friend

    assert false_friend("control", "inspection") is not None
    assert false_friend("inspections", "controls") is None


def test_false_friend_table_loads_lazily():
    """Importing the lexicon or the wording check reads no table: the first look-up does."""
    import subprocess

    code = ("import factdiff.checks.wording, factdiff.lexicon.false_friends as ff; "
            "assert ff.table.cache_info().currsize == 0; ff.false_friend('profits', 'benefits'); "
            "assert ff.table.cache_info().currsize == 1")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
