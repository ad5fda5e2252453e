"""The extractor's fast paths find exactly what the patterns they stand for find.

Some patterns are searched through a whole text with a faster twin (one opening on literal letters, or a cue
looked for first); the rules stay written in the original. These tests hold the twins to the originals on the
sample reports and on texts made to hit their edges, so that a rule changed in one and not the other fails here.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from loaders.repair import repair

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def _texts() -> list[str]:
    files = sorted((ROOT / "samples").glob("*.txt")) + sorted(CORPUS.glob("*/*.txt"))
    return [repair([p.read_text(encoding="utf-8")]).text for p in files]


TEXTS = _texts()


def _fuzz(pieces: list[str], n: int = 400, seed: int = 7) -> list[str]:
    """Short texts strung from the patterns' own pieces, so that near misses and text edges are met."""
    rnd = random.Random(seed)
    glue = [" ", "  ", "\n", "\n  ", ", ", ". ", "(", ")", ":", "-", "x", "Ư", "đ", "1", ""]
    return ["".join(rnd.choice(pieces) + rnd.choice(glue) for _ in range(rnd.randint(1, 8))) for _ in range(n)]


def _spans(found: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]


def _same(
    slow: Callable[[str, int, int], Iterable[re.Match[str]]],
    fast: Callable[[str, int, int], Iterable[re.Match[str]]],
    texts: list[str],
) -> None:
    for text in texts:
        for start, stop in ((0, len(text)), (1, len(text)), (0, len(text) // 2), (len(text) // 3, len(text))):
            assert _spans(fast(text, start, stop)) == _spans(slow(text, start, stop)), (text[:80], start, stop)


def test_task_cues() -> None:
    from loaders.extract.tasks import _CUE, _cues

    pieces = ["Giao", "giao", "Yêu cầu", "yêu cầu", "Đề nghị", "đề nghị", "cho", "1.", "2.1.", "a)", "-", "+"]
    pieces += ["Cơ quan thực hiện", "Cơ quan chủ trì", "các Sở", "Các bộ", "Sở Tài chính", "Trao", "Đối với", "•"]
    _same(_CUE.finditer, _cues, TEXTS + _fuzz(pieces))


def test_texts_found() -> None:
    assert len(TEXTS) >= 7  # the samples at least


def test_post_pattern_as_written_before() -> None:
    from loaders.extract.people import _post_re
    from loaders.lexicon import alternation, initials, lexicon

    posts = lexicon().posts
    slow = re.compile(initials(posts) + rf"(?<![\wĐđ])(?P<post>{alternation(posts)})\s+")
    pieces = [*posts[:40], "Phó", "phó", "Chủ", "Bí thư", "xBí thư", "ĐGiám đốc"]
    _same(slow.finditer, _post_re().finditer, TEXTS + _fuzz(pieces))


def test_lower_case_lists() -> None:
    from loaders.extract.bodies import _LOWER_LIST, _lower_lists

    pieces = ["các", "Các", "xcác", "bộ", "sở", "Sở", ", ban", ", ngành", ", cơ quan ngang bộ", "có liên quan", ":"]
    _same(_LOWER_LIST.finditer, _lower_lists, TEXTS + _fuzz(pieces))


def test_clause_ends() -> None:
    from loaders.extract.context import _CLAUSE_END, clause_ends

    pieces = [".", ";", "!", "?", " ", "\n", "\n\n", " \n ", "\t", "a", "Sở", "1."]
    for text in TEXTS + _fuzz(pieces, 3000) + ["", "\n", ". ", ".\n", "a. b", "a.\n\nb", "a. "]:
        found = list(_CLAUSE_END.finditer(text))
        assert clause_ends(text) == ([m.start() for m in found], [m.end() for m in found]), text


def test_short_names() -> None:
    from loaders.extract.context import SHORT_NAME
    from loaders.extract.recipients import _short_name_matches

    pieces = ["(sau đây gọi tắt là BQL)", "(Sau đây viết tắt là Sở)", "(gọi tắt là X)", "(", ")", " ", "\n ", "tắt là"]
    for text in TEXTS + _fuzz(pieces, 2000):
        assert _spans(_short_name_matches(text)) == _spans(SHORT_NAME.finditer(text)), text


def test_numbers_as_written_before() -> None:
    from loaders.extract.numbers import NUMBER

    before = NUMBER.pattern.replace(r"(?P<n>\d(?<![\w/].)\d{0,4}[a-z]?)", r"(?=\d)(?<![\w/])(?P<n>\d{1,5}[a-z]?)", 1)
    assert before != NUMBER.pattern
    pieces = ["12/KH-UBND", "5/2024/NQ-HĐND", "08-ĐA-TU", "360/HĐTĐ", "a1", "/1", "123456", "1", "QH15", "-", "c"]
    _same(re.compile(before).finditer, NUMBER.finditer, TEXTS + _fuzz(pieces, 2000))


def test_line_end_characters() -> None:
    """repair._joins searches its line-end patterns only on a line ending on a character they can end on."""
    from loaders.repair import _ALWAYS_BREAK_AFTER, _ALWAYS_BREAK_AFTER_LAST, _SENTENCE_END, _SENTENCE_END_LAST

    lines = [ln.rstrip() for p in sorted((ROOT / "samples").glob("*.txt")) for ln in p.read_text("utf-8").splitlines()]
    pieces = ["Nơi nhận", "NƠI NHẬN", "Kính gửi", "KÍNH GỬI", "Số", ":", ".", "./.", ";", "”", "’", ")", '"', "?", "!"]
    for p in [ln for ln in lines if ln] + [f.rstrip() for f in _fuzz(pieces, 3000) if f.strip()]:
        if _SENTENCE_END.search(p):
            assert p[-1] in _SENTENCE_END_LAST, p
        if _ALWAYS_BREAK_AFTER.search(p):
            assert p[-1] in _ALWAYS_BREAK_AFTER_LAST, p


def test_clause_start() -> None:
    from loaders.extract.documents import _CLAUSE_START, clause_start

    def as_written_before(s: str, at: int, reach: int = 800) -> int:
        best = lo = max(0, at - reach)
        for m in _CLAUSE_START.finditer(s, lo, at):
            best = m.end()
        return best

    pieces = [".", ";", ":", "!", "?", " ", "\n", "\t", "a", "Sở", ". \n", ".\n"]
    rnd = random.Random(3)
    for text in TEXTS[:8] + _fuzz(pieces, 1500):
        for at in {0, 1, len(text), *(rnd.randint(0, len(text)) for _ in range(40))}:
            for reach in (800, 5, 1):
                assert clause_start(text, at, reach) == as_written_before(text, at, reach), (text, at, reach)


def test_header_searches() -> None:
    from loaders.extract.dates import PLACE_DATE
    from loaders.extract.header import _place_date, _type_line_re, _type_lines

    pieces = ["Quảng Ngãi", ", ngày 12 tháng 3 năm 2024", ",  ngày", ",\nngày 1 tháng 1 năm 2020", "ngày", ","]
    pieces += ["BÁO CÁO", "QUYẾT ĐỊNH", "KẾ HOẠCH", "\n", "\n\n", "  ", "Hà Nội", "x" * 45]
    for text in TEXTS + _fuzz(pieces, 3000):
        zone = text[:4000]
        assert _spans(_type_lines(zone)) == _spans(_type_line_re().finditer(zone)), zone
        assert _spans([m for m in [_place_date(zone)] if m]) == _spans([m for m in [PLACE_DATE.search(zone)] if m])


def test_no_capital_that_is_not_a_letter_below_the_bound() -> None:
    """repair._mostly_lower's reasoning holds for this Python's Unicode tables."""
    from loaders.repair import _CAPITALS_NOT_LETTERS_FROM

    bound = ord(_CAPITALS_NOT_LETTERS_FROM)
    assert all(chr(c).isalpha() for c in range(bound) if chr(c).isupper())


def test_headings_as_counted_before() -> None:
    from loaders.repair import _is_heading

    def as_counted_before(line: str) -> bool:
        upper = sum(map(str.isupper, line))
        if upper < 2:
            return False
        letters = sum(map(str.isalpha, line))
        return letters >= 2 and upper / letters > 0.7  # capitals and no letter ("ⅣⅣ") once divided by zero

    lines = [ln for text in TEXTS for ln in text.split("\n")]
    pieces = ["ỦY BAN", "Sở", "abc", "xyz", "Ⅳ", "Ⓐ", "ĐĂNG", "đăng", " ", "1.", "TỈNH", "tỉnh", "\ud800", "A", "b"]

    for line in lines + _fuzz(pieces, 5000):
        assert _is_heading(line) == as_counted_before(line), line


def test_grounds_headings() -> None:
    from loaders.extract.context import line_start_matches
    from loaders.extract.documents import _GROUNDS_HEADING

    pieces = ["A. CƠ SỞ PHÁP LÝ", "1. Căn cứ pháp lý", "II) cơ sở pháp lý đề xuất", "\n", "\n\n", " ", "B.", "x"]
    for text in TEXTS + _fuzz(pieces, 3000):
        assert _spans(line_start_matches(_GROUNDS_HEADING, text)) == _spans(_GROUNDS_HEADING.finditer(text)), text


def test_cut_heads() -> None:
    from graph.text import tone_key
    from loaders.extract.people import _cut_head, _head_keys

    def as_written_before(name: str) -> bool:
        key = tone_key(" ".join(name.split())) + " "
        return any(h.startswith(key) and h != key for h in _head_keys())

    words = {w for h in _head_keys() for w in h.split()}
    names = [" ".join(h.split()[:n]) for h in _head_keys() for n in range(1, 4)] + sorted(words) + ["Đoàn Luật", "x"]
    for name in names + [n.upper() for n in names] + _fuzz(sorted(words)[:30], 500):
        assert _cut_head(name) == as_written_before(name), name


def test_addressed_without_its_second_branch() -> None:
    from loaders.extract.recipients import _ADDRESSED, _DEAR

    # _DEAR is _ADDRESSED with its first branch only
    assert _ADDRESSED.pattern.startswith(r"(?:Kính\s+gửi|") and _ADDRESSED.pattern.endswith(r")\s*:")
    assert _DEAR.pattern == r"Kính\s+gửi\s*:"
    for text in TEXTS + _fuzz(["Kính gửi:", "Kính  gửi :", "CÔNG ĐIỆN", "THỦ TƯỚNG CHÍNH PHỦ điện:", ":", "\n"], 2000):
        if "điện" not in text:
            assert _spans([m for m in [_DEAR.search(text)] if m]) == _spans([m for m in [_ADDRESSED.search(text)] if m])


def test_person_pattern_as_written_before() -> None:
    from loaders.extract.bodies import UPPER
    from loaders.extract.people import _LOWER_SYL, person_re
    from loaders.lexicon import alternation, lexicon

    surnames = alternation(sorted(lexicon().person_surnames))
    before = re.compile(
        rf"(?<![\wĐđ])(?:{surnames})(?:[ \t]+[{UPPER}](?:{_LOWER_SYL})?){{0,3}}[ \t]+[{UPPER}]{_LOWER_SYL}(?![\wĐđ])"
    )
    pieces = [*sorted(lexicon().person_surnames)[:20], "Văn", "Thị", "Minh", "An", "A", "xNguyễn", "\t", "Giàng A Sử"]
    _same(before.finditer, person_re().finditer, TEXTS + _fuzz(pieces, 3000))


def test_shared_place_as_written_before() -> None:
    from loaders.extract.bodies import _CAP, _SHARED_PLACE, _SHORT_BODY

    before = re.compile(
        rf"(?<![\wĐđ])(?P<items>(?:{_SHORT_BODY}\s*,\s*)+){_SHORT_BODY}\s+"
        rf"(?P<loc>(?:tỉnh|thành phố|huyện|xã|phường)(?![\wĐđ])(?:[ ]{_CAP}[\wĐđ]*(?![\wĐđ])){{0,3}})"
    )
    pieces = ["TT", "TT.", "TT ", "HĐND,", "UBND, ", "UBMTTQVN ,", "UBMTTQ,", "MTTQ", "xUBND,", "ĐHĐND,", "TT.HĐND,"]
    pieces += ["UBND tỉnh", "HĐND xã Tân Phú", "MTTQ thành phố", "huyện Lý Sơn", "phường", "T", "U", "M", "H", ","]
    found = _fuzz(pieces, 4000)
    assert sum(1 for text in found if _SHARED_PLACE.search(text)) > 50  # the edges are met
    _same(before.finditer, _SHARED_PLACE.finditer, TEXTS + found)


def test_address_as_written_before() -> None:
    from loaders.extract.people import _ADDRESS, RANK

    before = re.compile(
        rf"(?=[ĐđÔôBbLlTt])(?<![\wĐđ])(?:[Đđ]ồng chí|[Đđ]/c|[Ôô]ng|[Bb]à|[Ll]uật sư|{RANK}|{RANK.lower()})\s+"
    )
    assert RANK == r"(?:Đại|Thượng|Trung|Thiếu)[ \t]+(?:tướng|tá|úy|uý)"
    pieces = ["Đồng chí", "đồng chí", "Đ/c", "đ/c", "Ông", "ông", "Bà", "bà", "Luật sư", "luật sư", "Đại tá"]
    pieces += ["thiếu\tuý", "Trung tướng", "Thượng  úy", "xông", "Đông", "công", "\t", "\n"]
    found = _fuzz(pieces, 3000)
    assert sum(1 for text in found if _ADDRESS.search(text)) > 500  # the edges are met
    _same(before.finditer, _ADDRESS.finditer, TEXTS + found)


def test_cued_matches() -> None:
    from loaders.extract.context import cued_matches
    from loaders.extract.documents import _SUBMISSION_BY, _SUBMISSION_CUES
    from loaders.extract.people import _SET_UP, _SET_UP_CUES
    from loaders.extract.projects import _INVESTOR, _INVESTOR_CUES, _START, _START_CUES
    from loaders.extract.segments import _MOTTO, _MOTTO_CUES

    set_up = ["Thành lập", "thành lập", "Kiện toàn", "kiện toàn", "Củng cố", "củng cố", "Thành viên", "thành viên của"]
    set_up += ["thành viên\ncủa", "lại", "xThành lập", "Thành lậpx", "hành lập", "\t"]
    start = ["Dự án", "dự án", "Chương trình", "Đề án", "Đề", "ự án", "xDự án", "Dự ánx", "\t"]
    motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG  HOÀ\nXÃ HỘI", "ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG", "ĐẢNG"]
    investor = ["Chủ đầu tư", "chủ  đầu\ntư", "nhà đầu tư", "Nhà đầu tư (", "nhà  đầu tư", "đầu tư", "(", " (", "xnhà"]
    submission = ["Xét Tờ trình số 142/TTr-UBND của ", "xét  các Tờ trình số 5 ngày 12 tháng 3 của\n", "Xét", "ét"]
    submission += ["Xét Tờ trình số 1/TTr", "ngày 12/3/2024", "của", ","]
    for pattern, cues, lead, pieces in (
        (_INVESTOR, _INVESTOR_CUES, 0, investor),
        (_SUBMISSION_BY, _SUBMISSION_CUES, 1, submission),
        (_SET_UP, _SET_UP_CUES, 1, set_up),
        (_START, _START_CUES, 1, start),
        (_MOTTO, _MOTTO_CUES, 0, motto),
    ):
        found = _fuzz(pieces, 3000)
        assert sum(1 for text in found if pattern.search(text)) > 300  # the edges are met

        def cued(
            text: str,
            a: int,
            b: int,
            pattern: re.Pattern[str] = pattern,
            cues: tuple[str, ...] = cues,
            lead: int = lead,
        ) -> Iterable[re.Match[str]]:
            return cued_matches(pattern, text, a, b, cues, lead)

        _same(pattern.finditer, cued, TEXTS + found)


def test_next_head() -> None:
    from loaders.extract.bodies import _heads, _next_head, head_re

    Search = Callable[[str, int, int], re.Match[str] | None]

    def every(search: Search) -> Callable[[str, int, int], list[re.Match[str]]]:
        def found(text: str, start: int, stop: int) -> list[re.Match[str]]:
            out, pos = [], start
            while (m := search(text, pos, stop)) is not None:
                out.append(m)
                pos = m.end()
            return out

        return found

    pieces = [*_heads()[::7], "các", "Các", "những", "xcác", "cácSở", "các  \n ", "Sở", "Bộ", "đoàn Luật sư"]
    pieces += ["Hiệp Hội"]
    pieces += ["Ủy ban nhân dân", "Uỷ ban", "/", "-", "các các", "những các Sở", "Phòng", "tT HĐND", "n", "h", "c", "t"]
    found = _fuzz(pieces, 3000)
    assert sum(1 for text in found if head_re().search(text)) > 1000  # the edges are met
    _same(every(head_re().search), every(_next_head), TEXTS + found)
