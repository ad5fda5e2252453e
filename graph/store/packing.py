"""How commands are written to a FalkorDB connection: as the client library does, but without
copying a large argument.

redis-py's hiredis packer copies every command into one buffer: a large file's write statement
(tens of megabytes) was copied once more just before it was sent, which took about a tenth of a
second per 60 MB. Its Python packer hands an argument above a few kilobytes to the socket as it is,
but is slower for the many small commands of queries; so each command goes to the one that suits it.
"""

from __future__ import annotations

from typing import Any

from redis.connection import Encoder, HiredisRespSerializer, PythonRespSerializer
from redis.utils import HIREDIS_AVAILABLE

# above this size an argument is sent without being copied
LARGE = 1 << 20


class LargeArgumentPacker:
    """A ``command_packer`` for redis-py connections (``redis.Connection(command_packer=...)``)."""

    def __init__(self) -> None:
        # the encoder only meets bytes and command names: the caller encodes large text itself
        self._large = PythonRespSerializer(6000, Encoder("utf-8", "strict", False).encode)
        self._small = HiredisRespSerializer() if HIREDIS_AVAILABLE else self._large

    def pack(self, *args: Any) -> list[bytes | memoryview]:
        for arg in args:
            if type(arg) is bytes and len(arg) > LARGE:
                return self._large.pack(*args)
        return self._small.pack(*args)
