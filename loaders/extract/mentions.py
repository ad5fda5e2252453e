"""Every body named in the file, found once, with the node each one resolves to."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from loaders.extract.bodies import BodyMention, find_bodies, unit_of
from loaders.extract.context import SHORT_NAME, Context

_ACRONYM_AFTER = re.compile(r"\s*\(([A-ZĐ][A-ZĐ0-9&]{1,9})\)")
# a brand and its place in brackets after a firm's full name, the name it goes by after
_BRAND_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:\s*-\s*|\s+)[A-ZĐ][^()\n]{1,40}?)\)")


@dataclass
class Placed:
    mention: BodyMention
    node_id: str


class BodyIndex:
    """Body mentions by position, so that rules can ask "which body is named here?"."""

    def __init__(self, ctx: Context, start: int = 0) -> None:
        self.ctx = ctx
        self.placed: list[Placed] = []
        self._starts: list[int] = []  # kept beside ``placed``, in the same order, for bisect
        self._longest = 0  # the longest name's length: how far back a name ending here can start
        for m in find_bodies(ctx.s, start):
            self.add(m)

    def add(self, m: BodyMention) -> str | None:
        # "Ban Quản lý dự án … (sau đây gọi là Ban Quản lý)": from there on, the short name is that body
        declared = self.ctx.short_names.get(m.surface)
        node_id = self.ctx.named_short(declared[0], m) if declared and len(declared) == 1 else self.ctx.body(m)
        if node_id is None:
            return None
        i = bisect.bisect_left(self._starts, m.start)
        self.placed.insert(i, Placed(m, node_id))
        self._starts.insert(i, m.start)
        self._longest = max(self._longest, m.end - m.start)
        # "Công ty … Quảng Ngãi (QISC)": the acronym names the same body from now on
        after = self.ctx.s[m.end : m.end + 14]
        acr = _ACRONYM_AFTER.match(after) if "(" in after else None
        if acr:
            self.ctx.acronyms[acr.group(1)] = node_id
        # "(sau đây gọi là Ban Quản lý)", or a firm's brand and place in brackets ("Ngân hàng TMCP Đầu tư và Phát triển
        # Việt Nam - Chi nhánh Bà Rịa - Vũng Tàu (BIDV Bà Rịa - Vũng Tàu)"): the short name it goes by from now on
        short = (SHORT_NAME.match(self.ctx.s, m.end) or _BRAND_AFTER.match(self.ctx.s, m.end)) if "(" in after else None
        if short and short.group(1).strip() not in self.ctx.short_names:
            self.ctx.short_names[short.group(1).strip()] = [node_id]
        return node_id

    def at(self, pos: int, slack: int = 0) -> Placed | None:
        """The body whose name starts at ``pos`` (or within ``slack`` characters after it)."""
        i = bisect.bisect_left(self._starts, pos)
        if i < len(self.placed) and self._starts[i] <= pos + slack:
            return self.placed[i]
        return None

    def named_together(self, first: Placed) -> list[Placed]:
        """``first`` and the bodies placed on the same words: the committees of "UBND các tỉnh" after "các
        tỉnh A, B:" (what find_bodies gives one span)."""
        i = bisect.bisect_left(self._starts, first.mention.start)
        same = [p for p in self.placed[i:] if p.mention.start == first.mention.start]
        if len(same) == 1:
            return [first]
        together = [p for p in same if p.mention.end == first.mention.end]
        return sorted(together, key=lambda p: p.mention.evidence or (p.mention.start, p.mention.end))

    def ending_at(self, pos: int, slack: int = 0) -> Placed | None:
        """The last-named body whose name ends at ``pos`` (or within ``slack`` characters before it)."""
        lo = bisect.bisect_left(self._starts, pos - slack - self._longest)
        for i in range(bisect.bisect_right(self._starts, pos) - 1, lo - 1, -1):
            if pos - slack <= self.placed[i].mention.end <= pos:
                return self.placed[i]
        return None

    def within(self, start: int, end: int) -> list[Placed]:
        lo, hi = bisect.bisect_left(self._starts, start), bisect.bisect_right(self._starts, end)
        return [p for p in self.placed[lo:hi] if p.mention.end <= end]


# "(Văn phòng …)", "(thuộc Cục …)", "- Bộ …", "Văn phòng Đăng ký đất đai thuộc Sở Tài nguyên và Môi trường"
_UNIT_OF = re.compile(r"\s*(?:\((?:\s*(?:trực\s+)?thuộc)?|[-–]|(?:trực\s+)?thuộc)\s*$")
SUB_UNIT = re.compile(r"(?:Vụ|Cục|Chi cục|Phòng|Viện|Trung tâm) ")
_PARENT = re.compile(r"(?:Bộ|Sở|Tổng cục|Ủy ban nhân dân|Uỷ ban nhân dân|Thanh tra|Công an|Cục) ")


_MINISTRY = re.compile(r"(?:Bộ|Tổng cục|Ủy ban nhân dân|Uỷ ban nhân dân|Sở) ")


# how high a body stands among those a unit may be named after with a comma
_RANKS = (("Tổng cục ", 3), ("Cục ", 2), ("Vụ ", 2), ("Viện ", 2), ("Chi cục ", 1), ("Phòng ", 1), ("Trung tâm ", 1))


def _rank(name: str) -> int:
    return next((rank for head, rank in _RANKS if name.startswith(head)), 4)


def named_parents(index: BodyIndex) -> None:
    """ "Trung tâm Phục vụ hành chính công tỉnh (Văn phòng UBND tỉnh)", "Phòng Nội chính - Văn phòng UBND tỉnh":
    a unit written with its parent in brackets or after a dash is part of it."""
    ctx = index.ctx
    s = ctx.s
    for unit, parent in zip(index.placed, index.placed[1:], strict=False):
        between = s[unit.mention.end : parent.mention.start]
        comma = between.strip() == "," and SUB_UNIT.match(unit.mention.name) and _PARENT.match(parent.mention.name)
        if comma and _rank(parent.mention.name) <= _rank(unit.mention.name):
            comma = False  # "Cục Thủy lợi, Cục Quản lý đê điều …", "Vụ Kế hoạch, Cục Thủy lợi": a ministry's units
        names = [str(ctx.graph.nodes[p.node_id].properties.get("name", "")) for p in (unit, parent)] if comma else []
        if comma and unit_of(names[0]) not in (None, unit_of(names[1])):
            comma = False  # "Phòng Nông nghiệp … huyện, Ủy ban nhân dân xã Phú Lý": a list, the commune no parent
        if comma and names[0].startswith("Phòng ") and names[1].startswith("Công an ") and unit_of(names[1]):
            comma = False  # "Phòng Cảnh sát …, Công an huyện Đại Lộc": a list, a district's police has no "Phòng"
        if not (_UNIT_OF.fullmatch(between) or comma) or unit.node_id == parent.node_id:
            continue  # "Vụ Tổ chức - Biên chế, Bộ Nội vụ": a department of a ministry, named after a comma
        if "(" in between and not s.startswith(")", parent.mention.end):
            continue
        if "(" in between and _MINISTRY.match(unit.mention.name) and SUB_UNIT.match(parent.mention.name):
            # "Bộ Y tế (Cục Phòng bệnh)": a ministry with the department that handles it, in brackets
            ctx.edge("PART_OF", parent.node_id, unit.node_id, (unit.mention.start, parent.mention.end))
            continue
        ctx.edge("PART_OF", unit.node_id, parent.node_id, (unit.mention.start, parent.mention.end))


# "các đơn vị sự nghiệp trực thuộc Sở gồm: Văn phòng Đăng ký đất đai, Trung tâm …": the units a body lists as its own
_UNITS_UNDER = re.compile(
    r"(?:đơn vị|phòng|cơ quan|chi cục|trung tâm)[^.;:\n]{0,30}?\btrực thuộc\s+"
    r"(?:(?P<bare>Sở|Bộ|Cục|Tổng cục)(?![\wĐđ])\s*)?"
)
_THEN_THE_LIST = re.compile(r"\s*(?:gồm|bao gồm|là)?\s*:?\s*")
_NEXT_ITEM = re.compile(r"\s*(?:,|và|;)\s*")


def listed_units(index: BodyIndex, issuer: str | None) -> None:
    """Each unit listed after "trực thuộc X gồm:" is part of X; a bare "Sở" or "Bộ" is the issuer when the issuer is
    one."""
    ctx = index.ctx
    s = ctx.s
    at = s.find("trực thuộc")
    while at >= 0:
        m = _UNITS_UNDER.search(s, max(0, at - 40), at + 40)
        at = s.find("trực thuộc", at + 10)
        if m is None:
            continue
        parent: str | None = None
        if m.group("bare"):
            name = str(ctx.graph.nodes[issuer].properties.get("name", "")) if issuer else ""
            parent = issuer if name.startswith(m.group("bare") + " ") else None
            pos = m.end()
        else:
            body = index.at(m.end())
            parent, pos = (body.node_id, body.mention.end) if body and body.mention.start == m.end() else (None, 0)
        if parent is None:
            continue
        pos = _THEN_THE_LIST.match(s, pos).end()  # type: ignore[union-attr]
        while (unit := index.at(pos)) is not None and unit.mention.start == pos and unit.node_id != parent:
            ctx.edge("PART_OF", unit.node_id, parent, (m.start(), unit.mention.end))
            sep = _NEXT_ITEM.match(s, unit.mention.end)
            if sep is None:
                break
            pos = sep.end()


# the heads of bodies set up for a task, which a document of theirs calls by the head and its next word, in either case:
# "Hội đồng thẩm định" for "Hội đồng Thẩm định, đánh giá chỉ số CCHC tỉnh Lâm Đồng"
_TASK_BODY = re.compile(r"(Hội đồng|Ban Chỉ đạo|Tổ công tác|Ban Chỉ huy) ([^\W\d_]+)")


def issuer_short_forms(bodies: BodyIndex, issuer: str | None) -> None:
    """Where a council, a steering committee or a task force writes, "Hội đồng thẩm định ban hành Công văn số …" in
    sentence case is the issuer itself: each such mention the finder left unnamed is placed as the issuer's."""
    ctx = bodies.ctx
    node = ctx.graph.nodes.get(issuer) if issuer else None
    head = _TASK_BODY.match(str(node.properties.get("name", ""))) if node is not None else None
    if head is None or issuer is None:
        return
    first, rest, word = head.group(1)[0], head.group(1)[1:], re.escape(head.group(2))
    # (the head alone too, in sentence case: "Ban chỉ đạo ban hành Kế hoạch …")
    pattern = re.compile(rf"{first}(?i:{rest})(?: (?i:{word}))?(?![\wĐđ])")
    for m in pattern.finditer(ctx.s):
        if m.group()[1].islower() and bodies.at(m.start()) is None and bodies.ending_at(m.end()) is None:
            ctx.short_names.setdefault(m.group(), [issuer])
            bodies.add(BodyMention(m.start(), m.end(), m.group(), m.group(), "Agency", False))
