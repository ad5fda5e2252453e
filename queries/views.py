"""Fixed statements behind the API's entity page and graph view (not saved queries: their shape is
the API's, not a table's). Labels come from the id prefix table of ``queries.resolve``, never from
what a client sends; the id itself travels as a parameter."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from graph.store import CypherStore
from graph.store import representation as rep
from queries.params import has_control_characters
from queries.resolve import ID_PREFIXES, label_of_id
from queries.steps import Request, Rows, drive

MAX_RELATIONSHIPS = 500  # on one entity page; a hub's full list is for a saved query
MAX_DEPTH = 3
MAX_PATHS = 2000  # paths walked for one graph view: enough for a picture, bounded on a hub

_NAME = "coalesce({v}.number, {v}.name, {v}.title, {v}.description, {v}.id)"

# the two comprehensions use different variable names: FalkorDB mixes up names shared between them
_ENTITY = {
    lbl: f"MATCH (n:{lbl}) WHERE n.id = $id\n"
    # the properties as a map, which the store's reply carries more cheaply than a node
    "RETURN properties(n) AS n,\n"
    "  [(n)-[r1]->(m1) | {type: type(r1), properties: properties(r1), id: m1.id, label: labels(m1)[0], "
    f"name: {_NAME.format(v='m1')}}}] AS outgoing,\n"
    "  [(m2)-[r2]->(n) | {type: type(r2), properties: properties(r2), id: m2.id, label: labels(m2)[0], "
    f"name: {_NAME.format(v='m2')}}}] AS incoming"
    for lbl in ID_PREFIXES.values()
}

# variable-length bounds cannot be parameters, so there is one statement per depth
_NEIGHBOURHOOD = {
    (lbl, depth): f"MATCH (f:{lbl}) WHERE f.id IN $ids\n"
    f"MATCH p = (f)-[*1..{depth}]-(m)\n"
    "WITH p LIMIT $max_paths\n"
    "UNWIND relationships(p) AS r\n"
    "WITH DISTINCT r\n"
    "WITH startNode(r) AS s, r, endNode(r) AS e\n"
    f"RETURN s.id AS source, labels(s)[0] AS source_label, {_NAME.format(v='s')} AS source_name,\n"
    f"       type(r) AS type, e.id AS target, labels(e)[0] AS target_label, {_NAME.format(v='e')} AS target_name"
    for lbl in ID_PREFIXES.values()
    for depth in range(1, MAX_DEPTH + 1)
}
_FOCUS = {
    lbl: f"MATCH (f:{lbl}) WHERE f.id IN $ids RETURN f.id AS id, labels(f)[0] AS label, {_NAME.format(v='f')} AS name"
    for lbl in ID_PREFIXES.values()
}

_HIDDEN = (rep.SOURCE_FILES, rep.SOURCES_JSON, rep.SEARCH_KEY)


def _properties(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in _HIDDEN and not k.startswith("_")}


def entity(store: CypherStore, entity_id: str) -> dict[str, Any] | None:
    """One node with its properties, the quotes that state it, and its relationships with theirs."""
    return drive(entity_steps(entity_id), store.query)


def entity_steps(entity_id: str) -> Generator[Request, Rows, dict[str, Any] | None]:
    """``entity`` as steps (queries.steps)."""
    label = label_of_id(entity_id)
    if label is None or has_control_characters(entity_id):
        return None
    rows = yield (_ENTITY[label], {"id": entity_id})
    if not rows:
        return None
    node = rows[0]["n"]
    rels = [{"direction": "out", **r} for r in rows[0]["outgoing"]] + [
        {"direction": "in", **r} for r in rows[0]["incoming"]
    ]
    return {
        "id": node.get(rep.ID),
        "label": label,
        "properties": {k: v for k, v in _properties(node).items() if k != rep.ID},
        "loaded_from": node.get(rep.SOURCE_FILES) or [],
        "sources": rep.decode_sources(node.get(rep.SOURCES_JSON)),
        "relationship_count": len(rels),
        "relationships": [
            {
                "direction": r["direction"],
                "type": r["type"],
                "properties": _properties(r["properties"]),
                "other": {"id": r["id"], "label": r["label"], "name": r["name"]},
                "sources": rep.decode_sources(r["properties"].get(rep.SOURCES_JSON)),
            }
            for r in rels[:MAX_RELATIONSHIPS]
        ],
    }


def neighbourhood(store: CypherStore, ids: list[str], depth: int) -> dict[str, Any]:
    """Nodes and edges within ``depth`` steps of the focus nodes, for drawing."""
    depth = max(1, min(depth, MAX_DEPTH))
    by_label: dict[str, list[str]] = {}
    for node_id in ids:
        label = label_of_id(node_id)
        if label is not None:
            by_label.setdefault(label, []).append(node_id)
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for label, group in by_label.items():
        for row in store.query(_FOCUS[label], {"ids": group}):
            nodes[row["id"]] = {**row, "focus": True}
        params = {"ids": group, "max_paths": MAX_PATHS}
        for row in store.query(_NEIGHBOURHOOD[(label, depth)], params):
            for end in ("source", "target"):
                nodes.setdefault(
                    row[end], {"id": row[end], "label": row[f"{end}_label"], "name": row[f"{end}_name"], "focus": False}
                )
            edges[(row["source"], row["type"], row["target"])] = {
                "source": row["source"],
                "type": row["type"],
                "target": row["target"],
            }
    return {"nodes": list(nodes.values()), "edges": list(edges.values()), "truncated_at_paths": MAX_PATHS}


def statements() -> dict[str, str]:
    """Every statement of this module by a name, for the linter and the tests."""
    out = {f"entity:{lbl}": c for lbl, c in _ENTITY.items()}
    out |= {f"focus:{lbl}": c for lbl, c in _FOCUS.items()}
    out |= {f"neighbourhood:{lbl}:{d}": c for (lbl, d), c in _NEIGHBOURHOOD.items()}
    return out
