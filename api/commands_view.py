"""``chidao view`` and ``chidao brief``: the explorer page and the briefing images of a neighbourhood."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from api.cli import app
from api.commands_store import StoreOption, _fail, _opened, out
from api.views.data import DEFAULT_DEPTH, ViewError, ViewGraph, fetch
from queries.views import MAX_DEPTH

FocusOption = Annotated[
    str,
    typer.Option("--focus", help="A document number in any spacing, or the name of a body, person or project."),
]
DepthOption = Annotated[
    int, typer.Option("--depth", min=1, max=MAX_DEPTH, help="How many steps out from the focus to draw.")
]


@app.command()
def view(
    focus: FocusOption,
    out_file: Annotated[Path, typer.Option("--out", help="The HTML file to write (one self-contained file).")],
    store: StoreOption = None,
    depth: DepthOption = DEFAULT_DEPTH,
) -> None:
    """Write an interactive page of the graph around a document, body, person or project; it works offline."""
    from api.views import explorer

    if out_file.exists() and out_file.is_dir():
        raise _fail(f"{out_file} is a folder; give the HTML file to write, as in --out chain.html.")
    graph = _neighbourhood(store, focus, depth)
    try:
        explorer.write(graph, out_file)
    except OSError as exc:
        raise _fail(f"Cannot write {out_file}: {exc.strerror or exc}.") from None
    out.print(
        f"Wrote {out_file}: {len(graph.nodes)} nodes and {len(graph.edges)} relationships around "
        f"{', '.join(graph.focus_names())}.",
        markup=False,
        highlight=False,
    )


@app.command()
def brief(
    focus: FocusOption,
    out_dir: Annotated[Path, typer.Option("--out", help="The folder to write the images and the evidence table into.")],
    store: StoreOption = None,
    depth: DepthOption = DEFAULT_DEPTH,
) -> None:
    """Write briefing images (PNG at 300 dpi, SVG, PDF), a timeline and the evidence table of a chain."""
    from api.views import brief as briefing

    if out_dir.exists() and not out_dir.is_dir():
        raise _fail(f"{out_dir} is a file; give a folder to write the briefing into.")
    try:
        briefing.check_graphviz()
    except briefing.BriefError as exc:
        raise _fail(str(exc)) from None
    graph = _neighbourhood(store, focus, depth)
    try:
        written = briefing.write_brief(graph, out_dir)
    except briefing.BriefError as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"Cannot write into {out_dir}: {exc.strerror or exc}.") from None
    out.print(
        f"Wrote the briefing on {', '.join(graph.focus_names())} ({len(graph.nodes)} nodes, "
        f"{len(graph.edges)} relationships) into {out_dir}: {', '.join(p.name for p in written.values())}.",
        markup=False,
        highlight=False,
    )


def _neighbourhood(store: str | None, focus: str, depth: int) -> ViewGraph:
    """The graph around what the user typed, or a one-line refusal naming why."""
    with _opened(store) as st:
        try:
            return fetch(st, focus, depth)
        except ViewError as exc:
            raise _fail(str(exc)) from None
