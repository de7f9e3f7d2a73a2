"""Near-duplicate articles (one wire story on several sites) found with MinHash LSH.

Signatures are stored in ``article_signatures``; the in-memory LSH index is rebuilt from them
and topped up with rows other writers added, so any process sees every stored article.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

import numpy as np

# datasketch loads scipy (a third of a second): imported where a store first writes, so that
# commands which only read (or only print their help) do not wait for it.
if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 64
THRESHOLD = 0.7  # estimated Jaccard similarity of word shingles above which copies group
SHINGLE = 5
SCHEME = "affine32"  # named, because stored signatures are only comparable under one scheme
_WORD = re.compile(r"\w+")


def content_hash(text: str) -> str:
    """Exact identity of an article: sha256 of its clean text with whitespace normalised."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def text_key(text: str) -> str:
    """Identity of a statement's words across copies: case, punctuation and spacing ignored."""
    return hashlib.sha256(" ".join(_WORD.findall(text.casefold())).encode("utf-8")).hexdigest()


def signature(text: str) -> MinHash:
    from datasketch import MinHash

    words = _WORD.findall(text.casefold())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    mh.update_batch([s.encode("utf-8") for s in shingles])
    return mh


def to_bytes(mh: MinHash) -> bytes:
    return mh.hashvalues.astype(np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64),
                   scheme=SCHEME)


class DuplicateIndex:
    """LSH over stored signatures. ``seen`` is the highest ``article_signatures.seq`` loaded."""

    def __init__(self) -> None:
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.seen = 0

    def insert(self, article_id: str, mh: MinHash) -> None:
        if article_id not in self.lsh:
            self.lsh.insert(article_id, mh)

    def candidates(self, mh: MinHash) -> list[str]:
        return self.lsh.query(mh)


def most_similar(mh: MinHash, stored: dict[str, bytes]) -> str | None:
    """Of LSH candidates (id -> stored signature), the most similar above the threshold."""
    scored = [(mh.jaccard(from_bytes(sig)), key) for key, sig in stored.items()]
    scored = [(sim, key) for sim, key in scored if sim >= THRESHOLD]
    return max(scored)[1] if scored else None
