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
from functools import cache
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


def _sources_json(prefix: str, sources: list[Source], documents: dict[str, str]) -> list[str]:
    # the same text as _compact_json({"file": …, **source.to_dict()}), several times faster,
    # which matters for large files (see benchmarks/bench_store.py); ``documents`` caches the
    # text up to the document id, the same for most sources of a file
    out = []
    for s in sources:
        head = documents.get(s.document)
        if head is None:
            head = documents[s.document] = f'{prefix}"document":{_json_string(s.document)},"start":'
        out.append(f'{head}{int(s.start)},"end":{int(s.end)},"quote":{_json_string(s.quote)}}}')
    return out


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
        if value is None:
            continue
        for v in value if type(value) is list else (value,):
            if type(v) is str:
                term = fold(v)
                if "|" in term:  # the separator of search_key cannot be inside a term
                    term = term.replace("|", " ").strip()
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
    """Edges of one type between two labels: one statement part writes them, its ends bound by label."""

    rel_type: str
    source_label: str
    target_label: str


@cache
def node_columns(label: str) -> tuple[str, ...]:
    """What each position of a node row of ``label`` holds: ``id``, the contract properties,
    ``sources_json``, then the folded search terms (a list; ``search_key`` is made from them)."""
    return (ID, *schema().labels[label].properties, SOURCES_JSON, SEARCH_TERMS)


@cache
def edge_columns(rel_type: str) -> tuple[str, ...]:
    """What each position of an edge row of ``rel_type`` holds: the start and end node as positions
    in their label's node rows, the contract properties, then ``sources_json``."""
    return (EDGE_SOURCE, EDGE_TARGET, *schema().relationships[rel_type].properties, SOURCES_JSON)


@dataclass
class StoreRows:
    """One file's graph as parameter rows, grouped the way the statements take them.

    Rows are lists laid out as ``node_columns`` / ``edge_columns`` say: positional rows make the
    parameter text about a third shorter than maps, which the server parses faster, and an edge
    names its ends by position so that the write statement finds them without an index lookup.
    """

    nodes: dict[str, list[list[Any]]]
    edges: dict[EdgeGroup, list[list[Any]]]

    @property
    def node_count(self) -> int:
        return sum(len(rows) for rows in self.nodes.values())

    @property
    def edge_count(self) -> int:
        return sum(len(rows) for rows in self.edges.values())


@cache
def _property_kinds(names: tuple[str, str]) -> tuple[tuple[str, ...], dict[str, int], frozenset[str], dict[str, str]]:
    """Of a label ("node", L) or relationship type ("edge", T): its property names in column order,
    each one's column in a row, the list-valued ones, and every one's kind."""
    what, name = names
    kinds = schema().labels[name].properties if what == "node" else schema().relationships[name].properties
    first = 1 if what == "node" else 2  # after the id, or after the two ends
    lists = frozenset(k for k, kind in kinds.items() if kind == "list")
    return tuple(kinds), {k: first + i for i, k in enumerate(kinds)}, lists, dict(kinds)


def to_rows(source_file: str, graph: Graph) -> StoreRows:
    """Validate ``graph`` against the contract and turn it into rows; raises RepresentationError."""
    try:
        graph.validate()
    except ContractError as exc:
        raise RepresentationError(str(exc)) from exc
    prefix = sources_prefix(source_file)
    documents: dict[str, str] = {}
    nodes: dict[str, list[list[Any]]] = {}
    place: dict[str, tuple[str, int]] = {}  # node id -> its label and its place in that label's rows
    for node in graph.nodes.values():
        names, column, lists, kinds = _property_kinds(("node", node.label))
        props = node.properties
        row: list[Any] = [node.id, *map(props.get, names)]
        for key, value in props.items():
            # plain strings, by far the most common value, need no check
            if value is not None and (type(value) is not str or key in lists):
                row[column[key]] = _checked_value(f"node {node.id}", key, kinds[key], value)
        row.append(_sources_json(prefix, node.sources, documents))
        row.append(_search_terms(props))
        label_rows = nodes.get(node.label)
        if label_rows is None:
            label_rows = nodes[node.label] = []
        place[node.id] = (node.label, len(label_rows))
        label_rows.append(row)
    by_key: dict[tuple[str, str, str], list[list[Any]]] = {}
    for edge in graph.edges.values():
        source_label, source = place[edge.source]
        target_label, target = place[edge.target]
        names, _, lists, kinds = _property_kinds(("edge", edge.type))
        props = edge.properties
        row = [source, target, *map(props.get, names)]
        # plain strings of scalar properties, by far the most common, need no check
        if props and not (
            props.keys() <= kinds.keys() and all(type(v) is str and k not in lists for k, v in props.items())
        ):
            owner = f"edge {edge.type} {edge.source} -> {edge.target}"
            unknown = props.keys() - kinds.keys()
            if unknown:
                raise RepresentationError(f"{owner} has properties outside the contract: {sorted(unknown)}")
            row[2:] = [_checked_value(owner, key, kinds[key], props.get(key)) for key in names]
        row.append(_sources_json(prefix, edge.sources, documents))
        group = (edge.type, source_label, target_label)
        group_rows = by_key.get(group)
        if group_rows is None:
            group_rows = by_key[group] = []
        group_rows.append(row)
    return StoreRows(nodes, {EdgeGroup(*group): rows for group, rows in by_key.items()})


def decode_sources(sources_json: list[str] | None) -> list[dict[str, Any]]:
    """The sources of a stored node or relationship, each with the ``file`` that stated it."""
    return [json.loads(s) for s in sources_json or []]
