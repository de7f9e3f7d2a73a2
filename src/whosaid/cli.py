"""The ``whosaid`` command: a thin skin over the library. Each command parses options,
calls the library and prints. Run ``whosaid COMMAND --help`` for examples."""

from __future__ import annotations

import json
import sys

import click

from whosaid.ingest import iter_documents
from whosaid.models import Article, Failure
from whosaid.pipeline import analyze_many

MAX_BYTES_HELP = "Skip files larger than this many megabytes (recorded as a failure)."


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="whosaid")
def main() -> None:
    """whosaid: who said what, when, about what, with every statement linked to its source."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table",
              show_default=True)
@click.option("--strict", is_flag=True, help="Exit non-zero if any input failed.")
@click.option("--max-mb", default=50.0, show_default=True, help=MAX_BYTES_HELP)
def extract(paths: tuple[str, ...], fmt: str, strict: bool, max_mb: float) -> None:
    """Analyse articles and print them with their statements, storing nothing.

    PATHS are files (text, HTML, PDF, JSONL, WARC, WARC.gz), directories, or - for stdin.

    \b
    Example:
        whosaid extract examples/ --format jsonl
    """
    failures: list[Failure] = []
    n_articles = 0
    docs = iter_documents(paths, max_bytes=int(max_mb * 1024 * 1024))
    for item in analyze_many(docs):
        if isinstance(item, Failure):
            failures.append(item)
            continue
        n_articles += 1
        if fmt == "jsonl":
            click.echo(json.dumps(item.to_dict(), ensure_ascii=False))
        else:
            click.echo(render_table(item))
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
    """Print the end-of-batch summary to stderr; exit non-zero on failures when strict."""
    click.echo(f"{n_ok} article(s) read, {len(failures)} failed.", err=True)
    for f in failures:
        click.echo(f"  failed: {f}", err=True)
    if strict and failures:
        sys.exit(1)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@main.command(name="eval")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--by-kind/--no-by-kind", default=True, show_default=True,
              help="Break the scores down by direct / mixed / indirect.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False), default=None,
              help="Also write missed / spurious / misattributed statements here (JSONL).")
def eval_(path: str, limit: int | None, fmt: str, by_kind: bool, errors_path: str | None) -> None:
    """Score whosaid against a PolNeAR JSONL file (attributions with gold spans).

    \b
    Example:
        whosaid eval ../shared/data/polnear/dev.jsonl --limit 20
        whosaid eval ../shared/data/polnear/dev.jsonl --errors errors.jsonl
    """
    from whosaid.eval.report import render
    from whosaid.eval.run import evaluate

    result = evaluate(path, limit=limit, with_errors=errors_path is not None)
    if errors_path:
        with open(errors_path, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in result.errors)
    summary = result.summary()
    if fmt == "json":
        click.echo(json.dumps(summary, indent=2))
    else:
        click.echo(render(summary, by_kind=by_kind))


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


if __name__ == "__main__":
    main()
