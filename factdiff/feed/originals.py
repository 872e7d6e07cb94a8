"""Pick the original of a story, and say why.

In order: the article from ``--original-source NAME`` (the earliest, if several); else
an article carrying a wire agency's credit, in its dateline ("MINSK (Reuters) -"), as a
credit line ("- Reuters", "(AFP)") or as its source; else the earliest by time; else
the first in the input. Among several candidates of one kind the earliest wins, then
the one with the longest text (copies trim), then input order. Copies often keep the
agency's dateline, which is why the time breaks the tie.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..ingest import Source, segment
from .model import Article

#: Wire agencies whose credit marks an original (well-known conventions, not outlets).
AGENCIES = (
    "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Bloomberg", "dpa", "ANSA", "EFE",
    "Xinhua", "Kyodo", "Yonhap", "UPI", "PA", "Press Association", "ANP", "TASS", "Anadolu", "ANTARA", "Bernama",
    "PTI", "IANS", "CP", "AAP", "Belga", "APA", "Kyodo News", "NTB", "TT", "Ritzau", "CTK", "PAP", "MTI", "Lusa",
)
_NAMES = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
#: "(Reuters)", "(AFP) -", "- Reuters", "— AP" near the top or as a credit line; "AFP" alone on a line.
_CREDIT = re.compile(
    rf"\(\s*(?P<a>{_NAMES})\s*\)|(?:^|\s)[-–—]\s*(?P<b>{_NAMES})\s*$|^\s*(?P<c>{_NAMES})\s*$",
    re.MULTILINE,
)
_HEAD_CHARS = 400


def wire_credit(source: Source) -> str | None:
    """The agency credited in the article's dateline or credit lines, if any."""
    text = source.text
    places = [(0, min(len(text), _HEAD_CHARS))]
    places += [(s.start, s.end) for s in segment(source) if s.role in {"dateline", "credits"}]
    for start, end in places:
        m = _CREDIT.search(text, start, end)
        if m:
            return m.group("a") or m.group("b") or m.group("c")
    return None


def is_agency(name: str | None) -> str | None:
    """The agency a ``source`` field names ("Reuters", "AFP"...), or None."""
    if not name:
        return None
    folded = name.strip().casefold()
    return next((a for a in AGENCIES if a.casefold() == folded), None)


def pick_original(
    members: Sequence[Article], texts: Mapping[str, Source], original_source: str | None = None
) -> tuple[str, str, dict[str, str]]:
    """(the original's id, why it was chosen, article id -> wire credit) for one story."""
    credits: dict[str, str] = {}
    for a in members:
        credit = wire_credit(texts[a.id]) if a.id in texts else None
        agency = is_agency(a.source)
        if credit or agency:
            credits[a.id] = credit or agency  # type: ignore[assignment]

    def best(candidates: Sequence[Article]) -> Article:
        order = {a.id: n for n, a in enumerate(members)}
        return min(
            candidates,
            key=lambda a: (a.time is None, a.time or 0, -len(texts[a.id].text) if a.id in texts else 0, order[a.id]),
        )

    def when(a: Article) -> str:
        return f", published {a.time.isoformat()}" if a.time is not None else ""

    if original_source:
        wanted = original_source.strip().casefold()
        named = [a for a in members if (a.source or "").strip().casefold() == wanted]
        if named:
            chosen = best(named)
            more = f" (the earliest of {len(named)})" if len(named) > 1 else ""
            return chosen.id, f"its source is {chosen.source} (--original-source){more}", credits
    credited = [a for a in members if a.id in credits]
    if credited:
        chosen = best(credited)
        credit = credits[chosen.id]
        how = f"its source is {chosen.source}" if is_agency(chosen.source) else f"it carries the wire credit '{credit}'"
        more = f"; the earliest of {len(credited)} that do" if len(credited) > 1 and chosen.time else ""
        return chosen.id, f"{how}{when(chosen)}{more}", credits
    timed = [a for a in members if a.time is not None]
    if timed:
        chosen = best(timed)
        return chosen.id, f"the earliest{when(chosen)}; no copy carries a wire credit", credits
    chosen = best(list(members))
    return chosen.id, "the longest text (no wire credit, no times)", credits
