"""The graph a view draws: the neighbourhood of what a person typed, with every node's and edge's quotes.

``fetch(store, key, depth)`` resolves ``key`` (a number in any spacing, a name, or an id) with
``queries.resolve``, takes the nodes and edges around it from ``queries.views.neighbourhood`` and
adds, with fixed statements of this module, the properties and the sources (quote, file, offsets)
that the explorer's tooltips, the briefing images and the evidence table show. Labels come from
the id prefix table of ``queries.resolve``; ids travel as parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.store import CypherStore
from graph.store import representation as rep
from queries import NotFound, Param, QueryError
from queries.resolve import ID_PREFIXES, label_of_id, resolve
from queries.views import MAX_DEPTH, neighbourhood

FOCUS = Param("focus", "document|agency|person|project", "a document, body, person or project")
ANY = Param("focus", "entity", "anything in the graph")
DEFAULT_DEPTH = 2
NAME_KEYS = ("number", "name", "title", "description")
_BATCH = 500

_NODES = {
    lbl: f"MATCH (n:{lbl}) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS properties"
    for lbl in ID_PREFIXES.values()
}
_EDGES = {
    lbl: f"MATCH (s:{lbl})-[r]->(e) WHERE s.id IN $ids AND e.id IN $ends\n"
    "RETURN s.id AS source, type(r) AS type, e.id AS target, properties(r) AS properties"
    for lbl in ID_PREFIXES.values()
}
_HIDDEN = frozenset((rep.ID, rep.SOURCE_FILES, rep.SOURCES_JSON, rep.SEARCH_KEY))


class ViewError(ValueError):
    """A view that cannot be drawn as asked; ``str()`` is a sentence for the person who asked."""


class ViewNotFound(ViewError):
    """The focus names nothing in the graph."""


@dataclass
class ViewNode:
    id: str
    label: str
    name: str
    focus: bool = False
    properties: dict[str, Any] = field(default_factory=dict)
    sources: list[dict[str, Any]] = field(default_factory=list)

    @property
    def date(self) -> str | None:
        """The date the node stands at on a time axis: a document's date, a task's deadline."""
        value = self.properties.get("date") or self.properties.get("deadline")
        return str(value)[:10] if value else None


@dataclass
class ViewEdge:
    source: str
    type: str
    target: str
    properties: dict[str, Any] = field(default_factory=dict)
    sources: list[dict[str, Any]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.type, self.target)


@dataclass
class ViewGraph:
    """What one view shows: ``key`` as typed, the ids it resolved to, and the nodes and edges around them."""

    key: str
    focus_ids: list[str]
    nodes: dict[str, ViewNode] = field(default_factory=dict)
    edges: list[ViewEdge] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "focus": self.focus_ids,
            "nodes": [vars(n) for n in self.nodes.values()],
            "edges": [vars(e) for e in self.edges],
        }

    def focus_names(self) -> list[str]:
        return [self.nodes[i].name for i in self.focus_ids if i in self.nodes]


def display_name(properties: dict[str, Any], fallback: str) -> str:
    for key in NAME_KEYS:
        value = properties.get(key)
        if value:
            return str(value)
    return fallback


def resolve_focus(store: CypherStore, key: str, *, anything: bool = False) -> list[str]:
    """The ids ``key`` names; ViewError as a sentence when it names nothing."""
    text = (key or "").strip()
    if not text:
        raise ViewError("Name a document, body, person or project to centre on, by its number or name.")
    try:
        return resolve(store, ANY if anything else FOCUS, text)
    except NotFound:
        if label_of_id(text) is not None:
            raise ViewNotFound(f"There is no node with the id {text!r} in the graph.") from None
        raise ViewNotFound(f"No document, body, person or project matches {text!r}.") from None
    except QueryError as exc:
        raise ViewError(str(exc)) from None


def fetch(store: CypherStore, key: str, depth: int = DEFAULT_DEPTH, *, anything: bool = False) -> ViewGraph:
    """The neighbourhood of ``key`` (up to ``depth`` steps, at most queries.views.MAX_DEPTH), with sources."""
    if not 1 <= depth <= MAX_DEPTH:
        raise ViewError(f"The depth must be between 1 and {MAX_DEPTH}, not {depth}.")
    ids = resolve_focus(store, key, anything=anything)
    found = neighbourhood(store, ids, depth)
    view = ViewGraph(key=key, focus_ids=ids)
    for n in found["nodes"]:
        view.nodes[n["id"]] = ViewNode(n["id"], n["label"], str(n["name"] or n["id"]), bool(n["focus"]))
    wanted = {(e["source"], e["type"], e["target"]) for e in found["edges"]}
    _add_details(store, view, wanted)
    return view


def _by_label(ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for node_id in ids:
        label = label_of_id(node_id)
        if label is not None:
            out.setdefault(label, []).append(node_id)
    return out


def _add_details(store: CypherStore, view: ViewGraph, wanted: set[tuple[str, str, str]]) -> None:
    all_ids = list(view.nodes)
    starts = {w[0] for w in wanted}
    for label, ids in _by_label(all_ids).items():
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start : start + _BATCH]
            for row in store.query(_NODES[label], {"ids": chunk}):
                node = view.nodes[row["id"]]
                props = row["properties"] or {}
                node.properties = {k: v for k, v in props.items() if k not in _HIDDEN and not k.startswith("_")}
                node.sources = rep.decode_sources(props.get(rep.SOURCES_JSON))
            sources = [s for s in chunk if s in starts]
            if not sources:
                continue
            for row in store.query(_EDGES[label], {"ids": sources, "ends": all_ids}):
                key = (row["source"], row["type"], row["target"])
                if key not in wanted:
                    continue
                wanted.discard(key)
                props = row["properties"] or {}
                view.edges.append(
                    ViewEdge(
                        *key,
                        properties={k: v for k, v in props.items() if k not in _HIDDEN},
                        sources=rep.decode_sources(props.get(rep.SOURCES_JSON)),
                    )
                )
    view.edges += [ViewEdge(*key) for key in sorted(wanted)]  # none expected: every edge has a source


def statements() -> dict[str, str]:
    """Every statement of this module by a name, for the Neo4j linter (queries.dump)."""
    return {f"view:node:{lbl}": c for lbl, c in _NODES.items()} | {f"view:edges:{lbl}": c for lbl, c in _EDGES.items()}
