"""Print the attributions chosen for the development date set, for reading and labelling.

    python3 evalsets/dates-dev/src/show.py [a|b|c|d|e|f|h|i] [doc_id-substring]

The same selection and display as ``evalsets/dates/src/show.py`` (per article, up to 2
attributions whose cue paragraph holds a time word, then the first other one), over fixed
samples of PolNeAR **train** articles in doc_id order (PARTS; see ../README.md). Stdlib only.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dates", "src"))
import show as base

CORPUS = "polnear-train"
PARTS = {"a": slice(0, None, 14), "b": slice(7, None, 28), "c": slice(3, None, 28), "d": slice(10, None, 28),
         "e": slice(17, None, 28), "f": slice(24, None, 28), "h": slice(21, None, 28),
         "i": slice(27, None, 28)}
base.SOURCES[CORPUS] = "/work/shared/data/polnear/train.jsonl"
base.CAPS[CORPUS] = (2, 1)


def sample(part="a"):
    docs = sorted(base.load(CORPUS), key=lambda d: d["doc_id"])
    return docs[PARTS[part]]


def main():
    part = sys.argv[1] if len(sys.argv) > 1 else "a"
    want = sys.argv[2] if len(sys.argv) > 2 else ""
    ids = {d["doc_id"] for d in sample(part)}
    real_load = base.load
    base.load = lambda corpus: [d for d in real_load(corpus) if d["doc_id"] in ids]
    sys.argv = [sys.argv[0], CORPUS, want]
    base.main()


if __name__ == "__main__":
    main()
