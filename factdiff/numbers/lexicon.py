"""Small closed word lists shared by the quantity and date scanners.

They decide context, not values: whether a capitalised word before a number makes it a name
("Boeing 737", "Article 5"), whether a 4-digit number is a year, whether "one" is a pronoun.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}

# Words that may stand (capitalised at a sentence start, or lower-case) right before a figure
# without making it part of a name. Any other capitalised word makes "Word 123" an identifier.
FUNCTION_WORDS: frozenset[str] = frozenset("""
a an the this that these those some any all each every both either neither no not only just
about around roughly approximately nearly almost over under above below more less fewer than
at least most up to by in on of for from with without since until till after before during
between among among through throughout into onto per via as and or but nor so yet if when while
where whereas because though although once whether then than to into across against toward
towards within beyond near including excluding except plus minus
its his her their our my your whose which what who whom another other such same
is are was were be been being has have had do does did will would shall should can could may
might must it he she they we you i there here
killed kill injured wounded arrested detained died dead left leaving saw sees see
estimated estimate exactly precisely some nearly almost approximately circa
total totalling totaling totalled reached reaching rose fell jumped dropped rising falling
climbed increased decreased grew gained lost cut added paid pay pays cost costs costing worth
valued raised raise earned owed owes aged age ages number numbering numbered
spent spend spends sold sell bought buy buys won lose lost hit hits
also still already even nearly well far much many few several
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thur thurs fri sat sun
spring summer autumn fall winter today yesterday tomorrow tonight
said says told reported according
""".split())

# Lower-case nouns that turn the following number into an identifier ("article 5", "flight 370").
IDENT_NOUNS: frozenset[str] = frozenset("""
article articles section sections chapter chapters paragraph clause rule resolution
flight flights route highway interstate road room page pages version level phase category
gate platform terminal line lines pier exit junction channel episode season act verse
no no. nos number model building block lot unit apartment house apt suite floor ward district
stage grade class division track tier
""".split())

# Words after a 4-digit number that show it counts things (so it is not a year) are open-ended;
# these are the words that may follow a year, so a figure followed by one of them can be a year.
AFTER_YEAR_WORDS: frozenset[str] = frozenset("""
and or to and, but when while as after before until that which who where was were is are
has had have will would election elections census season olympics games world cup budget
report survey data figures levels level peak high low crisis war attack attacks
law act agreement accord deal summit campaign race vote poll polls model edition
""".split())

# Prepositions and nouns before a 4-digit number that make it a year.
YEAR_CONTEXT: frozenset[str] = frozenset("""
in since by of until till from before after during through throughout between and to year
years early late mid around circa c. spring summer autumn fall winter january february march
april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec fiscal fy end start beginning middle as 's its last next this the
""".split())

# Pronoun-like uses of "one" that are not figures.
ONE_BEFORE: frozenset[str] = frozenset("""
no the any every each this that which no-one someone anyone another last same right
wrong little big new old other single very such little lone
""".split())
ONE_AFTER: frozenset[str] = frozenset("""
of another who that which 's else's else
""".split())

# Scores and tallies ("beat Uruguay 3-1", "passed 52-48", "a 6-4, 7-5 win"). Verbs of a contest
# or a vote that a score may follow within a few words, in their usual inflections.
SCORE_VERBS: frozenset[str] = frozenset("""
beat beats beating beaten won win wins winning lost lose loses losing drew draw draws drawn
drawing tied tie ties tying defeated defeat defeats defeating edged edge edges edging thrashed
thrash routed rout crushed crush downed down overcame overcome trounced trounce hammered
thumped outscored outplayed stunned upset swept sweep sweeps clinched clinch
voted vote votes voting passed pass passes approved approve approves rejected reject rejects
confirmed confirm confirms upheld uphold upholds ruled rule rules struck overturned
led lead leads leading trailed trail trails trailing finished finish finishes ended end ends
made make makes making levelled leveled
""".split())
# Nouns a score stands before ("a 3-1 win", "in a 52-48 vote", "a 6-3 ruling").
SCORE_NOUNS: frozenset[str] = frozenset("""
win wins victory victories defeat defeats loss losses draw draws tie ties vote votes voting
margin scoreline score result triumph rout thrashing drubbing hammering decision decisions
verdict ruling majority lead upset success comeback aggregate winner winners loser losers
""".split())
# Words that may follow a score without being what it counts ("won 3-1 on Sunday", "lost 1-3
# to Spain"); any other lower-case word ("3-5 seats", "10-15 kg") makes it a range or a count.
SCORE_FOLLOWERS: frozenset[str] = frozenset("""
on in at to against over after before with without and but or for from by as when while
thanks despite during away home this last the a an its their his her earlier later then
into extra overtime penalties shootout tonight today yesterday that which who
""".split()) | SCORE_NOUNS
