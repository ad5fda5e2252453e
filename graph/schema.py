"""The graph contract, loaded once from ``contract.toml``: the one place the schema lives."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

CONTRACT_FILE = Path(__file__).with_name("contract.toml")


@dataclass(frozen=True)
class Label:
    name: str
    description: str
    properties: dict[str, str]
    display: str


@dataclass(frozen=True)
class RelType:
    name: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    reads: str
    properties: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Schema:
    version: int
    labels: dict[str, Label]
    relationships: dict[str, RelType]
    enums: dict[str, tuple[str, ...]]
    doc_types: dict[str, str]

    def check_edge(self, rel_type: str, source_label: str, target_label: str) -> str | None:
        """Why an edge breaks the contract, or None when it fits."""
        rel = self.relationships.get(rel_type)
        if rel is None:
            return f"unknown relationship type {rel_type!r}"
        if source_label not in rel.sources:
            return f"{rel_type} cannot start at a {source_label}"
        if target_label not in rel.targets:
            return f"{rel_type} cannot end at a {target_label}"
        return None


@cache
def schema() -> Schema:
    data = tomllib.loads(CONTRACT_FILE.read_text(encoding="utf-8"))
    labels = {
        name: Label(name, spec["description"], dict(spec["properties"]), spec["display"])
        for name, spec in data["labels"].items()
    }
    rels = {
        name: RelType(name, tuple(spec["from"]), tuple(spec["to"]), spec["reads"], dict(spec.get("properties", {})))
        for name, spec in data["relationships"].items()
    }
    enums = {name: tuple(values) for name, values in data["enums"].items()}
    return Schema(data["version"], labels, rels, enums, dict(data["doc_types"]))


def label_names() -> list[str]:
    return list(schema().labels)


def relationship_names() -> list[str]:
    return list(schema().relationships)
