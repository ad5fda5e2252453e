"""The genre's vocabulary (``data/lexicon.toml``), loaded once and compiled into the forms the finders use."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from graph.schema import schema
from graph.text import tone_key, tone_placements

LEXICON_FILE = Path(__file__).parent / "data" / "lexicon.toml"


@dataclass(frozen=True)
class Lexicon:
    abbreviations: dict[str, str]
    functions: tuple[str, ...]
    function_by_key: dict[str, str]
    function_abbreviations: dict[str, str]  # "XD" → "Xây dựng", read only in a list after "các Sở:"
    company_abbreviations: dict[str, str]  # tone keys: "đtpt" → "đầu tư phát triển", read only in a company's name
    agency_heads: tuple[str, ...]
    organization_heads: tuple[str, ...]
    tails: dict[str, tuple[str, ...]]
    provinces: tuple[str, ...]
    province_by_key: dict[str, str]
    province_spellings: dict[str, str]  # tone key of another spelling → of the name
    surnames: frozenset[str]  # also the end of a body's name: "Thủ tướng Chính phủ Phạm Minh Chính"
    person_surnames: frozenset[str]  # with the ones read only where a person is expected
    posts: tuple[str, ...]
    chiefs: tuple[str, ...]  # a chief answers for the body named after the post
    chiefs_of_the_body_named: tuple[str, ...]  # "Chánh Thanh tra": the post's last words open the body's name
    cues: dict[str, tuple[str, ...]]
    synonyms: dict[str, str]
    stops: tuple[str, ...]
    compound_ends: frozenset[str]  # lower-case syllables that go on with a name after two capitalised words
    not_bodies: tuple[str, ...]
    topical: tuple[str, ...]
    generic: frozenset[str]  # tone keys
    unit_of: frozenset[str]
    company_heads: tuple[str, ...]
    managed_heads: tuple[str, ...]
    police_offices: tuple[str, ...]
    named_for_people: tuple[str, ...]
    described_heads: tuple[str, ...]
    ministries_only: tuple[str, ...]
    doc_types: dict[str, str]
    doc_type_by_name: dict[str, str]
    doc_type_variants: dict[str, str]  # "KHLT" → "KH": a code the contract lacks, typed as its closest type
    programmes: dict[str, tuple[str, ...]]  # a national programme's name → the words it goes by after "Chương trình"


def _longest_first(items: list[str]) -> tuple[str, ...]:
    return tuple(sorted(set(items), key=lambda s: (-len(s), s)))


def _both_tone_placements(items: list[str]) -> list[str]:
    """Each phrase as printed in the new tone placement and in the old ("Ủy"/"Uỷ", "Tòa"/"Toà")."""
    return list(dict.fromkeys(variant for item in items for variant in tone_placements(item)))


@cache
def lexicon() -> Lexicon:
    data = tomllib.loads(LEXICON_FILE.read_text(encoding="utf-8"))
    # ("Nông nghiệp và PTNT": a function half written by its initials, read as the function in full)
    variants: dict[str, str] = dict(data["functions"].get("variants", {}))
    functions = tuple(_both_tone_placements(data["functions"]["names"] + list(variants)))
    spellings: dict[str, str] = dict(data["provinces"].get("spellings", {}))
    doc_types = schema().doc_types
    by_name: dict[str, str] = {}
    for code, name in doc_types.items():
        by_name.setdefault(tone_key(name), code)
    by_name[tone_key("Văn bản")] = "CV"
    return Lexicon(
        abbreviations=dict(data["abbreviations"]),
        functions=functions,
        function_by_key={tone_key(f): variants.get(f, f) for f in functions},
        function_abbreviations=dict(data["functions"].get("abbreviations", {})),
        company_abbreviations={tone_key(k): tone_key(v) for k, v in data["companies"]["abbreviations"].items()},
        agency_heads=_longest_first(_both_tone_placements(data["heads"]["agency"])),
        organization_heads=_longest_first(data["heads"]["organization"]),
        tails={tone_key(k): _longest_first(v) for k, v in data["tails"].items()},
        provinces=_longest_first(data["provinces"]["names"] + list(spellings)),
        province_by_key={tone_key(p): p for p in data["provinces"]["names"]}
        | {tone_key(k): v for k, v in spellings.items()},
        province_spellings={tone_key(k): tone_key(v) for k, v in spellings.items()},
        surnames=frozenset(data["surnames"]["names"]),
        person_surnames=frozenset(data["surnames"]["names"] + data["surnames"].get("people_only", [])),
        posts=_longest_first(data["posts"]["names"]),
        chiefs=_longest_first(data["posts"]["chiefs"]),
        chiefs_of_the_body_named=_longest_first(data["posts"]["chiefs_of_the_body_named"]),
        cues={k: _longest_first(v) for k, v in data["cues"].items()},
        synonyms=dict(data["synonyms"]),
        stops=_longest_first(data["stops"]["words"]),
        compound_ends=frozenset(_both_tone_placements(data["stops"]["compound_ends"])),
        not_bodies=_longest_first(data["not_bodies"]["phrases"]),
        topical=tuple(data["heads"]["topical"]),
        generic=frozenset(tone_key(g) for g in data["heads"]["generic"]),
        unit_of=frozenset(tone_key(u) for u in data["heads"]["unit_of"]),
        company_heads=tuple(data["heads"]["company"]),
        managed_heads=tuple(data["heads"]["managed"]),
        police_offices=tuple(data["heads"]["police_offices"]),
        named_for_people=tuple(data["heads"]["named_for_people"]),
        described_heads=tuple(data["heads"]["described"]),
        ministries_only=tuple(data["functions"]["ministries_only"]),
        doc_types=dict(doc_types),
        doc_type_by_name=by_name,
        doc_type_variants={k: v for k, v in data.get("doc_type_variants", {}).items() if v in doc_types},
        programmes={k: _longest_first(v) for k, v in data.get("programmes", {}).items()},
    )


def initials(words: tuple[str, ...] | list[str] | set[str]) -> str:
    """A lookahead on the first letters of the words. Put before a pattern searched through a whole text, it
    lets the regex engine skip, in C, every position where none of them can begin."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words if w})) + "])"


def alternation(words: tuple[str, ...] | list[str], *, ignore_case: bool = False, wrapped: bool = False) -> str:
    """A regex matching any of the words, the longest that fits first.

    The words are laid out as a trie ("Sở (?:Tài (?:chính|nguyên …)|Xây dựng)"), so that at each position
    the engine follows one branch instead of trying hundreds of words in turn. The words that match at one
    position are prefixes of one another, and the trie tries the longer before the shorter: it matches
    exactly what the flat alternation sorted longest first matched. For a pattern compiled with IGNORECASE,
    pass ``ignore_case`` so that "Sở" and "sở" share one branch and that order holds. With ``wrapped`` a space
    in a word also matches a line break and the indent after it: a PDF's list wraps a name where its line is full
    ("Lao động -⏎Thương binh", "Tài nguyên và⏎  Môi trường")."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word.lower() if ignore_case else word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie, space=r"\s[ \t]*" if wrapped else None)


def alternation_not_after(words: tuple[str, ...] | list[str], not_after: str) -> str:
    """``(?<!not_after)`` followed by ``alternation(words)``, written so that the search skips in C every position
    where no word can begin: the pattern opens on a choice of literals, whose first letters the regex engine scans
    for. The lookbehind on the character before the word is asked where a word ends, as one of the width of the word
    read so far: at a letter that is no word's start but the inside of another word ("h" of "nhà", for "hiệp"), the
    trie fails on the next letters before any lookbehind is tried. ``not_after`` is one character class."""
    trie: dict[str, dict] = {}
    for word in words:
        if "\n" in word:
            raise ValueError("a word holds a line break, which the lookbehind's '.' does not match")
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if "" in trie:
        raise ValueError("an empty word has no first letter")
    branches = [re.escape(ch) + _trie_regex(child, not_after, 1) for ch, child in sorted(trie.items())]
    return "(?:" + "|".join(branches) + ")"


def branches_not_after(branches: tuple[str, ...] | list[str], not_after: str) -> str:
    """``(?<!not_after)(?:branch|…)``, written so that the search skips in C to the letters the branches open on:
    the branches that open on one letter are put under it, the lookbehind after it. Each branch is a pattern that
    opens on one literal letter; ``not_after`` is one character class."""
    if not all(b[:1].isalpha() for b in branches):
        raise ValueError("every branch opens on a literal letter")
    by_letter: dict[str, list[str]] = {}
    for b in branches:  # in their order: branches under one letter are tried as they were listed
        by_letter.setdefault(b[0], []).append(b[1:])
    return "(?:" + "|".join(f"{c}(?<!{not_after}.)(?:{'|'.join(rest)})" for c, rest in by_letter.items()) + ")"


def _trie_regex(node: dict[str, dict], not_after: str | None = None, depth: int = 0, space: str | None = None) -> str:
    branches = [
        (space if ch == " " and space else re.escape(ch)) + _trie_regex(child, not_after, depth + 1, space)
        for ch, child in sorted(node.items())
        if ch
    ]
    # where a word ends: nothing more, or (for alternation_not_after) the lookbehind on the character before the word
    end = "" if not_after is None else f"(?<!{not_after}.{{{depth}}})"
    if not branches:
        return end
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: the longer words go first, then this one
        return f"(?:{body}|{end})" if end else f"(?:{body})?"
    return body
