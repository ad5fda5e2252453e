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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NoReturn

import orjson

from graph.model import ContractError, Edge, Graph, Source
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


def _document_head(prefix: str, document: str, documents: dict[str, str]) -> str:
    head = documents[document] = f'{prefix}"document":{_json_string(document)},"start":'
    return head


def _sources_json(prefix: str, sources: list[Source], documents: dict[str, str]) -> list[str]:
    # the same text as _compact_json({"file": …, **source.to_dict()}), several times faster,
    # which matters for large files (see benchmarks/bench_store.py); ``documents`` caches the
    # text up to the document id, the same for most sources of a file
    out = []
    for s in sources:
        head = documents.get(s.document) or _document_head(prefix, s.document, documents)
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


@dataclass(frozen=True)
class JsonRows:
    """Parameter rows already written as JSON text (a list of rows), in the pass that validates them.

    For the many edge rows of a large file, writing each row's text at once took a third less time
    than building lists for an encoder to walk. FalkorDB takes the text as its parameter text (JSON
    without ``\\uXXXX`` escapes is also its literal syntax); other backends take ``values()``.
    """

    text: str
    count: int

    def values(self) -> list[Any]:
        rows: list[Any] = json.loads(self.text)
        return rows


Rows = list[list[Any]]


@dataclass
class StoreRows:
    """One file's graph as parameter rows, grouped and ordered the way the write statement takes them.

    Rows are laid out as ``node_columns`` / ``edge_columns`` say: positional rows make the parameter
    text about a third shorter than maps, which the server parses faster. ``created[label]`` are the
    nodes known to be new, CREATEd, whose last column is the joined ``search_key``; ``merged[label]``
    the others, MERGEd, whose last column is the list of search terms. An edge names its ends by
    their places in the nodes of their label as the statement writes them, the created ones first,
    so that the statement finds them without an index lookup; ``created_edges`` have a new end (so
    the edge is new), ``merged_edges`` do not.
    """

    created: dict[str, Rows] = field(default_factory=dict)
    merged: dict[str, Rows] = field(default_factory=dict)
    created_edges: dict[EdgeGroup, JsonRows] = field(default_factory=dict)
    merged_edges: dict[EdgeGroup, JsonRows] = field(default_factory=dict)

    @property
    def node_count(self) -> int:
        return sum(len(rows) for rows in (*self.created.values(), *self.merged.values()))

    @property
    def edge_count(self) -> int:
        return sum(rows.count for rows in (*self.created_edges.values(), *self.merged_edges.values()))


@cache
def _property_kinds(names: tuple[str, str]) -> tuple[tuple[str, ...], dict[str, int], frozenset[str], dict[str, str]]:
    """Of a label ("node", L) or relationship type ("edge", T): its property names in column order,
    each one's column in a row, the list-valued ones, and every one's kind."""
    what, name = names
    kinds = schema().labels[name].properties if what == "node" else schema().relationships[name].properties
    first = 1 if what == "node" else 2  # after the id, or after the two ends
    lists = frozenset(k for k, kind in kinds.items() if kind == "list")
    return tuple(kinds), {k: first + i for i, k in enumerate(kinds)}, lists, dict(kinds)


@cache
def _edge_kinds() -> dict[tuple[str, str, str], tuple[tuple[str, ...], frozenset[str], dict[str, str]]]:
    """Every (type, start label, end label) the contract allows, with the type's property names in
    column order, the list-valued ones and every one's kind."""
    out = {}
    for rel in schema().relationships.values():
        names, _, lists, kinds = _property_kinds(("edge", rel.name))
        out.update(
            {(rel.name, source, target): (names, lists, kinds) for source in rel.sources for target in rel.targets}
        )
    return out


def node_ids(graph: Graph) -> dict[str, list[str]]:
    """The ids of ``graph``'s nodes by label; raises RepresentationError for a label outside the contract."""
    labels = schema().labels
    out: dict[str, list[str]] = {}
    for node in graph.nodes.values():
        ids = out.get(node.label)
        if ids is None:
            if node.label not in labels:
                _raise_contract_error(graph, f"node {node.id} has unknown label {node.label!r}")
            ids = out[node.label] = []
        ids.append(node.id)
    return out


def to_rows(source_file: str, graph: Graph, existing: Mapping[str, set[str] | None] | None = None) -> StoreRows:
    """Validate ``graph`` against the contract and turn it into rows; raises RepresentationError.

    ``existing[label]``: the ids of ``label`` that stay in the store when this file's contribution
    is taken away; a node of another id is new. None, or a label left out: any node may be there
    (every one is MERGEd).

    One pass checks what ``Graph.validate`` checks while it builds the rows (a large file spent a
    fifth of its row building in a second pass); when anything is wrong ``Graph.validate`` runs
    after all, so that the error names the same first fault as it always did.
    """
    try:
        return _rows(sources_prefix(source_file), graph, existing or {})
    except RepresentationError as exc:
        _raise_contract_error(graph, str(exc))
        raise  # not reached


def _raise_contract_error(graph: Graph, fault: str) -> NoReturn:
    """Raise the first fault ``Graph.validate`` finds in ``graph``, else ``fault``."""
    try:
        graph.validate()
    except ContractError as exc:
        raise RepresentationError(str(exc)) from exc
    raise RepresentationError(fault)


# a node's label and its place in the nodes of its label as written, and whether it is new
_Place = tuple[str, int, bool]


def _rows(prefix: str, graph: Graph, existing: Mapping[str, set[str] | None]) -> StoreRows:
    documents: dict[str, str] = {}  # a document id -> the start of its sources' JSON text
    json_string = _json_string
    labels = schema().labels
    out = StoreRows()
    layouts: dict[
        str, tuple[tuple[str, ...], dict[str, int], frozenset[str], dict[str, str], set[str] | None, Rows, Rows]
    ] = {}
    place: dict[str, _Place] = {}
    join_terms = SEARCH_KEY_SEPARATOR.join
    for node in graph.nodes.values():
        label = node.label
        layout = layouts.get(label)
        if layout is None:
            if label not in labels:
                raise RepresentationError(f"node {node.id} has unknown label {label!r}")
            layout = layouts[label] = (
                *_property_kinds(("node", label)),
                existing.get(label),
                out.created.setdefault(label, []),
                out.merged.setdefault(label, []),
            )
        names, column, lists, kinds, known, created, merged = layout
        props = node.properties
        sources = node.sources
        if not sources or not props.keys() <= kinds.keys():
            raise RepresentationError(f"node {node.id} has no source or a property outside the contract")
        row: list[Any] = [node.id, *map(props.get, names)]
        for key, value in props.items():
            # plain strings, by far the most common value, need no check
            if value is not None and (type(value) is not str or key in lists):
                row[column[key]] = _checked_value(f"node {node.id}", key, kinds[key], value)
        if len(sources) == 1:  # the common case, written out: a third of the time per row
            s = sources[0]
            head = documents.get(s.document) or _document_head(prefix, s.document, documents)
            row.append([f'{head}{int(s.start)},"end":{int(s.end)},"quote":{json_string(s.quote)}}}'])
        else:
            row.append(_sources_json(prefix, sources, documents))
        if known is not None and node.id not in known:
            row.append(join_terms(_search_terms(props)) or None)
            place[node.id] = (label, len(created), True)
            created.append(row)
        else:
            row.append(_search_terms(props))
            place[node.id] = (label, len(merged), False)  # after the created ones: see below
            merged.append(row)
    for label, rows in out.merged.items():
        offset = len(out.created[label])
        if offset and rows:
            for i, row in enumerate(rows, offset):
                place[row[0]] = (label, i, False)
    _edge_rows(prefix, graph, place, documents, out)
    return out


def _edge_rows(prefix: str, graph: Graph, place: dict[str, _Place], documents: dict[str, str], out: StoreRows) -> None:
    """Each edge's row as JSON text, grouped as ``StoreRows`` says. (Written for speed: a large file
    has three edges to a node, and this loop was half the time of its rows.)"""
    json_string = _json_string
    allowed = _edge_kinds()
    # per group: where created and merged rows go, the text of a row without properties, the group
    specs: dict[tuple[str, str, str], tuple[Callable[[str], None], Callable[[str], None], str, tuple[str, str, str]]]
    specs = {}
    texts: list[tuple[tuple[str, str, str], list[str], list[str]]] = []
    for edge in graph.edges.values():
        source = place.get(edge.source)
        target = place.get(edge.target)
        if source is None or target is None:
            raise RepresentationError(f"edge {edge.key} points to a node that is not in the graph")
        spec = specs.get((edge.type, source[0], target[0]))
        if spec is None:
            group = (edge.type, source[0], target[0])
            if group not in allowed:
                raise RepresentationError(f"edge {edge.key} is not one the contract allows")
            created: list[str] = []
            merged: list[str] = []
            texts.append((group, created, merged))
            spec = specs[group] = (created.append, merged.append, ",null" * len(allowed[group][0]), group)
        props = edge.properties
        sources = edge.sources
        if not sources:
            raise RepresentationError(f"edge {edge.key} has no source")
        values = spec[2] if not props else _edge_values(edge, allowed[spec[3]])
        if len(sources) == 1:
            s = sources[0]
            head = documents.get(s.document) or _document_head(prefix, s.document, documents)
            text = json_string(f'{head}{int(s.start)},"end":{int(s.end)},"quote":{json_string(s.quote)}}}')
        else:
            text = ",".join(map(json_string, _sources_json(prefix, sources, documents)))
        (spec[0] if source[2] or target[2] else spec[1])(f"[{source[1]},{target[1]}{values},[{text}]]")
    for group, created, merged in texts:
        edge_group = EdgeGroup(*group)
        if created:
            out.created_edges[edge_group] = JsonRows(f"[{','.join(created)}]", len(created))
        if merged:
            out.merged_edges[edge_group] = JsonRows(f"[{','.join(merged)}]", len(merged))


def _edge_values(edge: Edge, kinds_of: tuple[tuple[str, ...], frozenset[str], dict[str, str]]) -> str:
    """The JSON text of an edge's property columns, each after a comma."""
    names, lists, kinds = kinds_of
    props = edge.properties
    if props.keys() <= kinds.keys() and all(type(v) is str and k not in lists for k, v in props.items()):
        # plain strings of scalar properties, by far the most common, need no other check
        return "".join([f",{_json_string(v)}" if v is not None else ",null" for v in map(props.get, names)])
    owner = f"edge {edge.type} {edge.source} -> {edge.target}"
    return "".join(f",{_json_value(v)}" for v in _checked_edge_properties(edge.type, owner, props))


def _json_value(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError as exc:  # not a number, or infinite
        raise RepresentationError(f"{value!r} is not a value a store can hold") from exc


def _checked_edge_properties(rel_type: str, owner: str, props: dict[str, Any]) -> list[Any]:
    names, _, _, kinds = _property_kinds(("edge", rel_type))
    unknown = props.keys() - kinds.keys()
    if unknown:
        raise RepresentationError(f"{owner} has properties outside the contract: {sorted(unknown)}")
    return [_checked_value(owner, key, kinds[key], props.get(key)) for key in names]


def decode_sources(sources_json: list[str] | None) -> list[dict[str, Any]]:
    """The sources of a stored node or relationship, each with the ``file`` that stated it."""
    try:
        return [orjson.loads(s) for s in sources_json or []]  # a fifth of the standard library's time
    except orjson.JSONDecodeError:
        return [json.loads(s) for s in sources_json or []]  # what orjson is stricter about (a lone surrogate)
