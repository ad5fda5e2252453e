"""uvicorn's HTTP/1.1 protocol (httptools) with each answer written to the socket in one piece.

uvicorn writes an answer's status line and headers as soon as the app sends them, and its body
when that comes: two writes, so two TCP segments on the connection (uvicorn's sockets send without
delay), each a system call and a wake-up of the client. Under load the first of the two took a
third of the server's CPU (py-spy, ``benchmarks/bench_queries.py``'s mix). Here the writes made
while the event loop runs one callback are held and written together just after it: the headers
and a body sent at once (as every JSON answer is) leave as one segment; a streamed body still
leaves as it comes, a loop iteration later at most. The server's connections to the store
(api.server_reads) write their commands the same way.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


class Coalescing:
    """A transport whose writes within one event-loop callback reach the real one as one write."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._held: list[bytes] = []

    def write(self, data: bytes) -> None:
        if not self._held:
            self._loop.call_soon(self._flush)
        self._held.append(data)

    def _flush(self) -> None:
        if self._held:
            data = self._held[0] if len(self._held) == 1 else b"".join(self._held)
            self._held.clear()
            if not self._transport.is_closing():
                self._transport.write(data)

    def close(self) -> None:
        self._flush()  # what was written goes before the connection is closed
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        # everything else (is_closing, get_extra_info, pause_reading, set_protocol …) is the real one's
        return getattr(self._transport, name)


class CoalescingHttpToolsProtocol(HttpToolsProtocol):
    """``HttpToolsProtocol`` over a ``Coalescing`` transport (``uvicorn.run(http=…)``)."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(Coalescing(transport, self.loop))  # type: ignore[arg-type]
