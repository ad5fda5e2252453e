"""The store interface, and its one implementation in Cypher that every backend shares."""

from __future__ import annotations

import datetime as dt
import gc
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from types import TracebackType
from typing import Any, Protocol, Self

from graph.model import Graph
from graph.schema import schema
from graph.store import representation as rep
from graph.store import statements as st
from graph.store.dialect import Dialect

# ids per read of which nodes exist: big enough to amortise a statement's overhead, small enough
# to keep one parameter text a few megabytes at most
BATCH_ROWS = 5000

Batch = list[tuple[str, dict[str, Any]]]


class StoreError(Exception):
    """A store that cannot be reached or cannot take a write; ``str()`` is a sentence for the user."""


class Store(Protocol):
    def replace_file(self, source_file: str, graph: Graph) -> None: ...
    def forget(self, source_file: str) -> bool: ...
    def stats(self) -> dict[str, dict[str, int]]: ...
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]: ...
    def files(self) -> list[str]: ...
    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


class WriteConflict(Exception):
    """The store changed between a writer's read and its write; the write was not applied."""


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Building a large file's rows allocates hundreds of thousands of lists, none in a cycle; the
    collector would scan them all again and again (a third of the time of ``to_rows``)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@cache
def _labels_and_groups() -> tuple[tuple[str, ...], tuple[rep.EdgeGroup, ...]]:
    return tuple(schema().labels), tuple(st.edge_groups())


@cache
def _write_file(dialect: Dialect) -> str:
    # every label and edge group, whatever the file holds: one text, planned once and cached by
    # the server (FalkorDB keeps few plans; planning this statement takes longer than running it
    # on a small file), its parts without rows cost next to nothing
    return st.write_file(*_labels_and_groups(), dialect.subquery).cypher


def _representable[**P, T](source_file: str, convert: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``convert(*args)``, a graph the store cannot hold said in a sentence naming the file."""
    try:
        return convert(*args, **kwargs)
    except rep.RepresentationError as exc:
        raise StoreError(f"{source_file}: cannot be stored: {exc}.") from exc


@cache
def _detach_file(dialect: Dialect) -> str:
    return st.detach_file(dialect.subquery).cypher


class CypherStore(ABC):
    """replace_file / forget / stats / files / query written once in Cypher; backends supply transport."""

    dialect: Dialect
    batch_rows = BATCH_ROWS

    @abstractmethod
    def _write_atomically(self, batch: Batch) -> None:
        """Run every statement of ``batch`` as one unit: all of it survives a crash, or none."""

    @abstractmethod
    def _read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a read-only statement; rows as dicts of plain values."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _file_params(self, source_file: str) -> dict[str, Any]:
        return {"file": source_file, "prefix": rep.sources_prefix(source_file)}

    def _detach_batch(self, source_file: str) -> Batch:
        return [(_detach_file(self.dialect), self._file_params(source_file))]

    def replace_file(self, source_file: str, graph: Graph) -> None:
        """Make ``graph`` the whole contribution of ``source_file``, in one transaction."""
        graph = self._with_known_issuers(graph)
        with _no_cyclic_gc():
            ids = _representable(source_file, rep.node_ids, graph)
            with self._consistent_view():
                existing = {
                    label: self._existing_ids(source_file, label, label_ids) for label, label_ids in ids.items()
                }
                rows = _representable(source_file, rep.to_rows, source_file, graph, existing)
                try:
                    self._write(source_file, self._replace_batch(source_file, rows))
                    return
                except WriteConflict:
                    pass  # another writer changed the store between our read and our write
            # MERGE every row: slower, but right whatever other writers do meanwhile
            self._write(source_file, self._replace_batch(source_file, rep.to_rows(source_file, graph)))

    def _replace_batch(self, source_file: str, rows: rep.StoreRows) -> Batch:
        """Take the file's old contribution away, then write the new one in one statement: CREATE
        the rows ``rows`` holds as new, MERGE the others."""
        file_params = self._file_params(source_file)
        batch = self._detach_batch(source_file)
        if rows.node_count:
            labels, groups = _labels_and_groups()
            params: dict[str, Any] = dict(file_params)
            for i, label in enumerate(labels):
                params[f"new_{i}"] = rows.created.get(label, [])
                params[f"old_{i}"] = rows.merged.get(label, [])
            for k, group in enumerate(groups):
                params[f"new_edges_{k}"] = rows.created_edges.get(group, [])
                params[f"old_edges_{k}"] = rows.merged_edges.get(group, [])
            # to_rows checked every edge against the contract, which edge_groups lists: never true
            for g in (rows.created_edges.keys() | rows.merged_edges.keys()) - set(groups):
                raise StoreError(
                    f"{source_file}: the contract has no {g.rel_type} from {g.source_label} to {g.target_label}."
                )
            batch.append((_write_file(self.dialect), params))
        batch.append(
            (
                st.REGISTER_FILE.cypher,
                {
                    "file": source_file,
                    "loaded_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "node_count": rows.node_count,
                    "edge_count": rows.edge_count,
                },
            )
        )
        return batch

    def _issuer_of(self, unknown: str, graph: Graph | None = None) -> str | None:
        """The one document with an issuer that a document cited without one (``doc:K|Y|?``) can be: the
        same number key and year, in the store or in ``graph``; None when there is none, or several."""
        prefix = unknown[:-1]  # "doc:K|Y|"
        if not prefix.endswith("|") or prefix.endswith("|?|") or prefix.count("|") != 2:
            return None  # a Party document, or no year: nothing safe to match on
        low, high = prefix, prefix[:-1] + "}"  # "}" follows "|": every id that starts with the prefix
        found = {str(r["id"]) for r in self._read(st.DOCUMENTS_IN_RANGE.cypher, {"low": low, "high": high})}
        if graph is not None:
            found |= {n for n in graph.nodes if low <= n < high}
        found.discard(unknown)
        return found.pop() if len(found) == 1 else None

    def _with_known_issuers(self, graph: Graph) -> Graph:
        """``graph`` with each document cited without an issuer given the one it can only be: a cited
        document and the same document loaded from elsewhere are one node."""
        new_ids = {}
        for node_id, node in graph.nodes.items():
            if node.label == "Document" and node_id.endswith("|?"):
                known = self._issuer_of(node_id, graph)
                if known:
                    new_ids[node_id] = known
        return graph.renamed(new_ids) if new_ids else graph

    def files_to_resolve(self) -> list[str]:
        """Loaded files that cite a document without its issuer which the store now knows: loading them
        again joins that document to the known one (``chidao ingest`` does, after its files)."""
        files: set[str] = set()
        for row in self._read(st.UNKNOWN_ISSUERS.cypher):
            if self._issuer_of(str(row["id"])):
                files.update(str(f) for f in row["files"] or [])
        return sorted(files)

    @contextmanager
    def _consistent_view(self) -> Iterator[None]:
        """While open, what ``_existing_ids`` read stays true until the next write, or that write
        raises WriteConflict. Backends that cannot promise it return None from ``_existing_ids``."""
        yield

    def _existing_ids(self, source_file: str, label: str, ids: list[str]) -> set[str] | None:
        """Which ``ids`` are nodes of ``label`` that stay when ``source_file``'s contribution is taken
        away; None when unknown (then every row is MERGEd)."""
        return None

    def forget(self, source_file: str) -> bool:
        """Remove what ``source_file`` stated; True when the store knew the file."""
        known = self._read(st.FILE_IS_LOADED.cypher, {"file": source_file})[0]["n"] > 0
        batch = self._detach_batch(source_file)
        batch.append((st.UNREGISTER_FILE.cypher, {"file": source_file}))
        self._write(source_file, batch)
        return bool(known)

    def _write(self, source_file: str, batch: Batch) -> None:
        try:
            self._write_atomically(batch)
        except StoreError as exc:
            raise StoreError(f"{source_file}: {exc}") from exc

    def stats(self) -> dict[str, dict[str, int]]:
        sch = schema()
        nodes = {lbl: int(self._read(st.count_nodes(lbl).cypher)[0]["n"]) for lbl in sch.labels}
        rels = {rel: int(self._read(st.count_edges(rel).cypher)[0]["n"]) for rel in sch.relationships}
        return {"nodes": nodes, "relationships": rels}

    def files(self) -> list[str]:
        return [str(row["path"]) for row in self._read(st.LIST_FILES.cypher)]

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """A read-only statement (writes are refused by the backend); rows as dicts of plain values."""
        return self._read(cypher, params)
