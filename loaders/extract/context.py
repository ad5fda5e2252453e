"""What every stage of one file's extraction shares: the text, the graph being built, the bodies met."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from graph.model import Edge, Graph, Node, Source
from graph.schema import schema
from loaders.extract.bodies import BodyMention, Locality, identity_key, scope
from loaders.repair import Text

_CLAUSE_END = re.compile(r"(?<=[.;!?])\s+(?=\S)|\n")
_AFTER_STOP = re.compile(r"[.;!?](\s+)(?=\S)")  # found fast: it opens on one of four characters
MAX_QUOTE = 400


def clause_ends(s: str) -> tuple[list[int], list[int]]:
    """Starts and ends of ``_CLAUSE_END.finditer(s)``: the white run after a stop that text follows, and any
    other line break, one by one. Found without trying ``_CLAUSE_END`` at every position."""
    starts: list[int] = []
    ends: list[int] = []
    runs = [m.span(1) for m in _AFTER_STOP.finditer(s)]
    nl = s.find("\n")
    for a, b in runs:
        while 0 <= nl < a:
            starts.append(nl)
            ends.append(nl + 1)
            nl = s.find("\n", nl + 1)
        starts.append(a)
        ends.append(b)
        if nl >= 0:
            nl = s.find("\n", b)
    while nl >= 0:
        starts.append(nl)
        ends.append(nl + 1)
        nl = s.find("\n", nl + 1)
    return starts, ends


def line_start_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that opens on a multi-line "^" and never matches empty: tried only
    at the start of each line, where the search would try every position."""
    pos = at = 0
    while at >= 0:
        if at >= pos:
            m = pattern.match(text, at)
            if m:
                yield m
                pos = m.end()
        at = text.find("\n", at) + 1 or -1  # after the next line break; -1 past the last


# "(sau đây gọi tắt là …)": a short name declared for what was just named, up to that name
SHORT_NAME_DECLARED = r"\((?:[Ss]au đây )?(?:gọi|viết)(?: tắt)? là\s+"
# the declaration right after what it names, its short name in group 1: "… (sau đây gọi là Ban Quản lý)"
SHORT_NAME = re.compile(rf"\s*{SHORT_NAME_DECLARED}([^)]{{2,40}})\)")


def cued_matches(
    pattern: re.Pattern[str], text: str, start: int, stop: int, cues: tuple[str, ...], lead: int = 0
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, stop)`` for a pattern that never matches empty and holds one of ``cues``
    ``lead`` characters after the start of every match: tried only there. ``str.find`` finds the cues, in C and far
    faster than the regex engine's search, which tries the pattern at every position or every letter it opens on."""
    ahead = [text.find(cue, start + lead, stop) for cue in cues]  # each cue's next place, -1 past its last
    pos = start
    while True:
        at = -1
        for i, cue in enumerate(cues):
            if 0 <= ahead[i] < pos + lead:
                ahead[i] = text.find(cue, pos + lead, stop)
            if ahead[i] >= 0 and (at < 0 or ahead[i] < at):
                at = ahead[i]
        if at < 0:
            return
        m = pattern.match(text, at - lead, stop)
        if m is not None:
            yield m
            pos = m.end()
        else:
            pos = at - lead + 1


@dataclass
class DocRef:
    """A document met in the text, cited or the file's own."""

    key: str  # the tidied number's key, or "self"
    number: str | None
    doc_type: str | None
    date: str | None = None
    issuer: str | None = None  # node id of the issuing body
    issuer_rank: int = 99  # lower is surer
    co_issuers: list[str] = field(default_factory=list)  # "của A, B và C": a joint document
    title: str | None = None
    title_span: tuple[int, int] | None = None  # where the file's own subject line is
    party: bool = False
    year: str | None = None
    issuer_code: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    node: Node | None = None


# the heads of bodies a document names in full once, then by the head alone (with or without their place)
_SHORTENED = ("Ban Chỉ đạo", "Ban Chỉ huy", "Tổ công tác")
_SHORTENED_HEAD = re.compile(rf"(?:thường trực )?(?:{'|'.join(h.lower() for h in _SHORTENED)})(?= |$)")  # in a key
# (the head alone, or with a place only: "Ban Chỉ đạo chuyển đổi số tỉnh" is a body of its own)
_SHORT_FORM = re.compile(
    rf"(?:Thường trực )?(?:{'|'.join(_SHORTENED)})(?: (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường) .+)?"
)


@dataclass
class Context:
    text: Text
    source_file: str
    graph: Graph = field(default_factory=Graph)
    locality: Locality | None = None
    self_id: str = ""
    docs: dict[str, DocRef] = field(default_factory=dict)
    # canonical key → node id, and every alias key → node id
    body_ids: dict[str, str] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)
    # "(sau đây viết tắt là BHXH các tỉnh)": a short name the document gives one body or a list of them
    short_names: dict[str, list[str]] = field(default_factory=dict)

    @property
    def s(self) -> str:
        return self.text.text

    # ---- sources -------------------------------------------------------------------------------
    @cached_property
    def _clause_ends(self) -> tuple[list[int], list[int]]:
        return clause_ends(self.s)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause or sentence around a span, trimmed to a quotable length and to one page."""
        s = self.s
        starts, ends = self._clause_ends
        i = bisect.bisect_right(ends, start) - 1
        left = ends[i] if i >= 0 else 0
        j = bisect.bisect_left(starts, end)
        right = starts[j] if j < len(starts) else len(s)
        if right - left > MAX_QUOTE:
            cut_left, cut_right = max(left, start - MAX_QUOTE // 2), min(right, max(end, left + MAX_QUOTE))
            # a quote cut for length starts and ends on whole words: "ối năm 2025" reads as an error
            if cut_left > left:
                space = s.find(" ", cut_left, start)
                left = space + 1 if space >= 0 else cut_left
            if cut_right < right:
                space = s.rfind(" ", end, cut_right)
                right = space if space >= 0 else cut_right
        seams = self.text.seams
        i = bisect.bisect_right(seams, left)
        if i < len(seams) and seams[i] < right:
            seam = seams[i]
            left, right = (left, seam) if start < seam else (seam, right)
        while left < right and s[left].isspace():
            left += 1
        while right > left and s[right - 1].isspace():
            right -= 1
        return left, right

    def source(self, start: int, end: int, *, exact: bool = False) -> Source:
        if not exact:
            start, end = self.clause(start, end)
        return Source(self.self_id, start, end, self.s[start:end])

    # ---- nodes and edges -----------------------------------------------------------------------
    def node(self, node_id: str, label: str, props: dict[str, object], span: tuple[int, int]) -> Node:
        return self.graph.add_node(Node(node_id, label, dict(props), [self.source(*span)]))

    def edge(self, rel: str, source: str, target: str, span: tuple[int, int], **props: object) -> Edge | None:
        """Add an edge the contract allows between these two nodes; any other is not added."""
        if source == target:
            return None
        a, b = self.graph.nodes.get(source), self.graph.nodes.get(target)
        if a is None or b is None or schema().check_edge(rel, a.label, b.label):
            return None
        return self.graph.add_edge(Edge(rel, source, target, dict(props), [self.source(*span)]))

    # ---- bodies --------------------------------------------------------------------------------
    def _named_in_full(self, key: str) -> str | None:
        """The one body of the document whose full name a short one stands for: "Ban Chỉ đạo tỉnh", "Thường trực
        Ban Chỉ đạo" after "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh" (and its standing office)."""
        head = _SHORTENED_HEAD.match(key)
        if head is None:
            return None
        place = key[head.end() :]
        found = {
            node_id
            for k, node_id in self.body_ids.items()
            if k.startswith(head.group()) and k.endswith(place) and len(k) > len(key) and k[head.end() :].strip()
        }
        return found.pop() if len(found) == 1 else None

    def declared_at(self, at: int) -> list[str]:
        """The bodies a short name the document declared stands for, where that name is written at ``at``."""
        for name, ids in self.short_names.items():
            if self.s.startswith(name, at) and not self.s[at + len(name) : at + len(name) + 1].isalnum():
                return ids
        return []

    def named_short(self, node_id: str, mention: BodyMention) -> str:
        """A mention by the short name the document gave ``node_id``'s body: one more alias and quote of it."""
        node = self.graph.nodes[node_id]
        name = node.properties["name"]
        aliases = [mention.surface] if mention.surface != name else []
        self.node(node_id, node.label, {"name": name, "aliases": aliases}, (mention.start, mention.end))
        return node_id

    def body(self, mention: BodyMention) -> str | None:
        """The node id of the body a mention names, creating it; None for a name that is not one body."""
        name = scope(mention, self.locality)
        if name is None:
            return None
        key = identity_key(name)
        node_id = self.body_ids.get(key) or (self._named_in_full(key) if _SHORT_FORM.fullmatch(name) else None)
        if node_id is not None:
            self.body_ids.setdefault(key, node_id)
        else:
            prefix = "org" if mention.label == "Organization" else "agency"
            node_id = f"{prefix}:{key}"
            self.body_ids[key] = node_id
        props: dict[str, object] = {"name": name, "aliases": [mention.surface] if mention.surface != name else []}
        node = self.node(node_id, mention.label, props, mention.evidence or (mention.start, mention.end))
        if mention.surface not in node.properties["aliases"] and mention.surface != node.properties["name"]:
            node.properties["aliases"].append(mention.surface)
        return node_id
