"""The RDF mapping of the contract, defined once: classes, predicates and the IRIs chidao mints.

``graph.rdf`` writes and reads RDF with these tables only, ``graph/vocabulary/README.md`` is the
table ``mapping_table()`` prints (``python -m graph.rdf_mapping``; a test keeps the two equal), and
``graph/vocabulary/chidao.ttl`` declares every ``chidao:`` term used here.

Standard vocabularies first: ELI for documents and the ties between them, ORG for bodies and posts,
FOAF for people, PROV for signatures and provenance, SKOS and Dublin Core for names and codes. What
none of them has (tasks, assignments, addressees, the order of an alias list) is a ``chidao:`` term.

IRIs are minted from identity keys, never at random, so two exports of the same graph name every
node alike: a node is ``{base}id/{percent-encoded id}``, one edge's statement node
``{base}statement/{TYPE}/{source id}/{target id}`` and the n-th source of either ``{owner}/source/{n}``.
``BASE`` is under ``.example``, a domain reserved never to resolve (RFC 2606): a deployment that
publishes its graph passes its own base.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDFS, SKOS, XSD

BASE = "https://chidao.example/"
CHIDAO = Namespace("https://chidao.example/ns#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")

# prefix → namespace IRI, for Turtle prefixes, the JSON-LD context and the README's short names
PREFIXES: dict[str, str] = {
    prefix: str(ns)
    for prefix, ns in (
        ("chidao", CHIDAO),
        ("eli", ELI),
        ("org", ORG),
        ("prov", PROV),
        ("foaf", FOAF),
        ("skos", SKOS),
        ("dcterms", DCTERMS),
        ("rdfs", RDFS),
        ("xsd", XSD),
    )
}


@dataclass(frozen=True)
class LabelMap:
    """A contract label: its own ``chidao:`` class (what the round trip reads) and the standard ones."""

    cls: URIRef
    standard: tuple[URIRef, ...]


LABELS: dict[str, LabelMap] = {
    "Document": LabelMap(CHIDAO.Document, (ELI.LegalResource,)),
    "Agency": LabelMap(CHIDAO.Agency, (ORG.Organization, ORG.FormalOrganization)),
    "Organization": LabelMap(CHIDAO.Organization, (ORG.Organization,)),
    "Person": LabelMap(CHIDAO.Person, (FOAF.Person, PROV.Agent)),
    "Project": LabelMap(CHIDAO.Project, (FOAF.Project,)),
    "Task": LabelMap(CHIDAO.Task, ()),
}

# node properties; list properties become ordered RDF lists (rdf:nil when empty) so order and
# emptiness survive, and their items are repeated as skos:altLabel where that is what they are
NODE_PROPERTIES: dict[str, URIRef] = {
    "number": ELI.id_local,
    "doc_type": ELI.type_document,
    "doc_type_name": CHIDAO.docTypeName,
    "date": ELI.date_document,
    "title": DCTERMS.title,
    "issuer": CHIDAO.issuer,
    "source_file": CHIDAO.sourceFile,
    "name": SKOS.prefLabel,
    "aliases": CHIDAO.aliases,
    "kind": CHIDAO.kind,
    "locality": CHIDAO.locality,
    "titles": CHIDAO.titles,
    "location": CHIDAO.location,
    "description": DCTERMS.description,
    "status": CHIDAO.status,
    "deadline": CHIDAO.deadline,
}
# where one label names a property differently
NODE_PROPERTY_OVERRIDES: dict[tuple[str, str], URIRef] = {("Person", "name"): FOAF.name}
LIST_ITEM_ALSO: dict[str, URIRef] = {"aliases": SKOS.altLabel}

EDGE_PROPERTIES: dict[str, URIRef] = {
    "capacity": PROV.hadRole,
    "title": CHIDAO.title,
    "on_behalf_of": CHIDAO.onBehalfOf,
    "role": CHIDAO.role,
    "status": CHIDAO.status,
}

# properties whose value is a code, written as a skos:Concept {base}{scheme}/{code} with skos:notation
CONCEPT_SCHEMES: dict[str, str] = {"doc_type": "doc-type", "capacity": "capacity"}


@dataclass(frozen=True)
class RelMap:
    """A relationship type: the predicate of its direct triple, and how the statement node is also typed.

    ``inverse``: the triple runs from the contract's target to its source (``ISSUED`` Agency → Document
    is ``<document> eli:passed_by <agency>``)."""

    predicate: URIRef
    inverse: bool = False
    qualified: URIRef | None = None
    note: str = ""


RELATIONSHIPS: dict[str, RelMap] = {
    "ISSUED": RelMap(ELI.passed_by, inverse=True),
    "SIGNED": RelMap(
        PROV.wasAttributedTo,
        inverse=True,
        qualified=PROV.Attribution,
        note="`<document> prov:qualifiedAttribution <statement>`, the statement also a `prov:Attribution` with "
        "`prov:agent <person>`; for KT., TM., TL., TUQ. (K/T, T/M, T/L, T/UQ) also "
        "`<person> prov:actedOnBehalfOf <statement>/principal`, an `org:Post` named by `on_behalf_of`",
    ),
    "HOLDS_POST": RelMap(
        ORG.memberOf,
        qualified=ORG.Post,
        note="the statement is the `org:Post`: `<person> org:holds <post>`, `<post> org:postIn <agency>`, "
        "`org:heldBy <person>`, `skos:prefLabel` the title",
    ),
    "IMPLEMENTS": RelMap(ELI.applies, note="`eli:implements` is deprecated in ELI"),
    "BASED_ON": RelMap(ELI.based_on),
    "RESPONDS_TO": RelMap(CHIDAO.respondsTo, note="a sub-property of `eli:cites`"),
    "CITES": RelMap(ELI.cites),
    "AMENDS": RelMap(ELI.amends),
    "REPLACES": RelMap(DCTERMS.replaces),
    "SENT_TO": RelMap(CHIDAO.sentTo),
    "PROPOSED_BY": RelMap(CHIDAO.proposedBy, note="a sub-property of `prov:wasInfluencedBy`"),
    "ASSIGNS": RelMap(CHIDAO.assigns),
    "ASSIGNED_TO": RelMap(CHIDAO.assignedTo),
    "REPORTS_ON": RelMap(CHIDAO.reportsOn),
    "CONCERNS": RelMap(DCTERMS.subject),
    "PART_OF": RelMap(ORG.subOrganizationOf),
    "DEVELOPS": RelMap(CHIDAO.develops),
}

# capacities in which the signer acts for someone else, who stays accountable
DELEGATING_CAPACITIES = frozenset({"KT.", "TM.", "TL.", "TUQ.", "K/T", "T/M", "T/L", "T/UQ"})


def node_property(label: str, key: str) -> URIRef:
    return NODE_PROPERTY_OVERRIDES.get((label, key), NODE_PROPERTIES[key])


def _enc(text: str) -> str:
    return quote(text, safe="")


def node_iri(node_id: str, base: str = BASE) -> URIRef:
    return URIRef(f"{base}id/{_enc(node_id)}")


def statement_iri(rel_type: str, source: str, target: str, base: str = BASE) -> URIRef:
    return URIRef(f"{base}statement/{_enc(rel_type)}/{_enc(source)}/{_enc(target)}")


def source_iri(owner: URIRef, position: int) -> URIRef:
    return URIRef(f"{owner}/source/{position}")


def concept_iri(scheme: str, code: str, base: str = BASE) -> URIRef:
    return URIRef(f"{base}{scheme}/{_enc(code)}")


def _curie(term: URIRef) -> str:
    for prefix, ns in PREFIXES.items():
        if str(term).startswith(ns):
            return f"`{prefix}:{str(term)[len(ns) :]}`"
    return f"<{term}>"


def mapping_table() -> str:
    """The mapping as the markdown table of graph/vocabulary/README.md."""
    from graph.schema import schema

    sch = schema()
    rows = ["| contract | RDF | properties and notes |", "|---|---|---|"]
    for label, lm in LABELS.items():
        classes = ", ".join(_curie(c) for c in (lm.cls, *lm.standard))
        props = ", ".join(f"`{k}` → {_curie(node_property(label, k))}" for k in sch.labels[label].properties)
        rows.append(f"| node `{label}` | `a` {classes} | {props} |")
    for rel_type, rm in RELATIONSHIPS.items():
        direction = "written from the contract's target to its source" if rm.inverse else ""
        props = ", ".join(
            f"`{k}` → {_curie(EDGE_PROPERTIES[k])} on the statement" for k in sch.relationships[rel_type].properties
        )
        notes = "; ".join(n for n in (direction, props, rm.note) if n)
        rows.append(f"| edge `{rel_type}` | {_curie(rm.predicate)} | {notes} |")
    rows += [
        "| every node | `dcterms:identifier` the id, `rdfs:label` the display text | "
        "IRI `{base}id/{percent-encoded id}` |",
        "| every edge | a `chidao:Statement` (`rdf:Statement`, `prov:Entity`) with `rdf:subject`, `rdf:predicate`, "
        "`rdf:object`, `chidao:relationship` the contract type | IRI `{base}statement/{TYPE}/{source}/{target}` |",
        "| `sources` of a node or edge | `prov:wasDerivedFrom` a `chidao:Excerpt` (`prov:Entity`) with "
        "`chidao:quote`, `chidao:start`, `chidao:end`, `chidao:position`, `prov:wasQuotedFrom` the document | "
        "IRI `{owner}/source/{n}` |",
        "| codes (`doc_type`, `capacity`) | a `skos:Concept` with `skos:notation` the code | "
        "IRI `{base}doc-type/{code}`, `{base}capacity/{code}` |",
        "| list properties (`aliases`, `titles`) | an ordered `rdf:List` of strings | aliases also each "
        "`skos:altLabel` |",
        "| `date`, `deadline` | `xsd:date` when a valid ISO date, else a plain string | |",
    ]
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(mapping_table(), end="")
