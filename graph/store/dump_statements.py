"""Every Cypher statement the store sends to Neo4j, with the parameters it passes, as JSON for the linter.

    python -m graph.store.dump_statements > statements.json
    python -m graph.store.dump_statements --schema > schema.json

The statements are taken from the store's own write plans (``_replace_batch`` for new and for
existing rows, ``forget``), its reads and the Neo4j dialect, so the parameter names are the ones
really sent. Only the Neo4j variant is listed: FalkorDB's few own statements are not Neo4j Cypher.
``.ci/cypher-lint/lint.mjs`` reads both files.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from graph.model import Edge, Graph, Node, Source
from graph.schema import schema
from graph.store import representation as rep
from graph.store import statements as st
from graph.store.base import Batch, CypherStore
from graph.store.dialect import Neo4jDialect, dialect_statements


class _PlanOnly(CypherStore):
    """A store that records what it would send instead of sending it."""

    dialect = Neo4jDialect()

    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []

    def _write_atomically(self, batch: Batch) -> None:
        self.sent += batch

    def _read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        self.sent.append((cypher, params or {}))
        return [{"n": 0, "path": "f"}]

    def close(self) -> None:
        pass


def _every_kind_graph() -> Graph:
    """One node per label and one edge per (type, start label, end label) the contract allows."""
    g = Graph()
    s = Source("doc:0", 0, 1, "x")
    for label in schema().labels:
        g.add_node(Node(f"{label}:0", label, {}, [s]))
    for group in st.edge_groups():
        g.add_edge(Edge(group.rel_type, f"{group.source_label}:0", f"{group.target_label}:0", {}, [s]))
    return g


def statements() -> list[dict[str, Any]]:
    plan = _PlanOnly()
    graph = _every_kind_graph()
    plan._write_atomically(plan._replace_batch("f", rep.to_rows("f", graph)))  # all MERGE
    all_new = {label: set[str]() for label in schema().labels}
    plan._write_atomically(plan._replace_batch("f", rep.to_rows("f", graph, all_new)))  # all CREATE
    plan.forget("f")
    plan.stats()
    plan.files()
    sent = list(plan.sent)
    sent += [(st.existing_ids(label).cypher, {"file": "f", "ids": []}) for label in schema().labels]
    sent += [(st.UNKNOWN_ISSUERS.cypher, {}), (st.DOCUMENTS_IN_RANGE.cypher, {"low": "", "high": ""})]
    dialect = Neo4jDialect()
    extra_params: dict[str, dict[str, Any]] = {
        "fulltext_search": {"query": "", "limit": 1},
        "shortest_path": {"from": "", "to": ""},
    }
    for statement in dialect_statements(dialect):
        kind = statement.name.split(":", 1)[0]
        sent.append((statement.cypher, extra_params.get(kind, {})))
    seen: dict[str, list[str]] = {}
    for cypher, params in sent:
        seen.setdefault(cypher, sorted(params))
    return [{"cypher": cypher, "parameters": params} for cypher, params in seen.items()]


def lint_schema() -> dict[str, Any]:
    """Labels, relationship types and property keys the store may use, in the linter's terms."""
    sch = schema()
    keys = {rep.ID, rep.SOURCE_FILES, rep.SOURCES_JSON, rep.SEARCH_KEY, *rep.REGISTRY_PROPERTIES}
    for label in sch.labels.values():
        keys |= set(label.properties)
    for rel in sch.relationships.values():
        keys |= set(rel.properties)
    return {
        "labels": [*sch.labels, rep.REGISTRY_LABEL],
        "relationshipTypes": list(sch.relationships),
        "propertyKeys": sorted(keys),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--schema", action="store_true", help="print the schema for the linter instead")
    args = parser.parse_args()
    print(json.dumps(lint_schema() if args.schema else statements(), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
