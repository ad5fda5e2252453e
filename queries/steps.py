"""Questions written once, asked over either kind of connection: a blocking store, or the API's event loop.

Resolving what a person typed and running a saved query take one or more statements, each depending
on the rows of the one before. The logic is written as a generator that yields ``(cypher, params)``
and is sent back the rows (or thrown the ``StoreError``), so it never holds a connection itself:
``drive`` answers it with a store's blocking ``query``, ``drive_async`` with a coroutine (the HTTP
server reads the store without a thread per request that way).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import Any

from graph.store import StoreError

Rows = list[dict[str, Any]]
Request = tuple[str, dict[str, Any]]
Steps = Generator[Request, Rows, Any]


def drive[T](steps: Generator[Request, Rows, T], query: Callable[[str, dict[str, Any]], Rows]) -> T:
    """What ``steps`` returns, each statement it asks for run by ``query``."""
    try:
        request = next(steps)
        while True:
            try:
                rows = query(*request)
            except StoreError as exc:
                request = steps.throw(exc)
            else:
                request = steps.send(rows)
    except StopIteration as done:
        return done.value


async def drive_async[T](
    steps: Generator[Request, Rows, T], query: Callable[[str, dict[str, Any]], Awaitable[Rows]]
) -> T:
    """``drive`` with a coroutine for ``query``."""
    try:
        request = next(steps)
        while True:
            try:
                rows = await query(*request)
            except StoreError as exc:
                request = steps.throw(exc)
            else:
                request = steps.send(rows)
    except StopIteration as done:
        return done.value
