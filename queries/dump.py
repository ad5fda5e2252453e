"""Every statement the queries package can send, as JSON ``{name: cypher}``, for the Neo4j linter.

    python -m queries.dump [--dialect neo4j|falkordb]

Saved queries give their text for the dialect asked (default neo4j, the one the linter knows);
the entity page, graph view and name resolution statements are the same for both.
"""

from __future__ import annotations

import argparse
import json

from queries import resolve, views
from queries.library import DIALECTS, catalogue
from queries.runner import ranged


def statements(dialect: str = "neo4j") -> dict[str, str]:
    out = {f"saved:{q.name}": q.cypher(dialect) for q in catalogue().values()}
    # (and each query's one-statement form for a document number typed alone: queries.runner.by_number)
    for q in catalogue().values():
        if len(q.params) == 1 and "Document" in q.params[0].labels:
            text = ranged(q.cypher(dialect), q.params[0].name)
            if text:
                out[f"saved:{q.name}:by_number"] = text
    out |= views.statements()
    out |= resolve.statements()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dialect", choices=DIALECTS, default="neo4j")
    args = parser.parse_args()
    print(json.dumps(statements(args.dialect), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
