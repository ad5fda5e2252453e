"""``chidao query``: the saved queries of queries/ on the command line, as a table, JSON or CSV."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from api.cli import app
from api.commands_store import StoreOption, _opened
from graph.store import store_description
from queries import NotFound, QueryError, catalogue, run, saved_query

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class QueryFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _fail(message: str) -> typer.Exit:
    err.print(message, markup=False, highlight=False)
    return typer.Exit(1)


def _params(pairs: list[str]) -> dict[str, str]:
    given: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise _fail(f"Write each parameter as key=value, as in --param document=06/KH-UBND; not {pair!r}.")
        given[key.strip()] = value
    return given


def _catalogue_table() -> Table:
    table = Table(title="Saved queries", show_lines=True)
    table.add_column("name", no_wrap=True)
    table.add_column("parameters")
    table.add_column("what it answers")
    for q in catalogue().values():
        params = "\n".join(f"{p.name}{'' if p.required else '?'}: {p.help()}" for p in q.params) or "-"
        table.add_row(q.name, params, f"{q.description}\nRow: {q.row}")
    return table


def cell(value: Any) -> str:
    """One value as text for a table or CSV cell: lists one item per line, maps as key: value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "\n".join(cell(v) for v in value)
    if isinstance(value, dict):
        if "quote" in value:  # a source: the words, then where they are
            return f"“{value['quote']}” ({value.get('file', '')} {value.get('start', '')}-{value.get('end', '')})"
        return ", ".join(f"{k}: {cell(v)}" for k, v in value.items() if v not in (None, [], ""))
    return str(value)


# a table is for reading in a terminal: ids and whole quotes are in --format json or csv
TABLE_HIDDEN = frozenset({"id"})
TABLE_CELL_CHARS = 160


def _short(text: str) -> str:
    return text if len(text) <= TABLE_CELL_CHARS else text[: TABLE_CELL_CHARS - 1].rstrip() + "…"


def _print_table(name: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        out.print(f"{name}: no rows.", markup=False, highlight=False)
        return
    columns = [c for c in rows[0] if c not in TABLE_HIDDEN]
    table = Table(title=name, show_lines=True)
    for column in columns:
        # rich measures Vietnamese combining text by cell width, so columns stay aligned
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_short(cell(row[c])) for c in columns))
    out.print(table)
    out.print(f"{len(rows)} row(s); ids with --format json or csv.", markup=False, highlight=False)


def _print_csv(rows: list[dict[str, Any]]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    if rows:
        writer.writerow(list(rows[0]))
    for row in rows:
        writer.writerow([cell(v).replace("\n", "; ") for v in row.values()])


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="The saved query to run (see --list).")] = None,
    store: StoreOption = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="A parameter as key=value; repeat for several.")
    ] = None,
    format: Annotated[QueryFormat, typer.Option("--format", help="table, json (a list of rows) or csv.")] = (
        QueryFormat.table
    ),
    list_: Annotated[bool, typer.Option("--list", help="List the saved queries and their parameters.")] = False,
) -> None:
    """Run a saved query (queries/saved/NAME.cypher) against the graph."""
    if list_:
        if format is QueryFormat.json:
            print(json.dumps([q.as_dict() for q in catalogue().values()], ensure_ascii=False, indent=1))
        else:
            out.print(_catalogue_table())
        return
    if name is None:
        raise _fail(
            "Name a saved query, as in chidao query chain_down -p document=06/KH-UBND, or see chidao query --list."
        )
    given = _params(param or [])
    try:
        saved_query(name)
    except QueryError as exc:
        raise _fail(str(exc)) from None
    with _opened(store) as st:
        try:
            rows = run(st, name, given)
        except NotFound as exc:
            raise _fail(f"{exc} (store: {store_description(store)})") from None
        except QueryError as exc:
            raise _fail(str(exc)) from None
    if format is QueryFormat.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif format is QueryFormat.csv:
        _print_csv(rows)
    else:
        _print_table(name, rows)
