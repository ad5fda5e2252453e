"""The HTTP API: the saved queries, entity pages, search, graph views and uploads, over one store.

``create_app(config)`` builds the app; ``app_from_env()`` is the factory each uvicorn worker calls
(``chidao serve`` puts its options in the environment). Every saved query gets its own
``GET /queries/{name}`` route, generated from the catalogue with typed parameters, so the OpenAPI
document says what each takes. No client text ever becomes Cypher: saved and fixed statements
only, values as parameters. Errors are JSON ``{"error": "<a sentence>"}``.
"""

from __future__ import annotations

import datetime as dt
import gc
import inspect
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, File, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import APIKeyHeader
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.server_config import API_KEY_HEADER, ServerConfig
from api.server_fastpath import (
    FastPath,
    JSONResponse,
    Route,
    answer_query,
    entity_page,
    error_response,
    query_route,
    search_route,
)
from api.server_reads import Reads
from api.server_upload import ALLOWED_SUFFIXES, ApiError, UploadGuard, check_write_key, ingest_upload
from graph.store import CypherStore, StoreError, open_store, store_description
from queries import NotFound, Param, QueryError, SavedQuery, catalogue, views
from queries.params import MAX_INT, MAX_TEXT
from queries.resolve import resolve

log = logging.getLogger("chidao.api")
GC_THRESHOLD = 20_000  # allocations between two collections of young objects (Python's default: 700)


class ErrorBody(BaseModel):
    error: str


class QueryResult(BaseModel):
    query: str
    count: int
    rows: list[dict[str, Any]]


class GraphView(BaseModel):
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    truncated_at_paths: int


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in (
        (400, "A parameter cannot be used as given"),
        (404, "Nothing in the graph matches"),
        (422, "A parameter has the wrong form"),
        (503, "The store cannot be reached"),
    )
}


# module level: FastAPI resolves the (postponed) annotations of endpoints in this module's globals
key_header = APIKeyHeader(name=API_KEY_HEADER, auto_error=False, description="Needed for every write.")


def _store(request: Request) -> CypherStore:
    store: CypherStore = request.app.state.store
    return store


def _reads(request: Request) -> Reads:
    reads: Reads = request.app.state.reads
    return reads


def _json(content: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(content, status_code=status)


def create_app(config: ServerConfig, *, fast_path: bool = True) -> FastAPI:
    """The app; ``fast_path=False`` leaves every request to FastAPI (api.server_fastpath), for comparison."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = open_store(config.store)
        app.state.reads = Reads(app.state.store)
        # A request allocates thousands of lists and dicts (rows) and leaves no cycle behind; with
        # the default thresholds the collector ran several times a request and scanned the app's
        # own objects again each time: they are set aside, and young objects collected less often
        gc.collect()
        gc.freeze()
        gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
        try:
            yield
        finally:
            app.state.reads.close()
            app.state.store.close()

    app = FastAPI(
        title="chidao",
        summary="Who instructed whom: the accountability graph of Vietnamese government documents.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.config = config
    _errors(app)
    # routes are matched in the order they are added, one test each: the saved queries, most of
    # what is asked, come first
    fast: dict[str, Route] = dict([search_route()])
    for query in catalogue().values():
        path, route = query_route(query, _query_route(app, query))
        fast[path] = route
    _routes(app, config)
    from api.server_views import router as views  # the explorer and briefing routes

    app.include_router(views)
    if fast_path:
        app.add_middleware(FastPath, routes=fast)
    app.add_middleware(UploadGuard, config=config)
    if config.cors_origins:  # off unless configured: browsers on other origins get no access
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(config.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=[API_KEY_HEADER, "Content-Type"],
        )
    return app


def app_from_env() -> FastAPI:
    return create_app(ServerConfig.from_env())


def _errors(app: FastAPI) -> None:
    # ApiError, NotFound, QueryError and StoreError are answered as api.server_fastpath answers them
    async def known(request: Request, exc: Exception) -> JSONResponse:
        response = error_response(exc)
        assert response is not None  # registered for these types only
        return response

    for kind in (ApiError, NotFound, QueryError, StoreError):
        app.add_exception_handler(kind, known)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _json({"error": _validation_sentence(exc)}, 422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = {404: f"There is nothing at {request.url.path}; GET /queries lists what there is."}.get(
            exc.status_code, str(exc.detail)
        )
        if exc.status_code == 405:
            message = f"{request.method} is not accepted at {request.url.path}."
        return _json({"error": message}, exc.status_code)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return _json({"error": "The server failed to answer; the error is in its log."}, 500)


def _validation_sentence(exc: RequestValidationError) -> str:
    sentences = []
    for error in exc.errors()[:3]:
        where = [str(x) for x in error.get("loc", ()) if x not in ("query", "path", "body", "header")]
        name = where[-1] if where else "the request"
        if error.get("type") == "missing":
            sentences.append(f"The parameter {name} is required.")
            continue
        message = str(error.get("msg", "it is not valid")).rstrip(".")
        sentences.append(f"The parameter {name} is not valid: {message[:1].lower()}{message[1:]}.")
    return " ".join(sentences) or "The request is not valid."


def _routes(app: FastAPI, config: ServerConfig) -> None:
    # the routes that read the store in a request or two are coroutines: they read it on the event
    # loop (api.server_reads), not in a thread each; the others (graph views, uploads) keep threads
    @app.get("/health", summary="Whether the server and its store answer")
    async def health(request: Request) -> JSONResponse:
        await _reads(request).query("RETURN 1 AS ok")
        return _json({"status": "ok", "store": store_description(config.store)})

    @app.get("/queries", summary="The catalogue of saved queries and their parameters")
    def queries_list() -> JSONResponse:
        return _json([q.as_dict() for q in catalogue().values()])

    @app.get(
        "/entities/{entity_id:path}", summary="One node with its sources, quotes and relationships", responses=ERRORS
    )
    async def entity(request: Request, entity_id: str) -> JSONResponse:
        return _json(await entity_page(_reads(request), entity_id))

    @app.get(
        "/search",
        summary="Full-text search, insensitive to case and diacritics",
        responses={200: {"model": QueryResult, "description": "The matching nodes"}, **ERRORS},
    )
    async def search(
        request: Request,
        q: Annotated[str, Query(min_length=1, max_length=MAX_TEXT, description="The words to find.")],
        limit: Annotated[int, Query(ge=1, le=MAX_INT, description="At most this many rows.")] = 50,
    ) -> JSONResponse:
        return _json(await answer_query(_reads(request), "search", {"q": q, "limit": str(limit)}))

    @app.get(
        "/graph",
        summary="Nodes and edges around an entity, for drawing",
        responses={200: {"model": GraphView, "description": "Nodes and edges"}, **ERRORS},
    )
    def graph(
        request: Request,
        focus: Annotated[
            str, Query(min_length=1, max_length=MAX_TEXT, description="A name, number or id of anything in the graph.")
        ],
        depth: Annotated[int, Query(ge=1, le=views.MAX_DEPTH, description="Steps out from the focus.")] = 1,
    ) -> JSONResponse:
        store = _store(request)
        ids = resolve(store, Param("focus", "entity", "the node to centre on"), focus)
        return _json(views.neighbourhood(store, ids, depth))

    @app.post(
        "/documents",
        summary="Upload a report: it is extracted and stored, and its summary returned",
        description=f"Multipart field `file`: one of {', '.join(ALLOWED_SUFFIXES)}, at most "
        f"{config.max_upload_bytes // (1024 * 1024)} MB. Needs the {API_KEY_HEADER} header.",
        responses={
            **ERRORS,
            401: {"model": ErrorBody, "description": "No API key, or the wrong one"},
            403: {"model": ErrorBody, "description": "The server takes no writes"},
            413: {"model": ErrorBody, "description": "The file is too large"},
            415: {"model": ErrorBody, "description": "Not a document type chidao reads"},
            429: {"model": ErrorBody, "description": "Too many uploads from this address (see Retry-After)"},
            507: {"model": ErrorBody, "description": "The server's disk is full: nothing was stored"},
        },
    )
    async def upload(
        request: Request,
        file: Annotated[UploadFile, File(description="The report.")],
        api_key: Annotated[str | None, Depends(key_header)] = None,
    ) -> JSONResponse:
        check_write_key(config, api_key)
        data = await file.read(config.max_upload_bytes + 1)
        summary = await run_in_threadpool(ingest_upload, _store(request), config, file.filename, data)
        return _json(summary, 201)


# what each parameter type is in the OpenAPI document
_BASE_TYPES: dict[str, Any] = {"int": int, "date": dt.date}


def _annotation(param: Param) -> Any:
    base = _BASE_TYPES.get(param.kind, str)
    if not param.required:
        base = base | None
    if param.kind == "int":
        return Annotated[base, Query(alias=param.name, ge=1, le=MAX_INT, description=param.help())]
    if param.kind == "date":
        return Annotated[base, Query(alias=param.name, description=param.help())]
    return Annotated[base, Query(alias=param.name, min_length=1, max_length=MAX_TEXT, description=param.help())]


def _query_route(app: FastAPI, query: SavedQuery) -> dict[str, Any]:
    """Add the route of ``query``; the default of each of its parameters, as the endpoint receives it."""

    async def endpoint(request: Request, **given: Any) -> JSONResponse:
        text = {p.name: _as_text(given[_py(p)]) for p in query.params}
        return _json(await answer_query(_reads(request), query.name, text))

    parameters = [inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request)]
    defaults = {}
    for p in query.params:
        defaults[p.name] = None if p.required else _as_text(_typed_default(p))
        default = inspect.Parameter.empty if p.required else _typed_default(p)
        parameters.append(
            inspect.Parameter(_py(p), inspect.Parameter.KEYWORD_ONLY, annotation=_annotation(p), default=default)
        )
    # FastAPI reads the parameters from the signature: one typed query parameter per saved-query parameter
    endpoint.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    endpoint.__name__ = f"query_{query.name}"
    app.get(
        f"/queries/{query.name}",
        summary=query.description,
        description=f"Each row: {query.row}.",
        responses={200: {"model": QueryResult, "description": "The rows"}, **ERRORS},
        tags=["saved queries"],
    )(endpoint)
    return defaults


def _py(param: Param) -> str:
    return f"p_{param.name}"  # "from" is a Python keyword; the alias keeps the public name


def _typed_default(param: Param) -> Any:
    if param.default is None or param.default == "today":
        return None  # the runner fills "today" in at the time of the request
    return int(param.default) if param.kind == "int" else param.default


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
