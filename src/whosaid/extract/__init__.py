"""Who said what: statements and their speakers from a parsed article.

Stages, each its own module: ``quotes`` (pair quote marks), ``reported`` (cues in the parse),
``ranker`` (a model trained on PolNeAR train keeps the reported-speech candidates likely to be
statements), ``speakers`` (mentions and within-article resolution), ``statements`` (joins them).
"""

from whosaid.extract.statements import extract_statements

__all__ = ["extract_statements"]
