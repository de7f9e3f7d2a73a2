"""The fuzz suite (issue 17): its harness, and a 300-input sample of every kind of input
(``make fuzz N=10000`` runs the full one)."""

from __future__ import annotations

import sys

from whosaid.fuzz.generators import KINDS, cases
from whosaid.fuzz.runner import fuzz

# A stand-in worker: ready at once, dies on "crash", sleeps on "hang", answers otherwise.
FAKE_WORKER = [sys.executable, "-c", """
import base64, json, sys, time
print(json.dumps({"ready": True}), flush=True)
for line in sys.stdin:
    data = base64.b64decode(json.loads(line)["data"])
    if data == b"crash": sys.exit(3)
    if data == b"hang": time.sleep(60)
    mismatches = int(data == b"offsets")
    print(json.dumps({"offset_mismatches": mismatches, "peak_rss_mb": 7,
                      "raw_reasons": ["KeyError: 'x'"] if data == b"raw" else []}), flush=True)
"""]


def test_the_harness_reports_crashes_hangs_and_mismatches_and_goes_on(tmp_path):
    inputs = [(b"ok"), (b"crash"), (b"ok"), (b"hang"), (b"offsets"), (b"raw"), (b"ok")]
    report = fuzz([("text", "x.txt", d) for d in inputs], timeout=2, command=FAKE_WORKER,
                  save=tmp_path)
    assert report.inputs == 7 and report.broken
    assert [len(report.crashes), len(report.hangs), len(report.mismatches),
            len(report.raw_reasons)] == [1, 1, 1, 1]
    assert "exited with status 3" in report.crashes[0] and "no answer in 2 s" in report.hangs[0]
    assert report.peak_rss_mb == 7
    assert len(list(tmp_path.iterdir())) == 4


def test_the_inputs_are_the_same_for_the_same_seed_and_cover_every_kind():
    a, b = list(cases(40, 5, 300)), list(cases(40, 5, 300))
    assert a == b and {kind for kind, _, _ in a} == set(KINDS)
    assert a != list(cases(40, 6, 300))


def test_a_sample_of_300_inputs_breaks_nothing():
    report = fuzz(cases(300, 17, 2000), timeout=30)
    assert report.inputs == 300
    assert not report.broken, report.summary()
    assert report.peak_rss_mb < 1536
