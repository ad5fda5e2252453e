"""The ``chidao`` command line. Each group of commands lives in its own module and registers itself here."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="chidao",
    help="Turn Vietnamese government reports into an evidence-backed graph of who instructed whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register() -> None:
    # imported for their side effect: each module adds its commands to ``app``
    from api import (  # noqa: F401
        commands_export,
        commands_extract,
        commands_query,
        commands_serve,
        commands_store,
        commands_view,
    )


def main() -> None:
    _register()
    app()
