"""One file in, the contract's graph out: read → repair → segment → mentions → relations → resolve."""

from __future__ import annotations

import re
from pathlib import Path

from graph.model import Graph, Source
from graph.text import number_key
from loaders.errors import LoaderError
from loaders.extract.context import Context, DocRef
from loaders.extract.documents import (
    answers_told,
    cited_documents,
    decide_locality,
    doc_relations,
    issuers_from_symbols,
    proposals,
    self_document,
)
from loaders.extract.follow_ups import documents_named_again, given_in_items, given_to_subjects, work_followed_up
from loaders.extract.header import parse_header
from loaders.extract.mentions import BodyIndex, issuer_short_forms, listed_units, named_parents
from loaders.extract.people import copied_people, legal_representatives, named_people, officials, signature
from loaders.extract.projects import developers, projects
from loaders.extract.recipients import cited_recipients, recipients, short_names
from loaders.extract.recoveries import recovered_from
from loaders.extract.segments import segments
from loaders.extract.task_tables import table_tasks
from loaders.extract.tasks import duties, led_tasks, quoted_tasks, tasks
from loaders.repair import Text, repair
from loaders.resolve import (
    documents_follow_their_issuers,
    drop_generic,
    one_person_per_name,
    one_tie_per_pair,
    part_of_by_name,
    prune_to_contract,
    resolve_aliases,
)

_ORGAN_OF_COMMITTEE = re.compile(
    r"^(?:ban thường vụ|ban thường trực|thường trực|ban chấp hành)\s+(?=(?:tỉnh|thành|huyện|quận|thị) uỷ\b)"
)


def document_id(ref: DocRef, source_file: str | None = None) -> str:
    """The contract's identity: number, year and issuer; a Party document by number and committee."""
    if not ref.number:
        return f"doc:file:{Path(source_file or 'unknown').name}"
    issuer = ref.issuer.split(":", 1)[1] if ref.issuer else "?"
    if ref.party:
        # the series belongs to the committee: "119-KH/TU của Ban Thường vụ Tỉnh ủy" is the Tỉnh ủy's 119-KH/TU,
        # whichever of its organs the citing text names
        return f"doc:{number_key(ref.number)}|{_ORGAN_OF_COMMITTEE.sub('', issuer)}"
    year = ref.year or (ref.date[:4] if ref.date else "?")
    return f"doc:{number_key(ref.number)}|{year}|{issuer}"


def _doc_props(ref: DocRef) -> dict[str, object]:
    from loaders.lexicon import lexicon

    props: dict[str, object] = {}
    if ref.number:
        props["number"] = ref.number
    if ref.doc_type:
        props["doc_type"] = ref.doc_type
        name = lexicon().doc_types.get(ref.doc_type)
        if name:
            props["doc_type_name"] = name
    if ref.date:
        props["date"] = ref.date
    if ref.title:
        props["title"] = ref.title
    return props


def extract_text(pages: list[str], source_file: str) -> Graph:
    """The graph one file yields, from its raw page texts: each document it holds read on its own."""
    text = repair(pages)
    if not text.text.strip():
        raise LoaderError(source_file, "the file holds no text")
    parts = segments(text.text)
    if len(parts) == 1:
        return _extract_document(text, source_file)
    graph = Graph()
    for i, (start, end) in enumerate(parts):
        part = _extract_document(text.slice(start, end), source_file, part=i + 1 if i else None)
        # offsets and quotes point into the file's whole text
        for node in part.nodes.values():
            node.sources = _shifted(node.sources, start)
            graph.add_node(node)
        for edge in part.edges.values():
            edge.sources = _shifted(edge.sources, start)
            graph.add_edge(edge)
    graph.validate()
    return graph


def _shifted(sources: list[Source], offset: int) -> list[Source]:
    return [Source(s.document, s.start + offset, s.end + offset, s.quote) for s in sources]


def _extract_document(text: Text, source_file: str, part: int | None = None) -> Graph:
    """The graph of one document; ``part`` numbers the second and later documents of a file."""
    ctx = Context(text, source_file)
    header = parse_header(ctx.s)
    ctx.locality = decide_locality(ctx, header)
    # the whole text: a header may come last when a PDF's columns were read out of order
    bodies = BodyIndex(ctx, 0)
    self_ref, issuer = self_document(ctx, header, bodies)
    issuer_short_forms(bodies, issuer)
    ctx.docs["self"] = self_ref
    ctx.self_id = document_id(self_ref, source_file)
    if part and ctx.self_id.startswith("doc:file:"):
        ctx.self_id += f"#{part}"  # a later document without a number of its own
    # sources made so far point at the file before its id was known
    for node in ctx.graph.nodes.values():
        node.sources = [s.__class__(ctx.self_id, s.start, s.end, s.quote) for s in node.sources]
    for edge in ctx.graph.edges.values():
        edge.sources = [s.__class__(ctx.self_id, s.start, s.end, s.quote) for s in edge.sources]

    self_span = header.number_span or header.type_span or (0, min(len(ctx.s), 120))
    self_props = _doc_props(self_ref) | {"source_file": source_file}
    self_ref.node = ctx.node(ctx.self_id, "Document", self_props, self_span)
    if issuer:
        for body in [issuer, *self_ref.co_issuers]:
            ctx.edge("ISSUED", body, ctx.self_id, self_span)

    cited = cited_documents(ctx, bodies, header)
    issuers_from_symbols(ctx, bodies, self_ref)
    for ref in ctx.docs.values():
        if ref is self_ref or not ref.spans:
            continue
        ref.node = ctx.node(document_id(ref), "Document", _doc_props(ref), ref.spans[0])
        for span in ref.spans[1:]:
            ref.node.add_source(ctx.source(*span))
        for body in [ref.issuer, *ref.co_issuers] if ref.issuer else []:
            ctx.edge("ISSUED", body, ref.node.id, ref.spans[0])
    doc_relations(ctx, cited, ctx.self_id)
    answers_told(ctx, cited)
    body_end = recipients(ctx, bodies, ctx.self_id, issuer, header.end)
    short_names(ctx, bodies)  # (before the cited letters' recipients, which a short name may name)
    cited_recipients(
        ctx, bodies, [(c.start, c.end, ref.node.id) for c, ref in cited if ref.node and ref is not self_ref]
    )
    proposals(ctx, bodies, ctx.self_id, body_end)
    officials(ctx, bodies, body_end)
    named_people(ctx, bodies, body_end)
    legal_representatives(ctx, bodies, body_end)
    signature(ctx, bodies, issuer, ctx.self_id, self_ref.co_issuers)
    copied_people(ctx, issuer, body_end)
    assigner_at = {c.end: ref.node.id for c, ref in cited if ref.node is not None and ref is not self_ref}
    documents_named_again(ctx, assigner_at)
    tasks(ctx, bodies, ctx.self_id, issuer, 0, len(ctx.s), assigner_at)
    duties(ctx, bodies, ctx.self_id, issuer, assigner_at)
    quoted_tasks(ctx, bodies, ctx.self_id, assigner_at)
    led_tasks(ctx, bodies, ctx.self_id, issuer, assigner_at)
    table_tasks(ctx, bodies, ctx.self_id, assigner_at)
    given_in_items(ctx, bodies, ctx.self_id, assigner_at)
    work_followed_up(ctx, bodies, ctx.self_id, assigner_at)
    given_to_subjects(ctx, bodies, ctx.self_id, assigner_at)
    recovered_from(ctx, bodies, ctx.self_id, assigner_at)
    named_projects = projects(ctx, [(c.start, c.end, ref) for c, ref in cited], self_ref)
    developers(ctx, bodies, named_projects)
    named_parents(bodies)
    listed_units(bodies, issuer)
    resolve_aliases(ctx.graph, ctx.acronyms)
    one_person_per_name(ctx.graph)
    drop_generic(ctx.graph)
    part_of_by_name(ctx.graph)
    one_tie_per_pair(ctx.graph)
    prune_to_contract(ctx.graph)
    graph = documents_follow_their_issuers(ctx.graph)
    graph.validate()
    return graph


def extract_file(path: str | Path) -> Graph:
    """The graph of one file on disk. Raises LoaderError, naming the file, on anything it cannot read."""
    from loaders.read import read_file

    raw = read_file(path)
    try:
        return extract_text(raw.pages, str(path))
    except LoaderError:
        raise
    except Exception as exc:  # a rule that trips on a text it never met must not take the run down
        raise LoaderError(path, f"chidao could not understand this document ({type(exc).__name__}: {exc})") from exc
