"""The HTTP API as a client sees it: a real ``chidao serve`` process on a free port, over a temporary
store holding the dev documents (samples/), called over HTTP."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest

from graph.store.embedded_server import EmbeddedServer, embedded_available

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
API_KEY = "test-key-2f9c"


pytestmark = pytest.mark.skipif(not embedded_available(), reason="falkordblite is not installed here")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    upload_dir: Path
    log: Path

    def get(self, path: str, **params: Any) -> httpx.Response:
        return httpx.get(self.url + path, params=params, timeout=30)


def _chidao() -> list[str]:
    exe = Path(sys.executable).with_name("chidao")
    return [str(exe)] if exe.exists() else [sys.executable, "-c", "from api.cli import main; main()"]


def start_server(store: Path, tmp: Path, **env: str) -> Server:
    port = _free_port()
    log = tmp / f"server-{port}.log"
    upload_dir = tmp / f"uploads-{port}"
    environ = {
        **{k: v for k, v in os.environ.items() if not k.startswith("CHIDAO_")},
        "CHIDAO_STORE_IDLE_TIMEOUT": "0",
        "CHIDAO_UPLOAD_DIR": str(upload_dir),
        **env,
    }
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*_chidao(), "serve", "--store", str(store), "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=environ,
        )
    server = Server(f"http://127.0.0.1:{port}", process, upload_dir, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"chidao serve exited: {log.read_text(errors='replace')}")
        try:
            if httpx.get(server.url + "/health", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.kill()
    raise AssertionError(f"chidao serve did not answer /health within 60 s: {log.read_text(errors='replace')}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from graph.store import open_store
    from graph.store.embedded_server import EmbeddedServer
    from loaders.pipeline import extract_file

    path = tmp_path_factory.mktemp("api") / "graph.db"
    with open_store(str(path), idle_timeout=0) as store:
        for sample in sorted(SAMPLES.glob("*.txt")):
            if sample.name != "021.txt":  # kept back: the upload test sends it
                store.replace_file(str(sample), extract_file(sample))
    yield path
    EmbeddedServer(path, idle_timeout=0).stop()


@pytest.fixture(scope="module")
def server(store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = start_server(store_path, tmp_path_factory.mktemp("srv"), CHIDAO_API_KEY=API_KEY, CHIDAO_MAX_UPLOAD_MB="1")
    yield srv
    stop_server(srv)


def error_of(response: httpx.Response) -> str:
    body = response.json()
    assert set(body) == {"error"}, body
    assert body["error"][0].isupper() and body["error"].endswith("."), body["error"]
    return str(body["error"])


# --- reading ----------------------------------------------------------------------------------------


def test_health_and_catalogue(server: Server) -> None:
    assert server.get("/health").json()["status"] == "ok"
    catalogue = {q["name"]: q for q in server.get("/queries").json()}
    assert {"chain_down", "project_timeline", "documents_to_obtain", "search", "path_between"} <= set(catalogue)
    assert [p["name"] for p in catalogue["open_tasks"]["parameters"]] == ["agency", "as_of", "limit"]


def test_every_saved_query_has_a_typed_route_in_the_openapi_document(server: Server) -> None:
    spec = server.get("/openapi.json").json()
    names = [q["name"] for q in server.get("/queries").json()]
    for name in names:
        assert f"/queries/{name}" in spec["paths"], name
    params = {p["name"]: p for p in spec["paths"]["/queries/open_tasks"]["get"]["parameters"]}
    assert params["as_of"]["schema"]["anyOf"][0] == {"type": "string", "format": "date"}
    assert params["limit"]["schema"]["anyOf"][0]["type"] == "integer"
    assert params["agency"]["required"] is False
    path_params = {p["name"]: p for p in spec["paths"]["/queries/path_between"]["get"]["parameters"]}
    assert path_params["from"]["required"] is True and path_params["to"]["required"] is True


def test_chain_down_and_project_timeline_over_http(server: Server) -> None:
    body = server.get("/queries/chain_down", document="06/KH-UBND").json()
    assert body["query"] == "chain_down" and body["count"] == len(body["rows"])
    assert "421/KH-BQL" in [r["document"] for r in body["rows"]]
    rows = server.get("/queries/project_timeline", project="Trang Cat").json()["rows"]
    docs = [r["document"] for r in rows]
    assert docs.index("1801-TB/TU") < docs.index("7857/VP-XD3")
    assert any(r["status"] == "pending" for r in rows)
    docs = [r["document"] for r in server.get("/queries/documents_to_obtain").json()["rows"]]
    assert "2029/2015/QĐ-UBND" in docs


def test_query_errors_are_json_sentences(server: Server) -> None:
    r = server.get("/queries/chain_down", document="999/XX-YY")
    assert r.status_code == 404 and "999/XX-YY" in error_of(r)
    r = server.get("/queries/chain_down")
    assert r.status_code == 422 and "document is required" in error_of(r)
    r = server.get("/queries/open_tasks", as_of="yesterday")
    assert r.status_code == 422 and "as_of" in error_of(r)
    r = server.get("/queries/no_such_query")
    assert r.status_code == 404 and error_of(r)
    r = server.get("/queries/chain_down", document="06/KH-UBND\x00")
    assert r.status_code == 400 and "control characters" in error_of(r)


def test_no_cypher_is_accepted_from_a_client(server: Server) -> None:
    before = server.get("/queries/documents_to_obtain").json()["count"]
    for attempt in ("MATCH (n) DETACH DELETE n", "') DETACH DELETE n //"):
        assert server.get("/queries/document", document=attempt).status_code == 404
        assert server.get("/search", q=attempt).status_code == 200
    assert httpx.post(server.url + "/queries/search", json={"cypher": "MATCH (n) RETURN n"}).status_code == 405
    assert server.get("/queries/documents_to_obtain").json()["count"] == before


def test_entity_page_has_sources_quotes_and_relationships(server: Server) -> None:
    r = server.get("/entities/project:tràng cát")
    assert r.status_code == 200
    body = r.json()
    assert body["label"] == "Project" and "Tràng Cát" in body["properties"]["name"]
    assert body["sources"] and all("quote" in s and "file" in s for s in body["sources"])
    assert {rel["other"]["name"] for rel in body["relationships"]} >= {"1801-TB/TU", "7857/VP-XD3"}
    assert all(rel["sources"] for rel in body["relationships"])
    assert "sources_json" not in body["properties"] and "search_key" not in body["properties"]
    # ids hold slashes and bars: the id a query row gives opens the entity page as it is
    doc_id = server.get("/queries/document", document="06/KH-UBND").json()["rows"][0]["id"]
    slashed = server.get(f"/entities/{doc_id}")
    assert slashed.status_code == 200 and slashed.json()["properties"]["number"] == "06/KH-UBND"
    missing = server.get("/entities/doc:nothing")
    assert missing.status_code == 404 and error_of(missing)


# what the fast path (api.server_fastpath) answers itself (True), and what it must leave to FastAPI
SAME_ANSWERS: list[tuple[str, bool]] = [
    ("/queries/chain_down?document=06/KH-UBND", True),
    ("/queries/chain_down?document=06%20/%20kh-ubnd&unknown=1", True),
    ("/queries/chain_up?document=task:file:bql-hp-pctn-6t-2024.txt%231", True),
    ("/queries/document?document=416/QD-TTg", True),
    ("/queries/document?document=999/XX-YY", True),
    ("/queries/document?document=agency:b%E1%BB%99%20y%20t%E1%BA%BF", True),
    ("/queries/document?document=06/KH-UBND%00", True),
    ("/queries/document?document=", False),
    ("/queries/document", False),
    ("/queries/document?document=06/KH-UBND&document=421/KH-BQL", False),
    ("/queries/document?document=" + "x" * 501, False),
    ("/queries/open_tasks?as_of=2026-06-01", True),
    ("/queries/open_tasks?as_of=2026-02-30", False),
    ("/queries/open_tasks?as_of=20260601", False),
    ("/queries/open_tasks?agency=B%E1%BB%99%20C%C3%B4ng%20an&as_of=2026-06-01&limit=0005", True),
    ("/queries/open_tasks?limit=10001", False),
    ("/queries/open_tasks?limit=%2B5", False),
    ("/queries/open_tasks?limit=%EF%BC%95", False),
    ("/queries/signers?limit=3", True),
    ("/queries/path_between?from=Chu%20%C4%90%E1%BB%A9c%20Anh&to=1801+TB/TU", True),
    ("/queries/documents_to_obtain?limit=2", True),
    ("/queries/project_timeline?project=trang+cat", True),
    ("/queries/agency_profile?agency=ban%20quan%20ly", True),
    ("/queries/search?q=Tr%C3%A0ng%20C%C3%A1t&limit=3", True),
    ("/queries/chain_down/?document=06/KH-UBND", False),
    ("/search?q=TRANG%20CAT", True),
    ("/search?q=%27)%20DETACH%20DELETE%20n%20//&limit=7", True),
    ("/search?q=", False),
    ("/search?limit=5", False),
    ("/entities/project:tr%C3%A0ng%20c%C3%A1t", True),
    ("/entities/doc:nothing", True),
    ("/entities/", False),
    ("/entities/%00", True),
]


def test_the_fast_path_answers_as_fastapi_does(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio
    from urllib.parse import unquote

    from api.server import create_app
    from api.server_config import ServerConfig
    from api.server_fastpath import FastPath
    from api.server_reads import Reads
    from graph.store import open_store

    answered_here: list[str] = []
    answer = FastPath._answer

    async def noted(body: Any, scope: Any, receive: Any, send: Any) -> None:
        answered_here.append(scope["path"] + "?" + scope["query_string"].decode())
        await answer(body, scope, receive, send)

    monkeypatch.setattr(FastPath, "_answer", staticmethod(noted))

    async def answers(fast_path: bool) -> list[tuple[int, str | None, Any]]:
        app = create_app(ServerConfig(store=str(store_path)), fast_path=fast_path)
        app.state.store = open_store(str(store_path), idle_timeout=0)
        app.state.reads = Reads(app.state.store)
        out = []
        try:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
                for target, _ in SAME_ANSWERS:
                    r = await client.get(target)
                    kind = r.headers.get("content-type")
                    out.append((r.status_code, kind, r.json() if kind == "application/json" else r.headers))
        finally:
            app.state.reads.close()
            app.state.store.close()
        return out

    fast = asyncio.run(answers(True))
    expected = [unquote(target.split("?")[0]) for target, plain in SAME_ANSWERS if plain]
    assert [seen.split("?")[0] for seen in answered_here] == expected
    slow = asyncio.run(answers(False))
    assert len(answered_here) == len(expected), "with the fast path off, FastAPI answers everything"
    for (target, _), a, b in zip(SAME_ANSWERS, fast, slow, strict=True):
        assert a == b, target
    statuses = {status for status, _, _ in fast}
    assert {200, 400, 404, 422} <= statuses, "the list holds answers and refusals of every kind"


def test_reads_are_answered_on_the_event_loop_without_a_thread_each(store_path: Path, tmp_path: Path) -> None:
    import asyncio

    srv = start_server(store_path, tmp_path)
    try:
        process = psutil.Process(srv.process.pid)
        threads = process.num_threads()
        targets = ["/queries/chain_down?document=06/KH-UBND", "/search?q=trang+cat", "/entities/project:tràng cát"]

        async def burst() -> list[int]:
            async with httpx.AsyncClient(base_url=srv.url, timeout=30) as client:
                answers = await asyncio.gather(*(client.get(targets[i % 3]) for i in range(90)))
            return [r.status_code for r in answers]

        assert set(asyncio.run(burst())) == {200}
        # FastAPI runs a plain function in a pool thread, started as requests pile up
        assert process.num_threads() <= threads
    finally:
        stop_server(srv)


def test_search_and_graph_view(server: Server) -> None:
    rows = server.get("/search", q="TRANG CAT").json()["rows"]
    assert "project:tràng cát" in [r["id"] for r in rows]
    view = server.get("/graph", focus="Tràng Cát", depth=2).json()
    ids = {n["id"] for n in view["nodes"]}
    assert "project:tràng cát" in ids
    assert all(e["source"] in ids and e["target"] in ids for e in view["edges"])
    assert any(e["type"] == "CONCERNS" for e in view["edges"])
    assert server.get("/graph", focus="Tràng Cát", depth=9).status_code == 422


def test_cors_is_off_unless_configured(server: Server) -> None:
    r = httpx.get(server.url + "/health", headers={"Origin": "https://example.org"})
    assert "access-control-allow-origin" not in r.headers


# --- writing ----------------------------------------------------------------------------------------


def upload(server: Server, name: str, data: bytes, key: str | None = API_KEY) -> httpx.Response:
    headers = {"X-API-Key": key} if key is not None else {}
    return httpx.post(server.url + "/documents", files={"file": (name, data)}, headers=headers, timeout=60)


def test_uploads_need_the_key(server: Server) -> None:
    data = (SAMPLES / "021.txt").read_bytes()
    r = upload(server, "021.txt", data, key=None)
    assert r.status_code == 401 and "X-API-Key" in error_of(r)
    r = upload(server, "021.txt", data, key="wrong")
    assert r.status_code == 401 and error_of(r)


def test_an_upload_is_ingested_under_a_name_the_server_chooses(server: Server) -> None:
    before = server.get("/queries/document", document="788/STP-HCBT")
    assert before.status_code == 404, "not in the graph before the upload"
    r = upload(server, "../../../etc/788.txt", (SAMPLES / "021.txt").read_bytes())
    assert r.status_code == 201, r.text
    summary = r.json()
    assert summary["document"]["number"] == "788/STP-HCBT" and summary["nodes"] > 0
    stored = summary["stored_as"]
    assert "/" not in stored and ".." not in stored and stored.endswith(".txt")
    assert [p.name for p in server.upload_dir.iterdir()] == [stored]
    row = server.get("/queries/document", document="788/STP-HCBT").json()["rows"][0]
    assert row["loaded_from"] == str(server.upload_dir / stored)


def test_uploads_are_capped_in_size_and_type(server: Server) -> None:
    r = upload(server, "report.exe", b"MZ...")
    assert r.status_code == 415 and ".pdf" in error_of(r)
    r = upload(server, "report.pdf", b"not a pdf at all")
    assert r.status_code == 415 and error_of(r)
    r = upload(server, "big.txt", b"a" * (2 * 1024 * 1024))
    assert r.status_code == 413 and "1 MB" in error_of(r)
    r = upload(server, "empty.txt", b"")
    assert r.status_code == 422 and error_of(r)


def test_a_server_without_a_key_takes_no_writes_and_cors_when_configured(store_path: Path, tmp_path: Path) -> None:
    srv = start_server(store_path, tmp_path, CHIDAO_CORS_ORIGINS="https://viewer.example.org")
    try:
        r = upload(srv, "021.txt", (SAMPLES / "021.txt").read_bytes(), key="anything")
        assert r.status_code == 403 and "CHIDAO_API_KEY" in error_of(r)
        assert not srv.upload_dir.exists()
        allowed = httpx.get(srv.url + "/health", headers={"Origin": "https://viewer.example.org"})
        assert allowed.headers["access-control-allow-origin"] == "https://viewer.example.org"
        other = httpx.get(srv.url + "/health", headers={"Origin": "https://elsewhere.example.org"})
        assert "access-control-allow-origin" not in other.headers
    finally:
        stop_server(srv)


# --- the OpenAPI document against the server ------------------------------------------------------


def test_schemathesis_finds_no_server_error(server: Server, tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("schemathesis")
    if not exe.exists() and shutil.which("schemathesis") is None:
        pytest.skip("schemathesis is not installed (a dev dependency)")
    command = [
        str(exe) if exe.exists() else "schemathesis",
        "run",
        server.url + "/openapi.json",
        "--checks",
        "not_a_server_error",
        "--max-examples",
        "25",
        "--seed",
        "20261127",
        "--no-shrink",
        "--workers",
        "2",
        "--exclude-path",
        "/documents",  # uploads are tried above; a fuzzer sending files would only fill the upload folder
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=240, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-4000:] + server.log.read_text(errors="replace")[-2000:]


# --- rate, faults and concurrency -------------------------------------------------------------------


def test_uploads_are_limited_in_rate_per_client_and_reads_are_not(store_path: Path, tmp_path: Path) -> None:
    srv = start_server(
        store_path, tmp_path, CHIDAO_API_KEY=API_KEY, CHIDAO_UPLOADS_PER_MINUTE="12", CHIDAO_UPLOAD_BURST="3"
    )
    data = (SAMPLES / "021.txt").read_bytes()

    def quick() -> httpx.Response:  # refused at once if it gets through, so no time passes
        return upload(srv, "report.exe", b"MZ")

    try:
        assert [upload(srv, "021.txt", data).status_code for _ in range(3)] == [201, 201, 201]
        refused = quick()
        assert refused.status_code == 429 and "Too many uploads" in error_of(refused)
        wait = int(refused.headers["retry-after"])
        assert 1 <= wait <= 5  # one upload every 5 s
        # a wrong key is refused for the rate first: guessing keys is as slow as uploading
        assert upload(srv, "021.txt", data, key="guess").status_code == 429
        assert [srv.get("/health").status_code for _ in range(20)] == [200] * 20
        # another client has its own allowance
        with httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.2"), timeout=60) as other:
            r = other.post(srv.url + "/documents", files={"file": ("021.txt", data)}, headers={"X-API-Key": API_KEY})
            assert r.status_code == 201, r.text
        time.sleep(wait + 0.1)
        assert upload(srv, "021.txt", data).status_code == 201
        assert quick().status_code == 429
    finally:
        stop_server(srv)


def test_the_api_answers_queries_while_an_ingest_runs(tmp_path: Path) -> None:
    db = tmp_path / "busy.db"
    srv = start_server(db, tmp_path)
    try:
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("CHIDAO_")}, "CHIDAO_STORE_IDLE_TIMEOUT": "0"}
        ingest = subprocess.Popen(
            [*_chidao(), "ingest", str(SAMPLES), "--store", str(db), "--workers", "1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=env,
        )
        answers, counts, slowest = [], [], 0.0
        while ingest.poll() is None:
            started = time.monotonic()
            r = srv.get("/queries/documents_to_obtain")
            slowest = max(slowest, time.monotonic() - started)
            answers.append(r.status_code)
            counts.append(r.json().get("count", -1))
        out = ingest.communicate()[0].decode()
        assert ingest.returncode == 0, out
        assert len(answers) >= 10, f"only {len(answers)} requests were made during the ingest"
        assert set(answers) == {200}, answers
        # each answer is the graph between two files, and it only grows
        assert counts == sorted(counts) and counts[-1] > counts[0]
        assert srv.get("/queries/documents_to_obtain").json()["count"] == counts[-1]
        assert "project:tràng cát" in [r["id"] for r in srv.get("/search", q="Trang Cat").json()["rows"]]
        print(f"{len(answers)} queries during the ingest, slowest {slowest:.2f} s")
    finally:
        stop_server(srv)
        EmbeddedServer(db, idle_timeout=0).stop()


def test_the_embedded_server_killed_under_the_api_is_started_again(tmp_path: Path) -> None:
    from graph.store import open_store
    from loaders.pipeline import extract_file

    db = tmp_path / "killed.db"
    with open_store(str(db), idle_timeout=0) as store:
        for sample in ("014.txt", "018.txt", "bql-hp-pctn-6t-2024.txt"):
            store.replace_file(str(SAMPLES / sample), extract_file(SAMPLES / sample))
    srv = start_server(db, tmp_path, CHIDAO_API_KEY=API_KEY)
    sidecar = db.with_name(db.name + ".server.json")
    try:
        expected = srv.get("/queries/documents_to_obtain").json()
        for round_ in range(3):
            pid = int(json.loads(sidecar.read_text())["pid"])
            os.kill(pid, signal.SIGKILL)
            psutil.wait_procs([psutil.Process(pid)], timeout=10)
            first = srv.get("/queries/documents_to_obtain")
            # at most the request that met the dead server may fail, with a sentence
            if first.status_code != 200:
                assert first.status_code == 503 and error_of(first)
            assert srv.get("/queries/documents_to_obtain").json() == expected, f"round {round_}"
            assert int(json.loads(sidecar.read_text())["pid"]) != pid
        # and it takes writes again
        r = upload(srv, "021.txt", (SAMPLES / "021.txt").read_bytes())
        assert r.status_code == 201, r.text
        assert srv.get("/queries/document", document="788/STP-HCBT").status_code == 200
    finally:
        stop_server(srv)
        EmbeddedServer(db, idle_timeout=0).stop()


def test_the_upload_rate_is_a_token_bucket_per_client() -> None:
    from api.server_upload import UploadRate

    now = [0.0]
    rate = UploadRate(per_minute=6, burst=2, clock=lambda: now[0])
    assert [rate.wait("a"), rate.wait("a")] == [0, 0]
    assert rate.wait("a") == pytest.approx(10.0)  # one every 10 s
    assert rate.wait("b") == 0
    now[0] = 4.0
    assert rate.wait("a") == pytest.approx(6.0)  # a refused try takes nothing
    now[0] = 10.0
    assert rate.wait("a") == 0 and rate.wait("a") == pytest.approx(10.0)
    now[0] = 1000.0
    assert [rate.wait("a"), rate.wait("a"), rate.wait("a") > 0] == [0, 0, True]  # never more than the burst
    assert UploadRate(per_minute=0, burst=1).wait("a") == 0  # 0: no limit
    # a flood from many addresses keeps a bounded memory
    for i in range(UploadRate.MAX_CLIENTS + 10):
        now[0] += 100.0
        rate.wait(f"10.0.{i // 256}.{i % 256}")
    assert len(rate._buckets) <= UploadRate.MAX_CLIENTS


def test_bad_rate_settings_are_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    from api.server_config import ServerConfig

    monkeypatch.setenv("CHIDAO_UPLOADS_PER_MINUTE", "fast")
    with pytest.raises(ValueError, match="CHIDAO_UPLOADS_PER_MINUTE must be a number"):
        ServerConfig.from_env()
    monkeypatch.setenv("CHIDAO_UPLOADS_PER_MINUTE", "-1")
    with pytest.raises(ValueError, match="0 \\(no limit\\) or more"):
        ServerConfig.from_env()
    monkeypatch.setenv("CHIDAO_UPLOADS_PER_MINUTE", "60")
    monkeypatch.setenv("CHIDAO_UPLOAD_BURST", "0.5")
    with pytest.raises(ValueError, match="CHIDAO_UPLOAD_BURST must be a whole number"):
        ServerConfig.from_env()
    monkeypatch.setenv("CHIDAO_UPLOAD_BURST", "4")
    config = ServerConfig.from_env()
    assert (config.uploads_per_minute, config.upload_burst) == (60, 4)


def test_serve_refuses_an_unusable_setting_with_a_sentence(tmp_path: Path) -> None:
    if not embedded_available():
        pytest.skip("falkordblite is not installed here")
    env = {**os.environ, "CHIDAO_UPLOADS_PER_MINUTE": "many"}
    db = tmp_path / "g.db"
    try:
        run = subprocess.run(
            [*_chidao(), "serve", "--store", str(db), "--port", str(_free_port())],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        EmbeddedServer(db, idle_timeout=0).stop()
    assert run.returncode == 2
    assert "CHIDAO_UPLOADS_PER_MINUTE must be" in run.stderr
    assert "Traceback" not in run.stderr


def test_an_answer_leaves_in_one_write_and_before_the_connection_closes() -> None:
    import asyncio

    from api.server_http import Coalescing

    class Transport:
        def __init__(self) -> None:
            self.calls: list[object] = []

        def write(self, data: bytes) -> None:
            self.calls.append(data)

        def close(self) -> None:
            self.calls.append("close")

        def is_closing(self) -> bool:
            return "close" in self.calls

        def get_extra_info(self, name: str) -> str:
            return f"info {name}"

    async def run() -> list[object]:
        real = Transport()
        held = Coalescing(real, asyncio.get_running_loop())  # type: ignore[arg-type]
        held.write(b"HTTP/1.1 200 OK\r\n\r\n")
        held.write(b"{}")
        assert real.calls == []  # nothing leaves while the callback that wrote runs
        await asyncio.sleep(0)
        assert real.calls == [b"HTTP/1.1 200 OK\r\n\r\n{}"]
        assert held.get_extra_info("peername") == "info peername"  # the rest is the real transport's
        held.write(b"last")
        held.close()
        await asyncio.sleep(0)
        return real.calls

    assert asyncio.run(run())[1:] == [b"last", "close"]
