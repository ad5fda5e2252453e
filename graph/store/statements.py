"""Every Cypher statement the store sends, written once for all backends.

Labels, relationship types and property names are formatted into the text only after they are
checked against ``graph.schema`` (they are identifiers, which Cypher cannot take as parameters);
every value travels as a parameter. What differs between FalkorDB and Neo4j lives in
``graph.store.dialect``; ``all_statements`` lists both parts for the linter
(``python -m graph.store.dump_statements``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from graph.schema import schema
from graph.store import representation as rep
from graph.store.representation import EdgeGroup

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class Statement:
    name: str
    cypher: str


def checked_label(label: str) -> str:
    if label != rep.REGISTRY_LABEL and label not in schema().labels:
        raise ValueError(f"{label!r} is not a label of the graph contract")
    return label


def checked_rel_type(rel_type: str) -> str:
    if rel_type not in schema().relationships:
        raise ValueError(f"{rel_type!r} is not a relationship type of the graph contract")
    return rel_type


def _checked_property(name: str) -> str:
    # contract property names are identifiers; refuse anything else rather than quote it
    if not _IDENTIFIER.match(name):
        raise ValueError(f"{name!r} cannot be used as a property name")
    return name


def _assign_properties(var: str, columns: dict[str, str], kinds: dict[str, str]) -> list[str]:
    """SET items that merge one row's contract properties into ``var``: scalars newest-wins, lists grow.
    ``columns`` gives the expression of each property's value in the row."""
    items = []
    for key, kind in kinds.items():
        p, v = _checked_property(key), columns[key]
        if kind == "list":
            # a row without the list leaves it as it is (no empty list appears)
            items.append(
                f"{var}.{p} = CASE WHEN {v} IS NULL THEN {var}.{p} ELSE coalesce({var}.{p}, []) + "
                f"[x IN {v} WHERE NOT x IN coalesce({var}.{p}, [])] END"
            )
        else:
            items.append(f"{var}.{p} = coalesce({v}, {var}.{p})")
    return items


def _assign_provenance(var: str, sources: str) -> list[str]:
    files, sources_json = rep.SOURCE_FILES, rep.SOURCES_JSON
    return [
        f"{var}.{files} = [f IN coalesce({var}.{files}, []) WHERE f <> $file] + [$file]",
        f"{var}.{sources_json} = [s IN coalesce({var}.{sources_json}, []) WHERE NOT s STARTS WITH $prefix] + {sources}",
    ]


def _assign_search_key(var: str, terms: str) -> str:
    key, sep = rep.SEARCH_KEY, rep.SEARCH_KEY_SEPARATOR
    # append each folded term once; the separators around both sides make the test whole-term
    return (
        f"{var}.{key} = reduce(k = coalesce({var}.{key}, ''), t IN {terms} | "
        f"CASE WHEN k = '' THEN t WHEN ('{sep}' + k + '{sep}') CONTAINS ('{sep}' + t + '{sep}') THEN k "
        f"ELSE k + '{sep}' + t END)"
    )


def _row_columns(names: tuple[str, ...]) -> dict[str, str]:
    return {name: f"r[{i}]" for i, name in enumerate(names)}


# a subquery's opening clause given the outer variables it uses ("CALL { WITH a" or "CALL (a) {"):
# the one part of the write statement where FalkorDB and Neo4j differ (see graph.store.dialect)
Subquery = Callable[[Sequence[str]], str]


def _node_parts(i: int, label: str, subquery: Subquery) -> list[str]:
    """Two subqueries: CREATE the rows of $new_<i> (known to be new), MERGE those of $old_<i>;
    each collects its nodes in row order (MERGE alone does not keep it) as new_<i> / old_<i>."""
    lbl = checked_label(label)
    kinds = schema().labels[lbl].properties
    cols = _row_columns(rep.node_columns(lbl))
    # in a create row the last column is search_key, already joined
    created = [f"{rep.ID}: {cols[rep.ID]}"]
    created += [f"{_checked_property(p)}: {cols[p]}" for p in kinds]
    created += [f"{rep.SOURCE_FILES}: [$file]", f"{rep.SOURCES_JSON}: {cols[rep.SOURCES_JSON]}"]
    created.append(f"{rep.SEARCH_KEY}: {cols[rep.SEARCH_TERMS]}")
    merged = _assign_properties("n", cols, kinds)
    merged += _assign_provenance("n", cols[rep.SOURCES_JSON])
    merged.append(_assign_search_key("n", cols[rep.SEARCH_TERMS]))
    sets = ",\n      ".join(merged)

    def numbered(rows: str) -> str:
        return f"UNWIND range(0, size(${rows}) - 1) AS i\n  WITH i, ${rows}[i] AS r\n  "

    in_order = "\n  WITH i, n ORDER BY i\n  RETURN collect(n) AS "
    return [
        f"{subquery([])}\n  {numbered(f'new_{i}')}CREATE (n:{lbl} {{{', '.join(created)}}}){in_order}new_{i}\n}}",
        f"{subquery([])}\n  {numbered(f'old_{i}')}MERGE (n:{lbl} {{{rep.ID}: {cols[rep.ID]}}})\n"
        f"  SET {sets}{in_order}old_{i}\n}}",
    ]


def _edge_parts(k: int, group: EdgeGroup, ends: tuple[str, str], subquery: Subquery) -> list[str]:
    """Two subqueries: CREATE the edges of $new_edges_<k> (an end is new, so the edge is), MERGE
    those of $old_edges_<k>; both ends are taken by position from the nodes just written."""
    rel = checked_rel_type(group.rel_type)
    checked_label(group.source_label), checked_label(group.target_label)
    kinds = schema().relationships[rel].properties
    cols = _row_columns(rep.edge_columns(rel))
    created = [f"{_checked_property(p)}: {cols[p]}" for p in kinds]
    created += [f"{rep.SOURCE_FILES}: [$file]", f"{rep.SOURCES_JSON}: {cols[rep.SOURCES_JSON]}"]
    merged = _assign_properties("e", cols, kinds) + _assign_provenance("e", cols[rep.SOURCES_JSON])
    sets = ",\n      ".join(merged)
    src, dst = ends
    bind = f"WITH {src}[{cols[rep.EDGE_SOURCE]}] AS a, {dst}[{cols[rep.EDGE_TARGET]}] AS b, r\n  "
    imports = sorted({src, dst})
    return [
        f"{subquery(imports)}\n  UNWIND $new_edges_{k} AS r\n  {bind}"
        f"CREATE (a)-[e:{rel} {{{', '.join(created)}}}]->(b)\n}}",
        f"{subquery(imports)}\n  UNWIND $old_edges_{k} AS r\n  {bind}MERGE (a)-[e:{rel}]->(b)\n  SET {sets}\n}}",
    ]


def write_file(labels: tuple[str, ...], groups: tuple[EdgeGroup, ...], subquery: Subquery) -> Statement:
    """One statement that writes a file's nodes and edges (taken away before by the detach statements).

    Parameters, for the i-th of ``labels`` and the k-th of ``groups``: $new_<i> and $old_<i>, node
    rows (``rep.node_columns``; in $new_<i> the last column is the joined search_key) known to be
    new and maybe there; $new_edges_<k> and $old_edges_<k>, edge rows (``rep.edge_columns``) with
    a new end and without; $file, $prefix. An edge row's ends are positions in the nodes of their
    label as written here, the new rows then the old ones: found without an index lookup, which
    made the edges twice as fast to write as when their ends were matched by id.
    """
    parts: list[str] = []
    for i, label in enumerate(labels):
        parts += _node_parts(i, label, subquery)
    parts.append("WITH " + ", ".join(f"new_{i} + old_{i} AS nodes_{i}" for i in range(len(labels))))
    slot = {label: f"nodes_{i}" for i, label in enumerate(labels)}
    for k, group in enumerate(groups):
        parts += _edge_parts(k, group, (slot[group.source_label], slot[group.target_label]), subquery)
    if not groups:
        parts.append("RETURN count(*) AS written")
    names = ",".join(labels) + ";" + ",".join(f"{g.rel_type}:{g.source_label}:{g.target_label}" for g in groups)
    return Statement(f"write_file:{names}", "\n".join(parts))


def existing_ids(label: str) -> Statement:
    """Which of $ids are nodes of ``label`` that stay when $file's contribution is taken away
    (a node only $file states is deleted and written anew)."""
    lbl = checked_label(label)
    return Statement(
        f"existing_ids:{lbl}",
        f"UNWIND $ids AS id\nMATCH (n:{lbl} {{{rep.ID}: id}})\n"
        f"WITH n, coalesce(n.{rep.SOURCE_FILES}, []) AS files\n"
        f"WHERE NOT ($file IN files AND all(f IN files WHERE f = $file))\nRETURN n.{rep.ID} AS id",
    )


def _detach(var: str) -> str:
    files, sources = rep.SOURCE_FILES, rep.SOURCES_JSON
    return (
        f"SET {var}.{files} = [f IN {var}.{files} WHERE f <> $file],\n"
        f"    {var}.{sources} = [s IN {var}.{sources} WHERE NOT s STARTS WITH $prefix]"
    )


def detach_edges(label: str) -> Statement:
    """Take ``$file`` out of the sources of every edge leaving a ``label`` node that ``$file``
    states; delete edges left without a source.

    An edge a file states starts at a node that file states (a graph must hold both ends of its
    edges), so the node's indexed ``source_files`` finds every such edge without an index on
    relationships, which would slow every edge written. Parameters: $file, $prefix.
    """
    lbl = checked_label(label)
    return Statement(
        f"detach_edges:{lbl}",
        f"MATCH (n:{lbl})-[e]->() WHERE $file IN n.{rep.SOURCE_FILES} AND $file IN e.{rep.SOURCE_FILES}\n"
        f"{_detach('e')}\n"
        f"WITH e WHERE size(e.{rep.SOURCE_FILES}) = 0\n"
        f"DELETE e",
    )


def detach_nodes(label: str) -> Statement:
    """Take ``$file`` out of the sources of every ``label`` node; delete nodes left without one.

    Run after ``detach_edges``: a node only this file stated has only edges only this file stated.
    Parameters: $file, $prefix.
    """
    lbl = checked_label(label)
    clear = ""
    if "source_file" in schema().labels[lbl].properties:
        clear = ",\n    n.source_file = CASE WHEN n.source_file = $file THEN null ELSE n.source_file END"
    return Statement(
        f"detach_nodes:{lbl}",
        f"MATCH (n:{lbl}) WHERE $file IN n.{rep.SOURCE_FILES}\n"
        f"{_detach('n')}{clear}\n"
        f"WITH n WHERE size(n.{rep.SOURCE_FILES}) = 0\n"
        f"DETACH DELETE n",
    )


def drop_edges(label: str) -> Statement:
    """Delete the edges leaving a ``label`` node that only ``$file`` states, before ``detach_edges``:
    deleting them at once skips updating what is deleted next (half the time of a reload).
    Parameters: $file."""
    lbl = checked_label(label)
    return Statement(
        f"drop_edges:{lbl}",
        f"MATCH (n:{lbl})-[e]->() WHERE $file IN n.{rep.SOURCE_FILES} AND e.{rep.SOURCE_FILES} = [$file]\nDELETE e",
    )


def drop_nodes(label: str) -> Statement:
    """Delete the ``label`` nodes only ``$file`` states, before ``detach_nodes`` (see ``drop_edges``).
    Parameters: $file."""
    lbl = checked_label(label)
    return Statement(
        f"drop_nodes:{lbl}",
        f"MATCH (n:{lbl}) WHERE $file IN n.{rep.SOURCE_FILES} AND n.{rep.SOURCE_FILES} = [$file]\nDETACH DELETE n",
    )


def detach_file(subquery: Subquery) -> Statement:
    """Take ``$file``'s contribution away, every label in one statement (one plan to cache, where
    four statements per label crowded FalkorDB's plan cache and were planned again for each file):
    edges first, as deleting a node only this file stated must not find other files' edges on it.
    Parameters: $file, $prefix."""
    labels = list(schema().labels)
    parts = [drop_edges(lbl) for lbl in labels] + [detach_edges(lbl) for lbl in labels]
    parts += [drop_nodes(lbl) for lbl in labels] + [detach_nodes(lbl) for lbl in labels]
    body = [f"{subquery([])}\n  " + part.cypher.replace("\n", "\n  ") + "\n}" for part in parts]
    return Statement("detach_file", "\n".join(body))


REGISTER_FILE = Statement(
    "register_file",
    f"MERGE (f:{rep.REGISTRY_LABEL} {{path: $file}})\n"
    "SET f.loaded_at = $loaded_at, f.node_count = $node_count, f.edge_count = $edge_count",
)
UNREGISTER_FILE = Statement(
    "unregister_file",
    f"MATCH (f:{rep.REGISTRY_LABEL} {{path: $file}})\nDELETE f",
)
LIST_FILES = Statement(
    "list_files",
    f"MATCH (f:{rep.REGISTRY_LABEL})\nRETURN f.path AS path\nORDER BY path",
)
# the documents whose id lies in [low, high): a range, so that the index on id serves it on both stores
DOCUMENTS_IN_RANGE = Statement(
    "documents_in_range",
    "MATCH (d:Document)\nWHERE d.id >= $low AND d.id < $high\nRETURN d.id AS id",
)
UNKNOWN_ISSUERS = Statement(
    "unknown_issuers",
    "MATCH (d:Document)\nWHERE d.id ENDS WITH '|?'\nRETURN d.id AS id, d.source_files AS files",
)
FILE_IS_LOADED = Statement(
    "file_is_loaded",
    f"MATCH (f:{rep.REGISTRY_LABEL} {{path: $file}})\nRETURN count(f) AS n",
)


def count_nodes(label: str) -> Statement:
    lbl = checked_label(label)
    return Statement(f"count_nodes:{lbl}", f"MATCH (n:{lbl})\nRETURN count(n) AS n")


def count_edges(rel_type: str) -> Statement:
    rel = checked_rel_type(rel_type)
    return Statement(f"count_edges:{rel}", f"MATCH ()-[e:{rel}]->()\nRETURN count(e) AS n")


def edge_groups() -> list[EdgeGroup]:
    """Every (type, start label, end label) the contract allows."""
    return [
        EdgeGroup(rel.name, src, dst)
        for rel in schema().relationships.values()
        for src in rel.sources
        for dst in rel.targets
    ]
