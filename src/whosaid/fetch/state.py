"""What the fetcher remembers between runs, in one small JSON file.

For each page fetched: its ETag and Last-Modified (sent back as If-None-Match and
If-Modified-Since, so an unchanged page costs the site a 304) and when it was fetched, so
that ``watch`` does not fetch an article twice. For each feed: the article links it gave
last, used again when it answers 304. And the failures of the last runs, with URL and
reason. The file lives next to the SQLite database unless a path is given.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whosaid.store.connect import resolve_url

if TYPE_CHECKING:
    from whosaid.fetch.client import FetchFailure, Page

MAX_FAILURES = 1000  # the most recent failures kept in the file
GONE = (404, 410)  # statuses that say a page is not there and will not come back
SAVE_EVERY = 2.0  # seconds between saves during a run (a save rewrites the whole file)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def default_state_path(db_url: str | None = None) -> Path:
    """``NAME.fetch.json`` next to a SQLite database ``NAME.db``; else ``whosaid.fetch.json``
    in the current directory (PostgreSQL, in-memory SQLite)."""
    url = resolve_url(db_url)
    prefix = "sqlite:///"
    if url.startswith(prefix) and url[len(prefix):] not in ("", ":memory:"):
        return Path(url[len(prefix):]).with_suffix(".fetch.json")
    return Path("whosaid.fetch.json")


def default_warc_path(state_path: Path) -> Path:
    """A new WARC for one run, in a folder next to the state file, named by the UTC time."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    folder = state_path.with_name(state_path.name.removesuffix(".json") + "-warc")
    return folder / f"fetch-{stamp}.warc.gz"


class FetchState:
    """Pages, feeds and failures, loaded from and saved to ``path`` (None: memory only)."""

    def __init__(self, path: Path | None = None, data: dict[str, Any] | None = None) -> None:
        self.path = path
        data = data or {}
        self.pages: dict[str, dict[str, str]] = data.get("pages", {})
        self.feeds: dict[str, list[str]] = data.get("feeds", {})
        self.failures: list[dict[str, str]] = data.get("failures", [])
        self._saved = time.monotonic()

    @classmethod
    def load(cls, path: Path) -> FetchState:
        """The state in ``path``; an empty one when the file does not exist yet."""
        if not path.exists():
            return cls(path)
        with path.open(encoding="utf-8") as f:
            return cls(path, json.load(f))

    def save(self) -> None:
        """Write the file atomically, so a run killed mid-write leaves the old one intact."""
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"pages": self.pages, "feeds": self.feeds,
                "failures": self.failures[-MAX_FAILURES:]}
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1, sort_keys=True)
        os.replace(tmp, self.path)
        self._saved = time.monotonic()

    def save_soon(self) -> None:
        """Save when the last save is a while ago: an interrupted run loses at most a few
        seconds of pages (and the store skips those again), without rewriting the file
        after every page."""
        if time.monotonic() - self._saved >= SAVE_EVERY:
            self.save()

    def seen(self, url: str) -> bool:
        """Whether ``url`` was fetched (directly, or as where a redirect led)."""
        return url in self.pages

    def validators(self, url: str) -> dict[str, str]:
        """Conditional-GET headers for ``url`` from its last fetch."""
        page = self.pages.get(url, {})
        headers = {}
        if etag := page.get("etag"):
            headers["If-None-Match"] = etag
        if modified := page.get("last_modified"):
            headers["If-Modified-Since"] = modified
        return headers

    def remember(self, page: Page) -> None:
        """Record a fetched page under the URL asked for and the one it came from."""
        entry = {"fetched": _now()}
        if etag := page.header("etag"):
            entry["etag"] = etag
        if modified := page.header("last-modified"):
            entry["last_modified"] = modified
        for url in {page.requested, page.url}:
            self.pages[url] = entry

    def record_failure(self, failure: FetchFailure) -> None:
        """Keep a failure with its URL, reason and time. A page that is gone (404, 410)
        counts as seen, so that ``watch`` does not ask for it again on every run; other
        failures (timeouts, 5xx, robots.txt) are tried again next time."""
        self.failures.append({"url": failure.url, "reason": failure.reason, "at": _now()})
        if failure.status in GONE:
            self.pages[failure.url] = {"gone": str(failure.status), "fetched": _now()}
