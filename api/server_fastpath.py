"""The reads most asked of the server, answered without FastAPI's request machinery when they are plain.

``GET /queries/{name}``, ``GET /search`` and ``GET /entities/{id}`` are FastAPI routes: they make the
OpenAPI document, and FastAPI validates what they are sent and words every error. Matching a path
against every route, solving each route's dependencies and validating each parameter with pydantic
cost the server more CPU than the rest of a request (``benchmarks/bench_queries.py``), so
``FastPath``, an ASGI middleware in front of FastAPI, answers a request itself when there is nothing
to decide about it: each parameter given once, as plain text within its length, a whole number as
digits within its range, a date as YYYY-MM-DD. Anything else (a parameter missing, empty, repeated
or written another way, another method, a path with a trailing slash) goes on to FastAPI, which
answers it as it always did. Both call the same handlers below and answer with the same JSON and the
same error sentences.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import orjson
from fastapi.responses import JSONResponse as _StarletteJSON
from starlette.types import ASGIApp, Receive, Scope, Send

from api.server_reads import Reads
from api.server_upload import ApiError
from graph.store import StoreError
from queries import NotFound, Param, QueryError, SavedQuery, views
from queries.params import MAX_INT, MAX_TEXT
from queries.runner import run_steps

log = logging.getLogger("chidao.api")

ENTITIES = "/entities/"


class JSONResponse(_StarletteJSON):
    """Starlette's JSON answer written by orjson: the same JSON (compact, UTF-8) in a fifth of the
    time of the standard library's encoder, which took a tenth of the server's CPU on a request."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


async def answer_query(reads: Reads, name: str, given: dict[str, str | None]) -> dict[str, Any]:
    """The body of ``GET /queries/{name}`` (and of ``/search``): the rows of a saved query."""
    rows = await reads.run(run_steps(reads.store.dialect, name, given))
    return {"query": name, "count": len(rows), "rows": rows}


async def entity_page(reads: Reads, entity_id: str) -> dict[str, Any]:
    """The body of ``GET /entities/{id}``."""
    found = await reads.run(views.entity_steps(entity_id))
    if found is None:
        raise ApiError(404, f"There is no node with the id {entity_id!r} in the graph.")
    return found


def error_response(exc: Exception) -> JSONResponse | None:
    """The answer to an error a handler raised, as the app's exception handlers give it; None for
    an error that is not the client's or the store's (the server's own failure)."""
    if isinstance(exc, ApiError):
        return JSONResponse({"error": exc.message}, status_code=exc.status)
    if isinstance(exc, NotFound):
        return JSONResponse({"error": str(exc)}, status_code=404)
    if isinstance(exc, QueryError):
        return JSONResponse({"error": str(exc)}, status_code=400)
    if isinstance(exc, StoreError):
        log.error("store error: %s", exc)
        return JSONResponse({"error": str(exc)}, status_code=503)
    return None


@dataclass(frozen=True)
class Field:
    """A query parameter as its FastAPI route declares it."""

    name: str
    kind: str  # "text" (1 to MAX_TEXT characters), "int" (1 to MAX_INT) or "date"
    required: bool
    default: str | None  # what the handler is given when the parameter is left out


def field(param: Param, default: Any) -> Field:
    """The field of a saved query's parameter; ``default`` is its route's (typed) default."""
    kind = param.kind if param.kind in ("int", "date") else "text"
    return Field(param.name, kind, param.required, None if default is None else str(default))


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _plain(field: Field, value: str) -> str | None:
    """``value`` as the handler receives it when FastAPI would take it without a question; None otherwise."""
    if field.kind == "text":
        return value if 0 < len(value) <= MAX_TEXT else None
    if field.kind == "int":
        if value.isascii() and value.isdigit() and len(value) <= 6 and 1 <= int(value) <= MAX_INT:
            return str(int(value))
        return None
    if _DATE.fullmatch(value) is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def given(fields: tuple[Field, ...], query_string: bytes) -> dict[str, str | None] | None:
    """The handler's parameters from a query string, parsed as Starlette parses it; None when FastAPI
    has something to decide (or to refuse) about them."""
    values: dict[str, str] = {}
    wanted = {f.name for f in fields}
    for key, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True):
        if key in wanted:
            if key in values:
                return None
            values[key] = value
    out: dict[str, str | None] = {}
    for f in fields:
        raw = values.get(f.name)
        if raw is None:
            if f.required:
                return None
            out[f.name] = f.default
            continue
        plain = _plain(f, raw)
        if plain is None:
            return None
        out[f.name] = plain
    return out


Handler = Callable[[Reads, dict[str, str | None]], Awaitable[dict[str, Any]]]


@dataclass(frozen=True)
class Route:
    fields: tuple[Field, ...]
    handler: Handler


def query_route(query: SavedQuery, defaults: dict[str, Any]) -> tuple[str, Route]:
    async def handler(reads: Reads, text: dict[str, str | None]) -> dict[str, Any]:
        return await answer_query(reads, query.name, text)

    return f"/queries/{query.name}", Route(tuple(field(p, defaults[p.name]) for p in query.params), handler)


def search_route() -> tuple[str, Route]:
    fields = (Field("q", "text", True, None), Field("limit", "int", False, "50"))

    async def handler(reads: Reads, text: dict[str, str | None]) -> dict[str, Any]:
        return await answer_query(reads, "search", text)

    return "/search", Route(fields, handler)


class FastPath:
    """ASGI middleware: the plain requests of ``routes`` (by exact path) and of ``/entities/{id}``
    are answered here, every other request goes on to ``app``."""

    def __init__(self, app: ASGIApp, routes: dict[str, Route]) -> None:
        self.app = app
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and not scope.get("root_path"):
            path: str = scope["path"]
            route = self.routes.get(path)
            if route is not None:
                text = given(route.fields, scope["query_string"])
                if text is not None:
                    await self._answer(route.handler(_reads(scope), text), scope, receive, send)
                    return
            elif path.startswith(ENTITIES) and len(path) > len(ENTITIES):
                await self._answer(entity_page(_reads(scope), path[len(ENTITIES) :]), scope, receive, send)
                return
        await self.app(scope, receive, send)

    @staticmethod
    async def _answer(body: Awaitable[dict[str, Any]], scope: Scope, receive: Receive, send: Send) -> None:
        try:
            response = JSONResponse(await body)
        except Exception as exc:
            answer = error_response(exc)
            if answer is None:
                raise  # the app's handler of unexpected errors, around every middleware, answers
            response = answer
        await response(scope, receive, send)


def _reads(scope: Scope) -> Reads:
    reads: Reads = scope["app"].state.reads
    return reads
