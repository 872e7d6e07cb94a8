"""Names: misspelled, romanised differently, replaced, dropped, added; on sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import assert_spans_exact, has

from factdiff.checks.names_morphology import demonym_of, gendered_pair, name_variant, word_variant
from factdiff.report.model import Severity


def names(report, kinds=("name_spelling", "entity_changed", "fact_missing", "fact_added")):
    return [f for f in report.findings if f.kind in kinds]


def serious_names(report):
    return [f for f in names(report) if f.severity >= Severity.MAJOR]


# ------------------------------------------------------------------ morphology (no spaCy)
@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("lutskina", "lutsina", "typo"),  # a consonant dropped
        ("kotskina", "kotsina", "typo"),
        ("haddad", "hadad", "typo"),  # a doubled letter dropped alone
        ("boluarte", "boularte", "typo"),  # two letters swapped
        ("francis", "frencis", "typo"),  # a vowel changed that no romanisation changes
        ("maduro", "madura", "typo"),  # a final vowel in a surname
        ("tsikhanouskaya", "tikhanouskaya", "translit"),
        ("kseniya", "ksenia", "translit"),
        ("aliyev", "aliev", "translit"),
        ("hezbollah", "hizbollah", "translit"),
        ("misrata", "misurata", "translit"),  # a lone vowel: both spellings are in use
        ("sviatlana", "svetlana", "translit"),
        ("havilland", "havlland", "typo"),  # a lone vowel, a spelling nobody uses
        ("aleksandr", "alexander", "translit"),
        ("yevgeny", "evgeny", "translit"),
        ("ivanov", "ivanova", "gendered"),
        ("martin", "martina", "gendered"),
    ],
)
def test_word_variant_kind(a, b, kind):
    assert word_variant(a, b, first_name=False)[1] == kind


def test_string_similarity_alone_cannot_decide():
    # all three pairs are one or two letters apart; only the kind of difference separates them
    assert name_variant("kseniya lutskina", "kseniya lutsina")[1] == "typo"
    assert name_variant("ivan ivanov", "ivan ivanova")[1] == "gendered"
    assert name_variant("svetlana tikhanouskaya", "sviatlana tsikhanouskaya")[1] == "translit"


def test_unrelated_names_are_not_variants():
    for a, b in [("mali", "niger"), ("niger", "nigeria"), ("goma", "roma"), ("herat", "kandahar"), ("deng", "teng")]:
        assert name_variant(a, b) == (0.0, ""), (a, b)


def test_a_romanisation_system_changes_several_words_at_once():
    # "Teng" alone is another name; next to "Hsiao-ping" it is the Wade-Giles "Deng"
    assert name_variant("deng xiaoping", "teng hsiao ping")[1] == "translit"


def test_given_name_o_a_is_gendered_but_surname_o_a_is_a_slip():
    assert name_variant("roberto rossi", "roberta rossi")[1] == "gendered"
    assert name_variant("nicolas maduro", "nicolas madura")[1] == "typo"
    assert not gendered_pair("maduro", "madura", given_name=False)


def test_demonyms():
    assert demonym_of("russian", "russia") and demonym_of("lebanese", "lebanon") and demonym_of("french", "france")
    assert demonym_of("south korean", "south korea")
    assert not demonym_of("niger", "nigeria") and not demonym_of("barnier", "barneir")


# ------------------------------------------------------------------ end to end
def test_dropped_letter_is_a_major_misspelling(compare):
    report = compare(
        "Activist Marina Kotskina was sentenced to six years by a court in Gomel.",
        "Activist Marina Kotsina was sentenced to six years by a court in Gomel.",
    )
    assert has(report, "name_spelling", "major", ["Kotskina"], ["Kotsina"])
    assert_spans_exact(report)


@pytest.mark.parametrize(
    ("original", "copy", "o_word", "c_word"),
    [
        ("Opposition leader Svetlana Tsikhanouskaya addressed the rally in Vilnius.",
         "Opposition leader Svetlana Tikhanouskaya addressed the rally in Vilnius.", "Tsikhanouskaya", "Tikhanouskaya"),
        ("The prize went to the poet Kseniya Orlova on Friday.",
         "The prize went to the poet Ksenia Orlova on Friday.", "Kseniya", "Ksenia"),
    ],
)
def test_transliteration_variant_is_minor(compare, original, copy, o_word, c_word):
    report = compare(original, copy)
    assert has(report, "name_spelling", "minor", [o_word], [c_word])
    assert not serious_names(report), [(f.kind, f.severity.label, f.message) for f in report.findings]


@pytest.mark.parametrize(
    ("original", "copy", "o_word", "c_word"),
    [
        ("Deputy Oleg Ivanov voted against the budget on Tuesday.",
         "Deputy Oleg Ivanova voted against the budget on Tuesday.", "Ivanov", "Ivanova"),
        ("Martin Keller will coach the national team from June.",
         "Martina Keller will coach the national team from June.", "Martin", "Martina"),
    ],
)
def test_gendered_forms_are_different_people(compare, original, copy, o_word, c_word):
    report = compare(original, copy)
    assert has(report, "entity_changed", "major", [o_word], [c_word])
    assert not has(report, "name_spelling")


def test_region_replaced_by_a_country(compare):
    report = compare(
        "The storm forced the closure of schools across Central America.",
        "The storm forced the closure of schools across Mexico.",
    )
    assert has(report, "entity_changed", "major", ["Central America"], ["Mexico"])


def test_replacement_found_by_role_when_the_tagger_mislabels(compare):
    # whatever labels the small model gives these, both names follow "off"
    report = compare(
        "Forty migrants were rescued off Lampione on Sunday, the coast guard said.",
        "Forty migrants were rescued off Linosa on Sunday, the coast guard said.",
    )
    assert has(report, "entity_changed", "major", ["Lampione"], ["Linosa"])


def test_short_mention_after_full_name_is_the_same_person(compare):
    report = compare(
        "Russian President Vladimir Putin arrived in Hanoi on Wednesday. Putin told reporters the visit was useful.",
        "Russian President Vladimir Putin arrived in Hanoi on Wednesday. Vladimir Putin told reporters the visit was useful.",
    )
    assert not names(report)


def test_title_and_name_are_the_same_person(compare):
    report = compare(
        "Chancellor Olaf Scholz fired his finance minister on Wednesday.",
        "Chancellor Scholz fired his finance minister on Wednesday.",
    )
    assert not serious_names(report)


def test_name_moved_to_another_sentence_is_not_missing(compare):
    report = compare(
        "The bridge over the Drava was opened by Mayor Ivo Grgic on Monday. It cost 20 million euros.",
        "The bridge cost 20 million euros. Mayor Ivo Grgic opened it on Monday over the Drava.",
    )
    assert not has(report, "fact_missing", "info", ["Grgic"])
    assert not has(report, "fact_missing", "info", ["Drava"])


def test_name_swapped_for_another_name_of_the_story(compare):
    report = compare(
        "Mayor Anna Kovacs opened the bridge. Deputy mayor Peter Szabo cut the ribbon.",
        "Mayor Anna Kovacs opened the bridge. Deputy mayor Anna Kovacs cut the ribbon.",
    )
    assert has(report, "entity_changed", "major", ["Szabo"], ["Kovacs"])


OKAFOR = "Judge Tamara Okafor opened the hearing. Okafor asked the lawyers to be brief. Later Okafor adjourned the case."


def test_copy_consistency_once_versus_everywhere(compare):
    once = compare(OKAFOR, OKAFOR.replace("Okafor asked", "Okfaor asked"))
    everywhere = compare(OKAFOR, OKAFOR.replace("Okafor", "Okafro"))
    (f1,) = [f for f in once.findings if f.kind == "name_spelling"]
    (f2,) = [f for f in everywhere.findings if f.kind == "name_spelling"]
    assert f1.severity == f2.severity == Severity.MAJOR
    assert f1.details["consistent"] is False and f1.details["copy_mentions"] == 1
    assert f1.details["copy_mentions_total"] == 3 and "1 of 3" in f1.message
    assert f2.details["consistent"] is True and f2.details["copy_mentions"] == 3
    assert f1.message != f2.message and "all 3" in f2.message
    assert len(f2.details["copy_spans"]) == 3
    for s, e in f2.details["copy_spans"]:
        assert everywhere.copy.text[s:e].endswith("Okafro")


def test_misspelled_name_the_tagger_missed(compare):
    # the small model tags neither name; the capitalised words are candidates all the same
    report = compare(
        "Police arrested Marko Petrovic and two other men in Novi Sad.",
        "Police arrested Marko Petrovci and two other men in Novi Sad.",
    )
    assert has(report, "name_spelling", "major", ["Petrovic"], ["Petrovci"])


def test_dropped_name_the_tagger_missed(compare):
    report = compare(
        "Police arrested Marko Petrovic and two other men in Novi Sad.",
        "Police arrested three men in Novi Sad.",
    )
    assert has(report, "fact_missing", "major", ["Marko Petrovic"])


def test_added_place_is_major_added_nationality_is_not(compare):
    report = compare("Talks on the ceasefire will continue next week.",
                     "Talks on the ceasefire will continue next week in Riyadh.")
    assert has(report, "fact_added", "major", [], ["Riyadh"])
    report = compare("The group released six hostages.", "The group released six Italian hostages.")
    assert not has(report, "fact_added", "major", [], ["Italian"])


def test_demonym_of_a_named_place_is_not_new_or_misspelled(compare):
    report = compare(
        "The Australian Bureau of Meteorology warned of more rain in Queensland.",
        "More rain is expected in Queensland, Australia's weather bureau warned.",
    )
    assert not has(report, {"name_spelling", "fact_added"}, "major")


def test_party_dropped_is_major(compare):
    report = compare("The bill was backed by the Liberal Democrats and the Greens.",
                     "The bill was backed by the Greens.")
    assert has(report, "fact_missing", "major", ["Liberal Democrats"])


@pytest.mark.parametrize(
    ("original", "copy"),
    [
        ("Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing.",
         "In Beijing, Kremlin leader Vladimir Putin met Chinese President Xi Jinping."),
        ("The United Nations said 40 aid workers had been killed.", "The U.N. said 40 aid workers had been killed."),
        ("The Ukrainian army said it had repelled 20 attacks.", "Ukraine's army said it had repelled 20 attacks."),
        ("Mr Sunak said the Conservative Party would win.", "Rishi Sunak said the Conservatives would win."),
        ("Hungarian Prime Minister Viktor Orbán met Robert Fico in Budapest.",
         "Viktor Orban of Hungary met Robert Fico in Budapest."),
    ],
)
def test_paraphrased_names_are_not_findings(compare, original, copy):
    report = compare(original, copy)
    assert not serious_names(report), [(f.kind, f.severity.label, f.message) for f in report.findings]


def test_short_mentions_resolve_within_their_kind():
    from factdiff.api import parse
    from factdiff.ingest import source_from_text

    (doc,) = parse([source_from_text(
        "The Washington Post reported the talks. Officials in Washington declined to comment. "
        "President Yoweri Museveni spoke later. Museveni said the talks were useful."
    )])
    by_text = {m.text: m.canonical for m in doc.mentions}
    assert by_text.get("Washington") == "washington"
    assert by_text.get("Museveni") == "yoweri museveni"


# ------------------------------------------------------------------ a unit inside a figure is the figure's, not a name
@pytest.mark.parametrize(
    ("original", "copy"),
    [
        ("Temperatures in Seville reached 45 degrees Celsius on Monday.",
         "Temperatures in Seville reached 113 degrees Fahrenheit on Monday."),
        ("Forecasters expect 104 degrees Fahrenheit in Phoenix on Friday.",
         "Forecasters expect 40 degrees Celsius in Phoenix on Friday."),
        ("The reactor core hit 600 Kelvin before the shutdown.",
         "The reactor core hit 327 degrees Celsius before the shutdown."),
        ("Highs of 30 Celsius are expected in London.", "Highs of 86 Fahrenheit are expected in London."),
        ("Winds reached force 9 on the Beaufort scale off Cornwall.", "Gale-force winds of 9 hit Cornwall."),
    ],
)
def test_a_converted_unit_is_not_a_changed_name(compare, original, copy):
    report = compare(original, copy)
    assert not serious_names(report), [(f.kind, f.severity.label, f.message) for f in report.findings]


def test_the_figure_and_the_names_around_it_are_still_compared(compare):
    report = compare("Temperatures in Seville reached 45 degrees Celsius on Monday.",
                     "Temperatures in Granada reached 113 degrees Fahrenheit on Monday.")
    assert has(report, "entity_changed", "major", ["Seville"], ["Granada"])
    report = compare("Temperatures in Seville reached 45 degrees Celsius on Monday.",
                     "Temperatures in Seville reached 45 degrees Fahrenheit on Monday.")
    assert has(report, "unit_changed", "major", ["Celsius"], ["Fahrenheit"])
    assert not has(report, "entity_changed")


def test_no_name_run_inside_a_unit():
    from factdiff.api import parse
    from factdiff.checks.name_candidates import name_runs
    from factdiff.ingest import source_from_text

    (doc,) = parse([source_from_text(
        "Temperatures in Seville reached 45 degrees Celsius on Monday. The quake measured 6.8 on the Richter "
        "scale, officials said. He was fined 300 Swiss francs. The deal was worth 2 billion Hong Kong dollars. "
        "Police arrested Marko Petrovic in Novi Sad."
    )])
    runs = {r.text for r in name_runs(doc)}
    assert not runs & {"Celsius", "Richter", "Swiss", "Hong Kong"}, runs
    assert "Marko Petrovic" in runs  # untagged names away from a figure are still candidates


# ------------------------------------------------------------------ the object of a paraphrased verb
def test_same_role_compares_verbs_through_the_lexicon():
    from factdiff.checks.name_candidates import same_role

    assert same_role(("dobj", "beat"), ("dobj", "defeat"))
    assert same_role(("dobj", "visit"), ("dobj", "tour"))
    assert same_role(("dobj", "capture"), ("dobj", "seize"))
    assert same_role(("subj", ""), ("subj", ""))
    assert not same_role(("dobj", "beat"), ("dobj", "lose"))
    assert not same_role(("dobj", "visit"), ("dobj", "leave"))
    assert not same_role(("dobj", "buy"), ("dobj", "sell"))
    assert not same_role(("prep", "in"), ("prep", "near"))  # prepositions are not verbs
    assert not same_role(("dobj", "beat"), ("nsubj", "defeat"))
    assert not same_role(("", ""), ("", ""))


@pytest.mark.parametrize(
    ("original", "copy", "o_word", "c_word"),
    [
        # the original's name is untagged (a weak candidate), the copy's is tagged
        ("Spain beat Uruguay 3-1 in the Nations League match in Seville.",
         "Spain defeated Ecuador 3-1 in the Nations League match in Seville.", "Uruguay", "Ecuador"),
        ("Voters rejected Okafor in the runoff last year.",
         "Voters spurned Adeyemi in the runoff last year.", "Okafor", "Adeyemi"),
        ("Spain beat Tromso 3-1 in the Nations League match in Seville.",
         "Spain overcame Bodo 3-1 in the Nations League match in Seville.", "Tromso", "Bodo"),
        # the other way round: the copy's name is the untagged one
        ("Spain defeated Ecuador 3-1 in the Nations League match in Seville.",
         "Spain beat Uruguay 3-1 in the Nations League match in Seville.", "Ecuador", "Uruguay"),
    ],
)
def test_name_replaced_as_the_object_of_a_paraphrased_verb(compare, original, copy, o_word, c_word):
    report = compare(original, copy)
    assert has(report, "entity_changed", "major", [o_word], [c_word]), [
        (f.kind, f.severity.label, f.message) for f in report.findings]
    assert_spans_exact(report)


@pytest.mark.parametrize(
    ("original", "copy"),
    [
        ("Spain beat Uruguay 3-1 in the Nations League match in Seville.",
         "Spain defeated Uruguay 3-1 in the Nations League match in Seville."),
        ("Voters rejected Okafor in the runoff last year.", "Voters spurned Okafor in the runoff last year."),
        ("The cardinal visited Lyon during the pilgrimage.", "The cardinal toured Lyon during the pilgrimage."),
    ],
)
def test_paraphrased_verb_with_the_same_name_is_quiet(compare, original, copy):
    assert not serious_names(compare(original, copy))


def test_an_unrelated_verb_does_not_make_a_replacement(compare):
    # "beat" / "hosted": the copy's name does not stand where the original's stood
    report = compare("Spain beat Gdansk 3-1 in the Nations League match in Seville.",
                     "Spain hosted Ecuador in the Nations League match in Seville.")
    assert not has(report, "entity_changed")


# ------------------------------------------------------------------ a generic head word kept by another name
@pytest.mark.parametrize(
    ("original", "copy", "dropped"),
    [
        ("The grant was shared by researchers from Seoul National University and the University of Oslo.",
         "The grant went to researchers from Seoul National University.", "University of Oslo"),
        ("The loan came from the Bank of Ghana and Barclays Bank.", "The loan came from Barclays Bank.",
         "Bank of Ghana"),
        ("Officials from the Health Ministry and the Finance Ministry attended.",
         "Officials from the Finance Ministry attended.", "Health Ministry"),
        ("The Hamburg City Council and the Bremen City Council voted yes.", "The Bremen City Council voted yes.",
         "Hamburg City Council"),
    ],
)
def test_dropped_name_is_not_reworded_by_another_names_head_word(compare, original, copy, dropped):
    report = compare(original, copy)
    assert has(report, "fact_missing", "major", [dropped]), [(f.kind, f.severity.label, f.message) for f in report.findings]


@pytest.mark.parametrize(
    ("original", "copy", "name"),
    [
        ("The University of Tokyo said the trial had ended.", "The university said the trial had ended.",
         "University of Tokyo"),
        ("The Ministry of Health said 40 people died.", "The ministry said 40 people died.", "Ministry of Health"),
        ("The Bank of England raised rates on Thursday.", "The bank raised rates on Thursday.", "Bank of England"),
    ],
)
def test_generic_head_word_as_a_common_noun_is_still_a_rewording(compare, original, copy, name):
    report = compare(original, copy)
    assert has(report, "fact_missing", "minor", [name])
    assert not has(report, "fact_missing", "major", [name])


def test_rephrased_counts_a_generic_word_only_outside_other_names():
    from factdiff.checks.entity_matching import rephrased
    from factdiff.facts.keys import entity_key
    from factdiff.facts.model import Mention

    key = entity_key("University of Tokyo")
    m = Mention(0, 19, "University of Tokyo", "ORG", key, key)
    assert not rephrased(m, "Scientists from Kyoto University won.")
    assert not rephrased(m, "Scientists from the University of Kyoto won.")
    assert rephrased(m, "Scientists from the university won.")
    assert rephrased(m, "University scientists in Tokyo won.")
