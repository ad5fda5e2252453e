"""Run a saved query: check and resolve what a person typed, pick the store's variant, shape the rows."""

from __future__ import annotations

import re
from collections.abc import Generator, Mapping
from functools import cache
from typing import Any

from graph.store import CypherStore
from graph.store import representation as rep
from graph.store.dialect import Dialect
from queries.library import SavedQuery, saved_query
from queries.params import Param, QueryError, parse_scalar
from queries.resolve import number_range, resolve_steps
from queries.steps import Request, Rows, drive


def bind(store: CypherStore, query: SavedQuery, given: Mapping[str, str | None]) -> dict[str, Any]:
    """The Cypher parameters of ``query`` from what a person typed (text per parameter name)."""
    return drive(bind_steps(store.dialect, query, given), store.query)


def bind_steps(
    dialect: Dialect, query: SavedQuery, given: Mapping[str, str | None]
) -> Generator[Request, Rows, dict[str, Any]]:
    known = {p.name for p in query.params}
    unknown = sorted(set(given) - known)
    if unknown:
        takes = ", ".join(sorted(known)) or "no parameters"
        raise QueryError(f"The query {query.name} has no parameter {unknown[0]!r}; it takes {takes}.")
    params = {}
    for p in query.params:
        params[p.name] = yield from _value(dialect, p, given.get(p.name))
    return params


def _value(dialect: Dialect, param: Param, raw: str | None) -> Generator[Request, Rows, Any]:
    if raw is None or not raw.strip():
        if param.default is not None:
            raw = param.default
        elif param.required:
            raise QueryError(f"The parameter {param.name} is required: {param.help()}.")
        else:
            return None
    if param.is_entity:
        return (yield from resolve_steps(dialect, param, raw))
    return parse_scalar(param, raw)


def run(store: CypherStore, name: str, given: Mapping[str, str | None] | None = None) -> list[dict[str, Any]]:
    """The rows of the saved query ``name``; QueryError (a sentence) when it cannot be run as asked."""
    return drive(run_steps(store.dialect, name, given), store.query)


def run_steps(
    dialect: Dialect, name: str, given: Mapping[str, str | None] | None = None
) -> Generator[Request, Rows, Rows]:
    """``run`` as steps (queries.steps), for a caller that reads the store its own way."""
    query = saved_query(name)
    fused = by_number(dialect, query, given or {})
    if fused is not None:
        rows = yield fused
        if rows:
            return present(rows)
        # nothing under that number, or nothing to show of it: the typed text is resolved the long way, which says why
    params = yield from bind_steps(dialect, query, given or {})
    rows = yield (query.cypher(dialect.name), params)
    return present(rows)


def by_number(dialect: Dialect, query: SavedQuery, given: Mapping[str, str | None]) -> Request | None:
    """One statement for a query of one document parameter given a number typed alone: each "x.id IN $p" of the
    query becomes the range of the ids holding that number's key, so that finding the document and running the
    query take one round trip to the store instead of two. None where the query or the text do not allow it."""
    if len(query.params) != 1 or not query.params[0].is_entity or set(given) - {query.params[0].name}:
        return None
    param = query.params[0]
    raw = given.get(param.name)
    bounds = number_range(param, raw) if raw and raw.strip() else None
    if bounds is None:
        return None
    fused = ranged(query.cypher(dialect.name), param.name)
    return (fused, {f"{param.name}_low": bounds[0], f"{param.name}_high": bounds[1]}) if fused else None


@cache
def ranged(cypher: str, name: str) -> str | None:
    """``cypher`` with each "x.id IN $name" a range of ids from $name_low to $name_high; None where the parameter is
    also used as a list (it then needs the ids themselves)."""
    test = re.compile(rf"\b(\w+)\.id IN \${name}\b")
    if cypher.count(f"${name}") != len(test.findall(cypher)):
        return None
    return test.sub(rf"\1.id >= ${name}_low AND \1.id < ${name}_high", cypher)


def present(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows as people read them: ``quotes`` columns (stored source JSON) become quote objects."""
    # every row of a statement has the same columns: most have no quotes and are returned as they are
    quoted = [k for k in (rows[0] if rows else ()) if k == "quotes" or k.endswith("_quotes")]
    if not quoted:
        return rows
    return [row | {k: _quotes(row[k]) for k in quoted} for row in rows]


def _quotes(value: Any) -> list[dict[str, Any]]:
    """Quote objects from stored source JSON: a list of them, or of lists of them (one per
    relationship, as a query returns them without concatenating lists in Cypher)."""
    if not isinstance(value, list):
        return []
    texts = [t for v in value for t in (v if isinstance(v, list) else [v]) if isinstance(t, str)]
    seen: set[tuple[Any, ...]] = set()
    out = []
    for source in rep.decode_sources(texts):
        key = (source.get("file"), source.get("start"), source.get("end"))
        if key not in seen:  # a sentence often states a node and its relationship at once
            seen.add(key)
            out.append(source)
    return out
