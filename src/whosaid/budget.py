"""Per-document budgets: how long one document may take and how much memory it may add.

A document over its budget becomes a Failure ("over the 60 s time budget") and the batch goes
on. The pipeline checks the budget between its stages and between the parts of a long text
(each part is small, so no stage runs long between two checks); it lives in ``analyze_many``,
which every engine calls, so serial runs, process pools and Ray workers all keep it.

The defaults can be set for a whole run, engines and workers included, through the
environment: ``WHOSAID_TIME_BUDGET`` (seconds) and ``WHOSAID_MEMORY_BUDGET_MB``; ``0`` means
no limit.
"""

from __future__ import annotations

import os
import resource
import time
from dataclasses import dataclass

from whosaid.ingest.errors import ReadError

DEFAULT_SECONDS = 60.0
# What one document may add to the process's resident memory, on top of the loaded models.
DEFAULT_MEMORY_MB = 1536.0
TIME_ENV = "WHOSAID_TIME_BUDGET"
MEMORY_ENV = "WHOSAID_MEMORY_BUDGET_MB"


class OverBudget(ReadError):
    """A document that took longer, or grew memory more, than its budget allows."""


@dataclass(frozen=True)
class Budget:
    """Limits for one document; ``None`` is no limit."""

    seconds: float | None = DEFAULT_SECONDS
    memory_mb: float | None = DEFAULT_MEMORY_MB

    @classmethod
    def from_env(cls) -> Budget:
        """The defaults, or what ``WHOSAID_TIME_BUDGET`` and ``WHOSAID_MEMORY_BUDGET_MB`` say."""
        return cls(_limit(TIME_ENV, DEFAULT_SECONDS), _limit(MEMORY_ENV, DEFAULT_MEMORY_MB))

    def start(self) -> Meter:
        """Start measuring one document against this budget."""
        return Meter(self)


def _limit(name: str, default: float) -> float | None:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number (0 for no limit), not {raw!r}") from None
    return value if value > 0 else None


class Meter:
    """The time and memory one document has used. A document waits while the others of its
    batch are analysed: ``pause`` and ``resume`` leave that wait out of its time."""

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.spent = 0.0
        self.since: float | None = time.monotonic()
        self.rss_at_start = rss_mb()

    def elapsed(self) -> float:
        running = time.monotonic() - self.since if self.since is not None else 0.0
        return self.spent + running

    def pause(self) -> None:
        self.spent, self.since = self.elapsed(), None

    def resume(self) -> None:
        self.since = time.monotonic()

    def check(self, doing: str) -> None:
        """Raise OverBudget if the document has used up its time or memory (``doing`` says
        where it was, for the reason)."""
        seconds, memory = self.budget.seconds, self.budget.memory_mb
        if seconds is not None and self.elapsed() > seconds:
            raise OverBudget(f"over the {seconds:g} s time budget while {doing}; "
                             f"raise it with --time-budget or {TIME_ENV} (0 for no limit)")
        if memory is not None and rss_mb() - self.rss_at_start > memory:
            raise OverBudget(f"over the {memory:g} MB memory budget while {doing}; "
                             f"raise it with --memory-budget or {MEMORY_ENV} (0 for no limit)")


def rss_mb() -> float:
    """This process's resident memory now, in MB (its peak where /proc is missing)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if os.uname().sysname == "Darwin" else peak / 1024
