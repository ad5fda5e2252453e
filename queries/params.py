"""The typed parameters of saved queries: what a person may type, and what reaches the store.

Every value travels to the store as a Cypher parameter, never inside the statement. Entity
parameters (``document``, ``agency`` …) are what a person types (a number in any spacing, an
alias, a short name, or an id); ``queries.resolve`` turns them into the list of matching node ids
the Cypher receives, so a query only ever writes ``WHERE n.id IN $document``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from graph.text import ascii_fold


class QueryError(ValueError):
    """A query that cannot be run as asked; ``str()`` is a sentence for the person who asked."""


class NotFound(QueryError):
    """A parameter names something the graph does not hold."""


# entity parameter types and the labels their nodes may have
ENTITY_LABELS: dict[str, tuple[str, ...]] = {
    "document": ("Document",),
    "task": ("Task",),
    "agency": ("Agency", "Organization"),
    "project": ("Project",),
    "person": ("Person",),
    "entity": ("Document", "Agency", "Organization", "Person", "Project", "Task"),
}
SCALAR_TYPES = ("date", "int", "words")
PARAM_TYPES = frozenset([*ENTITY_LABELS, *SCALAR_TYPES])

# what a person reads in the help for each type
TYPE_HELP = {
    "document": "a document number in any spacing (06/KH-UBND), or an id",
    "task": "a task id",
    "agency": "a body's name or alias (Ban Quản lý), or an id",
    "project": "a project's name or short name (Tràng Cát), or an id",
    "person": "a person's name, or an id",
    "entity": "a name, number or id of anything in the graph",
    "date": "a date, YYYY-MM-DD",
    "int": "a whole number",
    "words": "words to find; case and diacritics do not matter",
}

MAX_INT = 10_000
MAX_TEXT = 500
_WORD = re.compile(r"[0-9a-z]+")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # a PARAM_TYPES member, or entity types joined by "|" ("document|task")
    doc: str
    required: bool = True
    default: str | None = None

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(self.kind.split("|"))

    @property
    def labels(self) -> tuple[str, ...]:
        """The node labels an entity parameter may name (empty for a scalar)."""
        out: list[str] = []
        for k in self.kinds:
            out += [lbl for lbl in ENTITY_LABELS.get(k, ()) if lbl not in out]
        return tuple(out)

    @property
    def is_entity(self) -> bool:
        return bool(self.labels)

    def help(self) -> str:
        types = " or ".join(TYPE_HELP[k] for k in self.kinds)
        extra = "optional" if not self.required and self.default is None else None
        if self.default is not None:
            extra = f"default {self.default}"
        return f"{self.doc} ({types}{'; ' + extra if extra else ''})"


def check_kind(kind: str) -> bool:
    kinds = kind.split("|")
    if len(kinds) > 1:
        return all(k in ENTITY_LABELS for k in kinds)
    return kind in PARAM_TYPES


def parse_scalar(param: Param, raw: str) -> Any:
    """The value a scalar parameter takes from what a person typed; QueryError when it cannot."""
    text = raw.strip()
    if param.kind == "date":
        if text == "today":
            return dt.date.today().isoformat()
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            raise QueryError(f"The parameter {param.name} must be a date written YYYY-MM-DD, not {raw!r}.") from None
    if param.kind == "int":
        try:
            value = int(text)
        except ValueError:
            raise QueryError(f"The parameter {param.name} must be a whole number, not {raw!r}.") from None
        if not 1 <= value <= MAX_INT:
            raise QueryError(f"The parameter {param.name} must be between 1 and {MAX_INT}, not {value}.")
        return value
    if param.kind == "words":
        return fulltext_words(param.name, text)
    raise QueryError(f"The parameter {param.name} is not a scalar parameter.")  # pragma: no cover - guarded by callers


def check_length(param: Param, raw: str) -> str:
    text = raw.strip()
    if not text:
        raise QueryError(f"The parameter {param.name} is empty; give {TYPE_HELP[param.kinds[0]]}.")
    if len(text) > MAX_TEXT:
        raise QueryError(f"The parameter {param.name} is longer than {MAX_TEXT} characters.")
    if has_control_characters(text):
        raise QueryError(f"The parameter {param.name} contains control characters, which no name or number has.")
    return text


# Unicode's control characters (category Cc) and surrogates (Cs), as one pattern: a test per
# character in Python cost more than the rest of checking a parameter
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def has_control_characters(text: str) -> bool:
    """Characters nobody types in a name (NUL and the like; FalkorDB cannot take them as parameters)."""
    return _CONTROL.search(text) is not None


def words(text: str) -> list[str]:
    """The folded words of ``text``: lower case, no diacritics, letters and digits only."""
    return _WORD.findall(ascii_fold(text))


def fulltext_words(name: str, text: str) -> str:
    """A full-text query both engines read as "all these words": letters and digits only, so no
    query operator of RediSearch or Lucene can come from the person typing."""
    found = words(text[:MAX_TEXT])
    if not found:
        raise QueryError(f"The parameter {name} has no letters or digits to search for.")
    return " ".join(found)
