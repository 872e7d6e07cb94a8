"""Errors a server answers with, and their HTTP status.

Messages come from :mod:`factdiff.errors` (the CLI's one-line messages); this module
only adds the status. A client error is a 4xx with an RFC 9457 problem body,
``{"type": "about:blank", "title": ..., "status": ..., "detail": <the message>}``,
and the server goes on serving.
"""

from __future__ import annotations

from http import HTTPStatus

from ..errors import FactdiffError, InputError, OptionError, PipelineError


class ServeError(FactdiffError):
    """A request the server refuses, with the status it answers."""

    status = 400

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message, **details)


class BadRequestBody(ServeError):
    """The body is not JSON / form data, or has the wrong shape (E101, E102, E103, E113)."""

    status = 422


class BodyTooLarge(ServeError):
    status = 413


class TooManyCopies(ServeError):
    status = 413


class UnsupportedMediaType(ServeError):
    status = 415


class Unauthorized(ServeError):
    status = 401


class NotFound(ServeError):
    status = 404


class MethodNotAllowed(ServeError):
    status = 405


class HostNotAllowed(ServeError):
    status = 400


class Busy(ServeError):
    status = 503


class WorkerStopped(ServeError):
    status = 503


def status_of(exc: FactdiffError) -> int:
    """The HTTP status for any factdiff error: input and option errors are 422 (the
    request was understood, its content cannot be compared), a time limit 504, a
    pipeline that cannot load 500 (the server's problem, not the client's)."""
    from .jobs import TimeLimitExceeded

    if isinstance(exc, ServeError):
        return exc.status
    if isinstance(exc, TimeLimitExceeded):
        return 504
    if isinstance(exc, PipelineError):
        return 500
    if isinstance(exc, InputError | OptionError):
        return 422
    return 422


def problem(status: int, detail: str) -> dict[str, object]:
    """An RFC 9457 problem object."""
    return {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status, "detail": detail}


def internal_message(exc: BaseException) -> str:
    """A bug's one line, worded as the CLI and the batch rows word it."""
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"internal error: {type(exc).__name__}: {first}".rstrip(": ")
