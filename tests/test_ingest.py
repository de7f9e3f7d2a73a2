"""Readers: every format on realistic input, every kind of bad input, and no crash on any bytes.

Binary fixtures (WARCs, gzip, junk) are built here at test time; the text ones live in
tests/fixtures/ and examples/.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from conftest import EXAMPLES, USER_ARTICLE
from fastwarc.stream_io import GzipWriter
from fastwarc.warc import WarcRecord, WarcRecordType
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_builder import Page, Text, build_pdf, two_column_article

from whosaid.ingest import ReadError, extract_text, iter_documents, sniff
from whosaid.models import Document, Failure, Origin, RawText

FIXTURES = Path(__file__).parent / "fixtures"
HTML_PAGE = EXAMPLES / "kyivdispatch-2025-11-30-zelensky-geneva.html"
PDF_PAGE = EXAMPLES / "kyivdispatch-2025-11-30-zelensky-geneva.pdf"
JSONL = FIXTURES / "articles.jsonl"

# Text that is on the page around the article but is not the article.
PAGE_DEBRIS = {
    "navigation": "Log in",
    "ad": "Save 40% on your first year",
    "read more box": "What is in the 28-point plan",
    "comments": "Nothing will change until the guarantees are real",
    "comment author": "Taras_from_Lviv",
    "sidebar": "Kharkiv hit by overnight strikes",
    "sidebar ad": "Winter tyres",
    "site footer": "All rights reserved",
}
SIDEBAR = ("Most read", "MOST READ", "Kharkiv hit by", "Hryvnia steady", "Winter tyres",
           "morning briefing")


def read_all(paths: Iterable[str], max_bytes: int = 50 * 2**20) -> Iterator[RawText | Failure]:
    """What a batch sees: documents read, and every unreadable one as a Failure."""
    for item in iter_documents(paths, max_bytes=max_bytes):
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield extract_text(item)
        except ReadError as exc:
            yield Failure(item.origin.path, str(exc), item.origin.record)


def only(items: Iterable[RawText | Failure]) -> RawText | Failure:
    (item,) = list(items)
    return item


def html_paragraphs() -> list[str]:
    return extract_text(next(iter_documents([str(HTML_PAGE)]))).text.split("\n\n")


# --- sniffing ---------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "expected"), [
    (b"%PDF-1.7\n", "application/pdf"),
    (b"\x1f\x8b\x08\x00", "application/gzip"),
    (b"WARC/1.1\r\nWARC-Type: warcinfo", "application/warc"),
    (b"\xef\xbb\xbf<!DOCTYPE html><html>", "text/html"),
    (b"  <html lang='en'><head>", "text/html"),
    (b"<div><p>A fragment</p></div>", "text/html"),
    (b'{"id": 1, "text": "x"}\n{"id": 2}', "application/jsonl"),
    (b"President Zelensky said on Sunday <b>nothing</b>.", "text/plain"),
    (b"\x89PNG\r\n\x1a\n", "unknown: a PNG image"),
])
def test_sniff_reads_the_content_not_the_name(head: bytes, expected: str) -> None:
    assert sniff(head) == expected


def test_a_misnamed_file_is_read_by_its_content(tmp_path: Path) -> None:
    misnamed = tmp_path / "article.txt"
    misnamed.write_bytes(HTML_PAGE.read_bytes())
    raw = only(read_all([str(misnamed)]))
    assert raw.media_type == "text/html"
    assert "Log in" not in raw.text


# --- plain text -------------------------------------------------------------------------

def test_utf8_text_is_read_character_for_character() -> None:
    raw = only(read_all([str(USER_ARTICLE)]))
    assert raw.media_type == "text/plain"
    assert raw.text == USER_ARTICLE.read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig", "cp1251"])
def test_text_in_other_encodings_is_decoded(tmp_path: Path, encoding: str) -> None:
    # Detection needs a realistic paragraph: on a single short line, mac_cyrillic and cp1251
    # are equally plausible.
    text = ("Президент України Володимир Зеленський заявив у суботу, що переговори зі "
            "Сполученими Штатами в Женеві принесли «реальний прогрес», але питання територій "
            "і гарантій безпеки досі не вирішені.\n" if encoding == "cp1251"
            else "Zelensky’s “peace” plan — the café talks in Genève went on.\n" * 5)
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    assert only(read_all([str(path)])).text == text


def test_windows_line_ends_read_as_python_text_mode_reads_them(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"First paragraph.\r\n\r\nSecond one.\r\n")
    assert only(read_all([str(path)])).text == "First paragraph.\n\nSecond one.\n"


def test_a_str_document_passes_through_untouched() -> None:
    text = "\ufeff  Kept exactly:\r\n\ttabs, BOM and all.  "
    raw = extract_text(Document(text, "text/plain", Origin("memory")))
    assert raw.text == text


# --- HTML -------------------------------------------------------------------------------

def test_html_keeps_the_article_and_drops_the_page_around_it() -> None:
    raw = only(read_all([str(HTML_PAGE)]))
    assert "Zelensky said in his evening video address" in raw.text
    assert raw.text.rstrip().endswith("with comments from the Kremlin.")
    for what, debris in PAGE_DEBRIS.items():
        assert debris not in raw.text, what


def test_html_paragraphs_are_separated_by_blank_lines() -> None:
    paragraphs = html_paragraphs()
    assert len(paragraphs) >= 15
    assert paragraphs[2].startswith('"The teams have done serious work')
    assert paragraphs[2].endswith("They can only be decided at the level of presidents.\"")
    assert all(p == p.strip() and "\n" not in p for p in paragraphs)


def test_html_metadata() -> None:
    raw = only(read_all([str(HTML_PAGE)]))
    assert raw.meta == {
        "title": "Zelensky Says Geneva Talks Brought 'Real Progress' but Territory Remains Unresolved",
        "author": "Oksana Hrytsenko",
        "sitename": "The Kyiv Dispatch",
        "url": "https://kyivdispatch.example/politics/2025/11/30/"
               "zelensky-geneva-talks-real-progress-territory-unresolved",
        "description": raw.meta["description"],
        "published": "2025-11-30",
        "language": "en",
    }
    assert raw.meta["description"].startswith("Ukrainian President Volodymyr Zelensky said")


def test_html_charset_declared_in_a_meta_tag(tmp_path: Path) -> None:
    body = "<p>Пєсков заявив, що Москва не отримала нового тексту плану.</p>" * 3
    page = f'<html><head><meta charset="windows-1251"><title>Т</title></head><body><article>{body}</article></body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1251"))
    assert "Пєсков заявив" in only(read_all([str(path)])).text


# --- PDF --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pdf_text() -> RawText:
    return only(read_all([str(PDF_PAGE)]))


def test_the_example_pdf_has_running_headers_to_remove() -> None:
    pdf = pdfium.PdfDocument(str(PDF_PAGE))
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    assert len(pages) >= 2
    assert all(f"{i}/{len(pages)}" in text for i, text in enumerate(pages, start=1))
    assert all("file://" in text and "AM Zelensky Says" in text for text in pages)


def test_pdf_drops_running_header_footer_and_page_numbers(pdf_text: RawText) -> None:
    assert "file://" not in pdf_text.text
    assert not re.search(r"\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2}", pdf_text.text)  # print date
    assert not re.search(r"^\d+/\d+$", pdf_text.text, re.MULTILINE)
    assert not re.search(r"\b[123]/3\b", pdf_text.text)


def test_pdf_drops_the_sidebar(pdf_text: RawText) -> None:
    for debris in SIDEBAR:
        assert debris not in pdf_text.text


def test_pdf_body_paragraphs_are_whole_and_in_reading_order(pdf_text: RawText) -> None:
    """Every paragraph of the article, as the HTML reader finds it, is a paragraph of the
    PDF text too: lines joined, page breaks bridged, in the same order."""
    pdf_paragraphs = pdf_text.text.split("\n\n")
    positions = [pdf_paragraphs.index(p) for p in html_paragraphs()]
    assert positions == sorted(positions)


def test_pdf_metadata_title(pdf_text: RawText) -> None:
    assert pdf_text.meta["title"].startswith("Zelensky Says Geneva Talks")
    assert pdf_text.media_type == "application/pdf"


GENEVA_PARAGRAPHS = [
    ("GENEVA — American and Ukrainian negotiators ended two days of talks on Sunday with what "
    "both sides described as a narrower list of disagreements, though neither would say which "
    "points of the draft had been settled."),
    ('"We have moved further in two days than in the previous two months," said Rustem Umerov, '
    "who led the Ukrainian delegation, speaking to reporters outside the mission where the talks "
    "were held."),
    ("Officials said the revised framework had been cut from 28 points to 19, and that the "
    "questions of territory and of security guarantees had been set aside for a meeting between "
    "the presidents."),
    ("Marco Rubio, the U.S. secretary of state, told journalists that the remaining issues were "
    '"not insurmountable" and that he expected the American and Ukrainian leaders to speak '
    "within days."),
    ("In Moscow, Kremlin spokesman Dmitry Peskov said Russia had not been briefed on the outcome "
    "and would study any proposal that reached it through official channels rather than through "
    "the press."),
    ("European diplomats, who were not in the room, said they had been kept informed by both "
    "delegations but warned that any settlement touching Europe's security would need their "
    "consent."),
]


def test_pdf_two_columns_drawn_out_of_order_read_in_order() -> None:
    data, breaks = two_column_article("Envoys Report Progress in Geneva", GENEVA_PARAGRAPHS,
                                      lines_per_column=8, running_header="THE EVENING LEDGER")
    # Every column and page break falls inside a sentence: the reader must bridge each one.
    assert len(breaks) == 4
    assert all(before[-1] not in '.!?"' and after[0].islower() for before, after in breaks)
    raw = extract_text(Document(data, "application/pdf", Origin("ledger.pdf")))
    assert raw.text.split("\n\n") == ["Envoys Report Progress in Geneva", *GENEVA_PARAGRAPHS]


def test_pdf_page_number_on_a_single_page() -> None:
    body = [Text(72, 700 - 14 * i, 11, line) for i, line in enumerate(
        ["Zelensky said on Sunday that the talks", "had been constructive and that he",
         "would speak to Trump within days."])]
    data = build_pdf([Page([*body, Text(300, 30, 9, "1")])])
    raw = extract_text(Document(data, "application/pdf", Origin("one.pdf")))
    assert raw.text == ("Zelensky said on Sunday that the talks had been constructive and that "
                        "he would speak to Trump within days.")


# --- JSONL ------------------------------------------------------------------------------

def test_jsonl_one_document_per_line_and_bad_lines_are_failures() -> None:
    items = list(iter_documents([str(JSONL)]))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Failure", "Failure",
                                                 "Document"]
    first, second, cut, empty, last = items
    assert first.origin == Origin(str(JSONL), "kd-001", first.meta["url"])
    assert first.media_type == "text/plain" and second.media_type == "text/html"
    assert cut.record == "line 3" and cut.reason.startswith("not valid JSON")
    assert empty == Failure(str(JSONL), "no 'text' or 'html' field with content", "line 4")
    assert last.origin.record == "line 6"


def test_jsonl_fields_override_what_the_reader_found() -> None:
    texts = [i for i in read_all([str(JSONL)]) if isinstance(i, RawText)]
    umerov, peskov, sybiha = texts
    assert umerov.meta["title"] == "Umerov Briefs Lawmakers on Geneva Outcome"
    assert umerov.meta["published"] == "2025-11-25"
    assert peskov.meta["outlet"] == "The Kyiv Dispatch"
    assert peskov.meta["title"] == "Peskov: Moscow Has Not Seen the New Text"  # from the HTML
    assert "none on our table" in peskov.text and "Great article" not in peskov.text
    assert sybiha.meta == {"published": "2025-11-27"}


# --- WARC -------------------------------------------------------------------------------

def _http(body: bytes, content_type: str, status: str = "200 OK", extra: str = "") -> bytes:
    head = (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra}"
            f"Content-Length: {len(body)}\r\n\r\n")
    return head.encode("ascii") + body


def _record(kind: WarcRecordType, uri: str, payload: bytes, uid: str) -> WarcRecord:
    record = WarcRecord()
    record.init_headers(kind, f"uuid:{uid}".encode())
    record.headers.set("WARC-Target-URI", uri)
    msgtype = "response" if kind == WarcRecordType.response else "request"
    record.headers.set("Content-Type", f"application/http; msgtype={msgtype}")
    record.set_bytes_content(payload)
    return record


PESKOV_PAGE = (
    "<html lang='ru'><head><meta charset='windows-1251'><title>Песков о переговорах</title>"
    "</head><body><article><h1>Песков о переговорах</h1>"
    + "<p>Дмитрий Песков заявил журналистам, что Москва не получала нового текста плана.</p>" * 4
    + "</article></body></html>"
)
WARC_RECORDS = [
    (WarcRecordType.request, "https://kyivdispatch.example/a", b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n"),
    (WarcRecordType.response, "https://kyivdispatch.example/a",
     _http(HTML_PAGE.read_bytes(), "text/html; charset=utf-8")),
    (WarcRecordType.response, "https://kyivdispatch.example/logo.png",
     _http(b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")),
    (WarcRecordType.response, "https://kyivdispatch.example/old", _http(b"<html></html>", "text/html",
                                                                        "404 Not Found")),
    (WarcRecordType.response, "https://ru.example/peskov",
     _http(PESKOV_PAGE.encode("cp1251"), "text/html; charset=windows-1251")),
    (WarcRecordType.response, "https://kyivdispatch.example/gz",
     _http(gzip.compress(HTML_PAGE.read_bytes()), "text/html", extra="Content-Encoding: gzip\r\n")),
]
WARC_HTML_URIS = ["https://kyivdispatch.example/a", "https://ru.example/peskov",
                  "https://kyivdispatch.example/gz"]


@pytest.fixture(scope="module")
def warc_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("warc")
    paths = {"gz": folder / "crawl.warc.gz", "plain": folder / "crawl.warc"}
    writer = GzipWriter(str(paths["gz"]))
    with paths["plain"].open("wb") as plain:
        for i, (kind, uri, payload) in enumerate(WARC_RECORDS):
            _record(kind, uri, payload, f"rec-{i}").write(writer)
            _record(kind, uri, payload, f"rec-{i}").write(plain)
    writer.close()
    data = paths["gz"].read_bytes()
    paths["truncated"] = folder / "cut.warc.gz"
    paths["truncated"].write_bytes(data[: len(data) * 2 // 3])
    return paths


@pytest.mark.parametrize("kind", ["gz", "plain"])
def test_warc_html_responses_become_documents(warc_files: dict[str, Path], kind: str) -> None:
    docs = list(iter_documents([str(warc_files[kind])]))
    assert all(isinstance(d, Document) for d in docs)
    assert [d.origin.url for d in docs] == WARC_HTML_URIS
    assert [d.origin.record for d in docs] == ["<urn:uuid:rec-1>", "<urn:uuid:rec-4>",
                                               "<urn:uuid:rec-5>"]
    texts = [extract_text(d) for d in docs]
    assert "evening video address" in texts[0].text
    assert texts[0].meta["id"] == "<urn:uuid:rec-1>"
    assert texts[0].meta["url"] == "https://kyivdispatch.example/a"  # the record's URL wins
    assert "Дмитрий Песков заявил" in texts[1].text and texts[1].meta["language"] == "ru"
    assert texts[2].text == texts[0].text  # gzip content encoding undone


def test_truncated_warc_is_a_failure(warc_files: dict[str, Path]) -> None:
    items = list(iter_documents([str(warc_files["truncated"])]))
    assert any(isinstance(i, Failure) for i in items)
    assert all(i.path == str(warc_files["truncated"]) for i in items if isinstance(i, Failure))


def test_warc_from_stdin(warc_files: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(warc_files["gz"].read_bytes())))
    monkeypatch.setattr(sys, "stdin", stdin)
    docs = list(iter_documents(["-"]))
    assert [d.origin.url for d in docs] == WARC_HTML_URIS
    assert {d.origin.path for d in docs} == {"<stdin>"}


# --- directories, globs, stdin -----------------------------------------------------------

@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.html").write_bytes(HTML_PAGE.read_bytes())
    (tmp_path / "a.txt").write_bytes(USER_ARTICLE.read_bytes())
    (tmp_path / "c.jsonl").write_bytes(JSONL.read_bytes())
    (tmp_path / ".hidden.txt").write_text("not to be read")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main")
    return tmp_path


def test_directories_are_read_recursively_in_order_skipping_hidden(folder: Path) -> None:
    items = list(iter_documents([str(folder)]))
    paths = [i.origin.path if isinstance(i, Document) else i.path for i in items]
    rel = [os.path.relpath(p, folder) for p in paths]
    assert rel == ["a.txt"] + ["c.jsonl"] * 5 + ["b/two.html"] or rel == (
        ["a.txt", "b/two.html"] + ["c.jsonl"] * 5)
    assert not any(".hidden" in p or ".git" in p for p in paths)


def test_globs_and_missing_paths(folder: Path) -> None:
    items = list(iter_documents([str(folder / "**" / "*.html"), str(folder / "*.pdf"),
                                 str(folder / "nope.txt")]))
    assert isinstance(items[0], Document) and items[0].origin.path.endswith("two.html")
    assert items[1] == Failure(str(folder / "*.pdf"), "no files match this pattern")
    assert items[2] == Failure(str(folder / "nope.txt"), "no such file or directory")


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(HTML_PAGE.read_bytes())))
    raw = only(read_all(["-"]))
    assert raw.origin.path == "<stdin>"
    assert raw.meta["sitename"] == "The Kyiv Dispatch"


def test_a_gzipped_article(tmp_path: Path) -> None:
    path = tmp_path / "article.html.gz"
    path.write_bytes(gzip.compress(HTML_PAGE.read_bytes()))
    assert "evening video address" in only(read_all([str(path)])).text


# --- bad input ---------------------------------------------------------------------------

def _noisy_text() -> bytes:
    words = ["peace", "talks", "Zelensky", "said", "Geneva", "plan", "territory", "guarantees"]
    return " ".join(words[(i * 7919) % len(words)] + str(i) for i in range(20000)).encode()


BAD_INPUTS: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b" \n\n\t \n", "empty file"),
    "junk.bin": (bytes(range(256)) * 16, "binary data"),
    "high-bytes.txt": (bytes(range(0x80, 0x100)) * 16, "not text in any known encoding"),
    "truncated.pdf": (PDF_PAGE.read_bytes()[:50_000], "truncated PDF"),
    "corrupt.pdf": (b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF\n", "not a readable PDF"),
    "truncated.txt.gz": (gzip.compress(_noisy_text())[:3000], "truncated or corrupt gzip"),
    "photo.jpg.txt": (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100), "unsupported type (a JPEG image)"),
    "bad.html": (b"<html><head><title>x</title></head><body></body></html>", "no article text"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_a_failure_and_the_batch_goes_on(tmp_path: Path, name: str) -> None:
    data, reason = BAD_INPUTS[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    failure, good = list(read_all([str(bad), str(USER_ARTICLE)]))
    assert isinstance(failure, Failure) and failure.path == str(bad)
    assert reason in failure.reason
    assert isinstance(good, RawText)


def test_a_file_over_the_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"Zelensky said. " * 100_000)
    failure = only(read_all([str(big)], max_bytes=2**20))
    assert failure == Failure(str(big), "the file is 1.4 MB, over the 1.0 MB limit; "
                                        "raise the limit with --max-mb")


def test_size_limits_apply_to_each_record_of_a_container(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"text": "short"}\n{"text": "%s"}\n' % ("x" * 3000))
    short, long = iter_documents([str(rows)], max_bytes=2000)
    assert isinstance(short, Document)
    assert long == Failure(str(rows), "the line is 2.9 KB, over the 2.0 KB limit; "
                                      "raise the limit with --max-mb", "line 2")


def test_a_gzip_bomb_stops_at_the_limit(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 5 * 2**20))
    failure = only(iter_documents([str(bomb)], max_bytes=2**20))
    assert failure.reason.startswith("the input is more than 1.0 MB")


def test_an_unknown_media_type_is_a_read_error() -> None:
    with pytest.raises(ReadError, match="no reader for media type 'image/png'"):
        extract_text(Document(b"\x89PNG", "image/png", Origin("x.png")))


# --- no reader raises on arbitrary bytes ---------------------------------------------------

PREFIXES = [b"", b"%PDF-1.4\n", b"\x1f\x8b\x08\x00", b"WARC/1.1\r\n", b"<!doctype html><p>",
            b'{"text": ', b"\xef\xbb\xbf", b"\xff\xfe"]
SUFFIXES = [b"", b"\n%%EOF\n", b"</p></html>", b'"}\n']
arbitrary = st.builds(lambda p, b, s: p + b + s, st.sampled_from(PREFIXES),
                      st.binary(max_size=3000), st.sampled_from(SUFFIXES))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=arbitrary)
def test_no_reader_raises_on_arbitrary_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "input"
    path.write_bytes(data)
    for item in iter_documents([str(path)]):
        assert isinstance(item, Document | Failure)
        if isinstance(item, Document):
            try:
                assert isinstance(extract_text(item), RawText)
            except ReadError:
                pass


@settings(max_examples=100, deadline=None)
@given(data=arbitrary, media_type=st.sampled_from(["text/plain", "text/html", "application/pdf"]))
def test_extract_text_returns_or_raises_read_error(data: bytes, media_type: str) -> None:
    try:
        assert isinstance(extract_text(Document(data, media_type, Origin("x"))), RawText)
    except ReadError:
        pass


# --- pages a browser printed (evalsets/parity): margins, URL, hyphens ------------------------

PRINTED = Path(__file__).parent.parent / "evalsets" / "parity" / "pages"


def read_printed(name: str) -> RawText:
    path = PRINTED / f"{name}.pdf"
    return extract_text(Document(path.read_bytes(), "application/pdf", Origin(str(path))))


def test_a_one_page_print_loses_its_margins_and_keeps_its_url():
    raw = read_printed("reuters-driscoll")  # one page: no margin line repeats
    assert raw.meta["url"] == ("https://www.lbcgroup.tv/news/world-news/891903/"
                               "us-and-russia-hold-peace-talks-in-abu-dhabi-as-missiles-pound-kyiv/en")
    assert not re.search(r"\d+/\d+/\d+, \d+:\d+", raw.text)  # the print date and time
    assert "lbcgroup.tv" not in raw.text


def test_a_printed_url_that_runs_on_to_a_second_line_is_whole():
    raw = read_printed("ap-trump-envoys")
    assert raw.meta["url"].endswith("-plan-to-end-war/WLI32SNF6RJFNPZGBGMNUGB6GY/")


def test_a_browser_prints_a_words_own_hyphen_at_a_line_end():
    assert "strong-armed" in read_printed("reuters-driscoll").text


def test_the_items_of_a_bulleted_list_are_marked_as_bullets():
    page = ("<html><body><article><h1>Leaders react to the plan</h1>"
            "<p>European leaders gave their first reactions to the plan on Monday, "
            "in Paris and in Berlin, after a meeting that lasted most of the day.</p>"
            "<ul><li>Macron backs the proposal but warns of risks</li>"
            "<li>Merz says Europe must be at the table</li></ul>"
            "<p>The talks are to go on in Geneva next week, officials said on Monday.</p>"
            "</article></body></html>")
    raw = extract_text(Document(page, "text/html", Origin("list.html")))
    assert "- Macron backs the proposal but warns of risks" in raw.text.split("\n\n")
    assert "- Merz says Europe must be at the table" in raw.text.split("\n\n")
