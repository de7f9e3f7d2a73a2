"""Transcript turns by speaker: the score of the transcript reader on real transcripts.

A set (``evalsets/transcripts``, ``-test``, ``-dev2``, ``-holdout``) labels every speaker turn
of real transcripts with its offsets, the speaker's full name (or none, where the text does
not name them), its kind and the asker's outlet, and every block of narration outside the
turns. Each file is analysed as a user would analyse it (``whosaid extract FILE``: the
reader sniffs the layout), and scored:

- **turn accuracy**: of the turns with a named speaker, those that some statement covers and
  whose covering statements all name that speaker (``same_speaker``: the full name, leniently);
- **unnamed turns named**: turns whose speaker the text never names that got a name anyway;
- **pronoun speakers**: statements whose speaker is "I", "we", "he"…;
- **narration read as speech**: narration blocks that some statement overlaps;
- **questions**: question turns whose statements are of kind ``question``.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from whosaid.eval.speakers import same_speaker
from whosaid.ingest import iter_documents, with_kind
from whosaid.models import Article, Failure, Statement
from whosaid.names import name_parts
from whosaid.pipeline import analyze_many

PRONOUNS = frozenset({"i", "me", "we", "us", "you", "he", "she", "they", "him", "her", "them",
                      "it", "one"})


@dataclass
class Turn:
    file: str
    start: int
    end: int
    speaker: str | None
    kind: str
    label: str | None


def read_set(folder: str | Path) -> tuple[dict[str, Path], list[Turn]]:
    """The set's files (id -> text path) and its labelled turns and narration blocks."""
    folder = Path(folder)
    files = {}
    with (folder / "files.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                files[row["file"]] = folder / row["path"]
    turns = []
    with (folder / "turns.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                turns.append(Turn(row["file"], row["start"], row["end"], row["speaker"],
                                  row["kind"], row.get("label")))
    return files, turns


def _covering(article: Article, turn: Turn) -> list[Statement]:
    """The statements whose content overlaps the turn (offsets mapped back to the file)."""
    found = []
    for st in article.statements:
        for span in st.content:
            start = article.source_offset(span.start)
            end = article.source_offset(max(span.end - 1, span.start))
            if start is None or end is None:
                continue
            if start < turn.end and end + 1 > turn.start:
                found.append(st)
                break
    return found


def evaluate_transcripts(folder: str | Path, model: str = "fast", kind: str = "auto",
                         resamples: int = 2000, seed: int = 0) -> dict:
    """Score the transcript reader on the set in ``folder``; ``kind`` as ``--kind``."""
    files, turns = read_set(folder)
    by_file: dict[str, list[Turn]] = defaultdict(list)
    for t in turns:
        by_file[t.file].append(t)
    named_hits: list[bool] = []
    per_file = {}
    unnamed_named = pronoun_speakers = narration_read = questions = questions_right = 0
    errors = []
    for fid, path in files.items():
        docs = with_kind(iter_documents([str(path)]), kind)
        [article] = list(analyze_many(docs, model=model))
        failed = article.reason if isinstance(article, Failure) else None
        if failed is not None or not isinstance(article, Article):
            raise ValueError(f"{path}: {failed}")
        pronoun_speakers += sum((s.speaker.name or "").lower() in PRONOUNS
                                for s in article.statements)
        right = total = 0
        for t in by_file[fid]:
            covering = _covering(article, t)
            if t.kind == "narration":
                narration_read += bool(covering)
                continue
            names = [s.speaker.name for s in covering]
            if t.kind == "question":
                questions += 1
                questions_right += bool(covering) and all(s.kind == "question" for s in covering)
            if t.speaker is None:
                unnamed_named += any(names)
                continue
            ok = bool(covering) and all(_same(n, t.speaker) for n in names)
            named_hits.append(ok)
            right, total = right + ok, total + 1
            if not ok:
                errors.append({"file": fid, "start": t.start, "label": t.label,
                               "gold": t.speaker, "predicted": sorted({str(n) for n in names})})
        per_file[fid] = {"named_turns": total, "right": right,
                         "layout": article.kind}
    n = len(named_hits)
    accuracy = sum(named_hits) / n if n else 0.0
    return {
        "model": model, "kind": kind, "files": len(files),
        "named_turns": n, "turn_accuracy": round(accuracy, 4),
        "ci95": _interval(named_hits, resamples, seed),
        "unnamed_turns": sum(t.speaker is None and t.kind != "narration" for t in turns),
        "unnamed_turns_named": unnamed_named,
        "pronoun_speakers": pronoun_speakers,
        "narration_blocks": sum(t.kind == "narration" for t in turns),
        "narration_read_as_speech": narration_read,
        "question_turns": questions, "questions_as_questions": questions_right,
        "per_file": per_file, "errors": errors,
    }


def _same(predicted: str | None, gold: str) -> bool:
    """The person named in full, leniently (``same_speaker``), one transliteration as good
    as another ("Zelenskyy" for "Zelensky")."""
    return same_speaker(predicted, gold, "person") or bool(predicted) and \
        name_parts(predicted or "") == name_parts(gold) and name_parts(gold)[0] is not None


def _interval(hits: list[bool], resamples: int, seed: int) -> list[float] | None:
    if not hits:
        return None
    rng = random.Random(seed)
    means = sorted(sum(rng.choices(hits, k=len(hits))) / len(hits) for _ in range(resamples))
    return [round(means[int(0.025 * resamples)], 4), round(means[int(0.975 * resamples) - 1], 4)]


def render(result: dict) -> str:
    r = result
    lines = [
        (f"transcript turns, model {r['model']}, kind {r['kind']}: {r['turn_accuracy']:.3f} "
         f"{r['ci95']} of {r['named_turns']} named turns in {r['files']} transcripts"),
        f"  unnamed turns given a name: {r['unnamed_turns_named']} of {r['unnamed_turns']}",
        f"  pronouns as speaker names: {r['pronoun_speakers']}",
        (f"  narration read as speech: {r['narration_read_as_speech']} of "
         f"{r['narration_blocks']} blocks"),
        (f"  questions kept as questions: {r['questions_as_questions']} of "
         f"{r['question_turns']}"),
        "", f"{'file':<44} {'layout':<11} right / named"]
    for fid, row in r["per_file"].items():
        lines.append(f"  {fid:<42} {row['layout']!s:<11} {row['right']} / {row['named_turns']}")
    if r["errors"]:
        lines.append("\nwrong turns:")
        for e in r["errors"]:
            lines.append(f"  {e['file']}@{e['start']} {e['label']!r}: gold {e['gold']!r}, "
                         f"got {e['predicted']}")
    return "\n".join(lines)
