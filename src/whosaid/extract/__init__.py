"""Who said what: statements and their speakers from a parsed article.

Stages, each its own module: ``quotes`` (pair quote marks), ``reported`` (cues in the parse),
``speakers`` (mentions and within-article resolution), ``statements`` (joins them).
"""

from whosaid.extract.statements import extract_statements

__all__ = ["extract_statements"]
