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
    return [present(row) for row in rows]


def present(row: dict[str, Any]) -> dict[str, Any]:
    """A row as people read it: ``quotes`` columns (stored source JSON) become quote objects."""
    return {k: _quotes(v) if k == "quotes" or k.endswith("_quotes") else v for k, v in row.items()}


def _quotes(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    seen: set[tuple[Any, ...]] = set()
    out = []
    for source in rep.decode_sources([v for v in value if isinstance(v, str)]):
        key = (source.get("file"), source.get("start"), source.get("end"))
        if key not in seen:  # a sentence often states a node and its relationship at once
            seen.add(key)
            out.append(source)
    return out
