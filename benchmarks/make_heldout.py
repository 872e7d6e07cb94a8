"""Write benchmarks/data/heldout.jsonl: a small held-out set, written apart from the main
benchmark and never used to tune the checks (run: python benchmarks/accuracy.py
--sentences benchmarks/data/heldout.jsonl --no-documents).

Each case: (id, kind or None for a negative, category, original, copy, expected original
substring, expected copy substring).
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "heldout.jsonl"
OUT2 = Path(__file__).resolve().parent / "data" / "heldout2.jsonl"

P = "positive"
CASES = [
    # numbers
    ("h-num-1", "number_changed", "The quake destroyed 312 houses in the district of Al Haouz, officials said.",
     "Officials said the quake destroyed 321 houses in the Al Haouz district.", "312", "321"),
    ("h-num-2", "number_changed", "Turnout reached 61.4% in the runoff, the electoral commission in Dakar reported.",
     "The electoral commission in Dakar reported a turnout of 16.4% in the runoff.", "61.4%", "16.4%"),
    ("h-num-3", "number_changed", "The refinery processes 400,000 barrels a day and employs 2,300 people near Jamnagar.",
     "Near Jamnagar, the refinery employs 2,300 people and processes 40,000 barrels a day.", "400,000", "40,000"),
    ("h-num-4", "number_changed", "Nine miners remain trapped underground after the collapse in Zonguldak.",
     "Nineteen miners remain trapped underground after the collapse in Zonguldak.", "Nine", "Nineteen"),
    ("h-num-5", "number_changed", "The airline ordered 45 jets worth $6.1 billion at list prices.",
     "The airline ordered 45 jets worth $61 billion at list prices.", "$6.1 billion", "$61 billion"),
    # qualifiers
    ("h-qual-1", "qualifier_changed", "Nearly 900 families were moved to shelters in Sylhet on Thursday.",
     "More than 900 families were moved to shelters in Sylhet on Thursday.", "Nearly 900", "More than 900"),
    ("h-qual-2", "qualifier_changed", "The museum holds 12,000 artefacts from the Ottoman period, its director said.",
     "Its director said the museum holds at least 12,000 artefacts from the Ottoman period.", "12,000", "at least 12,000"),
    ("h-qual-3", "qualifier_changed", "Police estimated the crowd in Tbilisi at up to 50,000 people.",
     "Police estimated the crowd in Tbilisi at over 50,000 people.", "up to 50,000", "over 50,000"),
    # units
    ("h-unit-1", "unit_changed", "The pipeline runs 1,200 km from Baku to the Turkish coast.",
     "The pipeline runs 1,200 miles from Baku to the Turkish coast.", "1,200 km", "1,200 miles"),
    ("h-unit-2", "unit_changed", "Customs officers in Durban seized 300 kg of cocaine hidden in a banana shipment.",
     "Customs officers in Durban seized 300 pounds of cocaine hidden in a banana shipment.", "300 kg", "300 pounds"),
    ("h-unit-3", "unit_changed", "The fine of 2 million euros was the largest the regulator in Lisbon had imposed.",
     "The fine of 2 million dollars was the largest the regulator in Lisbon had imposed.", "2 million euros", "2 million dollars"),
    # dates
    ("h-date-1", "date_changed", "The ceasefire took effect at midnight on Saturday, the mediators in Doha said.",
     "The mediators in Doha said the ceasefire took effect at midnight on Sunday.", "Saturday", "Sunday"),
    ("h-date-2", "date_changed", "The dam was completed in 1987 with Soviet help.",
     "The dam was completed in 1978 with Soviet help.", "1987", "1978"),
    ("h-date-3", "date_changed", "Voting in Tunisia is scheduled for October 6, the commission announced.",
     "The commission announced that voting in Tunisia is scheduled for October 16.", "October 6", "October 16"),
    # names
    ("h-name-1", "name_spelling", "The prize was awarded to the Hungarian writer Laszlo Krasznahorkai in Stockholm.",
     "The prize was awarded to the Hungarian writer Laszlo Krasznahorkei in Stockholm.", "Krasznahorkai", "Krasznahorkei"),
    ("h-name-2", "name_spelling", "Coach Thomas Tuchel named his squad for the match against Serbia on Friday.",
     "Coach Thomas Tuchell named his squad for the match against Serbia on Friday.", "Tuchel", "Tuchell"),
    ("h-name-3", "name_spelling", "Finance Minister Ngozi Adeyemi presented the budget to parliament in Abuja.",
     "Finance Minister Ngozi Adeyeni presented the budget to parliament in Abuja.", "Adeyemi", "Adeyeni"),
    # entities
    ("h-ent-1", "entity_changed", "The summit will be held in Nairobi next month, the African Union said.",
     "The summit will be held in Addis Ababa next month, the African Union said.", "Nairobi", "Addis Ababa"),
    ("h-ent-2", "entity_changed", "Shares of Siemens fell 4% after the profit warning.",
     "Shares of Bosch fell 4% after the profit warning.", "Siemens", "Bosch"),
    ("h-ent-3", "entity_changed", "The treaty was signed by Chile and Argentina in 1984 after papal mediation.",
     "The treaty was signed by Chile and Bolivia in 1984 after papal mediation.", "Argentina", "Bolivia"),
    ("h-ent-4", "entity_changed", "Defence Minister Rustem Umerov met his counterpart in Warsaw on Monday.",
     "Defence Minister Oleksii Reznikov met his counterpart in Warsaw on Monday.", "Rustem Umerov", "Oleksii Reznikov"),
    # negation
    ("h-neg-1", "negation_changed", "The regulator did not approve the takeover of the Dutch chipmaker.",
     "The regulator approved the takeover of the Dutch chipmaker.", "did not approve", "approved"),
    ("h-neg-2", "negation_changed", "Inflation in Peru slowed to 2.1% in May, the central bank said.",
     "Inflation in Peru accelerated to 2.1% in May, the central bank said.", "slowed", "accelerated"),
    ("h-neg-3", "negation_changed", "The senator said he would vote for the bill when it reaches the floor.",
     "The senator said he would vote against the bill when it reaches the floor.", "for", "against"),
    ("h-neg-4", "negation_changed", "Witnesses said the soldiers were armed when they entered the village.",
     "Witnesses said the soldiers were unarmed when they entered the village.", "armed", "unarmed"),
    # missing / added
    ("h-miss-1", "fact_missing", "The strike closed 14 schools in Marseille, according to the city's education office.",
     "The strike closed 14 schools in Marseille.", "according to the city's education office", None),
    ("h-miss-2", "fact_missing", "Rescuers pulled 23 survivors from the rubble in Hatay and Adiyaman overnight.",
     "Rescuers pulled 23 survivors from the rubble in Hatay overnight.", "Adiyaman", None),
    ("h-miss-3", "fact_missing", "The company will cut 1,500 jobs in Finland and Sweden by the end of 2026.",
     "The company will cut jobs in Finland and Sweden by the end of 2026.", "1,500", None),
    ("h-add-1", "fact_added", "The bridge reopened to traffic on Tuesday after repairs.",
     "The bridge reopened to traffic on Tuesday after repairs, mayor Elena Voss said.", None, "Elena Voss"),
    # attribution and quotes
    ("h-attr-1", "attribution_changed", "The hospital was hit twice, according to the medical charity MSF.",
     "The hospital was hit twice, according to the Israeli military.", "MSF", "Israeli military"),
    ("h-quote-1", "quote_changed", '"We are ready to talk at any time," Foreign Minister Ana Brnabic said in Belgrade.',
     '"We are ready to talk at any time," President Aleksandar Vucic said in Belgrade.', "Ana Brnabic", "Aleksandar Vucic"),
    # mistranslation
    ("h-word-1", "wording_changed", "Farmers in Punjab blocked the highway with tractors to protest against the new law.",
     "Farmers in Punjab blocked the highway with tanks to protest against the new law.", "tractors", "tanks"),
    ("h-word-2", "wording_changed", "The fire destroyed the roof of the cathedral but the towers survived.",
     "The fire destroyed the floor of the cathedral but the towers survived.", "roof", "floor"),
]

NEGATIVES = [
    ("paraphrase", "The quake destroyed 312 houses in the district of Al Haouz, officials said.",
     "Officials said 312 houses in the Al Haouz district were destroyed by the quake."),
    ("paraphrase", "Nearly 900 families were moved to shelters in Sylhet on Thursday.",
     "On Thursday, almost 900 families were relocated to shelters in Sylhet."),
    ("paraphrase", "The pipeline runs 1,200 km from Baku to the Turkish coast.",
     "Stretching 1,200 km, the pipeline links Baku with the Turkish coast."),
    ("paraphrase", "The ceasefire took effect at midnight on Saturday, the mediators in Doha said.",
     "According to the mediators in Doha, the truce began at midnight on Saturday."),
    ("paraphrase", "Coach Thomas Tuchel named his squad for the match against Serbia on Friday.",
     "On Friday Thomas Tuchel, the coach, announced his squad to face Serbia."),
    ("paraphrase", "The summit will be held in Nairobi next month, the African Union said.",
     "Next month's summit will take place in Nairobi, according to the African Union."),
    ("paraphrase", "The regulator did not approve the takeover of the Dutch chipmaker.",
     "The takeover of the Dutch chipmaker was not approved by the regulator."),
    ("paraphrase", "The strike closed 14 schools in Marseille, according to the city's education office.",
     "According to the city's education office, 14 schools in Marseille were shut by the strike."),
    ("paraphrase", "Farmers in Punjab blocked the highway with tractors to protest against the new law.",
     "Protesting against the new law, farmers in Punjab used tractors to block the highway."),
    ("paraphrase", "The airline ordered 45 jets worth $6.1 billion at list prices.",
     "At list prices, the 45 jets the airline ordered are worth $6.1 billion."),
    ("paraphrase", "Witnesses said the soldiers were armed when they entered the village.",
     "The soldiers carried weapons when they entered the village, witnesses said."),
    ("paraphrase", "Defence Minister Rustem Umerov met his counterpart in Warsaw on Monday.",
     "On Monday in Warsaw, Rustem Umerov, the defence minister, held talks with his counterpart."),
    ("paraphrase", "The dam was completed in 1987 with Soviet help.",
     "Built with Soviet assistance, the dam was finished in 1987."),
    ("paraphrase", "Shares of Siemens fell 4% after the profit warning.",
     "Siemens stock dropped 4% following the profit warning."),
    ("paraphrase", "Police estimated the crowd in Tbilisi at up to 50,000 people.",
     "In Tbilisi, police put the size of the crowd at up to 50,000."),
    ("paraphrase", "Inflation in Peru slowed to 2.1% in May, the central bank said.",
     "Peru's central bank said inflation eased to 2.1% in May."),
    ("paraphrase", "The museum holds 12,000 artefacts from the Ottoman period, its director said.",
     "According to its director, the museum has 12,000 objects from the Ottoman era."),
    ("paraphrase", "Customs officers in Durban seized 300 kg of cocaine hidden in a banana shipment.",
     "In Durban, customs officials found 300 kg of cocaine concealed in a shipment of bananas."),
    ("paraphrase", "The treaty was signed by Chile and Argentina in 1984 after papal mediation.",
     "After mediation by the pope, Chile and Argentina signed the treaty in 1984."),
    ("paraphrase", "The fire destroyed the roof of the cathedral but the towers survived.",
     "The cathedral's towers survived, although the fire destroyed its roof."),
    ("number_format", "The refinery processes 400,000 barrels a day.", "The refinery processes 400 000 barrels a day."),
    ("number_format", "Turnout reached 61.4% in the runoff.", "Turnout reached 61.4 percent in the runoff."),
    ("number_format", "The airline ordered 45 jets worth $6.1 billion.", "The airline ordered 45 jets worth $6.1bn."),
    ("number_format", "Nine miners remain trapped in Zonguldak.", "9 miners remain trapped in Zonguldak."),
    ("conversion", "The pipeline runs 1,200 km from Baku.", "The pipeline runs 746 miles from Baku."),
    ("conversion", "Customs seized 300 kg of cocaine in Durban.", "Customs seized 661 pounds of cocaine in Durban."),
    ("punctuation", "The summit will be held in Nairobi next month, the African Union said.",
     "The summit will be held in Nairobi next month - the African Union said."),
    ("casing", "Shares of Siemens fell 4% after the profit warning.", "SHARES OF SIEMENS FELL 4% AFTER THE PROFIT WARNING."),
    ("tokenisation", "The regulator didn't approve the takeover.", "The regulator did not approve the takeover."),
    ("tokenisation", "“We are ready,” Ana Brnabic said.", '"We are ready," Ana Brnabic said.'),
]


# A second batch, written after the first had been used to find three bugs (so the first is now
# a regression set); nothing below was looked at while changing the checks.
CASES2 = [
    ("h2-num-1", "number_changed", "The storm left 87,000 homes without power across Nova Scotia, the utility said.",
     "The utility said 78,000 homes across Nova Scotia were left without power by the storm.", "87,000", "78,000"),
    ("h2-num-2", "number_changed", "The court sentenced the former mayor of Cluj to seven years in prison.",
     "The court sentenced the former mayor of Cluj to eleven years in prison.", "seven years", "eleven years"),
    ("h2-num-3", "number_changed", "Exports of cobalt rose to 1.9 million tonnes last year.",
     "Exports of cobalt rose to 9.1 million tonnes last year.", "1.9 million tonnes", "9.1 million tonnes"),
    ("h2-qual-1", "qualifier_changed", "Around 40 journalists were detained during the protests in Tbilisi.",
     "Exactly 40 journalists were detained during the protests in Tbilisi.", "Around 40", "Exactly 40"),
    ("h2-qual-2", "qualifier_changed", "The dam can hold more than 3 billion cubic metres of water.",
     "The dam can hold up to 3 billion cubic metres of water.", "more than 3 billion", "up to 3 billion"),
    ("h2-unit-1", "unit_changed", "The glacier has retreated 2 km since 1990, scientists in Zurich said.",
     "Scientists in Zurich said the glacier has retreated 2 miles since 1990.", "2 km", "2 miles"),
    ("h2-date-1", "date_changed", "Parliament in Accra will vote on the budget on Thursday.",
     "Parliament in Accra will vote on the budget on Tuesday.", "Thursday", "Tuesday"),
    ("h2-date-2", "date_changed", "The airline was founded in 1946 and privatised in 1995.",
     "The airline was founded in 1946 and privatised in 1959.", "1995", "1959"),
    ("h2-name-1", "name_spelling", "Striker Victor Osimhen scored twice as Napoli beat Torino.",
     "Striker Victor Osimehn scored twice as Napoli beat Torino.", "Osimhen", "Osimehn"),
    ("h2-name-2", "name_spelling", "The report was written by economist Mariana Mazzucato for the commission.",
     "The report was written by economist Mariana Mazucatto for the commission.", "Mazzucato", "Mazucatto"),
    ("h2-ent-1", "entity_changed", "The ship was detained in the port of Rotterdam on Friday.",
     "The ship was detained in the port of Antwerp on Friday.", "Rotterdam", "Antwerp"),
    ("h2-ent-2", "entity_changed", "Nokia signed a $2 billion network deal with Vodafone.",
     "Ericsson signed a $2 billion network deal with Vodafone.", "Nokia", "Ericsson"),
    ("h2-ent-3", "entity_changed", "Prime Minister Giorgia Meloni met the Pope at the Vatican on Sunday.",
     "Prime Minister Mario Draghi met the Pope at the Vatican on Sunday.", "Giorgia Meloni", "Mario Draghi"),
    ("h2-neg-1", "negation_changed", "The central bank did not change its key interest rate on Wednesday.",
     "The central bank changed its key interest rate on Wednesday.", "did not change", "changed"),
    ("h2-neg-2", "negation_changed", "The vaccine was found to be safe in children, the regulator said.",
     "The vaccine was found to be unsafe in children, the regulator said.", "safe", "unsafe"),
    ("h2-neg-3", "negation_changed", "Shares in the carmaker gained 6% in Frankfurt.",
     "Shares in the carmaker lost 6% in Frankfurt.", "gained", "lost"),
    ("h2-miss-1", "fact_missing", "Police in Lagos arrested 12 people, according to a police spokesman.",
     "Police in Lagos arrested 12 people.", "according to a police spokesman", None),
    ("h2-miss-2", "fact_missing", "The festival drew visitors from Chile, Peru and Ecuador.",
     "The festival drew visitors from Chile and Peru.", "Ecuador", None),
    ("h2-attr-1", "attribution_changed", "The minister resigned, the state news agency Xinhua reported.",
     "The minister resigned, the Hong Kong newspaper Ming Pao reported.", "Xinhua", "Ming Pao"),
    ("h2-word-1", "wording_changed", "The hospital ran out of oxygen during the night, doctors said.",
     "The hospital ran out of oxen during the night, doctors said.", "oxygen", "oxen"),
]
NEGATIVES2 = [
    ("paraphrase", "The storm left 87,000 homes without power across Nova Scotia, the utility said.",
     "Across Nova Scotia, 87,000 homes lost power because of the storm, according to the utility."),
    ("paraphrase", "The court sentenced the former mayor of Cluj to seven years in prison.",
     "The former mayor of Cluj was given a seven-year prison sentence by the court."),
    ("paraphrase", "Parliament in Accra will vote on the budget on Thursday.",
     "On Thursday, lawmakers in Accra will hold a vote on the budget."),
    ("paraphrase", "Nokia signed a $2 billion network deal with Vodafone.",
     "Vodafone and Nokia agreed a network contract worth $2 billion."),
    ("paraphrase", "The central bank did not change its key interest rate on Wednesday.",
     "On Wednesday the central bank left its key interest rate unchanged."),
    ("paraphrase", "Shares in the carmaker gained 6% in Frankfurt.",
     "In Frankfurt, the carmaker's shares rose 6%."),
    ("paraphrase", "Police in Lagos arrested 12 people, according to a police spokesman.",
     "A police spokesman said 12 people had been arrested by police in Lagos."),
    ("paraphrase", "Prime Minister Giorgia Meloni met the Pope at the Vatican on Sunday.",
     "Giorgia Meloni, the prime minister, had a meeting with the Pope at the Vatican on Sunday."),
    ("paraphrase", "The glacier has retreated 2 km since 1990, scientists in Zurich said.",
     "Since 1990 the glacier has shrunk back by 2 km, according to scientists in Zurich."),
    ("paraphrase", "Exports of cobalt rose to 1.9 million tonnes last year.",
     "Last year cobalt exports climbed to 1.9 million tonnes."),
    ("paraphrase", "The minister resigned, the state news agency Xinhua reported.",
     "According to the state news agency Xinhua, the minister has stepped down."),
    ("paraphrase", "The festival drew visitors from Chile, Peru and Ecuador.",
     "Visitors from Chile, Peru and Ecuador came to the festival."),
    ("number_format", "Exports of cobalt rose to 1.9 million tonnes.", "Exports of cobalt rose to 1,900,000 tonnes."),
    ("number_format", "The court sentenced him to seven years.", "The court sentenced him to 7 years."),
    ("conversion", "The glacier has retreated 2 km since 1990.", "The glacier has retreated 1.2 miles since 1990."),
    ("casing", "Nokia signed a $2 billion network deal with Vodafone.", "nokia signed a $2 billion network deal with vodafone."),
]


def _span(text: str, sub: str | None) -> list[int] | None:
    if sub is None:
        return None
    i = text.index(sub)
    return [i, i + len(sub)]


def _rows(cases, negatives, prefix: str) -> list[dict]:
    rows = []
    for cid, kind, o, c, eo, ec in cases:
        rows.append({"id": cid, "original": o, "copy": c, "label": P, "kind": kind, "category": kind,
                     "base": "heldout", "expect": {"original": eo, "copy": ec},
                     "spans": {"original": _span(o, eo), "copy": _span(c, ec)}})
    for n, (cat, o, c) in enumerate(negatives, 1):
        rows.append({"id": f"{prefix}-neg{n:02d}-{cat}", "original": o, "copy": c, "label": "negative", "kind": None,
                     "category": cat, "base": "heldout", "expect": {"original": None, "copy": None}})
    return rows


def main() -> None:
    for path, rows in ((OUT, _rows(CASES, NEGATIVES, "h")), (OUT2, _rows(CASES2, NEGATIVES2, "h2"))):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {len(rows)} cases to {path}")


if __name__ == "__main__":
    main()
