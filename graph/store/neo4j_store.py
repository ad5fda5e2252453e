"""The store on a Neo4j server, through the official driver: a file's statements in one transaction."""

from __future__ import annotations

from typing import Any

from graph.store.base import Batch, CypherStore, StoreError
from graph.store.dialect import Neo4jDialect
from graph.store.representation import JsonRows
from graph.store.values import plain


class Neo4jStore(CypherStore):
    dialect = Neo4jDialect()

    def __init__(self, uri: str, user: str | None, password: str | None, database: str | None) -> None:
        import neo4j
        from neo4j.exceptions import Neo4jError, ServiceUnavailable

        self._neo4j_errors: tuple[type[Exception], ...] = (Neo4jError, ServiceUnavailable, OSError)
        self._where = uri
        self._database = database
        auth = (user, password) if user is not None and password is not None else None
        try:
            self._driver = neo4j.GraphDatabase.driver(uri, auth=auth)
            self._driver.verify_connectivity()
        except self._neo4j_errors as exc:
            raise StoreError(f"Cannot reach the Neo4j store at {uri}: {exc}.") from exc
        self._read_access = neo4j.READ_ACCESS
        self._ensure_schema()

    @property
    def description(self) -> str:
        return self._where

    def _ensure_schema(self) -> None:
        try:
            with self._driver.session(database=self._database) as session:
                for statement in self.dialect.schema_statements():
                    session.run(statement.cypher).consume()
        except self._neo4j_errors as exc:
            raise StoreError(f"{self._where}: cannot create the constraints and indexes: {exc}.") from exc

    def _write_atomically(self, batch: Batch) -> None:
        def work(tx: Any) -> None:
            for cypher, params in batch:
                values = {k: v.values() if isinstance(v, JsonRows) else v for k, v in params.items()}
                tx.run(cypher, values).consume()

        try:
            with self._driver.session(database=self._database) as session:
                session.execute_write(work)
        except self._neo4j_errors as exc:
            raise StoreError(f"the write to {self._where} failed: {exc}.") from exc

    def _read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        def work(tx: Any) -> list[dict[str, Any]]:
            result = tx.run(cypher, params or {})
            keys = list(result.keys())
            return [{k: plain(record[k]) for k in keys} for record in result]

        try:
            # a read session: Neo4j refuses writes in it, which keeps saved queries read-only
            with self._driver.session(database=self._database, default_access_mode=self._read_access) as s:
                rows: list[dict[str, Any]] = s.execute_read(work)
                return rows
        except self._neo4j_errors as exc:
            raise StoreError(f"The query failed on {self._where}: {exc}.") from exc

    def close(self) -> None:
        self._driver.close()
