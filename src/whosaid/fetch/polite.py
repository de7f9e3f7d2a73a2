"""Politeness shared by every request to a host: a per-host clock and robots.txt rules."""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urlsplit

from protego import Protego

# What a robots.txt lookup hands back: the HTTP status (None when the host could not be
# reached) and the body as text.
RobotsAnswer = tuple[int | None, str]


def host_of(url: str) -> str:
    """The host a rate limit and a robots.txt apply to: scheme, name and port."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


class HostClock:
    """Spaces the requests to each host at least ``interval`` seconds apart.

    Requests to different hosts do not wait for each other; a robots.txt Crawl-delay longer
    than the interval wins for its host."""

    def __init__(self, interval: float, sleep: Callable[[float], None] = time.sleep,
                 now: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self._sleep, self._now = sleep, now
        self._last: dict[str, float] = {}

    def wait(self, host: str, delay: float | None = None) -> None:
        """Block until a request to ``host`` is allowed, then count it as made now."""
        interval = max(self.interval, delay or 0.0)
        last = self._last.get(host)
        if last is not None and (pause := last + interval - self._now()) > 0:
            self._sleep(pause)
        self._last[host] = self._now()


class Robots:
    """robots.txt rules, read once per host per run through ``read(robots_url)``.

    As RFC 9309 says: a robots.txt that is missing (4xx) allows everything; one that cannot
    be read (5xx, no answer) disallows everything for this run, since the site may be
    struggling and we cannot know its wishes."""

    def __init__(self, agent: str, read: Callable[[str], RobotsAnswer]) -> None:
        self.agent = agent
        self._read = read
        self._rules: dict[str, Protego | str | None] = {}

    def refusal(self, url: str) -> str | None:
        """Why robots.txt forbids ``url``, or None when it may be fetched."""
        rules = self._for(host_of(url))
        if isinstance(rules, str):
            return rules
        if rules is not None and not rules.can_fetch(url, self.agent):
            return "disallowed by robots.txt"
        return None

    def crawl_delay(self, url: str) -> float | None:
        """The Crawl-delay robots.txt asks of us for this host, if any."""
        rules = self._rules.get(host_of(url))
        return rules.crawl_delay(self.agent) if isinstance(rules, Protego) else None

    def _for(self, host: str) -> Protego | str | None:
        if host not in self._rules:
            self._rules[host] = self._load(host)
        return self._rules[host]

    def _load(self, host: str) -> Protego | str | None:
        """Parsed rules; None when there are none; a reason string when all is refused."""
        status, text = self._read(f"{host}/robots.txt")
        if status is None:
            return f"robots.txt could not be read ({text}); not fetching from {host}"
        if status >= 500:
            return f"robots.txt answered HTTP {status}; not fetching from {host}"
        if status >= 400:
            return None
        return Protego.parse(text)
