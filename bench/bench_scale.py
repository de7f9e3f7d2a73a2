"""Throughput of the engines on a synthetic corpus built from PolNeAR train texts.

    python bench/bench_scale.py --articles 2000 --runs 3 [--warc]

The corpus is written to a temporary folder (never to the repository). Each method runs in a
fresh process, so model loading, worker start-up and peak memory are measured as a user sees
them. Reported per method: medians over runs of articles/s and words/s, the peak RSS of each
worker, and the worker time per article beyond the serial run's time per article.
"""

from __future__ import annotations

import argparse
import gzip
import html
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

TRAIN = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "train.jsonl"
METHODS = {"serial": ("serial", 1), "pool-1": ("pool", 1), "pool-2": ("pool", 2),
           "ray-1": ("ray", 1), "ray-2": ("ray", 2)}


def build_corpus(folder: Path, n: int, warc: bool) -> tuple[Path, int]:
    """``n`` articles cycled from PolNeAR train, as JSONL or as gzipped WARC records."""
    with TRAIN.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    chosen = list(itertools.islice(itertools.cycle(rows), n))
    words = sum(len(r["text"].split()) for r in chosen)
    if not warc:
        path = folder / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i, r in enumerate(chosen):
                out.write(json.dumps({"id": f"a{i}", "title": r["title"], "text": r["text"]}) + "\n")
        return path, words
    path = folder / "corpus.warc.gz"
    with path.open("wb") as out:
        for i, r in enumerate(chosen):
            out.write(gzip.compress(_warc_record(i, r)))  # one gzip member per record, as CC does
    return path, words


def _warc_record(i: int, row: dict) -> bytes:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in row["text"].split("\n") if p.strip())
    body = (f"<html><head><title>{html.escape(row['title'])}</title></head><body><article>"
            f"<h1>{html.escape(row['title'])}</h1>{paras}</article></body></html>").encode()
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: %d\r\n\r\n" % len(body)) + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: 2016-01-01T00:00:00Z\r\nWARC-Target-URI: http://example.org/{i}\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def run_one(method: str, corpus: str) -> dict:
    """Child process: one engine over the corpus; prints its measurements as JSON."""
    from whosaid.ingest import iter_documents
    from whosaid.models import Article
    from whosaid.runs.engines import run_pool, run_ray, run_serial

    engine, n = METHODS[method]
    rss: dict[int, int] = {}
    start = time.perf_counter()
    if engine == "ray":
        import ray

        ray.init(num_cpus=os.cpu_count(), include_dashboard=False, log_to_driver=False,
                 _temp_dir=tempfile.mkdtemp(prefix="ray"))
        ray.data.DataContext.get_current().enable_progress_bars = False
        items = run_ray([corpus], actors=n, peak_rss=rss)
    elif engine == "pool":
        items = run_pool(iter_documents([corpus]), n, peak_rss=rss)
    else:
        items = run_serial(iter_documents([corpus]))
    articles = sum(isinstance(x, Article) for x in items)
    seconds = time.perf_counter() - start
    if engine == "serial":
        rss[os.getpid()] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "articles": articles, "rss_mib": sorted(v // 1024 for v in rss.values())}


def measure(method: str, corpus: Path, runs: int) -> dict:
    env = {**os.environ, "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0", "RAY_USAGE_STATS_ENABLED": "0"}
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, __file__, "--one", method, str(corpus)],
                             capture_output=True, text=True, env=env, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {"seconds": statistics.median(r["seconds"] for r in results),
            "articles": results[0]["articles"], "rss_mib": results[-1]["rss_mib"]}


def report(measured: dict[str, dict], words: int, n: int) -> None:
    base = measured["serial"]["seconds"] / n
    print(f"{'method':<8} {'articles/s':>10} {'words/s':>9} {'ms/article':>10} "
          f"{'overhead ms':>11}  peak RSS per worker (MiB)")
    for method, m in measured.items():
        workers = METHODS[method][1]
        per = m["seconds"] / n
        print(f"{method:<8} {n / m['seconds']:>10.2f} {words / m['seconds']:>9.0f} "
              f"{per * 1000:>10.1f} {(per * workers - base) * 1000:>11.1f}  {m['rss_mib']}")
    rate = n / measured["serial"]["seconds"]
    print(f"\nper-core rate (serial): {rate:.2f} articles/s = {rate * 86400:,.0f} articles/day")
    print(f"cores for 300,000 articles/day: {300_000 / (rate * 86400):.1f}")
    print(f"backfill of 109.5M articles: {109.5e6 / rate / 3600:,.0f} core-hours; "
          f"{109.5e6 / (rate * 86400 * 30):,.0f} cores to finish in 30 days")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--warc", action="store_true", help="Wrap the articles as WARC records.")
    ap.add_argument("--methods", default=",".join(METHODS), help="Comma-separated subset.")
    ap.add_argument("--one", nargs=2, metavar=("METHOD", "CORPUS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(*args.one)))
        return
    with tempfile.TemporaryDirectory(prefix="whosaid-scale-") as tmp:
        corpus, words = build_corpus(Path(tmp), args.articles, args.warc)
        print(f"{args.articles} articles, {words:,} words ({'WARC' if args.warc else 'JSONL'}), "
              f"{os.cpu_count()} CPUs, median of {args.runs} run(s)\n", flush=True)
        measured = {m: measure(m, corpus, args.runs) for m in args.methods.split(",")}
    report(measured, words, args.articles)


if __name__ == "__main__":
    main()
