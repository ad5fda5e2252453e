"""Money a conclusion or a decision orders recovered, from whom: "Điều 1. Thu hồi số tiền … cụ thể: 1. Dự án …: thu
hồi của Công ty Cổ phần Xây dựng Thành Vinh (nhà thầu thi công) số tiền 512.904.000 đồng." Each body named after "thu
hồi của" must pay it back: a task of its own, given by the document that orders it. A report's account ("đã thu hồi
của …") gives none.
"""

from __future__ import annotations

import re

from loaders.extract.context import Context
from loaders.extract.mentions import BodyIndex
from loaders.extract.tasks import add_task

_RECOVERED_FROM = re.compile(r"(?<![\wĐđ])thu hồi của\s+")
_ALREADY = re.compile(r"(?:đã|được|chưa|đang)\s+$")
_ORDERS = ("KL", "QĐ")  # an inspectorate's conclusion, a decision


def recovered_from(ctx: Context, bodies: BodyIndex, doc_id: str, assigner_at: dict[int, str]) -> None:
    own = ctx.docs.get("self")
    if own is None or own.doc_type not in _ORDERS:
        return
    s = ctx.s
    for m in _RECOVERED_FROM.finditer(s):
        if _ALREADY.search(s, max(0, m.start() - 8), m.start()):
            continue
        payer = bodies.at(m.end(), slack=0)
        if payer is None:
            continue
        line_end = s.find("\n", m.end())
        end = line_end if line_end >= 0 else len(s)
        line_start = s.rfind("\n", 0, m.start()) + 1
        add_task(ctx, s, doc_id, m, line_start, end, [payer.node_id], [], assigner_at)
