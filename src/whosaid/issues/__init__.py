"""Issues and stance: topic packs (YAML), lexicon tagging, positions and shifts."""

from whosaid.issues.packs import (
    Issue,
    Pack,
    PackError,
    default_packs,
    get_pack,
    load_pack,
    shipped_packs,
)
from whosaid.issues.tagger import tag_article, tag_text

__all__ = ["Issue", "Pack", "PackError", "default_packs", "get_pack", "load_pack", "shipped_packs",
           "tag_article", "tag_text"]
