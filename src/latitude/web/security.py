"""The dashboard's guard at the edge: the Host header is checked against an allowed list (against
DNS rebinding: a page on another site whose name resolves to 127.0.0.1 must not reach the API),
and every response carries security headers (a Content-Security-Policy fitting each page, no
MIME sniffing, no framing by other sites, no referrer).

A pure ASGI middleware, so it also covers errors, static files and the docs pages.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from typing import Callable, Iterable

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_HOSTS = ("127.0.0.1", "localhost", "::1")
API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)


def inline_script_sources(html: str) -> str:
    """CSP source expressions ('sha256-…') for every inline script of a page (JSON data blocks
    included: hashing them is harmless, they never run)."""
    return " ".join("'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
                    for body in _INLINE_SCRIPT.findall(html))


def host_name(value: str) -> str:
    """The host part of a Host header: lower case, without the port; IPv6 without brackets."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def allowed_hosts(bound: str | None = None, extra: Iterable[str] = ()) -> frozenset[str]:
    """127.0.0.1, localhost and ::1, the host the server is bound to (unless it is a wildcard
    address, which names no host), and any extra names."""
    hosts = set(DEFAULT_HOSTS)
    if bound and bound not in ("0.0.0.0", "::", ""):
        hosts.add(host_name(bound) if not bound.startswith("[") else bound[1:-1])
    hosts.update(host_name(h) for h in extra if h.strip())
    return frozenset(hosts)


class Guard:
    """Refuse requests whose Host is not allowed (400, one line) and add security headers to every
    response; `policy(path)` gives the CSP and whether the page may be framed by this origin."""

    def __init__(self, app: ASGIApp, hosts: frozenset[str], policy: Callable[[str], tuple[str, bool]]) -> None:
        self.app, self.hosts, self.policy = app, hosts, policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp, same_origin_frames = self.policy(scope.get("path", ""))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = csp
                headers["X-Content-Type-Options"] = "nosniff"
                headers["X-Frame-Options"] = "SAMEORIGIN" if same_origin_frames else "DENY"
                headers["Referrer-Policy"] = "no-referrer"
                headers["Cross-Origin-Opener-Policy"] = "same-origin"
                headers["Cross-Origin-Resource-Policy"] = "same-origin"
            await send(message)

        host = Headers(scope=scope).get("host", "")
        if host_name(host) not in self.hosts:
            shown = host.encode("ascii", "backslashreplace").decode()[:80]
            body = json.dumps({"detail": f"host '{shown}' is not allowed: open the dashboard as http://127.0.0.1 "
                                         "or localhost, or start it with --allow-host NAME"}).encode()
            await send_with_headers({"type": "http.response.start", "status": 400,
                                     "headers": [(b"content-type", b"application/json"),
                                                 (b"content-length", str(len(body)).encode())]})
            await send_with_headers({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send_with_headers)
