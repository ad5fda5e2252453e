"""The store interface, and its one implementation in Cypher that every backend shares."""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from types import TracebackType
from typing import Any, Protocol, Self

from graph.model import Graph
from graph.schema import schema
from graph.store import representation as rep
from graph.store import statements as st
from graph.store.dialect import Dialect

# rows per UNWIND: big enough to amortise a statement's overhead, small enough to keep one
# parameter text a few megabytes at most
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


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class WriteConflict(Exception):
    """The store changed between a writer's read and its write; the write was not applied."""


def _batched(cypher: str, rows: list[dict[str, Any]], params: dict[str, Any], size: int) -> Batch:
    return [(cypher, {**params, "rows": chunk}) for chunk in _chunks(rows, size)]


def _for_create(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if k != rep.SEARCH_TERMS}
    out[rep.SEARCH_KEY] = rep.SEARCH_KEY_SEPARATOR.join(row[rep.SEARCH_TERMS]) or None
    return out


@cache
def _create_nodes(label: str) -> str:
    return st.create_nodes(label).cypher


@cache
def _create_edges(group: rep.EdgeGroup) -> str:
    return st.create_edges(group).cypher


@cache
def _upsert_nodes(label: str) -> str:
    return st.upsert_nodes(label).cypher


@cache
def _upsert_edges(group: rep.EdgeGroup) -> str:
    return st.upsert_edges(group).cypher


@cache
def _detach_all() -> list[str]:
    # edges first: deleting a node only this file stated must not find other files' edges on it
    sch = schema()
    return [st.detach_edges(lbl).cypher for lbl in sch.labels] + [st.detach_nodes(lbl).cypher for lbl in sch.labels]


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

    def replace_file(self, source_file: str, graph: Graph) -> None:
        """Make ``graph`` the whole contribution of ``source_file``, in one transaction."""
        try:
            rows = rep.to_rows(source_file, graph)
        except rep.RepresentationError as exc:
            raise StoreError(f"{source_file}: cannot be stored: {exc}.") from exc
        with self._consistent_view():
            existing = {label: self._existing_ids(label, [r[rep.ID] for r in rs]) for label, rs in rows.nodes.items()}
            try:
                self._write(source_file, self._replace_batch(source_file, rows, existing))
                return
            except WriteConflict:
                pass  # another writer changed the store between our read and our write
        # MERGE every row: slower, but right whatever other writers do meanwhile
        unknown: dict[str, set[str] | None] = dict.fromkeys(rows.nodes)
        self._write(source_file, self._replace_batch(source_file, rows, unknown))

    def _replace_batch(self, source_file: str, rows: rep.StoreRows, existing: dict[str, set[str] | None]) -> Batch:
        """Take the file's old contribution away, then write the new one: MERGE what may exist,
        CREATE what is known to be new (the faster path)."""
        file_params = self._file_params(source_file)
        batch: Batch = [(cypher, file_params) for cypher in _detach_all()]
        new_ids: dict[str, set[str]] = {}
        for label, node_rows in rows.nodes.items():
            known = existing.get(label)
            merge = node_rows if known is None else [r for r in node_rows if r[rep.ID] in known]
            create = [] if known is None else [_for_create(r) for r in node_rows if r[rep.ID] not in known]
            new_ids[label] = {r[rep.ID] for r in create}
            batch += _batched(_upsert_nodes(label), merge, file_params, self.batch_rows)
            batch += _batched(_create_nodes(label), create, file_params, self.batch_rows)
        for group, edge_rows in rows.edges.items():
            new_src, new_dst = new_ids.get(group.source_label, set()), new_ids.get(group.target_label, set())
            create = [r for r in edge_rows if r[rep.EDGE_SOURCE] in new_src or r[rep.EDGE_TARGET] in new_dst]
            merge = [r for r in edge_rows if not (r[rep.EDGE_SOURCE] in new_src or r[rep.EDGE_TARGET] in new_dst)]
            batch += _batched(_upsert_edges(group), merge, file_params, self.batch_rows)
            batch += _batched(_create_edges(group), create, file_params, self.batch_rows)
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

    @contextmanager
    def _consistent_view(self) -> Iterator[None]:
        """While open, what ``_existing_ids`` read stays true until the next write, or that write
        raises WriteConflict. Backends that cannot promise it return None from ``_existing_ids``."""
        yield

    def _existing_ids(self, label: str, ids: list[str]) -> set[str] | None:
        """Which ``ids`` are nodes of ``label`` now; None when unknown (then every row is MERGEd)."""
        return None

    def forget(self, source_file: str) -> bool:
        """Remove what ``source_file`` stated; True when the store knew the file."""
        known = self._read(st.FILE_IS_LOADED.cypher, {"file": source_file})[0]["n"] > 0
        file_params = self._file_params(source_file)
        batch: Batch = [(cypher, file_params) for cypher in _detach_all()]
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
