"""``chidao extract`` as a user runs it: a real process, its output and its exit code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "bql-hp-pctn-6t-2024.txt"


def chidao(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from api.cli import main; main()", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_extract_prints_the_contract_json_with_the_file_named() -> None:
    run = chidao("extract", str(SAMPLE))
    assert run.returncode == 0, run.stderr
    graph = json.loads(run.stdout)
    own = [n for n in graph["nodes"] if n["properties"].get("source_file")]
    assert len(own) == 1 and own[0]["properties"]["source_file"].endswith("bql-hp-pctn-6t-2024.txt")
    numbers = {n["properties"].get("number") for n in graph["nodes"] if n["label"] == "Document"}
    assert {"421/KH-BQL", "06/KH-UBND", "7857/VP-XD3", "1801-TB/TU"} <= numbers
    text = SAMPLE.read_text(encoding="utf-8")
    flat = " ".join(text.split())
    for item in graph["nodes"] + graph["edges"]:
        assert item["sources"], item
        for s in item["sources"]:
            assert " ".join(s["quote"].split()) in flat


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("report.xyz", b"plain words", "not supported"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj\n<<", "PDF"),
        ("not-a-zip.docx", b"this is not a zip archive", "zip"),
    ],
)
def test_bad_input_is_one_line_naming_the_file(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    run = chidao("extract", str(bad))
    assert run.returncode != 0
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert str(bad) in lines[0] and reason.lower() in lines[0].lower()
    assert "Traceback" not in run.stderr and run.stdout == ""


def test_a_missing_file_is_one_line_too(tmp_path: Path) -> None:
    run = chidao("extract", str(tmp_path / "nowhere.txt"))
    assert run.returncode != 0 and "nowhere.txt" in run.stderr and "Traceback" not in run.stderr
