"""The negation check on sentences written for it: polarity flips are found, paraphrases are not."""

from __future__ import annotations

import pytest
from helpers import assert_spans_exact, has

from factdiff.lexicon import wordnet_available

needs_wordnet = pytest.mark.skipif(not wordnet_available(), reason="WordNet database not installed")

FLIPS = [
    # (original, copy, words quoted in the original span, words quoted in the copy span)
    ("The regulator did not approve the takeover.", "The regulator approved the takeover.", ["not"], ["approved"]),
    ("Residents were allowed to return to their houses on Sunday.",
     "Residents were not allowed to return to their houses on Sunday.", ["allowed"], ["not"]),
    ("The striker has yet to sign a new contract.", "The striker has signed a new contract.", ["yet to sign"], ["signed"]),
    ("Police said nobody was injured in the blast.", "Police said several people were injured in the blast.",
     ["nobody"], ["injured"]),
    ("Lawmakers voted for the bill on Tuesday.", "Lawmakers voted against the bill on Tuesday.", ["for"], ["against"]),
    ("Thousands of refugees are living outside the camp.", "Thousands of refugees are living inside the camp.",
     ["outside"], ["inside"]),
    ("The aid convoy was able to reach the town.", "The aid convoy was unable to reach the town.", ["reach"], ["unable"]),
    ("The minister said the country was still committed to the deal.",
     "The minister said the country was no longer committed to the deal.", ["committed"], ["no longer"]),
    ("He left the country with a passport.", "He left the country without a passport.", ["passport"], ["without"]),
]

WORDNET_FLIPS = [
    ("The ministry confirmed that the talks would resume in May.",
     "The ministry denied that the talks would resume in May.", ["confirmed"], ["denied"]),
    ("The company met its sales target for the quarter.", "The company missed its sales target for the quarter.",
     ["met"], ["missed"]),
    # reordered and turned passive: the verbs are paired through their shared subject and object
    ("The senate passed the budget after a long debate.", "After a long debate, the budget was rejected by the senate.",
     ["passed"], ["rejected"]),
    # a negated near-synonym reverses the claim
    ("The army withdrew its troops from the town.", "The army did not pull out its troops from the town.",
     ["withdrew"], ["not"]),
    # an action and its undoing
    ("The government banned imports of Ukrainian grain last year.",
     "Last year the government lifted the ban on imports of Ukrainian grain.", ["banned"], ["lifted"]),
    ("The council restricted parking in the old town.",
     "The council eased restrictions on parking in the old town.", ["restricted"], ["eased"]),
]

SAME = [
    # the same polarity said another way
    ("The firm will not cut any jobs this year.", "No jobs will be cut by the firm this year."),
    ("The club has not yet paid the fee.", "The club has yet to pay the fee."),
    ("The rebels failed to capture the city.", "The rebels did not capture the city."),
    ("The talks ended without agreement, diplomats said.", "Diplomats said the talks ended with no agreement."),
    ("Doctors were not able to save him.", "Doctors could not save him."),
    ("The aid convoy was unable to reach the town.", "The aid convoy could not reach the town."),
    ("He left the country without a passport.", "He left the country with no passport."),
    ("The army never confirmed the death toll.", "The death toll was never confirmed by the army."),
    ("Nearly 300 fishermen have been unable to work since the spill.",
     "Nearly 300 fishermen have been out of work since the spill."),
    ("The government ended its support for the rebels.", "The government stopped supporting the rebels."),
    ("The army pulled its troops out of the region.", "The army withdrew its troops from the region."),
    ('"We cannot say when the road will reopen," the mayor said.',
     'The mayor said: "We cannot say when the road will reopen."'),
]

WORDNET_SAME = [
    ("The company did not accept the offer.", "The company rejected the offer."),
    ("He did not win the race.", "He lost the race."),
    ("The bridge remains closed to traffic.", "The bridge is still shut to traffic."),
    ("The central bank kept interest rates unchanged.", "The central bank left interest rates on hold."),
    ("Russia eased restrictions on exports.", "Russia relaxed export restrictions."),
    ("The opposition rejected the results.", "The opposition refused to accept the results."),
]

# "not" + a word on one side, a negative-prefixed synonym of that word on the other: the same claim
PREFIX_SAME = [
    ("The evidence against the two men was insufficient, the judge said.",
     "There was not enough evidence against the two men, the judge said."),
    ("The judge said there was insufficient evidence to convict the driver.",
     "The judge said there was not enough evidence to convict the driver."),
    ("The judge said there was insufficient evidence to convict the driver.",
     "The judge said there was not sufficient evidence to convict the driver."),
    ("Aid workers in the camp said water supplies were inadequate.",
     "Aid workers in the camp said there were not adequate water supplies."),
    ("The mayor said the funding is insufficient to rebuild the bridge.",
     "The mayor said the funding is not enough to rebuild the bridge."),
    ("The court ruled on Monday that the merger was unlawful.", "The court ruled on Monday that the merger was not legal."),
    ("The ministry said in a statement that the report is untrue.",
     "The ministry said in a statement that the report is not true."),
]

# ...while a positive word, a negated prefixed word or a prefix on an unrelated word stays a flip
PREFIX_FLIPS = [
    ("The evidence against the two men was sufficient, the judge said.",
     "There was not enough evidence against the two men, the judge said.", ["was"], ["not"]),
    ("The judge said there was enough evidence to convict the driver.",
     "The judge said there was not enough evidence to convict the driver.", ["enough"], ["not"]),
    ("The judge said there was sufficient evidence to convict the driver.",
     "The judge said there was not enough evidence to convict the driver.", ["sufficient"], ["not"]),
    ("The judge said there was insufficient evidence to convict the driver.",
     "The judge said there was enough evidence to convict the driver.", ["insufficient"], ["enough"]),
    ("The court ruled on Monday that the merger was legal.", "The court ruled on Monday that the merger was not legal.",
     ["legal"], ["not"]),
    ("Aid workers in the camp said water supplies are inadequate.",
     "Aid workers in the camp said water supplies are not inadequate.", ["inadequate"], ["not"]),
    # a prefixed word nearby that does not restate the negated one
    ("The judge said there was enough evidence but insufficient time for a trial.",
     "The judge said there was not enough evidence and insufficient time for a trial.", ["enough"], ["not"]),
]

# the opposite verb with the two parties swapped says the same thing: a converse, not a reversal
CONVERSE_SAME = [
    ("Spain beat Uruguay 3-1 on Saturday.", "Uruguay lost 3-1 to Spain on Saturday."),
    ("Acme sold the plant to Brightco last year.", "Brightco bought the plant from Acme last year."),
    ("Kenya won the final against Ghana.", "Ghana lost the final to Kenya."),
    ("The teacher lent him the book.", "He borrowed the book from the teacher."),
    ("Sweden lost to Norway in the final.", "Norway beat Sweden in the final."),
    ("Acme sold the plant to Brightco last year.", "The plant was bought by Brightco from Acme last year."),
    ("Spain defeated Uruguay on Saturday.", "Uruguay was defeated by Spain on Saturday."),
    ("The charity gave the hospital a new scanner.", "The hospital received a new scanner from the charity."),
]

# ...but the same subject, or only one party swapped, is still a reversal
CONVERSE_FLIPS = [
    ("Spain beat Uruguay 3-1 on Saturday.", "Spain lost 3-1 to Uruguay on Saturday.", ["beat"], ["lost"]),
    ("Acme sold the plant to Brightco last year.", "Acme bought the plant from Brightco last year.",
     ["sold"], ["bought"]),
    ("Kenya won the final.", "Kenya lost the final.", ["won"], ["lost"]),
    ("The teacher lent him the book.", "The teacher borrowed the book from him.", ["lent"], ["borrowed"]),
    ("Spain beat Uruguay 3-1 on Saturday.", "Uruguay lost 3-1 on Saturday.", ["beat"], ["lost"]),
    ("Acme sold the plant to Brightco last year.", "Brightco bought the plant from Zeta last year.",
     ["sold"], ["bought"]),
]


def _check_flip(compare, original, copy, o_words, c_words):
    report = compare(original, copy)
    assert has(report, "negation_changed", "critical", o_words, c_words), [
        (f.kind, f.severity.label, f.message) for f in report.findings
    ]
    assert_spans_exact(report)


@pytest.mark.parametrize(("original", "copy", "o_words", "c_words"), FLIPS)
def test_flip_is_found(compare, original, copy, o_words, c_words):
    _check_flip(compare, original, copy, o_words, c_words)


@needs_wordnet
@pytest.mark.parametrize(("original", "copy", "o_words", "c_words"), WORDNET_FLIPS)
def test_flip_through_the_lexicon_is_found(compare, original, copy, o_words, c_words):
    _check_flip(compare, original, copy, o_words, c_words)


def _check_same(compare, original, copy):
    report = compare(original, copy)
    flips = [f.message for f in report.findings if f.kind == "negation_changed"]
    assert not flips


@pytest.mark.parametrize(("original", "copy"), SAME)
def test_same_polarity_is_not_a_flip(compare, original, copy):
    _check_same(compare, original, copy)


@needs_wordnet
@pytest.mark.parametrize(("original", "copy"), WORDNET_SAME)
def test_same_polarity_through_the_lexicon_is_not_a_flip(compare, original, copy):
    _check_same(compare, original, copy)


@needs_wordnet
@pytest.mark.parametrize(("original", "copy"), PREFIX_SAME)
def test_negative_prefix_for_not_is_not_a_flip(compare, original, copy):
    _check_same(compare, original, copy)
    _check_same(compare, copy, original)  # either side may carry the prefix


@needs_wordnet
@pytest.mark.parametrize(("original", "copy", "o_words", "c_words"), PREFIX_FLIPS)
def test_prefix_lookalikes_of_a_flip_stay_critical(compare, original, copy, o_words, c_words):
    _check_flip(compare, original, copy, o_words, c_words)


@needs_wordnet
@pytest.mark.parametrize(("original", "copy"), CONVERSE_SAME)
def test_opposite_verb_with_swapped_parties_is_not_a_flip(compare, original, copy):
    _check_same(compare, original, copy)
    _check_same(compare, copy, original)


@needs_wordnet
@pytest.mark.parametrize(("original", "copy", "o_words", "c_words"), CONVERSE_FLIPS)
def test_opposite_verb_without_the_swap_stays_critical(compare, original, copy, o_words, c_words):
    _check_flip(compare, original, copy, o_words, c_words)


@needs_wordnet
def test_negative_stem_needs_a_real_antonym():
    from factdiff.checks.negation import _negative_stem

    assert _negative_stem("insufficient") == "sufficient"
    assert _negative_stem("Unlawful") == "lawful"
    assert _negative_stem("invaluable") == ""  # very valuable, not "not valuable"
    assert _negative_stem("interest") == ""


def test_negation_scope_covers_a_negated_object(compare):
    """ "fired no rockets" negates the firing: the extracted scope says so."""
    report = compare("The group fired no rockets on Friday.", "The group fired no rockets on Friday.")
    assert not report.findings or all(f.kind != "negation_changed" for f in report.findings)
    from factdiff.api import parse
    from factdiff.ingest import source_from_text

    doc = parse([source_from_text("The group fired no rockets on Friday.", "x")])[0]
    negs = [n for s in doc.sentences for n in s.negations]
    assert len(negs) == 1 and {"rocket", "fire"} <= set(negs[0].scope)


# A word swapped in place for its opposite where the replacement pairing does not look:
# stop words, adverbs of degree and frequency, ordinals, prepositions of time, a participle
# read as a verb on one side and an adjective on the other.
SWAP_FLIPS = [
    ("The talks went well, the minister said.", "The talks went poorly, the minister said.", ["well"], ["poorly"]),
    ("Smokers are more likely to fall ill, the study found.", "Smokers are less likely to fall ill, the study found.",
     ["more"], ["less"]),
    ("The ferry sails often in the summer.", "The ferry sails rarely in the summer.", ["often"], ["rarely"]),
    ("It was the last session of the old parliament.", "It was the first session of the old parliament.",
     ["last"], ["first"]),
    ("The strike began after the elections in May.", "The strike began before the elections in May.",
     ["after"], ["before"]),
    ("The bridge collapsed during the storm on Friday.", "The bridge collapsed after the storm on Friday.",
     ["during"], ["after"]),
    ("Both candidates told the paper they were married.", "Both candidates told the paper they were single.",
     ["married"], ["single"]),
]

# WordNet's structure beyond its antonym arcs: a negative prefix on a near-synonym of the
# other word, a derivation on both sides, "mis-" on a kind of the other verb.
STRUCTURE_FLIPS = [
    ("A permit is required to fish in the lake.", "A permit is unneeded to fish in the lake.",
     ["required"], ["unneeded"]),
    ("Police said the two attacks were related.", "Police said the two attacks were disconnected.",
     ["related"], ["disconnected"]),
    ("The ceremony marked the arrival of the delegation.", "The ceremony marked the departure of the delegation.",
     ["arrival"], ["departure"]),
    ("The committee understood the new rules.", "The committee misconstrued the new rules.",
     ["understood"], ["misconstrued"]),
    ("The club signed the prospect on Monday.", "The club signed the noncandidate on Monday.",
     ["prospect"], ["noncandidate"]),
]

# A favourable word for an unfavourable one (human valence ratings): major, not critical.
TONE_FLIPS = [
    ("The crowd outside the court was outraged by the verdict.",
     "The crowd outside the court was delighted by the verdict.", ["outraged"], ["delighted"]),
    ("The museum is a popular destination for families.", "The museum is a loathed destination for families.",
     ["popular"], ["loathed"]),
    ("Volunteers are working to save the old forest.", "Volunteers are working to endanger the old forest.",
     ["save"], ["endanger"]),
    ("The new drug can inhibit the growth of tumours.", "The new drug can facilitate the growth of tumours.",
     ["inhibit"], ["facilitate"]),
]

# Negation said another way, antonyms under a negation, and words WordNet relates in one
# sense while opposing them in another: no polarity finding.
OTHER_WAY_SAME = [
    ("Officials said the aging fleet is poorly maintained.", "Officials said the aging fleet was not properly maintained."),
    ("Analysts expect no improvement without a recession.",
     "Analysts expect no improvement without going through a recession."),
    ("The footprints belong to an adult animal and not a juvenile.",
     "The footprints belong to an adult animal, and not to a young one."),
    ("Officials were neglecting to monitor the camps.", "Officials were neglecting to control the camps."),
    ("Such storms are not rare in the region.", "Such storms are common in the region."),
    ("The rebels had not fired any shells at the town.", "The rebels said they had fired no shells at the town."),
    ("The plan was not popular with voters.", "The plan was disliked by voters."),
    ("The crowd outside the court was furious.", "The crowd outside the court was outraged."),
    ("It is one of many large stone structures built by the empire.",
     "It is one of many large stone buildings built by the empire."),
    ("Campers should never cook odorous foods near the tents.", "Campers should never cook smelly foods near the tents."),
    ("The army sent a division to the border.", "The army sent a unit to the border."),
    ("He stopped to talk to reporters outside the court.", "He paused to talk to reporters outside the court."),
    # affect is not meaning: both say it fell / both say nobody expected it
    ("Growth slowed in the third quarter, the agency said.", "The agency said growth eased in the third quarter."),
    ("The decision surprised investors on Monday.", "The decision caught investors off guard on Monday."),
    ("The minister resigned, the agency reported.", "According to the agency, the minister has stepped down."),
    ("A girl often has to marry at 14, without having a say.", "A girl often has to marry at 14 without having any say."),
]

# A cause turned into an obstacle, however the two-word preposition is parsed.
CAUSE_FLIPS = [
    ("The match was cancelled because of the rain.", "The match was cancelled despite the rain.",
     ["because of"], ["despite"]),
    ("The plant closed owing to the strike.", "The plant closed regardless of the strike.", ["owing to"], ["regardless"]),
    ("Staff must remove the app from their phones, due to security concerns.",
     "Staff must keep the app on their phones, despite security concerns.", ["due to"], ["despite"]),
    ("Flights resumed in spite of the storm.", "Flights resumed thanks to the storm.", ["in spite of"], ["thanks to"]),
    # the parser hangs the phrase on another verb in the copy
    ("The board told staff to close the office because of the strike.",
     "The board told staff, despite the strike, to open the office.", ["because of"], ["despite"]),
]
CAUSE_SAME = [
    ("The match went ahead despite the rain, but the concert was cancelled because of the rain.",
     "The concert was cancelled because of the rain, but the match went ahead despite the rain."),
    ("The plant closed owing to the strike.", "The plant closed because of the strike."),
    ("Flights resumed despite the storm.", "Flights resumed in spite of the storm."),
]

MORE_NEGATION_FLIPS = [
    # "do" is the negated verb here, not an auxiliary
    ("The repair can easily be done in a day.", "The repair can't easily be done in a day.", ["done"], ["can't"]),
    # one negation of "have" on each side does not excuse the second one in the copy
    ("A girl often has to marry at 14, without having a say.",
     "A girl often doesn't have to marry at 14, without having a say.", ["has"], ["doesn't have"]),
    # a negation that moved to another verb: two flips, not one negation said another way
    ("Police, who have opened an inquiry, have found no trace of the suspect.",
     "Police, who have not opened an inquiry, have found a trace of the suspect.", ["opened"], ["not"]),
    # stopping what the gerund says negates it
    ("The country is opening its airspace to foreign carriers.",
     "The country has stopped opening its airspace to foreign carriers.", ["opening"], ["stopped"]),
]


@needs_wordnet
@pytest.mark.parametrize(("original", "copy", "o_words", "c_words"), SWAP_FLIPS + STRUCTURE_FLIPS)
def test_opposite_outside_the_adjective_pairs_is_found(compare, original, copy, o_words, c_words):
    _check_flip(compare, original, copy, o_words, c_words)
    report = compare(copy, original)  # and the other way round
    assert any(f.kind == "negation_changed" and f.severity.label == "critical" for f in report.findings)


@needs_wordnet
@pytest.mark.parametrize(("original", "copy", "o_words", "c_words"), TONE_FLIPS)
def test_tone_reversal_is_major(compare, original, copy, o_words, c_words):
    from factdiff.lexicon.valence import available

    if not available():
        pytest.skip("valence lexicon (vadersentiment) not installed")
    report = compare(original, copy)
    assert has(report, "negation_changed", "major", o_words, c_words), [
        (f.kind, f.severity.label, f.message) for f in report.findings
    ]
    assert_spans_exact(report)


@needs_wordnet
@pytest.mark.parametrize(("original", "copy"), OTHER_WAY_SAME)
def test_negation_said_another_way_is_not_a_flip(compare, original, copy):
    _check_same(compare, original, copy)
    _check_same(compare, copy, original)


@pytest.mark.parametrize(("original", "copy", "o_words", "c_words"), MORE_NEGATION_FLIPS)
def test_negation_flip_found_one_to_one(compare, original, copy, o_words, c_words):
    _check_flip(compare, original, copy, o_words, c_words)


def test_function_word_noise_is_not_a_flip(compare):
    """ "on" / "off" between a verb and its object is a garbled preposition, not a reversal."""
    _check_same(compare, "He will work with the government on the project.",
                "He will work with the government off the project.")


@pytest.mark.parametrize(("original", "copy", "o_words", "c_words"), CAUSE_FLIPS)
def test_cause_turned_into_obstacle_is_a_flip(compare, original, copy, o_words, c_words):
    _check_flip(compare, original, copy, o_words, c_words)


@pytest.mark.parametrize(("original", "copy"), CAUSE_SAME)
def test_cause_said_another_way_is_not_a_flip(compare, original, copy):
    _check_same(compare, original, copy)
