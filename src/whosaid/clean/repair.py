"""Artifact repair for text extracted from saved or printed web pages.

The text is cut into lines and blocks (runs of non-blank lines); each rule below is a small
function that recognises one kind of debris and answers with ``Edit``s against the source.
Rules that rewrite layout (unwrapping, header and paragraph spacing) fire only when the whole
text is hard-wrapped; rules that lift links and promos fire only on lines that are nothing but
a URL or a labelled promo; page furniture (menus, bylines, adverts, comments) is recognised in
``boilerplate``. Text copied out of a printed page (a browser's print margins, no blank line)
is cut into blocks where a line ended with room to spare. What each block is (headline,
byline, caption, related link…) is said by ``structure``. Clean text (one line per paragraph,
as in PolNeAR) meets no rule and passes through unchanged.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from urllib.parse import urlsplit

from whosaid.clean.blocks import (
    PRINT_FOOTER,
    PRINT_HEADER,
    PRINTED_HYPHEN,
    SENTENCE_END,
    URL_LINE,
    Block,
    Line,
    block_text,
    group_blocks,
    is_print_margin,
    is_url_line,
    split_lines,
    split_purposeful,
    stands_alone,
)
from whosaid.clean.boilerplate import (
    AD_MARKER,
    CREDIT,
    PageHeader,
    boxed_debris,
    page_header,
    trailer_start,
)
from whosaid.clean.edits import Edit, apply_edits
from whosaid.clean.structure import (
    header_kinds,
    is_related,
    removed_block,
    text_blocks,
    text_offset,
)
from whosaid.clean.structure import is_promo as is_furniture_promo
from whosaid.models import Block as TypedBlock
from whosaid.models import Link, Segment

# What of a page header stays in the text: its headline, so that a statement in it is kept
# and marked (``Statement.block``). The site name, menu, byline and picture captions are not
# (an HTML page's text has no picture captions either, and a caption's full name would
# rename speakers in one form of a page and not in another).
KEPT_HEADER = ("headline",)
# The tail of a URL that a page break carried to a later line: a slug such as
# "but-warns-ukraine-faces-defeat-a91257" (no spaces, at least one hyphen, nothing but URL chars).
SLUG_FRAGMENT = re.compile(r"[a-z0-9][a-z0-9._~%/?#=&+]*-[a-z0-9._~%/?#=&+-]*")
PROMO = re.compile(
    r"(?:related(?: article| story| stories)?|read (?:more|also|next)|see also|also read)\s*:\s*",
    re.IGNORECASE,
)
ORIGINAL_LABEL = re.compile(
    r"(?:original (?:url|link|article)|source (?:url|link))\s*:\s*", re.IGNORECASE
)
# A hard-wrapped text never has a line much longer than a printed page's width.
MAX_WRAP_WIDTH = 160
MIN_WRAP_WIDTH = 40
WIDE_SHARE = 0.9
MAX_HEADER_CHARS = 400
MAX_PROMO_LINES = 3
# A transcript's speaker label opening a line: a name or role of one to five upper-case or
# title-case words and a colon ("QUESTION:", "Q:", "SECRETARY RUBIO:", "MR. PESKOV:",
# "President Putin:"); a small word may join the capitalised ones ("Minister of Defence:").
LABEL_WORD = r"[A-Z][\w.'’-]*"
SPEAKER_LABEL = re.compile(
    rf"(?P<label>{LABEL_WORD}(?:\s+(?:(?:of|the|de|da|del|van|von|al|bin|and)\s+)?{LABEL_WORD})"
    r"{0,4})\s*:(?!\S)"
)
# A dash that breaks off speech ("on defense --"): the next line's first word is another one
SPEECH_DASH = ("--", "—", "–")


@dataclass
class Repaired:
    text: str
    offset_map: list[Segment]
    title: str | None = None
    caption: str | None = None
    links: list[Link] = field(default_factory=list)
    author: str | None = None
    blocks: list[TypedBlock] = field(default_factory=list)  # in text order
    printed_title: str | None = None  # the title a browser printed in the page's header


def wrap_width(blocks: list[Block]) -> int | None:
    """The page width if the text is hard-wrapped, else None.

    Hard-wrapped: lines inside paragraphs mostly run close to one common width, and no line
    is longer than a page. One-line-per-paragraph text has no such inner lines.
    """
    prose = [line for block in blocks for line in block if not stands_alone(line)]
    inner = inner_lines(blocks[1:])
    if len(inner) < 3:
        inner = inner_lines(blocks)
    if len(inner) < 3 or not prose:
        return None
    width = max(len(line.text) for line in prose)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    full = sum(len(line.text) >= 0.6 * width for line in inner)
    # one-paragraph-per-line text of even length still ends nearly every line on a sentence
    ends = sum(line.text.endswith(SENTENCE_END) for line in inner)
    return width if full >= 0.7 * len(inner) and ends <= 0.4 * len(inner) else None


def ends_block(text: str) -> bool:
    """A line that is a block of its own in copied text: a caption's credit, a related link,
    a promo."""
    return CREDIT.search(text) is not None or is_related(text) or is_furniture_promo(text)


def printed_width(lines: list[Line | None]) -> int | None:
    """The page width of text copied out of a printed page, else None.

    Copied text has a browser's print margins ("12/4/26, 7:48 AM Title", "https://… 1/2")
    and not one blank line; menus, captions and lists make many of its lines short, so the
    width is that of its longer lines (the 90th percentile), not of most lines."""
    inner = lines[1:-1] if len(lines) > 2 else lines
    if None in inner or not any(line is not None and is_print_margin(line) for line in lines):
        return None
    lengths = sorted(len(line.text) for line in lines if line is not None
                     and not stands_alone(line) and PRINTED_HYPHEN not in line.text)
    if not lengths:
        return None
    width = lengths[int(WIDE_SHARE * (len(lengths) - 1))]
    return width if MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH else None


def inner_lines(blocks: list[Block]) -> list[Line]:
    """Lines followed by another line of their block.

    Callers try without the first block first: it may be a headline, set in a larger type
    and wrapped narrower than the body.
    """
    return [line for block in blocks for line in block[:-1]]


def is_header(block: Block) -> bool:
    """A headline block (title, then maybe a caption) at the top of a wrapped page."""
    title, _ = split_header(block)
    return len(block_text(block)) <= MAX_HEADER_CHARS and not title.endswith((".", ",", ";", ":"))


def split_header(block: Block) -> tuple[str, str | None]:
    """Title and caption: in page-extracted text each element starts on an indented line."""
    starts = [i for i, line in enumerate(block) if i == 0 or line.indented]
    elements = [block_text(block[a:b]) for a, b in zip(starts, starts[1:] + [len(block)])]
    return elements[0], " ".join(elements[1:]) or None


def is_promo(block: Block) -> bool:
    return len(block) <= MAX_PROMO_LINES and PROMO.match(block[0].text) is not None


def promo_title(block: Block) -> str:
    return PROMO.sub("", block_text(block), count=1)


def slugify(text: str) -> str:
    """A title as sites put it in URLs: "He's ... U.S.-Backed" -> "hes-...-us-backed"."""
    words = re.findall(
        r"[a-z0-9]+", text.lower().replace("'", "").replace("’", "").replace(".", "")
    )
    return "-".join(words)


def link_role(url: str, default: str, promo_slugs: set[str]) -> str:
    """A URL whose last path segment is the slug of a promo's title is that promo's link."""
    path = urlsplit(url).path.rstrip("/")
    slug = path.rsplit("/", 1)[-1]
    return "related" if slug in promo_slugs else default


def is_footer_line(block: Block) -> bool:
    text = block[0].text
    return len(block) == 1 and (
        is_url_line(block[0])
        or ORIGINAL_LABEL.match(text) is not None
        or SLUG_FRAGMENT.fullmatch(text) is not None
    )


def footer_start(blocks: list[Block], wrapped: bool) -> int:
    """Index of the first block of a trailing run of link lines (len(blocks) if none).

    Unwrapped text may end on a URL of its own ("Online: http://..."), so there only an
    "Original url:" label marks a footer.
    """
    start = len(blocks)
    while start > 0 and is_footer_line(blocks[start - 1]):
        start -= 1
    labels = [i for i in range(start, len(blocks)) if ORIGINAL_LABEL.match(blocks[i][0].text)]
    if wrapped:
        urls = any(is_url_line(b[0]) for b in blocks[start:])
        return start if urls or labels else len(blocks)
    return labels[0] if labels else len(blocks)


def read_footer(blocks: list[Block], promo_slugs: set[str]) -> list[Link]:
    """Links of the footer; a URL cut at a hyphen is completed by a later slug fragment."""
    lines = [b[0].text for b in blocks]
    fragments = [t for t in lines if SLUG_FRAGMENT.fullmatch(t) and not URL_LINE.fullmatch(t)]
    links: list[Link] = []
    after_label = False
    for text in lines:
        label = ORIGINAL_LABEL.match(text)
        if label:
            text = text[label.end() :]
            after_label = True
        if not URL_LINE.fullmatch(text):
            continue
        if text.endswith("-") and fragments:
            text += fragments.pop(0)
        links.append(
            Link(text, "original" if after_label else link_role(text, "inline", promo_slugs))
        )
        after_label = False
    return links


def keep_hyphen(left: str, right: str, vocabulary: set[str]) -> bool:
    """Is a hyphen at a line end part of the word ("28-point") or a soft break ("con-tinue")?

    The document itself is the dictionary: whichever form occurs elsewhere wins. Otherwise
    numbers and capitalised first parts ("Kremlin-backed") keep it; plain words are soft breaks.
    """
    if not left or not left[-1].isalpha() or not right[:1].islower():
        return True
    head = re.search(r"\w+$", left)
    tail = re.match(r"\w+", right)
    word, rest = (head.group() if head else ""), (tail.group() if tail else "")
    if f"{word}-{rest}".lower() in vocabulary:
        return True
    if f"{word}{rest}".lower() in vocabulary:
        return False
    return word[:1].isupper()


def unwrap(block: Block, width: int, vocabulary: set[str],
           labels: frozenset[str] = frozenset()) -> list[Edit]:
    """Join a hard-wrapped paragraph's lines; a short line ending a sentence ends a paragraph,
    and so does any line before a speaker's turn (``opens_turn``)."""
    return [Edit(a.end, b.start, "\n\n")
            if (a.text.endswith(SENTENCE_END) and len(a.text) < 0.6 * width)
            or opens_turn(a, b, labels)
            else join_lines(a, b, vocabulary) for a, b in pairwise(block)]


def speaker_label(text: str) -> str | None:
    """The speaker label a line opens with ("SECRETARY RUBIO" of "SECRETARY RUBIO: Yes.")."""
    match = SPEAKER_LABEL.match(text)
    return match.group("label") if match else None


def repeated_labels(lines: list[Line]) -> frozenset[str]:
    """Labels that open more than one line of the text: a transcript's, not prose's "Note:"."""
    seen = Counter(label for line in lines if (label := speaker_label(line.text)))
    return frozenset(label for label, n in seen.items() if n > 1)


def opens_turn(a: Line, b: Line, labels: frozenset[str]) -> bool:
    """Does line ``b`` open a speaker's turn, never to be joined to ``a``? It opens with a
    speaker label that the text uses more than once, or with any label after a sentence's end
    (not "…in the\nNote: …" mid-sentence; "He said:" is no label, its verb is lower-case)."""
    label = speaker_label(b.text)
    return label is not None and (label in labels or a.text.endswith(SENTENCE_END))


def join_lines(a: Line, b: Line, vocabulary: set[str]) -> Edit:
    """Line ``a`` run on into line ``b``: a printed page's line-end hyphen is the word's own, a
    typed one stays only where the text spells the word with it (``keep_hyphen``); a dash
    ("--", "—") is never glued to the next word."""
    if a.text.endswith(PRINTED_HYPHEN):
        return Edit(a.end - 1, b.start, "-")
    if a.text.endswith(SPEECH_DASH):
        return Edit(a.end, b.start, " ")
    if a.text.endswith("-") and len(a.text) > 1 and not a.text[-2].isspace():
        return Edit(a.end if keep_hyphen(a.text[:-1], b.text, vocabulary) else a.end - 1,
                    b.start, "")
    return Edit(a.end, b.start, " ")


def rejoins(prev: Block, nxt: Block) -> bool:
    """A sentence cut by a dropped artifact: no sentence end before, lower case after."""
    return not prev[-1].text.endswith(SENTENCE_END) and nxt[0].text[:1].islower()


def words_of(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)}


def repair(source: str) -> Repaired:
    """Clean ``source``; every change is an edit, so the result maps back to it."""
    lines = split_lines(source)
    blocks = group_blocks(lines)
    width = printed_width(lines)
    if width:
        blocks = split_purposeful(blocks, width, ends_block)
    else:
        width = wrap_width(blocks)
    footer = footer_start(blocks, width is not None)
    end = trailer_start(blocks, footer)
    header = page_header(blocks[:end])
    if not header and width and end > 1 and is_header(blocks[0]):
        header = PageHeader(1, *split_header(blocks[0]), author=None)
    first = header.end if header else 0
    named = header_kinds([b for b in blocks[:first] if not is_print_margin(b[0])]) \
        if header else []
    kept = kept_header(named)
    removed = [(kind, part) for kind, part in named if kind not in KEPT_HEADER]
    body, links, promo_slugs = sort_body(blocks[first:end], width is not None, removed)
    links += read_footer(blocks[footer:], promo_slugs)
    edits = body_edits(source, blocks, [(part, False) for _, part in kept] + body, width, first,
                       len(kept))
    text, offset_map = apply_edits(source, edits)
    titles, urls = print_margins(lines)
    fixed = Repaired(text, offset_map, links=dedupe([Link(u, "original") for u in urls] + links))
    fixed.printed_title = titles[0] if titles else None
    if header:
        fixed.title, fixed.caption, fixed.author = header.title, header.caption, header.author
    typed = text_blocks(text, offset_map, kinds={
        text_offset(offset_map, part[0].start, len(text)): kind for kind, part in kept}) + [
        removed_block(kind, part, text_offset(offset_map, part[0].start, len(text)))
        for kind, part in removed]
    fixed.blocks = sorted(typed, key=lambda b: (b.start, b.source_start))
    return fixed


def sort_body(
    blocks: list[Block], wrapped: bool, removed: list[tuple[str, Block]] | None = None
) -> tuple[list[tuple[Block, bool]], list[Link], set[str]]:
    """Paragraphs (each with whether an artifact was dropped before it), lifted links, and
    the slugs of promo titles (to know their links when they turn up). The furniture taken
    out is added to ``removed`` with its kind (related, promo)."""
    removed = [] if removed is None else removed
    paragraphs: list[tuple[Block, bool]] = []
    urls: list[str] = []
    promo_slugs: set[str] = set()
    dropped = False
    skip_to = 0
    for i, block in enumerate(blocks):
        if i < skip_to:
            pass
        elif boxed := boxed_debris(blocks, i):
            skip_to = i + boxed
            box = "promo" if AD_MARKER.fullmatch(block_text(block)) else "related"
            removed += [(box, b) for b in blocks[i:skip_to]]
        elif is_print_margin(block[0]):
            pass
        elif is_dropped_url(blocks, i, wrapped):
            urls.append(block[0].text)
        elif is_promo(block):
            promo_slugs.add(slugify(promo_title(block)))
            removed.append(("related", block))
        elif furniture := furniture_line(block):
            removed.append((furniture, block))
        else:
            paragraphs.append((block, dropped))
            dropped = False
            continue
        dropped = True
    links = [Link(url, link_role(url, "source", promo_slugs)) for url in urls]
    return paragraphs, links, promo_slugs


def print_margins(lines: list[Line | None]) -> tuple[list[str], list[str]]:
    """The titles and URLs a browser printed in the page's header and footer lines (a long
    URL is printed alone on its line, the page count under it)."""
    found = [line for line in lines if line is not None]
    titles = [m.group("title") for line in found if (m := PRINT_HEADER.fullmatch(line.text))]
    urls = [m.group("url") for line in found if (m := PRINT_FOOTER.fullmatch(line.text))]
    urls += [b.text for a, b in pairwise(found)
             if PRINT_HEADER.fullmatch(a.text) and URL_LINE.fullmatch(b.text)]
    return titles, [url.replace(PRINTED_HYPHEN, "-") for url in urls]


def printed_hyphens(block: Block) -> list[Edit]:
    """pdfium marks a hyphen it found at a line end with U+FFFE in the text it gives out, and
    at times joins the two lines. Text with U+FFFE was copied from a printed page, and a
    browser breaks lines at a word's hyphen but never hyphenates: the hyphen is the word's.
    (At the end of a line but the block's last, ``unwrap`` sees to it.)"""
    edits = []
    for i, line in enumerate(block):
        for match in re.finditer(PRINTED_HYPHEN, line.text):
            if match.end() < len(line.text) or i == len(block) - 1:
                edits.append(Edit(line.start + match.start(), line.start + match.end(), "-"))
    return edits


def furniture_line(block: Block) -> str | None:
    """A line of furniture inside the story: "Also read | …", "Trending Stories", a donation
    counter or "Support Our Newsroom!" (related, promo); None for anything else."""
    text = block_text(block)
    if len(block) > MAX_PROMO_LINES:
        return None
    if is_related(text):
        return "related"
    return "promo" if is_furniture_promo(text) else None


def is_dropped_url(blocks: list[Block], i: int, wrapped: bool) -> bool:
    """A URL line that is page debris: any URL line in wrapped text; in unwrapped text only
    one that cuts a sentence in two (a URL line of the article's own stays)."""
    if not (len(blocks[i]) == 1 and is_url_line(blocks[i][0])):
        return False
    if wrapped:
        return True
    before, after = nearest_prose(blocks, i, -1), nearest_prose(blocks, i, 1)
    return before is not None and after is not None and rejoins(before, after)


def nearest_prose(blocks: list[Block], i: int, step: int) -> Block | None:
    """The closest block before (step -1) or after (step 1) ``i`` that is not a URL line."""
    i += step
    while 0 <= i < len(blocks) and is_url_line(blocks[i][0]):
        i += step
    return blocks[i] if 0 <= i < len(blocks) else None


def body_edits(
    source: str, blocks: list[Block], body: list[tuple[Block, bool]], width: int | None,
    first: int, headed: int = 0,
) -> list[Edit]:
    """Edits that lay the kept paragraphs out: unwrapped, rejoined, blank-line separated.
    The first ``headed`` paragraphs are what stays of the page header (its headline): each
    becomes one line, a paragraph of its own."""
    if not body:
        return [Edit(0, len(source), "")] if blocks else []
    vocabulary = words_of(source) if width or headed else set()
    labels = repeated_labels([line for block in blocks for line in block]) if width \
        else frozenset()
    edits: list[Edit] = []
    lead = body[0][0][0].start
    if width or first:
        edits.append(Edit(0, lead, ""))
    following = {a[-1].end: b[0].start for a, b in pairwise(blocks)}
    for i, ((prev, _), (block, dropped)) in enumerate(pairwise(body)):
        # rewrapped text gets blank lines; otherwise keep what followed the paragraph
        gap = "\n\n" if width or i < headed else source[prev[-1].end : following[prev[-1].end]]
        if dropped and rejoins(prev, block):
            gap = " "
        edits.append(Edit(prev[-1].end, block[0].start, gap))
    for i, (block, _) in enumerate(body):
        if i < headed:
            edits += one_line(block, vocabulary)
        elif width:
            edits += unwrap(block, width, vocabulary, labels) + printed_hyphens(block)
    tail = body[-1][0][-1].end
    if width or tail_dropped(blocks, body):
        edits.append(Edit(tail, len(source), ""))
    return edits


def kept_header(named: list[tuple[str, Block]]) -> list[tuple[str, Block]]:
    """The parts of a page header that stay in the text (``KEPT_HEADER``); a headline's elements
    (a copied PDF reads it one line a block) make one paragraph."""
    kept: list[tuple[str, Block]] = []
    for kind, part in named:
        if kind not in KEPT_HEADER:
            continue
        if kind == "headline" and kept and kept[-1][0] == "headline":
            kept[-1] = (kind, kept[-1][1] + part)
        else:
            kept.append((kind, part))
    return kept


def one_line(block: Block, vocabulary: set[str]) -> list[Edit]:
    """A headline's lines joined into one."""
    return [join_lines(a, b, vocabulary) for a, b in pairwise(block)] + printed_hyphens(block)


def tail_dropped(blocks: list[Block], body: list[tuple[Block, bool]]) -> bool:
    return blocks[-1] is not body[-1][0]


def dedupe(links: list[Link]) -> list[Link]:
    """One link per URL; the first role seen wins (repeated footer lines add nothing)."""
    seen: dict[str, Link] = {}
    for link in links:
        seen.setdefault(link.url, link)
    return list(seen.values())
