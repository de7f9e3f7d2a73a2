"""Print the attributions of recent.jsonl (or of one doc) for reading."""
import json, sys
from pathlib import Path
path = Path(__file__).resolve().parent.parent / "recent.jsonl"
want = sys.argv[1:] 
for line in path.read_text().splitlines():
    r = json.loads(line)
    if want and not any(w in r["doc_id"] for w in want):
        continue
    print("=" * 100)
    print(r["doc_id"], "|", r["publisher"], "|", r["form"], "|", len(r["text"].split()), "words")
    f = lambda sp: " | ".join(x["text"] for x in sp)
    for a in r["attributions"]:
        c = f(a["content"])
        more = "…" if len(c) > 110 else ""
        print(f"{a['id']:>4} SRC[{f(a['source'])}] CUE[{f(a['cue'])}] CONT[{c[:110]}{more}]")
