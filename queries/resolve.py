"""From what a person types to the ids of the nodes meant: "06 / KH-UBND", "Ban Quản lý", "Tràng Cát".

The text is folded in Python (graph.text) and sent as a parameter to fixed statements. An id is
looked up on the id index. A document number is looked up on the id index too, since a document's
id starts with its number key (``doc:06/KH-UBND|2024|…``): the number as typed, in any spacing or
case, is one index range read. Only when that finds nothing (a number typed without its
diacritics, a name, a word) is the store's full-text index over ``search_key`` asked, one
statement for every label the parameter may name, and, when the index finds nothing either (a word
cut short), a ``CONTAINS`` scan. The candidates are then ranked here: a document number that is
the same once spacing, case, diacritics and the Party hyphen are set aside, or a name or alias
that is the same once folded, beats a mere match of every word.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from functools import cache
from typing import Any

from graph.store import CypherStore, StoreError
from graph.store import representation as rep
from graph.store.dialect import Dialect, FalkorDBDialect, Neo4jDialect
from graph.store.statements import checked_label
from graph.text import number_key
from queries.params import NotFound, Param, QueryError, check_length
from queries.steps import Request, Rows, drive

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
# the candidate's columns the ranking reads: only these travel, not the whole node with its quotes
_COLUMNS = f"n.id AS id, n.number AS number, n.{rep.SEARCH_KEY} AS search_key"
# a document's id is "doc:" + its number key + "|" + year and issuer (loaders.pipeline.document_id);
# "}" is the character after "|", so the range holds every id with that number key and no other
BY_NUMBER = f"MATCH (n:Document) WHERE n.id >= $low AND n.id < $high RETURN {_COLUMNS}"
# something shaped like a document number inside a longer text: "Công văn số 7857/VP-XD3"
_NUMBER_IN_TEXT = re.compile(r"\d+(?:\s*[-/]\s*[\wĐđ.]+)+")
_fold = rep.fold  # graph.text.ascii_fold, computed by a translation table
_WORD = re.compile(r"[0-9a-z]+")


def label_of_id(text: str) -> str | None:
    for prefix, label in ID_PREFIXES.items():
        if text.startswith(prefix):
            return label
    return None


def _what(param: Param) -> str:
    return " or ".join(param.kinds).replace("entity", "node")


def _words(text: str) -> list[str]:
    """queries.params.words, on text already folded."""
    return _WORD.findall(text)


def number_range(param: Param, raw: str) -> tuple[str, str] | None:
    """For a document number typed alone ("06 / KH-UBND"), the range of the ids that hold its number key (what
    ``resolve`` reads first); None for any other text."""
    text = check_length(param, raw)
    if "Document" not in param.labels or label_of_id(text) is not None:
        return None
    number = _NUMBER_IN_TEXT.search(text)
    if number is None or number.group(0) != text:
        return None
    key = number_key(text)
    if "|" in key:  # the separator of the id's parts: such a key could reach other numbers
        return None
    return f"doc:{key}|", f"doc:{key}}}"


def resolve(store: CypherStore, param: Param, raw: str) -> list[str]:
    """The ids of the nodes ``raw`` names, best matches only; NotFound as a sentence when none."""
    return drive(resolve_steps(store.dialect, param, raw), store.query)


def resolve_steps(dialect: Dialect, param: Param, raw: str) -> Generator[Request, Rows, list[str]]:
    """``resolve`` as steps (queries.steps): the statements it needs, one after another."""
    text = check_length(param, raw)
    label = label_of_id(text)
    if label is not None:
        if label not in param.labels:
            raise QueryError(f"The parameter {param.name} must name a {_what(param)}, and {text!r} is not one.")
        ids = [str(r["id"]) for r in (yield (_BY_ID[label], {"id": text}))]
        if not ids:
            raise NotFound(f"There is no {label.lower()} with the id {text!r} in the graph.")
        return ids
    number = _NUMBER_IN_TEXT.search(text)
    if number is not None and number.group(0) == text and "Document" in param.labels:
        bounds = number_range(param, text)
        if bounds is not None:
            exact, _ = _matches((yield (BY_NUMBER, {"low": bounds[0], "high": bounds[1]})), text)
            if exact:
                return exact[:MAX_IDS]
    exact, partial = _matches((yield from _candidates(dialect, param.labels, text, number)), text)
    found = exact or partial
    if not found:
        raise NotFound(f"No {_what(param)} in the graph matches {text!r}.")
    return found[:MAX_IDS]


def _candidates(
    dialect: Dialect, labels: tuple[str, ...], text: str, number: re.Match[str] | None
) -> Generator[Request, Rows, Rows]:
    query = " ".join(_words(_fold(text)))
    if number and number.group(0) != text:
        query = " ".join(_words(_fold(number.group(0))))
    if not query:
        return []
    try:
        rows = yield (fulltext_statement(dialect, labels), {"query": query, "limit": CANDIDATES})
    except StoreError:
        rows = []  # a query of stop words only, which the index refuses; the scan below still looks
    if rows:
        return rows
    return (yield (contains_statement(dialect, labels), {"text": _fold(text), "limit": CANDIDATES}))


@cache
def fulltext_statement(dialect: Dialect, labels: tuple[str, ...]) -> str:
    """The store's full-text search of each label (its dialect's statement, best ``$limit`` per
    label), in one statement: one round trip whatever the number of labels."""
    branches = "\nUNION ALL\n".join(dialect.fulltext_search(label).cypher for label in labels)
    return f"{dialect.subquery([])}\n{branches}\n}}\nWITH node AS n\nRETURN {_COLUMNS}"


@cache
def contains_statement(dialect: Dialect, labels: tuple[str, ...]) -> str:
    """A scan of each label for nodes whose search_key holds $text, at most ``$limit`` per label."""
    branches = "\nUNION ALL\n".join(
        f"MATCH (n:{checked_label(lbl)}) WHERE n.{rep.SEARCH_KEY} CONTAINS $text RETURN {_COLUMNS} LIMIT $limit"
        for lbl in labels
    )
    return f"{dialect.subquery([])}\n{branches}\n}}\nRETURN id, number, search_key"


def _number_key(text: str) -> str:
    return _fold(number_key(text))


def _matches(candidates: list[dict[str, Any]], text: str) -> tuple[list[str], list[str]]:
    """The ids of the candidates that match ``text`` exactly and, when none does, of those that hold
    its words (only then are they looked for: the ranking uses them only then)."""
    folded = _fold(text)
    in_text = _NUMBER_IN_TEXT.search(text)
    numbers = {_number_key(text)}
    if in_text is not None and in_text.group(0) != text:
        numbers.add(_number_key(in_text.group(0)))
    wanted_words: set[str] | None = None
    exact: list[str] = []
    partial: list[str] = []
    for node in candidates:
        number = node.get("number")
        key = str(node.get(rep.SEARCH_KEY) or "")
        if (isinstance(number, str) and _number_key(number) in numbers) or folded in key.split(
            rep.SEARCH_KEY_SEPARATOR
        ):
            exact.append(str(node.get("id")))
        elif not exact:
            if wanted_words is None:
                wanted_words = set(_words(folded))
            if wanted_words <= set(_words(_fold(key))) or folded in key:
                partial.append(str(node.get("id")))
    return list(dict.fromkeys(sorted(exact))), list(dict.fromkeys(sorted(partial)))


def _label_sets() -> list[tuple[str, ...]]:
    from queries.library import catalogue
    from queries.params import ENTITY_LABELS

    found = {labels: None for labels in ENTITY_LABELS.values()}
    for query in catalogue().values():
        found |= {p.labels: None for p in query.params if p.is_entity}
    return list(found)


def statements(dialect: str = "neo4j") -> dict[str, str]:
    """The fixed statements of this module by a name, the full-text ones for every set of labels a
    parameter may name (built from the store dialect's own full-text statement)."""
    store_dialect: Dialect = Neo4jDialect() if dialect == "neo4j" else FalkorDBDialect()
    out = {f"resolve:id:{lbl}": c for lbl, c in _BY_ID.items()}
    out["resolve:number"] = BY_NUMBER
    for labels in _label_sets():
        out[f"resolve:fulltext:{'|'.join(labels)}"] = fulltext_statement(store_dialect, labels)
        out[f"resolve:contains:{'|'.join(labels)}"] = contains_statement(store_dialect, labels)
    return out
