"""Fetch and follow: polite HTTP fetching of pages, feeds and sitemaps (command line only).

- ``client``: ``Fetcher`` gets one URL politely (robots.txt, per-host rate limit, a
  User-Agent naming whosaid, conditional GET, retries with backoff, size and time limits,
  a bounded number of redirects, http and https only).
- ``polite``: the per-host clock and the robots.txt cache the fetcher uses.
- ``feeds``: article URLs from RSS, Atom and XML sitemaps.
- ``state``: what was fetched (ETag, Last-Modified) and what failed, in a JSON file.
- ``warcout``: what was fetched, written raw as WARC response records, so that a run can be
  repeated offline through the ordinary WARC reader.
- ``run``: ``fetch_urls`` and ``watch_once``, which tie these together.

Nothing here touches the store; the ``fetch`` and ``watch`` commands hand the WARC they
wrote to the ordinary ingest run. The web server never imports this package (no SSRF).
"""

from whosaid.fetch.client import Fetcher, FetchFailure, Limits, NotModified, Page, user_agent
from whosaid.fetch.run import FetchReport, fetch_urls, read_sources, watch_once
from whosaid.fetch.state import FetchState, default_state_path, default_warc_path

__all__ = ["FetchFailure", "FetchReport", "FetchState", "Fetcher", "Limits", "NotModified",
           "Page", "default_state_path", "default_warc_path", "fetch_urls", "read_sources",
           "user_agent", "watch_once"]
