"""Fixtures shared by the whole suite. Each concern adds its own below, in its own block."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
USER_ARTICLE = EXAMPLES / "moscowtimes-2025-11-27-putin-peace-plan.txt"
# CI clones the repo with ../shared beside it; the PolNeAR corpus lives there, never in the repo.
POLNEAR = REPO.parent / "shared" / "data" / "polnear"


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline, loaded once for the whole test session."""
    from whosaid.nlp import load_nlp

    return load_nlp()


# ---------------------------------------------------------------- store: PostgreSQL for real


def _postgres_bin() -> Path | None:
    """The newest installed PostgreSQL server's bin directory (Debian layout), if any."""
    import shutil

    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _as_postgres(cmd: list[str]) -> list[str]:
    """initdb and pg_ctl refuse to run as root: run them as the postgres user then."""
    import os

    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory):
    """A throwaway PostgreSQL cluster on 127.0.0.1 and a free port; yields its base URL."""
    import shutil
    import socket
    import subprocess
    import tempfile

    pg_bin = _postgres_bin()
    if pg_bin is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed; "
                    "`make system-deps` installs Debian's postgresql")
    base = Path(tempfile.mkdtemp(prefix="whosaid-pg-"))
    if _as_postgres([])[:1] == ["runuser"]:
        shutil.chown(base, "postgres", "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data, log = base / "data", base / "log"
    server = f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync=off"

    def run(tool: str, *args: str, check: bool = True) -> None:
        subprocess.run(_as_postgres([str(pg_bin / tool), *args]), check=check,
                       capture_output=True)

    run("initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
        "--no-locale", "--no-sync")
    run("pg_ctl", "-D", str(data), "-l", str(log), "-w", "-t", "30", "-o", server, "start")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        run("pg_ctl", "-D", str(data), "-m", "fast", "-w", "stop", check=False)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server, request) -> str:
    """A fresh, empty database on the throwaway server for one test."""
    import re

    import psycopg

    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:50]
    with psycopg.connect(f"{postgres_server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{postgres_server}/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """The same store test runs against both backends: an SQLite file and real PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'whosaid.db'}"
    return request.getfixturevalue("postgres_url")


# ---------------------------------------------------------------- views: a store of the examples


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory) -> str:
    """A SQLite store built by ``whosaid ingest examples/``, shared by the view tests."""
    from click.testing import CliRunner

    from whosaid.cli import main

    url = f"sqlite:///{tmp_path_factory.mktemp('views') / 'examples.db'}"
    result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", url, "--quiet"])
    assert result.exit_code == 0, result.output
    return url


def pytest_collection_modifyitems(items):
    """Mark what needs a server or a browser, so ``make test-fast`` can leave it out."""
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "postgres_server" in item.fixturenames or "postgres_url" in item.fixturenames \
                or params.get("db_url") == "postgresql":
            item.add_marker("postgres")
        if item.path.name == "test_web_browser.py":
            item.add_marker("browser")
