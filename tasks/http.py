"""Polite, bounded HTTP for feeds and pages: timeouts, capped redirects and sizes, one request
per host at a time with a delay between them, and an optional allow-list of hosts.

Per-URL failures come back as results with an `error`, never as exceptions, so one bad link
cannot sink a batch; connection errors are retried by the transport.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from sitrep.settings import HttpSettings


class HostNotAllowed(httpx.RequestError):
    """The URL (or a redirect) points at a host outside SITREP_ALLOWED_HOSTS."""


class TooLarge(httpx.RequestError):
    """The response body is over the configured size cap."""


@dataclass(frozen=True)
class Request:
    """A GET to make, with extra headers (e.g. If-None-Match for a conditional GET)."""

    url: str
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Response:
    """What came back for one Request: status and body, or the error that stopped it."""

    url: str
    status: int | None = None
    content: bytes = b""
    final_url: str | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300


def host_allowed(url: str, allowed: tuple[str, ...]) -> bool:
    """True when `allowed` is empty or holds the URL's host."""
    host = (urlsplit(url).hostname or "").lower()
    return not allowed or host in allowed


def _guard(allowed: tuple[str, ...]):
    async def check(request: httpx.Request) -> None:
        if not host_allowed(str(request.url), allowed):
            raise HostNotAllowed(f"host {request.url.host!r} is not in SITREP_ALLOWED_HOSTS", request=request)

    return check


def make_client(http: HttpSettings) -> httpx.AsyncClient:
    """An async client with sitrep's manners (the guard runs on every hop, redirects included)."""
    return httpx.AsyncClient(
        timeout=http.timeout_s,
        follow_redirects=True,
        max_redirects=http.max_redirects,
        headers={"User-Agent": http.user_agent, "Accept-Encoding": "gzip, deflate"},
        transport=httpx.AsyncHTTPTransport(retries=2),
        event_hooks={"request": [_guard(http.allowed_hosts)]},
    )


class _Politeness:
    """One request per host at a time, at least `delay_s` apart."""

    def __init__(self, delay_s: float) -> None:
        self.delay_s = delay_s
        self.locks: dict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self.last: dict[str, float] = {}

    async def wait(self, host: str) -> None:
        gap = time.monotonic() - self.last.get(host, float("-inf"))
        if gap < self.delay_s:
            await asyncio.sleep(self.delay_s - gap)

    def done(self, host: str) -> None:
        self.last[host] = time.monotonic()


async def _read_capped(resp: httpx.Response, max_bytes: int) -> bytes:
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise TooLarge(f"body of {declared} bytes is over the {max_bytes}-byte cap", request=resp.request)
    chunks, size = [], 0
    async for chunk in resp.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise TooLarge(f"body is over the {max_bytes}-byte cap", request=resp.request)
        chunks.append(chunk)
    return b"".join(chunks)


RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


async def _fetch_with_retries(client: httpx.AsyncClient, req: Request, http: HttpSettings) -> Response:
    """One URL, retried with exponential backoff on timeouts, 429 and 5xx (transient failures)."""
    for attempt in range(http.retries + 1):
        resp, transient = await _fetch_one(client, req, http)
        if not transient or attempt == http.retries:
            break
        await asyncio.sleep(http.retry_backoff_s * 2**attempt)
    return resp


async def _fetch_one(client: httpx.AsyncClient, req: Request, http: HttpSettings) -> tuple[Response, bool]:
    """(the response or error, whether it is worth retrying)."""
    if not host_allowed(req.url, http.allowed_hosts):
        return Response(url=req.url, error=f"host {urlsplit(req.url).hostname!r} is not allowed"), False
    try:
        async with client.stream("GET", req.url, headers=req.headers) as resp:
            body = b"" if resp.status_code == 304 else await _read_capped(resp, http.max_bytes)
            return Response(
                url=req.url,
                status=resp.status_code,
                content=body,
                final_url=str(resp.url),
                content_type=resp.headers.get("content-type"),
                etag=resp.headers.get("etag"),
                last_modified=resp.headers.get("last-modified"),
                error=None if resp.status_code < 400 else f"HTTP {resp.status_code}",
            ), resp.status_code in RETRY_STATUS
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        transient = isinstance(exc, httpx.TimeoutException | httpx.NetworkError)
        return Response(url=req.url, error=f"{type(exc).__name__}: {exc}"), transient


async def _fetch_all(requests: list[Request], http: HttpSettings, on_done=None) -> list[Response]:
    polite = _Politeness(http.per_host_delay_s)
    gate = asyncio.Semaphore(http.concurrency)

    async def one(client: httpx.AsyncClient, req: Request) -> Response:
        host = (urlsplit(req.url).hostname or "").lower()
        async with polite.locks[host], gate:
            await polite.wait(host)
            try:
                return await _fetch_with_retries(client, req, http)
            finally:
                polite.done(host)
                if on_done:
                    on_done()

    async with make_client(http) as client:
        return list(await asyncio.gather(*(one(client, r) for r in requests)))


def fetch_all(requests: list[Request], http: HttpSettings, on_done=None) -> list[Response]:
    """GET every request (bounded concurrency, polite per host); results in request order."""
    if not requests:
        return []
    return asyncio.run(_fetch_all(requests, http, on_done))
