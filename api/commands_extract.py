"""``chidao extract FILE``: the contract's JSON for one file."""

from __future__ import annotations

from pathlib import Path

import typer

from api.cli import app
from loaders.errors import LoaderError


@app.command()
def extract(
    file: Path = typer.Argument(..., help="A report: .txt, .pdf, .docx, .doc or .html."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write the JSON here instead of printing it."),
) -> None:
    """Print the graph one file yields, as the contract's JSON: nodes and edges, each with its quotes."""
    from loaders.pipeline import extract_file

    try:
        graph = extract_file(file)
    except LoaderError as exc:
        typer.echo(f"chidao: {exc}", err=True)
        raise typer.Exit(1) from None
    text = graph.to_json()
    if out:
        out.write_text(text + "\n", encoding="utf-8")
    else:
        typer.echo(text)
