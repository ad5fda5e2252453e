"""End-to-end ingest speed: every file of ../shared/corpus through `chidao ingest` into a new embedded
store, in files/s, against a baseline run in the same process: extraction alone, the same files, the
same worker count. Writes its section of benchmarks/RESULTS.md.

    uv run python benchmarks/bench_ingest.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.results import machine, publish  # noqa: E402
from loaders.pipeline import extract_file  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SUFFIXES = {".txt", ".pdf", ".docx", ".doc", ".html", ".htm"}


def _extract(path: Path) -> int:
    return len(extract_file(path).nodes)


def main() -> None:
    if not CORPUS.exists():
        sys.exit(f"benchmarks/bench_ingest.py: {CORPUS} is not there; it reads the shared corpus.")
    files = sorted(p for p in CORPUS.rglob("*") if p.suffix.lower() in SUFFIXES)
    workers = min(2, os.cpu_count() or 1)

    started = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_extract, files))
    extract_s = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "graph.db")
        command = [sys.executable, "-c", "from api.cli import main; main()"]
        started = time.perf_counter()
        run = subprocess.run(
            [*command, "ingest", str(CORPUS), "--store", store, "--workers", str(workers)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        ingest_s = time.perf_counter() - started
        subprocess.run([*command, "store", "stop", "--store", store], cwd=ROOT, capture_output=True)
    if run.returncode != 0:
        sys.exit(f"chidao ingest failed:\n{run.stdout}\n{run.stderr}")

    rows = [
        (
            "chidao ingest, end to end (a new process, a new store)",
            f"{len(files) / ingest_s:.1f} files/s",
            f"{ingest_s:.1f} s",
        ),
        ("baseline: extraction alone, same workers", f"{len(files) / extract_s:.1f} files/s", f"{extract_s:.1f} s"),
        ("ratio ingest / extraction", f"{extract_s / ingest_s:.2f}", "1.0 would mean storing costs nothing"),
    ]
    preamble = (
        f"Machine: {machine()}; {len(files)} files of ../shared/corpus (text and PDF), {workers} worker processes."
    )
    publish("Ingest", preamble, ("measure", "figure", "time"), rows)


if __name__ == "__main__":
    main()
