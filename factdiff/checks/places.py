"""Which names stand for one place, and which stand for a country's government.

Two static tables (``factdiff/lexicon/capitals.txt`` and ``place_names.txt``)
say that "Bombay" and "Mumbai", "Burma" and "Myanmar", "Britain" and "the UK"
name one place, and that "Washington", "the White House" and "the U.S." can
all stand for one government. String similarity cannot know either: "Peking"
and "Beijing" share no letters that matter, "Sudan" and "South Sudan" share a
word and are two countries.

The tables are read once, on first use, into dictionaries keyed by name key
(``entity_key``), so every question is a few dictionary look-ups.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..facts.keys import entity_key
from .names_morphology import demonym_of

__all__ = [
    "CAPITALS_FILE", "PLACE_NAMES_FILE", "Places", "is_country", "other_names", "place_ids", "same_place", "stands_for",
    "tables",
]

CAPITALS_FILE = "capitals.txt"
PLACE_NAMES_FILE = "place_names.txt"
CAPITAL, SEAT = "capital", "seat"


@dataclass(frozen=True)
class Places:
    """The tables, indexed by name key."""

    ids: dict[str, frozenset[str]]  # name key -> the places it names (usually one)
    countries: frozenset[str]  # place ids that are countries
    government_of: dict[str, tuple[str, str]]  # capital or seat id -> (country id, CAPITAL | SEAT)
    keys_of: dict[str, tuple[str, ...]]  # place id -> its name keys


def _names(cell: str) -> list[str]:
    return [k for k in (entity_key(n) for n in cell.split("|")) if k]


def _read(name: str) -> list[str]:
    text = resources.files("factdiff").joinpath("lexicon", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def tables() -> Places:
    """Read both tables (once: a few hundred short lines)."""
    ids: dict[str, set[str]] = {}
    countries: set[str] = set()
    government_of: dict[str, tuple[str, str]] = {}
    keys_of: dict[str, tuple[str, ...]] = {}

    def add(place: str, keys: list[str]) -> None:
        keys_of[place] = (*keys_of.get(place, ()), *keys)
        for k in keys:
            ids.setdefault(k, set()).add(place)

    for line in _read(CAPITALS_FILE):
        fields = [f.strip() for f in line.split(" : ")]
        country_keys = _names(fields[0])
        country = "country:" + country_keys[0]
        countries.add(country)
        add(country, country_keys)
        for n, field in enumerate(fields[1:3]):
            for cell in field.split(";"):
                keys = [k for k in _names(cell) if k not in country_keys]  # "Djibouti" is both
                if keys:
                    place = "city:" + keys[0] if n == 0 else "seat:" + keys[0]
                    add(place, keys)
                    government_of[place] = (country, CAPITAL if n == 0 else SEAT)
    for line in _read(PLACE_NAMES_FILE):
        keys = _names(line)
        if len(keys) > 1:
            add("place:" + keys[0], keys)
    return Places({k: frozenset(v) for k, v in ids.items()}, frozenset(countries), government_of, keys_of)


def place_ids(key: str) -> frozenset[str]:
    """The places a name key names in the tables (empty when it is not there)."""
    return tables().ids.get(key, frozenset())


def is_country(key: str) -> bool:
    """The key names a sovereign state."""
    return bool(place_ids(key) & tables().countries)


def same_place(a: str, b: str) -> bool | None:
    """True: two names of one place ("Bombay"/"Mumbai"). False: two different countries, even when
    one name contains the other ("Sudan"/"South Sudan"). None: the tables cannot say."""
    ia, ib = place_ids(a), place_ids(b)
    if not ia or not ib:
        return None
    if ia & ib:
        return True
    countries = tables().countries
    if ia <= countries and ib <= countries:
        return False
    return None


@lru_cache(maxsize=4096)
def other_names(key: str) -> tuple[str, ...]:
    """The other names of the place(s) ``key`` names: "bombay" -> ("mumbai",)."""
    keys_of = tables().keys_of
    return tuple(sorted({k for place in place_ids(key) for k in keys_of[place] if k != key}))


def _countries_named(key: str, country: str) -> bool:
    """``key`` names ``country``, or its people ("Chinese" for China)."""
    if country in place_ids(key):
        return True
    return " " not in key and any(demonym_of(key, k) for k in tables().keys_of.get(country, ()))


def stands_for(a: str, b: str) -> str:
    """How one name can stand for the other's government: CAPITAL, SEAT or "" (it cannot).

    CAPITAL: a capital and its own country ("Washington"/"the U.S.", "Kyiv"/"Ukrainian"); SEAT: a
    seat of government and its country or capital ("the Kremlin"/"Russia", "the Kremlin"/"Moscow").
    Two capitals of one country (Pretoria/Cape Town) are two cities: "".
    """
    t = tables()
    for x, y in ((a, b), (b, a)):
        for place in place_ids(x):
            country, kind = t.government_of.get(place, ("", ""))
            if not country:
                continue
            if _countries_named(y, country):
                return kind
            for other in place_ids(y):
                other_country, other_kind = t.government_of.get(other, ("", ""))
                if other_country == country and SEAT in (kind, other_kind):
                    return SEAT
    return ""
