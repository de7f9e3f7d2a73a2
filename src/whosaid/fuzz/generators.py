"""Inputs for the fuzz suite, one generator per kind of input whosaid reads.

Each kind is a Hypothesis strategy of ``(name, bytes)`` (structure-aware: text with quote marks
and long runs, HTML, JSONL rows of every JSON type and encoding, WARC records cut or broken,
gzip once, twice or cut short, small PDFs and damaged ones); ``seeded`` adds mutations of the
bundled examples. ``cases(n, seed)`` draws ``n`` inputs, the same ones for the same seed.
"""

from __future__ import annotations

import ctypes
import gzip
import io
import json
import random
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
KINDS = ("bytes", "text", "html", "jsonl", "warc", "gzip", "pdf", "seeded")

# Pieces that real articles are made of, and pieces that broke readers or the tokenizer.
WORDS = ["said", "told reporters", "according to", "Putin", "Zelensky", "he", "she", "the",
         "Ministry", "on Thursday", "next week", "in August", "2025", "U.S.", "don't", "—"]
MARKS = ['"', "“", "”", "‘", "’", "«", "»", "„", "'", "''", "``"]
ODD = ["\n\n", "\n", "\t", "\r\n", "\u2028", "\x00", "\ufeff", "\ud7ff", "\U0001f600", "&amp;",
       "<", ">", "{", "}", "[", "]", "(", ")", "\\", "- ", "• ", "http://example.org/a?b=c"]
RUNS = ['"', "“", '{"a":', "(", "-", ".", "a", "‘’", "<p>", "\\u"]


def _run(max_len: int):
    """A whitespace-free run of one repeated unit: the input that made tokenizing quadratic."""
    return st.builds(lambda unit, n: unit * n, st.sampled_from(RUNS),
                     st.integers(1, max(1, max_len // 4)))


def prose(max_len: int):
    pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.sampled_from(ODD),
                       st.text(max_size=12), _run(max_len))
    return st.lists(pieces, max_size=max(1, max_len // 8)).map(" ".join).map(
        lambda t: t[:max_len])


def _encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="surrogatepass")


ENCODINGS = st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1"])


def text_inputs(max_len: int):
    return st.builds(lambda t, enc: ("fuzz.txt", _encoded_safe(t, enc)), prose(max_len),
                     ENCODINGS)


def _encoded_safe(text: str, encoding: str) -> bytes:
    try:
        return _encoded(text, encoding)
    except UnicodeEncodeError:
        return _encoded(text, "utf-8")


def html_inputs(max_len: int):
    tags = st.sampled_from(["p", "h1", "div", "article", "script", "style", "a", "li", "br",
                            "figcaption", "time", "meta"])
    element = st.builds(lambda tag, body, close: f"<{tag}>{body}" + (f"</{tag}>" if close else ""),
                        tags, prose(max(1, max_len // 4)), st.booleans())
    return st.builds(
        lambda els, head: ("fuzz.html", (f"<html><head><title>{head}</title></head><body>"
                                         + "".join(els) + "</body></html>").encode(
                                             "utf-8", "surrogatepass")),
        st.lists(element, max_size=8), st.text(max_size=20))


def _json_values(max_len: int):
    return st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), prose(max_len)),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                    max_size=3),
        max_leaves=6)


def jsonl_inputs(max_len: int):
    fields = st.fixed_dictionaries(
        {"text": st.one_of(prose(max_len), _json_values(20))},
        optional={k: _json_values(40) for k in ("title", "author", "url", "published", "id")})
    deep = st.integers(1, 3000).map(lambda d: {"text": "x said y", "title": "[" * d + "]" * d})
    rows = st.lists(st.one_of(fields, deep, st.text(max_size=30)), min_size=1, max_size=4)
    return st.builds(lambda rs, enc: ("fuzz.jsonl", _encoded_safe("\n".join(
        r if isinstance(r, str) else json.dumps(r) for r in rs) + "\n", enc)), rows, ENCODINGS)


def warc_record(body: bytes, uri: str = "http://example.org/a") -> bytes:
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: %d\r\n\r\n" % len(body)) + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:0>\r\n"
            f"WARC-Date: 2025-01-01T00:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def warc_inputs(max_len: int):
    def build(pages, cut, flip, gz):
        data = b"".join(gzip.compress(warc_record(p), mtime=0) if gz else warc_record(p)
                        for _, p in pages)
        if flip is not None and data:
            i = flip % len(data)
            data = data[:i] + bytes([data[i] ^ 0x5A]) + data[i + 1:]
        if cut is not None:
            data = data[:cut % (len(data) + 1)]
        return ("fuzz.warc.gz" if gz else "fuzz.warc", data)
    return st.builds(build, st.lists(html_inputs(max_len), min_size=1, max_size=3),
                     st.none() | st.integers(0, 10**6), st.none() | st.integers(0, 10**6),
                     st.booleans())


def gzip_inputs(max_len: int):
    def build(inner, times, cut):
        data = inner[1]
        for _ in range(times):
            data = gzip.compress(data, mtime=0)
        return ("fuzz.gz", data[:cut % (len(data) + 1)] if cut is not None else data)
    inner = st.one_of(text_inputs(max_len), html_inputs(max_len), jsonl_inputs(max_len))
    return st.builds(build, inner, st.integers(1, 3), st.none() | st.integers(0, 10**5))


def pdf_inputs(max_len: int):
    def build(lines, damage, where, bomb):
        data = make_pdf(lines)
        if bomb:
            data = data.replace(b"%%EOF", b"") + _flate_stream(bomb * 2**20) + b"%%EOF\n"
        i = where % len(data)
        if damage == "cut":
            data = data[:i]
        elif damage == "flip":
            data = data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:]
        return ("fuzz.pdf", data)
    lines = st.lists(prose(80), min_size=1, max_size=max(1, max_len // 80))
    return st.builds(build, lines, st.sampled_from([None, None, "cut", "flip"]),
                     st.integers(0, 10**6), st.sampled_from([0, 0, 0, 300]))


def _flate_stream(size: int) -> bytes:
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(b"\0" * 2**20) for _ in range(size // 2**20)) + packer.flush()
    return (b"9 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body
            + b"\nendstream\nendobj\n")


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with each line drawn in Helvetica (pdfium's own writer)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument.new()
    font = pdfium_c.FPDFText_LoadStandardFont(pdf, b"Helvetica")
    page = pdf.new_page(612, 792)
    for i, line in enumerate(lines[:50]):
        obj = pdfium_c.FPDFPageObj_CreateTextObj(pdf, font, 11)
        wide = (line.encode("utf-16-le", "surrogatepass") + b"\x00\x00")
        buffer = ctypes.create_string_buffer(wide, len(wide))
        pdfium_c.FPDFText_SetText(obj, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
        pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 72, 740 - 14 * i)
        pdfium_c.FPDFPage_InsertObject(page, obj)
    pdfium_c.FPDFPage_GenerateContent(page)
    out = io.BytesIO()
    pdf.save(out)
    # pdfium stamps the time of writing and a random file id; fixed ones (of the same
    # length) keep a seed's inputs the same.
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250101000000", out.getvalue())
    return re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)


def seeded_inputs(max_len: int):
    """The bundled examples, cut, with bytes flipped, or spliced into one another."""
    files = sorted(p for p in EXAMPLES.iterdir() if p.is_file())

    def build(a, b, op, i, j):
        x, y = files[a % len(files)].read_bytes(), files[b % len(files)].read_bytes()
        i, j = i % (len(x) + 1), j % (len(y) + 1)
        data = {"cut": x[:i], "flip": x[:i] + bytes([(x[i:i + 1] or b"\0")[0] ^ 0x41]) + x[i + 1:],
                "splice": x[:i] + y[j:], "whole": x}[op]
        return (files[a % len(files)].name, data)
    ints = st.integers(0, 10**7)
    return st.builds(build, ints, ints, st.sampled_from(["cut", "flip", "splice", "whole"]),
                     ints, ints)


STRATEGIES = {"bytes": lambda n: st.binary(max_size=n).map(lambda b: ("fuzz.bin", b)),
              "text": text_inputs, "html": html_inputs, "jsonl": jsonl_inputs,
              "warc": warc_inputs, "gzip": gzip_inputs, "pdf": pdf_inputs,
              "seeded": seeded_inputs}


def draw(strategy, n: int, at: int) -> list:
    """``n`` examples of ``strategy``, the same for the same ``at``: Hypothesis generating
    only (no shrinking, no example database)."""
    out: list = []

    @settings(max_examples=n, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @seed(at)
    @given(strategy)
    def collect(example):
        out.append(example)

    collect()
    return out[:n]


def cases(n: int, at: int = 0, max_len: int = 2000) -> Iterator[tuple[str, str, bytes]]:
    """``n`` inputs as ``(kind, name, data)``, the kinds taken in turn, reproducible by seed.
    ``max_len`` bounds the text in each (characters, before any encoding or container)."""
    per_kind = -(-n // len(KINDS))
    drawn = {kind: draw(STRATEGIES[kind](max_len), per_kind, at) for kind in KINDS}
    order = random.Random(at)
    made = 0
    for i in range(per_kind):
        kinds = list(KINDS)
        order.shuffle(kinds)
        for kind in kinds:
            if made < n and i < len(drawn[kind]):
                made += 1
                yield (kind, *drawn[kind][i])
