"""Plain data of a feed: articles, the stories they form, and why each story has its original."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from ..batch.model import DocSpec


@dataclass(frozen=True)
class Article:
    """One article of the feed, read (its text is in the feed's ``texts``) or not (``error``).

    ``source`` is who published it (an outlet or an agency), ``time`` when; both may be
    unknown. ``spec`` says where a worker finds the text again for the comparison.
    """

    id: str
    spec: DocSpec | None
    source: str | None = None
    time: _dt.datetime | None = None
    error: str | None = None


@dataclass
class Story:
    """Articles that copy one another: the original, why it was chosen, and its copies."""

    id: str
    members: list[str]  # article ids, in input order
    original: str
    reason: str
    credit: dict[str, str] = field(default_factory=dict)  # article id -> the wire credit it carries

    @property
    def copies(self) -> list[str]:
        return [m for m in self.members if m != self.original]

    def to_dict(self) -> dict[str, object]:
        return {"story": self.id, "original": self.original, "reason": self.reason, "copies": self.copies}
