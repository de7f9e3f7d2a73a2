"""Tag statements with the issues they speak to and their stance, from topic-pack lexicons.

Score: each distinct keyword in the statement's content counts 1 (weak keywords 0.5); a keyword
found only in the rest of the statement's paragraph counts half that. ``score = hits / (hits + 1)``
and an issue is tagged when ``score >= 0.5``, i.e. one strong keyword in what was said, or two
weak ones, or one weak one backed by its paragraph; the paragraph alone never tags. A pack with a ``scope`` applies only to articles that mention one of its scope words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from whosaid.issues.keywords import compile_terms, distinct, find_terms, text_words
from whosaid.issues.packs import Issue, Pack, default_packs
from whosaid.issues.stance import stance_toward
from whosaid.models import Article, IssueTag, Statement

THRESHOLD = 0.5
WEAK = 0.5
CONTEXT = 0.5  # weight of a keyword seen only in the surrounding paragraph
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
WINDOW = 600
Tagger = Callable[[str, Pack, str], list[IssueTag]]


@dataclass(frozen=True)
class Match:
    issue: Issue
    score: float
    mentions: list[tuple[int, int]]  # keyword spans inside the content text


def issue_id(pack: Pack, issue: Issue) -> str:
    return f"{pack.id}/{issue.id}"


def score_issue(issue: Issue, content: str, context: str = "", exact: bool = False,
                words: frozenset[str] | None = None,
                context_words: frozenset[str] | None = None) -> Match:
    """How strongly ``content`` (with its paragraph ``context``) speaks to ``issue``.

    ``exact=True`` is the keyword-only baseline: strong keywords in the content, nothing else.
    ``words`` / ``context_words`` are ``text_words`` of each, when the caller has them already.
    """
    words = text_words(content) if words is None else words
    strong = find_terms(compile_terms(issue.keywords), content, words)
    if exact:
        hits = float(len(distinct(strong)))
        return Match(issue, hits / (hits + 1), [m.span() for m in strong])
    weak = find_terms(compile_terms(issue.weak_keywords), content, words)
    strong_seen, weak_seen = distinct(strong), distinct(weak)
    hits = len(strong_seen) + WEAK * len(weak_seen)
    if context and hits:  # context only strengthens an issue the statement itself touches
        cw = text_words(context) if context_words is None else context_words
        ctx_strong = distinct(find_terms(compile_terms(issue.keywords), context, cw))
        ctx_weak = distinct(find_terms(compile_terms(issue.weak_keywords), context, cw))
        hits += CONTEXT * (len(ctx_strong - strong_seen) + WEAK * len(ctx_weak - weak_seen))
    return Match(issue, hits / (hits + 1), [m.span() for m in strong + weak])


def tag_text(content: str, pack: Pack, context: str = "", rules: bool = True) -> list[IssueTag]:
    """The issues of ``pack`` that ``content`` speaks to, best first, each with its stance.

    ``rules=False`` gives the keyword-only baseline (exact keywords, cue counting for stance).
    """
    tags = []
    words, context_words = text_words(content), text_words(context)
    for issue in pack.issues:
        match = score_issue(issue, content, context, not rules, words, context_words)
        if match.score < THRESHOLD:
            continue
        st = stance_toward(content, issue, match.mentions, rules=rules)
        tags.append(IssueTag(issue_id(pack, issue), round(match.score, 3), st.stance,
                             st.confidence))
    return sorted(tags, key=lambda t: -t.score)


def pack_applies(pack: Pack, text: str) -> bool:
    return not pack.scope or bool(find_terms(compile_terms(pack.scope), text))


def tag_article(article: Article, packs: list[Pack] | None = None,
                tag: Tagger | None = None) -> None:
    """Set ``Statement.issues`` on every statement of ``article`` (default: ``default_packs()``,
    the shipped packs and those in ``$WHOSAID_PACKS``).

    ``tag`` replaces the lexicon (``tag_text``): ``whosaid.issues.select.default_tagger()``
    gives the one ``$WHOSAID_ISSUES_MODEL`` names, the learned model among them.
    """
    packs = list(default_packs()) if packs is None else packs
    header = f"{article.title or ''}\n{article.text}"
    active = [p for p in packs if pack_applies(p, header)]
    if not active or not article.statements:
        for statement in article.statements:
            statement.issues = []
        return
    tag = tag or tag_text
    for statement in article.statements:
        content = statement.text
        context = _paragraph_of(article.text, statement)
        statement.issues = [t for p in active for t in tag(content, p, context)]


def _paragraph_of(text: str, statement: Statement) -> str:
    """The statement's paragraph (at most ``WINDOW`` characters either side of the content):
    what "it", "that" and "they" point to usually sits there."""
    if not statement.content:
        return ""
    start = min(s.start for s in statement.content)
    end = max(s.end for s in statement.content)
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    left = max((m.end() for m in _PARAGRAPH_BREAK.finditer(text, lo, start)), default=lo)
    right_match = _PARAGRAPH_BREAK.search(text, end, hi)
    return text[left:right_match.start() if right_match else hi]
