"""A tiny stand-in for ``factdiff.lang`` (the interface in XLANG_INTERFACE.md), so the
cross-language alignment, checks and dispatch are tested on their own, on sentences written
for the tests. Only what those sentences need: digits with each language's separators, a few
scale, number, hedge and month words, capitalised names and quotes."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                      "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))


def fold(text: str) -> str:
    out = "".join(_TRANSLIT.get(ch, ch) for ch in text.lower())
    return "".join(c for c in unicodedata.normalize("NFKD", out) if not unicodedata.combining(c))


@dataclass(frozen=True)
class XFact:
    kind: str
    start: int
    end: int
    text: str
    value: float | None = None
    scale: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    key: str = ""
    speaker: str | None = None


@dataclass(frozen=True)
class LanguageGuess:
    code: str
    confidence: float
    script: str
    reason: str


DATA = {
    "en": dict(decimal=".", group=",", scales={"thousand": 1e3, "million": 1e6, "billion": 1e9},
               words={"two": 2, "three": 3, "four": 4, "five": 5},
               hedges={"about": "about", "more than": "more_than", "nearly": "about"},
               months="january february march april may june july august september october november december",
               stop="the a an in on at he she it they but and of this that when"),
    "es": dict(decimal=",", group=".", scales={"mil": 1e3, "millones": 1e6, "millón": 1e6, "mil millones": 1e9},
               words={"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5},
               hedges={"unos": "about", "alrededor de": "about", "más de": "more_than"},
               months="enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
               stop="el la los las en un una y de pero cuando este esta"),
    "id": dict(decimal=",", group=".", scales={"ribu": 1e3, "juta": 1e6, "miliar": 1e9},
               words={"dua": 2, "tiga": 3, "empat": 4, "lima": 5},
               hedges={"sekitar": "about", "lebih dari": "more_than"},
               months="januari februari maret april mei juni juli agustus september oktober november desember",
               stop="di ke dan yang ini itu pada dari tetapi ketika"),
    "ru": dict(decimal=",", group=" ", scales={"тыс.": 1e3, "млн": 1e6, "миллиона": 1e6, "млрд": 1e9},
               words={"два": 2, "три": 3, "четыре": 4, "пять": 5},
               hedges={"около": "about", "более": "more_than"},
               months="января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
               stop="в на и но это он она они"),
}
SCALE_NAME = {1e3: "thousand", 1e6: "million", 1e9: "billion"}
COMMON = {"en": "the said and of was were is", "es": "el la de que los dijo", "id": "yang dan di itu kata",
          "ru": "и в что на сказал"}


def detect(text: str) -> LanguageGuess:
    words = re.findall(r"\w+", text.lower())
    if re.search(r"[а-я]", text.lower()):
        return LanguageGuess("ru", 0.95, "Cyrillic", "Cyrillic letters")
    best, hits = "und", 0
    for code, common in COMMON.items():
        n = sum(w in common.split() for w in words)
        if n > hits:
            best, hits = code, n
    return LanguageGuess(best, 0.95 if hits >= 2 else 0.3, "Latin", f"{hits} common '{best}' words")


class Profile:
    def __init__(self, code: str) -> None:
        self.code, self.name, self.first_class = code, code, code in DATA
        self.d = DATA.get(code, DATA["en"])

    def compares(self) -> tuple[str, ...]:
        return ("number", "date", "name", "quote")

    def sentences(self, text: str) -> list[tuple[int, int]]:
        out = []
        for para in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text):
            start = para.start()
            for m in re.finditer(r"[.!?»\"”](?=\s+[A-ZА-Я«\"“])", para.group()):
                out.append((start, para.start() + m.end()))
                start = para.start() + m.end()
            out.append((start, para.end()))
        return out

    def facts(self, text: str, start: int = 0, end: int | None = None) -> list[XFact]:
        end = len(text) if end is None else end
        seg = text[start:end]
        low = seg.lower()
        d = self.d
        out: list[XFact] = []
        taken: list[tuple[int, int]] = []
        sep_group, sep_dec = re.escape(d["group"]), re.escape(d["decimal"])
        months = d["months"].split()
        for m in re.finditer(r"\b(\d{1,2}) (" + "|".join(months) + r")\b|\b(" + "|".join(months) + r")( \d{1,2})?\b", low):
            mon = months.index(m.group(2) or m.group(3)) + 1
            day = m.group(1) or (m.group(4) or "").strip()
            out.append(XFact("date", start + m.start(), start + m.end(), seg[m.start():m.end()], month=mon,
                             day=int(day) if day else None))
            taken.append(m.span())
        scales = sorted(d["scales"], key=len, reverse=True)
        hedges = sorted(d["hedges"], key=len, reverse=True)
        num = rf"\d{{1,3}}(?:{sep_group}\d{{3}})+(?:{sep_dec}\d+)?|\d+(?:{sep_dec}\d+)?|" + "|".join(d["words"])
        pat = (r"(?:(" + "|".join(map(re.escape, hedges)) + r") )?(" + num + r")(?: (" +
               "|".join(map(re.escape, scales)) + r"))?( %| persen| por ciento| percent)?")
        for m in re.finditer(r"(?<![\w.,])" + pat + r"(?!\w)", low):
            if any(a <= m.start(2) < b for a, b in taken):
                continue
            raw = m.group(2)
            if raw in d["words"]:
                value = float(d["words"][raw])
            else:
                value = float(raw.replace(d["group"], "").replace(d["decimal"], "."))
            scale = None
            if m.group(3):
                value *= d["scales"][m.group(3)]
                scale = SCALE_NAME[d["scales"][m.group(3)]]
            s0 = m.start(1) if m.group(1) else m.start(2)
            out.append(XFact("number", start + s0, start + m.end(), seg[s0:m.end()], value=value, scale=scale,
                             unit="percent" if m.group(4) else None,
                             qualifier=d["hedges"][m.group(1)] if m.group(1) else None, key=f"{value:g}"))
        stop = set(d["stop"].split()) | set(months) | {w.capitalize() for w in d["stop"].split()}
        for m in re.finditer(r"\b[A-ZÁÉÍÓÚÑА-Я][\w'-]+(?: [A-ZÁÉÍÓÚÑА-Я][\w'-]+)*", seg):
            words = m.group().split()
            while words and words[0].lower() in stop:
                words = words[1:]
            if not words:
                continue
            s0 = m.start() + m.group().index(words[0])
            txt = " ".join(words)
            if m.start() == 0 or seg[:m.start()].rstrip().endswith((".", "«", '"', "“")):
                if len(words) == 1 and txt.lower() in stop:
                    continue
            out.append(XFact("name", start + s0, start + s0 + len(txt), txt, key=fold(txt)))
        for m in re.finditer(r"[«“\"]([^»”\"]+)[»”\"]", seg):
            rest = seg[m.end():]
            sp = re.search(r"[A-ZА-Я][\w-]+(?: [A-ZА-Я][\w-]+)*", rest)
            out.append(XFact("quote", start + m.start(1), start + m.end(1), m.group(1),
                             speaker=sp.group() if sp else None))
        return sorted(out, key=lambda f: f.start)


_CACHE: dict[str, Profile] = {}


def get_profile(code: str) -> Profile:
    if code not in _CACHE:
        _CACHE[code] = Profile(code)
    return _CACHE[code]


def use_standin(monkeypatch) -> None:
    """Route ``factdiff.xlang`` and the API's language detection to this stand-in."""
    import sys

    import factdiff.api as api
    import factdiff.xlang.side as side

    monkeypatch.setattr(side, "lang_api", lambda: sys.modules[__name__])
    api.side_language.cache_clear()
    monkeypatch.setattr(api, "side_language", api.side_language.__wrapped__)
