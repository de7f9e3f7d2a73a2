"""Speaker accuracy on the hard-speaker set (``evalsets/speakers``): the library behind
``whosaid eval-speakers``.

Each item is one gold statement whose speaker is hard to read off its mention ("he", "the
Kremlin spokesman", "the fund", a bullet under "Ushakov also revealed that:"), labelled with
the speaker a careful reader names and the *route* that resolution takes. The articles are run
through the same stages as ``whosaid extract``; an item is *matched* when a statement covers
at least half of its content's words (the best such statement is taken), and *right* when that
statement's speaker is the labelled one (``same_speaker``). Accuracy is over matched items,
by route (the label's) and by the system's own account of how it resolved the speaker.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from whosaid.eval.polnear import read_polnear
from whosaid.eval.run import to_article
from whosaid.eval.score import Tokens
from whosaid.extract import DEFAULT_MODEL
from whosaid.models import Span, Statement
from whosaid.names import SUFFIXES, clean_name, fold
from whosaid.nlp import load_nlp
from whosaid.pipeline import finish

MATCH = 0.5  # share of the gold content's words a statement must cover to be its match
DETERMINERS = {"the", "a", "an", "some", "many", "several", "other", "two", "three"}
HONORIFIC = re.compile(r"^(?:mr|mrs|ms|miss|dr|sen|rep|gov|gen|prof|president|sir)\.?\s+", re.IGNORECASE)


@dataclass
class Item:
    id: str
    file: str
    doc_id: str
    content: list[Span]
    speaker: str
    type: str
    route: str
    also_accept: list[str] = field(default_factory=list)


@dataclass
class Outcome:
    item: Item
    predicted: str | None = None
    resolution: str | None = None  # None: no statement matched the item
    right: bool = False


def read_items(path: str | Path) -> list[Item]:
    items = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            r = json.loads(line)
            items.append(Item(
                id=r["id"], file=r["file"], doc_id=r["doc_id"],
                content=[Span(c["start"], c["end"], c.get("text", "")) for c in r["content"]],
                speaker=r["speaker"], type=r["type"], route=r["route"],
                also_accept=list(r.get("also_accept", []))))
    return items


def _words(name: str) -> list[str]:
    name = re.sub(r"['’]s\b", "", fold(name))
    name = HONORIFIC.sub("", name.strip())
    words = re.findall(r"[\w]+", name.replace(".", ""))
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return words


def same_speaker(predicted: str | None, gold: str, kind: str) -> bool:
    """Whether a predicted speaker name names the labelled speaker, leniently.

    Case, accents, punctuation, possessives, leading articles and honorifics never count.
    A person must be named in full: same surname, and the same first name (an initial or a
    missing middle name is fine), so "Putin" for "Vladimir Putin" is not right. Other speakers
    ("U.S. officials", "Quinnipiac University poll") must keep every word of the label; the
    prediction may say more ("a senior U.S. official who spoke on condition of anonymity").
    """
    if not predicted:
        return False
    p, g = _words(predicted), _words(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    if kind == "person":
        p = [w for w in _words(clean_name(predicted)) if w not in SUFFIXES] or p
        p = [w for w in p if w not in SUFFIXES]
        g = [w for w in g if w not in SUFFIXES]
        if p[-1] != g[-1] or len(p) < 2 or len(g) < 2:
            return len(g) == 1 and p[-1] == g[-1]  # the label itself is one name ("Melanie")
        return p[0] == g[0] or (len(p[0]) == 1 and g[0].startswith(p[0])) \
            or (len(g[0]) == 1 and p[0].startswith(g[0]))
    return set(g) <= set(p) and g[-1] in p


def _match(index: Tokens, item: Item, statements: list[Statement]) -> Statement | None:
    gold = index.covered(item.content)
    if not gold:
        return None
    best, best_share = None, 0.0
    for st in statements:
        share = len(gold & index.covered(st.content)) / len(gold)
        if share > best_share:
            best, best_share = st, share
    return best if best_share >= MATCH else None


@dataclass
class SpeakerResult:
    outcomes: list[Outcome]
    model: str

    def summary(self, resamples: int = 1000, seed: int = 0) -> dict:
        def acc(rows: list[Outcome]) -> dict:
            matched = [o for o in rows if o.resolution is not None]
            right = sum(o.right for o in matched)
            return {"items": len(rows), "matched": len(matched), "right": right,
                    "accuracy": round(right / len(matched), 4) if matched else None}

        by_route, by_resolution, by_file = defaultdict(list), defaultdict(list), defaultdict(list)
        for o in self.outcomes:
            by_route[o.item.route].append(o)
            by_file[o.item.file].append(o)
            if o.resolution is not None:
                by_resolution[o.resolution].append(o)
        overall = acc(self.outcomes)
        overall["ci95"] = _interval(self.outcomes, resamples, seed)
        return {
            "model": self.model,
            "overall": overall,
            "by_route": {k: acc(v) for k, v in sorted(by_route.items())},
            "by_resolution": {k: acc(v) for k, v in sorted(by_resolution.items())},
            "by_file": {k: acc(v) for k, v in sorted(by_file.items())},
        }

    def errors(self) -> list[dict]:
        return [{"id": o.item.id, "route": o.item.route, "gold": o.item.speaker,
                 "predicted": o.predicted, "resolution": o.resolution}
                for o in self.outcomes if o.resolution is not None and not o.right]


def _interval(outcomes: list[Outcome], resamples: int, seed: int) -> list[float] | None:
    """95% bootstrap interval of accuracy over matched items, resampling articles."""
    docs: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for o in outcomes:
        if o.resolution is not None:
            docs[(o.item.file, o.item.doc_id)].append(o)
    keys = list(docs)
    if not keys:
        return None
    rng = random.Random(seed)
    values = []
    for _ in range(resamples):
        sample = [o for _ in keys for o in docs[rng.choice(keys)]]
        values.append(sum(o.right for o in sample) / len(sample))
    values.sort()
    return [round(values[int(0.025 * resamples)], 4), round(values[int(0.975 * resamples)], 4)]


def evaluate_speakers(path: str | Path, corpora: dict[str, str | Path],
                      model: str = DEFAULT_MODEL, limit: int | None = None) -> SpeakerResult:
    """Run whosaid on the articles the set's items come from and score their speakers.

    ``corpora`` maps an item's ``file`` ("polnear-dev", "recent") to the JSONL file holding its
    articles. ``limit`` keeps the items of the first ``limit`` articles (for quick runs).
    """
    items = read_items(path)
    wanted: dict[str, dict[str, list[Item]]] = defaultdict(lambda: defaultdict(list))
    for item in items:
        wanted[item.file][item.doc_id].append(item)
    missing = set(wanted) - set(corpora)
    if missing:
        raise ValueError(f"no corpus given for {', '.join(sorted(missing))}")
    nlp = load_nlp()
    outcomes: list[Outcome] = []
    seen = 0
    for file, docs in wanted.items():
        golds = [g for g in read_polnear(corpora[file]) if g.doc_id in docs]
        absent = set(docs) - {g.doc_id for g in golds}
        if absent:
            raise ValueError(f"{corpora[file]}: articles not found: {', '.join(sorted(absent))}")
        for gold, doc in zip(golds, nlp.pipe(g.text for g in golds)):
            if limit is not None and seen >= limit:
                break
            seen += 1
            statements = finish(to_article(gold), doc, model).statements
            index = Tokens(gold.text)
            for item in docs[gold.doc_id]:
                st = _match(index, item, statements)
                if st is None:
                    outcomes.append(Outcome(item))
                    continue
                name = st.speaker.name
                right = any(same_speaker(name, g, item.type)
                            for g in [item.speaker, *item.also_accept])
                outcomes.append(Outcome(item, name, st.speaker.resolution or "unknown", right))
    return SpeakerResult(outcomes, model)


def render(summary: dict) -> str:
    """The report ``whosaid eval-speakers`` prints."""
    o = summary["overall"]
    ci = o.get("ci95") or ["-", "-"]
    lines = [(f"speaker accuracy, hard-speaker set, model {summary['model']}: "
             f"{o['accuracy']} [{ci[0]}, {ci[1]}] ({o['right']}/{o['matched']} matched, "
             f"{o['items']} items)"), ""]
    for title, key in (("by route (label)", "by_route"), ("by resolution (system)", "by_resolution"),
                       ("by source", "by_file")):
        lines.append(f"{title:<26} {'items':>6} {'matched':>8} {'right':>6} {'accuracy':>9}")
        for name, row in summary[key].items():
            a = "-" if row["accuracy"] is None else f"{row['accuracy']:.3f}"
            lines.append(f"  {name:<24} {row['items']:>6} {row['matched']:>8} {row['right']:>6} "
                         f"{a:>9}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
