"""Stops an embedded server once no client has used it for a while (run by EmbeddedServer, detached).

Activity is any client other than this one connected, or any new connection since the last look,
so a burst of short ``chidao query`` runs keeps the server warm. The stop takes the database lock,
so it never races an opener that is attaching; the append-only log is already on disk, so the stop
writes nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import time
from pathlib import Path

import psutil
import redis
from filelock import FileLock, Timeout
from redis.backoff import NoBackoff
from redis.retry import Retry


def _server_alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _activity(client: redis.Redis) -> tuple[int, int]:
    clients = client.info("clients")
    stats = client.info("stats")
    return int(clients["connected_clients"]), int(stats["total_connections_received"])


def watch(socket: str, pid: int, idle_timeout: float, lock: str, sidecar: str) -> None:
    client = redis.Redis(unix_socket_path=socket, socket_timeout=30, decode_responses=True, retry=Retry(NoBackoff(), 0))
    poll = max(0.2, min(5.0, idle_timeout / 4))
    idle_since = time.monotonic()
    last_connections = -1
    while _server_alive(pid):
        time.sleep(poll)
        try:
            connected, connections = _activity(client)
        except redis.RedisError:
            return  # the server is gone or stopping
        if connected > 1 or connections != last_connections:
            idle_since = time.monotonic()
            last_connections = connections
            continue
        if time.monotonic() - idle_since < idle_timeout:
            continue
        try:
            with FileLock(lock, timeout=0):
                connected, connections = _activity(client)
                if connected > 1 or connections != last_connections:
                    idle_since, last_connections = time.monotonic(), connections
                    continue
                with contextlib.suppress(redis.RedisError):
                    client.shutdown()
                _forget_sidecar(sidecar, pid)
                return
        except Timeout:
            continue  # someone is attaching right now
        except redis.RedisError:
            return


def _forget_sidecar(sidecar: str, pid: int) -> None:
    path = Path(sidecar)
    with contextlib.suppress(OSError, ValueError):
        if json.loads(path.read_text(encoding="utf-8")).get("pid") == pid:
            path.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--socket", required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--idle-timeout", type=float, required=True)
    parser.add_argument("--lock", required=True)
    parser.add_argument("--sidecar", required=True)
    args = parser.parse_args()
    watch(args.socket, args.pid, args.idle_timeout, args.lock, args.sidecar)


if __name__ == "__main__":
    main()
