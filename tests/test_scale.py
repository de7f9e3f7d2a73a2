"""Engines and staged runs: the pool and Ray give exactly the serial result; a staged run
killed mid-way resumes without duplicates or losses; loading it equals a direct ingest."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import EXAMPLES, POLNEAR

from whosaid.ingest import iter_documents
from whosaid.models import Article, Failure
from whosaid.runs import ingest_paths
from whosaid.runs.engines import run_pool, run_ray, run_serial
from whosaid.runs.staged import count_rows, load_staged
from whosaid.store import Store

WHOSAID = str(Path(sys.executable).with_name("whosaid"))
N_POLNEAR = 10


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """The examples plus PolNeAR dev articles in a JSONL file, with one broken line."""
    dev = POLNEAR / "dev.jsonl"
    if not dev.exists():
        pytest.skip("PolNeAR dev split not found beside the repository")
    folder = tmp_path_factory.mktemp("corpus")
    with dev.open(encoding="utf-8") as src, (folder / "polnear.jsonl").open("w") as out:
        for _, line in zip(range(N_POLNEAR), src, strict=False):
            row = json.loads(line)
            out.write(json.dumps({"text": row["text"], "title": row["title"]}) + "\n")
        out.write("{not json\n")
    return [str(EXAMPLES), str(folder / "polnear.jsonl")]


def fingerprint(items) -> list:
    """Everything a statement is made of, per article, in order; failures by place."""
    out = []
    for item in items:
        if isinstance(item, Failure):
            out.append(("failure", item.path, item.record))
            continue
        assert isinstance(item, Article)
        out.append((item.id, item.source, [
            (s.kind, s.speaker.name, [(c.start, c.end) for c in s.content],
             [(c.start, c.end) for c in s.cue], s.date and s.date.isoformat())
            for s in item.statements]))
    return out


@pytest.fixture(scope="module")
def serial(corpus) -> list:
    return fingerprint(run_serial(iter_documents(corpus)))


def test_serial_corpus_has_articles_statements_and_a_failure(serial):
    articles = [x for x in serial if x[0] != "failure"]
    assert len(articles) == 3 + N_POLNEAR
    assert sum(len(x[2]) for x in articles) > 100
    assert [x for x in serial if x[0] == "failure"] == [
        ("failure", serial[-1][1], f"line {N_POLNEAR + 1}")]


def test_pool_of_two_equals_serial(corpus, serial):
    rss: dict[int, int] = {}
    assert fingerprint(run_pool(iter_documents(corpus), workers=2, batch_size=4,
                                peak_rss=rss)) == serial
    assert len(rss) == 2 and all(kib > 50_000 for kib in rss.values())


@pytest.mark.ray
def test_ray_two_actors_equals_serial(corpus, serial, monkeypatch):
    ray = pytest.importorskip("ray")
    temp = tempfile.mkdtemp(prefix="ray")  # pytest's tmp_path is too long for Ray's sockets
    monkeypatch.setenv("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")  # loopback only
    monkeypatch.setenv("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(num_cpus=2, include_dashboard=False, _temp_dir=temp, log_to_driver=False)
    try:
        ray.data.DataContext.get_current().enable_progress_bars = False
        assert fingerprint(run_ray(corpus, actors=2, batch_size=4)) == serial
    finally:
        ray.shutdown()
        shutil.rmtree(temp, ignore_errors=True)


def _run(corpus: list[str], out: Path) -> subprocess.Popen:
    return subprocess.Popen([WHOSAID, "run", *corpus, "--out", str(out), "--part-size", "2",
                             "--quiet"], stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_staged_run_killed_then_resumed_has_exact_counts(corpus, serial, tmp_path):
    out = tmp_path / "staged"
    proc = _run(corpus, out)
    deadline = time.monotonic() + 60
    while not len(list((out / "ledger").glob("part-*.parquet"))) >= 2:
        assert proc.poll() is None and time.monotonic() < deadline, "run ended before the kill"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    parts_at_kill = count_rows(out, "ledger")
    assert 0 < parts_at_kill < len(serial)

    resumed = _run(corpus, out)
    _, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err
    assert f"{parts_at_kill} input(s) done by an earlier run" in err

    articles = [x for x in serial if x[0] != "failure"]
    assert count_rows(out, "articles") == len(articles)
    assert count_rows(out, "statements") == sum(len(x[2]) for x in articles)
    assert count_rows(out, "errors") == 1
    ledger = pq.read_table(out / "ledger").to_pylist()
    keys = [(r["path"], r["record"]) for r in ledger]
    assert len(keys) == len(set(keys)) == len(serial)
    assert not list(out.rglob("*.tmp"))

    direct, staged = tmp_path / "direct.db", tmp_path / "staged.db"
    with Store.open(f"sqlite:///{direct}") as store:
        ingest_paths(store, corpus, progress=False)
        expected = store.counts()
    with Store.open(f"sqlite:///{staged}") as store:
        _, first = load_staged(store, out, progress=False)
        assert store.counts() == expected
        _, again = load_staged(store, out, progress=False)  # errors are logged per load run
        assert {**store.counts(), "ingest_errors": 1} == expected
    # the example page's HTML and its printed PDF read as the same text: one article, two copies
    distinct = len({x[0] for x in articles})
    assert distinct == len(articles) - 1
    assert (first.articles, first.duplicates) == (distinct, 1)
    assert (again.articles, again.duplicates) == (0, len(articles))
