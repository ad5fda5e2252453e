"""How fast the explorer page of a large neighbourhood becomes interactive in headless Chromium.

    uv run python benchmarks/bench_views.py [--nodes 2000] [--runs 3] [--write-results]

A synthetic neighbourhood shaped like the real ones (documents in chains under a few plans, their
issuers and recipients, signers, tasks with assignees, projects; every node and edge with a quote
and a source file) is turned into the explorer page (``api.views.explorer.render``: pyvis builds the
nodes and edges, chidao's template inlines vis-network), written as one file and opened offline in
headless Chromium. "Interactive" is the page's own mark (``window.chidaoExplorer.readyAt``, from
navigation start): the layout has settled and the graph is drawn, so it can be dragged, filtered and
searched. Goal: under 3 s for 2,000 nodes. Also measured: the time to build the page in Python and
its size. ``--write-results`` replaces the "## Explorer" section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from api.views import explorer  # noqa: E402
from api.views.data import ViewEdge, ViewGraph, ViewNode  # noqa: E402
from api.views.headless import Browser, chromium_path, file_url  # noqa: E402

GOAL_MS = 3000
BODIES = ["Sở Xây dựng", "Sở Tài chính", "Ban Quản lý Khu kinh tế", "Thanh tra", "Sở Tài nguyên và Môi trường"]
PLACES = ["Hải Phòng", "Quảng Ninh", "Nam Định", "Thái Bình", "Kon Tum", "Bình Thuận"]
QUOTE = (
    "Thực hiện văn bản số {n} ngày {d} của Ủy ban nhân dân thành phố về việc điều chỉnh dự án đầu tư xây dựng "
    "khu đô thị và dịch vụ, giao các Sở, ngành phối hợp giải quyết các vướng mắc theo quy định."
)


def _src(n: int, d: str) -> list[dict[str, object]]:
    return [{"file": f"reports/bc-{n % 97}.txt", "document": f"doc:file:{n % 97}", "start": n, "end": n + 180,
             "quote": QUOTE.format(n=f"{n}/KH-UBND", d=d)}]  # fmt: skip


def synthetic_view(node_count: int, seed: int = 7) -> ViewGraph:
    """About ``node_count`` nodes and 1.5 times as many edges, all with quotes."""
    rnd = random.Random(seed)
    view = ViewGraph("synthetic", ["doc:0"])

    def add(node_id: str, label: str, name: str, **props: object) -> None:
        view.nodes[node_id] = ViewNode(
            node_id, label, name, node_id == "doc:0", dict(props), _src(len(view.nodes), "1/1/2024")
        )

    def link(a: str, rel: str, b: str) -> None:
        view.edges.append(ViewEdge(a, rel, b, {}, _src(len(view.edges), "2/2/2024")))

    bodies = [f"agency:{i}" for i in range(max(6, node_count // 20))]
    for i, b in enumerate(bodies):
        add(b, "Agency", f"{BODIES[i % len(BODIES)]} tỉnh {PLACES[i % len(PLACES)]} {i}")
    projects = [f"project:{i}" for i in range(max(2, node_count // 200))]
    for i, p in enumerate(projects):
        add(p, "Project", f"Dự án khu đô thị số {i}")
    docs: list[str] = []
    while len(view.nodes) < node_count:
        i = len(docs)
        d = f"doc:{i}"
        add(d, "Document", f"{i}/KH-UBND", date=f"{2020 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}")
        link(rnd.choice(bodies), "ISSUED", d)
        if docs:
            link(d, rnd.choice(["IMPLEMENTS", "BASED_ON", "RESPONDS_TO"]), rnd.choice(docs[-50:]))
        if i % 3 == 0 and len(view.nodes) < node_count:
            t = f"task:{i}"
            add(t, "Task", f"Giao các Sở phối hợp thực hiện nhiệm vụ số {i}", status="assigned")
            link(d, "ASSIGNS", t)
            link(t, "ASSIGNED_TO", rnd.choice(bodies))
        if i % 7 == 0 and len(view.nodes) < node_count:
            person = f"person:{i}"
            add(person, "Person", f"Nguyễn Văn {i}")
            link(person, "SIGNED", d)
        if i % 11 == 0:
            link(d, "CONCERNS", rnd.choice(projects))
        docs.append(d)
    return view


def measure(node_count: int, runs: int) -> dict[str, object]:
    view = synthetic_view(node_count)
    started = time.perf_counter()
    page = explorer.render(view)
    build_ms = (time.perf_counter() - started) * 1000
    ready: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "explorer.html"
        path.write_text(page, encoding="utf-8")
        with Browser(width=1400, height=900, timeout=120) as browser:
            for _ in range(runs):
                result = browser.open(file_url(path), offline=True)
                if result.errors or result.outside_requests:
                    raise SystemExit(f"the page failed: {result.errors or result.outside_requests}")
                drawn = browser.evaluate("window.chidaoExplorer.visibleNodes()")
                if drawn != len(view.nodes):
                    raise SystemExit(f"{drawn} of {len(view.nodes)} nodes in the page")
                ready.append(float(result.ready_ms or 0))
    return {
        "nodes": len(view.nodes),
        "edges": len(view.edges),
        "build_ms": build_ms,
        "size_kb": len(page.encode("utf-8")) / 1024,
        "ready_ms": ready,
    }


def report(result: dict[str, object]) -> str:
    ready = list(result["ready_ms"])  # type: ignore[call-overload]
    median = statistics.median(ready)
    verdict = "meets" if median < GOAL_MS else "misses"
    return (
        f"Explorer page of a synthetic neighbourhood ({result['nodes']:,} nodes, {result['edges']:,} relationships, "
        f"every one with a quote), opened offline in headless Chromium ({platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}).\n\n"
        "| measure | value |\n|---|---|\n"
        f"| build the page in Python (pyvis + template) | {result['build_ms']:.0f} ms |\n"
        f"| page size (one self-contained file) | {result['size_kb']:.0f} KB |\n"
        f"| interactive (laid out and drawn), median of {len(ready)} | {median:.0f} ms |\n"
        f"| interactive, slowest | {max(ready):.0f} ms |\n\n"
        f"Goal: interactive in under {GOAL_MS / 1000:.0f} s; this run {verdict} it."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write-results", action="store_true")
    args = parser.parse_args()
    if chromium_path() is None:
        raise SystemExit("Chromium is not installed (Debian: apt-get install chromium).")
    result = measure(args.nodes, args.runs)
    text = report(result)
    print(text)
    if args.write_results:
        from benchmarks.results import write_section

        write_section("Explorer", text)


if __name__ == "__main__":
    main()
