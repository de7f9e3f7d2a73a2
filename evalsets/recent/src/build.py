"""Build recent.jsonl from the hand-written annotation sources in this folder.

Each ``docs_*.py`` module defines ``DOCS``: a list of dicts with the metadata, the excerpt
``text`` and ``atts``: a list of ``(source, cue, content)`` where each element is a span spec
or a list of span specs (fragments). A span spec is a string that must occur exactly once in
the text, or a string with ``[[`` ``]]`` markers: the whole string (markers removed) must occur
exactly once and the marked part is the span. ``""`` / ``None`` / ``[]`` means an empty span list
(allowed for the source only). Offsets are computed here, never by hand.

    python3 evalsets/recent/src/build.py      # writes evalsets/recent/recent.jsonl, then checks
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "recent.jsonl"
FIELDS = ("doc_id", "split", "publisher", "publication_date", "title", "author", "url", "form")


class SpecError(ValueError):
    pass


def locate(text: str, spec: str) -> tuple[int, int]:
    if "[[" in spec:
        if spec.count("[[") != 1 or spec.count("]]") != 1 or spec.index("[[") > spec.index("]]"):
            raise SpecError(f"bad markers in {spec!r}")
        plain = spec.replace("[[", "").replace("]]", "")
        inner_start = spec.index("[[")
        inner_end = spec.index("]]") - 2
    else:
        plain, inner_start, inner_end = spec, 0, len(spec)
    if not plain:
        raise SpecError("empty spec")
    first = text.find(plain)
    if first < 0:
        raise SpecError(f"not found: {plain!r}")
    if text.find(plain, first + 1) >= 0:
        raise SpecError(f"ambiguous ({text.count(plain)}x): {plain!r}")
    s, e = first + inner_start, first + inner_end
    if s >= e:
        raise SpecError(f"empty span in {spec!r}")
    return s, e


def spans(text: str, spec) -> list[dict]:
    if spec is None or spec == "" or spec == []:
        return []
    specs = [spec] if isinstance(spec, str) else list(spec)
    out = []
    for sp in specs:
        s, e = locate(text, sp)
        out.append({"start": s, "end": e, "text": text[s:e]})
    out.sort(key=lambda x: x["start"])
    return out


def load_modules() -> list[dict]:
    docs = []
    for path in sorted(HERE.glob("docs_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        docs.extend(mod.DOCS)
    return docs


def build(doc: dict) -> dict:
    text = doc["text"]
    rec = {k: doc.get(k, "") for k in FIELDS}
    rec["split"] = "recent"
    rec["text"] = text
    atts = []
    for i, (src, cue, content) in enumerate(doc["atts"], 1):
        try:
            atts.append({
                "id": f"a{i}",
                "source": spans(text, src),
                "cue": spans(text, cue),
                "content": spans(text, content),
            })
        except SpecError as exc:
            raise SpecError(f"{doc['doc_id']} a{i}: {exc}") from None
    rec["attributions"] = atts
    rec["annotator"] = "recent-set"
    rec["alt_annotations"] = []
    return rec


def main() -> int:
    docs = load_modules()
    errors = []
    recs = []
    for d in docs:
        try:
            recs.append(build(d))
        except SpecError as exc:
            errors.append(str(exc))
    if errors:
        print("\n".join(errors))
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records, {sum(len(r['attributions']) for r in recs)} attributions")
    sys.path.insert(0, str(HERE))
    import check  # noqa: E402

    return check.main([str(OUT)])


if __name__ == "__main__":
    sys.exit(main())
