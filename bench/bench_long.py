"""Time and peak memory of one long text, by length: the curve of issue 17.

    python bench/bench_long.py --sizes 10K,100K,1M,10M,50M [--model fast] [--html] [--budget S]

Each text is PolNeAR train articles joined paragraph after paragraph up to the size (as plain
text, or as one HTML page with ``--html``), written to a temporary folder. Each size runs in a
fresh process with no per-document budget (or the time budget ``--budget`` gives, to measure how
soon and at what memory a text too long for it is refused), so its peak RSS is that of one
document as a user sees it (the model included). Reported per size: seconds to analyse (model loading apart),
characters per second, statements found, and peak RSS.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TRAIN = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "train.jsonl"
UNITS = {"K": 10**3, "M": 10**6}


def size_of(label: str) -> int:
    """``"10K"`` -> 10000, ``"50M"`` -> 50000000 (characters)."""
    return int(label[:-1]) * UNITS[label[-1]] if label[-1] in UNITS else int(label)


def build_text(size: int) -> str:
    """PolNeAR train articles, cycled and joined by blank lines, cut to ``size`` characters."""
    with TRAIN.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"].strip() for line in fh]
    parts, total, i = [], 0, 0
    while total < size:
        parts.append(texts[i % len(texts)])
        total += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def as_html(text: str) -> str:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return f"<html><head><title>Long</title></head><body><article>{paras}</article></body></html>"


def run_one(path: str, model: str, budget_s: float | None = None) -> dict:
    """Analyse one file in this process and measure it (the child's side)."""
    from whosaid.budget import Budget
    from whosaid.ingest import iter_documents
    from whosaid.models import Failure
    from whosaid.nlp import load_nlp
    from whosaid.pipeline import analyze_many

    load_nlp()
    started = time.perf_counter()
    items = list(analyze_many(iter_documents([path], max_bytes=2**31), model=model,
                              budget=Budget(seconds=budget_s, memory_mb=None)))
    seconds = time.perf_counter() - started
    failures = [str(i) for i in items if isinstance(i, Failure)]
    return {"seconds": round(seconds, 1), "failures": failures,
            "statements": sum(len(i.statements) for i in items if not isinstance(i, Failure)),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


def measure(label: str, folder: Path, model: str, html_page: bool,
            budget_s: float | None) -> dict:
    text = build_text(size_of(label))
    path = folder / (f"long-{label}.html" if html_page else f"long-{label}.txt")
    path.write_text(as_html(text) if html_page else text, encoding="utf-8")
    command = [sys.executable, __file__, "--child", str(path), "--model", model]
    if budget_s:
        command += ["--budget", str(budget_s)]
    out = subprocess.run(command, capture_output=True, text=True, check=True)
    row = json.loads(out.stdout.strip().splitlines()[-1])
    path.unlink()
    chars = len(text)
    return {"size": label, "chars": chars, "budget_s": budget_s, **row,
            "chars_per_s": round(chars / row["seconds"]) if row["seconds"] else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10K,100K,1M,10M,50M")
    parser.add_argument("--model", default="fast", choices=["fast", "accurate"])
    parser.add_argument("--html", action="store_true", help="one HTML page instead of text")
    parser.add_argument("--budget", type=float, default=None,
                        help="a time budget in seconds per document (default: none)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child, args.model, args.budget)))
        return
    os.environ.pop("WHOSAID_TIME_BUDGET", None)
    print(f"model={args.model} input={'html' if args.html else 'text'}", flush=True)
    with tempfile.TemporaryDirectory(prefix="whosaid-long-") as tmp:
        for label in args.sizes.split(","):
            print(json.dumps(measure(label, Path(tmp), args.model, args.html, args.budget)), flush=True)


if __name__ == "__main__":
    main()
