"""Running the system tools a reader needs (catdoc, soffice, tesseract) with a time limit."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from loaders.errors import LoaderError


def find_tool(name: str) -> str | None:
    """The tool's full path, or None when it is not installed."""
    return shutil.which(name)


def run_tool(
    args: Sequence[str],
    *,
    path: str | Path,
    timeout: float,
    what: str,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run a tool without a shell, so file names with spaces or shell characters are passed as they are.

    ``what`` names the step for the user ("catdoc", "OCR of page 3"); a timeout or a tool that cannot be
    started becomes a LoaderError for ``path``. The caller judges the exit status, since tools differ in it.
    """
    try:
        return subprocess.run(
            list(args),
            capture_output=True,
            timeout=timeout,
            check=False,
            stdin=subprocess.DEVNULL,
            env=env,
        )
    except subprocess.TimeoutExpired:
        raise LoaderError(path, f"{what} took longer than {timeout:g} seconds and was stopped") from None
    except OSError as exc:
        raise LoaderError(path, f"{what} could not be started ({exc.strerror or exc})") from None


def tool_message(completed: subprocess.CompletedProcess[bytes]) -> str:
    """The last line a tool wrote to stderr, to quote in an error; tools put their reason there."""
    lines = [line.strip() for line in completed.stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1][:200] if lines else f"exit status {completed.returncode}"
