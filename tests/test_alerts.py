"""Alerts: saved searches in the store, ``whosaid alerts add|list|check|remove``, webhooks
(against a local server on 127.0.0.1) and each search's Atom feed, read back by feedparser."""

from __future__ import annotations

import html
import json
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import feedparser
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from whosaid import alerts
from whosaid.cli import main
from whosaid.models import Article, IssueTag, Origin, Span, Speaker, Statement
from whosaid.store import Store
from whosaid.store.alerts import AlertError
from whosaid.web import create_app

PEACE = "ukraine-peace-2025/peace-plan"


def story(text: str, quotes: list[tuple[str, str]], outlet: str = "TASS",
          title: str = "Talks on the plan", stance: str | None = None,
          confidence: float = 0.9) -> Article:
    """An analysed article whose statements are ``(speaker, words)``: the words are the first
    occurrence in ``text``; ``stance`` tags each with that stance on the peace plan."""
    a = Article(id=Article.make_id(text), text=text, title=title, outlet=outlet,
                url=f"https://{outlet.lower().replace(' ', '')}.example/{Article.make_id(text)}",
                published=date(2025, 12, 1), language="en", source=Origin(f"{outlet}.txt"))
    for who, words in quotes:
        start = text.index(words)
        a.statements.append(Statement(
            kind="direct", content=[Span.of(text, start, start + len(words))],
            speaker=Speaker(who, "person"), confidence=confidence,
            issues=[IssueTag(PEACE, 0.8, stance, 0.7)] if stance else []))
    return a


PUTIN = story("Putin said: \u201cthe plan could be a basis for a settlement.\u201d",
              [("Vladimir Putin", "the plan could be a basis for a settlement")],
              stance="conditional")
PESKOV = story("Peskov said that \u201cthe talks will go on in Moscow\u201d next week.",
               [("Dmitry Peskov", "the talks will go on in Moscow")], outlet="Reuters")
PUTIN_AGAIN = story("Later Putin added: \u201cwe reject the plan in its present form.\u201d",
                    [("Vladimir Putin", "we reject the plan in its present form")],
                    outlet="The Moscow Times", stance="oppose", confidence=0.6)


@pytest.fixture
def store(db_url) -> Iterator[Store]:
    with Store.open(db_url) as s:
        yield s


def texts(found) -> list[str]:
    return [s.text for s in found]


# ---------------------------------------------------------------- the store


def test_alerts_are_saved_listed_replaced_and_removed(store):
    saved = store.save_alert("putin", speaker="Putin", search="plan", min_confidence=0.5,
                             webhook="http://127.0.0.1:9/hook")
    assert saved.filters() == {"speaker": "Putin", "search": "plan", "min_confidence": 0.5}
    assert saved.webhook == "http://127.0.0.1:9/hook" and saved.checked_at is None
    store.save_alert("all")
    assert [a.name for a in store.alerts()] == ["all", "putin"]
    assert store.alert("all").filters() == {}
    with pytest.raises(AlertError, match="exists"):
        store.save_alert("putin", speaker="Peskov")
    replaced = store.save_alert("putin", speaker="Peskov", replace=True)
    assert replaced.filters() == {"speaker": "Peskov"} and replaced.id == saved.id
    assert store.remove_alert("putin") is True and store.remove_alert("putin") is False
    assert store.alert("putin") is None


@pytest.mark.parametrize("name", ["", "bad name", "../etc", "-x", "a" * 65, "caf\u00e9", "x.atom/"])
def test_an_alert_name_is_plain(store, name):
    with pytest.raises(AlertError, match="name"):
        store.save_alert(name)


@pytest.mark.parametrize(("options", "problem"), [
    ({"webhook": "ftp://example.org/x"}, "webhook"), ({"webhook": "http://"}, "webhook"),
    ({"webhook": "javascript:alert(1)"}, "webhook"), ({"stance": "angry"}, "stance"),
    ({"min_confidence": 1.5}, "min_confidence"), ({"colour": "red"}, "unknown filter")])
def test_a_bad_webhook_or_filter_is_refused(store, options, problem):
    with pytest.raises(AlertError, match=problem):
        store.save_alert("x", **options)
    assert store.alerts() == []


def test_each_new_statement_is_reported_once(store):
    store.add(PUTIN)
    store.save_alert("putin", speaker="Putin")
    assert store.new_for_alert("putin").statements == []  # stored before the alert
    store.add(PESKOV)
    store.add(PUTIN_AGAIN)
    news = store.new_for_alert("putin")
    assert texts(news.statements) == ["we reject the plan in its present form"]
    assert texts(store.new_for_alert("putin").statements) == texts(news.statements)  # unmarked
    store.mark_alert_seen("putin", news.through)
    assert store.new_for_alert("putin").statements == []
    assert store.alert("putin").checked_at is not None
    store.add(PUTIN_AGAIN)  # the same article again stores nothing new
    assert store.new_for_alert("putin").statements == []
    store.mark_alert_seen("putin", 0)  # never moves back
    assert store.new_for_alert("putin").statements == []
    with pytest.raises(KeyError):
        store.new_for_alert("nobody")


def test_include_stored_reports_what_is_there_and_filters_combine(store):
    for a in (PUTIN, PESKOV, PUTIN_AGAIN):
        store.add(a)

    def first_check(**filters) -> list[str]:
        store.save_alert("a", include_stored=True, replace=False, **filters)
        try:
            return texts(store.new_for_alert("a").statements)
        finally:
            store.remove_alert("a")

    assert len(first_check()) == 3
    assert first_check(speaker="Putin") == ["the plan could be a basis for a settlement",
                                            "we reject the plan in its present form"]
    assert first_check(search="talks Moscow") == ["the talks will go on in Moscow"]
    assert first_check(outlet="moscow times") == ["we reject the plan in its present form"]
    assert first_check(min_confidence=0.8, speaker="Putin") == [
        "the plan could be a basis for a settlement"]
    assert first_check(issue=PEACE, stance="oppose") == ["we reject the plan in its present form"]
    assert first_check(stance="conditional") == ["the plan could be a basis for a settlement"]
    assert first_check(issue="other/issue", stance="oppose") == []
    assert first_check(speaker="Nobody") == []


def test_replacing_an_alert_keeps_its_place(store):
    store.save_alert("a", speaker="Putin")
    store.add(PUTIN)
    news = store.new_for_alert("a")
    store.mark_alert_seen("a", news.through)
    store.save_alert("a", speaker="Putin", outlet="TASS", replace=True)
    assert store.new_for_alert("a").statements == []


# ---------------------------------------------------------------- the command line


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_add_list_check_remove(db_url):
    with Store.open(db_url) as store:
        store.add(PUTIN)
    code, _, err = cli("alerts", "add", "putin", "--speaker", "Putin", "--search", "plan",
                       "--db", db_url)
    assert code == 0 and "saved alert putin" in err and "/feeds/putin.atom" in err
    code, _, err = cli("alerts", "add", "putin", "--db", db_url)
    assert code == 1 and "exists" in err
    code, _, err = cli("alerts", "add", "no good", "--db", db_url)
    assert code == 1 and "not valid" in err
    assert cli("alerts", "add", "tass", "--outlet", "TASS", "--include-stored", "--stance",
               "conditional", "--db", db_url)[0] == 0

    code, out, _ = cli("alerts", "list", "--db", db_url)
    assert code == 0 and 'speaker="Putin" search="plan"' in out and "never checked" in out
    code, out, _ = cli("alerts", "list", "--format", "jsonl", "--db", db_url)
    listed = [json.loads(line) for line in out.splitlines()]
    assert [a["name"] for a in listed] == ["putin", "tass"] and listed[1]["outlet"] == "TASS"

    code, out, _ = cli("alerts", "check", "--db", db_url)
    assert code == 0
    assert "putin: 0 new statement(s)" in out and "tass: 1 new statement(s)" in out
    assert "the plan could be a basis" in out
    with Store.open(db_url) as store:
        store.add(PUTIN_AGAIN)
    code, out, _ = cli("alerts", "check", "putin", "--format", "jsonl", "--db", db_url)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [(r["alert"], r["text"]) for r in rows] == [
        ("putin", "we reject the plan in its present form")]
    assert {"id", "speaker", "outlet", "title", "confidence", "issues"} <= set(rows[0])
    code, out, _ = cli("alerts", "check", "--format", "jsonl", "--db", db_url)
    assert code == 0 and out == ""  # each statement is reported once
    code, out, _ = cli("alerts", "list", "--db", db_url)
    assert "never checked" not in out and "checked 20" in out

    code, _, err = cli("alerts", "check", "nobody", "--db", db_url)
    assert code == 1 and "no alert named 'nobody'" in err
    assert cli("alerts", "remove", "putin", "--db", db_url)[0] == 0
    code, _, err = cli("alerts", "remove", "putin", "--db", db_url)
    assert code == 1 and "no alert named" in err
    code, out, _ = cli("alerts", "list", "--format", "jsonl", "--db", db_url)
    assert [json.loads(line)["name"] for line in out.splitlines()] == ["tass"]


# ---------------------------------------------------------------- webhooks


class Hook:
    """A webhook on 127.0.0.1: records each JSON body it is sent, answers ``status``."""

    def __init__(self) -> None:
        self.bodies: list[dict] = []
        self.status = 204
        self.delay = 0.0
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if hook.delay:
                    threading.Event().wait(hook.delay)
                if hook.status < 300:
                    hook.bodies.append(json.loads(body))
                self.send_response(hook.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hook() -> Iterator[Hook]:
    server = Hook()
    yield server
    server.close()


def test_webhook_gets_the_new_statements_as_json(tmp_path, hook):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    assert cli("alerts", "add", "putin", "--speaker", "Putin", "--webhook", hook.url,
               "--db", url)[0] == 0
    with Store.open(url) as store:
        store.add(PUTIN)
        store.add(PESKOV)
    code, _, err = cli("alerts", "check", "--db", url)
    assert code == 0 and "posted 1 statement(s)" in err
    assert len(hook.bodies) == 1
    body = hook.bodies[0]
    assert body["alert"] == "putin" and body["filters"] == {"speaker": "Putin"}
    assert [s["text"] for s in body["statements"]] == [
        "the plan could be a basis for a settlement"]
    assert body["statements"][0]["speaker"] == "Vladimir Putin"
    assert cli("alerts", "check", "--db", url)[0] == 0
    assert len(hook.bodies) == 1  # nothing new: nothing posted


def test_a_failing_webhook_keeps_the_alerts_place(tmp_path, hook):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    cli("alerts", "add", "putin", "--speaker", "Putin", "--webhook", hook.url, "--db", url)
    with Store.open(url) as store:
        store.add(PUTIN)
    hook.status = 500
    code, out, err = cli("alerts", "check", "--db", url)
    assert code == 1 and "answered 500" in err and "1 statement(s) not delivered stay new" in err
    assert "the plan could be a basis" in out
    hook.status, hook.delay = 200, 2.0
    code, _, err = cli("alerts", "check", "--timeout", "0.5", "--db", url)
    assert code == 1 and "did not answer within 0.5 s" in err
    hook.delay = 0.0
    code, out, err = cli("alerts", "check", "--db", url)  # delivered at last, once
    assert code == 0 and "the plan could be a basis" in out
    assert [len(b["statements"]) for b in hook.bodies] == [1]
    assert cli("alerts", "check", "--db", url)[1].count("0 new statement(s)") == 1


def test_an_unreachable_webhook_is_reported(tmp_path, hook):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    dead = hook.url
    hook.close()
    cli("alerts", "add", "all", "--webhook", dead, "--db", url)
    with Store.open(url) as store:
        store.add(PUTIN)
        code, _, err = cli("alerts", "check", "--db", url)
        assert code == 1 and "could not post to" in err
        assert len(store.new_for_alert("all").statements) == 1


def test_a_backlog_goes_in_batches_and_a_failure_keeps_what_was_taken(store, hook, monkeypatch):
    store.save_alert("all", webhook=hook.url)
    for a in (PUTIN, PESKOV, PUTIN_AGAIN):
        store.add(a)
    monkeypatch.setattr(alerts, "BATCH", 2)
    real_post = alerts.post

    def post_then_fail(url: str, body: dict, timeout: float = 1.0) -> str | None:
        hook.status = 503 if hook.bodies else 200
        return real_post(url, body, timeout)

    monkeypatch.setattr(alerts, "post", post_then_fail)
    done = alerts.deliver(store, store.new_for_alert("all"))
    assert done.delivered == 2 and "503" in (done.error or "")
    assert texts(store.new_for_alert("all").statements) == [
        "we reject the plan in its present form"]


# ---------------------------------------------------------------- the Atom feed


def test_each_alert_is_an_atom_feed(db_url):
    tricky = story("Jo said: \u201c<script>alert(1)</script> & Tom's \u2018plan\u2019 won't "
                   "work.\u201d", [("Jo <b>Smith</b>", "<script>alert(1)</script> & Tom's")],
                   title="Plans & <i>schemes</i>\x0b today", outlet="O&M News")
    with Store.open(db_url) as store:
        store.add(PUTIN)
        store.save_alert("putin", speaker="Putin", search="plan")
        store.save_alert("tricky", outlet="O&M")
        store.add(PESKOV)
        store.add(PUTIN_AGAIN)
        store.add(tricky)
        ids = {s.text: s.id for s in store.statements(limit=None)}
    client = TestClient(create_app(db_url))

    answer = client.get("/feeds/putin.atom")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/atom+xml; charset=utf-8"
    assert "script-src 'none'" in answer.headers["content-security-policy"]
    assert answer.headers["x-content-type-options"] == "nosniff"
    feed = feedparser.parse(answer.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "whosaid: putin" and feed.feed.id.endswith("/feeds/putin.atom")
    assert feed.feed.author == "whosaid" and feed.feed.updated_parsed
    assert 'speaker "Putin", words "plan"' in feed.feed.subtitle
    # every statement stored that matches, newest stored first: a feed is not a check
    said = ["we reject the plan in its present form", "the plan could be a basis for a settlement"]
    assert [e.link for e in feed.entries] == [f"http://testserver/statements/{ids[t]}"
                                              for t in said]
    first = feed.entries[0]
    assert first.id == first.link and first.updated_parsed and first.author == "Vladimir Putin"
    assert first.title.startswith("Vladimir Putin: \u201cwe reject the plan")
    assert said[0] in first.content[0].value and "The Moscow Times" in first.content[0].value
    assert "Source: The Moscow Times, \u201cTalks on the plan\u201d, 2025-12-01." in first.summary
    assert [t.term for t in first.tags] == [PEACE]
    assert any(link.rel == "related" and link.href.startswith("https://themoscowtimes.example/")
               for link in first.links)

    raw = client.get("/feeds/tricky.atom").content
    assert b"<script>" not in raw and b"<b>" not in raw and b"\x0b" not in raw
    feed = feedparser.parse(raw)
    assert not feed.bozo, feed.get("bozo_exception")
    entry = feed.entries[0]
    assert entry.author == "Jo <b>Smith</b>"  # the text comes back as it was, never as markup
    assert "<script>alert(1)</script> & Tom's" in entry.summary
    assert "&lt;script&gt;" in entry.content[0].value  # escaped inside the html content
    assert "Plans & <i>schemes</i> today" in entry.summary


@pytest.mark.parametrize("path", ["/feeds/nobody.atom", "/feeds/..%2Fsecret.atom",
                                  "/feeds/a%20b.atom", "/feeds/putin.rss"])
def test_an_unknown_feed_is_404(tmp_path, path):
    url = f"sqlite:///{tmp_path / 'f.db'}"
    with Store.open(url) as store:
        store.save_alert("putin", speaker="Putin")
    answer = TestClient(create_app(url)).get(path)
    assert answer.status_code == 404
    assert "script-src 'none'" in answer.headers["content-security-policy"]


def test_the_home_page_links_each_feed(tmp_path):
    url = f"sqlite:///{tmp_path / 'f.db'}"
    with Store.open(url) as store:
        store.save_alert("putin", speaker="Putin")
    page = TestClient(create_app(url)).get("/").text
    assert ('<link rel="alternate" type="application/atom+xml" title="whosaid: putin" '
            'href="http://testserver/feeds/putin.atom">') in page
    assert 'speaker "Putin"' in html.unescape(page)
    empty = feedparser.parse(TestClient(create_app(url)).get("/feeds/putin.atom").content)
    assert not empty.bozo and empty.entries == [] and empty.feed.updated_parsed
