"""Build small PDFs with text at exact positions (pdfium's own writer), for reader tests.

Courier is used because every glyph is 0.6 em wide, so wrapping by characters wraps by width
exactly as a typesetter would.
"""

from __future__ import annotations

import ctypes
import io
import textwrap
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

PAGE_W, PAGE_H = 612, 792


@dataclass
class Text:
    x: float
    y: float
    size: float
    text: str


@dataclass
class Page:
    items: list[Text] = field(default_factory=list)


def build_pdf(pages: list[Page]) -> bytes:
    """Each page's items are drawn in list order: that order is the PDF's content order."""
    pdf = pdfium.PdfDocument.new()
    font = pdfium_c.FPDFText_LoadStandardFont(pdf, b"Courier")
    for spec in pages:
        page = pdf.new_page(PAGE_W, PAGE_H)
        for item in spec.items:
            obj = pdfium_c.FPDFPageObj_CreateTextObj(pdf, font, item.size)
            wide = (item.text + "\x00").encode("utf-16-le")
            buffer = ctypes.create_string_buffer(wide, len(wide))
            pdfium_c.FPDFText_SetText(obj, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
            pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, item.x, item.y)
            pdfium_c.FPDFPage_InsertObject(page, obj)
        pdfium_c.FPDFPage_GenerateContent(page)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def two_column_article(
    headline: str, paragraphs: list[str], lines_per_column: int, running_header: str
) -> tuple[bytes, list[tuple[str, str]]]:
    """An article set in two columns over as many pages as it needs, with a headline across
    both columns on page one, a running header and a "Page N of M" footer.

    The right column is drawn before the left one, so content order is not reading order.
    Returns the PDF and, for every column or page break, the text on either side of it.
    """
    size, pitch, gap, chars = 10, 13, 9, 36
    slots = [(x, col) for col, x in enumerate((72, 330))]
    lines: list[tuple[str, bool]] = []  # (text, first line of a paragraph)
    for paragraph in paragraphs:
        wrapped = textwrap.wrap(paragraph, chars)
        lines += [(text, i == 0) for i, text in enumerate(wrapped)]
    columns: list[list[Text]] = []
    breaks: list[tuple[str, str]] = []
    y = 0.0
    for i, (text, first) in enumerate(lines):
        if i % lines_per_column == 0:
            columns.append([])
            y = 600 if len(columns) <= 2 else 700
            if i:
                breaks.append((lines[i - 1][0], text))
        elif first:
            y -= gap
        x = slots[(len(columns) - 1) % 2][0]
        columns[-1].append(Text(x, y, size, text))
        y -= pitch
    pages: list[Page] = []
    for n in range(0, len(columns), 2):
        left, right = columns[n], columns[n + 1] if n + 1 < len(columns) else []
        pages.append(Page(right + left))
    for number, page in enumerate(pages, start=1):
        if number == 1:
            page.items.insert(0, Text(72, 660, 18, headline))
        page.items.append(Text(72, 760, 8, running_header))
        page.items.append(Text(280, 30, 8, f"Page {number} of {len(pages)}"))
    return build_pdf(pages), breaks
