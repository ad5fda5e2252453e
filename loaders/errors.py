"""The one error a loader raises: it names the file and says what is wrong with it, as a sentence."""

from __future__ import annotations

from pathlib import Path


class LoaderError(Exception):
    """A file chidao cannot read or understand. ``str()`` is the line shown to the user."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason.rstrip(".")
        super().__init__(f"{self.path}: {self.reason}.")
