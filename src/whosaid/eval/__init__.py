"""Quality evaluation on the PolNeAR attribution corpus: loader, scorer, runner, report."""

from whosaid.eval.polnear import GoldDoc, read_polnear
from whosaid.eval.run import EvalResult, evaluate
from whosaid.eval.score import Gold, metrics, score_document

__all__ = ["EvalResult", "Gold", "GoldDoc", "evaluate", "metrics", "read_polnear",
           "score_document"]
