"""Turn a request's JSON into jobs' inputs, refusing anything malformed with one line.

The shapes (also in docs/api.md and the OpenAPI description)::

    text     = "the article"  |  {"text": "...", "name": "afp.txt", "format": "html"}
    options  = {"min_severity": "major", "only": ["name_spelling"] | "a,b",
                "fail_on": "major", "format": "json", "time_limit": 20}
    compare  = {"original": text, "copy": text, "options": options}
    batch    = {"original": text, "copies": [text, ...], "options": options}

Unknown fields are refused (a typo must not silently change nothing). Texts are not
read here: the worker's ingest stage reads them (and refuses empty or invalid text).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..errors import Errors, OptionError
from ..report.model import KINDS, Severity
from .http_errors import BadRequestBody, TooManyCopies
from .jobs import Filters, TextInput

COMPARE_FIELDS = ("original", "copy", "options")
BATCH_FIELDS = ("original", "copies", "options")
TEXT_FIELDS = ("text", "name", "format")
OPTION_FIELDS = ("min_severity", "only", "fail_on", "format", "time_limit")
BATCH_OPTION_FIELDS = ("min_severity", "only", "fail_on", "time_limit")
#: Formats ``POST /api/compare`` answers in (``options.format``).
API_FORMATS = {"json": "application/json", "markdown": "text/markdown", "html": "text/html", "text": "text/plain"}


@dataclass(frozen=True)
class Options:
    filters: Filters = Filters()
    fmt: str = "json"
    time_limit: float | None = None


def parse_json(body: bytes) -> Any:
    """Decode a JSON body (UTF-8, as RFC 8259 requires); E101 with the reason otherwise."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequestBody(Errors.E101.format(reason=f"not UTF-8 (byte offset {exc.start})")) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadRequestBody(Errors.E101.format(reason=f"{exc.msg} at line {exc.lineno}, column {exc.colno}")) from None
    except RecursionError:
        raise BadRequestBody(Errors.E101.format(reason="nested too deeply")) from None


def compare_request(data: Any) -> tuple[TextInput, TextInput, Options]:
    body = _object(data, "the request body", COMPARE_FIELDS)
    original = text_input(_required(body, "original"), "original", "original")
    copy = text_input(_required(body, "copy"), "copy", "copy")
    return original, copy, options(body.get("options"), OPTION_FIELDS)


def batch_request(data: Any, max_copies: int) -> tuple[TextInput, list[TextInput], Options]:
    body = _object(data, "the request body", BATCH_FIELDS)
    original = text_input(_required(body, "original"), "original", "original")
    raw = _required(body, "copies")
    if not isinstance(raw, list):
        raise BadRequestBody(Errors.E102.format(field="copies", expected="a list of texts", kind=_kind(raw)))
    if not raw:
        raise BadRequestBody(Errors.E103.format(field="copies[0]"))
    if len(raw) > max_copies:
        raise TooManyCopies(Errors.E104.format(limit=max_copies, count=len(raw)))
    copies = [text_input(item, f"copies[{i}]", f"copy-{i + 1}") for i, item in enumerate(raw)]
    unique_names(copies)
    return original, copies, options(body.get("options"), BATCH_OPTION_FIELDS)


def unique_names(copies: list[TextInput]) -> None:
    """Copy names are the batch row ids: two copies may not share one (E069)."""
    seen: set[str] = set()
    for copy in copies:
        if copy.name in seen:
            raise BadRequestBody(Errors.E069.format(id=copy.name))
        seen.add(copy.name)


def text_input(value: Any, field: str, default_name: str) -> TextInput:
    if isinstance(value, str):
        return TextInput(default_name, text=value)
    if not isinstance(value, dict):
        raise BadRequestBody(
            Errors.E102.format(field=field, expected="a string or an object with 'text'", kind=_kind(value))
        )
    obj = _object(value, f"'{field}'", TEXT_FIELDS)
    text = _required(obj, "text", f"{field}.text")
    if not isinstance(text, str):
        raise BadRequestBody(Errors.E102.format(field=f"{field}.text", expected="a string", kind=_kind(text)))
    name = obj.get("name", default_name)
    if not isinstance(name, str) or not name.strip():
        raise BadRequestBody(Errors.E102.format(field=f"{field}.name", expected="a non-empty string", kind=_kind(name)))
    fmt = obj.get("format")
    if fmt is not None and not isinstance(fmt, str):
        raise BadRequestBody(Errors.E102.format(field=f"{field}.format", expected="a string", kind=_kind(fmt)))
    return TextInput(name, text=text, source_format=fmt)


def options(value: Any, allowed: tuple[str, ...]) -> Options:
    """Validate ``options``; severities and kinds fail with the CLI's messages (E020, E022)."""
    if value is None:
        return Options()
    opts = _object(value, "'options'", allowed)
    min_severity = _string(opts, "min_severity", "info")
    Severity.parse(min_severity)
    fail_on = opts.get("fail_on")
    if fail_on is not None:
        if not isinstance(fail_on, str):
            raise BadRequestBody(Errors.E102.format(field="options.fail_on", expected="a string", kind=_kind(fail_on)))
        Severity.parse(fail_on)
    kinds = parse_kinds(opts.get("only"))
    fmt = _string(opts, "format", "json")
    if fmt not in API_FORMATS:
        raise OptionError(Errors.E021.format(value=fmt, choices=", ".join(API_FORMATS)))
    limit = opts.get("time_limit")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int | float) or not limit > 0):
        raise BadRequestBody(
            Errors.E102.format(field="options.time_limit", expected="a positive number of seconds", kind=_kind(limit))
        )
    filters = Filters(min_severity=Severity.parse(min_severity).label, kinds=kinds,
                      fail_on=Severity.parse(fail_on).label if fail_on else None)
    return Options(filters, fmt, float(limit) if limit is not None else None)


def parse_kinds(value: Any) -> tuple[str, ...] | None:
    """A list of kinds or a comma-separated string, as ``--only`` takes them."""
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, str):
        items = [k.strip() for k in value.split(",") if k.strip()]
    elif isinstance(value, list) and all(isinstance(k, str) for k in value):
        items = [k.strip() for k in value]
    else:
        raise BadRequestBody(
            Errors.E102.format(field="options.only", expected="a list of finding kinds", kind=_kind(value))
        )
    for kind in items:
        if kind not in KINDS:
            raise OptionError(Errors.E022.format(value=kind, choices=", ".join(KINDS)))
    return tuple(items) or None


# ---------------------------------------------------------------- helpers
def _object(value: Any, where: str, allowed: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        field = where.strip("'") if where.startswith("'") else "body"
        raise BadRequestBody(Errors.E102.format(field=field, expected="a JSON object", kind=_kind(value)))
    for key in value:
        if key not in allowed:
            raise BadRequestBody(Errors.E113.format(field=key, where=where, choices=", ".join(allowed)))
    return value


def _required(obj: dict[str, Any], key: str, field: str | None = None) -> Any:
    if key not in obj or obj[key] is None:
        raise BadRequestBody(Errors.E103.format(field=field or key))
    return obj[key]


def _string(obj: dict[str, Any], key: str, default: str) -> str:
    value = obj.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise BadRequestBody(Errors.E102.format(field=f"options.{key}", expected="a string", kind=_kind(value)))
    return value


def _kind(value: Any) -> str:
    """The JSON name of a value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
