"""Pure ASGI middleware: security headers, Host check, bearer token, body size limit.

* Every response carries a Content-Security-Policy that allows only this server's
  own script and style files: no inline script, so text from an input could not run
  even if escaping failed; no external resources; no framing.
* A loopback server answers only Host names of this machine (DNS rebinding: a web
  page must not reach it through a name it controls).
* With a token, every request but ``/healthz`` and ``/static/`` needs it, as
  ``Authorization: Bearer TOKEN`` or as the cookie ``GET /?token=TOKEN`` sets
  (HttpOnly, SameSite=Strict; it holds a digest of the token, not the token).
* A body over the limit is refused with 413 (E100) while it is read; the rest of a
  moderately oversized body is read and dropped first, so the client sees the answer.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from urllib.parse import parse_qsl, urlencode

from ..errors import Errors
from .http_errors import BodyTooLarge, problem

#: The CSP of every page and API answer (a standalone HTML report keeps its own, stricter one).
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)
COOKIE = "factdiff_token"
OPEN_PATHS = ("/healthz", "/static/")


async def send_problem(send, status: int, detail: str, extra: tuple[tuple[bytes, bytes], ...] = ()) -> None:
    body = json.dumps(problem(status, detail)).encode("utf-8")
    headers = [(b"content-type", b"application/problem+json"), (b"content-length", str(len(body)).encode()), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _header(scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value.decode("latin-1")
    return None


class SecurityHeaders:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {k.lower() for k, _ in headers}
                if b"content-security-policy" not in present:
                    headers.append((b"content-security-policy", PAGE_CSP.encode()))
                if b"cache-control" not in present:  # results hold the user's texts
                    headers.append((b"cache-control", b"no-store"))
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HostCheck:
    def __init__(self, app, allowed: tuple[str, ...] | None) -> None:
        self.app = app
        self.allowed = None if allowed is None else {h.lower().strip("[]") for h in allowed}

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and self.allowed is not None:
            host = host_name(_header(scope, b"host") or "")
            if host not in self.allowed:
                choices = ", ".join(sorted(self.allowed))
                return await send_problem(send, 400, Errors.E116.format(host=host, choices=choices))
        await self.app(scope, receive, send)


def host_name(value: str) -> str:
    """'127.0.0.1:8000' -> '127.0.0.1', '[::1]:8000' -> '::1'."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class TokenAuth:
    def __init__(self, app, token: str | None) -> None:
        self.app = app
        self.token = token
        self.cookie = hmac.new(token.encode(), b"factdiff page", hashlib.sha256).hexdigest() if token else ""

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or not self.token or scope["path"].startswith(OPEN_PATHS):
            return await self.app(scope, receive, send)
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if scope["method"] == "GET" and "token" in query and self._same(query["token"], self.token):
            rest = urlencode({k: v for k, v in query.items() if k != "token"})
            location = scope.get("root_path", "") + scope["path"] + (f"?{rest}" if rest else "")
            cookie = f"{COOKIE}={self.cookie}; HttpOnly; SameSite=Strict; Path=/"
            headers = [(b"location", location.encode()), (b"set-cookie", cookie.encode()), (b"content-length", b"0")]
            await send({"type": "http.response.start", "status": 303, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        if self._authorised(scope):
            return await self.app(scope, receive, send)
        await send_problem(send, 401, Errors.E107, ((b"www-authenticate", b'Bearer realm="factdiff"'),))

    def _authorised(self, scope) -> bool:
        auth = _header(scope, b"authorization") or ""
        scheme, _, value = auth.partition(" ")
        if scheme.lower() == "bearer" and self._same(value.strip(), self.token or ""):
            return True
        for part in (_header(scope, b"cookie") or "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == COOKIE and self._same(value, self.cookie):
                return True
        return False

    @staticmethod
    def _same(a: str, b: str) -> bool:
        return hmac.compare_digest(a.encode("utf-8", "surrogatepass"), b.encode("utf-8", "surrogatepass"))


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes: BodyTooLarge is raised from ``receive``
    inside the endpoint, whose app answers it (problem JSON, or the page with its form)."""

    def __init__(self, app, limit: int, drain: int | None = None) -> None:
        self.app = app
        self.limit = limit
        self.drain = drain if drain is not None else max(4 * limit, 64_000_000)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        try:
            declared = int(_header(scope, b"content-length") or -1)
        except ValueError:
            declared = -1
        total = 0
        limit, drain = self.limit, self.drain

        async def limited_receive():
            nonlocal total
            if declared > limit:
                if declared <= drain:
                    await _discard(receive, drain)
                raise BodyTooLarge(Errors.E100.format(limit=limit))
            message = await receive()
            if message["type"] == "http.request":
                total += len(message.get("body", b""))
                if total > limit:
                    if message.get("more_body"):
                        await _discard(receive, drain - total)
                    raise BodyTooLarge(Errors.E100.format(limit=limit))
            return message

        await self.app(scope, limited_receive, send)


async def _discard(receive, budget: int) -> None:
    """Read and drop the rest of a body (at most ``budget`` bytes), so the client,
    still sending, can read the 413 instead of a reset connection."""
    while budget > 0:
        message = await receive()
        if message["type"] != "http.request":
            return
        budget -= len(message.get("body", b""))
        if not message.get("more_body"):
            return
