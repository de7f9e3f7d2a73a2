"""The JSON API and the pages, through FastAPI's TestClient over a real SQLite store.

The store holds two hand-built articles (so the spans are known exactly): one ordinary, one
whose quote and speaker name carry ``<script>`` and ``onerror=`` payloads.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from fastapi.testclient import TestClient

from whosaid.models import Article, Link, Span, Speaker, Statement
from whosaid.store import Store
from whosaid.web import create_app

TOKEN = "s3cret-token"
PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>"


def _statement(text: str, quote: str, who: str, day: date, kind: str = "direct",
               confidence: float = 0.5) -> Statement:
    start = text.index(quote)
    mention = text.index(who)
    return Statement(kind=kind, content=[Span.of(text, start, start + len(quote))],
                     speaker=Speaker(who, "person", [Span.of(text, mention, mention + len(who))]),
                     date=day, confidence=confidence)


def _articles() -> list[Article]:
    t1 = ('Vladimir Putin said on Thursday: "The plan could be the basis for a settlement." '
          'Marco Rubio said talks were "productive".')
    a1 = Article(id=Article.make_id(t1), text=t1, title="Putin on the plan", outlet="The Times",
                 published=date(2025, 11, 27), caption="Putin in Bishkek.",
                 links=[Link("https://example.org/source", "source"),
                        Link("javascript:alert(3)", "related")],
                 statements=[
                     _statement(t1, "The plan could be the basis for a settlement.",
                                "Vladimir Putin", date(2025, 11, 27)),
                     _statement(t1, "talks were", "Marco Rubio", date(2025, 11, 23), "mixed",
                                confidence=0.9),
                 ])
    who = 'Eve"><b onmouseover=alert(4)>'
    t2 = f'{who} told reporters: "{PAYLOAD} is harmless." Vladimir Putin said nothing.'
    a2 = Article(id=Article.make_id(t2), text=t2, title=f"Payload {PAYLOAD}", outlet="Hostile",
                 published=date(2025, 12, 8),
                 statements=[_statement(t2, f"{PAYLOAD} is harmless.", who, date(2025, 12, 8))])
    return [a1, a2]


@pytest.fixture(scope="module")
def db_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('web')}/t.db"
    store = Store.open(url)
    for article in _articles():
        store.add(article)
    return url


@pytest.fixture(scope="module")
def client(db_url) -> TestClient:
    return TestClient(create_app(db_url))


def _first(client: TestClient, **params) -> dict:
    rows = client.get("/api/statements", params=params).json()["statements"]
    assert rows, params
    return rows[0]


def test_statements_filter_and_paginate(client):
    all_rows = client.get("/api/statements").json()["statements"]
    assert len(all_rows) == 3
    assert {r["speaker"] for r in client.get(
        "/api/statements", params={"kind": "mixed"}).json()["statements"]} == {"Marco Rubio"}
    putin = client.get("/api/statements", params={"speaker": "Putin"}).json()["statements"]
    assert [r["text"] for r in putin] == ["The plan could be the basis for a settlement."]
    dated = client.get("/api/statements", params={"since": "2025-11-25", "until": "2025-11-30"})
    assert len(dated.json()["statements"]) == 1
    page = client.get("/api/statements", params={"limit": 2, "offset": 2}).json()
    assert len(page["statements"]) == 1 and page["offset"] == 2
    assert client.get("/api/statements", params={"limit": 0}).status_code == 422
    assert client.get("/api/statements", params={"since": "last week"}).status_code == 422
    assert client.get("/api/statements", params={"until": "2025-13-45"}).status_code == 422
    # The search form sends every field, empty ones included.
    form = client.get("/statements", params={"search": "settlement", "speaker": "", "kind": "",
                                              "outlet": "", "since": "", "until": "",
                                              "min_confidence": ""})
    assert form.status_code == 200 and "The plan could be the basis" in form.text


def test_min_confidence_filters_the_api_and_the_search_form(client):
    kept = client.get("/api/statements", params={"min_confidence": 0.8}).json()["statements"]
    assert [r["speaker"] for r in kept] == ["Marco Rubio"]
    assert client.get("/api/statements", params={"min_confidence": 2}).status_code == 422
    form = client.get("/statements", params={"min_confidence": "0.9", "search": ""})
    assert form.status_code == 200 and 'value="0.9" selected' in form.text


def test_statement_speaker_article_and_search_endpoints(client):
    s = _first(client, speaker="Putin")
    one = client.get(f"/api/statements/{s['id']}").json()
    assert one["text"] == s["text"]
    article = client.get(f"/api/articles/{one['article_id']}").json()
    # An article's statements have the shape of every other statement in the API: spans are
    # [start, end] pairs into the article's text, the speaker a name with its id.
    st = next(st for st in article["statements"] if st["id"] == s["id"])
    assert {k: st[k] for k in s if k != "article_text"} == \
        {k: v for k, v in s.items() if k != "article_text"}
    assert [article["text"][start:end] for start, end in st["content"]] == [s["text"]]
    speakers = client.get("/api/speakers").json()
    putin = next(sp for sp in speakers if sp["name"] == "Vladimir Putin")
    assert client.get(f"/api/speakers/{putin['id']}").json()["name"] == "Vladimir Putin"
    hits = client.get("/api/search", params={"q": "settlement"}).json()["statements"]
    assert [h["speaker"] for h in hits] == ["Vladimir Putin"]


def test_missing_records_are_404(client):
    assert client.get("/api/statements/999999").status_code == 404
    assert client.get("/api/speakers/999999").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/articles/nope").status_code == 404


def test_openapi_docs_are_served_offline(client):
    schema = client.get("/openapi.json").json()
    assert {"/api/statements", "/api/statements/{statement_id}", "/api/speakers",
            "/api/speakers/{speaker_id}", "/api/articles/{article_id}",
            "/api/search"} <= set(schema["paths"])
    docs = client.get("/docs").text
    assert "/static/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/static/swagger-ui-bundle.js").status_code == 200


def test_pages_render_with_filters(client):
    home = client.get("/")
    assert home.status_code == 200
    assert '<label for="f-speaker">' in home.text and "The plan could be the basis" in home.text
    listing = client.get("/statements", params={"speaker": "Rubio"})
    assert "talks were" in listing.text and "settlement" not in listing.text
    s = _first(client, speaker="Putin")
    page = client.get(f"/statements/{s['id']}").text
    assert s["text"] in page and f"/articles/{s['article_id']}" in page
    context = page.split("<h2>In context</h2>")[1].split("</p>")[0]
    assert "Vladimir Putin</mark>" in context and f'{s["text"]}</mark>' in context
    assert "talks were" in context  # the text around it


def test_article_page_highlights_content_and_speaker(client):
    s = _first(client, speaker="Putin")
    html = client.get(f"/articles/{s['article_id']}").text
    sid = s["id"]
    assert re.search(rf'data-content="{sid}" data-roles="content" data-statement="{sid}"'
                     rf' data-start="\d+" data-end="\d+">{re.escape(s["text"])}</mark>', html)
    assert f'href="/speakers/{s["speaker_id"]}" title="Vladimir Putin (speaker)"' in html
    assert "<h2>Caption</h2>" in html and "Putin in Bishkek." in html
    assert '<a href="https://example.org/source"' in html
    assert 'href="javascript:' not in html


def test_speaker_page_has_aliases_and_weekly_chart(client):
    s = _first(client, speaker="Putin")
    html = client.get(f"/speakers/{s['speaker_id']}").text
    assert "<h1>Vladimir Putin</h1>" in html
    assert '<svg class="chart"' in html and html.count('<rect class="bar"') >= 1


def test_payloads_are_escaped_everywhere(client):
    s = _first(client, outlet="Hostile")
    pages = [client.get(p).text for p in
             ("/", "/statements", f"/statements/{s['id']}", f"/articles/{s['article_id']}",
              "/speakers", f"/speakers/{s['speaker_id']}")]
    for html in pages:
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "<b onmouseover" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in pages[3]
    assert "script-src 'none'" in client.get("/").headers["content-security-policy"]


def test_read_only_by_default(client):
    r = client.post("/api/articles", content=b"Someone said hello.",
                    headers={"X-Whosaid-Token": TOKEN, "Content-Type": "text/plain"})
    assert r.status_code == 403


def test_ingest_needs_a_token(db_url):
    with pytest.raises(ValueError):
        create_app(db_url, allow_ingest=True)
    app = TestClient(create_app(db_url, allow_ingest=True, token=TOKEN, max_upload_bytes=200))
    body = b'"We will win," the minister said on Monday.'
    assert app.post("/api/articles", content=body).status_code == 401
    wrong = app.post("/api/articles", content=body, headers={"X-Whosaid-Token": "nope"})
    assert wrong.status_code == 401
    big = app.post("/api/articles", content=b"x" * 201, headers={"X-Whosaid-Token": TOKEN})
    assert big.status_code == 413
    odd = app.post("/api/articles", content=body,
                   headers={"X-Whosaid-Token": TOKEN, "Content-Type": "application/x-sh"})
    assert odd.status_code == 415
    ok = app.post("/api/articles", content=body,
                  headers={"X-Whosaid-Token": TOKEN, "Content-Type": "text/plain"})
    assert ok.status_code == 201, ok.text
    stored = app.get(f"/api/articles/{ok.json()['id']}").json()
    assert stored["text"].startswith('"We will win,"')
    assert stored["source"]["path"] == "upload"
    assert ok.json()["statements"] == len(stored["statements"]) >= 1
    again = app.post("/api/articles", content=body,
                     headers={"X-Whosaid-Token": TOKEN, "Content-Type": "text/plain"})
    assert again.status_code == 200 and again.json()["new"] is False
    fast = app.post("/api/articles?model=fast", content=b'"We will lose," he said on Tuesday.',
                    headers={"X-Whosaid-Token": TOKEN, "Content-Type": "text/plain"})
    assert fast.status_code == 201, fast.text
    rows = app.get(f"/api/articles/{fast.json()['id']}").json()["statements"]
    assert rows and all(r["model"].startswith("fast ") for r in rows)
    bad = app.post("/api/articles?model=huge", content=b"He said so.",
                   headers={"X-Whosaid-Token": TOKEN, "Content-Type": "text/plain"})
    assert bad.status_code == 422


def test_serve_binds_locally_and_refuses_ingest_without_a_token(monkeypatch):
    from click.testing import CliRunner

    from whosaid.cli import main

    monkeypatch.delenv("WHOSAID_TOKEN", raising=False)
    runner = CliRunner()
    assert "[default: 127.0.0.1]" in runner.invoke(main, ["serve", "--help"]).output
    refused = runner.invoke(main, ["serve", "--allow-ingest"])
    assert refused.exit_code == 2 and "needs --token" in refused.output


# ---------------------------------------------------------------- hostile numbers and bodies

SECURITY_HEADERS = {"x-content-type-options": "nosniff", "referrer-policy": "no-referrer"}
MAX_INT = 2**63 - 1


def _secure(response) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, (response.request.url, name)
    assert "script-src 'none'" in response.headers.get("content-security-policy", "")


@pytest.mark.parametrize("url", [
    "/api/statements/99999999999999999999",
    f"/api/statements/{MAX_INT + 1}",
    "/api/statements/%C2%B2",  # "²": a digit to str.isdigit, not to a database
    "/api/statements/1.0",
    "/api/statements/0",
    "/api/speakers/99999999999999999999",
    "/api/statements?offset=9223372036854775808",
    "/api/statements?offset=-1",
    "/api/statements?offset=%D9%A3",  # Arabic-Indic three
    "/api/statements?limit=",
    "/api/statements?limit=1_0",
    "/api/statements?speaker=99999999999999999999",
    "/api/search?q=plan&limit=99999999999999999999",
])
def test_bad_numbers_in_the_api_are_422_with_a_sentence(client, url):
    r = client.get(url)
    assert r.status_code == 422, (url, r.status_code, r.text[:200])
    detail = r.json()["detail"]
    assert isinstance(detail, str) and detail.endswith(".")
    assert re.search(r"(statement_id|speaker_id|offset|limit|speaker)", detail)
    assert "whole number" in detail
    _secure(r)


def test_the_largest_numbers_that_fit_are_answered(client):
    r = client.get(f"/api/statements?offset={MAX_INT}")
    assert r.status_code == 200 and r.json()["statements"] == []
    assert client.get(f"/api/statements/{MAX_INT}").status_code == 404
    assert client.get("/api/statements", params={"speaker": "²"}).json()["statements"] == []


@pytest.mark.parametrize(("url", "code"), [
    ("/statements?page=", 400),
    ("/statements?page=99999999999999999999", 400),
    ("/statements?page=%C2%B2", 400),
    ("/statements?page=0", 400),
    ("/statements?since=yesterday", 400),
    ("/timeline?speaker=99999999999999999999", 400),
    ("/statements/99999999999999999999", 404),
    ("/statements/%C2%B2", 404),
    ("/speakers/99999999999999999999", 404),
    ("/no/such/page", 404),
])
def test_bad_numbers_on_pages_are_an_html_error_page(client, url, code):
    r = client.get(url)
    assert r.status_code == code, (url, r.status_code, r.text[:200])
    assert r.headers["content-type"].startswith("text/html")
    assert f"<h1>{code}:" in r.text
    _secure(r)


def test_a_speaker_named_with_a_non_ascii_digit_is_a_name_on_every_page(client):
    for url in ("/statements?speaker=%C2%B2", "/timeline?speaker=%C2%B2", "/?speaker=%C2%B2"):
        r = client.get(url)
        assert r.status_code == 200, url
        _secure(r)


def test_an_unexpected_error_is_500_and_keeps_the_security_headers(db_url):
    app = create_app(db_url)

    def broken() -> None:  # a route of this test's own, standing for a bug anywhere
        raise RuntimeError("a bug")

    app.add_api_route("/api/broken", broken)
    r = TestClient(app, raise_server_exceptions=False).get("/api/broken")
    assert r.status_code == 500 and "a bug" not in r.text
    _secure(r)


@pytest.fixture(scope="module")
def upload(db_url) -> TestClient:
    return TestClient(create_app(db_url, allow_ingest=True, token=TOKEN))


ARTICLE_BODY = b'"We will win," the minister said on Monday, and talks would go on.'


@pytest.mark.parametrize("encoding", ["gzip", "br", "deflate, gzip", "x-unknown"])
def test_upload_refuses_a_content_encoding_it_does_not_decode(upload, encoding):
    import gzip

    r = upload.post("/api/articles", content=gzip.compress(ARTICLE_BODY),
                    headers={"X-Whosaid-Token": TOKEN, "Content-Type": "text/plain",
                             "Content-Encoding": encoding})
    assert r.status_code == 415
    assert "Content-Encoding" in r.json()["detail"] and "uncompressed" in r.json()["detail"]
    _secure(r)


@pytest.mark.parametrize(("body", "content_type", "said"), [
    (None, "text/plain", "gzip-compressed data"),
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "text/html", "a PNG image"),
    (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n", "text/plain", "a WARC archive"),
    (b"plain words, not a PDF", "application/pdf", "not a PDF"),
    (b"words\x00\x01\x02 and NUL bytes", "text/plain", "binary data"),
])
def test_upload_refuses_a_body_that_is_not_what_its_type_says(upload, body, content_type, said):
    import gzip

    body = gzip.compress(ARTICLE_BODY * 1000) if body is None else body
    r = upload.post("/api/articles", content=body,
                    headers={"X-Whosaid-Token": TOKEN, "Content-Type": content_type})
    assert r.status_code == 415, r.text
    assert said in r.json()["detail"]
    _secure(r)


def test_an_upload_over_its_time_budget_is_refused_and_nothing_is_stored(upload, monkeypatch):
    from whosaid.budget import TIME_ENV

    monkeypatch.setenv(TIME_ENV, "1e-9")  # every document takes longer than this
    def bridge() -> list:
        return upload.get("/api/statements", params={"search": "bridge"}).json()["statements"]

    before = bridge()
    r = upload.post("/api/articles", content=b"The mayor said on Monday the bridge would open.",
                    headers={"X-Whosaid-Token": TOKEN, "Content-Type": "text/plain"})
    assert r.status_code == 422, r.text
    assert "time budget" in r.json()["detail"]
    assert bridge() == before
    _secure(r)
