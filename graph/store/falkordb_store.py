"""The store on FalkorDB: the embedded FalkorDBLite server or a FalkorDB server, through one client.

A file's statements go in one MULTI/EXEC: FalkorDB runs them back to back with no other client in
between, and the append-only log keeps them between MULTI and EXEC, so a crash replays all of
them or none (redis drops a transaction cut short at the end of the log).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import redis
from falkordb import Graph as FalkorGraph
from falkordb.helpers import stringify_param_value
from falkordb.query_result import parse_scalar
from redis.client import Pipeline

from graph.store import statements as st
from graph.store.base import Batch, CypherStore, StoreError, WriteConflict
from graph.store.dialect import FalkorDBDialect
from graph.store.embedded_server import EmbeddedServer
from graph.store.representation import JsonRows
from graph.store.values import plain

GRAPH_NAME = "chidao"

# errors FalkorDB gives when an index is already there; creating indexes is idempotent for us
_ALREADY_INDEXED = ("already indexed", "already exists")


_CONTROL = re.compile("[\x00-\x1f]")
_json_string = json.encoder.encode_basestring  # C; escapes only " and \\ in text without control characters


def _string(value: str) -> str:
    """A string literal as FalkorDB's parameter header reads it: backslash and double quote escaped,
    every other character verbatim (the falkordb library's own quoting)."""
    if _CONTROL.search(value) is None:
        return _json_string(value)  # the same text, computed in C
    if "\x00" in value:
        # FalkorDB reads parameters as C text: a NUL would end it
        raise ValueError(f"the text {value[:40]!r} contains a NUL character, which FalkorDB cannot store")
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _literal(value: Any) -> str:
    """A parameter value as FalkorDB's parameter header reads it (map keys are checked identifiers).

    Written out here because the library's recursive encoder dominated the time of a large ingest.
    """
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is dict:
        return "{" + ",".join([f"{_key(k)}:{_literal(v)}" for k, v in value.items()]) + "}"
    if kind is list or kind is tuple:
        if all(type(v) is str for v in value):
            return "[" + ",".join([_string(v) for v in value]) + "]"
        return "[" + ",".join([_literal(v) for v in value]) + "]"
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    return str(stringify_param_value(value))


_KEYS: dict[str, str] = {}


def _key(name: str) -> str:
    checked = _KEYS.get(name)
    if checked is None:
        if not name.isidentifier() or not name.isascii():
            raise ValueError(f"{name!r} cannot be a parameter map key")
        checked = _KEYS[name] = name
    return checked


_JSON_KEY = re.compile(r'(?<=[{,])"([A-Za-z_][A-Za-z0-9_]*)":')
# without the check for circular references, which cost a dictionary insert and delete for each
# of a large file's million lists; parameters are built by the store or parsed from text: no cycles
_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False, check_circular=False).encode


def _fast_literal(value: Any) -> str:
    """``_literal(value)``, through the C JSON encoder for speed.

    JSON differs from FalkorDB's literals in two ways only: map keys are quoted, and control
    characters other than \\b \\f \\n \\r \\t (which FalkorDB decodes like JSON) become \\uXXXX,
    which FalkorDB does not decode. Keys are unquoted by a pattern that cannot match inside a
    string (there every quote is escaped); text with a \\u escape takes the slow path.
    """
    try:
        text = _json(value)
    except (TypeError, ValueError):
        return _literal(value)
    if "\\u" in text:
        return _literal(value)
    if '{"' not in text:
        # no map with a key (inside a string every quote is escaped): rows are lists, and the
        # pattern would only scan megabytes of parameter text for nothing
        return text
    # a key that is not an identifier stays a quoted string, which FalkorDB refuses as a key
    return _JSON_KEY.sub(r"\1:", text)


def _param_text(value: Any) -> str:
    if type(value) is JsonRows:
        # JSON of lists, strings, numbers and null: FalkorDB's literal, but for \\u escapes
        return value.text if "\\u" not in value.text else _literal(value.values())
    return _fast_literal(value)


def _with_params(cypher: str, params: dict[str, Any] | None) -> str:
    # FalkorDB takes parameters as a "CYPHER name=value …" header, never spliced into the statement
    if not params:
        return cypher
    parts = ["CYPHER"]
    for name, value in params.items():
        parts += (" ", _key(name), "=", _param_text(value))  # one join: the texts are megabytes long
    parts += (" ", cypher)
    return "".join(parts)


@cache
def _existing_ids(label: str) -> str:
    return st.existing_ids(label).cypher


class FalkorDBStore(CypherStore):
    dialect = FalkorDBDialect()

    def __init__(
        self,
        client: redis.Redis,
        where: str,
        graph_name: str = GRAPH_NAME,
        server: EmbeddedServer | None = None,
    ) -> None:
        self._client = client
        self._where = where
        self._graph_name = graph_name
        self._graph = FalkorGraph(client, graph_name)
        self.server = server
        self._watching: Pipeline | None = None
        self._ensure_schema()

    @property
    def description(self) -> str:
        return self._where

    def _ensure_schema(self) -> None:
        for statement in self.dialect.schema_statements():
            try:
                self._client.execute_command("GRAPH.QUERY", self._graph_name, statement.cypher, "--compact")
            except redis.ResponseError as exc:
                if not any(s in str(exc) for s in _ALREADY_INDEXED):
                    raise StoreError(f"{self._where}: cannot create an index: {exc}.") from exc
            except redis.RedisError as exc:
                raise StoreError(f"Cannot reach the store at {self._where}: {exc}.") from exc

    @contextmanager
    def _consistent_view(self) -> Iterator[None]:
        # WATCH the graph's key: if any other client writes to the graph before our EXEC, the
        # whole transaction is refused (WriteConflict) and replace_file reads and tries again
        pipe = self._client.pipeline(transaction=True)
        try:
            pipe.watch(self._graph_name)
            self._watching = pipe
            yield
        except redis.RedisError as exc:
            raise StoreError(f"Cannot reach the store at {self._where}: {exc}.") from exc
        finally:
            self._watching = None
            pipe.reset()

    def _existing_ids(self, source_file: str, label: str, ids: list[str]) -> set[str] | None:
        if self._watching is None:
            return None
        found: set[str] = set()
        cypher = _existing_ids(label)
        for start in range(0, len(ids), self.batch_rows):
            text = _with_params(cypher, {"file": source_file, "ids": ids[start : start + self.batch_rows]})
            try:
                # without --compact FalkorDB answers [header, rows, statistics] with plain strings
                reply = self._watching.execute_command("GRAPH.RO_QUERY", self._graph_name, text)
            except redis.ResponseError as exc:
                raise StoreError(f"The store at {self._where} refused a read: {exc}.") from exc
            found.update(row[0] for row in reply[1])
        return found

    def _write_atomically(self, batch: Batch) -> None:
        pipe = self._watching if self._watching is not None else self._client.pipeline(transaction=True)
        pipe.multi()
        try:
            for cypher, params in batch:
                # as bytes: the client library's own encoding of a large text took ten times as long
                text = _with_params(cypher, params).encode()
                pipe.execute_command("GRAPH.QUERY", self._graph_name, text, "--compact")
        except ValueError as exc:
            pipe.reset()  # nothing was sent yet
            raise StoreError(f"{exc}.") from exc
        try:
            results = pipe.execute(raise_on_error=False)
        except redis.WatchError as exc:
            raise WriteConflict() from exc
        except redis.RedisError as exc:
            raise StoreError(f"the write to {self._where} failed: {exc}.") from exc
        errors = [r for r in results if isinstance(r, Exception)]
        if errors:
            raise StoreError(f"the write to {self._where} failed: {errors[0]}.")

    def _read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        try:
            text = _with_params(cypher, params)
        except ValueError:
            text = None  # a value our header cannot carry: the library's own path below decides
        try:
            if text is None:
                result = self._graph.ro_query(cypher, params)
                names = [column[1] for column in result.header]
                return [dict(zip(names, (plain(v) for v in row), strict=True)) for row in result.result_set]
            reply = self._client.execute_command("GRAPH.RO_QUERY", self._graph_name, text, "--compact")
        except redis.ResponseError as exc:
            if "empty key" in str(exc):
                return []  # nothing was ever written
            raise StoreError(f"The query failed on {self._where}: {exc}.") from exc
        except redis.RedisError as exc:
            raise StoreError(f"Cannot reach the store at {self._where}: {exc}.") from exc
        return self.rows(reply)

    def read_command(self, cypher: str, params: dict[str, Any] | None = None) -> tuple[str, ...]:
        """The command ``_read`` sends for a read-only statement, for a caller with a connection of its
        own (the HTTP server, on its event loop); ValueError for a value the parameter header cannot carry."""
        return ("GRAPH.RO_QUERY", self._graph_name, _with_params(cypher, params), "--compact")

    def address(self) -> dict[str, Any]:
        """Where the server listens, as redis-py's connection options (a socket path, or host, port and
        credentials), for such a caller."""
        return dict(self._client.connection_pool.connection_kwargs)

    def rows(self, reply: Any) -> list[dict[str, Any]]:
        """The rows of a compact GRAPH.RO_QUERY reply as dicts of plain values, ``_read``'s or a caller's
        with its own connection; StoreError for an error reply, or an error met while the query ran."""
        if isinstance(reply, redis.ResponseError):
            if "empty key" in str(reply):
                return []  # nothing was ever written
            raise StoreError(f"The query failed on {self._where}: {reply}.")
        if isinstance(reply[-1], redis.ResponseError):  # an error met while the query ran
            raise StoreError(f"The query failed on {self._where}: {reply[-1]}.")
        if len(reply) < 3:
            return []  # statistics only: the statement returns no columns
        names = [column[1] for column in reply[0]]
        value = self._value
        # text and null, the most common cells, are taken without a call per cell
        return [
            {n: (v if k == 2 else None if k == 1 else value(k, v)) for n, (k, v) in zip(names, row, strict=True)}
            for row in reply[1]
        ]

    def _value(self, kind: int, value: Any) -> Any:
        """A cell of a compact reply as a plain value. Written out for the common types because the
        library's parser and ``plain`` after it took a third of a saved query's time in Python;
        nodes, relationships, paths, points and dates still go through them."""
        if kind == 1:
            return None
        if kind == 6:
            return [(v if k == 2 else None if k == 1 else self._value(k, v)) for k, v in value]
        if kind == 3:
            return int(value)
        if kind == 10:  # a map: key, [kind, value], key, [kind, value] …
            return {
                str(key): (v if k == 2 else None if k == 1 else self._value(k, v))
                for key, (k, v) in zip(value[::2], value[1::2], strict=True)
            }
        if kind == 2 and type(value) is str:
            return value
        if kind == 4:
            return value == "true"
        if kind == 5:
            return float(value)
        return plain(parse_scalar([kind, value], self._graph))

    def close(self) -> None:
        # the embedded server stays up for the next command; its watchdog stops it when idle
        self._client.close()

    def stop_server(self) -> bool:
        """Stop the embedded server now (the data is already in its log); False for a remote server."""
        self.close()
        return self.server.stop() if self.server is not None else False
