"""Store fixtures: a fresh store per test (the real embedded server, or Neo4j when NEO4J_URI is set)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store import CypherStore, open_store
from graph.store.embedded_server import embedded_available


@pytest.fixture
def store_path(tmp_path: Path) -> Iterator[Path]:
    """A new database path; any embedded server started for it is stopped after the test."""
    path = tmp_path / "graph.db"
    yield path
    if embedded_available():
        from graph.store.embedded_server import EmbeddedServer

        EmbeddedServer(path, idle_timeout=0).stop()


@pytest.fixture(params=["embedded", "neo4j"])
def store(request: pytest.FixtureRequest, store_path: Path) -> Iterator[CypherStore]:
    """A fresh, empty store on each backend; Neo4j only when NEO4J_URI names a disposable server."""
    if request.param == "embedded":
        if not embedded_available():
            pytest.skip("falkordblite is not installed here")
        st = open_store(str(store_path), idle_timeout=0)
    else:
        uri = os.environ.get("NEO4J_URI")
        if not uri:
            pytest.skip("NEO4J_URI is not set (a disposable Neo4j server for the store tests)")
        st = open_store(uri)
        # the server is disposable by contract of NEO4J_URI: start from an empty graph
        st._write_atomically([("MATCH (n) DETACH DELETE n", {})])
    yield st
    st.close()


@pytest.fixture
def embedded_store(store_path: Path) -> Iterator[CypherStore]:
    if not embedded_available():
        pytest.skip("falkordblite is not installed here")
    st = open_store(str(store_path), idle_timeout=0)
    yield st
    st.close()
