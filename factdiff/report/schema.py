"""The JSON schema of a report (``factdiff/1``), for consumers and for our tests."""

from __future__ import annotations

import json
from typing import Any

from .model import FORMATS, KINDS, MODES, SCHEMA, SEVERITIES, VERDICTS

_SPAN = {
    "type": ["object", "null"],
    "required": ["start", "end", "text", "sentence"],
    "properties": {
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
        "text": {"type": "string"},
        "sentence": {"type": ["integer", "null"], "minimum": 0},
        "shown": {"type": "string"},
    },
    "additionalProperties": False,
}

_DOCUMENT = {
    "type": "object",
    "required": ["name", "length", "language", "text", "sentences", "paragraphs"],
    "properties": {
        "name": {"type": "string"},
        "length": {"type": "integer", "minimum": 0},
        "language": {"type": "string"},
        "format": {"enum": list(FORMATS)},
        "encoding": {"type": "string"},
        "text": {"type": "string"},
        "shown": {"type": "string"},
        "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
        "read_as": {"type": "string"},
        "furniture": {"type": "integer", "minimum": 0},
        "paragraphs": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}},
        "sentences": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["index", "start", "end", "paragraph", "role"],
                "properties": {
                    "index": {"type": "integer", "minimum": 0},
                    "start": {"type": "integer", "minimum": 0},
                    "end": {"type": "integer", "minimum": 0},
                    "paragraph": {"type": "integer", "minimum": 0},
                    "role": {"enum": ["body", "headline", "dateline", "credits", "page-line"]},
                },
            },
        },
    },
}

REPORT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "factdiff/1",
    "title": "factdiff report",
    "type": "object",
    "required": ["schema", "signature", "verdict", "mode", "original", "copy", "alignment", "findings", "summary"],
    "properties": {
        "schema": {"const": SCHEMA},
        "signature": {"type": "string"},
        "verdict": {"enum": list(VERDICTS)},
        "mode": {"enum": list(MODES)},
        "notes": {"type": "array", "items": {"type": "string"}},
        "original": _DOCUMENT,
        "copy": _DOCUMENT,
        "alignment": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["original", "copy", "score", "moved"],
                "properties": {
                    "original": {"type": "array", "items": {"type": "integer", "minimum": 0}},
                    "copy": {"type": "array", "items": {"type": "integer", "minimum": 0}},
                    "score": {"type": "number"},
                    "moved": {"type": "boolean"},
                },
            },
        },
        "findings": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["kind", "severity", "original", "copy", "message", "details"],
                "properties": {
                    "kind": {"enum": list(KINDS)},
                    "severity": {"enum": list(SEVERITIES)},
                    "original": _SPAN,
                    "copy": _SPAN,
                    "message": {"type": "string"},
                    "details": {"type": "object"},
                    "check": {"type": "string"},
                    "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                },
            },
        },
        "summary": {
            "type": "object",
            "required": list(SEVERITIES),
            "properties": {s: {"type": "integer", "minimum": 0} for s in SEVERITIES},
        },
        "settings": {"type": "object"},
        "stats": {"type": "object"},
    },
}


def schema_json() -> str:
    return json.dumps(REPORT_SCHEMA, indent=2)
