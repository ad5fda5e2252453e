"""Within one file, the names that are one body: "Ban Quản lý" is "Ban Quản lý Khu kinh tế Hải Phòng"."""

from __future__ import annotations

import bisect
import re

from graph.model import Edge, Graph
from graph.text import tone_key


def merge(graph: Graph, old: str, new: str) -> None:
    """Fold node ``old`` into ``new``: its names become aliases, its edges move over, with their sources."""
    a, b = graph.nodes.pop(old), graph.nodes[new]
    aliases = b.properties.setdefault("aliases", [])
    for name in [a.properties.get("name"), *a.properties.get("aliases", [])]:
        if name and name != b.properties.get("name") and name not in aliases:
            aliases.append(name)
    for s in a.sources:
        b.add_source(s)
    for key in [k for k in graph.edges if old in (k[1], k[2])]:
        e = graph.edges.pop(key)
        src = new if e.source == old else e.source
        dst = new if e.target == old else e.target
        if src != dst:
            graph.add_edge(Edge(e.type, src, dst, e.properties, e.sources))


# what a branch's name adds to its parent's: "ngân hàng nhà nước" + " việt nam - chi nhánh tỉnh …"
_BRANCH_OF_IT = re.compile(r"(?: việt nam)?\s*[-–]?\s*chi nhánh ")


def resolve_aliases(graph: Graph, acronyms: dict[str, str]) -> None:
    bodies = [n for n in graph.nodes.values() if n.label in ("Agency", "Organization")]
    # commas and dashes aside: "Cục … dữ liệu nông nghiệp" is the start of "Cục … dữ liệu nông nghiệp, môi trường"
    keys = {n.id: " ".join(tone_key(n.properties["name"]).replace(",", " ").split()) for n in bodies}
    # the bodies by key, to find those whose key starts with another's by bisection, not by trying every pair
    by_key = sorted(range(len(bodies)), key=lambda i: keys[bodies[i].id])
    sorted_keys = [keys[bodies[i].id] for i in by_key]
    # "KHO BẠC NHÀ NƯỚC / KHO BẠC NHÀ NƯỚC NGHỆ AN": a body stated to be part of another is not its short name
    parts = {(e.source, e.target) for e in graph.edges.values() if e.type == "PART_OF"}
    for n in bodies:
        if n.id not in graph.nodes:
            continue
        key = keys[n.id]
        # "Công ty QISC" after "Công ty … Quảng Ngãi (QISC)"
        last = n.properties["name"].split()[-1]
        if last in acronyms and acronyms[last] != n.id and acronyms[last] in graph.nodes:
            merge(graph, n.id, acronyms[last])
            continue
        lo = hi = bisect.bisect_left(sorted_keys, key + " ")
        while hi < len(sorted_keys) and sorted_keys[hi].startswith(key + " "):
            hi += 1
        longer = [  # in the order of ``bodies``; each key starts with ``key + " "``, as the bisection found them
            m
            for m in (bodies[i] for i in sorted(by_key[lo:hi]))
            if m.id != n.id
            and m.id in graph.nodes
            and m.label == n.label
            # "Kiểm toán nhà nước khu vực II" is a regional office of "Kiểm toán nhà nước", not its full name, and so is
            # "Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh …" a branch
            and not keys[m.id].startswith(("khu vực ", "chuyên ngành "), len(key) + 1)
            and not _BRANCH_OF_IT.match(keys[m.id], len(key))
            and (m.id, n.id) not in parts
        ]
        if len(longer) == 1 or (longer and len({keys[m.id] for m in longer}) == 1):
            merge(graph, n.id, longer[0].id)
        elif len(longer) > 1:
            # "Ban Quản lý" beside "Ban Quản lý Khu kinh tế" and "… Khu kinh tế Hải Phòng": one chain is one body
            chain = sorted(longer, key=lambda m: len(keys[m.id]))
            if all(keys[chain[i + 1].id].startswith(keys[chain[i].id]) for i in range(len(chain) - 1)):
                for m in chain[:-1]:
                    if m.id in graph.nodes:
                        merge(graph, m.id, chain[-1].id)
                merge(graph, n.id, chain[-1].id)


def one_person_per_name(graph: Graph) -> None:
    """One document names one person once: "đồng chí Giàng Thị Dế, Phó Chủ tịch Ủy ban MTTQ tỉnh" in the text and
    the same name under the signature are one person, whichever body each mention put beside the name. The one who
    signs keeps the node."""
    by_name: dict[str, list[str]] = {}
    for node in graph.nodes.values():
        if node.label == "Person":
            by_name.setdefault(tone_key(str(node.properties.get("name", ""))), []).append(node.id)
    signers = {e.source for e in graph.edges.values() if e.type == "SIGNED"}
    for ids in by_name.values():
        if len(ids) < 2:
            continue
        keep = next((i for i in ids if i in signers), ids[0])
        for other in ids:
            if other != keep and other in graph.nodes:
                titles = graph.nodes[keep].properties.setdefault("titles", [])
                for title in graph.nodes[other].properties.get("titles", []):
                    if tone_key(title) not in {tone_key(t) for t in titles}:
                        titles.append(title)
                merge(graph, other, keep)
                graph.nodes[keep].properties.pop("aliases", None)  # a person has a name and titles, no aliases


def documents_follow_their_issuers(graph: Graph) -> Graph:
    """A document cited as issued by a body's short name ("Ban Chỉ đạo ban hành Kế hoạch số 05/KH-BCĐ") took that
    name into its id; once the short name is known to be the long one, the id says the long one too."""
    ids = set(graph.nodes)
    new_ids: dict[str, str] = {}
    for edge in graph.edges.values():
        doc = edge.target
        if edge.type != "ISSUED" or not doc.startswith("doc:") or doc.startswith("doc:file:"):
            continue
        head, _, named = doc.rpartition("|")
        body = edge.source.split(":", 1)[1]
        if named != body and body.startswith(named + " ") and not {f"agency:{named}", f"org:{named}"} & ids:
            new_ids[doc] = f"{head}|{body}"
    return graph.renamed(new_ids) if new_ids else graph


def drop_generic(graph: Graph) -> None:
    """A body still named only by its kind once aliases are resolved ("Ban Chỉ đạo", "Hội đồng Thẩm định",
    with no word of whose) is not one body the graph can name: it leaves, with its edges. The issuer of the
    file's own document stays: its header names it, under its parent."""
    from loaders.lexicon import lexicon

    generic = lexicon().generic
    # the header says whose when the body issued the file's own document, or a PART_OF says it
    placed = {e.source for e in graph.edges.values() if e.type == "PART_OF"} | {
        e.source
        for e in graph.edges.values()
        if e.type == "ISSUED" and graph.nodes[e.target].properties.get("source_file")
    }
    for node in list(graph.nodes.values()):
        if node.id in placed:
            continue
        if node.label in ("Agency", "Organization") and tone_key(node.properties["name"]) in generic:
            del graph.nodes[node.id]
            for key in [k for k in graph.edges if node.id in (k[1], k[2])]:
                del graph.edges[key]


_PARTY = ("tỉnh uỷ", "thành uỷ", "huyện uỷ", "quận uỷ", "thị uỷ")


_DEPARTMENT_OF = re.compile(r"sở .+? (?P<place>(?:tỉnh|thành phố) .+)$")
_COMBINED_OFFICE = re.compile(r"văn phòng (?:hội đồng nhân dân|hđnd) và (?=uỷ ban nhân dân )")


_REGIONAL_OFFICE = re.compile(r"(.+?) (?:khu vực|chuyên ngành) [ivxlc\d]+")  # keys are folded to lower case


def part_of_by_name(graph: Graph) -> None:
    """PART_OF where the name says so: "Văn phòng UBND tỉnh" is part of "UBND tỉnh", "Ban Thường vụ
    Tỉnh ủy" of "Tỉnh ủy"; the quote is the one that names the part."""
    bodies = {tone_key(n.properties["name"]): n for n in graph.nodes.values() if n.label == "Agency"}
    for key, node in bodies.items():
        # "Văn phòng HĐND và UBND phường …": the office of the council and the committee is the committee's
        combined = _COMBINED_OFFICE.match(key)
        committee = bodies.get(key[combined.end() :]) if combined else None
        if committee is not None and committee is not node:
            graph.add_edge(Edge("PART_OF", node.id, committee.id, {}, node.sources[:1]))
            continue
        # "Sở Tài chính tỉnh Quảng Ngãi" is a department of "Ủy ban nhân dân tỉnh Quảng Ngãi", where both are named
        department = _DEPARTMENT_OF.match(key)
        people_committee = bodies.get("uỷ ban nhân dân " + department.group("place")) if department else None
        if people_committee is not None:
            graph.add_edge(Edge("PART_OF", node.id, people_committee.id, {}, node.sources[:1]))
            continue
        regional = _REGIONAL_OFFICE.fullmatch(key)
        national = bodies.get(regional.group(1)) if regional else None
        if national is not None and national is not node:
            graph.add_edge(Edge("PART_OF", node.id, national.id, {}, node.sources[:1]))
            continue
        words = key.split()
        for i in range(1, len(words)):
            whole = " ".join(words[i:])
            parent = bodies.get(whole)
            if parent is None or parent is node:
                continue
            unit = " ".join(words[:i])
            # a committee or standing body of a Party committee or of a People's Council: "Ban Pháp chế HĐND tỉnh",
            # "Ủy ban Kiểm tra Tỉnh ủy", "Thường trực HĐND tỉnh"
            organ = unit.startswith(("ban ", "thường trực", "uỷ ban kiểm tra"))
            named_part = unit in ("văn phòng", "văn phòng thường trực") or (
                organ and whole.startswith((*_PARTY, "đảng uỷ", "hội đồng nhân dân"))
            )
            # "Thanh tra Sở Y tế", "Thanh tra Bộ Giao thông vận tải": a department's or a ministry's inspectorate
            named_part = named_part or (unit == "thanh tra" and whole.startswith(("sở ", "bộ ")))
            # "Cơ quan Cảnh sát điều tra Công an tỉnh …": the investigation body of the police
            named_part = named_part or (unit.startswith("cơ quan") and unit.endswith("điều tra"))
            if named_part and parent.label == "Agency":
                graph.add_edge(Edge("PART_OF", node.id, parent.id, {}, node.sources[:1]))
            break


def prune_to_contract(graph: Graph) -> None:
    """Drop edges that merging left between labels the contract does not join (an Organization merged
    where an Agency stood): the graph that leaves the loader always follows the contract."""
    from graph.schema import schema

    sch = schema()
    for key, edge in list(graph.edges.items()):
        a, b = graph.nodes.get(edge.source), graph.nodes.get(edge.target)
        if a is None or b is None or sch.check_edge(edge.type, a.label, b.label):
            del graph.edges[key]


# the surer tie between two documents wins: a reply is a reply before it is an implementation or a basis
_TIE_RANK = ("RESPONDS_TO", "AMENDS", "REPLACES", "IMPLEMENTS", "BASED_ON", "CITES")


def one_tie_per_pair(graph: Graph) -> None:
    """Keep one document-to-document tie per ordered pair, the surest by ``_TIE_RANK``."""
    best: dict[tuple[str, str], str] = {}
    for rel, source, target in graph.edges:
        if rel in _TIE_RANK:
            have = best.get((source, target))
            if have is None or _TIE_RANK.index(rel) < _TIE_RANK.index(have):
                best[(source, target)] = rel
    for key in [k for k in graph.edges if k[0] in _TIE_RANK and best[(k[1], k[2])] != k[0]]:
        del graph.edges[key]
