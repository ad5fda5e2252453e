"""The store's contract on a real backend: round trip, replace, forget, injection, read-only queries."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from graph.model import Edge, Graph, Node, Source
from graph.store import CypherStore, StoreError, open_store
from graph.store.representation import decode_sources
from graph.text import ascii_fold

PLAN = "doc:hp:2024:06/KH-UBND"
REPORT = "doc:hp:2024:421/BC-BQL"
CITY = "agency:ubnd-hai-phong"
BOARD = "agency:bql-hai-phong"


def src(doc: str, start: int, quote: str) -> Source:
    return Source(doc, start, start + len(quote), quote)


def plan_graph() -> Graph:
    """What a plan of the city says: the city issued it, it is based on a decree, sent to the board."""
    g = Graph()
    s = src(PLAN, 0, "KẾ HOẠCH Số: 06/KH-UBND")
    g.add_node(
        Node(
            PLAN,
            "Document",
            {
                "number": "06/KH-UBND",
                "doc_type": "KH",
                "date": "2024-01-30",
                "title": "Phòng, chống tham nhũng năm 2024",
                "source_file": "plan.txt",
            },
            [s],
        )
    )
    g.add_node(
        Node(
            CITY,
            "Agency",
            {"name": "Ủy ban nhân dân thành phố Hải Phòng", "aliases": ["UBND thành phố"]},
            [src(PLAN, 30, "ỦY BAN NHÂN DÂN THÀNH PHỐ")],
        )
    )
    g.add_node(
        Node(
            BOARD, "Agency", {"name": "Ban Quản lý Khu kinh tế Hải Phòng"}, [src(PLAN, 400, "Ban Quản lý Khu kinh tế")]
        )
    )
    g.add_node(
        Node(
            "doc:nd:59/2019",
            "Document",
            {"number": "59/2019/NĐ-CP", "doc_type": "NĐ"},
            [src(PLAN, 90, "Căn cứ Nghị định số 59/2019/NĐ-CP")],
        )
    )
    g.add_edge(Edge("ISSUED", CITY, PLAN, {}, [s]))
    g.add_edge(Edge("BASED_ON", PLAN, "doc:nd:59/2019", {}, [src(PLAN, 90, "Căn cứ Nghị định số 59/2019/NĐ-CP")]))
    g.add_edge(Edge("SENT_TO", PLAN, BOARD, {"role": "addressed"}, [src(PLAN, 400, "Ban Quản lý Khu kinh tế")]))
    return g


def report_graph() -> Graph:
    """A report of the board that implements the plan: the plan and the board appear in both files."""
    g = Graph()
    s = src(REPORT, 0, "BÁO CÁO Số: 421/BC-BQL")
    g.add_node(Node(REPORT, "Document", {"number": "421/BC-BQL", "doc_type": "BC", "source_file": "report.txt"}, [s]))
    g.add_node(
        Node(
            BOARD,
            "Agency",
            {"name": "Ban Quản lý Khu kinh tế Hải Phòng", "aliases": ["Ban Quản lý"]},
            [src(REPORT, 20, "BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG")],
        )
    )
    g.add_node(
        Node(
            PLAN,
            "Document",
            {"number": "06/KH-UBND", "doc_type": "KH"},
            [src(REPORT, 60, "Thực hiện Kế hoạch số 06/KH-UBND")],
        )
    )
    g.add_edge(Edge("ISSUED", BOARD, REPORT, {}, [s]))
    g.add_edge(Edge("IMPLEMENTS", REPORT, PLAN, {}, [src(REPORT, 60, "Thực hiện Kế hoạch số 06/KH-UBND")]))
    return g


def total(stats: dict[str, dict[str, int]]) -> tuple[int, int]:
    return sum(stats["nodes"].values()), sum(stats["relationships"].values())


def node(store: CypherStore, node_id: str) -> dict[str, Any] | None:
    rows = store.query("MATCH (n {id: $id}) RETURN n", {"id": node_id})
    assert len(rows) <= 1
    return rows[0]["n"] if rows else None


def dump(store: CypherStore) -> list[Any]:
    """Every node and relationship with all its properties, in a stable order."""
    nodes = store.query("MATCH (n) WHERE NOT n:LoadedFile RETURN n ORDER BY n.id")
    edges = store.query("MATCH (a)-[r]->(b) RETURN a.id AS a, r, b.id AS b ORDER BY a, b, type(r)")
    return nodes + edges


def test_round_trip(store: CypherStore) -> None:
    store.replace_file("plan.txt", plan_graph())
    stats = store.stats()
    assert stats["nodes"]["Document"] == 2 and stats["nodes"]["Agency"] == 2
    assert stats["relationships"] == {
        **{k: 0 for k in stats["relationships"]},
        "ISSUED": 1,
        "BASED_ON": 1,
        "SENT_TO": 1,
    }
    plan = node(store, PLAN)
    assert plan is not None
    assert plan["_labels"] == ["Document"]
    assert plan["number"] == "06/KH-UBND" and plan["date"] == "2024-01-30" and plan["source_file"] == "plan.txt"
    assert plan["source_files"] == ["plan.txt"]
    [source] = decode_sources(plan["sources_json"])
    assert source == {"file": "plan.txt", "document": PLAN, "start": 0, "end": 23, "quote": "KẾ HOẠCH Số: 06/KH-UBND"}
    city = node(store, CITY)
    assert city is not None and city["aliases"] == ["UBND thành phố"]
    assert ascii_fold("Hải Phòng") in city["search_key"]
    rows = store.query(
        "MATCH (a:Agency)-[r:ISSUED]->(d:Document) RETURN a.name AS issuer, d.number AS number, r.sources_json AS s"
    )
    assert rows == [{"issuer": "Ủy ban nhân dân thành phố Hải Phòng", "number": "06/KH-UBND", "s": rows[0]["s"]}]
    assert decode_sources(rows[0]["s"])[0]["quote"] == "KẾ HOẠCH Số: 06/KH-UBND"
    sent = store.query("MATCH (:Document)-[r:SENT_TO]->(:Agency) RETURN r.role AS role")
    assert sent == [{"role": "addressed"}]
    assert store.files() == ["plan.txt"]


def test_replace_same_file_twice_changes_nothing(store: CypherStore) -> None:
    store.replace_file("plan.txt", plan_graph())
    before_stats, before = store.stats(), dump(store)
    store.replace_file("plan.txt", plan_graph())
    assert store.stats() == before_stats
    assert dump(store) == before


def chain_graph(doc: str, first: int, last: int) -> Graph:
    """Documents first..last, each citing the next and the one three further on, stated by ``doc``."""
    g = Graph()
    for i in range(first, last + 1):
        g.add_node(Node(f"doc:{i}", "Document", {"number": f"{i}/KH"}, [src(doc, i, f"Kế hoạch {i}")]))
    agency = "agency:ubnd"
    g.add_node(Node(agency, "Agency", {"name": "UBND"}, [src(doc, 0, "UBND")]))
    for i in range(first, last + 1):
        for j in (i + 1, i + 3):
            if j <= last:
                g.add_edge(Edge("CITES", f"doc:{i}", f"doc:{j}", {}, [src(doc, i, "căn cứ")]))
        g.add_edge(Edge("ISSUED", agency, f"doc:{i}", {}, [src(doc, 0, "UBND")]))
    return g


def edge_ends(store: CypherStore) -> set[tuple[str, str, str, tuple[str, ...]]]:
    rows = store.query("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, r.source_files AS f")
    return {(r["a"], r["t"], r["b"], tuple(sorted(r["f"]))) for r in rows}


def test_a_file_over_nodes_already_there_links_each_edge_to_its_own_ends(store: CypherStore) -> None:
    """The second file states old and new documents interleaved; every edge joins the right two."""
    store.replace_file("a.txt", chain_graph(PLAN, 0, 20))
    store.replace_file("b.txt", chain_graph(REPORT, 10, 40))
    expected: dict[tuple[str, str, str], set[str]] = {}
    for file, graph in (("a.txt", chain_graph(PLAN, 0, 20)), ("b.txt", chain_graph(REPORT, 10, 40))):
        for e in graph.edges.values():
            expected.setdefault((e.source, e.type, e.target), set()).add(file)
    assert edge_ends(store) == {(a, t, b, tuple(sorted(f))) for (a, t, b), f in expected.items()}
    assert store.stats()["nodes"]["Document"] == 41
    store.forget("a.txt")
    assert edge_ends(store) == {(a, t, b, ("b.txt",)) for (a, t, b), f in expected.items() if "b.txt" in f}
    assert store.stats()["nodes"]["Document"] == 31


def test_changed_file_replaces_its_contribution(store: CypherStore) -> None:
    store.replace_file("plan.txt", plan_graph())
    store.replace_file("report.txt", report_graph())
    changed = plan_graph()
    del changed.edges[("BASED_ON", PLAN, "doc:nd:59/2019")]
    del changed.nodes["doc:nd:59/2019"]
    changed.add_node(
        Node(
            "doc:qd:2029/2015",
            "Document",
            {"number": "2029/2015/QĐ-UBND"},
            [src(PLAN, 95, "Quyết định số 2029/2015/QĐ-UBND")],
        )
    )
    changed.add_edge(Edge("BASED_ON", PLAN, "doc:qd:2029/2015", {}, [src(PLAN, 95, "Quyết định số 2029/2015/QĐ-UBND")]))
    store.replace_file("plan.txt", changed)
    assert node(store, "doc:nd:59/2019") is None
    assert node(store, "doc:qd:2029/2015") is not None
    based_on = store.query("MATCH (:Document {id: $id})-[:BASED_ON]->(d) RETURN d.id AS id", {"id": PLAN})
    assert based_on == [{"id": "doc:qd:2029/2015"}]
    # what the report states is untouched
    assert store.query("MATCH (:Document {id: $r})-[:IMPLEMENTS]->(p) RETURN p.id AS id", {"r": REPORT}) == [
        {"id": PLAN}
    ]
    assert sorted(store.files()) == ["plan.txt", "report.txt"]


def test_forget_removes_only_that_files_contribution(store: CypherStore) -> None:
    store.replace_file("plan.txt", plan_graph())
    store.replace_file("report.txt", report_graph())
    assert sorted(node(store, BOARD)["source_files"]) == ["plan.txt", "report.txt"]  # type: ignore[index]

    assert store.forget("plan.txt") is True
    assert store.files() == ["report.txt"]
    # stated by both files: kept, with the report's sources only
    for shared in (BOARD, PLAN):
        kept = node(store, shared)
        assert kept is not None
        assert kept["source_files"] == ["report.txt"]
        assert {s["file"] for s in decode_sources(kept["sources_json"])} == {"report.txt"}
    assert "source_file" not in node(store, PLAN)  # type: ignore[operator]
    # stated by the plan only: gone, with its relationships
    assert node(store, CITY) is None and node(store, "doc:nd:59/2019") is None
    stats = store.stats()
    assert stats["relationships"]["ISSUED"] == 1 and stats["relationships"]["IMPLEMENTS"] == 1
    assert stats["relationships"]["SENT_TO"] == 0 and stats["relationships"]["BASED_ON"] == 0

    assert store.forget("plan.txt") is False
    store.forget("report.txt")
    assert total(store.stats()) == (0, 0)


def test_forget_then_reload_gives_the_same_graph(store: CypherStore) -> None:
    store.replace_file("plan.txt", plan_graph())
    store.replace_file("report.txt", report_graph())
    before = total(store.stats())
    store.forget("report.txt")
    store.replace_file("report.txt", report_graph())
    assert total(store.stats()) == before


INJECTIONS = [
    '"}) DETACH DELETE n //',
    "'}) DETACH DELETE n //",
    "x` }) MATCH (m) DETACH DELETE m //",
    'a "quoted" \\ back\\slash \\" \\\\',
    "line\nbreak\ttab \x01 ${rows} $file CYPHER file=1",
    "Đà Nẵng – “ngoặc kép” ‘đơn’ 😀",
]


def test_injection_strings_are_stored_verbatim_and_delete_nothing(store: CypherStore) -> None:
    store.replace_file("plan.txt", plan_graph())
    before = total(store.stats())
    g = Graph()
    doc = "doc:evil"
    for i, text in enumerate(INJECTIONS):
        g.add_node(Node(f"{doc}:{i}:{text}", "Document", {"title": text, "number": text}, [src(doc, i, text)]))
    evil_file = 'evil"}) DETACH DELETE n //.txt'
    store.replace_file(evil_file, g)
    assert total(store.stats()) == (before[0] + len(INJECTIONS), before[1])
    for i, text in enumerate(INJECTIONS):
        stored = node(store, f"{doc}:{i}:{text}")
        assert stored is not None
        assert stored["title"] == text and stored["number"] == text
        assert decode_sources(stored["sources_json"]) == [
            {"file": evil_file, "document": doc, "start": i, "end": i + len(text), "quote": text}
        ]
    assert evil_file in store.files()
    assert store.forget(evil_file)
    assert total(store.stats()) == before
    assert store.query("MATCH (n) WHERE n.title = $t RETURN count(n) AS n", {"t": INJECTIONS[0]}) == [{"n": 0}]


def test_a_file_name_that_prefixes_another_keeps_its_own_sources(store: CypherStore) -> None:
    store.replace_file("plan.txt", plan_graph())
    store.replace_file('plan.txt"', plan_graph())
    store.forget("plan.txt")
    assert node(store, PLAN)["source_files"] == ['plan.txt"']  # type: ignore[index]
    assert {s["file"] for s in decode_sources(node(store, PLAN)["sources_json"])} == {'plan.txt"'}  # type: ignore[index]


def test_query_is_read_only(store: CypherStore) -> None:
    store.replace_file("plan.txt", plan_graph())
    with pytest.raises(StoreError):
        store.query("MATCH (n) DETACH DELETE n")
    with pytest.raises(StoreError):
        store.query("CREATE (:Document {id: 'x'})")
    assert total(store.stats())[0] == 4


def test_search_key_matches_without_diacritics(store: CypherStore) -> None:
    store.replace_file("plan.txt", plan_graph())
    store.replace_file("report.txt", report_graph())
    for words in ("HẢI PHÒNG", "hai phong", "Hải Phòng", "ubnd THÀNH phố"):
        rows = store.query(
            "MATCH (a:Agency) WHERE a.search_key CONTAINS $q RETURN a.id AS id ORDER BY id", {"q": ascii_fold(words)}
        )
        assert rows, words
    board = node(store, BOARD)
    assert board is not None and "ban quan ly" in board["search_key"].split(" | ")
    assert board["aliases"] == ["Ban Quản lý"]


def test_fulltext_and_shortest_path_dialect_statements(store: CypherStore) -> None:
    store.replace_file("plan.txt", plan_graph())
    store.replace_file("report.txt", report_graph())
    search = store.dialect.fulltext_search("Agency").cypher
    found = store.query(search, {"query": ascii_fold("Hải Phòng"), "limit": 10})
    assert {row["node"]["id"] for row in found} >= {CITY}
    path = store.query(store.dialect.shortest_path().cypher, {"from": REPORT, "to": "doc:nd:59/2019"})
    assert path == [{"ids": [REPORT, PLAN, "doc:nd:59/2019"], "types": ["IMPLEMENTS", "BASED_ON"]}]


def test_a_graph_outside_the_contract_is_refused_naming_the_file(store: CypherStore) -> None:
    g = plan_graph()
    g.nodes[PLAN].properties["title"] = {"nested": "map"}
    with pytest.raises(StoreError, match=r"^bad\.txt: .*not a plain value"):
        store.replace_file("bad.txt", g)
    g = plan_graph()
    g.add_node(Node("x", "Document", {}, []))
    with pytest.raises(StoreError, match=r"^bad\.txt: .*no source"):
        store.replace_file("bad.txt", g)
    assert store.files() == []


def test_missing_falkordblite_gives_a_sentence(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setitem(sys.modules, "redislite", None)
    with pytest.raises(StoreError, match=r"falkordblite .*--store falkordb://HOST:PORT or --store neo4j://"):
        open_store(str(tmp_path / "graph.db"))


def test_unknown_store_scheme_is_a_sentence() -> None:
    with pytest.raises(StoreError, match="Unknown store 'mongodb://x'"):
        open_store("mongodb://x")


def test_unreachable_server_is_a_sentence() -> None:
    with pytest.raises(StoreError, match=r"Cannot reach the FalkorDB store at falkordb://127\.0\.0\.1:1"):
        open_store("falkordb://127.0.0.1:1")


def test_unreachable_neo4j_is_a_sentence() -> None:
    with pytest.raises(StoreError, match=r"^Cannot reach the Neo4j store at bolt://127\.0\.0\.1:1: "):
        open_store("bolt://127.0.0.1:1")


def test_fast_fold_is_graph_text_ascii_fold() -> None:
    import random

    from graph.store.representation import fold

    rnd = random.Random(1)
    samples = ["Ủy ban nhân dân thành phố Hải Phòng", "ĐẢNG  BỘ\tTỈNH", "ﬁ İ \u0301a \x1c\x85\xa0\u3000 x"]
    samples += ["".join(chr(rnd.randrange(0, 0x3000)) for _ in range(12)) for _ in range(5000)]
    assert [fold(s) for s in samples] == [ascii_fold(s) for s in samples]


@pytest.mark.parametrize("alphabet", ["ab\"\\,:{}[]\n\t\r\x08\x0c Đà\u2028'`$", 'ab"\\,:{}[]\n\x01\x1f Đ'])
def test_random_text_round_trips_verbatim(store: CypherStore, alphabet: str) -> None:
    """Through both parameter encoders (the fast JSON path, and the exact one for control characters)."""
    import random

    rnd = random.Random(len(alphabet))
    pieces = [*alphabet, '{"id":', ',"x":', "\\u0041", "\\\\", "}) DETACH DELETE n //"]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 20))) for _ in range(300)]
    g = Graph()
    for i, text in enumerate(texts):
        g.add_node(Node(f"doc:{i}", "Document", {"title": text, "number": str(i)}, [src(f"doc:{i}", 0, text)]))
    store.replace_file(texts[0], g)
    rows = store.query("MATCH (d:Document) RETURN d.number AS i, d.title AS t, d.sources_json AS s")
    assert {int(r["i"]): r["t"] for r in rows} == dict(enumerate(texts))
    assert all(decode_sources(r["s"])[0]["quote"] == texts[int(r["i"])] for r in rows)
    assert store.files() == [texts[0]]


def test_a_nul_character_is_refused_naming_the_file_and_nothing_is_written(embedded_store: CypherStore) -> None:
    # FalkorDB only: it reads parameters as C text
    g = plan_graph()
    g.nodes[PLAN].properties["title"] = "before\x00after"
    with pytest.raises(StoreError, match=r"^plan\.txt: .*NUL"):
        embedded_store.replace_file("plan.txt", g)
    assert embedded_store.files() == [] and total(embedded_store.stats()) == (0, 0)
