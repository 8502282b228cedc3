"""The HTTP client every updater shares: polite, patient and resumable.

- Retries 429 and 5xx answers (and connections that drop) with exponential backoff and jitter,
  waiting exactly as long as a `Retry-After` header asks (seconds or an HTTP date), up to a limit.
- Spaces requests to one host by a minimum interval (UN Comtrade's public limits).
- Downloads into `NAME.part` beside the target and resumes it with an HTTP Range request on the
  next try or the next run (`If-Range` makes a changed file start again); the target appears
  only once the size and, where the publisher gives one, the MD5 match.
- One clear line when the host cannot be reached ("cannot reach HOST: no network? ..."), never a
  traceback; an HTTP error is one line naming the host, the status and the publisher's message.
- A rich progress bar (bytes for downloads, requests for API calls) when asked for.

Only the standard library talks to the network (urllib), so tests point every updater at a real
server on 127.0.0.1 through the base-URL settings.
"""
from __future__ import annotations

import email.utils
import hashlib
import http.client
import json
import os
import random
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timezone
from pathlib import Path
from typing import Any, Callable

from rich.progress import (BarColumn, DownloadColumn, Progress, ProgressColumn, Task, TaskID, TextColumn,
                           TimeElapsedColumn, TransferSpeedColumn)
from rich.text import Text

from latitude.errors import LatitudeError

USER_AGENT = "latitude-updater/0.1 (+https://pypi.org/project/latitude/; strategic-autonomy research tool)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
CHUNK = 1 << 16



@contextmanager
def session(client: "Client | None", **options: Any) -> Iterator["Client"]:
    """The caller's client as it is, or a new `Client(**options)` started for the block and stopped
    after it (its progress display with it)."""
    if client is not None:
        yield client
        return
    with Client(**options) as own:
        yield own


def base_url(explicit: str | None, env: str, default: str) -> str:
    """The endpoint to use: an explicit setting, else the environment variable `env`, else the
    publisher's own address. Always ends with '/' so relative paths join under it."""
    value = (explicit or os.environ.get(env) or default).strip()
    parsed = urllib.parse.urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise LatitudeError(f"base URL '{value}' (from {'--url' if explicit else env}) is not an http(s) "
                            "address such as https://mirror.example.org/path/")
    return value if value.endswith("/") else value + "/"


def rebase(url: str, base: str, strip: str = "") -> str:
    """Point a URL a publisher lists (e.g. a GDELT file or a UN Digital Library file) at `base`:
    its path after the prefix `strip` (and its query) is joined under `base`."""
    parsed = urllib.parse.urlparse(url)
    path = parsed.path
    if strip and path.startswith(strip):
        path = path[len(strip):]
    joined = urllib.parse.urljoin(base, path.lstrip("/"))
    return joined + (f"?{parsed.query}" if parsed.query else "")


@dataclass
class Response:
    """A complete answer: status, headers and body."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        try:
            return json.loads(self.body.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise LatitudeError(f"{_host(self.url)} answered {self.url} with something that is not JSON "
                                f"({exc.__class__.__name__}); is the base URL right?") from exc


def _host(url: str) -> str:
    return urllib.parse.urlparse(url).netloc or url


def _retry_after(value: str | None, now: float) -> float | None:
    """Seconds asked for by a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - now)


def _offline_reason(exc: BaseException) -> str | None:
    """A reason to say 'cannot reach' (no DNS, refused, unreachable), or None if worth retrying."""
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, socket.gaierror):
        return "name not resolved"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, OSError) and getattr(reason, "errno", None) in (101, 113):   # ENETUNREACH, EHOSTUNREACH
        return "network unreachable"
    return None


def _message(body: bytes) -> str:
    """The publisher's own error message, from JSON ({"message": ...}, {"error": ...}) or text."""
    text = body.decode("utf-8", "replace").strip()
    try:
        payload = json.loads(text)
    except json.JSONDecodeError:
        payload = None
    if isinstance(payload, dict):
        for key in ("message", "error", "errorMessage", "detail"):
            if payload.get(key):
                text = str(payload[key])
                break
    text = " ".join(text.split())
    return text[:200]


class _Amount(ProgressColumn):
    """Bytes and speed for a download, 'done/total' for a count of API requests."""

    def __init__(self) -> None:
        super().__init__()
        self._bytes = DownloadColumn()
        self._speed = TransferSpeedColumn()

    def render(self, task: Task) -> Text:
        if task.fields.get("bytes"):
            return Text.assemble(self._bytes.render(task), " ", self._speed.render(task))
        total = "?" if task.total is None else f"{task.total:,.0f}"
        return Text(f"{task.completed:,.0f}/{total} {task.fields.get('unit', 'requests')}")


class Client:
    """HTTP with retries, backoff, Retry-After, politeness, resumable downloads and progress.

    Use as a context manager so the progress bar starts and stops cleanly. `sleep` and `jitter`
    are injectable so tests check the waits without waiting.
    """

    def __init__(self, *, retries: int = 5, backoff: float = 1.0, max_backoff: float = 60.0,
                 max_wait: float = 900.0, timeout: float = 60.0, min_interval: float = 0.0,
                 show_progress: bool = False, sleep: Callable[[float], None] = time.sleep,
                 jitter: Callable[[], float] = random.random, user_agent: str = USER_AGENT) -> None:
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_wait = max_wait
        self.timeout = timeout
        self.min_interval = min_interval
        self.sleep = sleep
        self.jitter = jitter
        self.user_agent = user_agent
        self.waits: list[float] = []            # every pause taken (backoff, Retry-After, politeness)
        self._last: dict[str, float] = {}
        self.progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), _Amount(), TimeElapsedColumn(),
                                 disable=not show_progress, transient=False)

    def __enter__(self) -> "Client":
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    # ------------------------------------------------------------------ progress

    def task(self, description: str, total: float | None, unit: str = "requests") -> TaskID:
        """A progress line counting `unit` (API requests, files, ...)."""
        return self.progress.add_task(description, total=total, unit=unit)

    def advance(self, task: TaskID, amount: float = 1) -> None:
        self.progress.advance(task, amount)

    # ------------------------------------------------------------------ waiting

    def _pause(self, seconds: float) -> None:
        if seconds > 0:
            self.waits.append(seconds)
            self.sleep(seconds)

    def _throttle(self, url: str) -> None:
        host = _host(url)
        if self.min_interval > 0 and host in self._last:
            self._pause(self.min_interval - (time.monotonic() - self._last[host]))
        self._last[host] = time.monotonic()

    def _backoff(self, attempt: int, retry_after: str | None, url: str, status: int | None) -> None:
        asked = _retry_after(retry_after, time.time())
        if asked is not None:
            if asked > self.max_wait:
                raise LatitudeError(f"{_host(url)} asks to wait {asked:.0f} s before the next request "
                                    f"(HTTP {status}; a daily quota may be used up): try again later")
            self._pause(asked)
            return
        base = min(self.max_backoff, self.backoff * 2 ** attempt)
        self._pause(base * (0.5 + 0.5 * self.jitter()))

    def _exhausted(self, url: str, what: str) -> LatitudeError:
        return LatitudeError(f"{_host(url)} still answers {what} after {self.retries + 1} tries ({url}); "
                             "the service may be down or rate-limiting: try again later")

    def _refused(self, url: str, exc: urllib.error.HTTPError, body: bytes) -> LatitudeError:
        """The one line for an HTTP error answer that is not retried (any more)."""
        if exc.code in RETRY_STATUSES:
            return self._exhausted(url, f"HTTP {exc.code}")
        detail = _message(body)
        return LatitudeError(f"{_host(url)} answered HTTP {exc.code} {exc.reason} for {url}"
                             + (f": {detail}" if detail else ""))

    @staticmethod
    def _cannot_reach(url: str, reason: str) -> LatitudeError:
        return LatitudeError(f"cannot reach {_host(url)}: no network? ({reason}); check the connection, or point "
                             "the updater at a mirror with --url or its LATITUDE_*_URL setting")

    # ------------------------------------------------------------------ requests

    def request(self, method: str, url: str, *, params: dict[str, Any] | None = None, body: bytes | None = None,
                headers: dict[str, str] | None = None, accept: frozenset[int] = frozenset()) -> Response:
        """One API call with retries; returns the complete 2xx answer (or one of the `accept`
        statuses, e.g. 416 for a Range past the end) or raises one line."""
        if params:
            query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
            url = f"{url}{'&' if '?' in url else '?'}{query}"
        sent = {"User-Agent": self.user_agent, "Accept-Encoding": "identity", **(headers or {})}
        for attempt in range(self.retries + 1):
            self._throttle(url)
            request = urllib.request.Request(url, data=body, headers=sent, method=method)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                    data = answer.read()
                    return Response(url, answer.status, dict(answer.headers.items()), data)
            except urllib.error.HTTPError as exc:
                data = exc.read() if exc.fp is not None else b""
                if exc.code in accept:
                    return Response(url, exc.code, dict(exc.headers.items()), data)
                if exc.code in RETRY_STATUSES and attempt < self.retries:
                    self._backoff(attempt, exc.headers.get("Retry-After"), url, exc.code)
                    continue
                raise self._refused(url, exc, data) from exc
            except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
                reason = _offline_reason(exc)
                if reason:
                    raise self._cannot_reach(url, reason) from exc
                if attempt < self.retries:
                    self._backoff(attempt, None, url, None)
                    continue
                raise self._exhausted(url, f"no complete answer ({exc.__class__.__name__})") from exc
        raise AssertionError("unreachable")  # the loop always returns or raises

    def get(self, url: str, **kwargs: Any) -> Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> Response:
        return self.request("POST", url, **kwargs)

    # ------------------------------------------------------------------ downloads

    def download(self, url: str, dest: Path, *, size: int | None = None, md5: str | None = None,
                 headers: dict[str, str] | None = None, label: str | None = None) -> Path:
        """Fetch `url` to `dest`, resuming `dest.part` with Range requests; check size and MD5.

        A file already at `dest` with the expected size and MD5 is kept. A checksum or size
        mismatch removes the partial file and raises one line: nothing half-fetched is ever used.
        """
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists() and _complete(dest, size, md5):
            return dest
        part = dest.with_name(dest.name + ".part")
        meta_path = dest.with_name(dest.name + ".part.json")
        meta = _read_meta(meta_path)
        if part.exists() and meta.get("url") != url:
            part.unlink()
            meta = {}
        task = self.progress.add_task(label or dest.name, total=size, bytes=True)
        for attempt in range(self.retries + 1):
            have = part.stat().st_size if part.exists() else 0
            if size is not None and have == size:
                break
            sent = {"User-Agent": self.user_agent, "Accept-Encoding": "identity", **(headers or {})}
            if have:
                sent["Range"] = f"bytes={have}-"
                if meta.get("validator"):
                    sent["If-Range"] = meta["validator"]
            self._throttle(url)
            try:
                with urllib.request.urlopen(urllib.request.Request(url, headers=sent), timeout=self.timeout) as answer:
                    start = _start_of(answer, have)
                    expected = _total_of(answer, start)
                    meta = {"url": url, "validator": answer.headers.get("ETag") or answer.headers.get("Last-Modified"),
                            "total": expected}
                    meta_path.write_text(json.dumps(meta))
                    total = size if size is not None else expected
                    self.progress.update(task, total=total, completed=start)
                    with open(part, "r+b" if start else "wb") as out:
                        out.seek(start)
                        out.truncate()
                        while True:
                            block = answer.read(CHUNK)
                            if not block:
                                break
                            out.write(block)
                            self.progress.advance(task, len(block))
                    got = part.stat().st_size
                    if expected is not None and got < expected:
                        raise http.client.IncompleteRead(b"", expected - got)
                    break
            except urllib.error.HTTPError as exc:
                if exc.code == 416 and have and (size is None or have == size) and meta.get("total") in (None, have):
                    break                                   # the part already holds the whole file
                if exc.code == 416:
                    part.unlink(missing_ok=True)
                if exc.code in RETRY_STATUSES | {416} and attempt < self.retries:
                    self._backoff(attempt, exc.headers.get("Retry-After"), url, exc.code)
                    continue
                raise self._refused(url, exc, exc.read() if exc.fp is not None else b"") from exc
            except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
                reason = _offline_reason(exc)
                if reason:
                    raise self._cannot_reach(url, reason) from exc
                if attempt < self.retries:
                    self._backoff(attempt, None, url, None)        # keep the .part: the next try resumes it
                    continue
                raise self._exhausted(url, f"a cut-off body ({part.stat().st_size if part.exists() else 0} bytes "
                                      "kept; run again to resume)") from exc
        _verify(part, dest.name, url, size, md5, meta_path)
        os.replace(part, dest)
        meta_path.unlink(missing_ok=True)
        return dest


def _start_of(answer: http.client.HTTPResponse, have: int) -> int:
    """Where the body starts: `have` for a 206 continuing our part, 0 for a full 200 answer."""
    if answer.status == 206:
        content_range = answer.headers.get("Content-Range", "")
        try:
            first = int(content_range.split()[1].split("-")[0])
        except (IndexError, ValueError):
            first = -1
        if first != have:
            raise LatitudeError(f"{_host(answer.url)} sent bytes from {first} when asked to resume at {have} "
                                f"({answer.url}); delete the .part file and run again")
        return have
    return 0


def _total_of(answer: http.client.HTTPResponse, start: int) -> int | None:
    content_range = answer.headers.get("Content-Range", "")
    if "/" in content_range and content_range.rsplit("/", 1)[1].strip().isdigit():
        return int(content_range.rsplit("/", 1)[1])
    length = answer.headers.get("Content-Length")
    return start + int(length) if length and length.isdigit() else None


def _read_meta(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text())
    except (OSError, json.JSONDecodeError):
        return {}


def md5_of(path: Path) -> str:
    digest = hashlib.md5()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _complete(path: Path, size: int | None, md5: str | None) -> bool:
    if size is not None and path.stat().st_size != size:
        return False
    return md5 is None or md5_of(path) == md5.lower()


def _verify(part: Path, name: str, url: str, size: int | None, md5: str | None, meta_path: Path) -> None:
    """Size and MD5 as published, or the partial file goes and one line says why."""
    got = part.stat().st_size
    problem = None
    if size is not None and got != size:
        problem = f"{got:,} bytes where the publisher lists {size:,}"
    elif md5 is not None:
        actual = md5_of(part)
        if actual != md5.lower():
            problem = f"MD5 {actual} where the publisher lists {md5.lower()}"
    if problem:
        part.unlink(missing_ok=True)
        meta_path.unlink(missing_ok=True)
        raise LatitudeError(f"{name}: {problem} ({url}); the download was deleted and nothing was loaded: "
                            "run the update again")
