"""Every Cypher statement the store sends, written once for all backends.

Labels, relationship types and property names are formatted into the text only after they are
checked against ``graph.schema`` (they are identifiers, which Cypher cannot take as parameters);
every value travels as a parameter. What differs between FalkorDB and Neo4j lives in
``graph.store.dialect``; ``all_statements`` lists both parts for the linter
(``python -m graph.store.dump_statements``).
"""

from __future__ import annotations

import re
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


def _assign_properties(var: str, kinds: dict[str, str]) -> list[str]:
    """SET items that merge one row's contract properties into ``var``: scalars newest-wins, lists grow."""
    items = []
    for key, kind in kinds.items():
        p = _checked_property(key)
        if kind == "list":
            # a row without the list leaves it as it is (no empty list appears)
            items.append(
                f"{var}.{p} = CASE WHEN r.{p} IS NULL THEN {var}.{p} ELSE coalesce({var}.{p}, []) + "
                f"[x IN r.{p} WHERE NOT x IN coalesce({var}.{p}, [])] END"
            )
        else:
            items.append(f"{var}.{p} = coalesce(r.{p}, {var}.{p})")
    return items


def _assign_provenance(var: str) -> list[str]:
    files, sources = rep.SOURCE_FILES, rep.SOURCES_JSON
    return [
        f"{var}.{files} = [f IN coalesce({var}.{files}, []) WHERE f <> $file] + [$file]",
        f"{var}.{sources} = [s IN coalesce({var}.{sources}, []) WHERE NOT s STARTS WITH $prefix] + r.{sources}",
    ]


def _assign_search_key(var: str) -> str:
    key, sep = rep.SEARCH_KEY, rep.SEARCH_KEY_SEPARATOR
    # append each folded term once; the separators around both sides make the test whole-term
    return (
        f"{var}.{key} = reduce(k = coalesce({var}.{key}, ''), t IN r.{rep.SEARCH_TERMS} | "
        f"CASE WHEN k = '' THEN t WHEN ('{sep}' + k + '{sep}') CONTAINS ('{sep}' + t + '{sep}') THEN k "
        f"ELSE k + '{sep}' + t END)"
    )


def upsert_nodes(label: str) -> Statement:
    """Parameters: $rows (node rows of ``label``), $file, $prefix."""
    lbl = checked_label(label)
    items = _assign_properties("n", schema().labels[lbl].properties)
    items += _assign_provenance("n")
    items.append(_assign_search_key("n"))
    sets = ",\n    ".join(items)
    return Statement(
        f"upsert_nodes:{lbl}",
        f"UNWIND $rows AS r\nMERGE (n:{lbl} {{{rep.ID}: r.{rep.ID}}})\nSET {sets}",
    )


def upsert_edges(group: EdgeGroup) -> Statement:
    """Parameters: $rows (edge rows of ``group``), $file, $prefix."""
    rel = checked_rel_type(group.rel_type)
    src, dst = checked_label(group.source_label), checked_label(group.target_label)
    items = _assign_properties("e", schema().relationships[rel].properties) + _assign_provenance("e")
    sets = ",\n    ".join(items)
    return Statement(
        f"upsert_edges:{rel}:{src}:{dst}",
        f"UNWIND $rows AS r\n"
        f"MATCH (a:{src} {{{rep.ID}: r.{rep.EDGE_SOURCE}}})\n"
        f"MATCH (b:{dst} {{{rep.ID}: r.{rep.EDGE_TARGET}}})\n"
        f"MERGE (a)-[e:{rel}]->(b)\n"
        f"SET {sets}",
    )


def create_nodes(label: str) -> Statement:
    """For rows the writer knows are new (read under a watch; see FalkorDBStore): plain CREATE,
    about twice as fast as MERGE with its merging SET. Parameters: $rows (with search_key), $file."""
    lbl = checked_label(label)
    props = [f"{rep.ID}: r.{rep.ID}"]
    props += [f"{_checked_property(p)}: r.{p}" for p in schema().labels[lbl].properties]
    props += [f"{rep.SOURCE_FILES}: [$file]", f"{rep.SOURCES_JSON}: r.{rep.SOURCES_JSON}"]
    props.append(f"{rep.SEARCH_KEY}: r.{rep.SEARCH_KEY}")
    return Statement(f"create_nodes:{lbl}", f"UNWIND $rows AS r\nCREATE (n:{lbl} {{{', '.join(props)}}})")


def create_edges(group: EdgeGroup) -> Statement:
    """For edges with an end the writer knows is new (so the edge is too). Parameters: $rows, $file."""
    rel = checked_rel_type(group.rel_type)
    src, dst = checked_label(group.source_label), checked_label(group.target_label)
    props = [f"{_checked_property(p)}: r.{p}" for p in schema().relationships[rel].properties]
    props += [f"{rep.SOURCE_FILES}: [$file]", f"{rep.SOURCES_JSON}: r.{rep.SOURCES_JSON}"]
    return Statement(
        f"create_edges:{rel}:{src}:{dst}",
        f"UNWIND $rows AS r\n"
        f"MATCH (a:{src} {{{rep.ID}: r.{rep.EDGE_SOURCE}}})\n"
        f"MATCH (b:{dst} {{{rep.ID}: r.{rep.EDGE_TARGET}}})\n"
        f"CREATE (a)-[e:{rel} {{{', '.join(props)}}}]->(b)",
    )


def existing_ids(label: str) -> Statement:
    """Which of $ids are already nodes of ``label``."""
    lbl = checked_label(label)
    return Statement(
        f"existing_ids:{lbl}", f"UNWIND $ids AS id\nMATCH (n:{lbl} {{{rep.ID}: id}})\nRETURN n.{rep.ID} AS id"
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


def common_statements() -> list[Statement]:
    """The statements every backend sends, the same text for all."""
    sch = schema()
    out = [upsert_nodes(lbl) for lbl in sch.labels]
    out += [upsert_edges(g) for g in edge_groups()]
    out += [create_nodes(lbl) for lbl in sch.labels]
    out += [create_edges(g) for g in edge_groups()]
    out += [existing_ids(lbl) for lbl in sch.labels]
    out += [detach_edges(lbl) for lbl in sch.labels]
    out += [detach_nodes(lbl) for lbl in sch.labels]
    out += [REGISTER_FILE, UNREGISTER_FILE, LIST_FILES, FILE_IS_LOADED]
    out += [count_nodes(lbl) for lbl in sch.labels]
    out += [count_edges(rel) for rel in sch.relationships]
    return out
