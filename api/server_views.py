"""The explorer page and the briefing images over HTTP: ``GET /view``, ``GET /view/expand``, ``GET /brief/{format}``.

``router`` is a FastAPI ``APIRouter``; ``app.include_router(router)`` in ``api.server.create_app``
is all it needs. The store is the app's (``request.app.state.store``, opened by the app's
lifespan), as for every other route; errors are raised as ``ApiError`` so the app's handler answers
``{"error": "<a sentence>"}``. The endpoints are plain functions: FastAPI runs them in its thread
pool, off the event loop, since the store and Graphviz block.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from api.server_upload import ApiError
from api.views import brief as briefing
from api.views import explorer
from api.views.data import DEFAULT_DEPTH, ViewError, ViewGraph, ViewNotFound, fetch
from graph.store import CypherStore
from queries.params import MAX_TEXT
from queries.views import MAX_DEPTH

router = APIRouter(tags=["views"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "The focus cannot be used as given"},
    404: {"description": "Nothing in the graph matches the focus"},
    422: {"description": "A parameter has the wrong form"},
    503: {"description": "The store cannot be reached, or Graphviz is not installed"},
}
FocusQuery = Annotated[
    str,
    Query(
        min_length=1,
        max_length=MAX_TEXT,
        description="A document number in any spacing, or a name of a body, person or project.",
    ),
]
DepthQuery = Annotated[int, Query(ge=1, le=MAX_DEPTH, description="Steps out from the focus.")]


def _store(request: Request) -> CypherStore:
    store: CypherStore = request.app.state.store
    return store


def _view(request: Request, focus: str, depth: int, *, anything: bool = False) -> ViewGraph:
    try:
        return fetch(_store(request), focus, depth, anything=anything)
    except ViewNotFound as exc:
        raise ApiError(404, str(exc)) from None
    except ViewError as exc:
        raise ApiError(400, str(exc)) from None


@router.get(
    "/view",
    summary="An interactive page of the graph around a document, body, person or project",
    description="One self-contained HTML page (vis-network, no network needed); a click on a node brings its "
    "neighbours in from GET /view/expand.",
    response_class=HTMLResponse,
    responses=_ERRORS,
)
def view_page(request: Request, focus: FocusQuery, depth: DepthQuery = DEFAULT_DEPTH) -> HTMLResponse:
    graph = _view(request, focus, depth)
    expand = request.url_for("view_expand").path
    return HTMLResponse(explorer.render(graph, expand_url=expand))


@router.get(
    "/view/expand",
    name="view_expand",
    summary="The neighbours of one node, as the explorer page adds them",
    responses=_ERRORS,
)
def view_expand(
    request: Request,
    id: Annotated[str, Query(min_length=1, max_length=MAX_TEXT, description="A node id, or a name or number.")],
) -> JSONResponse:
    graph = _view(request, id, 1, anything=True)
    return JSONResponse(explorer.vis_data(graph))


@router.get(
    "/brief/{format}",
    summary="A briefing image or the evidence table of the chain around a focus",
    description="png (300 dpi), svg, pdf: the chain left to right with a legend; timeline.png, timeline.svg: "
    "documents and tasks in date order; evidence.html, evidence.md: every edge with its quote and source.",
    response_class=Response,
    responses={**_ERRORS, 200: {"content": {t.split(";")[0]: {} for t in briefing.OUTPUTS.values()}}},
)
def brief_file(
    request: Request,
    format: Annotated[str, Path(description=", ".join(briefing.OUTPUTS))],
    focus: FocusQuery,
    depth: DepthQuery = DEFAULT_DEPTH,
) -> Response:
    if format not in briefing.OUTPUTS:
        raise ApiError(404, f"There is no briefing format {format!r}; choose one of {', '.join(briefing.OUTPUTS)}.")
    graph = _view(request, focus, depth)
    try:
        body = briefing.render(graph, format)
    except briefing.BriefError as exc:
        raise ApiError(503, str(exc)) from None
    name = briefing.FILE_NAMES[format]
    return Response(
        body, media_type=briefing.OUTPUTS[format], headers={"Content-Disposition": f'inline; filename="{name}"'}
    )
