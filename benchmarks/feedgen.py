"""Generated wire stories, their syndicated copies, and whole feeds (seeded, with the truth).

Written for factdiff's own benchmarks and tests: every sentence template here was written
for this file. A *story* is a wire original (headline, a dateline with an agency credit,
about 30 paragraphs of one to three sentences). A *copy* keeps most paragraphs verbatim
and trims, reorders and edits the rest, as outlets do. A *feed* mixes many stories, each
with its copies, sibling stories about the same event (same people, place and day, other
words), and singletons that are copies of nothing.

    from feedgen import make_story, make_copies, make_feed

``make_feed`` returns articles as dicts (``id``, ``source``, ``time``, ``text``) and the
truth (article id -> story id) to score a grouping against.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

FIRST = (
    "Aino Bastien Celia Dorian Edda Fabian Greta Hamid Ilse Jonas Kirra Lukas Maren Nils Odile "
    "Pavel Rhea Stefan Tilde Ugo Vera Wilhelm Xenia Yara Zeno Anouk Bernd Clio Detlef Elif Goran "
    "Hana Iker Jolan Kaspar Lenka Milos Noor Oskar Priya"
).split()
LAST = (
    "Aalto Brandvold Cerny Dragomir Ekholm Falk Grunberg Hartl Iversen Jovanovic Kessler Lambrecht "
    "Marek Nordin Ostrowski Pellegrini Quast Ruzicka Sandoval Thorsen Urbanek Vestergaard Wolanski "
    "Yildiz Zalewski Abernathy Bocchi Castellanos Dunmore Engstrom Ferrante Gaspari Holmqvist "
    "Ilyasova Juncker Kaminski Lindgren Moravec Novotny Orlova"
).split()
ORGS = (
    "the port authority", "the Ministry of Transport", "the national railway", "the Harbour Workers Union",
    "the Federation of Farmers", "the state energy company", "the regional assembly", "the Supreme Court",
    "the election commission", "the Coast Guard", "the Chamber of Commerce", "the Water Board",
    "the Teachers Association", "the Civil Aviation Office", "the Red Crescent", "the audit office",
    "the Statistics Bureau", "the Health Inspectorate", "Northwind Airlines", "Baltica Steel",
)
PLACES = (
    "Gdansk", "Tallinn", "Porto", "Valletta", "Split", "Bergen", "Tampere", "Brno", "Kaunas", "Plovdiv",
    "Cluj", "Szeged", "Malmo", "Aarhus", "Graz", "Bilbao", "Salerno", "Rijeka", "Varna", "Tartu",
    "Ostrava", "Lublin", "Braga", "Nantes", "Turku",
)
AGENCIES = ("Reuters", "AP", "AFP")
OUTLETS = (
    "Daily Ledger", "Morning Courier", "Harbour Times", "Evening Post", "City Herald", "Valley News",
    "Coastal Observer", "Metro Digest", "Northern Star", "Weekly Sentinel", "Plains Gazette", "Capital Wire",
)
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
GROUPS = ("dock workers", "farmers", "teachers", "nurses", "train drivers", "miners", "pilots", "students")
THINGS = ("bridge", "ferry terminal", "rail line", "power plant", "hospital wing", "water treatment plant")

# Paragraph sentences, each with slots in braces and wording choices in brackets
# ("[walked off the job|went on strike]"): a story makes its choices once per template,
# so its copies repeat its sentences word for word and another story words them its own way.
# Written for this file.
SENTENCES = (
    "{P} said on {WD} that {N} {G} had [walked off the job|gone on strike|stopped work] in {PL}[| overnight| at dawn].",
    "{O} [said|estimated|warned] the [strike|stoppage|dispute] would cost [about|roughly|some] {AMT} million euros a [week|month].",
    "The {THING} in {PL} [was|has been|remained] [closed|shut] for {SMALL} days, {P2} [told reporters|said|told a news conference].",
    "{P} said {O} had not been [consulted|asked|informed] before the [vote|decision|ballot][| on {WD}].",
    "[Police said|Organisers said|Witnesses said] [around|about|more than] {N} people [marched|rallied|protested] [through the centre of|in the streets of|outside the town hall in] {PL} on {MONTH} {DAY}.",
    "\"We are not going back until the [contract|agreement|deal] is signed,\" {P} [said|told the crowd|said in a statement].",
    "[Talks|Negotiations] between {O} and the union [are due to|will|are expected to] resume on {WD}, according to {P2}.",
    "The {THING} [was built|opened|was completed] in {YEAR} and [carries|serves|handles] {N} [passengers|people|travellers] a day.",
    "{O} said its [losses|costs|debts] [rose|grew|jumped] {PCT} percent in the [first half|second quarter|first quarter] of the year.",
    "{P2}, who [chairs|heads|leads] {O}, said the [plan|proposal|offer] would be put to a vote in {MONTH}.",
    "[Opposition lawmaker|Independent lawmaker|Regional councillor] {P} called the [decision|ruling|move] \"[a gift to the owners|a betrayal of workers|a mistake we will pay for]\".",
    "[Prices|Rents|Fares] in {PL} have [risen|climbed|gone up] {PCT}% since {MONTH}, the [highest|steepest|biggest] rise since {YEAR}.",
    "The [government|ministry|cabinet] has offered a {PCT} percent pay rise over {SMALL} years[|, {P2} said].",
    "At least {SMALL} people were [taken to hospital|treated] with [minor|light] injuries, {O} said[| on {WD}].",
    "{P} did not say when the {THING} would [reopen|open again|resume service].",
    "A [spokeswoman|spokesman] for {O} [declined to comment|did not respond to requests for comment|would not comment] on the [figures|report|claims].",
    "The union [represents|has] [about|some|nearly] {N} {G} [across the region|in {PL}|nationwide].",
    "{P2} said the company had [invested|spent|put] {AMT} million euros [in|into] {PL} since {YEAR}.",
    "[Ferries|Trains|Buses] to {PL} were [cancelled|suspended|halted] on {WD} and {SMALL} flights were [diverted|delayed|grounded].",
    "\"This is the [worst|longest|most bitter] dispute we have seen in a [decade|generation|long time],\" said {P2}, an [economist|analyst|historian] in {PL}.",
    "{O} will [publish|release|present] its [full report|findings|annual review] on {MONTH} {DAY}, {P} said.",
    "[Ministers|Officials|Mediators] are expected to meet {P} in {PL} [later this week|on {WD}|before the end of the month].",
    "The court ruled that the {THING} contract, worth {AMT} million euros, had been awarded [unlawfully|improperly|without a tender].",
    "Shares in {O2} [fell|dropped|slid] {PCT} percent in [early|morning|afternoon] trading on {WD}.",
    "{P} said [about|around|close to] {N} households were without [power|water|heating] for {SMALL} hours.",
    "The last [strike|stoppage|walkout] of this size, in {YEAR}, lasted {SMALL} weeks[| and ended with a pay deal].",
    "[Local officials|City officials|Union leaders] in {PL} said they expected more [protests|strikes|rallies] [over the weekend|next week|in {MONTH}].",
    "{P2} told the [assembly|council|committee] that {N} jobs were at risk if the talks [failed|collapsed|broke down].",
)
HEADLINES = (
    "{G} strike shuts {THING} in {PL}",
    "{PL} {THING} closed as {G} walk out",
    "{O} warns of losses as dispute in {PL} drags on",
)
PARAPHRASES = (  # how an edit rewords a whole sentence (the facts kept)
    ("said on", "told reporters on"),
    ("said the", "stated that the"),
    ("about", "some"),
    ("declined to comment", "would not comment"),
    ("are due to", "will"),
)


@dataclass
class Story:
    """A wire original: its event (shared by sibling stories), its paragraphs, its agency."""

    id: str
    agency: str
    place: str
    day: _dt.date
    headline: str
    paragraphs: list[str]
    slots: dict[str, str] = field(default_factory=dict)

    def text(self) -> str:
        dateline = f"{self.place.upper()}, {MONTHS[self.day.month - 1]} {self.day.day} ({self.agency}) - "
        return self.headline + "\n\n" + dateline + "\n\n".join(self.paragraphs) + "\n"


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def event_slots(rng: random.Random) -> dict[str, str]:
    """The cast of one event: who, where, which organisations and when."""
    org, org2 = rng.sample(ORGS, 2)
    day = rng.randint(1, 28)
    return {
        "P": _name(rng), "P2": _name(rng), "O": org, "O2": org2, "PL": rng.choice(PLACES),
        "G": rng.choice(GROUPS), "THING": rng.choice(THINGS), "MONTH": rng.choice(MONTHS),
        "DAY": str(day), "WD": rng.choice(WEEKDAYS),
    }


_CHOICE = re.compile(r"\[([^\]]*)\]")


def worded(template: str, rng: random.Random) -> str:
    """The template with each ``[a|b|c]`` choice made."""
    return _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _fill(template: str, slots: dict[str, str], rng: random.Random) -> str:
    template = worded(template, rng)
    values = dict(slots)
    values.update(
        N=f"{rng.randint(120, 48000):,}", AMT=str(rng.randint(3, 950)), PCT=f"{rng.randint(1, 30)}.{rng.randint(1, 9)}",
        SMALL=str(rng.randint(2, 9)), YEAR=str(rng.randint(1975, 2023)),
    )
    text = template.format(**values)
    return text[:1].upper() + text[1:]


def make_story(rng: random.Random, story_id: str, paragraphs: int = 30, slots: dict[str, str] | None = None) -> Story:
    """A wire story of ``paragraphs`` paragraphs of 1-3 sentences; ``slots`` from another
    story make a sibling: the same event, told in other sentences."""
    slots = dict(slots or event_slots(rng))
    style = [worded(t, rng) for t in SENTENCES]  # this story's wording of each template
    paras = []
    for _ in range(paragraphs):
        paras.append(" ".join(_fill(rng.choice(style), slots, rng) for _ in range(rng.randint(1, 3))))
    headline = _fill(rng.choice(HEADLINES), slots, rng)
    day = _dt.date(2026, MONTHS.index(slots["MONTH"]) + 1, int(slots["DAY"]))
    return Story(story_id, rng.choice(AGENCIES), slots["PL"], day, headline, paras, slots)


def _edit(paragraph: str, rng: random.Random) -> str:
    """One edited sentence: a figure changed, a name misspelled, or a rewording."""
    words = paragraph.split(" ")
    roll = rng.random()
    digits = [i for i, w in enumerate(words) if any(ch.isdigit() for ch in w)]
    if roll < 0.4 and digits:
        i = rng.choice(digits)
        w = words[i]
        k = next(k for k, ch in enumerate(w) if ch.isdigit())
        words[i] = w[:k] + str((int(w[k]) + rng.randint(1, 8)) % 10) + w[k + 1 :]
        return " ".join(words)
    names = [i for i, w in enumerate(words) if w[:1].isupper() and len(w) > 5 and w.isalpha() and i > 0]
    if roll < 0.7 and names:
        i = rng.choice(names)
        w = words[i]
        k = rng.randint(1, len(w) - 3)
        words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
        return " ".join(words)
    for old, new in rng.sample(PARAPHRASES, len(PARAPHRASES)):
        if old in paragraph:
            return paragraph.replace(old, new, 1)
    return paragraph + " The figures could not be independently verified."


def make_copy(story: Story, rng: random.Random, verbatim: tuple[float, float] = (0.80, 0.95)) -> str:
    """A syndicated copy keeping a share of the paragraphs verbatim (drawn from ``verbatim``):
    the others are dropped (trims, most often at the end) or edited; a few neighbours swap;
    the outlet writes its own headline and usually drops the agency's dateline."""
    n = len(story.paragraphs)
    keep = round(n * rng.uniform(*verbatim))
    changed = set(rng.sample(range(n), n - keep))
    paras: list[str] = []
    for i, p in enumerate(story.paragraphs):
        if i not in changed:
            paras.append(p)
        elif rng.random() < 0.5:
            paras.append(_edit(p, rng))
        # else: trimmed
    for _ in range(rng.randint(0, 2)):
        k = rng.randrange(0, max(1, len(paras) - 1))
        paras[k : k + 2] = paras[k : k + 2][::-1]
    outlet = rng.choice(OUTLETS)
    headline = story.headline if rng.random() < 0.3 else f"{story.headline}, {outlet} reports"
    if rng.random() < 0.3:  # some copies keep the credit: the original is still the earliest
        lead = f"{story.place.upper()} ({story.agency}) - "
    else:
        lead = f"{story.place.upper()} - "
    return headline + "\n\n" + lead + "\n\n".join(paras) + "\n"


def make_copies(story: Story, count: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return [make_copy(story, rng) for _ in range(count)]


def copy_counts(rng: random.Random, stories: int, total: int, low: int = 1, high: int = 30) -> list[int]:
    """Copies per story, each in [low, high], summing to ``total``: most stories have a few
    copies, a few have many (a skewed draw, then nudged to the total)."""
    counts = [min(high, max(low, int(rng.paretovariate(1.3) * 2))) for _ in range(stories)]
    while sum(counts) != total:
        i = rng.randrange(stories)
        if sum(counts) < total and counts[i] < high:
            counts[i] += 1
        elif sum(counts) > total and counts[i] > low:
            counts[i] -= 1
    return counts


@dataclass
class Feed:
    articles: list[dict[str, str]]
    truth: dict[str, str]  # article id -> story id (a singleton is its own story)
    originals: dict[str, str]  # story id -> the id of its wire original


def make_feed(
    stories: int = 500,
    copies: int = 3500,
    singletons: int = 1000,
    *,
    paragraphs: Sequence[int] = (8, 30),
    siblings: float = 0.1,
    seed: int = 0,
) -> Feed:
    """A day's feed: ``stories`` wire originals with ``copies`` copies among them (1-30 each),
    ``siblings`` of the stories told twice (same event, other words: two stories), and
    ``singletons`` articles that copy nothing. Shuffled; times spread over the day."""
    rng = random.Random(seed)
    counts = copy_counts(rng, stories, copies)
    articles: list[dict[str, str]] = []
    truth: dict[str, str] = {}
    originals: dict[str, str] = {}
    day = _dt.datetime(2026, 11, 3, 5, 0, tzinfo=_dt.UTC)
    made: list[Story] = []
    for s in range(stories):
        sid = f"story{s:04d}"
        sibling_of = made[-1].slots if made and rng.random() < siblings else None
        story = make_story(rng, sid, rng.randint(*paragraphs), sibling_of)
        made.append(story)
        start = day + _dt.timedelta(minutes=rng.randint(0, 16 * 60))
        oid = f"{sid}-wire"
        articles.append({"id": oid, "source": story.agency, "time": start.isoformat(), "text": story.text()})
        truth[oid] = sid
        originals[sid] = oid
        for k in range(counts[s]):
            cid = f"{sid}-copy{k:02d}"
            when = start + _dt.timedelta(minutes=rng.randint(5, 6 * 60))
            articles.append({"id": cid, "source": rng.choice(OUTLETS), "time": when.isoformat(),
                             "text": make_copy(story, rng)})
            truth[cid] = sid
    for k in range(singletons):
        story = make_story(rng, f"single{k:04d}", rng.randint(3, 12))
        aid = f"single{k:04d}"
        when = day + _dt.timedelta(minutes=rng.randint(0, 18 * 60))
        articles.append({"id": aid, "source": rng.choice(OUTLETS), "time": when.isoformat(), "text": story.text()})
        truth[aid] = aid
    rng.shuffle(articles)
    return Feed(articles, truth, originals)


def purity_completeness(predicted: dict[str, str], truth: dict[str, str]) -> tuple[float, float]:
    """Purity (each predicted group's share of its main true story) and completeness (each true
    story's share in its main predicted group), both weighted by size, over ``truth``'s ids."""
    from collections import Counter, defaultdict

    def score(a: dict[str, str], b: dict[str, str]) -> float:
        groups: dict[str, Counter[str]] = defaultdict(Counter)
        for aid, g in a.items():
            groups[g][b[aid]] += 1
        return sum(c.most_common(1)[0][1] for c in groups.values()) / max(1, len(a))

    return score(predicted, truth), score(truth, predicted)
