"""The timeline, positions and comparison pages, over a store ingested from examples/."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from whosaid.web import create_app

PACK = "ukraine-peace-2025"


@pytest.fixture(scope="module")
def client(examples_db) -> TestClient:
    return TestClient(create_app(examples_db))


class _Page(HTMLParser):
    """Links, headings, table captions, labelled form fields and SVG marks of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.tags: list[str] = []
        self.labels: set[str] = set()
        self.fields: set[str] = set()
        self.marks: list[dict] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "a":
            self.links.append(a.get("href") or "")
        if tag == "label":
            self.labels.add(a.get("for"))
        if tag in ("input", "select"):
            self.fields.add(a.get("id"))
        if tag == "rect" and "mark" in (a.get("class") or ""):
            self.marks.append(a)


def _get(client: TestClient, url: str) -> tuple[str, _Page]:
    r = client.get(url)
    assert r.status_code == 200, r.text
    assert "script-src 'none'" in r.headers["content-security-policy"]
    page = _Page()
    page.feed(r.text)
    assert "script" not in page.tags
    assert page.fields <= page.labels, "every form field has a label"
    return r.text, page


def test_nav_links_to_the_new_pages(client):
    _, page = _get(client, "/")
    assert {"/timeline", "/positions", "/compare"} <= set(page.links)


def test_timeline_page_draws_and_lists_statements_and_events(client):
    html, page = _get(client, "/timeline?speaker=Putin&since=&until=")
    assert "<caption>" in html and "<h1>Timeline</h1>" in html
    assert {m["data-kind"] for m in page.marks} == {"statement", "event"}
    assert "press conference in Kyrgyzstan" in html and "summit in Alaska" in html
    assert "Rustem Umerov" not in html  # another speaker's statements stay out
    assert any(link.startswith("/statements/") for link in page.links)


def test_timeline_page_date_window(client):
    html, page = _get(client, "/timeline?since=2025-11-22&until=2025-11-23")
    assert [m["data-date"] for m in page.marks] == ["2025-11-22"]
    assert "talks in Geneva" in html


def test_timeline_page_rejects_a_bad_date(client):
    assert client.get("/timeline?since=2025-13-45").status_code == 400  # an HTML error page


def test_speaker_page_shows_their_timeline(client):
    putin = next(s for s in client.get("/api/speakers").json() if s["name"] == "Vladimir Putin")
    html, page = _get(client, f"/speakers/{putin['id']}")
    assert "Timeline of Vladimir Putin" in html
    assert "trip in Moscow" in html  # an event he takes part in
    assert len(page.marks) > 5


def test_positions_matrix_links_each_cell_to_its_statements(client):
    html, page = _get(client, f"/positions?pack={PACK}")
    assert "speakers × issues</caption>" in html
    cells = [urlsplit(link) for link in page.links if link.startswith("/statements?")]
    assert cells
    for cell in cells:
        query = parse_qs(cell.query)
        assert query["issue"][0].startswith(f"{PACK}/")
        listed = _get(client, f"/statements?{cell.query}")[1]
        assert any(link.startswith("/statements/") for link in listed.links)
    issues = {parse_qs(c.query)["issue"][0] for c in cells}
    assert f"{PACK}/territory" in issues, "someone in the examples speaks to territory"


def test_positions_never_loads_a_pack_file_named_in_the_request(client):
    html, _ = _get(client, "/positions?pack=/etc/passwd.yaml")
    assert "root:" not in html
    assert html.count(" selected>") == 1  # falls back to an installed pack


def test_compare_puts_two_speakers_side_by_side(client):
    issue = f"{PACK}/territory"
    html, page = _get(client, f"/compare?a=Putin&b=Zelensky&issue={issue}")
    sections = re.findall(r'<h3 id="side-\d">(.*?)</h3>', html, re.DOTALL)
    assert len(sections) == 2
    assert sections[0].startswith("Putin") and sections[1].startswith("Zelensky")
    assert f'value="{issue}" selected' in html
    assert any(link.startswith("/statements/") for link in page.links)


def test_compare_escapes_what_the_user_typed(client):
    html, _ = _get(client, f"/compare?a=<b>x</b>&b=Zelensky&issue={PACK}/territory")
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html


def test_compare_unknown_issue_says_so(client):
    html, _ = _get(client, "/compare?a=Putin&b=Zelensky&issue=nope")
    assert "No such issue" in html


def _stance_store(tmp_path) -> str:
    """Two articles: Putin for the peace plan on one day, against it on a later one; the
    second attribution is in doubt (confidence 0.55)."""
    from datetime import date

    from whosaid.models import Article, IssueTag, Span, Speaker, Statement
    from whosaid.store import Store

    url = f"sqlite:///{tmp_path / 'stances.db'}"
    store = Store.open(url)
    said = [("2025-11-20", "Putin said the plan could be the basis for a settlement.",
             "the plan could be the basis for a settlement", "support", 0.9),
            ("2025-11-28", "Putin said the plan was unacceptable as it stood.",
             "the plan was unacceptable as it stood", "oppose", 0.55)]
    for day, text, content, stance, confidence in said:
        start = text.index(content)
        statement = Statement(kind="indirect", content=[Span.of(text, start, start + len(content))],
                              speaker=Speaker("Vladimir Putin", "person", [Span.of(text, 0, 5)]),
                              date=date.fromisoformat(day), confidence=confidence,
                              issues=[IssueTag(f"{PACK}/peace-plan", 0.8, stance, 0.8)])
        store.add(Article(id=Article.make_id(text), text=text, title=day, outlet="Wire",
                          published=date.fromisoformat(day), statements=[statement]))
    store.close()
    return url


def test_positions_page_shows_a_change_of_position_backed_at_the_confidence_asked(tmp_path):
    client = TestClient(create_app(_stance_store(tmp_path)))
    html, page = _get(client, f"/positions?pack={PACK}&min_confidence=")
    assert "Changes of position" in html and "p-confidence" in page.fields
    section = html[html.index('id="changes"'):]
    assert "support</span> → <span class=\"stance oppose\">oppose" in section
    assert "basis for a settlement" in section and "unacceptable as it stood" in section
    assert sum(link.startswith("/statements/") for link in page.links) >= 2
    html, _ = _get(client, f"/positions?pack={PACK}&min_confidence=0.6")
    assert "No change of position at this confidence." in html
    assert client.get(f"/positions?pack={PACK}&min_confidence=2").status_code in (400, 422)
