"""Topic packs: YAML files that define the issues of one story, loaded and validated.

A pack has ``id``, ``label``, ``description``, an optional ``scope`` (words an article must
mention for the pack to apply) and ``issues``; each issue has ``id``, ``label``, a one-sentence
``proposition``, ``keywords`` (and optional ``weak_keywords``, counted half), ``examples`` and
an optional ``stance: {support: [...], oppose: [...]}``. Every mistake in a pack is reported
at once, each as ``file: path: what is wrong`` (e.g. ``my.yaml: issues[3].keywords: ...``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

PACKS_DIR = Path(__file__).parent / "packs"
PACKS_ENV = "WHOSAID_PACKS"
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PACK_KEYS = {"id", "label", "description", "scope", "issues"}
_ISSUE_KEYS = {"id", "label", "proposition", "keywords", "weak_keywords", "examples", "stance"}
_STANCE_KEYS = {"support", "oppose"}


class PackError(ValueError):
    """A pack file with one or more mistakes; ``problems`` lists each one."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.problems = problems
        lines = "\n".join(f"  {source}: {p}" for p in problems)
        super().__init__(f"{len(problems)} problem(s) in topic pack {source}:\n{lines}")


@dataclass(frozen=True)
class Issue:
    id: str
    label: str
    proposition: str
    keywords: tuple[str, ...]
    weak_keywords: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    oppose: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pack:
    id: str
    label: str
    description: str
    issues: tuple[Issue, ...]
    scope: tuple[str, ...] = ()

    def issue(self, issue_id: str) -> Issue:
        for issue in self.issues:
            if issue.id == issue_id:
                return issue
        raise KeyError(f"pack {self.id!r} has no issue {issue_id!r}")


def load_pack(path: str | Path) -> Pack:
    """Read and validate one YAML pack; raises PackError listing every mistake."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise PackError(str(path), [f"not valid YAML: {exc}"]) from exc
    return parse_pack(data, str(path))


def parse_pack(data: Any, source: str = "<pack>") -> Pack:
    """Validate a pack already parsed from YAML and build it."""
    problems = validate_pack(data)
    if problems:
        raise PackError(source, problems)
    return Pack(
        id=data["id"],
        label=data["label"],
        description=" ".join(data["description"].split()),
        scope=tuple(data.get("scope") or ()),
        issues=tuple(_build_issue(d) for d in data["issues"]),
    )


def _build_issue(d: dict) -> Issue:
    stance = d.get("stance") or {}
    return Issue(
        id=d["id"],
        label=d["label"],
        proposition=d["proposition"].strip(),
        keywords=tuple(d["keywords"]),
        weak_keywords=tuple(d.get("weak_keywords") or ()),
        examples=tuple(d["examples"]),
        support=tuple(stance.get("support") or ()),
        oppose=tuple(stance.get("oppose") or ()),
    )


def validate_pack(data: Any) -> list[str]:
    """Every mistake in a parsed pack, as ``path: what is wrong`` (empty when valid)."""
    if not isinstance(data, dict):
        kind = type(data).__name__
        return [f"top level: expected a mapping with id, label, description, issues; got {kind}"]
    problems = _unknown_keys(data, _PACK_KEYS, "top level")
    problems += _check_slug(data, "id", "id")
    problems += _check_text(data, "label", "label")
    problems += _check_text(data, "description", "description")
    if "scope" in data:
        problems += _check_words(data["scope"], "scope", required=False)
    issues = data.get("issues")
    if not isinstance(issues, list) or not issues:
        return problems + ["issues: expected a non-empty list of issues"]
    seen: set[str] = set()
    for i, issue in enumerate(issues):
        where = f"issues[{i}]"
        problems += _validate_issue(issue, where)
        issue_id = issue.get("id") if isinstance(issue, dict) else None
        if isinstance(issue_id, str) and issue_id in seen:
            problems.append(f"{where}.id: duplicate issue id {issue_id!r}")
        if isinstance(issue_id, str):
            seen.add(issue_id)
    return problems


def _validate_issue(issue: Any, where: str) -> list[str]:
    if not isinstance(issue, dict):
        return [f"{where}: expected a mapping, got {type(issue).__name__}"]
    problems = _unknown_keys(issue, _ISSUE_KEYS, where)
    problems += _check_slug(issue, "id", f"{where}.id")
    problems += _check_text(issue, "label", f"{where}.label")
    problems += _check_text(issue, "proposition", f"{where}.proposition")
    prop = issue.get("proposition")
    if isinstance(prop, str) and len(re.findall(r"[.!?](?:\s|$)", prop.strip())) != 1:
        problems.append(f"{where}.proposition: must be exactly one sentence ending in '.', got {prop!r}")
    problems += _check_words(issue.get("keywords"), f"{where}.keywords", required=True)
    if "weak_keywords" in issue:
        problems += _check_words(issue["weak_keywords"], f"{where}.weak_keywords", required=False)
    problems += _check_examples(issue.get("examples"), f"{where}.examples")
    stance = issue.get("stance")
    if stance is not None:
        if not isinstance(stance, dict):
            return problems + [f"{where}.stance: expected a mapping with support and/or oppose"]
        problems += _unknown_keys(stance, _STANCE_KEYS, f"{where}.stance")
        for side in _STANCE_KEYS & stance.keys():
            problems += _check_words(stance[side], f"{where}.stance.{side}", required=False)
    return problems


def _unknown_keys(d: dict, allowed: set[str], where: str) -> list[str]:
    return [f"{where}: unknown key {k!r} (allowed: {', '.join(sorted(allowed))})"
            for k in d if k not in allowed]


def _check_slug(d: dict, key: str, where: str) -> list[str]:
    value = d.get(key)
    if value is None:
        return [f"{where}: missing"]
    if not isinstance(value, str) or not _SLUG.match(value):
        return [f"{where}: must be lowercase letters, digits and single hyphens, got {value!r}"]
    return []


def _check_text(d: dict, key: str, where: str) -> list[str]:
    value = d.get(key)
    if value is None:
        return [f"{where}: missing"]
    if not isinstance(value, str) or not value.strip():
        return [f"{where}: must be non-empty text, got {value!r}"]
    return []


def _check_words(value: Any, where: str, required: bool) -> list[str]:
    if value is None and not required:
        return []
    if not isinstance(value, list) or (required and not value):
        return [f"{where}: expected a {'non-empty ' if required else ''}list of words or phrases"]
    problems = []
    for j, word in enumerate(value):
        if not isinstance(word, str) or not word.strip():
            problems.append(f"{where}[{j}]: must be a non-empty word or phrase, got {word!r}")
        elif any("*" in t.rstrip("*") or t == "*" for t in word.split()):
            problems.append(f"{where}[{j}]: '*' is allowed only at the end of a word, got {word!r}")
    return problems


def _check_examples(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not value:
        return [f"{where}: expected a non-empty list of example sentences"]
    return [f"{where}[{j}]: must be a sentence, got {ex!r}"
            for j, ex in enumerate(value) if not isinstance(ex, str) or not ex.strip()]


@lru_cache(maxsize=1)
def shipped_packs() -> tuple[Pack, ...]:
    """The packs that ship with whosaid, loaded once per process."""
    return tuple(load_pack(p) for p in sorted(PACKS_DIR.glob("*.yaml")))


def default_packs() -> tuple[Pack, ...]:
    """Shipped packs plus every ``*.yaml`` in the folders of ``$WHOSAID_PACKS`` (``:``-separated):
    the packs the pipeline tags with."""
    return shipped_packs() + _user_packs(os.environ.get(PACKS_ENV, ""))


@lru_cache(maxsize=8)
def _user_packs(folders: str) -> tuple[Pack, ...]:
    files = [f for d in folders.split(os.pathsep) if d for f in sorted(Path(d).glob("*.yaml"))]
    return tuple(load_pack(f) for f in files)


def get_pack(name: str) -> Pack:
    """A pack by id (shipped or in ``$WHOSAID_PACKS``), or any pack file by path."""
    for pack in default_packs():
        if pack.id == name:
            return pack
    if name.endswith((".yaml", ".yml")) and Path(name).exists():
        return load_pack(name)
    known = ", ".join(p.id for p in default_packs())
    raise KeyError(f"no topic pack {name!r}: give a pack file (.yaml) or one of: {known}")
