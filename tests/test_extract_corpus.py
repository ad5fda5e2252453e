"""The extractor scored on every gold of the dev corpus with the project's shared scorer.

The shared corpus sits beside a CI checkout (``../shared``) but not in a user's clone: these tests skip
with a reason where it is absent.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from loaders.pipeline import extract_file

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "tools" / "score_extraction.py"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared (corpus and scorer) is not beside this checkout")

# What the extractor reaches today, per file: a change that falls below is a regression.
FLOORS = {
    "011": (0.90, 0.90),
    "014": (0.90, 0.90),
    "016": (0.88, 0.55),
    "018": (0.90, 0.80),
    "021": (0.90, 0.78),
    "030": (0.75, 0.65),
    "035": (0.90, 0.55),
    "bql-hp-pctn-6t-2024": (0.85, 0.45),
}
# What issue 2 asks of every gold.
TARGET = (0.95, 0.90)


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(name: str, source: str = "txt") -> dict:  # type: ignore[type-arg]
    gold = json.loads((DEV / f"{name}.gold.json").read_text(encoding="utf-8"))
    pred = extract_file(DEV / f"{name}.{source}").to_dict()
    for node in pred["nodes"]:  # the scorer matches the file's own node by its file name
        if node["properties"].get("source_file"):
            node["properties"]["source_file"] = f"{name}.txt"
    text = (DEV / f"{name}.txt").read_text(encoding="utf-8")
    return _scorer().score(gold, pred, text)  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dev_gold_scores_hold(name: str) -> None:
    result = _score(name)
    ent, rel = FLOORS[name]
    assert result["entities"]["f1"] >= ent, result["unmatched_gold_entities"]
    assert result["relations"]["f1"] >= rel, (result["missed_relations"], result["false_relations"])
    assert result["provenance_valid"] == 1.0


@pytest.mark.xfail(reason="issue 2's target (entity F1 ≥ 0.95, relation F1 ≥ 0.90 on every gold) is not reached yet")
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dev_gold_reaches_the_target(name: str) -> None:
    result = _score(name)
    assert result["entities"]["f1"] >= TARGET[0] and result["relations"]["f1"] >= TARGET[1]
