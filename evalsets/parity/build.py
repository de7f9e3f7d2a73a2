"""Build the parity set: each article as an HTML page, as the PDF Chromium prints from it,
and as the text copied out of that PDF.

    .venv/bin/python evalsets/parity/build.py            # HTML, PDF and text
    .venv/bin/python evalsets/parity/build.py --no-pdf   # HTML only (no browser needed)

The article texts come from evalsets/recent/recent.jsonl (see README.md); the page around them
(menu, byline, dateline, figure and caption, related links, trending list, donation box,
live-blog times) is made up here, in ``PAGES``. The PDF is printed as a browser prints a page
(Playwright with Debian's Chromium, header with the print date and the title, footer with the
URL and the page number); the page is served at its real URL from memory, so nothing is
fetched. The text is what pypdfium2 gives for each page, pages joined by a line break.
"""

from __future__ import annotations

import argparse
import html
import json
import re
from datetime import date
from pathlib import Path

HERE = Path(__file__).parent
RECENT = HERE.parent / "recent" / "recent.jsonl"
PAGES_DIR = HERE / "pages"
CHROMIUM = "/usr/bin/chromium"

# The made-up page around each article: byline, caption (with a date of its own, older than
# the article's: it must never date the article), related lines after the given paragraph,
# and which boxes the page carries.
PAGES = [
    {"doc": "moscowtimes_2025-11-21_putin-us-plan-foundation", "name": "moscowtimes-putin-plan",
     "byline": "By Anna Petrova", "caption": "Vladimir Putin at a meeting in Moscow on "
     "March 3, 2023. (Reuters/File Photo)", "related": {2: "Read more: Explainer: what is in "
     "the plan?"}, "trending": True},
    {"doc": "interfax-ukraine_2025-11-21_putin-plan-basis", "name": "interfax-putin-basis",
     "byline": "By Oleh Marchenko | Interfax-Ukraine", "caption": "The Kremlin in Moscow. "
     "Photo: Interfax-Ukraine archive, 12 June 2024", "related": {1: "Also read | Markets "
     "fall as Kyiv weighs the U.S. proposal"}, "donate": True},
    {"doc": "indiatoday_2025-11-22_putin-plan-final-settlement", "name": "indiatoday-putin",
     "byline": "By Jane Roe withAP", "caption": "Russian President Vladimir Putin speaks to "
     "reporters. (AP Photo)", "related": {1: "Related: Trump sets Thursday deadline for Kyiv"},
     "trending": True},
    {"doc": "ap_2025-11-25_trump-envoys-putin-ukrainians", "name": "ap-trump-envoys",
     "byline": "By John Doe and Mary Major | Associated Press", "caption": "President "
     "Donald Trump at the White House on Jan. 20, 2025. (AP Photo/Evan Vucci)",
     "related": {2: "Read more: Explainer: what is in the plan?"}, "donate": True},
    {"doc": "reuters_2025-11-25_driscoll-abu-dhabi", "name": "reuters-driscoll",
     "byline": "By Mark Trevelyan", "caption": "U.S. Army Secretary Dan Driscoll in "
     "Kyiv, November 20, 2025. REUTERS/Stringer", "related": {1: "Read more: Ukraine war "
     "latest"}, "trending": True},
    {"doc": "abcnews-au_2025-11-22_zelenskyy-dignity-or-partner", "name": "abc-zelenskyy",
     "byline": "By Lucy Sweeney", "caption": "Volodymyr Zelenskyy addresses the nation. "
     "(Reuters: Ukrainian Presidential Press Service)", "related": {},
     "bullets": True, "donate": True},
    {"doc": "guardian_2025-10-09_gaza-ceasefire-live", "name": "guardian-gaza-live",
     "byline": "By Tom Ambrose (now) and Helen Livingstone (earlier)", "caption": "People "
     "in Khan Younis on 17 May 2024. Photograph: AFP/Getty Images", "related": {},
     "live": ["14:32 BST", "14:05 BST", "13:41 BST", "13:10 BST"], "trending": True},
    {"doc": "trtafrika_2025-02-23_merz-declares-victory", "name": "trtafrika-merz",
     "byline": "By TRT Afrika", "caption": "Friedrich Merz on election night. (Reuters/"
     "Liesa Johannssen)", "related": {1: "Also read | Scholz concedes defeat as SPD "
     "slumps"}, "donate": True},
    {"doc": "brusselstimes_2025-10-20_kallas-ukrainians-cannot-surrender",
     "name": "brusselstimes-kallas", "byline": "By The Brussels Times with Belga",
     "caption": "Kaja Kallas in Luxembourg. Credit: Belga / Benoit Doppagne, 4 April 2025",
     "related": {2: "Read more: Trending Stories: EU ministers meet in Luxembourg"},
     "trending": True},
    {"doc": "thehindu_2025-05-15_jaishankar-strictly-bilateral", "name": "thehindu-jaishankar",
     "byline": "By Special Correspondent", "caption": "External Affairs Minister "
     "S. Jaishankar in New Delhi. File photo: PTI", "related": {1: "Also read | India, "
     "Pakistan agree to halt firing"}, "donate": True},
    {"doc": "online-ua_2025-02-19_macron-lasting-peace", "name": "onlineua-macron",
     "byline": "By Online.ua Newsroom", "caption": "Emmanuel Macron at the Elysee Palace. "
     "Photo: Getty Images, 9 January 2024", "related": {5: "Related: Macron to host "
     "European leaders in Paris"}, "bullets": True, "subheads": True, "trending": True},
]

STYLE = """
body { font-family: "DejaVu Serif", serif; font-size: 15px; line-height: 1.45;
       max-width: 40rem; margin: 1rem auto; color: #111; }
header .site { font-size: 26px; font-weight: bold; }
nav ul { list-style: none; padding: 0; display: flex; gap: 1rem; font-size: 13px; }
h1 { font-size: 28px; line-height: 1.2; }
.byline, .dateline { font-size: 13px; color: #444; margin: 0.2rem 0; }
figure { margin: 1rem 0; }
figure img { width: 100%; height: 60px; background: #ccc; }
figcaption { font-size: 12px; color: #555; }
.related { font-size: 14px; font-weight: bold; }
.live-time { font-size: 13px; font-weight: bold; color: #900; }
aside { border-top: 1px solid #ccc; margin-top: 1.5rem; font-size: 13px; }
footer { font-size: 11px; color: #777; margin-top: 2rem; }
"""
# A grey bar as the picture: small, and prints the same everywhere.
PICTURE = ("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdp"
           "ZHRoPSI2MDAiIGhlaWdodD0iNjAiPjxyZWN0IHdpZHRoPSI2MDAiIGhlaWdodD0iNjAiIGZpbGw9IiNjY2Mi"
           "Lz48L3N2Zz4=")
TRENDING = ["Markets steady as oil prices dip", "Heatwave warning issued for the weekend",
            "Five things to know before the summit"]
BULLET = re.compile(r"^[-•]\s+")
SUBHEAD = re.compile(r"[^.!?:;\"”’)]{3,80}")  # a short line with no final stop


def load_recent() -> dict[str, dict]:
    with RECENT.open(encoding="utf-8") as f:
        return {row["doc_id"]: row for row in map(json.loads, f)}


def body_html(page: dict, row: dict) -> str:
    paragraphs = [p for p in row["text"].split("\n\n") if p.strip()]
    if paragraphs and paragraphs[0].strip() == row["title"].strip():
        paragraphs = paragraphs[1:]  # the headline is the page's <h1>
    times = list(page.get("live", []))
    out: list[str] = []
    for i, para in enumerate(paragraphs):
        if times and (i == 0 or i % 2 == 0):
            out.append(f'<p class="live-time">{times.pop(0)}</p>')
        lines = para.split("\n")
        if page.get("bullets") and all(BULLET.match(line) for line in lines):
            items = "".join(f"<li>{html.escape(BULLET.sub('', line))}</li>" for line in lines)
            if out and out[-1].endswith("</ul>"):  # the list goes on
                out[-1] = out[-1][:-len("</ul>")] + items + "</ul>"
            else:
                out.append(f"<ul>{items}</ul>")
        elif page.get("subheads") and SUBHEAD.fullmatch(para):
            out.append(f"<h2>{html.escape(para)}</h2>")
        else:
            out.append(f"<p>{html.escape(' '.join(lines))}</p>")
        if i in page["related"]:
            out.append(f'<p class="related"><a href="/related/{i}">'
                       f'{html.escape(page["related"][i])}</a></p>')
    return "\n".join(out)


def page_html(page: dict, row: dict) -> str:
    day = date.fromisoformat(row["publication_date"])
    title, outlet = html.escape(row["title"]), html.escape(row["publisher"])
    boxes = []
    if page.get("trending"):
        items = "".join(f'<li><a href="/t/{i}">{t}</a></li>' for i, t in enumerate(TRENDING))
        boxes.append(f'<aside class="trending"><h2>Trending Stories</h2><ul>{items}</ul></aside>')
    if page.get("donate"):
        boxes.append('<aside class="donate"><p><strong>Support Our Newsroom!</strong></p>'
                     '<p>12,000 of 25,000 readers have given this month.</p>'
                     '<p><a href="/donate">Donate now</a></p></aside>')
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - {outlet}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{day.isoformat()}T09:00:00Z">
<link rel="canonical" href="{html.escape(row['url'])}">
<style>{STYLE}</style>
</head>
<body>
<header>
<div class="site">{outlet}</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
<li><a href="/login">Log in</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
</header>
<main>
<article>
<h1>{title}</h1>
<p class="byline">{html.escape(page["byline"])}</p>
<p class="dateline"><time datetime="{day.isoformat()}">Published {day.day} {day:%B %Y}</time></p>
<figure><img src="{PICTURE}" alt=""><figcaption>{html.escape(page["caption"])}</figcaption></figure>
<div class="article-body">
{body_html(page, row)}
</div>
</article>
{"".join(boxes)}
</main>
<footer><p>© {day.year} {outlet}. All rights reserved.</p></footer>
</body>
</html>
"""


HEADER = ('<div style="font-size:8px;width:100%;margin:0 1cm;display:flex;'
          'justify-content:space-between"><span class="date"></span>'
          '<span class="title"></span><span></span></div>')
FOOTER = ('<div style="font-size:8px;width:100%;margin:0 1cm;display:flex;'
          'justify-content:space-between"><span class="url"></span>'
          '<span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>')


def serve(url: str, markup: str):
    """A route handler that answers the page's own URL from memory and refuses the rest.
    (One parameter only: Playwright passes the request too to a handler that takes two.)"""
    def handle(route):
        if route.request.url == url:
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body=markup)
        else:
            route.abort()
    return handle


def print_pdfs(pages: list[tuple[str, str, str]]) -> None:
    """Print each (name, url, html) as a browser does, the page served at its own URL."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        for name, url, markup in pages:
            page = browser.new_page()
            page.route("**/*", serve(url, markup))
            page.goto(url)
            page.pdf(path=str(PAGES_DIR / f"{name}.pdf"), format="A4",
                     display_header_footer=True, header_template=HEADER,
                     footer_template=FOOTER,
                     margin={"top": "1.5cm", "bottom": "1.5cm", "left": "1cm", "right": "1cm"})
            page.close()
        browser.close()


def copy_text(pdf_path: Path) -> str:
    """The text a user copies out of the PDF: each page's text, pages one after another."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(pdf_path)
    try:
        texts = []
        for i in range(len(pdf)):
            textpage = pdf[i].get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
    finally:
        pdf.close()
    return "\n".join(t.replace("\r\n", "\n").replace("\r", "\n") for t in texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-pdf", action="store_true", help="write the HTML pages only")
    args = parser.parse_args()
    PAGES_DIR.mkdir(exist_ok=True)
    recent = load_recent()
    built = []
    for page in PAGES:
        row = recent[page["doc"]]
        markup = page_html(page, row)
        (PAGES_DIR / f"{page['name']}.html").write_text(markup, encoding="utf-8")
        built.append((page["name"], row["url"], markup))
    if not args.no_pdf:
        print_pdfs(built)
        for name, _, _ in built:
            text = copy_text(PAGES_DIR / f"{name}.pdf")
            (PAGES_DIR / f"{name}.txt").write_text(text, encoding="utf-8")
    print(f"built {len(built)} pages in {PAGES_DIR}")


if __name__ == "__main__":
    main()
