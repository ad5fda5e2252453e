"""Neo4j's linter passes every statement the store sends (needs `npm ci` in .ci/cypher-lint)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from graph.store.dump_statements import lint_schema, statements

LINT_DIR = Path(__file__).resolve().parents[1] / ".ci" / "cypher-lint"


@pytest.mark.skipif(
    shutil.which("node") is None or not (LINT_DIR / "node_modules").is_dir(),
    reason="run `npm ci` in .ci/cypher-lint first (node 20)",
)
def test_every_store_statement_passes_neo4js_linter(tmp_path: Path) -> None:
    (tmp_path / "statements.json").write_text(json.dumps(statements()), encoding="utf-8")
    (tmp_path / "schema.json").write_text(json.dumps(lint_schema()), encoding="utf-8")
    result = subprocess.run(
        [
            "node",
            str(LINT_DIR / "lint.mjs"),
            str(tmp_path / "statements.json"),
            str(tmp_path / "schema.json"),
            "--strict",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_statements_cover_both_write_paths_and_every_edge_group() -> None:
    texts = [s["cypher"] for s in statements()]
    assert sum(t.count("MERGE (a)-[e:") for t in texts) == sum(t.count("CREATE (a)-[e:") for t in texts) > 17
    assert all("$" not in t or s["parameters"] for t, s in zip(texts, statements(), strict=True))
