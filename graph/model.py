"""Nodes, edges and their sources: the contract's extraction format as Python objects."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from graph.schema import schema


class ContractError(ValueError):
    """A graph that does not follow the contract."""


@dataclass(frozen=True)
class Source:
    """Where a fact is stated: a slice of the normalised text of a loaded file."""

    document: str
    start: int
    end: int
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document, "start": self.start, "end": self.end, "quote": self.quote}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Source:
        return cls(str(d["document"]), int(d["start"]), int(d["end"]), str(d["quote"]))


@dataclass
class Node:
    id: str
    label: str
    properties: dict[str, Any] = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)

    def add_source(self, source: Source) -> None:
        if source not in self.sources:
            self.sources.append(source)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "properties": self.properties,
            "sources": [s.to_dict() for s in self.sources],
        }


@dataclass
class Edge:
    type: str
    source: str
    target: str
    properties: dict[str, Any] = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.type, self.source, self.target)

    def add_source(self, source: Source) -> None:
        if source not in self.sources:
            self.sources.append(source)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "properties": self.properties,
            "sources": [s.to_dict() for s in self.sources],
        }


@dataclass
class Graph:
    """One file's extraction, or any set of nodes and edges in the contract's shape."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], Edge] = field(default_factory=dict)

    def elements(self) -> list[Node | Edge]:
        """Every node, then every edge: what carries sources."""
        return [*self.nodes.values(), *self.edges.values()]

    def renamed(self, new_ids: dict[str, str]) -> Graph:
        """A copy in which each node id in ``new_ids`` is replaced, merged into a node already of that id,
        and every edge and source follows it."""

        def moved(sources: list[Source]) -> list[Source]:
            return [Source(new_ids.get(s.document, s.document), s.start, s.end, s.quote) for s in sources]

        out = Graph()
        for n in self.nodes.values():
            out.add_node(Node(new_ids.get(n.id, n.id), n.label, dict(n.properties), moved(n.sources)))
        for e in self.edges.values():
            source, target = new_ids.get(e.source, e.source), new_ids.get(e.target, e.target)
            if source != target:
                out.add_edge(Edge(e.type, source, target, dict(e.properties), moved(e.sources)))
        return out

    def add_node(self, node: Node) -> Node:
        """Add a node, or merge its properties and sources into the one with its id."""
        have = self.nodes.get(node.id)
        if have is None:
            self.nodes[node.id] = node
            return node
        for key, value in node.properties.items():
            if key == "aliases" or key == "titles":
                merged = list(have.properties.get(key) or [])
                merged += [v for v in value if v not in merged]
                have.properties[key] = merged
            elif have.properties.get(key) in (None, "", []):
                have.properties[key] = value
        for s in node.sources:
            have.add_source(s)
        return have

    def add_edge(self, edge: Edge) -> Edge:
        have = self.edges.get(edge.key)
        if have is None:
            self.edges[edge.key] = edge
            return edge
        for key, value in edge.properties.items():
            have.properties.setdefault(key, value)
        for s in edge.sources:
            have.add_source(s)
        return have

    def validate(self) -> None:
        """Raise ContractError naming the first node or edge that breaks the contract."""
        sch = schema()
        for node in self.nodes.values():
            if node.label not in sch.labels:
                raise ContractError(f"node {node.id} has unknown label {node.label!r}")
            if not node.sources:
                raise ContractError(f"node {node.id} has no source")
            unknown = set(node.properties) - set(sch.labels[node.label].properties)
            if unknown:
                raise ContractError(f"node {node.id} has properties outside the contract: {sorted(unknown)}")
        for edge in self.edges.values():
            src, dst = self.nodes.get(edge.source), self.nodes.get(edge.target)
            if src is None or dst is None:
                raise ContractError(f"edge {edge.key} points to a node that is not in the graph")
            problem = sch.check_edge(edge.type, src.label, dst.label)
            if problem:
                raise ContractError(f"edge {edge.key}: {problem}")
            if not edge.sources:
                raise ContractError(f"edge {edge.key} has no source")

    def to_dict(self) -> dict[str, Any]:
        return {
            "nodes": [n.to_dict() for n in self.nodes.values()],
            "edges": [e.to_dict() for e in self.edges.values()],
        }

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Graph:
        g = cls()
        try:
            for n in data["nodes"]:
                g.add_node(
                    Node(
                        str(n["id"]),
                        str(n["label"]),
                        dict(n.get("properties") or {}),
                        [Source.from_dict(s) for s in n.get("sources") or []],
                    )
                )
            for e in data["edges"]:
                g.add_edge(
                    Edge(
                        str(e["type"]),
                        str(e["source"]),
                        str(e["target"]),
                        dict(e.get("properties") or {}),
                        [Source.from_dict(s) for s in e.get("sources") or []],
                    )
                )
        except (KeyError, TypeError) as exc:
            raise ContractError(f"not a graph in the contract's shape: missing or wrong {exc}") from exc
        return g
