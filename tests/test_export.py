"""``chidao export`` on a real embedded store loaded with the samples: every format opens in the tool it is
for and carries the whole graph with its sources; the SPARQL saved queries answer as their Cypher twins."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyshacl
import pytest
from rdflib import Graph as RDFGraph
from rdflib import Literal
from rdflib.query import ResultRow
from typer.testing import CliRunner

from api.cli import _register, app
from graph.exports import ARRAY_DELIMITER, ExportError, store_to_graph, write_neo4j_csv
from graph.exports import export as export_graph
from graph.model import Edge, Graph, Node, Source
from graph.rdf import graph_to_rdf, new_rdf_graph, rdf_to_graph, shapes
from graph.schema import schema
from graph.store import CypherStore, open_store
from graph.store.embedded_server import embedded_available
from loaders.pipeline import extract_file
from queries import run

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
SPARQL = ROOT / "queries" / "sparql"


def _stop(path: Path) -> None:
    from graph.store.embedded_server import EmbeddedServer

    EmbeddedServer(path, idle_timeout=0).stop()


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, CypherStore]]:
    """One store with every sample loaded, shared by the module: loading is the slow part."""
    if not embedded_available():
        pytest.skip("falkordblite is not installed here")
    path = tmp_path_factory.mktemp("export") / "g.db"
    store = open_store(str(path), idle_timeout=0)
    for sample in SAMPLES:
        store.replace_file(f"samples/{sample.name}", extract_file(sample))
    yield path, store
    store.close()
    _stop(path)


@pytest.fixture(scope="module")
def stored(loaded: tuple[Path, CypherStore]) -> Graph:
    return store_to_graph(loaded[1])


@pytest.fixture(scope="module")
def rdf(stored: Graph) -> RDFGraph:
    return graph_to_rdf(stored)


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def chidao(*args: str) -> Ran:
    """The command line in this process (typer's runner): the same code path, without a second start-up."""
    _register()
    result = CliRunner().invoke(app, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Ran(result.exit_code, result.stdout, result.stderr)


def chidao_process(*args: str) -> subprocess.CompletedProcess[str]:
    """The command line as a user runs it, in its own process."""
    env = {k: v for k, v in os.environ.items() if k != "CHIDAO_STORE"}
    return subprocess.run(
        [sys.executable, "-c", "from api.cli import main; main()", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def export(store_path: Path, fmt: str, out: Path) -> Ran | subprocess.CompletedProcess[str]:
    # Turtle end to end in a process of its own; the other formats through the same command in-process
    run_cli = chidao_process if fmt == "ttl" else chidao
    done = run_cli("export", "--store", str(store_path), "--format", fmt, "--out", str(out))
    assert done.returncode == 0, done.stderr
    return done


# ---------------------------------------------------------------- reading the store back


def test_store_to_graph_holds_every_loaded_node_edge_and_source(stored: Graph) -> None:
    extracted = [extract_file(sample) for sample in SAMPLES]
    ids = {n for g in extracted for n in g.nodes}
    keys = {k for g in extracted for k in g.edges}
    assert set(stored.nodes) == ids
    assert set(stored.edges) == keys
    for g in extracted:
        for node in g.nodes.values():
            assert set(node.sources) <= set(stored.nodes[node.id].sources)
            assert stored.nodes[node.id].label == node.label
        for edge in g.edges.values():
            assert set(edge.sources) <= set(stored.edges[edge.key].sources)
    stored.validate()


# ---------------------------------------------------------------- RDF


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # inside rdflib's parser
@pytest.mark.parametrize(("fmt", "parser"), [("ttl", "turtle"), ("jsonld", "json-ld"), ("nt", "nt")])
def test_rdf_export_reads_back_as_the_stored_graph(
    fmt: str, parser: str, loaded: tuple[Path, CypherStore], stored: Graph, rdf: RDFGraph, tmp_path: Path
) -> None:
    out = tmp_path / f"graph.{fmt}"
    done = export(loaded[0], fmt, out)
    assert f"Wrote {len(stored.nodes)} nodes and {len(stored.edges)} relationships" in done.stdout
    g = new_rdf_graph().parse(out, format=parser)
    assert rdf_to_graph(g) == stored
    assert len(g) == len(rdf)
    if fmt == "ttl":
        ok, _, report = pyshacl.validate(g, shacl_graph=shapes(), inference="none")
        assert ok, report


# ---------------------------------------------------------------- GraphML and GEXF


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_open_in_networkx_with_labels_types_dates_and_quotes(
    fmt: str, loaded: tuple[Path, CypherStore], stored: Graph, tmp_path: Path
) -> None:
    out = tmp_path / f"graph.{fmt}"
    export(loaded[0], fmt, out)
    g = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert g.number_of_nodes() == len(stored.nodes)
    assert g.number_of_edges() == len(stored.edges)
    for node in stored.nodes.values():
        attrs = g.nodes[node.id]
        assert attrs["node_type"] == node.label
        assert attrs["label"] == str(node.properties.get(schema().labels[node.label].display) or node.id)
        if "date" in node.properties:
            assert attrs["date"] == node.properties["date"]
        assert json.loads(attrs["quotes"]) == [s.quote for s in node.sources]
    found = {(data["edge_type"], u, v): data for u, v, data in g.edges(data=True)}
    assert set(found) == set(stored.edges)
    for key, edge in stored.edges.items():
        sources = json.loads(found[key]["sources"])
        assert [s["quote"] for s in sources] == [s.quote for s in edge.sources]
        for prop, value in edge.properties.items():
            assert found[key][prop] == value


# ---------------------------------------------------------------- CSV for neo4j-admin


def test_csv_export_is_neo4j_admin_import_files(
    loaded: tuple[Path, CypherStore], stored: Graph, tmp_path: Path
) -> None:
    out = tmp_path / "neo4j"
    export(loaded[0], "csv", out)
    sch = schema()
    nodes_read = 0
    for label in sch.labels:
        path = out / f"nodes_{label}.csv"
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        header = list(rows[0])
        assert header[:2] == ["id:ID", ":LABEL"]
        assert "sources_json:string[]" in header
        for row in rows:
            node = stored.nodes[row["id:ID"]]
            assert row[":LABEL"] == label == node.label
            quotes = [json.loads(item)["quote"] for item in row["sources_json:string[]"].split(ARRAY_DELIMITER)]
            assert quotes == [s.quote for s in node.sources]
            if node.properties.get("aliases"):
                assert row["aliases:string[]"].split(ARRAY_DELIMITER) == node.properties["aliases"]
            if "name" in node.properties:
                assert row["name:string"] == node.properties["name"]
        nodes_read += len(rows)
    assert nodes_read == len(stored.nodes)
    edges_read = 0
    for path in sorted(out.glob("relationships_*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert list(rows[0])[:3] == [":START_ID", ":END_ID", ":TYPE"]
        for row in rows:
            assert (row[":TYPE"], row[":START_ID"], row[":END_ID"]) in stored.edges
        edges_read += len(rows)
    assert edges_read == len(stored.edges)
    assert "neo4j-admin database import full" in (out / "neo4j-admin-import.sh").read_text(encoding="utf-8")


def awkward_graph() -> Graph:
    """Text that trips file formats: ';' (neo4j-admin's array delimiter), a form feed (not allowed in XML)."""
    doc = "doc:file:a;b.txt"
    quote = "Kính gửi: - Sở Nội vụ;\x0c- Sở Tài chính;"
    g = Graph()
    g.add_node(Node(doc, "Document", {"title": "Báo cáo\x0c", "source_file": "a;b.txt"}, [Source(doc, 0, 5, quote)]))
    g.add_node(
        Node(
            "agency:sở nội vụ",
            "Agency",
            {"name": "Sở Nội vụ", "aliases": ["SNV;HP", "Sở"]},
            [Source(doc, 9, 20, quote)],
        )
    )
    g.add_edge(Edge("SENT_TO", doc, "agency:sở nội vụ", {"role": "addressed"}, [Source(doc, 9, 22, quote)]))
    return g


def test_csv_keeps_quotes_with_semicolons_whole(tmp_path: Path) -> None:
    write_neo4j_csv(awkward_graph(), tmp_path)
    with (tmp_path / "relationships_SENT_TO.csv").open(encoding="utf-8", newline="") as f:
        (row,) = list(csv.DictReader(f))
    (entry,) = row["sources_json:string[]"].split(ARRAY_DELIMITER)
    assert json.loads(entry) == {
        "file": "a;b.txt",
        "document": "doc:file:a;b.txt",
        "start": 9,
        "end": 22,
        "quote": "Kính gửi: - Sở Nội vụ;\x0c- Sở Tài chính;",
    }
    with (tmp_path / "nodes_Agency.csv").open(encoding="utf-8", newline="") as f:
        (row,) = list(csv.DictReader(f))
    assert row["aliases:string[]"].split(ARRAY_DELIMITER) == ["SNV；HP", "Sở"]  # the item's own ';' is full-width


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_take_characters_xml_cannot_hold(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"g.{fmt}"
    export_graph(awkward_graph(), fmt, out)
    g = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert g.nodes["doc:file:a;b.txt"]["title"] == "Báo cáo\ufffd"
    assert json.loads(g.nodes["doc:file:a;b.txt"]["quotes"]) == ["Kính gửi: - Sở Nội vụ;\x0c- Sở Tài chính;"]


def test_export_refuses_an_empty_graph_a_folder_for_a_file_and_a_file_for_csv(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="The graph is empty"):
        export_graph(Graph(), "ttl", tmp_path / "g.ttl")
    with pytest.raises(ExportError, match="is a folder; Turtle is one file"):
        export_graph(awkward_graph(), "ttl", tmp_path)
    (tmp_path / "taken").write_text("x")
    with pytest.raises(ExportError, match="is a file; csv writes a folder"):
        export_graph(awkward_graph(), "csv", tmp_path / "taken")


# ---------------------------------------------------------------- errors as sentences


def test_unknown_format_unwritable_path_and_empty_store_are_refused_in_a_sentence(
    loaded: tuple[Path, CypherStore], tmp_path: Path
) -> None:
    done = chidao("export", "--store", str(loaded[0]), "--format", "xml", "--out", str(tmp_path / "g.xml"))
    assert done.returncode == 1
    assert "Unknown export format 'xml': choose one of ttl, jsonld, nt, graphml, gexf, csv." in done.stderr
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    done = chidao("export", "--store", str(loaded[0]), "--format", "ttl", "--out", str(blocker / "g.ttl"))
    assert done.returncode == 1
    assert done.stderr.startswith(f"Cannot write {blocker / 'g.ttl'}")
    assert "Traceback" not in done.stderr
    empty = tmp_path / "empty.db"
    try:
        done = chidao("export", "--store", str(empty), "--format", "ttl", "--out", str(tmp_path / "e.ttl"))
    finally:
        _stop(empty)
    assert done.returncode == 1
    assert "holds no graph yet: load reports with chidao ingest first." in done.stderr
    assert not (tmp_path / "e.ttl").exists()


# ---------------------------------------------------------------- SPARQL twins of the saved Cypher queries


def sparql(name: str, rdf: RDFGraph, **bindings: str) -> list[dict[str, str | None]]:
    text = (SPARQL / f"{name}.sparql").read_text(encoding="utf-8")
    result = rdf.query(text, initBindings={k: Literal(v) for k, v in bindings.items()})
    rows: list[dict[str, str | None]] = []
    for row in result:
        assert isinstance(row, ResultRow), f"{name} is a SELECT"
        rows.append({str(k): (str(v) if v is not None else None) for k, v in row.asdict().items()})
    return rows


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def test_signers_in_sparql_answers_as_the_cypher_query(loaded: tuple[Path, CypherStore], rdf: RDFGraph) -> None:
    columns = ("signer", "post", "capacity", "on_behalf_of", "document", "date", "id")
    cypher = sorted(tuple(_text(row[c]) for c in columns) for row in run(loaded[1], "signers", {}))
    answer = sorted(tuple(row.get(c) for c in columns) for row in sparql("signers", rdf))
    assert cypher, "the samples have signatures"
    assert answer == cypher


def test_documents_to_obtain_in_sparql_answers_as_the_cypher_query(
    loaded: tuple[Path, CypherStore], rdf: RDFGraph
) -> None:
    columns = ("document", "kind", "date", "cited_by_documents", "cited_in_files", "id")
    cypher_rows = run(loaded[1], "documents_to_obtain", {})
    answer_rows = sparql("documents_to_obtain", rdf)
    assert cypher_rows, "the samples cite documents they do not include"
    assert sorted(tuple(row.get(c) for c in columns) for row in answer_rows) == sorted(
        tuple(_text(row[c]) for c in columns) for row in cypher_rows
    )
    # most cited first (the two languages order missing dates differently, so only the main key is compared)
    counts = [int(row["cited_by_documents"] or 0) for row in answer_rows]
    assert counts == sorted(counts, reverse=True)
    issued = {row["id"]: sorted(row["issued_by"].split("; ")) if row["issued_by"] else [] for row in answer_rows}
    assert issued == {row["id"]: sorted(row["issued_by"]) for row in cypher_rows}


def test_chain_down_in_sparql_reaches_the_documents_the_cypher_query_reaches(
    loaded: tuple[Path, CypherStore], stored: Graph, rdf: RDFGraph
) -> None:
    down = {"IMPLEMENTS", "BASED_ON", "RESPONDS_TO", "AMENDS", "REPLACES"}
    tied = Counter(e.target for e in stored.edges.values() if e.type in down)
    starts = [doc for doc, _ in tied.most_common(8)]  # the longest chains, where the two could differ
    assert len(starts) >= 5
    for start in starts:
        cypher = {row["id"] for row in run(loaded[1], "chain_down", {"document": start})}
        assert {row["id"] for row in sparql("chain_down", rdf, start=start)} == cypher, start
        number = stored.nodes[start].properties.get("number")
        if number:
            by_number = {row["id"] for row in sparql("chain_down", rdf, start=number)}
            assert cypher <= by_number, number  # a number may name several documents (other years, issuers)
