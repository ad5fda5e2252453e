"""The few places where FalkorDB's Cypher and Neo4j's differ: indexes, full-text search, shortest path.

Everything else the store sends is in ``graph.store.statements`` and is the same text for both.
(See shared/design/cypher-subset.md for what was probed.)
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.schema import schema
from graph.store import representation as rep
from graph.store.statements import Statement, checked_label


class FalkorDBDialect:
    """FalkorDB 4.x (the engine inside FalkorDBLite): unnamed indexes, one full-text index per label."""

    name = "falkordb"

    def schema_statements(self) -> list[Statement]:
        """Indexes the loader needs: ``id`` to MERGE on, ``source_files`` (FalkorDB indexes list
        members) to find a file's contribution (its edges are found through their start nodes:
        an index on relationships would slow every edge written), ``search_key`` for full text."""
        out = []
        for label in [*schema().labels, rep.REGISTRY_LABEL]:
            lbl = checked_label(label)
            key = "path" if label == rep.REGISTRY_LABEL else rep.ID
            out.append(Statement(f"index:{lbl}:{key}", f"CREATE INDEX FOR (n:{lbl}) ON (n.{key})"))
            if label == rep.REGISTRY_LABEL:
                continue
            out.append(
                Statement(f"index:{lbl}:{rep.SOURCE_FILES}", f"CREATE INDEX FOR (n:{lbl}) ON (n.{rep.SOURCE_FILES})")
            )
            out.append(
                Statement(
                    f"fulltext:{lbl}",
                    f"CALL db.idx.fulltext.createNodeIndex('{lbl}', '{rep.SEARCH_KEY}')",
                )
            )
        return out

    def subquery(self, imports: Sequence[str]) -> str:
        """The opening of a CALL subquery that uses the outer variables ``imports``: FalkorDB takes
        only the importing WITH (which Neo4j 5 deprecates)."""
        return "CALL {" + (f"\n  WITH {', '.join(imports)}" if imports else "")

    def fulltext_search(self, label: str) -> Statement:
        """Nodes of ``label`` whose search_key matches $query (already folded). Yields node, score."""
        lbl = checked_label(label)
        return Statement(
            f"fulltext_search:{lbl}",
            f"CALL db.idx.fulltext.queryNodes('{lbl}', $query) YIELD node, score\n"
            "RETURN node, score\nORDER BY score DESC\nLIMIT $limit",
        )

    def shortest_path(self) -> Statement:
        """One shortest directed path from the node with id $from to the node with id $to."""
        # FalkorDB takes shortestPath only in WITH/RETURN, directed, with both ends bound
        return Statement(
            "shortest_path",
            "MATCH (a {id: $from}), (b {id: $to})\n"
            "WITH shortestPath((a)-[*..12]->(b)) AS p\n"
            "WHERE p IS NOT NULL\n"
            "RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types",
        )


class Neo4jDialect:
    """Neo4j 5: named constraints and indexes with IF NOT EXISTS, one full-text index for all labels."""

    name = "neo4j"
    fulltext_index = "chidao_search_key"

    def schema_statements(self) -> list[Statement]:
        """Uniqueness of ``id`` per label (Neo4j's MERGE needs it to stay race-free), full text."""
        out = []
        for label in [*schema().labels, rep.REGISTRY_LABEL]:
            lbl = checked_label(label)
            key = "path" if label == rep.REGISTRY_LABEL else rep.ID
            out.append(
                Statement(
                    f"constraint:{lbl}:{key}",
                    f"CREATE CONSTRAINT chidao_{lbl.lower()}_{key} IF NOT EXISTS "
                    f"FOR (n:{lbl}) REQUIRE n.{key} IS UNIQUE",
                )
            )
        labels = "|".join(checked_label(lbl) for lbl in schema().labels)
        out.append(
            Statement(
                "fulltext:all",
                f"CREATE FULLTEXT INDEX {self.fulltext_index} IF NOT EXISTS "
                f"FOR (n:{labels}) ON EACH [n.{rep.SEARCH_KEY}]",
            )
        )
        return out

    def subquery(self, imports: Sequence[str]) -> str:
        """The opening of a CALL subquery with its variable scope clause (FalkorDB cannot parse it)."""
        return f"CALL ({', '.join(imports)}) {{"

    def fulltext_search(self, label: str) -> Statement:
        lbl = checked_label(label)
        return Statement(
            f"fulltext_search:{lbl}",
            f"CALL db.index.fulltext.queryNodes('{self.fulltext_index}', $query) YIELD node, score\n"
            f"WITH node, score WHERE node:{lbl}\n"
            "RETURN node, score\nORDER BY score DESC\nLIMIT $limit",
        )

    def shortest_path(self) -> Statement:
        return Statement(
            "shortest_path",
            "MATCH p = shortestPath((a {id: $from})-[*..12]->(b {id: $to}))\n"
            "RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types",
        )


Dialect = FalkorDBDialect | Neo4jDialect


def dialect_statements(dialect: Dialect) -> list[Statement]:
    out = dialect.schema_statements()
    out += [dialect.fulltext_search(lbl) for lbl in schema().labels]
    out.append(dialect.shortest_path())
    return out
