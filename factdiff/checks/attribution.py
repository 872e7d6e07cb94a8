"""Attributions: "according to X", "X said", "citing X", "X told Y" — dropped, changed or added.

Who said something is a fact of its own: an attribution dropped turns a claim
into the outlet's own; one changed puts words in another mouth. Versions
name one source in many ways ("Mayor Ihor Terekhov", "the mayor", "he", "the
city's mayor"), so sources are compared by their parts (names, role nouns,
qualifiers, affiliations; see ``factdiff.facts.sources``) and only a clear
contradiction counts as another source.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from enum import IntEnum

from rapidfuzz.distance import Levenshtein

from ..facts.keys import fold
from ..facts.model import Attribution, Sentence
from ..lexicon import relation
from ..report.model import Finding, Severity
from .base import CheckContext, finding, register
from .entity_matching import LABEL_GROUP, equivalent, spelling_similarity
from .places import stands_for

NAME = "attribution.v1"


class Relation(IntEnum):
    """How two sources relate; higher is closer."""

    CONFLICT = 0  # clearly another source
    COMPATIBLE = 1  # may well be the same ("he" / "the mayor" / "Mayor Ihor Terekhov")
    SAME = 2


#: Role nouns that name the same kind of source in news copy.
ROLE_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(g.split())
    for g in (
        "official authority government administration",
        "spokesman spokeswoman spokesperson representative",
        "police policeman policewoman officer cop constabulary",
        "company firm business corporation group carrier operator",
        "office presidency cabinet secretariat chancellery",
        "agency bureau office service department administration authority",
        "ministry department government office",
        "study report research survey paper analysis review",
        "data figure statistic number record",
        "military army force troop",
        "lawyer attorney counsel solicitor barrister advocate",
        "doctor physician medic",
        "rebel insurgent militant fighter guerrilla",
        "monitor observatory watchdog",
        "newspaper paper daily outlet publication media broadcaster television channel radio",
        "court tribunal",
        "resident local villager inhabitant",
        "witness eyewitness bystander",
        "leader head chief president chairman chairwoman chair boss premier",
        "minister secretary",
        "organisation organization body institution",
        "commission committee board panel council",
        "filing document record",
        "airline carrier",
        "source insider person people",
        "expert specialist",
    )
)
#: A voice of whatever body it speaks for: compatible with any role but private people.
VOICE = frozenset("spokesman spokeswoman spokesperson representative statement release announcement aide website".split())
#: "officials", "the authorities": compatible with the roles of the state.
OFFICIAL = frozenset("official authority government administration officer".split())
STATE = frozenset(
    """ministry minister agency bureau office department service police army military force governor mayor
    president premier ministry cabinet presidency council commission prosecutor embassy regulator court
    secretary chancellor leader head chief kremlin"""
    .split()
)
#: People who speak for themselves, not for an office.
PRIVATE = frozenset(
    """observer witness eyewitness resident villager local neighbour neighbor relative family friend analyst
    economist expert researcher scientist academic activist campaigner critic opposition rebel insurgent
    militant protester demonstrator lawyer attorney doctor nurse teacher student journalist reporter fisherman
    farmer worker employee passenger victim survivor owner investor trader broker dealer agent poll survey
    study astronomer diplomat source insider person people group""".split()
)
#: "the company": compatible with any kind of company ("the carmaker", "the lender").
COMPANY = frozenset("company firm business corporation conglomerate group".split())
INDUSTRY = frozenset(
    """maker carmaker automaker manufacturer producer lender bank insurer retailer airline carrier miner operator
    developer exporter importer supplier chain brand giant startup utility broadcaster publisher platform
    exchange refiner shipper builder brewer distributor""".split()
)
#: Qualifiers that say nothing about who the source is.
VAGUE = frozenset(
    """local senior top former high high-ranking ranking other several many some unnamed anonymous independent new
    official private public main leading own certain various both two three few""".split()
)
LEXICON_MATCH = 0.35  # WordNet suspicion at or under which two qualifiers are one ("electoral"/"election")
QUALIFIER_MATCH = 0.75  # normalised Levenshtein similarity of two qualifier words ("defence"/"defense")


def _plain(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", fold(text)) if not unicodedata.combining(ch))


def _names_match(a: Iterable[tuple[str, str]], b: Iterable[tuple[str, str]]) -> bool:
    """Some name of one is some name of the other, in any form or spelling (spelling is the names check's),
    or a capital or seat of government speaking for its country ("the Kremlin said" / "Russia said")."""
    return any(
        equivalent(ka, kb, la, lb)
        or _plain(ka) == _plain(kb)
        or spelling_similarity(_plain(ka), _plain(kb))[0] > 0
        or bool(stands_for(ka, kb))
        for ka, la in a
        for kb, lb in b
    )


def _one_word_of(a: Iterable[tuple[str, str]], b: Iterable[tuple[str, str]]) -> bool:
    """A one-word name that is a word of the other ("Abiy" / "Abiy Ahmed"): a short form, not another name."""
    return any(
        (len(ka.split()) == 1 and ka in kb.split()) or (len(kb.split()) == 1 and kb in ka.split())
        for ka, _ in a
        for kb, _ in b
    )


def _class_conflict(a: Iterable[tuple[str, str]], b: Iterable[tuple[str, str]]) -> bool:
    """Both name something of one kind (two people, two organisations, two nations) and none match."""
    by_class: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {}
    for side, names in enumerate((a, b)):
        for key, label in names:
            by_class.setdefault(LABEL_GROUP.get(label, label), ([], []))[side].append((key, label))
    return any(xs and ys and not _names_match(xs, ys) for xs, ys in by_class.values())


def _roles_related(x: str, y: str) -> bool:
    if x == y or any(x in g and y in g for g in ROLE_GROUPS):
        return True
    for p, q in ((x, y), (y, x)):
        if p in VOICE and q not in PRIVATE:
            return True
        if p in OFFICIAL and (q in STATE or q in OFFICIAL or q in VOICE):
            return True
        if p in COMPANY and (q in INDUSTRY or q.endswith("maker")):
            return True
    return False


def _some_role_related(a: Attribution, b: Attribution) -> bool:
    """No roles on one side is no evidence; a role that is a word of the other phrase counts ("police officials")."""
    if not a.roles or not b.roles:
        return True
    return any(_roles_related(x, y) or x in b.words or y in a.words for x in a.roles for y in b.roles)


def _same_qualifier(x: str, y: str) -> bool:
    """ "defence"/"defense", "statistics"/"statistical", "meteorological"/"weather", "interior"/"home"."""
    if x == y or Levenshtein.normalized_similarity(x, y) >= QUALIFIER_MATCH:
        return True
    return relation(x, y, "").score <= LEXICON_MATCH


def _qualifiers_differ(a: Attribution, b: Attribution) -> bool:
    """ "interior ministry" / "health ministry", "a Canadian study" / "a tobacco industry report"."""
    own_a = [q for q in a.qualifiers if q not in VAGUE]
    own_b = [q for q in b.qualifiers if q not in VAGUE]
    if not own_a and not own_b:
        return False  # names only on both sides: for _class_conflict ("officials in Ashgabat" / "Turkmen officials")
    qa = set(own_a) | {w for k, _ in a.affiliations for w in k.split()}
    qb = set(own_b) | {w for k, _ in b.affiliations for w in k.split()}
    if not qa or not qb:
        return False
    if _names_match(a.affiliations, b.affiliations):
        return False
    return not any(_same_qualifier(x, y) for x in qa for y in qb)


def source_relation(a: Attribution, b: Attribution) -> Relation:
    """Are ``a`` (original) and ``b`` (copy) the same source, possibly the same, or clearly not?"""
    if a.source_is_pronoun or b.source_is_pronoun:
        return Relation.COMPATIBLE
    if _plain(a.source) == _plain(b.source):
        return Relation.SAME
    if a.anonymous != b.anonymous:
        known = b if a.anonymous else a
        if known.names or known.affiliations:
            return Relation.CONFLICT  # "a diplomat familiar with the plans" / "a diplomat from the Egyptian delegation"
    wa, wb = set(a.words), set(b.words)
    if wa and wb and (wa <= wb or wb <= wa):
        return Relation.SAME  # "the ministry" / "the interior ministry"; "Mayor Ihor Terekhov" / "the mayor"
    if a.names and b.names:
        if _names_match(a.names, b.names):
            return Relation.SAME
        return Relation.COMPATIBLE if _one_word_of(a.names, b.names) else Relation.CONFLICT
    if a.names or b.names:
        named, other = (a, b) if a.names else (b, a)
        if _names_match(named.names, other.affiliations):
            return Relation.SAME  # "the Taliban" / "a Taliban spokesman"
        if _class_conflict(named.names + named.affiliations, other.affiliations):
            return Relation.CONFLICT
        if named.roles and other.roles:
            return Relation.COMPATIBLE if _some_role_related(named, other) else Relation.CONFLICT
        return Relation.COMPATIBLE  # "Putin" / "the Russian leader"
    if not _some_role_related(a, b):
        return Relation.CONFLICT
    if _class_conflict(a.affiliations, b.affiliations) or _qualifiers_differ(a, b):
        return Relation.CONFLICT
    return Relation.COMPATIBLE


def _mentioned(a: Attribution, sentences: list[Sentence]) -> bool:
    """The source still appears in these sentences, even if not as a source we recognised."""
    if a.names:
        keys = [(m.key, m.label) for s in sentences for m in s.mentions] + [
            (m.canonical, m.label) for s in sentences for m in s.mentions
        ]
        text = " " + " ".join(_plain(s.text) for s in sentences) + " "
        return _names_match(a.names, keys) or any(f" {_plain(k)} " in text.replace(".", "") for k, _ in a.names)
    if not a.roles:
        return False
    lemmas = {t.norm for s in sentences for t in s.tokens} | {t.text.lower() for s in sentences for t in s.tokens}
    return all(r in lemmas for r in a.roles)


def pair_sources(
    original: list[Attribution], copy: list[Attribution]
) -> tuple[list[tuple[Attribution, Attribution, Relation]], list[Attribution], list[Attribution]]:
    """Pair two lists of attributions: same sources first, then compatible, then clear conflicts.

    Pronouns pair last so that "he" cannot take the place of a named source
    that was changed. Returns the pairs and the leftovers of each side.
    """
    left_o, left_c = list(original), list(copy)
    pairs: list[tuple[Attribution, Attribution, Relation]] = []
    for wanted, pronouns in (
        (Relation.SAME, False), (Relation.COMPATIBLE, False), (Relation.CONFLICT, False), (Relation.COMPATIBLE, True)
    ):
        for a in list(left_o):
            for b in left_c:
                if (a.source_is_pronoun or b.source_is_pronoun) != pronouns:
                    continue
                if source_relation(a, b) == wanted:
                    pairs.append((a, b, wanted))
                    left_o.remove(a)
                    left_c.remove(b)
                    break
    return pairs, left_o, left_c


def _near(ctx: CheckContext, a: Attribution, b: Attribution) -> bool:
    """``b`` is in the copy sentences next to where ``a`` went: a sentence split or merged differently."""
    partners = [j for i in (a.sentence - 1, a.sentence, a.sentence + 1) for j in ctx.partner_of_original(i)]
    return any(abs(j - b.sentence) <= 1 for j in partners)


@register("factdiff.attribution.v1")
def check_attribution(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    dropped: list[Attribution] = []
    added: list[Attribution] = []
    for pair in ctx.pairs():
        o_attr = [a for s in pair.original for a in s.attributions]
        c_attr = [a for s in pair.copy for a in s.attributions]
        pairs, left_o, left_c = pair_sources(o_attr, c_attr)
        for a, b, rel in pairs:
            if rel != Relation.CONFLICT:
                continue
            out.append(finding("attribution_changed", Severity.MAJOR,
                               ctx.ospan(a.source_start, a.source_end, a.sentence),
                               ctx.cspan(b.source_start, b.source_end, b.sentence),
                               f"attributed to '{a.source}' in the original but to '{b.source}' in the copy",
                               NAME, 0.8, fact="attribution", original_source=a.source, copy_source=b.source,
                               original_cue=a.cue, copy_cue=b.cue))
        dropped += [a for a in left_o if not _mentioned(a, pair.copy)]
        added += [b for b in left_c if not b.source_is_pronoun and not _mentioned(b, pair.original)]
    # an attribution that moved to the next sentence is neither dropped nor added
    for a in dropped:
        twin = next((b for b in added if _near(ctx, a, b) and source_relation(a, b) != Relation.CONFLICT), None)
        if twin is not None:
            added.remove(twin)
            continue
        severity = Severity.MINOR if a.source_is_pronoun else Severity.MAJOR
        out.append(finding("fact_missing", severity, ctx.ospan(a.start, a.end, a.sentence), None,
                           f"attribution dropped: '{ctx.original.text[a.start:a.end]}' has no counterpart in the copy",
                           NAME, 0.85, fact="attribution", source=a.source, cue=a.cue))
    for b in added:
        out.append(finding("fact_added", Severity.MAJOR, None, ctx.cspan(b.start, b.end, b.sentence),
                           f"attribution added: '{ctx.copy.text[b.start:b.end]}' is not in the original",
                           NAME, 0.7, fact="attribution", source=b.source, cue=b.cue))
    return out
