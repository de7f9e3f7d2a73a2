"""Throughput and memory of whosaid against plain spaCy parsing and textacy, on PolNeAR dev.

Four methods over the same texts, each run in a fresh subprocess so that peak RSS is the
method's own (``resource.getrusage(...).ru_maxrss`` of the child):

- ``spacy``:   ``nlp.pipe`` with the same English model package, all its components;
- ``accurate``: ``pipeline.analyze_many`` on text/plain Documents (read, clean, parse,
               extract, dates: the path ``whosaid extract`` runs) with the trained model;
- ``fast``:    the same with ``--model fast`` (the rules and the ranker);
- ``textacy``: the same spaCy parses, then ``textacy.extract.triples.direct_quotations`` per
               doc; textacy raises on odd quote counts, so each doc is wrapped and failures
               are counted.

All four parse in batches of ``BATCH`` articles (whosaid's own batch size), so throughput
and memory differ by the work done, not by batching. Model loading is outside the timed part.
Runs are interleaved (spacy, accurate, fast, textacy, ...) so that load from other processes hits all
methods alike; medians over ``--runs`` are reported, with whosaid / spaCy ratios by
wall-clock time and by CPU time of the process (steadier on a busy machine). Targets:
accurate >= 0.5x spaCy's throughput with peak RSS <= 700 MB; fast >= 0.9x. The default is the first 40 dev articles, to keep the whole run at a few minutes.

    make bench                      # or: python bench/bench.py --runs 5 --limit 84
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "data" / "polnear" / "dev.jsonl"
OUT = REPO / "bench" / "out" / "bench.json"
METHODS = ("spacy", "accurate", "fast", "textacy")
TARGETS = {"accurate": 0.5, "fast": 0.9}
RSS_LIMIT_MB = {"accurate": 700}
BATCH = 16


def load_texts(path: Path, limit: int | None) -> list[tuple[str, str]]:
    """(doc_id, text) of the first ``limit`` articles."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(out) >= limit:
                break
            rec = json.loads(line)
            out.append((rec["doc_id"], rec["text"]))
    return out


def plain_model():
    """The same model package whosaid loads, loaded plainly (every component enabled)."""
    from whosaid.nlp import MODEL_PACKAGES

    for name in MODEL_PACKAGES:
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    raise SystemExit("no English spaCy model installed: run `make install`")


class Clock:
    """Wall-clock and CPU seconds of this process since it was made."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def read(self) -> dict:
        return {"seconds": time.perf_counter() - self.wall,
                "cpu_seconds": time.process_time() - self.cpu}


def run_spacy(texts: list[tuple[str, str]]) -> dict:
    nlp = plain_model()
    clock = Clock()
    for _ in nlp.pipe((t for _, t in texts), batch_size=BATCH):
        pass
    return clock.read()


def run_whosaid(texts: list[tuple[str, str]], model: str) -> dict:
    from whosaid.models import Document, Failure, Origin
    from whosaid.nlp import load_nlp
    from whosaid.pipeline import analyze_many

    load_nlp()
    if model == "accurate":
        from whosaid.extract.tagger import default_model

        default_model()
    docs = (Document(t, "text/plain", Origin("dev.jsonl", doc_id)) for doc_id, t in texts)
    clock = Clock()
    failures = statements = 0
    for item in analyze_many(docs, batch_size=BATCH, model=model):
        if isinstance(item, Failure):
            failures += 1
        else:
            statements += len(item.statements)
    return {**clock.read(), "failures": failures, "statements": statements}


def run_textacy(texts: list[tuple[str, str]]) -> dict:
    from textacy.extract.triples import direct_quotations

    nlp = plain_model()
    clock = Clock()
    failures = quotes = 0
    for doc in nlp.pipe((t for _, t in texts), batch_size=BATCH):
        try:
            quotes += sum(1 for _ in direct_quotations(doc))
        except Exception:  # noqa: BLE001 - counting exactly this: textacy losing a document
            failures += 1
    return {**clock.read(), "failures": failures, "statements": quotes}


RUNNERS = {"spacy": run_spacy, "accurate": lambda t: run_whosaid(t, "accurate"),
           "fast": lambda t: run_whosaid(t, "fast"), "textacy": run_textacy}


def child(method: str, corpus: Path, limit: int | None) -> None:
    """One measurement in this (fresh) process; prints one JSON line."""
    texts = load_texts(corpus, limit)
    result = RUNNERS[method](texts)
    # ru_maxrss is in KiB on Linux
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def measure(method: str, corpus: Path, limit: int | None) -> dict:
    cmd = [sys.executable, __file__, "--child", method, "--corpus", str(corpus)]
    if limit is not None:
        cmd += ["--limit", str(limit)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"bench: {method} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def summarise(runs: dict[str, list[dict]], n_articles: int, n_words: int) -> dict:
    """Medians per method and the ratios against plain spaCy."""
    rows = {}
    for method, results in runs.items():
        secs = statistics.median(r["seconds"] for r in results)
        cpu = statistics.median(r["cpu_seconds"] for r in results)
        rows[method] = {
            "articles_per_s": n_articles / secs,
            "words_per_s": n_words / secs,
            "words_per_cpu_s": n_words / cpu,
            "peak_rss_mb": statistics.median(r["peak_rss_mb"] for r in results),
            "seconds_median": secs,
            "seconds_all": [round(r["seconds"], 3) for r in results],
            "cpu_seconds_all": [round(r["cpu_seconds"], 3) for r in results],
            "failures": results[-1].get("failures", 0),
            "statements": results[-1].get("statements"),
        }
    base = rows["spacy"]
    for row in rows.values():
        row["throughput_vs_spacy"] = row["words_per_s"] / base["words_per_s"]
        row["cpu_throughput_vs_spacy"] = row["words_per_cpu_s"] / base["words_per_cpu_s"]
        row["rss_vs_spacy"] = row["peak_rss_mb"] / base["peak_rss_mb"]
    return rows


def render(rows: dict, n_articles: int, n_words: int, runs: int) -> str:
    lines = [
        (f"{n_articles} articles, {n_words} words (whitespace-separated); "
        f"medians of {runs} run(s), each method in a fresh process, batches of {BATCH}"),
        (f"{'method':<9} {'articles/s':>10} {'words/s':>9} {'x spaCy':>8} {'CPU x':>6} "
        f"{'peak RSS MB':>11} {'RSS x':>6} {'docs lost':>9} {'statements':>10}"),
    ]
    for m, r in rows.items():
        lines.append(
            f"{m:<9} {r['articles_per_s']:>10.2f} {r['words_per_s']:>9.0f} "
            f"{r['throughput_vs_spacy']:>8.2f} {r['cpu_throughput_vs_spacy']:>6.2f} "
            f"{r['peak_rss_mb']:>11.0f} {r['rss_vs_spacy']:>6.2f} "
            f"{r['failures']:>9} {r['statements'] or 0:>10}"
        )
    for name, target in TARGETS.items():
        w = rows[name]
        ratio = w["throughput_vs_spacy"]
        verdict = "meets" if ratio >= target else "misses"
        rss = RSS_LIMIT_MB.get(name)
        memory = (f"; peak RSS {w['peak_rss_mb']:.0f} MB "
                  f"({'within' if w['peak_rss_mb'] <= rss else 'over'} {rss} MB)") if rss else ""
        lines.append(f"{name} / spaCy throughput {ratio:.2f} by wall clock, "
                     f"{w['cpu_throughput_vs_spacy']:.2f} by CPU time "
                     f"(wall clock {verdict} the {target} target){memory}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="runs per method (median reported)")
    ap.add_argument("--limit", type=int, default=40,
                    help="first N articles (default 40; the dev split has 84)")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="PolNeAR JSONL file")
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the JSON results")
    ap.add_argument("--child", choices=METHODS, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"bench: corpus not found: {args.corpus} (pass --corpus PATH)")
    if args.child:
        child(args.child, args.corpus, args.limit)
        return
    texts = load_texts(args.corpus, args.limit)
    n_words = sum(len(t.split()) for _, t in texts)
    runs: dict[str, list[dict]] = {m: [] for m in METHODS}
    for i in range(args.runs):
        for method in METHODS:
            runs[method].append(measure(method, args.corpus, args.limit))
            print(f"run {i + 1}/{args.runs} {method}: {runs[method][-1]['seconds']:.1f} s",
                  file=sys.stderr)
    rows = summarise(runs, len(texts), n_words)
    print(render(rows, len(texts), n_words, args.runs))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "corpus": str(args.corpus), "articles": len(texts), "words": n_words,
        "runs": args.runs, "target_throughput_vs_spacy": TARGETS,
        "rss_limit_mb": RSS_LIMIT_MB, "methods": rows,
    }, indent=2))
    print(f"wrote {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out}")


if __name__ == "__main__":
    main()
