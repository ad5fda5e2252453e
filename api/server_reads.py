"""How the HTTP server reads the store: on its event loop when the store is FalkorDB, in the thread pool otherwise.

A blocking read handed to the thread pool and back cost the server more CPU than FastAPI's own work
on a request, and it let one request at a time reach the store. On FalkorDB the server sends the
store's own read command (``FalkorDBStore.read_command``) over a few connections of its own, several
commands in flight on each, and reads the replies as they come, on the event loop; the rows are
decoded by the store (``FalkorDBStore.rows``), so they are the same as the blocking path gives.

Whatever that path cannot do is left to the store's blocking client in the thread pool: a value the
parameter header cannot carry, and above all a connection that failed (the embedded server killed or
stopped): the blocking client starts the server again and sends the command again, as for any other
reader, and the next read here opens new connections.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Generator
from typing import Any, cast

import hiredis
import redis
from fastapi.concurrency import run_in_threadpool

from api.server_http import Coalescing
from graph.store import CypherStore
from graph.store.falkordb_store import FalkorDBStore
from queries.steps import Request, Rows, drive, drive_async

CONNECTIONS = 4  # FalkorDB runs one command per connection at a time, on a pool of threads
RETRY_AFTER = 1.0  # seconds of blocking reads after a connection failed, before connecting again


def _pack(command: tuple[str, ...]) -> bytes:
    return hiredis.pack_command(command)  # type: ignore[arg-type]  # its stub reads as a 1-tuple


class _Connection(asyncio.Protocol):
    """One connection to the store: commands are written as they come, replies read in order."""

    def __init__(self) -> None:
        self.parser = hiredis.Reader(encoding="utf-8", replyError=redis.ResponseError)
        self.waiting: deque[asyncio.Future[Any]] = deque()
        self.transport: asyncio.WriteTransport | None = None
        self.closed = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # the commands of the requests the loop serves in one callback leave in one write: under the
        # bench's 50 clients, 0.2 writes to the store per request instead of 1.6, and the store reads
        # them in fewer calls (1.7 reads per request instead of 2.7)
        held = Coalescing(cast(asyncio.Transport, transport), asyncio.get_running_loop())
        self.transport = cast(asyncio.WriteTransport, held)  # uvloop's are not asyncio.Transport

    def data_received(self, data: bytes) -> None:
        self.parser.feed(data)
        while True:
            try:
                reply = self.parser.gets()
            except hiredis.ProtocolError as exc:
                self._fail(ConnectionError(f"the store's reply could not be read: {exc}"))
                return
            if reply is False:
                return
            waiter = self.waiting.popleft()
            if not waiter.done():  # a request that was given up leaves its reply unread
                waiter.set_result(reply)

    def connection_lost(self, exc: Exception | None) -> None:
        self._fail(ConnectionError(f"the connection to the store was lost: {exc or 'closed'}"))

    def _fail(self, error: Exception) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.abort()
        while self.waiting:
            waiter = self.waiting.popleft()
            if not waiter.done():
                waiter.set_exception(error)

    def send(self, command: bytes) -> asyncio.Future[Any]:
        if self.closed or self.transport is None or self.transport.is_closing():
            raise ConnectionError("the connection to the store is closed")
        waiter = asyncio.get_running_loop().create_future()
        self.waiting.append(waiter)
        self.transport.write(command)
        return waiter


class Reads:
    """The server's reads of one store (``app.state.reads``)."""

    def __init__(self, store: CypherStore) -> None:
        self.store = store
        self._falkordb = store if isinstance(store, FalkorDBStore) else None
        self._connections: list[_Connection] = []
        self._opening: asyncio.Lock | None = None
        self._failed_at: float | None = None

    async def run[T](self, steps: Generator[Request, Rows, T]) -> T:
        """What ``steps`` (queries.steps) returns, its statements read on the event loop where possible."""
        if self._falkordb is None:
            return await run_in_threadpool(drive, steps, self.store.query)
        return await drive_async(steps, self.query)

    async def query(self, cypher: str, params: dict[str, Any] | None = None) -> Rows:
        store = self._falkordb
        if store is None:
            return await run_in_threadpool(self.store.query, cypher, params)
        now = asyncio.get_running_loop().time()
        if self._failed_at is not None and now - self._failed_at < RETRY_AFTER:
            return await run_in_threadpool(store.query, cypher, params)
        try:
            command = _pack(store.read_command(cypher, params))
        except ValueError:
            return await run_in_threadpool(store.query, cypher, params)  # the store decides, as it does there
        try:
            connection = await self._connection()
            reply = await connection.send(command)
        except (ConnectionError, OSError):
            self.close()
            self._failed_at = now
            return await run_in_threadpool(store.query, cypher, params)
        self._failed_at = None
        return store.rows(reply)

    async def _connection(self) -> _Connection:
        open_ = [c for c in self._connections if not c.closed]
        if len(open_) < CONNECTIONS:
            if self._opening is None:
                self._opening = asyncio.Lock()
            async with self._opening:
                open_ = [c for c in self._connections if not c.closed]
                if len(open_) < CONNECTIONS:
                    open_.append(await self._open())
            self._connections = open_
        return min(open_, key=lambda c: len(c.waiting))

    async def _open(self) -> _Connection:
        assert self._falkordb is not None
        where = self._falkordb.address()
        loop = asyncio.get_running_loop()
        if where.get("path"):
            _, connection = await loop.create_unix_connection(_Connection, where["path"])
        else:
            _, connection = await loop.create_connection(_Connection, str(where["host"]), int(where["port"]))
        password = where.get("password")
        if password:
            username = where.get("username")
            auth: tuple[str, ...] = ("AUTH", str(username), str(password)) if username else ("AUTH", str(password))
            reply = await connection.send(_pack(auth))
            if isinstance(reply, redis.ResponseError):
                connection._fail(ConnectionError(f"the store refused the password: {reply}"))
                raise ConnectionError("the store refused the password")
        return connection

    def close(self) -> None:
        for connection in self._connections:
            if connection.transport is not None:
                connection.transport.abort()
            connection.closed = True
        self._connections = []
