"""The sample reports through extraction into the real embedded store: one resolved graph."""

from __future__ import annotations

import json
from pathlib import Path

from graph.store import CypherStore
from loaders.pipeline import extract_file

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _ingest(store: CypherStore, paths: list[Path]) -> None:
    for path in paths:
        store.replace_file(str(path), extract_file(path))


def test_the_samples_ingested_twice_give_identical_counts(embedded_store: CypherStore) -> None:
    texts = sorted(SAMPLES.glob("*.txt"))
    _ingest(embedded_store, texts)
    first = embedded_store.stats()
    _ingest(embedded_store, texts)
    assert embedded_store.stats() == first
    assert first["nodes"]["Document"] > 40 and first["relationships"]["ISSUED"] > 40


def test_a_document_cited_in_one_file_and_loaded_from_another_is_one_node(
    embedded_store: CypherStore, tmp_path: Path
) -> None:
    citing = tmp_path / "bao-cao-so-tu-phap.txt"
    citing.write_text(
        "UBND TỈNH LÂM ĐỒNG\nSỞ TƯ PHÁP\nSố: 120/BC-STP\nLâm Đồng, ngày 10 tháng 7 năm 2025\nBÁO CÁO\n"
        "Kết quả hợp nhất các tổ chức hành nghề\n"
        "Thực hiện Công văn số 3917/BTP-BTTP ngày 01/7/2025 của Bộ Tư pháp về việc hợp nhất tổ chức xã hội - "
        "nghề nghiệp của công chứng viên, luật sư, Sở Tư pháp báo cáo như sau:\n",
        encoding="utf-8",
    )
    loaded = SAMPLES / "035.txt"  # the Ministry of Justice's letter 3917/BTP-BTTP itself
    _ingest(embedded_store, [citing, loaded])
    rows = embedded_store.query(
        "MATCH (d:Document {number: $number}) RETURN d.id AS id, d.source_file AS source_file, "
        "d.source_files AS files, d.sources_json AS sources",
        {"number": "3917/BTP-BTTP"},
    )
    assert len(rows) == 1, rows
    assert rows[0]["source_file"] == str(loaded)
    assert set(rows[0]["files"]) == {str(citing), str(loaded)}
    quotes = [json.loads(s)["quote"] for s in rows[0]["sources"]]
    assert any("Thực hiện Công văn số 3917/BTP-BTTP" in q for q in quotes)
    implements = embedded_store.query(
        "MATCH (a:Document)-[:IMPLEMENTS]->(b:Document {number: $number}) RETURN a.number AS number",
        {"number": "3917/BTP-BTTP"},
    )
    assert implements == [{"number": "120/BC-STP"}]


def test_forgetting_the_only_file_leaves_nothing_behind(embedded_store: CypherStore) -> None:
    loaded = SAMPLES / "bql-hp-pctn-6t-2024.txt"
    _ingest(embedded_store, [loaded])
    assert embedded_store.forget(str(loaded))
    assert sum(embedded_store.stats()["nodes"].values()) == 0
