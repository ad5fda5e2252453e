"""The word lists' regexes: the trie layout must match exactly what a flat alternation, longest first, matched."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.lexicon import alternation, lexicon

# a small alphabet, so that words share prefixes and texts hold many near-misses
_letters = st.sampled_from(list("aăbSsởở đĐ-."))
_words = st.lists(st.text(_letters, min_size=1, max_size=6), min_size=1, max_size=12)


def _flat(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@settings(max_examples=400, deadline=None)
@given(words=_words, text=st.text(_letters, max_size=40))
def test_trie_matches_what_the_longest_first_alternation_matches(words: list[str], text: str) -> None:
    # a suffix that can fail forces the engine to back off to shorter words, as the real patterns do
    trie = re.compile(f"(?:{alternation(words)})(?![ab])")
    flat = re.compile(f"(?:{_flat(words)})(?![ab])")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(words=_words, text=st.text(_letters, max_size=40))
def test_case_insensitive_trie_matches_the_same(words: list[str], text: str) -> None:
    trie = re.compile(f"(?:{alternation(words, ignore_case=True)})(?![ab])", re.IGNORECASE)
    flat = re.compile(f"(?:{_flat(words)})(?![ab])", re.IGNORECASE)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_the_real_word_lists_find_the_same_names() -> None:
    lex = lexicon()
    text = "Sở Tài nguyên và Môi trường, Ủy ban nhân dân tỉnh Quảng Ngãi, Ban Chỉ đạo, Bộ Tư pháp, Văn phòng"
    for words in (lex.agency_heads + lex.organization_heads, lex.provinces, lex.functions, lex.posts):
        trie, flat = re.compile(alternation(words)), re.compile(_flat(list(words)))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
