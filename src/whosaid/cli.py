"""The ``whosaid`` command: a thin skin over the library. Each command parses options,
calls the library and prints. Run ``whosaid COMMAND --help`` for examples."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

import click

from whosaid.extract import DEFAULT_MODEL, MODELS
from whosaid.ingest import iter_documents, with_kind
from whosaid.ingest.errors import scrub
from whosaid.issues.positions import SHIFT_CONFIDENCE
from whosaid.models import ARTICLE_KINDS, KINDS, Article, Failure
from whosaid.pipeline import analyze_many
from whosaid.runs.engines import ENGINES
from whosaid.store.alerts import STANCES as ALERT_STANCES
from whosaid.store.records import (
    StoredAlert,
    StoredSource,
    StoredSpeaker,
    StoredStatement,
    to_json,
)

MAX_BYTES_HELP = "Skip files larger than this many megabytes (recorded as a failure)."
STRICT_HELP = "Exit non-zero if any input failed, or if the inputs held no article at all."
kind_option = click.option(
    "--kind", "article_kind", type=click.Choice(["auto", *ARTICLE_KINDS]), default="auto",
    show_default=True,
    help="What the inputs are: auto sniffs it (three speaker turns or more make a transcript); "
         "transcript or interview reads them by speaker turn; report or readout does not.")
debug_option = click.option(
    "--debug", is_flag=True,
    help="Log the raw error and traceback behind each failure to stderr (for bug reports).")


def _set_budget(ctx: click.Context, param: click.Parameter, value: float | None) -> None:
    """Put a --time-budget / --memory-budget into the environment, where every engine (serial,
    process pool, local Ray workers) and the web uploads read the per-document budget."""
    import os

    from whosaid.budget import MEMORY_ENV, TIME_ENV

    if value is not None:
        os.environ[TIME_ENV if param.name == "time_budget" else MEMORY_ENV] = f"{value:g}"


def budget_options(command):
    """The per-document budgets (whosaid.budget): a document over one is a failure, and the
    batch goes on. Both default to the environment's WHOSAID_TIME_BUDGET and
    WHOSAID_MEMORY_BUDGET_MB, else 60 s and 1536 MB."""
    options = [
        click.option("--time-budget", type=click.FloatRange(min=0), expose_value=False,
                     callback=_set_budget,
                     help="Seconds one document may take before it is recorded as a failure "
                          "(0: no limit); default $WHOSAID_TIME_BUDGET, else 60."),
        click.option("--memory-budget", type=click.FloatRange(min=0), expose_value=False,
                     callback=_set_budget,
                     help="Megabytes of memory one document may add (0: no limit); default "
                          "$WHOSAID_MEMORY_BUDGET_MB, else 1536."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _set_issues_model(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    import os

    from whosaid.issues.select import ISSUES_MODEL_ENV

    if value is not None:
        os.environ[ISSUES_MODEL_ENV] = value


issues_model_option = click.option(
    "--issues-model", type=click.Choice(["lexicon", "learned"]), expose_value=False,
    callback=_set_issues_model,
    help="How statements are tagged with issues and stance: the topic packs' lexicon (the "
         "default), or the learned model (sentence embeddings; better issue F1 on the held-out "
         "set, weaker stance on some packs). Default $WHOSAID_ISSUES_MODEL, else lexicon.")


def _debug_logging(debug: bool) -> None:
    """With --debug, whosaid's debug log (the exception behind each failure) goes to stderr."""
    if debug:
        import logging

        logger = logging.getLogger("whosaid")
        for old in [h for h in logger.handlers if h.get_name() == "whosaid-debug"]:
            logger.removeHandler(old)  # a second command in the same process: one handler
        handler = logging.StreamHandler()
        handler.set_name("whosaid-debug")
        handler.setFormatter(logging.Formatter("debug: %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="whosaid")
def main() -> None:
    """whosaid: who said what, when, about what, with every statement linked to its source."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table",
              show_default=True)
@click.option("--strict", is_flag=True, help=STRICT_HELP)
@click.option("--max-mb", default=50.0, show_default=True, help=MAX_BYTES_HELP)
@click.option("--model", type=click.Choice(MODELS), default=DEFAULT_MODEL, show_default=True,
              help="accurate: the trained attribution model with the rules; fast: the rules.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0,
              help="Leave out statements whose confidence is below this.")
@kind_option
@budget_options
@issues_model_option
@debug_option
def extract(paths: tuple[str, ...], fmt: str, strict: bool, max_mb: float, model: str,
            min_confidence: float, article_kind: str, debug: bool) -> None:
    """Analyse articles and print them with their statements, storing nothing.

    PATHS are files (text, HTML, PDF, JSONL, WARC, WARC.gz), directories, or - for stdin.

    \b
    Example:
        whosaid extract examples/ --format jsonl
    """
    _debug_logging(debug)
    failures: list[Failure] = []
    n_articles = 0
    docs = with_kind(iter_documents(paths, max_bytes=int(max_mb * 1024 * 1024)), article_kind)
    for item in analyze_many(docs, model=model):
        if isinstance(item, Failure):
            failures.append(item)
            continue
        n_articles += 1
        item.statements = [s for s in item.statements if s.confidence >= min_confidence]
        # scrub: a file name that is not UTF-8 must not make the output invalid UTF-8.
        if fmt == "jsonl":
            click.echo(scrub(json.dumps(item.to_dict(), ensure_ascii=False)))
        else:
            click.echo(scrub(render_table(item)))
    report(n_articles, failures, strict)


def render_table(article: Article) -> str:
    """The human view of one article: header line, then speaker / kind / what was said."""
    head = " | ".join(
        x for x in (article.title, article.outlet, article.published and str(article.published)) if x
    )
    lines = [click.style(head or article.id, bold=True)]
    for s in article.statements:
        who = s.speaker.name or "?"
        lines.append(f"  {who[:28]:<28} {s.kind:<8} {_shorten(s.text, 100)}")
    if not article.statements:
        lines.append("  (no statements)")
    return "\n".join(lines)


def report(n_ok: int, failures: list[Failure], strict: bool) -> None:
    """Print the end-of-batch summary to stderr; when strict, exit non-zero on failures and
    when nothing at all was read."""
    click.echo(f"{n_ok} article(s) read, {len(failures)} failed.", err=True)
    for f in failures:
        click.echo(scrub(f"  failed: {f}"), err=True)
    if strict and (failures or not n_ok):
        sys.exit(1)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@main.command(name="eval")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@click.option("--model", "models", type=click.Choice([*MODELS, "both"]), default="both",
              show_default=True, help="The statement model to score; both: side by side.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--by-kind/--no-by-kind", default=True, show_default=True,
              help="Break the scores down by direct / mixed / indirect.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False), default=None,
              help="Also write missed / spurious / misattributed statements here (JSONL).")
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False), default=None,
              help="Draw the reliability diagram of confidence (PNG or SVG) here.")
def eval_(path: str, limit: int | None, models: str, fmt: str, by_kind: bool,
          errors_path: str | None, plot_path: str | None) -> None:
    """Score whosaid against a PolNeAR JSONL file (attributions with gold spans).

    \b
    Example:
        whosaid eval ../shared/data/polnear/dev.jsonl --limit 20
        whosaid eval ../shared/data/polnear/dev.jsonl --model accurate --plot reliability.png
        whosaid eval evalsets/recent/recent.jsonl --errors errors.jsonl
    """
    from whosaid.eval.report import plot_reliability, render, render_side_by_side
    from whosaid.eval.run import evaluate

    names = list(MODELS) if models == "both" else [models]
    results = {name: evaluate(path, limit=limit, with_errors=errors_path is not None,
                              model=name) for name in names}
    if errors_path:
        with open(errors_path, "w", encoding="utf-8") as fh:
            for name, result in results.items():
                fh.writelines(json.dumps({"model": name, **e}, ensure_ascii=False) + "\n"
                              for e in result.errors)
    summaries = {name: r.summary() for name, r in results.items()}
    if plot_path:
        plot_reliability(summaries, plot_path)
    if fmt == "json":
        click.echo(json.dumps(summaries if len(names) > 1 else summaries[names[0]], indent=2))
    elif len(names) > 1:
        click.echo(render_side_by_side(summaries))
    else:
        click.echo(render(summaries[names[0]], by_kind=by_kind))


@main.command(name="eval-speakers")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--corpus", "corpora", multiple=True, metavar="FILE=PATH", required=True,
              help="Where the articles of items with this `file` are (repeat per file).")
@click.option("--model", "models", type=click.Choice([*MODELS, "both"]), default="both",
              show_default=True, help="The statement model to score; both: one after the other.")
@click.option("--limit", type=int, default=None, help="Score the items of the first N articles.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False), default=None,
              help="Also write the wrongly resolved items here (JSONL).")
def eval_speakers(path: str, corpora: tuple[str, ...], models: str, limit: int | None, fmt: str,
                  errors_path: str | None) -> None:
    """Speaker accuracy on a hard-speaker set, by route and by how whosaid resolved it.

    \b
    Example:
        whosaid eval-speakers evalsets/speakers/speakers.jsonl \\
            --corpus polnear-dev=../shared/data/polnear/dev.jsonl \\
            --corpus recent=evalsets/recent/recent.jsonl
    """
    from pathlib import Path

    from whosaid.eval.speakers import evaluate_speakers, render

    where: dict[str, str | Path] = {}
    for pair in corpora:
        name, sep, file = pair.partition("=")
        if not sep or not name or not file:
            raise click.BadParameter(f"expected FILE=PATH, got {pair!r}", param_hint="--corpus")
        where[name] = file
    names = list(MODELS) if models == "both" else [models]
    try:
        results = {name: evaluate_speakers(path, where, model=name, limit=limit)
                   for name in names}
    except (ValueError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    if errors_path:
        with open(errors_path, "w", encoding="utf-8") as fh:
            for name, result in results.items():
                fh.writelines(json.dumps({"model": name, **e}, ensure_ascii=False) + "\n"
                              for e in result.errors())
    summaries = {name: r.summary() for name, r in results.items()}
    if fmt == "json":
        click.echo(json.dumps(summaries if len(names) > 1 else summaries[names[0]], indent=2))
    else:
        click.echo("\n".join(render(s) for s in summaries.values()))


@main.command(name="eval-trace")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--split", "splits", type=click.Choice(["dev", "test"]), multiple=True,
              help="Score only this part (repeatable); default both.")
@click.option("--tune", is_flag=True,
              help="Search the window, weight and thresholds on the dev part (never test) "
                   "and print the best settings.")
@click.option("--model", type=click.Choice(MODELS), default=DEFAULT_MODEL, show_default=True,
              help="The statement model the sources are read with.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def eval_trace(path: str, splits: tuple[str, ...], tune: bool, model: str, fmt: str) -> None:
    """Precision, recall and false-link rate of quote tracing, and misquote precision and
    recall, with 95% bootstrap intervals, per split, beside the words-only baseline.

    \b
    Example:
        whosaid eval-trace evalsets/trace/trace.jsonl --split dev
    """
    from whosaid.eval import trace as scorer

    try:
        if tune:
            click.echo(json.dumps(scorer.tune_on_dev(path, model), indent=2))
            return
        report = scorer.evaluate_trace(path, splits or ("dev", "test"), model)
    except (ValueError, OSError, KeyError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(report, indent=2) if fmt == "json" else scorer.render(report))


@main.command(name="train-ranker")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Where to write the model [default in a source checkout: "
                   "src/whosaid/extract/model/ranker.json].")
@click.option("--folds", type=int, default=4, show_default=True,
              help="Cross-validation folds (over articles) to choose strength and threshold.")
@click.option("--limit", type=int, default=None, help="Train on the first N articles only.")
def train_ranker(path: str, out: str | None, folds: int, limit: int | None) -> None:
    """Train the reported-speech ranker on a PolNeAR train file (needs scikit-learn).

    \b
    Example:
        whosaid train-ranker ../shared/data/polnear/train.jsonl
    """
    from importlib import resources
    from pathlib import Path

    from whosaid.eval.polnear import read_polnear
    from whosaid.eval.train import collect, train
    from whosaid.nlp import load_nlp

    golds = list(read_polnear(path, limit))
    click.echo(f"parsing {len(golds)} articles...", err=True)
    docs = load_nlp().pipe((g.text for g in golds), batch_size=16)
    ranker = train(collect(golds, docs), folds=folds, log=lambda m: click.echo(m, err=True))
    target = out or str(_checkout_path(Path(str(resources.files("whosaid.extract")))
                                       / "model" / "ranker.json"))
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(ranker.to_json())
    click.echo(f"wrote {target} ({len(ranker.weights)} weights, threshold {ranker.threshold})")


def _checkout_path(path):
    """A default output inside the package, allowed only in a source checkout: training never
    writes into an installed package (site-packages); give --out there."""
    if {"site-packages", "dist-packages"} & set(path.parts):
        raise click.UsageError(f"whosaid is installed, not a checkout: give --out "
                               f"(the default {path} is inside the installed package)")
    return path


@main.command(name="train-model")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--dev", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A PolNeAR dev file, scored after every epoch for the log (never tuned on).")
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Model folder [default in a source checkout: "
                   "src/whosaid/extract/model/attribution/].")
@click.option("--epochs", type=int, default=3, show_default=True)
@click.option("--seed", type=int, default=13, show_default=True)
@click.option("--limit", type=int, default=None, help="Train on the first N articles only.")
@click.option("--retune", is_flag=True,
              help="Skip training: only choose decoding and calibration again, and rescore.")
def train_model(path: str, dev: str | None, out: str | None, epochs: int, seed: int,
                limit: int | None, retune: bool) -> None:
    """Train the attribution model on a PolNeAR train file (needs the [train] extra: torch).

    Then, on the tenth of train it held out: choose how to combine it with the rules and
    calibrate its confidence; and score both models on --dev. All of it goes in the manifest.

    \b
    Example:
        whosaid train-model ../shared/data/polnear/train.jsonl --dev ../shared/data/polnear/dev.jsonl
    """
    import logging
    import os
    from pathlib import Path

    from whosaid.eval.train_model import Config, held_out, train
    from whosaid.eval.tune_model import finish_manifest, score, tune
    from whosaid.extract.tagger import MODEL_DIR

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    logging.getLogger("onnxruntime").setLevel(logging.ERROR)
    target = Path(out) if out else _checkout_path(MODEL_DIR)
    if not retune:
        train(Path(path), Path(dev) if dev else None, target,
              Config(epochs=epochs, seed=seed, limit=limit))
    os.environ["WHOSAID_MODEL_DIR"] = str(target)
    manifest = tune(Path(path), target, held_out)
    finish_manifest(target, manifest)
    if dev:
        finish_manifest(target, score(Path(dev), manifest))
    click.echo(f"wrote {target}: {json.dumps(manifest['decoding'])}, "
               f"dev {json.dumps(manifest.get('scores', {}).get('dev'))}")


@main.command()
@click.option("--db", "db_url", help="Database URL or SQLite path; default $WHOSAID_DB, "
                                    "else ./whosaid.db.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default keeps the server private to this machine.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--allow-ingest", is_flag=True,
              help="Accept POST /api/articles from requests carrying the token.")
@click.option("--token", envvar="WHOSAID_TOKEN",
              help="Token for uploads (X-Whosaid-Token header); env WHOSAID_TOKEN.")
@budget_options
@issues_model_option
def serve(db_url: str | None, host: str, port: int, allow_ingest: bool, token: str | None) -> None:
    """Serve the web UI and JSON API (docs at /docs), read-only unless --allow-ingest.

    \b
    Example:
        whosaid ingest examples/ --db sqlite:///demo.db
        whosaid serve --db sqlite:///demo.db    # then open http://127.0.0.1:8000/
    """
    import uvicorn

    from whosaid.web import create_app

    if allow_ingest and not token:
        raise click.UsageError("--allow-ingest needs --token or WHOSAID_TOKEN.")
    uvicorn.run(create_app(db_url, allow_ingest=allow_ingest, token=token), host=host, port=port)


# ---------------------------------------------------------------- store commands

DB_HELP = ("Database URL (sqlite:///path or postgresql://...); "
           "default $WHOSAID_DB, else ./whosaid.db.")
FORMATS = ["table", "jsonl", "csv"]
STATEMENT_COLUMNS = ["id", "date", "speaker", "kind", "outlets", "text", "article_id"]
SPEAKER_COLUMNS = ["id", "name", "type", "statements", "first_seen", "last_seen"]
DAY = click.DateTime(formats=["%Y-%m-%d"])
MAX_ID = 2**63 - 1  # ids and counts are 64-bit signed integers in the database


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_url", help=DB_HELP)
@click.option("--aliases", type=click.Path(exists=True, dir_okay=False),
              help="YAML file merging or splitting speakers (see whosaid.store.identity).")
@click.option("--strict", is_flag=True, help=STRICT_HELP)
@click.option("--max-mb", default=50.0, show_default=True, help=MAX_BYTES_HELP)
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--workers", type=int, default=1, show_default=True,
              help="Processes analysing in parallel (the pool engine when above 1); "
                   "actors with --engine ray.")
@click.option("--engine", type=click.Choice(ENGINES), default=None,
              help="serial, pool (local processes) or ray (Ray Data; needs whosaid[ray]).")
@click.option("--address", help="Ray cluster address for --engine ray; default: a local Ray.")
@click.option("--model", type=click.Choice(MODELS), default=DEFAULT_MODEL, show_default=True,
              help="accurate: the trained attribution model with the rules; fast: the rules.")
@kind_option
@budget_options
@issues_model_option
@debug_option
def ingest(paths: tuple[str, ...], db_url: str | None, aliases: str | None, strict: bool,
           max_mb: float, quiet: bool, workers: int, engine: str | None,
           address: str | None, model: str, article_kind: str, debug: bool) -> None:
    """Analyse articles and store their statements; stored articles are skipped, so an
    interrupted ingest is finished by running it again.

    \b
    Alias file format:
        merge: {Vladimir Putin: [Putin, V. Putin]}
        split: [George W. Bush]
    \b
    Example:
        whosaid ingest examples/ --db sqlite:///demo.db --aliases speakers.yaml
    """
    from whosaid.runs import ingest_paths
    from whosaid.store import AliasFile, Store

    _debug_logging(debug)
    alias_file = AliasFile.load(aliases) if aliases else None
    with Store.open(db_url) as store:
        run_id, stats = ingest_paths(store, paths, alias_file, int(max_mb * 1024 * 1024),
                                     progress=not quiet, engine=_engine(engine, workers),
                                     workers=workers, address=address, model=model,
                                     kind=article_kind)
        click.echo(f"run {run_id}: {stats.articles} new article(s), {stats.duplicates} already "
                   f"stored, {stats.statements} statement(s), {stats.errors} error(s).", err=True)
        for err in store.errors(run_id)[:20]:
            where = f"{err.path}#{err.record}" if err.record else err.path
            click.echo(f"  failed: {where}: {err.reason}", err=True)
    if strict and (stats.errors or not stats.articles + stats.duplicates):
        sys.exit(1)


@main.command()
@click.option("--speaker", help="Speaker name, alias or id (Putin finds Vladimir Putin).")
@click.option("--search", help='Full-text search, e.g. "peace plan" (all words must occur).')
@click.option("--since", type=DAY, help="Said on or after YYYY-MM-DD.")
@click.option("--until", type=DAY, help="Said on or before YYYY-MM-DD.")
@click.option("--kind", type=click.Choice(KINDS))
@click.option("--outlet", help="Carried by an outlet whose name contains this.")
@click.option("--issue", help="Tagged with this issue.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Leave out statements whose confidence is below this.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(0, MAX_ID), default=50, show_default=True,
              help="0 for all.")
@click.option("--db", "db_url", help=DB_HELP)
def statements(fmt: str, limit: int, db_url: str | None, since, until, **filters) -> None:
    """List stored statements, newest first.

    \b
    Example:
        whosaid statements --speaker Putin --search "peace plan" --since 2025-11-01
    """
    from whosaid.store import Store

    with Store.open(db_url) as store:
        rows = store.statements(**filters, since=since and since.date(),
                                until=until and until.date(), limit=limit or None)
    print_rows(rows, fmt, STATEMENT_COLUMNS)


@main.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--db", "db_url", help=DB_HELP)
def speakers(fmt: str, db_url: str | None) -> None:
    """List speakers with their statement count, first seen and last seen.

    \b
    Example:
        whosaid speakers --format csv > speakers.csv
    """
    from whosaid.store import Store

    with Store.open(db_url) as store:
        print_rows(store.speakers(), fmt, SPEAKER_COLUMNS)


@main.command()
@click.argument("statement_id", type=click.IntRange(1, MAX_ID))
@click.option("--context", default=300, show_default=True,
              help="Characters of source text shown on each side.")
@click.option("--db", "db_url", help=DB_HELP)
def show(statement_id: int, context: int, db_url: str | None) -> None:
    """Print one statement inside its source text, the statement highlighted.

    \b
    Example:
        whosaid show 12
    """
    from whosaid.store import Store

    with Store.open(db_url) as store:
        s = store.statement(statement_id)
    if s is None:
        raise click.ClickException(f"no statement {statement_id}; list ids with "
                                   "`whosaid statements`.")
    click.echo(click.style(f"#{s.id} {s.speaker or '?'} ({s.kind}, {s.date})", bold=True))
    click.echo(f"{s.title or s.article_id} | {', '.join(s.outlets) or '?'}\n")
    click.echo(highlight_context(s, context))


@main.command()
@click.argument("statement_id", type=click.IntRange(1, MAX_ID), required=False)
@click.option("--quote", help="Trace these words instead of a stored statement (any language "
              "the multilingual encoder reads: a Russian quote finds its English original).")
@click.option("--speaker", help="Who said the --quote words (required with --quote).")
@click.option("--said", type=DAY, help="When the --quote words were said (YYYY-MM-DD); "
              "without it, any day.")
@click.option("--indirect", is_flag=True, help="The --quote words are reported speech.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--db", "db_url", help=DB_HELP)
def trace(statement_id: int | None, quote: str | None, speaker: str | None,
          said, indirect: bool, fmt: str, db_url: str | None) -> None:
    """Show the passages of stored transcripts, interviews and readouts that a statement
    quotes or paraphrases, with their scores and the words that differ (the news version's
    in yellow, the original's in cyan). With --quote and --speaker: the same for words
    typed in, stored nowhere. Without an id: trace the stored articles not traced yet
    (ingest does this itself).

    \b
    Examples:
        whosaid trace 12
        whosaid trace --quote "Это может стать основой" --speaker Putin --said 2025-11-27
        whosaid trace
    """
    from whosaid.store import Store
    from whosaid.trace import quote_sources, trace_pending

    if quote is not None:
        if statement_id is not None or not speaker:
            raise click.UsageError("--quote needs --speaker, and no statement id.")
        day = said.date() if said else None
        with Store.open(db_url) as store:
            if store.find_speaker(speaker) is None:
                raise click.ClickException(f"no stored speaker {speaker!r}; list them with "
                                           "`whosaid speakers`.")
            found = quote_sources(store, quote, speaker, day,
                                  "indirect" if indirect else "direct")
        if fmt == "json":
            click.echo(json.dumps({"quote": quote, "speaker": speaker,
                                   "said": day.isoformat() if day else None,
                                   "sources": sources_json(found)}, ensure_ascii=False, indent=2))
            return
        click.echo(click.style(f"{speaker} ({day or 'any day'})", bold=True))
        click.echo(f"  {quote}\n")
        if not found:
            click.echo("No source found: no stored transcript, interview or readout by this "
                       "speaker, near this date, says it.")
        for src in found:
            click.echo(render_source(quote, src))
        return
    with Store.open(db_url) as store:
        if statement_id is None:
            click.echo(f"traced {trace_pending(store)} article(s).", err=True)
            return
        s = store.statement(statement_id)
        found = store.sources(statement_id)
    if s is None:
        raise click.ClickException(f"no statement {statement_id}; list ids with "
                                   "`whosaid statements`.")
    if fmt == "json":
        click.echo(json.dumps({"statement": to_json(s), "sources": sources_json(found)},
                              ensure_ascii=False, indent=2))
        return
    click.echo(click.style(f"#{s.id} {s.speaker or '?'} ({s.kind}, {s.date})", bold=True))
    click.echo(f"{s.title or s.article_id} | {', '.join(s.outlets) or '?'}\n")
    click.echo(f"  {s.text}\n")
    if not found:
        click.echo("No source found: no stored transcript, interview or readout by this "
                   "speaker, near this date, says it.")
    for src in found:
        click.echo(render_source(s.text, src))


def sources_json(found: list[StoredSource]) -> list[dict]:
    """Sources as JSON objects, each saying whether it was traced across languages."""
    return [{**to_json(src), "across_languages": src.across_languages} for src in found]


def render_source(news: str, src: StoredSource) -> str:
    """A traced passage: where it is, its scores, and the two versions with the words that
    differ marked."""
    from whosaid.trace import source_diff

    left, right = source_diff(news, src)
    title = " ".join((src.title or src.article_id).split())
    head = (f"-> {title} ({src.kind or 'source'}, {src.date}) "
            f"passage {src.passage_id} [{src.start}:{src.end}]: score {src.score:.2f}, "
            + (f"in another language: multilingual similarity {src.similarity:.2f}"
               if src.across_languages else
               f"similarity {src.similarity:.2f}, words {src.lexical:.2f}"))
    lines = [click.style(head, bold=True)]
    if src.misquote:
        lines.append(click.style(f"   misquote: {src.reason}", fg="red", bold=True))
    for label, runs, colour in (("news", left, "yellow"), ("original", right, "cyan")):
        shown = "".join(click.style(t, fg=colour, bold=True) if differs else t
                        for t, differs in runs)
        lines.append(f"   {label:>8}: {shown}")
    return "\n".join(lines) + "\n"


@main.command()
@click.option("--limit", type=click.IntRange(0, MAX_ID), default=50, show_default=True,
              help="0 for all.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
@click.option("--db", "db_url", help=DB_HELP)
def misquotes(limit: int, fmt: str, db_url: str | None) -> None:
    """List direct quotes whose words are not in the transcript they were traced to, newest
    first: the words that differ are marked.

    \b
    Example:
        whosaid misquotes --limit 20
    """
    from whosaid.store import Store

    with Store.open(db_url) as store:
        found = store.misquotes(limit or None)
    for s, sources in found:
        if fmt == "jsonl":
            click.echo(json.dumps({"statement": to_json(s), "sources": to_json(sources)},
                                  ensure_ascii=False))
            continue
        click.echo(click.style(f"#{s.id} {s.speaker or '?'} ({s.date}) "
                               f"{', '.join(s.outlets) or '?'}", bold=True))
        click.echo(render_source(s.text, sources[0]))
    if fmt == "table" and not found:
        click.echo("No misquote found among the traced statements.", err=True)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False))
@click.option("--db", "db_url", help=DB_HELP)
def export(fmt: str, output: str, db_url: str | None) -> None:
    """Export the store: jsonl has one article per line (the `whosaid extract --format jsonl`
    contract); csv and parquet have one statement per row.

    \b
    Example:
        whosaid export --format parquet -o statements.parquet
    """
    from whosaid.store import Store

    with Store.open(db_url) as store:
        n = store.export(fmt, output)
    click.echo(f"wrote {n} {'article' if fmt == 'jsonl' else 'statement'}(s) to {output}",
               err=True)


@main.command(name="run")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False),
              help="Folder for the Parquet parts (articles/, statements/, errors/, ledger/).")
@click.option("--workers", type=int, default=1, show_default=True,
              help="Processes analysing in parallel; actors with --engine ray.")
@click.option("--engine", type=click.Choice(ENGINES), default=None,
              help="serial, pool (local processes) or ray (Ray Data; needs whosaid[ray]).")
@click.option("--address", help="Ray cluster address for --engine ray; default: a local Ray.")
@click.option("--part-size", default=256, show_default=True, help="Inputs per Parquet part.")
@click.option("--max-mb", default=50.0, show_default=True, help=MAX_BYTES_HELP)
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--model", type=click.Choice(MODELS), default=DEFAULT_MODEL, show_default=True,
              help="accurate: the trained attribution model with the rules; fast: the rules.")
@budget_options
@issues_model_option
@debug_option
def run_(paths: tuple[str, ...], out: str, workers: int, engine: str | None,
         address: str | None, part_size: int, max_mb: float, quiet: bool, model: str,
         debug: bool) -> None:
    """Analyse articles into partitioned Parquet instead of a database, for big runs.
    Run it again after an interruption: it resumes where it stopped.

    \b
    Example:
        whosaid run 'crawl/*.warc.gz' --out staged/ --workers 2
        whosaid load staged/ --db postgresql://localhost/whosaid
    """
    from whosaid.runs.staged import run_staged

    _debug_logging(debug)
    stats = run_staged(paths, out, _engine(engine, workers), workers, address,
                       int(max_mb * 1024 * 1024), part_size, progress=not quiet, model=model)
    click.echo(stats.summary(), err=True)


@main.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False))
@click.option("--db", "db_url", help=DB_HELP)
@click.option("--quiet", is_flag=True, help="No progress bar.")
def load(out: str, db_url: str | None, quiet: bool) -> None:
    """Load the output of `whosaid run` into the database; articles already stored are
    skipped, so loading again is harmless.

    \b
    Example:
        whosaid load staged/ --db sqlite:///whosaid.db
    """
    from whosaid.runs.staged import load_staged
    from whosaid.store import Store

    with Store.open(db_url) as store:
        run_id, stats = load_staged(store, out, progress=not quiet)
    click.echo(f"run {run_id}: {stats.articles} new article(s), {stats.duplicates} already "
               f"stored, {stats.statements} statement(s), {stats.errors} error(s).", err=True)


def _engine(engine: str | None, workers: int) -> str:
    """--workers N alone means the local pool."""
    return engine or ("pool" if workers > 1 else "serial")


def print_rows(records: Sequence[StoredStatement | StoredSpeaker], fmt: str,
               columns: list[str]) -> None:
    """Records as a fixed-width table, JSON lines (every field) or CSV (the listed columns)."""
    rows = [to_json(r) for r in records]
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    flat = [{c: "; ".join(v) if isinstance(v := row.get(c), list) else v for c in columns}
            for row in rows]
    if fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
        return
    widths = {"id": 6, "date": 10, "speaker": 24, "kind": 8, "outlets": 18, "name": 30,
              "type": 12, "statements": 10, "first_seen": 10, "last_seen": 10}
    shown = [c for c in columns if c in widths or c == "text"]
    click.echo(" ".join(click.style(f"{c:<{widths.get(c, 0)}}", bold=True) for c in shown))
    for row in flat:
        click.echo(" ".join(_cell(row[c], widths.get(c, 90)) for c in shown))
    click.echo(f"({len(rows)} row(s))", err=True)


def _cell(value: object, width: int) -> str:
    return f"{_shorten('' if value is None else str(value), width):<{width}}"


def highlight_context(s: StoredStatement, context: int) -> str:
    """The source text around a statement: content spans highlighted, the speaker underlined."""
    text = s.article_text or ""
    start, end = max(0, s.content_start - context), min(len(text), s.content_end + context)
    marks = [(a, b, True) for a, b in s.content] + [(a, b, False) for a, b in s.mention]
    out, pos = [], start
    inside = [m for m in marks if m[0] >= start and m[1] <= end]
    for a, b, said in sorted(inside, key=lambda m: (m[0], m[1])):
        if a < pos:  # overlapping marks: keep the first
            continue
        # what was said in bold yellow, the words naming the speaker underlined in cyan
        shown = click.style(text[a:b], fg="yellow", bold=True) if said else \
            click.style(text[a:b], fg="cyan", underline=True)
        out += [text[pos:a], shown]
        pos = b
    out.append(text[pos:end])
    return ("…" if start else "") + "".join(out) + ("…" if end < len(text) else "")


@main.command(name="eval-dates")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--corpus", "corpora", multiple=True, metavar="NAME=PATH",
              help="Where the articles of a statement set's corpus are (repeat per corpus).")
@click.option("--sentences", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Also score this sentence set (the older table).")
@click.option("--after-publication", "whole", is_flag=True,
              help="Also run the pipeline over every article of each --corpus and count the "
                   "statements dated after publication whose cue is not future.")
@click.option("--model", type=click.Choice(MODELS), default="fast", show_default=True,
              help="The statement model for --after-publication.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def eval_dates(path: str, corpora: tuple[str, ...], sentences: str | None, whole: bool,
               model: str, fmt: str) -> None:
    """Statement-date accuracy: the date each gold statement was said (exact, with a 95%
    bootstrap interval) on a statement set, or date resolution on a sentence set.

    \b
    Example:
        whosaid eval-dates evalsets/dates/dates.jsonl \\
            --corpus polnear-dev=../shared/data/polnear/dev.jsonl \\
            --corpus recent=evalsets/recent/recent.jsonl \\
            --sentences tests/data/dates.jsonl --after-publication
        whosaid eval-dates tests/data/dates.jsonl      # a sentence set alone
    """
    from whosaid.eval import dates as ev
    from whosaid.nlp import load_nlp

    where = {}
    for pair in corpora:
        name, sep, file = pair.partition("=")
        if not sep or not name or not file:
            raise click.BadParameter(f"expected NAME=PATH, got {pair!r}", param_hint="--corpus")
        where[name] = file
    rows = ev.read_items(path)
    if rows and "sentence" in rows[0]:
        sentences, rows = path, []
    nlp = load_nlp()
    out: dict = {}
    try:
        if rows:
            out["statements"] = ev.summarize(ev.score_statements(rows, where, nlp))
        if whole:
            out["after_publication"] = ev.after_publication(where, model)
    except (ValueError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    if sentences:
        out["sentences"] = {"n": len(ev.read_items(sentences)),
                            "scores": ev.score_dates(ev.read_items(sentences), nlp)}
    if fmt == "json":
        click.echo(json.dumps(out, indent=2))
        return
    if "statements" in out:
        click.echo(ev.render(out["statements"]))
    for name, counts in out.get("after_publication", {}).items():
        click.echo(f"\n{name} ({model}): {counts['articles']} articles, {counts['statements']} "
                   f"statements, {counts['after_publication']} dated after publication with a "
                   f"cue that is not future")
        for e in counts["examples"]:
            click.echo(f"  {e['doc_id']}: {e['date']} > {e['published']}  cue {e['cue']!r}  "
                       f"date phrase {e['date_phrase']!r}")
    if "sentences" in out:
        click.echo(f"\n{out['sentences']['n']} sentences")
        click.echo(f"{'resolver':<12} {'date':>6} {'precision':>10}")
        for name, acc in out["sentences"]["scores"].items():
            click.echo(f"{name:<12} {acc['date']:>6.3f} {acc['precision']:>10.3f}")


# ---------------------------------------------------------------- issues and stance


@main.command(name="eval-transcripts")
@click.argument("folder", type=click.Path(exists=True, file_okay=False),
                default="evalsets/transcripts")
@click.option("--model", type=click.Choice(MODELS), default="fast", show_default=True)
@click.option("--kind", "article_kind", type=click.Choice(["auto", *ARTICLE_KINDS]),
              default="auto", show_default=True, help="As `extract --kind`: auto sniffs it.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def eval_transcripts(folder: str, model: str, article_kind: str, fmt: str) -> None:
    """Transcript turns by speaker on a labelled set of real transcripts: the share of named
    turns whose statements all name that speaker (95% interval), unnamed turns given a name,
    pronouns as speakers, narration read as speech, questions kept as questions.

    \b
    Example:
        whosaid eval-transcripts evalsets/transcripts
    """
    from whosaid.eval.transcripts import evaluate_transcripts, render

    try:
        result = evaluate_transcripts(folder, model=model, kind=article_kind)
    except (ValueError, OSError, KeyError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(result, indent=2) if fmt == "json" else render(result))


@main.command(name="eval-issues")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def eval_issues(path: str, fmt: str) -> None:
    """Issue P/R/F1 and stance accuracy/macro-F1 by pack, against hand labels (a JSONL file,
    e.g. the repository's tests/data/issues-labels.jsonl), with the keyword-only baseline
    measured in the same run.

    \b
    Example:
        whosaid eval-issues tests/data/issues-labels.jsonl
    """
    from whosaid.eval.issues import evaluate_issues, format_report, load_labels

    results = evaluate_issues(load_labels(path))
    click.echo(json.dumps(results, indent=2) if fmt == "json" else format_report(results))


@main.command()
@click.option("--pack", required=True, help="Topic pack id, e.g. ukraine-peace-2025.")
@click.option("--since", type=DAY, help="Statements on or after YYYY-MM-DD.")
@click.option("--until", type=DAY, help="Statements on or before YYYY-MM-DD.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
@click.option("--db", "db_url", help=DB_HELP)
def positions(pack: str, since, until, fmt: str, db_url: str | None) -> None:
    """Speakers x issues: each cell the dominant stance, the number of statements and the
    latest date. --pack is a pack id or a pack file (.yaml); more packs for the pipeline
    go in folders named by $WHOSAID_PACKS.

    \b
    Example:
        whosaid positions --pack ukraine-peace-2025 --since 2025-11-01
    """
    from whosaid.issues.positions import matrix_table
    from whosaid.issues.positions import positions as compute
    from whosaid.store import Store

    pack_id = _pack_id(pack)
    with Store.open(db_url) as store:
        rows = store.statements(since=since and since.date(), until=until and until.date(),
                                limit=None)
    cells = compute(rows, pack_id)
    if fmt == "jsonl":
        for cell in cells:
            click.echo(json.dumps(to_json(cell), ensure_ascii=False))
    else:
        click.echo(matrix_table(cells) if cells else f"(no statements tagged with {pack})")


@main.command()
@click.option("--pack", help="Only issues of this topic pack.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=SHIFT_CONFIDENCE,
              show_default=True, help="Count only statements whose speaker and stance are at "
                                      "least this sure.")
@click.option("--db", "db_url", help=DB_HELP)
def shifts(pack: str | None, fmt: str, min_confidence: float, db_url: str | None) -> None:
    """Speakers whose stance on an issue changed, each change with its two statements.

    Only statements at or above --min-confidence count (the lower of the speaker's and the
    stance's confidence), so a change is never built on an attribution or a stance in doubt.

    \b
    Example:
        whosaid shifts --pack ukraine-peace-2025 --min-confidence 0.7
    """
    from whosaid.issues.positions import shifts as compute
    from whosaid.store import Store

    with Store.open(db_url) as store:
        found = compute(store.statements(limit=None), pack and _pack_id(pack), min_confidence)
    for sh in found:
        if fmt == "jsonl":
            click.echo(json.dumps(to_json(sh), ensure_ascii=False))
            continue
        click.echo(click.style(f"{sh.speaker} on {sh.issue}: {sh.before} -> {sh.after}", bold=True))
        for s, stance in ((sh.from_statement, sh.before), (sh.to_statement, sh.after)):
            click.echo(f"  #{s.id} {s.date or '?'} {stance:<11} {_shorten(s.text, 90)}")
    if not found:
        click.echo("(no stance changes found)", err=True)


@main.command()
@click.option("--speaker", help="Speaker name, alias or id; events keep those they took part in.")
@click.option("--search", help="Words in the statement; events match on type, place, people.")
@click.option("--since", type=DAY, help="On or after YYYY-MM-DD.")
@click.option("--until", type=DAY, help="On or before YYYY-MM-DD.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
@click.option("--plot", type=click.Path(dir_okay=False),
              help="Also draw the timeline to this .svg or .png file.")
@click.option("--db", "db_url", help=DB_HELP)
def timeline(speaker: str | None, search: str | None, since, until, fmt: str,
             plot: str | None, db_url: str | None) -> None:
    """Statements and events in date order, each with its outlet and date precision.

    \b
    Example:
        whosaid timeline --speaker Putin --since 2025-11-01 --plot putin.svg
    """
    from whosaid.store import Store
    from whosaid.timeline import format_table, plot_timeline
    from whosaid.timeline import timeline as build

    if plot and not plot.lower().endswith((".svg", ".png")):
        raise click.BadParameter("give a file name ending in .svg or .png",
                                 param_hint="--plot")
    with Store.open(db_url) as store:
        entries = build(store, speaker=speaker, search=search, since=since and since.date(),
                        until=until and until.date())
    if fmt == "jsonl":
        for e in entries:
            click.echo(json.dumps(to_json(e), ensure_ascii=False))
    else:
        click.echo(format_table(entries))
    if plot:
        click.echo(f"drew {len(entries)} entries to {plot_timeline(entries, plot)}", err=True)


def _pack_id(name: str) -> str:
    """A pack's id from an id or a pack file, with the pack's own error message if it is wrong."""
    from whosaid.issues import PackError, get_pack

    try:
        return get_pack(name).id
    except (KeyError, PackError) as exc:
        raise click.ClickException(str(exc.args[0] if isinstance(exc, KeyError) else exc)) from exc


def fetch_options(command):
    """The options ``fetch`` and ``watch`` share: where to store and how politely to fetch."""
    options = [
        click.option("--db", "db_url", help=DB_HELP),
        click.option("--warc", type=click.Path(dir_okay=False),
                     help="WARC file to write what is fetched to (appended to); default: a new "
                          "fetch-TIME.warc.gz in a folder next to the state file."),
        click.option("--state", "state_path", type=click.Path(dir_okay=False),
                     help="JSON file remembering fetched URLs, ETags and failures; default: "
                          "NAME.fetch.json next to a SQLite NAME.db, else ./whosaid.fetch.json."),
        click.option("--rate", default=1.0, show_default=True, type=click.FloatRange(min=0.001),
                     help="Requests per second to any one host (robots.txt Crawl-delay wins "
                          "when longer)."),
        click.option("--timeout", default=20.0, show_default=True,
                     help="Seconds to wait for a connection or for the next piece of an answer."),
        click.option("--retries", default=3, show_default=True, type=click.IntRange(min=0),
                     help="Tries again after a 5xx, 429 or timeout, waiting 1, 2, 4... s."),
        click.option("--max-mb", default=50.0, show_default=True,
                     help="Give up on a page larger than this many megabytes (a failure)."),
        click.option("--model", type=click.Choice(MODELS), default=DEFAULT_MODEL,
                     show_default=True, help="The statement model for the stored pages."),
        click.option("--quiet", is_flag=True, help="No progress bar."),
    ]
    for option in reversed(options):
        command = option(command)
    return issues_model_option(budget_options(command))


@main.command()
@click.argument("urls", nargs=-1, required=True)
@fetch_options
def fetch(urls: tuple[str, ...], **options) -> None:
    """Fetch web pages politely, keep them as WARC and store their statements.

    Only http and https; robots.txt is obeyed, each host is asked at most --rate times a
    second, and a page fetched before is asked for with its ETag or Last-Modified. Failures
    are listed with their URL and reason; the others go on.

    \b
    Example:
        whosaid fetch https://example.org/news/1 https://example.org/news/2 --db news.db
    """
    from whosaid.fetch import fetch_urls

    _fetch_run(options, lambda fetcher, warc: fetch_urls(urls, fetcher, fetcher.state, warc))


@main.command()
@click.argument("feeds", type=click.Path(exists=True, dir_okay=False))
@click.option("--every", type=click.FloatRange(min=0.1),
              help="Run again every this many minutes, until interrupted (default: once).")
@fetch_options
def watch(feeds: str, every: float | None, **options) -> None:
    """Read RSS, Atom feeds and XML sitemaps; fetch and store the articles not fetched yet.

    FEEDS is a YAML list of feed or sitemap URLs (or a mapping with a `feeds:` list, or
    plain lines of URLs). Fetching is as polite as `whosaid fetch`.

    \b
    Example:
        whosaid watch feeds.yaml --db news.db --every 30
    """
    import time
    from pathlib import Path

    from whosaid.fetch import read_sources, watch_once

    sources = read_sources(Path(feeds))
    while True:
        _fetch_run(options, lambda fetcher, warc: watch_once(sources, fetcher, fetcher.state,
                                                             warc))
        if every is None:
            return
        click.echo(f"next run in {every:g} minute(s); Ctrl-C stops.", err=True)
        time.sleep(every * 60)


def _fetch_run(options: dict, run) -> None:
    """Fetch with ``run(fetcher, warc_path)``, report, then store the WARC it wrote through
    the ordinary ingest run (stored articles are skipped there)."""
    from pathlib import Path

    from whosaid.fetch import Fetcher, FetchState, Limits, default_state_path, default_warc_path

    state_path = Path(options["state_path"] or default_state_path(options["db_url"]))
    warc = Path(options["warc"]) if options["warc"] else default_warc_path(state_path)
    limits = Limits(rate=options["rate"], timeout=options["timeout"],
                    retries=options["retries"], max_bytes=int(options["max_mb"] * 2**20),
                    backoff=1.0)
    with Fetcher(limits, FetchState.load(state_path)) as fetcher:
        report = run(fetcher, warc)
    click.echo(f"{report.summary()}; WARC: {warc}", err=True)
    for failure in report.failures:
        click.echo(f"  failed: {failure}", err=True)
    if report.fetched:
        _store_warc(warc, options)


def _store_warc(warc, options: dict) -> None:
    """The ``ingest`` command's run, on the WARC just written."""
    from whosaid.runs import ingest_paths
    from whosaid.store import Store

    with Store.open(options["db_url"]) as store:
        run_id, stats = ingest_paths(store, [str(warc)], None, int(options["max_mb"] * 2**20),
                                     progress=not options["quiet"], model=options["model"])
        click.echo(f"run {run_id}: {stats.articles} new article(s), {stats.duplicates} already "
                   f"stored, {stats.statements} statement(s), {stats.errors} error(s).", err=True)
        for err in store.errors(run_id)[:20]:
            click.echo(f"  failed: {err.path}#{err.record}: {err.reason}", err=True)


# ---------------------------------------------------------------- alerts: saved searches


@main.group()
def alerts() -> None:
    """Saved searches: each reports the statements stored since its last check (posting
    them to its webhook, if it has one), and is an Atom feed at /feeds/NAME.atom in
    `whosaid serve`.

    \b
    Example:
        whosaid alerts add putin-peace --speaker Putin --search "peace plan"
        whosaid alerts check              # what is new for every alert since its last check
    """


@alerts.command(name="add")
@click.argument("name")
@click.option("--speaker", help="Speaker name, alias or id (Putin finds Vladimir Putin).")
@click.option("--search", help='Full-text search, e.g. "peace plan" (all words must occur).')
@click.option("--issue", help="Tagged with this issue (PACK/ISSUE).")
@click.option("--stance", type=click.Choice(ALERT_STANCES),
              help="Taking this stance on --issue (on any issue without --issue).")
@click.option("--outlet", help="Carried by an outlet whose name contains this.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Leave out statements whose confidence is below this.")
@click.option("--webhook", help="http(s) URL that `alerts check` POSTs new statements to, "
                                "as JSON.")
@click.option("--replace", is_flag=True,
              help="Change the alert of that name; it keeps its place.")
@click.option("--include-stored", is_flag=True,
              help="The first check also reports the matching statements stored already "
                   "(by default only those stored from now on).")
@click.option("--db", "db_url", help=DB_HELP)
def alerts_add(name: str, webhook: str | None, replace: bool, include_stored: bool,
               db_url: str | None, **filters: str | float | None) -> None:
    """Save a search under NAME (letters, digits, '-', '_', '.').

    \b
    Example:
        whosaid alerts add peskov-tass --speaker Peskov --outlet TASS \\
            --webhook http://127.0.0.1:9000/hook
    """
    from whosaid.store import Store
    from whosaid.store.alerts import AlertError

    with Store.open(db_url) as store:
        try:
            alert = store.save_alert(name, webhook=webhook, replace=replace,
                                     include_stored=include_stored, **filters)
        except AlertError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"saved alert {alert.name}: {_alert_filters(alert)}; its feed: "
               f"/feeds/{alert.name}.atom", err=True)


@alerts.command(name="list")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
@click.option("--db", "db_url", help=DB_HELP)
def alerts_list(fmt: str, db_url: str | None) -> None:
    """List the saved searches: filters, webhook, last check.

    \b
    Example:
        whosaid alerts list --format jsonl
    """
    from whosaid.store import Store

    with Store.open(db_url) as store:
        found = store.alerts()
    for a in found:
        if fmt == "jsonl":
            click.echo(json.dumps(to_json(a), ensure_ascii=False))
            continue
        checked = f"checked {a.checked_at:%Y-%m-%d %H:%M}" if a.checked_at else "never checked"
        hook = f"  -> {a.webhook}" if a.webhook else ""
        click.echo(f"{click.style(a.name, bold=True)}  {_alert_filters(a)}  ({checked}){hook}")
    if not found:
        click.echo("(no alerts; add one with `whosaid alerts add NAME --speaker ...`)", err=True)


@alerts.command(name="remove")
@click.argument("name")
@click.option("--db", "db_url", help=DB_HELP)
def alerts_remove(name: str, db_url: str | None) -> None:
    """Forget a saved search.

    \b
    Example:
        whosaid alerts remove putin-peace
    """
    from whosaid.store import Store

    with Store.open(db_url) as store:
        if not store.remove_alert(name):
            raise click.ClickException(f"no alert named {name!r}; list them with "
                                       "`whosaid alerts list`.")
    click.echo(f"removed alert {name}", err=True)


@alerts.command(name="check")
@click.argument("name", required=False)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True, help="As `whosaid statements`; jsonl lines also name the alert.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds to wait for a webhook to answer.")
@click.option("--db", "db_url", help=DB_HELP)
def alerts_check(name: str | None, fmt: str, timeout: float, db_url: str | None) -> None:
    """Print what each alert (or NAME alone) matches among the statements stored since its
    last check, POST it to the alert's webhook as JSON, and mark it seen.

    A webhook that fails (no answer within --timeout, or not 2xx) is reported and the exit
    status is 1; the statements it did not take are not marked seen, so the next check
    prints and posts them again.

    \b
    Example:
        whosaid alerts check --format jsonl
    """
    from whosaid.alerts import deliver
    from whosaid.store import Store

    failed = False
    with Store.open(db_url) as store:
        if name and store.alert(name) is None:
            raise click.ClickException(f"no alert named {name!r}; list them with "
                                       "`whosaid alerts list`.")
        names = [name] if name else [a.name for a in store.alerts()]
        if not names:
            click.echo("(no alerts; add one with `whosaid alerts add NAME --speaker ...`)",
                       err=True)
        for each in names:
            news = store.new_for_alert(each)
            if fmt == "jsonl":
                for s in news.statements:
                    click.echo(json.dumps({"alert": each, **to_json(s)}, ensure_ascii=False))
            else:
                click.echo(click.style(f"{each}: {len(news.statements)} new statement(s)",
                                       bold=True))
                if news.statements:
                    print_rows(news.statements, "table", STATEMENT_COLUMNS)
            done = deliver(store, news, timeout)
            if done.error:
                failed = True
                click.echo(f"alert {each}: webhook failed: {done.error}; "
                           f"{len(news.statements) - done.delivered} statement(s) not delivered "
                           "stay new (the next check prints and posts them again).", err=True)
            elif news.alert.webhook and news.statements:
                click.echo(f"alert {each}: posted {done.delivered} statement(s) to "
                           f"{news.alert.webhook}", err=True)
    if failed:
        sys.exit(1)


def _alert_filters(alert: StoredAlert) -> str:
    shown = " ".join(f"{k.replace('_', '-')}={json.dumps(v, ensure_ascii=False)}"
                     for k, v in alert.filters().items())
    return shown or "every statement"


if __name__ == "__main__":
    main()
