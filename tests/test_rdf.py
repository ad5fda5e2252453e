"""The RDF export on its own (no store): lossless round trip, SHACL conformance, the standard terms, stable IRIs."""

from __future__ import annotations

import copy
from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, Literal, URIRef
from rdflib import Graph as RDFGraph
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, SH, SKOS

from graph.model import Edge, Graph, Node, Source
from graph.rdf import graph_to_rdf, new_rdf_graph, rdf_to_graph, shapes, used_terms, vocabulary, write_rdf
from graph.rdf_mapping import (
    CHIDAO,
    EDGE_PROPERTIES,
    ELI,
    LABELS,
    NODE_PROPERTIES,
    RELATIONSHIPS,
    mapping_table,
    node_iri,
)
from graph.schema import schema
from loaders.pipeline import extract_file

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
# rdflib.namespace.XSD at module level makes pytest warn while it collects
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
PARSERS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt"}


def merged(graphs: list[Graph]) -> Graph:
    """Several files' graphs as one, merged the way the contract merges (one node per id, all sources)."""
    out = Graph()
    for g in graphs:
        for node in g.nodes.values():
            out.add_node(copy.deepcopy(node))
        for edge in g.edges.values():
            out.add_edge(copy.deepcopy(edge))
    return out


@pytest.fixture(scope="module")
def corpus() -> Graph:
    return merged([extract_file(path) for path in SAMPLES])


def src(doc: str, start: int, quote: str) -> Source:
    return Source(doc, start, start + len(quote), quote)


PLAN = "doc:06/KH-UBND|2024|uỷ ban nhân dân hải phòng"
DECREE = "doc:59/2019/NĐ-CP|chính phủ"


def every_kind_graph() -> Graph:
    """A small graph with every label, every relationship type and awkward values: empty lists, a
    partial date, several sources in a given order, ids with spaces, slashes and '#'."""
    g = Graph()
    s1, s2 = src(PLAN, 0, "KẾ HOẠCH Số: 06/KH-UBND"), src(PLAN, 40, "Căn cứ Nghị định số 59/2019/NĐ-CP;")
    nodes = [
        Node(
            PLAN,
            "Document",
            {
                "number": "06/KH-UBND",
                "doc_type": "KH",
                "doc_type_name": "Kế hoạch",
                "date": "2024-01-30",
                "title": "Phòng, chống tham nhũng",
                "issuer": "UBND thành phố",
                "source_file": "reports/plan 06.txt",
            },
            [s2, s1],
        ),
        Node(DECREE, "Document", {"number": "59/2019/NĐ-CP", "doc_type": "NĐ", "date": "2019"}, [s2]),
        Node("doc:old", "Document", {"name": "Kế hoạch cũ"}, [s1]),
        Node(
            "agency:uỷ ban nhân dân hải phòng",
            "Agency",
            {
                "name": "Ủy ban nhân dân thành phố Hải Phòng",
                "aliases": ["UBND thành phố", "UBND TP"],
                "kind": "ubnd",
                "locality": "Hải Phòng",
            },
            [s1],
        ),
        Node("agency:sở nội vụ hải phòng", "Agency", {"name": "Sở Nội vụ", "aliases": []}, [s1]),
        Node(
            "org:công ty tràng cát", "Organization", {"name": "Công ty Tràng Cát", "aliases": [], "kind": "cty"}, [s1]
        ),
        Node("person:nguyễn văn a|ubnd", "Person", {"name": "Nguyễn Văn A", "titles": ["Phó Chủ tịch"]}, [s1]),
        Node("project:tràng cát", "Project", {"name": "Dự án Tràng Cát", "location": "Hải An"}, [s1]),
        Node(
            "task:file:plan 06.txt#1",
            "Task",
            {"description": "rà soát", "status": "assigned", "deadline": "2024-06-30"},
            [s2],
        ),
    ]
    for n in nodes:
        g.add_node(n)
    city, dept, org = "agency:uỷ ban nhân dân hải phòng", "agency:sở nội vụ hải phòng", "org:công ty tràng cát"
    person, task, project = "person:nguyễn văn a|ubnd", "task:file:plan 06.txt#1", "project:tràng cát"
    edges = [
        Edge("ISSUED", city, PLAN),
        Edge("SIGNED", person, PLAN, {"capacity": "KT.", "title": "Phó Chủ tịch", "on_behalf_of": "Chủ tịch"}),
        Edge("HOLDS_POST", person, city, {"title": "Phó Chủ tịch"}),
        Edge("IMPLEMENTS", PLAN, DECREE),
        Edge("BASED_ON", PLAN, DECREE),
        Edge("RESPONDS_TO", PLAN, DECREE),
        Edge("CITES", PLAN, "doc:old"),
        Edge("AMENDS", PLAN, "doc:old"),
        Edge("REPLACES", PLAN, "doc:old"),
        Edge("SENT_TO", PLAN, dept, {"role": "addressed"}),
        Edge("PROPOSED_BY", PLAN, dept),
        Edge("ASSIGNS", PLAN, task),
        Edge("ASSIGNED_TO", task, dept, {"role": "lead"}),
        Edge("REPORTS_ON", PLAN, task, {"status": "done"}),
        Edge("CONCERNS", task, project),
        Edge("PART_OF", dept, city),
        Edge("DEVELOPS", org, project),
    ]
    for e in edges:
        e.sources = [s1, s2] if e.type != "SIGNED" else [s2]
        g.add_edge(e)
    g.validate()
    return g


def conforms(g: RDFGraph) -> tuple[bool, str]:
    ok, _, text = pyshacl.validate(g, shacl_graph=shapes(), inference="none")
    return bool(ok), str(text)


# ---------------------------------------------------------------- the mapping covers the contract


def test_every_label_relationship_and_property_of_the_contract_is_mapped() -> None:
    sch = schema()
    assert set(LABELS) == set(sch.labels)
    assert set(RELATIONSHIPS) == set(sch.relationships)
    for label in sch.labels.values():
        assert set(label.properties) <= set(NODE_PROPERTIES), label.name
    for rel in sch.relationships.values():
        assert set(rel.properties) <= set(EDGE_PROPERTIES), rel.name
    assert {e.type for e in every_kind_graph().edges.values()} == set(sch.relationships)


def test_the_readme_table_is_the_mapping_in_code() -> None:
    for readme in (ROOT / "README.md", ROOT / "graph" / "vocabulary" / "README.md"):
        text = readme.read_text(encoding="utf-8")
        assert mapping_table() in text, f"regenerate the table in {readme} with python -m graph.rdf_mapping"


def test_every_chidao_term_used_is_declared_in_the_vocabulary() -> None:
    vocab = vocabulary()
    declared = {s for s in vocab.subjects(RDF.type, None) if isinstance(s, URIRef)}
    used = used_terms(graph_to_rdf(every_kind_graph()))
    assert used, "the export uses chidao: terms"
    assert used <= declared, f"undeclared: {sorted(used - declared)}"
    assert (URIRef(str(CHIDAO)), RDF.type, OWL.Ontology) in vocab


def test_shape_value_lists_follow_the_contract() -> None:
    sh = shapes()
    lists: dict[object, set[tuple[str, ...]]] = {}
    for prop in sh.subjects(SH["in"], None):
        path = sh.value(prop, SH.path)
        head = sh.value(prop, SH["in"])
        assert head is not None
        values = tuple(str(v) for v in Collection(sh, head))
        lists.setdefault(path, set()).add(values)
    enums = schema().enums
    assert lists[CHIDAO.relationship] == {tuple(schema().relationships)}
    assert lists[CHIDAO.status] == {enums["task_status"]}
    assert lists[CHIDAO.role] == {enums["sent_to_role"] + enums["assigned_role"]}
    assert lists[SKOS.notation] == {enums["signing_capacity"]}


# ---------------------------------------------------------------- round trip


def test_round_trip_keeps_every_node_edge_property_and_source() -> None:
    g = every_kind_graph()
    back = rdf_to_graph(graph_to_rdf(g))
    assert back == g
    # what equality means here, spelled out for the awkward values
    assert back.nodes["agency:sở nội vụ hải phòng"].properties["aliases"] == []
    assert back.nodes[DECREE].properties["date"] == "2019"
    assert back.nodes[PLAN].sources == g.nodes[PLAN].sources  # order kept
    assert back.edges[("SIGNED", "person:nguyễn văn a|ubnd", PLAN)].properties["capacity"] == "KT."


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # inside rdflib's parser
@pytest.mark.parametrize("fmt", sorted(PARSERS))
def test_round_trip_through_each_file_format(fmt: str, corpus: Graph, tmp_path: Path) -> None:
    path = tmp_path / f"graph.{fmt}"
    write_rdf(corpus, fmt, path)
    parsed = new_rdf_graph().parse(path, format=PARSERS[fmt])
    back = rdf_to_graph(parsed)
    assert back == corpus
    assert sum(len(e.sources) for e in back.edges.values()) == sum(len(e.sources) for e in corpus.edges.values())


def test_each_sample_round_trips_on_its_own() -> None:
    for path in SAMPLES[:3]:
        g = extract_file(path)
        assert rdf_to_graph(graph_to_rdf(g)) == g, path.name


# ---------------------------------------------------------------- SHACL


def test_the_export_of_the_samples_conforms_to_the_shapes(corpus: Graph) -> None:
    ok, report = conforms(graph_to_rdf(corpus))
    assert ok, report


def test_every_kind_graph_conforms_to_the_shapes() -> None:
    ok, report = conforms(graph_to_rdf(every_kind_graph()))
    assert ok, report


def test_the_shapes_catch_a_fact_without_a_source_and_a_bad_status() -> None:
    g = graph_to_rdf(every_kind_graph())
    plan = node_iri(PLAN)
    for excerpt in list(g.objects(plan, PROV.wasDerivedFrom)):
        g.remove((plan, PROV.wasDerivedFrom, excerpt))
    task = node_iri("task:file:plan 06.txt#1")
    g.set((task, CHIDAO.status, Literal("finished")))
    ok, report = conforms(g)
    assert not ok
    assert "wasDerivedFrom" in report and "finished" in report


# ---------------------------------------------------------------- the standard terms a linked-data user looks for


def test_documents_signatures_bodies_and_posts_use_eli_prov_org() -> None:
    g = graph_to_rdf(every_kind_graph())
    plan, decree = node_iri(PLAN), node_iri(DECREE)
    city, person = node_iri("agency:uỷ ban nhân dân hải phòng"), node_iri("person:nguyễn văn a|ubnd")
    dept = node_iri("agency:sở nội vụ hải phòng")
    assert (plan, RDF.type, ELI.LegalResource) in g
    assert g.value(plan, ELI.id_local) == Literal("06/KH-UBND")
    assert g.value(plan, ELI.date_document) == Literal("2024-01-30", datatype=XSD_DATE)
    assert g.value(g.value(plan, ELI.type_document), SKOS.notation) == Literal("KH")
    assert (plan, ELI.passed_by, city) in g
    assert (plan, ELI.applies, decree) in g and (plan, ELI.based_on, decree) in g
    assert (city, RDF.type, ORG.FormalOrganization) in g and (dept, ORG.subOrganizationOf, city) in g
    assert (person, RDF.type, FOAF.Person) in g
    post = g.value(person, ORG.holds)
    assert g.value(post, ORG.postIn) == city and g.value(post, SKOS.prefLabel) == Literal("Phó Chủ tịch")
    signature = g.value(plan, PROV.qualifiedAttribution)
    assert g.value(signature, PROV.agent) == person
    assert g.value(g.value(signature, PROV.hadRole), SKOS.notation) == Literal("KT.")
    principal = g.value(person, PROV.actedOnBehalfOf)
    assert g.value(principal, SKOS.prefLabel) == Literal("Chủ tịch")
    # every edge's sources: the quote and offsets, reachable from the direct triple's statement
    statement = next(g.subjects(RDF.predicate, ELI.based_on))
    quotes = {str(g.value(x, CHIDAO.quote)) for x in g.objects(statement, PROV.wasDerivedFrom)}
    assert quotes == {"KẾ HOẠCH Số: 06/KH-UBND", "Căn cứ Nghị định số 59/2019/NĐ-CP;"}
    assert all(g.value(x, PROV.wasQuotedFrom) == plan for x in g.objects(statement, PROV.wasDerivedFrom))
    assert g.value(plan, DCTERMS.identifier) == Literal(PLAN)


def test_iris_are_minted_from_ids_and_the_same_every_time() -> None:
    g = every_kind_graph()
    first = sorted(graph_to_rdf(g).serialize(format="nt").splitlines())
    second = sorted(graph_to_rdf(g).serialize(format="nt").splitlines())
    assert first == second
    assert str(node_iri("task:file:plan 06.txt#1")) == "https://chidao.example/id/task%3Afile%3Aplan%2006.txt%231"
    other = graph_to_rdf(g, base="https://data.example.org/chidao/")
    assert (URIRef("https://data.example.org/chidao/id/doc%3Aold"), RDF.type, CHIDAO.Document) in other
    assert rdf_to_graph(other, base="https://data.example.org/chidao/") == g
