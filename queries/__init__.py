"""Saved queries: investigators' questions kept as ``.cypher`` files in ``queries/saved``.

``catalogue()`` lists them, ``run(store, name, params)`` answers one from what a person typed
(``queries.params`` for the types, ``queries.resolve`` for names and numbers). Every query runs on
the embedded FalkorDB store and on Neo4j; the rare statement the two write differently is a
``// dialect:`` variant inside the same file.
"""

from queries.library import CatalogueError, SavedQuery, catalogue, saved_query
from queries.params import NotFound, Param, QueryError
from queries.runner import run

__all__ = ["CatalogueError", "NotFound", "Param", "QueryError", "SavedQuery", "catalogue", "run", "saved_query"]
