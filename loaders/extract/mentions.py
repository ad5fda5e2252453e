"""Every body named in the file, found once, with the node each one resolves to."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from loaders.extract.bodies import BodyMention, find_bodies
from loaders.extract.context import Context


@dataclass
class Placed:
    mention: BodyMention
    node_id: str


class BodyIndex:
    """Body mentions by position, so that rules can ask "which body is named here?"."""

    def __init__(self, ctx: Context, start: int = 0) -> None:
        self.ctx = ctx
        self.placed: list[Placed] = []
        for m in find_bodies(ctx.s, start):
            self.add(m)

    def add(self, m: BodyMention) -> str | None:
        node_id = self.ctx.body(m)
        if node_id is None:
            return None
        starts = [p.mention.start for p in self.placed]
        self.placed.insert(bisect.bisect_left(starts, m.start), Placed(m, node_id))
        # "Công ty … Quảng Ngãi (QISC)": the acronym names the same body from now on
        acr = re.match(r"\s*\(([A-ZĐ][A-ZĐ0-9&]{1,9})\)", self.ctx.s[m.end : m.end + 14])
        if acr:
            self.ctx.acronyms[acr.group(1)] = node_id
        return node_id

    def at(self, pos: int, slack: int = 0) -> Placed | None:
        """The body whose name starts at ``pos`` (or within ``slack`` characters after it)."""
        for p in self.placed:
            if pos <= p.mention.start <= pos + slack:
                return p
            if p.mention.start > pos + slack:
                break
        return None

    def ending_at(self, pos: int, slack: int = 0) -> Placed | None:
        best = None
        for p in self.placed:
            if pos - slack <= p.mention.end <= pos:
                best = p
        return best

    def within(self, start: int, end: int) -> list[Placed]:
        return [p for p in self.placed if start <= p.mention.start and p.mention.end <= end]


_UNIT_OF = re.compile(r"\s*(?:\(|[-–])\s*$")


def named_parents(index: BodyIndex) -> None:
    """"Trung tâm Phục vụ hành chính công tỉnh (Văn phòng UBND tỉnh)", "Phòng Nội chính - Văn phòng UBND tỉnh":
    a unit written with its parent in brackets or after a dash is part of it."""
    ctx = index.ctx
    s = ctx.s
    for unit, parent in zip(index.placed, index.placed[1:], strict=False):
        between = s[unit.mention.end : parent.mention.start]
        if not _UNIT_OF.fullmatch(between) or unit.node_id == parent.node_id:
            continue
        if "(" in between and not s.startswith(")", parent.mention.end):
            continue
        ctx.edge("PART_OF", unit.node_id, parent.node_id, (unit.mention.start, parent.mention.end))
