"""Long texts in bounded windows, pathological tokens, per-document budgets and PDF limits
(issue 17). Speed itself is measured by ``make bench-long``, never timed here: what is tested
is the shape that keeps time and memory bounded (window sizes, token counts, refusals)."""

from __future__ import annotations

import dataclasses
import datetime
import itertools
import zlib

import pytest
from conftest import USER_ARTICLE
from pdf_builder import Page, Text, build_pdf

from whosaid import budget, chunks, pipeline
from whosaid.budget import Budget, OverBudget
from whosaid.chunks import Window, cut, windows
from whosaid.ingest import ReadError
from whosaid.ingest import pdf as pdf_reader
from whosaid.models import Article, Document, Failure, Origin, Span
from whosaid.nlp import LONGEST_RUN, guarded_parts


def _spans(obj) -> list[Span]:
    """Every Span held anywhere in a statement or event."""
    if isinstance(obj, Span):
        return [obj]
    if isinstance(obj, list):
        return [s for x in obj for s in _spans(x)]
    if dataclasses.is_dataclass(obj):
        return [s for f in dataclasses.fields(obj) for s in _spans(getattr(obj, f.name))]
    return []


# ------------------------------------------------------------------------------ windows

def test_windows_tile_the_text_and_stay_bounded():
    text = "".join(f"Paragraph {i} says something rather long about nothing.\n\n" * 3
                   for i in range(3000))
    parts = list(windows(text, part=5000, context=500))
    assert parts[0].own_start == 0 and parts[-1].own_end == len(text)
    for a, b in itertools.pairwise(parts):
        assert a.own_end == b.own_start
    for w in parts:
        assert w.start <= w.own_start < w.own_end <= w.end
        assert w.end - w.start <= 5000 + 4 * 500
        assert w.own_end == len(text) or text[w.own_end - 2:w.own_end] == "\n\n"
        assert w.start == 0 or text[w.start - 2:w.start] == "\n\n"


def test_a_text_without_breaks_is_cut_anyway():
    text = "x" * 12_345
    parts = list(windows(text, part=1000, context=100))
    assert sum(w.own_end - w.own_start for w in parts) == len(text)
    assert max(w.end - w.start for w in parts) <= 1000 + 400


def test_cut_prefers_a_paragraph_break_to_a_line_or_a_sentence():
    text = "One. Two.\n\nThree.\nFour. Five six"
    assert cut(text, len(text) - 1, 0) == text.index("Three")
    assert cut(text, len(text) - 1, text.index("Three")) == text.index("Four")
    assert cut(text, len(text) - 1, text.index("Four")) == text.index("Five")


def test_a_window_owns_what_starts_in_its_part():
    w = Window(start=0, end=100, own_start=10, own_end=50)
    assert w.owns(10) and w.owns(49) and not w.owns(50) and not w.owns(9)


def test_moved_moves_every_span_however_deeply_held():
    from whosaid.models import Speaker, Statement

    st = Statement(kind="direct", content=[Span(1, 3, "ab")], cue=[Span(4, 5, "c")],
                   speaker=Speaker("X", mention=[Span(0, 1, "X")]))
    out = chunks.moved(st, 100)
    assert [(s.start, s.end) for s in _spans(out)] == [(101, 103), (104, 105), (100, 101)]
    assert [(s.start, s.end) for s in _spans(st)] == [(1, 3), (4, 5), (0, 1)]


@pytest.fixture
def small_windows(monkeypatch):
    """Windows of a few thousand characters, so that a short text takes the long path."""
    monkeypatch.setattr(pipeline, "is_long", lambda text: len(text) > 8000)
    monkeypatch.setattr(pipeline, "windows", lambda text: chunks.windows(text, 2500, 600))


def _article(text: str) -> Article:
    return Article(id="long", text=text, published=datetime.date(2025, 11, 27))


def test_a_long_text_gives_the_statements_of_a_whole_parse_with_exact_offsets(nlp,
                                                                             small_windows):
    story = USER_ARTICLE.read_text(encoding="utf-8").strip()
    text = "\n\n".join([story] * 4)
    whole = pipeline.finish(_article(text), nlp(text), "fast")
    long = pipeline.finish_long(_article(text), nlp, "fast")
    assert len(list(pipeline.windows(text))) > 3
    assert [[(c.start, c.end) for c in s.content] for s in long.statements] == \
        [[(c.start, c.end) for c in s.content] for s in whole.statements]
    assert len(long.statements) >= 4
    for item in long.statements + long.events:
        for span in _spans(item):
            assert text[span.start:span.end] == span.text


def test_analyze_many_sends_a_long_text_through_windows(small_windows, monkeypatch):
    story = USER_ARTICLE.read_text(encoding="utf-8").strip()
    used = []
    monkeypatch.setattr(pipeline, "finish_long",
                        lambda a, nlp, model, meter: used.append(a.id) or a)
    docs = [Document(t, "text/plain", Origin(path=p)) for p, t in
            (("short.txt", story), ("long.txt", "\n\n".join([story] * 4)))]
    out = list(pipeline.analyze_many(docs, model="fast"))
    assert [type(a) for a in out] == [Article, Article] and len(used) == 1
    assert out[0].statements


def test_no_window_reaches_spacys_length_limit(nlp):
    text = ("word " * 40 + "\n") * 30_000  # 6 MB, one long line per paragraph
    longest = max(w.end - w.start for w in windows(text))
    assert longest < nlp.max_length and longest <= chunks.PART + 4 * chunks.CONTEXT


# ------------------------------------------------------------------ pathological tokens

@pytest.mark.parametrize("text", ['"' * 24_000, '{"a":' * 20_000, "(" * 100_000,
                                  "x" * 201, "said " + "?" * 999 + " then\n\n" + "!" * 450])
def test_a_long_run_without_spaces_becomes_few_tokens_with_exact_text(nlp, text):
    doc = nlp.tokenizer(text)
    assert doc.text == text
    assert len(doc) <= len(text) // LONGEST_RUN + 8


def test_text_without_long_runs_is_tokenized_as_spacy_always_did(nlp):
    text = USER_ARTICLE.read_text(encoding="utf-8") + " don't  U.S. \"quoted\" (x)\n\n- bullet"
    ours = [(t.text, t.whitespace_, t.norm_) for t in nlp.tokenizer(text)]
    spacys = [(t.text, t.whitespace_, t.norm_) for t in nlp.tokenizer.tokenizer(text)]
    assert ours == spacys


def test_guarded_parts_join_back_to_the_text():
    text = "a " + "b" * 450 + " c\n" + "d" * 201 + "  e"
    parts = guarded_parts(text)
    assert "".join(p for p, _ in parts) == text
    assert all(len(p.rstrip(" ")) <= LONGEST_RUN for p, piece in parts if piece)


def test_a_pathological_text_is_analysed(nlp):
    text = '"' * 24_000 + "\n\n" + '{"a":' * 2_000
    doc = Document(text, "text/plain", Origin(path="quotes.txt"))
    [article] = pipeline.analyze_many([doc], model="fast")
    assert isinstance(article, Article) and article.text == text


# ------------------------------------------------------------------------------ budgets

@pytest.fixture
def slow_clock(monkeypatch):
    """A clock that moves one second each time the budget reads it."""
    ticks = iter(range(10**6))
    monkeypatch.setattr(budget.time, "monotonic", lambda: float(next(ticks)))


def test_a_document_over_its_time_budget_fails_and_the_batch_goes_on(slow_clock,
                                                                      small_windows):
    story = USER_ARTICLE.read_text(encoding="utf-8").strip()
    docs = [Document(t, "text/plain", Origin(path=p)) for p, t in
            (("long.txt", "\n\n".join([story] * 6)), ("short.txt", story))]
    out = list(pipeline.analyze_many(docs, model="fast", budget=Budget(seconds=6)))
    assert isinstance(out[0], Failure) and out[0].path == "long.txt"
    assert "over the 6 s time budget" in out[0].reason
    assert isinstance(out[1], Article) and out[1].statements


def test_a_document_over_its_memory_budget_fails(monkeypatch):
    grows = iter(range(0, 10**6, 500))
    monkeypatch.setattr(budget, "rss_mb", lambda: float(next(grows)))
    doc = Document(USER_ARTICLE.read_text(encoding="utf-8"), "text/plain", Origin(path="a.txt"))
    [out] = pipeline.analyze_many([doc], model="fast", budget=Budget(None, memory_mb=1000))
    assert isinstance(out, Failure) and "over the 1000 MB memory budget" in out.reason


def test_the_budget_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv(budget.TIME_ENV, "5")
    monkeypatch.setenv(budget.MEMORY_ENV, "0")
    assert Budget.from_env() == Budget(seconds=5.0, memory_mb=None)
    monkeypatch.setenv(budget.TIME_ENV, "soon")
    with pytest.raises(ValueError, match="WHOSAID_TIME_BUDGET must be a number"):
        Budget.from_env()


def test_over_budget_reads_as_a_reason():
    meter = Budget(seconds=-1).start()
    with pytest.raises(OverBudget, match="over the -1 s time budget while parsing"):
        meter.check("parsing")


# --------------------------------------------------------------------------- PDF limits

def _pdf(pages: int = 1) -> bytes:
    return build_pdf([Page([Text(72, 700, 12, f"Page {i} of the report, she said.")])
                      for i in range(pages)])


def _read(data: bytes):
    return pdf_reader.read_pdf(Document(data, "application/pdf", Origin(path="x.pdf")))


def test_a_pdf_bomb_is_refused_before_it_is_inflated():
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(b"\0" * 2**24) for _ in range(20)) + packer.flush()
    bomb = (_pdf().replace(b"%%EOF", b"") + b"9 0 obj\n<< /Length %d /Filter /FlateDecode >>\n"
            b"stream\n" % len(body) + body + b"\nendstream\nendobj\n%%EOF\n")
    with pytest.raises(ReadError, match="inflate to more than 256 MB"):
        _read(bomb)


def test_a_pdf_over_the_page_limit_is_refused(monkeypatch):
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 2)
    assert "Page 1" in _read(_pdf(2)).text
    with pytest.raises(ReadError, match="a PDF of 3 pages, over the 2-page limit"):
        _read(_pdf(3))


def test_a_pdf_over_its_reading_time_is_refused(monkeypatch):
    monkeypatch.setattr(pdf_reader, "MAX_SECONDS", -1.0)
    with pytest.raises(ReadError, match="reading the PDF took over -1 s"):
        _read(_pdf(2))


def test_budget_flags_reach_every_engine_through_the_environment(tmp_path, monkeypatch):
    """--time-budget and --memory-budget set the environment the engines read, so a
    document over the budget the user set is a failure with its reason and the others go on."""
    from click.testing import CliRunner

    from whosaid.cli import main

    monkeypatch.setenv(budget.TIME_ENV, "")  # restored after the test, like the flags' effect
    monkeypatch.setenv(budget.MEMORY_ENV, "")
    (tmp_path / "a.txt").write_text("The mayor said on Monday the bridge would open.")
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--time-budget", "1e-9",
                                       "--memory-budget", "0"])
    assert "over the 1e-09 s time budget" in result.output
    assert Budget.from_env() == Budget(seconds=1e-9, memory_mb=None)
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--time-budget", "-1"])
    assert result.exit_code == 2 and "--time-budget" in result.output


def test_a_very_large_page_is_read_in_one_linear_pass(monkeypatch):
    """Past LARGE_PAGE characters trafilatura's extraction grows faster than the page; the
    page's blocks are read in one pass instead, furniture left out, nothing read twice."""
    from whosaid.ingest import html as html_reader

    monkeypatch.setattr(html_reader, "LARGE_PAGE", 1000)

    def slow(*args, **kwargs):
        raise AssertionError("trafilatura's extraction runs on a large page")

    monkeypatch.setattr(html_reader.trafilatura, "bare_extraction", slow)
    body = "".join(f"<p>Paragraph {i}: the minister said the talks would resume.</p>"
                   for i in range(40))
    page = ("<html lang='en'><head><title>Talks resume</title></head><body>"
            "<nav><p>Home | World</p></nav><script>var x = 1;</script>"
            f"<article>{body}<ul><li><p>A point in a list.</p></li></ul></article>"
            "<footer><p>Copyright</p></footer></body></html>")
    raw = html_reader.read_html(Document(data=page.encode(), media_type="text/html",
                                         origin=Origin(path="big.html")))
    assert raw.text.startswith("Paragraph 0: the minister said")
    assert raw.text.count("A point in a list.") == 1
    assert "Home | World" not in raw.text and "Copyright" not in raw.text and "var x" not in raw.text
    assert raw.text.count("\n\n") == 40  # one block a paragraph
    assert raw.meta["title"] == "Talks resume" and raw.meta["language"] == "en"
