"""One fetch or watch run: fetch, write the WARC, remember, report. No store here: the
command line hands the WARC to the ordinary ingest run afterwards."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from whosaid.fetch.client import Fetcher, FetchFailure, NotModified, Page
from whosaid.fetch.feeds import FeedError, parse_links
from whosaid.fetch.state import FetchState
from whosaid.fetch.warcout import WarcWriter

MAX_SITEMAP_DEPTH = 3  # an index of indexes of sitemaps, and no deeper


@dataclass
class FetchReport:
    """What a run did: pages written to the WARC, pages unchanged (304) or already fetched,
    and every failure with its URL and reason."""

    warc: Path | None = None
    fetched: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failures: list[FetchFailure] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{len(self.fetched)} page(s) fetched, {len(self.unchanged)} unchanged, "
                f"{len(self.skipped)} skipped (fetched before or gone), "
                f"{len(self.failures)} failure(s)")


def fetch_urls(urls: Iterable[str], fetcher: Fetcher, state: FetchState, warc: Path,
               skip_seen: bool = False) -> FetchReport:
    """Fetch each URL once (conditionally when fetched before), writing pages to ``warc``.

    ``skip_seen`` passes over URLs already fetched in an earlier run without asking the
    site at all (what ``watch`` wants for article links). The state is saved at the end,
    and every few seconds on the way, so that an interrupted run loses little."""
    report = FetchReport(warc=warc)
    with WarcWriter(warc) as writer:
        for url in dict.fromkeys(urls):
            if skip_seen and state.seen(url):
                report.skipped.append(url)
                continue
            _take(fetcher.get(url), writer, state, report)
    state.save()
    return report


def watch_once(sources: Iterable[str], fetcher: Fetcher, state: FetchState,
               warc: Path) -> FetchReport:
    """Read every feed and sitemap in ``sources``, then fetch the articles not fetched yet."""
    pages: list[str] = []
    failures: list[FetchFailure] = []
    for source in sources:
        pages += _feed_pages(source, fetcher, state, failures, MAX_SITEMAP_DEPTH)
    report = fetch_urls(pages, fetcher, state, warc, skip_seen=True)
    for failure in failures:
        state.record_failure(failure)
    report.failures[:0] = failures
    state.save()
    return report


def read_sources(path: Path) -> list[str]:
    """Feed and sitemap URLs from a YAML file: a list (of URLs, or of ``{url: ...}``), a
    mapping with a ``feeds`` list, or plain lines of URLs (``#`` starts a comment)."""
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        data = None
    if isinstance(data, dict):
        data = data.get("feeds", data.get("sources"))
    if isinstance(data, list):
        urls = [item.get("url") if isinstance(item, dict) else item for item in data]
        return [str(url).strip() for url in urls if url]
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


def _take(result: Page | NotModified | FetchFailure, writer: WarcWriter, state: FetchState,
          report: FetchReport) -> None:
    """File one fetch result in the WARC, the state and the report."""
    if isinstance(result, Page):
        writer.write(result)
        state.remember(result)
        state.save_soon()
        report.fetched.append(result.requested)
    elif isinstance(result, NotModified):
        report.unchanged.append(result.url)
    else:
        state.record_failure(result)
        report.failures.append(result)


def _feed_pages(url: str, fetcher: Fetcher, state: FetchState, failures: list[FetchFailure],
                depth: int) -> list[str]:
    """The article URLs of one feed or sitemap (following a sitemap index ``depth`` deep).

    The links of each feed are remembered, so that a feed answering 304 still gives the
    articles that failed last time another chance."""
    result = fetcher.get(url)
    if isinstance(result, FetchFailure):
        failures.append(result)
        return []
    if isinstance(result, NotModified):
        return state.feeds.get(url, [])
    try:
        links = parse_links(result.body, result.url, fetcher.limits.max_bytes)
    except FeedError as exc:
        failures.append(FetchFailure(url, str(exc)))
        return []
    pages = list(links.pages)
    for sitemap in links.sitemaps:
        if depth <= 0:
            failures.append(FetchFailure(sitemap, "sitemap indexes nested too deep"))
            continue
        pages += _feed_pages(sitemap, fetcher, state, failures, depth - 1)
    state.feeds[url] = pages
    state.remember(result)
    return pages
