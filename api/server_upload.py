"""``POST /documents``: a report is uploaded, stored under a name the server chooses, extracted and
ingested. Writes need the API key; the rate limit, the key and the size cap are checked by
``UploadGuard`` before any of the body is read."""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.server_config import API_KEY_HEADER, ServerConfig
from graph.store import CypherStore, StoreError

UPLOAD_PATH = "/documents"
ALLOWED_SUFFIXES = (".txt", ".pdf", ".docx", ".doc", ".html")
# the first bytes each binary type must start with; text types must decode instead
_MAGIC = {".pdf": (b"%PDF",), ".docx": (b"PK\x03\x04",), ".doc": (b"\xd0\xcf\x11\xe0",)}
_MULTIPART_SLACK = 64 * 1024  # boundaries and part headers around the file itself


class ApiError(Exception):
    """An error the client caused or must hear about: an HTTP status and a sentence."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def check_write_key(config: ServerConfig, given: str | None) -> None:
    if config.api_key is None:
        raise ApiError(403, "This server takes no writes: start it with CHIDAO_API_KEY set to allow uploads.")
    if given is None:
        raise ApiError(401, f"Uploading needs the API key, in the {API_KEY_HEADER} header.")
    # compare_digest takes the same time wherever the strings differ: no timing hint
    if not hmac.compare_digest(given.encode("utf-8", "surrogateescape"), config.api_key.encode("utf-8")):
        raise ApiError(401, f"The {API_KEY_HEADER} header does not hold this server's API key.")


class _TooLarge(Exception):
    pass


class UploadRate:
    """A token bucket per client address: ``burst`` uploads at once, then ``per_minute`` a minute.

    Written here rather than taken from a rate-limit library: the guard needs one bucket and the
    exact wait for the Retry-After header, and this is all it takes. Buckets live in the server
    process (each of ``--workers`` counts on its own); behind a proxy every client shares its address.
    """

    MAX_CLIENTS = 10_000  # past this, buckets that refilled are forgotten (they hold nothing)

    def __init__(self, per_minute: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_second = per_minute / 60
        self.burst = burst
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # client: (tokens, when counted)
        self._lock = threading.Lock()

    def wait(self, client: str) -> float:
        """0 when ``client`` may upload now (and its token is taken), else the seconds until it may."""
        if self.per_second <= 0:
            return 0.0
        with self._lock:
            now = self.clock()
            tokens = self._tokens(client, now)
            if tokens >= 1:
                self._buckets[client] = (tokens - 1, now)
                if len(self._buckets) > self.MAX_CLIENTS:
                    self._forget_idle(now)
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1 - tokens) / self.per_second

    def _tokens(self, client: str, now: float) -> float:
        tokens, then = self._buckets.get(client, (float(self.burst), now))
        return min(float(self.burst), tokens + (now - then) * self.per_second)

    def _forget_idle(self, now: float) -> None:
        self._buckets = {c: b for c, b in self._buckets.items() if self._tokens(c, now) < self.burst}
        if len(self._buckets) > self.MAX_CLIENTS:  # a flood from many addresses: keep the latest
            latest = sorted(self._buckets.items(), key=lambda item: item[1][1])[-self.MAX_CLIENTS // 2 :]
            self._buckets = dict(latest)

    def refusal(self, wait: float) -> str:
        return (
            f"Too many uploads from this address: this server takes {self.burst} at once, then "
            f"{self.per_second * 60:g} a minute; try again in {math.ceil(wait)} s."
        )


class UploadGuard:
    """ASGI middleware for POST /documents: key first, then a body no longer than the cap, counted
    as it arrives (a Content-Length can be absent or wrong)."""

    def __init__(self, app: ASGIApp, config: ServerConfig) -> None:
        self.app = app
        self.config = config
        self.limit = config.max_upload_bytes + _MULTIPART_SLACK
        self.rate = UploadRate(config.uploads_per_minute, config.upload_burst)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != UPLOAD_PATH or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        # before the key: guessing keys is slowed down as much as uploading
        client = scope.get("client")
        wait = self.rate.wait(str(client[0]) if client else "unknown")
        if wait > 0:
            retry_after = [(b"retry-after", str(math.ceil(wait)).encode())]
            await _send_json(send, 429, {"error": self.rate.refusal(wait)}, retry_after)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            check_write_key(self.config, headers.get(API_KEY_HEADER.lower()))
            length = headers.get("content-length")
            if length is not None and length.isdigit() and int(length) > self.limit:
                raise _TooLarge
        except ApiError as exc:
            await _send_json(send, exc.status, {"error": exc.message})
            return
        except _TooLarge:
            await _send_json(send, 413, {"error": self._too_large()})
            return
        received = 0
        too_large = False
        replied = False

        async def counted() -> Message:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    too_large = True
                    raise _TooLarge
            return message

        async def answered(message: Message) -> None:
            nonlocal replied
            # the form parser turns our exception into its own error reply: say what happened instead
            if not too_large:
                await send(message)
            elif message["type"] == "http.response.start":
                await _send_json(send, 413, {"error": self._too_large()})
            replied = True

        try:
            await self.app(scope, counted, answered)
        except _TooLarge:
            if not replied:
                await _send_json(send, 413, {"error": self._too_large()})

    def _too_large(self) -> str:
        mb = self.config.max_upload_bytes / (1024 * 1024)
        return f"The file is larger than this server takes ({mb:g} MB)."


async def _send_json(
    send: Send, status: int, body: dict[str, Any], headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(data)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": data})


def checked_suffix(filename: str | None) -> str:
    """The document type the upload claims, from a fixed list; the name is used for nothing else."""
    suffix = Path(filename or "").suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise ApiError(415, f"Chidao reads {', '.join(ALLOWED_SUFFIXES)} files; this upload is not one of them.")
    return suffix


def check_content(suffix: str, data: bytes) -> None:
    if not data:
        raise ApiError(422, "The uploaded file is empty.")
    magic = _MAGIC.get(suffix)
    if magic is not None and not data.startswith(magic):
        raise ApiError(415, f"The file is named {suffix} but its content is not a {suffix[1:].upper()} file.")
    if magic is None and b"\x00" in data[:8192]:
        raise ApiError(415, f"The file is named {suffix} but its content is not text.")


_write_lock = threading.Lock()  # one store object is shared: writes go one at a time


def ingest_upload(store: CypherStore, config: ServerConfig, filename: str | None, data: bytes) -> dict[str, Any]:
    """Keep the upload as ``<sha256><suffix>`` in the upload folder, extract it and store its graph."""
    from loaders.errors import LoaderError
    from loaders.pipeline import extract_file

    suffix = checked_suffix(filename)
    if len(data) > config.max_upload_bytes:
        raise ApiError(413, f"The file is larger than this server takes ({config.max_upload_bytes} bytes).")
    check_content(suffix, data)
    digest = hashlib.sha256(data).hexdigest()
    config.upload_dir.mkdir(parents=True, exist_ok=True)
    path = config.upload_dir / f"{digest[:32]}{suffix}"
    if not path.exists():
        tmp = path.with_suffix(suffix + ".part")
        tmp.write_bytes(data)
        tmp.replace(path)  # atomic: a reader never sees half a file
    try:
        graph = extract_file(path)
    except LoaderError as exc:
        raise ApiError(422, f"The file could not be read: {exc.reason}.") from None
    with _write_lock:
        try:
            store.replace_file(str(path), graph)
        except StoreError as exc:
            from graph.store.embedded_server import DiskFull, write_stopper

            stopper = write_stopper(exc)
            if isinstance(stopper, DiskFull):  # the operator's problem, and the path is the server's own
                raise ApiError(507, "The server's disk is full: the upload was not stored.") from None
            if stopper is not None:
                raise ApiError(503, "The server's store cannot be started: the upload was not stored.") from None
            raise ApiError(422, str(exc).replace(str(path), "the upload")) from None
        from api.rejoin import rejoin

        rejoin(store)  # earlier uploads that cite this one without its issuer
    labels: dict[str, int] = {}
    for node in graph.nodes.values():
        labels[node.label] = labels.get(node.label, 0) + 1
    own = [n for n in graph.nodes.values() if n.label == "Document" and n.properties.get("source_file")]
    return {
        "file": filename,
        "stored_as": path.name,
        "sha256": digest,
        "document": (
            {
                "id": own[0].id,
                "number": own[0].properties.get("number"),
                "title": own[0].properties.get("title"),
                "date": own[0].properties.get("date"),
            }
            if own
            else None
        ),
        "nodes": len(graph.nodes),
        "relationships": len(graph.edges),
        "nodes_by_label": dict(sorted(labels.items())),
    }
