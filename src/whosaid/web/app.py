"""The whosaid web app: a JSON API (documented at /docs) and server-rendered pages over a Store.

Read-only unless created with ``allow_ingest=True`` and a token; uploads are analysed in memory
and never touch the filesystem. All text reaches the browser through Jinja's autoescaping or
``markupsafe``; pages carry a Content-Security-Policy that forbids scripts altogether.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import AfterValidator, BeforeValidator, WithJsonSchema
from starlette.exceptions import HTTPException as StarletteHTTPException

from whosaid.charts import weekly_chart_svg
from whosaid.issues import Pack
from whosaid.models import DEFAULT_MODEL, MODELS, to_date
from whosaid.models import KINDS as STATEMENT_KINDS
from whosaid.store import (
    StatementFilters,
    Store,
    StoredArticle,
    StoredSpeaker,
    StoredStatement,
    to_json,
)
from whosaid.store.alerts import NAME as ALERT_NAME
from whosaid.store.records import JsonObject, Offsets
from whosaid.timeline import Entry, timeline, timeline_svg
from whosaid.trace import source_diff
from whosaid.web.feeds import MEDIA_TYPE as FEED_TYPE
from whosaid.web.feeds import atom_feed
from whosaid.web.feeds import describe as describe_alert
from whosaid.web.highlight import Mark, Role, highlight, speaker_color

if TYPE_CHECKING:
    from whosaid.runs.upload import Uploaded

HERE = Path(__file__).parent
KINDS = STATEMENT_KINDS
PAGE_SIZE = 50
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
PAGE_CSP = ("default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")
TOKEN_HEADER = "X-Whosaid-Token"
# The search form sends empty fields; they mean "no filter", not a bad date.
DATE_OR_EMPTY = r"^(\d{4}-\d{2}-\d{2})?$"
# Ids, offsets and counts are 64-bit signed integers in SQLite and PostgreSQL.
MAX_INT = 2**63 - 1
MAX_PAGE = MAX_INT // PAGE_SIZE  # so that (page - 1) * PAGE_SIZE still fits
UPLOAD_TYPES = ("text/plain", "text/html", "application/pdf")
# How a statement's speaker was resolved (``Speaker.resolution``), as the statement page says it.
RESOLUTIONS = {
    "named": "named in full",
    "apposition": "a name inside a description",
    "surname": "a short form of a name given in full in the article",
    "pronoun": "a pronoun, resolved to who it refers to",
    "role": "a title the article gives this person",
    "role_unnamed": "a role the article never ties to a name",
    "organization": "an organization, its acronym or short form",
    "group": "a group of people",
    "anonymous": "an anonymous source",
    "document": "a document",
    "carried_over": "carried over from the previous quote",
}


def _digits_only(value: Any) -> Any:
    """Numbers in a URL are ASCII digits and nothing else: not "²", "1.0", "1_000" or " 1"."""
    if isinstance(value, str) and not (value.isascii() and value.isdigit()):
        raise ValueError("must be a whole number written with the digits 0-9")
    return value


def whole(low: int, high: int = MAX_INT) -> Any:
    """The metadata of a whole-number parameter from ``low`` to ``high``: ASCII digits only and
    range-checked, so no number a database cannot hold ever reaches a query."""

    def in_range(value: int) -> int:
        if not low <= value <= high:
            raise ValueError(f"must be a whole number from {low} to {high}")
        return value

    schema = WithJsonSchema({"type": "integer", "minimum": low, "maximum": high})
    return (BeforeValidator(_digits_only), AfterValidator(in_range), schema)


Id = Annotated[int, *whole(1)]  # a database id in the path


def _blank_is_none(value: Any) -> Any:
    """A form sends an empty field as "", which means "no filter", not a bad number."""
    return None if isinstance(value, str) and not value.strip() else value


def _fraction(value: float | None) -> float | None:
    if value is not None and not 0 <= value <= 1:
        raise ValueError("must be a number from 0 to 1")
    return value


@dataclass(frozen=True)
class UploadPolicy:
    """Whether ``POST /api/articles`` is open, the token it takes, and the largest body."""

    allow: bool
    token: str | None
    max_bytes: int


def create_app(db_url: str | None, allow_ingest: bool = False, token: str | None = None,
               max_upload_bytes: int = MAX_UPLOAD_BYTES) -> FastAPI:
    """The ASGI app over the database at ``db_url``.

    With ``allow_ingest`` the app accepts ``POST /api/articles`` from requests that carry
    ``token`` in the ``X-Whosaid-Token`` header; without a token ingest cannot be enabled.
    """
    if allow_ingest and not token:
        raise ValueError("--allow-ingest needs a token (--token or WHOSAID_TOKEN)")
    app = FastAPI(title="whosaid", version="1", docs_url=None, redoc_url=None,
                  description="Who said what, when: statements from news articles, each "
                              "linked to the exact characters it came from.")
    app.state.store = Store.open(db_url)
    app.state.ingest = UploadPolicy(allow_ingest, token, max_upload_bytes)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api)
    app.include_router(pages)
    app.add_api_route("/docs", _docs, include_in_schema=False)
    app.middleware("http")(_security_headers)
    # Starlette calls each handler only with the exception class it was added for; its
    # stubs want handlers of any Exception.
    app.add_exception_handler(RequestValidationError, _invalid_request)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _server_error)
    return app


def _wants_html(request: Request) -> bool:
    """The pages answer errors with a page; the API, the docs and static files with JSON."""
    path = request.url.path
    return not path.startswith(("/api/", "/static/", "/docs", "/openapi"))


async def _invalid_request(request: Request, exc: RequestValidationError) -> Response:
    """A parameter that is not what the route takes: 422 from the API, with one sentence per
    problem that names the parameter; a 400 page (404 for a bad id in the path) for pages."""
    problems = [_problem(e) for e in exc.errors()]
    message = "; ".join(problems) + "."
    if _wants_html(request):
        in_path = any(e.get("loc", ("",))[0] == "path" for e in exc.errors())
        code = 404 if in_path else 400
        return _page(request, "error.html", code, code=code,
                     message="No such page" if in_path else f"Bad request: {message}")
    return JSONResponse({"detail": message, "errors": problems}, status_code=422)


def _problem(error: Mapping[str, Any]) -> str:
    loc = [str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body")]
    name = ".".join(loc) or "the request"
    msg = str(error.get("msg", "is not valid")).removeprefix("Value error, ")
    if error.get("type") in ("int_parsing", "int_type"):
        msg = "must be a whole number written with the digits 0-9"
    elif error.get("type") == "missing":
        msg = "is required"
    elif msg.startswith("Input should"):
        msg = msg.removeprefix("Input ")
    given = error.get("input")
    shown = f" (got {str(given)[:40]!r})" if isinstance(given, str | int | float) else ""
    return f"{name} {msg}{shown}"


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    """Errors raised on purpose (404, 413, 415...): JSON from the API, a page for pages."""
    if _wants_html(request) and exc.status_code in (400, 404, 422):
        code = 400 if exc.status_code == 422 else exc.status_code  # a bad filter on a page
        detail = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else "No such page"
        return _page(request, "error.html", code, code=code, message=str(detail))
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                        headers=getattr(exc, "headers", None))


async def _server_error(request: Request, exc: Exception) -> Response:
    """The last resort. Starlette answers unhandled errors outside the middleware stack, so
    the security headers are set here too."""
    response = JSONResponse({"detail": "Internal error: the server could not answer this "
                                       "request."}, status_code=500)
    _set_security_headers(request, response)
    return response


def _docs() -> HTMLResponse:
    # FastAPI's default docs page loads Swagger UI from a CDN; ours is vendored.
    return get_swagger_ui_html(openapi_url="/openapi.json", title="whosaid API",
                               swagger_js_url="/static/swagger-ui-bundle.js",
                               swagger_css_url="/static/swagger-ui.css",
                               swagger_favicon_url="/static/favicon.svg")


async def _security_headers(request: Request, call_next) -> Response:
    response = await call_next(request)
    _set_security_headers(request, response)
    return response


def _set_security_headers(request: Request, response: Response) -> None:
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    if request.url.path != "/docs":  # Swagger UI needs its inline start-up script
        response.headers["Content-Security-Policy"] = PAGE_CSP


def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


def statement_filters(
    speaker: Annotated[str | None, Query(description="Speaker name, alias or id")] = None,
    search: Annotated[str | None, Query(description="Words in the statement (full text)")] = None,
    since: Annotated[str | None, Query(description="Said on or after (YYYY-MM-DD)",
                                       pattern=DATE_OR_EMPTY)] = None,
    until: Annotated[str | None, Query(description="Said on or before (YYYY-MM-DD)",
                                       pattern=DATE_OR_EMPTY)] = None,
    kind: Annotated[str | None, Query(description="direct, mixed, indirect or question")] = None,
    outlet: Annotated[str | None, Query(description="Outlet name")] = None,
    issue: Annotated[str | None, Query(description="Issue (topic) name")] = None,
    min_confidence: Annotated[float | None, BeforeValidator(_blank_is_none),
                              AfterValidator(_fraction), Query( description="Leave out statements with a lower confidence (0 to 1)")] = None,
) -> StatementFilters:
    """The filters shared by the CLI, the JSON API and the statement list page."""
    if speaker and speaker.isascii() and speaker.isdigit() and \
            (len(speaker) > 19 or int(speaker) > MAX_INT):
        raise HTTPException(422, f"speaker given as an id must be a whole number from 0 to "
                                 f"{MAX_INT} (got {speaker[:40]!r}).")
    filters = StatementFilters()
    if speaker:
        filters["speaker"] = speaker
    if search:
        filters["search"] = search
    if day := _day(since):
        filters["since"] = day
    if day := _day(until):
        filters["until"] = day
    if kind:
        filters["kind"] = kind
    if outlet:
        filters["outlet"] = outlet
    if issue:
        filters["issue"] = issue
    if min_confidence is not None:
        filters["min_confidence"] = min_confidence
    return filters


def _day(value: str | None) -> date | None:
    day = to_date(value)
    if value and day is None:  # "last week", or "2025-13-45": the right shape but no date
        raise HTTPException(422, f"Not a date: {value}")
    return day


Filters = Annotated[StatementFilters, Depends(statement_filters)]

# ---------------------------------------------------------------- JSON API

api = APIRouter(prefix="/api", tags=["api"])


@api.get("/statements", summary="Statements, filtered and paginated, newest first")
def api_statements(store: StoreDep, filters: Filters,
                   limit: Annotated[int, *whole(1, 500), Query()] = PAGE_SIZE,
                   offset: Annotated[int, *whole(0), Query()] = 0) -> JsonObject:
    found = store.statements(**filters, limit=limit, offset=offset)
    return {"limit": limit, "offset": offset, "statements": to_json(found)}


@api.get("/statements/{statement_id}", summary="One statement with its spans and source")
def api_statement(store: StoreDep, statement_id: Id) -> JsonObject:
    return _found(store.statement(statement_id), "statement")


@api.get("/statements/{statement_id}/sources",
         summary="The passages of stored transcripts, interviews and readouts a statement "
                 "was traced to, best first, with the words that differ")
def api_statement_sources(store: StoreDep, statement_id: Id) -> JsonObject:
    statement = store.statement(statement_id)
    if statement is None:
        raise HTTPException(404, "No such statement.")
    found = []
    for src in store.sources(statement_id):
        news, original = source_diff(statement.text, src)
        found.append({**to_json(src), "across_languages": src.across_languages,
                      "diff": {"news": [list(r) for r in news],
                               "original": [list(r) for r in original]}})
    return {"statement_id": statement_id, "sources": found}


@api.get("/speakers", summary="Every speaker")
def api_speakers(store: StoreDep) -> list[JsonObject]:
    return to_json(store.speakers())


@api.get("/speakers/{speaker_id}", summary="One speaker with aliases")
def api_speaker(store: StoreDep, speaker_id: Id) -> JsonObject:
    return _found(store.speaker(speaker_id), "speaker")


@api.get("/articles/{article_id}", summary="One article: clean text, statements and spans")
def api_article(store: StoreDep, article_id: str) -> JsonObject:
    return _found(store.article(article_id), "article")


@api.get("/search", summary="Full-text search over statements")
def api_search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=500)],
               limit: Annotated[int, *whole(1, 500), Query()] = PAGE_SIZE) -> JsonObject:
    return {"q": q, "statements": to_json(store.search(q, limit=limit))}


@api.post("/articles", status_code=201, summary="Analyse and store an uploaded article",
          description="Only when the server runs with --allow-ingest; send the token in the "
                      f"{TOKEN_HEADER} header and the article as the raw request body "
                      "(text/plain, text/html or application/pdf); ?model=fast for the "
                      "rules instead of the trained model. 201 when stored, 200 when "
                      "the same text was already stored.")
async def api_upload(request: Request, response: Response, store: StoreDep) -> JsonObject:
    conf: UploadPolicy = request.app.state.ingest
    _check_token(conf, request.headers.get(TOKEN_HEADER))
    _check_encoding(request.headers.get("content-encoding"))
    media_type = request.headers.get("content-type", "text/plain").split(";")[0].strip().lower()
    if media_type not in UPLOAD_TYPES:
        raise HTTPException(415, "Send text/plain, text/html or application/pdf.")
    body = await _read_limited(request, conf.max_bytes)
    _check_body(body, media_type)
    model = request.query_params.get("model", DEFAULT_MODEL)
    if model not in MODELS:
        raise HTTPException(422, f"model must be one of {', '.join(MODELS)}")
    done = await run_in_threadpool(_ingest_upload, store, body, media_type, model)
    if not done.new:
        response.status_code = 200  # the same text was stored before; nothing changed
    return {"id": done.id, "new": done.new, "statements": done.statements}


def _check_token(conf: UploadPolicy, given: str | None) -> None:
    if not conf.allow or not conf.token:
        raise HTTPException(403, "This server is read-only; start it with --allow-ingest.")
    if not given or not hmac.compare_digest(given.encode(), conf.token.encode()):
        raise HTTPException(401, f"Missing or wrong {TOKEN_HEADER} header.")


async def _read_limited(request: Request, max_bytes: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isascii() and declared.isdigit() and int(declared) > max_bytes:
        raise HTTPException(413, f"Article larger than {max_bytes} bytes.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:  # a lying or absent Content-Length must not get past the limit
            raise HTTPException(413, f"Article larger than {max_bytes} bytes.")
        chunks.append(chunk)
    if not size:
        raise HTTPException(422, "Empty body: send the article as the request body.")
    return b"".join(chunks)


def _check_encoding(encoding: str | None) -> None:
    """Bodies are read as sent: a compressed one would be analysed as if it were text."""
    codings = [c.strip().lower() for c in (encoding or "").split(",") if c.strip()]
    if any(c != "identity" for c in codings):
        raise HTTPException(415, f"Content-Encoding {encoding!r} is not accepted: send the "
                                 "article uncompressed, without a Content-Encoding header.")


def _check_body(body: bytes, media_type: str) -> None:
    """The body must be what its Content-Type says: gzip, an archive or an image sent as
    text/plain would otherwise be analysed as a megabyte of binary "text"."""
    from whosaid.ingest.sniff import GZIP, PDF, WARC, sniff

    found = sniff(body[:4096])
    what = {GZIP: "gzip-compressed data (send it uncompressed)", WARC: "a WARC archive",
            PDF: "a PDF (send it as application/pdf)"}.get(found)
    if found.startswith("unknown: "):
        what = found.removeprefix("unknown: ")
    if media_type == "application/pdf" and found != PDF:
        raise HTTPException(415, "The body is not a PDF: it does not start with %PDF-.")
    if media_type != "application/pdf" and what:
        raise HTTPException(415, f"The body is {what}, not {media_type}.")
    if media_type != "application/pdf" and b"\x00" in body[:4096] and \
            not body.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise HTTPException(415, f"The body is binary data (it holds NUL bytes), not {media_type}.")


def _ingest_upload(store: Store, body: bytes, media_type: str, model: str) -> Uploaded:
    # Imported here so a read-only server never loads the language pipeline.
    from whosaid.ingest import ReadError
    from whosaid.runs.upload import ingest_upload

    try:
        return ingest_upload(store, body, media_type, model)
    except ReadError as exc:
        raise HTTPException(422, f"Could not read the article: {exc}") from exc


def _found(record: StoredStatement | StoredSpeaker | StoredArticle | None,
           what: str) -> JsonObject:
    if record is None:
        raise HTTPException(404, f"No such {what}.")
    return to_json(record)

# ---------------------------------------------------------------- pages

pages = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
templates = Jinja2Templates(directory=HERE / "templates")


def _web_url(url: str | None) -> bool:
    """Whether a stored link may be rendered as a link: http(s) only, and it must parse."""
    try:
        return bool(url) and urlsplit(url).scheme in ("http", "https")
    except ValueError:  # "http://[::1" from a broken page
        return False


templates.env.tests["web_url"] = _web_url


def _page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def _not_found(request: Request, what: str) -> HTMLResponse:
    return _page(request, "error.html", 404, code=404, message=f"No such {what}")


@pages.get("/")
def home(request: Request, store: StoreDep, filters: Filters) -> HTMLResponse:
    latest = store.statements(limit=20)
    return _page(request, "home.html", filters=filters, kinds=KINDS, latest=latest,
                 alerts=[(a.name, describe_alert(a)) for a in store.alerts()])


@pages.get("/feeds/{name}.atom", response_model=None)
def alert_feed(request: Request, store: StoreDep, name: str) -> Response:
    """A saved search (``whosaid alerts add``) as an Atom feed of its latest statements."""
    found = store.alert_feed(name, limit=PAGE_SIZE) if ALERT_NAME.fullmatch(name) else None
    if found is None:
        return _not_found(request, "saved search")
    listed = {k: v for k, v in found.alert.filters().items() if k != "stance"}
    body = atom_feed(found, str(request.url.replace(query=None, fragment=None)),
                     str(request.url_for("statement_list").include_query_params(**listed)),
                     lambda i: str(request.url_for("statement_page", statement_id=i)),
                     _web_url)
    return Response(body, media_type=FEED_TYPE)


@pages.get("/statements")
def statement_list(request: Request, store: StoreDep, filters: Filters,
                   page: Annotated[int, *whole(1, MAX_PAGE), Query()] = 1) -> HTMLResponse:
    rows = store.statements(**filters, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)

    def link(p: int) -> str:
        return "/statements?" + urlencode({**filters, "page": p})
    return _page(request, "statements.html", filters=filters, kinds=KINDS, page=page,
                 rows=rows[:PAGE_SIZE], prev_url=link(page - 1) if page > 1 else None,
                 next_url=link(page + 1) if len(rows) > PAGE_SIZE else None)


@pages.get("/statements/{statement_id}")
def statement_page(request: Request, store: StoreDep, statement_id: Id) -> HTMLResponse:
    s = store.statement(statement_id)
    if s is None:
        return _not_found(request, "statement")
    mention = " … ".join((s.article_text or "")[a:b] for a, b in s.mention)
    how = RESOLUTIONS.get(s.speaker_resolution or "", s.speaker_resolution)
    sources = [(src, *(diff_markup(runs) for runs in source_diff(s.text, src)))
               for src in store.sources(statement_id)]
    return _page(request, "statement.html", s=s, context=in_context(s), mention=mention,
                 resolution=how, sources=sources)


def diff_markup(runs: list[tuple[str, bool]]) -> Markup:
    """Word runs (``whosaid.trace.word_diff``) as escaped HTML, the differing ones marked."""
    return Markup("").join(Markup('<mark class="diff">{}</mark>').format(text) if differs
                           else Markup("{}").format(text) for text, differs in runs)


@pages.get("/articles/{article_id}")
def article_page(request: Request, store: StoreDep, article_id: str) -> HTMLResponse:
    a = store.article(article_id)
    if a is None:
        return _not_found(request, "article")
    body = highlight(a.text, article_marks(a.statements))
    return _page(request, "article.html", a=a, body=body, legend=_legend(a.statements))


@pages.get("/speakers")
def speaker_list(request: Request, store: StoreDep) -> HTMLResponse:
    return _page(request, "speakers.html", speakers=store.speakers())


@pages.get("/speakers/{speaker_id}")
def speaker_page(request: Request, store: StoreDep, speaker_id: Id) -> HTMLResponse:
    sp = store.speaker(speaker_id)
    if sp is None:
        return _not_found(request, "speaker")
    rows = store.statements(speaker=speaker_id, limit=None)[::-1]  # oldest first
    days = [s.date for s in rows if s.date]
    chart = weekly_chart_svg(days, label=f"Statements per week by {sp.name}")
    entries, drawing = _timeline(store, f"Timeline of {sp.name}", speaker=speaker_id)
    return _page(request, "speaker.html", sp=sp, rows=rows, chart=chart, entries=entries,
                 drawing=drawing)


@pages.get("/timeline")
def timeline_page(request: Request, store: StoreDep, filters: Filters) -> HTMLResponse:
    # the timeline filters statements and events alike: by speaker, words and dates only
    shown = filters.copy()
    shown.pop("kind", None)
    shown.pop("outlet", None)
    shown.pop("issue", None)
    shown.pop("min_confidence", None)
    entries, drawing = _timeline(store, "Timeline of statements and events",
                                 shown.get("speaker"), shown.get("search"), shown.get("since"),
                                 shown.get("until"))
    return _page(request, "timeline.html", filters=shown, entries=entries, drawing=drawing)


def _timeline(store: Store, label: str, speaker: str | int | None = None,
              search: str | None = None, since: date | None = None,
              until: date | None = None) -> tuple[list[Entry], Markup]:
    entries = timeline(store, speaker, search, since, until)
    return entries, timeline_svg(entries, label=label)


@pages.get("/positions")
def positions_page(request: Request, store: StoreDep,
                   pack: Annotated[str | None, Query(max_length=100)] = None,
                   since: Annotated[str | None, Query(pattern=DATE_OR_EMPTY)] = None,
                   until: Annotated[str | None, Query(pattern=DATE_OR_EMPTY)] = None,
                   min_confidence: Annotated[float | None, BeforeValidator(_blank_is_none),
                                             AfterValidator(_fraction), Query()] = None,
                   ) -> HTMLResponse:
    from whosaid.issues.positions import SHIFT_CONFIDENCE, positions, shifts

    packs = _packs()
    chosen = packs.get(pack or "") or next(iter(packs.values()), None)
    if chosen is None:
        return _page(request, "error.html", 404, code=404, message="No topic packs installed")
    rows = store.statements(since=_day(since), until=_day(until), limit=None)
    cells = positions(rows, chosen.id)
    sure = SHIFT_CONFIDENCE if min_confidence is None else min_confidence
    changes = shifts(rows, chosen.id, sure)
    ids = {r.speaker: r.speaker_id for r in rows if r.speaker_id}
    speakers = sorted({c.speaker for c in cells})
    return _page(request, "positions.html", packs=packs, pack=chosen, speakers=speakers,
                 ids=ids, cells={(c.speaker, c.issue): c for c in cells},
                 issues=[(f"{chosen.id}/{i.id}", i) for i in chosen.issues],
                 labels={f"{chosen.id}/{i.id}": i.label for i in chosen.issues},
                 since=since or "", until=until or "", min_confidence=f"{sure:g}",
                 changes=changes)


@pages.get("/compare")
def compare_page(request: Request, store: StoreDep,
                 a: Annotated[str | None, Query(max_length=200)] = None,
                 b: Annotated[str | None, Query(max_length=200)] = None,
                 issue: Annotated[str | None, Query(max_length=200)] = None) -> HTMLResponse:
    from whosaid.issues.positions import dominant_stance

    packs = _packs()
    labels = {f"{p.id}/{i.id}": f"{p.label}: {i.label}" for p in packs.values() for i in p.issues}
    sides = []
    if issue in labels:
        for who in (a, b):
            if not who:
                continue
            rows = store.statements(speaker=who, issue=issue, limit=None)[::-1]  # oldest first
            stances = [r.stance_on(issue) or "neutral" for r in rows]
            sides.append(Side(who, list(zip(rows, stances, strict=True)),
                              dominant_stance(stances)))
    return _page(request, "compare.html", a=a or "", b=b or "", issue=issue or "",
                 labels=labels, packs=packs, sides=sides,
                 unknown_issue=bool(issue) and issue not in labels)


@dataclass(frozen=True)
class Side:
    """One speaker's side of a comparison: their statements on the issue, oldest first, each
    with its stance, and their dominant stance."""

    who: str
    rows: list[tuple[StoredStatement, str]]
    stance: str


def _packs() -> dict[str, Pack]:
    # Only packs installed on the server: a page must never load a file named in a request.
    from whosaid.issues import default_packs

    return {p.id: p for p in default_packs()}


def in_context(s: StoredStatement, pad: int = 300) -> Markup:
    """The statement highlighted inside the stretch of article text around it."""
    text, spans = s.article_text or "", s.content
    if not spans:
        return Markup("")
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    start, end = max(0, first - pad), min(len(text), last + pad)
    # Cut at spaces so the excerpt starts and ends on whole words.
    if start and (cut := text.find(" ", start, first)) >= 0:
        start = cut + 1
    if end < len(text) and (cut := text.rfind(" ", last, end)) >= 0:
        end = cut
    sid, who, name = str(s.id), _str(s.speaker_id), s.speaker
    marks = [Mark(a - start, b - start, role, sid, who, name)
             for role, pairs in _roles(s) for a, b in pairs if start <= a and b <= end]
    return (Markup("… " if start else "") + highlight(text[start:end], marks)
            + Markup(" …" if end < len(text) else ""))


def article_marks(statements: list[StoredStatement]) -> list[Mark]:
    """Every content span and speaker mention of an article's statements, as highlights."""
    return [Mark(a, b, role, str(s.id), _str(s.speaker_id), s.speaker)
            for s in statements for role, pairs in _roles(s) for a, b in pairs]


def _roles(s: StoredStatement) -> list[tuple[Role, Offsets]]:
    """A statement's spans to highlight: what was said, and the words naming who said it."""
    return [("content", s.content), ("speaker", s.mention)]


@dataclass
class LegendEntry:
    """One speaker of an article: who, how many statements, the colour of their highlights."""

    id: int | None
    name: str
    count: int
    color: int


def _legend(statements: list[StoredStatement]) -> list[LegendEntry]:
    seen: dict[int | str, LegendEntry] = {}
    for s in statements:
        name = s.speaker or "unknown speaker"
        entry = seen.setdefault(s.speaker_id or name, LegendEntry(
            s.speaker_id, name, 0, speaker_color(_str(s.speaker_id))))
        entry.count += 1
    return sorted(seen.values(), key=lambda e: -e.count)


def _str(value: int | None) -> str | None:
    return None if value is None else str(value)
