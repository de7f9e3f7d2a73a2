"""``Fetcher``: one URL at a time, politely, with every failure turned into a reason.

Redirects are followed here rather than by httpx, so that each hop is checked like the
first: scheme, robots.txt and the host's rate limit.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Self
from urllib.parse import urljoin, urlsplit

import httpx

from whosaid import __version__
from whosaid.fetch.polite import HostClock, Robots, RobotsAnswer, host_of
from whosaid.fetch.state import FetchState

SCHEMES = ("http", "https")
REDIRECTS = (301, 302, 303, 307, 308)
RETRY_STATUSES = (429, 500, 502, 503, 504)
ROBOTS_MAX_BYTES = 500 * 1024  # the most of a robots.txt that crawlers read (RFC 9309)
MAX_RETRY_AFTER = 120.0  # the longest Retry-After (seconds) we wait for before trying again
AGENT_TOKEN = "whosaid"


def user_agent() -> str:
    """The User-Agent: names whosaid and its version, so that sites know who asks."""
    return f"{AGENT_TOKEN}/{__version__} (statement archiver; polite fetcher; +robots.txt)"


@dataclass(frozen=True)
class Limits:
    """How hard to try and how much to take. ``rate`` is requests per second per host;
    ``timeout`` bounds connecting and each read, ``max_seconds`` a whole answer."""

    rate: float = 1.0
    timeout: float = 20.0
    max_seconds: float = 120.0
    max_bytes: int = 50 * 1024 * 1024
    retries: int = 3
    backoff: float = 1.0
    max_redirects: int = 5


@dataclass(frozen=True)
class Page:
    """A 2xx answer: the URL it came from at last, the one asked for, and the raw HTTP."""

    url: str
    requested: str
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def header(self, name: str) -> str | None:
        """The first header called ``name`` (any case)."""
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


@dataclass(frozen=True)
class NotModified:
    """A 304: the page is the one fetched before (its ETag or Last-Modified still hold)."""

    url: str


@dataclass(frozen=True)
class FetchFailure:
    """A URL that could not be fetched, and why in plain words (with the HTTP status when
    the server gave one)."""

    url: str
    reason: str
    status: int | None = None

    def __str__(self) -> str:
        return f"{self.url}: {self.reason}"


class _Refused(Exception):
    """An answer that will not be better on a second try (too big, wrong scheme...)."""


class _Retryable(Exception):
    """A timeout, a dropped connection or a 5xx: worth another try after a pause (at least
    ``wait`` seconds when the server said so in Retry-After)."""

    def __init__(self, reason: str, wait: float = 0.0) -> None:
        super().__init__(reason)
        self.wait = wait


FetchResult = Page | NotModified | FetchFailure


class Fetcher:
    """Fetches URLs politely; use it as a context manager (it holds a connection pool)."""

    def __init__(self, limits: Limits = Limits(), state: FetchState | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.limits = limits
        self.state = state
        self.clock = HostClock(1.0 / limits.rate if limits.rate > 0 else 0.0)
        self.robots = Robots(AGENT_TOKEN, self._read_robots)
        timeout = httpx.Timeout(limits.timeout)
        self.client = httpx.Client(headers={"User-Agent": user_agent()}, timeout=timeout,
                                   follow_redirects=False, transport=transport)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def get(self, url: str) -> FetchResult:
        """Fetch ``url``, following redirects; never raises for anything the web does."""
        current = url
        for _hop in range(self.limits.max_redirects + 1):
            if (why := self._refusal(current)) is not None:
                return FetchFailure(url, why if current == url else f"{why} (at {current})")
            try:
                answer = self._with_retries(current)
            except _Refused as exc:
                return FetchFailure(url, str(exc))
            if answer.status not in REDIRECTS:
                return self._result(url, current, answer)
            location = answer.header("location")
            if not location:
                return FetchFailure(url, f"HTTP {answer.status} redirect without a Location")
            current = urljoin(current, location)
        return FetchFailure(url, f"more than {self.limits.max_redirects} redirects")

    def _refusal(self, url: str) -> str | None:
        """Why ``url`` must not be asked for: a scheme other than http(s), or robots.txt."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in SCHEMES or not parts.hostname:
            return f"not an http or https URL: {url!r}"
        return self.robots.refusal(url)

    def _result(self, asked: str, final: str, answer: Page) -> FetchResult:
        if answer.status == 304:
            return NotModified(asked)
        if not 200 <= answer.status < 300:
            return FetchFailure(asked, f"HTTP {answer.status} {answer.reason}".strip(),
                                answer.status)
        return Page(final, asked, answer.status, answer.reason, answer.headers, answer.body)

    def _with_retries(self, url: str) -> Page:
        """One answer for ``url``, trying again after 1, 2, 4... × backoff seconds when the
        server fails (5xx, 429) or does not answer in time, or after its Retry-After."""
        tries, wait = self.limits.retries + 1, 0.0
        for attempt in range(tries):
            if attempt:
                time.sleep(max(self.limits.backoff * 2 ** (attempt - 1), wait))
            try:
                return self._once(url)
            except _Retryable as exc:
                last, wait = str(exc), exc.wait
        raise _Refused(f"{last} (gave up after {tries} tries)")

    def _once(self, url: str) -> Page:
        """One polite request: wait for the host's turn, send validators, read the body."""
        self.clock.wait(host_of(url), self.robots.crawl_delay(url))
        headers = self.state.validators(url) if self.state else {}
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code in RETRY_STATUSES:
                    raise _Retryable(f"HTTP {response.status_code} {response.reason_phrase}",
                                     _retry_after(response.headers.get("retry-after")))
                body = b"" if response.status_code in REDIRECTS or response.status_code == 304 \
                    else _read_body(response, self.limits)
        except httpx.TimeoutException:
            raise _Retryable(f"timed out (no answer within {self.limits.timeout:g} s)") from None
        except httpx.TransportError as exc:
            raise _Retryable(f"connection failed: {exc or type(exc).__name__}") from None
        except httpx.HTTPError as exc:
            raise _Refused(f"bad HTTP answer: {exc or type(exc).__name__}") from None
        return Page(url, url, response.status_code, response.reason_phrase,
                    tuple(response.headers.multi_items()), body)

    def _read_robots(self, robots_url: str) -> RobotsAnswer:
        """robots.txt for a host: fetched like a page, but redirects followed by httpx."""
        self.clock.wait(host_of(robots_url))
        limits = Limits(max_bytes=ROBOTS_MAX_BYTES, max_seconds=self.limits.max_seconds)
        try:
            with self.client.stream("GET", robots_url, follow_redirects=True) as response:
                if response.status_code >= 400:
                    return response.status_code, ""
                return response.status_code, _read_body(response, limits, cut=True).decode(
                    response.encoding or "utf-8", "replace")
        except (httpx.HTTPError, _Retryable, _Refused) as exc:
            return None, str(exc) or type(exc).__name__


def _read_body(response: httpx.Response, limits: Limits, cut: bool = False) -> bytes:
    """The decoded body, read in pieces and given up on past ``max_bytes`` or
    ``max_seconds`` (``cut``: keep the first ``max_bytes`` instead of failing)."""
    declared = response.headers.get("content-length", "")
    if not cut and declared.isdigit() and int(declared) > limits.max_bytes:
        raise _Refused(_too_big(limits.max_bytes, f"it declares {int(declared):,} bytes"))
    deadline = time.monotonic() + limits.max_seconds
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > limits.max_bytes:
            if cut:
                return bytes(body[: limits.max_bytes])
            raise _Refused(_too_big(limits.max_bytes, "its body is longer"))
        if time.monotonic() > deadline:
            raise _Retryable(f"took longer than {limits.max_seconds:g} s to send")
    return bytes(body)


def _retry_after(value: str | None) -> float:
    """Seconds to wait from a Retry-After in seconds (an HTTP date is taken as no wish),
    capped so that one server cannot stall a batch."""
    try:
        return min(max(float(value or 0), 0.0), MAX_RETRY_AFTER)
    except ValueError:
        return 0.0


def _too_big(max_bytes: int, why: str) -> str:
    return f"larger than the limit of {max_bytes / 2**20:g} MB ({why}); not fetched"
