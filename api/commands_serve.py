"""``chidao serve``: the HTTP API (api/server.py) under uvicorn."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from api.cli import app
from api.commands_store import StoreOption
from api.server_config import ENV_CORS, ENV_MAX_UPLOAD_MB, ENV_UPLOAD_DIR, ServerConfig


@app.command()
def serve(
    store: StoreOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; 0.0.0.0 opens it to the network.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Server processes.")] = 1,
    cors_origin: Annotated[
        list[str] | None, typer.Option("--cors-origin", help="A browser origin allowed to call the API; repeatable.")
    ] = None,
    upload_dir: Annotated[
        Path | None, typer.Option("--upload-dir", help="Where uploads are kept (default: the user data folder).")
    ] = None,
    max_upload_mb: Annotated[
        float | None, typer.Option("--max-upload-mb", min=0.001, help="Largest upload in MB (default 25).")
    ] = None,
) -> None:
    """Serve the saved queries, entities, search, graph views and uploads over HTTP.

    Writes (POST /documents) need the key in $CHIDAO_API_KEY, sent as the X-API-Key header;
    without it set, the server takes no writes.
    """
    import uvicorn

    from api.server_http import CoalescingHttpToolsProtocol
    from graph.store import StoreError, open_store

    try:  # a store that cannot be opened is said in a sentence, before any worker starts
        open_store(store).close()
    except StoreError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from None
    # each worker builds its app from the environment (api.server.app_from_env)
    if store:
        os.environ["CHIDAO_STORE"] = store
    if cors_origin:
        os.environ[ENV_CORS] = ",".join(cors_origin)
    if upload_dir:
        os.environ[ENV_UPLOAD_DIR] = str(upload_dir.expanduser().resolve())
    if max_upload_mb:
        os.environ[ENV_MAX_UPLOAD_MB] = str(max_upload_mb)
    try:  # a setting that cannot be used is said here, not in a traceback from each worker
        ServerConfig.from_env()
    except ValueError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    uvicorn.run(
        "api.server:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        http=CoalescingHttpToolsProtocol,
        log_level="warning",
        access_log=False,
    )
