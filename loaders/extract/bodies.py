"""Bodies (agencies and organizations): where their names are, and their canonical full names.

A name starts at a head word ("Sở", "Ủy ban nhân dân", "Công ty" …) and runs on over capitalised
words, the lower-case syllables that continue them inside names ("Quản lý", "Khu kinh tế"), "và"
between capitalised words, and a locality ("tỉnh Quảng Ngãi", "quận Hải An"). It stops at the first
word that is none of these, so "Sở Tư pháp nhận được" yields "Sở Tư pháp".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from graph.text import tone_key
from loaders.lexicon import alternation, alternation_not_after, initials, lexicon

# every upper-case letter Vietnamese uses: "À-Ỹ" as a range would take the lower-case ones between
UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x1EFA)) if ch.isupper() and ch.isalpha())
_CAP = f"[{UPPER}]"
# the rest of a capitalised syllable, with the apostrophe of the Central Highlands' names: "Ea H'leo", "Cư M'gar"
_SYL = r"[\wĐđ]*(?:['’][\wĐđ]+)?"
_PLACE_NAME = re.compile(rf"(?:[ ]+{_CAP}{_SYL}){{1,3}}")
_WORD = re.compile(r"[\wĐđ&]+(?:['’][\wĐđ]+)?(?:\.(?=\w))?")
_LOCALITY_WORDS = ("thành phố", "tỉnh", "quận", "huyện", "thị xã", "xã", "phường", "thị trấn")
_PROVINCE_LEVEL = ("thành phố", "tỉnh")
# heads that name a whole body by themselves
_SELF_CONTAINED = {
    "chính phủ",
    "thủ tướng chính phủ",
    "thủ tướng",
    "quốc hội",
    "bộ chính trị",
    "ban bí thư",
    "chủ tịch nước",
    "ngân hàng nhà nước",
    "viện kiểm sát nhân dân tối cao",
    "toà án nhân dân tối cao",
    "uỷ ban quản lý vốn nhà nước tại doanh nghiệp",
    "vpcp",
    "ủy ban thường vụ quốc hội",
    "đài truyền hình việt nam",
    "đài tiếng nói việt nam",
    "thông tấn xã việt nam",
    "ủy ban dân tộc",
}
# abbreviations that name one body by themselves ("VPUB" is the office of the document's People's Committee)
_STANDALONE_ABBREVIATIONS = {"VPUB", "VPUBND", "VPCP", "BQL"}
# heads that may stand alone, and still take a locality when one follows ("Cổng TTĐT tỉnh")
# (the State Audit and the Treasury are national bodies with regional and provincial offices: "Kiểm toán nhà nước
# khu vực II", "Kho bạc Nhà nước Hà Tĩnh")
_BARE_OK = {
    "cổng thông tin điện tử",
    "cổng ttđt",
    "ủy ban mặt trận tổ quốc việt nam",
    "kiểm toán nhà nước",
    "kho bạc nhà nước",
}
# heads that need a locality to be one body ("Ủy ban nhân dân" alone is not one)
_LOCAL_HEADS = {
    "văn phòng ủy ban nhân dân",
    "ủy ban nhân dân",
    "ubnd",
    "hội đồng nhân dân",
    "hđnd",
    "thường trực hội đồng nhân dân",
    "thường trực hđnd",
    "thanh tra",
    "văn phòng",
    "công an",
    "liên đoàn lao động",
    "ủy ban mặt trận tổ quốc",
    "ủy ban mttq",
    "bảo hiểm xã hội",
    "bhxh",
    "vpub",
    "vpubnd",
    "ban quản lý các khu",  # every province has its board of industrial or economic zones
    "ubmttq",
    "ubmttqvn",
    "đoàn đại biểu quốc hội",  # each province's delegation to the National Assembly
    "đoàn đbqh",
    "thuế",  # since 2025 a province's tax office is "Thuế tỉnh …"
    "trang thông tin điện tử",  # a department's web page is of its province
    "trang ttđt",
}
_PARTY_COMMITTEES: tuple[str, ...] = ("tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy")
# compared with tone_key()s, so spelled in its one tone placement
_SELF_CONTAINED = {tone_key(k) for k in _SELF_CONTAINED}
_BARE_OK = {tone_key(k) for k in _BARE_OK}
_LOCAL_HEADS = {tone_key(k) for k in _LOCAL_HEADS}
_PARTY_COMMITTEES = tuple(tone_key(k) for k in _PARTY_COMMITTEES)
CENTRAL_CITIES = {"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"}


@dataclass
class BodyMention:
    start: int
    end: int
    surface: str
    name: str  # canonical, before locality scoping
    label: str  # Agency or Organization
    needs_locality: bool
    # where the words that name it are, when its place in the sentence is elsewhere: "các tỉnh Điện Biên, Lai Châu:
    # đề nghị UBND các tỉnh …" places each committee at "UBND các tỉnh", named from the province to there
    evidence: tuple[int, int] | None = None


@dataclass(frozen=True)
class Locality:
    kind: str  # "tỉnh" or "thành phố"
    name: str  # "Quảng Ngãi"
    # the commune, ward or district a local body's document speaks from ("xã Hòa Phú"): its "Công an xã" is that one
    unit: str | None = None
    # the department a document of a department speaks from ("Sở Xây dựng tỉnh Hà Giang"): its "Văn phòng Sở"
    department: str | None = None
    # the district a commune's document names ("Kính gửi: Phòng Nội vụ huyện Krông Nô"): its "UBND huyện"
    district: str | None = None
    # the one commune a province's or a district's document names ("xã Tượng Lĩnh"): its "Bí thư Đảng ủy xã"
    commune: str | None = None

    @property
    def full(self) -> str:
        # empty for a district's or commune's document that never names its province: only the unit is known
        return f"{self.kind} {self.name}".strip()


@cache
def _heads() -> tuple[str, ...]:
    lex = lexicon()
    heads = lex.agency_heads + lex.organization_heads
    # "đoàn Luật sư tỉnh …": a head whose proper part is capitalised is a name even in lower case
    heads += tuple(h[0].lower() + h[1:] for h in heads if len(h.split()) > 1 and h.split()[1][:1].isupper())
    # "Liên Đoàn Luật sư", "Hiệp Hội": a head typed with its second word in capitals
    heads += tuple(
        f"{w[0]} {w[1][:1].upper()}{w[1][1:]} {' '.join(w[2:])}".strip()
        for w in (h.split() for h in heads)
        if len(w) > 1 and w[1][:1].islower()
    )
    return heads


_GROUP_WORDS = ("các", "Các", "những")
_NOT_BEFORE_A_HEAD = r"[\wĐđ/\-]"


@cache
def head_re() -> re.Pattern[str]:
    heads = _heads()
    return re.compile(
        initials({*heads, *_GROUP_WORDS})
        + rf"(?<!{_NOT_BEFORE_A_HEAD})(?P<cac>(?:{'|'.join(_GROUP_WORDS)})\s+)?(?P<head>{alternation(heads)})(?![\wĐđ])"
    )


@cache
def _head_start_re() -> re.Pattern[str]:
    # where a head can start, opening on the heads' literal letters: the search skips in C to them
    return re.compile(alternation_not_after(_heads(), _NOT_BEFORE_A_HEAD))


def _next_head(text: str, pos: int, stop: int) -> re.Match[str] | None:
    """``head_re().search(text, pos, stop)``, faster. That search tries its lookbehind at every letter a head or
    "các" may open on, "n", "h", "c", "t" among them; this one looks for where a head starts, and tries ``head_re``
    there, and first at the "các" or "những" just before it, which opens the match when it is there."""
    head = head_re()
    starts = _head_start_re()
    while True:
        found = starts.search(text, pos, stop)
        if found is None:
            return None
        at = found.start()
        before = at
        while before > pos and text[before - 1].isspace():
            before -= 1
        if before < at:  # "các Sở": a group word, the white space after it, the head
            for word in _GROUP_WORDS:
                if before - len(word) >= pos and text.startswith(word, before - len(word)):
                    m = head.match(text, before - len(word), stop)
                    if m is not None:
                        return m
                    break
        m = head.match(text, at, stop)
        if m is not None:
            return m
        pos = at + 1


@cache
def _province_re() -> re.Pattern[str]:
    # (not the first words of a district's name: "Huyện ủy Điện Biên Đông", whose last syllable a place's name goes on
    # with, in the capital of a name's next syllable)
    return re.compile(rf"(?P<p>{alternation(lexicon().provinces)})(?![\wĐđ])(?![ ](?:Đông|Tây|Nam|Bắc)(?![\wĐđ]))")


@cache
def _function_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<f>{alternation(lexicon().functions, ignore_case=True)})(?![\wĐđ])", re.IGNORECASE)


@cache
def _listed_function_re() -> re.Pattern[str]:
    """``_function_re``, a function's words also read across a line break: a list in Nơi nhận wraps where it must."""
    functions = alternation(lexicon().functions, ignore_case=True, wrapped=True)
    return re.compile(rf"(?P<f>{functions})(?![\wĐđ])", re.IGNORECASE)


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


@lru_cache(maxsize=4096)
def _tail_patterns(word: str) -> tuple[re.Pattern[str], ...]:
    # "Huyện ủy ban hành …": a Party committee's lower-case "ủy", then the verb, where "Ủy ban" opens a name
    committee = word[:1].islower() and tone_key(word) == "uỷ"
    # a tail typed in capitals is the same tail: "Liên Đoàn Luật sư", "Hiệp Hội", "Ủy Ban Nhân Dân"
    return tuple(
        re.compile(r"\s+" + r"\s+".join(re.escape(t) for t in tail.split()) + r"(?![\wĐđ])", re.IGNORECASE)
        for tail in lexicon().tails.get(tone_key(word), ())
        if not (committee and tail.startswith("ban"))
    )


def _tail_at(text: str, pos: int, word: str) -> int:
    """End of the longest lower-case tail that may follow ``word`` at ``pos``, or ``pos``."""
    for tail in _tail_patterns(word):
        m = tail.match(text, pos)
        if m:
            return m.end()
    return pos


@cache
def _locality_word_re() -> re.Pattern[str]:
    # (a city also by its initials: "UBND TP. Phan Thiết", "Tp. Hồ Chí Minh")
    return re.compile(rf"\s+({alternation(_LOCALITY_WORDS)}|TP\.?|Tp\.)(?![\wĐđ])")


# a town grown from a state farm keeps the farm's name, its second word in lower case: "thị trấn Nông trường Mộc Châu"
_FARM_TOWN = re.compile(rf"[ ]+Nông trường(?:[ ]+{_CAP}{_SYL}){{1,3}}")


def _locality_at(text: str, pos: int) -> tuple[int, bool] | None:
    """After a locality word at ``pos``: (end, named). Named when a place name follows it."""
    m = _locality_word_re().match(text, pos)
    if not m:
        return None
    word, end = m.group(1), m.end()
    if word.startswith(("TP", "Tp")):
        word = "thành phố"
    if word in _PROVINCE_LEVEL:
        p = _province_re().match(text, end + 1) if text[end : end + 1] == " " else None
        if p:
            return p.end(), True
        if _EVERY_PROVINCE.match(text, end, end + 16):
            return None  # "tỉnh, thành phố": every province, a generic group
        city = _PLACE_NAME.match(text, end) if word == "thành phố" else None
        if city and len(city.group().split()) == 2:
            # "thành phố Đồng Xoài", "thành phố Phan Thiết": a province's city, named by two words, whose first may
            # also be a family's ("Chủ tịch UBND thành phố Trần Sỹ Thanh" is a person: three words)
            return city.end(), True
        return end, False
    # a district or commune: its capitalised name; without one, the name ends at the bare word ("Phòng Kinh tế
    # phường niêm yết …", "Ban cán sự đảng UBND huyện lãnh đạo …": what follows is the sentence's)
    run = (
        _FARM_TOWN.match(text, end)
        or _PLACE_NAME.match(text, end)
        or (_NUMBERED_PLACE.match(text, end) if word in _NUMBERED_KINDS else None)
    )
    if run and " " not in run.group().strip() and _stop_re().match(run.group().strip().lower()):
        run = None  # "… Chủ tịch Hội đồng nhân dân xã Chịu trách nhiệm chính …": a verb the repair joined on
    if run:
        return run.end(), True
    if word == "xã" and (_SOCIETY.match(text, end) or text.endswith("tác", 0, m.start(1) - 1)):
        return None  # "Chính sách xã hội", "Hợp tác xã": society, a cooperative, not a commune
    return end, False


_SOCIETY = re.compile(r" hội(?![\wĐđ])")
# the cities' wards and districts named by a number: "phường 2", "phường VII", "Quận 3"
_NUMBERED_KINDS = ("phường", "quận")
_NUMBERED_PLACE = re.compile(
    r"[ ]+(?:\d{1,2}|[IVX]{1,5})(?![\wĐđ/-])(?! (?:lần|tháng|năm|ngày|tuần|đợt|lượt|người|hộ|cơ sở|vụ)(?![\wĐđ]))"
)
_EVERY_PROVINCE = re.compile(r"\s*,\s*(?:thành phố|tỉnh)")


@cache
def _organization_keys() -> frozenset[str]:
    return frozenset(tone_key(h) for h in lexicon().organization_heads)


@cache
def not_body_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(lexicon().not_bodies)})(?![\wĐđ])")


# (or the State Audit's sectoral office by its number: "Kiểm toán nhà nước chuyên ngành III")
_REGION = re.compile(r"\s+(?:chi nhánh\s+)?(?:[Kk]hu\s+vực|[Cc]huyên\s+ngành)\s+(?:[IVXLC]{1,6}|\d{1,2})(?![\wĐđ])")
_BARE_PROVINCE_WORD = re.compile(r"(?<=nhánh )(?:tỉnh|thành phố)(?![\wĐđ])(?!\s+[A-ZĐÀ-Ỹ])")
_BRANCH = re.compile(r"(?:\s+Việt Nam)?(?:\s*[-–]\s*|\s+)[Cc]hi nhánh\s+(?:(?:tỉnh|thành phố)\s+)?")
_COMBINED_OFFICE = re.compile(r"Văn phòng (?:HĐND|Hội đồng nhân dân|Đoàn ĐBQH|Đoàn đại biểu Quốc hội)")
_COUNCIL = re.compile(r"Hội đồng nhân dân|HĐND")
_ORGANS = {tone_key(h) for h in ("Ban Thường vụ", "Ban Chấp hành", "Ban Thường trực")}


def _names_an_organization(text: str, pos: int) -> bool:
    nested = head_re().match(text, pos + 1) if text[pos : pos + 1] == " " else None
    return nested is not None and tone_key(nested.group("head")) in _organization_keys()


def _single_head_ok(text: str, pos: int) -> bool:
    """After a one-word head ("Hội", "Bộ", "Ban"): a capitalised word, a known tail, or an abbreviation."""
    m = _WORD.match(text, pos + 1) if text[pos : pos + 1] == " " else None
    if m is None:
        return False
    return _is_cap(m.group()) or _tail_at(text, pos, text[max(0, pos - 8) : pos].split()[-1]) > pos


@cache
def _stop_re() -> re.Pattern[str]:
    # "giao thông" (transport), "chuyển đổi" (transformation), "công trình" (works), "nhà thầu xây dựng" (builders)
    # and "đầu tư xây dựng" (construction investment) are nouns inside names, though "giao", "chuyển", "trình" and
    # "xây dựng" stop one
    return re.compile(
        rf"(?!giao thông(?![\wĐđ]))(?!chuyển đổi(?![\wĐđ]))"
        rf"(?!(?<=[Cc]ông )trình(?![\wĐđ]))(?!(?<=[Cc]huyên )ngành(?![\wĐđ]))"  # "… dự án chuyên ngành giao thông"
        rf"(?!(?<=[Ll]iên )ngành(?![\wĐđ]))"  # "Tổ công tác liên ngành", "Đoàn kiểm tra liên ngành"
        rf"(?!(?<=[Hh]ướng )dẫn(?![\wĐđ]))"  # "Trung tâm Hướng dẫn viên du lịch"
        rf"(?!(?:(?<=[Tt]hầu )|(?<=hoạch )|(?<=định )|(?<=dự án )|(?<=đầu tư ))xây dựng(?![\wĐđ]))"
        rf"(?!số(?!\s*(?:\d|[IVX]+(?![\wĐđ])|:|hiệu)))"  # "Chuyển đổi số": "số" stops a name only before a number
        rf"(?:{alternation(lexicon().stops)})(?![\wĐđ])"
    )


# the kinds of commune and district, the level below a province
_UNIT_KIND = r"(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã)"
_BARE_UNIT = re.compile(rf"\s+{_UNIT_KIND}(?![\wĐđ])")
MAX_LOWER_RUN = 7
CLOSED = 99  # the name is whole: no lower-case word and no "và" may follow
_IN_A_NUMBER = re.compile(r"\d/[A-ZĐ][\wĐđ.]*[-–] ?$")
# a Party committee of a block or a commune, whose organs are named with it: "Ban Tuyên giáo Đảng ủy Khối"
_BLOCK_COMMITTEE = re.compile(r"Đảng [uủ][ỷy] (?:Khối|xã|phường|thị trấn)(?![\wĐđ])")
_STANDING_POSTS = ("Bí thư ", "Chủ tịch ", "Thủ tướng ", "Trưởng ban ", "Trưởng Ban ")
_LEADERSHIP = re.compile(r" (?:[Cc]hủ nhiệm|[Gg]iám đốc|[Ll]ãnh đạo)(?![\wĐđ])")
_COMPANY_HEADS = lexicon().company_heads
# a company's name before its proper part: "Công ty CP ĐTPT Đô thị …" goes on with the acronym of its trade
_COMPANY_FORM = re.compile(r"(?:Công ty|Tổng công ty)(?:\s+(?:CP|TNHH|MTV|Cổ phần|cổ phần|TMCP|TNHH MTV))+")
# a role after a dash is the person's in a list of members ("Phó Chủ tịch UBND tỉnh - Tổ trưởng"), not the name's
_ROLE = (
    r"(?:Tổ trưởng|Tổ phó|Thành viên|Trưởng|Phó|Ủy viên|Uỷ viên|Thư ký|Chủ nhiệm|Giám đốc|Chủ tịch|Thường trực)"
    r"(?![\wĐđ])"
)
_DASH_JOIN = re.compile(rf"[ ]?[-–][ ]?(?!{_ROLE})(?={_CAP})")
# "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch": fields listed in a name, closed by "và" and a capital
_FIELDS_JOIN = re.compile(rf",[ ](?={_CAP}{_SYL}(?:[ ][\wĐđ]+){{0,2}}[ ]và[ ]{_CAP})")
_DASH_OR_COMMA_JOIN = re.compile(rf"[ ]?[-–][ ]?(?!{_ROLE})(?={_CAP})|,[ ](?={_CAP})")
_THEN_CAPITAL = re.compile(rf"\s+{_CAP}")
_THEN_MIDDLE_NAME = re.compile(rf"[ \t]+(?:Văn|Thị)[ \t]+{_CAP}")
# (or the zones a board also manages, in lower case: "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp …")
# (not a document named next: "… Ban Chấp hành Đảng bộ tỉnh và Kết luận số 27-KL/TU")
_AND_THEN_CAPITAL = re.compile(
    rf"\s+(?:các\s+)?(?!(?:Kết luận|Quyết định|Kế hoạch|Nghị quyết|Thông báo|Chỉ thị|Công văn|Văn bản|Báo cáo"
    rf"|Chương trình|Hướng dẫn|Quy chế|Quy định|Tờ trình)(?![\wĐđ]))"
    rf"(?={_CAP}|khu (?:công nghiệp|chế xuất|kinh tế)(?![\wĐđ]))"
)
# what a document is about, after "về", not what a committee is for: "Kế hoạch … của Ban Chỉ đạo về công tác …"
_SUBJECT = re.compile(
    r"\s+(?:công tác|việc|tình hình|kết quả|triển khai|thực hiện|báo cáo|nhiệm vụ|tăng cường|đẩy mạnh)\s"
)
_THEN_LOWER = re.compile(r"\s+[a-zà-ỹđ]")


@cache
def _topical_heads() -> tuple[str, ...]:
    return tuple(tone_key(t) for t in lexicon().topical)


_SHORT_FUNCTION_TOKEN = re.compile(r"[A-ZĐ][A-ZĐ&-]*[A-ZĐ](?![\wĐđ&-])")


# a task force or a steering committee named for a programme by its number, or as the Government's: "Tổ công tác
# triển khai Đề án 06 tỉnh Bắc Kạn", "Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ"
_TASK_FORCE = re.compile(r"Tổ [Cc]ông tác|Ban [Cc]hỉ đạo")
_STEERED = re.compile(
    r" các(?: (?!tỉnh|thành|huyện|quận|thị|xã|phường|cấp|sở|ngành)[a-zà-ỹđ]+){1,8}?"
    r"(?= (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?![\wĐđ]))"
)
_OF_THE_GOVERNMENT = re.compile(r" của (?:Thủ tướng )?(?:Chính phủ|CP)(?![\wĐđ])")
_PROGRAMME = re.compile(r"(?: (?:triển khai|thực hiện))? Đề án (?:số )?\d{1,4}(?![\w/-])")


def _task_force_end(text: str, pos: int) -> tuple[int, bool] | None:
    """Where a task force's name that ends its head at ``pos`` goes on to, and whether it is whole there (the
    Government's); None where nothing of it is the name."""
    programme = _PROGRAMME.match(text, pos)
    end = programme.end() if programme else pos
    for _ in range(8):  # "… cải cách thủ tục hành chính của Thủ tướng Chính phủ"
        government = _OF_THE_GOVERNMENT.match(text, end)
        if government:
            return government.end(), True
        word = _WORD.match(text, end + 1) if text.startswith(" ", end) else None
        if word is not None and word.group() == "của" and end > pos:
            # "Tổ công tác đặc biệt của tỉnh về …": the province's own, whole at its place
            place = _locality_at(text, word.end())
            if place is not None:
                return place[0], True
        if word is None or word.group() == "của" or _stop_re().match(text, word.start()):
            break
        end = word.end()
    return (programme.end(), False) if programme else None


# the country's regions end on "Bộ": "Đông Nam Bộ", "Nam Trung Bộ", "Bắc Bộ"
_REGION_BEFORE = re.compile(r"(?:Bắc|Trung|Nam|Tây|Đông) $")
_POSTS_AND = ("Bưu chính ", "Bưu chính, ")  # "Bưu chính Viễn thông", "Bưu chính, Viễn thông": a trade's words


def _no_head_here(text: str, at: int, head: str) -> bool:
    """Whether a head at ``at`` is a word of another name: the "Bộ" that ends a region's name ("Đông Nam Bộ", not
    "miền Nam Bộ Công Thương"), the "Viễn thông" of a trade ("Tập đoàn Bưu chính Viễn thông Việt Nam")."""
    if head == "Bộ":
        return bool(_REGION_BEFORE.search(text, max(0, at - 6), at)) and not _function_re().match(text, at + 3)
    return head == "Viễn thông" and text.endswith(_POSTS_AND, 0, at)


_AND_ACRONYM = re.compile(r" và [A-ZĐ]{2,}(?![\wĐđ])")
_ACRONYM_AND = re.compile(r"(?<![\wĐđ])[A-ZĐ]{2,} và $")
_JOINS_ANOTHER = re.compile(r"(?:,|(?<![\wĐđ])và)\s*$")


def _proper_before(text: str, lo: int, at: int) -> bool:
    """Whether the word before the one at ``at`` (after ``lo``) is capitalised and no more ("Sóc" before "Sơn")."""
    if at - 1 <= lo or text[at - 1] != " ":
        return False
    start = text.rfind(" ", max(lo, at - 13), at - 1) + 1
    if start == 0 and at - 13 > lo:
        return False
    word = text[max(start, lo) : at - 1]
    return len(word) > 1 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


# a field of work whose fixed phrase holds commas and "và", whole inside a body's name: "Ban Chỉ huy phòng cháy, chữa
# cháy rừng", "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Ban Chỉ huy phòng, chống thiên tai và tìm
# kiếm cứu nạn"
_FIELD = re.compile(
    r" (?:[Pp]hòng cháy,? chữa cháy(?: và cứu nạn,? cứu hộ)?(?: rừng)?|[Cc]ứu nạn,? cứu hộ"
    r"|[Pp]hòng,? chống thiên tai(?: và tìm kiếm cứu nạn)?)(?![\wĐđ])"
    # "Trung tâm Giáo dục thường xuyên tỉnh", "… Giáo dục nghề nghiệp - Giáo dục thường xuyên": the school's kind
    r"|(?:(?<=tâm [Gg]iáo dục)|(?<=[-–] [Gg]iáo dục)) thường xuyên(?![\wĐđ])"
    r"|(?<=Vụ Chính quyền) địa phương(?![\wĐđ])"  # the Ministry of Home Affairs' department of local government
)
# an office's field: "Phòng Tổ chức đảng - đảng viên" of a Party committee's organization board, "Phòng Quản lý xây
# dựng", "Phòng Quản lý đô thị" (where "Ban Quản lý xây dựng kế hoạch" is a board that builds a plan)
_OFFICE_FIELD = re.compile(
    r" (?:Tổ chức đảng\s*[-–]\s*đảng viên"
    r"|Quản lý (?:quy hoạch (?:và|-) (?:xây dựng|kiến trúc)|xây dựng|đô thị|đất đai|quy hoạch|chất lượng|tài nguyên))"
    r"(?![\wĐđ])"
)


_MANAGED = lexicon().managed_heads
_POLICE_OFFICES = lexicon().police_offices
# the bodies that are named for a person, the person's name theirs: "Bệnh viện Nguyễn Đình Chiểu", "Trường THPT
# Nguyễn Du", "Trường Chính trị Nguyễn Văn Cừ"
_NAMED_FOR_PEOPLE = lexicon().named_for_people
_HONOURED = re.compile(rf"{_CAP}{_SYL}(?:[ ]+{_CAP}{_SYL}){{1,3}}")
# the lower-case words of a name's second field, then the "và" or the comma of the list it is in
_FIELDS_THEN_NEXT = re.compile(r"((?:[ ][a-zà-ỹđ]+){1,4})(?:[ ]và[ ]|,[ ])")
# a firm's trade in lower-case words, then the capital its brand opens on
_TRADE_THEN_BRAND = re.compile(rf"(?:[a-zà-ỹđ]+[ ]){{1,3}}(?={_CAP})")


def _extend(text: str, pos: int, organization: bool, start: int | None = None) -> int:
    """End of a body's name whose head ends at ``pos`` (the name began at ``start``)."""
    lex = lexicon()
    end = pos
    task_force = _TASK_FORCE.match(text, start) if start is not None else None
    named = _task_force_end(text, task_force.end()) if task_force is not None and task_force.end() >= pos else None
    if named is None and task_force is not None and task_force.end() >= pos:
        # "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh": the programmes it steers, up to its place
        steered = _STEERED.match(text, task_force.end())
        loc = _locality_at(text, steered.end()) if steered else None
        named = (loc[0], True) if loc is not None else None
    if named is not None:
        if named[1]:
            return named[0]
        end = named[0]
    # "Thường trực Tỉnh ủy còn chậm": a Party committee is named by its place alone, never by lower-case words
    lower_run = CLOSED if text[pos - 1 : pos] in ("y", "ỷ") and _committee_end(text[max(0, pos - 12) : pos]) else 0
    topical_heads = _topical_heads()
    topical = True  # one "về …" at most
    unit_head = -1  # where the head of the body a unit's name holds ends
    proper_at = -1  # where the name so far ends on a proper name, each syllable in capitals
    while True:
        loc = _locality_at(text, end)
        if loc is not None:
            end = loc[0]
            if loc[1]:
                break
            lower_run = CLOSED  # after a bare "tỉnh", lower-case words are the sentence's own
            continue
        field = _FIELD.match(text, end) if lower_run < CLOSED else None
        if field is None and end == pos and start is not None and text.startswith("Phòng", start):
            field = _OFFICE_FIELD.match(text, end)
        if field is not None:
            end, lower_run = field.end(), 0
            continue
        m = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        short = _SHORT_FUNCTION_TOKEN.match(text, end + 1) if m is not None and end == pos else None
        if short and short.group() in lex.abbreviations:
            # "Phòng TC-KH", "Phòng TN&MT huyện": an office's function, abbreviated (and what the full words would
            # take after them: "BQLDA ĐTXD các công trình giao thông tỉnh")
            end = _tail_at(text, short.end(), short.group())
            continue
        if m is None and text[end : end + 1] == "\n":
            province = _province_re().match(text, end + 1)
            if province:  # a name that a line break cut before its place: "… dịch vụ\nQuảng Ngãi"
                end = province.end()
                break
        if m is None:
            joined = _joined_run(text, end)
            if joined is not None:
                end, lower_run = joined, 0
                continue
            # "Lao động - Thương binh", "Đầu tư, Xây dựng" inside a company name; never across a line
            # (not after a bare head: "Chủ tịch Công ty, Kiểm soát viên" lists posts)
            company = start is not None and end > pos and text.startswith(_COMPANY_HEADS, start)
            j = (_DASH_OR_COMMA_JOIN if company else _DASH_JOIN).match(text, end) or _FIELDS_JOIN.match(text, end)
            if j and (not head_re().match(text, j.end()) or not_body_re().match(text, j.end())):
                end = j.end()
                w = _WORD.match(text, end)
                if w:
                    end = _tail_at(text, w.end(), w.group())
                    lower_run = 0
                    continue
            break
        word = m.group()
        province = _province_re().match(text, m.start())
        if province:
            end = province.end()
            after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
            firm = start is not None and text.startswith(_COMPANY_HEADS, start)
            trade = after is not None and _is_cap(after.group()) and not after.group().isupper()
            if firm and after and trade and after.group() not in lex.surnames and not head_re().match(text, end + 1):
                continue  # "Công ty TNHH Du lịch Hoà Bình Xanh": a firm's trade name goes on past a province's
            break
        # (or a ministry named inside the name: "Cơ quan CSĐT Bộ Công an")
        ministry_inside = end > pos and text.endswith(" Bộ", 0, end)
        # (or a unit's body named inside its name: "Chi bộ Cục Thi hành án dân sự tỉnh")
        head_word = (
            tone_key(text[max(0, end - 6) : end].split()[-1]) if end in (pos, unit_head) or ministry_inside else ""
        )
        if head_word in ("sở", "bộ", "phòng", "cục"):
            f = _function_re().match(text, m.start())
            if f:
                end = f.end()
                if head_word != "phòng":  # (an office's name may go on: "Phòng Kinh tế hạ tầng")
                    lower_run = CLOSED  # "Sở Nội vụ" is whole: what follows in lower case is the sentence's
                continue
        nested = head_re().match(text, m.start())
        if nested and _no_head_here(text, m.start(), nested.group("head")):
            nested = None  # "… hàng hải Đông Nam Bộ", "Bưu chính Viễn thông": words of another name
        if nested and nested.group("head") in _MANAGED and start is not None and text.startswith("Ban Quản lý", start):
            nested = None  # "Ban Quản lý Vườn quốc gia Chư Yang Sin": the board of the park, one body
        if (
            nested
            and nested.group("head") == "Công an"
            and end > pos
            and start is not None
            and text.startswith(_POLICE_OFFICES, start)
        ):
            # "Phòng Cảnh sát kinh tế Công an tỉnh Ninh Bình": the police's office is named with its police, as its
            # investigators are ("Cơ quan Cảnh sát điều tra Công an tỉnh …")
            loc = _locality_at(text, nested.end())
            end = loc[0] if loc is not None else nested.end()
            break
        unit = start is not None and tone_key(text[start:end]) in lex.unit_of
        if nested and unit and end == pos and not nested.group("cac"):
            # "Ban Thường trực Ủy ban Mặt trận Tổ quốc …": an organ's name goes on with its body's whole head;
            # a Party committee's name is whole ("Ban Thường vụ Tỉnh ủy kết luận")
            end, lower_run = nested.end(), CLOSED if _committee(nested.group("head")) else 0
            unit_head = end
            continue
        if nested and not_body_re().match(text, nested.start("head")):
            nested = None  # "Trung tâm Thông tin và Hội nghị tỉnh": "Hội nghị" is no body
        if nested and nested.group("head") == "Phòng" and not _function_re().match(text, nested.end() + 1):
            nested = None  # "Ban Chỉ đạo Phòng thủ dân sự": a district's office is "Phòng" and a function
        council = (
            nested is not None
            and start is not None
            and text.startswith("Ban ", start)
            and _COUNCIL.fullmatch(nested.group("head"))
        )
        if council and nested is not None:
            # "Ban Pháp chế Hội đồng nhân dân tỉnh": a council's committee is named with its council
            end, lower_run = nested.end(), 0
            continue
        if nested and start is not None and _COMBINED_OFFICE.match(text, start) and text.endswith(" và", 0, end):
            nested = None  # "Văn phòng HĐND và UBND xã": the second body the office serves
        if nested and start is not None and _COMPANY_FORM.fullmatch(text, start, end):
            nested = None  # "Công ty Cổ phần Tập đoàn Đèo Cả": the company's name begins after its form
        if (
            nested
            and start is not None
            and " " not in nested.group("head")
            and text.startswith(_COMPANY_HEADS, start)
            and not _function_re().match(text, nested.end() + 1)
            and not _JOINS_ANOTHER.search(text, max(start, m.start() - 5), m.start())
        ):
            # "Công ty cổ phần BOT Đông Ban Mê", "… Thương mại Sở Dầu": a word of the firm's name, not a body (but "…
            # Vinacomin và Ban Quản lý rừng phòng hộ Sìn Hồ" names another)
            nested = None
        committee = nested is not None and (
            _committee(nested.group("head")) or _BLOCK_COMMITTEE.match(text, nested.start("head")) is not None
        )
        if nested and not nested.group("cac") and end > pos and not committee and not unit:
            break  # a second body begins: "… của Ban Chỉ đạo Ban Quản lý báo cáo"
        numbered = start is not None and word.isdigit() and len(word) <= 4
        if numbered and (tone_key(text[start:end]) in lex.generic or tone_key(text[start:end]) == "ban quản lý dự án"):
            end = m.end()  # "Ban Chỉ đạo 389", "Ban Quản lý dự án 2": a number that names the body
            continue
        if word.isdigit() and len(word) <= 2 and start is not None and _NUMBERED_UNIT.match(text, start):
            end, lower_run = m.end(), CLOSED  # "Phòng Nghiệp vụ 2": an inspectorate's or a police's numbered office
            continue
        region = _REGION.match(text, end)
        if region:  # "Chi cục Hải quan khu vực XII": a regional office is named by its region's number
            end, lower_run = region.end(), CLOSED
            continue
        if _is_cap(word) and lower_run >= CLOSED and _stop_re().match(word.lower()):
            break  # "… Hội đồng nhân dân xã Chịu trách nhiệm …": after a bare place word, a verb the repair joined on
        if _is_cap(word):
            block = word == "Khối" and text.endswith(("Đảng ủy", "Đảng uỷ"), 0, end)
            if block and _tail_at(text, m.end(), word) == m.end():
                end, lower_run = m.end(), CLOSED  # "Đảng ủy Khối biên soạn …": what follows is the sentence's
                continue
            if end > pos and text.endswith("Việt Nam", 0, end):
                break  # "Hiệp hội Công chứng Việt Nam Hướng dẫn …": a national name is whole at the country
            if (word in lex.surnames and _THEN_CAPITAL.match(text, m.end())) or (
                # a rarer family's name is a person's only with a middle name after it: "UBND tỉnh Hầu Văn
                # Chiến", where "rừng phòng hộ Sìn Hồ" is a place
                word in lex.person_surnames and _THEN_MIDDLE_NAME.match(text, m.end())
            ):
                honoured = _HONOURED.match(text, m.start())
                brand = (
                    start is not None
                    and end > pos
                    and text.startswith(_COMPANY_HEADS, start)
                    and not _THEN_MIDDLE_NAME.match(text, m.end())
                )
                if honoured and brand:
                    # "Công ty TNHH Kim Xuyên Phát", "… Đầu tư xây dựng Nguyễn Hoàng": a brand that opens on a
                    # family's name (a person's would have "Văn" or "Thị" after it)
                    end, lower_run = honoured.end(), CLOSED
                    continue
                if honoured and lower_run < CLOSED and start is not None and text.startswith(_NAMED_FOR_PEOPLE, start):
                    # "Bệnh viện Nguyễn Đình Chiểu", "Trường THPT Nguyễn Du": a hospital or a school named for a
                    # person, whose name is the body's (a place after it still is: "… Chiểu tỉnh Bến Tre")
                    end, lower_run = honoured.end(), CLOSED
                    continue
                # a person's name after the body: "Thủ tướng Chính phủ Phạm Minh Chính"
                nxt = _WORD.match(text, m.end() + 1)
                # "Quốc" may open "Quốc hội" and "Văn" "Văn phòng": a person's middle name unless the tail follows.
                # A place or a trade name of two words is the body's: "Hiệp hội Nước mắm Phan Thiết", "Khu kinh tế
                # cửa khẩu Đồng Đăng", "Công ty Cổ phần Xây dựng Hoàng Long" (a person's full name has three or more)
                company = start is not None and text.startswith(_COMPANY_HEADS, start)
                # "Huyện ủy Nông Cống", "Huyện ủy Triệu Sơn": a Party committee's place, right after it
                committee = end == m.start() - 1 and _committee_end(text[max(0, end - 12) : end])
                # "Kho bạc Nhà nước Kim Thành": a treasury's office, named by its district alone
                treasury = text.endswith(("Kho bạc Nhà nước", "Kho bạc nhà nước", "KBNN"), 0, end)
                place = (
                    (lower_run > 0 or company or committee or treasury)
                    and (lower_run < CLOSED or committee)  # "UBND tỉnh Võ Phiên": after its locality, a person's name
                    and nxt is not None
                    and nxt.group().isalpha()
                    and not _THEN_CAPITAL.match(text, nxt.end())
                )
                if place and nxt is not None:
                    end, lower_run = nxt.end(), CLOSED  # what follows in lower case is the sentence's
                    continue
                if nxt and _tail_at(text, nxt.end(), nxt.group()) == nxt.end():
                    break
            acronym = word.isupper() and len(word) > 1 and not word.startswith(("TNHH", "MTV", "TMCP"))
            if (
                acronym
                and end > pos
                and word not in lex.abbreviations
                and not _COMPANY_FORM.fullmatch(text, start or 0, end)
                # (a firm's trade by its initials: "Công ty TNHH TM DV Kỹ thuật An Khang")
                and not (
                    start is not None
                    and text.startswith(_COMPANY_HEADS, start)
                    and tone_key(word) in lex.company_abbreviations
                )
                # (but fields abbreviated in pairs are the name's: "Cục Cảnh sát PCCC và CNCH", "Cục QLĐĐ và PCTT")
                and not _AND_ACRONYM.match(text, m.end())
                and not _ACRONYM_AND.search(text, max(0, m.start() - 16), m.start())
                # (but the kind of projects a board manages is: "Ban Quản lý các dự án ODA thành phố")
                and not text.endswith(("dự án", "Dự án"), 0, end)
            ):
                break  # an acronym after a name is its own token ("QISC", "KGVX"): not part of the name
            end = _tail_at(text, m.end(), word)
            # a name that ends with the country ends there: "Liên đoàn Luật sư Việt Nam quan tâm …"
            # the country or a Party committee ends a name: "Ủy ban Kiểm tra Tỉnh ủy đưa …" is the sentence's verb
            loc, bare = None, None
            if text.endswith("Việt Nam", 0, end):
                # "Ủy ban MTTQ Việt Nam phường": the Front of a ward, not the national one
                loc = _locality_at(text, end)
                bare = _BARE_UNIT.match(text, end) if loc is None else None
                end = loc[0] if loc else bare.end() if bare else end
            # a proper name, each of its syllables in capitals ("Hạt Kiểm lâm Sóc Sơn"), closes the name: the
            # lower-case words after it are the sentence's ("… Sóc Sơn phát dọn đường băng")
            proper = end == m.end() and _proper_before(text, pos, m.start()) and not head_re().match(text, m.start())
            proper_at = end if proper else -1
            lower_run = (
                CLOSED if text.endswith("Việt Nam", 0, end) or _committee_end(text[max(0, end - 12) : end]) else 0
            )
            if loc is not None or bare is not None:
                break
            continue
        nxt = _AND_THEN_CAPITAL.match(text, m.end()) if word == "và" and lower_run < MAX_LOWER_RUN else None
        if word == "và" and nxt is None and lower_run < MAX_LOWER_RUN:
            joined = _anchored_run(text, m.end())
            if joined is not None:  # "Hội Bảo vệ thiên nhiên và môi trường tỉnh Bình Thuận"
                end = joined
                break
            # "Hội Bảo vệ thiên nhiên và môi trường và Hội Làm vườn": the list's own "và" comes after the name's
            fields = _FIELDS_THEN_NEXT.match(text, m.end())
            if (
                fields is not None
                and head_re().match(text, fields.end())
                # (not a group's words: "Hội Nông dân và các đơn vị, Sở Tư pháp …")
                and not any(_stop_re().match(text, w.start()) for w in _WORD.finditer(text, m.end(), fields.end(1)))
            ):
                end = fields.end(1)
                break
        if nxt:
            nested_head = head_re().match(text, nxt.end())
            # "Văn phòng HĐND và UBND xã": one office serves the council and the committee
            combined = start is not None and _COMBINED_OFFICE.fullmatch(text, start, end)
            if (
                nested_head
                and not organization
                and not combined
                and not not_body_re().match(text, nested_head.start("head"))
            ):
                break
            if _committee_end(text[max(0, end - 12) : end]):
                break  # "Ban Thường vụ Tỉnh ủy và …": a committee's name is complete
            end = nxt.end() - 1
            continue
        named_for_task = (
            start is not None
            and tone_key(text[start:end]).startswith(topical_heads)
            and not tone_key(text[start:end]).startswith("hội đồng nhân dân")  # a council, not named for a task
            # a project board is named for its works or place: "Ban Quản lý dự án Thăng Long về tình hình …"
            and not tone_key(text[start:end]).startswith("ban quản lý dự án")
        )
        about = _THEN_LOWER.match(text, m.end()) or (
            _THEN_CAPITAL.match(text, m.end()) and not _opens_a_body(text, m.end() + 1)
        )
        if (
            topical
            and named_for_task
            and lower_run < CLOSED
            and word == "về"
            and about
            and not _SUBJECT.match(text, m.end())
        ):
            end, lower_run = m.end(), 0  # "Ban Chỉ đạo quốc gia về dữ liệu", "… về Phòng thủ dân sự"
            topical = False
            continue
        goes_on = lower_run < MAX_LOWER_RUN and (proper_at != end or word == "và" or word in lex.compound_ends)
        if word[:1].islower() and goes_on and not _stop_re().match(text, m.start()):
            end = m.end()  # "Hội Văn học Nghệ thuật", "Trung tâm Phục vụ hành chính công"
            lower_run += 1
            continue
        firm = (
            start is not None and end > pos and proper_at != end and text.startswith(("Công ty", "Tổng công ty"), start)
        )
        lowered = _TRADE_THEN_BRAND.match(text, m.start()) if firm and lower_run < MAX_LOWER_RUN else None
        if (
            lowered is not None
            and not head_re().match(text, lowered.end())
            and not text.startswith("Việt Nam", lowered.end())
        ):
            # "Công ty TNHH Vật liệu xây dựng Kim Xuyên Phát": a firm's trade in lower case, its brand after it
            end, lower_run = lowered.end() - 1, lower_run + 1
            continue
        if word[:1].islower() and lower_run < MAX_LOWER_RUN and start is not None:
            described = _described_to_place(text, end) if text.startswith(_DESCRIBED_HEADS, start) else None
            if described is not None:  # "Hiệp hội Nhà thầu xây dựng tỉnh Bình Thuận": the place closes it
                end = described
        break
    return _trim_lower(text, pos, end)


# "phòng, chống tham nhũng, tiêu cực": the genre's fixed phrase, whose commas are inside the name
_PREVENT_AND_COMBAT = re.compile(r",[ ]chống(?![\wĐđ])")
_COMMA_LOWER = re.compile(r",[ ](?=[a-zà-ỹđ])")
_SLASH_LOWER = re.compile(r"/(?=[a-zà-ỹđ])")  # "chất độc da cam/dioxin"
_CENTRAL_END = re.compile(r" Trung ương(?![\wĐđ])")


def _joined_run(text: str, pos: int) -> int | None:
    """Where a name goes on past a comma or a slash at ``pos``: "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực",
    "Hội Nạn nhân chất độc da cam/dioxin tỉnh …", "Hội đồng Thẩm định, đánh giá … tỉnh Lâm Đồng"; None where it
    does not: a list of bodies, or the sentence going on."""
    if text.endswith(("phòng", "Phòng"), 0, pos) and _PREVENT_AND_COMBAT.match(text, pos):
        return _topic_end(text, pos + 2)
    if _SLASH_LOWER.match(text, pos):
        w = _WORD.match(text, pos + 1)
        return w.end() if w else None
    if _COMMA_LOWER.match(text, pos) and re.search(r"(?<![\wĐđ])chống\s[^.;:\n]{1,60}$", text[max(0, pos - 70) : pos]):
        return _topic_end(text, pos + 2)  # "… chống tham nhũng, tiêu cực": the phrase's list goes on
    if _COMMA_LOWER.match(text, pos) and not _GOVERNMENT_AFTER.match(text, pos):
        return _anchored_run(text, pos + 1)
    return None


# "Đảng ủy, chính quyền xã Tiên Hà": the Party committee and the local government beside it, two of a list
_GOVERNMENT_AFTER = re.compile(r",[ ](?:chính quyền|đoàn thể|các đoàn thể|Mặt trận)(?![\wĐđ])")


def _topic_end(text: str, pos: int) -> int | None:
    """End of the lower-case words of a topic from ``pos`` ("chống tham nhũng", "tiêu cực"), at most four."""
    end, n = pos, 0
    while n < 4:
        w = _WORD.match(text, end + 1) if text[end : end + 1] == " " else _WORD.match(text, end)
        if w is None or not w.group()[:1].islower() or _stop_re().match(text, w.start()):
            break
        if _locality_word_re().match(text, w.start() - 1):
            break
        end, n = w.end(), n + 1
    return end if n else None


_CLAUSE_CLOSES = re.compile(r"[ \t]*(?:[;,.)]|\n|$)")


def _anchored_run(text: str, pos: int) -> int | None:
    """End of the words from ``pos`` when they lead, within a few words, to the body's locality: "và môi trường
    tỉnh Bình Thuận", "công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Lào Cai" are still the name because the
    place closes it, as does "(thuộc …)" after a unit; without either, None."""
    end = pos
    for _ in range(MAX_ANCHORED_WORDS):
        central = _CENTRAL_END.match(text, end)
        if central and end > pos:  # "Ban Chính sách, chiến lược Trung ương": the centre closes it as a place would
            return central.end()
        loc = _locality_at(text, end)
        if loc is not None:
            # (a bare "tỉnh" that ends the clause closes it too: "Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình
            # giao thông và nông nghiệp tỉnh; Chủ tịch …")
            closes = loc[1] or _CLAUSE_CLOSES.match(text, loc[0]) is not None
            return loc[0] if closes and end > pos else None
        if end > pos and _BELONGS_AFTER.match(text, end):
            return end  # "Trung tâm Điều tra, quy hoạch đất đai (thuộc Cục Quản lý đất đai)"
        if end > pos and _ITEM_END.match(text, end) and _ITEM_START.match(text, text.rfind("\n", 0, pos) + 1):
            return end  # "- Cục Chuyển đổi số và Thông tin dữ liệu nông nghiệp, môi trường;": the item is the name
        comma = _COMMA_LOWER.match(text, end) if end > pos else None
        at = comma.end() if comma else end + 1
        m = _WORD.match(text, at) if comma or text[end : end + 1] == " " else None
        if m is None or head_re().match(text, m.start()):
            return None
        if m.group() != "và" and _stop_re().match(text, m.start()):
            return None
        end = m.end()
    return None


_NUMBERED_UNIT = re.compile(r"(?:Phòng|Đội|Tổ|Cục|Vụ) Nghiệp vụ(?![\wĐđ])|Thuế cơ sở(?![\wĐđ])")  # "Thuế cơ sở 3"
MAX_ANCHORED_WORDS = 14
_ITEM_END = re.compile(r"[ ]*[;.]?[ ]*(?:\n|$)")
_ITEM_START = re.compile(r"[ ]*(?:[-+•][ ]*|Kính gửi[ ]*:[ ]*)")
_BELONGS_AFTER = re.compile(r"\s*\((?:trực\s+)?thuộc\s")


_DESCRIBED_HEADS = lexicon().described_heads


def _described_to_place(text: str, pos: int) -> int | None:
    """End of a fund's or an association's name told in lower case up to its place: "Quỹ bảo vệ và phát triển
    rừng tỉnh Lâm Đồng", "Hiệp hội Nhà thầu xây dựng tỉnh Bình Thuận"; None when no named place closes it."""
    end = pos
    for _ in range(8):
        loc = _locality_at(text, end)
        if loc is not None:
            return loc[0] if loc[1] and end > pos else None
        m = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        if m is None or not m.group()[:1].islower():
            return None
        if m.group() != "và" and _stop_re().match(text, m.start()) and not _NOUN_STOPS.match(text, m.start()):
            return None
        end = m.end()
    return None


# verbs that are also the nouns of a trade in a name: "Hiệp hội Nhà thầu xây dựng"
_NOUN_STOPS = re.compile(r"(?:xây dựng|quản lý)(?![\wĐđ])")


_ROOM = re.compile(r"(?:Hội đàm|Họp|Khách|Truyền thống|Lễ tân|Làm việc|Hội nghị|Hội trường|Máy|Thí nghiệm)(?![\wĐđ])")


def _office_named(text: str, pos: int) -> bool:
    """After "Phòng": a department's own name ("Phòng Quản lý ngân sách", "Phòng Kế hoạch - Tài chính"), not a
    room ("Phòng Hội đàm")."""
    w = _WORD.match(text, pos + 1) if text[pos : pos + 1] == " " else None
    short = _SHORT_FUNCTION_TOKEN.match(text, pos + 1) if w is not None and w.group().isupper() else None
    if short is not None:
        return short.group() in lexicon().abbreviations  # "Phòng TC-KH"
    return w is not None and _is_cap(w.group()) and not w.group().isupper() and not _ROOM.match(text, w.start())


def _opens_a_body(text: str, pos: int) -> bool:
    """Whether a body's name starts at ``pos`` ("Phòng thủ dân sự" is no district office)."""
    m = head_re().match(text, pos)
    if m is None:
        return False
    return m.group("head") != "Phòng" or bool(_function_re().match(text, m.end() + 1))


def _committee_end(name: str) -> bool:
    return tone_key(name[-12:]).endswith(_PARTY_COMMITTEES)


_JOINS_WHAT_FOLLOWS = re.compile(r"[ ](?:về|và|của|với)$")


def _trim_lower(text: str, pos: int, end: int) -> int:
    """A name does not end on a word that joins it to what the stop cut off: "Ban Chỉ đạo về xử lý hai vụ án"."""
    joins = _JOINS_WHAT_FOLLOWS.search(text, pos, end)
    return joins.start() if joins else end


def _committee(head: str) -> bool:
    return tone_key(head) in _PARTY_COMMITTEES


_CITY_INITIALS = {"TP.": "TP", "Tp.": "TP", "Tp": "TP"}


@lru_cache(maxsize=16384)
def _expand(surface: str) -> str:
    """Abbreviations spelled out, all-capital headers in sentence case."""
    lex = lexicon()
    words = surface.split()
    if sum(1 for w in words if w.isupper()) >= max(2, len(words) - 1) and len(surface) > 6:
        surface = sentence_case(surface)
        words = surface.split()
    out = [lex.abbreviations.get(_CITY_INITIALS.get(w, w), w) for w in words]
    name = re.sub(r"\s+", " ", " ".join(out)).strip().replace(" – ", " - ")
    for phrase, same in lex.synonyms.items():
        if tone_key(name).startswith(tone_key(phrase)):
            name = same + name[len(phrase) :]
    return name


@lru_cache(maxsize=4096)  # a header's lines are read more than once
def sentence_case(caps: str) -> str:
    """'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' → 'Ủy ban nhân dân tỉnh Quảng Ngãi', known names restored."""
    # an acronym has no vowel ("CCHC", "KGVX"): it keeps its capitals
    low = re.sub(r"[^\W\d_]+", _lower_unless_acronym, caps)
    low = _known_names_re().sub(lambda m: _known_names()[m.group(0)], low)
    low = _REGION_NUMERAL.sub(lambda m: m.group(1) + m.group(2).upper(), low)  # "KHU VỰC II" → "khu vực II"
    low = low[:1].upper() + low[1:]
    # the word after the head opens the proper name: "Vụ cải cách hành chính" → "Vụ Cải cách hành chính"
    head = head_re().match(low)
    if head and not head.group("cac"):
        after = _tail_at(low, head.end(), head.group("head").split()[-1])
        if not _locality_word_re().match(low, after):
            low = low[:after] + re.sub(r"^(\s+)([a-zà-ỹđ])", lambda w: w.group(1) + w.group(2).upper(), low[after:])
    # "UBND XÃ HÒA PHÚ": the words after a commune's or district's word end the name, and are its place's name
    return _PLACE_AT_END.sub(lambda m: m.group(1) + _title(m.group(2)), low)


def _title(words: str) -> str:
    """Each word capitalised, as str.title() would but for the letter after an apostrophe: "Cư M'gar"."""
    return re.sub(r"(?:^|(?<=\s))([^\W\d_])", lambda m: m.group(1).upper(), words)


_REGION_NUMERAL = re.compile(r"(khu vực\s+)([ivxlc]{1,6})(?![\wĐđ])")
_PLACE_AT_END = re.compile(
    rf"(?<!\S)((?:{_UNIT_KIND}|[Hh]uyện ủy|[Hh]uyện uỷ|[Qq]uận ủy|[Qq]uận uỷ|[Tt]hị ủy|[Tt]hị uỷ) )"
    r"(?!hội\b)([^\W\d_][^\d,;:()]{1,40})$"
)  # not "xã hội", society; "HUYỆN ỦY MƯỜNG CHÀ" is of a district too


def _lower_unless_acronym(word: re.Match[str]) -> str:
    w = word.group()
    return w if not re.search(r"[AĂÂEÊIOÔƠUƯYÀ-Ỹ]", w) else w.lower()


@cache
def _known_names() -> dict[str, str]:
    lex = lexicon()
    names = lex.provinces + lex.functions + lex.agency_heads + lex.organization_heads + ("Việt Nam", "Trung ương")
    known = {n.lower(): n for n in names if " " in n or n in lex.provinces}
    known.update({a.lower(): a for a in lex.abbreviations if a.isupper()})
    return known


@cache
def _known_names_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\wđ])(?:{alternation(list(_known_names()))})(?![\wđ])")


def _key(name: str) -> str:
    return tone_key(name.replace("’", "'") if "’" in name else name)  # "Ea H’leo" is "Ea H'leo"


_DANGLING = re.compile(r"(?:[\s,\-–]+(?:và|các))+$")
_DANGLING_ENDS = ("và", "các", "và\n", "các\n")
_PLURAL_ORGAN = re.compile(r"(?<![\wĐđ])các\s+Ban\s+(?:[Cc]hấp hành|[Cc]hủ nhiệm|[Tt]hường vụ)\s+$")
_GROUP_AFTER = re.compile(r"\s+(?:các|những)\s")
_PLACES_AFTER = re.compile(r"\s+(?:các|những)\s+(?:tỉnh|huyện|quận|xã|địa phương)")


# "Các huyện ủy: Quảng Hòa, Trùng Khánh": one Party committee of each district listed (found from its colon)
_PARTY_LIST = re.compile(r"(?<![\wĐđ])[Cc]ác\s+(?P<kind>huyện|quận|thị|thành)\s+[uủ][ỷy]\s*:\s*")


def _party_committees_listed(text: str, start: int, stop: int) -> list[BodyMention]:
    out: list[BodyMention] = []
    colon = text.find(":", start, stop)
    while colon >= 0:
        m = _PARTY_LIST.search(text, max(start, colon - 16), min(stop, colon + 2))
        i = m.end() if m else -1
        while m and i < stop:
            p = _PLACE_ITEM.match(text, i, stop)
            words = p.group().split() if p else []
            # (a signer's name a PDF's columns ran onto the list's end: "…, Trùng Khánh, Bế Văn Thạch"; a district
            # named for a person goes on to the next place: "Trần Văn Thời, U Minh")
            person = p is not None and len(words) >= 3 and words[0] in lexicon().person_surnames
            if p is None or (person and not _PLACE_SEP.match(text, p.end(), stop)):
                break
            name = f"{m.group('kind').capitalize()} ủy {' '.join(words)}"
            out.append(BodyMention(p.start(), p.end(), p.group(), name, "Agency", False))
            sep = _PLACE_SEP.match(text, p.end(), stop)
            if sep is None:
                break
            i = sep.end()
        colon = text.find(":", colon + 1, stop)
    return out


_OFFICE_NUMBER = re.compile(r"[ ]\d{1,2}(?![\wĐđ/])")


_OFFICE_WORDS = re.compile(rf"{_CAP}{_SYL}(?: [a-zà-ỹđ]+){{1,4}}(?=\s*[,;.]|\s+(?:của|thuộc)\s)")


# a chief's post, the body it answers for named next: "Giám đốc Sở Tài chính", "Phó Chủ tịch UBND huyện", and "Chánh"
# before the body its next words open ("Chánh Thanh tra tỉnh", "Chánh Văn phòng UBND tỉnh"); its end is where that
# body's name begins
CHIEF = (
    r"(?:Phó\s+)?(?:"
    + "|".join(
        [alternation(lexicon().chiefs)]
        + [rf"{p.split(' ', 1)[0]}(?=\s+{p.split(' ', 1)[1]})" for p in lexicon().chiefs_of_the_body_named]
    )
    + r")"
)
CHIEF_POST = re.compile(CHIEF + r"\s+")


def _offices_of_their_heads(text: str, start: int, stop: int) -> list[BodyMention]:
    """ "Trưởng phòng Nội vụ", "Phó Trưởng phòng Tài chính - Kế hoạch": the post names its office in lower case;
    the office is the function's words, so that "… của Trưởng phòng Nội vụ" reads as the office's."""
    out: list[BodyMention] = []
    at = text.find("Trưởng phòng ", start, stop)
    while at >= 0:
        # (or an office's words of its own, to the clause's end: "Trưởng phòng Quản lý đất đai, Thủ trưởng …")
        f = _function_re().match(text, at + len("Trưởng phòng "), stop) or _OFFICE_WORDS.match(
            text, at + len("Trưởng phòng "), stop
        )
        if f:
            function = lexicon().function_by_key.get(tone_key(f.group()), f.group())
            numbered = _OFFICE_NUMBER.match(text, f.end(), stop)  # "Trưởng phòng Nghiệp vụ 1, Thanh tra tỉnh"
            end = numbered.end() if numbered else f.end()
            name = f"Phòng {function}{numbered.group() if numbered else ''}"
            # "Trưởng phòng Nội vụ huyện Krông Nô": the office of the district its post names
            place = _locality_at(text, end) if numbered is None else None
            if place is not None:  # (or "… huyện" alone: the district the document means, if it names one)
                name, end = f"{name}{text[end : place[0]]}", place[0]
            # (the office's name, not the post's lower-case words, is what the office is also called)
            out.append(BodyMention(f.start(), end, " ".join(name.split()), name, "Agency", numbered is None))
        at = text.find("Trưởng phòng ", at + 1, stop)
    return out


# (with the works done to it: "Dự án xây dựng Trường THCS Tràng Cát", "Dự án Cải tạo, nâng cấp Bệnh viện …")
_WORKS = r"(?:đầu tư\s+)?(?:[Xx]ây dựng(?:\s+mới)?|[Nn]âng cấp|[Cc]ải tạo|[Ss]ửa chữa|[Mm]ở rộng)"
_WORKS_BEFORE = re.compile(
    rf"(?<![\wĐđ])(?:[Tt]iểu dự án|[Dd]ự án|[Cc]ông trình)(?:[ \t]+{_WORKS}(?:\s*(?:,|và)\s*{_WORKS})*)?[ \t]+$"
)


def find_bodies(text: str, start: int = 0, end: int | None = None) -> list[BodyMention]:
    """Every body named in ``text[start:end]``, generic groups left out, elliptical lists expanded."""
    stop = len(text) if end is None else end
    out: list[BodyMention] = []
    for lm in _lower_lists(text, start, stop):
        head = {"bộ": "Bộ", "phòng": "Phòng"}.get(lm.group(1).lower(), "Sở")
        # "Đảng ủy các sở: Tài chính, Xây dựng": each department's Party committee
        party = _PARTY_OF_EACH.search(text, max(0, lm.start() - 9), lm.start())
        listed = _elliptical(text, lm.end(1), stop, f"Đảng ủy {head}" if party else head)
        if party and listed:  # the list's first placed where it opens, so that an item's rule reads it from there
            listed[0] = replace(listed[0], start=party.start())
        out.extend(listed)
    out.extend(_party_committees_listed(text, start, stop))
    out.extend(_offices_of_their_heads(text, start, stop))
    shared = _sharing_a_place(text, start, stop)
    pos = start
    while True:
        m = _next_head(text, pos, stop)
        if m is None:
            break
        head = m.group("head")
        head = head[:1].upper() + head[1:]  # "đoàn Luật sư" is read as "Đoàn Luật sư"
        organization = tone_key(head) in _organization_keys()
        if head.startswith(("Thủ tướng", "Chủ tịch")) and text[max(0, m.start() - 4) : m.start()] == "Phó ":
            pos = m.end()
            continue  # "Phó Thủ tướng Chính phủ": a post, not the body
        if text.endswith("Luật ", max(0, m.start() - 5), m.start()):
            pos = m.end()
            continue  # "Luật Kiểm toán nhà nước ngày 24/6/2015": a law's title, not the body
        if head.isupper() and _IN_A_NUMBER.search(text, max(0, m.start("head") - 16), m.start("head")):
            pos = m.end()
            continue  # "Số: 330/BC- BQL Đà Nẵng, ngày …": the number's code, a stray space in it, and the place
        if head.startswith("Thường trực") and text.endswith(_STANDING_POSTS, 0, m.start("head")):
            pos = m.start("head") + len("Thường trực")
            continue  # "Phó Bí thư Thường trực Tỉnh ủy": the post's word; the body is the Tỉnh ủy
        if (
            not_body_re().match(text, m.start("head"))
            or text.startswith(" viên", m.end())
            or _no_head_here(text, m.start("head"), head)
        ):
            pos = m.end()
            continue  # "Hội nghị", "Báo cáo", "Tỉnh ủy viên": not a body
        works_at = max(0, m.start("head") - 48)
        works_named = (
            text.find("ự án", works_at, m.start("head")) >= 0 or text.find("ông trình", works_at, m.start("head")) >= 0
        )
        if works_named and _WORKS_BEFORE.search(text, works_at, m.start("head")):
            pos = m.end()
            continue  # "Dự án Trường THCS Nguyễn Du", "Dự án Trung tâm Văn hóa - Thể thao …": a project's works
        local_alone = tone_key(head) in _LOCAL_HEADS and _locality_word_re().match(text, m.end())  # "Thuế tỉnh"
        if (
            " " not in head
            and not head.isupper()
            and not m.group("cac")
            and not local_alone
            and not _single_head_ok(text, m.end())
        ):
            described = _described_to_place(text, m.end()) if head in _DESCRIBED_HEADS else None
            if described is None:
                pos = m.end()
                continue  # "Bộ tiêu chí", "Hội công …": a one-word head needs a proper name after it
        lead = _LEADERSHIP.match(text, m.start("head") + len(head)) if head == "Ban" else None
        if lead:
            pos = lead.end()
            continue  # "Ban Chủ nhiệm Đoàn Luật sư", "Ban Giám đốc": the leadership of a body, not one
        if tone_key(head) in _ORGANS and _names_an_organization(text, m.end()):
            pos = m.end()
            continue  # "Ban Thường vụ Hiệp hội Công chứng viên Việt Nam": an association acts through its board
        after_head = m.end()
        if _key(_expand(head)) in _SELF_CONTAINED:
            name_end = m.end()  # "Chính phủ", "Thủ tướng Chính phủ": complete in themselves
            region = _REGION.match(text, name_end)
            if region:  # "Kho bạc Nhà nước khu vực XIII": the regional office, not the national body
                name_end = region.end()
            branch = _BRANCH.match(text, name_end) if region is None else None
            province = _province_re().match(text, branch.end()) if branch else None
            if province:  # "Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Tây Ninh": the province's branch
                name_end = province.end()
            elif branch and (bare := _BARE_PROVINCE_WORD.search(text, branch.end() - 11, branch.end() + 10)):
                name_end = bare.end()  # "NHNN Chi nhánh tỉnh": the branch in the document's province
            elif region is None and text.startswith(" Việt Nam", name_end):
                name_end += len(" Việt Nam")  # "Ngân hàng Nhà nước Việt Nam": the country is in the name
        elif head in ("Phòng",) and not _function_re().match(text, m.end() + 1) and not _office_named(text, m.end()):
            word = _WORD.match(text, m.end() + 1)
            pos = word.end() if word else m.end()
            continue  # "Phòng Hội đàm": a room; an office is "Phòng" + a function or a capitalised name
        else:
            after_head = _tail_at(text, m.end(), head.split()[-1])
            name_end = min(_extend(text, after_head, organization, m.start("head")), stop)
        surface = text[m.start("head") : name_end]
        if surface.endswith(_DANGLING_ENDS):  # what _DANGLING can match, "$" being also before a last line break
            surface = _DANGLING.sub("", surface)
        surface = surface.strip(" ,-–")
        pos = max(name_end, m.end())
        units_after = _LOCAL_LIST.match(text, name_end) if name_end > after_head and not m.group("cac") else None
        if units_after:  # "Ban Thường trực Ủy ban MTTQ Việt Nam các huyện: Văn Chấn, Trạm Tấu": one in each district
            listed = _local_units(text, units_after, _expand(surface), stop)
            if listed:
                pos = _add_list(out, listed, m.start("head"), pos)
                continue
        named_tail = name_end > after_head and not m.group("cac")
        provinces_after = _PROVINCE_LIST.match(text, name_end) if named_tail and not units_after else None
        if provinces_after:  # "Sở Tài chính các tỉnh, thành phố: Quảng Ngãi, Gia Lai, Cần Thơ": one in each province
            listed = _province_units(text, provinces_after, _expand(surface), stop)
            if listed:
                pos = _add_list(out, listed, m.start("head"), pos)
                continue
        # "- Ban cán sự đảng: UBND tỉnh, VKSND tỉnh": the organ in each body listed, as after "Các ban cán sự đảng:"
        organs = not m.group("cac") and head in _ORGANS_LISTED and _COLON_AFTER.match(text, m.end()) is not None
        if m.group("cac") or organs:
            listed = _elliptical(text, m.end(), stop, head)
            if listed:  # the list is read: its items are no heads of their own ("các Bộ: Quốc phòng, Công an, …")
                pos = _add_list(out, listed, m.start(), pos)
            out.extend(_bracketed_places(text, name_end, stop, _expand(surface), organization))
            continue
        if text.find("các", max(0, m.start() - 30), m.start()) >= 0 and _PLURAL_ORGAN.search(
            text, max(0, m.start() - 30), m.start()
        ):
            # "các Ban chấp hành Hội công chứng viên (Lâm Đồng, Đăk Nông, …)": the bodies of each place
            places = _bracketed_places(text, name_end, stop, _expand(surface), organization)
            if places:
                out.extend(places)
                continue
        # "Liên hiệp các hội …": a "các" the name's own tail took in is not a group
        units = _LOCAL_LIST.match(text, m.end()) if after_head == m.end() else None
        provinces = _PROVINCE_LIST.match(text, m.end()) if after_head == m.end() and not units else None
        if units or provinces:
            listed = _local_units(text, units, _expand(head), stop) if units else []
            listed = listed or (_province_units(text, provinces, _expand(head), stop) if provinces else [])
            if listed:
                pos = _add_list(out, listed, m.start("head"), pos)
                # "HĐND, UBND các tỉnh: An Giang, Đồng Tháp": the council of each place too
                shared_head = _HEAD_SHARING_A_LIST.search(text, max(0, m.start("head") - 24), m.start("head"))
                if shared_head is not None:
                    other = _expand(shared_head.group("head"))
                    out.extend(replace(x, name=other + x.name[len(_expand(head)) :]) for x in listed)
            continue
        every_province = surface.endswith(("tỉnh", "thành phố")) and _EVERY_PROVINCE.match(text, name_end)
        if (after_head == m.end() and _GROUP_AFTER.match(text, m.end())) or _PLACES_AFTER.match(text, name_end):
            singled = _SINGLED_OUT.match(text, m.end(), stop) if after_head == m.end() else None
            kinds = _NEXT_KIND.match(text, singled.end(), stop) if singled else None
            listed = _local_units(text, kinds, _expand(head), stop) if kinds else []
            if listed:  # the clause's bodies are these
                pos = _add_list(out, listed, m.start("head"), pos)
            elif after_head == m.end():
                before = _places_named_before(text, m.start("head"), name_end, _expand(head))
                out.extend(before or _named_above(text, m.start("head"), name_end, _expand(head), out))
            continue  # "UBND các huyện", "Sở Tư pháp các tỉnh, thành phố": a group of bodies, not one
        if every_province:
            continue  # "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương": every province's, not one
        mention = _mention(m.start("head"), m.start("head") + len(surface), surface, head, organization)
        if mention:
            out.append(mention)
            more = _more_places(text, mention, stop)
            # "Ủy ban nhân dân thị xã An Khê, các huyện: Đak Pơ, Mang Yang": the committee of each place listed after
            comma = _THEN_UNITS.match(text, mention.end) if not more and head in _COMMITTEE_HEADS else None
            units = _LOCAL_LIST.match(text, comma.end()) if comma else None
            more = more or (_local_units(text, units, _expand(head), stop) if units else [])
            out.extend(more)
            if more:
                pos = max(pos, more[-1].end)
    if shared:  # "TT HĐND" of "TT HĐND, UBND tỉnh" is named with the locality the list shares, not bare
        at = {m.start for m in shared}
        out = [m for m in out if m.start not in at] + shared
    return _branches(text, _organs_sharing_a_committee(text, _boards_listed(text, out, start, stop)))


def _branches(text: str, found: list[BodyMention]) -> list[BodyMention]:
    """ "Chi nhánh Văn phòng Đăng ký đất đai khu vực Vĩnh Lợi": a body's branch, named before it, is a body."""
    return [
        replace(m, start=m.start - len(_BRANCH_WORD), surface=_BRANCH_WORD + m.surface, name=_BRANCH_WORD + m.name)
        if text.endswith(_BRANCH_WORD, 0, m.start)
        else m
        for m in found
    ]


_BRANCH_WORD = "Chi nhánh "


# "Ban Tuyên giáo và Dân vận, Ủy ban Kiểm tra Huyện ủy": the committee named last is each organ's
_ORGAN_HEAD = re.compile(r"(?:Ban|Văn phòng|Ủy ban Kiểm tra|Uỷ ban Kiểm tra) ")
_COMMITTEE_END = re.compile(r" (?:(?:Tỉnh|Thành|Huyện|Quận|Thị) [uủ][ỷy]|Đảng [uủ][ỷy](?: Khối| xã| phường)?)(?: .*)?$")
_WHOLE_ORGAN = re.compile(r"Trung ương|[Cc]hấp hành|Bí thư|Chỉ đạo")
_ORGAN_SEP = re.compile(r"\s*(?:,|và)\s*")
_OF_A_COUNCIL = re.compile(r" (?:Ủy|Uỷ) ban nhân dân| Hội đồng nhân dân| UBND| HĐND")


# an organ named bare before others that share the committee named last: "Ủy ban Kiểm tra, Ban Tổ chức, Ban Nội chính
# Tỉnh ủy", "Văn phòng, Ban Tổ chức Huyện ủy" (alone each is no body, so the finder does not hold them)
_BARE_ORGAN_BEFORE = re.compile(r"(?<![\wĐđ])(?:Ủy ban Kiểm tra|Uỷ ban Kiểm tra|Văn phòng)\s*(?:,|\svà)\s*$")
# "Các ban: Tổ chức, Nội chính Tỉnh ủy": the committee's boards, by their functions
_BOARDS = r"(?:Tổ chức|Tuyên giáo và Dân vận|Tuyên giáo|Dân vận|Nội chính|Kinh tế|Chính sách, chiến lược)"
_BOARDS_LISTED = re.compile(
    rf"(?<![\wĐđ])[Cc]ác [Bb]an\s*:\s*(?P<items>{_BOARDS}(?:\s*(?:,|\svà)\s*{_BOARDS})*)"
    r"\s+(?P<committee>(?:Tỉnh|Thành|Huyện|Quận|Thị) [uủ][ỷy])(?![\wĐđ])"
)


def _boards_listed(text: str, found: list[BodyMention], start: int, stop: int) -> list[BodyMention]:
    """Each board of "Các ban: Tổ chức, Nội chính Tỉnh ủy", in place of the committee the line ends on."""
    if text.find("ác ban", start, stop) < 0 and text.find("ác Ban", start, stop) < 0:
        return found  # (its literal, found in C, spares trying the pattern at every position)
    for m in _BOARDS_LISTED.finditer(text, start, stop):
        committee = m.group("committee")
        boards = [
            BodyMention(
                m.start("items") + b.start(),
                m.start("items") + b.end(),
                f"Ban {b.group()}",
                f"Ban {b.group()} {committee}",
                "Agency",
                True,
            )
            for b in re.finditer(_BOARDS, m.group("items"))
        ]
        found = [f for f in found if f.start != m.start("committee")] + boards
    return found


def _organs_sharing_a_committee(text: str, found: list[BodyMention]) -> list[BodyMention]:
    for i in range(len(found) - 1, 0, -1):
        organ, last = found[i - 1], found[i]
        committee = _COMMITTEE_END.search(last.name) if _ORGAN_HEAD.match(last.name) else None
        if (
            committee is not None
            and _ORGAN_HEAD.match(organ.name)
            and not _COMMITTEE_END.search(organ.name)
            and not _WHOLE_ORGAN.search(organ.name)  # "Ban Chấp hành Trung ương Đảng và Tỉnh ủy …"
            and not _OF_A_COUNCIL.search(organ.name)  # "Ban cán sự đảng Ủy ban nhân dân tỉnh, Ban Thường vụ Huyện ủy"
            and _ORGAN_SEP.fullmatch(text, organ.end, last.start)
        ):
            name = organ.name + committee.group()
            found[i - 1] = replace(organ, name=name, needs_locality=last.needs_locality)
    out: list[BodyMention] = []
    for last in found:
        committee = _COMMITTEE_END.search(last.name) if _ORGAN_HEAD.match(last.name) else None
        at, bare_ones = last.start, list[BodyMention]()
        while committee is not None and (bare := _BARE_ORGAN_BEFORE.search(text, max(0, at - 24), at)):
            word = bare.group().split(",")[0].removesuffix(" và").strip()
            name = word + committee.group()
            bare_ones.append(
                BodyMention(bare.start(), bare.start() + len(word), word, name, "Agency", last.needs_locality)
            )
            at = bare.start()
        out.extend(reversed(bare_ones))
        out.append(last)
    return out


# "Đối với các tỉnh Điện Biên, Lai Châu và Cao Bằng: đề nghị UBND các tỉnh …": the places a clause opens on, the
# group after the colon being theirs
_GROUP_KINDS = "tỉnh|huyện|quận|thị xã|xã|phường"  # the kinds of place a group of bodies is named by
_PLACES_BEFORE = re.compile(
    rf"(?:^|\n|[.;]\s)[^\n.;:]{{0,40}}?(?<![\wĐđ])các\s+(?P<kind>{_GROUP_KINDS})\s+"
    rf"(?P<places>{_CAP}[^\n.;:]{{2,300}}?)\s*:[^\n.;:]{{0,40}}?$"
)
_GROUP_KIND = re.compile(rf"\s+các\s+(?P<kind>{_GROUP_KINDS})(?![\wĐđ])")


def _places_named_before(text: str, start: int, end: int, head: str) -> list[BodyMention]:
    group = _GROUP_KIND.match(text, end)
    if group is None:
        return []
    lo = max(text.rfind("\n", 0, start), start - 400, 0)
    opening = _PLACES_BEFORE.search(text[lo:start])
    if opening is None or opening.group("kind") != group.group("kind"):
        return []
    base = lo + opening.start("places")
    kind = group.group("kind")
    province = kind == "tỉnh"
    out: list[BodyMention] = []
    i, stop = base, base + len(opening.group("places"))
    while True:
        p = _province_re().match(text, i, stop) if province else _PLACE_ITEM.match(text, i, stop)
        if p is None:
            return []  # not a list of places only: "các tỉnh có dự án đi qua:"
        place = lexicon().province_by_key.get(_key(p.group()), p.group()) if province else p.group()
        name = f"{head} {kind} {place}"
        # each placed where the group takes the list up, its quote running from its place to there
        out.append(BodyMention(start, group.end(), name, name, "Agency", not province, (p.start(), group.end())))
        sep = _PLACE_SEP.match(text, p.end(), stop)
        if sep is None:
            return out if p.end() == stop else []
        i = sep.end()


# "đề nghị Chủ tịch UBND các tỉnh, thành phố nêu trên": the bodies of that kind the document has named
_GROUP_ABOVE = re.compile(
    rf"\s+các\s+(?P<kinds>(?:thành phố|{_GROUP_KINDS})(?:\s*,\s*(?:thành phố|{_GROUP_KINDS}))*)"
    r"\s+(?:nêu trên|nói trên|có tên (?:nêu )?trên|trên)(?![\wĐđ])"
)


def _named_above(text: str, start: int, end: int, head: str, named: list[BodyMention]) -> list[BodyMention]:
    group = _GROUP_ABOVE.match(text, end)
    if group is None:
        return []
    kinds = tuple(f"{tone_key(head)} {k.strip()} " for k in group.group("kinds").split(","))
    out: dict[str, BodyMention] = {}
    for b in named:
        key = tone_key(b.name)
        if key.startswith(kinds) and key not in out:
            out[key] = BodyMention(start, group.end(), b.name, b.name, b.label, b.needs_locality, (b.start, b.end))
    return list(out.values())


def _add_list(out: list[BodyMention], listed: list[BodyMention], start: int, pos: int) -> int:
    """Add the bodies of a list, the first placed where the list opens (its head, or its "các"), so that a rule
    asking which body is named there finds it; returns where to read on."""
    listed[0] = replace(listed[0], start=start)
    out.extend(listed)
    return max(pos, listed[-1].end)


# "UBND các xã: A, B", "UBND 04 xã thí điểm (A, B, C, D)": one body of that kind in each place listed
# (or with no colon, where two places follow: "UBND các xã Bạch Xa, Minh Quang")
_LOCAL_LIST = re.compile(
    rf"\s+(?:các|\d{{1,2}})\s+(?P<kind>{_UNIT_KIND})"
    r"(?:\s*:|(?:\s+(?!trừ\b)[a-zà-ỹđ]+){0,3}\s*\("
    rf"|\s+(?={_CAP}{_SYL}[ ]{_CAP}{_SYL}(?:[ ]{_CAP}{_SYL})?(?:\s*,\s*|\s+và\s+){_CAP}))\s*"
)
# a commune's name has two syllables or more, each capitalised: "Thủ" of "Thủ trưởng" is none
# (a PDF's list wraps a name where its line is full: "Thanh Hà, Hà Tây, Hà" / "Bắc;", its last word then closing it)
_PLACE_ITEM = re.compile(
    rf"{_CAP}{_SYL}(?![\wĐđ])(?:[ ]{_CAP}{_SYL}(?![\wĐđ])|\n{_CAP}{_SYL}(?![\wĐđ])(?=[,;.]|\s+và\s)){{1,3}}"
)
_PLACE_SEP = re.compile(r"\s*,\s*|\s+và\s+")
_ONE_WORD_PLACE = re.compile(rf"{_CAP}{_SYL}(?![\wĐđ])")
_ONE_WORD_THEN = re.compile(rf"{_CAP}{_SYL}(?:\s*,\s*|\s+và\s+){_CAP}")


def _local_units(text: str, places: re.Match[str], head: str, stop: int) -> list[BodyMention]:
    out: list[BodyMention] = []
    i = places.end()
    kind = places.group("kind") or "thành phố"  # "các TP: …"
    colon = places.group().rstrip().endswith(":")
    while i < stop:
        again = _NEXT_KIND.match(text, i, stop) if out else None
        if again:  # "… các phường: A, B và các xã: C, D": a second list of another kind
            kind, i = again.group("kind"), again.end()
        own = _ITEM_KIND.match(text, i, stop) if out and not again else None
        if own:  # "các thành phố: Nha Trang, Cam Ranh, thị xã Ninh Hòa và huyện Vạn Ninh": a place of its own kind
            kind, i = own.group("kind"), own.end()
        # (a place after its own kind may be one word: "… và thành phố Pleiku", "thành phố Vinh"; and so may one of a
        # list after a colon, another place or the list's end after it: "các huyện: Kbang, Kông Chro")
        listed = colon and _ONE_WORD_THEN.match(text, i, stop)
        p = _PLACE_ITEM.match(text, i, stop) or (
            _ONE_WORD_PLACE.match(text, i, stop) if own or again or listed else None
        )
        if p is None or (head_re().match(text, p.start()) and not _PLACE_ITEM.fullmatch(p.group())):
            break
        name = f"{head} {kind} {' '.join(p.group().split())}"
        # a place is named where its kind or its list opens, so that a list of bodies reads on to it
        opens = again or own  # where the place's own kind or a second list opens
        out.append(BodyMention(opens.start() if opens else p.start(), p.end(), name, name, "Agency", True))
        sep = _PLACE_SEP.match(text, p.end(), stop)
        if sep is None:
            break
        i = sep.end()
    return out


# "TT HĐND, UBND, UBMTTQVN tỉnh": the locality at the end of a list of short names is each one's
_SHORT_NAME = r"(?:HĐND|UBND|UBMTTQVN|UBMTTQ|MTTQ)"
_SHORT_BODY = rf"(?:TT\.?\s*)?{_SHORT_NAME}"
# the list's first name, opening on a literal letter with the lookbehind after it: the search skips in C to the four
# letters a list can open on, where a pattern opening on the lookbehind is tried at every position
_FIRST_SHORT_BODY = (
    rf"(?:T(?<![\wĐđ].)T\.?\s*{_SHORT_NAME}|H(?<![\wĐđ].)ĐND|U(?<![\wĐđ].)B(?:ND|MTTQVN|MTTQ)|M(?<![\wĐđ].)TTQ)"
)
_SHARED_PLACE = re.compile(
    rf"(?P<items>{_FIRST_SHORT_BODY}\s*,\s*(?:{_SHORT_BODY}\s*,\s*)*){_SHORT_BODY}\s+"
    rf"(?P<loc>(?:tỉnh|thành phố|huyện|xã|phường)(?![\wĐđ])(?:[ ]{_CAP}{_SYL}(?![\wĐđ])){{0,3}})"
)


def _sharing_a_place(text: str, start: int, stop: int) -> list[BodyMention]:
    out = []
    for m in _SHARED_PLACE.finditer(text, start, stop):
        for item in re.finditer(_SHORT_BODY, text[m.start("items") : m.end("items")]):
            a, b = m.start("items") + item.start(), m.start("items") + item.end()
            short = re.sub(r"^TT\.?\s*", "TT ", item.group())
            name = f"{_expand(short).replace('TT ', 'Thường trực ', 1)} {m.group('loc')}"
            out.append(BodyMention(a, b, f"{text[a:b]} {m.group('loc')}", name, "Agency", True))
    return out


_NEXT_KIND = re.compile(rf"các\s+(?P<kind>{_UNIT_KIND})\s*:?\s*")
_ITEM_KIND = re.compile(rf"(?P<kind>{_UNIT_KIND}|thành phố)\s+(?={_CAP})")
# "UBND các xã, phường vùng hạ lưu, nhất là các phường A, B và các xã C, D": the ones the clause singles out
_SINGLED_OUT = re.compile(rf"[^.;:\n]{{0,80}}?(?:nhất là|đặc biệt là|trong đó có)\s+(?=các\s+{_UNIT_KIND}\s)")


# "Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng, Thanh Hóa": one committee in each province listed
# (or with no colon, where two provinces or more follow: "Ủy ban nhân dân các tỉnh Quảng Ngãi, Bình Định, Phú Yên")
_PROVINCE_LIST = re.compile(
    r"\s+các\s+(?:tỉnh|thành phố|TP)(?:\s*,\s*(?:tỉnh|thành phố))?(?:\s+trực thuộc Trung ương)?"
    r"(?:\s*:\s*|\s+(?=[A-ZĐ]))"
)
_CITIES_LISTED = re.compile(r"\s+các\s+(?:(?P<kind>thành phố)|TP)\s*:\s*")


def _province_units(text: str, opening: re.Match[str], head: str, stop: int) -> list[BodyMention]:
    listed = _listed_provinces(text, opening, head, stop)
    if not listed:
        cities = _CITIES_LISTED.match(text, opening.start(), stop)
        # "Ủy ban nhân dân các thành phố: Nha Trang, Cam Ranh": a province's cities, one committee in each
        return _local_units(text, cities, head, stop) if cities else []
    return listed if len(listed) > 1 or opening.group().rstrip().endswith(":") else []


def _listed_provinces(text: str, opening: re.Match[str], head: str, stop: int) -> list[BodyMention]:
    out: list[BodyMention] = []
    for p in _items(text, opening.end(), stop, lambda i: _province_re().match(text, i, stop)):
        kind = "thành phố" if _key(p.group("p")) in CENTRAL_CITIES else "tỉnh"
        name = f"{head} {kind} {lexicon().province_by_key.get(_key(p.group('p')), p.group('p'))}"
        out.append(BodyMention(p.start(), p.end(), name, name, "Agency", False))
    return out


def _items(text: str, pos: int, stop: int, item_at: Callable[[int], re.Match[str] | None]) -> list[re.Match[str]]:
    """The items of a list from ``pos``, each where ``item_at`` finds one, joined by commas or "và"."""
    found: list[re.Match[str]] = []
    while pos < stop and (item := item_at(pos)) is not None:
        found.append(item)
        sep = _PLACE_SEP.match(text, item.end(), stop)
        if sep is None:
            break
        pos = sep.end()
    return found


def _bracketed_places(text: str, pos: int, stop: int, base: str, organization: bool) -> list[BodyMention]:
    """ "các Đoàn Luật sư (Lâm Đồng, Đắk Nông, Bình Thuận cũ)": one body of that kind in each place named."""
    m = re.match(r"\s*\(", text[pos:stop])
    if m is None:
        return []
    out: list[BodyMention] = []
    i = pos + m.end()
    while True:
        p = _province_re().match(text, i, stop)
        if p is None:
            break
        name = (
            f"{base} tỉnh {p.group('p')}"
            if _key(p.group("p")) not in CENTRAL_CITIES
            else f"{base} thành phố {p.group('p')}"
        )
        out.append(BodyMention(p.start(), p.end(), name, name, "Organization" if organization else "Agency", False))
        sep = re.match(r"(?:\s+cũ)?\s*(?:,|và)\s*", text[p.end() : stop])
        if sep is None:
            break
        i = p.end() + sep.end()
    return out


_NEXT_PLACE = re.compile(rf"\s*(?:,|và)\s*(?:(?:tỉnh|thành phố)\s+)?(?={_CAP})")


@lru_cache(maxsize=16384)
def _province_ending(name: str) -> int | None:
    """Where the first province ``name`` holds begins, when it ends the name; else None. Asked per mention."""
    place = _province_re().search(name)
    return place.start() if place is not None and place.end() == len(name) else None


_THEN_UNITS = re.compile(r",(?=\s+các\s)")
_HEAD_SHARING_A_LIST = re.compile(r"(?<![\wĐđ])(?P<head>HĐND|Hội đồng nhân dân)\s*,\s*$")
_COMMITTEE_HEADS = ("Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND")


def _more_places(text: str, mention: BodyMention, stop: int) -> list[BodyMention]:
    """ "Đoàn Luật sư tỉnh Lâm Đồng, Bình Thuận, Đắk Nông": the same kind of body in each place listed."""
    at = _province_ending(mention.name)
    if at is None:
        return []
    base = mention.name[:at].rstrip()
    out: list[BodyMention] = []
    pos = mention.end
    while True:
        m = _NEXT_PLACE.match(text, pos, stop)
        p = _province_re().match(text, m.end(), stop) if m else None
        if p is None:
            break
        name = f"{base} {p.group('p')}"
        # the surface is the full name: a bare place name is never an alias of a body
        out.append(BodyMention(p.start(), p.end(), name, name, mention.label, False))
        pos = p.end()
    return out


def _mention(start: int, end: int, surface: str, head: str, organization: bool) -> BodyMention | None:
    found = _classify(surface, head, organization)
    if found is None:
        return None
    name, label, needs_locality = found
    return BodyMention(start, end, surface, name, label, needs_locality)


@lru_cache(maxsize=16384)
def _classify(surface: str, head: str, organization: bool) -> tuple[str, str, bool] | None:
    """(canonical name, label, whether it needs the document's locality) of a name; None when it is no body.
    A document names its bodies again and again: the answer depends on the words only, so it is kept."""
    name = _expand(surface)
    name = name[:1].upper() + name[1:]
    key = _key(name)
    head_key = _key(_expand(head))
    bare = key == head_key
    standalone = (
        head_key in _SELF_CONTAINED | _BARE_OK
        or head_key.endswith(_PARTY_COMMITTEES)
        or key in _PARTY_COMMITTEES  # "Ban Chấp hành Đảng bộ tỉnh" is the "Tỉnh ủy"
        or head in _STANDALONE_ABBREVIATIONS
    )
    specific = name.split()[len(_expand(head).split()) :]
    nothing_proper = not any(w[:1].isupper() for w in specific) and not re.search(
        r"(?:tỉnh|thành phố|quận|huyện|xã|phường)$|(?:quận|phường|cơ sở) \d{1,2}$|khu vực (?:\d{1,2}|[IVXLC]{1,6})$",
        name,
    )
    own_party = key == "đảng uỷ" or key.endswith(" đảng uỷ")  # "Đảng ủy": a commune's, where a commune speaks
    # "Thường trực Hội đồng nhân dân" written bare in a council's resolution: the standing body of that council
    own_party = own_party or key == "thường trực hội đồng nhân dân"
    if (bare or nothing_proper) and not standalone and not own_party:
        return None  # "Hội đồng", "Văn phòng": a kind of body, not one body
    if len(surface.split()) == 1 and surface.isupper() and surface not in lexicon().abbreviations:
        return None
    ends_bare_locality = any(key.endswith(" " + w) for w in _LOCALITY_WORDS) or key in _PROVINCE_LEVEL
    # a district or commune is named within its province ("xã Tân Phú" is in many): only a province is enough
    # "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh": the Union's name, not the city
    named_locality = bool(_province_key_re().search(key.replace("cộng sản hồ chí minh", "")))
    is_local_unit = _has_named_locality(name) and not named_locality
    is_local = (
        ends_bare_locality
        or own_party
        or key.startswith(("sở ", "chi bộ sở "))
        or any(key.endswith(c) for c in _PARTY_COMMITTEES)
        or (key.split(" ", 1)[0] in {"ban", "thường"} and any(c in key for c in _PARTY_COMMITTEES))
    )
    if any(key.startswith(h) for h in _LOCAL_HEADS if " " in h):
        is_local = True
    label = "Organization" if organization else "Agency"
    return name, label, (is_local or is_local_unit) and not named_locality


@cache
def _province_key_re() -> re.Pattern[str]:
    # whole words: "huế" is in "thuế"
    return re.compile(rf"(?<![\wĐđ])(?:{alternation([tone_key(p) for p in lexicon().provinces])})(?![\wĐđ])")


def _has_named_locality(name: str) -> bool:
    if _province_key_re().search(_key(name)):
        return True
    return bool(re.search(rf"(?<!\S)(?:quận|huyện|thị xã|xã|phường|thị trấn) {_CAP}", name))


# "Các bộ, cơ quan: Tư pháp, Tài chính", "các sở, ngành: …": a list under a head written in lower case
_PARTY_OF_EACH = re.compile(r"Đảng [uủ][ỷy]\s+$")
_LOWER_LIST = re.compile(
    r"(?<![\wĐđ])(?:các|Các)\s+(bộ|sở|[Pp]hòng)(?:\s*,\s*(?:ban|ngành|cơ quan)(?: ngang bộ)?){0,3}"
    r"(?=(?:\s+(?:có\s+)?liên quan)?\s*:)"
)
# what every such list holds, a literal the regex engine finds fast: the pattern itself, which opens on a lookbehind,
# is tried at every position of the text
_LOWER_LIST_CUE = re.compile(r"ác\s+(?:bộ|sở|[Pp]hòng)")


def _lower_lists(text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """``_LOWER_LIST.finditer(text, start, stop)``, tried only where its cue is."""
    pos = start + 1
    while True:
        cue = _LOWER_LIST_CUE.search(text, pos, stop)
        if cue is None:
            return
        m = _LOWER_LIST.match(text, cue.start() - 1, stop)
        if m is None:
            pos = cue.start() + 1
            continue
        yield m
        pos = m.end() + 1


_MINISTRIES_ONLY = lexicon().ministries_only  # functions that name a ministry and no department


def _elliptical(text: str, pos: int, stop: int, head: str) -> list[BodyMention]:
    """'các Sở: Tài chính, Xây dựng' → 'Sở Tài chính', 'Sở Xây dựng'."""
    m = _ELLIPSIS_OPEN.match(text, pos, stop)
    if m and head in _ORGANS_LISTED:
        return _organs_listed(text, m.end(), stop, head)
    if m and head in _NAMED_BY_PLACE and text[pos : m.end()].rstrip().endswith(":"):
        return _places_listed(text, m.end(), stop, head)
    if not m or head not in ("Sở", "Bộ", "Đảng ủy Sở", "Phòng"):  # (a district's offices: "Các phòng: …")
        return []
    out: list[BodyMention] = []
    i = m.end()
    short_forms = lexicon().function_abbreviations
    while i < stop:
        f = _listed_function_re().match(text, i, stop)
        short = _SHORT_FUNCTION.match(text, i, stop) if f is None else None
        if short and short.group() in short_forms:  # "- Các Sở: XD, TC, NN&MT, TP;"
            canonical = short_forms[short.group()]
        elif f:
            words = " ".join(f.group("f").split())
            canonical = lexicon().function_by_key.get(_key(words), words)
        else:
            break
        found = f or short
        assert found is not None
        if head != "Bộ" and canonical in _MINISTRIES_ONLY:
            break  # "các sở, ngành: Tài chính, Công an tỉnh": the police is a body of its own, no department
        name = f"{head} {canonical}"
        out.append(BodyMention(found.start(), found.end(), name, name, "Agency", head != "Bộ"))
        sep = _ITEM_SEP.match(text, found.end(), stop)
        if not sep:
            break
        i = sep.end()
    return out


# bodies named by the place they serve, listed by those places: "các Đồn Biên phòng: Tén Tằn, Pù Nhi", "các Hạt Kiểm
# lâm: Mường Lát, Quan Sơn"
_NAMED_BY_PLACE = ("Đồn Biên phòng", "Hạt Kiểm lâm", "Trạm Kiểm lâm")


def _places_listed(text: str, pos: int, stop: int, head: str) -> list[BodyMention]:
    def place_at(i: int) -> re.Match[str] | None:
        p = _PLACE_ITEM.match(text, i, stop) or (
            _ONE_WORD_PLACE.match(text, i, stop) if _ONE_WORD_THEN.match(text, i, stop) else None
        )
        return None if p is None or head_re().match(text, p.start()) else p

    names = ((p, f"{head} {' '.join(p.group().split())}") for p in _items(text, pos, stop, place_at))
    return [BodyMention(p.start(), p.end(), name, name, "Agency", False) for p, name in names]


# the Party's organs inside other bodies, listed by those bodies: "Các đảng đoàn: HĐND tỉnh, Ủy ban MTTQ tỉnh"
_ORGANS_LISTED = ("Đảng đoàn", "Ban cán sự đảng")
_COLON_AFTER = re.compile(r"\s*:\s*\S")


def _organs_listed(text: str, pos: int, stop: int, head: str) -> list[BodyMention]:
    end = min((i for i in (text.find(";", pos, stop), text.find("\n", pos, stop)) if i >= 0), default=stop)
    out: list[BodyMention] = []
    for body in find_bodies(text, pos, end):
        if out and not _ITEM_SEP.fullmatch(text, out[-1].end, body.start):
            break
        if not out and body.start != pos:
            break
        name = f"{head} {body.name}"
        out.append(BodyMention(body.start, body.end, f"{head} {body.surface}", name, "Agency", body.needs_locality))
    return out


# "các Sở: …", "Các bộ, cơ quan ngang bộ: …", "các sở, ngành có liên quan: …"
_ELLIPSIS_OPEN = re.compile(r"(?:\s*,\s*(?:ban|ngành|cơ quan)(?: ngang bộ)?){0,3}(?:\s+(?:có\s+)?liên quan)?\s*:\s*")
_SHORT_FUNCTION = re.compile(r"[A-ZĐ][A-ZĐ&-]{1,8}(?![\wĐđ&-])")
_ITEM_SEP = re.compile(r"\s*(?:[,;]|và)\s*")


# an office of a commune or a district, named without its place ("Phòng Văn hóa - Xã hội")
_UNIT_OFFICE = re.compile(r"Phòng [^()]*?(?<! xã)(?<! phường)(?<! huyện)(?<! quận)(?<! tỉnh)(?<! phố)")


_OF_THE_DEPARTMENT = re.compile(r"^(?:Văn phòng|Thanh tra|Phòng [^,()]+|Chi cục [^,()]+|Trung tâm [^,()]+) (?:Sở|Bộ)$")


def scope(mention: BodyMention, locality: Locality | None) -> str | None:
    """The canonical name of a mention in a document of ``locality``; None when it cannot be one body."""
    return _scoped(mention.name, mention.needs_locality, locality)


@lru_cache(maxsize=16384)
def _scoped(name: str, needs_locality: bool, locality: Locality | None) -> str | None:
    # a function of the name and the locality only: a document names its bodies again and again
    # "Văn phòng Sở" in the department's own plan, "Thanh tra Bộ" in a ministry's
    own = locality.department if locality is not None else None
    if own and _OF_THE_DEPARTMENT.search(name) and name.endswith(" Bộ") == own.startswith("Bộ "):
        return f"{name[: -len(' Sở')]} {own}"
    own_organ = _key(name).endswith(" đảng uỷ") or _key(name) == "thường trực hội đồng nhân dân"
    office = _UNIT_OFFICE.fullmatch(name) is not None and _UNIT_NAMED.search(name) is None  # not "… huyện Krông Nô"
    if locality is not None and locality.unit and (office or own_organ):
        # "Phòng Kinh tế", "Thường trực Đảng ủy" in a commune's own document: the commune's
        return f"{name} {locality.unit} {locality.full}".rstrip()
    if _key(name).endswith("đảng uỷ"):
        return None  # "Đảng ủy" not in a commune's document: which one is not said
    if _key(name) == "thường trực hội đồng nhân dân":
        return f"{name} {locality.full}" if locality is not None and locality.name else None
    if not needs_locality or central_body(name):
        return name
    if locality is None:
        return None if _ends_bare(name) else name
    key = _key(name)
    if _ends_bare(name):
        word = next(w for w in sorted(_LOCALITY_WORDS, key=len, reverse=True) if key.endswith(w))
        # "Công an xã" in a commune's own document is that commune's; "Ủy ban nhân dân huyện" in a commune's document
        # is its district's; "Đảng ủy xã" in a document that names one commune is that commune's
        place = None if word in _PROVINCE_LEVEL else _named(word, locality.unit, locality.district, locality.commune)
        if place is not None:
            return f"{name} {place} {locality.full}".rstrip()
        if not locality.name:
            return None  # a district's document that never names its province: "UBND tỉnh" is not known
        if word not in _PROVINCE_LEVEL:
            return None  # "UBND xã", "UBND huyện": every commune or district, a group
        if word != locality.kind and locality.kind == "tỉnh":
            city = _named(word, locality.unit) if word == "thành phố" else None
            if city is not None:
                return f"{name} {city} {locality.full}"  # the province's city, speaking
            return None  # "thành phố" in a province's document is a city of it, not named here
        return f"{name} {locality.name}"
    district = next((c for c in _DISTRICT_OF if key.endswith(c)), None)
    if district:
        # "Ban Tuyên giáo Huyện ủy" is the committee of the district a district's document speaks from; in a
        # province's document, which district's is not said
        # (or the district a commune's document speaks from: "Ban Dân vận Huyện ủy" in a commune Party report)
        place = _named(_DISTRICT_OF[district], locality.unit, locality.district)
        return f"{name} {place}" if place is not None else None
    if not locality.name:
        return name
    if key.endswith("thành uỷ") and locality.kind == "tỉnh":
        # a province's city's committee: the city's own in its own documents, unnamed otherwise
        city = _named("thành phố", locality.unit)
        return f"{name} {city}" if city is not None else None
    if any(key.endswith(c) for c in _PARTY_COMMITTEES):
        return f"{name} {locality.name}"
    return f"{name} {locality.full}"


def _named(kind: str, *places: str | None) -> str | None:
    """The name of the first of ``places`` of that kind: "Krông Nô" of "huyện Krông Nô" for "huyện"."""
    return next((p[len(kind) + 1 :] for p in places if p and p.startswith(kind + " ")), None)


_CENTRAL_KEYS = "|".join(sorted(tone_key(c) for c in CENTRAL_CITIES))


@lru_cache(maxsize=16384)
def identity_key(name: str) -> str:
    """The key one body is known by: "Đoàn Luật sư Bình Thuận" and "… tỉnh Bình Thuận" are one body, and so
    are "Sở Tài nguyên Môi trường" and "Sở Tài nguyên và Môi trường", with or without commas and dashes."""
    key = _key(name)
    for other, usual in lexicon().province_spellings.items():  # "Đăk Nông" is "Đắk Nông"
        if key.endswith(" " + other):
            key = key[: -len(other)] + usual
    # "… tỉnh Hà Giang" is "… Hà Giang"; "thành phố Hà Giang" is the province's capital, a body of its own, unless
    # the city is a province itself ("thành phố Hải Phòng")
    key = re.sub(rf"(?:tỉnh|thành phố(?= (?:{_CENTRAL_KEYS})$)) (?=(?:{_province_key_re().pattern})$)", "", key)
    key = re.sub(r"[,\-–]|\bvà\b", " ", key)
    # "UBMTTQ huyện" is the "Ủy ban Mặt trận Tổ quốc Việt Nam huyện …": the country is the front's, not a place
    key = key.replace("mặt trận tổ quốc việt nam", "mặt trận tổ quốc")
    if key.startswith(("công ty ", "tổng công ty ")):  # "Công ty CP ĐTPT …" is "Công ty Cổ phần Đầu tư Phát triển …"
        short = lexicon().company_abbreviations
        key = " ".join(short.get(w, w) for w in key.split()).replace(" một thành viên ", " mtv ")  # and "TNHH MTV"
    return " ".join(key.split())


def province_mentions(text: str) -> Iterator[re.Match[str]]:
    """The provinces a text names. "Hồ Chí Minh" is the city only after "thành phố" or "TP": the Youth Union
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh") and the President's thought ("tư tưởng, đạo đức, phong cách Hồ Chí
    Minh") name him in every province's Party documents."""
    for m in _province_re().finditer(text):
        if _A_UNIT_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # "xã Bình Thuận" in Quảng Ngãi, "phường Hà Giang": a commune named as a province is
        if m.group("p") != "Hồ Chí Minh" or _THE_CITY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            yield m


_A_UNIT_BEFORE = re.compile(r"(?<![\wĐđ])(?:xã|phường|thị trấn|huyện|quận|thị xã)\s+$")


_THE_CITY_BEFORE = re.compile(r"(?:[Tt]hành phố|TP\.?|Tp\.?)\s*$")


def central_body(name: str) -> bool:
    """A central body takes no locality: under the Government, the National Assembly or the Party's centre."""
    key = _key(name)
    if _ends_bare(name):
        return False  # "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": the country's front, in a province
    # the State Audit and its regional offices answer to the National Assembly, not to a province
    national = ("chính phủ", "trung ương", "quốc hội", "việt nam", "kiểm toán nhà nước")
    if key.startswith("bộ ") or any(w in key for w in national):
        return True
    # a ministry's unit named with it: "Thanh tra Bộ Y tế", "Văn phòng Bộ Tư pháp"
    ministry = _MINISTRY_INSIDE.search(name)
    return ministry is not None and _function_re().match(name, ministry.end()) is not None


_MINISTRY_INSIDE = re.compile(r" Bộ (?=[A-ZĐ])")


def _ends_bare(name: str) -> bool:
    key = _key(name)
    return any(key.endswith(" " + w) or key == w for w in _LOCALITY_WORDS)


_UNIT_NAMED = re.compile(
    rf"(?<!\S)(?P<unit>{_UNIT_KIND} {_CAP}{_SYL}(?: {_CAP}{_SYL}){{0,3}}"
    rf"|(?:phường|quận) (?:\d{{1,2}}|[IVX]{{1,5}})(?![\wĐđ]))"
)


# a city of a province, by its People's Committee or its Party committee: "Ủy ban nhân dân thành phố Vị Thanh tỉnh Hậu
# Giang", "Thành ủy Bạc Liêu" (a city that is a province itself is not one: its offices are the province's)
_CITY_OF_A_PROVINCE = re.compile(rf"(?:thành phố|Thành (?:ủy|uỷ)) (?P<city>{_CAP}{_SYL}(?: {_CAP}{_SYL}){{0,3}})")


def city_of(name: str) -> str | None:
    """The city of a province a body's name places it in ("thành phố Vị Thanh"), if any."""
    m = _CITY_OF_A_PROVINCE.search(name)
    return None if m is None or _key(m.group("city")) in CENTRAL_CITIES else f"thành phố {m.group('city')}"


def unit_of(name: str) -> str | None:
    """The commune, ward or district a body's name places it in: "Ủy ban nhân dân xã Hòa Phú" → "xã Hòa Phú",
    "Huyện ủy Mường Chà" → "huyện Mường Chà"."""
    m = _UNIT_NAMED.search(name)
    if m:
        return m.group("unit")
    party = _DISTRICT_COMMITTEE.search(name)
    return f"{_DISTRICT_OF[tone_key(party.group('c'))]} {party.group('place')}" if party else None


# a district's Party committee and its district: "Huyện ủy Mường Chà" is of "huyện Mường Chà"
_DISTRICT_OF = {"huyện uỷ": "huyện", "quận uỷ": "quận", "thị uỷ": "thị xã"}
_DISTRICT_COMMITTEE = re.compile(
    rf"(?P<c>(?:Huyện|Quận|Thị) (?:ủy|uỷ)) (?P<place>{_CAP}{_SYL}(?: {_CAP}{_SYL}){{0,3}})$"
)


def locality_of(name: str) -> Locality | None:
    """The province-level locality a canonical name carries, if any."""
    m = _province_re().search(name)
    if not m:
        return None
    province = m.group("p")
    kind = "thành phố" if _key(province) in CENTRAL_CITIES else "tỉnh"
    return Locality(kind, province)
