"""What became of work given earlier: a report's account of the tasks that documents it cites gave.

"- Sở X: 02 vụ việc …, được giao tại Công văn số …", "Đối với các nhiệm vụ giao tại Thông báo số …: A đã hoàn thành
…; B chưa …", "Thanh tra thành phố được giao xác minh …" and "Cũng tại Thông báo này, …" each give a task to its
body from the document cited, with the status the report states. The tasks a document gives itself are read in
``tasks``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.text import tone_key
from loaders.extract.context import Context
from loaders.extract.mentions import BodyIndex
from loaders.extract.tasks import (
    AGAIN,
    BULLET_LINE,
    CITED_WORD,
    DOCUMENT_TYPES,
    LATE,
    TASK_END,
    add_task,
    list_lead,
    reported_status,
    sentence_start,
)
from loaders.lexicon import lexicon

# (searched from the type word, which the engine finds by its first letter; "Tại"/"Theo" checked before it)
_NAMED_AGAIN = re.compile(rf"(?P<word>{DOCUMENT_TYPES}){AGAIN}\s*(?=,)")
_AT_BEFORE = re.compile(r"(?:[Tt]ại|[Tt]heo)\s+$")


def documents_named_again(ctx: Context, assigner_at: dict[int, str]) -> None:
    """ "Cũng tại Thông báo này, …": where a clause names again, by its type, the document of that type cited last,
    that document stands there as if cited, to give the work the clause restates (not the file's own type: a
    decision's "Quyết định này" is itself)."""
    own = ctx.docs["self"].doc_type if "self" in ctx.docs else None
    by_name = lexicon().doc_type_by_name

    def cited_last(at: int, code: str | None) -> str | None:
        """The document of that type (any, for None) cited last before ``at``."""
        before = [
            (pos, node_id)
            for pos, node_id in assigner_at.items()
            if pos < at and code in (None, ctx.graph.nodes[node_id].properties.get("doc_type"))
        ]
        return max(before)[1] if before else None

    for m in _NAMED_AGAIN.finditer(ctx.s):
        if not _AT_BEFORE.search(ctx.s, max(0, m.start() - 8), m.start()):
            continue
        code = by_name.get(tone_key(m.group("word")))  # "Văn bản": a document of any type
        if code is not None and code == own:
            continue
        if (cited := cited_last(m.start(), code)) is not None:
            assigner_at[m.end()] = cited
    # "Kết luận yêu cầu Bệnh viện … thu hồi …": a report on a conclusion restates what the conclusion cited last asks
    for m in _conclusions_asking(ctx.s) if own != "KL" else ():
        if (cited := cited_last(m.start(), "KL")) is not None:
            assigner_at[m.start("conclusion")] = cited


_CONCLUSION_ASKS = re.compile(r"(?P<conclusion>Kết luận(?: thanh tra)?)(?= (?:yêu cầu|kiến nghị) )")
# what may stand before it: a line's item marker, or the end of a heading or a sentence
_OPENS_A_CLAUSE = re.compile(r"(?:(?:^|\n)[ \t]*(?:[-+•][ \t]*|[a-zđ]\)[ \t]*|\d+(?:\.\d+)*\.[ \t]*)?|[:.;][ \t]+)$")


def _conclusions_asking(s: str) -> Iterator[re.Match[str]]:
    """``Kết luận (thanh tra) yêu cầu / kiến nghị`` opening a clause, found from its literal words."""
    for m in _CONCLUSION_ASKS.finditer(s):
        if _OPENS_A_CLAUSE.search(s, max(0, m.start() - 12), m.start()):
            yield m


# "- Sở Tài nguyên và Môi trường: 02 vụ việc (…), được giao tại Công văn số 2290/UBND-TCD …, thời hạn báo cáo trước
# ngày 30/4/2024;": an item of a report's list that opens on a body and says which document gave it the work
_GIVEN_IN_ITEM = re.compile(rf"\bđược giao (?:tại|theo)\s+{DOCUMENT_TYPES}")
_ITEM_START = re.compile(r"\n[ \t]*[-+•][ \t]*")
_ITEM_END = re.compile(r"[;.]?\n(?=[ \t]*(?:[-+•]|\d+\.|[a-zđ]\)|[A-ZĐÀ-Ỹ]))|\.\s*$")
_BODY_OPENS_CLAUSE = re.compile(r"(?:^|;\s*)$")


def given_in_items(ctx: Context, bodies: BodyIndex, doc_id: str, assigner_at: dict[int, str]) -> None:
    s = ctx.s
    taken = [src.start for n in ctx.graph.nodes.values() if n.label == "Task" for src in n.sources]
    for m in _literal_first(_GIVEN_IN_ITEM, "được giao", s):
        cited = [p for p in assigner_at if m.end() <= p <= m.end() + 40]
        item_at = s.rfind("\n", max(0, m.start() - 700), m.start())
        while item_at >= 0 and not _ITEM_START.match(s, item_at):
            item_at = s.rfind("\n", max(0, m.start() - 700), item_at)
        if not cited or item_at < 0:
            continue
        item = _ITEM_START.match(s, item_at)
        assert item is not None
        if re.search(r"[.;]\n", s[item.end() : m.start()]):
            continue  # an earlier item ended between
        end_m = _ITEM_END.search(s, m.end())
        end = end_m.start() if end_m else len(s)
        if any(item.start() <= t <= end for t in taken):
            continue  # already read as a task
        # the bodies that open the item's clauses: "- UBND huyện Cư M'gar: 02 vụ việc …; UBND huyện Krông Pắc: 01 vụ
        # việc …; các vụ việc này được giao tại Công văn số 4127/UBND-TCD"
        leads = [
            p.node_id
            for p in bodies.within(item.end(), m.start())
            if re.match(r"\s*:", s[p.mention.end : p.mention.end + 3])
            and (p.mention.start == item.end() or re.search(r";\s*$", s[item.end() : p.mention.start]))
        ]
        if not leads or bodies.at(item.end(), slack=0) is None:
            continue
        status = reported_status(s, end, item.end())
        lead = list_lead(s, item.start() + 1, BULLET_LINE, limit=30)
        if status == "assigned" and lead is not None and LATE.search(s, lead, s.find("\n", lead)):
            status = "overdue"  # "… đã quá thời hạn mà chưa có báo cáo kết quả, cụ thể:" over the items
        leads = list(dict.fromkeys(leads))
        add_task(ctx, s, doc_id, item, item.end(), end, leads, [], assigner_at, assigner_at[min(cited)], status)


# "3. Đối với các nhiệm vụ giao tại Thông báo số 118/TB-UBND …: Phòng Tài chính - Kế hoạch đã hoàn thành …; Phòng Kinh
# tế và Hạ tầng chưa hoàn thành …": what became of each body's work that a cited document gave
_WORK_GIVEN_AT_END = re.compile(
    r"(?:[Vv]ề|[Đđ]ối với|[Kk]ết quả thực hiện)\s+(?:các\s+|những\s+)?nhiệm vụ\s+(?:đã\s+|được\s+)?giao\s+tại\s+$"
)
_TYPE_AT = re.compile(DOCUMENT_TYPES)


def _literal_first(pattern: re.Pattern[str], literal: str, s: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(s)`` for a pattern whose matches all hold ``literal`` within their first 3 characters,
    tried only where it occurs (str.find skips the rest in C)."""
    at = s.find(literal)
    while at >= 0:
        m = pattern.search(s, max(0, at - 3), at + len(literal) + 200)
        if m is not None and m.start() <= at:
            yield m
            at = s.find(literal, max(m.end(), at + 1))
        else:
            at = s.find(literal, at + 1)


_SPACES = re.compile(r"\s+")


def _ending_at_literal(lead_end: re.Pattern[str], literal: str, s: str) -> Iterator[int]:
    """Where each match of ``lead_end`` (anchored at ``$``, ending on ``literal`` and white space) is followed by a
    document's type word: that word's end. ``literal`` is found by str.find, which skips the rest in C."""
    at = s.find(literal)
    while at >= 0:
        tail = _SPACES.match(s, at + len(literal))
        after = tail.end() if tail else at + len(literal)
        kind = _TYPE_AT.match(s, after)
        if kind is not None and lead_end.search(s, max(0, at - 60), after) is not None:
            yield kind.end()
        at = s.find(literal, at + 1)


_DID = re.compile(r"\s+(?:đã|chưa|đang|vẫn chưa|cơ bản)\s")
_AT = re.compile("")


def work_followed_up(ctx: Context, bodies: BodyIndex, doc_id: str, assigner_at: dict[int, str]) -> None:
    s = ctx.s
    for type_end in _ending_at_literal(_WORK_GIVEN_AT_END, "giao tại", s):
        colon = s.find(":", type_end, type_end + 300)
        cited = [p for p in assigner_at if type_end <= p <= (colon if colon > 0 else type_end)]
        if colon < 0 or not cited or re.search(r"[.;]\s", s[type_end:colon]):
            continue
        end_m = re.compile(r"\n(?=[ \t]*(?:\d+(?:\.\d+)*\.|[IVX]+\.|[a-zđ]\)|[-+•]))|\.\s").search(s, colon)
        end = end_m.start() if end_m else len(s)
        clause = colon + 1
        while clause < end:
            nxt = s.find(";", clause, end)
            stop = nxt if nxt >= 0 else end
            opens = re.match(r"\s*(?:riêng\s+)?", s[clause:stop])
            first = bodies.at(clause + (opens.end() if opens else 0), slack=0)
            did = _DID.match(s, first.mention.end) if first is not None else None
            cue = _AT.match(s, first.mention.start) if first is not None else None  # (its words begin at its body)
            if first is not None and did is not None and cue is not None:
                word = did.group().split()[0]
                status = "done" if word == "đã" else "in_progress" if word in ("đang", "cơ") else "pending"
                if status == "pending" and LATE.search(s, first.mention.end, stop):
                    status = "overdue"
                add_task(
                    ctx,
                    s,
                    doc_id,
                    cue,
                    first.mention.start,
                    stop,
                    [first.node_id],
                    [],
                    assigner_at,
                    assigner_at[min(cited)],
                    status,
                )
            clause = stop + 1


# "1. Thực hiện Thông báo số 45/TB-VPUB …, Thanh tra thành phố được giao xác minh nội dung khiếu nại …": the subject
# of "được giao" was given the work by the document its sentence carries out (or names after it: "… được giao tại
# Quyết định số …")
_CARRIES_OUT_OPENING = re.compile(
    r"\s*(?:[-+•]\s*|\d+(?:\.\d+)*\.\s*|[a-zđ]\)\s*)?(?:Thực hiện|Triển khai|Theo|Tại)\s+" + DOCUMENT_TYPES
)
_GIVEN_AT_IN_CLAUSE = re.compile(r"[^.;\n]{0,120}?\btại\s+")


def given_to_subjects(ctx: Context, bodies: BodyIndex, doc_id: str, assigner_at: dict[int, str]) -> None:
    s = ctx.s
    taken = [src.start for n in ctx.graph.nodes.values() if n.label == "Task" for src in n.sources]
    at = s.find(" được giao ")
    while at >= 0:
        subject = bodies.ending_at(at, slack=0)
        cue_end = at + len(" được giao ")
        if subject is None or any(subject.mention.start <= t <= cue_end for t in taken):
            at = s.find(" được giao ", at + 1)
            continue
        end_m = TASK_END.search(s, cue_end)
        end = end_m.start() if end_m else len(s)
        named_after = _GIVEN_AT_IN_CLAUSE.match(s, cue_end, end)
        cited_after = CITED_WORD.match(s, named_after.end()) if named_after else None
        found = [p for p in assigner_at if cited_after and cited_after.start() <= p <= cited_after.end() + 30]
        if not found:
            start = sentence_start(s, subject.mention.start) + 1
            if _CARRIES_OUT_OPENING.match(s, start, subject.mention.start):
                found = [p for p in assigner_at if start <= p < subject.mention.start]
        if found:
            cue = _AT.match(s, subject.mention.start)
            assert cue is not None
            status = reported_status(s, end, cue_end)
            add_task(
                ctx,
                s,
                doc_id,
                cue,
                subject.mention.start,
                end,
                [subject.node_id],
                [],
                assigner_at,
                assigner_at[min(found)],
                status,
            )
        at = s.find(" được giao ", at + 1)
