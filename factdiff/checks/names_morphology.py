"""Surname morphology and transliteration, to tell variants from different people.

String similarity alone cannot decide: "Lutskina"/"Lutsina" (a dropped letter,
a misspelling), "Ivanov"/"Ivanova" (a masculine and a feminine surname: two
people) and "Kseniya"/"Ksenia" (two romanisations of one name) all score alike.
What separates them is *which* letters differ:

* gendered endings ("-ov"/"-ova", "-sky"/"-skaya", "Martin"/"Martina") mark
  another person;
* romanisation alternations (y/i/j glides, x/ks, kh/h, ts/t, w/v, ou/u, short
  vowels e/i and o/u that Arabic script does not write, an Arabic article
  al-/el-/ez-, a vowel written or not between consonants) mark the same name
  spelled by another convention: a minor variant;
* anything else (a consonant dropped, letters swapped, a final vowel changed)
  is a misspelling.

Every edit between the two normalised spellings is classified; the pair is a
transliteration variant only when every edit is a known alternation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

from ..facts.keys import strip_marks

VOWELS = frozenset("aeiou")

# (masculine, feminine) endings of Slavic, Baltic and other surnames and first names
_GENDERED = (
    ("skiy", "skaya"), ("sky", "skaya"), ("ski", "ska"), ("skyi", "ska"), ("ckiy", "ckaya"), ("skii", "skaia"),
    ("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("yn", "yna"), ("iy", "aya"), ("oy", "aya"),
    ("as", "ienė"), ("is", "ienė"), ("os", "ou"), ("", "a"), ("us", "a"),
)
_GIVEN_NAME_GENDERED = (("o", "a"),)  # Roberto / Roberta; in a surname (Maduro / Madura) it is a misspelling

# Arabic definite article, as romanised before sun and moon letters
ARTICLES = frozenset("al el ad ed an ar as ash at az ez es ul ud un ur us uz".split())

# ordered rewrites that collapse romanisations of one name (applied to a lower-cased word)
_REWRITES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in (
        (r"[auo]llah?$", "ulla"),  # theophoric -allah / -ullah / -ollah
        (r"x", "ks"),
        (r"tsch|tch", "ch"),  # Tchaikovsky / Chaikovsky / Tschaikowsky
        (r"yy", "y"),  # Zelenskyy / Zelensky
        (r"^[yj]e", "e"),  # Yevgeny / Evgeny, Jelena / Elena
        (r"^hs|(?<=[aeiou])hs", "ks"),  # Wade-Giles hs = pinyin x
        (r"shch|sch", "sh"),
        (r"kh", "h"),
        (r"dzh|dj", "j"),
        (r"zh", "z"),
        (r"tz|ts", "t"),  # Tsikhanouskaya / Tikhanouskaya, Kuznetsov / Kuznetzov
        (r"ph", "f"),
        (r"(?<=[aeiou])[vw](?=sk|sc|sz|ch)", "u"),  # Belarusian ў: Tsikhanouskaya / Tikhanovskaya
        (r"w", "v"),
        (r"ff$", "v"),  # Romanoff / Romanov
        (r"ck|q", "k"),
        (r"c(?=[aou]|$)", "k"),
        (r"dh", "d"),
        (r"gh", "g"),
        (r"ou|oo", "u"),  # French ou, English oo
        (r"ee", "i"),
        (r"iy|ij|yi$", "i"),  # Kseniya / Ksenia, Zelenskiy / Zelensky, Sergij
        (r"(?<=[aeiou])j", "i"),  # Sergej / Sergei
        (r"y", "i"),
        (r"(?<=[aeiou])h$", ""),  # Basrah / Basra, Fallujah / Falluja
    )
]


# rewrites that are right for some names only ("Soekarno" is "Sukarno", "Dostoevsky" is not "Dostuvsky")
_OPTIONAL = [
    (re.compile(r"oe(?=[^aeiou]|$)"), "u"),  # Dutch oe
    (re.compile(r"(?<=[^aeiou])[iy]a(?=[^aeiou])"), "e"),  # Belarusian ia / Russian e: Sviatlana / Svetlana
]


@lru_cache(maxsize=8192)
def translit_key(word: str, optional: bool = True) -> str:
    """A form in which romanisation variants of one name agree ("Kseniya"/"Ksenia")."""
    s = strip_marks(word.lower())
    if optional:
        for pattern, repl in _OPTIONAL:
            s = pattern.sub(repl, s)
    for pattern, repl in _REWRITES:
        s = pattern.sub(repl, s)
    return s


def gendered_pair(a: str, b: str, given_name: bool = True) -> bool:
    """True when ``a`` and ``b`` are masculine/feminine forms of one name ("Ivanov"/"Ivanova")."""
    a, b = strip_marks(a.lower()), strip_marks(b.lower())
    if a == b:
        return False
    for masc, fem in _GENDERED + (_GIVEN_NAME_GENDERED if given_name else ()):
        for x, y in ((a, b), (b, a)):
            if x.endswith(masc) and y.endswith(fem):
                stem_x = x[: len(x) - len(masc)] if masc else x
                stem_y = y[: len(y) - len(fem)]
                if len(stem_x) >= 3 and stem_x == stem_y:
                    return True
    return False


@lru_cache(maxsize=8192)
def common_word(word: str) -> bool:
    """An English dictionary word, not a name: WordNet has it with a sense that is no *instance*
    (a proper noun is an instance: "Odessa" of "port"; "ministry" is a kind of thing) and that
    its tagged corpus uses (the herb "alexanders" does not make "Alexander" a common word).

    Romanisation alternations belong to names written from another script: "Minstry" for
    "Ministry" is a misspelling, "Odesa" for "Odessa" another romanisation. Without WordNet
    nothing is a dictionary word, and every name is judged by its letters alone.
    """
    from ..lexicon import lemmas_for, resource

    res = resource.get()
    if res is None or not word.isalpha():
        return False
    for pos in "nvar":
        for lemma in {word, *lemmas_for(word, pos)}:
            for s in res.wn.synsets(lemma, pos):  # a sense used in the corpus under any of its words
                if not s.pointers_of("@i") and any(res.wn.sense_count(w, s) for w in s.words):
                    return True  # ("harbour" is counted as "harbor")
    return False


def _vowel_after(s: str, i: int) -> bool:
    return any(ch in VOWELS for ch in s[i:])


def _replace_kind(a: str, b: str, i: int, j: int) -> str:
    x, y = a[i], b[j]
    pair = {x, y}
    last = i == len(a) - 1 or j == len(b) - 1
    if pair <= VOWELS and not last:
        if pair in ({"e", "i"}, {"o", "u"}):
            return "translit"  # short vowels: Hezbollah / Hizbollah, Osama / Usama, Kyiv / Kiev
        if pair == {"e", "o"} and i > 0 and a[i - 1] in "hzsj":
            return "translit"  # Russian ё: Chernobyl / Chornobyl
        if pair == {"i", "o"} and a[i + 1 :] == "v" and b[j + 1 :] == "v":
            return "translit"  # Ukrainian / Russian: Lviv / Lvov, Kharkiv / Kharkov
    if i == 0 and j == 0 and pair in ({"t", "d"}, {"p", "b"}, {"k", "g"}):
        return "voicing"  # Wade-Giles / pinyin: Teng / Deng
    return "typo"


def _indel_kind(s: str, k: int) -> str:
    """A letter ``s[k]`` written in one spelling and not in the other."""
    ch = s[k]
    before = s[k - 1] if k > 0 else ""
    after = s[k + 1] if k + 1 < len(s) else ""
    if ch in VOWELS:
        if k == 0 or ch in (before, after):
            return "typo"
        between_consonants = before not in VOWELS and after not in VOWELS
        between_vowels = before in VOWELS and after in VOWELS
        if between_consonants and ch in "ao":
            return "typo"  # an unwritten short vowel is i, e or u: Machado / Machdo is a misspelling
        if not (between_consonants or between_vowels):
            return "typo"  # Meloni / Meloini: a vowel doubled into a diphthong
        if between_vowels:
            return "vowel"  # a vowel written or not beside another: Raisi / Raeisi
        if _vowel_after(s, k + 1):
            return "vowel_cc"  # a vowel written or not between consonants: Misrata / Misurata, Sviatlana
        if between_consonants and s[k + 1 :] in {"r", "l"}:
            return "vowel"  # a final consonant cluster broken: Aleksandr / Alexander, Petr / Peter
        return "typo"
    if ch in (before, after):
        return "gemination"  # Odesa / Odessa, Yasser / Yasir: a doubled letter written once
    return "typo"


# a written vowel costs more than half a misspelling, so a changed vowel is never "one dropped, one written"
_COST = {"same": 0.0, "translit": 0.2, "gemination": 0.3, "voicing": 0.5, "vowel": 0.6, "vowel_cc": 0.6, "typo": 1.0}


def _edits(a: str, b: str) -> list[tuple[str, str]]:
    """The cheapest edit script from ``a`` to ``b``: (operation, kind) per edit.

    Known alternations are cheap, so the script explains a difference by them
    when it can ("svetlana" -> "sviatlana" is e/i plus a written vowel, not
    two misspellings).
    """
    n, m = len(a), len(b)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, str, str] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            c = cost[i][j]
            if c == inf:
                continue
            steps = []
            if i < n and j < m:
                kind = "same" if a[i] == b[j] else _replace_kind(a, b, i, j)
                steps.append((i + 1, j + 1, "replace", kind))
            if i < n:
                steps.append((i + 1, j, "delete", _indel_kind(a, i)))
            if j < m:
                steps.append((i, j + 1, "insert", _indel_kind(b, j)))
            if i + 1 < n and j + 1 < m and a[i] == b[j + 1] and a[i + 1] == b[j] and a[i] != a[i + 1]:
                steps.append((i + 2, j + 2, "swap", "typo"))
            for ni, nj, op, kind in steps:
                nc = c + _COST[kind]
                if nc < cost[ni][nj]:
                    cost[ni][nj] = nc
                    back[ni][nj] = (i, j, op, kind)
    out = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj, op, kind = back[i][j]  # type: ignore[misc]
        if kind != "same":
            letter = a[pi] if op == "delete" else b[pj]
            out.append((op + ":" + letter, kind))
        i, j = pi, pj
    return out


def _alternation_kinds(a: str, b: str) -> set[str]:
    """Kinds of the edits between two normalised spellings, a letter moved counted as a typo."""
    edits = _edits(a, b)
    if [k for _, k in edits] == ["vowel_cc"]:
        # one vowel between consonants written or not, and nothing else: the commonest slip of all
        # ("Havilland" / "Havlland", "Bundesliga" / "Bundsliga") unless usage attests both spellings
        # (see ``word_variant``); with another alternation of its system beside it, a romanisation
        # ("Sviatlana" / "Svetlana")
        return {"slip"}
    kinds = {"translit" if k in {"vowel", "vowel_cc"} else k for _, k in edits}
    inserted = {op[7:] for op, _ in edits if op.startswith("insert:")}
    deleted = {op[7:] for op, _ in edits if op.startswith("delete:")}
    if inserted & deleted:
        kinds.add("typo")  # a letter moved, not written or dropped: Milei / Mieli
    return kinds


@lru_cache(maxsize=65536)
def word_variant(a: str, b: str, first_name: bool = True) -> tuple[float, str]:
    """How alike two words of a name are, and why they differ.

    Returns (similarity, kind) with kind "same", "translit", "voicing",
    "gendered" or "typo". Similarity counts a swap of two letters as one edit
    (optimal string alignment). ``first_name`` allows the Romance -o/-a
    alternation of given names (Roberto / Roberta) to count as gendered.
    """
    la, lb = strip_marks(a.lower()), strip_marks(b.lower())
    if la == lb:
        return 1.0, "same"
    sim, kind = _word_variant(la, lb, first_name)
    if kind in {"translit", "voicing", "slip"} and min(len(la), len(lb)) >= 4 and max(len(la), len(lb)) >= 6 and (
        common_word(la) != common_word(lb)
    ):
        return sim, "typo"  # "Ministry" / "Minstry": a dictionary word is not romanised (short ones may be: Said / Saeed)
    if kind == "slip":
        # one vowel between consonants written or not: another romanisation when both spellings are
        # in use (Misrata / Misurata, Zawahiri / Zawahri), a slip when one is not (Havilland / Havlland)
        return (max(sim, 0.9), "translit") if attested(la) and attested(lb) else (sim, "typo")
    if kind == "translit" and not (attested(la) and attested(lb)) and (
        _letter_doubled(la, lb) or attested(la) and len(lb) == len(la) - 1
    ):
        # a letter doubled or undoubled alone ("Nepal" / "Neepal", "Tokyo" / "Tokyyo"), or one
        # dropped from a spelling in use ("Slutsky" / "Slutky"), into a spelling nobody uses: the
        # romanisation rules (ee -> i, yy -> y, ts -> t) would excuse a keyboard slip
        return sim, "typo"
    return sim, kind


def _letter_doubled(a: str, b: str) -> bool:
    """The two spellings differ by one letter written twice or once: "nepal" / "neepal"."""
    long_, short = (a, b) if len(a) > len(b) else (b, a)
    if len(long_) != len(short) + 1:
        return False
    for k, ch in enumerate(long_):
        if long_[:k] + long_[k + 1 :] == short:
            if ch == "y" and long_.endswith("yy"):
                return False  # "Zelenskyy": the Ukrainian -yy ending, a romanisation
            return ch in (long_[k - 1 : k] + long_[k + 1 : k + 2])
    return False


ATTESTED = 1.0  # Zipf frequency (once in 100 million words) from which a spelling is in use


@lru_cache(maxsize=16384)
def attested(word: str) -> bool | None:
    """Whether English text uses this spelling of a word or name (wordfreq, which ships its word
    lists in its wheel): "Misurata", "Gadhafi", "Odesa" are in use, "Havlland", "Neepal" are not.
    ``None`` when wordfreq is not installed: the letters alone decide then."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return zipf_frequency(word, "en") >= ATTESTED


def _word_variant(la: str, lb: str, first_name: bool) -> tuple[float, str]:
    sim = OSA.normalized_similarity(la, lb)
    if gendered_pair(la, lb, first_name):
        return sim, "gendered"
    if la in ARTICLES and lb in ARTICLES:
        return 0.95, "translit"  # al-Sisi / el-Sisi, Deir ez-Zor / Deir al-Zor
    if OSA.distance(la, lb) == 1 and Levenshtein.distance(la, lb) == 2:
        return sim, "typo"  # two letters swapped: Boluarte / Boularte
    if min(Levenshtein.distance(translit_key(la), translit_key(lb)), OSA.distance(la, lb)) > 3:
        return sim, "typo"  # too far apart to be one name however spelled: skip the edit script
    best: set[str] | None = None
    for ka, kb in {(translit_key(la), translit_key(lb)), (translit_key(la, False), translit_key(lb, False))}:
        if ka == kb:
            return max(sim, 0.95), "translit"
        kinds = _alternation_kinds(ka, kb)
        if best is None or _rank(kinds) < _rank(best):
            best = kinds
    kinds = best or {"typo"}
    if kinds == {"gemination"} and _alternation_kinds(la, lb) != {"gemination"}:
        kinds = {"translit", "gemination"}  # Gadhafi / Gaddafi: dh for a doubled d
    if kinds <= {"translit", "gemination"} and "translit" in kinds:
        return max(sim, 0.9), "translit"  # Yasser / Yasir: a doubling goes with another alternation
    if "voicing" in kinds and kinds <= {"translit", "gemination", "voicing"}:
        return max(sim, 0.85), "voicing"
    if kinds == {"slip"}:
        return sim, "slip"  # a lone vowel between consonants written or not: see word_variant
    return sim, "typo"  # includes a doubled letter dropped alone: Nasrallah / Nasralah


def _rank(kinds: set[str]) -> int:
    if "typo" in kinds or "slip" in kinds:
        return 3
    if kinds == {"gemination"}:
        return 2
    return 1 if "voicing" in kinds else 0


def _merged(words: list[str], n: int) -> list[list[str]]:
    """Ways to join adjacent words of ``words`` until ``n`` remain ("hsiao ping" -> "hsiaoping")."""
    if len(words) == n:
        return [words]
    if len(words) < n or len(words) - n > 2:
        return []
    out = []
    for k in range(len(words) - 1):
        out.extend(_merged([*words[:k], words[k] + words[k + 1], *words[k + 2 :]], n))
    return out


def name_variant(a: str, b: str, min_similarity: float = 0.0) -> tuple[float, str]:
    """Whether two name keys are one name spelled differently, and how.

    Returns (similarity, variant) with variant "translit" (another romanisation:
    minor), "typo" (a misspelling), "gendered" (a masculine/feminine form:
    another person) or (0, "") when they are not variants of one name.
    """
    aw, bw = a.split(), b.split()
    if a == b or not aw or not bw:
        return 0.0, ""
    options = [(x, y) for x in _merged(aw, min(len(aw), len(bw))) for y in _merged(bw, min(len(aw), len(bw)))]
    best: tuple[float, str] = (0.0, "")
    for xs, ys in options:
        result = _tokens_variant(xs, ys, min_similarity)
        if result[0] > best[0]:
            best = result
    return best


MIN_SLIP_LENGTH = 5  # shorter words one letter apart are too often two different words ("Mali" / "Bali")


def one_slip(x: str, y: str) -> bool:
    """``y`` is ``x`` with one letter swapped with its neighbour, dropped, added or changed
    (optimal string alignment: "osimhen" / "osimehn" is one edit, as a typist makes it)."""
    return (
        x != y and min(len(x), len(y)) >= MIN_SLIP_LENGTH and abs(len(x) - len(y)) <= 1
        and OSA.distance(x, y, score_cutoff=1) <= 1
    )


def close_enough(x: str, y: str) -> bool:
    """Few enough edits for a misspelling: one in a short word, two in a longer, three in a long one."""
    shorter = min(len(x), len(y))
    allowed = 1 if shorter <= 5 else 2 if shorter <= 9 else 3
    return OSA.distance(strip_marks(x.lower()), strip_marks(y.lower())) <= allowed


def _tokens_variant(xs: list[str], ys: list[str], min_similarity: float) -> tuple[float, str]:
    results = []
    for n, (x, y) in enumerate(zip(xs, ys, strict=True)):
        if [ch for ch in x if ch.isdigit()] != [ch for ch in y if ch.isdigit()]:
            return 0.0, ""  # "Covid-19" / "Covid-22": other digits make another name (the figures check's)
        if len(x) != len(y) and abs(len(x) - len(y)) >= 2 and (x.startswith(y) or y.startswith(x)):
            return 0.0, ""  # "Russia.tv" / "Russia", "Kazakhstan" / "Kazakh": a longer name, no slip
        sim, kind = word_variant(x, y, first_name=n < len(xs) - 1)
        if kind == "same":
            continue
        if kind == "typo" and demonym_of(x, y):
            return 0.0, ""  # "Australian" / "Australia": a people and its country, not a misspelling
        first_dropped = len(min(x, y, key=len)) >= 4 and (x[1:] == y or y[1:] == x)  # "Asian" / "sian"
        if kind not in {"translit", "voicing"} and (
            sim < min_similarity or x[0] != y[0] and not first_dropped or not close_enough(x, y)
        ):
            return 0.0, ""
        results.append((sim, kind))
    if not results:
        return 0.0, ""
    kinds = {k for _, k in results}
    sim = min(s for s, _ in results)
    if kinds == {"gendered"}:
        return sim, "gendered"
    if "voicing" in kinds:
        # an initial t/d, p/b, k/g only alternates in a name romanised by another system throughout
        if "translit" not in kinds:
            return (0.0, "")  # Deng / Teng alone: another name
        kinds = (kinds - {"voicing"}) | {"translit"}
    if kinds == {"translit"}:
        return sim, "translit"
    if "gendered" in kinds:
        return sim, "gendered"
    return sim, "typo"


# Demonyms whose stem is not the country's ("French" / "France")
_IRREGULAR_DEMONYMS = {
    "french": ("france",), "dutch": ("netherlands", "holland"), "british": ("britain", "uk", "united kingdom"),
    "english": ("england",), "scottish": ("scotland",), "welsh": ("wales",), "irish": ("ireland",),
    "spanish": ("spain",), "polish": ("poland",), "danish": ("denmark",), "finnish": ("finland",),
    "swiss": ("switzerland",), "filipino": ("philippines",), "greek": ("greece",), "cypriot": ("cyprus",),
    "emirati": ("uae", "united arab emirates"), "saudi": ("saudi arabia",), "american": ("us", "usa", "united states", "america"),
    "swedish": ("sweden",), "turkish": ("turkey", "turkiye"), "kuwaiti": ("kuwait",), "thai": ("thailand",),
    "lao": ("laos",), "malagasy": ("madagascar",), "monegasque": ("monaco",), "burmese": ("myanmar", "burma"),
    "kiwi": ("new zealand",), "czech": ("czech republic", "czechia"), "slovak": ("slovakia",),
    "uzbek": ("uzbekistan",), "kazakh": ("kazakhstan",), "tajik": ("tajikistan",), "kyrgyz": ("kyrgyzstan",),
    "turkmen": ("turkmenistan",), "afghan": ("afghanistan",), "pakistani": ("pakistan",),
    "german": ("germany",), "norwegian": ("norway",), "peruvian": ("peru",), "congolese": ("congo",),
    "chechen": ("chechnya",), "kosovar": ("kosovo",), "belgian": ("belgium",), "israeli": ("israel",),
}


# what a people's name adds to the stem of its country ("Kore-a" -> "Kore-an", "Leban-on" -> "Leban-ese")
_DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "ese", "ish", "i", "ic", "ite", "ene", "ine", "uese", "vian")
_PLACE_ENDINGS = ("", "a", "e", "i", "o", "y", "on", "um", "ia")


def _people_of(people: str, place: str) -> bool:
    if len(people) > 4 and people.endswith("s") and not people.endswith("ss"):
        people = people[:-1]  # "Russians"
    if len(people) <= len(place):
        return False  # a people's name adds to its place's: "Russion" is "Russian" misspelled, not a demonym
    for strip in _PLACE_ENDINGS:
        if strip and not place.endswith(strip):
            continue
        stem = place[: len(place) - len(strip)]
        ending = people[len(stem) :]
        if ending == "n" and stem[-1:] not in VOWELS:
            continue  # "Kore-a-n", never "Lyon-n": a doubled consonant is a slip
        if len(stem) >= 3 and people.startswith(stem) and ending in _DEMONYM_ENDINGS:
            return True
    return False


def demonym_of(a: str, b: str) -> bool:
    """True when one key is the people or adjective of the other ("russian"/"russia", "french"/"france")."""
    if a == b:
        return False
    if a in _IRREGULAR_DEMONYMS and b in _IRREGULAR_DEMONYMS[a]:
        return True
    if b in _IRREGULAR_DEMONYMS and a in _IRREGULAR_DEMONYMS[b]:
        return True
    aw, bw = a.split(), b.split()
    if len(aw) > 1 or len(bw) > 1:
        return len(aw) == len(bw) and aw[:-1] == bw[:-1] and demonym_of(aw[-1], bw[-1])  # "south korean"
    return _people_of(a, b) or _people_of(b, a)
