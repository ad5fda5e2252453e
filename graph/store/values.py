"""Query results as plain Python values, the same whatever the backend returned.

A node becomes ``{"_labels": [...], **properties}``, a relationship ``{"_type": T, **properties}``,
a path ``{"nodes": [...], "relationships": [...]}``, dates and times their ISO text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any


def plain(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    converted = _falkordb_value(value)
    if converted is not _UNKNOWN:
        return converted
    converted = _neo4j_value(value)
    if converted is not _UNKNOWN:
        return converted
    return str(value)


_UNKNOWN = object()


def _falkordb_value(value: Any) -> Any:
    from falkordb.edge import Edge
    from falkordb.node import Node
    from falkordb.path import Path

    if isinstance(value, Node):
        return {"_labels": list(value.labels or []), **plain(value.properties)}
    if isinstance(value, Edge):
        return {"_type": value.relation, **plain(value.properties)}
    if isinstance(value, Path):
        return {"nodes": plain(value.nodes()), "relationships": plain(value.edges())}
    return _UNKNOWN


def _neo4j_value(value: Any) -> Any:
    try:
        from neo4j import graph as neo4j_graph
    except ImportError:  # pragma: no cover - neo4j is a dependency, but the embedded path must not need it
        return _UNKNOWN
    if isinstance(value, neo4j_graph.Node):
        return {"_labels": sorted(value.labels), **plain(dict(value.items()))}
    if isinstance(value, neo4j_graph.Relationship):
        return {"_type": value.type, **plain(dict(value.items()))}
    if isinstance(value, neo4j_graph.Path):
        return {"nodes": plain(list(value.nodes)), "relationships": plain(list(value.relationships))}
    iso = getattr(value, "iso_format", None)  # neo4j.time values
    if callable(iso):
        return iso()
    return _UNKNOWN
