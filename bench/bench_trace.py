"""The cost of quote tracing (issue 18): tracing one stored news article against 1,000
stored passages of primary sources by its speaker, target <= 100 ms.

A temporary SQLite store gets transcripts of one speaker ("Vladimir Putin") whose turns are
paragraphs of PolNeAR dev text, until they hold ``--passages`` passages (their embeddings
computed once, as an ingest does), and one news article of ``--statements`` statements by
the same speaker, half of them quoting the transcripts. The records are built by hand and
stored with ``Store.add``: what is timed is tracing, not the language pipeline.

Timed: ``trace.trace_article`` on the stored news article, i.e. loading its statements and
their embeddings, loading the candidate passages with their embeddings in one query, the
dot products, the word overlap of the shortlist, and writing the links. The first trace also
embeds the statements (about 3 ms each, stored for later traces): it is reported apart.
With ``--russian`` the article's statements are Russian (the quotes of
``evalsets/trace-dev3``), so every candidate is in another script and is compared by the
multilingual encoder (``whosaid.crosslingual``).

    make bench-trace             # or: python bench/bench_trace.py --runs 20 --passages 1000
    python bench/bench_trace.py --russian
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "data" / "polnear" / "dev.jsonl"
OUT = REPO / "bench" / "out" / "bench_trace.json"
TARGET_MS = 100.0
SPEAKER = "Vladimir Putin"
DAY = date(2025, 11, 27)
RUSSIAN = REPO / "evalsets" / "trace-dev3" / "trace.jsonl"


def paragraphs(path: Path) -> list[str]:
    """Paragraphs of PolNeAR dev texts with three sentences or more."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            for para in json.loads(line)["text"].split("\n"):
                para = " ".join(para.split())
                if para.count(". ") >= 2 and len(para) < 1200:
                    out.append(para)
    return out


def _turns_article(article_id: str, paras: list[str], kind: str):
    """An article whose statements are ``paras``, each one paragraph by the speaker."""
    from whosaid.models import Article, Span, Speaker, Statement

    text, spans = "", []
    for para in paras:
        line = f"{SPEAKER}: "
        start = len(text) + len(line)
        text += line + para + "\n"
        spans.append((start, start + len(para)))
    mention = Span.of(text, 0, len(SPEAKER))
    return Article(id=article_id, text=text, title=article_id, published=DAY, kind=kind,
                   statements=[Statement("direct", [Span.of(text, a, b)],
                                         speaker=Speaker(SPEAKER, "person", [mention]),
                                         date=DAY)
                               for a, b in spans])


def build(url: str, corpus: Path, passages: int, statements: int, russian: bool = False):
    """The store: transcripts up to ``passages`` passages, traced; the news article stored
    and not yet traced. Returns (store, news article id, passages stored)."""
    from whosaid import trace
    from whosaid.store import Store

    store = Store.open(url)
    paras, chosen, count = paragraphs(corpus), [], 0
    for para in paras:
        if count >= passages:
            break
        n = len(trace.clauses(para))
        if count + n <= passages:
            chosen.append(para)
            count += n
    for i in range(0, len(chosen), 50):
        store.add(_turns_article(f"transcript-{i // 50}", chosen[i:i + 50], "transcript"))
    trace.trace_pending(store)
    quoted = [p.split(". ")[1] + "." for p in chosen[:statements // 2]]
    unrelated = [p.split(". ")[0] + "." for p in paras[-(statements - len(quoted)):]]
    if russian:
        with open(RUSSIAN, encoding="utf-8") as fh:
            quoted, unrelated = [json.loads(line)["quote"] for line in fh][:statements], []
    store.add(_turns_article("news", quoted + unrelated, "report"))
    return store, "news", count


def run(url: str, corpus: Path, passages: int, statements: int, runs: int,
        russian: bool = False) -> dict:
    from whosaid import trace

    store, news, count = build(url, corpus, passages, statements, russian)
    trace.stopwords()  # loaded once a process, like the encoder (loaded by the build)
    try:
        t0 = time.perf_counter()
        links = trace.trace_article(store, news, "report")
        first = (time.perf_counter() - t0) * 1000
        times, cpu = [], []
        for _ in range(runs):
            t0, c0 = time.perf_counter(), time.process_time()
            trace.trace_article(store, news, "report")
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
    finally:
        store.close()
    return {"passages": count, "statements": statements, "russian": russian, "links": links,
            "runs": runs,
            "first_trace_ms": round(first, 1), "median_ms": round(statistics.median(times), 1),
            "median_cpu_ms": round(statistics.median(cpu), 1),
            "all_ms": [round(t, 1) for t in times], "target_ms": TARGET_MS}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20, help="timed traces (median reported)")
    ap.add_argument("--passages", type=int, default=1000)
    ap.add_argument("--statements", type=int, default=20, help="statements in the article")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="PolNeAR JSONL file")
    ap.add_argument("--russian", action="store_true",
                    help="Russian statements: traced across scripts by the multilingual encoder")
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the JSON results")
    args = ap.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"bench: corpus not found: {args.corpus} (pass --corpus PATH)")
    with tempfile.TemporaryDirectory() as tmp:
        result = run(f"sqlite:///{Path(tmp) / 'trace.db'}", args.corpus, args.passages,
                     args.statements, args.runs, args.russian)
    verdict = "meets" if result["median_ms"] <= TARGET_MS else "misses"
    print(f"tracing a stored article of {result['statements']} "
          f"{'Russian ' if args.russian else ''}statements against "
          f"{result['passages']} passages: median {result['median_ms']} ms over "
          f"{result['runs']} runs ({verdict} the {TARGET_MS:.0f} ms target; CPU "
          f"{result['median_cpu_ms']} ms); first trace, "
          f"embedding its statements: {result['first_trace_ms']} ms; {result['links']} links",
          file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
