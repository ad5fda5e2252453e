"""A document cited without its issuer ("Kế hoạch số 5/KH-UBND ngày 02/01/2024", no "của …") and the same
document loaded with one are one node, whichever file is stored first; never two documents that differ."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from graph.model import Edge, Graph, Node, Source
from graph.store import CypherStore

UNKNOWN = "doc:5/KH-UBND|2024|?"
KNOWN = "doc:5/KH-UBND|2024|uỷ ban nhân dân lâm đồng"
OTHER = "doc:5/KH-UBND|2024|uỷ ban nhân dân đắk nông"
CITY = "agency:uỷ ban nhân dân lâm đồng"


def citing(name: str, cited: str = UNKNOWN) -> Graph:
    """A report of file ``name`` that implements plan 5/KH-UBND without saying whose it is."""
    own = f"doc:file:{name}"
    quote = "Thực hiện Kế hoạch số 5/KH-UBND ngày 02/01/2024"
    s = Source(own, 0, len(quote), quote)
    g = Graph()
    g.add_node(Node(own, "Document", {"doc_type": "BC", "source_file": name}, [s]))
    g.add_node(Node(cited, "Document", {"number": "5/KH-UBND", "date": "2024-01-02"}, [s]))
    g.add_edge(Edge("IMPLEMENTS", own, cited, {}, [s]))
    return g


def plan(name: str, plan_id: str = KNOWN, city: str = CITY) -> Graph:
    """The plan itself, loaded from file ``name``."""
    quote = "Số: 5/KH-UBND"
    s = Source(plan_id, 0, len(quote), quote)
    g = Graph()
    g.add_node(Node(plan_id, "Document", {"number": "5/KH-UBND", "doc_type": "KH", "source_file": name}, [s]))
    g.add_node(Node(city, "Agency", {"name": "Ủy ban nhân dân tỉnh"}, [s]))
    g.add_edge(Edge("ISSUED", city, plan_id, {}, [s]))
    return g


def documents(store: CypherStore) -> dict[str, list[str]]:
    rows = store.query("MATCH (d:Document) RETURN d.id AS id, d.source_files AS files ORDER BY id")
    return {r["id"]: sorted(r["files"]) for r in rows}


def test_a_citation_stored_after_its_document_joins_it(store: CypherStore) -> None:
    store.replace_file("plan.txt", plan("plan.txt"))
    store.replace_file("report.txt", citing("report.txt"))
    docs = documents(store)
    assert UNKNOWN not in docs
    assert docs[KNOWN] == ["plan.txt", "report.txt"]
    implements = store.query("MATCH (:Document)-[:IMPLEMENTS]->(d:Document) RETURN d.id AS id")
    assert [r["id"] for r in implements] == [KNOWN]
    # each file's part stays its own
    store.forget("plan.txt")
    assert documents(store)[KNOWN] == ["report.txt"]
    store.replace_file("report.txt", citing("report.txt"))  # and loading again changes nothing
    assert documents(store) == {KNOWN: ["report.txt"], "doc:file:report.txt": ["report.txt"]}


def test_a_citation_stored_first_joins_its_document_when_loaded_again(store: CypherStore) -> None:
    store.replace_file("report.txt", citing("report.txt"))
    store.replace_file("plan.txt", plan("plan.txt"))
    assert store.files_to_resolve() == ["report.txt"]
    store.replace_file("report.txt", citing("report.txt"))
    assert UNKNOWN not in documents(store)
    assert documents(store)[KNOWN] == ["plan.txt", "report.txt"]
    assert store.files_to_resolve() == []


def test_two_documents_it_could_be_are_left_apart(store: CypherStore) -> None:
    store.replace_file("plan.txt", plan("plan.txt"))
    store.replace_file("other.txt", plan("other.txt", OTHER, "agency:uỷ ban nhân dân đắk nông"))
    store.replace_file("report.txt", citing("report.txt"))
    assert set(documents(store)) >= {UNKNOWN, KNOWN, OTHER}
    assert store.files_to_resolve() == []


def test_another_number_or_year_is_never_joined(store: CypherStore) -> None:
    store.replace_file("plan.txt", plan("plan.txt"))
    store.replace_file("a.txt", citing("a.txt", "doc:5/KH-UBND|2023|?"))
    store.replace_file("b.txt", citing("b.txt", "doc:15/KH-UBND|2024|?"))
    assert {"doc:5/KH-UBND|2023|?", "doc:15/KH-UBND|2024|?", KNOWN} <= set(documents(store))


REPORT = """UBND TỈNH LÂM ĐỒNG
SỞ NỘI VỤ
Số: 12/BC-SNV
BÁO CÁO
Thực hiện Kế hoạch số 5/KH-BCĐ ngày 02/01/2024, Sở Nội vụ báo cáo kết quả như sau.
"""
PLAN = """UBND TỈNH LÂM ĐỒNG
BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH
Số: 5/KH-BCĐ
Lâm Đồng, ngày 02 tháng 01 năm 2024
KẾ HOẠCH
Giao Sở Nội vụ chủ trì tổng hợp.
"""


def test_chidao_ingest_joins_a_citation_whatever_the_order(tmp_path: Path, store_path: Path) -> None:
    (tmp_path / "a_report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b_plan.txt").write_text(PLAN, encoding="utf-8")
    chidao = Path(sys.executable).with_name("chidao")  # the installed command, as a user runs it
    run = subprocess.run(
        [str(chidao), "ingest", str(tmp_path), "--store", str(store_path), "--workers", "1"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Loaded 1 file(s) again" in run.stdout
    from graph.store import open_store

    with open_store(str(store_path), idle_timeout=0) as store:
        # the report, stored first, cited the plan with no issuer; loaded again, it cites the plan itself
        ids = [i for i in documents(store) if i.startswith("doc:5/KH-BCĐ")]
        assert ids == ["doc:5/KH-BCĐ|2024|ban chỉ đạo cải cách hành chính lâm đồng"]
