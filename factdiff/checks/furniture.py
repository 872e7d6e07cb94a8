"""Page furniture left out of a web page: said once per document, never compared.

A saved article page carries menus, share and subscribe blocks, related links,
comments and footers. Ingest leaves them out (``--html-mode article``); an editor
should still know that happened, once, not as hundreds of "sentence added" rows.
"""

from __future__ import annotations

from ..report.model import Finding, Severity, Span
from .base import CheckContext, finding, register

NAME = "furniture.v1"


@register("factdiff.furniture.v1")
def check_furniture(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for side, doc in (("original", ctx.original), ("copy", ctx.copy)):
        if not doc.furniture or doc.first_ignored is None:
            continue
        s, e = doc.first_ignored
        span = Span.of(doc.raw if doc.raw is not None else doc.text, s, e)  # left out: quote the file
        n = doc.furniture
        message = (f"page furniture ignored: {n} block{'s' if n != 1 else ''} of the {side} "
                   "(menus, share and subscribe blocks, related links, comments, footers); "
                   "--html-mode all keeps them")
        spans = (span, None) if side == "original" else (None, span)
        out.append(finding("furniture_ignored", Severity.INFO, *spans, message, NAME, 0.9,
                           document=side, blocks=n, read_as=doc.method))
    return out
