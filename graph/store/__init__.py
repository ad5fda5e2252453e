"""Where the graph is kept: one small interface, ``Store``, and the backends behind it.

``open_store(spec)`` picks the backend from ``spec`` (the ``--store`` option), else from the
``CHIDAO_STORE`` environment variable, else the default embedded database
``platformdirs.user_data_dir("chidao")/graph.db``:

- a path, or ``falkordblite://PATH``: the embedded FalkorDBLite server for that database
  (see ``graph.store.embedded_server``: one server per database, shared, durable, stopped when idle);
- ``falkordb://[:PASSWORD@]HOST:PORT[/GRAPH]``: a FalkorDB server (password also from
  ``FALKORDB_PASSWORD``; graph ``chidao`` unless named);
- ``neo4j://``, ``neo4j+s://``, ``bolt://``, ``bolt+s://`` ``[USER:PASSWORD@]HOST:PORT[/DATABASE]``:
  a Neo4j server (credentials also from ``NEO4J_USER`` / ``NEO4J_PASSWORD``).

How nodes, relationships and their sources are laid out in every store is described in
``graph.store.representation`` (property names ``id``, ``source_files``, ``sources_json``,
``search_key``; ``LoadedFile`` nodes).
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from graph.store.base import CypherStore, Store, StoreError

__all__ = ["CypherStore", "Store", "StoreError", "default_store_path", "open_store", "store_description"]

ENV_STORE = "CHIDAO_STORE"
ENV_IDLE_TIMEOUT = "CHIDAO_STORE_IDLE_TIMEOUT"
_NEO4J_SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")


def default_store_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("chidao")) / "graph.db"


def _resolve_spec(spec: str | None) -> str:
    return spec or os.environ.get(ENV_STORE) or str(default_store_path())


def store_description(spec: str | None = None) -> str:
    """What ``open_store(spec)`` would open, for messages (no password)."""
    resolved = _resolve_spec(spec)
    if "://" not in resolved:
        return str(Path(resolved).expanduser())
    parts = urlsplit(resolved)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}" if parts.scheme != "falkordblite" else resolved


def _idle_timeout(idle_timeout: float | None) -> float:
    from graph.store.embedded_server import DEFAULT_IDLE_TIMEOUT

    if idle_timeout is not None:
        return idle_timeout
    raw = os.environ.get(ENV_IDLE_TIMEOUT)
    if not raw:
        return DEFAULT_IDLE_TIMEOUT
    try:
        return float(raw)
    except ValueError as exc:
        raise StoreError(f"{ENV_IDLE_TIMEOUT} must be a number of seconds, not {raw!r}.") from exc


def open_store(spec: str | None = None, *, idle_timeout: float | None = None) -> CypherStore:
    """Open the store named by ``spec`` (see the module docstring); raises StoreError as a sentence.

    ``idle_timeout``: seconds an embedded server stays up without clients (0 = until
    ``chidao store stop``); default from ``CHIDAO_STORE_IDLE_TIMEOUT``, else 10 minutes.
    """
    resolved = _resolve_spec(spec)
    if "://" not in resolved:
        return _open_embedded(resolved, _idle_timeout(idle_timeout))
    scheme, rest = resolved.split("://", 1)
    scheme = scheme.lower()
    if scheme == "falkordblite":
        if not rest:
            raise StoreError("A falkordblite:// store needs a path, as in falkordblite:///data/graph.db.")
        return _open_embedded(rest, _idle_timeout(idle_timeout))
    if scheme == "falkordb":
        return _open_falkordb(resolved)
    if scheme in _NEO4J_SCHEMES:
        return _open_neo4j(resolved)
    raise StoreError(
        f"Unknown store {resolved!r}: give a path, falkordblite://PATH, falkordb://HOST:PORT or neo4j://HOST:PORT."
    )


def embedded_server_for(path: str | Path, idle_timeout: float | None = None) -> object:
    """The ``EmbeddedServer`` of a database path (for ``chidao store stop/status``)."""
    from graph.store.embedded_server import EmbeddedServer, bundled_binaries

    bundled_binaries()
    return EmbeddedServer(path, _idle_timeout(idle_timeout))


def _open_embedded(path: str, idle_timeout: float) -> CypherStore:
    from graph.store.embedded_server import EmbeddedServer, bundled_binaries

    bundled_binaries()  # a clear sentence when falkordblite is missing, before anything else
    from graph.store.falkordb_store import FalkorDBStore

    server = EmbeddedServer(path, idle_timeout)
    client = server.attach()
    return FalkorDBStore(client, str(server.db_path), server=server)


def _open_falkordb(uri: str) -> CypherStore:
    import redis
    from redis.backoff import ExponentialBackoff
    from redis.retry import Retry

    from graph.store.falkordb_store import GRAPH_NAME, FalkorDBStore
    from graph.store.packing import LargeArgumentPacker

    parts = urlsplit(uri)
    password = unquote(parts.password) if parts.password else os.environ.get("FALKORDB_PASSWORD")
    username = unquote(parts.username) if parts.username else None
    graph_name = parts.path.strip("/") or GRAPH_NAME
    where = f"falkordb://{parts.hostname or 'localhost'}:{parts.port or 6379}"
    pool = redis.ConnectionPool(
        host=parts.hostname or "localhost",
        port=parts.port or 6379,
        username=username,
        password=password,
        decode_responses=True,
        socket_timeout=None,
        socket_connect_timeout=10,
        retry=Retry(ExponentialBackoff(cap=1.0, base=0.1), 2),
        command_packer=LargeArgumentPacker(),
    )
    client = redis.Redis.from_pool(pool)
    try:
        client.ping()
    except redis.RedisError as exc:
        raise StoreError(f"Cannot reach the FalkorDB store at {where}: {exc}.") from exc
    return FalkorDBStore(client, where, graph_name=graph_name)


def _open_neo4j(uri: str) -> CypherStore:
    from graph.store.neo4j_store import Neo4jStore

    parts = urlsplit(uri)
    user = unquote(parts.username) if parts.username else os.environ.get("NEO4J_USER")
    password = unquote(parts.password) if parts.password else os.environ.get("NEO4J_PASSWORD")
    host = parts.hostname or "localhost"
    netloc = f"{host}:{parts.port}" if parts.port else host
    database = parts.path.strip("/") or os.environ.get("NEO4J_DATABASE") or None
    return Neo4jStore(f"{parts.scheme}://{netloc}", user, password, database)
