"""PDF via pypdfium2, from character positions.

Printed web pages carry debris around the article: a running header (print date, page title),
a running footer (URL, "2/3"), page numbers, and narrow sidebar columns ("Most read",
newsletter boxes). Each is recognised by where its characters sit on the page, not by what
they say, and dropped; the remaining lines are joined into paragraphs in reading order.
"""

from __future__ import annotations

import itertools
import re
import statistics
import time
import zlib
from collections import Counter
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from whosaid.ingest.errors import ReadError
from whosaid.models import Document, RawText

# Running headers and footers live in the top and bottom tenth of a page.
MARGIN_BAND = 0.10
# A column narrower than this share of the page, beside the main column, is a sidebar.
SIDEBAR_MAX_WIDTH = 0.30
# A line-to-line step this much larger than the usual one starts a new paragraph.
PARAGRAPH_GAP = 1.3
# A horizontal gap between glyphs wider than this many ems is a gutter between columns.
GUTTER = 1.5

# A page number alone, or ending a margin line ("https://... 2/3", "Page 2 of 3").
_PAGE_NUMBER = re.compile(
    r"^(page\s*)?\d{1,4}$|(^|\s)(page\s*)?\d{1,4}\s*(/|of)\s*\d{1,4}$", re.IGNORECASE
)
_URL = re.compile(r"https?://\S+")
_URL_TAIL = re.compile(r"[\w\-./%?=&#~+]*[/\w]")  # the rest of a URL, on the line after it
# A browser's print margins: "12/4/26, 7:48 AM" (with the title beside it) and the URL.
_PRINTED = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}|https?://")
_SENTENCE_END = re.compile(r"""[.!?…:;"”’)\]]$""")
# Limits that keep a hostile or huge PDF from holding the batch: pages read, bytes its
# compressed streams inflate to (a 5 MB file can hold a stream of 5 GB), and seconds of reading.
MAX_PAGES = 1000
MAX_INFLATED_BYTES = 256 * 2**20
MAX_SECONDS = 30.0
_STREAM = re.compile(rb"stream\r?\n")
_SLICE = 2**20
# pdfium reports a hyphen that the layout inserted at a line end as U+0002; some PDFs use U+00AD.
_SOFT_HYPHENS = ("\x02", "\xad")


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    baseline: float  # the median bottom of the glyph boxes
    top: float
    size: float


@dataclass
class Page:
    width: float
    height: float
    lines: list[Line]


def read_pdf(document: Document) -> RawText:
    """The article text of a PDF, without running headers, footers, page numbers or sidebars."""
    data = document.data
    if isinstance(data, str):
        raise ReadError("a PDF must be bytes, not text")
    if b"%%EOF" not in data[-2048:]:
        raise ReadError("truncated PDF: the end-of-file marker is missing (incomplete download?)")
    check_inflated_size(data)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ReadError(f"not a readable PDF ({exc})") from exc
    try:
        pages = _read_pages(pdf, _printed_by_browser(pdf))
        meta = _pdf_meta(pdf)
    finally:
        pdf.close()
    running = _running_lines(pages, meta.get("title"))
    meta.update(_url_from(running))
    paragraphs = _paragraphs([_body_lines(page, running) for page in pages])
    if not paragraphs:
        raise ReadError("no text in the PDF (a scan without a text layer?)")
    return RawText(text="\n\n".join(paragraphs), origin=document.origin,
                   media_type="application/pdf", meta=meta)


def check_inflated_size(data: bytes, limit: int = MAX_INFLATED_BYTES) -> None:
    """Refuse a PDF whose compressed (Flate) streams inflate to more than ``limit`` bytes in
    all, before pdfium inflates them into memory. Each stream is inflated a slice at a time
    and thrown away, so this check itself stays small."""
    total = 0
    for match in _STREAM.finditer(data):
        total += _inflated_size(data, match.end(), limit - total)
        if total > limit:
            raise ReadError(f"the PDF's compressed streams inflate to more than "
                            f"{limit // 2**20} MB, over the limit (a decompression bomb?)")


def _inflated_size(data: bytes, start: int, limit: int) -> int:
    """How many bytes the Flate stream at ``data[start:]`` inflates to (counted up to just
    over ``limit``); 0 for a stream that is not Flate (an image, plain text)."""
    inflater = zlib.decompressobj()
    total = 0
    try:
        for pos in range(start, len(data), _SLICE):
            pending = data[pos:pos + _SLICE]
            while pending and not inflater.eof and total <= limit:
                total += len(inflater.decompress(pending, _SLICE))
                pending = inflater.unconsumed_tail
            if inflater.eof or total > limit:
                break
    except zlib.error:
        pass  # not Flate, or corrupt: pdfium judges it
    return total


def _printed_by_browser(pdf: pdfium.PdfDocument) -> bool:
    """A page a browser printed (Chromium's Skia, Chrome, Firefox): browsers break lines at
    hyphens but do not hyphenate words, so a hyphen at a line end is part of the word."""
    info = pdf.get_metadata_dict(skip_empty=True)
    made_by = f"{info.get('Creator', '')} {info.get('Producer', '')}"
    return re.search(r"Skia/PDF|Chrome|Firefox|Mozilla", made_by) is not None


def _read_pages(pdf: pdfium.PdfDocument, word_hyphens: bool = False) -> list[Page]:
    """Every page, within ``MAX_PAGES`` pages and ``MAX_SECONDS`` of reading."""
    if len(pdf) > MAX_PAGES:
        raise ReadError(f"a PDF of {len(pdf):,} pages, over the {MAX_PAGES:,}-page limit")
    deadline = time.monotonic() + MAX_SECONDS
    pages = []
    for i in range(len(pdf)):
        if time.monotonic() > deadline:
            raise ReadError(f"reading the PDF took over {MAX_SECONDS:g} s "
                            f"(at page {i + 1} of {len(pdf)})")
        pages.append(_read_page(pdf[i], word_hyphens))
    return pages


def _read_page(page: pdfium.PdfPage, word_hyphens: bool = False) -> Page:
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        lines = _lines(textpage, word_hyphens)
    finally:
        textpage.close()
        page.close()
    return Page(width, height, lines)


def _lines(textpage: pdfium.PdfTextPage, word_hyphens: bool = False) -> list[Line]:
    """Characters grouped into lines at the breaks pdfium found, in its (content) order."""
    lines: list[Line] = []
    chars: list[tuple[str, tuple[float, float, float, float], float]] = []
    for i in range(textpage.count_chars()):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage, i))
        if char == "\x02" and word_hyphens:  # a line-end hyphen of the word itself
            char = "-"
        if char in "\r\n":
            _close_line(chars, lines)
            chars = []
            continue
        size = pdfium_c.FPDFText_GetFontSize(textpage, i)
        box = textpage.get_charbox(i)
        if not char.isspace() and _apart(chars, box, size):
            _close_line(chars, lines)
            chars = []
        chars.append((char, box, size))
    _close_line(chars, lines)
    return lines


def _apart(chars: list, box: tuple[float, float, float, float], size: float) -> bool:
    """pdfium joins text on one baseline into a line even across a column gutter: a glyph
    far to the right of the last one, or back to its left, starts another line."""
    last = next((b for c, b, _ in reversed(chars) if not c.isspace()), None)
    return last is not None and (box[0] - last[2] > GUTTER * size or box[2] < last[0])


def _close_line(chars: list, lines: list[Line]) -> None:
    # Generated spaces have empty boxes and size 1; only drawn glyphs measure the line.
    drawn = [(box, size) for char, box, size in chars if not char.isspace()]
    text = "".join(char for char, _, _ in chars).strip()
    if not drawn or not text:
        return
    boxes = [box for box, _ in drawn]
    lines.append(Line(
        text=" ".join(text.split()),
        x0=min(b[0] for b in boxes),
        x1=max(b[2] for b in boxes),
        baseline=statistics.median(b[1] for b in boxes),
        top=max(b[3] for b in boxes),
        size=statistics.median(size for _, size in drawn),
    ))


def _pdf_meta(pdf: pdfium.PdfDocument) -> dict[str, str]:
    """Title and author from the document info. The creation date is when it was printed,
    not when the article was published, so it is not used."""
    info = pdf.get_metadata_dict(skip_empty=True)
    return {key: info[src].strip() for key, src in (("title", "Title"), ("author", "Author"))
            if info.get(src, "").strip()}


def _in_margin(line: Line, page: Page) -> bool:
    band = page.height * MARGIN_BAND
    return line.baseline >= page.height - band or line.top <= band


def _key(text: str) -> str:
    """Running lines differ only in numbers (page 1/3, 2/3): compare them without digits."""
    return re.sub(r"\d+", "#", text.lower())


def _running_lines(pages: list[Page], title: str | None = None) -> dict[str, str]:
    """Margin lines that repeat on at least half the pages (and at least two), by key, with
    the text of their first appearance; and, on a page of its own too, what a browser prints
    there: the print date and time, the document's title, the URL."""
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    printed: set[str] = set()
    for page in pages:
        margin = {_key(line.text): line.text for line in page.lines if _in_margin(line, page)}
        counts.update(margin.keys())
        first.update({k: v for k, v in margin.items() if k not in first})
        printed.update(k for k, v in margin.items() if _PRINTED.match(v) or v == title)
    needed = max(2, (len(pages) + 1) // 2)
    return {key: first[key] for key, n in counts.items() if n >= needed or key in printed}


def _url_from(running: dict[str, str]) -> dict[str, str]:
    """Browsers print the page address in the footer: the article's URL, when it is on the web.
    A long one runs on to the next line ("…-plan-to-end-" / "war/WLI32…/ 1/2")."""
    texts = list(running.values())
    for i, text in enumerate(texts):
        if match := _URL.search(text):
            url = match.group()
            rest = texts[i + 1].split()[:1] if i + 1 < len(texts) else []
            if match.end() == len(text) and url.endswith(("-", "/", "_")) and rest \
                    and _URL_TAIL.fullmatch(rest[0]) and not _PAGE_NUMBER.search(rest[0]):
                url += rest[0]
            return {"url": url}
    return {}


def _body_lines(page: Page, running: dict[str, str]) -> list[list[Line]]:
    lines = [
        line for line in page.lines
        if not (_in_margin(line, page) and (_key(line.text) in running
                                            or _PAGE_NUMBER.search(line.text)))
    ]
    return _reading_order(_drop_sidebars(lines, page.width))


def _drop_sidebars(lines: list[Line], width: float) -> list[Line]:
    """Drop lines that sit wholly beside the main column, in a band narrower than a column."""
    if not lines:
        return lines
    left, right = _main_column(lines)
    outside = [ln for ln in lines if ln.x0 >= right - 1 or ln.x1 <= left + 1]
    sidebar: set[int] = set()
    for side in ([ln for ln in outside if ln.x0 >= right - 1], [ln for ln in outside if ln.x1 <= left + 1]):
        if side and max(ln.x1 for ln in side) - min(ln.x0 for ln in side) < SIDEBAR_MAX_WIDTH * width:
            sidebar.update(id(ln) for ln in side)
    return [ln for ln in lines if id(ln) not in sidebar]


def _main_column(lines: list[Line]) -> tuple[float, float]:
    """The horizontal extent of the body text: lines in the body type size that share the
    left edge holding the most text (a wider headline above does not widen the column)."""
    weight: Counter[tuple[int, float]] = Counter()
    for line in lines:
        weight[round(line.x0 / 4), round(line.size)] += len(line.text)
    (edge, size), _ = weight.most_common(1)[0]
    column = [ln for ln in lines if abs(round(ln.x0 / 4) - edge) <= 1 and round(ln.size) == size]
    return min(ln.x0 for ln in column), max(ln.x1 for ln in column)


def _paragraphs(pages: list[list[list[Line]]]) -> list[str]:
    """Runs of lines into paragraphs. A paragraph cut mid-sentence by a page or column break
    is joined again."""
    paragraphs: list[str] = []
    for runs in pages:
        usual = _usual_step(runs)
        for run in runs:
            for i, block in enumerate(_blocks(run, usual)):
                text = _join_lines(block)
                if i == 0 and paragraphs and _continues(paragraphs[-1], text):
                    paragraphs[-1] = _join_two(paragraphs[-1], text)
                else:
                    paragraphs.append(text)
    return paragraphs


def _reading_order(lines: list[Line]) -> list[list[Line]]:
    """A page's lines as runs, each one column top to bottom, in reading order.

    The content stream's order is not always the reading order (a right column may be drawn
    first), so lines are placed by position: top to bottom, and where columns stand side by
    side, the left one first. A line that crosses from one column into the next (a headline
    over both) ends the columns above it.
    """
    if not lines:
        return []
    left, right = _main_column(lines)
    runs: list[list[Line]] = []
    columns: dict[int, list[Line]] = {}
    for line in sorted(lines, key=lambda ln: (-round(ln.baseline), ln.x0)):
        column = _column(line, left, right)
        if column is None:
            runs.extend(columns[k] for k in sorted(columns))
            runs.append([line])
            columns = {}
        else:
            columns.setdefault(column, []).append(line)
    runs.extend(columns[k] for k in sorted(columns))
    return runs


def _column(line: Line, left: float, right: float) -> int | None:
    """0, 1 or 2 for left of, in, or right of the main column; None for a line across columns."""
    if line.x1 <= left + 1:
        return 0
    if line.x0 >= right - 1:
        return 2
    if line.x0 < left - line.size or line.x1 > right + line.size:
        return None
    return 1


def _usual_step(runs: list[list[Line]]) -> float:
    """The page's usual distance from one baseline to the next within a column."""
    steps = [a.baseline - b.baseline for run in runs for a, b in itertools.pairwise(run)]
    return statistics.median(steps) if steps else 0.0


def _blocks(run: list[Line], usual: float) -> list[list[Line]]:
    """Split a column's lines into paragraphs and other blocks (headings, list items)."""
    right = max(line.x1 for line in run)
    blocks: list[list[Line]] = [[run[0]]]
    for prev, line in itertools.pairwise(run):
        if _breaks(prev, line, usual, right):
            blocks.append([line])
        else:
            blocks[-1].append(line)
    return blocks


def _breaks(prev: Line, line: Line, usual: float, right: float) -> bool:
    """A new block starts where the spacing widens, the type size changes, the first line is
    indented, or the line before had room left for this line's first word."""
    step = prev.baseline - line.baseline
    return (
        step > PARAGRAPH_GAP * max(usual, prev.size)
        or abs(line.size - prev.size) > 0.15 * prev.size
        or line.x0 > prev.x0 + prev.size
        or _had_room(prev, line, right)
    )


def _had_room(prev: Line, line: Line, right: float) -> bool:
    """Wrapping moves a word down only when it does not fit: if it would have, the line ended
    on purpose (a paragraph end, a list item, a name above a comment)."""
    char_width = (line.x1 - line.x0) / max(len(line.text), 1)
    first_word = len(line.text.split(" ", 1)[0]) + 1
    return prev.x1 + char_width * first_word < right - char_width


def _join_lines(lines: list[Line]) -> str:
    text = lines[0].text
    for line in lines[1:]:
        text = _join_two(text, line.text)
    return text


def _join_two(before: str, after: str) -> str:
    if before.endswith(_SOFT_HYPHENS):
        return before[:-1] + after
    # A real hyphen at a line end ("face-to-" / "face") stays, and no space follows it.
    if before.endswith("-") and before[-2:-1].isalpha():
        return before + after
    return f"{before} {after}"


def _continues(before: str, after: str) -> bool:
    """A paragraph that stops mid-sentence goes on in the next column or on the next page."""
    return not _SENTENCE_END.search(before) and after[:1].islower()
