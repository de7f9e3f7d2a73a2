"""The fuzz worker: one long-lived process that loads the language model once and analyses
input after input, so a run of 10,000 inputs does not pay seconds of model loading each.

Protocol (one JSON object per line): it prints ``{"ready": true}`` once loaded, then reads
``{"name": ..., "data": base64}`` and answers with what ``check`` found. The runner kills and
restarts it when it dies or takes too long.
"""

from __future__ import annotations

import argparse
import base64
import dataclasses
import json
import re
import resource
import sys
import tempfile
import traceback
from pathlib import Path

from whosaid.ingest import iter_documents
from whosaid.models import Article, Failure, Span
from whosaid.nlp import load_nlp
from whosaid.pipeline import analyze_many

# A failure reason must be words for a person, not a Python class or message.
RAW_REASON = re.compile(r"\b\w+(Error|Exception)\b|Traceback|object has no attribute|"
                        r"unhashable type|not subscriptable|NoneType")


def spans_of(obj) -> list[Span]:
    """Every Span held anywhere in an article's statements and events."""
    if isinstance(obj, Span):
        return [obj]
    if isinstance(obj, list):
        return [s for x in obj for s in spans_of(x)]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return [s for f in dataclasses.fields(obj) for s in spans_of(getattr(obj, f.name))]
    return []


def check(path: Path, model: str, max_bytes: int) -> dict:
    """Read and analyse one input as ``whosaid extract`` would, and what went wrong."""
    articles = failures = mismatches = 0
    raw: list[str] = []
    for item in analyze_many(iter_documents([str(path)], max_bytes=max_bytes), model=model):
        if isinstance(item, Failure):
            failures += 1
            str(item).encode("utf-8")  # a reason that cannot be printed is a crash
            if RAW_REASON.search(item.reason):
                raw.append(item.reason)
            continue
        assert isinstance(item, Article)
        articles += 1
        json.dumps(item.to_dict(), ensure_ascii=False).encode("utf-8")
        spans = spans_of(item.statements) + spans_of(item.events)
        mismatches += sum(item.text[s.start:s.end] != s.text for s in spans)
    return {"articles": articles, "failures": failures, "offset_mismatches": mismatches,
            "raw_reasons": raw}


def serve(model: str, max_bytes: int) -> None:
    load_nlp()
    print(json.dumps({"ready": True}), flush=True)
    with tempfile.TemporaryDirectory(prefix="whosaid-fuzz-") as tmp:
        for line in sys.stdin:
            case = json.loads(line)
            path = Path(tmp) / Path(case["name"]).name
            path.write_bytes(base64.b64decode(case["data"]))
            try:
                result = check(path, model, max_bytes)
            except BaseException as exc:  # noqa: BLE001 - an escaped exception is the finding
                result = {"crash": "".join(traceback.format_exception_only(exc)).strip()[-500:]}
            finally:
                path.unlink(missing_ok=True)
            result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            print(json.dumps(result), flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="fast")
    parser.add_argument("--max-mb", type=float, default=50.0)
    args = parser.parse_args()
    serve(args.model, int(args.max_mb * 2**20))
