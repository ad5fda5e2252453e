"""The embedded server's hazards, each proven on the real thing: kill -9, two writers, orphans, idle stop."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from importlib.util import find_spec
from pathlib import Path

import psutil
import pytest

from graph.model import Edge, Graph, Node, Source
from graph.store import open_store
from graph.store.embedded_server import EmbeddedServer
from graph.store.representation import decode_sources

pytestmark = pytest.mark.skipif(find_spec("redislite") is None, reason="falkordblite is not installed here")

TASKS_PER_FILE = 5
SHARED = "agency:shared"

# Writes synthetic files one per transaction and prints each file's name once replace_file returned:
# the printed names are the acknowledged writes.
WRITER = r"""
import sys, time
from graph.model import Edge, Graph, Node, Source
from graph.model import Edge, Graph, Node, Source
from graph.store import open_store

db, prefix, count, start_at = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])

def synthetic(name):
    g = Graph()
    doc = "doc:" + name
    s = Source(doc, 0, 4, "quote " + name)
    g.add_node(Node(doc, "Document", {"number": name, "source_file": name}, [s]))
    g.add_node(Node("agency:shared", "Agency", {"name": "Ủy ban nhân dân"}, [s]))
    g.add_edge(Edge("ISSUED", "agency:shared", doc, {}, [s]))
    for t in range(TASKS):
        task = "task:%s:%d" % (name, t)
        g.add_node(Node(task, "Task", {"description": "việc %d" % t, "status": "assigned"}, [s]))
        g.add_edge(Edge("ASSIGNS", doc, task, {}, [s]))
        g.add_edge(Edge("ASSIGNED_TO", task, "agency:shared", {"role": "lead"}, [s]))
    return g

while time.time() < start_at:
    time.sleep(0.001)
store = open_store(db, idle_timeout=0)
print("pid", store.server.running().pid, flush=True)
for i in range(count):
    name = "%s-%05d.txt" % (prefix, i)
    store.replace_file(name, synthetic(name))
    print(name, flush=True)
if "--die" in sys.argv:
    import os, signal
    os.kill(os.getpid(), signal.SIGKILL)
store.close()
""".replace("TASKS", str(TASKS_PER_FILE))


def start_writer(db: Path, prefix: str, count: int, start_at: float = 0.0, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), prefix, str(count), str(start_at), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_gone(pid: int, timeout: float = 10.0) -> bool:
    """SIGKILL is delivered asynchronously: give the kernel a moment to end the process."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.02)
    return False


def server_pid(db: Path) -> int:
    return int(json.loads(db.with_name(db.name + ".server.json").read_text())["pid"])


def assert_consistent(db: Path, must_have: list[str]) -> list[str]:
    """Every file the store lists is there whole; nothing is there from a file it does not list."""
    with open_store(str(db), idle_timeout=0) as store:
        files = store.files()
        assert set(must_have) <= set(files), f"lost acknowledged writes: {sorted(set(must_have) - set(files))[:5]}"
        stats = store.stats()
        assert stats["nodes"]["Document"] == len(files)
        assert stats["nodes"]["Task"] == TASKS_PER_FILE * len(files)
        assert stats["nodes"]["Agency"] == (1 if files else 0)
        assert stats["relationships"]["ISSUED"] == len(files)
        assert stats["relationships"]["ASSIGNS"] == TASKS_PER_FILE * len(files)
        assert stats["relationships"]["ASSIGNED_TO"] == TASKS_PER_FILE * len(files)
        stated = store.query("MATCH (n) WHERE NOT n:LoadedFile UNWIND n.source_files AS f RETURN DISTINCT f")
        assert {row["f"] for row in stated} == set(files)
        per_file = store.query(
            "MATCH (d:Document)-[:ASSIGNS]->(t:Task) RETURN d.number AS f, count(t) AS n, "
            "collect(DISTINCT size(t.source_files)) AS sizes"
        )
        assert all(row["n"] == TASKS_PER_FILE and row["sizes"] == [1] for row in per_file)
        if files:
            shared = store.query("MATCH (a:Agency {id: $id}) RETURN a.sources_json AS s", {"id": SHARED})[0]["s"]
            assert sorted(s["file"] for s in decode_sources(shared)) == sorted(files)
        return files


def test_kill_9_of_writer_and_server_keeps_every_acknowledged_write(store_path: Path) -> None:
    writer = start_writer(store_path, "k", 2000)
    assert writer.stdout is not None
    first = writer.stdout.readline()
    assert first.startswith("pid "), writer.stderr.read() if writer.stderr else first
    pid = int(first.split()[1])
    acknowledged: list[str] = []
    while len(acknowledged) < 60:
        line = writer.stdout.readline()
        assert line, writer.stderr.read() if writer.stderr else "writer ended"
        acknowledged.append(line.strip())
    # the worst moment: both die while the writer is in the middle of a transaction
    os.kill(writer.pid, signal.SIGKILL)
    os.kill(pid, signal.SIGKILL)
    writer.wait()
    acknowledged += [line.strip() for line in writer.stdout.read().splitlines()]
    assert wait_gone(pid), "the killed server is still running"
    files = assert_consistent(store_path, acknowledged)
    assert len(files) >= len(acknowledged)
    assert server_pid(store_path) != pid  # a new server, which loaded the log


def test_two_processes_opening_the_same_new_database_lose_nothing(store_path: Path) -> None:
    count = 120
    start_at = time.time() + 1.0  # both open at the same moment
    writers = [start_writer(store_path, prefix, count, start_at) for prefix in ("a", "b")]
    pids = set()
    for w in writers:
        out, errors = w.communicate(timeout=120)
        assert w.returncode == 0, errors
        lines = out.splitlines()
        pids.add(int(lines[0].split()[1]))
        assert len(lines) == count + 1
    assert len(pids) == 1, "each process started its own server"
    files = assert_consistent(store_path, [f"{p}-{i:05d}.txt" for p in "ab" for i in range(count)])
    assert len(files) == 2 * count


def test_a_server_left_by_a_killed_owner_is_found_and_reused(store_path: Path) -> None:
    owner = start_writer(store_path, "o", 3, 0.0, "--die")
    out, _ = owner.communicate(timeout=60)
    assert owner.returncode == -signal.SIGKILL
    orphan = int(out.splitlines()[0].split()[1])
    assert psutil.pid_exists(orphan)

    with open_store(str(store_path), idle_timeout=0) as store:
        assert store.server.running().pid == orphan  # type: ignore[attr-defined]
        assert len(store.files()) == 3

    # even with its sidecar lost, the server is found by its socket, not doubled
    store_path.with_name(store_path.name + ".server.json").unlink()
    with open_store(str(store_path), idle_timeout=0) as store:
        assert store.server.running().pid == orphan  # type: ignore[attr-defined]
        assert len(store.files()) == 3
    servers = [p for p in psutil.process_iter(["name"]) if p.info["name"] == "redis-server" and _serves(p, store_path)]
    assert len(servers) == 1


def _serves(proc: psutil.Process, db: Path) -> bool:
    try:
        return EmbeddedServer(db).socket_path in " ".join(proc.cmdline())
    except psutil.Error:
        return False


def test_a_dead_server_is_replaced_and_its_log_replayed(store_path: Path) -> None:
    writer = start_writer(store_path, "d", 5)
    _, errors = writer.communicate(timeout=60)
    assert writer.returncode == 0, errors
    pid = server_pid(store_path)
    os.kill(pid, signal.SIGKILL)
    assert_consistent(store_path, [f"d-{i:05d}.txt" for i in range(5)])
    assert server_pid(store_path) != pid


def test_commands_attach_to_the_running_server_quickly(store_path: Path) -> None:
    with open_store(str(store_path), idle_timeout=0) as store:
        pid = store.server.running().pid  # type: ignore[attr-defined]
    started = time.monotonic()
    with open_store(str(store_path), idle_timeout=0) as store:
        store.stats()
        assert store.server.running().pid == pid  # type: ignore[attr-defined]
    assert time.monotonic() - started < 0.5


def test_an_idle_server_stops_itself_and_a_busy_one_does_not(store_path: Path) -> None:
    store = open_store(str(store_path), idle_timeout=1.0)
    pid = store.server.running().pid  # type: ignore[attr-defined]
    sidecar = json.loads(store_path.with_name(store_path.name + ".server.json").read_text())
    assert sidecar["watchdog_pid"] and psutil.pid_exists(sidecar["watchdog_pid"])
    time.sleep(2.5)
    assert psutil.pid_exists(pid), "stopped while a client was connected"
    assert store.files() == []
    store.close()
    assert wait_gone(pid, 15), "the idle server was not stopped"
    # the watchdog forgets the server just after the server has gone
    sidecar_file = store_path.with_name(store_path.name + ".server.json")
    deadline = time.monotonic() + 5
    while sidecar_file.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not sidecar_file.exists()
    with open_store(str(store_path), idle_timeout=0) as again:  # and it starts again on demand
        assert again.files() == []


def test_a_plain_falkordblite_snapshot_is_imported(store_path: Path) -> None:
    from redislite.falkordb_client import FalkorDB

    db = FalkorDB(str(store_path))
    db.select_graph("chidao").query("CREATE (:Document {id: 'old', number: '1/KH'})")
    db.close()  # FalkorDBLite snapshots on close
    assert store_path.is_file()
    with open_store(str(store_path), idle_timeout=0) as store:
        assert store.query("MATCH (d:Document) RETURN d.id AS id") == [{"id": "old"}]
    EmbeddedServer(store_path).stop()
    with open_store(str(store_path), idle_timeout=0) as store:  # now from its own log
        assert store.query("MATCH (d:Document) RETURN d.id AS id") == [{"id": "old"}]


def test_a_client_whose_server_was_killed_starts_it_again_with_its_log(store_path: Path) -> None:
    writer = start_writer(store_path, "r", 5)
    _, errors = writer.communicate(timeout=60)
    assert writer.returncode == 0, errors
    with open_store(str(store_path), idle_timeout=0) as store:
        assert len(store.files()) == 5
        for round_ in range(3):  # killed while idle between commands, again and again
            pid = server_pid(store_path)
            os.kill(pid, signal.SIGKILL)
            assert wait_gone(pid)
            assert len(store.files()) == 5 + round_, "the data was not replayed"
            assert server_pid(store_path) != pid
            store.replace_file(f"after-kill-{round_}.txt", _one_document(f"after-kill-{round_}"))
    assert_consistent(store_path, [f"r-{i:05d}.txt" for i in range(5)] + [f"after-kill-{i}.txt" for i in range(3)])


def _one_document(name: str) -> Graph:
    g = Graph()
    doc = "doc:" + name
    s = Source(doc, 0, 4, "quote " + name)
    g.add_node(Node(doc, "Document", {"number": name, "source_file": name}, [s]))
    g.add_node(Node(SHARED, "Agency", {"name": "Ủy ban nhân dân"}, [s]))
    g.add_edge(Edge("ISSUED", SHARED, doc, {}, [s]))
    for t in range(TASKS_PER_FILE):
        task = f"task:{name}:{t}"
        g.add_node(Node(task, "Task", {"description": f"việc {t}", "status": "assigned"}, [s]))
        g.add_edge(Edge("ASSIGNS", doc, task, {}, [s]))
        g.add_edge(Edge("ASSIGNED_TO", task, SHARED, {"role": "lead"}, [s]))
    return g


def _maps_tcmalloc(pid: int) -> bool:
    return "tcmalloc" in Path(f"/proc/{pid}/maps").read_text()


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc")
def test_the_server_runs_with_tcmalloc_when_the_machine_has_it(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph.store.allocator import ENV_MALLOC, _tcmalloc

    with open_store(str(store_path), idle_timeout=0) as store:
        store.stats()
        pid = store.server.running().pid  # type: ignore[attr-defined]
    assert _maps_tcmalloc(pid) == (_tcmalloc() is not None)
    EmbeddedServer(store_path, idle_timeout=0).stop()
    monkeypatch.setenv(ENV_MALLOC, "libc")
    with open_store(str(store_path), idle_timeout=0) as store:
        assert store.stats() is not None  # the data is still there, written under the other allocator
        assert not _maps_tcmalloc(store.server.running().pid)  # type: ignore[attr-defined]
