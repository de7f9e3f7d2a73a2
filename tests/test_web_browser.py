"""The web UI in a real browser: Debian's Chromium, driven headless by Playwright, against
``whosaid serve`` running in a subprocess over a database ingested from ``examples/``.

Screenshots go to ``test-output/web/``.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import EXAMPLES, REPO

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = REPO / "test-output" / "web"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium (/usr/bin/chromium); `make test` "
    "installs it, or run: apt-get install chromium chromium-driver")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "whosaid.cli", *args]


def _wait_until_up(url: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"whosaid serve exited with {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"whosaid serve did not answer at {url}")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('browser')}/t.db"
    subprocess.run(_cli("ingest", str(EXAMPLES), "--db", url), check=True, cwd=REPO,
                   capture_output=True, timeout=300)
    port = _free_port()
    server = subprocess.Popen(_cli("serve", "--db", url, "--port", str(port)), cwd=REPO,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base + "/api/speakers", server)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    # Everything is vendored: a request that leaves the server is a bug.
    outside = []
    context.on("request", lambda r: outside.append(r.url)
               if not r.url.startswith(("http://127.0.0.1", "data:")) else None)
    yield context.new_page()
    context.close()
    assert not outside, f"requests left the server: {outside}"


def _highlighted_text(page, statement_id: str) -> str:
    """The statement's characters as highlighted on the article page: the pieces marked with
    its id, joined where contiguous and separated by ' … ' where the quote is split."""
    pieces = page.eval_on_selector_all(
        f'mark[data-content~="{statement_id}"]',
        "els => els.map(e => [+e.dataset.start, +e.dataset.end, e.textContent])")
    spans: list[list] = []
    for start, end, text in sorted(pieces):
        if spans and spans[-1][1] == start:
            spans[-1][1], spans[-1][2] = end, spans[-1][2] + text
        else:
            spans.append([start, end, text])
    return " … ".join(text for _, _, text in spans)


def test_search_open_statement_see_it_highlighted_and_the_speaker_chart(page, base_url):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(base_url + "/")
    # Search for what Putin said (the words search alone also matches statements by others in
    # articles whose headline names him, some with no known speaker).
    page.get_by_label("Speaker").fill("Putin")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"/statements\?"))
    page.screenshot(path=SHOTS / "search-putin.png", full_page=True)
    results = page.locator("ol.statements blockquote a")
    assert results.count() > 0

    results.first.click()
    page.wait_for_url(re.compile(r"/statements/\d+$"))
    statement_id = page.url.rsplit("/", 1)[1]
    said = page.locator("blockquote.statement-text").inner_text()
    speaker = page.locator("h1 a").inner_text()
    page.screenshot(path=SHOTS / "statement.png", full_page=True)

    page.get_by_role("link", name="See it highlighted in the article").click()
    page.wait_for_url(re.compile(r"/articles/"))
    assert _highlighted_text(page, statement_id) == said
    mark = page.locator(f'mark.content[data-statement="{statement_id}"]').first
    link = mark.locator("xpath=..")  # hovering shows who said it, clicking goes to them
    assert f"said by {speaker}" in link.get_attribute("title")
    mark.scroll_into_view_if_needed()
    page.screenshot(path=SHOTS / "article.png", full_page=True)

    link.click()
    page.wait_for_url(re.compile(r"/speakers/\d+$"))
    assert page.locator("h1").inner_text() == speaker
    chart = page.get_by_role("img", name=re.compile("^Statements per week"))
    bars = chart.locator("rect.bar")
    assert bars.count() >= 1
    box = chart.bounding_box()
    assert box and box["width"] > 100 and box["height"] > 20
    tallest = max(bars.nth(i).bounding_box()["height"] for i in range(bars.count()))
    assert tallest > 10
    page.screenshot(path=SHOTS / "speaker.png", full_page=True)


def test_article_page_on_a_phone(browser, base_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(base_url + "/api/statements?speaker=Putin&limit=1")
    article_id = page.locator("body").inner_text().split('"article_id":"')[1].split('"')[0]
    page.goto(f"{base_url}/articles/{article_id}")
    # Readable on a phone: nothing wider than the screen, so no sideways scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.locator("mark.hl").count() > 0
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / "article-phone.png")
    context.close()
