"""When a task is due: "trước ngày 08/02/2025", "trong ngày 10 tháng 01 năm 2026", "trước 14 giờ, ngày 11/01/2026",
and a period's last day for "hoàn thành trong quý II/2020" or "trong tháng 6/2025".

The date may stand in the task's own clause or just after it, in the same paragraph ("… có tính khả thi.
Hoàn thành và báo cáo UBND tỉnh trước ngày 20/02/2025.") or on the item's "- Thời gian thực hiện:" line.
"""

from __future__ import annotations

import calendar
import re

from loaders.extract.dates import DATE, from_match, iso

_HOUR = r"(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s*)?"
_DAY = re.compile(
    r"(?:trước|trong|chậm nhất(?:\s+(?:là|vào|trước))?|hạn chót)\s+" + _HOUR + r"(?:ngày\s+)?" + DATE.pattern
)
# only "within" a period has a last day: "trước quý II" would mean before it begins
_PERIOD = re.compile(
    r"trong\s+(?:(?:quý|Quý)\s+(?P<q>IV|I{1,3}|[1-4])|tháng\s+(?P<m>\d{1,2}))\s*(?:/\s*|,?\s*năm\s+)(?P<y>(?:19|20)\d\d)"
)
_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# the line under a numbered item that says when it is due
_WHEN_LINE = re.compile(r"\n\s*[-+*•]?\s*(?:Thời gian(?: thực hiện| hoàn thành)?|Thời hạn(?: hoàn thành)?)\s*:")
REACH = 300  # how far past the task's clause its deadline may be written


def deadline(s: str, start: int, end: int, next_task: int | None = None) -> str | None:
    """The ISO date a task written at ``s[start:end]`` is due, or None; ``next_task`` is where the next
    instruction begins, past which a date belongs to that one."""
    stop = s.find("\n", end)
    stop = len(s) if stop < 0 else stop
    when = _WHEN_LINE.match(s, stop)
    if when:
        line_end = s.find("\n", when.end())
        stop = len(s) if line_end < 0 else line_end
    stop = min(stop, end + REACH if not when else stop)
    if next_task is not None and start < next_task < stop:
        stop = next_task
    found = [(m.start(), from_match(m)) for m in _DAY.finditer(s, start, stop)]
    found += [(m.start(), _period_end(m)) for m in _PERIOD.finditer(s, start, stop)]
    dates = [d for _, d in sorted(found) if d]
    return dates[0] if dates else None


def _period_end(m: re.Match[str]) -> str | None:
    year = int(m.group("y"))
    month = _QUARTERS[m.group("q")] * 3 if m.group("q") else int(m.group("m"))
    if not 1 <= month <= 12:
        return None
    return iso(str(calendar.monthrange(year, month)[1]), str(month), str(year))


_CELL_DAY = re.compile(r"\s*(?:(?:trước|trong|chậm nhất|hạn chót)\s+)?" + _HOUR + r"(?:ngày\s+)?" + DATE.pattern, re.I)
_CELL_PERIOD = re.compile(
    r"\s*(?:(?:trong|hoàn thành trong|chậm nhất)\s+)?(?:(?:quý|Quý)\s+(?P<q>IV|I{1,3}|[1-4])|[Tt]háng\s+(?P<m>\d{1,2}))"
    r"\s*(?:/\s*|,?\s*năm\s+)(?P<y>(?:19|20)\d\d)",
    re.I,
)


def cell_deadline(cell: str) -> str | None:
    """The date a table's time cell gives: "Trước ngày 30/11/2025", "Tháng 10/2025" (its last day), "Quý IV/2025";
    None for "Thường xuyên" or "Năm 2025 và các năm tiếp theo", which name no day."""
    m = _CELL_DAY.match(cell)
    if m:
        return from_match(m)
    p = _CELL_PERIOD.match(cell)
    return _period_end(p) if p else None
