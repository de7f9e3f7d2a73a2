"""The store, run against both backends (``db_url`` is an SQLite file, then a real PostgreSQL).

Most tests build Article records by hand so that each one shows exactly what the store does
with a given input; the CLI and crash tests run the real pipeline over files.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import EXAMPLES

from whosaid.cli import main
from whosaid.models import (
    Article,
    Failure,
    IssueTag,
    MentionedDate,
    Origin,
    Span,
    Speaker,
    Statement,
)
from whosaid.runs import ingest_paths
from whosaid.store import AliasFile, Store
from whosaid.store.schema import MIGRATIONS

ZELENSKY = ("Putin also repeated his longstanding view that Ukrainian President Volodymyr "
            "Zelensky is no longer a legitimate leader, arguing that the election was postponed.")
STORY = (
    "President Vladimir Putin said Thursday that he may be open to some elements of a new U.S. "
    "plan to end the war in Ukraine. \u201cUkrainian forces will have to leave the territories "
    "they currently occupy, and then the fighting will stop,\u201d Putin told reporters during a "
    "press conference in Kyrgyzstan. " + ZELENSKY + " His comments come amid a renewed burst of "
    "diplomacy triggered by last week's leak of a 28-point peace plan drafted in Washington."
)
FIGHTING = "Ukrainian forces will have to leave the territories they currently occupy"
LEGITIMATE = "Ukrainian President Volodymyr Zelensky is no longer a legitimate leader"


def said(text: str, who: str, words: str, kind: str = "direct", mention: str | None = None,
         issues: tuple[str, ...] = ()) -> Statement:
    """A statement of ``who`` whose content is the first occurrence of ``words`` in ``text``."""
    start = text.index(words)
    mention = mention or who
    m = text.index(mention) if mention in text else 0
    return Statement(
        kind=kind, content=[Span.of(text, start, start + len(words))],
        speaker=Speaker(who, "person", [Span.of(text, m, m + len(mention))] if mention in text
                        else []),
        confidence=0.9, issues=[IssueTag(i, 0.8, "oppose", 0.6) for i in issues])


def article(text: str, quotes: list[tuple[str, str]], outlet: str = "The Moscow Times",
            published: date = date(2025, 11, 27), kind: str = "direct",
            title: str = "Putin on the peace plan") -> Article:
    a = Article(id=Article.make_id(text), text=text, title=title, outlet=outlet,
                url=f"https://{outlet.lower().replace(' ', '')}.example/{Article.make_id(text)}",
                published=published, language="en", source=Origin(f"{outlet}.txt"))
    a.statements = [said(text, who, words, kind) for who, words in quotes]
    return a


def user_article(outlet: str = "The Moscow Times", header: str = "", footer: str = "") -> Article:
    text = header + STORY + footer
    a = article(text, [("Vladimir Putin", FIGHTING)], outlet=outlet)
    a.statements.append(said(text, "Vladimir Putin", LEGITIMATE, "indirect",
                             issues=("ukraine-war",)))
    return a


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as s:
        yield s


# ---------------------------------------------------------------- idempotence and duplicates


def test_the_same_article_twice_adds_nothing(store):
    assert store.add(user_article()) is True
    before = store.counts()
    assert store.add(user_article()) is False
    assert store.counts() == before
    assert before["articles"] == 1 and before["statements"] == 2


def test_syndicated_copies_share_one_statement_with_every_outlet(store):
    original = user_article("The Moscow Times", footer=" Read more at The Moscow Times.")
    copy = user_article("Kyiv Post", header="KYIV (Reuters) \u2014 ",
                        footer=" Reporting by the Reuters desk; editing by the night team.")
    other = article("Prime Minister Mark Carney said on Friday the budget would balance.",
                    [("Mark Carney", "the budget would balance")], outlet="CBC")
    for a in (original, copy, other):
        assert store.add(a)
    counts = store.counts()
    assert counts["articles"] == 3
    assert counts["statements"] == 3  # two from the wire story, one from the other story
    row = store.statements(search="legitimate leader")[0]
    assert row.outlets == ["Kyiv Post", "The Moscow Times"]
    stored_copy = store.article(copy.id)
    assert stored_copy.dup_group == store.article(original.id).dup_group == original.id
    assert store.article(other.id).dup_group == other.id
    # the copy's statement points at its own characters, though the words were stored once
    start, end = stored_copy.statements[1].content[0]
    assert copy.text[start:end] == LEGITIMATE
    assert start == copy.text.index(LEGITIMATE) != original.text.index(LEGITIMATE)


def test_how_a_statement_was_dated_and_the_dates_inside_it_are_stored(store):
    text = "Peskov said on Friday that the envoy will arrive in Moscow on Tuesday."
    a = article(text, [("Dmitry Peskov", "the envoy will arrive in Moscow on Tuesday")],
                kind="indirect")
    st = a.statements[0]
    at = text.index("on Friday")
    st.date, st.date_rule, st.date_span = date(2025, 11, 21), "cue", [Span.of(text, at, at + 9)]
    inside = text.index("on Tuesday")
    st.mentioned_dates = [MentionedDate(Span.of(text, inside, inside + 10), date(2025, 11, 25),
                                        date(2025, 11, 25), "day")]
    assert store.add(a)
    back = next(store.articles()).statements[0]
    assert (back.date_rule, back.date_scheduled) == ("cue", False)
    assert [(m.span.text, m.date) for m in back.mentioned_dates] == [("on Tuesday",
                                                                      date(2025, 11, 25))]


# ---------------------------------------------------------------- speakers


def test_name_variants_in_different_articles_are_one_speaker(store):
    names = ["Putin", "Vladimir Putin", "President Vladimir Putin",
             "Russian President Vladimir Putin"]
    for day, name in enumerate(names, start=1):
        text = f"{name} said on Tuesday that talks number {day} had gone well for everyone."
        store.add(article(text, [(name, f"talks number {day} had gone well")],
                          published=date(2025, 11, day)))
    for day, name in enumerate(["Donald Trump", "Melania Trump"], start=10):
        text = f"{name} said the visit number {day} was a great success for America."
        store.add(article(text, [(name, f"the visit number {day} was a great success")],
                          published=date(2025, 11, day)))
    by_name = {s.name: s for s in store.speakers()}
    assert set(by_name) == {"Vladimir Putin", "Donald Trump", "Melania Trump"}
    putin = by_name["Vladimir Putin"]
    assert (putin.statements, putin.first_seen, putin.last_seen) == (
        4, date(2025, 11, 1), date(2025, 11, 4))
    assert "russian president vladimir putin" not in store.speaker(putin.id).aliases
    assert "vladimir putin" in store.speaker(putin.id).aliases


def test_alias_file_merges_and_splits_speakers(store, tmp_path):
    for i, name in enumerate(["Volodymyr Zelensky", "Zelenskyy", "Vladimir Zelenskiy",
                              "George W. Bush", "George Bush"]):
        text = f"{name} said that plan number {i} deserved a careful hearing by all sides."
        store.add(article(text, [(name, f"plan number {i} deserved a careful hearing")]))
    # Zelenskyy is Volodymyr Zelensky by spelling; "Vladimir" is another given name, so the
    # rules keep him apart; the two Bushes are one until the alias file splits them
    assert len(store.speakers()) == 3
    path = tmp_path / "aliases.yaml"
    path.write_text("merge:\n  Volodymyr Zelensky: [Vladimir Zelenskiy]\n"
                    "split:\n  - George W. Bush\n", encoding="utf-8")
    store.apply_aliases(AliasFile.load(path))
    counts = {s.name: s.statements for s in store.speakers()}
    assert counts == {"Volodymyr Zelensky": 3, "George W. Bush": 1, "George Bush": 1}
    text = "Zelenskiy said that the last plan deserved a careful hearing by all sides."
    store.add(article(text, [("Zelenskiy", "the last plan deserved a careful hearing")]))
    assert {s.name: s.statements for s in store.speakers()}["Volodymyr Zelensky"] == 4


def test_spellings_merge_and_generic_groups_stay_in_their_article(store):
    for i, name in enumerate(["Volodymyr Zelenskyy", "Zelensky", "Zelenskiy"]):
        text = f"{name} said that plan number {i} deserved a careful hearing by all sides."
        store.add(article(text, [(name, f"plan number {i} deserved a careful hearing")]))
    names = {s.name: s.statements for s in store.speakers()}
    assert names == {"Volodymyr Zelenskyy": 3}
    for i, name in enumerate(["officials", "officials", "U.S. officials", "U.S. officials"]):
        text = f"{name} said that offer number {i} was not serious at all, by any measure."
        a = article(text, [(name, f"offer number {i} was not serious at all")])
        a.statements[0].speaker.type = "group"
        store.add(a)
    groups = [s for s in store.speakers() if s.type == "group"]
    assert sorted((s.name, s.statements) for s in groups) == [
        ("U.S. officials", 2), ("officials", 1), ("officials", 1)]


def test_a_name_in_cyrillic_is_the_same_person(store):
    for i, name in enumerate(["Vladimir Putin", "Владимир Путин", "Путин", "Dmitry Peskov",
                              "Дмитрий Песков"]):
        text = f"{name} said that plan number {i} deserved a careful hearing by all sides."
        store.add(article(text, [(name, f"plan number {i} deserved a careful hearing")]))
    assert {s.name: s.statements for s in store.speakers()} == {"Vladimir Putin": 3,
                                                                "Dmitry Peskov": 2}
    assert store.find_speaker("Зеленский") is None


def test_a_name_first_seen_in_cyrillic_takes_its_latin_spelling(store):
    for i, name in enumerate(["Владимир Путин", "Vladimir Putin", "Путин"]):
        text = f"{name} said that plan number {i} deserved a careful hearing by all sides."
        store.add(article(text, [(name, f"plan number {i} deserved a careful hearing")]))
    assert {s.name: s.statements for s in store.speakers()} == {"Vladimir Putin": 3}


def test_alias_file_format_is_checked(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("merges:\n  Putin: [V. Putin]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="merge"):
        AliasFile.load(path)


# ---------------------------------------------------------------- queries


def test_filters_and_full_text_search(store):
    store.add(user_article())
    later = "Kremlin spokesman Dmitry Peskov said on Monday that the peace plan needed work."
    store.add(article(later, [("Dmitry Peskov", "the peace plan needed work")], kind="indirect",
                      outlet="TASS", published=date(2025, 12, 1)))

    def texts(**filters) -> list[str]:
        return [r.text for r in store.statements(**filters)]

    assert texts(speaker="Putin") == [FIGHTING, LEGITIMATE]  # same day: in reading order
    assert texts(search="legitimate leader") == [LEGITIMATE]
    assert len(texts(search="peace plan")) == 3  # the article title counts too
    assert texts(search="Kyrgyzstan") == []  # words of the article outside statements do not
    assert texts(search='legitimate "OR" nonsense') == []  # user text is never FTS syntax
    assert texts(search='"') == [] and len(texts(search="  ")) == 3
    assert texts(since="2025-11-30") == ["the peace plan needed work"]
    assert len(texts(until=date(2025, 11, 27))) == 2
    assert texts(kind="indirect", outlet="moscow") == [LEGITIMATE]
    assert texts(issue="ukraine-war") == [LEGITIMATE]
    assert texts(speaker="Peskov", outlet="tass") == ["the peace plan needed work"]
    assert len(texts(limit=1)) == 1 and texts(limit=2, offset=2) == [LEGITIMATE]
    assert store.count_statements(speaker="Putin") == 2
    assert store.statements(limit=1)[0].date == date(2025, 12, 1)  # newest first


def test_statements_keep_their_model_and_filter_by_confidence(store):
    a = user_article()
    a.statements[0].model, a.statements[0].confidence = "accurate 2026-12-03-abc", 0.95
    a.statements[1].model, a.statements[1].confidence = "fast ranker-1234", 0.4
    store.add(a)
    rows = {r.text: r for r in store.statements()}
    assert rows[FIGHTING].model == "accurate 2026-12-03-abc"
    assert rows[LEGITIMATE].model == "fast ranker-1234"
    assert [r.text for r in store.statements(min_confidence=0.7)] == [FIGHTING]
    assert store.count_statements(min_confidence=0.3) == 2
    back = store.article(a.id)
    assert {s.model for s in back.statements} == {"accurate 2026-12-03-abc",
                                                        "fast ranker-1234"}


def test_statement_detail_carries_source_spans_and_issues(store):
    a = user_article()
    store.add(a)
    row = store.search("legitimate leader")[0]
    s = store.statement(row.id)
    text = s.article_text
    assert text == a.text
    start, end = s.content[0]
    assert text[start:end] == LEGITIMATE == text[s.content_start:s.content_end]
    assert s.speaker == "Vladimir Putin" and s.speaker_name == "Vladimir Putin"
    assert s.issues == [IssueTag("ukraine-war", 0.8, "oppose", 0.6)]
    assert store.statement(10_000) is None


def test_failures_are_recorded_and_the_batch_goes_on(store):
    run = store.start_run(["inbox/"])
    stats = store.add_many([Failure("inbox/a.pdf", "PDF has no text layer"), user_article(),
                            user_article(), Failure("inbox/b.jsonl", "bad JSON", record="7")],
                           run_id=run)
    store.finish_run(run, stats)
    assert (stats.articles, stats.duplicates, stats.statements, stats.errors) == (1, 1, 2, 2)
    errors = [(e.path, e.record, e.reason, e.run_id) for e in store.errors(run)]
    assert errors == [("inbox/a.pdf", None, "PDF has no text layer", run),
                      ("inbox/b.jsonl", "7", "bad JSON", run)]


def test_two_writers_storing_the_same_articles_store_each_once(db_url):
    from concurrent.futures import ThreadPoolExecutor

    # new speakers in opposite orders, so both writers race to create the same speaker rows
    texts = [f"Minister Anna Kowalska{i % 5} said round {i} of the talks had ended without a "
             "deal." for i in range(20)]

    def write(order: int) -> tuple[int, int, int]:
        items = [article(x, [(f"Anna Kowalska{x.split()[2][-1]}", "the talks had ended")])
                 for x in texts[::order]]
        with Store.open(db_url) as store:
            stats = store.add_many(items)
        return stats.articles, stats.duplicates, stats.errors

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(write, (1, -1)))
    assert sum(r[0] for r in results) == 20 and sum(r[2] for r in results) == 0
    with Store.open(db_url) as store:
        counts = store.counts()
    assert (counts["articles"], counts["statements"], counts["speakers"]) == (20, 20, 5)


# ---------------------------------------------------------------- exports


def test_exports_round_trip(store, tmp_path):
    original = user_article()
    store.add(original)
    store.add(user_article("Kyiv Post", header="KYIV (Reuters) \u2014 "))
    assert store.export("jsonl", tmp_path / "out.jsonl") == 2
    lines = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert original.to_dict() in lines  # the `whosaid extract` contract, exactly
    assert store.export("csv", tmp_path / "out.csv") == 2
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))
    assert {r["outlets"] for r in rows} == {"Kyiv Post; The Moscow Times"}
    assert store.export("parquet", tmp_path / "out.parquet") == 2
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.num_rows == store.counts()["statements"] == 2
    assert set(table.column("speaker").to_pylist()) == {"Vladimir Putin"}
    # streaming reads page by key: a page of one gives every row once
    assert [r.id for r in store.iter_statements(page=1)] == sorted(
        r.id for r in store.statements(limit=None))
    assert len({a.id for a in store.articles(page=1)}) == 2


# ---------------------------------------------------------------- schema and SQLite file


def test_migrations_are_applied_once(db_url):
    for _ in range(2):
        with Store.open(db_url) as store, store.engine.connect() as conn:
            versions = conn.execute(sa.text("SELECT version FROM schema_version")).all()
    assert [v for (v,) in versions] == list(range(1, len(MIGRATIONS) + 1))


def test_sqlite_file_is_wal_with_view_fts_and_foreign_keys(tmp_path):
    path = tmp_path / "w.db"
    with Store.open(f"sqlite:///{path}") as store:
        store.add(user_article())
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    rows = conn.execute("SELECT speaker, title, outlet, date, text FROM statements_view "
                        "WHERE id IN (SELECT rowid FROM statements_fts "
                        "WHERE statements_fts MATCH 'legitimate')").fetchall()
    assert rows == [("Vladimir Putin", "Putin on the peace plan", "The Moscow Times",
                     "2025-11-27", LEGITIMATE)]
    fks = {r[2] for r in conn.execute("PRAGMA foreign_key_list(statements)")}
    assert fks == {"articles", "speakers"}


def test_sqlite_reader_is_not_blocked_by_a_writer(tmp_path):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    with Store.open(url) as writer, Store.open(url) as reader:
        writer.add(user_article())
        with writer.engine.connect().execution_options(write=True) as conn, conn.begin():
            conn.execute(sa.text("UPDATE articles SET title = 'changing'"))
            started = time.monotonic()
            assert reader.statements(search="legitimate")[0].title == "Putin on the peace plan"
            assert time.monotonic() - started < 2


# ---------------------------------------------------------------- the real pipeline


def test_cli_ingest_query_and_export_examples(db_url, tmp_path):
    """The issue's done-when checks, through the command line."""
    cli = CliRunner()
    db = ["--db", db_url]
    first = cli.invoke(main, ["ingest", str(EXAMPLES), *db, "--quiet"])
    assert first.exit_code == 0, first.output
    with Store.open(db_url) as store:
        counts = store.counts()
    again = cli.invoke(main, ["ingest", str(EXAMPLES), *db, "--quiet"])
    assert again.exit_code == 0 and "0 new article(s)" in again.output
    with Store.open(db_url) as store:
        assert store.counts() == {**counts, "ingest_errors": counts["ingest_errors"]}
    putin = cli.invoke(main, ["statements", "--speaker", "Putin", "--format", "jsonl",
                              "--limit", "0", *db])
    rows = [json.loads(line) for line in putin.stdout.splitlines()]
    assert rows and all(r["speaker"] == "Vladimir Putin" for r in rows)
    assert any("Ukrainian forces will have to leave" in r["text"] for r in rows)
    assert {r["outlet"] for r in rows} == {"The Moscow Times"}
    found = cli.invoke(main, ["statements", "--search", "legitimate leader", "--format",
                              "jsonl", *db])
    assert any("Zelensky" in json.loads(line)["text"] for line in found.stdout.splitlines())
    out = tmp_path / "s.parquet"
    assert cli.invoke(main, ["export", "--format", "parquet", "-o", str(out), *db]).exit_code == 0
    assert pq.read_table(out).num_rows == counts["statements"]
    shown = cli.invoke(main, ["show", str(rows[0]["id"]), *db], color=True)
    assert "\x1b[" in shown.stdout and rows[0]["text"][:20] in shown.stdout
    table = cli.invoke(main, ["speakers", "--format", "csv", *db])
    assert table.stdout.startswith("id,name,type,statements,first_seen,last_seen")


def _write_articles(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:04d}.txt").write_text(
            f"Talks round {i} ended\n\nMinister Anna Kowalska said on Monday that round {i} of "
            f"the talks in Geneva had ended without a deal on item {i * 7}.\n\n"
            f"\u201cWe will come back to item {i * 7} next week,\u201d Kowalska told reporters "
            f"after the session number {i}.\n", encoding="utf-8")


def _count(url: str, table: str) -> int:
    with Store.open(url) as store:
        return store.counts()[table]


def _statements(url: str) -> list[tuple]:
    with Store.open(url) as store:
        return sorted((r.article_id, r.text, r.speaker)
                      for r in store.statements(limit=None))


@pytest.mark.slow
def test_kill_9_mid_ingest_then_rerun_loses_and_duplicates_nothing(db_url, tmp_path):
    n = 40
    folder = tmp_path / "inbox"
    _write_articles(folder, n)
    cmd = [sys.executable, "-m", "whosaid.cli", "ingest", str(folder), "--quiet", "--db"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([*cmd, db_url], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if _count(db_url, "articles") >= 10:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = _count(db_url, "articles")
    assert 0 < stored < n, "the ingest was not killed mid-way; make the batch larger"

    subprocess.run([*cmd, db_url], env=env, check=True, capture_output=True)
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    with Store.open(reference) as store:  # the same folder, ingested without interruption
        ingest_paths(store, [str(folder)], progress=False)
    assert _count(db_url, "articles") == _count(reference, "articles") == n
    assert _statements(db_url) == _statements(reference)
    assert _count(db_url, "statement_outlets") == _count(reference, "statement_outlets")


def test_page_structure_is_stored_and_read_back(db_url, tmp_path):
    """The page's typed blocks, the published date's candidates and the block each statement
    was said in (a headline here) survive the store, in the article and in the statement."""
    from whosaid.ingest import iter_documents
    from whosaid.pipeline import analyze_many

    page = tmp_path / "story.txt"
    page.write_text('"We will not give up our land," Zelensky says as talks resume\n\n'
                    "Ukrainian President Volodymyr Zelensky said on Monday that Kyiv would not "
                    'cede territory.\n\n"Nobody can force us," he told reporters.\n')
    [analysed] = analyze_many(iter_documents([str(page)]), model="fast")
    assert analysed.statements[0].block == "headline"
    store = Store.open(db_url)
    store.add(analysed)
    [back] = [a for a in store.articles() if a.id == analysed.id]
    assert back.blocks == analysed.blocks and back.date_candidates == analysed.date_candidates
    assert [s.block for s in back.statements] == [s.block for s in analysed.statements]
    blocks = {s.text: s.block for s in store.statements(limit=None)}
    assert blocks["We will not give up our land,"] == "headline"
    assert blocks["Nobody can force us,"] == "body"
    headline = next(s for s in store.statements(limit=None) if s.block == "headline")
    store.close()
    from fastapi.testclient import TestClient

    from whosaid.web import create_app

    page_html = TestClient(create_app(db_url)).get(f"/statements/{headline.id}").text
    assert "in the headline, not the body of the story" in page_html
