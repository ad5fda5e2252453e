"""The extractor on text it was never written for: pieces of real reports cut and glued at random.
Whatever it is given, it returns a graph that follows the contract, with every quote a slice of the text."""

from __future__ import annotations

import random
import time
from pathlib import Path

from loaders.errors import LoaderError
from loaders.pipeline import extract_text
from loaders.repair import repair

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))


def _pieces(rng: random.Random) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    out = []
    for _ in range(rng.randint(1, 4)):
        t = rng.choice(texts)
        a = rng.randrange(len(t))
        out.append(t[a : a + rng.randint(0, 3000)])
    return out


def test_random_cuts_of_real_reports_give_valid_graphs() -> None:
    rng = random.Random(20261127)
    slowest = 0.0
    for case in range(150):
        text = "\n".join(_pieces(rng))
        started = time.perf_counter()
        try:
            graph = extract_text([text], f"case-{case}.txt")
        except LoaderError as exc:
            assert "holds no text" in str(exc), exc
            continue
        slowest = max(slowest, time.perf_counter() - started)
        graph.validate()
        repaired = repair([text]).text
        for item in graph.elements():
            for s in item.sources:
                assert repaired[s.start : s.end] == s.quote
    assert slowest < 5.0


def test_odd_text_gives_a_graph_or_a_sentence() -> None:
    for text in ["\n\n\n", "Số:", "Kính gửi:", "Nơi nhận:\n-", "KT. CHỦ TỊCH\n", "a" * 20000, "1/2/3/4 " * 500]:
        try:
            extract_text([text], "odd.txt").validate()
        except LoaderError as exc:
            assert "odd.txt" in str(exc)
