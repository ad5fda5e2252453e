"""``chidao export``: the whole graph of a store as RDF, GraphML, GEXF or Neo4j import CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from api.cli import app
from api.commands_store import StoreOption, _opened
from graph.exports import FORMAT_NAMES, FORMATS, ExportError, export, store_to_graph
from graph.store import store_description

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def _fail(message: str) -> typer.Exit:
    err.print(message, markup=False, highlight=False)
    return typer.Exit(1)


@app.command("export")
def export_command(
    format: Annotated[
        str,
        typer.Option(
            "--format",
            help="ttl, jsonld or nt (RDF: ELI, ORG, PROV; graph/vocabulary/README.md), graphml or gexf "
            "(Gephi, networkx), csv (a folder of files for neo4j-admin database import).",
        ),
    ],
    out_path: Annotated[Path, typer.Option("--out", help="The file to write; for csv, the folder.")],
    store: StoreOption = None,
    base: Annotated[
        str | None,
        typer.Option(
            "--base",
            help="Base of the IRIs minted for nodes and statements (RDF only; default https://chidao.example/).",
        ),
    ] = None,
) -> None:
    """Write the whole graph, with every source quote, for linked-data tools, Gephi or Neo4j."""
    fmt = format.lower().lstrip(".")
    if fmt not in FORMATS:
        raise _fail(f"Unknown export format {format!r}: choose one of {', '.join(FORMATS)}.")
    if base is not None and not (base.startswith(("http://", "https://")) and base.endswith("/")):
        raise _fail(
            f"The IRI base must be an http(s) address ending with /, as https://data.example.org/; not {base!r}."
        )
    with _opened(store) as st:
        graph = store_to_graph(st)
    if not graph.nodes:
        raise _fail(f"The store {store_description(store)} holds no graph yet: load reports with chidao ingest first.")
    try:
        written = export(graph, fmt, out_path, base)
    except ExportError as exc:
        raise _fail(str(exc)) from None
    where = out_path if fmt != "csv" else f"{out_path} ({len(written)} files)"
    out.print(
        f"Wrote {len(graph.nodes)} nodes and {len(graph.edges)} relationships as {FORMAT_NAMES[fmt]} to {where}.",
        markup=False,
        highlight=False,
    )
