"""A small threaded HTTP server on 127.0.0.1 for the fetch tests: feeds, a sitemap, article
pages, a redirect, 404, a 500 that succeeds on retry, a slow answer, huge answers,
robots.txt rules and ETag/304. It records every request (path, time, headers)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self

ROBOTS = "User-agent: *\nDisallow: /private/\n"
ARTICLE = """<!doctype html><html><head><title>{title}</title>
<meta property="og:title" content="{title}"></head><body><article>
<h1>{title}</h1>
<p>The minister spoke to reporters in the capital on Monday about the plan number {n}.</p>
<p>"We will not accept this plan in its present form," Minister Anna Berg said on Monday.</p>
<p>Opposition leader Tom Lind said the government had failed to explain its position on
item {n}, and he called for a vote in parliament before the summer.</p>
</article></body></html>"""


@dataclass
class Hit:
    path: str
    at: float
    headers: dict[str, str]


@dataclass
class Site:
    """What the server serves and what it saw; ``n_articles`` pages at /articles/N."""

    n_articles: int = 8
    slow_seconds: float = 2.0
    huge_bytes: int = 3 * 2**20
    hits: list[Hit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, path: str) -> int:
        with self.lock:
            return sum(1 for hit in self.hits if hit.path == path)


def rss(base: str) -> str:
    items = "".join(f"<item><title>A{n}</title><link>{base}/articles/{n}</link></item>"
                    for n in (1, 2, 3))
    items += f"<item><title>Secret</title><link>{base}/private/secret</link></item>"
    items += f"<item><title>Moved</title><link>{base}/old</link></item>"
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title>'
            f"<link>{base}/</link><description>t</description>{items}</channel></rss>")


def atom(base: str) -> str:
    entries = "".join(f'<entry><title>A{n}</title><id>urn:a{n}</id>'
                      f'<updated>2026-01-0{n}T00:00:00Z</updated>'
                      f'<link rel="alternate" href="{base}/articles/{n}"/></entry>'
                      for n in (3, 4, 5))
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>Test</title><id>urn:feed</id><updated>2026-01-01T00:00:00Z</updated>'
            f"{entries}</feed>")


def sitemap(base: str, paths: list[str]) -> str:
    urls = "".join(f"<url><loc>{base}{p}</loc></url>" for p in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')


def sitemap_index(base: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/sitemap.xml</loc></sitemap></sitemapindex>")


def make_handler(site: Site) -> type[BaseHTTPRequestHandler]:
    """The request handler class, bound to ``site``."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else each answer waits ~40 ms for a delayed ACK

        def log_message(self, *args) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            with site.lock:
                site.hits.append(Hit(self.path, time.monotonic(), dict(self.headers)))
            base = f"http://{self.headers['Host']}"
            route = ROUTES.get(self.path)
            if route:
                route(self, base)
            elif self.path.startswith("/articles/") and self._article_number() is not None:
                n = self._article_number()
                self._send(200, ARTICLE.format(title=f"Plan story {n}", n=n), "text/html")
            elif self.path.startswith("/private/"):
                self._send(200, ARTICLE.format(title="Secret", n=0), "text/html")
            else:
                self._send(404, "not found", "text/plain")

        def _article_number(self) -> int | None:
            tail = self.path.rsplit("/", 1)[-1]
            return int(tail) if tail.isdigit() and 0 < int(tail) <= site.n_articles else None

        def _send(self, status: int, body: str | bytes, ctype: str,
                  headers: dict[str, str] | None = None) -> None:
            data = body.encode() if isinstance(body, str) else body
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def robots(self, base: str) -> None:
            self._send(200, ROBOTS, "text/plain")

        def rss(self, base: str) -> None:
            self._send(200, rss(base), "application/rss+xml")

        def atom(self, base: str) -> None:
            self._send(200, atom(base), "application/atom+xml")

        def sitemap(self, base: str) -> None:
            paths = ["/articles/6", "/missing", "/flaky"]
            self._send(200, sitemap(base, paths), "application/xml")

        def big_sitemap(self, base: str) -> None:
            paths = [f"/articles/{n}" for n in range(1, site.n_articles + 1)]
            self._send(200, sitemap(base, paths), "application/xml")

        def index(self, base: str) -> None:
            self._send(200, sitemap_index(base), "application/xml")

        def old(self, base: str) -> None:
            self._send(301, "", "text/plain", {"Location": "/articles/7"})

        def loop(self, base: str) -> None:
            self._send(302, "", "text/plain", {"Location": "/loop"})

        def flaky(self, base: str) -> None:
            if site.count("/flaky") == 1:
                self._send(500, "try again", "text/plain")
            else:
                self._send(200, ARTICLE.format(title="Flaky story", n=99), "text/html")

        def always_500(self, base: str) -> None:
            self._send(503, "down", "text/plain", {"Retry-After": "0.3"})

        def slow(self, base: str) -> None:
            time.sleep(site.slow_seconds)
            self._send(200, ARTICLE.format(title="Slow", n=98), "text/html")

        def huge(self, base: str) -> None:
            self._send(200, b"<p>" + b"x" * site.huge_bytes, "text/html")

        def huge_undeclared(self, base: str) -> None:
            """No Content-Length: the fetcher must count while it reads."""
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"y" * 65536
            try:
                for _ in range(site.huge_bytes // len(chunk)):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True

        def etag(self, base: str) -> None:
            if self.headers.get("If-None-Match") == '"v1"':
                self._send(304, b"", "text/html", {"ETag": '"v1"'})
            else:
                self._send(200, ARTICLE.format(title="Tagged", n=97), "text/html",
                           {"ETag": '"v1"', "Last-Modified": "Mon, 05 Jan 2026 10:00:00 GMT"})

    ROUTES = {"/robots.txt": Handler.robots, "/rss.xml": Handler.rss, "/atom.xml": Handler.atom,
              "/sitemap.xml": Handler.sitemap, "/big-sitemap.xml": Handler.big_sitemap,
              "/sitemap_index.xml": Handler.index, "/old": Handler.old, "/loop": Handler.loop,
              "/flaky": Handler.flaky, "/down": Handler.always_500, "/slow": Handler.slow,
              "/huge": Handler.huge, "/huge-undeclared": Handler.huge_undeclared,
              "/etag": Handler.etag}
    return Handler


class LocalServer:
    """The server on 127.0.0.1 on a free port, in a thread; a context manager."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(site))
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(5)
