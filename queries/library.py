"""The saved queries: one ``.cypher`` file each in ``queries/saved``, read once, by name.

A file starts with a header of ``//`` comment lines, then the Cypher::

    // name: open_tasks
    // description: Tasks not done, overdue ones first.
    // param agency (agency, optional): the body, by name or alias
    // param as_of (date, default today): the date deadlines are compared with
    // row: one task: its deadline, whether it is overdue, who must do it
    MATCH (t:Task) ...

A line ``// dialect: falkordb`` (or ``neo4j``) starts a variant of the body for that store only;
everything before the first such line is the body for every store. Only the few statements the
two engines write differently (shortest path, full-text search) need variants.

Adding a file adds a query to ``chidao query`` and to the HTTP API; nothing else is needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from queries.params import PARAM_TYPES, Param, QueryError, check_kind

SAVED_DIR = Path(__file__).with_name("saved")
DIALECTS = ("falkordb", "neo4j")

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_PARAM = re.compile(
    r"^param\s+(?P<name>[a-z][a-z0-9_]*)\s*\((?P<type>[a-z|]+)(?:,\s*(?P<opt>optional|default\s+[^)]+))?\)\s*:\s*(?P<doc>.+)$"
)


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    row: str
    body: str | None  # for every store, unless a variant replaces it
    variants: dict[str, str] = field(default_factory=dict)
    path: Path | None = None

    def cypher(self, dialect: str) -> str:
        text = self.variants.get(dialect, self.body)
        if text is None:
            raise QueryError(f"The saved query {self.name} has no version for a {dialect} store.")
        return text

    def as_dict(self) -> dict[str, Any]:
        """The query as data, for ``chidao query --list --format json`` and the API's catalogue."""
        return {
            "name": self.name,
            "description": self.description,
            "row": self.row,
            "parameters": [
                {"name": p.name, "type": p.kind, "required": p.required, "default": p.default, "description": p.help()}
                for p in self.params
            ],
        }

    def texts(self) -> dict[str, str]:
        """The Cypher sent to each kind of store (for the linter and the tests)."""
        return {d: self.cypher(d) for d in DIALECTS}


class CatalogueError(ValueError):
    """A saved query file that cannot be read; the message names the file and the line."""


def parse(text: str, path: Path | None = None) -> SavedQuery:
    where = path.name if path else "<query>"
    header: dict[str, str] = {}
    params: list[Param] = []
    lines = text.splitlines()
    n = 0
    # the header ends at the first line that is not a comment, or that starts a dialect's variant
    while n < len(lines) and lines[n].strip().startswith("//") and not lines[n].strip().startswith("// dialect:"):
        _header_line(lines[n].strip()[2:].strip(), header, params, f"{where}:{n + 1}")
        n += 1
    sections: dict[str | None, list[str]] = {None: []}
    current: str | None = None
    for lineno, line in enumerate(lines[n:], n + 1):
        if line.strip().startswith("// dialect:"):
            current = line.strip().removeprefix("// dialect:").strip()
            if current not in DIALECTS:
                raise CatalogueError(f"{where}:{lineno}: unknown dialect {current!r}; use one of {DIALECTS}.")
            sections[current] = []
        else:
            sections[current].append(line)
    for key in ("name", "description", "row"):
        if key not in header:
            raise CatalogueError(f"{where}: the header has no '// {key}:' line.")
    name = header["name"]
    if not _NAME.match(name):
        raise CatalogueError(f"{where}: {name!r} is not a query name (lower case, digits and _).")
    if path is not None and path.stem != name:
        raise CatalogueError(f"{where}: the file must be named after its query, {name}.cypher.")
    common = "\n".join(sections.pop(None)).strip() or None
    bodies = {k: "\n".join(v).strip() for k, v in sections.items() if k is not None}
    if common is None and set(bodies) != set(DIALECTS):
        raise CatalogueError(f"{where}: give a body for every store, or a variant for each of {DIALECTS}.")
    return SavedQuery(name, header["description"], tuple(params), header["row"], common, bodies, path)


def _header_line(line: str, header: dict[str, str], params: list[Param], where: str) -> None:
    if line.startswith("param "):
        m = _PARAM.match(line)
        if m is None:
            raise CatalogueError(
                f"{where}: write a parameter as 'param NAME (TYPE[, optional|, default X]): what it is'."
            )
        kind = m["type"]
        if not check_kind(kind):
            raise CatalogueError(f"{where}: unknown parameter type {kind!r}; use one of {sorted(PARAM_TYPES)}.")
        opt = m["opt"] or ""
        default = opt.removeprefix("default").strip() if opt.startswith("default") else None
        params.append(Param(m["name"], kind, m["doc"].strip(), required=not opt, default=default))
        return
    key, sep, value = line.partition(":")
    if sep and key.strip() in ("name", "description", "row"):
        header[key.strip()] = value.strip()


@cache
def catalogue() -> dict[str, SavedQuery]:
    """Every saved query by name, sorted by name."""
    found = {}
    for path in sorted(SAVED_DIR.glob("*.cypher")):
        query = parse(path.read_text(encoding="utf-8"), path)
        found[query.name] = query
    return found


def saved_query(name: str) -> SavedQuery:
    try:
        return catalogue()[name]
    except KeyError:
        known = ", ".join(catalogue())
        raise QueryError(f"There is no saved query named {name!r}; the saved queries are: {known}.") from None
