"""The shared logic of every language profile, written once (spaCy's ``Language.Defaults`` idea).

A language is a small subclass of :class:`LanguageProfile` that sets data attributes (number
words, scale words, hedges, percent and currency words, abbreviations, quote marks, speech
verbs, titles) from its package's data modules; everything here reads those attributes.
Separators and month/weekday names come from CLDR through Babel, never typed by hand.

What is extracted is what survives translation: numbers (with scale, percent, currency and
hedge), dates (day, month, year, weekday), names (capitalised runs, keyed in ASCII) and quotes
(with the named speaker). Wording is not: it cannot be compared without translation.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property, lru_cache
from types import ModuleType
from typing import Any

from .model import SCALES, XFact
from .names import is_latin, name_key, name_similarity, stems

_HARD_SPACES = "\u00a0\u202f\u2009"
_SP = "[ \u00a0\u202f\u2009]"  # one space of any width between a number and its scale or unit
_LETTER = r"[^\W\d_]"
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_WORD_PART = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_YEAR_MIN, _YEAR_MAX = 1800, 2100
# What may stand between a sentence start and its first word: quote marks, brackets, dashes.
_LEAD_PUNCT = set("\"'“”„‚‘’«»‹›([{-–—•* \t\u00a0")
_SENTENCE_END_CHARS = set(".!?:…\n")
_DOTTED_ACRONYM = re.compile(r"(?<![^\W\d_])(?:[^\W\d_a-zа-я]{1,2}\.[ -]?){1,}[^\W\d_a-zа-я]{1,2}\.(?![^\W\d_])")
_OPENERS_AT_END = re.compile(r"(?<=\s)[\"“«„‚‘‹]+$")
_DEFAULT_QUOTES = (("“", "”"), ("„", "“"), ("«", "»"), ("‘", "’"), ("‚", "‘"), ("\"", "\""),
                   ("„", "”"), ("»", "«"), ("‹", "›"), ("”", "”"))
# Currency symbols every profile reads before (or after) a figure.
_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH",
            "₹": "INR", "₩": "KRW", "₺": "TRY", "CHF": "CHF", "USD": "USD", "EUR": "EUR",
            "GBP": "GBP", "JPY": "JPY", "RUB": "RUB", "UAH": "UAH", "IDR": "IDR", "CNY": "CNY"}


def _alternation(words: Any, *, ignore_case: bool = True) -> str:
    """A regex alternation of ``words``, longest first (so "mil millones" wins over "mil")."""
    forms = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not forms:
        return "(?!x)x"
    body = "|".join(re.escape(w).replace("\\ ", _SP + "+") for w in forms)
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def _canon(value: float) -> str:
    """The canonical text of a value: "1500000", "1.5", "0.25"."""
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    return repr(round(value, 6))


class LanguageProfile:
    """The defaults every language shares; a language overrides the data attributes only.

    A language names its data modules (``class French(LanguageProfile, data=(numbers, ...))``):
    each upper-case name of theirs that is a profile attribute in upper case sets it
    (``NUMBER_WORDS`` -> ``number_words``), so a language package is its data and a few flags.
    """

    def __init_subclass__(cls, data: tuple[ModuleType, ...] = (), **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for module in data:
            for const, value in vars(module).items():
                attr = const.lower()
                if const.isupper() and attr in _DATA_ATTRIBUTES:
                    setattr(cls, attr, value)

    code: str = "xx"
    name: str = "generic"
    first_class: bool = False
    spacy_code: str | None = None  # the spaCy language class to tokenise with (None: code, else "xx")
    babel_locale: str | None = None  # CLDR locale for separators and month names (None: code)
    compares_kinds: tuple[str, ...] = ("number", "date", "name", "quote")

    # numbers
    number_words: dict[str, float] = {}  # "dua": 2.0; read as figures on their own
    article_ones: frozenset[str] = frozenset()  # "un", "una": 1 only before a scale word ("un millón")
    scale_words: dict[str, float] = {}  # "juta": 1e6, "mil millones": 1e9, "Mio.": 1e6
    percent_words: tuple[str, ...] = ()  # "persen", "por ciento"
    money_suffixes: dict[str, float] = {}  # after a currency symbol only: "£125m", "$3k"
    currency_before: dict[str, str] = {}  # "Rp": "IDR" (symbols of _SYMBOLS are always read)
    currency_after: dict[str, str] = {}  # "dolar AS": "USD", "euros": "EUR"
    hedges: dict[str, str] = {}  # "lebih dari": "more_than"; read right before a figure
    # dates
    date_connectors: tuple[str, ...] = ()  # between day, month and year: "de", "del"
    year_suffixes: tuple[str, ...] = ()  # "года", "г.", "року"
    month_day_order: bool = False  # "March 3" (English) as well as "3 March"
    ambiguous_months: frozenset[str] = frozenset()  # month names that are also words: need a day or year
    month_cues: frozenset[str] = frozenset()  # or one of these words before them: "in", "late"
    extra_months: dict[str, int] = {}  # forms CLDR lacks (other cases): "марте": 3
    extra_weekdays: dict[str, int] = {}  # "среду": 2 (accusative)
    relative_days: dict[str, int] = {}  # "kemarin": -1, "hoy": 0 (see relative_dates)
    # names
    titles: frozenset[str] = frozenset()  # lowercase: "presiden", "jenderal"; never part of a name
    name_particles: frozenset[str] = frozenset()  # lowercase words inside a name: "de", "van", "bin"
    extra_stop_words: frozenset[str] = frozenset()  # capitalised at a sentence start, never names
    nouns_capitalised: bool = False  # German: a capitalised word is a noun unless shown a name
    elisions: tuple[str, ...] = ()  # French/Italian elided words before an apostrophe: "l", "d", "dell"
    exonyms: dict[str, str] = {}  # local name or acronym -> English key: "США": "united states"
    inflected_names: bool = False  # Russian, Ukrainian: look names up without their case ending
    # sentences and quotes
    abbreviations: tuple[str, ...] = ()  # "Dr.", "Jend.", "z. B.": no sentence ends after them
    quote_marks: tuple[tuple[str, str], ...] = ()  # (open, close), the language's own first
    speech_verbs: frozenset[str] = frozenset()  # lowercase: "kata", "dijo", "сказал"
    speech_phrases: tuple[str, ...] = ()  # "menurut", "según", "по словам": attribute to the next name

    # ---- set-up (once per profile; profiles are cached by get_profile) ----

    @cached_property
    def locale(self) -> str:
        return self.babel_locale or self.code

    @cached_property
    def separators(self) -> tuple[str, str]:
        """(decimal, group) symbols from CLDR; English ones when Babel does not know the locale."""
        try:
            from babel.numbers import get_decimal_symbol, get_group_symbol

            return get_decimal_symbol(locale=self.locale), get_group_symbol(locale=self.locale)
        except Exception:
            return ".", ","

    @cached_property
    def months(self) -> dict[str, int]:
        """Every month form (lowercase) -> 1..12: CLDR format and stand-alone, wide and abbreviated
        (Russian: the genitive "марта" and the nominative "март"), plus the profile's other cases."""
        out = dict(self.wide_months)
        try:
            from babel.dates import get_month_names

            for context in ("format", "stand-alone"):
                for num, form in get_month_names("abbreviated", context, self.locale).items():
                    form = form.lower()
                    if len(form.rstrip(".")) >= 3:
                        out.setdefault(form, num)
                        out.setdefault(form.rstrip("."), num)
        except Exception:
            pass
        return out

    @cached_property
    def wide_months(self) -> dict[str, int]:
        """The full month names (lowercase) -> 1..12; an abbreviation counts only beside a day or year."""
        out: dict[str, int] = {}
        try:
            from babel.dates import get_month_names

            for context in ("format", "stand-alone"):
                for num, form in get_month_names("wide", context, self.locale).items():
                    out.setdefault(form.lower(), num)
        except Exception:
            pass
        out.update({k.lower(): v for k, v in self.extra_months.items()})
        return out

    @cached_property
    def weekdays(self) -> dict[str, int]:
        """Every weekday form (lowercase) -> 0 (Monday)..6: CLDR wide names plus the language's extras."""
        out: dict[str, int] = {}
        try:
            from babel.dates import get_day_names

            for context in ("format", "stand-alone"):
                for num, form in get_day_names("wide", context, self.locale).items():
                    out.setdefault(form.lower(), num)
        except Exception:
            pass
        out.update({k.lower(): v for k, v in self.extra_weekdays.items()})
        return out

    @cached_property
    def _capitalised_calendar(self) -> bool:
        """Whether CLDR writes this language's month names capitalised (en, id, de)."""
        try:
            from babel.dates import get_month_names

            return get_month_names("wide", "format", self.locale)[1][:1].isupper()
        except Exception:
            return True

    @cached_property
    def stop_words(self) -> frozenset[str]:
        """spaCy's stop words for the language (lowercase), plus the profile's own."""
        words: set[str] = set()
        try:
            import importlib

            mod = importlib.import_module(f"spacy.lang.{self.spacy_code or self.code}.stop_words")
            words = {w.lower() for w in mod.STOP_WORDS}
        except Exception:
            pass
        return frozenset(words | set(self.extra_stop_words))

    @cached_property
    def nlp(self) -> Any:
        """spaCy's blank pipeline for the language with the rule-based sentencizer."""
        import spacy

        try:
            nlp = spacy.blank(self.spacy_code or self.code)
        except Exception:
            nlp = spacy.blank("xx")
        nlp.add_pipe("sentencizer")
        return nlp

    @cached_property
    def _exonym_index(self) -> dict[str, str]:
        """Name key -> English key, for names that translation replaces rather than spells:
        country names from CLDR ("Alemania", "Китай" -> "germany", "china") and the profile's
        aliases and acronyms ("EE. UU.", "США", "PBB"). Inflected languages also by stem."""
        index: dict[str, str] = {}
        try:
            from babel import Locale

            english = Locale.parse("en").territories
            local = Locale.parse(self.locale).territories
            for code, name in local.items():
                if code.isalpha() and code in english:
                    local_name = name.split(" (")[0]  # "Мьянма (Бирма)"
                    index[name_key(local_name, self.code)] = (
                        _ENGLISH_KEYS.get(code) or name_key(english[code].split(" (")[0]))
        except Exception:
            pass
        for local_name, key in self.exonyms.items():
            index[name_key(local_name, self.code)] = key
        if self.inflected_names:
            for k, v in list(index.items()):
                if " " not in k:
                    for stem in stems(k)[1:]:
                        if len(stem) >= 4:
                            index.setdefault("~" + stem, v)
        return index

    @cached_property
    def _multiword_exonyms(self) -> list[tuple[tuple[frozenset[str], ...], str]]:
        """Multi-word replaced names with each word's stems ("Північна Корея" in any case)."""
        return [(tuple(frozenset(stems(t)) for t in k.split()), v)
                for k, v in self._exonym_index.items() if " " in k and not k.startswith("~")]

    @cached_property
    def _key_cache(self) -> dict[str, str]:
        return {}

    def name_key(self, text: str) -> str:
        """The comparison key of a name in this language: its English key when translation
        replaces the name ("Alemania" -> "germany"), else its transliteration ("Лукашенко" -> "lukashenko")."""
        cache = self._key_cache
        found = cache.get(text)
        if found is None:
            if len(cache) > 50_000:
                cache.clear()
            found = cache[text] = self._name_key(text)
        return found

    def _name_key(self, text: str) -> str:
        key = name_key(text, self.code)
        index = self._exonym_index
        found = index.get(key)
        if found is None and self.inflected_names and " " not in key:
            for stem in stems(key):
                found = index.get("~" + stem) or index.get(stem)
                if found:
                    break
        elif found is None and self.inflected_names:
            words = [frozenset(stems(t)) for t in key.split()]
            for entry, english in self._multiword_exonyms:
                if len(entry) == len(words) and all(a & b for a, b in zip(entry, words, strict=True)):
                    found = english
                    break
        return found or key

    @cached_property
    def _abbreviation_set(self) -> frozenset[str]:
        return frozenset(self.abbreviations) | {a.capitalize() for a in self.abbreviations}

    def _calendar_forms(self, table: dict[str, int]) -> str:
        forms: set[str] = set()
        for form in table:
            if not self._capitalised_calendar:  # "marzo", "марта": lowercase, capitalised first in a sentence
                forms.add(form)
            forms.add(form[:1].upper() + form[1:])  # "Maret", "March": never lowercase ("minggu" is a week)
            forms.add(form.upper())
        return _alternation(forms, ignore_case=False)

    @cached_property
    def _rx(self) -> dict[str, re.Pattern[str]]:
        """The profile's regular expressions, compiled once from its data."""
        dec, group = self.separators
        space_group = group.isspace() or group in _HARD_SPACES
        seps = "[.,'" + _HARD_SPACES + ("]" if not space_group else "]|" + r" (?=\d{3}(?!\d))")
        # groups of three after a space of any width ("20 000", "1 403,5"), where a plain space
        # cannot be two figures side by side (the first group has at most three digits)
        spaced = r"\d{1,3}(?:[ " + _HARD_SPACES + r"]\d{3})+(?:[.,]\d+)?(?![\d])"
        blob = rf"(?:{spaced}|\d+(?:(?:{seps})\d+)*)"
        scale = _alternation(self.scale_words)
        scale_end = r"(?:(?<=\.)|" + _NOT_LETTER_AFTER + ")"
        pct = "(?:%|" + _alternation(self.percent_words) + _NOT_LETTER_AFTER + ")"
        cur_before = dict(_SYMBOLS)
        cur_before.update(self.currency_before)
        cb = _alternation(cur_before, ignore_case=False)
        ca = _alternation({**_SYMBOLS, **self.currency_after})
        words = dict(self.number_words)
        word_alt = _alternation(words)
        ones = _alternation(self.article_ones)
        number = (
            rf"(?:(?P<cb>{cb}){_SP}?)?"
            rf"(?:(?P<num>(?<![\d.,]){blob}(?![\d]))"
            rf"|{_NOT_LETTER_BEFORE}(?P<nw>{word_alt}){_NOT_LETTER_AFTER}"
            rf"|{_NOT_LETTER_BEFORE}(?P<one>{ones})(?={_SP}+{scale}))"
            rf"(?:{_SP}*(?P<scale>{scale}){scale_end})?"
            rf"(?:{_SP}*(?P<pct>{pct}))?"
            rf"(?:{_SP}*(?P<ca>{ca}){_NOT_LETTER_AFTER})?"
        )
        hedge = _alternation(self.hedges)
        months = self._calendar_forms(self.months)
        weekdays = self._calendar_forms(self.weekdays)
        conn = _alternation(self.date_connectors)
        ysuf = _alternation(self.year_suffixes)
        day = r"(?P<d1>(?<!\d)(?:[12]\d|3[01]|0?[1-9]))(?:\.|º|°|er|st|nd|rd|th|-?го|-?е)?"
        date = (
            rf"(?:(?P<wd>{weekdays}){_NOT_LETTER_AFTER},?{_SP}+)?"
            rf"(?:{day}{_SP}+(?:{conn}{_SP}+)?)?"
            rf"{_NOT_LETTER_BEFORE}(?P<m>{months})(?:{_NOT_LETTER_AFTER}|(?<=\.))"
            + (r"(?:" + _SP + r"+(?P<d2>(?:[12]\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?(?!\d))?"
               if self.month_day_order else "")
            + rf"(?:,?{_SP}+(?:{conn}{_SP}+)?(?P<y>(?:1[89]|20)\d\d)(?!\d)(?:{_SP}+{ysuf}{_NOT_LETTER_AFTER})?)?"
        )
        abbr = _alternation(self.abbreviations, ignore_case=False)
        suffixes = _alternation(self.money_suffixes)
        bare = [w for w, v in self.scale_words.items()
                if v >= 1e3 and len(w) >= 4 and not w.endswith(".") and not w.isupper()]
        return {
            "number": re.compile(number),
            "relative": re.compile(rf"{_NOT_LETTER_BEFORE}{_alternation(self.relative_days)}{_NOT_LETTER_AFTER}"),
            "money_suffix": re.compile(rf"({suffixes}){_NOT_LETTER_AFTER}"),
            "bare_scale": re.compile(rf"{_NOT_LETTER_BEFORE}{_alternation(bare)}{_NOT_LETTER_AFTER}"),
            "hedge": re.compile(rf"{_NOT_LETTER_BEFORE}(?:{hedge})(?:{_SP}+|(?<=['’]))$"),
            "date": re.compile(date),
            "weekday": re.compile(rf"{_NOT_LETTER_BEFORE}(?P<wd>{weekdays}){_NOT_LETTER_AFTER}"),
            "elision": re.compile(r"(?i:" + "|".join(map(re.escape, self.elisions)) + r")['’]"
                                  if self.elisions else r"(?!x)x"),
            "abbr_end": re.compile(rf"(?:{_NOT_LETTER_BEFORE}(?:{abbr})|(?<![^\W\d_])[^\W\d_]\.)$"),
        }

    # ---- sentences ----

    def sentences(self, text: str) -> list[tuple[int, int]]:
        """Sentence spans (start, end) into ``text``: spaCy's sentencizer, paragraphs always break,
        and no sentence ends after one of the language's abbreviations or an initial ("J.")."""
        return list(_sentences(self, text))

    def _blocks(self, text: str) -> list[tuple[int, int]]:
        """Lines and paragraphs: a newline breaks unless the next line goes on in lowercase."""
        out: list[tuple[int, int]] = []
        pos = 0
        for m in re.finditer(r"\n", text):
            nxt = text[m.end():m.end() + 40].lstrip(" \t")
            if nxt[:1].islower() and text[pos:m.start()].strip():
                continue  # a wrapped line goes on
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, len(text)))
        return [(a, b) for a, b in out if text[a:b].strip()]

    def _split(self, text: str) -> list[tuple[int, int]]:
        blocks = self._blocks(text)
        spans: list[tuple[int, int]] = []
        for (b0, _b1), doc in zip(blocks, self.nlp.pipe(text[a:b] for a, b in blocks), strict=True):
            for sent in doc.sents:
                s, e = b0 + sent.start_char, b0 + sent.end_char
                while e > s and text[e - 1].isspace():
                    e -= 1
                while s < e and text[s].isspace():
                    s += 1
                if e > s:
                    spans.append((s, e))
        return self._join_abbreviations(text, spans)

    def _join_abbreviations(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        if not spans:
            return spans
        fixed: list[tuple[int, int]] = []
        for i, (s, e) in enumerate(spans):
            m = _OPENERS_AT_END.search(text, s, e)
            if m and i + 1 < len(spans) and m.start() > s:
                ne = m.start()
                while ne > s and text[ne - 1].isspace():
                    ne -= 1
                fixed.append((s, ne))
                spans[i + 1] = (m.start(), spans[i + 1][1])
            else:
                fixed.append((s, e))
        spans = fixed
        abbr_end = self._rx["abbr_end"]
        out = [spans[0]]
        for s, e in spans[1:]:
            ps, pe = out[-1]
            gap = text[pe:s]
            nxt = text[s:s + 1]
            if "\n" not in gap and (abbr_end.search(text, max(ps, pe - 12), pe) or nxt.islower()):
                out[-1] = (ps, e)
            else:
                out.append((s, e))
        return out

    # ---- facts ----

    def compares(self) -> tuple[str, ...]:
        """The fact kinds this profile extracts reliably."""
        return self.compares_kinds

    def facts(self, text: str, start: int = 0, end: int | None = None) -> list[XFact]:
        """Comparable facts in ``text[start:end]``; spans are offsets into the full ``text``."""
        end = len(text) if end is None else min(end, len(text))
        start = max(0, start)
        if start >= end:
            return []
        dates = self.dates(text, start, end)
        taken = [(f.start, f.end) for f in dates]
        in_dates = _Spans(taken)
        numbers = [f for f in self.numbers(text, start, end) if not in_dates.overlaps(f.start, f.end)]
        years = self._years(numbers)
        numbers = [f for f in numbers if f not in years]
        out = numbers + dates + [_as_year(f) for f in years]
        if "name" in self.compares_kinds:
            taken += [(f.start, f.end) for f in numbers]
            in_figures = _Spans(taken)
            out += [f for f in self.names(text, start, end) if not in_figures.overlaps(f.start, f.end)]
        if "quote" in self.compares_kinds:
            out += self.quotes(text, start, end)
        return sorted(out, key=lambda f: (f.start, f.end, f.kind))

    def parse_digits(self, digits: str) -> float | None:
        """The value of a digit string under the language's CLDR separators, None if not a number.

        "1.403" is 1403 where "." groups (id, de, es), 1.403 where it is the decimal point (en);
        "1,5" is 1.5 where "," is decimal; a space-like separator always groups ("1 403").
        A separator not followed by exactly three digits is read as a decimal point.
        """
        dec, group = self.separators
        parts = re.split(r"([.,'" + _HARD_SPACES + " ])", digits)
        nums, seps = parts[0::2], parts[1::2]
        if not seps:
            return float(int(digits))
        kinds = set(seps)
        spaces = {s for s in kinds if s.isspace() or s == "'"}
        marks = kinds - spaces
        if len(marks) == 2:  # "1,403.5" or "1.403,5": the last one is the decimal point
            last = seps[-1]
            if last in spaces or seps.count(last) != 1:
                return None
            grouping, frac = nums[:-1], nums[-1]
        elif len(marks) == 1:
            mark = next(iter(marks))
            n = seps.count(mark)
            follows = [nums[i + 1] for i, s in enumerate(seps) if s == mark]
            three = all(len(f) == 3 for f in follows)
            if n > 1:
                if not three:
                    return None
                grouping, frac = nums, ""
            elif mark == dec and not (mark == group):
                if seps[-1] != mark:
                    return None
                grouping, frac = nums[:-1], nums[-1]
            elif three and len(nums[0]) <= 3 and not (mark == dec):
                grouping, frac = nums, ""
            elif seps[-1] == mark:
                grouping, frac = nums[:-1], nums[-1]
            else:
                return None
        else:
            grouping, frac = nums, ""
        if len(grouping) > 1 and (len(grouping[0]) > 3 or any(len(g) != 3 for g in grouping[1:])):
            return None
        whole = "".join(grouping)
        return float(f"{int(whole)}.{frac}") if frac else float(int(whole))

    def numbers(self, text: str, start: int = 0, end: int | None = None) -> list[XFact]:
        """Figures: digits under CLDR separators or number words, with scale, percent, currency, hedge."""
        end = len(text) if end is None else end
        rx = self._rx
        scales = {k.lower(): v for k, v in self.scale_words.items()}
        words = {k.lower(): v for k, v in self.number_words.items()}
        cur_after = {k.lower(): v for k, v in {**_SYMBOLS, **self.currency_after}.items()}
        cur_before = {**_SYMBOLS, **self.currency_before}
        hedges = {k.lower(): v for k, v in self.hedges.items()}
        out: list[XFact] = []
        for m in rx["number"].finditer(text, start, end):
            s, e = m.span()
            if m.group("num") is not None and m.group("cb") is None and _glued(text, s, e):
                continue  # a code: "G20", "COVID-19", "MH17"
            if m.group("num") is not None:
                digits = m.group("num")
                value = self.parse_digits(digits)
                if value is None:  # "1.2.3": take the first run only
                    first = re.match(r"\d+", digits)
                    assert first is not None
                    value = float(int(first.group()))
                    e = m.start("num") + first.end()
                    if m.group("cb") is None:
                        s = m.start("num")
                    out.append(self._number(text, s, e, value, None, None, None))
                    continue
            elif m.group("nw") is not None:
                value = float(words[_squash(m.group("nw"))])
            else:
                value = 1.0
            scale_name = None
            suffix = self.money_suffixes and m.group("cb") and not m.group("scale") and \
                self._rx["money_suffix"].match(text, e)
            if suffix:  # "£125m", "$3k"
                m_scale = self.money_suffixes[suffix.group(1).lower()]
                value *= m_scale
                scale_name = SCALES.get(m_scale)
                e = suffix.end()
            elif m.group("scale"):
                mult = scales.get(_squash(m.group("scale")), scales.get(_squash(m.group("scale")).rstrip("."), 1.0))
                value *= mult
                scale_name = SCALES.get(mult)
            elif m.group("nw") is not None and value in SCALES and value >= 1e3:
                scale_name = SCALES[value]
            unit = None
            if m.group("pct"):
                unit = "percent"
            if m.group("cb"):
                unit = cur_before.get(m.group("cb"), unit)
            if m.group("ca") and not m.group("pct"):
                unit = cur_after.get(_squash(m.group("ca")), unit)
            elif m.group("ca"):
                e = m.start("ca")
                while text[e - 1].isspace():
                    e -= 1
            qualifier = None
            hm = rx["hedge"].search(text, max(0, s - 40), s)
            if hm:
                qualifier = hedges.get(_squash(hm.group().strip()))
            out.append(self._number(text, s, e, value, scale_name, unit, qualifier))
        figures = _Spans([(f.start, f.end) for f in out])
        for m in rx["bare_scale"].finditer(text, start, end):  # "millions of people", "миллиарды"
            s, e = m.span()
            if figures.overlaps(s, e):
                continue
            mult = scales[_squash(m.group())]
            out.append(XFact("number", s, e, text[s:e], value=mult, scale=SCALES.get(mult),
                             qualifier="about", key=_canon(mult)))
        return sorted(out, key=lambda f: f.start)

    def _number(self, text: str, s: int, e: int, value: float, scale: str | None,
                unit: str | None, qualifier: str | None) -> XFact:
        while e > s and text[e - 1] in " \u00a0\u202f\u2009":
            e -= 1
        return XFact("number", s, e, text[s:e], value=value, scale=scale, unit=unit,
                     qualifier=qualifier, key=_canon(value))

    @staticmethod
    def _years(numbers: list[XFact]) -> list[XFact]:
        """Bare four-digit figures that read as years ("pada 2019"): dates, not counts."""
        return [f for f in numbers
                if f.scale is None and f.unit is None and f.text.isdigit() and len(f.text) == 4
                and _YEAR_MIN <= (f.value or 0) <= _YEAR_MAX]

    def dates(self, text: str, start: int = 0, end: int | None = None) -> list[XFact]:
        """Month dates ("12 Maret 2020", "3 марта", "March 3, 2020") and weekdays, names from CLDR."""
        end = len(text) if end is None else end
        out: list[XFact] = []
        taken: list[tuple[int, int]] = []
        for m in self._rx["date"].finditer(text, start, end):
            month_word = m.group("m")
            d = m.group("d1") or (m.groupdict().get("d2"))
            y = m.group("y")
            if month_word.lower().rstrip(".") in self.ambiguous_months and not (d or y) \
                    and not self._month_cue(text, m.start("m"), m.end("m")):
                continue  # "Theresa May", "they march": a month only beside a day, a year or a cue
            if not (d or y) and month_word.lower() not in self.wide_months:
                continue  # "mar" (the sea), "Jan": an abbreviation alone is no date
            if m.group("wd") and not (d or y) and m.group("m") is None:
                continue
            s, e = m.span()
            wd = m.group("wd")
            out.append(XFact(
                "date", s, e, text[s:e],
                year=int(y) if y else None,
                month=self.months.get(month_word.lower(), self.months.get(month_word.lower().rstrip("."))),
                day=int(d) if d else None,
                weekday=self.weekdays.get(wd.lower()) if wd else None,
                key=_date_key(int(y) if y else None,
                              self.months.get(month_word.lower(), self.months.get(month_word.lower().rstrip("."))),
                              int(d) if d else None),
            ))
            taken.append((s, e))
        in_dates = _Spans(taken)
        for m in self._rx["weekday"].finditer(text, start, end):
            s, e = m.span()
            if in_dates.overlaps(s, e):
                continue
            wd = self.weekdays[m.group("wd").lower()]
            out.append(XFact("date", s, e, text[s:e], weekday=wd, key=f"weekday:{wd}"))
        return out

    def relative_dates(self, text: str, start: int = 0, end: int | None = None) -> list[XFact]:
        """Relative days ("yesterday", "kemarin", "вчера") as dates keyed "rel:-1", "rel:0", "rel:1".

        Not part of :meth:`facts`: a translation may turn "on Monday" into "yesterday" when the
        story is re-dated, so a caller compares these only where it chooses to (e.g. an English
        "yesterday" against a copy's "besok")."""
        if not self.relative_days:
            return []
        end = len(text) if end is None else end
        days = {k.lower(): v for k, v in self.relative_days.items()}
        out = []
        for m in self._rx["relative"].finditer(text, start, end):
            offset = days[_squash(m.group())]
            out.append(XFact("date", m.start(), m.end(), m.group(), key=f"rel:{offset:+d}".replace("+0", "0")))
        return out

    def _month_cue(self, text: str, s: int, e: int) -> bool:
        """An ambiguous month name after a word that announces a time ("in May", "late March",
        "mid-March") and not a possessive ("May's plan")."""
        if text[e:e + 2] in ("'s", "’s") or not self.month_cues:
            return False
        before = re.search(r"([^\W\d_]+)[ \u00a0-]+$", text[max(0, s - 20):s])
        return bool(before) and before.group(1).lower() in self.month_cues

    # ---- names ----

    def names(self, text: str, start: int = 0, end: int | None = None) -> list[XFact]:
        """Capitalised runs that are names: not a title, month, weekday or stop word, and not a
        common word standing first in its sentence; the key is the ASCII transliteration."""
        end = len(text) if end is None else end
        stats = _doc_stats(self, text)
        out: list[XFact] = []
        dotted = [m.span() for m in _DOTTED_ACRONYM.finditer(text, start, end)]
        for s, e in dotted:  # "U.S.", "EE. UU.", "É.-U."
            out.append(XFact("name", s, e, text[s:e], key=self.name_key(text[s:e])))
        in_dotted = _Spans(dotted)
        # German joins names into compounds with a hyphen ("Facebook-Seite"): read the parts
        word_rx = _WORD_PART if self.nouns_capitalised else _WORD_TOKEN
        tokens = [self._unelide(m) for m in word_rx.finditer(text, start, end)
                  if not (dotted and in_dotted.overlaps(m.start(), m.start() + 1))]
        run: list[re.Match[str]] = []

        def flush() -> None:
            while run and run[-1].group().lower() in self.name_particles:
                run.pop()
            # a common word the text also writes in lowercase, leading a run that goes on with a
            # name ("Menteri Luar Negeri Retno Marsudi"), is left out; an all-common run is an
            # organisation's name ("Open Data Institute") and stays whole
            common = [self._common_word(t.group(), stats) or t.group().lower() in self.name_particles
                      for t in run]
            if not all(common):
                while run and common[0]:
                    run.pop(0)
                    common.pop(0)
            if run and any(len(t.group()) > 1 for t in run):  # "z. B.", "Т. е.": no name
                s, e = run[0].start(), run[-1].end()
                out.append(XFact("name", s, e, text[s:e], key=self.name_key(text[s:e])))
            run.clear()

        for i, tok in enumerate(tokens):
            word = tok.group()
            if run:
                gap = text[run[-1].end():tok.start()]
                prev = run[-1].group()
                joined = gap in (" ", "\u00a0") or (gap in (". ", ".\u00a0") and len(prev) == 1) \
                    or (gap == "-" and self.nouns_capitalised)
                if not joined:
                    flush()
            if run and word.lower() in self.name_particles and self._particle_joins(text, tokens, i):
                run.append(tok)
                continue
            if self._name_word(word, tok.start(), text, stats, in_run=bool(run)):
                run.append(tok)
            elif (not run and not self.nouns_capitalised and tok.start() in stats.starts and len(word) > 1
                  and word[:1].isupper() and word.lower() not in stats.lowercase
                  and word.lower() not in self.stop_words and word.lower() not in self.titles
                  and word.lower() not in self.months and word.lower() not in self.weekdays
                  and _zipf(name_key(word), "en") >= 2.5  # first names travel: John, Pedro, Anna
                  and i + 1 < len(tokens) and text[tok.end():tokens[i + 1].start()] == " "
                  and self._name_word(tokens[i + 1].group(), tokens[i + 1].start(), text, stats,
                                      in_run=False)):
                run.append(tok)  # "John McDonnell said": a first word the text never writes in lowercase
            else:
                flush()
        flush()
        return sorted(out, key=lambda f: f.start)

    def anchored_names(self, text: str, keys: Any, start: int = 0, end: int | None = None,
                       threshold: float = 0.85) -> list[XFact]:
        """The names of ``text[start:end]`` plus capitalised words or runs that match one of
        ``keys`` (the other side's name keys: the English side's names as anchors), found where
        the profile alone would not call them names: "Trump" in German, where every noun is
        capitalised; a name first in its sentence. Matching is phonetic for non-Latin text."""
        end = len(text) if end is None else end
        found = self.names(text, start, end)
        keys = [k for k in dict.fromkeys(keys) if k]
        if not keys:
            return found
        taken = [(f.start, f.end) for f in found]
        tokens = [self._unelide(m) for m in _WORD_TOKEN.finditer(text, start, end)]
        extra: list[XFact] = []
        for i, tok in enumerate(tokens):
            skip = self.stop_words | self.titles
            if not tok.group()[:1].isupper() or tok.group().lower() in skip:
                continue
            best: tuple[float, int, int] | None = None
            for j in range(i, min(i + 4, len(tokens))):
                if j > i and (text[tokens[j - 1].end():tokens[j].start()] != " "
                              or not tokens[j].group()[:1].isupper()
                              or tokens[j].group().lower() in skip):
                    break
                s, e = tok.start(), tokens[j].end()
                if any(s < b and a < e for a, b in taken):
                    break
                key = self.name_key(text[s:e])
                phon = not is_latin(text[s:e])
                score = max(name_similarity(key, k, phonetic=phon) for k in keys)
                if score >= threshold and (best is None or score >= best[0]):
                    best = (score, s, e)
            if best:
                _, s, e = best
                extra.append(XFact("name", s, e, text[s:e], key=self.name_key(text[s:e])))
                taken.append((s, e))
        return sorted(found + extra, key=lambda f: f.start)

    def _particle_joins(self, text: str, tokens: list[re.Match[str]], i: int) -> bool:
        """Whether the particle at ``tokens[i]`` stands inside a name: particles ("de la") then a
        capitalised word, each one space apart ("Pedro de la Vega", "Ludwig van Beethoven")."""
        j = i
        while j + 1 < len(tokens) and text[tokens[j].end():tokens[j + 1].start()] == " ":
            j += 1
            nxt = tokens[j].group()
            if nxt[:1].isupper():
                return True
            if nxt.lower() not in self.name_particles:
                return False
        return False

    def _unelide(self, m: re.Match[str]) -> re.Match[str]:
        """The word without an elided article or preposition ("L'inflation" -> "inflation")."""
        if self.elisions:
            e = self._rx["elision"].match(m.group())
            if e and e.end() < len(m.group()):
                inner = _WORD_TOKEN.match(m.string, m.start() + e.end(), m.end())
                if inner:
                    return inner
        return m

    def _name_word(self, word: str, pos: int, text: str, stats: _DocStats, *, in_run: bool) -> bool:
        if not word[:1].isupper():
            return False
        low = word.lower()
        if low in self.titles or (low in self.months and low not in self.ambiguous_months) \
                or low in self.weekdays:
            return False  # ("Theresa May" is a name; "in May" a date, which facts() prefers)
        if text[pos + len(word):pos + len(word) + 1] == "." and word + "." in self._abbreviation_set:
            return False
        if len(word) >= 2 and word.isupper():
            return True  # an acronym: NATO, PBB, ООН
        if len(word) == 1:
            return text[pos + 1:pos + 2] == "."  # an initial
        if low in self.stop_words and low not in self.ambiguous_months:  # "May" is a name too
            return False
        if self.name_key(word) != name_key(word, self.code):
            return True  # a country or alias the language replaces in translation: "Nordkorea"
        initial = pos in stats.starts
        if not initial and not self.nouns_capitalised:
            return True
        if in_run and not self.nouns_capitalised:
            return True
        return self._proper_by_evidence(low, stats)

    def _looks_like_a_noun(self, low: str) -> bool:
        """A rare German word built like a noun: a noun ending ("-ung", "-in"), an inflected
        frequent word ("Plädoyers"), or a compound of two frequent words ("Heimteam", "Todesnacht")."""
        if low.endswith(_GERMAN_NOUN_ENDINGS):
            return True
        code = self.code
        for suffix in ("s", "es", "n", "en", "e", "er", "ern", "in"):
            if low.endswith(suffix) and _zipf(low[: -len(suffix)], code) >= 3.5:
                return True
        for i in range(4, len(low) - 3):  # both parts of four letters or more
            left, right = low[:i], low[i:]
            if _zipf(right, code) >= 3.3 and (_zipf(left, code) >= 3.3 or (
                    left[-1] == "s" and _zipf(left[:-1], code) >= 3.3)):
                return True
        return False

    def _common_word(self, word: str, stats: _DocStats) -> bool:
        """A capitalised common word at the edge of a run ("Menteri Luar Negeri", "Kota"): the
        text writes it in lowercase elsewhere (titles are left out before)."""
        return not word.isupper() and word.lower() in stats.lowercase

    def _proper_by_evidence(self, low: str, stats: _DocStats) -> bool:
        """A capitalised word first in its sentence (or any German noun) is a name on evidence:
        the text writes it capitalised mid-sentence and never in lowercase; it is rare in the
        language; or English knows it as a name (WordNet's first sense an instance: "Berlin") or
        uses it about as often while not knowing it as a common noun (names travel, words do not)."""
        if low in stats.lowercase:
            return False
        if not self.nouns_capitalised and low in stats.mid_caps:
            return True
        zf = _zipf(low, self.code)
        if self.nouns_capitalised:
            if zf < 2.5 and len(low) <= 12 and not self._looks_like_a_noun(low):
                return True  # a rare word that is not built like a German noun: a name
        elif zf < 2.5:
            return True
        if self.code == "en":
            return False
        key = name_key(low)
        sense = _english_noun_sense(key)
        if sense == "instance":
            return True
        if sense == "common":
            return False
        ze = _zipf(key, "en")
        return ze >= 2.0 and ze >= zf - (1.5 if self.nouns_capitalised else 2.0)

    # ---- quotes ----

    def quotes(self, text: str, start: int = 0, end: int | None = None) -> list[XFact]:
        """Quoted passages of three words or more, with the named speaker when the sentence says who."""
        end = len(text) if end is None else end
        out: list[XFact] = []
        seen: list[tuple[int, int]] = []
        pairs = tuple(self.quote_marks) + tuple(p for p in _DEFAULT_QUOTES if p not in self.quote_marks)
        for opener, closer in pairs:
            pattern = _quote_rx(opener, closer)
            for m in pattern.finditer(text, start, end):
                s, e = m.span()
                if any(s < b and a < e for a, b in seen):
                    continue
                inner = m.group(1)
                if len(inner.split()) < 3:
                    continue
                seen.append((s, e))
                speaker = self._speaker(text, s, e)
                out.append(XFact("quote", s, e, text[s:e], speaker=speaker,
                                 key=self.name_key(speaker) if speaker else ""))
        return out

    def _speaker(self, text: str, qs: int, qe: int) -> str | None:
        """The name a speech verb or "according to" phrase near the quote attributes it to."""
        sents = _sentences(self, text)
        starts = _sentence_starts(self, text)
        i = bisect_right(starts, qs) - 1
        s0 = sents[i][0] if i >= 0 and qs < sents[i][1] else qs
        j = bisect_left(starts, qe) - 1
        e0 = sents[j][1] if j >= 0 and qe <= sents[j][1] else qe
        k = bisect_left(starts, e0)
        if k < len(sents) and sents[k][0] - e0 <= 2 and len(text[sents[k][0]:sents[k][1]].split()) <= 8:
            e0 = sents[k][1]  # the attribution may stand in the short sentence after the quote
        verbs = self.speech_verbs
        phrases = tuple(p.lower() for p in self.speech_phrases)
        best: tuple[int, str] | None = None
        for lo, hi in ((s0, qs), (qe, e0)):
            if lo >= hi:
                continue
            seg = text[lo:hi]
            low = seg.lower()
            cues = [lo + m.start() for m in _WORD_TOKEN.finditer(seg) if m.group().lower() in verbs]
            cues += [lo + low.find(p) for p in phrases if p in low]
            if not cues:
                continue
            for name in self.names(text, lo, hi):
                dist = min(abs(name.start - c) for c in cues)
                if best is None or dist < best[0]:
                    best = (dist, name.text)
        return best[1] if best else None


class _DocStats:
    """Per text: where its sentences start, the words it writes in lowercase somewhere, and the
    words it capitalises mid-sentence (evidence for a name standing first in a sentence)."""

    __slots__ = ("lowercase", "mid_caps", "starts")

    def __init__(self, profile: LanguageProfile, text: str) -> None:
        self.lowercase: set[str] = set()
        self.mid_caps: set[str] = set()
        self.starts: set[int] = set()
        for s, e in _sentences(profile, text):
            first = _WORD_TOKEN.search(text, s, e)
            if first:
                self.starts.add(first.start())
        for m in _WORD_TOKEN.finditer(text):
            w = m.group()
            if w.islower():
                self.lowercase.add(w)
            elif w[:1].isupper() and m.start() not in self.starts:
                self.mid_caps.add(w.lower())


@lru_cache(maxsize=16)
def _doc_stats(profile: LanguageProfile, text: str) -> _DocStats:
    return _DocStats(profile, text)


@lru_cache(maxsize=16)
def _sentences(profile: LanguageProfile, text: str) -> tuple[tuple[int, int], ...]:
    return tuple(profile._split(text))


@lru_cache(maxsize=16)
def _sentence_starts(profile: LanguageProfile, text: str) -> list[int]:
    return [s for s, _ in _sentences(profile, text)]


def _at_sentence_start(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is the first of its sentence (only punctuation before it)."""
    i = pos - 1
    while i >= 0 and text[i] in _LEAD_PUNCT:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END_CHARS or (text[i] in "\"”»" and i > 0 and text[i - 1] in ".!?")


@lru_cache(maxsize=65536)
def _zipf(word: str, lang: str) -> float:
    try:
        from wordfreq import zipf_frequency

        return zipf_frequency(word, lang)
    except Exception:
        return 0.0


@lru_cache(maxsize=65536)
def _english_noun_sense(word: str) -> str | None:
    """WordNet's first noun sense of an English word: "instance" (a named thing: Berlin, Putin),
    "common" (inflation, police), or None (not an English noun, or no WordNet installed)."""
    if " " in word or not word.isalpha():
        return None
    try:
        from ..lexicon import resource

        res = resource.get()
        if res is None:
            return None
        senses = res.wn.synsets(word, "n")
    except Exception:
        return None
    if not senses:
        return None
    return "instance" if senses[0].pointers_of("@i") else "common"


@lru_cache(maxsize=64)
def _quote_rx(opener: str, closer: str) -> re.Pattern[str]:
    o, c = re.escape(opener), re.escape(closer)
    if opener == closer:
        body = f"([^{o}\n]{{2,800}}?)"
    else:
        body = f"([^{o}{c}\n]{{2,800}}?)"
    return re.compile(f"{o}{body}{c}")


_GERMAN_NOUN_ENDINGS = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften",
                        "tion", "tionen", "ität", "itäten", "ismus", "nis", "nisse", "tum", "tümer",
                        "chen", "lein", "ling", "linge", "innen")


# The English names news uses where CLDR's differ ("Türkiye", "Myanmar (Burma)", "Hong Kong SAR China")
_ENGLISH_KEYS = {"TR": "turkey", "CZ": "czech republic", "MM": "myanmar", "HK": "hong kong",
                 "MO": "macau", "CI": "ivory coast", "MK": "north macedonia", "PS": "palestine",
                 "CD": "congo", "CG": "congo", "VA": "vatican"}


class _Spans:
    """Character spans, asked whether a span overlaps any of them in O(log n)."""

    __slots__ = ("starts", "max_end")

    def __init__(self, spans: Any) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.max_end: list[int] = []
        top = -1
        for _, b in ordered:
            top = max(top, b)
            self.max_end.append(top)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_left(self.starts, e)
        return i > 0 and self.max_end[i - 1] > s


def _glued(text: str, s: int, e: int) -> bool:
    """Whether the digits at text[s:e] belong to a word: a Latin, Greek or Cyrillic letter (or
    letter-hyphen) right before them ("G20", "COVID-19"). Scripts written without spaces (Han,
    Kana, Arabic's attached conjunctions) put letters next to figures: those are not glued."""
    before = text[s - 1:s]
    if before == "-":
        before = text[s - 2:s - 1]
    return before.isalpha() and ord(before) < 0x0590


def _squash(s: str) -> str:
    return re.sub(r"[ \u00a0\u202f\u2009]+", " ", s).lower()


def _date_key(year: int | None, month: int | None, day: int | None) -> str:
    return "-".join("??" if v is None else (f"{v:04d}" if i == 0 else f"{v:02d}")
                    for i, v in enumerate((year, month, day)))


def _as_year(f: XFact) -> XFact:
    year = int(f.value or 0)
    return XFact("date", f.start, f.end, f.text, year=year, key=_date_key(year, None, None))


__all__ = ["LanguageProfile"]


#: The attributes a language's data modules may set (see ``LanguageProfile.__init_subclass__``).
_DATA_ATTRIBUTES = frozenset(
    name for name, value in vars(LanguageProfile).items()
    if not name.startswith("_") and not callable(value) and not isinstance(value, (property, cached_property, classmethod, staticmethod))
)
