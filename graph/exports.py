"""The graph for other tools: read back from a store, written as RDF, GraphML, GEXF or Neo4j import CSV.

``store_to_graph`` rebuilds the contract graph from any store (two read statements per label and
relationship type), so every writer here works on a ``graph.model.Graph`` and is testable without one.
``export`` is what ``chidao export`` calls.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from graph.model import Edge, Graph, Node, Source
from graph.schema import schema
from graph.store import Store
from graph.store import representation as rep

# rdflib and networkx are imported where used: every chidao command imports this module for its help
RDF_FORMATS = ("ttl", "jsonld", "nt")
FORMATS = (*RDF_FORMATS, "graphml", "gexf", "csv")
FORMAT_NAMES = {
    "ttl": "Turtle",
    "jsonld": "JSON-LD",
    "nt": "N-Triples",
    "graphml": "GraphML",
    "gexf": "GEXF",
    "csv": "Neo4j import CSV",
}
# neo4j-admin database import reads arrays split on this (its default --array-delimiter)
ARRAY_DELIMITER = ";"
# an array item's own delimiter would split it in two: it becomes the full-width semicolon
ARRAY_DELIMITER_STANDIN = "；"


class ExportError(Exception):
    """An export that cannot be written; ``str()`` is a sentence for the user."""


# ---------------------------------------------------------------- from a store


def store_to_graph(store: Store) -> Graph:
    """The contract graph a store holds, sources included (from ``sources_json``)."""
    sch = schema()
    graph = Graph()
    for label, spec in sch.labels.items():
        for row in store.query(f"MATCH (n:`{label}`) RETURN properties(n) AS p"):
            props = row["p"]
            node_props = {k: v for k, v in props.items() if k in spec.properties and v is not None}
            graph.add_node(Node(str(props[rep.ID]), label, node_props, _sources(props)))
    for rel_type, rel in sch.relationships.items():
        cypher = f"MATCH (a)-[r:`{rel_type}`]->(b) RETURN a.id AS source, b.id AS target, properties(r) AS p"
        for row in store.query(cypher):
            props = row["p"]
            edge_props = {k: v for k, v in props.items() if k in rel.properties and v is not None}
            graph.add_edge(Edge(rel_type, str(row["source"]), str(row["target"]), edge_props, _sources(props)))
    return graph


def _sources(props: dict[str, Any]) -> list[Source]:
    return [Source.from_dict(s) for s in rep.decode_sources(props.get(rep.SOURCES_JSON))]


# ---------------------------------------------------------------- networkx: GraphML and GEXF


def to_networkx(graph: Graph) -> Any:
    """A networkx MultiDiGraph with scalar attributes only, as GraphML and GEXF require.

    Nodes: ``label`` (the display text Gephi shows), ``node_type`` (the contract label), every contract
    property (lists as JSON text), ``sources`` (JSON) and ``quotes`` (JSON list of the quotes).
    Edges are keyed by type and carry ``label`` and ``edge_type`` (the type), properties and sources.
    ``type`` is avoided: GEXF reserves it for directed/undirected.
    """
    import networkx as nx

    sch = schema()
    g = nx.MultiDiGraph()
    for node in graph.nodes.values():
        display = node.properties.get(sch.labels[node.label].display)
        attrs = {"label": _xml_safe(str(display or node.id)), "node_type": node.label}
        g.add_node(node.id, **attrs, **_scalar_attrs(node.properties, node.sources))
    for edge in graph.edges.values():
        attrs = {"id": f"{edge.type}|{edge.source}|{edge.target}", "label": edge.type, "edge_type": edge.type}
        g.add_edge(edge.source, edge.target, key=edge.type, **attrs, **_scalar_attrs(edge.properties, edge.sources))
    return g


def _scalar_attrs(properties: dict[str, Any], sources: list[Source]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in properties.items():
        if isinstance(value, int | float | bool):
            out[key] = value
        elif value is not None:
            out[key] = _xml_safe(value if isinstance(value, str) else _json(value))
    out["sources"] = _xml_safe(_json([s.to_dict() for s in sources]))
    out["quotes"] = _xml_safe(_json([s.quote for s in sources]))
    return out


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# characters XML 1.0 cannot hold at all (a form feed left by a PDF page break, say)
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    """A plain string for GraphML and GEXF: a character XML cannot hold becomes U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def write_graphml(graph: Graph, path: Path) -> None:
    import networkx as nx

    nx.write_graphml(to_networkx(graph), path, encoding="utf-8")


def write_gexf(graph: Graph, path: Path) -> None:
    import networkx as nx

    nx.write_gexf(to_networkx(graph), path, encoding="utf-8")


# ---------------------------------------------------------------- CSV for neo4j-admin database import


def write_neo4j_csv(graph: Graph, folder: Path) -> list[Path]:
    """One nodes file per label and one relationships file per type, in neo4j-admin's header format.

    The columns are the store's representation (``graph.store.representation``): ``id``, the contract
    properties, ``source_files`` and ``sources_json``, so chidao's queries run on the imported database.
    A loaded file's name comes from its Document's ``source_file``. ``;`` inside a ``sources_json``
    item is written as the JSON escape ``\\u003b``, which decodes to the same text.
    """
    folder.mkdir(parents=True, exist_ok=True)
    files = {n.id: str(n.properties["source_file"]) for n in graph.nodes.values() if n.properties.get("source_file")}
    written: list[Path] = []
    sch = schema()
    for label, spec in sch.labels.items():
        nodes = [n for n in graph.nodes.values() if n.label == label]
        if not nodes:
            continue
        columns = [f"{rep.ID}:ID", ":LABEL", *_typed(spec.properties), *_store_columns()]
        rows = [[n.id, label, *_values(n.properties, spec.properties), *_store_values(n.sources, files)] for n in nodes]
        written.append(_write_csv(folder / f"nodes_{label}.csv", columns, rows))
    for rel_type, rel in sch.relationships.items():
        edges = [e for e in graph.edges.values() if e.type == rel_type]
        if not edges:
            continue
        columns = [":START_ID", ":END_ID", ":TYPE", *_typed(rel.properties), *_store_columns()]
        rows = [
            [e.source, e.target, rel_type, *_values(e.properties, rel.properties), *_store_values(e.sources, files)]
            for e in edges
        ]
        written.append(_write_csv(folder / f"relationships_{rel_type}.csv", columns, rows))
    written.append(_write_import_command(folder, written))
    return written


def _typed(kinds: dict[str, str]) -> list[str]:
    # dates stay strings: the stores keep ISO text and the saved queries compare it as text
    return [f"{key}:string[]" if kind == "list" else f"{key}:string" for key, kind in kinds.items()]


def _store_columns() -> list[str]:
    return [f"{rep.SOURCE_FILES}:string[]", f"{rep.SOURCES_JSON}:string[]"]


def _values(properties: dict[str, Any], kinds: dict[str, str]) -> list[str]:
    out = []
    for key, kind in kinds.items():
        value = properties.get(key)
        if value is None:
            out.append("")
        elif kind == "list":
            out.append(_array([str(v) for v in value]))
        else:
            out.append(str(value))
    return out


def _array(items: list[str]) -> str:
    return ARRAY_DELIMITER.join(item.replace(ARRAY_DELIMITER, ARRAY_DELIMITER_STANDIN) for item in items)


def _store_values(sources: list[Source], files: dict[str, str]) -> list[str]:
    source_files: list[str] = []
    entries = []
    for s in sources:
        file = files.get(s.document, s.document)
        if file not in source_files:
            source_files.append(file)
        text = json.dumps({"file": file, **s.to_dict()}, ensure_ascii=False, separators=(",", ":"))
        entries.append(text.replace(ARRAY_DELIMITER, "\\u003b"))
    return [_array(source_files), ARRAY_DELIMITER.join(entries)]


def _write_csv(path: Path, columns: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    return path


def _write_import_command(folder: Path, files: list[Path]) -> Path:
    args = [
        f"--nodes={p.name}" if p.name.startswith("nodes_") else f"--relationships={p.name}"
        for p in files
        if p.suffix == ".csv"
    ]
    text = (
        "# Run in this folder to create a Neo4j database from these files (neo4j-admin 5):\n"
        "neo4j-admin database import full --overwrite-destination "
        f'--array-delimiter="{ARRAY_DELIMITER}" --multiline-fields=true {" ".join(args)} chidao\n'
    )
    path = folder / "neo4j-admin-import.sh"
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- one entry point


def export(graph: Graph, fmt: str, out: Path, base: str | None = None) -> list[Path]:
    """Write ``graph`` as ``fmt`` to ``out`` (a folder for csv); the paths written. ``base``: of the
    IRIs minted in RDF (default ``graph.rdf_mapping.BASE``).

    Raises ExportError for an unknown format, an empty graph or a path that cannot be written."""
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}.")
    if not graph.nodes:
        raise ExportError("The graph is empty: there is nothing to export. Load reports with chidao ingest first.")
    try:
        if fmt == "csv":
            if out.exists() and not out.is_dir():
                raise ExportError(f"{out} is a file; csv writes a folder of files, so give a folder path.")
            return write_neo4j_csv(graph, out)
        if out.is_dir():
            raise ExportError(f"{out} is a folder; {FORMAT_NAMES[fmt]} is one file, so give a file path.")
        return [_write_whole(out, lambda p: _one_file_writer(fmt)(graph, p, base))]
    except OSError as exc:
        raise ExportError(f"Cannot write {out}: {exc.strerror or exc}.") from exc


def _one_file_writer(fmt: str) -> Callable[[Graph, Path, str | None], None]:
    if fmt in RDF_FORMATS:
        from graph.rdf import write_rdf
        from graph.rdf_mapping import BASE

        return lambda graph, path, base: write_rdf(graph, fmt, path, base or BASE)
    if fmt == "graphml":
        return lambda graph, path, base: write_graphml(graph, path)
    return lambda graph, path, base: write_gexf(graph, path)


def _write_whole(out: Path, write: Callable[[Path], None]) -> Path:
    """Write beside ``out`` and rename: a failed export never leaves half a file where a good one was."""
    partial = out.with_name(f".{out.name}.partial")
    try:
        write(partial)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return out
