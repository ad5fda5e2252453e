"""Tasks given in a table, the usual annex of a plan: one row a task, with its lead, its support and its time.

    STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành

A DOCX or HTML table arrives one row to a line, its cells separated by tabs; a PDF's text layer gives one cell
to a line, a row opening with its number. Repair keeps both as they are (``loaders.repair``).
"""

from __future__ import annotations

import re

from loaders.extract.context import Context
from loaders.extract.deadlines import cell_deadline
from loaders.extract.mentions import BodyIndex

# what each column holds, from its head
_ROLES = (
    ("number", re.compile(r"(?i)^\s*(?:STT|TT|Số TT)\s*$")),
    ("lead", re.compile(r"(?i)chủ\s+trì")),
    ("support", re.compile(r"(?i)phối\s+hợp")),
    ("time", re.compile(r"(?i)thời\s+(?:gian|hạn)|tiến\s+độ|hoàn\s+thành")),
    ("result", re.compile(r"(?i)kết\s+quả|tình\s+hình\s+thực\s+hiện")),
    # the document that gave the row's task: "Văn bản giao", "Văn bản chỉ đạo", "Nguồn giao"
    ("giver", re.compile(r"(?i)văn\s+bản\s+(?:giao|chỉ\s+đạo)|nguồn\s+giao|căn\s+cứ\s+giao")),
    ("task", re.compile(r"(?i)nội\s+dung|nhiệm\s+vụ|công\s+việc|hoạt\s+động")),
)
_ROW_NUMBER = re.compile(r"\s*\d{1,3}\.?\s*$")
_TIME_CELL = re.compile(r"(?i)\s*(?:tháng|quý|năm|trước|trong|chậm nhất|thường xuyên|hằng|hàng|định kỳ|\d)")
MAX_HEAD_CELLS = 8

Span = tuple[int, int]


def _role(cell: str) -> str:
    return next((role for role, pattern in _ROLES if pattern.search(cell)), "other")


def _lines(s: str, start: int, end: int) -> list[Span]:
    out, pos = [], start
    while pos < end:
        nl = s.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if s[pos:stop].strip():
            out.append((pos, stop))
        pos = stop + 1
    return out


def _cells(s: str, a: int, b: int) -> list[Span]:
    """A row's cells: split at tabs (DOCX, HTML), or at " | " where a table was typed as text."""
    sep = "\t" if "\t" in s[a:b] else "|" if s.count("|", a, b) >= 2 else None
    if sep is None:
        return []
    cells, pos = [], a
    for text in s[a:b].split(sep):
        cells.append((pos, pos + len(text)))
        pos += len(text) + 1
    return cells


def table_tasks(ctx: Context, bodies: BodyIndex, doc_id: str, assigner_at: dict[int, str] | None = None) -> None:
    """A Task for each row of each task table in the text: a plan's, that gives them, or a report's, that says
    what became of each task another document gave ("STT | Nhiệm vụ được giao | … | Kết quả thực hiện")."""
    s = ctx.s
    lines = _lines(s, 0, len(s))
    i = 0
    while i < len(lines):
        a, b = lines[i]
        head = _cells(s, a, b)
        roles = [_role(s[x:y]) for x, y in head]
        if head and "task" in roles and "lead" in roles:
            i = _tab_rows(ctx, bodies, doc_id, lines, i + 1, roles)
            continue
        if head and "task" in roles and "giver" in roles and assigner_at:
            # a report's own tasks, each row naming the document that gave it: "STT | Nhiệm vụ được giao | Văn bản giao
            # | Thời hạn | Kết quả thực hiện"
            i = _tab_rows(ctx, bodies, doc_id, lines, i + 1, roles, gave=(_issuer(ctx, doc_id), assigner_at))
            continue
        if head and "task" in roles and "result" in roles and assigner_at:
            given = _given_before(ctx, bodies, a, assigner_at)
            if given:  # "Tại Thông báo số 96/TB-UBND, UBND tỉnh giao Sở Tài chính chủ trì 04 nhiệm vụ … :"
                i = _tab_rows(ctx, bodies, doc_id, lines, i + 1, roles, given)
                continue
        if _ROLES[0][1].match(s[a:b]):
            head = [lines[k] for k in range(i, min(len(lines), i + MAX_HEAD_CELLS))]
            roles = []
            for x, y in head:
                if _ROW_NUMBER.match(s[x:y]):
                    break
                roles.append(_role(s[x:y]))
            if "lead" in roles:
                i = _cell_rows(ctx, bodies, doc_id, lines, i + len(roles), roles)
                continue
        i += 1


_GIVES = re.compile(r"\bgiao\s+(?:cho\s+)?")


def _given_before(ctx: Context, bodies: BodyIndex, at: int, assigner_at: dict[int, str]) -> tuple[str, str] | None:
    """(the document, the body) of the paragraph before a report's table that says who was given its tasks."""
    s = ctx.s
    start = max(s.rfind("\n\n", 0, at), at - 600, 0)
    cited = [pos for pos in assigner_at if start <= pos < at]
    gives = list(_GIVES.finditer(s, start, at))
    body = bodies.at(gives[-1].end(), slack=1) if gives else None
    if not cited or body is None:
        return None
    return assigner_at[min(cited)], body.node_id


def _issuer(ctx: Context, doc_id: str) -> str | None:
    return next((e.source for e in ctx.graph.edges.values() if e.type == "ISSUED" and e.target == doc_id), None)


def _tab_rows(
    ctx: Context,
    bodies: BodyIndex,
    doc_id: str,
    lines: list[Span],
    i: int,
    roles: list[str],
    given: tuple[str, str] | None = None,
    gave: tuple[str | None, dict[int, str]] | None = None,
) -> int:
    """The rows under a head, one to a line; a line that does not open on the row's number (where the head has a
    number column) is the row before going on, wrapped: its first cell carries on that row's last."""
    s = ctx.s
    numbered = "number" in roles[:2]  # (a row typed between bars opens on an empty cell)
    while i < len(lines):
        cells = _cells(s, *lines[i])
        if not cells:
            break
        span = lines[i]
        i += 1
        while numbered and i < len(lines) and _goes_on(s, lines[i]):
            more = _cells(s, *lines[i]) or [lines[i]]
            cells = [*cells[:-1], (cells[-1][0], more[0][1]), *more[1:]]
            span = (span[0], lines[i][1])
            i += 1
        row = dict(zip(roles, cells, strict=False))
        row_given = given
        if gave is not None and "giver" in row:
            cited = [pos for pos in gave[1] if row["giver"][0] <= pos <= row["giver"][1]]
            lead = gave[0] if not (row.get("lead") and bodies.within(*row["lead"])) else None
            row_given = (gave[1][min(cited)], lead or "") if cited else None
        _row(ctx, bodies, doc_id, row, span, row_given)
    return i


def _goes_on(s: str, line: Span) -> bool:
    """Whether a line under a numbered table's row carries that row on: it opens on no row number."""
    text = s[line[0] : line[1]].lstrip(" |")
    first = re.split(r"\t|\s\|", text, maxsplit=1)[0]
    # (a row's own line keeps the table's separators, or is a cell's short end: a sentence under the table is no row
    # going on)
    cells = "\t" in text or text.rstrip().endswith("|") or len(text) <= _CELL_END
    return bool(text) and cells and not _ROW_NUMBER.fullmatch(first) and not _HEADING.match(text)


_CELL_END = 60  # characters
_HEADING = re.compile(r"(?:[IVX]+\.|\d+\.\s|Nơi nhận|Trên đây|[A-ZĐ ]{12,}$)")


def _cell_rows(ctx: Context, bodies: BodyIndex, doc_id: str, lines: list[Span], i: int, roles: list[str]) -> int:
    """Rows written one cell to a line, each opening with its number; a cell wrapped onto two lines is read by
    where the lead body's cell begins."""
    s = ctx.s
    after_number = [r for r in roles if r != "number"]
    while i < len(lines) and _ROW_NUMBER.match(s[lines[i][0] : lines[i][1]]):
        j = i + 1
        while j < len(lines) and not _ROW_NUMBER.match(s[lines[j][0] : lines[j][1]]) and j - i <= 3 * len(roles):
            j += 1
        row = lines[i + 1 : j]
        cells: dict[str, Span] = {}
        if len(row) == len(after_number):
            cells = dict(zip(after_number, row, strict=True))
        elif row and "task" in after_number and "lead" in after_number:
            # the task's words may run over several lines: the lead's cell opens on the first line naming a body
            lead_at = next((k for k in range(1, len(row)) if bodies.at(row[k][0], slack=2)), None)
            if lead_at is not None:
                cells["task"] = (row[0][0], row[lead_at - 1][1])
                rest = row[lead_at:]
                later = after_number[after_number.index("lead") :]
                if len(rest) > len(later) and "time" in later and _TIME_CELL.match(s[rest[-1][0] : rest[-1][1]]):
                    rest = [*rest[: len(later) - 1], rest[-1]]  # the support's cell ran over: the time is the last
                cells.update(zip(later, rest, strict=False))
        if cells:
            _row(ctx, bodies, doc_id, cells, (lines[i][0], row[-1][1] if row else lines[i][1]))
        i = j
    return i


def _row(
    ctx: Context,
    bodies: BodyIndex,
    doc_id: str,
    cells: dict[str, Span],
    span: Span,
    given: tuple[str, str] | None = None,
) -> None:
    s = ctx.s
    lead_cell = cells.get("lead")
    leads = [p.node_id for p in bodies.within(*lead_cell)] if lead_cell else []
    if given and not leads and given[1]:
        leads = [given[1]]
    if not leads:
        return  # a row with no body to lead it ("Các sở, ban, ngành") gives work to no one the graph can name
    support_cell = cells.get("support")
    supports = [p.node_id for p in bodies.within(*support_cell)] if support_cell else []
    task_cell = cells.get("task", span)
    description = " ".join(s[task_cell[0] : task_cell[1]].split())
    result_cell = cells.get("result")
    status = _status(s[result_cell[0] : result_cell[1]]) if given and result_cell else "assigned"
    props: dict[str, object] = {"description": description[:300], "status": status}
    time_cell = cells.get("time")
    due = cell_deadline(s[time_cell[0] : time_cell[1]]) if time_cell else None
    if due:
        props["deadline"] = due
    n = sum(1 for k in ctx.graph.nodes if k.startswith("task:")) + 1
    task_id = f"task:{doc_id.split(':', 1)[-1]}#{n}"
    ctx.node(task_id, "Task", props, span)
    ctx.edge("ASSIGNS", given[0] if given else doc_id, task_id, span)
    if given:
        ctx.edge("REPORTS_ON", doc_id, task_id, span, status=status)
    for node_id in dict.fromkeys(leads):
        ctx.edge("ASSIGNED_TO", task_id, node_id, span, role="lead")
    for node_id in dict.fromkeys(supports):
        if node_id not in leads:
            ctx.edge("ASSIGNED_TO", task_id, node_id, span, role="support")


_NOT_DONE_AND_LATE = re.compile(r"(?<![\w])(?:chưa|đang)\b[^.;]*[.;,]?\s*(?<!chưa )(?<!không )quá hạn")


def _status(result: str) -> str:
    """What a report's result cell says: "Đã hoàn thành: …", "Đang thực hiện", "Chưa thực hiện", "Chậm …"."""
    words = result.strip().lower()
    # (or what is not yet done and late: "…; còn 14 hộ chưa nhận tiền. Quá hạn.")
    if re.match(r"(?:quá hạn|trễ hạn|chậm)", words) or _NOT_DONE_AND_LATE.search(words):
        return "overdue"
    for word, status in (("chưa", "pending"), ("đang", "in_progress"), ("đã", "done"), ("hoàn thành", "done")):
        if words.startswith(word):
            return status
    return "assigned"
