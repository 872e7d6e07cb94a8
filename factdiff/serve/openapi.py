"""The OpenAPI 3.1 description of the HTTP API, served at ``GET /api/openapi.json``.

Written out by hand (the API is five endpoints) with the report schema taken from
:mod:`factdiff.report.schema`, so it cannot drift from what ``/api/schema`` serves;
a test checks that its paths are exactly the app's routes.
"""

from __future__ import annotations

from typing import Any

from .. import __version__
from ..report.model import KINDS, SEVERITIES
from .inputs import API_FORMATS
from .settings import ServeSettings

_TEXT = {
    "oneOf": [
        {"type": "string", "description": "the text as given (plain text, HTML, Markdown...: detected)"},
        {
            "type": "object",
            "required": ["text"],
            "additionalProperties": False,
            "properties": {
                "text": {"type": "string"},
                "name": {"type": "string", "description": "shown in the report; a batch row's id"},
                "format": {"type": "string", "description": "the input format, instead of detecting it"},
            },
        },
    ]
}

_FILTER_OPTIONS = {
    "min_severity": {"enum": list(SEVERITIES), "default": "info"},
    "only": {
        "oneOf": [
            {"type": "array", "items": {"enum": list(KINDS)}},
            {"type": "string", "description": "comma-separated kinds"},
        ]
    },
    "time_limit": {"type": "number", "exclusiveMinimum": 0, "description": "seconds; at most the server's --time-limit"},
}


def _problem(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}


def _errors(*codes: int) -> dict[str, Any]:
    text = {
        401: "no or a wrong bearer token (only when the server has --token)",
        404: "no such endpoint",
        405: "method not allowed",
        413: "body over --max-body, or more copies than --max-copies",
        415: "the body is not declared as JSON",
        422: "malformed JSON, wrong types, unknown fields, or input factdiff refuses (the CLI's message)",
        503: "the server is busy, or a worker stopped (retry)",
        504: "over the time limit",
    }
    return {str(code): _problem(text[code]) for code in codes}


def openapi_document(settings: ServeSettings) -> dict[str, Any]:
    from ..report.schema import REPORT_SCHEMA

    report = {k: v for k, v in REPORT_SCHEMA.items() if not k.startswith("$")}
    security = [{"bearer": []}] if settings.token else []
    post_errors = _errors(401, 413, 415, 422, 503, 504)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "factdiff",
            "version": __version__,
            "description": "Find the facts that changed between a wire story and its copies. See docs/api.md.",
        },
        "security": security,
        "paths": {
            "/api/compare": {
                "post": {
                    "summary": "Compare one original with one copy",
                    "operationId": "compare",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CompareRequest"}}}},
                    "responses": {
                        "200": {
                            "description": "the report (factdiff/1), or it rendered in options.format",
                            "headers": {
                                "Factdiff-Verdict": {"schema": {"type": "string"}},
                                "Factdiff-Failed": {"schema": {"enum": ["true", "false"]}, "description": "with options.fail_on"},
                            },
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Report"}},
                                **{media: {"schema": {"type": "string"}} for fmt, media in API_FORMATS.items() if fmt != "json"},
                            },
                        },
                        **post_errors,
                    },
                }
            },
            "/api/batch": {
                "post": {
                    "summary": "Compare one original with many copies; rows stream as each copy finishes",
                    "operationId": "batch",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BatchRequest"}}}},
                    "responses": {
                        "200": {
                            "description": "JSON Lines, one factdiff batch row per copy, in completion order",
                            "content": {"application/x-ndjson": {"schema": {"$ref": "#/components/schemas/BatchRow"}}},
                        },
                        **post_errors,
                    },
                }
            },
            "/api/checks": {
                "get": {
                    "summary": "The registered checks",
                    "operationId": "checks",
                    "responses": {
                        "200": {"description": "every check", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Check"}}}}},
                        **_errors(401),
                    },
                }
            },
            "/api/schema": {
                "get": {
                    "summary": "The JSON schema of a report (factdiff/1)",
                    "operationId": "schema",
                    "responses": {"200": {"description": "a JSON schema", "content": {"application/json": {"schema": {"type": "object"}}}}, **_errors(401)},
                }
            },
            "/api/openapi.json": {
                "get": {
                    "summary": "This description",
                    "operationId": "openapi",
                    "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}, **_errors(401)},
                }
            },
            "/healthz": {
                "get": {
                    "summary": "Liveness and the workers' load (never needs the token)",
                    "operationId": "healthz",
                    "security": [],
                    "responses": {"200": {"description": "status", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}},
                }
            },
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Text": _TEXT,
                "CompareRequest": {
                    "type": "object",
                    "required": ["original", "copy"],
                    "additionalProperties": False,
                    "properties": {
                        "original": {"$ref": "#/components/schemas/Text"},
                        "copy": {"$ref": "#/components/schemas/Text"},
                        "options": {
                            "type": "object",
                            "additionalProperties": False,
                            "properties": {
                                **_FILTER_OPTIONS,
                                "fail_on": {"enum": list(SEVERITIES)},
                                "format": {"enum": list(API_FORMATS), "default": "json"},
                            },
                        },
                    },
                },
                "BatchRequest": {
                    "type": "object",
                    "required": ["original", "copies"],
                    "additionalProperties": False,
                    "properties": {
                        "original": {"$ref": "#/components/schemas/Text"},
                        "copies": {"type": "array", "minItems": 1, "maxItems": settings.max_copies, "items": {"$ref": "#/components/schemas/Text"}},
                        "options": {"type": "object", "additionalProperties": False, "properties": dict(_FILTER_OPTIONS)},
                    },
                },
                "BatchRow": {
                    "type": "object",
                    "required": ["id", "original", "copy"],
                    "properties": {
                        "id": {"type": "string"},
                        "original": {"type": ["string", "null"]},
                        "copy": {"type": ["string", "null"]},
                        "report": {"$ref": "#/components/schemas/Report"},
                        "error": {"type": "string"},
                    },
                },
                "Check": {
                    "type": "object",
                    "required": ["name", "description", "enabled"],
                    "properties": {"name": {"type": "string"}, "description": {"type": "string"}, "enabled": {"type": "boolean"}},
                },
                "Health": {
                    "type": "object",
                    "required": ["status", "version", "workers"],
                    "properties": {"status": {"enum": ["ok", "starting"]}, "version": {"type": "string"}, "workers": {"type": ["object", "null"]}},
                },
                "Problem": {
                    "type": "object",
                    "required": ["type", "title", "status", "detail"],
                    "properties": {
                        "type": {"type": "string"},
                        "title": {"type": "string"},
                        "status": {"type": "integer"},
                        "detail": {"type": "string", "description": "the same one-line message as the CLI (docs/errors.md)"},
                    },
                },
                "Report": report,
            },
        },
    }
