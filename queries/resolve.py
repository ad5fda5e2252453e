"""From what a person types to the ids of the nodes meant: "06 / KH-UBND", "Ban Quản lý", "Tràng Cát".

The text is folded in Python (graph.text) and sent as a parameter to fixed statements: an exact
id lookup, the store's full-text index over ``search_key`` (each store's own syntax, from its
dialect), and, when the index finds nothing (a word cut short), a ``CONTAINS`` scan. The
candidates are then ranked here: a document number that is the same once spacing, case,
diacritics and the Party hyphen are set aside, or a name or alias that is the same once folded,
beats a mere match of every word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from graph.store import CypherStore, StoreError
from graph.store import representation as rep
from graph.text import ascii_fold, number_key
from queries.params import NotFound, Param, QueryError, check_length, words

ID_PREFIXES = {
    "doc:": "Document",
    "agency:": "Agency",
    "org:": "Organization",
    "person:": "Person",
    "project:": "Project",
    "task:": "Task",
}
CANDIDATES = 50  # per label and per way of looking; more would only be weaker matches
MAX_IDS = 20  # a parameter that matches more than this is too vague to be useful

# labels below come from the fixed table above, never from what a person types
_BY_ID = {lbl: f"MATCH (n:{lbl}) WHERE n.id = $id RETURN n.id AS id" for lbl in ID_PREFIXES.values()}
_CONTAINS = {
    lbl: f"MATCH (n:{lbl}) WHERE n.{rep.SEARCH_KEY} CONTAINS $text "
    f"RETURN n.id AS id, n.number AS number, n.name AS name, n.{rep.SEARCH_KEY} AS search_key LIMIT $limit"
    for lbl in ID_PREFIXES.values()
}
# something shaped like a document number inside a longer text: "Công văn số 7857/VP-XD3"
_NUMBER_IN_TEXT = re.compile(r"\d+(?:\s*[-/]\s*[\wĐđ.]+)+")


def label_of_id(text: str) -> str | None:
    for prefix, label in ID_PREFIXES.items():
        if text.startswith(prefix):
            return label
    return None


def _what(param: Param) -> str:
    return " or ".join(param.kinds).replace("entity", "node")


def resolve(store: CypherStore, param: Param, raw: str) -> list[str]:
    """The ids of the nodes ``raw`` names, best matches only; NotFound as a sentence when none."""
    text = check_length(param, raw)
    label = label_of_id(text)
    if label is not None:
        if label not in param.labels:
            raise QueryError(f"The parameter {param.name} must name a {_what(param)}, and {text!r} is not one.")
        ids = [str(r["id"]) for r in store.query(_BY_ID[label], {"id": text})]
        if not ids:
            raise NotFound(f"There is no {label.lower()} with the id {text!r} in the graph.")
        return ids
    found = _ranked(_candidates(store, param.labels, text), text)
    if not found:
        raise NotFound(f"No {_what(param)} in the graph matches {text!r}.")
    return found[:MAX_IDS]


def _candidates(store: CypherStore, labels: Iterable[str], text: str) -> list[dict[str, Any]]:
    query = " ".join(words(text))
    number = _NUMBER_IN_TEXT.search(text)
    if number and number.group(0) != text:
        query = " ".join(words(number.group(0)))
    if not query:
        return []
    rows: list[dict[str, Any]] = []
    for label in labels:
        statement = store.dialect.fulltext_search(label)
        try:
            hits = store.query(statement.cypher, {"query": query, "limit": CANDIDATES})
        except StoreError:
            hits = []  # a query of stop words only, which the index refuses; the scan below still looks
        rows += [h["node"] for h in hits]
    if rows:
        return rows
    folded = ascii_fold(text)
    for label in labels:
        rows += store.query(_CONTAINS[label], {"text": folded, "limit": CANDIDATES})
    return rows


def _number_key(text: str) -> str:
    return ascii_fold(number_key(text))


def _ranked(candidates: list[dict[str, Any]], text: str) -> list[str]:
    folded = ascii_fold(text)
    wanted_number = _number_key(text)
    in_text = _NUMBER_IN_TEXT.search(text)
    numbers = {wanted_number} | ({_number_key(in_text.group(0))} if in_text else set())
    wanted_words = set(words(text))
    exact: list[str] = []
    partial: list[str] = []
    for node in candidates:
        node_id = str(node.get("id"))
        key = str(node.get(rep.SEARCH_KEY) or "")
        terms = key.split(rep.SEARCH_KEY_SEPARATOR)
        number = node.get("number")
        if (isinstance(number, str) and _number_key(number) in numbers) or folded in terms:
            exact.append(node_id)
        elif wanted_words <= set(words(key)) or folded in key:
            partial.append(node_id)
    return list(dict.fromkeys(sorted(exact) or sorted(partial)))


def statements() -> dict[str, str]:
    """The fixed statements of this module by a name (the full-text ones are the store dialect's)."""
    return {f"resolve:id:{lbl}": c for lbl, c in _BY_ID.items()} | {
        f"resolve:contains:{lbl}": c for lbl, c in _CONTAINS.items()
    }
