"""Report data model and renderers (terminal, text, JSON, Markdown, HTML)."""

from .model import (
    KINDS,
    SCHEMA,
    SEVERITIES,
    AlignedGroup,
    DocumentInfo,
    Finding,
    Report,
    SentenceInfo,
    Severity,
    Span,
)

__all__ = [
    "KINDS",
    "SCHEMA",
    "SEVERITIES",
    "AlignedGroup",
    "DocumentInfo",
    "Finding",
    "Report",
    "SentenceInfo",
    "Severity",
    "Span",
]
