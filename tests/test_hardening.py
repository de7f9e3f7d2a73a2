"""Hardening: no input stops a batch, every failure says why in plain words, nothing is lost
without a word.

Every input here is built by the test from real bytes (gzip twice, JSON nested 5,000 deep,
UTF-16 files, WARCs cut inside a header) and goes through the real readers, pipeline, store
and CLI. The inputs are the ones that ended whole runs before (issue 17).
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import USER_ARTICLE
from fastwarc.warc import WarcRecord, WarcRecordType

from whosaid.cli import main
from whosaid.ingest import extract_text, iter_documents
from whosaid.ingest.jsonl import MAX_DEPTH, too_deep
from whosaid.models import Document, Failure, RawText
from whosaid.pipeline import prepare
from whosaid.store import Store

ARTICLE = ('The minister said on Tuesday that the revised plan was "significantly better" than '
           "the first draft, and that talks would go on in Geneva next week.")
# What a Python error looks like when it leaks into a reason: "AttributeError: ...".
PYTHON_CLASS = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception)\b")


def items(*paths: Path) -> list[Document | Failure]:
    return list(iter_documents([str(p) for p in paths]))


def failures(*paths: Path) -> list[Failure]:
    return [i for i in items(*paths) if isinstance(i, Failure)]


def jsonl_file(tmp_path: Path, *lines: str | bytes, name: str = "rows.jsonl") -> Path:
    path = tmp_path / name
    path.write_bytes(b"".join((x.encode() if isinstance(x, str) else x) + b"\n" for x in lines))
    return path


def row(**fields) -> str:
    return json.dumps({"text": ARTICLE, **fields})


def assert_plain(reason: str) -> None:
    assert not PYTHON_CLASS.search(reason), reason


# ---------------------------------------------------------------- crashes that stopped the batch


def test_a_file_gzipped_twice_is_a_failure_and_the_next_file_is_read(tmp_path: Path) -> None:
    twice = tmp_path / "twice.txt.gz"
    twice.write_bytes(gzip.compress(gzip.compress(ARTICLE.encode())))
    failure, good = items(twice, USER_ARTICLE)
    assert isinstance(failure, Failure) and failure.path == str(twice)
    assert failure.reason.startswith("gzip inside gzip")
    assert isinstance(good, Document)


def test_json_nested_5000_deep_is_a_failure_and_the_next_line_is_read(tmp_path: Path) -> None:
    path = jsonl_file(tmp_path, '{"text": ' + "[" * 5000 + "]" * 5000 + "}", row())
    deep, good = items(path)
    assert deep == Failure(str(path), f"JSON nested deeper than {MAX_DEPTH} levels", "line 1")
    assert isinstance(good, Document) and good.data == ARTICLE


def test_nesting_is_counted_outside_strings_only() -> None:
    brackets = "[" * 500
    assert not too_deep(json.dumps({"text": brackets}).encode(), MAX_DEPTH)
    assert not too_deep(("[" * MAX_DEPTH + "]" * MAX_DEPTH).encode(), MAX_DEPTH)
    assert too_deep(("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)).encode(), MAX_DEPTH)


def test_lone_surrogates_are_replaced_so_the_article_can_be_printed_and_stored(
        tmp_path: Path) -> None:
    # json.dumps writes the escapes "\udfff" and "\ud800" that json.loads turns into lone halves.
    path = jsonl_file(tmp_path, row(title="Bad \udfff title", author="A. \ud800Writer",
                                    text=ARTICLE + " \udfff"))
    (doc,) = items(path)
    assert doc.meta["title"] == "Bad \ufffd title" and doc.meta["author"] == "A. \ufffdWriter"
    assert doc.data == ARTICLE + " \ufffd"  # one character for one: offsets stay valid
    article = prepare(doc)
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")  # printable
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    assert store.add(article)


@pytest.mark.parametrize(("fields", "reason"), [
    ({"author": {"name": "X"}}, "field 'author' must be text, got an object"),
    ({"title": ["a", "b"]}, "field 'title' must be text, got a list"),
    ({"url": ["https://example.org/a"]}, "field 'url' must be text, got a list"),
    ({"outlet": 7}, "field 'outlet' must be text, got a number"),
    ({"published": 2025}, ("field 'published' must be text (a date like 2025-11-27), "
                           "got a number")),
    ({"id": ["x"]}, "field 'id' must be text or a whole number, got a list"),
    ({"text": {"body": "x"}}, "field 'text' must be text, got an object"),
    ({"text": None, "html": ["<p>x</p>"]}, "field 'html' must be text, got a list"),
    ({"url": "http://[::1/story"}, "field 'url' is not a valid URL (invalid ipv6 url)"),
    ({"url": "https://example.org:99999/a"}, "field 'url' is not a valid URL"),
])
def test_jsonl_fields_are_checked_by_type_with_a_reason_naming_the_field(
        tmp_path: Path, fields: dict, reason: str) -> None:
    path = jsonl_file(tmp_path, row(**fields), row(title="Good"))
    bad, good = items(path)
    assert isinstance(bad, Failure) and bad.record == "line 1"
    assert bad.reason.startswith(reason)
    assert_plain(bad.reason)
    assert isinstance(good, Document) and good.meta["title"] == "Good"


def test_a_numbered_id_is_accepted(tmp_path: Path) -> None:
    (doc,) = items(jsonl_file(tmp_path, row(id=17)))
    assert doc.origin.record == "17" and doc.meta["id"] == "17"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                      "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_jsonl_are_decoded(tmp_path: Path, encoding: str) -> None:
    # "utf-16" and "utf-32" write a byte-order mark; the -le and -be forms do not.
    lines = row(title="Київ talks") + "\n" + row(title="second") + "\n"
    path = tmp_path / "rows.jsonl"
    path.write_bytes(lines.encode(encoding))
    first, second = items(path)
    assert isinstance(first, Document) and first.data == ARTICLE
    assert first.meta["title"] == "Київ talks" and second.meta["title"] == "second"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-32-be"])
def test_utf16_and_utf32_text_without_a_bom_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.encode(encoding))
    (doc,) = items(path)
    assert extract_text(doc).text == ARTICLE


def test_a_bad_url_in_a_warc_header_does_not_stop_the_article(tmp_path: Path) -> None:
    page = ("<html><head><title>Plan</title></head><body><article>"
            + f"<p>{ARTICLE}</p>" * 3 + "</article></body></html>").encode()
    path = warc_file(tmp_path, [(WarcRecordType.response, "http://[::1/plan", http(page))])
    (doc,) = items(path)
    article = prepare(doc)
    assert not isinstance(article, Failure), article
    assert ARTICLE in article.text


def test_no_failure_reason_names_a_python_class(tmp_path: Path) -> None:
    bad = {
        "twice.gz": gzip.compress(gzip.compress(b"x" * 100)),
        "cut.gz": gzip.compress(ARTICLE.encode() * 50)[:60],
        "deep.jsonl": b'{"text": ' + b"{" * 3000 + b"\n",
        "types.jsonl": "\n".join(row(**{k: [1]}) for k in ("title", "author", "url", "id",
                                                          "published", "outlet")).encode(),
        "junk.jsonl": b'{"text": "x", "a": 1e99999999}\n{"text" 1}\n[1, 2]\n"just text"\n',
        "bad-utf16.jsonl": b"\xff\xfe" + row().encode("utf-16-le")[:-1],
        "corrupt.pdf": b"%PDF-1.7\n1 0 obj << >>\n%%EOF\n",
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    read = [i if isinstance(i, Failure) else prepare(i) for i in items(tmp_path)]
    found = [f for f in read if isinstance(f, Failure)]
    assert {Path(f.path).name for f in found} == set(bad)
    for failure in found:
        assert_plain(failure.reason)


# ---------------------------------------------------------------- no silent loss: WARC


def http(body: bytes, content_type: str = "text/html", status: str = "200 OK") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def warc_bytes(records: list[tuple[WarcRecordType, str, bytes]]) -> bytes:
    out = io.BytesIO()
    for i, (kind, uri, payload) in enumerate(records):
        record = WarcRecord()
        record.init_headers(kind, f"uuid:rec-{i}".encode())
        record.headers.set("WARC-Target-URI", uri)
        msgtype = "response" if kind == WarcRecordType.response else "request"
        record.headers.set("Content-Type", f"application/http; msgtype={msgtype}")
        record.set_bytes_content(payload)
        record.write(out)
    return out.getvalue()


def warc_file(tmp_path: Path, records, name: str = "crawl.warc", cut: int | None = None) -> Path:
    data = warc_bytes(records)
    path = tmp_path / name
    path.write_bytes(data if cut is None else data[:cut])
    return path


PAGE = ("<html><body><article>" + f"<p>{ARTICLE}</p>" * 3 + "</article></body></html>").encode()
REQUEST = (WarcRecordType.request, "https://example.org/a", b"GET /a HTTP/1.1\r\n\r\n")


def test_a_warc_cut_inside_a_response_header_is_a_failure_with_its_offset(
        tmp_path: Path) -> None:
    full = warc_bytes([REQUEST, (WarcRecordType.response, "https://example.org/a", http(PAGE))])
    response_at = full.index(b"WARC/1.1", 1)
    path = warc_file(tmp_path, [REQUEST, (WarcRecordType.response, "https://example.org/a",
                                          http(PAGE))], cut=response_at + 40)
    (failure,) = items(path)
    assert isinstance(failure, Failure)
    assert f"offset {response_at}" in failure.reason and "cut short" in failure.reason


def test_a_warc_record_with_a_broken_http_head_is_a_failure(tmp_path: Path) -> None:
    path = warc_file(tmp_path, [
        (WarcRecordType.response, "https://example.org/a", b"NOT HTTP\r\n\r\n<p>hi</p>"),
        (WarcRecordType.response, "https://example.org/b", http(PAGE)),
    ])
    broken, good = items(path)
    assert isinstance(broken, Failure) and broken.record == "<urn:uuid:rec-0>"
    assert "offset 0" in broken.reason and "HTTP response head" in broken.reason
    assert isinstance(good, Document) and good.origin.url == "https://example.org/b"


def test_a_warc_without_html_pages_says_so(tmp_path: Path) -> None:
    path = warc_file(tmp_path, [(WarcRecordType.response, "https://example.org/logo.png",
                                 http(b"\x89PNG\r\n\x1a\n" + bytes(50), "image/png"))])
    (failure,) = items(path)
    assert failure.reason.startswith("no HTML pages in the WARC")


def test_an_empty_directory_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert items(tmp_path / "empty") == [
        Failure(str(tmp_path / "empty"), "no files in this directory (hidden files are skipped)")]


# ---------------------------------------------------------------- the store boundary


def test_a_file_name_that_is_not_utf8_is_stored(tmp_path: Path) -> None:
    # Linux file names are bytes; Python gives undecodable ones as lone surrogates.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "caf\udce9.txt").write_text(ARTICLE)
    (folder / "bad\udcff.txt").write_bytes(b"")
    read = [i if isinstance(i, Failure) else prepare(i) for i in items(folder)]
    (failure,) = [i for i in read if isinstance(i, Failure)]
    (article,) = [i for i in read if not isinstance(i, Failure)]
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    stats = store.add_many([article, failure])
    assert (stats.articles, stats.errors) == (1, 1)
    assert store.article(article.id).source.path.endswith("caf\ufffd.txt")
    (error,) = store.errors()
    assert error.path.endswith("bad\ufffd.txt")


def test_ids_out_of_range_find_nothing_instead_of_failing(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    assert store.statements(speaker="99999999999999999999") == []
    assert store.statements(speaker="²") == []  # a name, not an id
    assert store.statement(2**64) is None and store.speaker(-1) is None


# ---------------------------------------------------------------- the CLI


@pytest.fixture
def mixed_inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-good.txt").write_text(ARTICLE)
    (folder / "b-twice.txt.gz").write_bytes(gzip.compress(gzip.compress(ARTICLE.encode())))
    jsonl_file(folder, '{"text": ' + "[" * 5000 + "]" * 5000 + "}",
               row(title="Surrogate \udfff", text=ARTICLE + " A second report."),
               row(author={"name": "X"}), name="c-rows.jsonl")
    wide = row(title="Wide", text=ARTICLE + " A third report.")
    (folder / "d-utf16.jsonl").write_bytes((wide + "\n").encode("utf-16"))
    return folder


@pytest.fixture
def debug_log_reset():
    yield
    logger = logging.getLogger("whosaid")
    for handler in [h for h in logger.handlers if h.get_name() == "whosaid-debug"]:
        logger.removeHandler(handler)
    logger.setLevel(logging.NOTSET)


def test_extract_reads_every_good_input_and_reports_every_bad_one(mixed_inputs: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(mixed_inputs), "--model", "fast",
                                       "--format", "jsonl", "--strict"])
    assert result.exit_code == 1, result.output  # strict: inputs failed
    articles = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["title"] for a in articles][1:] == ["Surrogate \ufffd", "Wide"]
    assert "3 article(s) read, 3 failed." in result.stderr
    assert "gzip inside gzip" in result.stderr
    assert "JSON nested deeper than 100 levels" in result.stderr
    assert "field 'author' must be text, got an object" in result.stderr
    assert "Traceback" not in result.output


def test_ingest_stores_the_good_and_records_the_bad(mixed_inputs: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/cli.db"
    result = CliRunner().invoke(main, ["ingest", str(mixed_inputs), "--model", "fast",
                                       "--db", url, "--quiet"])
    assert result.exit_code == 0, result.output
    assert "3 new article(s)" in result.stderr and "3 error(s)" in result.stderr
    assert "field 'author' must be text, got an object" in result.stderr


def test_strict_fails_when_the_inputs_held_no_article(tmp_path: Path) -> None:
    # Only an image: this gave "0 article(s) read, 0 failed" and exit 0 under --strict.
    path = warc_file(tmp_path, [(WarcRecordType.response, "https://example.org/logo.png",
                                 http(b"\x89PNG\r\n\x1a\n" + bytes(50), "image/png"))])
    result = CliRunner().invoke(main, ["extract", str(path), "--model", "fast", "--strict"])
    assert result.exit_code == 1
    assert "0 article(s) read, 1 failed." in result.stderr


def test_debug_logs_the_raw_error_behind_a_failure(tmp_path: Path, debug_log_reset) -> None:
    pdf = tmp_path / "corrupt.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj << >>\n%%EOF\n")
    plain = CliRunner().invoke(main, ["extract", str(pdf), "--model", "fast"])
    assert "not a readable PDF" in plain.stderr and "debug:" not in plain.stderr
    debug = CliRunner().invoke(main, ["extract", str(pdf), "--model", "fast", "--debug"])
    assert "debug: whosaid.ingest" in debug.stderr and "PdfiumError" in debug.stderr


def test_read_text_still_reads_utf16_with_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    (doc,) = items(path)
    assert isinstance(extract_text(doc), RawText)
