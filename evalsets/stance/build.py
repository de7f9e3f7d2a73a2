"""Join the drawn statements (candidates.jsonl) with the hand labels (labels/*.txt) into
stance.jsonl, then run check.py. Standard library only.

    python3 evalsets/stance/build.py

A label line is ``N issue=stance[; issue=stance] [| note]``, N the 0-based line of
candidates.jsonl. Every candidate was read and labelled; one without a label line speaks to no
issue of its pack (``"issues": {}``).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
_LINE = re.compile(r"^(\d+)\s+([^|]*?)\s*(?:\|\s*(.*))?$")


def read_labels() -> dict[int, tuple[dict[str, str], str]]:
    labels: dict[int, tuple[dict[str, str], str]] = {}
    for path in sorted((HERE / "labels").glob("*.txt")):
        for k, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            m = _LINE.match(line.strip())
            if not m:
                sys.exit(f"{path.name}:{k}: cannot read {line!r}")
            n, pairs, note = int(m.group(1)), m.group(2), (m.group(3) or "").strip()
            if n in labels:
                sys.exit(f"{path.name}:{k}: statement {n} labelled twice")
            issues = {}
            for pair in filter(None, (p.strip() for p in pairs.split(";"))):
                issue, _, stance = pair.partition("=")
                issues[issue.strip()] = stance.strip()
            labels[n] = (issues, note)
    return labels


def main() -> None:
    labels = read_labels()
    with open(HERE / "candidates.jsonl", encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    unknown = sorted(set(labels) - set(range(len(items))))
    if unknown:
        sys.exit(f"labels for statements that were not drawn: {unknown}")
    with open(HERE / "stance.jsonl", "w", encoding="utf-8") as out:
        for n, item in enumerate(items):
            issues, note = labels.get(n, ({}, ""))
            row = {
                "id": item["id"], "corpus": item["corpus"], "doc_id": item["doc_id"],
                "attribution": item["attribution"], "pack": item["pack"],
                "split": item["split"], "set": item["split"], "round": item["round"],
                "content": item["content"],
                "text": " … ".join(s["text"] for s in item["content"]),
                "speaker": item["speaker"], "cue": item["cue"],
                "issues": issues, "note": note,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(items)} statements written to {HERE / 'stance.jsonl'}")
    sys.exit(subprocess.call([sys.executable, str(HERE / "check.py")]))


if __name__ == "__main__":
    main()
