"""Vietnamese dates: "ngày 31/5/2024", "ngày 05 tháng 01 năm 2020", "30/1/2024"."""

from __future__ import annotations

import datetime as dt
import re

DATE = re.compile(
    r"(?P<d>\d{1,2})\s*(?:[/.-]\s*(?P<m1>\d{1,2})\s*[/.-]\s*(?P<y1>\d{4})"
    r"|\s+tháng\s+(?P<m2>\d{1,2})\s*,?\s+năm\s+(?P<y2>\d{4}))"
)
# "ngày 12/01/2024", "ngày 08 tháng 10 năm 2018", ", ngày 05/9/2026"
DATE_AFTER = re.compile(r"\s*,?\s*(?:ban hành\s+)?ngày\s+" + DATE.pattern)
# "Hà Nội, ngày 05 tháng 9 năm 2024", and the rarer "Nam Đàn, ngày 05-9-2024" / "ngày 05/9/2024"
PLACE_DATE = re.compile(
    r"(?P<place>[A-ZĐÀ-Ỹ][^\n,;:]{1,40}),\s*ngày\s+(?:(?P<d>\d{0,2})\s*tháng\s+(?P<m>\d{0,2})\s*năm\s+(?P<y>\d{4})"
    r"|(?P<nd>\d{1,2})\s*[/.-]\s*(?P<nm>\d{1,2})\s*[/.-]\s*(?P<ny>\d{4}))"
)


def iso(day: str | None, month: str | None, year: str | None) -> str | None:
    """ISO date, or None when a part is blank or the date does not exist."""
    try:
        return dt.date(int(year or ""), int(month or ""), int(day or "")).isoformat()
    except ValueError:
        return None


def from_match(m: re.Match[str]) -> str | None:
    return iso(m.group("d"), m.group("m1") or m.group("m2"), m.group("y1") or m.group("y2"))
