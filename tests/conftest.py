"""Fixtures shared by the whole suite. Each concern adds its own below, in its own block."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
USER_ARTICLE = EXAMPLES / "moscowtimes-2025-11-27-putin-peace-plan.txt"
# CI clones the repo with ../shared beside it; the PolNeAR corpus lives there, never in the repo.
POLNEAR = REPO.parent / "shared" / "data" / "polnear"


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline, loaded once for the whole test session."""
    from whosaid.nlp import load_nlp

    return load_nlp()
