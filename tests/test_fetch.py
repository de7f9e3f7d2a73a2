"""Fetch and follow (issue 14, part 4), against a local HTTP server on 127.0.0.1 only."""

from __future__ import annotations

import gzip
import itertools
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from fetch_server import LocalServer, Site, sitemap
from test_imports import import_graph

import whosaid
from whosaid.fetch import (
    Fetcher,
    FetchFailure,
    FetchState,
    Limits,
    NotModified,
    Page,
    fetch_urls,
    read_sources,
    user_agent,
    watch_once,
)
from whosaid.fetch.feeds import FeedError, parse_links
from whosaid.fetch.polite import HostClock
from whosaid.ingest.warc import iter_warc
from whosaid.models import Document, Failure

# Short limits, so that the whole file runs in seconds.
FAST = Limits(rate=50.0, timeout=0.5, max_seconds=5.0, max_bytes=2**20, retries=1,
              backoff=0.05, max_redirects=3)


@pytest.fixture
def server():
    with LocalServer(Site()) as srv:
        yield srv


def _fetcher(state: FetchState | None = None, limits: Limits = FAST) -> Fetcher:
    return Fetcher(limits, state if state is not None else FetchState())


def _read_warc(path: Path) -> list[Document | Failure]:
    with path.open("rb") as f:
        return list(iter_warc(f, str(path), 2**24))


def test_pages_are_fetched_with_a_user_agent_naming_whosaid(server):
    with _fetcher() as fetcher:
        page = fetcher.get(f"{server.base}/articles/1")
    assert isinstance(page, Page) and page.status == 200
    assert b"Minister Anna Berg" in page.body
    hit = next(h for h in server.site.hits if h.path == "/articles/1")
    assert hit.headers["User-Agent"] == user_agent()
    assert user_agent().startswith("whosaid/")


def test_robots_txt_is_honoured_and_read_once(server):
    with _fetcher() as fetcher:
        refused = fetcher.get(f"{server.base}/private/secret")
        fetcher.get(f"{server.base}/articles/2")
    assert isinstance(refused, FetchFailure) and "robots.txt" in refused.reason
    assert server.site.count("/private/secret") == 0
    assert server.site.count("/robots.txt") == 1


def test_a_redirect_is_followed_and_a_loop_is_cut(server):
    with _fetcher() as fetcher:
        moved = fetcher.get(f"{server.base}/old")
        loop = fetcher.get(f"{server.base}/loop")
    assert isinstance(moved, Page) and moved.url == f"{server.base}/articles/7"
    assert moved.requested == f"{server.base}/old"
    assert isinstance(loop, FetchFailure) and "redirects" in loop.reason


def test_only_http_and_https(server):
    with _fetcher() as fetcher:
        for url in ("file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://x", "no-scheme"):
            result = fetcher.get(url)
            assert isinstance(result, FetchFailure) and "http or https" in result.reason


def test_a_500_is_retried_with_backoff_then_succeeds(server):
    with _fetcher() as fetcher:
        page = fetcher.get(f"{server.base}/flaky")
        down = fetcher.get(f"{server.base}/down")
    assert isinstance(page, Page) and server.site.count("/flaky") == 2
    assert isinstance(down, FetchFailure) and "503" in down.reason and "2 tries" in down.reason
    tries = [h.at for h in server.site.hits if h.path == "/down"]
    assert tries[1] - tries[0] >= 0.28  # its Retry-After (0.3 s), not our 0.05 s backoff


def test_404_slow_and_huge_answers_fail_with_a_reason(server):
    with _fetcher() as fetcher:
        missing = fetcher.get(f"{server.base}/missing")
        started = time.monotonic()
        slow = fetcher.get(f"{server.base}/slow")
        slow_took = time.monotonic() - started
        huge = fetcher.get(f"{server.base}/huge")
        streamed = fetcher.get(f"{server.base}/huge-undeclared")
    assert isinstance(missing, FetchFailure) and "404" in missing.reason
    assert isinstance(slow, FetchFailure) and "timed out" in slow.reason
    assert slow_took < 1.9  # two tries of 0.5 s, not the 2 s the server takes
    assert isinstance(huge, FetchFailure) and "limit of 1 MB" in huge.reason
    assert "declares" in huge.reason
    assert isinstance(streamed, FetchFailure) and "limit of 1 MB" in streamed.reason


def test_conditional_get_uses_the_etag(server, tmp_path):
    state = FetchState(tmp_path / "state.json")
    with _fetcher(state) as fetcher:
        first = fetcher.get(f"{server.base}/etag")
        state.remember(first)
        second = fetcher.get(f"{server.base}/etag")
    assert isinstance(first, Page) and isinstance(second, NotModified)
    asked = [h.headers for h in server.site.hits if h.path == "/etag"][-1]
    assert asked["If-None-Match"] == '"v1"'
    assert asked["If-Modified-Since"] == "Mon, 05 Jan 2026 10:00:00 GMT"


def test_the_rate_limit_spaces_requests_to_a_host(server):
    with _fetcher(limits=Limits(rate=10.0, timeout=1.0, retries=0)) as fetcher:
        for n in range(1, 6):
            fetcher.get(f"{server.base}/articles/{n}")
    times = sorted(h.at for h in server.site.hits)  # robots.txt and 5 pages
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.08  # 0.1 s apart, with slack for timer resolution
    assert times[-1] - times[0] >= 0.45


def test_host_clock_waits_per_host():
    now, slept = [0.0], []
    clock = HostClock(1.0, sleep=lambda s: (slept.append(s), now.__setitem__(0, now[0] + s)),
                      now=lambda: now[0])
    clock.wait("http://a")
    clock.wait("http://b")
    clock.wait("http://a")
    clock.wait("http://a", delay=3.0)
    assert slept == [1.0, 3.0]


def test_feeds_and_sitemaps_give_article_urls(server):
    base = server.base
    with _fetcher() as fetcher:
        rss, atom, sitemap = (fetcher.get(f"{base}/{name}")
                              for name in ("rss.xml", "atom.xml", "sitemap.xml"))
    assert parse_links(rss.body, rss.url, 2**20).pages[:3] == [
        f"{base}/articles/{n}" for n in (1, 2, 3)]
    assert parse_links(atom.body, atom.url, 2**20).pages == [
        f"{base}/articles/{n}" for n in (3, 4, 5)]
    assert parse_links(sitemap.body, sitemap.url, 2**20).pages == [
        f"{base}/articles/6", f"{base}/missing", f"{base}/flaky"]


def test_gzipped_sitemaps_and_junk():
    body = sitemap("http://x", ["/a", "/b"]).encode()
    assert parse_links(gzip.compress(body), "http://x/s.xml.gz", 2**20).pages == [
        "http://x/a", "http://x/b"]
    with pytest.raises(FeedError, match="limit"):
        parse_links(gzip.compress(body * 100), "http://x/s.xml.gz", 1000)
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_links(b"<html><body>hello</body></html>", "http://x/", 2**20)


def test_the_web_server_cannot_fetch():
    """No SSRF: nothing the web app imports, directly or not, reaches the fetcher or httpx."""
    graph = import_graph()
    reached, todo = set(), [m for m in graph if m.startswith("whosaid.web")]
    while todo:
        module = todo.pop()
        if module not in reached:
            reached.add(module)
            todo += graph.get(module, ())
    assert not any(m.startswith("whosaid.fetch") for m in reached)
    for path in (Path(whosaid.__file__).parent / "web").rglob("*.py"):
        assert "httpx" not in path.read_text(encoding="utf-8"), path


def test_read_sources_takes_yaml_or_plain_lines(tmp_path):
    (tmp_path / "a.yaml").write_text("feeds:\n  - http://x/rss\n  - url: http://x/sitemap.xml\n")
    (tmp_path / "b.txt").write_text("# feeds\nhttp://x/rss\n\nhttp://y/atom  # news\n")
    assert read_sources(tmp_path / "a.yaml") == ["http://x/rss", "http://x/sitemap.xml"]
    assert read_sources(tmp_path / "b.txt") == ["http://x/rss", "http://y/atom"]


def test_watch_fetches_once_records_failures_and_writes_a_readable_warc(server, tmp_path):
    base = server.base
    sources = [f"{base}/rss.xml", f"{base}/atom.xml", f"{base}/sitemap_index.xml",
               f"{base}/nowhere.xml"]
    state_path = tmp_path / "state.json"
    with _fetcher(FetchState.load(state_path)) as fetcher:
        first = watch_once(sources, fetcher, fetcher.state, tmp_path / "one.warc.gz")

    wanted = {f"{base}/articles/{n}" for n in range(1, 7)} | {f"{base}/old", f"{base}/flaky"}
    assert set(first.fetched) == wanted
    failed = {f.url: f.reason for f in first.failures}
    assert "404" in failed[f"{base}/missing"]
    assert "404" in failed[f"{base}/nowhere.xml"]
    assert "robots.txt" in failed[f"{base}/private/secret"]
    saved = FetchState.load(state_path)
    assert {f["url"] for f in saved.failures} >= set(failed)

    docs = [d for d in _read_warc(first.warc) if isinstance(d, Document)]
    assert len(docs) == len(wanted)
    assert f"{base}/articles/7" in {d.origin.url for d in docs}  # where /old led
    assert all("Anna Berg" in d.data for d in docs)

    with _fetcher(FetchState.load(state_path)) as fetcher:
        second = watch_once(sources, fetcher, fetcher.state, tmp_path / "two.warc.gz")
    assert second.fetched == []
    assert set(second.skipped) == wanted | {f"{base}/missing"}  # gone pages are not asked again
    assert server.site.count("/missing") == 1
    assert not second.warc.exists()  # nothing fetched, no empty WARC
    assert all(server.site.count(f"/articles/{n}") == 1 for n in range(1, 7))


def test_fetch_urls_asks_again_conditionally(server, tmp_path):
    state = FetchState(tmp_path / "state.json")
    with _fetcher(state) as fetcher:
        first = fetch_urls([f"{server.base}/etag"], fetcher, state, tmp_path / "a.warc")
        second = fetch_urls([f"{server.base}/etag"], fetcher, state, tmp_path / "b.warc")
    assert first.fetched == [f"{server.base}/etag"] and second.unchanged == first.fetched


def test_two_hundred_pages_then_none_new(tmp_path):
    site = Site(n_articles=200)
    with LocalServer(site) as srv, _fetcher(limits=Limits(rate=200.0, retries=0)) as fetcher:
        sources = [f"{srv.base}/big-sitemap.xml"]
        first = watch_once(sources, fetcher, fetcher.state, tmp_path / "a.warc")
        second = watch_once(sources, fetcher, fetcher.state, tmp_path / "b.warc")
    assert len(first.fetched) == 200 and not first.failures
    assert second.fetched == [] and len(second.skipped) == 200
    assert len([d for d in _read_warc(first.warc) if isinstance(d, Document)]) == 200


@pytest.mark.slow
def test_fetch_and_watch_commands_store_through_the_ingest_run(server, tmp_path):
    from whosaid.cli import main
    from whosaid.store import Store

    db = tmp_path / "news.db"
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"- {server.base}/rss.xml\n")
    fast = ["--rate", "50", "--timeout", "0.5", "--retries", "1", "--model", "fast", "--quiet"]
    runner = CliRunner()
    fetched = runner.invoke(main, ["fetch", f"{server.base}/articles/1", f"{server.base}/missing",
                                   "--db", str(db), "--warc", str(tmp_path / "f.warc.gz"),
                                   *fast])
    assert fetched.exit_code == 0, fetched.output
    assert "missing: HTTP 404" in fetched.output
    watched = runner.invoke(main, ["watch", str(feeds), "--db", str(db), *fast])
    assert watched.exit_code == 0, watched.output
    again = runner.invoke(main, ["watch", str(feeds), "--db", str(db), *fast])
    assert "0 page(s) fetched" in again.output
    assert (tmp_path / "news.fetch.json").exists()
    with Store.open(f"sqlite:///{db}") as store:
        assert len(store.statements(limit=100)) >= 4
