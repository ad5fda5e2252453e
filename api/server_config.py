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
DEFAULT_MAX_UPLOAD_MB = 25.0
API_KEY_HEADER = "X-API-Key"


@dataclass(frozen=True)
class ServerConfig:
    store: str | None = None  # as for --store; None: $CHIDAO_STORE, else the default database
    api_key: str | None = None  # None: the server refuses every write
    cors_origins: tuple[str, ...] = ()  # empty: no CORS headers at all
    upload_dir: Path = field(default_factory=lambda: default_upload_dir())
    max_upload_bytes: int = int(DEFAULT_MAX_UPLOAD_MB * 1024 * 1024)

    @classmethod
    def from_env(cls) -> ServerConfig:
        origins = tuple(o.strip() for o in os.environ.get(ENV_CORS, "").split(",") if o.strip())
        raw_mb = os.environ.get(ENV_MAX_UPLOAD_MB)
        try:
            mb = float(raw_mb) if raw_mb else DEFAULT_MAX_UPLOAD_MB
        except ValueError:
            raise ValueError(f"{ENV_MAX_UPLOAD_MB} must be a number of megabytes, not {raw_mb!r}.") from None
        upload_dir = os.environ.get(ENV_UPLOAD_DIR)
        return cls(
            store=os.environ.get("CHIDAO_STORE") or None,
            api_key=os.environ.get(ENV_API_KEY) or None,
            cors_origins=origins,
            upload_dir=Path(upload_dir) if upload_dir else default_upload_dir(),
            max_upload_bytes=int(mb * 1024 * 1024),
        )


def default_upload_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("chidao")) / "uploads"
