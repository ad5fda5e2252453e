"""How a contract graph is laid out in a store: the property names every backend writes and readers rely on.

A node is stored with its label from the contract, merged on ``id`` (the extractor's identity key),
and carries:

- the contract's properties, flat (``name``, ``number``, ``aliases`` …): scalars as strings or
  integers, list properties (``aliases``, ``titles``) as lists of strings;
- ``source_files``: list of the loaded files that state the node (the ``source_file`` argument of
  ``Store.replace_file``);
- ``sources_json``: list of strings, one per source, each a JSON object
  ``{"file": <loaded file>, "document": <id of that file's Document node>, "start": int,
  "end": int, "quote": str}``; ``"file"`` always comes first, so a file's entries are removed in
  Cypher by prefix (FalkorDB cannot store lists of maps, so the contract's ``sources`` is kept as
  JSON text; ``[json.loads(s) for s in n.sources_json]`` gives it back, with ``file`` added);
- ``search_key``: the ASCII-folded (``graph.text.ascii_fold``: lower case, no diacritics, đ → d)
  name, number, title, description and aliases, joined by `` | ``; fold the user's words the same
  way and match with ``CONTAINS`` or the store's full-text index (diacritic-insensitive on both
  stores).

A relationship carries its contract properties (``role``, ``capacity`` …), ``source_files`` and
``sources_json`` the same way. Its identity is (type, start node id, end node id).

Each loaded file is recorded as a ``LoadedFile`` node (``path``, ``loaded_at`` ISO time,
``node_count``, ``edge_count``); it belongs to the store, not to the contract.

Merging rules: a scalar property takes the newest non-null value written; list properties and
``search_key`` only grow; ``forget`` and ``replace_file`` remove a file's ``source_files`` and
``sources_json`` entries and delete what is left without any source. ``source_file`` on a Document
is cleared when that file is forgotten.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from typing import Any

from graph.model import ContractError, Graph, Source
from graph.schema import schema

ID = "id"
SOURCE_FILES = "source_files"
SOURCES_JSON = "sources_json"
SEARCH_KEY = "search_key"
SEARCH_KEY_SEPARATOR = " | "
# row keys that are not contract properties
SEARCH_TERMS = "search_terms"
EDGE_SOURCE = "source"
EDGE_TARGET = "target"

REGISTRY_LABEL = "LoadedFile"
REGISTRY_PROPERTIES = ("path", "loaded_at", "node_count", "edge_count")

# properties whose folded text goes into search_key
SEARCHABLE_PROPERTIES = ("name", "number", "title", "description", "aliases")

STORE_PROPERTIES = (ID, SOURCE_FILES, SOURCES_JSON, SEARCH_KEY)

_SCALAR_TYPES = (str, int, float, bool)


class RepresentationError(ValueError):
    """A graph value a store cannot hold; the message is a sentence without the file name."""


def sources_prefix(source_file: str) -> str:
    """The start of every ``sources_json`` entry of ``source_file`` (JSON escaping makes it unique)."""
    return _compact_json({"file": source_file})[:-1] + ","


def _compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


_json_string = json.encoder.encode_basestring  # the C escaper json.dumps(ensure_ascii=False) uses


def _sources_json(prefix: str, sources: list[Source]) -> list[str]:
    # the same text as _compact_json({"file": …, **source.to_dict()}), several times faster,
    # which matters for large files (see benchmarks/bench_store.py)
    return [
        f'{prefix}"document":{_json_string(s.document)},"start":{int(s.start)},"end":{int(s.end)},'
        f'"quote":{_json_string(s.quote)}}}'
        for s in sources
    ]


class _CharFold(dict[int, str]):
    """ascii_fold of one character at a time, computed once per character: str.translate table."""

    def __missing__(self, code: int) -> str:
        folded = "".join(ch for ch in unicodedata.normalize("NFD", chr(code)) if unicodedata.category(ch) != "Mn")
        self[code] = folded
        return folded


_CHAR_FOLD = _CharFold()


def fold(text: str) -> str:
    """Exactly ``graph.text.ascii_fold(text)``, faster: lower case, đ → d, then each character's
    decomposition without its combining marks (decomposition and mark removal work per character,
    so a per-character table gives the same result); tests/test_store.py checks the equality."""
    lowered = text.lower().replace("đ", "d").replace("Đ", "d")
    return " ".join(lowered.translate(_CHAR_FOLD).split())  # str.split's whitespace is re's \\s


def _search_terms(properties: dict[str, Any]) -> list[str]:
    terms: list[str] = []
    for key in SEARCHABLE_PROPERTIES:
        value = properties.get(key)
        values = value if isinstance(value, list) else [value]
        for v in values:
            if isinstance(v, str):
                term = fold(v).replace("|", " ").strip()
                if term and term not in terms:
                    terms.append(term)
    return terms


def _checked_value(owner: str, key: str, kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "list":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise RepresentationError(f"{owner} has {key} = {value!r}, which is not a list of strings")
        return list(dict.fromkeys(value))
    if not isinstance(value, _SCALAR_TYPES):
        raise RepresentationError(f"{owner} has {key} = {value!r}, which is not a plain value")
    return value


def _check_schema_names() -> None:
    clash = {*STORE_PROPERTIES, SEARCH_TERMS, EDGE_SOURCE, EDGE_TARGET}
    for label in schema().labels.values():
        assert not clash & set(label.properties), f"{label.name} uses a store property name"
    for rel in schema().relationships.values():
        assert not clash & set(rel.properties), f"{rel.name} uses a store property name"


_check_schema_names()


@dataclass(frozen=True)
class EdgeGroup:
    """Edges of one type between two labels: one MERGE statement matches both ends by label and id."""

    rel_type: str
    source_label: str
    target_label: str


@dataclass
class StoreRows:
    """One file's graph as parameter rows, grouped the way the statements take them."""

    nodes: dict[str, list[dict[str, Any]]]
    edges: dict[EdgeGroup, list[dict[str, Any]]]

    @property
    def node_count(self) -> int:
        return sum(len(rows) for rows in self.nodes.values())

    @property
    def edge_count(self) -> int:
        return sum(len(rows) for rows in self.edges.values())


def to_rows(source_file: str, graph: Graph) -> StoreRows:
    """Validate ``graph`` against the contract and turn it into rows; raises RepresentationError."""
    try:
        graph.validate()
    except ContractError as exc:
        raise RepresentationError(str(exc)) from exc
    sch = schema()
    prefix = sources_prefix(source_file)
    nodes: dict[str, list[dict[str, Any]]] = {}
    for node in graph.nodes.values():
        kinds = sch.labels[node.label].properties
        row: dict[str, Any] = {ID: node.id}
        for key, value in node.properties.items():
            # plain strings, by far the most common value, need no check
            row[key] = (
                value
                if type(value) is str and kinds[key] != "list"
                else _checked_value(f"node {node.id}", key, kinds[key], value)
            )
        row[SOURCES_JSON] = _sources_json(prefix, node.sources)
        row[SEARCH_TERMS] = _search_terms(node.properties)
        nodes.setdefault(node.label, []).append(row)
    edges: dict[EdgeGroup, list[dict[str, Any]]] = {}
    for edge in graph.edges.values():
        kinds = sch.relationships[edge.type].properties
        owner = f"edge {edge.type} {edge.source} -> {edge.target}"
        unknown = set(edge.properties) - set(kinds)
        if unknown:
            raise RepresentationError(f"{owner} has properties outside the contract: {sorted(unknown)}")
        row = {EDGE_SOURCE: edge.source, EDGE_TARGET: edge.target}
        for key, value in edge.properties.items():
            row[key] = _checked_value(owner, key, kinds[key], value)
        row[SOURCES_JSON] = _sources_json(prefix, edge.sources)
        group = EdgeGroup(edge.type, graph.nodes[edge.source].label, graph.nodes[edge.target].label)
        edges.setdefault(group, []).append(row)
    return StoreRows(nodes, edges)


def decode_sources(sources_json: list[str] | None) -> list[dict[str, Any]]:
    """The sources of a stored node or relationship, each with the ``file`` that stated it."""
    return [json.loads(s) for s in sources_json or []]
