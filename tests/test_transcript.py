"""Transcripts, interviews and Q&As read by speaker turn (``whosaid.extract.transcript``).

The texts in tests/data/transcripts/ are made up, in the shape the Kremlin publishes its
transcripts in (and a Q:/A: interview); none is copied from a real one.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import EXAMPLES, USER_ARTICLE

from whosaid.cli import main
from whosaid.extract import extract
from whosaid.extract.transcript import read_layout
from whosaid.models import Article, Document, Origin, Span, Speaker, Statement
from whosaid.pipeline import analyze, find_statements, prepare
from whosaid.store import Store

DATA = Path(__file__).parent / "data" / "transcripts"
KREMLIN = DATA / "kremlin-astana.txt"


def read(path: Path, kind: str | None = None, model: str = "fast") -> Article:
    media = "text/html" if path.suffix == ".html" else "text/plain"
    doc = Document(path.read_bytes(), media, Origin(str(path)), {"kind": kind} if kind else {})
    return analyze(doc, model=model)


def said(article: Article) -> list[tuple[str | None, str, str]]:
    return [(s.speaker.name, s.kind, s.text) for s in article.statements]


@pytest.fixture(scope="module")
def kremlin() -> Article:
    return read(KREMLIN)


def test_each_turn_is_a_statement_by_its_speaker(kremlin):
    assert kremlin.kind == "transcript"
    speakers = [(s.speaker.name, s.kind) for s in kremlin.statements]
    assert speakers == [
        ("Vladimir Putin", "direct"), ("Pavel Minakov", "question"),
        ("Vladimir Putin", "direct"), ("Vladimir Putin", "direct"),  # two paragraphs, one turn
        ("Elena Sokolova", "question"), ("Vladimir Putin", "direct"),
        ("Dmitry Ivanov", "question"), ("Vladimir Putin", "direct")]
    assert kremlin.statements[2].text.startswith("In general, we agree with our partners")
    assert kremlin.statements[-1].text == ("Legally binding ones. Promises on paper that "
                                           "nobody keeps are of no use to us.")


def test_short_forms_resolve_to_the_name_given_in_full(kremlin):
    putin = [s.speaker for s in kremlin.statements if s.speaker.name == "Vladimir Putin"]
    assert [m.text for sp in putin for m in sp.mention] == [
        "President of Russia Vladimir Putin", "Vladimir Putin", "Vladimir Putin", "V. Putin",
        "Putin"]
    assert {sp.description for sp in putin} == {"President of Russia"}
    assert {sp.resolution for sp in putin} == {"turn"}


def test_the_journalist_asks_with_their_outlet(kremlin):
    minakov = kremlin.statements[1]
    assert minakov.kind == "question"
    assert minakov.speaker.description == "Interfax news agency"
    assert minakov.text.startswith("The question is about the grain corridor.")
    assert [(s.speaker.name, s.speaker.description) for s in kremlin.statements
            if s.kind == "question"] == [("Pavel Minakov", "Interfax news agency"),
                                         ("Elena Sokolova", "Vesti FM"),
                                         ("Dmitry Ivanov", "RIA Novosti")]


def test_no_pronoun_speaker_and_no_statement_from_narration(kremlin):
    assert not {s.speaker.name for s in kremlin.statements} & {"I", "we", "We", None}
    assert not any("answered questions" in s.text for s in kremlin.statements)
    assert not any("<" in s.text for s in kremlin.statements)  # the stage direction <…>


def test_offsets_are_exact(kremlin):
    for s in kremlin.statements:
        for span in [*s.content, *s.speaker.mention]:
            assert kremlin.text[span.start:span.end] == span.text
    assert all(len(s.content) == 1 for s in kremlin.statements)


def test_both_models_read_the_turns_alike():
    fast, accurate = read(KREMLIN, model="fast"), read(KREMLIN, model="accurate")
    assert said(fast) == said(accurate)


def test_a_q_and_a_interview_goes_to_the_person_the_narration_names():
    article = read(DATA / "interview-qa.txt")
    assert article.kind == "interview"
    assert said(article) == [
        (None, "question", "Minister, are the tariff talks dead?"),
        ("Anna Lindqvist", "direct",
         "Not at all. We meet again next week, and I expect progress on steel."),
        (None, "question", "What will you offer?"),
        ("Anna Lindqvist", "direct",
         "We will offer what we offered in June: lower duties for lower duties.")]
    assert article.statements[0].speaker.description == "interviewer"


def test_html_with_bold_speaker_labels(kremlin):
    article = read(DATA / "kremlin-astana.html")
    assert article.kind == "transcript"
    assert said(article) == [
        ("Vladimir Putin", "direct", kremlin.statements[0].text),
        ("Pavel Minakov", "question", kremlin.statements[1].text),
        ("Vladimir Putin", "direct", kremlin.statements[2].text),
        ("Vladimir Putin", "direct", kremlin.statements[3].text),
        # <strong>QUESTION</strong> and <strong>PUTIN</strong> alone in their paragraphs
        (None, "question", "Mr President, will you meet the American delegation in December?"),
        ("Vladimir Putin", "direct", kremlin.statements[5].text)]
    for s in article.statements:
        assert article.text[s.content[0].start:s.content[0].end] == s.text


@pytest.mark.parametrize("path", [USER_ARTICLE, *sorted(EXAMPLES.glob("*.html"))],
                         ids=lambda p: p.name)
def test_news_articles_stay_reports_with_the_same_statements(nlp, path):
    article = prepare(Document(path.read_bytes(),
                               "text/html" if path.suffix == ".html" else "text/plain",
                               Origin(str(path))))
    assert isinstance(article, Article)
    doc = nlp(article.text)
    for model in ("fast", "accurate"):
        article.kind = None
        found = find_statements(article, doc, model)
        assert article.kind == "report"
        assert [(s.kind, s.content, s.speaker) for s in found] == \
            [(s.kind, s.content, s.speaker) for s in extract(doc, model)]


def test_headings_with_colons_are_not_turns():
    text = ("Round one: the envoys met in Geneva.\n\nRound two: they met again in Abu Dhabi.\n\n"
            "Round three: nothing was agreed.\n\nNote: this story was updated.")
    assert read_layout(text) == ("report", None)


def test_the_kind_can_be_forced():
    assert read(KREMLIN, kind="report").kind == "report"
    reported = read(KREMLIN, kind="report")
    assert not any(s.speaker.resolution == "turn" for s in reported.statements)
    two_turns = "Intro.\n\nAnna Berg: We will sign.\n\nJohn Smith: When?"
    assert read_layout(two_turns) == ("report", None)
    kind, layout = read_layout(two_turns, "transcript")
    assert kind == "transcript" and layout is not None and len(layout.turns) == 2


def test_cli_kind_option_on_extract_and_ingest(tmp_path):
    runner = CliRunner()
    out = runner.invoke(main, ["extract", str(KREMLIN), "--model", "fast", "--format", "jsonl",
                               "--kind", "report"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output.splitlines()[0])["kind"] == "report"
    out = runner.invoke(main, ["extract", str(KREMLIN), "--model", "fast", "--format", "jsonl"])
    row = json.loads(out.output.splitlines()[0])
    assert row["kind"] == "transcript"
    assert "question" in {s["kind"] for s in row["statements"]}
    db = f"sqlite:///{tmp_path / 't.db'}"
    out = runner.invoke(main, ["ingest", str(KREMLIN), "--db", db, "--model", "fast", "--quiet",
                               "--kind", "transcript"])
    assert out.exit_code == 0, out.output
    out = runner.invoke(main, ["statements", "--db", db, "--kind", "question",
                               "--format", "jsonl"])
    assert {json.loads(line)["speaker"] for line in out.output.splitlines()} == {
        "Pavel Minakov", "Elena Sokolova", "Dmitry Ivanov"}


# ---------------------------------------------------------------- the store


def transcript_article() -> Article:
    text = "Vladimir Putin answered questions.\n\nPavel Minakov: Will the talks resume?"
    a = Article(id=Article.make_id(text), text=text, title="Answers", published=date(2025, 11, 14),
                kind="transcript", source=Origin("t.txt"))
    start = text.index("Will")
    a.statements = [Statement("question", [Span.of(text, start, len(text))],
                              speaker=Speaker("Pavel Minakov", "person",
                                              [Span.of(text, start - 15, start - 2)],
                                              "Interfax news agency", "turn"),
                              confidence=0.95, model="transcript 1")]
    return a


def test_store_round_trip_of_questions_and_article_kind(db_url):
    with Store.open(db_url) as store:
        store.add(transcript_article())
        (stored,) = store.statements(kind="question")
        assert (stored.kind, stored.speaker, stored.speaker_description) == (
            "question", "Pavel Minakov", "Interfax news agency")
        article = store.article(stored.article_id)
        assert article is not None and article.kind == "transcript"
        assert article.statements[0].kind == "question"
        with store.engine.connect() as conn, pytest.raises(sa.exc.IntegrityError):
            conn.execute(sa.text("UPDATE statements SET kind = 'rumour'"))


def test_the_migration_widens_an_older_database(db_url):
    """A database made before transcripts (old CHECK, no articles.kind) takes questions once
    opened again."""
    with Store.open(db_url) as store, store.engine.begin() as conn:
        version = conn.execute(sa.text("SELECT max(version) FROM schema_version")).scalar()
        _make_old(conn)
        conn.execute(sa.text("DELETE FROM schema_version WHERE version = :v"), {"v": version})
    with Store.open(db_url) as store:
        store.add(transcript_article())
        assert store.statements(kind="question")[0].speaker == "Pavel Minakov"
        assert store.article(transcript_article().id).kind == "transcript"


def _make_old(conn) -> None:
    old = "kind IN ('direct', 'mixed', 'indirect')"
    new = "kind IN ('direct', 'mixed', 'indirect', 'question')"
    conn.execute(sa.text("DROP INDEX ix_articles_kind"))
    conn.execute(sa.text("ALTER TABLE articles DROP COLUMN kind"))
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("ALTER TABLE statements DROP CONSTRAINT statement_kind"))
        conn.execute(sa.text(f"ALTER TABLE statements ADD CONSTRAINT statement_kind CHECK ({old})"))
        return
    version = conn.exec_driver_sql("PRAGMA schema_version").scalar()
    conn.exec_driver_sql("PRAGMA writable_schema=ON")
    conn.exec_driver_sql("UPDATE sqlite_master SET sql = replace(sql, ?, ?) "
                         "WHERE name = 'statements'", (new, old))
    conn.exec_driver_sql(f"PRAGMA schema_version={version + 1}")
    conn.exec_driver_sql("PRAGMA writable_schema=OFF")
