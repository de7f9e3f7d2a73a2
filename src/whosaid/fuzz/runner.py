"""Run fuzz inputs through a long-lived worker process and report what broke.

    python -m whosaid.fuzz.runner --n 10000 [--seed 0] [--timeout 30] [--save DIR]

Each input goes to the worker (``whosaid.fuzz.worker``) with a time limit. A worker that dies
is a crash, one that does not answer in time is a hang; either way it is killed and a fresh
one started, and the run goes on. Reported: crashes (the worker died, or an exception escaped
the pipeline), hangs, offset mismatches, failure reasons that read as Python errors, the
slowest input and the worker's peak RSS. Inputs that broke something are saved with ``--save``.
Exit status 1 if anything broke.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import selectors
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

WORKER = [sys.executable, "-m", "whosaid.fuzz.worker"]
START_SECONDS = 120.0


class WorkerGone(Exception):
    """The worker died (or never answered) before it gave a result."""


class Worker:
    """One worker process, fed one input at a time, restarted by the caller when it fails."""

    def __init__(self, command: list[str]) -> None:
        self.command = command
        self.proc: subprocess.Popen[bytes] | None = None
        self.buffer = b""

    def start(self) -> None:
        self.proc = subprocess.Popen(self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.buffer = b""
        self._answer(START_SECONDS)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def run(self, name: str, data: bytes, timeout: float) -> dict:
        """The worker's answer for one input; raises TimeoutError or WorkerGone."""
        if self.proc is None:
            self.start()
        line = json.dumps({"name": name, "data": base64.b64encode(data).decode()}) + "\n"
        _, stdin, _ = self._pipes()
        try:
            stdin.write(line.encode())
            stdin.flush()
        except BrokenPipeError as exc:
            raise WorkerGone("the worker closed its input") from exc
        return self._answer(timeout)

    def _pipes(self) -> tuple[subprocess.Popen[bytes], IO[bytes], IO[bytes]]:
        """The running worker with its input and output."""
        proc = self.proc
        if proc is None or proc.stdin is None or proc.stdout is None:
            raise WorkerGone("the worker is not running")
        return proc, proc.stdin, proc.stdout

    def _answer(self, timeout: float) -> dict:
        """The next line the worker prints, within ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        proc, _, stdout = self._pipes()
        fd = stdout.fileno()
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while b"\n" not in self.buffer:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    raise TimeoutError
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    raise WorkerGone(f"the worker exited with status {proc.wait()}")
                self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return json.loads(line)


@dataclass
class Report:
    inputs: int = 0
    kinds: Counter = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    raw_reasons: list[str] = field(default_factory=list)
    peak_rss_mb: int = 0
    slowest: tuple[float, str] = (0.0, "")
    seconds: float = 0.0

    @property
    def broken(self) -> bool:
        return bool(self.crashes or self.hangs or self.mismatches or self.raw_reasons)

    def summary(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.kinds.items()))
        lines = [f"{self.inputs} inputs ({kinds}) in {self.seconds:.0f} s",
                 f"crashes: {len(self.crashes)}", f"hangs: {len(self.hangs)}",
                 f"offset mismatches: {len(self.mismatches)}",
                 f"reasons that read as Python errors: {len(self.raw_reasons)}",
                 f"peak RSS of a worker: {self.peak_rss_mb} MB",
                 f"slowest input: {self.slowest[0]:.1f} s ({self.slowest[1]})"]
        for title, items in (("crash", self.crashes), ("hang", self.hangs),
                             ("mismatch", self.mismatches), ("raw reason", self.raw_reasons)):
            lines += [f"  {title}: {item}" for item in items[:10]]
        return "\n".join(lines)


def fuzz(cases, timeout: float = 30.0, command: list[str] | None = None,
         save: Path | None = None) -> Report:
    """Run ``cases`` (``(kind, name, data)``) through one worker, restarted as needed."""
    report = Report()
    worker = Worker(command or WORKER)
    started = time.monotonic()
    try:
        for i, (kind, name, data) in enumerate(cases):
            label = f"#{i} {kind} {name} ({len(data):,} bytes)"
            report.inputs += 1
            report.kinds[kind] += 1
            t0 = time.monotonic()
            if not _one(worker, report, label, name, data, timeout) and save:
                save.mkdir(parents=True, exist_ok=True)
                (save / f"{i:05d}-{kind}-{Path(name).name}").write_bytes(data)
            report.slowest = max(report.slowest, (time.monotonic() - t0, label))
    finally:
        worker.stop()
    report.seconds = time.monotonic() - started
    return report


def _one(worker: Worker, report: Report, label: str, name: str, data: bytes,
         timeout: float) -> bool:
    """Run one input and record what it broke; whether it passed."""
    try:
        result = worker.run(name, data, timeout)
    except TimeoutError:
        report.hangs.append(f"{label}: no answer in {timeout:g} s")
        worker.stop()
        return False
    except WorkerGone as exc:
        report.crashes.append(f"{label}: {exc}")
        worker.stop()
        return False
    report.peak_rss_mb = max(report.peak_rss_mb, result.get("peak_rss_mb", 0))
    if "crash" in result:
        report.crashes.append(f"{label}: {result['crash']}")
    if result.get("offset_mismatches"):
        report.mismatches.append(f"{label}: {result['offset_mismatches']} span(s)")
    report.raw_reasons += [f"{label}: {r}" for r in result.get("raw_reasons", [])]
    return "crash" not in result and not result.get("offset_mismatches") \
        and not result.get("raw_reasons")


def main() -> None:
    from whosaid.fuzz.generators import cases

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per input")
    parser.add_argument("--max-len", type=int, default=20_000,
                        help="largest text in one input (characters)")
    parser.add_argument("--model", default="fast", choices=["fast", "accurate"])
    parser.add_argument("--save", type=Path, help="save the inputs that broke something here")
    args = parser.parse_args()
    report = fuzz(cases(args.n, args.seed, args.max_len), args.timeout,
                  WORKER + ["--model", args.model], args.save)
    print(report.summary())
    sys.exit(1 if report.broken else 0)


if __name__ == "__main__":
    main()
