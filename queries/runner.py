"""Run a saved query: check and resolve what a person typed, pick the store's variant, shape the rows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graph.store import CypherStore
from graph.store import representation as rep
from queries.library import SavedQuery, saved_query
from queries.params import Param, QueryError, parse_scalar
from queries.resolve import resolve


def bind(store: CypherStore, query: SavedQuery, given: Mapping[str, str | None]) -> dict[str, Any]:
    """The Cypher parameters of ``query`` from what a person typed (text per parameter name)."""
    known = {p.name for p in query.params}
    unknown = sorted(set(given) - known)
    if unknown:
        takes = ", ".join(sorted(known)) or "no parameters"
        raise QueryError(f"The query {query.name} has no parameter {unknown[0]!r}; it takes {takes}.")
    return {p.name: _value(store, p, given.get(p.name)) for p in query.params}


def _value(store: CypherStore, param: Param, raw: str | None) -> Any:
    if raw is None or not raw.strip():
        if param.default is not None:
            raw = param.default
        elif param.required:
            raise QueryError(f"The parameter {param.name} is required: {param.help()}.")
        else:
            return None
    if param.is_entity:
        return resolve(store, param, raw)
    return parse_scalar(param, raw)


def run(store: CypherStore, name: str, given: Mapping[str, str | None] | None = None) -> list[dict[str, Any]]:
    """The rows of the saved query ``name``; QueryError (a sentence) when it cannot be run as asked."""
    query = saved_query(name)
    params = bind(store, query, given or {})
    rows = store.query(query.cypher(store.dialect.name), params)
    return present(rows)


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
