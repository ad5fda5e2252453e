"""Text repair: raw page texts → one normalised text that quotes and offsets point into.

What changes, and why:
- Unicode NFC: PDF extractors often hand out decomposed Vietnamese, which no regex or eye matches.
- Lines broken by the page width are re-joined with a space, so a clause reads as one line; a line
  break stays where the layout means it (a heading in capitals, a list item, the end of a sentence).
- Page furniture (a line holding only a page number) is dropped.

What does not change: the words. Stray spaces inside document numbers ("330/KH- BQL") are mended in
the number a node carries, not in the text, so that every quote is still the document's own words.

``Text.to_raw(offset)`` maps an offset of the normalised text back to the raw text of its page, so a
quote can always be shown where it came from.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

_LIST_MARKER = re.compile(
    r"^\s*(?:[-+•*–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s?|[IVXLC]{1,5}[.)]\s|[a-zđ][.)]\s|Điều\s+\d|Chương\s+[IVX\d])"
)
# the fields a body's name pairs with a dash, cut by a PDF's line before the dash: "Sở Lao động" / "- Thương binh và Xã
# hội", "Phòng Văn hóa" / "- Xã hội", "Hội Hữu nghị Việt Nam" / "- Campuchia"
_PAIRED_FIELDS = re.compile(
    r"(?:Lao động \- Thương binh|Văn hóa \- (?:Xã hội|Thông tin|Thể thao)|Văn hoá \- (?:Xã hội|Thông tin|Thể thao)"
    r"|Tài chính \- Kế hoạch|Kế hoạch \- (?:Tài chính|Đầu tư)|Kinh tế \- (?:Hạ tầng|Kỹ thuật)|Quy hoạch \- Kiến trúc"
    r"|Tổ chức \- Cán bộ|Vành đai \d \- Vùng Thủ đô"  # (and a road's: "đường Vành đai 4" / "- Vùng Thủ đô Hà Nội")
    r"|Việt Nam \- (?:Campuchia|Lào|Cu Ba|Cuba|Trung Quốc|Hàn Quốc|Nhật Bản))(?![\wĐđ])"
)


def _pairs_across(p: str, n: str) -> bool:
    """Whether a paired field's dash is where the line broke: the pair starts on ``p`` and ends on ``n``."""
    joined = p[-20:] + " " + n[:30]
    m = _PAIRED_FIELDS.search(joined)
    return m is not None and m.start() < len(p[-20:]) < m.end()


# words that open a paragraph of this genre, never continue one
# (each a common word that a sentence opens on: in capitals it is never a wrapped sentence's next word, as a name's
# "Đầu tư" or "Quảng Ngãi" may be, so a line without a stop before it is a heading's: "4. Vụ việc …" / "Theo …")
_OPENERS = re.compile(
    r"^(?:Căn cứ|Xét (?:đề nghị|Tờ trình)|Thực hiện|Triển khai|Phúc đáp|Trả lời|Theo|Trên cơ sở|Kính gửi|Nơi nhận"
    r"|Giao|Yêu cầu|Đề nghị"
    r"|Tại|Đến nay|Hiện nay|Đồng thời|Ngoài ra|Tuy nhiên|Ngày \d)\b"
)
# PDF text layers write a hyphen as U+FFFE, a soft hyphen or a Unicode hyphen: "2328/SNV\ufffeTCCC".
# Each is one character for one, so offsets into the raw text stay right.
_DASHES = str.maketrans({"\ufffe": "-", "\u00ad": "-", "\u2010": "-", "\u2011": "-"})
_PAGE_NUMBER = re.compile(r"^\s*[-–]?\s*\d{1,3}\s*[-–]?\s*$")
_SENTENCE_END = re.compile(r"(?:[.;:!?]|\./\.|[.;:]\s*[\"”’)]?)\s*$")
_ALWAYS_BREAK_AFTER = re.compile(r"(?:(?i:Nơi nhận|Kính gửi)\s*:?|Số\s*:)\s*$")
_SENTENCE_END_LAST = frozenset('.;:!?"”’)')
_ALWAYS_BREAK_AFTER_LAST = frozenset(":nNiIİı")  # "ı" and "İ" match "i" in a case-blind pattern


@dataclass
class Text:
    """The normalised text of one file, with a map back to the raw pages."""

    text: str
    # (normalised offset, page index, raw offset in that page) at the start of every kept line
    anchors: list[tuple[int, int, int]] = field(default_factory=list)
    # normalised offsets where furniture was removed: a quote should not span them
    seams: list[int] = field(default_factory=list)

    def to_raw(self, offset: int) -> tuple[int, int]:
        """(page index, offset in that page's raw text) of a normalised offset, to the nearest line."""
        keys = [a[0] for a in self.anchors]
        i = max(0, bisect.bisect_right(keys, offset) - 1)
        start, page, raw = self.anchors[i]
        return page, raw + (offset - start)

    def slice(self, start: int, end: int) -> Text:
        """The part ``[start, end)`` as a Text of its own, its offsets counted from ``start``."""
        page, raw = self.to_raw(start)
        anchors = [(0, page, raw)] + [(a - start, p, r) for a, p, r in self.anchors if start < a < end]
        seams = [x - start for x in self.seams if start < x < end]
        return Text(self.text[start:end], anchors, seams)

    def lines(self) -> list[tuple[int, str]]:
        """(start offset, line) for every line of the normalised text."""
        out, pos = [], 0
        for line in self.text.split("\n"):
            out.append((pos, line))
            pos += len(line) + 1
        return out


def _is_heading(line: str) -> bool:
    """Mostly capitals: a heading, which keeps its own line."""
    if _mostly_lower(line):
        return False
    upper = sum(map(str.isupper, line))
    if upper < 2:
        return False
    letters = sum(map(str.isalpha, line))
    # "ⅣⅣ": roman-numeral signs are capitals that are not letters
    return letters >= 2 and upper / letters > 0.7


# Counting a line's capitals costs a Python call a character; most lines are sentences, told apart in C. Below
# U+2160 ("Ⅰ") every capital is a letter, so a line without such characters has no more capitals than letters
# and, with more than 3 in 10 of its characters ASCII lower-case letters, fewer than 7 capitals in 10 letters.
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))
_CAPITALS_NOT_LETTERS_FROM = "\u2160"
_NOT_BELOW_THEM = re.compile(f"[{_CAPITALS_NOT_LETTERS_FROM}-\U0010ffff]")


def _mostly_lower(line: str) -> bool:
    """Whether ``line`` is surely no heading, by the count of its ASCII lower-case letters (of its UTF-8 bytes)."""
    raw = line.encode("utf-8", "surrogatepass")
    lower = len(raw) - len(raw.translate(None, _ASCII_LOWER))
    return 10 * lower > 3 * len(line) and not _NOT_BELOW_THEM.search(line)


def _joins(prev: str, nxt: str, typical: int, headings: tuple[bool, bool]) -> bool:
    """Whether a line break between two lines is a wrap rather than part of the layout."""
    p, n = prev.rstrip(), nxt.strip()
    if not p or not n:
        return False
    tail = max(0, len(p) - 40)  # both patterns end the line: searching its whole length is wasted
    # p ends on no white space, so each pattern can match only when p ends on a character it ends on
    last = p[-1]
    if (last in _SENTENCE_END_LAST and _SENTENCE_END.search(p, tail)) or (
        last in _ALWAYS_BREAK_AFTER_LAST and _ALWAYS_BREAK_AFTER.search(p, tail)
    ):
        return False
    if n.startswith("- ") and _pairs_across(p, n):
        return True  # "Sở Lao động" / "- Thương binh và Xã hội": a name's dash, not a list's
    if _LIST_MARKER.match(n) or _OPENERS.match(n):
        return False
    if headings[0] or headings[1]:
        return False
    if n[:1].islower() or (p.endswith(_CONTINUING_WORDS) and _CONTINUES.search(p, tail)):
        return True
    if p.endswith((" -", " –")):
        return True  # "Phòng Văn hóa -" / "Xã hội": a name cut at its dash
    if _ABOUT_HEADING.match(p) and len(n) >= 0.8 * typical:
        return False  # "2. Về Dự án Kè … Mỹ An" / "Ban Quản lý dự án … đã hoàn thành …": a heading, then its paragraph
    if _ADDRESSEES.match(p):
        return _addressees_go_on(p, n)
    # a line that stops well short of the page width ended its paragraph
    return len(p) >= 0.8 * typical and len(p) >= 25


# an item's heading, "what about": "2. Về Dự án …", "II. Về công tác …", "a) Về …"
# (a heading holds no sentence: "3. Về nội dung …: chưa hoàn thành. Ủy ban nhân dân tỉnh giao Sở" goes on)
_ABOUT_HEADING = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|[a-zđ]\))\s+Về\s[^:;.]*$")
_ADDRESSEES = re.compile(r"\s*Kính gửi\s*:\s*\S")
# a line ending on a word that needs what follows ("Công văn số" / "2769/UBND…") was cut by the page width,
# however short the line: PDF text layers break such lines where the printed page did not
_CONTINUES = re.compile(r"(?<![\wĐđ])(?:số|ngày|của|tại|theo|và|về|các|cho|với|là|được|do|trong|từ|đến)$")
# its words, the line's end tested for them before the pattern is searched
_CONTINUING_WORDS = tuple(_CONTINUES.pattern.split("(?:", 1)[1].removesuffix(")$").split("|"))
_OPEN_END = re.compile(r"(?:,|\bvà|\bcác|[-–])$")


def _addressees_go_on(p: str, n: str) -> bool:
    """Whether "Kính gửi: …" wraps onto the next line. The letter's first sentence often follows on the next
    line with nothing between ("Kính gửi: Sở Nội vụ" / "Văn phòng UBND tỉnh nhận được …"), so a capital
    there is not enough: the addressee line must be left open, or the next line be a short closing piece."""
    return bool(_OPEN_END.search(p)) or (len(n) <= 50 and n.endswith((".", ";")))


# a file may hold several documents, one a page: their headings repeat but are not furniture
_DOCUMENT_START = re.compile(r"CỘNG H[OÒ][AÀ]|ĐẢNG CỘNG SẢN|Độc lập|^Số\b|Kính gửi|Nơi nhận")


def _furniture_key(line: str) -> str:
    # a running header or footer differs from page to page only by its page number
    return re.sub(r"\d+", "#", " ".join(unicodedata.normalize("NFC", line).split()))


def _running_lines(pages: list[str]) -> set[str]:
    """Lines that open or close most pages of a document: running headers and footers."""
    if len(pages) < 3:
        return set()
    seen: dict[str, int] = {}
    for page in pages:
        lines = [ln for ln in page.splitlines() if ln.strip()]
        for key in {_furniture_key(ln) for ln in lines[:1] + lines[-1:]}:
            seen[key] = seen.get(key, 0) + 1
    need = max(3, -(-3 * len(pages) // 4))
    # a short line (a signer's name closing each of several letters) is not taken for furniture
    return {key for key, n in seen.items() if n >= need and len(key.split()) >= 4 and not _DOCUMENT_START.search(key)}


# a task table printed one cell to a line (a PDF's text layer): its head starts "STT" and names the lead body's
# column within a few lines
_TABLE_FIRST_CELL = re.compile(r"\s*(?:STT|TT|Số TT)\s*$")
_TABLE_LEAD_COLUMN = re.compile(r"(?i)(?:cơ quan|đơn vị)\s+chủ\s+trì")


def _table_head_follows(page: str, pos: int) -> bool:
    return bool(_TABLE_LEAD_COLUMN.search("\n".join(page[pos:].split("\n", 6)[:6])))


# a paragraph's first line indented as printed (a tab's width or two); less is a list's item going on, more a column
_PARAGRAPH_INDENT = (4, 12)


def repair(pages: list[str]) -> Text:
    """Normalise raw page texts into one ``Text``."""
    kept: list[tuple[int, int, str]] = []  # (page, raw offset, line) of lines that carry text
    table_lines: set[int] = set()  # indexes into ``kept`` of a task table's cells, never joined
    seams_before: set[int] = set()  # indexes into ``kept`` after which furniture was dropped
    running = _running_lines(pages)
    in_table = False  # below a task table's head, each line is a cell and a bare number is a row's number
    for page_no, page in enumerate(pages):
        raw_pos = 0
        odd_dashes = any(d in page for d in "\ufffe\u00ad\u2010\u2011")
        # most pages are NFC already: asking once per page spares a normalisation per line
        decomposed = not unicodedata.is_normalized("NFC", page)
        for raw_line in page.splitlines(keepends=True):
            line = raw_line.rstrip("\r\n")
            if decomposed:
                line = unicodedata.normalize("NFC", line)
            line = line.replace("\u00a0", " ")
            if odd_dashes:
                line = line.translate(_DASHES)
            # a data table's row (three cells or more, from DOCX or HTML) keeps its tabs: the cells are the structure
            line = (line if line.count("\t") >= 2 else line.replace("\t", " ")).rstrip()
            # (and a layout table of two columns, typed with one bar, is two columns side by side: "ỦY BAN NHÂN DÂN |
            # CỘNG HÒA …", "- Lưu: VT. | Đoàn Văn Tuấn")
            if " | " in line and line.count(" | ") == 1 and not line.lstrip().startswith("|"):
                line = line.replace(" | ", "   ")
            if not in_table and _TABLE_FIRST_CELL.match(line):
                in_table = _table_head_follows(page, raw_pos + len(raw_line))
            if line and not in_table and (_PAGE_NUMBER.match(line) or (running and _furniture_key(line) in running)):
                if kept:
                    seams_before.add(len(kept) - 1)
            elif line:
                kept.append((page_no, raw_pos, line))
                if in_table:
                    table_lines.add(len(kept) - 1)
            raw_pos += len(raw_line)

    lengths = sorted(len(line) for _, _, line in kept)
    heading = [_is_heading(line) for _, _, line in kept]
    typical = lengths[len(lengths) * 3 // 4] if lengths else 80
    parts: list[str] = []
    anchors: list[tuple[int, int, int]] = []
    seams: list[int] = []
    pos = 0
    for i, (page_no, raw_pos, line) in enumerate(kept):
        if i > 0:
            cells = i in table_lines or "\t" in line or "\t" in kept[i - 1][2]
            # a table typed as text, its cells between bars ("1 | Tham mưu … | Sở Xây dựng | 30/9/2025"): a row a line
            cells = cells or line.count(" | ") >= 2 or kept[i - 1][2].count(" | ") >= 2
            sep = " " if not cells and _joins(kept[i - 1][2], line, typical, (heading[i - 1], heading[i])) else "\n"
            parts.append(sep)
            pos += 1
            indent = len(line) - len(line.lstrip())
            # a wrapped line's indent is layout, not a gap inside the sentence; and so is a paragraph's, a page laid
            # out as printed ("        Căn cứ Nghị định …"), where a line indented further is a column's
            # (after a line that ends its sentence, or opening on a paragraph's first words: a list's item wrapped
            # after a comma keeps its indent, which says that it goes on)
            paragraph = (
                _PARAGRAPH_INDENT[0] <= indent <= _PARAGRAPH_INDENT[1]
                and not cells
                and (
                    kept[i - 1][2][-1:] in _SENTENCE_END_LAST
                    or _OPENERS.match(line[indent:]) is not None
                    or _LIST_MARKER.match(line) is not None
                )
            )
            if sep == " " or paragraph:
                line, raw_pos = line[indent:], raw_pos + indent
        anchors.append((pos, page_no, raw_pos))
        parts.append(line)
        pos += len(line)
        if i in seams_before:
            seams.append(pos)
    return Text("".join(parts), anchors, seams)
