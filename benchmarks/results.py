"""benchmarks/RESULTS.md holds one section per benchmark; each benchmark rewrites only its own."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

RESULTS = Path(__file__).with_name("RESULTS.md")


def write_section(title: str, body: str) -> None:
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    section = f"## {title}\n\nMeasured {date.today().isoformat()}.\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.M | re.S)
    text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section
    RESULTS.write_text(text, encoding="utf-8")


def machine() -> str:
    import os
    import platform

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def publish(title: str, preamble: str, columns: tuple[str, str, str], rows: list[tuple[str, str, str]]) -> None:
    """Write a section of one preamble and a three-column table, and print it."""
    body = [
        preamble,
        "",
        f"| {' | '.join(columns)} |",
        "|---|---|---|",
        *[f"| {a} | {b} | {c} |" for a, b, c in rows],
    ]
    write_section(title, "\n".join(body))
    print("\n".join(body))
