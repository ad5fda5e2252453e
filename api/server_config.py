"""What ``chidao serve`` is configured with, from its options or the environment (so that each
uvicorn worker process builds the same app)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ENV_API_KEY = "CHIDAO_API_KEY"
ENV_CORS = "CHIDAO_CORS_ORIGINS"
ENV_UPLOAD_DIR = "CHIDAO_UPLOAD_DIR"
ENV_MAX_UPLOAD_MB = "CHIDAO_MAX_UPLOAD_MB"
ENV_UPLOADS_PER_MINUTE = "CHIDAO_UPLOADS_PER_MINUTE"
ENV_UPLOAD_BURST = "CHIDAO_UPLOAD_BURST"
DEFAULT_MAX_UPLOAD_MB = 25.0
DEFAULT_UPLOADS_PER_MINUTE = 30.0
DEFAULT_UPLOAD_BURST = 10
API_KEY_HEADER = "X-API-Key"


@dataclass(frozen=True)
class ServerConfig:
    store: str | None = None  # as for --store; None: $CHIDAO_STORE, else the default database
    api_key: str | None = None  # None: the server refuses every write
    cors_origins: tuple[str, ...] = ()  # empty: no CORS headers at all
    upload_dir: Path = field(default_factory=lambda: default_upload_dir())
    max_upload_bytes: int = int(DEFAULT_MAX_UPLOAD_MB * 1024 * 1024)
    # per client address and server process: `upload_burst` at once, then this many a minute (0: no limit)
    uploads_per_minute: float = DEFAULT_UPLOADS_PER_MINUTE
    upload_burst: int = DEFAULT_UPLOAD_BURST

    @classmethod
    def from_env(cls) -> ServerConfig:
        origins = tuple(o.strip() for o in os.environ.get(ENV_CORS, "").split(",") if o.strip())
        mb = _number(ENV_MAX_UPLOAD_MB, DEFAULT_MAX_UPLOAD_MB, "a number of megabytes")
        per_minute = _number(ENV_UPLOADS_PER_MINUTE, DEFAULT_UPLOADS_PER_MINUTE, "a number of uploads (0: no limit)")
        burst = _number(ENV_UPLOAD_BURST, DEFAULT_UPLOAD_BURST, "a whole number of uploads, 1 or more")
        if not 0 <= per_minute < float("inf"):
            raise ValueError(f"{ENV_UPLOADS_PER_MINUTE} must be 0 (no limit) or more, not {per_minute:g}.")
        if burst < 1 or burst != int(burst):
            raise ValueError(f"{ENV_UPLOAD_BURST} must be a whole number of uploads, 1 or more, not {burst:g}.")
        upload_dir = os.environ.get(ENV_UPLOAD_DIR)
        return cls(
            store=os.environ.get("CHIDAO_STORE") or None,
            api_key=os.environ.get(ENV_API_KEY) or None,
            cors_origins=origins,
            upload_dir=Path(upload_dir) if upload_dir else default_upload_dir(),
            max_upload_bytes=int(mb * 1024 * 1024),
            uploads_per_minute=per_minute,
            upload_burst=int(burst),
        )


def _number(name: str, default: float, what: str) -> float:
    raw = os.environ.get(name)
    try:
        return float(raw) if raw else default
    except ValueError:
        raise ValueError(f"{name} must be {what}, not {raw!r}.") from None


def default_upload_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("chidao")) / "uploads"
