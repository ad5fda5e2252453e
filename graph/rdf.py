"""The contract graph as RDF and back, with every source kept: ``graph_to_rdf`` and ``rdf_to_graph``.

The mapping itself is in ``graph.rdf_mapping`` (and, as a table, ``graph/vocabulary/README.md``).
Each edge is written twice: as its direct triple, which linked-data tools follow, and as a
``chidao:Statement`` (an ``rdf:Statement`` naming subject, predicate and object) that carries the
edge's properties and sources. ``rdf_to_graph`` reads only the ``chidao:`` classes, identifiers,
statements and excerpts, so ``rdf_to_graph(graph_to_rdf(g)) == g`` for any contract graph whose
properties are not None (a null has no RDF form and is left out).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from rdflib import RDF, RDFS, BNode, Literal, URIRef
from rdflib import Graph as RDFGraph
from rdflib.namespace import DCTERMS, ORG, PROV, SKOS, XSD
from rdflib.term import Node as RDFNode

from graph.model import ContractError, Edge, Graph, Node, Source
from graph.rdf_mapping import (
    BASE,
    CHIDAO,
    CONCEPT_SCHEMES,
    DELEGATING_CAPACITIES,
    EDGE_PROPERTIES,
    LABELS,
    LIST_ITEM_ALSO,
    PREFIXES,
    RELATIONSHIPS,
    concept_iri,
    node_iri,
    node_property,
    source_iri,
    statement_iri,
)
from graph.schema import schema

# chidao export --format → rdflib serializer
RDF_SERIALIZERS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt"}
VOCABULARY_DIR = Path(__file__).with_name("vocabulary")


def new_rdf_graph() -> RDFGraph:
    g = RDFGraph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


# ---------------------------------------------------------------- writing


def graph_to_rdf(graph: Graph, base: str = BASE) -> RDFGraph:
    """The RDF form of a contract graph: nodes, edges as direct triples and statements, every source."""
    g = new_rdf_graph()
    for node in graph.nodes.values():
        _add_node(g, node, base)
    for edge in graph.edges.values():
        _add_edge(g, edge, base)
    return g


def _add_node(g: RDFGraph, node: Node, base: str) -> None:
    subject = node_iri(node.id, base)
    lm = LABELS[node.label]
    for cls in (lm.cls, *lm.standard):
        g.add((subject, RDF.type, cls))
    g.add((subject, DCTERMS.identifier, Literal(node.id)))
    display = node.properties.get(schema().labels[node.label].display)
    if isinstance(display, str) and display:
        g.add((subject, RDFS.label, Literal(display)))
    kinds = schema().labels[node.label].properties
    for key, value in node.properties.items():
        _add_value(g, subject, node_property(node.label, key), key, kinds.get(key, "str"), value, base)
        if key in LIST_ITEM_ALSO and isinstance(value, list):
            for item in value:
                g.add((subject, LIST_ITEM_ALSO[key], Literal(item)))
    _add_sources(g, subject, node.sources, base)


def _add_edge(g: RDFGraph, edge: Edge, base: str) -> None:
    rm = RELATIONSHIPS[edge.type]
    source, target = node_iri(edge.source, base), node_iri(edge.target, base)
    subject, obj = (target, source) if rm.inverse else (source, target)
    g.add((subject, rm.predicate, obj))
    st = statement_iri(edge.type, edge.source, edge.target, base)
    for cls in (CHIDAO.Statement, RDF.Statement, PROV.Entity):
        g.add((st, RDF.type, cls))
    g.add((st, RDF.subject, subject))
    g.add((st, RDF.predicate, rm.predicate))
    g.add((st, RDF.object, obj))
    g.add((st, CHIDAO.relationship, Literal(edge.type)))
    kinds = schema().relationships[edge.type].properties
    for key, value in edge.properties.items():
        _add_value(g, st, EDGE_PROPERTIES[key], key, kinds.get(key, "str"), value, base)
    _add_sources(g, st, edge.sources, base)
    if edge.type == "SIGNED":
        _qualify_signature(g, st, document=subject, person=obj, properties=edge.properties)
    elif edge.type == "HOLDS_POST":
        _qualify_post(g, st, person=subject, agency=obj, title=edge.properties.get("title"))


def _qualify_signature(g: RDFGraph, st: URIRef, document: URIRef, person: URIRef, properties: dict[str, Any]) -> None:
    """PROV's qualified attribution: who signed, in which capacity, and for whom."""
    g.add((st, RDF.type, PROV.Attribution))
    g.add((document, PROV.qualifiedAttribution, st))
    g.add((st, PROV.agent, person))
    principal = properties.get("on_behalf_of")
    if properties.get("capacity") in DELEGATING_CAPACITIES and isinstance(principal, str) and principal:
        # the post signed for is an agent of its own: the one who stays accountable
        post = URIRef(f"{st}/principal")
        g.add((post, RDF.type, ORG.Post))
        g.add((post, RDF.type, PROV.Agent))
        g.add((post, SKOS.prefLabel, Literal(principal)))
        g.add((person, PROV.actedOnBehalfOf, post))


def _qualify_post(g: RDFGraph, st: URIRef, person: URIRef, agency: URIRef, title: Any) -> None:
    g.add((st, RDF.type, ORG.Post))
    g.add((person, ORG.holds, st))
    g.add((st, ORG.heldBy, person))
    g.add((st, ORG.postIn, agency))
    if isinstance(title, str) and title:
        g.add((st, SKOS.prefLabel, Literal(title)))


def _add_value(g: RDFGraph, subject: URIRef, predicate: URIRef, key: str, kind: str, value: Any, base: str) -> None:
    if value is None:
        return
    if isinstance(value, list):
        g.add((subject, predicate, _add_list(g, f"{subject}|{key}", [Literal(v) for v in value])))
    elif key in CONCEPT_SCHEMES and isinstance(value, str):
        concept = concept_iri(CONCEPT_SCHEMES[key], value, base)
        g.add((concept, RDF.type, SKOS.Concept))
        g.add((concept, SKOS.notation, Literal(value)))
        if key == "doc_type" and value in schema().doc_types:
            g.add((concept, SKOS.prefLabel, Literal(schema().doc_types[value])))
        g.add((subject, predicate, concept))
    elif kind == "date" and _is_iso_date(value):
        g.add((subject, predicate, Literal(value, datatype=XSD.date)))
    else:
        g.add((subject, predicate, Literal(value)))


def _is_iso_date(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _add_list(g: RDFGraph, owner_key: str, items: list[Literal]) -> RDFNode:
    """An rdf:List with blank nodes named from their owner, so the same graph always serialises alike."""
    if not items:
        return RDF.nil
    stem = hashlib.sha1(owner_key.encode("utf-8")).hexdigest()[:16]
    cells = [BNode(f"l{stem}n{i}") for i in range(len(items))]
    for i, (cell, item) in enumerate(zip(cells, items, strict=True)):
        g.add((cell, RDF.first, item))
        g.add((cell, RDF.rest, cells[i + 1] if i + 1 < len(cells) else RDF.nil))
    return cells[0]


def _add_sources(g: RDFGraph, owner: URIRef, sources: list[Source], base: str) -> None:
    for position, source in enumerate(sources):
        excerpt = source_iri(owner, position)
        g.add((owner, PROV.wasDerivedFrom, excerpt))
        g.add((excerpt, RDF.type, CHIDAO.Excerpt))
        g.add((excerpt, RDF.type, PROV.Entity))
        g.add((excerpt, CHIDAO.quote, Literal(source.quote)))
        g.add((excerpt, CHIDAO.start, Literal(source.start)))
        g.add((excerpt, CHIDAO.end, Literal(source.end)))
        g.add((excerpt, CHIDAO.position, Literal(position)))
        g.add((excerpt, PROV.wasQuotedFrom, node_iri(source.document, base)))


# ---------------------------------------------------------------- reading


def rdf_to_graph(g: RDFGraph, base: str = BASE) -> Graph:
    """The contract graph an RDF export holds; raises ContractError naming what is missing."""
    ids = {s: str(o) for s, o in g.subject_objects(DCTERMS.identifier) if isinstance(s, URIRef)}
    sch = schema()
    graph = Graph()
    for label, lm in LABELS.items():
        kinds = sch.labels[label].properties
        for subject in sorted(s for s in g.subjects(RDF.type, lm.cls) if isinstance(s, URIRef)):
            if subject not in ids:
                raise ContractError(f"{subject} is a {label} without a dcterms:identifier")
            properties = {}
            for key, kind in kinds.items():
                value = _read_value(g, subject, node_property(label, key), key, kind)
                if value is not None:
                    properties[key] = value
            graph.add_node(Node(ids[subject], label, properties, _read_sources(g, subject, ids, base)))
    for st in sorted(s for s in g.subjects(RDF.type, CHIDAO.Statement) if isinstance(s, URIRef)):
        graph.add_edge(_read_statement(g, st, ids, base))
    return graph


def _read_statement(g: RDFGraph, st: URIRef, ids: dict[URIRef, str], base: str) -> Edge:
    rel_type = str(_one(g, st, CHIDAO.relationship))
    rm = RELATIONSHIPS.get(rel_type)
    if rm is None:
        raise ContractError(f"{st} states an unknown relationship {rel_type!r}")
    subject, obj = _one(g, st, RDF.subject), _one(g, st, RDF.object)
    source, target = (obj, subject) if rm.inverse else (subject, obj)
    properties = {}
    for key, kind in schema().relationships[rel_type].properties.items():
        value = _read_value(g, st, EDGE_PROPERTIES[key], key, kind)
        if value is not None:
            properties[key] = value
    return Edge(
        rel_type, _node_id(source, ids, base), _node_id(target, ids, base), properties, _read_sources(g, st, ids, base)
    )


def _one(g: RDFGraph, subject: URIRef, predicate: URIRef) -> RDFNode:
    value = g.value(subject, predicate)
    if value is None:
        raise ContractError(f"{subject} has no {predicate}")
    return value


def _node_id(iri: RDFNode, ids: dict[URIRef, str], base: str) -> str:
    if isinstance(iri, URIRef) and iri in ids:
        return ids[iri]
    prefix = f"{base}id/"
    if isinstance(iri, URIRef) and str(iri).startswith(prefix):
        return unquote(str(iri)[len(prefix) :])
    raise ContractError(f"{iri} is not a node of this graph")


def _read_value(g: RDFGraph, subject: URIRef, predicate: URIRef, key: str, kind: str) -> Any:
    value = g.value(subject, predicate)
    if value is None:
        return None
    if kind == "list":
        return [_plain(item) for item in g.items(value)]
    if key in CONCEPT_SCHEMES and isinstance(value, URIRef):
        notation = g.value(value, SKOS.notation)
        return str(notation) if notation is not None else unquote(str(value).rsplit("/", 1)[-1])
    return _plain(value)


def _plain(value: RDFNode) -> Any:
    """A literal as the contract holds it: dates as their ISO text, numbers as numbers."""
    if not isinstance(value, Literal):
        return str(value)
    if value.datatype in (None, XSD.string, XSD.date):
        return str(value)
    return value.toPython()


def _read_sources(g: RDFGraph, owner: URIRef, ids: dict[URIRef, str], base: str) -> list[Source]:
    found: list[tuple[int, Source]] = []
    for excerpt in g.objects(owner, PROV.wasDerivedFrom):
        if not isinstance(excerpt, URIRef) or (excerpt, RDF.type, CHIDAO.Excerpt) not in g:
            continue
        document = _node_id(_one(g, excerpt, PROV.wasQuotedFrom), ids, base)
        start, end = _integer(g, excerpt, CHIDAO.start), _integer(g, excerpt, CHIDAO.end)
        source = Source(document, start, end, str(_one(g, excerpt, CHIDAO.quote)))
        position = _integer(g, excerpt, CHIDAO.position) if g.value(excerpt, CHIDAO.position) is not None else 0
        found.append((position, source))
    return [source for _, source in sorted(found, key=lambda p: p[0])]


def _integer(g: RDFGraph, subject: URIRef, predicate: URIRef) -> int:
    value = _one(g, subject, predicate)
    if not isinstance(value, Literal) or not isinstance(value.toPython(), int):
        raise ContractError(f"{subject} has {predicate} = {value}, which is not a whole number")
    return int(value.toPython())


# ---------------------------------------------------------------- files


def write_rdf(graph: Graph, fmt: str, path: Path, base: str = BASE) -> None:
    """Serialise ``graph`` as ``fmt`` (ttl, jsonld, nt) to ``path``."""
    g = graph_to_rdf(graph, base)
    if fmt == "jsonld":
        context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
        g.serialize(destination=str(path), format="json-ld", context=context, auto_compact=True, encoding="utf-8")
    else:
        g.serialize(destination=str(path), format=RDF_SERIALIZERS[fmt], encoding="utf-8")


def vocabulary() -> RDFGraph:
    """The ``chidao:`` vocabulary (graph/vocabulary/chidao.ttl)."""
    return _parsed(VOCABULARY_DIR / "chidao.ttl")


def shapes() -> RDFGraph:
    """The SHACL shapes an export must conform to (graph/vocabulary/shapes.ttl)."""
    return _parsed(VOCABULARY_DIR / "shapes.ttl")


def _parsed(path: Path) -> RDFGraph:
    g = new_rdf_graph()
    g.parse(path, format="turtle")
    return g


def used_terms(g: RDFGraph, namespace: str = str(CHIDAO)) -> set[URIRef]:
    """Every IRI of ``namespace`` a graph uses as a predicate or class."""
    terms: Iterable[RDFNode] = [*g.predicates(), *g.objects(None, RDF.type)]
    return {t for t in terms if isinstance(t, URIRef) and str(t).startswith(namespace)}
