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


def _span(text: str, sub: str | None) -> list[int] | None:
    if sub is None:
        return None
    i = text.index(sub)
    return [i, i + len(sub)]


def main() -> None:
    rows = []
    for cid, kind, o, c, eo, ec in CASES:
        rows.append({"id": cid, "original": o, "copy": c, "label": P, "kind": kind, "category": kind,
                     "base": "heldout", "expect": {"original": eo, "copy": ec},
                     "spans": {"original": _span(o, eo), "copy": _span(c, ec)}})
    for n, (cat, o, c) in enumerate(NEGATIVES, 1):
        rows.append({"id": f"h-neg{n:02d}-{cat}", "original": o, "copy": c, "label": "negative", "kind": None,
                     "category": cat, "base": "heldout", "expect": {"original": None, "copy": None}})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} cases to {OUT}")


if __name__ == "__main__":
    main()
