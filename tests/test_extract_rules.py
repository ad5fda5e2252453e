"""Each rule of the extractor, on the real sentence that taught it and a counter-example."""

from __future__ import annotations

import unicodedata

import pytest

from loaders.extract.bodies import Locality, find_bodies, scope, sentence_case
from loaders.extract.dates import DATE, from_match
from loaders.extract.numbers import NUMBER, parse
from loaders.pipeline import extract_text
from loaders.repair import repair

HP = Locality("thành phố", "Hải Phòng")


@pytest.mark.parametrize(
    ("text", "number", "doc_type"),
    [
        ("Kế hoạch số 330/KH- BQL ngày 24/01/2024", "330/KH-BQL", "KH"),
        ("Quyết định số 2029/2015/QĐ-UBND ngày 07/9/2015", "2029/2015/QĐ-UBND", "QĐ"),
        ("văn bản số 1801-TB/TU ngày 06/11/2023", "1801-TB/TU", "TB"),
        ("công văn số 207/BQL-VP ngày 16/01/2024", "207/BQL-VP", "CV"),
        ("Hướng dẫn số 31- HD/BTCTW ngày 23/4/2025", "31-HD/BTCTW", "HD"),
        ("Quyết định số 416/QĐ- TTg;", "416/QĐ-TTg", "QĐ"),
        ("Văn bản số 6984/VPCP-V.I ngày 12/9/2024", "6984/VPCP-V.I", "CV"),
        ("Công văn số 2147/TTCP-C.II.", "2147/TTCP-C.II", "CV"),
        ("tại Văn bản số 655/KV III-TH ngày 05/3/2024", "655/KVIII-TH", "CV"),
        ("Số: 207/BQL-VP V/v báo cáo", "207/BQL-VP", "CV"),
        ("theo Quyết định số 45/QĐ-UBND.Căn cứ", "45/QĐ-UBND", "QĐ"),
        ("Kiến nghị số 09/KN-VKS-P9 ngày 03/5/2024", "09/KN-VKS-P9", "KN"),
        ("Bản kết luận điều tra số 32/KLĐT-PC03", "32/KLĐT-PC03", "KLĐT"),
        ("ban hành kèm theo Nghị quyết số 30c/NQ-CP ngày 08/11/2011", "30c/NQ-CP", "NQ"),
        ("Thông báo số 512/TB-KV II ngày 12/3/2021", "512/TB-KVII", "TB"),
    ],
)
def test_document_numbers_in_every_form(text: str, number: str, doc_type: str) -> None:
    found = [parse(m) for m in NUMBER.finditer(text)]
    assert [(n.text, n.doc_type) for n in found if n] == [(number, doc_type)]


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        ("Thanh tra tỉnh chuyển đến tại Văn bản số 356/TTr-NV3 ngày 02/4/2024.", "CV"),
        ("Thực hiện Công văn số 845/TTr-GSTĐ ngày 02/4/2024 của Thanh tra tỉnh.", "CV"),
        ("Xét Tờ trình số 12/TTr-SNV ngày 02/4/2024 của Sở Nội vụ.", "TTr"),
    ],
)
def test_an_inspectorates_letter_numbered_ttr_is_a_letter_where_the_words_say_so(text: str, doc_type: str) -> None:
    graph = extract_text([text], "x.txt")
    [cited] = [n for n in graph.nodes.values() if n.label == "Document" and n.properties.get("number")]
    assert cited.properties["doc_type"] == doc_type


def test_a_date_or_a_section_number_is_not_a_document() -> None:
    assert [parse(m) for m in NUMBER.finditer("ngày 12/01/2024, mục 2.3. Về giường")] == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [("31/5/2024", "2024-05-31"), ("05 tháng 01 năm 2020", "2020-01-05"), ("30/1/2024", "2024-01-30")],
)
def test_dates(text: str, iso: str) -> None:
    m = DATE.search(text)
    assert m and from_match(m) == iso


def test_repair_rejoins_wrapped_lines_and_keeps_headings() -> None:
    raw = (
        "I. TÌNH HÌNH, KẾT QUẢ \n\nThực hiện Kế hoạch số 06/KH-UBND ngày 12/01/2024 của UBND thành \n\n"
        "phố về công tác.\n"
    )
    text = repair([raw]).text
    assert "của UBND thành phố về công tác." in text
    assert text.startswith("I. TÌNH HÌNH, KẾT QUẢ\n")


def test_repair_joins_a_short_line_that_ends_on_a_word_needing_more() -> None:
    # a PDF text layer breaks "Công văn số" / "2769/UBND-…" where the line is far short of the page width
    raw = (
        "Hội đồng nhân dân tỉnh đã có ý kiến về việc này tại buổi họp thường kỳ của tháng bảy vừa qua.\n"
        "Sở Nội vụ đã tổng hợp ý kiến của các sở, ban, ngành và địa phương trong tỉnh về nội dung này.\n"
        "Ủy ban nhân dân tỉnh đã giao các cơ quan chuyên môn rà soát, tham mưu phương án xử lý cụ thể.\n"
        "Ngày 24/7/2024, Chủ tịch có Công văn số\n"
        "2769/UBND-NCKSTTHC về việc tổ chức đại hội.\n"
        "Kết quả như sau\n"
        "1. Căn cứ pháp lý\n"
    )
    text = repair([raw]).text
    assert "Công văn số 2769/UBND-NCKSTTHC về việc" in text
    assert "Kết quả như sau\n1. Căn cứ pháp lý" in text  # a short line ending on another word keeps its break


def test_repair_keeps_the_break_before_a_line_that_opens_a_sentence() -> None:
    # a heading without a stop, as long as the page is wide, and the paragraph under it opening on "Theo"/"Đến nay"
    raw = (
        "Ủy ban nhân dân huyện đã tổ chức triển khai các nội dung theo đúng kế hoạch đề ra từ đầu năm.\n"
        "4. Vụ việc có dấu hiệu sai phạm thuộc diện Ban Chỉ đạo phòng, chống tham nhũng tỉnh theo dõi\n"
        "Theo Thông báo số 215-TB/BCĐ ngày 20/6/2024 của Ban Chỉ đạo, vụ việc được đưa vào theo dõi.\n"
        "5. Việc xử lý các công trình xây dựng trái phép trên đất nông nghiệp tại thị trấn và các xã\n"
        "Đến nay đã xử lý 112 trường hợp.\n"
    )
    text = repair([raw]).text
    assert "tỉnh theo dõi\nTheo Thông báo" in text
    assert "các xã\nĐến nay" in text


def test_repair_joins_a_names_dash_that_a_line_broke_before_but_keeps_a_list() -> None:
    raw = (
        "Căn cứ kết quả rà soát của các cơ quan chuyên môn thuộc tỉnh, đề nghị Sở Lao động\n"
        "- Thương binh và Xã hội chủ trì, phối hợp với Sở Tài chính rà soát.\n"
        "Kính gửi: Sở Lao động - Thương binh và Xã hội\n- Sở Tài chính\n"
    )
    text = repair([raw]).text
    assert "đề nghị Sở Lao động - Thương binh và Xã hội chủ trì" in text
    assert "Xã hội\n- Sở Tài chính" in text


def test_a_letter_commenting_on_a_draft_amends_nothing() -> None:
    text = (
        "Kính gửi: Sở Thông tin và Truyền thông\n"
        "Theo đề nghị của Bộ Thông tin và Truyền thông tại Công văn số 202/BTTTT-KHTC ngày 21/01/2025 về việc "
        "góp ý dự thảo Quyết định sửa đổi, bổ sung một số điều của Quyết định số 2269/QĐ-TTg ngày 31/12/2021 "
        "của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh có ý kiến như sau.\n"
    )
    graph = extract_text([text], "letter.txt")
    amends = [e for e in graph.edges.values() if e.type == "AMENDS"]
    assert amends == []
    assert any(e.type == "RESPONDS_TO" and "202/BTTTT" in e.target for e in graph.edges.values())
    # the same words without a draft: the decision cited first amends the second
    graph = extract_text(
        [
            "Quyết định số 12/2025/QĐ-UBND ngày 02/01/2025 của UBND tỉnh sửa đổi, bổ sung một số điều của "
            "Quyết định số 2029/2015/QĐ-UBND ngày 07/9/2015 của UBND tỉnh.\n"
        ],
        "decision.txt",
    )
    assert [(e.source[:16], e.target[:21]) for e in graph.edges.values() if e.type == "AMENDS"] == [
        ("doc:12/2025/QĐ-U", "doc:2029/2015/QĐ-UBND")
    ]


def test_repair_keeps_a_title_apart_from_the_paragraph_that_opens_on_tại() -> None:
    raw = (
        "THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tình hình thực hiện Dự án Khu công nghiệp Láng Trâm\n\n"
        "Tại phiên họp ngày 01/3/2024, sau khi nghe Ban cán sự đảng Ủy ban\n"
        "nhân dân tỉnh báo cáo tình hình thực hiện Dự án Khu công nghiệp\n"
        "Láng Trâm và ý kiến thảo luận của các đồng chí Ủy viên Ban Thường\n"
        "vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy kết luận như sau: tiến độ còn chậm.\n"
    )
    assert "Láng Trâm\nTại phiên họp" in repair([raw]).text


def test_repair_keeps_an_items_heading_apart_from_its_paragraph() -> None:
    raw = (
        "Ủy ban nhân dân huyện đã chỉ đạo các cơ quan chuyên môn triển khai thực\n"
        "hiện các nội dung kết luận; kết quả cụ thể như sau, theo từng dự án.\n"
        "2. Về Dự án Kè chống sạt lở bờ kênh Nguyễn Văn Tiếp đoạn qua thị trấn\n"
        "Ban Quản lý dự án và Phát triển quỹ đất huyện đã hoàn thành hồ sơ báo\n"
        "cáo kinh tế - kỹ thuật, trình Sở Nông nghiệp và Phát triển nông thôn.\n"
        "3. Về nội dung đóng cửa mỏ đá Ia Xiêr: chưa hoàn thành. Ủy ban nhân\n"
        "Tỉnh giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Ủy ban\n"
    )
    text = repair([raw]).text
    assert "thị trấn\nBan Quản lý dự án" in text
    assert "Ủy ban nhân Tỉnh giao" in text  # a heading holds no sentence: this line goes on


def test_repair_normalises_to_nfc_and_drops_page_numbers() -> None:
    decomposed = unicodedata.normalize("NFD", "Ủy ban nhân dân")
    assert decomposed != "Ủy ban nhân dân"
    text = repair([f"{decomposed} tỉnh\n2\nQuảng Ngãi"]).text
    assert "Ủy ban nhân dân" in text and "\n2\n" not in text


def test_bodies_stop_where_the_name_ends() -> None:
    found = [b.surface for b in find_bodies("Sở Tư pháp nhận được Văn bản của Ban Quản lý Khu kinh tế Hải Phòng đã")]
    assert found == ["Sở Tư pháp", "Ban Quản lý Khu kinh tế Hải Phòng"]


def test_elliptical_list_is_expanded_and_scoped_to_the_locality() -> None:
    found = [
        scope(b, HP) for b in find_bodies("giao Ban Quản lý, các Sở: Xây dựng, Tài nguyên và Môi trường hướng dẫn")
    ]
    assert "Sở Xây dựng thành phố Hải Phòng" in found
    assert "Sở Tài nguyên và Môi trường thành phố Hải Phòng" in found


def test_generic_groups_are_not_bodies() -> None:
    assert find_bodies("các sở, ban, ngành và UBND các huyện") == []


def test_one_sentence_gives_issuer_implements_and_date() -> None:
    text = (
        "BÁO CÁO\nKết quả công tác\n- Thực hiện Kế hoạch số 06/KH-UBND ngày 12/01/2024 của UBND thành phố Hải Phòng "
        "về công tác phòng, chống tham nhũng, Ban Quản lý đã ban hành Kế hoạch số 421/KH-BQL ngày 30/1/2024.\n"
    )
    g = extract_text([text], "x.txt")
    docs = {n.properties.get("number"): n for n in g.nodes.values() if n.label == "Document"}
    assert docs["06/KH-UBND"].properties["date"] == "2024-01-12"
    edges = {
        (
            e.type,
            g.nodes[e.source].properties.get("number") or g.nodes[e.source].properties.get("name"),
            g.nodes[e.target].properties.get("number"),
        )
        for e in g.edges.values()
    }
    assert ("IMPLEMENTS", "421/KH-BQL", "06/KH-UBND") in edges
    assert ("ISSUED", "Ủy ban nhân dân thành phố Hải Phòng", "06/KH-UBND") in edges
    for item in g.elements():
        for s in item.sources:
            assert text.replace("\n", " ").find(s.quote.replace("\n", " ")) >= 0 or s.quote in repair([text]).text


def test_an_upward_request_is_not_an_assignment() -> None:
    text = (
        "BÁO CÁO\nKết quả\nĐề nghị thành phố quan tâm chỉ đạo. Đề nghị Ủy ban nhân dân thành phố Hải Phòng xem xét.\n"
    )
    g = extract_text([text], "x.txt")
    assert not [e for e in g.edges.values() if e.type == "ASSIGNS"]


def test_every_edge_and_node_has_a_quote_from_the_text() -> None:
    text = "Ban Quản lý giao Sở Xây dựng thành phố Hải Phòng chủ trì rà soát trước ngày 08/02/2025."
    g = extract_text([text], "x.txt")
    tasks = [n for n in g.nodes.values() if n.label == "Task"]
    assert tasks and tasks[0].properties["deadline"] == "2025-02-08"
    for item in g.elements():
        assert item.sources and all(s.quote and s.quote in text for s in item.sources)


def test_an_edge_the_contract_does_not_allow_is_never_emitted() -> None:
    # a council named in the header under the provincial committee: a body the finders only know by place
    text = (
        "UBND TỈNH LÂM ĐỒNG\nHỘI ĐỒNG THẨM ĐỊNH\nSố: 36/BC-HĐTĐ\nLâm Đồng, ngày 02 tháng 02 năm 2026\nBÁO CÁO\n"
        "Kết quả thẩm định\nHội đồng thẩm định báo cáo Ủy ban nhân dân tỉnh Lâm Đồng.\n"
    )
    graph = extract_text([text], "x.txt")
    graph.validate()
    issuers = [graph.nodes[e.source].properties["name"] for e in graph.edges.values() if e.type == "ISSUED"]
    assert issuers and issuers[0].startswith("Hội đồng")


def test_a_list_of_places_names_one_body_in_each() -> None:
    found = [b.name for b in find_bodies("Đoàn Luật sư tỉnh Lâm Đồng, Bình Thuận, Đắk Nông (cũ) có Tờ trình")]
    assert found == ["Đoàn Luật sư tỉnh Lâm Đồng", "Đoàn Luật sư tỉnh Bình Thuận", "Đoàn Luật sư tỉnh Đắk Nông"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hội Văn học Nghệ thuật tỉnh Bình Thuận đề nghị", "Hội Văn học Nghệ thuật tỉnh Bình Thuận"),
        ("Trung tâm Phục vụ hành chính công tỉnh Gia Lai tiếp nhận", "Trung tâm Phục vụ hành chính công tỉnh Gia Lai"),
        ("Sở Nội vụ tổng hợp", "Sở Nội vụ"),
    ],
)
def test_open_class_names_end_at_the_verb(text: str, name: str) -> None:
    assert [b.name for b in find_bodies(text)][:1] == [name]


def test_a_meeting_or_a_report_is_not_a_body() -> None:
    assert find_bodies("Báo cáo kết quả Hội nghị Xúc tiến đầu tư và Bộ tiêu chí đánh giá") == []


def _assigned(graph: object) -> set[tuple[str, str]]:
    from graph.model import Graph

    assert isinstance(graph, Graph)
    out = set()
    for a in graph.edges.values():
        if a.type != "ASSIGNS":
            continue
        for b in graph.edges.values():
            if b.type == "ASSIGNED_TO" and b.source == a.target:
                giver = graph.nodes[a.source].properties.get("number") or "self"
                out.add((giver, graph.nodes[b.target].properties["name"]))
    return out


def test_a_request_in_a_letter_received_is_given_by_that_letter() -> None:
    text = (
        "UBND TỈNH BÌNH THUẬN\nSỞ TƯ PHÁP\nSố: 788/STP-HCBT\nBình Thuận, ngày 16 tháng 5 năm 2025\n"
        "Sở Tư pháp nhận được Văn bản số 2377/UBND-NCKS ngày 13/5/2025 của Văn phòng Ủy ban nhân dân tỉnh, "
        "theo đó đề nghị có ý kiến đối với việc phê chuẩn kết quả Đại hội.\n"
    )
    assert ("2377/UBND-NCKS", "Sở Tư pháp tỉnh Bình Thuận") in _assigned(extract_text([text], "x.txt"))


def test_bodies_that_bear_responsibility_are_assigned() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 435/QĐ-UBND\nKon Tum, ngày 04 tháng 5 năm 2020\nQUYẾT ĐỊNH\n"
        "Điều 2. Giám đốc Sở Lao động - Thương binh và Xã hội; Thủ trưởng các cơ quan liên quan chịu trách "
        "nhiệm thi hành Quyết định này./.\n"
    )
    assert ("435/QĐ-UBND", "Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum") in _assigned(
        extract_text([text], "x.txt")
    )


def test_a_short_name_the_document_gives_stands_for_its_body() -> None:
    text = (
        "UBND TỈNH LÂM ĐỒNG\nSỞ TƯ PHÁP\nSố: 12/STP-BTTP\nLâm Đồng, ngày 10 tháng 10 năm 2025\n"
        "Sở Tư pháp nhận được hồ sơ của đoàn Luật sư tỉnh Lâm Đồng (sau đây viết tắt là Đoàn Luật sư).\n"
        "Sở Tư pháp đề nghị Đoàn Luật sư khẩn trương hoàn thiện hồ sơ trước ngày 20/10/2025.\n"
    )
    assert ("12/STP-BTTP", "Đoàn Luật sư tỉnh Lâm Đồng") in _assigned(extract_text([text], "x.txt"))


def test_running_headers_and_footers_are_page_furniture() -> None:
    body = ["Thực hiện kế hoạch.", "Giao Sở Nội vụ rà soát.", "Báo cáo kết quả.", "Đề nghị Sở Tài chính phối hợp."]
    pages = [
        f"CÔNG BÁO TỈNH LÂM ĐỒNG - Trang {n}\n{line}\nCông báo số 12/2025, trang {n}\n"
        for n, line in enumerate(body, 1)
    ]
    text = repair(pages).text
    assert "CÔNG BÁO" not in text and "Công báo số" not in text
    assert all(line in text for line in body)


def test_an_instruction_reported_from_a_letter_is_given_by_that_letter() -> None:
    text = (
        "UBND TỈNH BÌNH THUẬN\nSỞ NỘI VỤ\nSố: 3367/TTr-SNV\nBình Thuận, ngày 10 tháng 12 năm 2024\nTỜ TRÌNH\n"
        "Ngày 24/7/2024, Chủ tịch Ủy ban nhân dân tỉnh có Công văn số 2769/UBND-NCKSTTHC về việc tổ chức đại hội "
        "và giao Sở Nội vụ theo dõi, đôn đốc việc tổ chức đại hội.\n"
    )
    assert ("2769/UBND-NCKSTTHC", "Sở Nội vụ tỉnh Bình Thuận") in _assigned(extract_text([text], "x.txt"))


def test_a_bracketed_list_of_places_names_one_body_in_each() -> None:
    text = (
        "UBND TỈNH LÂM ĐỒNG\nSỞ TƯ PHÁP\nSố: 12/STP-BTTP\nLâm Đồng, ngày 10 tháng 10 năm 2025\n"
        "Đề nghị các Ban Chủ nhiệm các Đoàn Luật sư (Lâm Đồng, Đắk Nông, Bình Thuận cũ) hoàn thiện hồ sơ.\n"
    )
    given = {name for _, name in _assigned(extract_text([text], "x.txt"))}
    assert given == {"Đoàn Luật sư tỉnh Lâm Đồng", "Đoàn Luật sư tỉnh Đắk Nông", "Đoàn Luật sư tỉnh Bình Thuận"}


def test_a_bullet_listing_departments_with_work_assigns_each() -> None:
    text = (
        "UBND TỈNH LÂM ĐỒNG\nVĂN PHÒNG\nSố: 12/VP-HCC\nLâm Đồng, ngày 10 tháng 10 năm 2025\nTHÔNG BÁO\nPhân công\n"
        "- Các sở, ngành: Sở Khoa học và Công nghệ, Sở Tư pháp chuẩn bị báo cáo trước ngày 20/10/2025.\n"
        "- Các sở, ngành: Sở Nội vụ, Sở Tài chính.\n"
    )
    given = {name for _, name in _assigned(extract_text([text], "x.txt"))}
    assert given == {"Sở Khoa học và Công nghệ tỉnh Lâm Đồng", "Sở Tư pháp tỉnh Lâm Đồng"}


def test_a_unit_written_with_its_parent_is_part_of_it() -> None:
    text = (
        "UBND TỈNH LÂM ĐỒNG\nVĂN PHÒNG\nSố: 12/VP-HCC\nLâm Đồng, ngày 10 tháng 10 năm 2025\n"
        "Mời Trung tâm Phục vụ hành chính công tỉnh (Văn phòng UBND tỉnh) và Phòng Nội chính - Văn phòng UBND tỉnh.\n"
    )
    graph = extract_text([text], "x.txt")
    parts = {
        (graph.nodes[e.source].properties["name"], graph.nodes[e.target].properties["name"])
        for e in graph.edges.values()
        if e.type == "PART_OF"
    }
    office = "Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng"
    assert ("Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng", office) in parts
    assert ("Phòng Nội chính", office) in parts


def _typed_edges(graph: object) -> set[tuple[str, str]]:
    """(type, target name) of every edge from the file's own document."""
    from graph.model import Graph

    assert isinstance(graph, Graph)
    return {
        (e.type, str(graph.nodes[e.target].properties.get("name", "")))
        for e in graph.edges.values()
        if "source_file" in graph.nodes[e.source].properties
    }


def test_the_first_sentence_after_kinh_gui_is_not_an_addressee() -> None:
    # the letter's first line follows the addressee with nothing between; a PDF's width hides the break
    text = (
        "UBND TỈNH LÂM ĐỒNG\nVĂN PHÒNG\nSố: 12/VP-NC\n"
        "                       Kính gửi: Các đồng chí Thành viên UBND tỉnh\n"
        "Văn phòng Ủy ban nhân dân tỉnh nhận được Tờ trình số 85/TTr-STP ngày 03/4/2026 của Sở Tư pháp về trình dự\n"
        "thảo Quyết định.\n"
    )
    assert "Kính gửi: Các đồng chí Thành viên UBND tỉnh\n" in repair([text]).text
    sent = {name for kind, name in _typed_edges(extract_text([text], "x.txt")) if kind == "SENT_TO"}
    assert not any("Tư pháp" in name for name in sent)


def test_an_addressee_line_left_open_goes_on_to_the_next() -> None:
    text = (
        "Số: 5/STP\n Kính gửi: Đoàn Luật sư tỉnh Lâm Đồng, tỉnh\n          Bình Thuận, tỉnh Đắk Nông (cũ).\nNội dung."
    )
    assert "Kính gửi: Đoàn Luật sư tỉnh Lâm Đồng, tỉnh Bình Thuận, tỉnh Đắk Nông (cũ).\n" in repair([text]).text
    sent = {name for kind, name in _typed_edges(extract_text([text], "x.txt")) if kind == "SENT_TO"}
    assert {"Đoàn Luật sư tỉnh Bình Thuận", "Đoàn Luật sư tỉnh Đắk Nông"} <= sent


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "- Các bộ, cơ quan ngang bộ: Tài chính; Tư pháp; Khoa học và Công nghệ phối hợp với Bộ Nội vụ.",
            ["Bộ Tài chính", "Bộ Tư pháp", "Bộ Khoa học và Công nghệ", "Bộ Nội vụ"],
        ),
        (
            "lấy ý kiến các sở, ngành có liên quan: Nội vụ, Tư pháp, Tài chính.",
            ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính"],
        ),
    ],
)
def test_short_lists_after_ministries_or_departments_name_one_body_each(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_a_list_task_runs_past_its_semicolons_to_the_verb() -> None:
    text = (
        "Số: 3/QĐ-TTg\nĐiều 2. Tổ chức thực hiện\n"
        "- Các bộ, cơ quan ngang bộ: Tài chính; Tư pháp; Văn phòng Chính phủ phối hợp với Bộ Nội vụ trong việc "
        "theo dõi, đánh giá cải cách hành chính.\n"
    )
    g = extract_text([text], "x.txt")
    tasks = [n for n in g.nodes.values() if n.label == "Task"]
    assert len(tasks) == 1 and "phối hợp với Bộ Nội vụ" in str(tasks[0].properties["description"])
    assert {"Bộ Tài chính", "Bộ Tư pháp", "Văn phòng Chính phủ"} <= {name for _, name in _assigned(g)}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Số: 9/QĐ-BNV\nTheo đề nghị của Vụ trưởng Vụ Cải cách hành chính, Bộ trưởng quyết định.",
            "Vụ Cải cách hành chính",
        ),
        ("Số: 9/SNV\nTrên cơ sở đề nghị của Công an tỉnh Lâm Đồng, Sở Nội vụ có ý kiến.", "Công an tỉnh Lâm Đồng"),
    ],
)
def test_the_body_that_proposed_the_document(text: str, body: str) -> None:
    assert ("PROPOSED_BY", body) in _typed_edges(extract_text([text], "x.txt"))


_LETTER_AND_DRAFT = """UBND TỈNH LÂM ĐỒNG
VĂN PHÒNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 41/VP-NC Lâm Đồng, ngày 05 tháng 4 năm 2026
V/v xin ý kiến thành viên UBND tỉnh
Kính gửi: Sở Tư pháp
Văn phòng Ủy ban nhân dân tỉnh nhận được Tờ trình số 85/TTr-STP ngày 03/4/2026 của Sở Tư pháp về trình dự
thảo Quyết định phê duyệt Đề án. Văn phòng Ủy ban nhân dân tỉnh kính đề nghị các đồng chí tham gia ý kiến
đối với dự thảo Quyết định nêu trên, gửi về Văn phòng trước ngày 08/4/2026 để tổng hợp./.
Nơi nhận:
- Như trên;
- Lưu: VT.
CHÁNH VĂN PHÒNG
Đỗ Tấn Sương
THÀNH VIÊN UBND TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
PHIẾU GHI Ý KIẾN
Nội dung: Cho ý kiến Quyết định phê duyệt Đề án của Sở Xây dựng theo đề nghị của Bộ Xây dựng
1. Tán thành hoàn toàn
2. Không tán thành, lý do của người được xin ý kiến và của các cơ quan liên quan được ghi vào đây
Họ và tên:
ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: /QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
QUYẾT ĐỊNH
Phê duyệt Đề án tổ chức Đại hội Đoàn Luật sư tỉnh Lâm Đồng
ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Căn cứ Nghị định số 123/2013/NĐ-CP ngày 14 tháng 10 năm 2013 của Chính phủ quy định chi tiết;
Theo đề nghị của Đoàn Luật sư tỉnh Lâm Đồng tại Tờ trình số 34/TTr-ĐLS ngày 20/3/2026.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án tổ chức Đại hội.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hồ Văn Mười
"""


def test_a_file_holding_a_letter_and_its_draft_decision_gives_two_documents() -> None:
    g = extract_text([_LETTER_AND_DRAFT], "x.txt")
    own = [n for n in g.nodes.values() if n.label == "Document" and n.properties.get("source_file")]
    assert [n.properties.get("number") for n in own] == ["41/VP-NC", None]
    letter, draft = own
    from_letter = {(e.type, e.target) for e in g.edges.values() if e.source == letter.id}
    from_draft = {(e.type, e.target) for e in g.edges.values() if e.source == draft.id}
    # the draft's grounds and proposer are its own, not the letter's
    assert any(t == "BASED_ON" and "123/2013" in target for t, target in from_draft)
    assert not any(t in ("BASED_ON", "PROPOSED_BY") for t, _ in from_letter)
    assert ("PROPOSED_BY", "org:đoàn luật sư lâm đồng") in from_draft
    signers = {(e.source, e.target) for e in g.edges.values() if e.type == "SIGNED"}
    assert any(target == draft.id and "hồ văn mười" in person for person, target in signers)
    # the voting slip between them states nothing: no Bộ Xây dựng, no proposal from it
    assert not any("xây dựng" in node_id for node_id in g.nodes)
    whole = repair([_LETTER_AND_DRAFT]).text
    for item in g.elements():  # offsets count from the start of the whole file
        assert all(s.quote and whole[s.start : s.end] == s.quote for s in item.sources)


def test_one_document_is_not_split_by_a_motto_repeated_in_its_header() -> None:
    text = "BỘ TƯ PHÁP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/BTP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNội dung."
    g = extract_text([text], "x.txt")
    assert len([n for n in g.nodes.values() if n.label == "Document" and n.properties.get("source_file")]) == 1


def test_a_body_named_only_by_its_kind_is_not_a_node() -> None:
    text = (
        "UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ\nSố: 7/SNV\nKính gửi: Ban Quản lý các khu công nghiệp\n"
        "Sở Nội vụ đề nghị Ban Chỉ đạo và Ban Đại diện phối hợp với Ban Quản lý các khu công nghiệp báo cáo."
    )
    names = {n.properties["name"] for n in extract_text([text], "x.txt").nodes.values() if n.label == "Agency"}
    assert "Ban Quản lý các khu công nghiệp tỉnh Lâm Đồng" in names
    assert not names & {"Ban Chỉ đạo", "Ban Đại diện"}


def test_a_named_steering_committee_stays() -> None:
    text = "Số: 8/BC-BCĐ\nThực hiện chỉ đạo của Ban Chỉ đạo quốc gia về dữ liệu, Bộ Công an báo cáo."
    names = {n.properties["name"] for n in extract_text([text], "x.txt").nodes.values() if n.label == "Agency"}
    assert "Ban Chỉ đạo quốc gia về dữ liệu" in names


def test_a_programme_named_in_lower_case_ends_at_its_period() -> None:
    text = (
        "Số: 4/BNV\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể "
        "cải cách hành chính nhà nước giai đoạn 2021 - 2030; Bộ Nội vụ hướng dẫn."
    )
    g = extract_text([text], "x.txt")
    programmes = [n for n in g.nodes.values() if n.label == "Project"]
    assert [p.properties["name"] for p in programmes] == [
        "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"
    ]
    assert any(e.type == "CONCERNS" and e.target == programmes[0].id for e in g.edges.values())


def test_projects_ending_in_a_province_keep_apart() -> None:
    text = (
        "Số: 4/STP\nĐề án hợp nhất Đoàn Luật sư tỉnh Lâm Đồng đã trình. "
        "Đề án tổ chức Đại hội Hội Công chứng viên tỉnh Lâm Đồng đang lấy ý kiến."
    )
    g = extract_text([text], "x.txt")
    assert len([n for n in g.nodes.values() if n.label == "Project"]) == 2


def test_a_union_of_associations_keeps_its_cac() -> None:
    found = [b.name for b in find_bodies("Liên Hiệp các hội Khoa học và Kỹ thuật tỉnh Lâm Đồng đề nghị")]
    assert found == ["Liên Hiệp các hội Khoa học và Kỹ thuật tỉnh Lâm Đồng"]
    assert find_bodies("Ủy ban nhân dân các huyện báo cáo") == []  # a group still is not one body


def _doc(graph: object, number: str) -> dict[str, object]:
    from graph.model import Graph

    assert isinstance(graph, Graph)
    return next(n.properties for n in graph.nodes.values() if n.properties.get("number") == number)


def test_a_sentence_opening_date_belongs_to_its_first_document_only() -> None:
    text = (
        "Số: 1/SNV\nNgày 08/10/2024, Chính phủ ban hành Nghị định số 126/2024/NĐ-CP thay thế Nghị định số "
        "45/2010/NĐ-CP và Nghị định số 33/2012/NĐ-CP."
    )
    g = extract_text([text], "x.txt")
    assert _doc(g, "126/2024/NĐ-CP").get("date") == "2024-10-08"
    assert _doc(g, "45/2010/NĐ-CP").get("date") is None


def test_a_date_after_the_issuer_is_the_documents() -> None:
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nBAN QUẢN LÝ KHU KINH TẾ\nSố: 2/BC-BQL\n"
        "Thực hiện Công văn số 849/TTTP-NV4 của Thanh tra thành phố ngày 31/5/2024 về việc báo cáo."
    )
    assert _doc(extract_text([text], "x.txt"), "849/TTTP-NV4").get("date") == "2024-05-31"


def test_a_law_is_typed_as_a_law() -> None:
    text = "Số: 3/BHXH\ntheo quy định tại khoản 3 Điều 44 Luật KCB số 40/2009/QH12."
    assert _doc(extract_text([text], "x.txt"), "40/2009/QH12").get("doc_type") == "Luật"


def test_bodies_listed_before_have_issued_jointly() -> None:
    text = (
        "UBND TỈNH LÂM ĐỒNG\nSỞ TƯ PHÁP\nSố: 5/STP\nĐoàn Luật sư tỉnh Lâm Đồng, Bình Thuận, Đắk Nông (cũ) có Tờ "
        "trình số 220/TTr-ĐLS ngày 20/10/2025 về việc hợp nhất. Đối với Hội Tin học, Sở Tư pháp có Công văn số "
        "17/STP-VP ngày 10/10/2025 báo cáo."
    )
    g = extract_text([text], "x.txt")
    issued = {
        (g.nodes[e.source].properties["name"], g.nodes[e.target].properties.get("number"))
        for e in g.edges.values()
        if e.type == "ISSUED"
    }
    for province in ("Lâm Đồng", "Bình Thuận", "Đắk Nông"):
        assert (f"Đoàn Luật sư tỉnh {province}", "220/TTr-ĐLS") in issued
    assert not any(number == "17/STP-VP" and "Hội" in name for name, number in issued)


def test_departments_listed_after_cac_so_are_each_asked() -> None:
    text = "UBND TỈNH BÌNH THUẬN\nSỞ NỘI VỤ\nSố: 9/SNV\nSở Nội vụ đề nghị các sở: Xây dựng, Tài chính có ý kiến."
    assert {"Sở Xây dựng tỉnh Bình Thuận", "Sở Tài chính tỉnh Bình Thuận"} <= {
        name for _, name in _assigned(extract_text([text], "x.txt"))
    }


def test_a_lawyer_named_in_the_text_is_a_person() -> None:
    text = "Số: 6/TTr-STP\nChủ nhiệm: Luật sư Huỳnh Tho; Ủy viên: Luật sư Nguyễn Thanh Vũ, Luật sư Đỗ Minh Trúc."
    people = {n.properties["name"] for n in extract_text([text], "x.txt").nodes.values() if n.label == "Person"}
    assert {"Huỳnh Tho", "Nguyễn Thanh Vũ", "Đỗ Minh Trúc"} <= people


def test_a_comma_after_the_issuer_may_open_the_next_clause() -> None:
    text = (
        "UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ\nSố: 9/BC-SNV\nĐể thực hiện Quyết định số 787/QĐ-UBND ngày 21/8/2025 của "
        "Chủ tịch UBND tỉnh, Sở Nội vụ kiến nghị Chủ tịch UBND tỉnh như sau."
    )
    g = extract_text([text], "x.txt")
    issuers = {
        g.nodes[e.source].properties["name"] for e in g.edges.values() if e.type == "ISSUED" and "787" in e.target
    }
    assert issuers == {"Ủy ban nhân dân tỉnh Lâm Đồng"}


def test_each_item_of_a_grounds_list_is_a_basis() -> None:
    text = (
        "BỘ TƯ PHÁP\nSố: 12/BTP\nĐể bảo đảm việc hợp nhất, căn cứ quy định tại:\n"
        "- Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ tổ chức, hoạt động và quản lý hội;\n"
        "- Công văn số 1911/BNV-TCPCP ngày 29/4/2025 của Bộ Nội vụ về một số nội dung;\n"
        "Bộ Tư pháp đề nghị như sau:\n- Công văn số 88/BTP-VP ngày 02/5/2025 của Bộ Tư pháp được bãi bỏ.\n"
    )
    based = {n for kind, n in _typed_edges_to_numbers(extract_text([text], "x.txt")) if kind == "BASED_ON"}
    assert based == {"126/2024/NĐ-CP", "1911/BNV-TCPCP"}


def _typed_edges_to_numbers(graph: object) -> set[tuple[str, str]]:
    from graph.model import Graph

    assert isinstance(graph, Graph)
    return {(e.type, str(graph.nodes[e.target].properties.get("number"))) for e in graph.edges.values()}


def test_a_national_name_ends_at_the_country() -> None:
    found = [b.name for b in find_bodies("Hướng dẫn số 545 của Hiệp hội công chứng Việt Nam Hướng dẫn một số nội dung")]
    assert found == ["Hiệp hội công chứng Việt Nam"]


def test_another_spelling_of_a_province_is_the_same_body() -> None:
    text = "Số: 3/STP\nĐoàn Luật sư tỉnh Đăk Nông và Đoàn Luật sư tỉnh Đắk Nông có Tờ trình số 5/TTr-ĐLS."
    orgs = [n for n in extract_text([text], "x.txt").nodes.values() if n.label == "Organization"]
    assert [n.id for n in orgs] == ["org:đoàn luật sư đắk nông"]


def test_the_committees_of_several_associations_ask_each_association() -> None:
    found = find_bodies("Đề nghị các Ban chấp hành Hội công chứng viên (Lâm Đồng, Đăk Nông, Bình Thuận cũ) khẩn trương")
    assert [b.name for b in found] == [
        "Hội công chứng viên tỉnh Lâm Đồng",
        "Hội công chứng viên tỉnh Đăk Nông",
        "Hội công chứng viên tỉnh Bình Thuận",
    ]


def test_a_body_name_cut_short_is_not_a_person() -> None:
    text = "Số: 3/STP\nKính gửi: Ban Chủ nhiệm Đoàn Luật, Ban chấp hành Hội công chứng viên tỉnh Lâm Đồng."
    assert not [n for n in extract_text([text], "x.txt").nodes.values() if n.label == "Person"]


def test_a_document_replacing_two_replaces_both() -> None:
    text = (
        "Số: 1/SNV\nChính phủ ban hành Nghị định số 126/2024/NĐ-CP thay thế Nghị định số 45/2010/NĐ-CP và "
        "Nghị định số 33/2012/NĐ-CP."
    )
    edges = _typed_edges_to_numbers(extract_text([text], "x.txt"))
    assert {("REPLACES", "45/2010/NĐ-CP"), ("REPLACES", "33/2012/NĐ-CP")} <= edges


def test_a_signer_holding_a_second_post_holds_it_in_its_body() -> None:
    text = (
        "UBND TỈNH LÂM ĐỒNG\nHỘI ĐỒNG THẨM ĐỊNH\nSố: 36/BC-HĐTĐ\nKính trình Chủ tịch UBND tỉnh xem xét./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. HỘI ĐỒNG THẨM ĐỊNH\nCHỦ TỊCH\nGIÁM ĐỐC SỞ NỘI VỤ\nĐỗ Văn Chung\n"
    )
    g = extract_text([text], "x.txt")
    holds = {
        (g.nodes[e.target].properties["name"], e.properties.get("title"))
        for e in g.edges.values()
        if e.type == "HOLDS_POST"
    }
    assert ("Sở Nội vụ tỉnh Lâm Đồng", "Giám đốc") in holds


def _signers(graph: object) -> set[tuple[str, str | None, str | None]]:
    """(name, capacity, title) of each signer."""
    nodes = graph.nodes  # type: ignore[attr-defined]
    return {
        (nodes[e.source].properties["name"], e.properties.get("capacity"), e.properties.get("title"))
        for e in graph.edges.values()  # type: ignore[attr-defined]
        if e.type == "SIGNED"
    }


def _sent_to(graph: object) -> set[str]:
    nodes = graph.nodes  # type: ignore[attr-defined]
    return {nodes[e.target].properties["name"] for e in graph.edges.values() if e.type == "SENT_TO"}  # type: ignore[attr-defined]


_PDF_DECISION = (
    "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH TIỀN GIANG               Độc lập - Tự do - Hạnh phúc\n"
    "Số: 2214/QĐ-UBND          Tiền Giang, ngày 12 tháng 9 năm 2024\n"
    "QUYẾT ĐỊNH\nVề việc giải quyết khiếu nại (lần hai)\n"
    "Điều 4. Chánh Văn phòng UBND tỉnh, Chánh Thanh tra tỉnh, Chủ tịch UBND thị xã Gò Công chịu trách nhiệm thi "
    "hành Quyết định này./.\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        # the whole block beside the list, the name on the last line of Nơi nhận
        "Nơi nhận:                                        KT. CHỦ TỊCH\n"
        "- Như Điều 4;                                    PHÓ CHỦ TỊCH\n"
        "- Thanh tra Chính phủ (b/c);\n- TT Tỉnh uỷ, TT HĐND tỉnh;\n"
        "- Lưu: VT, TCD.                                 Trần Văn Dũng\n",
        # the name on a line of its own, below a list longer than the block
        "Nơi nhận:                                        KT. CHỦ TỊCH\n"
        "- Như Điều 4;                                    PHÓ CHỦ TỊCH\n"
        "- Thanh tra Chính phủ (b/c);\n- TT Tỉnh uỷ, TT HĐND tỉnh;\n- VP: CVP, PCVP;\n- Lưu: VT, TCD.\n"
        "                                                 Trần Văn Dũng\n",
        # the list shorter than the block: the post and the name below it, alone on their lines
        "Nơi nhận:                                        KT. CHỦ TỊCH\n"
        "- Thanh tra Chính phủ (b/c);                     PHÓ CHỦ TỊCH\n"
        "- TT Tỉnh uỷ, TT HĐND tỉnh;\n- Lưu: VT, TCD.\n\n\n"
        "                                                 Trần Văn Dũng\n",
    ],
)
def test_a_signature_printed_beside_the_recipients_is_read_by_its_column(tail: str) -> None:
    # a PDF's text layer puts the two columns of the page's foot side by side on the same lines
    text = _PDF_DECISION + tail
    graph = extract_text([text], "qd.txt")
    assert _signers(graph) == {("Trần Văn Dũng", "KT.", "Phó chủ tịch")}
    assert _posts(graph, "Trần Văn Dũng") == {"Ủy ban nhân dân tỉnh Tiền Giang": "Phó chủ tịch"}
    # Nơi nhận keeps to its own column: no recipient is made of the signature's words
    assert not any("chủ tịch" in name.lower() or "Dũng" in name for name in _sent_to(graph))
    assert "Thanh tra Chính phủ" in _sent_to(graph)
    for edge in graph.edges.values():
        assert all(text.find(s.quote) == s.start for s in edge.sources if s.quote in text)


def test_a_note_beside_a_recipient_does_not_hide_a_signature_printed_below_the_list() -> None:
    text = _PDF_DECISION + (
        "Nơi nhận:\n- Như Điều 4;\n- Thanh tra Chính phủ          (để báo cáo);\n- Lưu: VT, TCD.\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Dũng\n"
    )
    graph = extract_text([text], "qd.txt")
    assert _signers(graph) == {("Trần Văn Dũng", "KT.", "Phó chủ tịch")}
    assert "Thanh tra Chính phủ" in _sent_to(graph)


def test_an_annex_list_printed_in_columns_after_the_signature_is_not_the_signature() -> None:
    text = _PDF_DECISION + (
        "Nơi nhận:\n- Như Điều 4;\n- Lưu: VT, TCD.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Dũng\n\n"
        "PHỤ LỤC\nDANH SÁCH TỔ CÔNG TÁC\n- Tổ trưởng:          Lê Văn Cường\n- Thành viên:         Phạm Thị Hoa\n"
    )
    assert _signers(extract_text([text], "qd.txt")) == {("Trần Văn Dũng", "KT.", "Phó chủ tịch")}


def test_columns_parted_by_tabs_are_read_as_columns() -> None:
    text = _PDF_DECISION + (
        "Nơi nhận:\t\t\tKT. CHỦ TỊCH\n- Như Điều 4;\t\t\tPHÓ CHỦ TỊCH\n- Thanh tra Chính phủ (b/c);\n"
        "- Lưu: VT, TCD.\t\t\tTrần Văn Dũng\n"
    )
    graph = extract_text([text], "qd.txt")
    assert _signers(graph) == {("Trần Văn Dũng", "KT.", "Phó chủ tịch")}


def test_a_police_signer_with_his_rank_beside_the_recipients_holds_his_post_in_the_police() -> None:
    text = (
        "BỘ CÔNG AN\nCÔNG AN TỈNH BÌNH ĐỊNH\nSố: 1847/BC-CAT-PC03\nBình Định, ngày 05 tháng 11 năm 2024\n"
        "BÁO CÁO\nKết quả giải quyết nguồn tin\nCông an tỉnh báo cáo như sau.\n"
        "Nơi nhận:                                           GIÁM ĐỐC\n"
        "- UBND tỉnh;\n- Viện KSND tỉnh;\n"
        "- Lưu: VT, PC03.                                    Đại tá Nguyễn Văn Hạnh\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _signers(graph) == {("Nguyễn Văn Hạnh", None, "Giám đốc")}
    assert _posts(graph, "Nguyễn Văn Hạnh") == {"Công an tỉnh Bình Định": "Giám đốc"}


def test_a_recipient_sharing_its_line_with_the_signature_is_only_the_recipient() -> None:
    text = (
        "UBND TỈNH LONG AN\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 3862/BC-STNMT\nLong An, ngày 10 tháng 10 năm 2024\n"
        "BÁO CÁO\nKết quả kiểm tra\nSở báo cáo như trên.\n"
        "Nơi nhận:                                     KT. GIÁM ĐỐC\n"
        "- Sở Tài chính                                PHÓ GIÁM ĐỐC\n"
        "- Sở Xây dựng                                 SỞ KẾ HOẠCH VÀ ĐẦU TƯ\n"
        "- Lưu: VT.                                    Trần Minh Tâm\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _sent_to(graph) == {"Sở Tài chính tỉnh Long An", "Sở Xây dựng tỉnh Long An"}


_MINUTES = (
    "UBND TỈNH QUẢNG NINH\nSỞ XÂY DỰNG\nSố: 28/BB-SXD\nQuảng Ninh, ngày 26 tháng 10 năm 2023\n"
    "BIÊN BẢN LÀM VIỆC\nVề tiến độ thực hiện dự án nhà ở xã hội\n"
    "I. THÀNH PHẦN\n1. Sở Xây dựng:\n- Ông Phạm Đức Lương, Phó Giám đốc Sở - chủ trì;\n"
    "2. Ủy ban nhân dân thành phố Cẩm Phả:\n- Bà Đỗ Thị Mai, Phó Chủ tịch Ủy ban nhân dân thành phố;\n"
    "3. Chủ đầu tư: Công ty Cổ phần Đầu tư Xây dựng Hạ Long Xanh:\n- Ông Trần Văn Sơn, Tổng Giám đốc.\n"
    "II. KẾT LUẬN\nCác bên đã thống nhất thông qua và ký tên dưới đây.\n\n"
)


def test_every_block_of_minutes_signs_and_each_signer_holds_the_post_of_the_body_listed() -> None:
    text = _MINUTES + (
        "ĐẠI DIỆN UBND THÀNH PHỐ CẨM PHẢ\nPHÓ CHỦ TỊCH\n\n\n\nĐỗ Thị Mai\n\n"
        "ĐẠI DIỆN CHỦ ĐẦU TƯ\nTỔNG GIÁM ĐỐC\n\n\n\nTrần Văn Sơn\n\n"
        "CHỦ TRÌ\nPHÓ GIÁM ĐỐC SỞ XÂY DỰNG\n\n\n\nPhạm Đức Lương\n\n"
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT, QLN.\n"
    )
    graph = extract_text([text], "bb.txt")
    assert {name for name, _, _ in _signers(graph)} == {"Đỗ Thị Mai", "Trần Văn Sơn", "Phạm Đức Lương"}
    # the city's vice-chair signs for the city, not for the department that wrote the minutes
    assert set(_posts(graph, "Đỗ Thị Mai")) == {"Ủy ban nhân dân thành phố Cẩm Phả tỉnh Quảng Ninh"}
    assert set(_posts(graph, "Trần Văn Sơn")) == {"Công ty Cổ phần Đầu tư Xây dựng Hạ Long Xanh"}
    assert set(_posts(graph, "Phạm Đức Lương")) == {"Sở Xây dựng tỉnh Quảng Ninh"}
    # "CHỦ TRÌ / PHÓ GIÁM ĐỐC SỞ XÂY DỰNG": the chair's post, its body placed apart
    assert ("Phạm Đức Lương", None, "Phó giám đốc") in _signers(graph)


def test_blocks_of_minutes_printed_side_by_side_are_read_by_column() -> None:
    text = (
        "UBND TỈNH LONG AN\nSỞ TÀI CHÍNH\nSố: 15/BB-STC\nLong An, ngày 02 tháng 12 năm 2024\n"
        "BIÊN BẢN\nBàn giao hồ sơ quyết toán\nHai bên thống nhất ký biên bản.\n\n"
        "ĐẠI DIỆN SỞ TÀI CHÍNH                  ĐẠI DIỆN UBND HUYỆN ĐỨC HÒA\n"
        "PHÓ GIÁM ĐỐC                                   CHỦ TỊCH\n\n\n"
        "Nguyễn Văn An                                 Lê Thị Bình\n"
    )
    graph = extract_text([text], "bb.txt")
    assert {name for name, _, _ in _signers(graph)} == {"Nguyễn Văn An", "Lê Thị Bình"}
    assert _posts(graph, "Nguyễn Văn An") == {"Sở Tài chính tỉnh Long An": "Phó giám đốc"}
    assert _posts(graph, "Lê Thị Bình") == {"Ủy ban nhân dân huyện Đức Hòa tỉnh Long An": "Chủ tịch"}


def test_minutes_blocks_side_by_side_above_the_recipients_are_read_by_column() -> None:
    text = (
        "UBND TỈNH LONG AN\nSỞ TÀI CHÍNH\nSố: 15/BB-STC\nLong An, ngày 02 tháng 12 năm 2024\n"
        "BIÊN BẢN\nBàn giao hồ sơ quyết toán\nHai bên thống nhất ký biên bản.\n\n"
        "ĐẠI DIỆN UBND HUYỆN ĐỨC HÒA                 ĐẠI DIỆN SỞ TÀI CHÍNH\n"
        "        CHỦ TỊCH                                 PHÓ GIÁM ĐỐC\n\n\n"
        "      Lê Thị Bình                               Nguyễn Văn An\n\n"
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\n"
    )
    graph = extract_text([text], "bb.txt")
    assert _posts(graph, "Nguyễn Văn An") == {"Sở Tài chính tỉnh Long An": "Phó giám đốc"}
    assert _posts(graph, "Lê Thị Bình") == {"Ủy ban nhân dân huyện Đức Hòa tỉnh Long An": "Chủ tịch"}


def test_of_a_preparer_and_a_head_signing_side_by_side_the_head_signs_for_the_issuer() -> None:
    text = (
        "UBND TỈNH LONG AN\nSỞ TÀI CHÍNH\nSố: 210/BC-STC\nLong An, ngày 02 tháng 12 năm 2024\n"
        "BÁO CÁO\nTình hình giải ngân\nSở Tài chính báo cáo như trên./.\n\n"
        "NGƯỜI LẬP BIỂU                              KT. GIÁM ĐỐC\n"
        "                                            PHÓ GIÁM ĐỐC\n\n\n"
        "Phan Thị Lan                                Nguyễn Văn An\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _signers(graph) == {("Nguyễn Văn An", "KT.", "Phó giám đốc")}


def test_a_company_letter_signed_by_its_legal_representative_is_signed_for_the_company() -> None:
    text = (
        "CÔNG TY CỔ PHẦN ĐẦU TƯ XÂY DỰNG HẠ LONG XANH\nSố: 25/CV-HLX\nQuảng Ninh, ngày 02 tháng 11 năm 2023\n"
        "V/v báo cáo tiến độ dự án\nKính gửi: Sở Xây dựng tỉnh Quảng Ninh.\nCông ty báo cáo như sau./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nĐẠI DIỆN THEO PHÁP LUẬT\nTỔNG GIÁM ĐỐC\n\n\nTrần Văn Sơn\n"
    )
    graph = extract_text([text], "cv.txt")
    assert _signers(graph) == {("Trần Văn Sơn", None, "Tổng giám đốc")}
    # (the header's capitals leave the company's name in an odd case: its identity is what is checked)
    posts = {body.lower(): title for body, title in _posts(graph, "Trần Văn Sơn").items()}
    assert posts == {"công ty cổ phần đầu tư xây dựng hạ long xanh": "Tổng giám đốc"}


def test_a_signature_printed_before_the_recipients_is_still_read() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN TAM NÔNG\nSố: 412/BC-UBND\nPhú Thọ, ngày 20 tháng 9 năm 2024\nBÁO CÁO\n"
        "Kết quả thực hiện kết luận thanh tra\nỦy ban nhân dân huyện báo cáo như trên./.\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nHà Quang Minh\n"
        "Nơi nhận:\n- Thanh tra tỉnh;\n- Lưu: VT.\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _signers(graph) == {("Hà Quang Minh", "KT.", "Phó chủ tịch")}
    assert set(_posts(graph, "Hà Quang Minh")) == {"Ủy ban nhân dân huyện Tam Nông tỉnh Phú Thọ"}


@pytest.mark.parametrize(
    ("person", "committee", "council"),
    [
        (
            "Đồng chí Trần Quốc Huy, Phó Bí thư Đảng uỷ, Chủ tịch Uỷ ban nhân dân xã Ea Phê, là người trực tiếp ký "
            "05 hợp đồng cho thuê đất trái quy định; chịu trách nhiệm chính.",
            ("Phó Bí thư", "Đảng uỷ xã Ea Phê"),
            ("Chủ tịch", "Uỷ ban nhân dân xã Ea Phê"),
        ),
        (
            "Đồng chí Trần Quốc Huy, Bí thư Đảng uỷ, Chủ tịch Hội đồng nhân dân xã Ea Phê, chịu trách nhiệm người "
            "đứng đầu.",
            ("Bí thư", "Đảng uỷ xã Ea Phê"),
            ("Chủ tịch", "Hội đồng nhân dân xã Ea Phê"),
        ),
    ],
)
def test_two_posts_written_with_one_place_are_both_held_there(
    person: str, committee: tuple[str, str], council: tuple[str, str]
) -> None:
    text = (
        "HUYỆN UỶ KRÔNG PẮC\nUỶ BAN KIỂM TRA\n*\nSố 37-TB/UBKTHU\nKrông Pắc, ngày 18 tháng 4 năm 2025\n"
        "THÔNG BÁO\nkết luận kỳ họp\n"
        "1. Uỷ ban nhân dân huyện Krông Pắc báo cáo về việc cho thuê đất tại xã Ea Phê.\n"
        f"2. {person}\n"
        "3. Yêu cầu Đảng uỷ xã Ea Phê tổ chức công bố các quyết định kỷ luật.\n"
    )
    graph = extract_text([text], "tb.txt")
    # the place written once, after the last post, is where each post is held
    assert _posts(graph, "Trần Quốc Huy") == {committee[1]: committee[0], council[1]: council[0]}
    # and the commune's Party committee is the one the notice asks to act
    committees = {n.id for n in graph.nodes.values() if n.properties.get("name") == committee[1]}
    assert len(committees) == 1
    assert committees <= {e.target for e in graph.edges.values() if e.type == "ASSIGNED_TO"}


def test_a_second_post_in_a_body_of_its_own_keeps_its_own_body() -> None:
    text = (
        "UBND TỈNH ĐẮK LẮK\nSỞ NỘI VỤ\nSố: 12/BC-SNV\nĐắk Lắk, ngày 10 tháng 5 năm 2025\nBÁO CÁO\nKết quả\n"
        "Đồng chí Lê Văn Nam, Phó Bí thư Đảng uỷ Sở, Giám đốc Sở Tài chính tỉnh Đắk Lắk, đã ký kết luận.\n"
    )
    posts = _posts(extract_text([text], "bc.txt"), "Lê Văn Nam")
    assert posts.get("Sở Tài chính tỉnh Đắk Lắk") == "Giám đốc"
    assert not any("xã" in body for body in posts)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("của Ban Thường vụ Hiệp Hội công chứng Việt Nam về việc", "Hiệp Hội công chứng Việt Nam"),
        ("theo Điều lệ liên đoàn Luật sư Việt Nam để bầu", "Liên đoàn Luật sư Việt Nam"),
    ],
)
def test_a_name_typed_with_other_capitals_is_whole(text: str, name: str) -> None:
    assert [b.name for b in find_bodies(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ý kiến của Liên đoàn Thương mại và Công nghiệp Việt Nam về", "Liên đoàn Thương mại và Công nghiệp Việt Nam"),
        ("Câu lạc bộ Hưu trí tỉnh Bình Thuận tổ chức đại hội", "Câu lạc bộ Hưu trí tỉnh Bình Thuận"),
        ("Chi hội Kiến trúc sư tỉnh Đắk Nông tổ chức đại hội", "Chi hội Kiến trúc sư tỉnh Đắk Nông"),
    ],
)
def test_more_kinds_of_association(text: str, name: str) -> None:
    assert [b.name for b in find_bodies(text)] == [name]


def test_a_reply_responds_to_the_letter_it_answers() -> None:
    text = (
        "UBND TỈNH BÌNH THUẬN\nSỞ NỘI VỤ\nSố: 7/SNV-TCCC\nPhúc đáp Công văn số 16/CGC.BT ngày 02/3/2024 của Hội "
        "Cựu giáo chức tỉnh, Sở Nội vụ có ý kiến như sau. Sở Tài chính có Công văn số 23/STC-VP ngày 05/3/2024 "
        "trả lời Công văn số 18/CGC.BT ngày 03/3/2024."
    )
    g = extract_text([text], "x.txt")
    responds = {
        (g.nodes[e.source].properties.get("number"), g.nodes[e.target].properties.get("number"))
        for e in g.edges.values()
        if e.type == "RESPONDS_TO"
    }
    assert ("7/SNV-TCCC", "16/CGC.BT") in responds
    assert ("23/STC-VP", "18/CGC.BT") in responds


def test_an_invitation_sent_as_invited_is_addressed_to_its_invitees() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 3/GM-UBND\nGIẤY MỜI\nỦy ban nhân dân tỉnh tổ chức họp.\n"
        "2. Thành phần mời:\n- Đại diện Lãnh đạo các sở, ban, ngành thuộc tỉnh;\n- Đại diện Sở Nội vụ;\n"
        "- Đại diện Trung tâm Phục vụ hành chính công tỉnh.\n3. Nội dung: họp đánh giá.\n"
        "Nơi nhận:\n- Như thành phần mời;\n- Lưu: VT.\n"
    )
    sent = {name for kind, name in _typed_edges(extract_text([text], "x.txt")) if kind == "SENT_TO"}
    assert {"Sở Nội vụ tỉnh Lâm Đồng", "Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng"} <= sent


def test_fields_listed_in_a_name_belong_to_it() -> None:
    text = "Lãnh đạo Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Lâm Đồng; Trung tâm Y tế, Sở Y tế."
    assert next(b.name for b in find_bodies(text)) == "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Lâm Đồng"
    # a list of two bodies is not one name
    assert "Trung tâm Y tế, Sở Y tế" not in [b.name for b in find_bodies(text)]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # in the task's own clause, with or without "ngày", with an hour before the date
        ("giao Sở Tài chính tổng hợp, báo cáo (trước ngày 10/02/2025)./.", "2025-02-10"),
        ("Bộ Công an gửi báo cáo về Văn phòng Chính phủ trong ngày 10 tháng 01 năm 2026.", "2026-01-10"),
        ("các đại biểu đăng ký dự họp trước 14 giờ, ngày 11 tháng 01 năm 2026.", "2026-01-11"),
        # in the next sentence of the same paragraph
        (
            "giao Sở Tài chính chủ trì rà soát, đề xuất. Hoàn thành và báo cáo UBND tỉnh trước ngày 20/02/2025.",
            "2025-02-20",
        ),
        # a period: its last day
        ("giao Sở Nội vụ hoàn thành trong quý III/2020.", "2020-09-30"),
        ("giao Sở Nội vụ hoàn thành trong tháng 2 năm 2024.", "2024-02-29"),
        # "before a quarter" is not within it, and a date that only tells the past is no deadline
        ("giao Sở Nội vụ hoàn thành trước quý III/2020.", None),
        ("giao Sở Nội vụ rà soát theo Kế hoạch ngày 20/02/2025.", None),
    ],
)
def test_a_tasks_deadline(text: str, due: str | None) -> None:
    from loaders.extract.deadlines import deadline

    assert deadline(text, 0, text.find(".") if "." in text else len(text)) == due


def test_a_deadline_on_the_items_time_line_and_not_past_the_next_task() -> None:
    from loaders.extract.deadlines import deadline

    item = (
        "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở.\n"
        "- Thời gian thực hiện: Thực hiện định kỳ hằng năm; riêng năm 2020 hoàn thành trong quý II/2020.\n"
        "2.2. Tăng cường kiểm tra trước ngày 30/9/2020."
    )
    end = item.find(".\n")
    assert deadline(item, 0, end) == "2020-06-30"
    two = "giao Sở Xây dựng rà soát. Giao Sở Tài chính báo cáo trước ngày 20/02/2025."
    assert deadline(two, 0, two.find("."), next_task=two.find("Giao")) is None


def test_extracted_tasks_carry_the_deadline_of_the_sentence_after_them() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/TB-UBND\nTHÔNG BÁO\n"
        "2. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát, đề xuất UBND tỉnh hướng giải quyết. "
        "Hoàn thành và báo cáo UBND tỉnh trước ngày 20/02/2025.\n"
    )
    graph = extract_text([text], "notice.txt")
    tasks = [n for n in graph.nodes.values() if n.label == "Task"]
    assert [t.properties.get("deadline") for t in tasks] == ["2025-02-20"]


def test_a_grounds_section_gives_each_item_as_a_ground() -> None:
    text = (
        "SỞ NỘI VỤ\nSố: 15/TTr-SNV\nTỜ TRÌNH\nKính gửi: Chủ tịch UBND tỉnh\n"
        "A. SỰ CẦN THIẾT VÀ CƠ SỞ PHÁP LÝ\n"
        "- Tại Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính;\n"
        "- Tại điểm b khoản 1 Công văn số 1911/BNV-TCPCP ngày 29/4/2025 của Bộ Nội vụ về việc hướng dẫn;\n"
        "Ngày 08/10/2024, Chính phủ ban hành Nghị định số 126/2024/NĐ-CP quy định về hội, thay thế "
        "Nghị định số 45/2010/NĐ-CP ngày 21/4/2010 và Nghị định số 33/2012/NĐ-CP ngày 13/4/2012 của Chính phủ.\n"
        "B. NỘI DUNG\n"
        "Sở Nội vụ đã nhận Công văn số 65/MTTQ-BTT ngày 05/8/2025 của Ủy ban MTTQ tỉnh.\n"
    )
    graph = extract_text([text], "submission.txt")
    grounds = sorted(e.target.split("|")[0] for e in graph.edges.values() if e.type == "BASED_ON")
    assert grounds == ["doc:126/2024/NĐ-CP", "doc:1911/BNV-TCPCP", "doc:202/2025/QH15"]
    replaced = sorted(e.target.split("|")[0] for e in graph.edges.values() if e.type == "REPLACES")
    assert replaced == ["doc:33/2012/NĐ-CP", "doc:45/2010/NĐ-CP"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the genre's fixed phrase keeps its commas inside the name
        (
            "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hải Phòng họp, Sở Nội vụ dự",
            ["Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hải Phòng", "Sở Nội vụ"],
        ),
        # a slash and a lower-case "và" inside a name whose place closes it: three bodies, not one
        (
            "Hội Nạn nhân chất độc da cam/dioxin tỉnh Bình Thuận và Hội Nạn nhân chất độc da cam/dioxin tỉnh Lâm Đồng",
            [
                "Hội Nạn nhân chất độc da cam/dioxin tỉnh Bình Thuận",
                "Hội Nạn nhân chất độc da cam/dioxin tỉnh Lâm Đồng",
            ],
        ),
        (
            "Hội Bảo trợ Người khuyết tật và bảo vệ quyền trẻ em tỉnh Bình Thuận đã họp",
            ["Hội Bảo trợ Người khuyết tật và bảo vệ quyền trẻ em tỉnh Bình Thuận"],
        ),
        # "Hội nghị" after "và" is part of the name, not a second body
        (
            "Trung tâm Thông tin và Hội nghị tỉnh (Văn phòng UBND tỉnh)",
            ["Trung tâm Thông tin và Hội nghị tỉnh", "Văn phòng UBND tỉnh"],
        ),
        # without a place to close it, a lower-case "và" or comma is the sentence's: the name stops
        ("Hội Nông dân và các đơn vị, Sở Tư pháp, chủ trì", ["Hội Nông dân", "Sở Tư pháp"]),
    ],
)
def test_names_go_on_past_commas_slashes_and_lower_case_and_only_when_closed(text: str, names: list[str]) -> None:
    assert [b.surface for b in find_bodies(text)] == names


@pytest.mark.parametrize(
    ("sentence", "number", "date"),
    [
        (
            "Để triển khai, ngày 10/11/2025, Sở Nội vụ đã ban hành Công văn số 2775/SNV-CCHC gửi các sở.",
            "2775",
            "2025-11-10",
        ),
        ("Theo đó ngày 31/7/2025, Sở Tư pháp đã có Công văn số 223/STP-BTTP gửi Sở Nội vụ.", "223", "2025-07-31"),
        (
            "Trên cơ sở đó, ngày 27/11/2025 Sở Tư pháp ban hành Công văn số 1668/STP-BTTP gửi Sở Nội vụ.",
            "1668",
            "2025-11-27",
        ),
        # the date is the first document's: one named later in the clause does not take it
        (
            "Ngày 08/10/2024, Chính phủ ban hành Nghị định số 126/2024/NĐ-CP, Sở Nội vụ có Công văn số 15/SNV-TCCC.",
            "15",
            None,
        ),
    ],
)
def test_a_cited_document_takes_the_date_of_the_words_that_issue_it(
    sentence: str, number: str, date: str | None
) -> None:
    graph = extract_text([sentence + "\n"], "report.txt")
    [doc] = [n for n in graph.nodes.values() if str(n.properties.get("number", "")).startswith(number + "/")]
    assert doc.properties.get("date") == date


def test_tt_before_a_committee_or_council_is_its_standing_body() -> None:
    here = Locality("tỉnh", "Lâm Đồng")
    found = [scope(b, here) for b in find_bodies("- TT Tỉnh ủy, TT HĐND tỉnh;\n- TTTU, TT. HĐND tỉnh;\n- Tỉnh ủy;")]
    assert found == [
        "Thường trực Tỉnh ủy Lâm Đồng",
        "Thường trực Hội đồng nhân dân tỉnh Lâm Đồng",
        "Thường trực Tỉnh ủy Lâm Đồng",
        "Thường trực Hội đồng nhân dân tỉnh Lâm Đồng",
        "Tỉnh ủy Lâm Đồng",
    ]


def test_a_document_concerns_the_project_of_its_own_subject_line() -> None:
    decision = (
        "BỘ NỘI VỤ\nSố: 892/QĐ-BNV\nQUYẾT ĐỊNH\nPhê duyệt Đề án “Xác định Chỉ số cải cách hành chính của các bộ”\n"
        "Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21/02/2025 của Chính phủ;\n"
    )
    graph = extract_text([decision], "decision.txt")
    about = [(e.source, e.target) for e in graph.edges.values() if e.type == "CONCERNS"]
    assert about == [("doc:892/QĐ-BNV|?|bộ nội vụ", "project:xác định chỉ số cải cách hành chính của các bộ")]
    # a subject line naming the project by its first words only: the one project the text names in full
    letter = (
        "BỘ NỘI VỤ\nSố: 7/BNV-CCHC\nV/v hướng dẫn triển khai Đề án xác định Chỉ số cải cách hành chính\n"
        "Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng\n"
        "Thực hiện Quyết định số 1187/QĐ-BNV ngày 15/10/2025 của Bộ Nội vụ phê duyệt Đề án “Xác định Chỉ số cải "
        "cách hành chính của các bộ, cơ quan ngang bộ” (Đề án), Bộ Nội vụ hướng dẫn như sau.\n"
    )
    graph = extract_text([letter], "letter.txt")
    about = sorted((e.source.split("|")[0], e.target) for e in graph.edges.values() if e.type == "CONCERNS")
    project = "project:xác định chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ"
    assert about == [("doc:1187/QĐ-BNV", project), ("doc:7/BNV-CCHC", project)]


def test_an_association_acts_through_its_board_and_a_party_committee_keeps_its_own() -> None:
    found = [b.name for b in find_bodies("Ban Thường vụ Liên đoàn Luật sư Việt Nam và Ban Thường vụ Tỉnh ủy")]
    assert found == ["Liên đoàn Luật sư Việt Nam", "Ban Thường vụ Tỉnh ủy"]
    text = (
        "Thực hiện Hướng dẫn số 545/HD-BTV ngày 02/8/2025 của Ban Thường vụ Hiệp hội Công chứng viên Việt Nam "
        "và Kế hoạch số 119-KH/TU ngày 10/3/2020 của Ban Thường vụ Tỉnh ủy Kon Tum.\n"
    )
    issued = {
        e.target.split("|")[0]: e.source for e in extract_text([text], "r.txt").edges.values() if e.type == "ISSUED"
    }
    assert issued == {
        "doc:545/HD-BTV": "org:hiệp hội công chứng viên việt nam",
        "doc:119KH/TU": "agency:ban thường vụ tỉnh uỷ kon tum",
    }


def test_two_proposers_each_with_their_submission() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\n"
        "Theo đề nghị của Đoàn Luật sư tỉnh Lâm Đồng tại Tờ trình số 34/TTr-ĐLS ngày 24 tháng 3 năm 2026 "
        "và Sở Tư pháp tại Tờ trình số 85/TTr-STP ngày 03 tháng 4 năm 2026.\n"
    )
    edges = extract_text([text], "decision.txt").edges.values()
    assert sorted(e.target for e in edges if e.type == "PROPOSED_BY") == [
        "agency:sở tư pháp lâm đồng",
        "org:đoàn luật sư lâm đồng",
    ]
    assert sorted(e.target.split("|")[0] for e in edges if e.type == "RESPONDS_TO") == [
        "doc:34/TTR-ĐLS",
        "doc:85/TTR-STP",
    ]


def test_people_copied_by_name_hold_the_issuers_post_of_their_kind() -> None:
    text = (
        "BỘ NỘI VỤ\nSố: 7/BNV-CCHC\nV/v hướng dẫn\nKính gửi: Ủy ban nhân dân tỉnh Lâm Đồng\nĐề nghị thực hiện./.\n"
        "Nơi nhận:\n- Như trên;\n- Bộ trưởng (để b/c);\n- Thứ trưởng Nguyễn Văn Hồi (để b/c);\n"
        "- Vụ trưởng Lê Văn Tám;\n- Phó Giám đốc Sở: ông Trần Văn Bình;\n- Lưu: VT, CCHC.\n"
    )
    graph = extract_text([text], "letter.txt")
    people = {n.properties["name"]: n.id for n in graph.nodes.values() if n.label == "Person"}
    assert people == {
        "Nguyễn Văn Hồi": "person:nguyễn văn hồi|bộ nội vụ",
        "Lê Văn Tám": "person:lê văn tám|?",
        "Trần Văn Bình": "person:trần văn bình|?",  # a department's deputy head, in a ministry's letter: not its post
    }
    posts = [(e.source, e.target, e.properties["title"]) for e in graph.edges.values() if e.type == "HOLDS_POST"]
    # a Vụ is a part of the ministry the text does not name here: its head holds no post the graph can place
    assert posts == [("person:nguyễn văn hồi|bộ nội vụ", "agency:bộ nội vụ", "Thứ trưởng")]


def test_a_kind_of_project_in_a_place_is_no_project() -> None:
    text = (
        "Thực hiện Quyết định số 1963/QĐ-UBND ngày 02/7/2025 của UBND tỉnh Lâm Đồng về dự án đầu tư ngoài ngân sách "
        "trên địa bàn tỉnh Lâm Đồng; Quyết định số 1909/QĐ-UBND ngày 03/5/2024 của UBND tỉnh Lâm Đồng phê duyệt "
        "Đề án tổ chức Đại hội Đoàn Luật sư tỉnh Bình Thuận.\n"
    )
    projects = [n.properties["name"] for n in extract_text([text], "r.txt").nodes.values() if n.label == "Project"]
    assert projects == ["Đề án tổ chức Đại hội Đoàn Luật sư tỉnh Bình Thuận"]


def test_a_body_ending_the_sentence_before_is_not_the_subject_of_the_next_request() -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nVĂN PHÒNG\nSố: 15/VP-HCQT\nV/v góp ý dự thảo Kế hoạch\nKính gửi: Sở Nội vụ.\n"
        "Văn phòng UBND tỉnh thống nhất với dự thảo Kế hoạch do Sở Nội vụ soạn thảo. Đề nghị Sở Nội vụ tổng hợp./.\n"
    )
    graph = extract_text([text], "letter.txt")
    assigned = [e.target for e in graph.edges.values() if e.type == "ASSIGNED_TO"]
    assert assigned == ["agency:sở nội vụ lâm đồng"]


def test_a_quote_cut_for_length_starts_and_ends_on_whole_words() -> None:
    filler = "các cơ quan, đơn vị tiếp tục rà soát, tổng hợp và báo cáo kết quả thực hiện nhiệm vụ được giao "
    text = "Sở Nội vụ nhận được " + filler * 6 + "theo Công văn số 215/SNV-CCHC ngày 14/01/2026 " + filler * 6 + ".\n"
    graph = extract_text([text], "long.txt")
    quoted = [src for item in graph.elements() for src in item.sources]
    assert any(len(src.quote) < len(text) - 2 for src in quoted), "the sentence is long enough to be cut"
    for src in quoted:
        assert src.start == 0 or not text[src.start - 1].isalnum(), src.quote[:20]
        assert not text[src.end].isalnum(), src.quote[-20:]


def test_a_header_name_runs_over_its_comma_and_a_council_is_a_public_body() -> None:
    text = (
        "UBND TỈNH LÂM ĐỒNG\nHỘI ĐỒNG THẨM ĐỊNH, \nĐÁNH GIÁ CHỈ SỐ CCHC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/TTr-HĐTĐ\nTỜ TRÌNH\nVề việc công bố Chỉ số cải cách hành chính năm 2025\n"
        "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh\n"
    )
    graph = extract_text([text], "submission.txt")
    [issued] = [e for e in graph.edges.values() if e.type == "ISSUED"]
    council = graph.nodes[issued.source]
    name = "Hội đồng Thẩm định, đánh giá chỉ số CCHC tỉnh Lâm Đồng"  # the province's council, under its committee
    assert (council.label, council.properties["name"]) == ("Agency", name)
    assert any(e.type == "PART_OF" and e.source == council.id for e in graph.edges.values())


def test_a_party_document_is_its_committees_whichever_organ_the_citation_names() -> None:
    cited = "Thực hiện Kế hoạch số 119-KH/TU ngày 10/3/2020 của Ban Thường vụ Tỉnh ủy Kon Tum.\n"
    own = (
        "TỈNH ỦY KON TUM\n*\nSố 119-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nKon Tum, ngày 10 tháng 3 năm 2020\nKẾ HOẠCH\n"
        "thực hiện Chỉ thị số 37-CT/TW\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nNguyễn Văn Hòa\n"
    )
    a = {n.id for n in extract_text([cited], "plan.txt").nodes.values() if n.properties.get("number") == "119-KH/TU"}
    b = {n.id for n in extract_text([own], "119.txt").nodes.values() if n.properties.get("number") == "119-KH/TU"}
    assert a == b == {"doc:119KH/TU|tỉnh uỷ kon tum"}


def test_a_documents_id_follows_its_issuer_from_a_short_name_to_the_long_one() -> None:
    text = (
        "UBND TỈNH BÌNH PHƯỚC\nBAN CHỈ ĐẠO PHÒNG, CHỐNG\nTHIÊN TAI VÀ TÌM KIẾM CỨU NẠN\nSố: 15/BC-BCĐ\n"
        "Bình Phước, ngày 12 tháng 3 năm 2025\nBÁO CÁO\nKết quả công tác năm 2024\n"
        "Ngày 10/01/2025, Ban Chỉ đạo ban hành Kế hoạch số 05/KH-BCĐ về phòng, chống thiên tai năm 2025.\n"
    )
    graph = extract_text([text], "report.txt")
    committee = "ban chỉ đạo phòng chống thiên tai tìm kiếm cứu nạn bình phước"
    documents = sorted(n.id for n in graph.nodes.values() if n.label == "Document")
    assert documents == [f"doc:05/KH-BCĐ|2025|{committee}", f"doc:15/BC-BCĐ|2025|{committee}"]
    assert {e.source for e in graph.edges.values() if e.type == "ISSUED"} == {f"agency:{committee}"}


def test_an_appraisal_named_beside_the_proposal_is_not_answered() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSố: 77/QĐ-UBND\nQUYẾT ĐỊNH\n"
        "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 15/TTr-SVHTTDL ngày 01/3/2025 "
        "và ý kiến thẩm định của Sở Tư pháp tại Báo cáo số 20/BC-STP ngày 25/02/2025.\n"
    )
    edges = extract_text([text], "decision.txt").edges.values()
    assert [e.target.split("|")[0] for e in edges if e.type == "RESPONDS_TO"] == ["doc:15/TTR-SVHTTDL"]
    assert [e.target for e in edges if e.type == "PROPOSED_BY"] == ["agency:sở văn hoá thể thao du lịch bình phước"]


def test_the_fronts_committee_and_its_standing_board_in_a_province_are_the_provinces() -> None:
    here = Locality("tỉnh", "Bình Phước")
    text = (
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, "
        "Bộ Chỉ huy Quân sự tỉnh"
    )
    assert [scope(b, here) for b in find_bodies(text)] == [
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Phước",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Phước",
        "Bộ Chỉ huy Quân sự tỉnh Bình Phước",
    ]
    national = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    assert [scope(b, here) for b in find_bodies(national)] == [national]


def test_a_cited_letter_is_sent_to_the_bodies_named_after_gui() -> None:
    text = (
        "SỞ NỘI VỤ TỈNH BÌNH PHƯỚC\nSố: 512/BC-SNV\nBÁO CÁO\nTình hình thực hiện\n"
        "Sở Nội vụ đã có Công văn số 150/SNV-TCBC ngày 20/02/2025 gửi Sở Tư pháp và Sở Tài chính đề nghị có ý kiến. "
        "Bộ Tư pháp có Công văn số 1866/BTP-PLHSHC gửi Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương.\n"
    )
    graph = extract_text([text], "report.txt")
    sent = sorted((e.source.split("|")[0], e.target) for e in graph.edges.values() if e.type == "SENT_TO")
    assert sent == [
        ("doc:150/SNV-TCBC", "agency:sở tài chính bình phước"),
        ("doc:150/SNV-TCBC", "agency:sở tư pháp bình phước"),
    ]  # every province's committee is a group, not one body


DECISION_WITH_ARTICLES = (
    "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 2156/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n"
    "Điều 1. Thành lập Tổ công tác, gồm:\n"
    "1. Ông Võ Tấn Đức, Phó Chủ tịch UBND tỉnh - Tổ trưởng;\n"
    "2. Bà Lê Thị Ngọc Loan, Phó Giám đốc Sở Nông nghiệp và Môi trường - Thành viên.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính, Xây dựng; Trưởng ban Ban Quản lý các Khu công "
    "nghiệp Đồng Nai;\nGiám đốc Công an tỉnh; Chủ tịch UBND các xã, phường và các ông, bà có tên tại\n"
    "Điều 1 chịu trách nhiệm thi hành Quyết định này./.\n"
    "Nơi nhận:\n- Như Điều 3;\n- Bộ Tài chính (b/c);\n- Lưu: VT.\n"
)


def test_a_members_role_after_a_dash_is_not_part_of_the_body() -> None:
    graph = extract_text([DECISION_WITH_ARTICLES], "decision.txt")
    people = sorted(n.id for n in graph.nodes.values() if n.label == "Person")
    assert people == [
        "person:lê thị ngọc loan|sở nông nghiệp môi trường đồng nai",
        "person:võ tấn đức|uỷ ban nhân dân đồng nai",
    ]


def test_the_article_that_says_who_carries_out_a_decision_assigns_and_addresses_them() -> None:
    graph = extract_text([DECISION_WITH_ARTICLES], "decision.txt")
    named = {
        "agency:văn phòng uỷ ban nhân dân đồng nai",
        "agency:sở tài chính đồng nai",
        "agency:sở xây dựng đồng nai",
        "agency:ban quản lý các khu công nghiệp đồng nai",
        "agency:công an đồng nai",
    }
    assert {e.target for e in graph.edges.values() if e.type == "ASSIGNED_TO"} == named
    sent = {e.target: e.properties["role"] for e in graph.edges.values() if e.type == "SENT_TO"}
    assert sent == {**dict.fromkeys(named, "addressed"), "agency:bộ tài chính": "copied"}


def test_communes_and_departments_listed_in_short_are_each_a_body_of_the_province() -> None:
    here = Locality("tỉnh", "Khánh Hòa")
    text = "- Các Sở: XD, TC, NN&MT, TP;\n- UBND các xã: Cam Lâm, Cam An và Suối Dầu;\n- UBND các huyện, thành phố;"
    assert [scope(b, here) for b in find_bodies(text)] == [
        "Sở Xây dựng tỉnh Khánh Hòa",
        "Sở Tài chính tỉnh Khánh Hòa",
        "Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa",
        "Sở Tư pháp tỉnh Khánh Hòa",
        "Ủy ban nhân dân xã Cam Lâm tỉnh Khánh Hòa",
        "Ủy ban nhân dân xã Cam An tỉnh Khánh Hòa",
        "Ủy ban nhân dân xã Suối Dầu tỉnh Khánh Hòa",
    ]
    # a commune is named within its province: namesakes elsewhere stay apart
    assert [scope(b, here) for b in find_bodies("UBND xã Cam Lâm")] == ["Ủy ban nhân dân xã Cam Lâm tỉnh Khánh Hòa"]


def test_a_joint_stock_company_and_the_project_it_invests_in() -> None:
    assert [b.name for b in find_bodies("- Công ty CP ĐTPT Đô thị Cam Ranh;")] == [
        "Công ty Cổ phần ĐTPT Đô thị Cam Ranh"
    ]
    head = "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 428/TB-UBND\nTHÔNG BÁO\n"
    for sentence in (
        "Tiến độ Dự án Khu đô thị mới Cam Lâm; đại diện Công ty Cổ phần Đô thị Cam Ranh (chủ đầu tư Dự án).",
        "Công ty Cổ phần Đô thị Cam Ranh là chủ đầu tư Dự án Khu đô thị mới Cam Lâm.",
        "Dự án Khu đô thị mới Cam Lâm do Công ty Cổ phần Đô thị Cam Ranh làm chủ đầu tư.",
    ):
        graph = extract_text([head + sentence + "\n"], "notice.txt")
        developed = [(e.source, e.target) for e in graph.edges.values() if e.type == "DEVELOPS"]
        assert developed == [("org:công ty cổ phần đô thị cam ranh", "project:cam lâm")], sentence
    # a public body that invests is no developer in the contract's sense
    graph = extract_text([head + "Sở Xây dựng là chủ đầu tư Dự án Khu đô thị mới Cam Lâm.\n"], "notice.txt")
    assert not [e for e in graph.edges.values() if e.type == "DEVELOPS"]


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Chủ tịch UBND tỉnh Trần Quốc Nam chủ trì cuộc họp.", "Trần Quốc Nam", "agency:uỷ ban nhân dân khánh hoà"),
        ("Giám đốc Sở Xây dựng Lê Văn Hùng báo cáo.", "Lê Văn Hùng", "agency:sở xây dựng khánh hoà"),
        ("Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng kết luận.", "Nguyễn Văn Thắng", "agency:bộ tài chính"),
    ],
)
def test_a_persons_full_name_after_a_post_and_its_body_is_the_person(text: str, person: str, body: str) -> None:
    head = "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 428/TB-UBND\nTHÔNG BÁO\n"
    graph = extract_text([head + text + "\n"], "notice.txt")
    holds = [
        (graph.nodes[e.source].properties["name"], e.target) for e in graph.edges.values() if e.type == "HOLDS_POST"
    ]
    assert holds == [(person, body)]
    assert not any(
        person.split()[0] in str(n.properties.get("name")) for n in graph.nodes.values() if n.label == "Agency"
    )


def test_national_assembly_and_front_bodies_by_their_short_names() -> None:
    here = Locality("tỉnh", "Khánh Hòa")
    text = "- Ủy ban Thường vụ Quốc hội;\n- Đoàn ĐBQH tỉnh;\n- UBMTTQVN tỉnh;\n- Ủy ban Kiểm tra Tỉnh ủy;"
    assert [scope(b, here) for b in find_bodies(text)] == [
        "Ủy ban Thường vụ Quốc hội",
        "Đoàn đại biểu Quốc hội tỉnh Khánh Hòa",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Khánh Hòa",
        "Ủy ban Kiểm tra Tỉnh ủy Khánh Hòa",
    ]


def test_a_number_with_its_year_is_the_files_own_number() -> None:
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 27/2025/NQ-HĐND    Lâm Đồng, ngày 26 tháng 9 năm 2025\nNGHỊ QUYẾT\n"
        "Quy định mức hỗ trợ\n"
    )
    graph = extract_text([text], "resolution.txt")
    [own] = [n for n in graph.nodes.values() if n.label == "Document"]
    assert (own.id, own.properties["number"], own.properties["source_file"]) == (
        "doc:27/2025/NQ-HĐND|2025|hội đồng nhân dân lâm đồng",
        "27/2025/NQ-HĐND",
        "resolution.txt",
    )


def test_a_communes_own_bodies_named_by_their_kind_alone_are_that_communes() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ HÒA PHÚ\nSố: 112/BC-UBND    Hòa Phú, ngày 25 tháng 9 năm 2025\nBÁO CÁO\n"
        "Kết quả chuyển đổi số trên địa bàn tỉnh Đắk Lắk\n"
        "Ngày 20/8/2025, Đảng ủy xã ban hành Nghị quyết số 05-NQ/ĐU về chuyển đổi số.\n"
        "Công an xã đã phối hợp với các thôn rà soát dữ liệu dân cư.\n"
        "Nơi nhận:\n- TT HĐND xã;\n- Lưu: VT.\n"
    )
    graph = extract_text([text], "report.txt")
    bodies = sorted(n.id for n in graph.nodes.values() if n.label == "Agency")
    assert bodies == [
        "agency:công an xã hoà phú đắk lắk",
        "agency:thường trực hội đồng nhân dân xã hoà phú đắk lắk",
        "agency:uỷ ban nhân dân xã hoà phú đắk lắk",
        "agency:đảng uỷ xã hoà phú đắk lắk",
    ]
    # "BẢO HIỂM XÃ HỘI": society, not a commune
    assert [b.name for b in find_bodies(sentence_case("BẢO HIỂM XÃ HỘI VIỆT NAM"))] == ["Bảo hiểm xã hội Việt Nam"]


def test_a_task_table_printed_one_cell_to_a_line_gives_a_task_for_each_row() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 305/KH-UBND\nKẾ HOẠCH\nThực hiện Chỉ thị số 24/CT-TTg\n"
        "PHỤ LỤC\nSTT\nNội dung nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\n"
        "1\nTổ chức quán triệt, phổ biến Chỉ thị số 24/CT-TTg đến cán bộ, công chức,\nngười lao động\n"
        "Sở Công Thương\nCác sở, ban, ngành; UBND các xã, phường\nTháng 10/2025\n"
        "2\nĐấu tranh, triệt phá các đường dây vận chuyển hàng cấm\nCông an tỉnh\n"
        "Sở Công Thương; Chi cục Quản lý thị trường tỉnh Phú Thọ\nQuý IV/2025\n"
        "3\nTuyên truyền về tác hại của hàng giả\nCác sở, ban, ngành\nSở Y tế\nThường xuyên\n"
    )
    graph = extract_text([text], "plan.txt")
    tasks = {n.properties["description"]: n for n in graph.nodes.values() if n.label == "Task"}
    assert {d: t.properties.get("deadline") for d, t in tasks.items()} == {
        "Tổ chức quán triệt, phổ biến Chỉ thị số 24/CT-TTg đến cán bộ, công chức, người lao động": "2025-10-31",
        "Đấu tranh, triệt phá các đường dây vận chuyển hàng cấm": "2025-12-31",
    }  # the third row's lead is a group the graph cannot name
    second = tasks["Đấu tranh, triệt phá các đường dây vận chuyển hàng cấm"].id
    roles = sorted((e.target, e.properties["role"]) for e in graph.edges.values() if e.source == second)
    assert roles == [
        ("agency:chi cục quản lý thị trường phú thọ", "support"),
        ("agency:công an phú thọ", "lead"),
        ("agency:sở công thương phú thọ", "support"),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("của Ban Pháp chế Hội đồng nhân dân tỉnh; ý kiến", ["Ban Pháp chế Hội đồng nhân dân tỉnh"]),
        ("Ủy ban Kiểm tra Tỉnh ủy đưa nội dung vào chương trình", ["Ủy ban Kiểm tra Tỉnh ủy"]),
        ("Ban Thường vụ Tỉnh ủy kết luận như sau", ["Ban Thường vụ Tỉnh ủy"]),
        (
            "gửi Ban Chính sách, chiến lược Trung ương; Ban Tổ chức Trung ương",
            ["Ban Chính sách, chiến lược Trung ương", "Ban Tổ chức Trung ương"],
        ),
    ],
)
def test_a_councils_committee_and_a_party_bodys_name_end_where_they_should(text: str, names: list[str]) -> None:
    assert [b.surface for b in find_bodies(text)] == names


def test_a_resolution_is_proposed_by_whoever_submitted_it() -> None:
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 27/2025/NQ-HĐND\nNGHỊ QUYẾT\nQuy định mức hỗ trợ\n"
        "Xét Tờ trình số 142/TTr-UBND ngày 10 tháng 9 năm 2025 của Ủy ban nhân dân tỉnh về dự thảo Nghị quyết.\n"
    )
    edges = extract_text([text], "resolution.txt").edges.values()
    assert [e.target for e in edges if e.type == "PROPOSED_BY"] == ["agency:uỷ ban nhân dân lâm đồng"]


def test_a_project_boards_long_name_and_its_short_form() -> None:
    here = Locality("tỉnh", "Gia Lai")
    text = (
        "Xét đề nghị của Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh tại Tờ trình số 402; "
        "Sở Tài chính giao Sở Nội vụ; - Ban QLDA ĐTXD các CT giao thông tỉnh;"
    )
    assert [scope(b, here) for b in find_bodies(text)] == [
        "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Gia Lai",
        "Sở Tài chính tỉnh Gia Lai",
        "Sở Nội vụ tỉnh Gia Lai",
        "Ban Quản lý dự án đầu tư xây dựng",
    ]


def test_carrying_out_a_direction_given_in_a_letter_implements_it_and_its_task_is_the_letters() -> None:
    text = (
        "SỞ XÂY DỰNG TỈNH GIA LAI\nSố: 1268/TTr-SXD\nTỜ TRÌNH\nVề việc thẩm định\n"
        "Thực hiện chỉ đạo của UBND tỉnh tại Văn bản số 3417/UBND-KT ngày 05/9/2025 về việc giao Sở Xây dựng thẩm "
        "định điều chỉnh Báo cáo nghiên cứu khả thi Dự án;\n"
    )
    graph = extract_text([text], "submission.txt")
    edges = list(graph.edges.values())
    assert [(e.source.split("|")[0], e.target.split("|")[0]) for e in edges if e.type == "IMPLEMENTS"] == [
        ("doc:1268/TTR-SXD", "doc:3417/UBND-KT")
    ]
    assert [e.source.split("|")[0] for e in edges if e.type == "ASSIGNS"] == ["doc:3417/UBND-KT"]


def test_a_party_document_signed_for_the_standing_board_is_issued_by_the_board() -> None:
    text = (
        "ĐẢNG BỘ TỈNH NGHỆ AN\nTỈNH ỦY\n*\nSố 96-KL/TU    Nghệ An, ngày 15 tháng 8 năm 2025\nKẾT LUẬN\n"
        "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tình hình thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n"
        "Nơi nhận:\n- Ban Bí thư Trung ương Đảng,\n- Lưu Văn phòng Tỉnh ủy.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n"
        "Nguyễn Văn Thông\n"
    )
    graph = extract_text([text], "conclusion.txt")
    own = "doc:96KL/TU|tỉnh uỷ nghệ an"  # the series is still the committee's
    assert [e.source for e in graph.edges.values() if e.type == "ISSUED" and e.target == own] == [
        "agency:ban thường vụ tỉnh uỷ nghệ an"
    ]
    assert ("PART_OF", "agency:ban thường vụ tỉnh uỷ nghệ an", "agency:tỉnh uỷ nghệ an") in graph.edges


def test_a_report_that_says_the_work_is_late_reports_it_overdue() -> None:
    text = (
        "UBND TỈNH TÂY NINH\nSố: 15/BC-UBND\nBÁO CÁO\nTình hình thực hiện\n"
        "Thực hiện Công văn số 120/UBND-KT ngày 02/8/2025 của UBND tỉnh, trong đó giao Sở Xây dựng thẩm định dự án.\n"
        "Đến nay Sở Xây dựng chậm thực hiện nhiệm vụ được giao.\n"
    )
    edges = extract_text([text], "report.txt").edges.values()
    assert [e.properties["status"] for e in edges if e.type == "REPORTS_ON"] == ["overdue"]


def test_regional_and_numbered_offices_and_the_provinces_tax_office() -> None:
    here = Locality("tỉnh", "Lâm Đồng")
    text = (
        "- Kho bạc Nhà nước khu vực XIII;\n- Chi cục Hải quan khu vực XII;\n- Ban Chỉ đạo 389 tỉnh;\n- Thuế tỉnh;\n"
        "Thuế thu nhập cá nhân tăng."
    )
    assert [scope(b, here) for b in find_bodies(text)] == [
        "Kho bạc Nhà nước khu vực XIII",
        "Chi cục Hải quan khu vực XII",
        "Ban Chỉ đạo 389 tỉnh Lâm Đồng",
        "Thuế tỉnh Lâm Đồng",  # "huế" inside "thuế" is no province
    ]


def test_a_numbered_items_second_clause_with_its_own_body_is_a_task_of_its_own() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/CT-UBND\nCHỈ THỊ\nVề phòng, chống thiên tai\n"
        "6. Sở Y tế chuẩn bị cơ số thuốc, phương tiện cấp cứu; Sở Giáo dục và Đào tạo chỉ đạo các trường học xây "
        "dựng phương án bảo đảm an toàn cho học sinh.\n"
        "7. Báo và Phát thanh, Truyền hình Quảng Trị tăng cường thời lượng thông tin, cảnh báo thiên tai.\n"
        "- Ban Chỉ đạo Phòng thủ dân sự quốc gia;\n"
    )
    graph = extract_text([text], "directive.txt")
    assigned = sorted(e.target for e in graph.edges.values() if e.type == "ASSIGNED_TO")
    assert assigned == [
        "agency:báo phát thanh truyền hình quảng trị",
        "agency:sở giáo dục đào tạo quảng trị",
        "agency:sở y tế quảng trị",
    ]
    names = [b.name for b in find_bodies("- Ban Chỉ đạo Phòng thủ dân sự quốc gia;")]
    assert names == ["Ban Chỉ đạo Phòng thủ dân sự quốc gia"]


def test_a_resolution_and_a_direction_carried_out_together_are_both_implemented() -> None:
    text = (
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 5120/BNNMT-KH\nV/v báo cáo\n"
        "Thực hiện Nghị quyết số 01/NQ-CP ngày 08/01/2025 của Chính phủ và ý kiến chỉ đạo của Phó Thủ tướng Trần "
        "Hồng Hà tại Văn bản số 8902/VPCP-NN ngày 24/9/2025 của Văn phòng Chính phủ, Bộ đề nghị các tỉnh báo cáo.\n"
    )
    edges = extract_text([text], "letter.txt").edges.values()
    assert sorted(e.target.split("|")[0] for e in edges if e.type == "IMPLEMENTS") == [
        "doc:01/NQ-CP",
        "doc:8902/VPCP-NN",
    ]


def test_heads_named_before_each_body_of_a_list_and_a_comma_before_gui_opens_an_instruction() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nSố: 55/UBND-KT\nV/v đôn đốc\n"
        "1. Yêu cầu Chủ tịch UBND xã Đức Hòa, Chủ tịch UBND phường Tân An hoàn thành phương án bồi thường.\n"
        "2. Sở Nông nghiệp và Môi trường bổ sung Báo cáo số 688/BC-SNNMT, gửi UBND tỉnh trước ngày 28/10/2025.\n"
    )
    graph = extract_text([text], "letter.txt")
    assigned = {e.target for e in graph.edges.values() if e.type == "ASSIGNED_TO"}
    assert {"agency:uỷ ban nhân dân xã đức hoà tây ninh", "agency:uỷ ban nhân dân phường tân an tây ninh"} <= assigned
    assert not [e for e in graph.edges.values() if e.type == "SENT_TO" and "688" in e.source]


def test_a_prime_ministers_dispatch_addresses_and_tasks_each_listed_province_and_ministry() -> None:
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 165/CĐ-TTg\nCÔNG ĐIỆN\nVề việc ứng phó với bão số 10\n"
        "THỦ TƯỚNG CHÍNH PHỦ điện:\n"
        "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng, Thanh Hóa;\n"
        "- Các Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường;\n"
        "- Tổng Giám đốc: Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam.\n"
        "Thủ tướng Chính phủ yêu cầu:\n"
        "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng, Thanh Hóa khẩn trương rà soát, "
        "sơ tán người dân.\n"
        "2. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo các đơn vị hỗ trợ người dân sơ tán.\n"
    )
    graph = extract_text([text], "dispatch.txt")
    addressed = {e.target for e in graph.edges.values() if e.type == "SENT_TO"}
    assert addressed == {
        "agency:uỷ ban nhân dân quảng ninh",
        "agency:uỷ ban nhân dân hải phòng",
        "agency:uỷ ban nhân dân thanh hoá",
        "agency:bộ quốc phòng",
        "agency:bộ công an",
        "agency:bộ nông nghiệp môi trường",
        "agency:đài truyền hình việt nam",
        "agency:thông tấn xã việt nam",
    }
    assigned = {e.target for e in graph.edges.values() if e.type == "ASSIGNED_TO"}
    assert assigned == {
        "agency:uỷ ban nhân dân quảng ninh",
        "agency:uỷ ban nhân dân hải phòng",
        "agency:uỷ ban nhân dân thanh hoá",
        "agency:bộ quốc phòng",
        "agency:bộ công an",
    }


def test_one_office_serving_a_council_and_a_committee_is_one_body() -> None:
    here = Locality("tỉnh", "Nghệ An", "xã Nam Đàn")
    text = "Giao Văn phòng HĐND và UBND xã chủ trì; Văn phòng HĐND tỉnh và UBND tỉnh phối hợp"
    assert [scope(b, here) for b in find_bodies(text)] == [
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Nam Đàn tỉnh Nghệ An",
        "Văn phòng Hội đồng nhân dân tỉnh Nghệ An",
        "Ủy ban nhân dân tỉnh Nghệ An",
    ]


LETTER_OF_A_DEPARTMENT = "SỞ Y TẾ TỈNH GIA LAI\nSố: 15/SYT-KHTC\nV/v đề nghị\nKính gửi: Ủy ban nhân dân tỉnh\n"


@pytest.mark.parametrize(
    ("sentence", "given"),
    [
        # asked of a superior: nothing is given
        ("Đề nghị UBND tỉnh giao Sở Nội vụ, Sở Y tế chịu trách nhiệm về tính chính xác của số liệu.", []),
        # restated from the plan that gave it: the plan's task
        (
            "Theo Kế hoạch số 189/KH-UBND ngày 02/3/2025, UBND tỉnh giao Sở Y tế chủ trì hướng dẫn, kiểm tra.",
            [("doc:189/KH-UBND", "agency:sở y tế gia lai")],
        ),
        (
            "Kế hoạch số 189/KH-UBND ngày 02/3/2025 của UBND tỉnh giao UBND xã Tân Phú rà soát.",
            [("doc:189/KH-UBND", "agency:uỷ ban nhân dân xã tân phú gia lai")],
        ),
        (
            "Theo Kế hoạch số 189/KH-UBND, UBND tỉnh giao Sở Y tế chủ trì; giao UBND xã Tân Phú rà soát.",
            [
                ("doc:189/KH-UBND", "agency:sở y tế gia lai"),
                ("doc:189/KH-UBND", "agency:uỷ ban nhân dân xã tân phú gia lai"),
            ],
        ),
        # a list of communes given work
        (
            "Giao UBND các xã: Tam Kỳ, Hội An rà soát danh sách.",
            [
                ("doc:15/SYT-KHTC", "agency:uỷ ban nhân dân xã hội an gia lai"),
                ("doc:15/SYT-KHTC", "agency:uỷ ban nhân dân xã tam kỳ gia lai"),
            ],
        ),
    ],
)
def test_who_gives_the_work_a_sentence_names(sentence: str, given: list[tuple[str, str]]) -> None:
    graph = extract_text([LETTER_OF_A_DEPARTMENT + sentence + "\n"], "letter.txt")
    by = {e.target: e.source.split("|")[0] for e in graph.edges.values() if e.type == "ASSIGNS"}
    found = sorted((by[e.source], e.target) for e in graph.edges.values() if e.type == "ASSIGNED_TO")
    assert found == given


def test_a_decree_amended_in_the_passive_is_the_one_amended() -> None:
    text = (
        LETTER_OF_A_DEPARTMENT + "Căn cứ Nghị định số 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ (đã được sửa đổi, "
        "bổ sung tại Nghị định số 67/2025/NĐ-CP ngày 15/3/2025 của Chính phủ);\n"
    )
    edges = extract_text([text], "letter.txt").edges.values()
    amends = [(e.source.split("|")[0], e.target.split("|")[0]) for e in edges if e.type == "AMENDS"]
    assert amends == [("doc:67/2025/NĐ-CP", "doc:178/2024/NĐ-CP")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Công ty Cổ phần Tập đoàn Đèo Cả", ["Công ty Cổ phần Tập đoàn Đèo Cả"]),
        (
            "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Thanh Hóa",
            ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Thanh Hóa"],
        ),
        ("Sở Xây dựng trình UBND tỉnh", ["Sở Xây dựng", "UBND tỉnh"]),
        ("Trung tâm Phục vụ hành chính công để tiếp nhận", ["Trung tâm Phục vụ hành chính công"]),
    ],
)
def test_names_of_companies_and_works(text: str, names: list[str]) -> None:
    assert [b.surface for b in find_bodies(text)] == names


def test_a_councils_committee_in_a_header_and_a_members_post_on_their_own_line() -> None:
    text = (
        "HĐND TỈNH QUẢNG TRỊ\nBAN KINH TẾ - NGÂN SÁCH\nSố: 58/BC-KTNS\nBÁO CÁO\nKết quả giám sát\n"
        "Thành phần đoàn giám sát:\n- Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND xã Cửa Việt;\n"
        "- Bà Trần Thị Lan, Chuyên viên Sở Tài chính.\n"
    )
    graph = extract_text([text], "report.txt")
    [issued] = [e.source for e in graph.edges.values() if e.type == "ISSUED"]
    assert graph.nodes[issued].properties["name"] == "Ban Kinh tế - ngân sách Hội đồng nhân dân tỉnh Quảng Trị"
    lan = [n for n in graph.nodes.values() if n.properties.get("name") == "Trần Thị Lan"]
    assert all("Phó Chủ tịch" not in (n.properties.get("titles") or []) for n in lan)


def test_a_ministrys_department_named_after_a_comma_is_part_of_it_and_not_a_second_assignee() -> None:
    text = (
        "BỘ NỘI VỤ\nSố: 12/BNV-TL\nV/v trả lời\nKính gửi: UBND tỉnh Gia Lai\n"
        "Giao Vụ Tiền lương, Bộ Nội vụ theo dõi, tổng hợp.\n"
    )
    graph = extract_text([text], "letter.txt")
    assert [e.target for e in graph.edges.values() if e.type == "ASSIGNED_TO"] == ["agency:vụ tiền lương"]
    assert ("PART_OF", "agency:vụ tiền lương", "agency:bộ nội vụ") in graph.edges


def test_projects_numbered_and_their_investor_named_after_the_colon() -> None:
    head = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 12/TB-UBND\nTHÔNG BÁO\n"
    text = head + (
        "Tiến độ Dự án Khu đô thị Điện Nam (chủ đầu tư: Công ty Cổ phần Đầu tư Điện Nam) còn chậm. "
        "Về Dự án Cầu Cửa Việt 2, giao Sở Xây dựng kiểm tra.\n"
    )
    graph = extract_text([text], "notice.txt")
    assert sorted(n.id for n in graph.nodes.values() if n.label == "Project") == [
        "project:cầu cửa việt 2",
        "project:điện nam",
    ]
    assert [(e.source, e.target) for e in graph.edges.values() if e.type == "DEVELOPS"] == [
        ("org:công ty cổ phần đầu tư điện nam", "project:điện nam")
    ]


def test_a_party_notices_subject_is_on_the_line_after_whose_it_is() -> None:
    from loaders.extract.header import parse_header

    header = parse_header(
        "TỈNH ỦY ĐỒNG NAI\nSố 1245-TB/TU\nKẾT LUẬN\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\n"
        "về chủ trương điều chỉnh quy mô Dự án Đường Vành đai 4\n-----\n"
    )
    assert header.title == "Kết luận CỦA BAN THƯỜNG VỤ TỈNH ỦY về chủ trương điều chỉnh quy mô Dự án Đường Vành đai 4"


def test_a_heading_doi_voi_a_body_gives_it_the_bullets_under_it_in_a_plan_not_in_a_report() -> None:
    body = (
        "Căn cứ Kế hoạch số 12-KH/TU ngày 05/01/2025 của Ban Thường vụ Tỉnh ủy Ninh Bình;\n"
        "1. Đối với Thanh tra tỉnh:\n"
        "- Chủ trì tổ chức thanh tra trách nhiệm người đứng đầu, hoàn thành trước ngày 30/11/2025.\n"
        "- Tổng hợp kết quả thực hiện Kế hoạch này.\n"
        "2. Đối với Sở Nội vụ:\n- Chủ trì tham mưu việc chuyển đổi vị trí công tác.\n"
        "- Đối với Sở Tài chính: bố trí kinh phí thực hiện Kế hoạch.\n"
        "3. Đối với việc kê khai tài sản: thực hiện theo quy định.\n"
    )
    plan = extract_text(
        ["ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 45/KH-UBND\nKẾ HOẠCH\nPhòng, chống tham nhũng\n" + body], "p.txt"
    )
    assert _assigned(plan) == {
        ("45/KH-UBND", "Thanh tra tỉnh Ninh Bình"),
        ("45/KH-UBND", "Sở Nội vụ tỉnh Ninh Bình"),
        ("45/KH-UBND", "Sở Tài chính tỉnh Ninh Bình"),
    }
    deadlines = [n.properties.get("deadline") for n in plan.nodes.values() if n.label == "Task"]
    assert "2025-11-30" in deadlines
    # a report's "Đối với Sở Nội vụ:" tells what the body did
    report = extract_text(["ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 46/BC-UBND\nBÁO CÁO\nKết quả\n" + body], "r.txt")
    assert _assigned(report) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Quỹ bảo vệ và phát triển rừng tỉnh Lâm Đồng đã chi trả.", ["Quỹ bảo vệ và phát triển rừng tỉnh Lâm Đồng"]),
        ("Quỹ bảo trợ trẻ em tỉnh Cà Mau hỗ trợ", ["Quỹ bảo trợ trẻ em tỉnh Cà Mau"]),
        ("Quỹ hỗ trợ nông dân được thành lập", []),  # no place closes it: a fund's description, not a name
        ("Hiệp hội Nhà thầu xây dựng chưa lập hồ sơ", ["Hiệp hội Nhà thầu xây dựng"]),
        ("Nhà thầu xây dựng công trình", []),
        (
            "Hội Nghề cá, Hiệp hội Nước mắm Phan Thiết và Hội Tin học.",
            ["Hội Nghề cá", "Hiệp hội Nước mắm Phan Thiết", "Hội Tin học"],
        ),
        ("Hội Nông dân tỉnh Nguyễn Văn An phát biểu", ["Hội Nông dân tỉnh"]),  # a person's three-word name
        ("Hội công chứng viên tỉnh Lâm Đồng2.", ["Hội công chứng viên tỉnh"]),  # a footnote's number is no place
    ],
)
def test_funds_and_associations_named_in_lower_case_to_their_place_or_their_trade(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_an_oversight_reports_recommendations_to_each_body_are_given_and_an_ordinary_reports_are_not() -> None:
    head = "HĐND TỈNH QUẢNG TRỊ\nBAN KINH TẾ - NGÂN SÁCH\nSố: 35/BC-KTNS\nBÁO CÁO\n"
    body = (
        "I. KẾT QUẢ\nCác dự án chậm tiến độ.\nIII. KIẾN NGHỊ\n1. Đối với Ủy ban nhân dân tỉnh\n"
        "- Chỉ đạo quyết liệt công tác giải phóng mặt bằng, hoàn thành trước ngày 15/12/2025.\n"
        "2. Đối với Sở Tài chính\nChủ trì rà soát, tham mưu điều chuyển kế hoạch vốn năm 2025.\n"
        "Trên đây là báo cáo kết quả giám sát.\n"
    )
    oversight = extract_text([head + "Kết quả giám sát việc thực hiện các dự án đầu tư công\n" + body], "g.txt")
    assert _assigned(oversight) == {
        ("35/BC-KTNS", "Ủy ban nhân dân tỉnh Quảng Trị"),
        ("35/BC-KTNS", "Sở Tài chính tỉnh Quảng Trị"),
    }
    ordinary = extract_text([head + "Kết quả thực hiện các dự án đầu tư công\n" + body], "r.txt")
    assert _assigned(ordinary) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "giao UBND 04 xã thí điểm (Cẩm Xuyên, Thạch Hà, Kỳ Anh, Hương Khê) hoàn thành",
            [
                "Ủy ban nhân dân xã Cẩm Xuyên",
                "Ủy ban nhân dân xã Thạch Hà",
                "Ủy ban nhân dân xã Kỳ Anh",
                "Ủy ban nhân dân xã Hương Khê",
            ],
        ),
        (
            "UBND 03 huyện (Hương Sơn và Vũ Quang) báo cáo",
            ["Ủy ban nhân dân huyện Hương Sơn", "Ủy ban nhân dân huyện Vũ Quang"],
        ),
        ("UBND các xã (trừ xã Cam An) báo cáo", []),  # every commune but one: a group
        ("UBND 12 xã trên địa bàn tổ chức", []),
    ],
)
def test_communes_counted_and_listed_in_brackets_are_each_a_body(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_a_numbered_list_of_departments_its_close_partners_and_a_requests_second_clause() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 428/TB-UBND\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n"
        "2.5. Các Sở: Tài chính, Tư pháp theo chức năng, nhiệm vụ phối hợp chặt chẽ với UBND các xã: Cam Lâm, "
        "Cam An giải quyết dứt điểm các kiến nghị của người dân.\n"
        "Đề nghị Sở Xây dựng chuẩn bị tài liệu về tiến độ thi công; UBND xã Suối Dầu báo cáo kết quả bồi thường.\n"
    )
    assert _assigned(extract_text([text], "tb.txt")) == {
        ("428/TB-UBND", name)
        for name in (
            "Sở Tài chính tỉnh Khánh Hòa",
            "Sở Tư pháp tỉnh Khánh Hòa",
            "Ủy ban nhân dân xã Cam Lâm tỉnh Khánh Hòa",
            "Ủy ban nhân dân xã Cam An tỉnh Khánh Hòa",
            "Sở Xây dựng tỉnh Khánh Hòa",
            "Ủy ban nhân dân xã Suối Dầu tỉnh Khánh Hòa",
        )
    }


def test_a_communes_offices_are_bodies_of_that_commune_and_take_its_numbered_items() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ NAM ĐÀN\nSố: 88/KH-UBND\nNghệ An, ngày 02 tháng 10 năm 2025\nKẾ HOẠCH\nChuyển đổi số\n"
        "III. TỔ CHỨC THỰC HIỆN\n2. Phòng Kinh tế\nChủ trì, phối hợp với Phòng Văn hóa - Xã hội hướng dẫn các hợp "
        "tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử.\n3. Phòng Văn hóa - Xã hội\nChủ trì triển khai "
        "phong trào Bình dân học vụ số trên địa bàn xã.\n"
    )
    assigned = {name for _, name in _assigned(extract_text([text], "kh.txt"))}
    assert assigned == {"Phòng Kinh tế xã Nam Đàn tỉnh Nghệ An", "Phòng Văn hóa - Xã hội xã Nam Đàn tỉnh Nghệ An"}


def test_a_company_named_with_its_trade_in_short_is_the_same_company() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 428/TB-UBND\nTHÔNG BÁO\nKết luận\n"
        "Đề nghị Công ty Cổ phần Đầu tư Phát triển Đô thị Cam Ranh bố trí đủ kinh phí bồi thường.\n"
        "Nơi nhận:\n- Công ty CP ĐTPT Đô thị Cam Ranh;\n- Lưu: VT.\n"
    )
    graph = extract_text([text], "tb.txt")
    companies = [n for n in graph.nodes.values() if n.label == "Organization"]
    assert [n.properties["name"] for n in companies] == ["Công ty Cổ phần Đầu tư Phát triển Đô thị Cam Ranh"]
    assert "Công ty CP ĐTPT Đô thị Cam Ranh" in companies[0].properties["aliases"]


def test_a_communes_party_committee_and_its_standing_body_named_without_the_commune() -> None:
    commune = Locality("tỉnh", "Nghệ An", "xã Nam Đàn")
    found = find_bodies("- TT Đảng ủy, TT HĐND xã;")
    assert [scope(b, commune) for b in found] == [
        "Thường trực Đảng ủy xã Nam Đàn tỉnh Nghệ An",
        "Thường trực Hội đồng nhân dân xã Nam Đàn tỉnh Nghệ An",
    ]
    # in a province's document a bare "Đảng ủy" does not say whose
    assert [scope(b, Locality("tỉnh", "Nghệ An")) for b in found] == [None, None]


def test_a_project_named_in_its_name_line_is_known_by_that_name_commas_and_all() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 2456/QĐ-UBND\nLâm Đồng, ngày 28 tháng 10 năm 2025\nQUYẾT ĐỊNH\n"
        "Phê duyệt dự án đầu tư xây dựng công trình Nâng cấp, mở rộng\nĐường tỉnh 725 đoạn từ xã Lộc Bắc đến "
        "xã Bảo Thuận\n"
        "Căn cứ Nghị quyết số 89/NQ-HĐND ngày 22 tháng 8 năm 2025 của Hội đồng nhân dân tỉnh về chủ trương "
        "đầu tư dự án Nâng cấp, mở rộng Đường tỉnh 725 đoạn từ xã Lộc Bắc đến xã Bảo Thuận;\n"
        "Điều 1. Phê duyệt dự án với các nội dung chủ yếu như sau:\n"
        "1. Tên dự án: Nâng cấp, mở rộng Đường tỉnh 725 đoạn từ xã Lộc Bắc đến xã Bảo Thuận.\n"
    )
    graph = extract_text([text], "qd.txt")
    projects = [n for n in graph.nodes.values() if n.label == "Project"]
    assert len(projects) == 1
    assert (
        projects[0].properties["name"].endswith("Nâng cấp, mở rộng Đường tỉnh 725 đoạn từ xã Lộc Bắc đến xã Bảo Thuận")
    )
    about = sorted(
        graph.nodes[e.source].properties.get("number", "") for e in graph.edges.values() if e.type == "CONCERNS"
    )
    assert about == ["2456/QĐ-UBND", "89/NQ-HĐND"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Thành lập Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Lào Cai.",
            ["Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Lào Cai"],
        ),
        ("Ban Chỉ đạo tự giải thể sau khi hoàn thành nhiệm vụ", ["Ban Chỉ đạo"]),  # "tự giải thể" is what it does
        (
            "gửi Cục Chuyển đổi số và Thông tin dữ liệu nông nghiệp",
            ["Cục Chuyển đổi số và Thông tin dữ liệu nông nghiệp"],
        ),
        ("Sở Tài chính số liệu", ["Sở Tài chính"]),
        ("Ban Quản lý dự án số 2 báo cáo", ["Ban Quản lý dự án"]),  # "số" before a number still ends a name
        (
            "Trung tâm Điều tra, quy hoạch đất đai (thuộc Cục Quản lý đất đai) thực hiện",
            ["Trung tâm Điều tra, quy hoạch đất đai", "Cục Quản lý đất đai"],
        ),
        ("- Ban Chỉ đạo quốc gia về Phòng thủ dân sự (b/c);", ["Ban Chỉ đạo quốc gia về Phòng thủ dân sự"]),
        (
            "Kính gửi: Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
            ["Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"],
        ),
        ("Công ty Cổ phần Xây dựng Hoàng Long thi công", ["Công ty Cổ phần Xây dựng Hoàng Long"]),
        ("Chủ tịch UBND tỉnh Võ Phiên chủ trì", ["Ủy ban nhân dân tỉnh"]),  # after its place, a person's name
        (
            "- Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh tỉnh An Giang;",
            ["Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh tỉnh An Giang"],
        ),
        (
            "- Ngân hàng Chính sách xã hội chi nhánh tỉnh An Giang;",
            ["Ngân hàng Chính sách xã hội chi nhánh tỉnh An Giang"],
        ),
        ("Trường Đại học Sư phạm - Đại học Thái Nguyên", ["Trường Đại học Sư phạm", "Đại học Thái Nguyên"]),
        ("- Uỷ ban MTTQ Việt Nam phường;", ["Uỷ ban Mặt trận Tổ quốc Việt Nam phường"]),
        ("- Liên đoàn Luật sư Việt Nam quan tâm", ["Liên đoàn Luật sư Việt Nam"]),
        ("- TT.TU, TT.HĐND tỉnh;", ["Thường trực Tỉnh ủy", "Thường trực Hội đồng nhân dân tỉnh"]),
    ],
)
def test_where_long_names_of_new_bodies_end(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_a_numbered_office_of_an_inspectorate_its_parent_and_a_head_answering_for_a_commune() -> None:
    text = (
        "THANH TRA TỈNH CÀ MAU\nSố: 27/KL-TTr\nKẾT LUẬN THANH TRA\nViệc quản lý đất đai tại xã Tân Thuận\n"
        "III. KIẾN NGHỊ\n1. Đối với Chủ tịch Ủy ban nhân dân xã Tân Thuận:\n"
        "- Rà soát, lập hồ sơ thu hồi đất trước ngày 31/12/2025.\n"
        "2. Giao Phòng Nghiệp vụ 2, Thanh tra tỉnh theo dõi, đôn đốc việc thực hiện Kết luận này.\n"
    )
    graph = extract_text([text], "kl.txt")
    assert {name for _, name in _assigned(graph)} == {
        "Ủy ban nhân dân xã Tân Thuận tỉnh Cà Mau",
        "Phòng Nghiệp vụ 2",  # its inspectorate, named after the comma, is whose office it is, not a second assignee
    }
    parts = {
        (graph.nodes[e.source].properties["name"], graph.nodes[e.target].properties["name"])
        for e in graph.edges.values()
        if e.type == "PART_OF"
    }
    assert ("Phòng Nghiệp vụ 2", "Thanh tra tỉnh Cà Mau") in parts


def test_a_recipients_whole_line_is_its_name_and_the_same_name_cut_short_in_the_text_is_that_body() -> None:
    text = (
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 08/HD-BNNMT\nHƯỚNG DẪN\nThống kê đất đai\n"
        "Giao Trung tâm Điều tra, quy hoạch đất đai (thuộc Cục Quản lý đất đai) chủ trì tổng hợp; giao Cục "
        "Chuyển đổi số và Thông tin dữ liệu nông nghiệp, môi trường bảo đảm hạ tầng.\n"
        "Nơi nhận:\n- Cục Chuyển đổi số và Thông tin dữ liệu nông nghiệp, môi trường;\n- Lưu: VT.\n"
    )
    graph = extract_text([text], "hd.txt")
    names = {n.properties["name"] for n in graph.nodes.values() if n.label == "Agency"}
    assert "Cục Chuyển đổi số và Thông tin dữ liệu nông nghiệp, môi trường" in names
    assert not any(name.endswith("nông nghiệp") for name in names)
    parts = {
        (graph.nodes[e.source].properties["name"], graph.nodes[e.target].properties["name"])
        for e in graph.edges.values()
        if e.type == "PART_OF"
    }
    assert ("Trung tâm Điều tra, quy hoạch đất đai", "Cục Quản lý đất đai") in parts


def test_a_report_quoting_the_tasks_it_was_given_reports_each_with_its_status() -> None:
    text = (
        "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH GIAO THÔNG TỈNH NINH BÌNH\nSố: 287/BC-BQLGT\nBÁO CÁO\n"
        "Tiến độ dự án\nIII. VIỆC THỰC HIỆN KẾT LUẬN TẠI THÔNG BÁO SỐ 203/TB-UBND\n"
        '1. Nhiệm vụ "UBND xã Yên Mô hoàn thành chi trả, bàn giao mặt bằng trước ngày 15/11/2025": đang thực '
        "hiện, khó hoàn thành đúng hạn.\n"
        '2. Nhiệm vụ "Sở Tài chính tham mưu điều chuyển vốn từ các dự án giải ngân chậm": chưa thực hiện.\n'
        '3. Nhiệm vụ "tổng kết năm": đã thực hiện.\n'
        "IV. KIẾN NGHỊ\n1. Kính đề nghị UBND tỉnh chỉ đạo Sở Tài chính sớm tham mưu bổ sung vốn.\n"
        "2. Đề nghị Tổng công ty Xây dựng Thăng Long - CTCP tăng cường thiết bị, nhân lực.\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _assigned(graph) == {
        ("203/TB-UBND", "Ủy ban nhân dân xã Yên Mô tỉnh Ninh Bình"),
        ("203/TB-UBND", "Sở Tài chính tỉnh Ninh Bình"),
        ("287/BC-BQLGT", "Tổng công ty Xây dựng Thăng Long - CTCP"),  # the report's own request, after an upward one
    }
    reported = sorted(e.properties["status"] for e in graph.edges.values() if e.type == "REPORTS_ON")
    assert reported == ["in_progress", "pending"]


def test_communes_singled_out_of_a_group_and_a_second_list_of_another_kind() -> None:
    text = (
        "1. Chủ tịch UBND các xã, phường vùng hạ lưu, nhất là các phường Trương Quang Trọng, Cẩm Thành và các xã "
        "Nghĩa Giang, Tư Nghĩa: tổ chức sơ tán ngay người dân."
    )
    assert [b.name for b in find_bodies(text)] == [
        "Ủy ban nhân dân phường Trương Quang Trọng",
        "Ủy ban nhân dân phường Cẩm Thành",
        "Ủy ban nhân dân xã Nghĩa Giang",
        "Ủy ban nhân dân xã Tư Nghĩa",
    ]
    assert [b.name for b in find_bodies("- UBND các phường: An Hòa, Bình Minh và các xã: Tân Lập;")] == [
        "Ủy ban nhân dân phường An Hòa",
        "Ủy ban nhân dân phường Bình Minh",
        "Ủy ban nhân dân xã Tân Lập",
    ]
    assert find_bodies("UBND các xã, phường vùng hạ lưu tổ chức sơ tán") == []


def test_a_reports_table_of_the_tasks_it_was_given_reports_each_row_with_its_result() -> None:
    text = (
        "UBND TỈNH TUYÊN QUANG\nSỞ TÀI CHÍNH\nSố: 318/BC-STC\nBÁO CÁO\nKết quả thực hiện nhiệm vụ\n"
        "Tại Thông báo số 96/TB-UBND ngày 02/9/2025, Uỷ ban nhân dân tỉnh giao Sở Tài chính chủ trì 02 nhiệm vụ, "
        "cụ thể:\n"
        "STT | Nhiệm vụ được giao | Cơ quan phối hợp | Thời hạn | Kết quả thực hiện\n"
        "1 | Tham mưu phương án phân bổ kế hoạch vốn | Sở Xây dựng | 30/9/2025 | Đã hoàn thành: đã trình\n"
        "2 | Hướng dẫn quyết toán dự án hoàn thành | Kho bạc Nhà nước khu vực VIII | 15/11/2025 | Đang thực hiện\n"
        "II. KHÓ KHĂN\nKhông có.\n"
    )
    graph = extract_text([text], "bc.txt")
    rows = {
        n.properties["description"]: (n.properties["status"], n.properties.get("deadline"))
        for n in graph.nodes.values()
        if n.label == "Task" and n.properties["description"][:1] in "TH"
    }
    assert rows == {
        "Tham mưu phương án phân bổ kế hoạch vốn": ("done", "2025-09-30"),
        "Hướng dẫn quyết toán dự án hoàn thành": ("in_progress", "2025-11-15"),
    }
    assert {
        ("96/TB-UBND", "Sở Tài chính tỉnh Tuyên Quang"),
        ("96/TB-UBND", "Sở Xây dựng tỉnh Tuyên Quang"),
        ("96/TB-UBND", "Kho bạc Nhà nước khu vực VIII"),
    } <= _assigned(graph)


def test_theo_de_nghi_answers_a_letter_only_where_it_opens_the_files_own_clause() -> None:
    head = "UBND TỈNH TUYÊN QUANG\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 120/BC-SVHTTDL\nBÁO CÁO\nKết quả\n"
    opening = "Thực hiện nhiệm vụ được giao, theo đề nghị của Sở Tài chính tại Văn bản số 2745/STC-QLNS, Sở báo cáo.\n"
    inside = (
        "Nhiệm vụ số 4 chưa triển khai do chưa gửi danh mục theo đề nghị của Sở Tài chính tại Văn bản số "
        "2745/STC-QLNS.\n"
    )
    answers = [
        e.type
        for e in extract_text([head + opening], "a.txt").edges.values()
        if e.type in ("RESPONDS_TO", "PROPOSED_BY")
    ]
    assert sorted(answers) == ["PROPOSED_BY", "RESPONDS_TO"]
    inner = [
        e.type
        for e in extract_text([head + inside], "b.txt").edges.values()
        if e.type in ("RESPONDS_TO", "PROPOSED_BY")
    ]
    assert inner == []


def test_a_schemes_long_name_runs_to_its_period_and_a_project_sheet_names_its_decision_and_investor() -> None:
    scheme = (
        "UBND TỈNH AN GIANG\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 15/KH-SNNMT\nKẾ HOẠCH\nTriển khai\n"
        "Thực hiện Kế hoạch số 245/KH-UBND ngày 15/7/2025 của Ủy ban nhân dân tỉnh về thực hiện Đề án phát triển "
        "bền vững một triệu héc ta chuyên canh lúa chất lượng cao và phát thải thấp gắn với tăng trưởng xanh vùng "
        "đồng bằng sông Cửu Long đến năm 2030 trên địa bàn tỉnh;\n"
    )
    graph = extract_text([scheme], "kh.txt")
    projects = [n.properties["name"] for n in graph.nodes.values() if n.label == "Project"]
    assert projects == [
        "Đề án phát triển bền vững một triệu héc ta chuyên canh lúa chất lượng cao và phát thải thấp gắn với tăng "
        "trưởng xanh vùng đồng bằng sông Cửu Long đến năm 2030"
    ]
    sheet = (
        "UBND TỈNH NINH BÌNH\nSỞ XÂY DỰNG\nSố: 40/BC-SXD\nBÁO CÁO\nTiến độ\nI. THÔNG TIN CHUNG\n"
        "1. Tên dự án: Đường trục Bắc - Nam tỉnh Ninh Bình đoạn qua Yên Mô.\n"
        "2. Chủ đầu tư: Công ty Cổ phần Đầu tư Hạ tầng Hoa Lư.\n"
        "3. Quyết định đầu tư: Quyết định số 1125/QĐ-UBND ngày 12/6/2024 của UBND tỉnh.\n"
    )
    graph = extract_text([sheet], "bc.txt")
    ties = {
        (e.type, graph.nodes[e.source].properties.get("number") or graph.nodes[e.source].properties["name"])
        for e in graph.edges.values()
        if e.type in ("CONCERNS", "DEVELOPS")
    }
    assert ties == {("CONCERNS", "1125/QĐ-UBND"), ("DEVELOPS", "Công ty Cổ phần Đầu tư Hạ tầng Hoa Lư")}


def test_a_public_university_is_a_public_body_and_part_of_the_university_named_after_its_dash() -> None:
    text = (
        "UBND TỈNH THÁI NGUYÊN\nVĂN PHÒNG\nSố: 512/TB-VP\nTHÔNG BÁO\nKết luận\n"
        "5. Đề nghị Trường Đại học Sư phạm - Đại học Thái Nguyên phối hợp cung cấp danh sách sinh viên.\n"
    )
    graph = extract_text([text], "tb.txt")
    labels = {n.properties.get("name"): n.label for n in graph.nodes.values()}
    assert labels["Trường Đại học Sư phạm"] == labels["Đại học Thái Nguyên"] == "Agency"
    parts = {
        (graph.nodes[e.source].properties["name"], graph.nodes[e.target].properties["name"])
        for e in graph.edges.values()
        if e.type == "PART_OF"
    }
    assert ("Trường Đại học Sư phạm", "Đại học Thái Nguyên") in parts


def test_the_office_of_a_wards_council_and_committee_is_part_of_the_committee() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG NINH KIỀU\nSố: 142/BC-UBND\nCần Thơ, ngày 03 tháng 10 năm 2025\nBÁO CÁO\nKết quả\n"
        "Văn phòng HĐND và UBND phường tổng hợp số liệu.\n"
    )
    graph = extract_text([text], "bc.txt")
    parts = {
        (graph.nodes[e.source].properties["name"], graph.nodes[e.target].properties["name"])
        for e in graph.edges.values()
        if e.type == "PART_OF"
    }
    office = next(n for n in graph.nodes.values() if n.properties.get("name", "").startswith("Văn phòng"))
    committee = next(n for n in graph.nodes.values() if n.properties.get("name", "").startswith("Ủy ban nhân dân"))
    assert (office.properties["name"], committee.properties["name"]) in parts


def test_the_investor_in_brackets_after_nha_dau_tu_in_a_letter_about_one_project() -> None:
    text = (
        "UBND TỈNH LẠNG SƠN\nVĂN PHÒNG\nSố: 2150/VP-KTTH\nV/v triển khai Dự án Cảng cạn Đồng Đăng giai đoạn 2\n"
        "Kính gửi: Sở Xây dựng\n"
        "1. Giao Sở Xây dựng hướng dẫn nhà đầu tư (Công ty Cổ phần Logistics Xứ Lạng) thực hiện thủ tục.\n"
    )
    graph = extract_text([text], "cv.txt")
    develops = [
        (graph.nodes[e.source].properties["name"], graph.nodes[e.target].label)
        for e in graph.edges.values()
        if e.type == "DEVELOPS"
    ]
    assert develops == [("Công ty Cổ phần Logistics Xứ Lạng", "Project")]


def test_a_district_offices_letter_that_never_names_its_province() -> None:
    text = (
        "UBND HUYỆN NAM ĐÀN\nPHÒNG TÀI CHÍNH - KẾ HOẠCH\nSố: 215/TCKH-NS\nV/v đôn đốc quyết toán\n"
        "Nam Đàn, ngày 05-9-2024\nKính gửi: UBND xã Nam Hưng.\n"
        "Phòng Tài chính - Kế hoạch đề nghị UBND xã Nam Hưng hoàn thiện hồ sơ quyết toán.\n"
        "Nơi nhận:\n- UBND huyện (b/c);\n- Lưu: VT.\n"
    )
    graph = extract_text([text], "cv.txt")
    own = next(n for n in graph.nodes.values() if n.properties.get("source_file"))
    assert own.properties["date"] == "2024-09-05"  # the date line written with dashes
    names = {n.properties["name"] for n in graph.nodes.values() if n.label == "Agency"}
    # the office is this district's, not every district's "Phòng Tài chính - Kế hoạch"
    assert names == {
        "Ủy ban nhân dân huyện Nam Đàn",
        "Phòng Tài chính - Kế hoạch huyện Nam Đàn",
        "Ủy ban nhân dân xã Nam Hưng",
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Giao Phòng Quản lý ngân sách chủ trì", ["Phòng Quản lý ngân sách"]),
        ("Phòng Kế hoạch - Tài chính tham mưu", ["Phòng Kế hoạch - Tài chính"]),
        ("họp tại Phòng Hội đàm tầng 2", []),  # a room
        ("Bệnh viện Đa khoa tỉnh Nghệ An tiếp nhận", ["Bệnh viện Đa khoa tỉnh Nghệ An"]),
    ],
)
def test_a_departments_offices_by_their_own_names_and_public_hospitals(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đảng ủy Khối các cơ quan tỉnh chỉ đạo", "Đảng ủy Khối các cơ quan tỉnh Nghệ An"),
        ("Đảng ủy các cơ quan Đảng tỉnh báo cáo", "Đảng ủy các cơ quan Đảng tỉnh Nghệ An"),
        ("Chi bộ Sở Tài chính họp", "Chi bộ Sở Tài chính tỉnh Nghệ An"),
        ("Tỉnh Đoàn Nghệ An phối hợp", "Tỉnh Đoàn Nghệ An"),
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh phát động", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Nghệ An"),
        ("hợp nhất thành Đoàn Luật sư tỉnh Lâm Đồng", "Đoàn Luật sư tỉnh Lâm Đồng"),  # "thành" is "into"
    ],
)
def test_party_and_youth_bodies_of_a_province(text: str, name: str) -> None:
    assert [scope(b, Locality("tỉnh", "Nghệ An")) for b in find_bodies(text)] == [name]


def test_a_numbered_heading_gives_its_lettered_items_and_a_lettered_heading_stops_at_the_next_letter() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 08/CT-UBND\nCHỈ THỊ\nVề phòng cháy rừng\n"
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n1. Giám đốc Sở Nông nghiệp và Môi trường:\n"
        "a) Chỉ đạo tăng cường tuần tra tại các khu rừng có nguy cơ cháy cao.\n"
        "b) Tổng hợp, báo cáo Chủ tịch UBND tỉnh trước ngày 30/6/2025.\n"
        "2. Tổ chức thực hiện:\na) Giao Sở Nội vụ:\n- Chủ trì kiểm tra việc thực hiện.\n"
        "b) Giao Sở Tài chính:\n- Bố trí kinh phí trước ngày 31/12/2025.\n"
    )
    graph = extract_text([text], "ct.txt")
    due = {
        graph.nodes[e.target].properties["name"]: graph.nodes[e.source].properties.get("deadline")
        for e in graph.edges.values()
        if e.type == "ASSIGNED_TO"
    }
    assert due == {
        "Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh": "2025-06-30",
        "Sở Nội vụ tỉnh Hà Tĩnh": None,  # b)'s deadline is Sở Tài chính's
        "Sở Tài chính tỉnh Hà Tĩnh": "2025-12-31",
    }


def test_short_names_listed_before_a_locality_each_take_it() -> None:
    here = Locality("tỉnh", "Quảng Ngãi")
    found = find_bodies("- TT Tỉnh ủy, TT HĐND, UBND, UBMTTQVN tỉnh;")
    assert sorted(scope(b, here) or "" for b in found) == [
        "Thường trực Hội đồng nhân dân tỉnh Quảng Ngãi",
        "Thường trực Tỉnh ủy Quảng Ngãi",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi",
        "Ủy ban nhân dân tỉnh Quảng Ngãi",
    ]
    assert find_bodies("- HĐND, UBND các xã;") == []  # every commune's: a group
    district = [scope(b, here) for b in find_bodies("- TT HĐND, UBND huyện Na Rì;")]
    assert sorted(name or "" for name in district) == [
        "Thường trực Hội đồng nhân dân huyện Na Rì tỉnh Quảng Ngãi",
        "Ủy ban nhân dân huyện Na Rì tỉnh Quảng Ngãi",
    ]


def test_a_councils_resolution_tasks_its_own_standing_body_written_bare() -> None:
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 45/NQ-HĐND\nNGHỊ QUYẾT\nVề chủ trương đầu tư\n"
        "Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.\n"
        "2. Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng "
        "nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\n"
        "Nơi nhận:\n- TT Tỉnh ủy, TT HĐND, UBND, UBMTTQVN tỉnh;\n- Lưu: VT.\n"
    )
    graph = extract_text([text], "nq.txt")
    assert {name for _, name in _assigned(graph)} == {
        "Ủy ban nhân dân tỉnh Quảng Ngãi",
        "Thường trực Hội đồng nhân dân tỉnh Quảng Ngãi",
    }


def _posts(graph: object, name: str) -> dict[str, str]:
    """{body's name: title} of the posts the person of that name holds."""
    nodes = graph.nodes  # type: ignore[attr-defined]
    return {
        nodes[e.target].properties["name"]: e.properties.get("title", "")
        for e in graph.edges.values()  # type: ignore[attr-defined]
        if e.type == "HOLDS_POST" and nodes[e.source].properties.get("name") == name
    }


_SETS_UP = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 1520/QĐ-UBND\nQuảng Ngãi, ngày 17 tháng 10 năm 2025\nQUYẾT ĐỊNH\n"
    "Về việc kiện toàn Ban Chỉ đạo phòng thủ dân sự tỉnh Quảng Ngãi\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n"
    "Căn cứ Luật Phòng thủ dân sự ngày 20 tháng 6 năm 2023;\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Kiện toàn Ban Chỉ đạo phòng thủ dân sự tỉnh Quảng Ngãi, gồm các ông, bà có tên sau:\n"
    "1. Ông Nguyễn Hoàng Giang, Chủ tịch UBND tỉnh - Trưởng ban;\n"
    "2. Ông Trần Phước Hiền, Phó Chủ tịch UBND tỉnh - Phó Trưởng ban Thường trực;\n"
    "3. Thiếu tướng Sùng A Páo, Giám đốc Công an tỉnh - Phó Trưởng ban;\n"
    "4. Nguyễn Văn Bình, Giám đốc Sở Nội vụ - Uỷ viên;\n"
    "5. Ông Lê Quang Vinh - Ủy viên kiêm Thư ký.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nTrần Phước Hiền\n"
)


def test_each_member_of_a_committee_a_decision_sets_up_holds_its_role_there_and_their_own_post() -> None:
    graph = extract_text([_SETS_UP], "qd.txt")
    bcd = "Ban Chỉ đạo phòng thủ dân sự tỉnh Quảng Ngãi"
    ubnd = "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert _posts(graph, "Nguyễn Hoàng Giang") == {ubnd: "Chủ tịch", bcd: "Trưởng ban"}
    assert _posts(graph, "Trần Phước Hiền") == {ubnd: "Phó Chủ tịch", bcd: "Phó Trưởng ban Thường trực"}
    # a rank before the name, a Hmong name with a one-letter middle name, a member named with no "Ông"
    assert _posts(graph, "Sùng A Páo") == {"Công an tỉnh Quảng Ngãi": "Giám đốc", bcd: "Phó Trưởng ban"}
    assert _posts(graph, "Nguyễn Văn Bình") == {"Sở Nội vụ tỉnh Quảng Ngãi": "Giám đốc", bcd: "Uỷ viên"}
    assert _posts(graph, "Lê Quang Vinh") == {bcd: "Ủy viên kiêm Thư ký"}


def test_a_role_in_a_committee_needs_a_committee_set_up() -> None:
    # a report naming a delegation's members sets up nothing: the members keep only their own posts
    report = _SETS_UP.replace("Điều 1. Kiện toàn", "Điều 1. Báo cáo của").replace("Về việc kiện toàn", "Về")
    assert _posts(extract_text([report], "bc.txt"), "Nguyễn Hoàng Giang") == {
        "Ủy ban nhân dân tỉnh Quảng Ngãi": "Chủ tịch"
    }
    # words between the name and its list ("… nhiệm kỳ 2025 - 2030, gồm") keep the name whole
    term = _SETS_UP.replace("tỉnh Quảng Ngãi, gồm", "tỉnh Quảng Ngãi nhiệm kỳ 2025 - 2030, gồm")
    roles = _posts(extract_text([term], "qd.txt"), "Nguyễn Hoàng Giang")
    assert roles["Ban Chỉ đạo phòng thủ dân sự tỉnh Quảng Ngãi"] == "Trưởng ban"


@pytest.mark.parametrize(
    ("block", "name"),
    [
        ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nMa Thị Thu Hà\n", "Ma Thị Thu Hà"),  # a Tày family name
        ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nĐại tá Phạm Quang Huy\n", "Phạm Quang Huy"),  # an officer's rank
        ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nNguyễn Thị Thu Hà\n", "Nguyễn Thị Thu Hà"),
    ],
)
def test_a_signer_with_a_minority_family_name_or_a_rank(block: str, name: str) -> None:
    text = (
        "UBND TỈNH TUYÊN QUANG\nSỞ TÀI CHÍNH\nSố: 318/BC-STC\nTuyên Quang, ngày 20 tháng 11 năm 2025\nBÁO CÁO\n"
        "Kết quả thực hiện nhiệm vụ\nSở Tài chính báo cáo như sau.\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n" + block
    )
    graph = extract_text([text], "bc.txt")
    signers = [graph.nodes[e.source].properties["name"] for e in graph.edges.values() if e.type == "SIGNED"]
    assert signers == [name]
    assert _posts(graph, name) == {"Sở Tài chính tỉnh Tuyên Quang": "Phó giám đốc"}


def test_a_family_name_that_also_names_places_does_not_cut_a_bodys_name() -> None:
    # "Vàng", "Sìn" are Hmong family names, read only where a person is expected
    found = find_bodies("gửi Công ty Than Vàng Danh - Vinacomin và Ban Quản lý rừng phòng hộ Sìn Hồ")
    assert [b.name for b in found] == [
        "Công ty Than Vàng Danh - Vinacomin",
        "Ban Quản lý rừng phòng hộ Sìn Hồ",
    ]


_JOINT = (
    "UBND TỈNH AN GIANG\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nBAN CHẤP HÀNH\nHỘI NÔNG DÂN TỈNH AN GIANG\n"
    "Số: 05/KHLT-SNNMT-HND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "An Giang, ngày 02 tháng 10 năm 2025\n\nKẾ HOẠCH LIÊN TỊCH\nPhối hợp hỗ trợ nông dân sản xuất lúa\n\n"
    "Căn cứ Chương trình phối hợp số 18/CTrPH-BNNMT-HNDVN ngày 20/5/2025 giữa Bộ Nông nghiệp và Môi trường và "
    "Trung ương Hội Nông dân Việt Nam giai đoạn 2025 - 2030,\n"
    "Sở Nông nghiệp và Môi trường và Ban Chấp hành Hội Nông dân tỉnh An Giang thống nhất ban hành Kế hoạch liên "
    "tịch như sau:\n"
    "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT SNNMT, VP HND.\n\n"
    "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH\nCHỦ TỊCH\n\n\n\nNguyễn Thị Bé Tư\n\n"
    "KT. GIÁM ĐỐC\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nPHÓ GIÁM ĐỐC\n\n\n\nTrần Văn Lộc\n"
)


def _issuers(graph: object, number: str) -> list[str]:
    nodes = graph.nodes  # type: ignore[attr-defined]
    return sorted(
        nodes[e.source].properties["name"]
        for e in graph.edges.values()  # type: ignore[attr-defined]
        if e.type == "ISSUED" and nodes[e.target].properties.get("number") == number
    )


def test_a_joint_plans_two_header_blocks_and_two_signature_blocks_each_give_an_issuer_and_a_signer() -> None:
    graph = extract_text([_JOINT], "khlt.txt")
    assert _issuers(graph, "05/KHLT-SNNMT-HND") == [
        "Hội Nông dân tỉnh An Giang",
        "Sở Nông nghiệp và Môi trường tỉnh An Giang",
    ]
    # "BAN CHẤP HÀNH" is the organ of the association beneath it, not a unit of the Sở above
    assert not [n for n in graph.nodes.values() if str(n.properties.get("name", "")).startswith("Ban Chấp hành")]
    signed = {graph.nodes[e.source].properties["name"] for e in graph.edges.values() if e.type == "SIGNED"}
    assert signed == {"Nguyễn Thị Bé Tư", "Trần Văn Lộc"}
    assert _posts(graph, "Nguyễn Thị Bé Tư") == {"Hội Nông dân tỉnh An Giang": "Chủ tịch"}
    assert _posts(graph, "Trần Văn Lộc") == {"Sở Nông nghiệp và Môi trường tỉnh An Giang": "Phó giám đốc"}
    # a programme agreed "giữa A và B" is issued by both
    assert _issuers(graph, "18/CTrPH-BNNMT-HNDVN") == ["Bộ Nông nghiệp và Môi trường", "Hội Nông dân Việt Nam"]


def test_a_joint_plans_two_signature_blocks_side_by_side_each_sign_for_their_issuer() -> None:
    # the text layer of a PDF reads the two blocks' lines across the page
    side_by_side = _JOINT[: _JOINT.index("TM. BAN THƯỜNG VỤ")] + (
        "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH          KT. GIÁM ĐỐC\n"
        "                                              SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n"
        "        CHỦ TỊCH                                  PHÓ GIÁM ĐỐC\n\n\n"
        "    Nguyễn Thị Bé Tư                               Trần Văn Lộc\n"
    )
    graph = extract_text([side_by_side], "khlt.txt")
    signed = {graph.nodes[e.source].properties["name"] for e in graph.edges.values() if e.type == "SIGNED"}
    assert signed == {"Nguyễn Thị Bé Tư", "Trần Văn Lộc"}
    assert _posts(graph, "Nguyễn Thị Bé Tư") == {"Hội Nông dân tỉnh An Giang": "Chủ tịch"}
    assert _posts(graph, "Trần Văn Lộc") == {"Sở Nông nghiệp và Môi trường tỉnh An Giang": "Phó giám đốc"}


def test_one_body_under_its_organ_or_its_parent_is_one_issuer() -> None:
    single = _JOINT.replace("UBND TỈNH AN GIANG\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n", "")
    assert _issuers(extract_text([single], "kh.txt"), "05/KHLT-SNNMT-HND") == ["Hội Nông dân tỉnh An Giang"]
    one = _JOINT.replace("BAN CHẤP HÀNH\nHỘI NÔNG DÂN TỈNH AN GIANG\n", "")
    graph = extract_text([one], "kh.txt")
    assert _issuers(graph, "05/KHLT-SNNMT-HND") == ["Sở Nông nghiệp và Môi trường tỉnh An Giang"]
    # the one issuer signs; the Sở is part of the province's committee above it
    part_of = [
        (graph.nodes[e.source].properties["name"], graph.nodes[e.target].properties["name"])
        for e in graph.edges.values()
        if e.type == "PART_OF"
    ]
    assert ("Sở Nông nghiệp và Môi trường tỉnh An Giang", "Ủy ban nhân dân tỉnh An Giang") in part_of


@pytest.mark.parametrize(
    ("text", "number", "doc_type"),
    [
        ("Kế hoạch liên tịch số 05/KHLT-SNNMT-HND", "05/KHLT-SNNMT-HND", "KH"),
        ("Chương trình phối hợp số 18/CTrPH-BNNMT-HNDVN", "18/CTrPH-BNNMT-HNDVN", "CTr"),
        ("Phiếu trình giải quyết công việc số 512/PTr-VP", "512/PTr-VP", "TTr"),
        # with its year: "Nghị quyết liên tịch số 525/2012/NQLT-UBTVQH13-ĐCTUBTWMTTQVN"
        (
            "Nghị quyết liên tịch số 525/2012/NQLT-UBTVQH13-ĐCTUBTWMTTQVN",
            "525/2012/NQLT-UBTVQH13-ĐCTUBTWMTTQVN",
            "NQ",
        ),
        ("Công văn số 512/VP-KTTH", "512/VP-KTTH", "CV"),  # a code that names no type: a letter
    ],
)
def test_joint_and_internal_codes_are_typed_as_the_closest_contract_type(text: str, number: str, doc_type: str) -> None:
    assert [(n.text, n.doc_type) for n in (parse(m) for m in NUMBER.finditer(text)) if n] == [(number, doc_type)]


@pytest.mark.parametrize(
    ("clause", "issuer"),
    [
        # the body that gives the work in the document the clause opens with issued it, whatever its code says
        (
            "7. Tại Kế hoạch số 98/KH-UBND ngày 20/6/2025, Ủy ban nhân dân thành phố giao Ủy ban nhân dân phường "
            "Ninh Kiều thí điểm số hoá 100% hồ sơ hộ tịch trước ngày 30/9/2025.",
            "Ủy ban nhân dân thành phố Cần Thơ",
        ),
        (
            "7. Theo Kế hoạch số 98/KH-UBND ngày 20/6/2025, Ủy ban nhân dân thành phố yêu cầu các phường số hoá hồ "
            "sơ hộ tịch.",
            "Ủy ban nhân dân thành phố Cần Thơ",
        ),
        # the subject acting on the document it carries out is not its issuer: the code gives the ward's own
        (
            "7. Thực hiện Kế hoạch số 98/KH-UBND ngày 20/6/2025, Ủy ban nhân dân phường đã số hoá 92% hồ sơ.",
            "Ủy ban nhân dân phường Ninh Kiều thành phố Cần Thơ",
        ),
        (
            "7. Tại Kế hoạch số 98/KH-UBND ngày 20/6/2025, Ủy ban nhân dân thành phố đã tổ chức tập huấn.",
            "Ủy ban nhân dân phường Ninh Kiều thành phố Cần Thơ",
        ),
    ],
)
def test_the_subject_that_gives_work_right_after_a_citation_issued_it(clause: str, issuer: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG NINH KIỀU\nSố: 142/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Ninh Kiều, ngày 03 tháng 10 năm 2025\nBÁO CÁO\nKết quả hoạt động quý III năm 2025\n"
        "Kính gửi: Ủy ban nhân dân thành phố Cần Thơ.\n"
        "Ủy ban nhân dân phường Ninh Kiều báo cáo như sau:\n" + clause + "\n"
    )
    assert _issuers(extract_text([text], "bc.txt"), "98/KH-UBND") == [issuer]


def _assignees(graph: object) -> list[str]:
    nodes = graph.nodes  # type: ignore[attr-defined]
    return sorted(
        nodes[e.target].properties["name"]
        for e in graph.edges.values()  # type: ignore[attr-defined]
        if e.type == "ASSIGNED_TO"
    )


def test_a_numbered_item_telling_what_a_body_did_is_no_task_and_one_telling_it_what_to_do_is() -> None:
    head = (
        "ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\nSố: 415/{code}-UBND\nVĩnh Long, ngày 25 tháng 11 năm 2025\n{kind}\n"
        "Kết quả thực hiện chính sách hỗ trợ chuyển đổi cây trồng\n"
    )
    done = (
        "II. KẾT QUẢ THỰC HIỆN\n1. Đến ngày 31/10/2025, toàn tỉnh đã chuyển đổi 3.185 ha.\n"
        "2. Sở Nông nghiệp và Môi trường đã ban hành hướng dẫn tại Văn bản số 1520/SNNMT-TT ngày 20/8/2024; "
        "đã tổ chức 24 lớp tập huấn.\n"
    )
    report = head.format(code="BC", kind="BÁO CÁO") + done
    assert _assignees(extract_text([report], "bc.txt")) == []
    todo = "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường tổ chức 24 lớp tập huấn trước ngày 30/12/2025.\n"
    plan = head.format(code="KH", kind="KẾ HOẠCH") + todo
    assert _assignees(extract_text([plan], "kh.txt")) == ["Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long"]


def test_a_provinces_standing_party_committee_abbreviated_with_a_space() -> None:
    province = Locality("tỉnh", "Vĩnh Long")
    assert [scope(b, province) for b in find_bodies("- TT TU, TT HĐND tỉnh;")] == [
        "Thường trực Tỉnh ủy Vĩnh Long",
        "Thường trực Hội đồng nhân dân tỉnh Vĩnh Long",
    ]
    # a Party document's number keeps its "TU": no body there
    assert find_bodies("Thông báo số 12-TB/TU ngày 03/10/2025") == []

    ward = Locality("thành phố", "Cần Thơ", "phường Ninh Kiều")
    [front] = find_bodies("- Uỷ ban MTTQ Việt Nam phường;")
    assert scope(front, ward) == "Uỷ ban Mặt trận Tổ quốc Việt Nam phường Ninh Kiều thành phố Cần Thơ"
    # the country's own committee stays the country's
    [central] = find_bodies("- Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;")
    assert scope(central, ward) == "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"


def test_a_members_role_given_before_the_name_or_by_the_heading_of_the_list() -> None:
    members = (
        "Điều 1. Kiện toàn Ban Chỉ đạo phòng thủ dân sự tỉnh Quảng Ngãi, gồm các thành viên sau:\n"
        "1. Trưởng ban: Ông Nguyễn Hoàng Giang, Chủ tịch UBND tỉnh.\n"
        "2. Các Phó Trưởng ban:\n"
        "- Ông Trần Phước Hiền, Phó Chủ tịch UBND tỉnh - Phó Trưởng ban Thường trực;\n"
        "- Đại tá Sùng A Páo, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh;\n"
        "3. Các Ủy viên:\n"
        "- Bà Ma Thị Thu Hà, Giám đốc Sở Tài chính;\n"
    )
    text = _SETS_UP.split("Điều 1.")[0] + members + "Điều 2." + _SETS_UP.split("Điều 2.")[1]
    graph = extract_text([text], "qd.txt")
    bcd = "Ban Chỉ đạo phòng thủ dân sự tỉnh Quảng Ngãi"
    assert _posts(graph, "Nguyễn Hoàng Giang")[bcd] == "Trưởng ban"
    assert _posts(graph, "Trần Phước Hiền")[bcd] == "Phó Trưởng ban Thường trực"  # the line's own role first
    assert _posts(graph, "Sùng A Páo") == {
        "Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi": "Chỉ huy trưởng",
        bcd: "Phó Trưởng ban",
    }
    assert _posts(graph, "Ma Thị Thu Hà")[bcd] == "Ủy viên"


def test_a_party_secretary_signing_for_the_standing_board_holds_the_post_in_the_committee() -> None:
    text = (
        "ĐẢNG BỘ TỈNH HƯNG YÊN\nBAN THƯỜNG VỤ TỈNH UỶ\n*\nSố 09-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Hưng Yên, ngày 28 tháng 11 năm 2025\n\nCHỈ THỊ\nvề tăng cường công tác phòng, chống lụt bão\n"
        "Ban Thường vụ Tỉnh uỷ yêu cầu các cấp uỷ thực hiện tốt các nội dung sau.\n"
        "Nơi nhận:\n- Các đảng bộ trực thuộc Tỉnh uỷ,\n- Lưu Văn phòng Tỉnh uỷ.\n"
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\n\n\nĐào Thanh Bình\n"
    )
    graph = extract_text([text], "ct.txt")
    assert _posts(graph, "Đào Thanh Bình") == {"Tỉnh uỷ Hưng Yên": "Phó bí thư thường trực"}
    assert _issuers(graph, "09-CT/TU") == ["Ban Thường vụ Tỉnh uỷ Hưng Yên"]
    # a post of the board that is not a secretary's stays with whom the document names
    member = text.replace("PHÓ BÍ THƯ THƯỜNG TRỰC", "PHÓ CHỦ NHIỆM")
    assert _posts(extract_text([member], "ct.txt"), "Đào Thanh Bình") == {
        "Ban Thường vụ Tỉnh uỷ Hưng Yên": "Phó chủ nhiệm"
    }


def test_a_line_of_a_set_up_decision_opening_with_a_place_is_no_member() -> None:
    # "Lâm Đồng", "Phan Thiết" begin with family names; with no role in the body set up they are no people
    text = _SETS_UP.replace(
        "Điều 2. Quyết định",
        "Điều 2. Địa bàn:\n- Lâm Đồng, Đắk Nông: khu vực phía Bắc;\n- Phan Thiết: phía Nam.\nĐiều 3. Quyết định",
    )
    people = {n.properties["name"] for n in extract_text([text], "qd.txt").nodes.values() if n.label == "Person"}
    assert "Lâm Đồng" not in people and "Phan Thiết" not in people
    assert "Nguyễn Văn Bình" in people  # the member named without "Ông", with his role


@pytest.mark.parametrize(
    ("header", "joint"),
    [
        ("BỘ TÀI CHÍNH\nBỘ NỘI VỤ\n", ["Bộ Nội vụ"]),  # two ministries side by side
        ("UBND TỈNH AN GIANG\nSỞ TÀI CHÍNH\nUBND TỈNH AN GIANG\nSỞ NỘI VỤ\n", ["Sở Nội vụ"]),  # the parent again
        # a national association over its province's, a ministry over its command: parent and child
        ("HỘI NÔNG DÂN VIỆT NAM\nHỘI NÔNG DÂN TỈNH AN GIANG\n", []),
        ("BỘ QUỐC PHÒNG\nBỘ TỔNG THAM MƯU\n", []),
        ("UBND TỈNH AN GIANG\nSỞ TÀI CHÍNH\n", []),
    ],
)
def test_a_second_issuer_block_of_a_header_and_a_parent_over_its_child(header: str, joint: list[str]) -> None:
    from loaders.extract.header import parse_header

    parsed = parse_header(header + "Số: 12/HDLT-STC-SNV\nAn Giang, ngày 02 tháng 10 năm 2025\n")
    assert [b.name for b in parsed.joint] == joint


def test_a_provinces_capital_city_of_the_same_name_is_a_body_of_its_own() -> None:
    from loaders.extract.bodies import identity_key

    assert identity_key("Ủy ban nhân dân thành phố Hà Giang") != identity_key("Ủy ban nhân dân tỉnh Hà Giang")
    assert identity_key("Ủy ban nhân dân thành phố Hải Phòng") == identity_key("Ủy ban nhân dân Hải Phòng")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "2. Phòng Kinh tế, Hạ tầng và Đô thị phường niêm yết công khai Quyết định này",
            ["Phòng Kinh tế, Hạ tầng và Đô thị phường"],
        ),
        (
            "1. Ban cán sự đảng UBND huyện lãnh đạo UBND huyện rà soát",
            ["Ban cán sự đảng Ủy ban nhân dân huyện", "Ủy ban nhân dân huyện"],
        ),
        (
            "Ngân hàng Chính sách xã hội chi nhánh tỉnh An Giang",
            ["Ngân hàng Chính sách xã hội chi nhánh tỉnh An Giang"],
        ),
    ],
)
def test_a_bare_commune_or_district_word_ends_a_name(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_dong_kinh_gui_also_addresses_and_names_end_before_a_period_or_after_a_trade() -> None:
    text = (
        "TỔNG CÔNG TY LÂM NGHIỆP TÂY BẮC\nSố: 210/TCT-KH\nV/v đề nghị giao đất\n"
        "Kính gửi: Bộ Nông nghiệp và Môi trường.\n"
        "Đồng kính gửi: Ủy ban nhân dân tỉnh Sơn La.\n"
        "Thực hiện Phương án cơ cấu lại Tổng công ty Lâm nghiệp Tây Bắc giai đoạn 2022 - 2025, Tổng công ty đề nghị.\n"
    )
    graph = extract_text([text], "cv.txt")
    addressed = sorted(graph.nodes[e.target].properties["name"] for e in graph.edges.values() if e.type == "SENT_TO")
    assert addressed == ["Bộ Nông nghiệp và Môi trường", "Ủy ban nhân dân tỉnh Sơn La"]
    assert [b.name for b in find_bodies("4. Trung tâm Quy hoạch xây dựng Hà Giang chuẩn bị tài liệu")] == [
        "Trung tâm Quy hoạch xây dựng Hà Giang"
    ]


def test_theo_do_giao_is_the_letter_the_sentence_opens_with_not_the_circular_its_subject_names() -> None:
    text = (
        "UBND TỈNH HÀ GIANG\nSỞ XÂY DỰNG\nSố: 1287/KH-SXD\nKẾ HOẠCH\nTriển khai\n"
        "Thực hiện Văn bản số 3120/UBND-KTTH ngày 02/10/2023 của UBND tỉnh về việc triển khai Thông tư số "
        "06/2023/TT-BXD, theo đó giao Sở Xây dựng chủ trì hướng dẫn các địa phương lập Chương trình;\n"
    )
    assert _assigned(extract_text([text], "kh.txt")) == {("3120/UBND-KTTH", "Sở Xây dựng tỉnh Hà Giang")}
    assert [b.name for b in find_bodies("phối hợp với Cục Hợp tác xã và Phát triển nông thôn tổng hợp")] == [
        "Cục Hợp tác xã và Phát triển nông thôn"  # a cooperative's "xã" is no commune
    ]


def test_a_district_party_committees_report_places_its_organs_and_its_district() -> None:
    text = (
        "ĐẢNG BỘ TỈNH ĐIỆN BIÊN\nHUYỆN ỦY MƯỜNG CHÀ\n*\nSố 312-BC/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Mường Chà, ngày 25 tháng 4 năm 2024\nBÁO CÁO\nsơ kết Nghị quyết số 05-NQ/TU ngày 15/7/2021 của Ban Chấp "
        "hành Đảng bộ tỉnh\n"
        "Ủy ban nhân dân huyện ban hành Kế hoạch số 156/KH-UBND ngày 10/9/2021.\n"
        "2. Giao Ban Tuyên giáo Huyện ủy chủ trì đẩy mạnh tuyên truyền.\n"
    )
    graph = extract_text([text], "bc.txt")
    names = {n.properties["name"] for n in graph.nodes.values() if n.label == "Agency"}
    assert {
        "Huyện ủy Mường Chà",  # the header's case restored
        "Tỉnh ủy Điện Biên",  # "Ban Chấp hành Đảng bộ tỉnh", in the province the Party header names
        "Ủy ban nhân dân huyện Mường Chà tỉnh Điện Biên",
        "Ban Tuyên giáo Huyện ủy Mường Chà",
    } <= names
    assert not any("Huyện ủy Điện Biên" in name for name in names)  # no district committee named by the province


def test_a_ministry_with_its_department_in_brackets_and_a_fronts_board_in_each_district_listed() -> None:
    text = (
        "SỞ Y TẾ TỈNH TUYÊN QUANG\nSố: 1520/SYT-NVY\nV/v phòng chống dịch\nKính gửi: Các bệnh viện.\n"
        "4. Ban Thường trực Ủy ban MTTQ Việt Nam các huyện: Văn Chấn, Trạm Tấu tiếp tục giám sát.\n"
        "Nơi nhận:\n- Bộ Y tế (Cục Phòng bệnh) (b/c);\n- Lưu: VT.\n"
    )
    graph = extract_text([text], "cv.txt")
    parts = {
        (graph.nodes[e.source].properties["name"], graph.nodes[e.target].properties["name"])
        for e in graph.edges.values()
        if e.type == "PART_OF"
    }
    assert ("Cục Phòng bệnh", "Bộ Y tế") in parts
    assert ("Bộ Y tế", "Cục Phòng bệnh") not in parts
    names = [b.name for b in find_bodies("Ban Thường trực Ủy ban MTTQ Việt Nam các huyện: Văn Chấn, Trạm Tấu tiếp")]
    assert names == [
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Văn Chấn",
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Trạm Tấu",
    ]


def test_a_departments_office_and_inspectorate_named_short_in_its_own_plan_are_its() -> None:
    text = (
        "UBND TỈNH HÀ GIANG\nSỞ XÂY DỰNG\nSố: 1287/KH-SXD\nHà Giang, ngày 10 tháng 10 năm 2023\nKẾ HOẠCH\n"
        "Triển khai\n1. Giao Văn phòng Sở chủ trì tổng hợp.\n2. Giao Thanh tra Sở kiểm tra việc thực hiện.\n"
    )
    graph = extract_text([text], "kh.txt")
    names = {n.properties["name"] for n in graph.nodes.values() if n.label == "Agency"}
    assert {"Văn phòng Sở Xây dựng tỉnh Hà Giang", "Thanh tra Sở Xây dựng tỉnh Hà Giang"} <= names


def test_a_line_of_capitals_that_are_not_letters_is_read_without_error() -> None:
    assert "ⅣⅣ" in repair(["ⅣⅣ\nSố: 12/BC-UBND\n"]).text


def test_a_projects_name_lists_its_works_over_a_comma_and_the_decision_that_approved_it_concerns_it() -> None:
    text = (
        "SỞ XÂY DỰNG TỈNH LAI CHÂU\nSố: 35/SXD\nV/v trả lời kiến nghị cử tri\n"
        "Dự án Cải tạo, nâng cấp đường tỉnh 128 đoạn Phong Thổ - Dào San đã được phê duyệt tại Quyết định số "
        "1468/QĐ-UBND ngày 12/5/2024.\n"
    )
    graph = extract_text([text], "cv.txt")
    projects = [n.properties["name"] for n in graph.nodes.values() if n.label == "Project"]
    assert projects == ["Dự án Cải tạo, nâng cấp đường tỉnh 128 đoạn Phong Thổ - Dào San"]
    about = {graph.nodes[e.source].properties.get("number") for e in graph.edges.values() if e.type == "CONCERNS"}
    assert "1468/QĐ-UBND" in about


def test_a_reports_coming_tasks_are_given_unless_its_section_proposes_them() -> None:
    head = "ỦY BAN NHÂN DÂN\nHUYỆN BẮC HÀ\nSố: 415/BC-UBND\nBÁO CÁO\nCông tác phòng, chống tham nhũng\n"
    items = (
        "1. Giao Thanh tra huyện chủ trì tham mưu xây dựng Kế hoạch năm 2024.\n"
        "2. Yêu cầu Chủ tịch UBND xã Cốc Ly hoàn thành việc kê khai tài sản trước ngày 31/12/2023.\n"
    )
    coming = extract_text([head + "IV. NHIỆM VỤ TRỌNG TÂM NĂM 2024\n" + items], "a.txt")
    assert {name for _, name in _assigned(coming)} == {
        "Thanh tra huyện Bắc Hà",
        "Ủy ban nhân dân xã Cốc Ly",
    }
    proposed = extract_text([head + "IV. ĐỀ XUẤT NHIỆM VỤ, GIẢI PHÁP\n" + items], "b.txt")
    assert _assigned(proposed) == set()


def test_a_provinces_department_is_part_of_its_peoples_committee_where_both_are_named() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/KH-UBND\nKẾ HOẠCH\nThực hiện\n"
        "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng tham mưu UBND tỉnh.\n"
    )
    graph = extract_text([text], "kh.txt")
    parts = {
        (graph.nodes[e.source].properties["name"], graph.nodes[e.target].properties["name"])
        for e in graph.edges.values()
        if e.type == "PART_OF"
    }
    assert parts == {
        ("Sở Tài chính tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi"),
        ("Sở Xây dựng tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi"),
    }


def test_one_person_named_twice_with_different_bodies_is_one_person_who_signs() -> None:
    text = (
        "ỦY BAN MTTQ VIỆT NAM\nTỈNH YÊN BÁI\nSố: 87/TB-MTTQ-BTT\nTHÔNG BÁO\nKết quả giám sát\n"
        "Đoàn giám sát do đồng chí Giàng Thị Dế, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm Trưởng đoàn.\n"
        "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\nGiàng Thị Dế\n"
    )
    graph = extract_text([text], "tb.txt")
    people = [n for n in graph.nodes.values() if n.label == "Person"]
    assert [p.properties["name"] for p in people] == ["Giàng Thị Dế"]
    assert any(e.type == "SIGNED" and e.source == people[0].id for e in graph.edges.values())


def test_two_departments_printed_on_one_header_line_issue_and_sign_together() -> None:
    text = (
        "UBND TỈNH LAI CHÂU\nSỞ XÂY DỰNG - SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 35/LS-SXD-SNNMT\n"
        "V/v trả lời kiến nghị của cử tri\nLai Châu, ngày 05 tháng 8 năm 2025\n"
        "Kính gửi: Thường trực Hội đồng nhân dân tỉnh Lai Châu.\nLiên Sở trả lời như sau.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTẩn A Sử\n"
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLò Thị Xuân\n"
    )
    graph = extract_text([text], "cv.txt")

    def named(e_type: str) -> set[tuple[str, str]]:
        return {
            (graph.nodes[e.source].properties["name"], graph.nodes[e.target].properties.get("name", "doc"))
            for e in graph.edges.values()
            if e.type == e_type
        }

    assert {a for a, _ in named("ISSUED")} == {
        "Sở Xây dựng tỉnh Lai Châu",
        "Sở Nông nghiệp và Môi trường tỉnh Lai Châu",
    }
    assert named("HOLDS_POST") == {
        ("Tẩn A Sử", "Sở Xây dựng tỉnh Lai Châu"),
        ("Lò Thị Xuân", "Sở Nông nghiệp và Môi trường tỉnh Lai Châu"),
    }


def test_theo_do_giao_after_two_letters_cited_side_by_side_is_the_last_ones() -> None:
    text = (
        "UBND TỈNH LAI CHÂU\nSỞ XÂY DỰNG\nSố: 35/SXD-QLXD\nV/v trả lời kiến nghị\n"
        "Thực hiện Văn bản số 412/HĐND-VP ngày 15/7/2025 của Thường trực HĐND tỉnh về việc chuyển kiến nghị của cử "
        "tri và Văn bản số 2310/UBND-TH ngày 22/7/2025 của UBND tỉnh, theo đó giao Sở Xây dựng chủ trì trả lời.\n"
    )
    assert _assigned(extract_text([text], "cv.txt")) == {("2310/UBND-TH", "Sở Xây dựng tỉnh Lai Châu")}


def test_a_wards_decision_gives_its_office_the_posting_of_the_decision() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG KỲ LỪA\nSố: 512/QĐ-UBND\nLạng Sơn, ngày 10 tháng 9 năm 2025\nQUYẾT ĐỊNH\n"
        "Phê duyệt phương án bồi thường\n"
        "Điều 2. Tổ chức thực hiện\n"
        "2. Phòng Kinh tế, Hạ tầng và Đô thị phường niêm yết công khai Quyết định này tại trụ sở.\n"
    )
    assert {name for _, name in _assigned(extract_text([text], "qd.txt"))} == {
        "Phòng Kinh tế, Hạ tầng và Đô thị phường Kỳ Lừa tỉnh Lạng Sơn"
    }


@pytest.mark.parametrize(
    ("text", "number", "issuer"),
    [
        (
            "Nguồn tin do Thanh tra tỉnh Thanh Hóa chuyển đến tại Văn bản số 356/TTr-NV3 ngày 02/4/2024.",
            "356/TTr-NV3",
            "Thanh tra tỉnh Thanh Hóa",
        ),
        (
            "Thanh tra tỉnh Bình Định đã chuyển hồ sơ sang Công an tỉnh tại Văn bản số 198/TTr-NV4 ngày 02/4/2024.",
            "198/TTr-NV4",
            "Thanh tra tỉnh Bình Định",
        ),
        (
            "Ngày 21/9/2023, Văn phòng Chính phủ có Văn bản số 6984/VPCP-V.I thông báo ý kiến chỉ đạo của Thủ tướng "
            "Chính phủ.\nThực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Văn bản số 6984/VPCP-V.I nêu trên, …",
            "6984/VPCP-V.I",
            "Văn phòng Chính phủ",
        ),
        (
            "Ngày 05/3/2024, Cơ quan Cảnh sát điều tra Công an tỉnh Bình Định đã ban hành Quyết định khởi tố vụ án "
            "hình sự số 45/QĐ-CSĐT.",
            "45/QĐ-CSĐT",
            "Cơ quan Cảnh sát điều tra Công an tỉnh Bình Định",
        ),
        (
            "Cơ quan CSĐT Công an tỉnh Nghệ An đã ban hành Bản kết luận điều tra số 32/KLĐT-PC03 ngày 02/8/2024.",
            "32/KLĐT-PC03",
            "Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An",
        ),
    ],
)
def test_the_body_that_sent_a_case_on_or_issued_a_qualified_document_issued_it(
    text: str, number: str, issuer: str
) -> None:
    assert _issuers(extract_text([text], "x.txt"), number) == [issuer]


def test_an_investigation_body_is_part_of_its_police() -> None:
    graph = extract_text(
        ["Kính gửi: Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Thanh Hóa.\nCông an tỉnh Thanh Hóa báo cáo."],
        "x.txt",
    )
    names = {n.id: n.properties.get("name") for n in graph.nodes.values()}
    part_of = {(names[e.source], names[e.target]) for e in graph.edges.values() if e.type == "PART_OF"}
    assert ("Cơ quan Cảnh sát điều tra Công an tỉnh Thanh Hóa", "Công an tỉnh Thanh Hóa") in part_of


def test_a_clause_implementing_two_documents_implements_both() -> None:
    text = (
        "Số: 214-TB/BNCTU\nThực hiện Kết luận số 87-KL/BCĐ ngày 05/7/2024 của Ban Chỉ đạo tỉnh và Quy chế phối hợp "
        "số 03-QC/BNCTU-CAT ngày 12/01/2023, Ban Nội chính Tỉnh ủy thông báo như sau:"
    )
    implemented = {n for kind, n in _typed_edges_to_numbers(extract_text([text], "x.txt")) if kind == "IMPLEMENTS"}
    assert implemented == {"87-KL/BCĐ", "03-QC/BNCTU-CAT"}


_AUDIT = """KIỂM TOÁN NHÀ NƯỚC
KIỂM TOÁN NHÀ NƯỚC KHU VỰC II
Số: 418/KV II-TH
V/v đôn đốc thực hiện kiến nghị kiểm toán
Kính gửi: Ủy ban nhân dân tỉnh Hà Tĩnh.
Ngày 27/6/2023, Kiểm toán nhà nước đã phát hành Báo cáo kiểm toán số 186/BC-KTNN về ngân sách địa phương.
Kiểm toán nhà nước khu vực II đề nghị Ủy ban nhân dân tỉnh Hà Tĩnh chỉ đạo thực hiện./.
Nơi nhận:
- Kho bạc Nhà nước Hà Tĩnh;
- Kho bạc Nhà nước khu vực XIII;
- Lưu: VT.
"""


def test_a_regional_office_of_a_national_body_is_its_own_body_and_part_of_it() -> None:
    graph = extract_text([_AUDIT], "ktnn.txt")
    names = {n.id: n.properties.get("name") for n in graph.nodes.values()}
    assert _issuers(graph, "418/KVII-TH") == ["Kiểm toán nhà nước khu vực II"]
    assert _issuers(graph, "186/BC-KTNN") == ["Kiểm toán nhà nước"]
    part_of = {(names[e.source], names[e.target]) for e in graph.edges.values() if e.type == "PART_OF"}
    assert ("Kiểm toán nhà nước khu vực II", "Kiểm toán nhà nước") in part_of
    copied = {t for kind, t in _typed_edges(graph) if kind == "SENT_TO"}
    assert {"Kho bạc Nhà nước Hà Tĩnh", "Kho bạc Nhà nước khu vực XIII"} <= copied


def test_a_party_inspection_commission_under_its_committee_is_that_committees() -> None:
    text = (
        "HUYỆN UỶ KRÔNG PẮC\nUỶ BAN KIỂM TRA\n*\nSố 37-TB/UBKTHU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Krông Pắc, ngày 18 tháng 4 năm 2025\nTHÔNG BÁO\nkết luận kỳ họp\n"
        "Uỷ ban Kiểm tra Huyện uỷ họp và kết luận như sau:\n"
        "Nơi nhận:\n- Uỷ ban Kiểm tra Tỉnh uỷ Đắk Lắk (để b/c),\n- Lưu Văn thư.\n"
        "T/M UỶ BAN KIỂM TRA\nCHỦ NHIỆM\n\nLê Văn Hoà\n"
    )
    graph = extract_text([text], "ubkt.txt")
    assert _issuers(graph, "37-TB/UBKTHU") == ["Uỷ ban Kiểm tra Huyện uỷ Krông Pắc"]
    assert _posts(graph, "Lê Văn Hoà") == {"Uỷ ban Kiểm tra Huyện uỷ Krông Pắc": "Chủ nhiệm"}


def test_bullets_under_a_directing_lead_give_each_body_its_work() -> None:
    text = (
        "TỈNH ỦY NGHỆ AN\nBAN NỘI CHÍNH\n*\nSố 214-TB/BNCTU\nTHÔNG BÁO\nkết quả làm việc\n"
        "1. Kết quả\nCác cơ quan đã phối hợp chặt chẽ.\n"
        "- Công an tỉnh đã hoàn thành điều tra 02 vụ án.\n"
        "2. Yêu cầu các cơ quan\n"
        "- Công an tỉnh chỉ đạo khẩn trương hoàn thành xác minh vụ việc, có kết luận trước ngày 30/9/2024.\n"
        "- Viện Kiểm sát nhân dân tỉnh khẩn trương nghiên cứu hồ sơ vụ án, ban hành cáo trạng.\n"
        "- Thời gian thực hiện: trong tháng 9/2024.\n"
        "Ban Nội chính Tỉnh ủy thông báo để các cơ quan biết, thực hiện.\n"
    )
    assert _assignees(extract_text([text], "tb.txt")) == ["Công an tỉnh Nghệ An", "Viện Kiểm sát nhân dân tỉnh Nghệ An"]


def test_a_city_of_a_province_is_not_above_the_provinces_department() -> None:
    text = (
        "UBND TỈNH QUẢNG NINH\nSỞ XÂY DỰNG\nSố: 28/BB-SXD\nBIÊN BẢN LÀM VIỆC\n"
        "III. KẾT LUẬN VÀ GIAO NHIỆM VỤ\n"
        "1. Ủy ban nhân dân thành phố Cẩm Phả chỉ đạo Trung tâm Phát triển quỹ đất thành phố hoàn thành giải phóng "
        "mặt bằng trước ngày 30/11/2023.\n"
    )
    assert _assignees(extract_text([text], "bb.txt")) == ["Ủy ban nhân dân thành phố Cẩm Phả tỉnh Quảng Ninh"]


_DISCIPLINE = (
    "HUYỆN UỶ KRÔNG PẮC\nUỶ BAN KIỂM TRA\n*\nSố 37-TB/UBKTHU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Krông Pắc, ngày 18 tháng 4 năm 2025\nTHÔNG BÁO\nkết luận kỳ họp\n"
    "1. Ban Thường vụ Đảng uỷ xã Ea Phê nhiệm kỳ 2020 - 2025 đã buông lỏng lãnh đạo, chỉ đạo.\n"
    "2. Đồng chí Y Khu Niê, Bí thư Đảng uỷ, Chủ tịch Hội đồng nhân dân xã Ea Phê, chịu trách nhiệm người đứng đầu.\n"
    "Uỷ ban Kiểm tra Huyện uỷ quyết định thi hành kỷ luật. Đề nghị Ban Thường vụ Huyện uỷ xem xét, xử lý kỷ luật "
    "đồng chí Y Khu Niê theo thẩm quyền.\n"
    "3. Yêu cầu Đảng uỷ xã Ea Phê tổ chức công bố các quyết định kỷ luật trước ngày 30/6/2025.\n"
)


def test_a_discipline_notice_gives_work_only_where_it_directs() -> None:
    assert _assignees(extract_text([_DISCIPLINE], "tb.txt")) == ["Đảng uỷ xã Ea Phê"]


@pytest.mark.parametrize(
    ("text", "assignee"),
    [
        (
            "KIỂM TOÁN NHÀ NƯỚC\nKIỂM TOÁN NHÀ NƯỚC KHU VỰC II\nSố: 418/KV II-TH\nV/v đôn đốc\n"
            "Kiểm toán nhà nước khu vực II đề nghị Ủy ban nhân dân tỉnh Hà Tĩnh chỉ đạo thu hồi 17,4 tỷ đồng, hoàn "
            "thành trước ngày 30/9/2024.\n",
            "Ủy ban nhân dân tỉnh Hà Tĩnh",
        ),
        (
            "UBND TỈNH HƯNG YÊN\nBAN QUẢN LÝ DỰ ÁN\nSố: 527/BC-BQLDA\nBÁO CÁO\n"
            "2. Đề nghị Sở Tài nguyên và Môi trường sớm thẩm định, trình phê duyệt giá đất cụ thể tại xã Minh Châu.\n",
            "Sở Tài nguyên và Môi trường tỉnh Hưng Yên",
        ),
    ],
)
def test_what_an_auditor_or_a_board_asks_of_a_body_not_above_it_is_given(text: str, assignee: str) -> None:
    assert _assignees(extract_text([text], "x.txt")) == [assignee]


_LAND = (
    "UBND TỈNH LONG AN\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 3862/BC-STNMT\nBÁO CÁO\nvề vi phạm đất đai\n"
    "Dự án Khu dân cư Phước Lợi do Công ty Cổ phần Đầu tư Bất động sản Phước Lợi (sau đây gọi là Công ty) làm chủ "
    "đầu tư.\n1. Công ty chậm đưa đất vào sử dụng quá 24 tháng so với tiến độ.\n"
    "- Ngày 04/9/2024, Sở Tài nguyên và Môi trường có Công văn số 3790/STNMT-QLĐĐ yêu cầu Công ty khôi phục lại "
    "tình trạng ban đầu của đất, hoàn thành trước ngày 30/9/2024; đến nay Công ty chưa thực hiện.\n"
)


def test_a_company_named_short_develops_its_project_and_is_given_work_only_by_an_instruction() -> None:
    graph = extract_text([_LAND], "bc.txt")
    names = {n.id: n.properties.get("name") or n.properties.get("number") for n in graph.nodes.values()}
    develops = {(names[e.source], names[e.target]) for e in graph.edges.values() if e.type == "DEVELOPS"}
    assert develops == {("Công ty Cổ phần Đầu tư Bất động sản Phước Lợi", "Dự án Khu dân cư Phước Lợi")}
    assert _assigned(graph) == {("3790/STNMT-QLĐĐ", "Công ty Cổ phần Đầu tư Bất động sản Phước Lợi")}


def test_an_investment_decisions_sheet_names_the_investor_above_the_project() -> None:
    text = (
        "UBND TỈNH BẮC GIANG\nSố: 1386/QĐ-UBND\nQUYẾT ĐỊNH\nĐiều 1. Chấp thuận chủ trương đầu tư:\n"
        "1. Nhà đầu tư: Công ty TNHH Điện tử Hoà Phong Việt Nam; người đại diện theo pháp luật: Ông Chen Wei-Lung.\n"
        "2. Tên dự án: Nhà máy sản xuất linh kiện điện tử Hoà Phong.\n3. Mục tiêu dự án: sản xuất linh kiện.\n"
    )
    graph = extract_text([text], "qd.txt")
    names = {n.id: n.properties.get("name") for n in graph.nodes.values()}
    develops = {(names[e.source], names[e.target]) for e in graph.edges.values() if e.type == "DEVELOPS"}
    assert develops == {("Công ty TNHH Điện tử Hoà Phong Việt Nam", "Nhà máy sản xuất linh kiện điện tử Hoà Phong")}


@pytest.mark.parametrize(
    ("text", "project"),
    [
        (
            "Dự án Đường trục kết nối Khu công nghiệp Yên Mỹ II với Quốc lộ 39 đã bàn giao mặt bằng.",
            "Dự án Đường trục kết nối Khu công nghiệp Yên Mỹ II với Quốc lộ 39",
        ),
        (
            "Giải phóng mặt bằng Dự án Nâng cấp, mở rộng Đường tỉnh 868 tại xã Mỹ Phước Tây.",
            "Dự án Nâng cấp, mở rộng Đường tỉnh 868",
        ),
        (
            "thẩm tra lại quyết toán công trình Đường giao thông liên xã Hồng Đà - Dậu Dương trước ngày 30/11/2024.",
            "Công trình Đường giao thông liên xã Hồng Đà - Dậu Dương",
        ),
    ],
)
def test_project_names_that_link_places_number_roads_or_call_themselves_works(text: str, project: str) -> None:
    graph = extract_text([text], "x.txt")
    assert [n.properties["name"] for n in graph.nodes.values() if n.label == "Project"] == [project]


@pytest.mark.parametrize(
    "text",
    [
        "Vụ án xảy ra tại Ban Quản lý dự án đầu tư xây dựng huyện Tam Nông.",
        "Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Ngãi vận hành an toàn hồ Núi Ngang.",
    ],
)
def test_a_board_or_a_company_named_for_projects_is_no_project(text: str) -> None:
    assert [n for n in extract_text([text], "x.txt").nodes.values() if n.label == "Project"] == []


def test_minutes_of_a_working_session_are_about_the_project_of_their_subject() -> None:
    text = (
        "UBND TỈNH QUẢNG NINH\nSỞ XÂY DỰNG\nSố: 28/BB-SXD\nQuảng Ninh, ngày 26 tháng 10 năm 2023\n"
        "BIÊN BẢN LÀM VIỆC\nVề tiến độ thực hiện Dự án Khu nhà ở xã hội phường Cẩm Thạch, thành phố Cẩm Phả\n"
        "Hôm nay, Sở Xây dựng tổ chức làm việc.\n"
    )
    graph = extract_text([text], "bb.txt")
    assert ("CONCERNS", "Dự án Khu nhà ở xã hội phường Cẩm Thạch") in _typed_edges(graph)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- Viện KSND tỉnh Bình Định;", "Viện kiểm sát nhân dân tỉnh Bình Định"),
        ("- VKSND tỉnh Bình Định;", "Viện kiểm sát nhân dân tỉnh Bình Định"),
        ("- TAND tỉnh Bình Định;", "Tòa án nhân dân tỉnh Bình Định"),
        ("- Các đồng chí Uỷ viên UBKT Huyện uỷ Krông Pắc,", "Ủy ban Kiểm tra Huyện uỷ Krông Pắc"),
    ],
)
def test_the_courts_procuracies_and_commissions_in_short(text: str, name: str) -> None:
    assert [b.name for b in find_bodies(text)] == [name]


def test_a_communes_party_standing_board_is_part_of_its_party_committee() -> None:
    text = "Ban Thường vụ Đảng uỷ xã Ea Phê đã họp. Đảng uỷ xã Ea Phê báo cáo."
    graph = extract_text([text], "x.txt")
    names = {n.id: n.properties.get("name") for n in graph.nodes.values()}
    part_of = {(names[e.source], names[e.target]) for e in graph.edges.values() if e.type == "PART_OF"}
    assert ("Ban Thường vụ Đảng uỷ xã Ea Phê", "Đảng uỷ xã Ea Phê") in part_of


def test_a_letter_cited_before_a_new_subject_does_not_implement_what_that_subject_reports_on() -> None:
    text = (
        "Số: 412/BC-UBND\nBÁO CÁO\nKết quả thực hiện kết luận thanh tra\n"
        "Thực hiện Công văn số 845/TTr-GSTĐ ngày 02/10/2024 của Thanh tra tỉnh Phú Thọ về việc báo cáo kết quả thực "
        "hiện kết luận thanh tra, Ủy ban nhân dân huyện Tam Nông báo cáo kết quả thực hiện Kết luận thanh tra số "
        "35/KL-TTr ngày 15/5/2024 của Thanh tra tỉnh như sau:"
    )
    graph = extract_text([text], "bc.txt")
    names = {n.id: n.properties.get("number") for n in graph.nodes.values()}
    implements = {(names[e.source], names[e.target]) for e in graph.edges.values() if e.type == "IMPLEMENTS"}
    assert ("845/TTr-GSTĐ", "35/KL-TTr") not in implements
    assert ("412/BC-UBND", "845/TTr-GSTĐ") in implements


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("phối hợp với Ủy ban nhân dân thành phố Cẩm Phả xác định giá đất cụ thể", "Ủy ban nhân dân thành phố Cẩm Phả"),
        ("giao Phòng Tài chính - Kế hoạch thẩm tra lại quyết toán công trình", "Phòng Tài chính - Kế hoạch"),
        (
            "2. Công ty Cổ phần Đầu tư Xây dựng Hạ Long Xanh đẩy nhanh tiến độ thi công",
            "Công ty Cổ phần Đầu tư Xây dựng Hạ Long Xanh",
        ),
    ],
)
def test_a_name_ends_where_the_work_it_is_given_begins(text: str, name: str) -> None:
    assert [b.name for b in find_bodies(text)] == [name]


def test_a_document_named_again_by_its_type_gives_the_work_its_clause_restates() -> None:
    text = (
        "BAN CHỈ ĐẠO TỈNH\nSố: 31-BC/BCĐ\nBÁO CÁO\nkết quả\n"
        "Tại Thông báo số 45-TB/BCĐ ngày 12/3/2024, Thường trực Ban Chỉ đạo giao Công an tỉnh Hà Nam hoàn thành xác "
        "minh vụ việc trước ngày 30/6/2024.\n"
        "Cũng tại Thông báo này, Thường trực Ban Chỉ đạo giao Ủy ban nhân dân huyện Thanh Liêm thu hồi 12.400 m2 đất.\n"
        "2. Cũng tại Văn bản số 2140/UBND-KTN, Ủy ban nhân dân tỉnh giao Sở Tài chính Hà Nam thẩm định giá đất.\n"
    )
    assigned = _assigned(extract_text([text], "bc.txt"))
    assert ("45-TB/BCĐ", "Ủy ban nhân dân huyện Thanh Liêm tỉnh Hà Nam") in assigned
    assert ("2140/UBND-KTN", "Sở Tài chính Hà Nam") in assigned


@pytest.mark.parametrize(
    "text",
    [
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 301/BC-UBND\nBÁO CÁO\nĐề nghị Bộ Nội vụ sớm hướng dẫn bộ tiêu chí.\n",
        "ỦY BAN NHÂN DÂN\nXÃ BẢO HÀ\nSố: 112/BC-UBND\nBÁO CÁO\nkết quả\nỦy ban nhân dân tỉnh Lào Cai giao nhiệm vụ.\n"
        "2. Đề nghị Sở Tài chính hướng dẫn trình tự, thủ tục điều chuyển tài sản công.\n",
    ],
)
def test_asking_a_ministry_or_a_provinces_department_from_below_gives_no_work(text: str) -> None:
    assert _assignees(extract_text([text], "bc.txt")) == []


def test_a_body_worked_with_under_a_regarding_heading_supports_the_task() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 45/KH-UBND\nKẾ HOẠCH\nthực hiện\n"
        "2. Đối với Sở Nông nghiệp và Môi trường:\n- Chủ trì, phối hợp với Sở Tài chính rà soát đối tượng hỗ trợ.\n"
    )
    roles = {
        (e.properties.get("role"), e.target)
        for e in extract_text([text], "kh.txt").edges.values()
        if e.type == "ASSIGNED_TO"
    }
    assert {role for role, target in roles if "tài chính" in target} == {"support"}


_STANDING = (
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nTHƯỜNG TRỰC\nSố: 45/TB-HĐND\nBình Định, ngày 09 tháng 10 năm 2024\n"
    "THÔNG BÁO\nKết quả giám sát\nGiao Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh theo dõi việc thực hiện.\n"
    "Nơi nhận:\n- Uỷ ban nhân dân tỉnh;\n- Các Ban của HĐND tỉnh;\n- Sở Nông nghiệp và PTNT, Sở Tài chính;\n"
    "- Lưu: VT.\nTM. THƯỜNG TRỰC HĐND TỈNH\nPHÓ CHỦ TỊCH\n\n\nĐoàn Văn Phi\n"
)


def test_a_councils_standing_committee_under_its_council_issues_and_its_vice_chair_sits_in_the_council() -> None:
    graph = extract_text([_STANDING], "tb.txt")
    assert _issuers(graph, "45/TB-HĐND") == ["Thường trực Hội đồng nhân dân tỉnh Bình Định"]
    assert _posts(graph, "Đoàn Văn Phi") == {"Hội đồng nhân dân tỉnh Bình Định": "Phó chủ tịch"}
    copied = {t for kind, t in _typed_edges(graph) if kind == "SENT_TO"}
    assert "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định" in copied
    assert "Hội đồng nhân dân tỉnh Bình Định" not in copied  # "Các Ban của HĐND tỉnh" is a group


_JOINT_LETTER = (
    "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nTỈNH BẮC NINH\nỦY BAN NHÂN DÂN THỊ XÃ QUẾ VÕ\nSố: 1845/STNMT-UBND\n"
    "V/v tháo gỡ vướng mắc giải phóng mặt bằng\nBắc Ninh, ngày 26 tháng 7 năm 2024\n"
    "Kính gửi: Ban Quản lý dự án xây dựng giao thông tỉnh Bắc Ninh.\n"
    "Sở Tài nguyên và Môi trường và Ủy ban nhân dân thị xã Quế Võ báo cáo như sau:\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    "KT. CHỦ TỊCH UBND THỊ XÃ QUẾ VÕ          KT. GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n"
    "PHÓ CHỦ TỊCH                             PHÓ GIÁM ĐỐC\n\n\n"
    "Nguyễn Văn Phong                         Lưu Đình Khải\n"
)


def test_a_department_and_a_town_writing_together_each_issue_and_sign_for_their_own() -> None:
    graph = extract_text([_JOINT_LETTER], "cv.txt")
    assert _issuers(graph, "1845/STNMT-UBND") == [
        "Sở Tài nguyên và Môi trường tỉnh Bắc Ninh",
        "Ủy ban nhân dân thị xã Quế Võ tỉnh Bắc Ninh",
    ]
    assert _posts(graph, "Nguyễn Văn Phong") == {"Ủy ban nhân dân thị xã Quế Võ tỉnh Bắc Ninh": "Phó chủ tịch"}
    assert _posts(graph, "Lưu Đình Khải") == {"Sở Tài nguyên và Môi trường tỉnh Bắc Ninh": "Phó giám đốc"}
    assert ("SENT_TO", "Ban Quản lý dự án xây dựng giao thông tỉnh Bắc Ninh") in _typed_edges(graph)


@pytest.mark.parametrize(
    ("text", "number", "issuer"),
    [
        (
            "Quyết định số 1452/QĐ-KTNN ngày 08/11/2023 của Tổng Kiểm toán nhà nước.",
            "1452/QĐ-KTNN",
            "Kiểm toán nhà nước",
        ),
        (
            "Kết luận số 1650/KL-TTCP ngày 28/6/2023 của Tổng Thanh tra Chính phủ.",
            "1650/KL-TTCP",
            "Thanh tra Chính phủ",
        ),
        ("Quyết định số 52/QĐ-XPHC của Chánh Thanh tra tỉnh Long An.", "52/QĐ-XPHC", "Thanh tra tỉnh Long An"),
    ],
)
def test_a_document_of_the_head_of_an_audit_or_inspectorate_is_that_bodys(text: str, number: str, issuer: str) -> None:
    assert _issuers(extract_text([text], "x.txt"), number) == [issuer]


def test_the_result_a_report_writes_after_a_task_is_its_status() -> None:
    text = (
        "BAN NỘI CHÍNH TỈNH ỦY\nSố 86-BC/BNCTU\nBÁO CÁO\nkết quả\n"
        "Tại Thông báo số 45-TB/BCĐ ngày 12/3/2024, Thường trực Ban Chỉ đạo giao Công an tỉnh Hà Nam hoàn thành xác "
        "minh vụ việc trước ngày 30/6/2024: đến nay chưa hoàn thành, quá hạn.\n"
        "Cũng tại Thông báo này, Thường trực Ban Chỉ đạo giao Ủy ban nhân dân huyện Thanh Liêm thu hồi đất: Ủy ban "
        "nhân dân huyện Thanh Liêm đã hoàn thành ngày 20/8/2024.\n"
    )
    graph = extract_text([text], "bc.txt")
    statuses = [n.properties["status"] for n in graph.nodes.values() if n.label == "Task"]
    assert statuses == ["overdue", "done"]


def test_a_decision_named_by_what_it_decides_is_issued_by_the_body_that_issued_it() -> None:
    text = "Ủy ban nhân dân thị xã Quế Võ đã ban hành Quyết định thu hồi đất số 1210/QĐ-UBND ngày 15/5/2024."
    assert _issuers(extract_text([text], "x.txt"), "1210/QĐ-UBND") == ["Ủy ban nhân dân thị xã Quế Võ"]


def test_a_land_fund_centre_in_short() -> None:
    assert [b.name for b in find_bodies("- Trung tâm PTQĐ thị xã Quế Võ;")] == [
        "Trung tâm Phát triển quỹ đất thị xã Quế Võ"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("giao Trung tâm Công nghệ thông tin và Truyền thông chủ trì", "Trung tâm Công nghệ thông tin và Truyền thông"),
        (
            "Phòng Bưu chính, Viễn thông và Công nghệ thông tin phối hợp",
            "Phòng Bưu chính, Viễn thông và Công nghệ thông tin",
        ),
        ("giao Phòng Phòng, chống tham nhũng chủ trì", "Phòng Phòng, chống tham nhũng"),
        (
            "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (PC03)",
            "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu",
        ),
        ("- Thường trực Ban Chỉ đạo tỉnh Hà Nam (để b/c),", "Thường trực Ban Chỉ đạo tỉnh Hà Nam"),
    ],
)
def test_offices_named_with_lower_case_words_commas_or_a_standing_organ_are_whole(text: str, name: str) -> None:
    assert [b.name for b in find_bodies(text)][:1] == [name]


def test_an_office_of_a_department_named_with_and_keeps_its_whole_name() -> None:
    found = [b.name for b in find_bodies("Phòng Quản lý nhà và thị trường bất động sản, Sở Xây dựng hướng dẫn")]
    assert found == ["Phòng Quản lý nhà và thị trường bất động sản", "Sở Xây dựng"]


def test_the_other_columns_first_capital_is_not_part_of_the_issuers_place() -> None:
    text = (
        "ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "HUYỆN THANH CHƯƠNG                 Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 2317/QĐ-UBND            Thanh Chương, ngày 09 tháng 7 năm 2024\n\nQUYẾT ĐỊNH\nVề việc kỷ luật\n"
    )
    assert _issuers(extract_text([text], "qd.txt"), "2317/QĐ-UBND") == ["Ủy ban nhân dân huyện Thanh Chương"]


def test_a_signer_run_onto_the_filing_line_and_an_issuer_cut_by_the_motto_are_read() -> None:
    text = (
        "UBND THÀNH PHỐ ĐÀ NẴNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG Độc lập - Tự do - Hạnh phúc\n"
        "CÁC CÔNG TRÌNH GIAO THÔNG VÀ\nNÔNG NGHIỆP\n"
        "Số: 330/BC-BQL Đà Nẵng, ngày 16 tháng 4 năm 2024\nBÁO CÁO\nTình hình thực hiện dự án\n"
        "Tại Thông báo số 175/TB-VP ngày 28/3/2024 của Văn phòng UBND thành phố thông báo kết luận:\n"
        "a) Giao UBND quận Liên Chiểu bàn giao mặt bằng trước ngày 30/4/2024. Đến nay chưa hoàn thành.\n"
        "Nơi nhận: KT. GIÁM ĐỐC\n- UBND thành phố (b/c); PHÓ GIÁM ĐỐC\n- Lưu: VT, KHTH. Nguyễn Hữu Phước\n"
    )
    graph = extract_text([text], "bc.txt")
    issuer = "ban quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp thành phố đà nẵng"
    assert [name.lower() for name in _issuers(graph, "330/BC-BQL")] == [issuer]  # (capitals as the header has them)
    assert [body.lower() for body in _posts(graph, "Nguyễn Hữu Phước")] == [issuer]
    assert _assigned(graph) == {("175/TB-VP", "Ủy ban nhân dân quận Liên Chiểu thành phố Đà Nẵng")}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Giao Uỷ ban nhân dân các xã Bạch Xa, Minh Quang phối hợp",
            ["Uỷ ban nhân dân xã Bạch Xa", "Uỷ ban nhân dân xã Minh Quang"],
        ),
        ("Phòng Quản lý giá và công sản phối hợp", ["Phòng Quản lý giá và công sản"]),
        (
            "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa chủ trì",
            ["Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa"],
        ),
    ],
)
def test_lists_of_communes_without_a_colon_and_names_going_on_after_and(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_standing_committees_written_ttr_are_standing_committees() -> None:
    found = [b.name for b in find_bodies("- TTr Tỉnh ủy, TTr HĐND tỉnh (b/c);")]
    assert found == ["Thường trực Tỉnh ủy", "Thường trực Hội đồng nhân dân tỉnh"]


def test_what_a_cited_conclusion_asked_is_its_own_over_amounts_and_of_the_reporting_body_too() -> None:
    text = (
        "UBND TỈNH PHÚ THỌ\nSỞ TÀI CHÍNH\nSố: 1784/BC-STC\nBÁO CÁO\nkết quả\n"
        "Tại Kết luận thanh tra số 36/KL-TTr ngày 15/11/2022, Thanh tra tỉnh Phú Thọ yêu cầu Sở Tài chính thu hồi "
        "312.400.000 đồng chi sai chế độ; yêu cầu Ủy ban nhân dân huyện Thanh Sơn rà soát việc mua sắm, báo cáo "
        "trước ngày 30/6/2023.\n"
    )
    assert _assigned(extract_text([text], "bc.txt")) == {
        ("36/KL-TTr", "Sở Tài chính tỉnh Phú Thọ"),
        ("36/KL-TTr", "Ủy ban nhân dân huyện Thanh Sơn tỉnh Phú Thọ"),
    }


def test_an_action_programme_is_cited_by_its_type_word() -> None:
    text = "Số: 156/KH-UBND\nKẾ HOẠCH\nThực hiện Chương trình hành động số 18-CTr/HU ngày 10/3/2021 của Huyện ủy."
    implemented = {n for kind, n in _typed_edges_to_numbers(extract_text([text], "kh.txt")) if kind == "IMPLEMENTS"}
    assert implemented == {"18-CTr/HU"}


def test_a_document_named_short_in_brackets_does_not_end_the_list_it_opens() -> None:
    text = (
        "Số: 215/KH-UBND\nKẾ HOẠCH\nThực hiện Nghị quyết số 24-NQ/TU ngày 05/7/2024 của Ban Thường vụ Tỉnh ủy về phát "
        "triển kinh tế biển (sau đây gọi là Nghị quyết số 24-NQ/TU) và Chương trình hành động số 31-CTr/TU ngày "
        "12/8/2024 của Tỉnh ủy;"
    )
    implemented = {n for kind, n in _typed_edges_to_numbers(extract_text([text], "kh.txt")) if kind == "IMPLEMENTS"}
    assert implemented == {"24-NQ/TU", "31-CTr/TU"}


def test_a_list_of_district_party_committees_names_each_and_gives_each_the_work() -> None:
    text = (
        "TỈNH ỦY CAO BẰNG\n*\nSố 1452-TB/TU\nTHÔNG BÁO\nkết luận\n"
        "5. Các huyện ủy: Quảng Hòa, Trùng Khánh lãnh đạo cấp ủy, chính quyền cơ sở vận động nhân dân bàn giao mặt "
        "bằng; hoàn thành trong tháng 11/2023.\n"
    )
    assert _assignees(extract_text([text], "tb.txt")) == ["Huyện ủy Quảng Hòa", "Huyện ủy Trùng Khánh"]
    assert [b.name for b in find_bodies("- Các huyện ủy: Quảng Hòa, Trùng Khánh, Bế Văn Thạch")] == [
        "Huyện ủy Quảng Hòa",
        "Huyện ủy Trùng Khánh",
    ]


def test_a_document_named_after_and_does_not_join_the_body_before_it() -> None:
    text = "Nghị quyết số 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh và Kết luận số 27-KL/TU của Ban Thường vụ"
    assert [b.name for b in find_bodies(text)] == ["Tỉnh ủy"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 215/TTr-NV", ["Phòng Nội vụ"]),
        ("- Bà Nông Thị Hiền, Trưởng phòng Nghiệp vụ 1, Thanh tra tỉnh", ["Phòng Nghiệp vụ 1", "Thanh tra tỉnh"]),
        ("ông Lý Văn Hậu, Trưởng phòng Nội vụ huyện Krông Nô, chịu trách nhiệm", ["Phòng Nội vụ huyện Krông Nô"]),
    ],
)
def test_an_office_named_by_its_head_is_the_office(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_a_district_decision_proposed_by_the_head_of_an_office_is_proposed_by_the_office() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN THANH CHƯƠNG\nSố: 2317/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc kỷ luật\n"
        "Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 215/TTr-NV ngày 03 tháng 7 năm 2024.\n"
    )
    graph = extract_text([text], "qd.txt")
    assert ("PROPOSED_BY", "Phòng Nội vụ huyện Thanh Chương") in _typed_edges(graph)
    assert _issuers(graph, "215/TTr-NV") == ["Phòng Nội vụ huyện Thanh Chương"]


def test_places_a_clause_opens_on_are_those_of_the_group_after_its_colon() -> None:
    text = (
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 4518/BNNMT-QLĐĐ\nV/v đôn đốc\n"
        "3. Đối với các tỉnh Điện Biên, Lai Châu và Cao Bằng: đề nghị Uỷ ban nhân dân các tỉnh khẩn trương hoàn "
        "thành chuẩn hoá dữ liệu, báo cáo Bộ Nông nghiệp và Môi trường trước ngày 15/9/2025.\n"
    )
    graph = extract_text([text], "cv.txt")
    assert _assignees(graph) == [
        "Uỷ ban nhân dân tỉnh Cao Bằng",
        "Uỷ ban nhân dân tỉnh Lai Châu",
        "Uỷ ban nhân dân tỉnh Điện Biên",
    ]
    # each committee's quote names its province
    quotes = {n.properties["name"]: n.sources[0].quote for n in graph.nodes.values() if n.label == "Agency"}
    assert "Lai Châu" in quotes["Uỷ ban nhân dân tỉnh Lai Châu"]
    # places that are not the group's kind, or a description rather than a list, give nothing
    assert find_bodies("Đối với các tỉnh có dự án đi qua: đề nghị Uỷ ban nhân dân các tỉnh khẩn trương") == []
    assert find_bodies("Đối với các xã Bạch Xa, Minh Quang: đề nghị Uỷ ban nhân dân các tỉnh khẩn trương") == []


def test_a_rarer_family_name_with_a_middle_name_after_a_body_is_a_person() -> None:
    assert [b.name for b in find_bodies("Phó Chủ tịch UBND tỉnh Hầu Văn Chiến kết luận")] == ["Ủy ban nhân dân tỉnh"]
    # without one, the syllables name a place or a firm
    assert [b.name for b in find_bodies("Ban Quản lý rừng phòng hộ Sìn Hồ báo cáo")] == [
        "Ban Quản lý rừng phòng hộ Sìn Hồ"
    ]
    assert [b.name for b in find_bodies("Công ty Than Vàng Danh báo cáo")] == ["Công ty Than Vàng Danh"]


def test_a_standing_deputy_secretary_is_a_post_of_the_party_committee_not_its_standing_board() -> None:
    text = "2. Đồng chí Đỗ Thanh Bình, Phó Bí thư Thường trực Tỉnh uỷ: trực tiếp chỉ đạo"
    assert [b.name for b in find_bodies(text)] == ["Tỉnh uỷ"]
    assert [b.name for b in find_bodies("định kỳ báo cáo Thường trực Tỉnh ủy kết quả")] == ["Thường trực Tỉnh ủy"]


def test_a_body_of_each_province_listed_after_its_name() -> None:
    text = "- Sở Tài chính các tỉnh, thành phố: Quảng Ngãi, Gia Lai, Cần Thơ;"
    assert [b.name for b in find_bodies(text)] == [
        "Sở Tài chính tỉnh Quảng Ngãi",
        "Sở Tài chính tỉnh Gia Lai",
        "Sở Tài chính thành phố Cần Thơ",
    ]


def test_the_committees_named_above_are_those_of_the_group_said_to_be_above() -> None:
    text = (
        "BỘ TÀI CHÍNH\nSố: 15230/BTC-ĐT\nV/v đẩy nhanh giải ngân\nKính gửi:\n- Ủy ban nhân dân tỉnh Quảng Ngãi;\n"
        "- Ủy ban nhân dân thành phố Cần Thơ.\n"
        "2. Bộ Tài chính đề nghị Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên: rà soát, điều chuyển kế "
        "hoạch vốn, hoàn thành trước ngày 15/11/2025.\n"
    )
    assert _assignees(extract_text([text], "cv.txt")) == [
        "Ủy ban nhân dân thành phố Cần Thơ",
        "Ủy ban nhân dân tỉnh Quảng Ngãi",
    ]
    # without "nêu trên", the group is every province's, no one's in particular
    assert _assignees(extract_text([text.replace(" nêu trên", "")], "cv.txt")) == []


def test_projects_named_in_a_table_end_at_their_cell_and_keep_their_phase() -> None:
    text = (
        "BỘ TÀI CHÍNH\nSố: 15230/BTC-ĐT\nV/v đẩy nhanh giải ngân\n1. Một số dự án chậm giải ngân, cụ thể:\n"
        "| TT | Dự án | Chủ đầu tư | Kế hoạch vốn |\n"
        "| 1 | Dự án Đường ven biển Dung Quất - Sa Huỳnh giai đoạn II | Ban Quản lý dự án tỉnh Quảng Ngãi | 850 |\n"
        "| 2 | Dự án Hồ chứa nước Đồng Mít | Ban Quản lý dự án tỉnh Gia Lai | 420 |\n"
    )
    graph = extract_text([text], "cv.txt")
    projects = {n.id: n.properties["name"] for n in graph.nodes.values() if n.label == "Project"}
    # a road between two places is keyed by both, not by the second alone
    assert projects == {
        "project:dung quất - sa huỳnh": "Dự án Đường ven biển Dung Quất - Sa Huỳnh giai đoạn II",
        "project:đồng mít": "Dự án Hồ chứa nước Đồng Mít",
    }


def test_a_steering_committee_named_in_full_once_is_the_one_its_short_name_means() -> None:
    text = (
        "TỈNH ỦY HÀ NAM\nBAN NỘI CHÍNH\nSố 86-BC/BNCTU\nBÁO CÁO\ntiến độ xử lý các vụ án\n"
        "Thực hiện Công văn số 112-CV/BCĐ ngày 05/9/2024 của Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh, "
        "Ban Nội chính Tỉnh ủy báo cáo như sau:\n"
        "Năm 2024, Ban Chỉ đạo tỉnh đưa 05 vụ án vào diện theo dõi (theo Quyết định số 21-QĐ/BCĐ ngày 20/01/2024 "
        "của Ban Chỉ đạo). Ban Chỉ đạo chuyển đổi số tỉnh họp ngày 02/3/2024.\n"
    )
    graph = extract_text([text], "bc.txt")
    names = [n.properties.get("name", "") for n in graph.nodes.values()]
    steering = sorted(name for name in names if "Ban Chỉ đạo" in name)
    # a committee with a subject of its own is another body
    assert steering == [
        "Ban Chỉ đạo chuyển đổi số tỉnh Hà Nam",
        "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Hà Nam",
    ]
    assert _issuers(graph, "21-QĐ/BCĐ") == ["Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Hà Nam"]


@pytest.mark.parametrize(
    "name",
    [
        "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp",
        "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn",
        "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp",
    ],
)
def test_a_project_board_named_by_two_fields_of_works_is_whole(name: str) -> None:
    assert [b.name for b in find_bodies(f"{name} báo cáo")] == [name]


def test_a_short_name_given_to_a_body_is_that_body_wherever_it_is_used() -> None:
    text = (
        "BAN QUẢN LÝ DỰ ÁN\nSố: 330/BC-BQL\nBÁO CÁO\nTình hình thực hiện dự án\n"
        "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp (sau đây gọi là Ban Quản lý) "
        "báo cáo như sau:\n"
        "Tại Thông báo số 175/TB-VP ngày 28/3/2024 của Văn phòng UBND thành phố thông báo kết luận:\n"
        "a) Giao Ban Quản lý chỉ đạo nhà thầu hoàn thành gói thầu XL01 trước ngày 30/6/2024.\n"
        "4. Kiến nghị\n"
        "- Đề nghị UBND quận Liên Chiểu vận động 23 hộ còn lại bàn giao mặt bằng trong tháng 4/2024.\n"
    )
    graph = extract_text([text], "bc.txt")
    given = {
        graph.nodes[e.target].properties.get("description", "")[:12]: graph.nodes[e.source].properties["number"]
        for e in graph.edges.values()
        if e.type == "ASSIGNS"
    }
    # the notice's item is the notice's; the report's own request, under a heading of its own, is the report's
    assert given == {"Giao Ban Quả": "175/TB-VP", "Đề nghị UBND": "330/BC-BQL"}
    assert "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp" in _assignees(graph)


def test_a_code_in_a_number_broken_by_a_space_is_not_a_body() -> None:
    assert find_bodies("Số: 330/BC- BQL Đà Nẵng, ngày 16 tháng 4 năm 2024") == []
    assert find_bodies("Số: 214/BC- UBND Long Xuyên, ngày 02 tháng 5 năm 2025") == []


def test_a_unit_whose_header_line_names_it_whole_under_its_province_is_that_provinces() -> None:
    text = "UBND TỈNH LÂM ĐỒNG\nTRUNG TÂM XÚC TIẾN ĐẦU TƯ\nTHƯƠNG MẠI VÀ DU LỊCH\nSố: 78/BC-TTXT\nBÁO CÁO\nTình hình\n"
    [issuer] = _issuers(extract_text([text], "bc.txt"), "78/BC-TTXT")
    assert issuer.endswith("tỉnh Lâm Đồng")
    # a company whose name ends with its place is not given the province again
    company = (
        "UBND TỈNH HÒA BÌNH\nCÔNG TY TNHH MỘT THÀNH VIÊN MÔI TRƯỜNG ĐÔ THỊ HÒA BÌNH\n"
        "Số: 215/BC-CTMT\nBÁO CÁO\nTình hình\n"
    )
    [issuer] = _issuers(extract_text([company], "bc.txt"), "215/BC-CTMT")
    assert issuer.endswith("đô thị Hòa Bình")
    # under a town's committee, the province is not the unit's place
    town = (
        "UBND THỊ XÃ AN KHÊ\nBAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG\nSố: 78/BC-BQLDA\nAn Khê, ngày 02/5/2024\nBÁO CÁO\n"
        "Tiến độ\nThực hiện Công văn số 12/UBND-KT ngày 02/4/2024 của UBND tỉnh Gia Lai, Ban báo cáo như sau:\n"
    )
    assert not _issuers(extract_text([town], "bc.txt"), "78/BC-BQLDA")[0].endswith("Gia Lai")


def test_an_item_after_one_that_advises_is_still_a_task_and_more_verbs_give_work() -> None:
    text = (
        "HUYỆN ỦY TUẦN GIÁO\nSố 286-BC/HU\nBÁO CÁO\nkết quả\nIII. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI\n"
        "1. Ban Tổ chức Huyện ủy chủ trì tham mưu Ban Thường vụ Huyện ủy rà soát cán bộ; hoàn thành trước ngày "
        "31/12/2023.\n"
        "2. Ban Tuyên giáo Huyện ủy phối hợp với Ban Dân vận Huyện ủy tuyên truyền Chỉ thị số 15-CT/TU.\n"
        "3. Ủy ban Kiểm tra Huyện ủy đẩy nhanh tiến độ kiểm tra các tổ chức đảng.\n"
    )
    assert _assignees(extract_text([text], "bc.txt")) == [
        "Ban Dân vận Huyện ủy Tuần Giáo",
        "Ban Tuyên giáo Huyện ủy Tuần Giáo",
        "Ban Tổ chức Huyện ủy Tuần Giáo",
        "Ủy ban Kiểm tra Huyện ủy Tuần Giáo",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("đồng chí Quàng Văn Thiêm, Bí thư Thị uỷ kết luận như sau:", "Thị uỷ"),
        ("UBND thành phố Bảo Lộc tập trung giải quyết dứt điểm", "Ủy ban nhân dân thành phố Bảo Lộc"),
        ("Huyện ủy Phong Điền lãnh đạo cấp ủy cơ sở", "Huyện ủy Phong Điền"),
        ("Ban Quản lý dự án Thăng Long về tình hình giải phóng mặt bằng", "Ban Quản lý dự án Thăng Long"),
        ("Ban Quản lý dự án 2 báo cáo tiến độ", "Ban Quản lý dự án 2"),
        ("Giao Cục Quản lý đầu tư xây dựng theo dõi", "Cục Quản lý đầu tư xây dựng"),
        ("- Ban Quản lý các KCN tỉnh;", "Ban Quản lý các Khu công nghiệp tỉnh"),
    ],
)
def test_a_name_ends_where_the_sentence_goes_on_and_runs_over_its_own_words(text: str, name: str) -> None:
    assert [b.name for b in find_bodies(text)] == [name]


def test_a_steering_committee_on_a_subject_keeps_its_about() -> None:
    text = "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp"
    assert [b.name for b in find_bodies(text)] == ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"]


def test_a_steering_committee_is_not_named_for_the_subject_of_a_document_it_issued() -> None:
    text = "theo Kế hoạch số 12-KH/BCĐ ngày 20/01/2024 của Ban Chỉ đạo về công tác phòng, chống tham nhũng năm 2024"
    assert [b.name for b in find_bodies(text)] == ["Ban Chỉ đạo"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ủy ban nhân dân các tỉnh Quảng Ngãi, Bình Định, Phú Yên chỉ đạo",
            ["Ủy ban nhân dân tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Bình Định", "Ủy ban nhân dân tỉnh Phú Yên"],
        ),
        # one province after "các tỉnh" and no colon: not a list
        ("Ủy ban nhân dân các tỉnh Quảng Ngãi chỉ đạo", []),
    ],
)
def test_provinces_listed_without_a_colon_name_one_body_each(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- Phòng TC-KH, Phòng TN&MT huyện;", ["Phòng Tài chính - Kế hoạch", "Phòng Tài nguyên và Môi trường huyện"]),
        ("- TT Quận ủy, TT HĐND quận;", ["Thường trực Quận ủy", "Thường trực Hội đồng nhân dân quận"]),
        (
            "phối hợp với Đội Quản lý trật tự đô thị quận và Công an quận",
            ["Đội Quản lý trật tự đô thị quận", "Công an quận"],
        ),
        ("- VP UBND tỉnh;", ["Văn phòng Ủy ban nhân dân tỉnh"]),
        ("- Ban Dân vận TU, Ủy ban Kiểm tra TU,", ["Ban Dân vận Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy"]),
        ("- Hạt Kiểm lâm huyện Sóc Sơn;", ["Hạt Kiểm lâm huyện Sóc Sơn"]),
        ("Phòng KT báo cáo", []),  # initials that name no function: not an office
    ],
)
def test_a_districts_offices_and_standing_organs_by_their_initials(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def _projects(graph: object) -> dict[str, str]:
    nodes = graph.nodes  # type: ignore[attr-defined]
    return {n.id: n.properties["name"] for n in nodes.values() if n.label == "Project"}


def _typed_pairs(graph: object, rel: str) -> set[tuple[str, str]]:
    nodes = graph.nodes  # type: ignore[attr-defined]

    def label(node_id: str) -> str:
        p = nodes[node_id].properties
        return str(p.get("number") or p.get("name") or node_id)

    return {(label(e.source), label(e.target)) for e in graph.edges.values() if e.type == rel}  # type: ignore[attr-defined]


def test_a_project_named_by_dự_án_alone_is_the_documents_one_project() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN PHỔ YÊN\nSố: 95/BC-UBND\nBÁO CÁO\nKết quả giải phóng mặt bằng tại Dự án Khu công "
        "nghiệp\nKha Sơn theo chỉ đạo của Ủy ban nhân dân tỉnh\n"
        "Dự án do Công ty cổ phần Đầu tư Phát triển hạ tầng An Thịnh làm chủ đầu tư, được chấp thuận chủ trương đầu "
        "tư tại Quyết định số 1875/QĐ-TTg ngày 20/12/2022 của Thủ tướng Chính phủ.\n"
        "Dự án được Uỷ ban nhân dân tỉnh Thái Nguyên phê duyệt tại Quyết định số 1523/QĐ-UBND ngày 15/8/2023.\n"
    )
    graph = extract_text([text], "bc.txt")
    # no project named "Dự án do Công ty …"; the subject line wrapped inside the name is read whole
    assert _projects(graph) == {"project:kha sơn": "Dự án Khu công nghiệp Kha Sơn"}
    assert _typed_pairs(graph, "DEVELOPS") == {
        ("Công ty cổ phần Đầu tư Phát triển hạ tầng An Thịnh", "Dự án Khu công nghiệp Kha Sơn")
    }
    project = "Dự án Khu công nghiệp Kha Sơn"
    assert {("1875/QĐ-TTg", project), ("95/BC-UBND", project)} <= _typed_pairs(graph, "CONCERNS")
    # the approval's words name who issued the decision, not the district whose report this is
    assert _issuers(graph, "1523/QĐ-UBND") == ["Ủy ban nhân dân tỉnh Thái Nguyên"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Tiến độ Dự án Khu dân cư mới phía Tây đường ĐT.454, thị trấn Vũ Thư.",
            {"project:đt.454": "Dự án Khu dân cư mới phía Tây đường ĐT.454"},
        ),
        (
            "Điều chỉnh Dự án Đường trục phát triển nối vùng kinh tế biển tỉnh Nam Định với đường cao tốc Cầu Giẽ - "
            "Ninh Bình.",
            {
                "project:cầu giẽ - ninh bình": "Dự án Đường trục phát triển nối vùng kinh tế biển tỉnh Nam Định với "
                "đường cao tốc Cầu Giẽ - Ninh Bình"
            },
        ),
        (
            "Phương án bồi thường Dự án Khu công nghiệp Phú Thuận, huyện Bình Đại (Dự án KCN Phú Thuận) được duyệt.",
            {"project:phú thuận": "Dự án Khu công nghiệp Phú Thuận"},
        ),
    ],
)
def test_project_names_run_over_a_road_code_and_what_a_road_links_and_a_bracketed_short_name_is_an_alias(
    text: str, names: dict[str, str]
) -> None:
    assert _projects(extract_text([f"UBND\nSố: 5/BC-UBND\nBÁO CÁO\nTình hình\n{text}\n"], "bc.txt")) == names


def test_the_bullets_of_a_cited_conclusion_are_its_tasks_the_first_included() -> None:
    text = (
        "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 1652/BC-STNMT\nBÁO CÁO\nKết quả thực hiện\n"
        "Tại Kết luận thanh tra số 19/KL-TTr, Thanh tra tỉnh kết luận Công ty sử dụng đất sai mục đích, và kiến nghị:\n"
        "- Giám đốc Sở Tài nguyên và Môi trường chủ trì kiểm tra, tham mưu thu hồi 1,85 ha đất;\n"
        "- Chủ tịch Uỷ ban nhân dân huyện Thái Thuỵ xử phạt vi phạm hành chính đối với Công ty.\n"
    )
    graph = extract_text([text], "bc.txt")
    given_by = [graph.nodes[e.source].properties.get("number") for e in graph.edges.values() if e.type == "ASSIGNS"]
    assert given_by == ["19/KL-TTr", "19/KL-TTr"]
    assert _assignees(graph) == ["Sở Tài nguyên và Môi trường", "Uỷ ban nhân dân huyện Thái Thuỵ"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("4. UBND thành phố Đồng Xoài tổ chức kiểm điểm", ["Ủy ban nhân dân thành phố Đồng Xoài"]),
        ("- UBND thành phố Phan Thiết;", ["Ủy ban nhân dân thành phố Phan Thiết"]),
        # three words after the city's bare name: its chairman, a person
        ("Chủ tịch UBND thành phố Trần Sỹ Thanh chủ trì", ["Ủy ban nhân dân thành phố"]),
    ],
)
def test_a_city_named_with_a_family_names_word_is_a_city(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_a_party_committee_on_its_header_line_is_named_by_its_place_whatever_it_resembles() -> None:
    text = (
        "ĐẢNG BỘ TỈNH CÀ MAU ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN UỶ TRẦN VĂN THỜI\n*\n"
        "Số 96-KH/HU Trần Văn Thời, ngày 15 tháng 4 năm 2025\nKẾ HOẠCH\nthực hiện Chỉ thị\n"
    )
    assert _issuers(extract_text([text], "kh.txt"), "96-KH/HU") == ["Huyện uỷ Trần Văn Thời"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ban Tuyên giáo và Dân vận, Uỷ ban Kiểm tra Huyện uỷ chủ trì",
            ["Ban Tuyên giáo và Dân vận Huyện uỷ", "Uỷ ban Kiểm tra Huyện uỷ"],
        ),
        ("Ban Tổ chức, Ban Tuyên giáo Tỉnh ủy tham mưu", ["Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"]),
        # a whole organ of the centre before "và" is not the committee's
        (
            "Kết luận của Ban Chấp hành Trung ương Đảng và Ban Thường vụ Tỉnh ủy",
            ["Ban Chấp hành Trung ương Đảng", "Ban Thường vụ Tỉnh ủy"],
        ),
    ],
)
def test_organs_listed_before_their_party_committee_are_its_organs(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("2. Ban Tuyên giáo Đảng ủy Khối chủ trì", ["Ban Tuyên giáo Đảng ủy Khối"]),
        ("phối hợp với Văn phòng Đảng ủy Khối biên soạn tài liệu", ["Văn phòng Đảng ủy Khối"]),
        (
            "4. Đảng ủy các sở: Tài chính, Xây dựng lãnh đạo rà soát",
            ["Đảng ủy Sở Tài chính", "Đảng ủy Sở Xây dựng"],
        ),
    ],
)
def test_the_organs_of_a_block_party_committee_and_the_party_committees_of_departments(
    text: str, names: list[str]
) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_an_issuer_whose_line_also_holds_the_place_and_date_is_read() -> None:
    text = (
        "ĐẢNG BỘ TỈNH TRÀ VINH ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH Trà Vinh, ngày 22 tháng 5 năm 2023\n*\nSố 58-KH/ĐUK\nKẾ HOẠCH\nthực hiện\n"
    )
    assert _issuers(extract_text([text], "kh.txt"), "58-KH/ĐUK") == ["Đảng ủy khối các cơ quan tỉnh Trà Vinh"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("giao Cục Kinh tế - Quản lý hoạt động xây dựng chủ trì", "Cục Kinh tế - Quản lý hoạt động xây dựng"),
        (
            "phối hợp với Cục Giám định nhà nước về chất lượng công trình xây dựng kiểm tra",
            "Cục Giám định nhà nước về chất lượng công trình xây dựng",
        ),
        ("- Cục Giám sát, thẩm định và xử lý sau thanh tra;", "Cục Giám sát, thẩm định và xử lý sau thanh tra"),
        ("- Ban Chỉ đạo Trung ương về PCTNTC (b/c);", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"),
        ("- Cục THADS tỉnh;", "Cục Thi hành án dân sự tỉnh"),
        ("- Trung tâm PVHCC tỉnh;", "Trung tâm Phục vụ hành chính công tỉnh"),
    ],
)
def test_a_ministrys_departments_are_named_whole(text: str, name: str) -> None:
    assert [b.name for b in find_bodies(text)] == [name]


def test_a_report_item_by_item_quotes_each_task_with_what_became_of_it() -> None:
    text = (
        "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 2874/BC-STNMT\nBÁO CÁO\nKết quả thực hiện\n"
        "Thực hiện Thông báo số 318/TB-UBND ngày 14/7/2023 của Uỷ ban nhân dân tỉnh, Sở báo cáo như sau:\n"
        "2. Kết quả thực hiện các nội dung chỉ đạo\n"
        'a) Nội dung: "Giao Sở Tài nguyên và Môi trường chủ trì xác định giá đất cụ thể trước ngày 31/8/2023."\n'
        "Kết quả: Sở đã trình Uỷ ban nhân dân tỉnh; hiện đang chờ Hội đồng thẩm định giá đất tỉnh họp.\n"
    )
    graph = extract_text([text], "bc.txt")
    tasks = [n for n in graph.nodes.values() if n.label == "Task"]
    assert [t.properties["status"] for t in tasks] == ["in_progress"]
    given_by = [graph.nodes[e.source].properties.get("number") for e in graph.edges.values() if e.type == "ASSIGNS"]
    assert given_by == ["318/TB-UBND"]


@pytest.mark.parametrize(
    "opening",
    [
        "a) Tại Thông báo số 318/TB-UBND ngày 14/7/2023, Uỷ ban nhân dân tỉnh giao",
        "Tại Công điện số 05/CĐ-UBND ngày 14/7/2023, Chủ tịch Uỷ ban nhân dân tỉnh yêu cầu",
    ],
)
def test_a_task_restated_from_a_notice_or_a_dispatch_is_theirs(opening: str) -> None:
    text = f"SỞ XÂY DỰNG\nSố: 96/BC-SXD\nBÁO CÁO\nKết quả\n{opening} Sở Xây dựng chủ trì kiểm tra các công trình.\n"
    graph = extract_text([text], "bc.txt")
    given_by = [graph.nodes[e.source].properties.get("number") for e in graph.edges.values() if e.type == "ASSIGNS"]
    assert given_by == [opening.split("số ")[1].split(" ")[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dự án do Công ty cổ phần Địa ốc Hoà Bình Phước làm chủ đầu tư", "Công ty cổ phần Địa ốc Hoà Bình Phước"),
        ("- Công ty TNHH Du lịch Hoà Bình Xanh;", "Công ty TNHH Du lịch Hoà Bình Xanh"),
        ("Công ty Cổ phần Xây dựng Hoà Bình báo cáo", "Công ty Cổ phần Xây dựng Hoà Bình"),
        # a person after the firm's place is not its name's
        ("Công ty Cổ phần Xây dựng Quảng Ngãi Nguyễn Văn An", "Công ty Cổ phần Xây dựng Quảng Ngãi"),
    ],
)
def test_a_firms_trade_name_goes_on_past_a_provinces_name(text: str, name: str) -> None:
    assert [b.name for b in find_bodies(text)] == [name]


def test_a_point_to_be_applied_under_a_topic_is_not_what_the_document_carries_out() -> None:
    head = "BỘ XÂY DỰNG\nSố: 7215/BXD-KTXD\nV/v thực hiện Thông báo\n"
    point = "2. Về định mức, đơn giá: thực hiện theo Thông tư số 12/2021/TT-BXD ngày 31/8/2021 của Bộ Xây dựng.\n"
    assert ("IMPLEMENTS", "12/2021/TT-BXD") not in _doc_edges(extract_text([head + point], "cv.txt"))
    opening = "Thực hiện Thông tư số 12/2021/TT-BXD ngày 31/8/2021 của Bộ Xây dựng, Sở báo cáo như sau:\n"
    assert ("IMPLEMENTS", "12/2021/TT-BXD") in _doc_edges(extract_text([head + opening], "cv.txt"))


def _doc_edges(graph: object) -> set[tuple[str, str]]:
    """(type, number) of each edge from the file's own document to a cited one."""
    nodes = graph.nodes  # type: ignore[attr-defined]
    own = next(n.id for n in nodes.values() if n.label == "Document" and n.properties.get("source_file"))
    return {
        (e.type, nodes[e.target].properties.get("number", ""))
        for e in graph.edges.values()  # type: ignore[attr-defined]
        if e.source == own and nodes[e.target].label == "Document"
    }


def test_an_inspection_conclusions_heading_is_its_type_line_and_its_subject_follows() -> None:
    text = (
        "THANH TRA TỈNH BÌNH PHƯỚC\nSố: 18/KL-TTr\nKẾT LUẬN THANH TRA\nViệc giao đất tại Dự án Khu dân cư "
        "Tân Thành\nThực hiện Quyết định số 2840/QĐ-UBND ngày 02/12/2022 của Chủ tịch UBND tỉnh.\n"
    )
    graph = extract_text([text], "kl.txt")
    [own] = [n for n in graph.nodes.values() if n.label == "Document" and n.properties.get("source_file")]
    assert own.properties["doc_type"] == "KL"
    assert ("CONCERNS", "Dự án Khu dân cư Tân Thành") in {
        (e.type, graph.nodes[e.target].properties.get("name")) for e in graph.edges.values() if e.source == own.id
    }


def test_a_communes_report_names_its_districts_bodies_and_asks_them_upward() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ ĐẮK SÔR\nSố: 74/BC-UBND\nĐắk Sôr, ngày 12 tháng 6 năm 2023\nBÁO CÁO\nKết quả\n"
        "Kính gửi: Phòng Nội vụ huyện Krông Nô.\n"
        "Thực hiện Công văn số 386/UBND-VP ngày 10/3/2023 của Ủy ban nhân dân huyện về tăng cường kỷ luật, Ủy ban "
        "nhân dân xã báo cáo như sau:\n"
        "Đề nghị Ủy ban nhân dân huyện hỗ trợ kinh phí cho xã.\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _issuers(graph, "386/UBND-VP") == ["Ủy ban nhân dân huyện Krông Nô"]
    offices = [n.properties["name"] for n in graph.nodes.values() if n.properties.get("name", "").startswith("Phòng")]
    assert offices == ["Phòng Nội vụ huyện Krông Nô"]  # not the commune's
    assert _assignees(graph) == []  # asked of the district: upward


def test_the_accused_of_a_case_is_a_person() -> None:
    graph = extract_text(["Công an tỉnh khởi tố bị can Trần Văn Lực về tội tham ô tài sản."], "bc.txt")
    assert [n.properties["name"] for n in graph.nodes.values() if n.label == "Person"] == ["Trần Văn Lực"]


def test_work_a_report_says_its_issuer_asked_by_an_earlier_letter_is_that_letters() -> None:
    text = (
        "SỞ XÂY DỰNG\nSố: 96/BC-SXD\nBÁO CÁO\nTiến độ\n"
        "- Nhà thầu thi công chậm do thiếu vật liệu đắp; Sở đã có Công văn số 742/SXD-QLCL ngày 27/02/2026 yêu cầu "
        "Công ty cổ phần Cầu đường Hương Giang bổ sung mũi thi công, đến nay nhà thầu chưa thực hiện.\n"
    )
    graph = extract_text([text], "bc.txt")
    given_by = [graph.nodes[e.source].properties.get("number") for e in graph.edges.values() if e.type == "ASSIGNS"]
    assert given_by == ["742/SXD-QLCL"]


@pytest.mark.parametrize(
    "listed",
    [
        "- Các sở: Thông tin và Truyền thông, Lao động -\nThương binh và Xã hội, Y tế, Tài chính;\n",
        "- Các sở: Thông tin và Truyền thông,\n   Lao động - Thương binh và Xã hội, Y tế,\n   Tài chính;\n",
    ],
)
def test_a_list_of_departments_wrapped_in_nơi_nhận_names_every_department(listed: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 415/KH-UBND\nBắc Kạn, ngày 27 tháng 5 năm 2024\nKẾ HOẠCH\nTriển khai\n"
        # a PDF's lines, each as long as the page is wide: the list's lines are shorter, not wrapped by the width
        + "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai Đề án 06 trên địa bàn tỉnh năm 2024, với các nội\n" * 6
        + "dung chủ yếu như sau.\n"
        # the signature beside the list, as a PDF's text layer prints it
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- TT Tỉnh ủy (b/c); KT. CHỦ TỊCH\n- CT, PCT UBND tỉnh; PHÓ CHỦ TỊCH\n"
        + listed
        + "- Lưu: VT, NCPC.\nHà Văn Sâm\n"
    )
    assert {name for name in _sent_to(extract_text([text], "kh.txt")) if name.startswith("Sở")} == {
        "Sở Thông tin và Truyền thông tỉnh Bắc Kạn",
        "Sở Lao động - Thương binh và Xã hội tỉnh Bắc Kạn",
        "Sở Y tế tỉnh Bắc Kạn",
        "Sở Tài chính tỉnh Bắc Kạn",
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Thực hiện Kế hoạch số 02/KH-TCTTKĐA ngày 19/01/2024 của Tổ công tác triển khai Đề án 06 của Chính phủ về",
            "Tổ công tác triển khai Đề án 06 của Chính phủ",
        ),
        (
            "Kế hoạch của Tổ Công tác triển khai Đề án 06 tỉnh Bắc Kạn về việc",
            "Tổ Công tác triển khai Đề án 06 tỉnh Bắc Kạn",
        ),
        ("Ban Chỉ đạo thực hiện Đề án 06 tỉnh Lào Cai báo cáo", "Ban Chỉ đạo thực hiện Đề án 06 tỉnh Lào Cai"),
        (
            "Văn bản của Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ.",
            "Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ",
        ),
        ("Tổ công tác đặc biệt của Thủ tướng Chính phủ về tháo gỡ", "Tổ công tác đặc biệt của Thủ tướng Chính phủ"),
        # a task force's work is not its name
        ("giao Tổ công tác kiểm tra việc của Chính phủ", "Chính phủ"),
    ],
)
def test_a_task_force_is_named_by_its_programme_or_as_the_governments(text: str, name: str) -> None:
    assert [m.surface for m in find_bodies(text)] == [name]


def test_a_task_force_abbreviated_in_nơi_nhận_is_the_one_the_body_names() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 415/KH-UBND\nBắc Kạn, ngày 27 tháng 5 năm 2024\nKẾ HOẠCH\nTriển khai\n"
        "Thực hiện Kế hoạch số 02/KH-TCTTKĐA ngày 19/01/2024 của Tổ công tác triển khai Đề án 06 của Chính phủ, Ủy "
        "ban nhân dân tỉnh ban hành Kế hoạch.\n"
        "Nơi nhận:\n- Tổ công tác triển khai Đề án 06 của CP (b/c);\n- Lưu: VT.\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHà Văn Sâm\n"
    )
    graph = extract_text([text], "kh.txt")
    assert _issuers(graph, "02/KH-TCTTKĐA") == ["Tổ công tác triển khai Đề án 06 của Chính phủ"]
    assert _sent_to(graph) == {"Tổ công tác triển khai Đề án 06 của Chính phủ"}


@pytest.mark.parametrize(
    ("head", "foot", "signer"),
    [
        (
            "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 2318/UBND-KTTH\nNinh Thuận, ngày 19 tháng 7 năm 2024\n",
            # a PDF's text layer glued the signature onto the recipients' lines with one space
            "Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Bộ Nông nghiệp và PTNT (b/c);\n"
            "- VPUB: LĐ, KTTH;\n- Lưu: VT.\nTrịnh Minh Hoàng\n",
            ("Trịnh Minh Hoàng", "KT.", "Phó chủ tịch", "Ủy ban nhân dân tỉnh Ninh Thuận"),
        ),
        (
            "KIỂM TOÁN NHÀ NƯỚC\nSố: 1582/KTNN-TH\nHà Nội, ngày 05 tháng 8 năm 2024\n",
            "Nơi nhận: TL. TỔNG KIỂM TOÁN NHÀ NƯỚC\n- Như trên; VỤ TRƯỞNG VỤ TỔNG HỢP\n"
            "- Tổng Kiểm toán nhà nước (để b/c);\n- Lưu: VT, Vụ TH.\n\nPhan Thị Hồng Nhung\n",
            ("Phan Thị Hồng Nhung", "TL.", "Vụ trưởng", "Vụ Tổng hợp"),
        ),
    ],
)
def test_a_signature_glued_onto_the_recipients_lines_keeps_its_post(
    head: str, foot: str, signer: tuple[str, str, str, str]
) -> None:
    text = head + "V/v đôn đốc thực hiện\nKính gửi: Ủy ban nhân dân huyện Ninh Phước.\nĐề nghị thực hiện ngay.\n" + foot
    graph = extract_text([text], "cv.txt")
    name, capacity, title, body = signer
    assert _signers(graph) == {(name, capacity, title)}
    assert _posts(graph, name) == {body: title}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Phối hợp với Hạt Kiểm lâm Sóc Sơn phát dọn 14,5 km đường băng", "Hạt Kiểm lâm Sóc Sơn"),
        ("giao Huyện ủy Giá Rai nắm tình hình tư tưởng", "Huyện ủy Giá Rai"),
        ("Công ty TNHH Nông sản Tây Nguyên Xanh thanh lý tài sản", "Công ty TNHH Nông sản Tây Nguyên Xanh"),
        # the lower-case words of a name, after a word that is not a proper name
        ("Trung tâm Phục vụ hành chính công tỉnh Lào Cai", "Trung tâm Phục vụ hành chính công tỉnh Lào Cai"),
        # "và" goes on after a proper name
        (
            "giao Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa chủ trì",
            "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa",
        ),
    ],
)
def test_a_proper_name_closes_a_bodys_name_against_the_lower_case_words_after_it(text: str, name: str) -> None:
    assert [m.surface for m in find_bodies(text)] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "4. Ủy ban nhân dân các thành phố: Nha Trang, Cam Ranh, thị xã Ninh Hòa và huyện Vạn Ninh chỉ đạo",
            [
                "Ủy ban nhân dân thành phố Nha Trang",
                "Ủy ban nhân dân thành phố Cam Ranh",
                "Ủy ban nhân dân thị xã Ninh Hòa",
                "Ủy ban nhân dân huyện Vạn Ninh",
            ],
        ),
        (
            "- UBND các TP: Hạ Long, Cẩm Phả;",
            ["Ủy ban nhân dân thành phố Hạ Long", "Ủy ban nhân dân thành phố Cẩm Phả"],
        ),
        # cities that are provinces stay provinces
        (
            "Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng",
            ["Ủy ban nhân dân tỉnh Quảng Ninh", "Ủy ban nhân dân thành phố Hải Phòng"],
        ),
    ],
)
def test_a_provinces_cities_listed_after_các_thành_phố_are_one_committee_each(text: str, names: list[str]) -> None:
    assert [m.surface for m in find_bodies(text)] == names


def test_each_of_a_list_of_places_of_several_kinds_is_given_the_task() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 1436/UBND-KT\nKhánh Hòa, ngày 25 tháng 4 năm 2025\n"
        "V/v tăng cường chống khai thác IUU\n"
        "4. Ủy ban nhân dân các thành phố: Nha Trang, Cam Ranh, thị xã Ninh Hòa và huyện Vạn Ninh chỉ đạo Ủy ban nhân "
        "dân các xã, phường ven biển quản lý chặt chẽ tàu cá, hoàn thành trước ngày 15/5/2025.\n"
    )
    assert sorted(_assignees(extract_text([text], "cv.txt"))) == [
        "Ủy ban nhân dân huyện Vạn Ninh tỉnh Khánh Hòa",
        "Ủy ban nhân dân thành phố Cam Ranh tỉnh Khánh Hòa",
        "Ủy ban nhân dân thành phố Nha Trang tỉnh Khánh Hòa",
        "Ủy ban nhân dân thị xã Ninh Hòa tỉnh Khánh Hòa",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ban Thường vụ Huyện ủy Nông Cống chỉ đạo", "Ban Thường vụ Huyện ủy Nông Cống"),
        ("gửi Huyện ủy Triệu Sơn.", "Huyện ủy Triệu Sơn"),
        ("Ủy ban Kiểm tra Huyện ủy Hà Trung xem xét", "Ủy ban Kiểm tra Huyện ủy Hà Trung"),
        # a person's full name after the committee is no place
        ("Ban Thường vụ Tỉnh ủy Lê Văn Hùng", "Ban Thường vụ Tỉnh ủy"),
    ],
)
def test_a_party_committees_place_may_open_on_a_family_name(text: str, name: str) -> None:
    assert [m.surface for m in find_bodies(text)] == [name]


@pytest.mark.parametrize(
    "mention",
    [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường thành lập các tổ công nghệ số cộng đồng",
        "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong cán bộ, đảng viên",
    ],
)
def test_hồ_chí_minh_named_for_the_union_or_the_president_is_not_where_a_party_committee_speaks_from(
    mention: str,
) -> None:
    text = (
        "ĐẢNG BỘ TỈNH QUẢNG NINH\nĐẢNG UỶ PHƯỜNG BÃI CHÁY\n*\nSố 15-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Bãi Cháy, ngày 22 tháng 9 năm 2025\nKẾ HOẠCH\nthực hiện chuyển đổi số\n"
        f"1. Ủy ban nhân dân phường chủ trì; {mention}.\n"
    )
    names = {n.properties.get("name") for n in extract_text([text], "kh.txt").nodes.values() if n.label == "Agency"}
    assert "Ủy ban nhân dân phường Bãi Cháy tỉnh Quảng Ninh" in names
    assert not any("Hồ Chí Minh" in str(name) and "Đoàn" not in str(name) for name in names)


def test_a_provinces_military_command_is_asked_sideways_not_upward() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 1436/UBND-KT\nKhánh Hòa, ngày 25 tháng 4 năm 2025\n"
        "V/v tăng cường chống khai thác IUU\n"
        "2. Đề nghị Bộ Chỉ huy Bộ đội Biên phòng tỉnh kiểm soát chặt chẽ 100% tàu cá xuất, nhập bến.\n"
    )
    assert _assignees(extract_text([text], "cv.txt")) == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh Khánh Hòa"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "- Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Tây Ninh;",
            "Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Tây Ninh",
        ),
        ("- Ngân hàng Nhà nước chi nhánh tỉnh Tây Ninh;", "Ngân hàng Nhà nước chi nhánh tỉnh Tây Ninh"),
        ("Ngân hàng Nhà nước ban hành Thông tư", "Ngân hàng Nhà nước"),
        ("Công ty cổ phần Thiết bị y tế Hồng Đức cung cấp", "Công ty cổ phần Thiết bị y tế Hồng Đức"),
    ],
)
def test_a_central_banks_provincial_branch_and_a_firm_of_equipment_are_named_whole(text: str, name: str) -> None:
    assert [m.surface for m in find_bodies(text)] == [name]


@pytest.mark.parametrize("short", ["TT HU", "TT.HU", "TTHU"])
def test_a_district_party_committees_standing_body_by_its_initials(short: str) -> None:
    assert [m.name for m in find_bodies(f"- {short}, UBND huyện;")] == [
        "Thường trực Huyện ủy",
        "Ủy ban nhân dân huyện",
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Điều 1. Chấp thuận Công ty cổ phần Đầu tư Địa ốc Phúc Thịnh Tây Ninh là nhà đầu tư thực hiện\n"
            "Dự án Khu nhà ở xã hội phường Ninh Thạnh, thành phố Tây Ninh.\n",
            ("Công ty cổ phần Đầu tư Địa ốc Phúc Thịnh Tây Ninh", "Dự án Khu nhà ở xã hội phường Ninh Thạnh"),
        ),
        (
            "Công ty TNHH một thành viên Thuỷ lợi Phú Yên (sau đây gọi là Công ty) báo cáo như sau:\n"
            "1. Công ty là chủ đầu tư Dự án Sửa chữa, nâng cấp kênh chính Nam hệ thống thuỷ lợi Đồng Cam, tổng "
            "mức 48 tỷ.\n",
            (
                "Công ty TNHH một thành viên Thuỷ lợi Phú Yên",
                "Dự án Sửa chữa, nâng cấp kênh chính Nam hệ thống thuỷ lợi Đồng Cam",
            ),
        ),
    ],
)
def test_an_investor_chosen_by_the_province_or_named_by_its_short_name_develops_the_project(
    text: str, pair: tuple[str, str]
) -> None:
    graph = extract_text([text], "qd.txt")
    nodes = graph.nodes
    assert {
        (nodes[e.source].properties["name"], nodes[e.target].properties["name"])
        for e in graph.edges.values()
        if e.type == "DEVELOPS"
    } == {pair}


def test_a_plan_carried_out_as_approved_by_a_decision_is_that_decisions_and_its_heads_body_approved_it() -> None:
    text = (
        "THANH TRA TỈNH PHÚ THỌ\nSố: 21/KL-TTr\nPhú Thọ, ngày 10 tháng 6 năm 2024\nKẾT LUẬN THANH TRA\n"
        "Việc đấu giá quyền sử dụng đất\n"
        "Thực hiện Kế hoạch thanh tra năm 2024 được Chủ tịch Ủy ban nhân dân tỉnh phê duyệt tại Quyết định số "
        "3125/QĐ-UBND ngày 08/12/2023; Thanh tra tỉnh đã tiến hành thanh tra.\n"
    )
    graph = extract_text([text], "kl.txt")
    assert _issuers(graph, "3125/QĐ-UBND") == ["Ủy ban nhân dân tỉnh Phú Thọ"]
    assert ("IMPLEMENTS", "3125/QĐ-UBND") in _doc_edges(graph)


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        (
            "Sau khi nghe Thanh tra tỉnh báo cáo tại Báo cáo số 142/BC-TTr ngày 29/5/2025, Chủ tịch kết luận.",
            "Thanh tra tỉnh Quảng Ninh",
        ),
        ("Sở Xây dựng đã báo cáo UBND tỉnh tại Báo cáo số 142/BC-TTr ngày 29/5/2025.", "Sở Xây dựng tỉnh Quảng Ninh"),
    ],
)
def test_the_body_that_reported_by_a_document_issued_it(sentence: str, issuer: str) -> None:
    text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 287/TB-VPUBND\nQuảng Ninh, ngày 05 tháng 6 năm 2025\n" + sentence
    assert _issuers(extract_text([text], "tb.txt"), "142/BC-TTr") == [issuer]


def test_a_document_named_as_where_a_point_is_raised_is_not_the_proposers() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 287/BC-UBND\nQuảng Ninh, ngày 05 tháng 6 năm 2025\n"
        "Đề nghị Sở Nội vụ báo cáo UBND tỉnh đề nghị Bộ Kế hoạch và Đầu tư sớm có văn bản hướng dẫn\n"
        "nội dung nêu tại Công văn số 1302/BQLKCN-QLĐT ngày 18/8/2022./.\n"
    )
    assert _issuers(extract_text([text], "bc.txt"), "1302/BQLKCN-QLĐT") == []  # not the province, who is asked


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "- Các đảng đoàn: HĐND tỉnh, Ủy ban MTTQ tỉnh,",
            ["Đảng đoàn Hội đồng nhân dân tỉnh", "Đảng đoàn Ủy ban Mặt trận Tổ quốc tỉnh"],
        ),
        (
            "- Các ban cán sự đảng: UBND tỉnh, Tòa án nhân dân tỉnh;",
            ["Ban cán sự đảng Ủy ban nhân dân tỉnh", "Ban cán sự đảng Tòa án nhân dân tỉnh"],
        ),
        # without a list, a group of organs is no body
        ("Các đảng đoàn, ban cán sự đảng trực thuộc Tỉnh ủy lãnh đạo", ["Tỉnh ủy"]),
    ],
)
def test_the_partys_organs_listed_by_the_bodies_they_sit_in(text: str, names: list[str]) -> None:
    assert [m.name for m in find_bodies(text)] == names


def test_a_district_party_committee_asks_the_provincial_standing_board_upward() -> None:
    text = (
        "ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY NGHI LỘC\n*\nSố 318-BC/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Nghi Lộc, ngày 20 tháng 3 năm 2024\nBÁO CÁO\nkết quả thực hiện Kết luận\n"
        "1. Ban Thường vụ Huyện ủy đã chỉ đạo các tổ chức cơ sở đảng triển khai.\n"
        "IV. KIẾN NGHỊ\nĐề nghị Ban Thường vụ Tỉnh ủy chỉ đạo các ngân hàng thương mại hỗ trợ vốn cho hợp tác xã.\n"
    )
    assert _assignees(extract_text([text], "bc.txt")) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- Chi cục CN&TY;", "Chi cục Chăn nuôi và Thú y"),
        ("- Chi cục TT&BVTV tỉnh;", "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh"),
        ("- UB MTTQ Việt Nam thị xã,", "Ủy ban Mặt trận Tổ quốc Việt Nam thị xã"),
    ],
)
def test_sub_departments_and_the_front_by_their_initials(text: str, name: str) -> None:
    assert [m.name for m in find_bodies(text)] == [name]


def test_a_numbered_finding_about_a_body_is_no_task() -> None:
    text = (
        "ĐẢNG BỘ TỈNH THANH HÓA\nỦY BAN KIỂM TRA\n*\nSố 86-TB/UBKTTU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Thanh Hóa, ngày 12 tháng 8 năm 2024\nTHÔNG BÁO\nkết luận kiểm tra\n2. Vi phạm, khuyết điểm\n"
        "2.1. Ban Thường vụ Đảng ủy xã Tượng Lĩnh nhiệm kỳ 2020 - 2025 thiếu lãnh đạo, kiểm tra, giám sát việc quản lý "
        "đất đai.\n"
        "3. Xử lý\n3.1. Ban Thường vụ Đảng ủy xã Tượng Lĩnh tổ chức kiểm điểm, rút kinh nghiệm trước ngày 30/9/2024.\n"
    )
    graph = extract_text([text], "tb.txt")
    tasks = [n.properties["description"] for n in graph.nodes.values() if n.label == "Task"]
    assert len(tasks) == 1 and "kiểm điểm" in tasks[0]


def test_the_investor_after_a_cited_decision_did_not_issue_it() -> None:
    text = (
        "THỊ ỦY NINH HÒA\nSố 583-TB/TU\nNinh Hòa, ngày 02 tháng 8 năm 2024\nTHÔNG BÁO\nkết luận\n"
        "1. Dự án được Hội đồng nhân dân thị xã quyết định chủ trương đầu tư tại Nghị quyết số 12/NQ-HĐND ngày "
        "20/7/2023, do Công ty cổ phần Xây dựng Hòa Phong làm chủ đầu tư.\n"
    )
    assert _issuers(extract_text([text], "tb.txt"), "12/NQ-HĐND") == ["Hội đồng nhân dân thị xã Ninh Hòa"]


_MINUTES_NAMING_ONE_DISTRICT = (
    "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\nSỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 42/BB-SNN\n"
    "Đồng Nai, ngày 14 tháng 6 năm 2024\nBIÊN BẢN\nLàm việc\n"
    "Đoàn công tác của Sở làm việc với Ủy ban nhân dân huyện Vĩnh Cửu.\nI. THÀNH PHẦN\n"
    "2. Ủy ban nhân dân huyện Vĩnh Cửu:\n"
    "- Ông Kiều Văn Phát - Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện.\n"
    "III. KẾT LUẬN\n1. Ủy ban nhân dân huyện Vĩnh Cửu chỉ đạo Phòng Nông nghiệp và Phát triển nông thôn huyện, Ủy ban "
    "nhân dân xã Phú Lý tăng cường giám sát, phát hiện sớm ổ dịch.\n"
)


def test_a_provinces_document_that_names_one_district_means_it_by_a_bare_huyện() -> None:
    graph = extract_text([_MINUTES_NAMING_ONE_DISTRICT], "bb.txt")
    office = "Phòng Nông nghiệp và Phát triển nông thôn huyện Vĩnh Cửu tỉnh Đồng Nai"
    assert _posts(graph, "Kiều Văn Phát") == {office: "Trưởng phòng"}
    # the district is below the province's department: it is given the task
    assert "Ủy ban nhân dân huyện Vĩnh Cửu tỉnh Đồng Nai" in _assignees(graph)
    # listed beside a commune's committee, the district's office is no part of it
    nodes = graph.nodes
    assert not [e for e in graph.edges.values() if e.type == "PART_OF" and nodes[e.source].properties["name"] == office]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Công ty Bảo đảm an toàn hàng hải Đông Nam Bộ rà soát", ["Công ty Bảo đảm an toàn hàng hải Đông Nam Bộ"]),
        ("Cơ quan CSĐT Bộ Công an khởi tố vụ án", ["Cơ quan Cảnh sát điều tra Bộ Công an"]),
        ("Tổng công ty Điện lực miền Nam Bộ Công Thương", ["Tổng công ty Điện lực miền Nam", "Bộ Công Thương"]),
        ("Đề nghị Viện kiểm sát nhân dân tối cao chỉ đạo", ["Viện kiểm sát nhân dân tối cao"]),
        ("- VKSND tối cao;", ["Viện kiểm sát nhân dân tối cao"]),
        ("Ủy ban Quản lý vốn nhà nước tại doanh nghiệp chỉ đạo", ["Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"]),
        ("phối hợp với Viễn thông Vĩnh Long bảo đảm đường truyền", ["Viễn thông Vĩnh Long"]),
        ("Đề nghị Bưu điện tỉnh Vĩnh Long bố trí nhân viên", ["Bưu điện tỉnh Vĩnh Long"]),
        # the fields of an office's name, not a firm
        (
            "giao Phòng Bưu chính, Viễn thông và Công nghệ thông tin tham mưu",
            ["Phòng Bưu chính, Viễn thông và Công nghệ thông tin"],
        ),
    ],
)
def test_regions_the_supreme_bodies_and_the_post_and_telecom_units(text: str, names: list[str]) -> None:
    assert [m.name for m in find_bodies(text)] == names


@pytest.mark.parametrize(
    ("sentence", "number", "issuer"),
    [
        (
            "Ngày 02/5/2024, Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình ra Quyết định khởi tố vụ án hình sự số "
            "38/QĐ-CSĐT-PC03 về tội vi phạm quy định về quản lý đất đai.",
            "38/QĐ-CSĐT-PC03",
            "Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình",
        ),
        (
            "Ngày 12/5/2023, Kiểm toán nhà nước phát hành Báo cáo kiểm toán số 118/BC-KTNN về Dự án Đường liên huyện.",
            "118/BC-KTNN",
            "Kiểm toán nhà nước",
        ),
    ],
)
def test_a_body_that_makes_or_releases_a_decision_or_report_issued_it(sentence: str, number: str, issuer: str) -> None:
    text = "THANH TRA TỈNH HÒA BÌNH\nSố: 15/BC-TTr\nHòa Bình, ngày 20 tháng 9 năm 2024\nBÁO CÁO\nKết quả\n" + sentence
    assert _issuers(extract_text([text], "bc.txt"), number) == [issuer]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "UBND các xã: Ea H'leo, Ea Drăng, Krông Pắc báo cáo",
            ["Ủy ban nhân dân xã Ea H'leo", "Ủy ban nhân dân xã Ea Drăng", "Ủy ban nhân dân xã Krông Pắc"],
        ),
        ("Ủy ban nhân dân huyện Cư M’gar chỉ đạo", ["Ủy ban nhân dân huyện Cư M’gar"]),
    ],
)
def test_a_place_named_with_an_apostrophe_is_named_whole(text: str, names: list[str]) -> None:
    assert [m.name for m in find_bodies(text)] == names


def test_a_places_apostrophe_typed_either_way_is_one_body() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 2316/QĐ-UBND\nĐắk Lắk, ngày 20 tháng 8 năm 2025\n"
        "Căn cứ Quyết định số 1125/QĐ-UBND ngày 12/6/2023 của Ủy ban nhân dân huyện Ea H'leo; giao Ủy ban nhân dân "
        "huyện Ea H’leo bàn giao hồ sơ.\n"
    )
    nodes = extract_text([text], "qd.txt").nodes.values()
    assert [n.properties["name"] for n in nodes if n.label == "Agency" and "Ea H" in n.properties["name"]] == [
        "Ủy ban nhân dân huyện Ea H'leo tỉnh Đắk Lắk"
    ]


@pytest.mark.parametrize("given", ["cho thuê đất", "giao đất"])
def test_the_decision_that_gave_or_leased_a_projects_land_concerns_it(given: str) -> None:
    text = (
        "CÔNG AN TỈNH HÒA BÌNH\nSố: 1836/BC-CAT\nHòa Bình, ngày 20 tháng 9 năm 2024\nBÁO CÁO\nTiến độ điều tra\n"
        "Dự án Khu du lịch sinh thái Suối Ngọc Lương Sơn do Công ty cổ phần Đầu tư Suối Ngọc làm chủ đầu tư. Dự án "
        f"được Ủy ban nhân dân tỉnh {given} tại Quyết định số 2154/QĐ-UBND ngày 18/11/2019.\n"
    )
    graph = extract_text([text], "bc.txt")
    nodes = graph.nodes
    assert {
        nodes[e.source].properties.get("number")
        for e in graph.edges.values()
        if e.type == "CONCERNS" and nodes[e.target].label == "Project"
    } >= {"2154/QĐ-UBND"}
    assert _issuers(graph, "2154/QĐ-UBND") == ["Ủy ban nhân dân tỉnh Hòa Bình"]


def test_a_central_party_organ_is_named_for_the_centre_and_asks_the_secretariat_upward() -> None:
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nỦY BAN KIỂM TRA\n*\nSố 186-TB/UBKTTW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Hà Nội, ngày 14 tháng 6 năm 2024\nTHÔNG BÁO\nkết luận kỳ họp\n"
        "- Đề nghị Ban Bí thư xem xét, thi hành kỷ luật Ban cán sự đảng Ủy ban nhân dân tỉnh Tiền Giang.\n"
    )
    graph = extract_text([text], "tb.txt")
    assert _issuers(graph, "186-TB/UBKTTW") == ["Ủy ban Kiểm tra Trung ương"]
    assert _assignees(graph) == []


def test_repair_joins_a_name_cut_at_its_dash() -> None:
    raw = "giao Phòng Văn hóa -\nXã hội xã tham mưu.\n"
    assert "Phòng Văn hóa - Xã hội xã tham mưu." in repair([raw]).text


def test_a_firm_named_tnhh_mtv_or_tnhh_một_thành_viên_is_one_firm() -> None:
    text = (
        "SỞ TÀI CHÍNH\nTỈNH QUẢNG TRỊ\nSố: 3318/BC-STC\nQuảng Trị, ngày 05 tháng 11 năm 2025\nBÁO CÁO\nGiải ngân\n"
        "2. Dự án Sửa chữa, nâng cấp hồ chứa nước Phú Hòa: Công ty TNHH Một thành viên Khai thác công trình thủy lợi "
        "Quảng Trị là chủ đầu tư; kế hoạch vốn 85 tỷ đồng.\n"
        "Nơi nhận:\n- Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Trị;\n- Lưu: VT.\n"
    )
    graph = extract_text([text], "bc.txt")
    firms = [n for n in graph.nodes.values() if n.label == "Organization"]
    assert len(firms) == 1
    projects = [n.properties["name"] for n in graph.nodes.values() if n.label == "Project"]
    assert projects == ["Dự án Sửa chữa, nâng cấp hồ chứa nước Phú Hòa"]  # the name ends at the colon


def test_a_projects_works_listed_with_a_comma_stay_in_its_name() -> None:
    text = "1. Dự án Nạo vét, duy tu luồng hàng hải Soài Rạp năm 2021 do Tổng công ty làm chủ đầu tư.\n"
    assert list(_projects(extract_text([text], "bc.txt")).values()) == ["Dự án Nạo vét, duy tu luồng hàng hải Soài Rạp"]


def test_a_ground_cited_after_a_comma_in_the_sentence_that_carries_out_another_is_a_ground() -> None:
    text = (
        "ỦY BAN KIỂM TRA TỈNH ỦY\nSố 86-TB/UBKTTU\nThanh Hóa, ngày 12 tháng 8 năm 2024\nTHÔNG BÁO\nkết luận\n"
        "Thực hiện Quyết định số 1247-QĐ/UBKTTW ngày 15/3/2024 của Ủy ban Kiểm tra Trung ương về kiểm tra, căn cứ "
        "Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị về kỷ luật đảng viên, Ủy ban Kiểm tra kết luận.\n"
    )
    edges = _doc_edges(extract_text([text], "tb.txt"))
    assert {("IMPLEMENTS", "1247-QĐ/UBKTTW"), ("BASED_ON", "69-QĐ/TW")} <= edges


@pytest.mark.parametrize(
    ("heading", "tasks"),
    [
        # the report's own work, then its requests: the work it gives is a task
        ("III. NHIỆM VỤ THỜI GIAN TỚI VÀ KIẾN NGHỊ", 1),
        # work proposed to a superior is the proposal's
        ("III. ĐỀ XUẤT NHIỆM VỤ, GIẢI PHÁP", 0),
    ],
)
def test_a_reports_own_work_beside_its_requests_is_given(heading: str, tasks: int) -> None:
    text = (
        "BỘ XÂY DỰNG\nSố: 6215/BC-BXD\nHà Nội, ngày 20 tháng 9 năm 2024\nBÁO CÁO\nKết quả thực hiện Kết luận\n"
        f"{heading}\n"
        "1. Bộ Xây dựng yêu cầu Tổng công ty HUD hoàn thành thu hồi số tiền còn lại trước ngày 31/12/2024.\n"
    )
    graph = extract_text([text], "bc.txt")
    assert len([n for n in graph.nodes.values() if n.label == "Task"]) == tasks


def test_an_addressee_item_wrapped_onto_a_short_line_is_read_whole_and_the_next_item_after_it() -> None:
    text = (
        "THANH TRA THÀNH PHỐ HẢI PHÒNG\nSố: 1247/TTTP-GSXLTT\nHải Phòng, ngày 20 tháng 3 năm 2025\n"
        "V/v đôn đốc thực hiện Kết luận thanh tra\nKính gửi:\n- Ủy ban nhân dân các xã: Thanh Hà, Hà Tây, Hà\nBắc;\n"
        "- Sở Nông nghiệp và Môi trường.\n"
        "Ngày 12/12/2024, Thanh tra tỉnh Hải Dương ban hành Kết luận thanh tra số 45/KL-TTr về việc quản\n"
        # a PDF's lines, each as long as the page is wide
        + "lý, sử dụng quỹ đất công ích tại huyện Thanh Hà giai đoạn 2020 - 2023, đề nghị các xã thực hiện\n" * 6
        + "nghiêm túc.\n"
    )
    assert _sent_to(extract_text([text], "cv.txt")) == {
        "Ủy ban nhân dân xã Thanh Hà thành phố Hải Phòng",
        "Ủy ban nhân dân xã Hà Tây thành phố Hải Phòng",
        "Ủy ban nhân dân xã Hà Bắc thành phố Hải Phòng",
        "Sở Nông nghiệp và Môi trường thành phố Hải Phòng",
    }


def test_people_listed_without_an_address_each_hold_the_post_after_their_name() -> None:
    text = (
        "ỦY BAN KIỂM TRA TRUNG ƯƠNG\nSố 186-TB/UBKTTW\nHà Nội, ngày 14 tháng 6 năm 2024\nTHÔNG BÁO\nkết luận\n"
        "2. Trách nhiệm thuộc về Ban cán sự đảng và các đồng chí: Nguyễn Hữu Phước, Tỉnh ủy viên, Phó Chủ tịch Ủy ban "
        "nhân dân tỉnh Tiền Giang; Đặng Văn Sang, Giám đốc Sở Tài chính tỉnh Tiền Giang.\n"
    )
    graph = extract_text([text], "tb.txt")
    assert _posts(graph, "Đặng Văn Sang") == {"Sở Tài chính tỉnh Tiền Giang": "Giám đốc"}
    assert _posts(graph, "Nguyễn Hữu Phước") == {"Ủy ban nhân dân tỉnh Tiền Giang": "Phó Chủ tịch"}


def test_a_document_that_names_one_commune_means_it_by_a_bare_xã() -> None:
    text = (
        "ỦY BAN KIỂM TRA TỈNH ỦY THANH HÓA\nSố 86-TB/UBKTTU\nThanh Hóa, ngày 12 tháng 8 năm 2024\nTHÔNG BÁO\nkết luận\n"
        "Ủy ban Kiểm tra Tỉnh ủy kiểm tra Ban Thường vụ Đảng ủy xã Tượng Lĩnh, huyện Nông Cống.\n"
        "2.2. Đồng chí Lê Văn Hưng, Bí thư Đảng ủy xã, chịu trách nhiệm người đứng đầu.\n"
    )
    assert _posts(extract_text([text], "tb.txt"), "Lê Văn Hưng") == {"Đảng ủy xã Tượng Lĩnh tỉnh Thanh Hóa": "Bí thư"}


def test_the_chief_inspector_proposes_for_the_inspectorate() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 2103/QĐ-UBND\nKiên Giang, ngày 25 tháng 8 năm 2023\nQUYẾT ĐỊNH\n"
        "Về việc xử lý sau thanh tra\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
        "Theo đề nghị của Chánh Thanh tra tỉnh tại Tờ trình số 118/TTr-TTr ngày 14 tháng 8 năm 2023.\nQUYẾT ĐỊNH:\n"
    )
    graph = extract_text([text], "qd.txt")
    assert _issuers(graph, "118/TTr-TTr") == ["Thanh tra tỉnh Kiên Giang"]
    nodes = graph.nodes
    assert [nodes[e.target].properties["name"] for e in graph.edges.values() if e.type == "PROPOSED_BY"] == [
        "Thanh tra tỉnh Kiên Giang"
    ]


def test_carrying_out_an_article_of_a_decision_carries_out_the_decision() -> None:
    text = (
        "CÔNG TY CỔ PHẦN ĐẦU TƯ PHÁT TRIỂN ĐÔ THỊ HÒA THUẬN\nSố: 118/HT-DA\nKiên Giang, ngày 20 tháng 9 năm 2023\n"
        "V/v nộp tiền\nThực hiện Điều 1 Quyết định số 2103/QĐ-UBND ngày 25/8/2023 của Ủy ban nhân dân tỉnh Kiên Giang, "
        "Công ty báo cáo như sau.\n"
    )
    assert ("IMPLEMENTS", "2103/QĐ-UBND") in _doc_edges(extract_text([text], "cv.txt"))


def test_a_signers_name_glued_onto_a_recipients_line_after_its_semicolon_signs() -> None:
    text = (
        "CÔNG AN TỈNH HÒA BÌNH\nSố: 1836/BC-CAT-PC03\nHòa Bình, ngày 20 tháng 9 năm 2024\nBÁO CÁO\nTiến độ\n"
        "Công an tỉnh báo cáo như sau.\n"
        "Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n- Thường trực Tỉnh ủy;\n"
        "- Đ/c Giám đốc (để b/c); Đại tá Hà Văn Kiên\n- Lưu: VT, PC03.\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _signers(graph) == {("Hà Văn Kiên", "KT.", "Phó giám đốc")}


@pytest.mark.parametrize(
    "item",
    [
        "1. Về xử lý kinh tế: Kết luận yêu cầu Ban Quản lý Khu kinh tế tỉnh thu hồi số tiền 2.315 triệu đồng.",
        "3. Việc thực hiện chỉ đạo: Tại Kết luận số 28/KL-TTr, Thanh tra tỉnh yêu cầu Ban Quản lý Khu kinh tế tỉnh "
        "thu hồi số tiền 2.315 triệu đồng.",
    ],
)
def test_what_a_conclusion_asks_restated_under_an_items_heading_is_the_conclusions(item: str) -> None:
    text = (
        "BAN QUẢN LÝ KHU KINH TẾ\nTỈNH KIÊN GIANG\nSố: 845/BC-BQLKKT\nKiên Giang, ngày 10 tháng 7 năm 2024\n"
        "BÁO CÁO\nKết quả thực hiện Kết luận thanh tra\n"
        "Thực hiện Kết luận thanh tra số 28/KL-TTr ngày 15/3/2024 của Thanh tra tỉnh, Ban Quản lý báo cáo như sau:\n"
        f"{item}\n"
    )
    graph = extract_text([text], "bc.txt")
    nodes = graph.nodes
    assert {nodes[e.source].properties.get("number") for e in graph.edges.values() if e.type == "ASSIGNS"} == {
        "28/KL-TTr"
    }


def test_a_departments_inspectorate_is_part_of_the_department() -> None:
    text = (
        "SỞ Y TẾ TỈNH BÌNH THUẬN\nBỆNH VIỆN ĐA KHOA TỈNH\nSố: 86/KH-BVĐK\nBình Thuận, ngày 10 tháng 1 năm 2024\n"
        "Thực hiện Kết luận số 04/KL-TTr ngày 12/3/2024 của Thanh tra Sở Y tế, Bệnh viện xây dựng kế hoạch.\n"
    )
    graph = extract_text([text], "kh.txt")
    nodes = graph.nodes
    assert ("Thanh tra Sở Y tế tỉnh Bình Thuận", "Sở Y tế tỉnh Bình Thuận") in {
        (nodes[e.source].properties["name"], nodes[e.target].properties["name"])
        for e in graph.edges.values()
        if e.type == "PART_OF"
    }


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        ("Tại Văn bản số 2745/UBND-TH, UBND tỉnh giao Công ty chủ trì, phối hợp với Sở Tài chính thu hồi.", 1),
        # another body's partner, later in the clause
        (
            "Đề nghị Công ty hoàn thiện hồ sơ, gửi về Sở Tư pháp để Sở Tư pháp chủ trì phối hợp với Sở Nội vụ "
            "tham mưu.",
            0,
        ),
    ],
)
def test_a_body_named_by_its_short_name_works_with_the_partners_named_right_after_it(
    sentence: str, partners: int
) -> None:
    text = (
        "CÔNG TY TNHH MỘT THÀNH VIÊN XỔ SỐ KIẾN THIẾT SÓC TRĂNG\nSố: 215/BC-XSKT\nSóc Trăng, ngày 10 tháng 9 năm 2024\n"
        "BÁO CÁO\nKết quả\nCông ty TNHH Một thành viên Xổ số kiến thiết Sóc Trăng (sau đây gọi là Công ty) báo cáo như "
        f"sau:\n{sentence}\n"
    )
    graph = extract_text([text], "bc.txt")
    roles = [e.properties.get("role") for e in graph.edges.values() if e.type == "ASSIGNED_TO"]
    assert roles.count("support") == partners


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # names that capitalise a word by its first syllable go on after two capitalised words
        ("Hội Cựu Chiến binh tỉnh tổ chức hội nghị.", ["Hội Cựu Chiến binh tỉnh"]),
        ("Hội Chữ Thập đỏ tỉnh hỗ trợ", ["Hội Chữ Thập đỏ tỉnh"]),
        ("Hội Cựu Thanh niên xung phong tỉnh báo cáo", ["Hội Cựu Thanh niên xung phong tỉnh"]),
        ("Ban Quản lý Khu Công nghệ cao Hòa Lạc báo cáo", ["Ban Quản lý Khu Công nghệ cao Hòa Lạc"]),
        # a trade's words are no telecom unit
        ("Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) triển khai.", ["Tập đoàn Bưu chính Viễn thông Việt Nam"]),
    ],
)
def test_names_the_proper_name_and_telecom_rules_leave_whole(text: str, names: list[str]) -> None:
    assert [m.name for m in find_bodies(text)] == names


def test_a_town_is_no_commune_and_a_list_of_papers_or_streets_is_no_list_of_people() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 1436/UBND-KT\nKhánh Hòa, ngày 25 tháng 4 năm 2025\nV/v kiểm tra\n"
        "Ủy ban nhân dân tỉnh giao UBND thị xã Ninh Hòa chỉ đạo Ủy ban nhân dân xã kiểm tra, báo cáo.\n"
        "Hồ sơ gồm: Đơn đề nghị; Văn Bản số 12; Trần Hưng Đạo, Lê Lợi và Hai Bà Trưng là các tuyến đường.\n"
    )
    graph = extract_text([text], "cv.txt")
    names = {n.properties.get("name") for n in graph.nodes.values()}
    assert "Ủy ban nhân dân xã Ninh Hòa tỉnh Khánh Hòa" not in names
    assert not [n for n in graph.nodes.values() if n.label == "Person"]


def test_decisions_made_by_the_subject_of_the_clause_before_and_numbers_joined_share_their_issuer() -> None:
    text = (
        "CÔNG AN TỈNH HÒA BÌNH\nSố: 1836/BC-CAT-PC03\nHòa Bình, ngày 20 tháng 9 năm 2024\nBÁO CÁO\nTiến độ\n"
        "Ngày 02/5/2024, Cơ quan Cảnh sát điều tra Công an tỉnh ra Quyết định khởi tố vụ án hình sự số 38/QĐ-CSĐT-PC03;"
        " ngày 16/8/2024 ra Quyết định khởi tố bị can số 71/QĐ-CSĐT-PC03 và số 72/QĐ-CSĐT-PC03 đối với hai bị can.\n"
        "Viện kiểm sát nhân dân tỉnh truy tố theo Cáo trạng số 41/CT-VKS-P1 ngày 26/8/2024.\n"
    )
    graph = extract_text([text], "bc.txt")
    police = ["Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình"]
    assert [_issuers(graph, n) for n in ("38/QĐ-CSĐT-PC03", "71/QĐ-CSĐT-PC03", "72/QĐ-CSĐT-PC03")] == [police] * 3
    assert _issuers(graph, "41/CT-VKS-P1") == ["Viện kiểm sát nhân dân tỉnh Hòa Bình"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- Bộ CHQS tỉnh, Bộ CHBĐBP tỉnh;", ["Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]),
        (
            "giao Ban Quản lý dự án các công trình nông nghiệp và phát triển nông thôn tỉnh chủ trì",
            ["Ban Quản lý dự án các công trình nông nghiệp và phát triển nông thôn tỉnh"],
        ),
    ],
)
def test_military_commands_by_their_initials_and_a_project_board_named_for_its_works(
    text: str, names: list[str]
) -> None:
    assert [m.name for m in find_bodies(text)] == names


def test_tay_and_thai_family_names_and_a_resettlement_project_over_a_comma() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nVĂN PHÒNG\nSố: 186/TB-VPUBND\nĐiện Biên, ngày 10 tháng 6 năm 2024\n"
        "Giao ông Lộc Văn Thịnh, Phó Giám đốc Sở Xây dựng theo dõi. Dự án Bố trí, ổn định dân cư tập trung bản Nậm "
        "Chua 4, xã Nà Hỳ chậm tiến độ.\nNơi nhận:\n- Lưu: VT.\n"
        "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nĐèo Thị Ngân\n"
    )
    graph = extract_text([text], "tb.txt")
    assert {n.properties["name"] for n in graph.nodes.values() if n.label == "Person"} == {
        "Lộc Văn Thịnh",
        "Đèo Thị Ngân",
    }
    assert list(_projects(graph).values()) == ["Dự án Bố trí, ổn định dân cư tập trung bản Nậm Chua 4"]


def test_a_recipient_list_goes_on_over_a_line_opening_on_giao_thông_and_an_item_that_lost_its_dash() -> None:
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 42/NQ-HĐND\nCao Bằng, ngày 10 tháng 7 năm 2024\n"
        "Nghị quyết này có hiệu lực từ ngày ký.\nNơi nhận:\n- Các sở: Kế hoạch và Đầu tư, Tài chính,\n"
        "Giao thông vận tải;\n- Bộ KH&ĐT;\nBộ GTVT;\n- UBND huyện Hòa An;\n- Lưu: VT.\n"
    )
    assert _sent_to(extract_text([text], "nq.txt")) == {
        "Sở Kế hoạch và Đầu tư tỉnh Cao Bằng",
        "Sở Tài chính tỉnh Cao Bằng",
        "Sở Giao thông vận tải tỉnh Cao Bằng",
        "Bộ Kế hoạch và Đầu tư",
        "Bộ Giao thông vận tải",
        "Ủy ban nhân dân huyện Hòa An tỉnh Cao Bằng",
    }


@pytest.mark.parametrize(
    "item",
    [
        "3. Kế hoạch số 96/KH-UBND ngày 20/02/2023 của Uỷ ban nhân dân tỉnh Bắc Kạn về sắp xếp đơn vị hành chính cấp xã"
        " chưa xác định lộ trình giải quyết số người dôi dư; đề nghị",
        "3. Kế hoạch số 96/KH-UBND ngày 20/02/2023 của Uỷ ban nhân dân tỉnh Bắc Kạn chưa xác định lộ trình giải quyết"
        " số người dôi dư; Bộ Nội vụ đề nghị",
    ],
)
def test_a_request_after_a_clause_that_judges_a_cited_plan_is_the_writers_own(item: str) -> None:
    text = (
        "BỘ NỘI VỤ\nSố: 5127/BNV-CQĐP\nHà Nội, ngày 10 tháng 10 năm 2023\nV/v trả lời\n"
        "Kính gửi: Uỷ ban nhân dân tỉnh Bắc Kạn.\n"
        f"{item} Uỷ ban nhân dân tỉnh Bắc Kạn chỉ đạo Sở Nội vụ rà soát, bổ sung phương án giải quyết, báo cáo Bộ Nội"
        " vụ trước ngày 30/11/2023.\n"
        "4. Theo Kế hoạch số 96/KH-UBND, Uỷ ban nhân dân tỉnh giao Sở Nội vụ chủ trì thẩm định đề án.\n"
    )
    assigned = _assigned(extract_text([text], "cv.txt"))
    assert ("5127/BNV-CQĐP", "Uỷ ban nhân dân tỉnh Bắc Kạn") in assigned
    assert not any(giver == "96/KH-UBND" and body.endswith("Bắc Kạn") for giver, body in assigned)
    assert ("96/KH-UBND", "Sở Nội vụ") in assigned


def test_a_deputys_post_printed_after_a_recipients_comma_is_the_signers_title() -> None:
    text = (
        "TỈNH ỦY BÌNH DƯƠNG\nBAN CHỈ ĐẠO PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC\nSố 52-TB/BCĐ\n"
        "Bình Dương, ngày 26 tháng 8 năm 2024\nTHÔNG BÁO\nGiao Ban Nội chính Tỉnh ủy theo dõi, đôn đốc.\n"
        "Nơi nhận: K/T TRƯỞNG BAN\n- Thường trực Tỉnh ủy (để b/c), PHÓ TRƯỞNG BAN\n- Ủy ban Kiểm tra Tỉnh ủy,\n"
        "- Lưu Văn phòng Tỉnh ủy. Trịnh Văn Khoa\n"
    )
    graph = extract_text([text], "tb.txt")
    assert _signers(graph) == {("Trịnh Văn Khoa", "K/T", "Phó trưởng ban")}
    assert "Thường trực Tỉnh ủy Bình Dương" in _sent_to(graph)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("kết luận của Trưởng Ban Chỉ đạo về xử lý hai vụ án", ["Ban Chỉ đạo"]),
        ("Ban Chỉ đạo về phòng, chống tham nhũng tỉnh", ["Ban Chỉ đạo về phòng, chống tham nhũng tỉnh"]),
    ],
)
def test_a_name_does_not_end_on_the_word_that_joins_it_to_the_sentence(text: str, names: list[str]) -> None:
    assert [b.surface for b in find_bodies(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Giao Phòng Kế hoạch tổng hợp chủ trì, phối hợp", ["Phòng Kế hoạch tổng hợp"]),
        ("Phòng Tài chính kế hoạch huyện Gia Lâm thẩm tra", ["Phòng Tài chính kế hoạch huyện Gia Lâm"]),
        ("Phòng Kinh tế hạ tầng kiểm tra", ["Phòng Kinh tế hạ tầng"]),
        ("Sở Nội vụ tổng hợp báo cáo", ["Sở Nội vụ"]),
    ],
)
def test_an_office_named_for_its_function_keeps_the_words_that_read_as_verbs(text: str, names: list[str]) -> None:
    assert [b.surface for b in find_bodies(text)] == names


def test_conclusions_a_report_quotes_are_given_by_the_one_document_it_carries_out() -> None:
    text = (
        "UBND TỈNH BẮC NINH\nSỞ CÔNG THƯƠNG\nSố: 1187/BC-SCT\nBắc Ninh, ngày 23 tháng 10 năm 2023\nBÁO CÁO\n"
        "Kính gửi: Uỷ ban nhân dân tỉnh Bắc Ninh.\n"
        "Thực hiện Thông báo số 412/TB-UBND ngày 18/9/2023 của Uỷ ban nhân dân tỉnh về kết luận của Chủ tịch UBND"
        " tỉnh, Sở Công Thương báo cáo kết quả thực hiện như sau:\n"
        "II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG KẾT LUẬN\n"
        '1. Nội dung kết luận: "Giao Sở Công Thương chủ trì, phối hợp với UBND huyện Quế Võ đôn đốc chủ đầu tư".\n'
        "Kết quả: Sở đã ban hành Công văn số 1046/SCT-QLCN ngày 28/9/2023 đôn đốc chủ đầu tư.\n"
        '2. Nội dung kết luận: "Giao Sở Tài nguyên và Môi trường hướng dẫn chủ đầu tư hoàn thiện hồ sơ thuê đất".\n'
        "Kết quả: Sở Tài nguyên và Môi trường đang thẩm định hồ sơ, chưa hoàn thành.\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _assigned(graph) == {
        ("412/TB-UBND", "Sở Công Thương tỉnh Bắc Ninh"),
        ("412/TB-UBND", "Ủy ban nhân dân huyện Quế Võ tỉnh Bắc Ninh"),
        ("412/TB-UBND", "Sở Tài nguyên và Môi trường tỉnh Bắc Ninh"),
    }
    statuses = sorted(n.properties["status"] for n in graph.nodes.values() if n.label == "Task")
    assert statuses == ["done", "pending"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- Chủ tịch Công ty, Kiểm soát viên;", []),
        ("Công ty TNHH Đầu tư, Xây dựng Hoàng Long báo cáo", ["Công ty TNHH Đầu tư, Xây dựng Hoàng Long"]),
    ],
)
def test_a_company_named_by_its_head_alone_does_not_run_on_over_a_comma(text: str, names: list[str]) -> None:
    assert [b.surface for b in find_bodies(text)] == names


def test_in_a_plan_a_clause_opening_on_bodies_and_their_work_gives_them_the_work() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN TÂN YÊN\nSố: 286/KH-UBND\nTân Yên, ngày 20 tháng 11 năm 2024\nKẾ HOẠCH\n"
        "II. NHIỆM VỤ CỤ THỂ\n1. Sắp xếp mạng lưới trường, lớp\n"
        "Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Tài nguyên và Môi trường rà soát mạng lưới trường"
        " mầm non; báo cáo UBND huyện trước ngày 28/02/2025.\n"
        "UBND các xã: Ngọc Thiện, Liên Sơn phối hợp với Phòng Giáo dục và Đào tạo lấy ý kiến nhân dân.\n"
        "3. Cơ sở vật chất\n"
        "Phòng Tài chính - Kế hoạch chủ trì tham mưu bố trí vốn năm 2025; Ban Quản lý dự án đầu tư xây dựng huyện"
        " triển khai xây dựng 24 phòng học, hoàn thành trong năm 2025.\n"
        "Phòng Nội vụ đã rà soát số giáo viên năm 2024.\n"
        "- Đơn vị chủ trì: Phòng Văn hóa và Thông tin.\n- Đơn vị phối hợp: Trung tâm Văn hóa huyện, Phòng Nội vụ.\n"
    )
    graph = extract_text([text], "kh.txt")
    leads = {(a, b) for a, b in _assigned_roles(graph) if b == "lead"}
    supports = {(a, b) for a, b in _assigned_roles(graph) if b == "support"}
    assert {name for name, _ in leads} == {
        "Phòng Giáo dục và Đào tạo huyện Tân Yên",
        "Ủy ban nhân dân xã Ngọc Thiện",
        "Ủy ban nhân dân xã Liên Sơn",
        "Phòng Tài chính - Kế hoạch huyện Tân Yên",
        "Ban Quản lý dự án đầu tư xây dựng huyện Tân Yên",
        "Phòng Văn hóa và Thông tin huyện Tân Yên",
    }
    assert {name for name, _ in supports} == {
        "Phòng Tài nguyên và Môi trường huyện Tân Yên",
        "Phòng Giáo dục và Đào tạo huyện Tân Yên",
        "Trung tâm Văn hóa huyện Tân Yên",
        "Phòng Nội vụ huyện Tân Yên",
    }


def test_in_a_report_a_clause_opening_on_a_body_and_its_work_tells_what_it_did() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN TÂN YÊN\nSố: 186/BC-UBND\nTân Yên, ngày 20 tháng 11 năm 2024\nBÁO CÁO\n"
        "1. Sắp xếp mạng lưới trường, lớp\n"
        "Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Tài nguyên và Môi trường rà soát mạng lưới trường"
        " mầm non.\n"
    )
    assert _assigned_roles(extract_text([text], "bc.txt")) == set()


def _assigned_roles(graph: object) -> set[tuple[str, str]]:
    nodes = graph.nodes  # type: ignore[attr-defined]
    return {
        (nodes[e.target].properties["name"], e.properties["role"])
        for e in graph.edges.values()  # type: ignore[attr-defined]
        if e.type == "ASSIGNED_TO"
    }


def _own_ties(graph: object, kind: str) -> set[str]:
    """The numbers of the documents the file's own document has ``kind`` ties to."""
    nodes = graph.nodes  # type: ignore[attr-defined]
    own = next(n.id for n in nodes.values() if n.label == "Document" and n.properties.get("source_file"))
    return {
        str(nodes[e.target].properties.get("number"))
        for e in graph.edges.values()  # type: ignore[attr-defined]
        if e.type == kind and e.source == own
    }


@pytest.mark.parametrize(
    "opening",
    [
        "Để triển khai thi hành kịp thời, thống nhất và hiệu quả Luật số 37/2024/QH15 ngày 27/6/2024 của Quốc hội",
        "Triển khai thi hành Luật số 37/2024/QH15 ngày 27/6/2024 của Quốc hội",
        "Để triển khai Luật số 37/2024/QH15 ngày 27/6/2024 của Quốc hội",
    ],
)
def test_what_a_plan_opens_to_carry_out_however_it_says_so_is_carried_out(opening: str) -> None:
    text = f"BỘ TƯ PHÁP\nSố: 3412/KH-BTP\nHà Nội, ngày 20 tháng 9 năm 2024\nKẾ HOẠCH\n{opening}, Bộ ban hành.\n"
    assert _own_ties(extract_text([text], "kh.txt"), "IMPLEMENTS") == {"37/2024/QH15"}


def test_after_a_cited_plans_own_tie_a_semicolon_goes_back_to_the_list_the_cue_opened() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN TÂN YÊN\nSố: 286/KH-UBND\nTân Yên, ngày 20 tháng 11 năm 2024\nKẾ HOẠCH\n"
        "Thực hiện Kế hoạch số 198/KH-UBND ngày 15/10/2024 của UBND tỉnh Bắc Giang thực hiện Kết luận số 91-KL/TW"
        " ngày 12/8/2024 của Bộ Chính trị; Kế hoạch số 112-KH/HU ngày 24/10/2024 của Ban Thường vụ Huyện ủy Tân Yên,"
        " UBND huyện ban hành Kế hoạch thực hiện như sau:\n"
    )
    graph = extract_text([text], "kh.txt")
    assert _own_ties(graph, "IMPLEMENTS") == {"198/KH-UBND", "112-KH/HU"}
    assert ("IMPLEMENTS", "91-KL/TW") in _typed_edges_to_numbers(graph)


def test_a_cham_family_name_signs() -> None:
    text = (
        "UBND TỈNH NINH THUẬN\nSỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 2156/BC-SNNPTNT\n"
        "Ninh Thuận, ngày 10 tháng 10 năm 2024\nBÁO CÁO\nTình hình thực hiện nhiệm vụ.\n"
        "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT, KHTC.\nGIÁM ĐỐC\nĐàng Văn Minh\n"
    )
    assert {name for name, _, _ in _signers(extract_text([text], "bc.txt"))} == {"Đàng Văn Minh"}


def test_a_provincial_citys_own_offices_are_the_citys_and_a_provincial_body_is_asked_upward() -> None:
    text = (
        "UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ VỊ THANH Độc lập - Tự do - Hạnh phúc\n"
        "Số: 1247/BC-UBND Vị Thanh, ngày 18 tháng 9 năm 2024\nBÁO CÁO\n"
        "Kính gửi: Thanh tra tỉnh Hậu Giang.\n"
        "1. Thực hiện Kết luận thanh tra số 21/KL-TTr ngày 15/3/2024 của Thanh tra thành phố: đã thu hồi 312 triệu.\n"
        "V. KIẾN NGHỊ\nĐề nghị Thanh tra tỉnh tiếp tục hướng dẫn nghiệp vụ.\n"
        "Nơi nhận:\n- Như trên;\n- TT. Thành uỷ; TT. HĐND thành phố;\n- Thanh tra thành phố;\n- Lưu: VT.\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _issuers(graph, "21/KL-TTr") == ["Thanh tra thành phố Vị Thanh tỉnh Hậu Giang"]
    assert {"Thanh tra thành phố Vị Thanh tỉnh Hậu Giang", "Thường trực Thành ủy Vị Thanh"} <= _sent_to(graph)
    assert _assigned(graph) == set()


def test_a_wards_decision_gives_work_to_a_provincial_board_it_numbers() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG KỲ LỪA\nSố: 512/QĐ-UBND\nLạng Sơn, ngày 20 tháng 9 năm 2025\nQUYẾT ĐỊNH\n"
        "Điều 2. Tổ chức thực hiện\n"
        "1. Ban Quản lý dự án đầu tư xây dựng tỉnh Lạng Sơn chủ trì chi trả tiền bồi thường trước ngày 15/10/2025.\n"
    )
    assert ("self", "Ban Quản lý dự án đầu tư xây dựng tỉnh Lạng Sơn") in {
        ("self" if giver == "512/QĐ-UBND" else giver, body) for giver, body in _assigned(extract_text([text], "qd.txt"))
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Đảng uỷ phường 2 lãnh đạo", ["Đảng uỷ phường 2"]),
        ("Chủ tịch Hội đồng nhân dân phường 2, Bí thư", ["Hội đồng nhân dân phường 2"]),
        ("Công an quận 3 điều tra", ["Công an quận 3"]),
        ("thực hiện Chương trình 135 tại xã 135", []),
    ],
)
def test_a_ward_or_a_district_named_by_its_number_is_named(text: str, names: list[str]) -> None:
    assert [b.surface for b in find_bodies(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- Công ty cổ phần BOT Đông Ban Mê,", ["Công ty cổ phần BOT Đông Ban Mê"]),
        ("Công ty TNHH Thương mại Sở Dầu phối hợp", ["Công ty TNHH Thương mại Sở Dầu"]),
        ("Công ty Điện lực Hải Dương, Sở Tài chính", ["Công ty Điện lực Hải Dương", "Sở Tài chính"]),
    ],
)
def test_a_firms_name_goes_on_over_a_word_that_heads_bodies(text: str, names: list[str]) -> None:
    assert [b.surface for b in find_bodies(text)] == names


@pytest.mark.parametrize(
    "sentence",
    [
        "Dự án BOT tuyến tránh phía Đông thành phố Buôn Ma Thuột do Công ty cổ phần BOT Hòa Thắng làm nhà đầu tư.",
        "Công ty cổ phần BOT Hòa Thắng (Nhà đầu tư) thực hiện Dự án BOT tuyến tránh phía Đông thành phố Buôn Ma Thuột.",
    ],
)
def test_the_investor_of_a_partnership_project_develops_it(sentence: str) -> None:
    text = f"TỈNH ỦY ĐẮK LẮK\nSố 318-TB/TU\nĐắk Lắk, ngày 20 tháng 10 năm 2025\nTHÔNG BÁO\n{sentence}\n"
    assert _typed_pairs(extract_text([text], "tb.txt"), "DEVELOPS") == {
        ("Công ty cổ phần BOT Hòa Thắng", "Dự án BOT tuyến tránh phía Đông thành phố Buôn Ma Thuột")
    }


def test_a_decimal_comma_does_not_end_a_projects_name() -> None:
    text = (
        "BỘ TÀI CHÍNH\nSố: 11482/BTC-QLCS\nHà Nội, ngày 20 tháng 10 năm 2025\nV/v thanh toán\n"
        "Về Dự án đầu tư xây dựng tuyến đường Vành đai 2,5 đoạn Đầm Hồng - Quốc lộ 1A theo hình thức BT.\n"
    )
    assert list(_projects(extract_text([text], "cv.txt")).values()) == [
        "Dự án đầu tư xây dựng tuyến đường Vành đai 2,5 đoạn Đầm Hồng - Quốc lộ 1A"
    ]


def test_a_ministry_that_received_a_provinces_request_for_guidance_is_not_given_work_by_it() -> None:
    text = (
        "BỘ Y TẾ\nSố: 4716/BYT-QLD\nHà Nội, ngày 12 tháng 8 năm 2024\nV/v hướng dẫn\n"
        "Kính gửi: Ủy ban nhân dân tỉnh Ninh Thuận.\n"
        "Bộ Y tế nhận được Công văn số 2089/UBND-VXNV ngày 20/7/2024 của Ủy ban nhân dân tỉnh Ninh Thuận về việc đề"
        " nghị hướng dẫn mua sắm thuốc. Về việc này, Bộ Y tế có ý kiến như sau.\n"
    )
    assert not any(body == "Bộ Y tế" for _, body in _assigned(extract_text([text], "cv.txt")))


def test_a_bodys_work_on_the_line_under_its_numbered_heading_is_given() -> None:
    text = (
        "UBND TỈNH NAM ĐỊNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1456/SGDĐT-TTr\nNam Định, ngày 01 tháng 10 năm 2024\n"
        "V/v thực hiện kết luận\nSở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện các nội dung sau:\n"
        "2. Phòng Giáo dục và Đào tạo huyện Hải Hậu\n"
        "Chỉ đạo Trường THCS Hải Minh hoàn trả 94.200.000 đồng thu quỹ Ban đại diện cha mẹ học sinh chi không đúng"
        " mục đích; rà soát việc thu, chi đầu năm học 2024 - 2025 trong toàn huyện, hoàn thành trước ngày 31/10/2024.\n"
        "3. Hội Khuyến học tỉnh\nHội nghị tổng kết năm học diễn ra vào tháng 6 năm 2024 tại Nhà văn hóa tỉnh.\n"
    )
    assert {body for _, body in _assigned(extract_text([text], "cv.txt"))} == {
        "Phòng Giáo dục và Đào tạo huyện Hải Hậu tỉnh Nam Định"
    }


@pytest.mark.parametrize("name", ["Thanh tra Bộ Y tế", "Văn phòng Bộ Tư pháp"])
def test_a_ministrys_unit_named_with_it_is_central_not_the_provinces(name: str) -> None:
    [found] = find_bodies(f"Kết luận của {name} về việc")
    assert scope(found, Locality("thành phố", "Cần Thơ")) == name


def test_a_ministrys_own_plan_names_its_office_and_inspectorate_by_the_word_bộ() -> None:
    text = (
        "BỘ TƯ PHÁP\nSố: 3412/KH-BTP\nHà Nội, ngày 20 tháng 9 năm 2024\nKẾ HOẠCH\n"
        "4. Thanh tra Bộ chủ trì, phối hợp với Văn phòng Bộ lập kế hoạch thanh tra, hoàn thành trước ngày"
        " 31/12/2024.\n"
    )
    graph = extract_text([text], "kh.txt")
    assert _assigned_roles(graph) == {("Thanh tra Bộ Tư pháp", "lead"), ("Văn phòng Bộ Tư pháp", "support")}
    assert _typed_pairs(graph, "PART_OF") >= {
        ("Thanh tra Bộ Tư pháp", "Bộ Tư pháp"),
        ("Văn phòng Bộ Tư pháp", "Bộ Tư pháp"),
    }


@pytest.mark.parametrize("court", ["Tòa án nhân dân thành phố Vị Thanh", "Toà án nhân dân thành phố Vị Thanh"])
def test_a_head_is_found_in_either_tone_placement(court: str) -> None:
    assert [b.surface for b in find_bodies(f"gửi {court} giải quyết")] == [court]


def test_a_reports_table_of_its_own_tasks_names_the_document_that_gave_each() -> None:
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN HẢI HẬU | Độc lập - Tự do - Hạnh phúc\n"
        "Số: 412/BC-UBND | Hải Hậu, ngày 30 tháng 9 năm 2024\nBÁO CÁO\nTình hình thực hiện nhiệm vụ\n"
        "| STT | Nhiệm vụ được giao | Văn bản giao | Thời hạn | Kết quả thực hiện |\n"
        "| 1 | Hoàn thành bồi thường, giải phóng mặt bằng | Thông báo số 86/TB-UBND ngày 15/3/2024 của UBND tỉnh"
        " | 30/6/2024 | Đã bàn giao 96,5% diện tích; còn 14 hộ chưa nhận tiền bồi thường.\nQuá hạn. |\n"
        "| 2 | Xử lý các công trình vi phạm | Công văn số 1452/UBND-VP3 ngày 02/4/2024 của UBND tỉnh | 31/5/2024"
        " | Đã hoàn thành. |\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _assigned(graph) == {
        ("86/TB-UBND", "Ủy ban nhân dân huyện Hải Hậu"),
        ("1452/UBND-VP3", "Ủy ban nhân dân huyện Hải Hậu"),
    }
    statuses = {n.properties["deadline"]: n.properties["status"] for n in graph.nodes.values() if n.label == "Task"}
    assert statuses == {"2024-06-30": "overdue", "2024-05-31": "done"}


def test_a_cited_letter_went_to_the_body_it_asks_and_a_report_to_the_body_reported_to() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MỘC CHÂU\nSố: 512/BC-UBND\nMộc Châu, ngày 10 tháng 12 năm 2024\nBÁO CÁO\n"
        "Ngày 05/8/2024, UBND huyện đã có Công văn số 1984/UBND-TNMT đề nghị Sở Tài nguyên và Môi trường tỉnh Sơn La"
        " hướng dẫn. Huyện đã báo cáo Ủy ban nhân dân tỉnh Sơn La tại Báo cáo số 418/BC-UBND ngày 02/10/2024.\n"
    )
    assert _typed_pairs(extract_text([text], "bc.txt"), "SENT_TO") >= {
        ("1984/UBND-TNMT", "Sở Tài nguyên và Môi trường tỉnh Sơn La"),
        ("418/BC-UBND", "Ủy ban nhân dân tỉnh Sơn La"),
    }


def test_a_lettered_item_carrying_out_a_party_notice_of_conclusions_names_its_issuer() -> None:
    text = (
        "UBND TỈNH KHÁNH HÒA\nBAN QUẢN LÝ KHU KINH TẾ VÂN PHONG\nSố: 455/BC-BQL\nKhánh Hòa, ngày 10 tháng 6 năm 2024\n"
        "BÁO CÁO\na) Thực hiện Thông báo số 872-TB/TU ngày 15/3/2024 kết luận của Ban Thường vụ Tỉnh ủy về dự án,"
        " Ban Quản lý đã ban hành Kế hoạch số 186/KH-BQL ngày 20/3/2024.\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _issuers(graph, "872-TB/TU") == ["Ban Thường vụ Tỉnh ủy Khánh Hòa"]
    assert ("IMPLEMENTS", "872-TB/TU") in _typed_edges_to_numbers(graph)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- UBND TP. Phan Thiết;", ["Ủy ban nhân dân thành phố Phan Thiết"]),
        ("Giao UBND Tp. Phan Thiết chủ trì", ["Ủy ban nhân dân thành phố Phan Thiết"]),
        ("Thông tư số 05/2021/TT-TTCP của Thanh tra Chính phủ quy định quy trình", ["Thanh tra Chính phủ"]),
        ("Giao Ban Quản lý dự án chuyên ngành giao thông chủ trì", ["Ban Quản lý dự án chuyên ngành giao thông"]),
    ],
)
def test_names_read_whole_across_a_citys_initials_and_a_fields_word(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_the_state_bank_and_its_provincial_branch_are_two_bodies() -> None:
    text = (
        "UBND TỈNH BÀ RỊA - VŨNG TÀU\nSỞ XÂY DỰNG\nSố: 3612/SXD-QLN\nBà Rịa - Vũng Tàu, ngày 20 tháng 9 năm 2024\n"
        "Kính gửi: Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Bà Rịa - Vũng Tàu.\n"
        "Thực hiện Văn bản số 2308/NHNN-TD ngày 12/9/2023 của Ngân hàng Nhà nước Việt Nam về việc cho vay nhà ở xã"
        " hội, Sở Xây dựng đề nghị như sau.\n"
    )
    graph = extract_text([text], "cv.txt")
    assert _sent_to(graph) == {"Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Bà Rịa - Vũng Tàu"}
    assert _issuers(graph, "2308/NHNN-TD") != _issuers(graph, "3612/SXD-QLN")
    assert _issuers(graph, "2308/NHNN-TD") != ["Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Bà Rịa - Vũng Tàu"]


@pytest.mark.parametrize("single", ["Riêng Sở Tư pháp, đề nghị", "Đối với Sở Tư pháp, đề nghị"])
def test_a_body_singled_out_before_a_request_is_asked(single: str) -> None:
    text = (
        "UBND TỈNH TRÀ VINH\nSỞ TÀI CHÍNH\nSố: 2145/STC-QLGCS\nTrà Vinh, ngày 10 tháng 9 năm 2024\nV/v góp ý\n"
        f"Đề nghị các sở, ngành góp ý dự thảo. {single} có ý kiến về thẩm quyền ban hành, gửi Sở Tài chính trước ngày"
        " 20/9/2024.\n"
    )
    assert {body for _, body in _assigned(extract_text([text], "cv.txt"))} == {"Sở Tư pháp tỉnh Trà Vinh"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("phối hợp với Viện Khoa học Thủy lợi miền Nam thực hiện", ["Viện Khoa học Thủy lợi miền Nam"]),
        ("Viện trưởng Viện kiểm sát nhân dân tỉnh", ["Viện kiểm sát nhân dân tỉnh"]),
    ],
)
def test_a_ministrys_institute_is_a_body(text: str, names: list[str]) -> None:
    assert [b.surface for b in find_bodies(text)] == names


def test_a_provincial_broadcaster_by_its_initials_is_the_broadcaster() -> None:
    found = find_bodies("- Báo Vĩnh Long, Đài PT-TH Vĩnh Long;")
    assert [b.name for b in found] == ["Báo Vĩnh Long", "Đài Phát thanh và Truyền hình Vĩnh Long"]


def test_a_letter_that_a_department_has_sent_carries_out_what_the_sentence_opens_on() -> None:
    text = (
        "UBND TỈNH NGHỆ AN\nBAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÔNG TRÌNH GIAO THÔNG\nSố: 1642/BC-BQLDA\n"
        "Nghệ An, ngày 10 tháng 10 năm 2024\nBÁO CÁO\n"
        "Thực hiện Văn bản số 6120/UBND-TH ngày 20/8/2024 của UBND tỉnh, Sở Giao thông vận tải đã có Công văn số"
        " 3342/SGTVT-KHTC ngày 28/8/2024 chỉ đạo Ban rà soát.\n"
    )
    graph = extract_text([text], "bc.txt")
    assert ("3342/SGTVT-KHTC", "6120/UBND-TH") in _typed_pairs(graph, "IMPLEMENTS")
    assert "6120/UBND-TH" not in _own_ties(graph, "IMPLEMENTS")


def test_the_communes_a_letter_is_addressed_to_are_the_ones_its_request_to_the_communes_means() -> None:
    text = (
        "UBND TỈNH LÀO CAI\nSỞ DÂN TỘC VÀ TÔN GIÁO\nSố: 638/SDTTG-CS\nLào Cai, ngày 18 tháng 9 năm 2025\nV/v vốn\n"
        "Kính gửi: Ủy ban nhân dân các xã: Mù Cang Chải, Khao Mang.\n"
        "Sở Dân tộc và Tôn giáo đề nghị Ủy ban nhân dân các xã thực hiện một số nội dung sau:\n"
        "1. Rà soát toàn bộ danh mục dự án thuộc Chương trình trên địa bàn xã.\n"
        "2. Báo cáo kết quả về Sở trước ngày 30/9/2025.\n"
    )
    graph = extract_text([text], "cv.txt")
    assert {body for _, body in _assigned(graph)} == {
        "Ủy ban nhân dân xã Mù Cang Chải tỉnh Lào Cai",
        "Ủy ban nhân dân xã Khao Mang tỉnh Lào Cai",
    }
    assert len([n for n in graph.nodes.values() if n.label == "Task"]) == 1


def test_the_fatherland_front_by_its_initials_is_the_front_named_in_full() -> None:
    text = (
        "HUYỆN ỦY TAM ĐẢO\nSố 127-KH/HU\nTam Đảo, ngày 10 tháng 3 năm 2024\nKẾ HOẠCH\n"
        "Giao Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tam Đảo chủ trì giám sát, hoàn thành trước ngày 30/6/2024.\n"
        "Nơi nhận:\n- UBND huyện, UBMTTQ huyện;\n- Lưu VPHU.\n"
    )
    fronts = [n for n in extract_text([text], "kh.txt").nodes.values() if "Mặt trận" in n.properties.get("name", "")]
    assert len(fronts) == 1


def test_a_party_committee_asks_the_state_council_of_its_level_downward() -> None:
    text = (
        "TỈNH ỦY ĐỒNG NAI\nSố 1245-TB/TU\nĐồng Nai, ngày 10 tháng 3 năm 2024\nTHÔNG BÁO\n"
        "3. Đề nghị Thường trực Hội đồng nhân dân tỉnh chuẩn bị nội dung, bố trí trình kỳ họp.\n"
    )
    assert {body for _, body in _assigned(extract_text([text], "tb.txt"))} == {
        "Thường trực Hội đồng nhân dân tỉnh Đồng Nai"
    }


def test_a_commune_party_report_places_the_district_committees_organs_in_its_header_district() -> None:
    text = (
        "ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ HOÀNG NÔNG Hoàng Nông, ngày 15 tháng 10 năm 2024\n*\n"
        "Số 96-BC/ĐU\nBÁO CÁO\nThực hiện Công văn số 215-CV/BDVHU ngày 02/10/2024 của Ban Dân vận Huyện ủy về việc"
        " báo cáo, Đảng ủy xã báo cáo như sau.\n"
    )
    assert _issuers(extract_text([text], "bc.txt"), "215-CV/BDVHU") == ["Ban Dân vận Huyện ủy Đại Từ"]


def test_a_party_notice_directs_the_organ_its_sentence_opens_on() -> None:
    text = (
        "TỈNH ỦY KON TUM\nSố 1162-TB/TU\nKon Tum, ngày 22 tháng 10 năm 2024\nTHÔNG BÁO\n"
        "Ban Thường vụ Tỉnh ủy kết luận như sau.\n"
        "Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh xem xét, thông qua Nghị quyết.\n"
        "Ban Thường vụ Huyện ủy Đắk Hà đã thiếu trách nhiệm. Ban Thường vụ Huyện ủy Đắk Hà tổ chức kiểm điểm, rút kinh"
        " nghiệm sâu sắc.\n"
    )
    assert {body for _, body in _assigned(extract_text([text], "tb.txt"))} == {
        "Đảng đoàn Hội đồng nhân dân tỉnh Kon Tum",
        "Ban Thường vụ Huyện ủy Đắk Hà tỉnh Kon Tum",
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("1. Giao Thuế cơ sở 3 tỉnh Đồng Nai chủ trì", ["Thuế cơ sở 3 tỉnh Đồng Nai"]),
        ("Chi cục Thuế khu vực 3 chủ trì", ["Chi cục Thuế khu vực 3"]),
        (
            "phối hợp với Chi nhánh Văn phòng Đăng ký đất đai khu vực Vĩnh Lợi",
            ["Chi nhánh Văn phòng Đăng ký đất đai khu vực Vĩnh Lợi"],
        ),
        ("Bí thư Huyện uỷ dẫn đoàn công tác của Huyện uỷ", ["Huyện uỷ", "Huyện uỷ"]),
    ],
)
def test_tax_units_by_number_branches_and_a_committee_before_a_verb(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_two_units_of_a_ministry_listed_with_a_comma_are_no_part_of_each_other() -> None:
    text = (
        "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 1487/TB-BNN-VP\nHà Nội, ngày 20 tháng 3 năm 2024\nTHÔNG BÁO\n"
        "Giao Cục Thủy lợi, Cục Quản lý đê điều và Phòng, chống thiên tai rà soát, hoàn thành trước ngày 30/6/2024.\n"
        "Giao Phòng Nghiệp vụ 2, Thanh tra Bộ theo dõi.\n"
    )
    parts = _typed_pairs(extract_text([text], "tb.txt"), "PART_OF")
    assert not any(child.startswith("Cục") and parent.startswith("Cục") for child, parent in parts)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- Cục Cảnh sát PCCC và CNCH;", ["Cục Cảnh sát Phòng cháy, chữa cháy và Cứu nạn, cứu hộ"]),
        ("gửi Cục QLĐĐ và PCTT;", ["Cục QLĐĐ và Phòng chống thiên tai"]),
        ("Công ty Cổ phần Dịch vụ Quảng Ngãi QISC và UBND tỉnh", ["Công ty Cổ phần Dịch vụ Quảng Ngãi", "UBND tỉnh"]),
    ],
)
def test_fields_abbreviated_in_pairs_stay_in_the_name(text: str, names: list[str]) -> None:
    assert [b.name if b.name.startswith("Cục") else b.surface for b in find_bodies(text)] == names


def test_a_numbered_body_a_colon_and_its_work_in_a_notice_is_given_the_work() -> None:
    text = (
        "UBND TỈNH HÒA BÌNH\nVĂN PHÒNG\nSố: 214/TB-VPUBND\nHòa Bình, ngày 12 tháng 8 năm 2022\nTHÔNG BÁO\n"
        "2.3. Kho bạc Nhà nước tỉnh Hòa Bình: Kiểm soát, thanh toán kịp thời cho các dự án ngay khi có khối lượng"
        " nghiệm thu và hồ sơ hợp lệ.\n"
    )
    assert {body for _, body in _assigned(extract_text([text], "tb.txt"))} == {"Kho bạc Nhà nước tỉnh Hòa Bình"}


@pytest.mark.parametrize(
    ("header", "body"),
    [
        (
            "ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG NÔ\nSố: 45/KH-UBND\nKrông Nô, ngày 10 tháng 1 năm 2024\nKẾ HOẠCH\n",
            "I. KẾT QUẢ NĂM 2023\nNăm 2023, Phòng Y tế huyện phối hợp với Trung tâm Y tế huyện tổ chức 12 đợt kiểm tra,"
            " phát hiện 5 cơ sở vi phạm. Phòng Giáo dục và Đào tạo hướng dẫn 30 trường học thực hiện vệ sinh.\n",
        ),
        (
            "ỦY BAN NHÂN DÂN\nHUYỆN HOÀI ÂN\nSố: 312/UBND-TC\nHoài Ân, ngày 20 tháng 3 năm 2024\nV/v báo cáo\n",
            "UBND huyện Hoài Ân báo cáo như sau: Phòng Tài chính - Kế hoạch chủ trì cuộc họp, thống nhất phương án"
            " hoàn trả kinh phí. Phòng Lao động - Thương binh và Xã hội hoàn thành thu hồi trước ngày 15/3/2024.\n",
        ),
        (
            "ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG NÔ\nSố: 77/KH-UBND\nKrông Nô, ngày 10 tháng 1 năm 2024\nKẾ HOẠCH\n",
            "IV. KIẾN NGHỊ, ĐỀ XUẤT\n1. Sở Tài chính tỉnh Đắk Nông xem xét bố trí bổ sung kinh phí cho huyện.\n",
        ),
    ],
)
def test_what_was_done_and_what_is_asked_upward_are_no_tasks(header: str, body: str) -> None:
    assert _assigned(extract_text([header + body], "x.txt")) == set()


def test_a_result_not_yet_overdue_is_in_progress_and_a_sentence_under_a_table_is_no_row() -> None:
    from loaders.extract.task_tables import _status

    assert _status("Đang thực hiện, chưa quá hạn.") == "in_progress"
    assert _status("Đang thực hiện, quá hạn.") == "overdue"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Giao Trung tâm Hướng dẫn viên du lịch tỉnh phối hợp", ["Trung tâm Hướng dẫn viên du lịch tỉnh"]),
        ("giao UBND phường 2 lần kiểm tra", ["UBND phường"]),
    ],
)
def test_a_guide_is_no_verb_and_a_count_is_no_wards_number(text: str, names: list[str]) -> None:
    assert [b.surface for b in find_bodies(text)] == names


def test_the_letter_that_carries_out_a_conclusion_gives_the_work_of_its_trong_đó() -> None:
    text = (
        "UBND TỈNH NGHỆ AN\nBAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÔNG TRÌNH GIAO THÔNG\nSố: 1642/BC-BQLDA\n"
        "Nghệ An, ngày 10 tháng 10 năm 2024\nBÁO CÁO\n"
        "Văn bản số 6120/UBND-TH ngày 20/8/2024 của UBND tỉnh chỉ đạo thực hiện Kết luận thanh tra số 29/KL-TTr"
        " ngày 02/8/2024, trong đó giao Sở Giao thông vận tải chỉ đạo Ban rà soát.\n"
    )
    assigned = _assigned(extract_text([text], "bc.txt"))
    assert ("6120/UBND-TH", "Sở Giao thông vận tải tỉnh Nghệ An") in assigned
    assert not any(giver == "29/KL-TTr" for giver, _ in assigned)


def test_a_commune_named_as_a_province_does_not_set_the_documents_province() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN BÌNH SƠN\nSố: 512/BC-UBND\nBình Sơn, ngày 10 tháng 10 năm 2023\nBÁO CÁO\n"
        "Căn cứ Quyết định số 45/QĐ-UBND ngày 02/3/2023 của Uỷ ban nhân dân tỉnh Quảng Ngãi;\n"
        "Dự án Kè chống sạt lở bờ sông Trà Bồng đoạn qua xã Bình Thuận, xã Bình Chương đang thi công; UBND xã Bình"
        " Thuận đã bàn giao mặt bằng, Đảng ủy xã Bình Thuận đã chỉ đạo vận động.\n"
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\n"
    )
    assert _sent_to(extract_text([text], "bc.txt")) == {"Uỷ ban nhân dân tỉnh Quảng Ngãi"}


def test_a_letter_to_one_company_calls_it_công_ty_once_named() -> None:
    text = (
        "CỤC THUẾ TỈNH PHÚ YÊN\nSố: 2874/CTPYE-QLN\nPhú Yên, ngày 14 tháng 10 năm 2022\nV/v nộp tiền\n"
        "Kính gửi: Công ty cổ phần Đầu tư Xây dựng Xuân Đài.\n"
        "3. Đề nghị Công ty nộp ngay toàn bộ số tiền sử dụng đất còn nợ, chậm nhất ngày 31/10/2022.\n"
        "Trong quá trình thực hiện, nếu có vướng mắc, Công ty liên hệ Phòng Quản lý nợ, Cục Thuế tỉnh Phú Yên.\n"
    )
    graph = extract_text([text], "cv.txt")
    assert {body for _, body in _assigned(graph)} == {"Công ty cổ phần Đầu tư Xây dựng Xuân Đài"}
    assert [n.properties["name"] for n in graph.nodes.values() if n.label == "Organization"] == [
        "Công ty cổ phần Đầu tư Xây dựng Xuân Đài"
    ]


def test_a_regional_tax_office_by_its_initials_is_the_office_named_in_full() -> None:
    [short] = find_bodies("- Chi cục Thuế KV Sông Cầu - Đồng Xuân;")
    assert short.name == "Chi cục Thuế khu vực Sông Cầu - Đồng Xuân"


def test_a_line_that_a_pdf_broke_after_a_semicolon_is_still_the_cited_notices_sentence() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MỘC CHÂU\nSố: 468/BC-UBND\nMộc Châu, ngày 10 tháng 12 năm 2024\nBÁO CÁO\n"
        "4. Vụ việc thuộc diện Ban Chỉ đạo tỉnh theo dõi\n"
        "Theo Thông báo số 215-TB/BCĐ ngày 20/6/2024 của Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Sơn La,"
        " vụ việc được đưa vào diện theo dõi;\n"
        "Ban Chỉ đạo giao Công an tỉnh chỉ đạo xác minh, làm rõ; giao UBND huyện Mộc Châu cung cấp hồ sơ.\n"
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 02/3/2024 của UBND huyện;\n"
        "Thực hiện Công văn số 892/UBND-KT ngày 28/3/2024 của UBND tỉnh, theo đó giao Thanh tra huyện kiểm tra.\n"
    )
    assigned = _assigned(extract_text([text], "bc.txt"))
    assert ("215-TB/BCĐ", "Công an tỉnh Sơn La") in assigned
    assert ("215-TB/BCĐ", "Ủy ban nhân dân huyện Mộc Châu tỉnh Sơn La") in assigned
    # a line of its own after "…;" opens its own sentence when it opens on a cue
    assert ("892/UBND-KT", "Thanh tra huyện Mộc Châu tỉnh Sơn La") in assigned


def test_a_town_named_for_its_state_farm_keeps_the_farms_name() -> None:
    names = [b.name for b in find_bodies("giao UBND thị trấn Nông trường Mộc Châu và UBND xã Đông Sang rà soát")]
    assert names == ["Ủy ban nhân dân thị trấn Nông trường Mộc Châu", "Ủy ban nhân dân xã Đông Sang"]


def test_a_direction_given_by_one_whose_name_holds_commas_is_carried_out() -> None:
    text = (
        "CÔNG AN TỈNH LAI CHÂU\nSố: 1087/CSĐT-PC03\nLai Châu, ngày 10 tháng 4 năm 2024\n"
        "Thực hiện ý kiến chỉ đạo của Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh tại Thông báo số"
        " 52-TB/BCĐ ngày 02/4/2024 về việc đưa vụ việc vào diện theo dõi; Cơ quan đề nghị cung cấp hồ sơ.\n"
    )
    implemented = {n for kind, n in _typed_edges_to_numbers(extract_text([text], "x.txt")) if kind == "IMPLEMENTS"}
    assert implemented == {"52-TB/BCĐ"}


def test_an_item_heading_listing_many_provinces_gives_them_the_lettered_work_under_it() -> None:
    text = (
        "CHÍNH PHỦ\nSố: 41/NQ-CP\nHà Nội, ngày 18 tháng 3 năm 2024\nNGHỊ QUYẾT\nVề việc tháo gỡ khó khăn\n"
        "QUYẾT NGHỊ:\n"
        "4. Ủy ban nhân dân các tỉnh: An Giang, Đồng Tháp, Vĩnh Long, Bến Tre, Tiền Giang:\n"
        "a) Hoàn thành thủ tục nâng công suất các mỏ cát đã giao cho nhà thầu trước ngày 30 tháng 6 năm 2024;\n"
        "b) Tăng cường kiểm tra, giám sát hoạt động khai thác.\n"
    )
    assigned = {body for _, body in _assigned(extract_text([text], "nq.txt"))}
    assert assigned == {
        f"Ủy ban nhân dân tỉnh {p}" for p in ("An Giang", "Đồng Tháp", "Vĩnh Long", "Bến Tre", "Tiền Giang")
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("3. Giám đốc Bệnh viện Nguyễn Đình Chiểu: thu hồi số tiền", ["Bệnh viện Nguyễn Đình Chiểu"]),
        ("giao Trường THPT Nguyễn Du báo cáo", ["Trường THPT Nguyễn Du"]),
        ("Bệnh viện Đa khoa Nguyễn Đình Chiểu báo cáo", ["Bệnh viện Đa khoa Nguyễn Đình Chiểu"]),
        ("Bệnh viện Nguyễn Đình Chiểu tỉnh Bến Tre báo cáo", ["Bệnh viện Nguyễn Đình Chiểu tỉnh Bến Tre"]),
        # a project named for its works names no body: the school is what is built
        ("Dự án Trường THCS Nguyễn Du của Trường Tiểu học Ngô Mây", ["Trường Tiểu học Ngô Mây"]),
        ("Dự án Trung tâm Văn hóa - Thể thao thị xã An Khê chậm tiến độ", []),
        ("Dự án xây dựng Trường Trung học cơ sở Tràng Cát chậm tiến độ", []),
        ("Dự án Cải tạo, nâng cấp Bệnh viện Đa khoa tỉnh Lâm Đồng", []),
    ],
)
def test_a_hospital_or_school_named_for_a_person_and_a_project_named_for_its_works(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


@pytest.mark.parametrize(
    ("header", "asked", "tasked"),
    [
        # a province's board asks a district to approve what is the district's to approve: work given
        (
            "UBND TỈNH GIA LAI\nBAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH NÔNG NGHIỆP\nSố: 418/BC-BQLDA\n"
            "Gia Lai, ngày 10 tháng 5 năm 2024\nBÁO CÁO\n",
            "2. Đề nghị Ủy ban nhân dân huyện Krông Pa khẩn trương phê duyệt phương án bồi thường, hoàn thành trước"
            " ngày 30/6/2024.\n",
            True,
        ),
        # a district asks the province to approve: upward
        (
            "ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PA\nSố: 418/BC-UBND\nKrông Pa, ngày 10 tháng 5 năm 2024\nBÁO CÁO\n",
            "2. Đề nghị Sở Tài nguyên và Môi trường tỉnh Gia Lai xem xét, phê duyệt giá đất cụ thể.\n",
            False,
        ),
    ],
)
def test_asked_to_approve_is_work_given_only_below_the_writer(header: str, asked: str, tasked: bool) -> None:
    assert bool(_assigned(extract_text([header + asked], "bc.txt"))) is tasked


@pytest.mark.parametrize(
    ("police", "issuer"),
    [
        ("CÔNG AN TỈNH LAI CHÂU", "Cơ quan Cảnh sát điều tra Công an tỉnh Lai Châu"),
        ("CÔNG AN HUYỆN TAM ĐƯỜNG", "Cơ quan Cảnh sát điều tra Công an huyện Tam Đường tỉnh Lai Châu"),
    ],
)
def test_investigators_under_their_polices_header_are_named_with_the_police(police: str, issuer: str) -> None:
    text = (
        f"{police}\nCƠ QUAN CẢNH SÁT ĐIỀU TRA\nSố: 1087/CSĐT-PC03\nLai Châu, ngày 14 tháng 5 năm 2024\n"
        "Kính gửi: Sở Tài nguyên và Môi trường tỉnh Lai Châu.\n"
        "Cơ quan Cảnh sát điều tra đề nghị cung cấp hồ sơ.\n"
    )
    graph = extract_text([text], "cv.txt")
    issued = [graph.nodes[e.source].properties["name"] for e in graph.edges.values() if e.type == "ISSUED"]
    assert issued == [issuer]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # (with no place after it to close the name)
        ("kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng cấp xã", ["Ban Chỉ huy phòng cháy, chữa cháy rừng"]),
        (
            "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ báo cáo",
            ["Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"],
        ),
        (
            "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Lâm Đồng báo cáo",
            ["Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Lâm Đồng"],
        ),
        ("Sở Xây dựng phòng cháy, chữa cháy", ["Sở Xây dựng"]),  # a department's name is whole
    ],
)
def test_a_field_whose_fixed_phrase_holds_commas_stays_in_the_name(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "giao UBND các huyện: Đak Pơ, Mang Yang và thành phố Pleiku thực hiện",
            ["Ủy ban nhân dân huyện Đak Pơ", "Ủy ban nhân dân huyện Mang Yang", "Ủy ban nhân dân thành phố Pleiku"],
        ),
        (
            "giao Ủy ban nhân dân thị xã An Khê, các huyện: Đak Pơ, Mang Yang tổ chức",
            ["Ủy ban nhân dân thị xã An Khê", "Ủy ban nhân dân huyện Đak Pơ", "Ủy ban nhân dân huyện Mang Yang"],
        ),
        ("UBND huyện Chư Sê, các sở, ngành thực hiện", ["Ủy ban nhân dân huyện Chư Sê"]),
        (
            "- HĐND, UBND các tỉnh: An Giang, Đồng Tháp;",
            [
                "Ủy ban nhân dân tỉnh An Giang",
                "Ủy ban nhân dân tỉnh Đồng Tháp",
                "Hội đồng nhân dân tỉnh An Giang",
                "Hội đồng nhân dân tỉnh Đồng Tháp",
            ],
        ),
    ],
)
def test_lists_of_places_after_a_named_committee_a_shared_head_or_a_one_word_city(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "- Ban cán sự đảng: UBND tỉnh, VKSND tỉnh,",
            ["Ban cán sự đảng Ủy ban nhân dân tỉnh", "Ban cán sự đảng Viện kiểm sát nhân dân tỉnh"],
        ),
        (
            "- Ủy ban Kiểm tra, Ban Tổ chức, Ban Nội chính Tỉnh ủy,",
            ["Ủy ban Kiểm tra Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Nội chính Tỉnh ủy"],
        ),
        (
            "- Văn phòng, Ủy ban Kiểm tra, Ban Tổ chức Huyện ủy;",
            ["Văn phòng Huyện ủy", "Ủy ban Kiểm tra Huyện ủy", "Ban Tổ chức Huyện ủy"],
        ),
        ("- Các ban: Tổ chức, Nội chính Tỉnh ủy,", ["Ban Tổ chức Tỉnh ủy", "Ban Nội chính Tỉnh ủy"]),
        ("Văn phòng, Sở Tài chính", ["Sở Tài chính"]),
    ],
)
def test_party_organs_listed_in_short_forms_each_name_an_organ(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Giao Công ty TNHH Vật liệu xây dựng Kim Xuyên Phát thực hiện",
            ["Công ty TNHH Vật liệu xây dựng Kim Xuyên Phát"],
        ),
        (
            "Giao Công ty cổ phần Đầu tư xây dựng Nguyễn Hoàng thực hiện",
            ["Công ty cổ phần Đầu tư xây dựng Nguyễn Hoàng"],
        ),
        ("Công ty TNHH Hòa Phát xây dựng Nhà máy", ["Công ty TNHH Hòa Phát"]),
        ("Giám đốc Công ty TNHH ABC Nguyễn Văn An ký", ["Công ty TNHH ABC"]),  # a person, "Văn" in the middle
        ("Gửi cho Kho bạc Nhà nước Kim Thành để thu tiền phạt", ["Kho bạc Nhà nước Kim Thành"]),
        ("Giám đốc Kho bạc Nhà nước Nguyễn Văn An ký", ["Kho bạc Nhà nước"]),
    ],
)
def test_a_firms_trade_in_lower_case_a_brand_on_a_family_name_and_a_treasury_by_its_district(
    text: str, names: list[str]
) -> None:
    assert [b.name for b in find_bodies(text)] == names


@pytest.mark.parametrize(
    ("header", "short"),
    [
        ("UBND TỈNH LÂM ĐỒNG\nHỘI ĐỒNG THẨM ĐỊNH, ĐÁNH GIÁ CHỈ SỐ CCHC\n", "Hội đồng thẩm định"),
        ("UBND TỈNH LÂM ĐỒNG\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\n", "Ban chỉ đạo"),
    ],
)
def test_a_task_bodys_document_calls_it_by_its_head_and_next_word_in_either_case(header: str, short: str) -> None:
    text = (
        f"{header}Số: 12/TTr-HĐ\nLâm Đồng, ngày 05 tháng 02 năm 2026\nTỜ TRÌNH\nVề việc công bố\n"
        f"Ngày 19/01/2026, {short} ban hành Công văn số 360/HĐTĐ về việc lấy ý kiến.\n"
    )
    graph = extract_text([text], "ttr.txt")
    issued = {
        graph.nodes[e.target].properties.get("number"): graph.nodes[e.source].properties["name"]
        for e in graph.edges.values()
        if e.type == "ISSUED"
    }
    assert issued["360/HĐTĐ"] == issued["12/TTr-HĐ"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- TT. Huyện ủy, TT. HĐND huyện;", ["Thường trực Huyện ủy", "Thường trực Hội đồng nhân dân huyện"]),
        ("- TT.Thành uỷ;", ["Thường trực Thành ủy"]),
    ],
)
def test_tt_with_a_dot_before_any_party_committee_is_its_standing_body(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


@pytest.mark.parametrize("filed", ["NC. TH", "NC.TH"])
def test_a_signers_name_run_onto_the_filing_line_after_the_drafters_initials_signs(filed: str) -> None:
    text = (
        "UBND TỈNH HẬU GIANG\nSố: 1482/UBND-NC\nHậu Giang, ngày 1 tháng 10 năm 2024\nV/v thực hiện kết luận\n"
        "Ủy ban nhân dân tỉnh yêu cầu các cơ quan nghiêm túc thực hiện./.\n"
        "Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Cục Thuế tỉnh;\n"
        f"- Lưu: VT, {filed} Lâm Văn Thạnh\n"
    )
    assert {name for name, _, _ in _signers(extract_text([text], "cv.txt"))} == {"Lâm Văn Thạnh"}


def test_a_numbered_item_in_which_the_concluding_body_judges_is_no_task() -> None:
    text = (
        "TỈNH ỦY QUẢNG NINH\n*\nSố 1605-TB/TU\nQuảng Ninh, ngày 12 tháng 12 năm 2024\nTHÔNG BÁO\n"
        "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\n"
        "1. Ban Thường vụ Tỉnh ủy ghi nhận các cơ quan tiến hành tố tụng của tỉnh đã tập trung xử lý dứt điểm nhiều vụ"
        " án.\n"
        "2. Giao Ủy ban Kiểm tra Tỉnh ủy chủ trì xem xét, xử lý kỷ luật, hoàn thành trong quý I năm 2025.\n"
    )
    assert {body for _, body in _assigned(extract_text([text], "tb.txt"))} == {"Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh"}


def test_a_procuracys_request_to_investigate_is_a_document_of_its_own_type() -> None:
    text = (
        "VIỆN KIỂM SÁT NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 417/VKS-P3\nHà Giang, ngày 1 tháng 6 năm 2024\n"
        "Viện kiểm sát nhân dân tỉnh Hà Giang đã phê chuẩn các quyết định khởi tố bị can và ban hành Yêu cầu điều tra"
        " số 07/YCĐT-VKS-P3 ngày 12/3/2024.\n"
    )
    graph = extract_text([text], "cv.txt")
    [doc] = [n for n in graph.nodes.values() if n.properties.get("number") == "07/YCĐT-VKS-P3"]
    assert doc.properties["doc_type"] == "YCĐT"
    assert _issuers(graph, "07/YCĐT-VKS-P3") == ["Viện kiểm sát nhân dân tỉnh Hà Giang"]


def test_a_clause_after_a_semicolon_that_issues_with_no_subject_is_the_sentences_actors() -> None:
    text = (
        "BAN NỘI CHÍNH TỈNH ỦY YÊN BÁI\nSố 120-BC/BNCTU\nYên Bái, ngày 1 tháng 10 năm 2024\nBÁO CÁO\n"
        "1. Cơ quan Cảnh sát điều tra Công an tỉnh khởi tố vụ án theo Quyết định số 47/QĐ-CSĐT ngày 22/4/2024, khởi"
        " tố 05 bị can; ngày 26/9/2024 đã ban hành Bản kết luận điều tra số 61/KLĐT-PC03, chuyển hồ sơ.\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _issuers(graph, "61/KLĐT-PC03") == ["Cơ quan Cảnh sát điều tra Công an tỉnh Yên Bái"]


def test_an_office_told_to_update_a_record_is_named_without_the_verb() -> None:
    assert [b.name for b in find_bodies("Giao Văn phòng Sở cập nhật Quyết định này vào hồ sơ công chức")] == [
        "Văn phòng Sở"
    ]


def test_proposed_by_the_chief_of_an_office_is_proposed_by_the_office() -> None:
    text = (
        "UBND TỈNH NAM ĐỊNH\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 845/QĐ-STNMT\nNam Định, ngày 14 tháng 10 năm 2024\n"
        "QUYẾT ĐỊNH\nTheo đề nghị của Chánh Văn phòng Sở tại Tờ trình số 186/TTr-VP ngày 04 tháng 10 năm 2024.\n"
    )
    graph = extract_text([text], "qd.txt")
    proposers = [graph.nodes[e.target].properties["name"] for e in graph.edges.values() if e.type == "PROPOSED_BY"]
    assert proposers == ["Văn phòng Sở Tài nguyên và Môi trường tỉnh Nam Định"]


def test_a_heading_for_a_body_under_which_it_is_humbly_asked_gives_no_work() -> None:
    text = (
        "UBND TỈNH KON TUM\nTỔ CÔNG TÁC ĐÔN ĐỐC GIẢI NGÂN\nSố: 25/BC-TCT\nKon Tum, ngày 10 tháng 10 năm 2024\n"
        "BÁO CÁO\nKết quả kiểm tra, đôn đốc giải ngân vốn đầu tư công\nIV. KIẾN NGHỊ\n1. Đối với Uỷ ban nhân dân tỉnh\n"
        "Kính đề nghị Uỷ ban nhân dân tỉnh xem xét, điều chuyển vốn của các dự án chậm giải ngân.\n"
        "2. Đối với Sở Kế hoạch và Đầu tư\nChủ trì rà soát, tham mưu điều chuyển vốn trước ngày 30/10/2024.\n"
    )
    assert {body for _, body in _assigned(extract_text([text], "bc.txt"))} == {"Sở Kế hoạch và Đầu tư tỉnh Kon Tum"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- Đại diện VNPT Lâm Đồng.", ["VNPT Lâm Đồng"]),
        ("- Viettel Lâm Đồng;", ["Viettel Lâm Đồng"]),
        ("- Điện lực Lâm Đồng;", ["Điện lực Lâm Đồng"]),
        ("- Agribank Chi nhánh Lâm Đồng;", ["Agribank Chi nhánh Lâm Đồng"]),
        ("các ngành điện lực, viễn thông", []),
    ],
)
def test_state_firms_and_banks_by_their_brands_and_places(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_a_firm_goes_by_the_brand_in_brackets_after_its_full_name() -> None:
    text = (
        "NGÂN HÀNG TMCP ĐẦU TƯ VÀ PHÁT TRIỂN VIỆT NAM\nCHI NHÁNH BÀ RỊA - VŨNG TÀU\nSố: 1268/BIDV.BRVT-KHDN\n"
        "Vũng Tàu, ngày 20 tháng 9 năm 2024\n"
        "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam - Chi nhánh Bà Rịa - Vũng Tàu (BIDV Bà Rịa - Vũng Tàu) báo cáo"
        " như sau: BIDV Bà Rịa - Vũng Tàu đã tiếp nhận hồ sơ.\n"
    )
    graph = extract_text([text], "cv.txt")
    assert len([n for n in graph.nodes.values() if n.label == "Organization"]) == 1


def test_a_phase_after_a_dash_is_in_the_projects_name() -> None:
    text = (
        "UBND TỈNH NINH THUẬN\nSố: 45/BC-UBND\nNinh Thuận, ngày 10 tháng 5 năm 2024\nBÁO CÁO\n"
        "2. Dự án Nhà máy điện gió Công Hải 1 - giai đoạn 2 (công suất 25 MW) do Công ty cổ phần Điện gió Thuận Bắc"
        " làm chủ đầu tư đã hoàn thành xây dựng.\n"
    )
    names = list(_projects(extract_text([text], "bc.txt")).values())
    assert names == ["Dự án Nhà máy điện gió Công Hải 1 - giai đoạn 2"]


def test_a_jrai_family_name_names_a_member() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 512/QĐ-UBND\nGia Lai, ngày 10 tháng 5 năm 2024\nQUYẾT ĐỊNH\n"
        "Điều 1. Thành lập Ban Chỉ đạo, gồm:\n"
        "7. Ông Rah Lan Chinh, Chủ tịch Ủy ban nhân dân thị xã An Khê - Thành viên;\n"
    )
    graph = extract_text([text], "qd.txt")
    assert [n.properties["name"] for n in graph.nodes.values() if n.label == "Person"] == ["Rah Lan Chinh"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("d) Phòng Quản lý xây dựng thuộc Sở Xây dựng là đầu mối", ["Phòng Quản lý xây dựng", "Sở Xây dựng"]),
        (
            "Giao Phòng Tổ chức đảng - đảng viên, Ban Tổ chức Tỉnh ủy theo dõi",
            ["Phòng Tổ chức đảng - đảng viên", "Ban Tổ chức Tỉnh ủy"],
        ),
        ("giao Ban Quản lý xây dựng kế hoạch", ["Ban Quản lý"]),  # a board that builds a plan
        ("Phòng Quản lý quy hoạch và xây dựng tham mưu", ["Phòng Quản lý quy hoạch và xây dựng"]),
    ],
)
def test_an_offices_field_in_lower_case_is_in_its_name(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_a_scheme_named_in_straight_quotes_is_a_project() -> None:
    text = (
        "UBND TỈNH KHÁNH HÒA\nSỞ XÂY DỰNG\nSố: 3958/SXD-QLN\nKhánh Hòa, ngày 10 tháng 10 năm 2024\n"
        'Thực hiện Đề án "Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp giai đoạn'
        ' 2021 - 2030", Sở Xây dựng đã rà soát.\n'
    )
    assert list(_projects(extract_text([text], "cv.txt")).values()) == [
        'Đề án "Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp giai đoạn 2021 - 2030"'
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "phối hợp với Đội Quản lý trật tự xây dựng đô thị quận kiểm tra",
            ["Đội Quản lý trật tự xây dựng đô thị quận"],
        ),
        ("- Đội QLTTXDĐT quận;", ["Đội Quản lý trật tự xây dựng đô thị quận"]),
        ("Đội ngũ cán bộ", []),
    ],
)
def test_a_districts_team_is_a_body_by_its_name_or_its_initials(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_the_committee_a_group_of_recipients_is_under_is_no_recipient() -> None:
    text = (
        "TỈNH ỦY ĐIỆN BIÊN\nBAN TỔ CHỨC\nSố 12-HD/BTCTU\nĐiện Biên, ngày 1 tháng 2 năm 2024\nHƯỚNG DẪN\n"
        "Nơi nhận:\n- Các huyện ủy, thị ủy, thành ủy,\nđảng ủy trực thuộc Tỉnh ủy,\n"
        "- Thường trực Tỉnh ủy (b/c),\n- Lưu.\n"
    )
    assert _sent_to(extract_text([text], "hd.txt")) == {"Thường trực Tỉnh ủy Điện Biên"}


def test_a_letter_said_to_answer_with_no_letter_named_answers_the_one_told_before() -> None:
    text = (
        "UBND TỈNH BÌNH THUẬN\nSỞ NỘI VỤ\nSố: 3367/TTr-SNV\nBình Thuận, ngày 20 tháng 10 năm 2024\nTỜ TRÌNH\n"
        "(1) Hội Cựu giáo chức tỉnh có Văn bản số 16/CGC.BT ngày 19/8/2024 kiến nghị kéo dài thời gian tổ chức đại"
        " hội. Ngày 30/8/2024, Sở Nội vụ có Công văn số 2328/SNV-TCCC trả lời: “Hội hoạt động không hiệu quả”.\n"
    )
    graph = extract_text([text], "ttr.txt")
    numbers = {n.id: n.properties.get("number") for n in graph.nodes.values()}
    ties = {(e.type, numbers[e.source], numbers[e.target]) for e in graph.edges.values()}
    assert ("RESPONDS_TO", "2328/SNV-TCCC", "16/CGC.BT") in ties


@pytest.mark.parametrize(
    "line",
    [
        "Người đại diện theo pháp luật: Ông Nguyễn Đình Tuấn. Giới tính: Nam.\nChức danh: Giám đốc.",
        "Người đại diện theo pháp luật: Ông Nguyễn Đình Tuấn; chức danh: Giám đốc.",
    ],
)
def test_a_firms_legal_representative_holds_the_post_given_in_the_firm(line: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN KIM THÀNH\nSố: 1486/QĐ-XPHC\nKim Thành, ngày 20 tháng 11 năm 2024\nQUYẾT ĐỊNH\n"
        "Điều 1. Xử phạt vi phạm hành chính đối với tổ chức có tên sau đây:\n"
        "1. Tên tổ chức vi phạm: Công ty TNHH Vật liệu xây dựng Kim Xuyên Phát.\n"
        f"Mã số doanh nghiệp: 0801356724.\n{line}\n"
    )
    graph = extract_text([text], "qd.txt")
    held = {
        (graph.nodes[e.source].properties["name"], graph.nodes[e.target].properties["name"], e.properties.get("title"))
        for e in graph.edges.values()
        if e.type == "HOLDS_POST"
    }
    assert ("Nguyễn Đình Tuấn", "Công ty TNHH Vật liệu xây dựng Kim Xuyên Phát", "Giám đốc") in held


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Chánh Văn phòng Sở, Trưởng phòng Quản lý đất đai, Thủ trưởng các phòng",
            ["Phòng Quản lý đất đai", "Văn phòng Sở"],
        ),
        (
            "nguyên Trưởng phòng Tài nguyên và Môi trường thị xã Long Mỹ",
            ["Phòng Tài nguyên và Môi trường thị xã Long Mỹ"],
        ),
        ("Trưởng phòng họp giao ban.", []),
    ],
)
def test_the_office_a_heads_post_names_is_called_by_its_name(text: str, names: list[str]) -> None:
    found = find_bodies(text)
    assert [b.name for b in found] == names
    assert [b.surface for b in found] == names  # (an alias without "Phòng" would name no office)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Thực hiện Công văn số 2769/UBND–NCKSTTHC ngày 24/7/2024 của UBND tỉnh.", "2769/UBND-NCKSTTHC"),
        ("Căn cứ Nghị định số 45/2010/NĐ–CP ngày 21/4/2010 của Chính phủ.", "45/2010/NĐ-CP"),
    ],
)
def test_an_en_dash_inside_a_number_is_its_hyphen(text: str, number: str) -> None:
    graph = extract_text([text], "x.txt")
    assert number in {n.properties.get("number") for n in graph.nodes.values()}


def test_what_a_decree_replaces_is_every_decree_listed_after_the_first_ones_particulars() -> None:
    text = (
        "Ngày 08/10/2024, Chính phủ ban hành Nghị định số 126/2024/NĐ-CP quy định về tổ chức, hoạt động và quản lý"
        " hội, thay thế Nghị định số 45/2010/NĐ-CP ngày 21/4/2010 của Chính phủ quy định về tổ chức, hoạt động và"
        " quản lý hội và Nghị định số 33/2012/NĐ-CP ngày 13/4/2012 của Chính phủ sửa đổi, bổ sung một số điều của"
        " Nghị định số 45/2010/NĐ-CP.\n"
    )
    graph = extract_text([text], "x.txt")
    numbers = {n.id: n.properties.get("number") for n in graph.nodes.values()}
    ties = {(e.type, numbers[e.source], numbers[e.target]) for e in graph.edges.values() if e.type != "CITES"}
    assert {("REPLACES", "126/2024/NĐ-CP", "45/2010/NĐ-CP"), ("REPLACES", "126/2024/NĐ-CP", "33/2012/NĐ-CP")} <= ties


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "gồm: Hội Cựu giáo chức, Hội Bảo vệ thiên nhiên và môi trường và Hội Làm vườn.",
            ["Hội Cựu giáo chức", "Hội Bảo vệ thiên nhiên và môi trường", "Hội Làm vườn"],
        ),
        (
            "Hiệp hội Chế biến và xuất khẩu thủy sản, Sở Công Thương",
            ["Hiệp hội Chế biến và xuất khẩu thủy sản", "Sở Công Thương"],
        ),
        ("Sở Tài chính và các sở, ngành", ["Sở Tài chính"]),
    ],
)
def test_a_names_second_field_in_lower_case_goes_on_to_the_lists_next_body(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_a_party_committee_and_the_government_beside_it_are_no_one_body() -> None:
    assert [b.name for b in find_bodies("lãnh đạo Đảng ủy, chính quyền xã Tiên Hà tập trung")] == ["Đảng ủy"]


def test_a_numbered_cause_that_a_body_met_difficulties_is_no_task() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN DẦU TIẾNG\nSố: 412/BC-UBND\nDầu Tiếng, ngày 10 tháng 10 năm 2024\nBÁO CÁO\n"
        "Giải trình nguyên nhân chậm thực hiện kết luận thanh tra\n"
        "1. Công ty TNHH Xây dựng Thương mại Phước Hưng gặp khó khăn về tài chính, đã có văn bản xin nộp dần đến"
        " ngày 31/12/2024.\n"
    )
    assert _assigned(extract_text([text], "bc.txt")) == set()


def test_a_districts_land_fund_centre_by_its_initials() -> None:
    assert [b.name for b in find_bodies("- TTPTQĐ huyện;")] == ["Trung tâm Phát triển quỹ đất huyện"]


def test_answered_at_a_letter_the_subject_issued_it() -> None:
    text = (
        "THANH TRA TỈNH QUẢNG TRỊ\nSố: 12/BC-TTr\nQuảng Trị, ngày 1 tháng 2 năm 2024\nBÁO CÁO\n"
        "3. Vụ việc ông Phan Văn Lợi kiến nghị cấp Giấy chứng nhận: vụ việc đã được Uỷ ban nhân dân\n"
        "thành phố Đông Hà trả lời tại Văn bản số 1745/UBND-TNMT ngày 12/8/2024, đúng quy định.\n"
    )
    assert _issuers(extract_text([text], "bc.txt"), "1745/UBND-TNMT") == [
        "Uỷ ban nhân dân thành phố Đông Hà tỉnh Quảng Trị"
    ]


@pytest.mark.parametrize(
    ("given", "body"),
    [
        ("Giao Trưởng phòng Nội vụ huyện tham mưu kiểm điểm", "Phòng Nội vụ huyện Mộc Châu"),
        ("Giao Chánh Thanh tra huyện tham mưu kiểm điểm", "Thanh tra huyện Mộc Châu"),
    ],
)
def test_work_given_to_the_chief_of_an_office_is_the_offices(given: str, body: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MỘC CHÂU\nSố: 468/BC-UBND\nMộc Châu, ngày 10 tháng 12 năm 2024\nBÁO CÁO\n"
        f"3. {given}, hoàn thành trước ngày 30/12/2024.\n"
    )
    assert {b for _, b in _assigned(extract_text([text], "bc.txt"))} == {body}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "2. Vườn quốc gia Chư Mom Ray và Ban Quản lý rừng phòng hộ Đăk Glei tăng cường tuần tra",
            ["Vườn quốc gia Chư Mom Ray", "Ban Quản lý rừng phòng hộ Đăk Glei"],
        ),
        ("Ban Quản lý Vườn quốc gia Chư Yang Sin báo cáo", ["Ban Quản lý Vườn quốc gia Chư Yang Sin"]),
    ],
)
def test_a_national_park_is_a_body_and_its_board_one_body(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_a_unit_named_as_belonging_to_its_department_is_part_of_it() -> None:
    text = (
        "UBND TỈNH HÒA BÌNH\nTHANH TRA TỈNH\nSố: 12/QĐ-TTr\nHòa Bình, ngày 1 tháng 2 năm 2024\nQUYẾT ĐỊNH\n"
        "Văn phòng Đăng ký đất đai thuộc Sở Tài nguyên và Môi trường cung cấp hồ sơ.\n"
    )
    graph = extract_text([text], "qd.txt")
    parts = {
        (graph.nodes[e.source].properties["name"], graph.nodes[e.target].properties["name"])
        for e in graph.edges.values()
        if e.type == "PART_OF"
    }
    assert ("Văn phòng Đăng ký đất đai tỉnh Hòa Bình", "Sở Tài nguyên và Môi trường tỉnh Hòa Bình") in parts


def test_a_body_after_the_issuers_comma_that_acts_is_the_next_clauses_subject_not_a_co_issuer() -> None:
    text = (
        "Theo Quyết định số 2210/QĐ-UBND ngày 10/5/2025 của Ủy ban nhân dân tỉnh Phú Thọ, Ủy ban nhân dân xã Mai Châu"
        " tiếp nhận 12 hộ. Kế hoạch liên tịch số 05/KHLT của Ủy ban nhân dân tỉnh Phú Thọ, Ủy ban nhân dân tỉnh Hòa"
        " Bình về việc phối hợp.\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _issuers(graph, "2210/QĐ-UBND") == ["Ủy ban nhân dân tỉnh Phú Thọ"]
    assert sorted(_issuers(graph, "05/KHLT")) == ["Ủy ban nhân dân tỉnh Hòa Bình", "Ủy ban nhân dân tỉnh Phú Thọ"]


def test_a_second_post_as_head_of_a_board_holds_that_post_too() -> None:
    text = (
        "UBND TỈNH ĐỒNG THÁP\nSố: 12/TB-BCĐ\nĐồng Tháp, ngày 1 tháng 2 năm 2025\nTHÔNG BÁO\n"
        "Ngày 10/1/2025, đồng chí Nguyễn Hữu Tài, Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số"
        " tỉnh chủ trì cuộc họp.\n"
    )
    graph = extract_text([text], "tb.txt")
    held = {
        (graph.nodes[e.target].properties["name"], e.properties.get("title"))
        for e in graph.edges.values()
        if e.type == "HOLDS_POST"
    }
    assert held == {
        ("Ủy ban nhân dân tỉnh Đồng Tháp", "Phó Chủ tịch"),
        ("Ban Chỉ đạo chuyển đổi số tỉnh Đồng Tháp", "Trưởng ban"),
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Tây Ninh thông báo",
            ["Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Tây Ninh"],
        ),
        ("Ban Chỉ đạo các cấp triển khai", ["Ban Chỉ đạo"]),
    ],
)
def test_a_steering_committee_of_the_programmes_it_steers_up_to_its_place(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- Thanh tra Bộ GDĐT (để b/c);", ["Thanh tra Bộ Giáo dục và Đào tạo"]),
        ("- Sở NNPTNT;", ["Sở Nông nghiệp và Phát triển nông thôn"]),
    ],
)
def test_a_functions_initials_without_the_ampersand_name_it(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_the_state_audits_sectoral_office_keeps_its_number_and_is_no_alias_of_the_audit() -> None:
    graph = extract_text(["Kiểm toán nhà nước chuyên ngành III đã kiểm toán. Kiểm toán nhà nước kiến nghị.\n"], "x.txt")
    names = sorted(n.properties["name"] for n in graph.nodes.values() if n.label == "Agency")
    assert names == ["Kiểm toán nhà nước", "Kiểm toán nhà nước chuyên ngành III"]


def test_a_body_told_to_deduct_from_a_settlement_is_given_work() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 2784/UBND-NC\nSơn La, ngày 10 tháng 10 năm 2024\n"
        "V/v đôn đốc thực hiện kiến nghị\n"
        "3. Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Sơn La\n"
        "giảm trừ giá trị quyết toán 1,84 tỷ đồng tại Dự án Trường Trung học phổ thông Chiềng Sinh.\n"
    )
    assert {b for _, b in _assigned(extract_text([text], "cv.txt"))} == {
        "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Sơn La"
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("tham mưu Thường trực Huyện ủy ban hành Công văn số 1186-CV/HU", ["Thường trực Huyện ủy"]),
        ("Tỉnh uỷ ban hành Chỉ thị", ["Tỉnh uỷ"]),
        ("Đảng ủy Khối các cơ quan tỉnh", ["Đảng ủy Khối các cơ quan tỉnh"]),
    ],
)
def test_a_party_committee_then_the_verb_ban_hanh_is_no_uy_ban(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_a_project_name_ends_before_the_clauses_verb() -> None:
    text = (
        "Kết luận thanh tra số 86/KL-TTTH ngày 10/5/2024 về Dự án Khu tái định cư xã Hải Yến yêu cầu Ban Quản lý Khu"
        " kinh tế Nghi Sơn hoàn thành. Dự án Đường giao thông liên xã Ea Sol - Ea Hiao chậm tiến độ.\n"
    )
    assert sorted(_projects(extract_text([text], "x.txt")).values()) == [
        "Dự án Khu tái định cư xã Hải Yến",
        "Dự án Đường giao thông liên xã Ea Sol - Ea Hiao",
    ]


def test_a_polices_office_is_named_with_its_police() -> None:
    text = (
        "CÔNG TY TNHH MTV KHAI THÁC CÔNG TRÌNH THỦY LỢI NINH BÌNH\nSố: 45/BC-CTTL\nNinh Bình, ngày 1 tháng 7 năm 2024\n"
        "Phòng Cảnh sát kinh tế Công an tỉnh Ninh Bình có Công văn số 512/CSKT-Đ2 ngày 10/5/2024 đề nghị cung cấp"
        " hồ sơ.\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _issuers(graph, "512/CSKT-Đ2") == ["Phòng Cảnh sát kinh tế Công an tỉnh Ninh Bình"]


def test_a_cited_letter_asking_the_one_company_by_its_short_name_went_to_it() -> None:
    text = (
        "CÔNG TY TNHH MTV KHAI THÁC CÔNG TRÌNH THỦY LỢI NINH BÌNH\nSố: 45/BC-CTTL\nNinh Bình, ngày 1 tháng 7 năm 2024\n"
        "BÁO CÁO\nCông ty TNHH Khai thác công trình thủy lợi Ninh Bình báo cáo như sau:\n"
        "Phòng Cảnh sát kinh tế Công an tỉnh Ninh Bình có Công văn số 512/CSKT-Đ2 ngày 10/5/2024 đề nghị Công ty cung"
        " cấp hồ sơ.\n"
    )
    graph = extract_text([text], "bc.txt")
    numbers = {n.id: n.properties.get("number") for n in graph.nodes.values()}
    sent = {
        (numbers[e.source], graph.nodes[e.target].properties["name"])
        for e in graph.edges.values()
        if e.type == "SENT_TO"
    }
    assert ("512/CSKT-Đ2", "Công ty TNHH Khai thác công trình thủy lợi Ninh Bình") in sent


def test_a_district_whose_name_opens_on_a_provinces_is_not_that_province() -> None:
    text = "ĐẢNG BỘ TỈNH ĐIỆN BIÊN\nHUYỆN ỦY ĐIỆN BIÊN ĐÔNG\nSố 45-BC/HU\nĐiện Biên Đông, ngày 1 tháng 10 năm 2024\n"
    graph = extract_text([text], "bc.txt")
    assert [n.properties["name"] for n in graph.nodes.values() if n.label == "Agency"] == ["Huyện ủy Điện Biên Đông"]


def test_a_group_named_above_in_a_list_of_heads_gives_the_work_to_each_body_it_stands_for() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 6218/UBND-TCD\nĐắk Lắk, ngày 19 tháng 8 năm 2024\n"
        "Kính gửi:\n- Sở Tài nguyên và Môi trường;\n- Ủy ban nhân dân thành phố Buôn Ma Thuột;\n"
        "- Ủy ban nhân dân huyện Ea Kar.\n"
        "1. Yêu cầu Giám đốc Sở Tài nguyên và Môi trường, Chủ tịch UBND các huyện,\nthành phố nêu trên khẩn trương"
        " giải quyết dứt điểm các vụ việc được giao.\n"
    )
    assert {b for _, b in _assigned(extract_text([text], "cv.txt"))} == {
        "Sở Tài nguyên và Môi trường tỉnh Đắk Lắk",
        "Ủy ban nhân dân thành phố Buôn Ma Thuột tỉnh Đắk Lắk",
        "Ủy ban nhân dân huyện Ea Kar tỉnh Đắk Lắk",
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("tại Thông báo số 1002-TB/TU của Thường trực Tỉnh ủy còn chậm; việc bàn giao", ["Thường trực Tỉnh ủy"]),
        ("theo ý kiến của Thường trực Tỉnh ủy ghi tại Thông báo", ["Thường trực Tỉnh ủy"]),
        ("Huyện ủy huyện Vân Đồn lãnh đạo", ["Huyện ủy huyện Vân Đồn"]),
        ("Huyện ủy Nông Cống chỉ đạo", ["Huyện ủy Nông Cống"]),
    ],
)
def test_a_party_committees_name_takes_no_lower_case_words_but_its_place(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_a_lead_line_naming_the_body_that_directs_gives_its_bullets_work() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 112/UBND-KGVX\nHà Giang, ngày 14 tháng 01 năm 2025\n"
        "Kính gửi: Ban Thường vụ Tỉnh ủy Hà Giang.\n4. Nhiệm vụ, giải pháp trọng tâm thời gian tới\n"
        "Ủy ban nhân dân tỉnh yêu cầu:\n"
        "- Sở Xây dựng khẩn trương hoàn thành, ban hành thiết kế mẫu nhà ở trước ngày 20/01/2025.\n"
        "- Ủy ban nhân dân các huyện: Mèo Vạc, Đồng Văn tập trung huy động lực lượng hỗ trợ ngày công.\n"
        "5. Kết quả\n- Sở Tài chính đã cấp đủ kinh phí.\n"
    )
    assert {b for _, b in _assigned(extract_text([text], "cv.txt"))} == {
        "Sở Xây dựng tỉnh Hà Giang",
        "Ủy ban nhân dân huyện Mèo Vạc tỉnh Hà Giang",
        "Ủy ban nhân dân huyện Đồng Văn tỉnh Hà Giang",
    }


def test_the_provinces_party_standing_board_named_with_its_place_is_asked_upward_by_the_committee() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 112/UBND-KGVX\nHà Giang, ngày 14 tháng 01 năm 2025\n"
        "Kính gửi:\n- Ban Thường vụ Tỉnh ủy Hà Giang;\n- Văn phòng Tỉnh ủy.\n5. Kiến nghị\n"
        "Đề nghị Ban Thường vụ Tỉnh ủy chỉ đạo Ban Dân vận Tỉnh ủy phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
        " tiếp tục vận động các doanh nghiệp.\n"
    )
    assert _assigned(extract_text([text], "cv.txt")) == set()


def _given(graph: object) -> set[tuple[str, str]]:
    """(number of the document that gave a task, body it was given to)."""
    nodes = graph.nodes  # type: ignore[attr-defined]
    edges = graph.edges.values()  # type: ignore[attr-defined]
    givers = {e.target: nodes[e.source].properties.get("number") for e in edges if e.type == "ASSIGNS"}
    return {(givers[e.source], nodes[e.target].properties["name"]) for e in edges if e.type == "ASSIGNED_TO"}


_FOLLOW_UP_HEADER = (
    "UBND TỈNH QUẢNG NAM\nSỞ NÔNG NGHIỆP VÀ\nPHÁT TRIỂN NÔNG THÔN\nSố: 1163/BC-SNN\n"
    "Quảng Nam, ngày 18 tháng 5 năm 2021\n"
    "BÁO CÁO\nKết quả thực hiện các nhiệm vụ được giao tại Thông báo số 112/TB-UBND\nngày 29/3/2021 của UBND tỉnh\n"
    "Kính gửi: Ủy ban nhân dân tỉnh Quảng Nam.\n"
)


def test_the_parents_instruction_in_a_report_on_a_notice_is_the_notices_work() -> None:
    text = _FOLLOW_UP_HEADER + (
        "2. Nhiệm vụ tham mưu phân bổ kinh phí\nUBND tỉnh giao Sở Tài chính chủ trì tham mưu phân bổ nguồn kinh phí.\n"
        "Kết quả: Đã hoàn thành.\n"
    )
    assert _given(extract_text([text], "bc.txt")) == {("112/TB-UBND", "Sở Tài chính tỉnh Quảng Nam")}


def test_a_task_named_as_given_is_the_work_of_the_document_its_section_or_its_words_name() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 112/UBND-KGVX\nV/v báo cáo kết quả thực hiện Thông báo số 1462-TB/TU\n"
        "Hà Giang, ngày 14 tháng 01 năm 2025\nKính gửi: Ban Thường vụ Tỉnh ủy Hà Giang.\n"
        "2. Kết quả thực hiện các nhiệm vụ tại Thông báo số 1462-TB/TU\n"
        "a) Nhiệm vụ giao Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo rà soát danh sách hộ nghèo: Đã hoàn thành.\n"
        "b) Nhiệm vụ giao Sở Xây dựng tại điểm 2.3, Thông báo số 1094-TB/TU về thiết kế mẫu nhà ở chưa hoàn thành.\n"
    )
    assert _given(extract_text([text], "cv.txt")) == {
        ("1462-TB/TU", "Ban cán sự đảng Ủy ban nhân dân tỉnh Hà Giang"),
        ("1094-TB/TU", "Sở Xây dựng tỉnh Hà Giang"),
    }


def test_the_plan_that_carries_out_a_notice_gives_the_work_of_its_trong_do_giao() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 112/UBND-KGVX\nHà Giang, ngày 14 tháng 01 năm 2025\n"
        "Kính gửi: Ban Thường vụ Tỉnh ủy Hà Giang.\n"
        "Ngay sau khi có Thông báo số 1462-TB/TU, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 398/KH-UBND ngày"
        " 25/11/2024 triển khai thực hiện Thông báo số 1462-TB/TU; trong đó giao Sở Xây dựng chủ trì ban hành thiết kế"
        " mẫu nhà ở.\n"
    )
    assert _given(extract_text([text], "cv.txt")) == {("398/KH-UBND", "Sở Xây dựng tỉnh Hà Giang")}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- Giám đốc Trung tâm Giáo dục thường xuyên tỉnh;", ["Trung tâm Giáo dục thường xuyên tỉnh"]),
        (
            "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Tuy Phước báo cáo",
            ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Tuy Phước"],
        ),
        ("Sở Giáo dục thường xuyên kiểm tra các trường", ["Sở Giáo dục"]),
    ],
)
def test_continuing_education_is_the_kind_of_a_centre_not_an_adverb(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_an_item_naming_a_task_then_whom_it_was_given_to_follows_up_the_plan_its_lead_names() -> None:
    text = (
        "UBND TỈNH BÌNH ĐỊNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2086/SGDĐT-VP\nBình Định, ngày 26 tháng 11 năm 2018\n"
        "V/v đôn đốc thực hiện nhiệm vụ cải cách hành chính\nKính gửi: Sở Nội vụ.\n"
        "Sở đã ban hành Kế hoạch số 26/KH-SGDĐT ngày 22/01/2018 về cải cách hành chính năm 2018 với 22 nhiệm vụ; đến"
        " nay còn 02 nhiệm vụ chưa hoàn thành, cụ thể:\n"
        "a) Nhiệm vụ rà soát, đánh giá thủ tục hành chính trong lĩnh vực giáo dục, giao Văn phòng Sở chủ trì: đang"
        " thực hiện.\n"
        "b) Nhiệm vụ áp dụng tiêu chuẩn TCVN ISO 9001:2015, giao Phòng Tổ chức cán bộ chủ trì: chưa thực hiện.\n"
        "2. Đề nghị các đơn vị thực hiện một số nội dung sau:\n"
        "a) Phòng Tổ chức cán bộ báo cáo kết quả sắp xếp tổ chức bộ máy; Phòng Kế hoạch\n- Tài chính báo cáo kết quả"
        " thực hiện cơ chế tự chủ tài chính.\n"
    )
    assert _given(extract_text([text], "cv.txt")) == {
        ("26/KH-SGDĐT", "Văn phòng Sở Giáo dục và Đào tạo tỉnh Bình Định"),
        ("26/KH-SGDĐT", "Phòng Tổ chức cán bộ"),
        ("2086/SGDĐT-VP", "Phòng Tổ chức cán bộ"),
        ("2086/SGDĐT-VP", "Phòng Kế hoạch - Tài chính"),
    }


def test_work_reported_as_given_to_bodies_at_a_notice_named_after_them_is_that_notices() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 187/TB-UBND\nThanh Hóa, ngày 23 tháng 9 năm 2019\nTHÔNG BÁO\n"
        "Kết luận của Phó Chủ tịch UBND tỉnh\n"
        "1. Việc lựa chọn nhà đầu tư lò đốt chất thải rắn sinh hoạt đã giao cho UBND thị xã Bỉm Sơn và UBND các huyện:"
        " Đông Sơn, Tĩnh Gia tại Thông báo số 45/TB-UBND ngày 12/3/2019 của UBND tỉnh đến nay chưa hoàn thành.\n"
    )
    assert _given(extract_text([text], "tb.txt")) == {
        ("45/TB-UBND", "Ủy ban nhân dân thị xã Bỉm Sơn tỉnh Thanh Hóa"),
        ("45/TB-UBND", "Ủy ban nhân dân huyện Đông Sơn tỉnh Thanh Hóa"),
        ("45/TB-UBND", "Ủy ban nhân dân huyện Tĩnh Gia tỉnh Thanh Hóa"),
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- Các huyện ủy: Trần Văn Thời, U Minh;", ["Huyện ủy Trần Văn Thời", "Huyện ủy U Minh"]),
        ("- Các huyện ủy: Quảng Hòa, Trùng Khánh, Bế Văn Thạch\n", ["Huyện ủy Quảng Hòa", "Huyện ủy Trùng Khánh"]),
    ],
)
def test_a_district_named_for_a_person_in_a_list_of_party_committees_is_one_of_them(
    text: str, names: list[str]
) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_a_party_organ_printed_over_the_body_it_sits_in_is_one_issuer_under_its_committee() -> None:
    text = (
        "TỈNH ỦY BẮC NINH\nBAN CÁN SỰ ĐẢNG\nỦY BAN NHÂN DÂN TỈNH\n*\nSố 152-BC/BCSĐ\n"
        "Bắc Ninh, ngày 18 tháng 6 năm 2021\nBÁO CÁO\nsơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW\n"
        "Kính gửi: Ban Thường vụ Tỉnh ủy Bắc Ninh.\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _issuers(graph, "152-BC/BCSĐ") == ["Ban cán sự đảng Ủy ban nhân dân tỉnh Bắc Ninh"]
    names = {n.id: n.properties.get("name") for n in graph.nodes.values()}
    assert ("Ban cán sự đảng Ủy ban nhân dân tỉnh Bắc Ninh", "Tỉnh ủy Bắc Ninh") in {
        (names[e.source], names[e.target]) for e in graph.edges.values() if e.type == "PART_OF"
    }


def test_an_item_opening_on_a_body_and_naming_the_letter_that_gave_it_the_work_is_that_letters_task() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 6218/UBND-TCD\nĐắk Lắk, ngày 19 tháng 8 năm 2024\n"
        "Kính gửi: Sở Tài nguyên và Môi trường.\n"
        "Đến ngày 15/8/2024 còn 03 vụ việc đã quá thời hạn mà chưa có báo cáo kết quả, cụ thể:\n"
        "- Sở Tài nguyên và Môi trường: 02 vụ việc, được giao tại Công văn số 2290/UBND-TCD ngày 28/3/2024, thời hạn"
        " báo cáo trước ngày 30/4/2024;\n"
        "- UBND huyện Cư M'gar: 01 vụ việc; UBND huyện Krông Pắc: 01 vụ việc; các vụ việc này được giao tại Công văn"
        " số 4127/UBND-TCD ngày 03/6/2024.\n"
    )
    graph = extract_text([text], "cv.txt")
    assert _given(graph) == {
        ("2290/UBND-TCD", "Sở Tài nguyên và Môi trường tỉnh Đắk Lắk"),
        ("4127/UBND-TCD", "Ủy ban nhân dân huyện Cư M'gar tỉnh Đắk Lắk"),
        ("4127/UBND-TCD", "Ủy ban nhân dân huyện Krông Pắc tỉnh Đắk Lắk"),
    }
    assert {n.properties["status"] for n in graph.nodes.values() if n.label == "Task"} == {"overdue"}


def test_a_document_goes_by_the_short_name_it_is_given_but_a_schemes_short_name_is_not_its_decisions() -> None:
    text = (
        "UBND TỈNH BẮC NINH\nSố: 12/BC-UBND\nBắc Ninh, ngày 18 tháng 6 năm 2021\nBÁO CÁO\nsơ kết\n"
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập (sau đây viết tắt là Chỉ"
        " thị 05) và Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng"
        " dụng dữ liệu về dân cư (sau đây gọi tắt là Đề án 06), UBND tỉnh báo cáo như sau:\n"
        "1. Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 138-KH/TU, ngày 20/6/2016 về thực hiện Chỉ thị 05; Công an"
        " tỉnh ban hành Kế hoạch số 45/KH-CAT ngày 01/3/2022 về thực hiện Đề án 06.\n"
    )
    graph = extract_text([text], "bc.txt")
    numbers = {n.id: n.properties.get("number") for n in graph.nodes.values()}
    implements = {(numbers[e.source], numbers[e.target]) for e in graph.edges.values() if e.type == "IMPLEMENTS"}
    assert ("138-KH/TU", "05-CT/TW") in implements
    assert ("45/KH-CAT", "06/QĐ-TTg") not in implements


def test_a_conclusion_of_a_plenary_session_is_issued_by_the_committee_that_met() -> None:
    text = (
        "ĐẢNG BỘ TỈNH TIỀN GIANG\nHUYỆN ỦY CÁI BÈ\n*\nSố 118-KH/HU\nCái Bè, ngày 21 tháng 01 năm 2022\nKẾ HOẠCH\n"
        "thực hiện Kết luận\nThực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Hội nghị lần thứ tư Ban\n"
        "Chấp hành Trung ương Đảng khóa XIII, Ban Thường vụ Huyện ủy xây dựng Kế hoạch.\n"
    )
    assert _issuers(extract_text([text], "kh.txt"), "21-KL/TW") == ["Ban Chấp hành Trung ương Đảng"]


def test_a_point_of_a_notice_in_brackets_gives_the_work_and_partners_named_before_their_verb_support() -> None:
    text = (
        "UBND TỈNH BẮC NINH\nSỞ XÂY DỰNG\nSố: 512/SXD-QLN\nBắc Ninh, ngày 09 tháng 3 năm 2026\n"
        "Kính gửi: Ủy ban nhân dân tỉnh.\n"
        "2. Nhiệm vụ hoàn thành bồi thường Dự án Nhà ở xã hội tại phường Võ Cường (mục 2.3 Thông báo số 38/TB-UBND"
        " ngày 21/01/2026, giao UBND phường Võ Cường chủ trì, Sở Xây dựng phối hợp, hoàn thành trước ngày"
        " 28/02/2026): Đang thực hiện.\n"
    )
    graph = extract_text([text], "cv.txt")
    assert _given(graph) == {
        ("38/TB-UBND", "Ủy ban nhân dân phường Võ Cường tỉnh Bắc Ninh"),
        ("38/TB-UBND", "Sở Xây dựng tỉnh Bắc Ninh"),
    }
    assert _assigned_roles(graph) == {
        ("Ủy ban nhân dân phường Võ Cường tỉnh Bắc Ninh", "lead"),
        ("Sở Xây dựng tỉnh Bắc Ninh", "support"),
    }


def test_what_became_of_each_bodys_work_a_cited_notice_gave_is_that_notices_task() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN CƯ M'GAR\nSố: 142/TB-UBND\nCư M'gar, ngày 02 tháng 8 năm 2024\nTHÔNG BÁO\nKết luận\n"
        "3. Đối với các nhiệm vụ giao tại Thông báo số 118/TB-UBND ngày 28/6/2024: Phòng Tài chính - Kế hoạch đã hoàn"
        " thành việc thẩm định dự toán; Phòng Kinh tế và Hạ tầng chưa hoàn thành việc thẩm định thiết kế.\n"
    )
    graph = extract_text([text], "tb.txt")
    assert _given(graph) == {
        ("118/TB-UBND", "Phòng Tài chính - Kế hoạch huyện Cư M'gar"),
        ("118/TB-UBND", "Phòng Kinh tế và Hạ tầng huyện Cư M'gar"),
    }
    assert sorted(n.properties["status"] for n in graph.nodes.values() if n.label == "Task") == ["done", "pending"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ban Quản lý các dự án ODA thành phố đã hoàn thành", ["Ban Quản lý các dự án ODA thành phố"]),
        ("ỦY BAN NHÂN DÂN HUYỆN CƯ M'GAR", ["Ủy ban nhân dân huyện Cư M'gar"]),
    ],
)
def test_a_boards_kind_of_projects_and_a_place_with_an_apostrophe_are_in_the_name(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(sentence_case(text) if text.isupper() else text)] == names


def test_the_place_a_programme_is_carried_out_in_does_not_name_a_project() -> None:
    # the national programme is the project, not "… trên địa bàn huyện Trà Cú năm 2022"
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN TRÀ CÚ\nSố: 2317/QĐ-UBND\nTrà Cú, ngày 05 tháng 8 năm 2022\nQUYẾT ĐỊNH\n"
        "Về việc ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào"
        " dân tộc thiểu số và miền núi trên địa bàn huyện Trà Cú năm 2022\n"
    )
    assert list(_projects(extract_text([text], "qd.txt")).values()) == [
        "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"
    ]


def test_a_circular_of_the_minister_and_chairman_of_the_ethnic_minorities_committee_is_the_committees() -> None:
    text = (
        "UBND HUYỆN TRÀ CÚ\nSố: 2317/QĐ-UBND\nTrà Cú, ngày 05 tháng 8 năm 2022\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n"
        "Căn cứ Thông tư số 02/2022/TT-UBDT ngày 30 tháng 6 năm 2022 của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc hướng"
        " dẫn thực hiện;\n"
    )
    assert _issuers(extract_text([text], "qd.txt"), "02/2022/TT-UBDT") == ["Ủy ban Dân tộc"]


def test_work_described_as_given_to_a_body_at_a_plan_is_the_plans_even_when_named_again() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 1152/UBND-KHCN\nQuảng Ninh, ngày 10 tháng 01 năm 2026\n"
        "Kính gửi: Các sở, ban, ngành.\n"
        "Việc số hóa dữ liệu hộ tịch giao Sở Tư pháp tại Kế hoạch số 214/KH-UBND ngày 12/8/2025 của Ủy ban nhân dân"
        " tỉnh đã hoàn thành; tuy nhiên, nhiệm vụ kết nối dữ liệu hồ sơ sức khỏe điện tử giao Sở Y tế tại Kế hoạch"
        " này (thời hạn trước ngày 31/12/2025) đến nay chưa hoàn thành.\n"
    )
    assert _given(extract_text([text], "cv.txt")) == {
        ("214/KH-UBND", "Sở Tư pháp tỉnh Quảng Ninh"),
        ("214/KH-UBND", "Sở Y tế tỉnh Quảng Ninh"),
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Chủ tịch Hội đồng nhân dân xã Chịu trách nhiệm chính đối với các vi phạm", ["Hội đồng nhân dân xã"]),
        ("Chủ tịch UBND xã Xuân Phúc chịu trách nhiệm", ["Ủy ban nhân dân xã Xuân Phúc"]),
    ],
)
def test_a_capitalised_verb_the_repair_joined_after_a_bare_commune_is_no_place(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_an_article_amended_and_an_extended_project_are_read_whole() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 1287/QĐ-UBND\nQuảng Nam, ngày 26 tháng 4 năm 2021\nQUYẾT ĐỊNH\n"
        "Về việc giải quyết khiếu nại\nBà Lệ khiếu nại Quyết định số 1956/QĐ-UBND ngày 15/7/2019 của UBND thị xã"
        " Điện Bàn về việc phê duyệt phương án bồi thường Dự án Khu dân cư Ngọc Vinh mở rộng, phường Điện Ngọc.\n"
        "Điều 1. Sửa đổi, bổ sung Điều 1 Quyết định số 3412/QĐ-UBND ngày 28/10/2020 của Chủ tịch UBND thị xã Điện"
        " Bàn.\n"
    )
    graph = extract_text([text], "qd.txt")
    numbers = {n.id: n.properties.get("number") for n in graph.nodes.values()}
    amends = {(numbers[e.source], numbers[e.target]) for e in graph.edges.values() if e.type == "AMENDS"}
    assert amends == {("1287/QĐ-UBND", "3412/QĐ-UBND")}
    assert list(_projects(graph).values()) == ["Dự án Khu dân cư Ngọc Vinh mở rộng"]


def test_the_subject_of_duoc_giao_was_given_the_work_by_the_document_its_sentence_carries_out() -> None:
    text = (
        "THANH TRA THÀNH PHỐ CẦN THƠ\nSố: 96/BC-TTTP\nCần Thơ, ngày 20 tháng 3 năm 2026\nBÁO CÁO\nKết quả quý I\n"
        "1. Thực hiện Thông báo số 45/TB-VPUB ngày 06/02/2026 của Văn phòng UBND thành phố về kết luận của Chủ tịch"
        " UBND thành phố, Thanh tra thành phố được giao xác minh nội dung khiếu nại của bà Đặng Thị Kim Hoa.\n"
        "Ngoài ra, Sở Xây dựng được giao thẩm định hồ sơ.\n"
    )
    assert _given(extract_text([text], "bc.txt")) == {("45/TB-VPUB", "Thanh tra thành phố Cần Thơ")}


def test_a_wards_party_committee_leads_the_wards_council_and_gives_it_work() -> None:
    text = (
        "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nĐẢNG ỦY PHƯỜNG ĐỒNG HỚI\n*\nSố 27-KH/ĐU\nĐồng Hới, ngày 28 tháng 10 năm 2025\n"
        "KẾ HOẠCH\nlãnh đạo cuộc bầu cử\n"
        "5. Thường trực Hội đồng nhân dân phường phối hợp với Ủy ban nhân dân phường dự kiến cơ cấu, thành phần người"
        " ứng cử; hoàn thành trước Hội nghị hiệp thương lần thứ nhất.\n"
    )
    assert {b for _, b in _assigned(extract_text([text], "kh.txt"))} == {
        "Thường trực Hội đồng nhân dân phường Đồng Hới tỉnh Quảng Trị",
        "Ủy ban nhân dân phường Đồng Hới tỉnh Quảng Trị",
    }


def test_the_report_a_sentence_says_was_made_carries_out_the_letter_the_sentence_opens_with() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ PHÙ NINH\nSố: 187/BC-UBND\nPhù Ninh, ngày 26 tháng 9 năm 2025\nBÁO CÁO\nKết quả\n"
        "a) Thực hiện Công văn số 1890/UBND-KTTC ngày 18/7/2025 của UBND tỉnh yêu cầu rà soát trụ sở: UBND xã đã"
        " thành lập Tổ rà soát, hoàn thành kiểm kê 07 cơ sở nhà, đất và có Báo cáo số 96/BC-UBND ngày 14/8/2025 gửi"
        " Sở Tài chính.\n"
    )
    graph = extract_text([text], "bc.txt")
    numbers = {n.id: n.properties.get("number") for n in graph.nodes.values()}
    ties = {(numbers[e.source], numbers[e.target]) for e in graph.edges.values() if e.type == "IMPLEMENTS"}
    assert ties == {("96/BC-UBND", "1890/UBND-KTTC")}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "lãnh đạo các sở, ngành: Xây dựng, Tài chính, Công an tỉnh; lãnh đạo Văn phòng",
            ["Sở Xây dựng", "Sở Tài chính", "Công an tỉnh"],
        ),
        ("các Bộ: Công an, Quốc phòng", ["Bộ Công an", "Bộ Quốc phòng"]),
    ],
)
def test_the_police_in_a_list_of_departments_is_a_body_of_its_own(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_the_chief_of_office_of_a_district_holds_the_post_in_the_combined_office_the_text_names() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN CƯ M'GAR\nSố: 142/TB-UBND\nCư M'gar, ngày 02 tháng 8 năm 2024\nTHÔNG BÁO\nKết luận\n"
        "4. Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc các cơ quan thực hiện.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nPhạm Thị Hồng Nhung\n"
    )
    graph = extract_text([text], "tb.txt")
    names = {n.id: n.properties.get("name") for n in graph.nodes.values()}
    posts = {(names[e.source], names[e.target]) for e in graph.edges.values() if e.type == "HOLDS_POST"}
    assert posts == {("Phạm Thị Hồng Nhung", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Cư M'gar")}


def test_what_the_auditor_pointed_out_is_not_in_its_name() -> None:
    assert [b.name for b in find_bodies("Qua kiểm toán, Kiểm toán nhà nước chỉ ra một số tồn tại")] == [
        "Kiểm toán nhà nước"
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Căn cứ Luật Kiểm toán nhà nước ngày 24 tháng 6 năm 2015;", []),
        ("các kiến nghị của Kiểm toán nhà nước còn tồn đọng", ["Kiểm toán nhà nước"]),
    ],
)
def test_a_laws_title_names_no_body_and_still_ends_a_name(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_the_departments_of_the_provinces_addressed_are_the_group_a_ministry_asks_and_copies_get_no_work() -> None:
    text = (
        "BỘ Y TẾ\nSố: 598/BYT-TCCB\nV/v triển khai luân phiên bác sĩ\nHà Nội, ngày 04 tháng 02 năm 2026\n"
        "Kính gửi: Sở Y tế các tỉnh: Tuyên Quang, Lào Cai.\n"
        "Bộ Y tế đề nghị Sở Y tế các tỉnh triển khai một số nội dung sau:\n"
        "1. Rà soát thực trạng nhân lực của các trạm y tế xã; báo cáo Bộ Y tế trước ngày 28/02/2026.\n"
        "Nơi nhận:\n- Như trên;\n- Các Bộ: Tài chính, Nội vụ;\n- UBND các tỉnh (để phối hợp chỉ đạo);\n- Lưu: VT.\n"
    )
    assert {b for _, b in _assigned(extract_text([text], "cv.txt"))} == {
        "Sở Y tế tỉnh Tuyên Quang",
        "Sở Y tế tỉnh Lào Cai",
    }


def test_the_home_ministrys_department_of_local_government_is_named_whole() -> None:
    assert [b.name for b in find_bodies("Vụ Chính quyền địa phương, Bộ Nội vụ")] == [
        "Vụ Chính quyền địa phương",
        "Bộ Nội vụ",
    ]


def test_a_letter_written_on_a_bodys_request_at_a_letter_answers_it() -> None:
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 4127/VPCP-CN\nV/v đầu tư tuyến đường bộ ven biển\nHà Nội, ngày 15 tháng 5 năm 2019\n"
        "Kính gửi: Ủy ban nhân dân tỉnh Thanh Hóa.\n"
        "Xét đề nghị của Ủy ban nhân dân tỉnh Thanh Hóa tại văn bản số 4568/UBND-CN ngày 02/5/2019, Phó Thủ tướng"
        " Chính phủ có ý kiến như sau:\n"
    )
    graph = extract_text([text], "cv.txt")
    numbers = {n.id: n.properties.get("number") for n in graph.nodes.values()}
    answers = {(numbers[e.source], numbers[e.target]) for e in graph.edges.values() if e.type == "RESPONDS_TO"}
    assert answers == {("4127/VPCP-CN", "4568/UBND-CN")}


def test_a_signers_name_beside_a_recipients_line_ending_on_a_comma_is_the_signers() -> None:
    text = (
        "TỈNH ỦY ĐỒNG NAI\n*\nSố 845-TB/TU\nĐồng Nai, ngày 10 tháng 6 năm 2020\nTHÔNG BÁO\nkết luận\n"
        "1. Huyện ủy Long Thành tập trung lãnh đạo công tác bồi thường.\n"
        "Nơi nhận: T/L BAN THƯỜNG VỤ\n- Ban cán sự đảng UBND tỉnh, CHÁNH VĂN PHÒNG\n- Huyện ủy Long Thành,\n"
        "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Huỳnh Thanh Liêm\n- Lưu Văn phòng Tỉnh ủy.\n"
    )
    graph = extract_text([text], "tb.txt")
    assert [n.properties["name"] for n in graph.nodes.values() if n.label == "Person"] == ["Huỳnh Thanh Liêm"]


def test_about_ends_a_bodys_name() -> None:
    assert [b.name for b in find_bodies("ủy thác qua Ngân hàng Chính sách xã hội khoảng 30 tỷ đồng")] == [
        "Ngân hàng Chính sách xã hội"
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình giao thông và nông nghiệp tỉnh; Chủ tịch",
            ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông và nông nghiệp tỉnh"],
        ),
        ("Hội Nông dân và các đoàn thể tỉnh;", ["Hội Nông dân"]),
    ],
)
def test_a_bare_province_word_ending_the_clause_closes_a_name_that_runs_on_over_va(text: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == names


def test_correcting_the_annex_of_a_letter_amends_the_letter() -> None:
    text = (
        "SỞ TÀI CHÍNH\nSố: 3390/STC-QLNS\nCần Thơ, ngày 7 tháng 10 năm 2025\nKính gửi: Các sở.\n"
        "2. Đính chính Phụ lục số 02 kèm theo Công văn số 2968/STC-QLNS ngày 15/9/2025 của Sở Tài chính như sau.\n"
    )
    graph = extract_text([text], "cv.txt")
    numbers = {n.id: n.properties.get("number") for n in graph.nodes.values()}
    amends = {(numbers[e.source], numbers[e.target]) for e in graph.edges.values() if e.type == "AMENDS"}
    assert amends == {("3390/STC-QLNS", "2968/STC-QLNS")}


def test_the_plan_issued_to_carry_out_a_conclusion_gives_the_work_of_its_trong_do_giao() -> None:
    text = (
        "UBND TỈNH ĐỒNG NAI\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 6215/BC-STNMT\nĐồng Nai, ngày 26 tháng 11 năm 2018\n"
        "BÁO CÁO\nTiến độ\nKính gửi: Ủy ban nhân dân tỉnh.\n"
        "Để triển khai Văn bản số 8765/VPCP-V.I ngày 18/8/2017, UBND tỉnh đã ban hành Kế hoạch số 9870/KH-UBND ngày"
        " 25/9/2017 thực hiện Kết luận thanh tra số 1526/KL-TTCP, trong đó giao Cục Thuế tỉnh chủ trì thu hồi 214,35"
        " tỷ đồng, hoàn thành trước ngày 30/6/2018.\n"
    )
    assert {g for g, _ in _given(extract_text([text], "bc.txt"))} == {"9870/KH-UBND"}


def test_a_project_of_a_company_is_developed_by_it() -> None:
    text = (
        "UBND TỈNH ĐỒNG NAI\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 6215/BC-STNMT\nĐồng Nai, ngày 26 tháng 11 năm 2018\n"
        "BÁO CÁO\nTiến độ\n1.1. Dự án Khu dân cư Phước Thiền, huyện Nhơn Trạch của Công ty Cổ phần Địa ốc Phước Thiền"
        " (diện tích thu hồi 7,2 ha): Đã hoàn thành.\n"
    )
    graph = extract_text([text], "bc.txt")
    names = {n.id: n.properties.get("name") for n in graph.nodes.values()}
    develops = {(names[e.source], names[e.target]) for e in graph.edges.values() if e.type == "DEVELOPS"}
    assert develops == {("Công ty Cổ phần Địa ốc Phước Thiền", "Dự án Khu dân cư Phước Thiền")}


def test_a_developer_given_a_short_name_before_lam_chu_dau_tu_develops_the_project() -> None:
    text = (
        "UBND TỈNH LONG AN\nSố: 4517/UBND-KTN\nLong An, ngày 14 tháng 6 năm 2024\nKính gửi: Sở Tài nguyên và Môi"
        " trường.\nKết quả kiểm tra đối với Dự án Khu dân cư - tái định cư Phước Lợi tại xã Phước Lợi do Công ty TNHH"
        " Bất động sản Phúc Thịnh Long An (sau đây gọi là Công ty Phúc Thịnh) làm chủ đầu tư;\n"
    )
    graph = extract_text([text], "cv.txt")
    names = {n.id: n.properties.get("name") for n in graph.nodes.values()}
    develops = {(names[e.source], names[e.target]) for e in graph.edges.values() if e.type == "DEVELOPS"}
    assert develops == {("Công ty TNHH Bất động sản Phúc Thịnh Long An", "Dự án Khu dân cư - tái định cư Phước Lợi")}


def test_continuing_to_carry_out_a_directive_after_a_comma_implements_it() -> None:
    text = (
        "TỈNH ỦY QUẢNG NAM\n*\nSố 26-CT/TU\nQuảng Nam, ngày 09 tháng 10 năm 2018\nCHỈ THỊ\nvề phòng cháy\n"
        "Để khắc phục những hạn chế nêu trên, tiếp tục thực hiện có hiệu quả Chỉ thị số 47-CT/TW của Ban Bí thư, Ban"
        " Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt các nhiệm vụ sau:\n"
        "4. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Báo Quảng Nam, Đài Phát thanh - Truyền hình Quảng Nam định"
        " hướng công tác tuyên truyền.\n"
    )
    graph = extract_text([text], "ct.txt")
    numbers = {n.id: n.properties.get("number") for n in graph.nodes.values()}
    assert ("26-CT/TU", "47-CT/TW") in {
        (numbers[e.source], numbers[e.target]) for e in graph.edges.values() if e.type == "IMPLEMENTS"
    }
    assert "Đài Phát thanh - Truyền hình Quảng Nam" in {b for _, b in _assigned(graph)}


_CHIEFS_NOTICE = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 12/TB-UBND\nQuảng Nam, ngày 10 tháng 3 năm 2025\n\nTHÔNG BÁO\n"
    "Kết luận của Chủ tịch UBND tỉnh\n\n{item}\n"
)


@pytest.mark.parametrize(
    ("item", "roles"),
    [
        # the chief of the office the post's next words open heads that office, not the committee it serves
        (
            "1. Giao Chánh Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.",
            {("Văn phòng Ủy ban nhân dân tỉnh Quảng Nam", "lead")},
        ),
        # a partner named by its chief's post is the chief's department
        (
            "2. Giao Sở Tài chính chủ trì, phối hợp với Giám đốc Sở Xây dựng, Chủ tịch UBND huyện Đại Lộc rà soát.",
            {
                ("Sở Tài chính tỉnh Quảng Nam", "lead"),
                ("Sở Xây dựng tỉnh Quảng Nam", "support"),
                ("Ủy ban nhân dân huyện Đại Lộc tỉnh Quảng Nam", "support"),
            },
        ),
        (
            "2. Giao Giám đốc Sở Tài chính chủ trì, phối hợp với Trưởng phòng Tài chính - Kế hoạch huyện Đại Lộc "
            "rà soát.",
            {
                ("Sở Tài chính tỉnh Quảng Nam", "lead"),
                ("Phòng Tài chính - Kế hoạch huyện Đại Lộc tỉnh Quảng Nam", "support"),
            },
        ),
    ],
)
def test_work_given_to_a_chief_or_shared_with_one_is_the_chiefs_bodys(item: str, roles: set[tuple[str, str]]) -> None:
    graph = extract_text([_CHIEFS_NOTICE.format(item=item)], "tb.txt")
    assert _assigned_roles(graph) == roles


def test_a_clause_two_rules_read_is_one_task() -> None:
    # "X có trách nhiệm …" is both a duty and a clause that opens on its body: one task, not two
    item = "1. Văn phòng UBND tỉnh có trách nhiệm theo dõi, đôn đốc các đơn vị thực hiện."
    graph = extract_text([_CHIEFS_NOTICE.format(item=item)], "tb.txt")
    tasks = [n for n in graph.nodes.values() if n.label == "Task"]
    assert len(tasks) == 1
    assert _assigned_roles(graph) == {("Văn phòng Ủy ban nhân dân tỉnh Quảng Nam", "lead")}


_DISTRICT_REPORT = (
    "ỦY BAN NHÂN DÂN\nHUYỆN ĐẠI LỘC\nSố: 125/BC-UBND\nĐại Lộc, ngày 10 tháng 3 năm 2025\n\nBÁO CÁO\n"
    "Tình hình giải ngân vốn đầu tư công năm 2024 trên địa bàn huyện\n\n{opening}\n"
)


@pytest.mark.parametrize(
    ("opening", "ties"),
    [
        # "Theo" a letter, then the report it asked for: the report carries the letter out
        (
            "Theo Văn bản số 77/STC-ĐT ngày 3/3/2025 của Sở Tài chính về việc báo cáo tình hình giải ngân, UBND "
            "huyện báo cáo như sau:",
            {("IMPLEMENTS", "77/STC-ĐT")},
        ),
        (
            "Theo yêu cầu của Sở Tài chính tại Văn bản số 77/STC-ĐT ngày 3/3/2025, UBND huyện báo cáo như sau:",
            {("IMPLEMENTS", "77/STC-ĐT")},
        ),
        # (a letter the body opens with after the title line, on a line of its own: the title does not run on)
        (
            "Phúc đáp Công văn số 77/STC-ĐT ngày 3/3/2025 của Sở Tài chính, UBND huyện có ý kiến như sau:",
            {("RESPONDS_TO", "77/STC-ĐT")},
        ),
        # "Theo" a decision for what it says: only cited
        ("Theo Quyết định số 55/QĐ-UBND ngày 3/3/2024 của UBND tỉnh, dự án có tổng mức đầu tư 50 tỷ đồng.", set()),
    ],
)
def test_a_report_opening_on_the_letter_that_asked_for_it(opening: str, ties: set[tuple[str, str]]) -> None:
    graph = extract_text([_DISTRICT_REPORT.format(opening=opening)], "bc.txt")
    found = {(kind, number) for kind, number in _doc_edges(graph) if kind in ("IMPLEMENTS", "RESPONDS_TO", "BASED_ON")}
    assert found == ties


def test_a_road_section_is_named_from_where_it_runs_to_where_it_ends() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 10472/UBND-ĐT\nHà Nội, ngày 22 tháng 11 năm 2024\n\n"
        "Xét đề nghị của UBND quận Bắc Từ Liêm về công tác bồi thường Dự án xây dựng tuyến đường Tây Thăng Long "
        "đoạn từ đường Văn Tiến Dũng đến Vành đai 3 (Dự án được UBND Thành phố phê duyệt), UBND Thành phố có ý kiến.\n"
    )
    assert set(_projects(extract_text([text], "cv.txt")).values()) == {
        "Dự án xây dựng tuyến đường Tây Thăng Long đoạn từ đường Văn Tiến Dũng đến Vành đai 3"
    }


def test_whose_direction_at_a_document_is_the_nearest_cua_before_it() -> None:
    text = (
        "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nTRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT\nSố: 486/TTPTQĐ-BT\n"
        "Khánh Hòa, ngày 18 tháng 3 năm 2025\n\nKính gửi: UBND thị xã Ninh Hòa.\n\n"
        "Phúc đáp Công văn số 215/BQLGT-KHTĐ ngày 11/3/2025 về việc bàn giao mặt bằng của Dự án thành phần 1; thực "
        "hiện chỉ đạo của UBND tỉnh tại Thông báo số 104/TB-UBND ngày 07/3/2025, Trung tâm có ý kiến như sau:\n"
        "1. Ngày 12/3/2025, UBND thị xã Ninh Hòa đã ban hành Quyết định số 1047/QĐ-UBND phê duyệt phương án.\n"
    )
    graph = extract_text([text], "cv.txt")
    assert _issuers(graph, "104/TB-UBND") == ["Ủy ban nhân dân tỉnh Khánh Hòa"]
    assert _issuers(graph, "1047/QĐ-UBND") == ["Ủy ban nhân dân thị xã Ninh Hòa tỉnh Khánh Hòa"]


def test_a_list_under_a_body_by_its_short_name_that_asks_gives_work() -> None:
    text = (
        "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nTRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT\nSố: 486/TTPTQĐ-BT\n"
        "Khánh Hòa, ngày 18 tháng 3 năm 2025\n\nKính gửi: UBND xã Ninh Xuân.\n\n"
        "Để việc chi trả đúng kế hoạch, Trung tâm đề nghị:\n"
        "- UBND xã Ninh Xuân thông báo, mời các hộ đến nhận tiền; hoàn thành trước ngày 31/3/2025.\n"
    )
    assert _assigned(extract_text([text], "cv.txt")) == {
        ("486/TTPTQĐ-BT", "Ủy ban nhân dân xã Ninh Xuân tỉnh Khánh Hòa")
    }


_HEALTH_LETTER = "UBND TỈNH NGHỆ AN\nSỞ Y TẾ\nSố: 2871/SYT-NVY\nNghệ An, ngày 29 tháng 8 năm 2024\n\n{body}\n"


def test_a_numbered_heading_that_names_bodies_alone_gives_them_the_bullets_under_it() -> None:
    body = (
        "Giám đốc Sở Y tế yêu cầu các đơn vị triển khai thực hiện một số nội dung sau:\n"
        "1. Bệnh viện Sản Nhi Nghệ An, Bệnh viện Đa khoa tỉnh Nghệ An\n"
        "- Thực hiện nghiêm việc phân luồng, sàng lọc người bệnh sởi.\n"
        "- Chuẩn bị đầy đủ thuốc trước ngày 10/9/2024.\n"
        "2. Tình hình dịch\n- Toàn tỉnh ghi nhận 41 trường hợp.\n"
    )
    graph = extract_text([_HEALTH_LETTER.format(body=body)], "cv.txt")
    assert _assigned_roles(graph) == {("Bệnh viện Sản Nhi Nghệ An", "lead"), ("Bệnh viện Đa khoa tỉnh Nghệ An", "lead")}
    (task,) = [n for n in graph.nodes.values() if n.label == "Task"]
    assert task.properties["deadline"] == "2024-09-10"  # the bullets are the heading's work


def test_work_given_in_the_last_of_documents_listed_by_semicolons_is_that_documents() -> None:
    body = (
        "Thực hiện Công văn số 4992/BYT-DP ngày 23/8/2024 của Bộ Y tế về việc triển khai tiêm chủng; Công văn số "
        "6894/UBND-VX ngày 27/8/2024 của UBND tỉnh về việc phòng, chống dịch sởi, trong đó giao Sở Y tế chủ trì, "
        "phối hợp với Sở Giáo dục và Đào tạo tổ chức tiêm bổ sung vắc xin sởi;"
    )
    graph = extract_text([_HEALTH_LETTER.format(body=body)], "cv.txt")
    assert _assigned(graph) == {
        ("6894/UBND-VX", "Sở Y tế tỉnh Nghệ An"),
        ("6894/UBND-VX", "Sở Giáo dục và Đào tạo tỉnh Nghệ An"),
    }


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- Cục Y tế dự phòng (để b/c);", "Cục Y tế dự phòng"),  # a department's function in lower-case words
        ("- Bộ đội Biên phòng tỉnh Nghệ An;", "Bộ đội Biên phòng tỉnh Nghệ An"),
    ],
)
def test_bodies_of_health_and_border_work_are_named_whole(line: str, name: str) -> None:
    body = f"Sở Y tế thông báo để các đơn vị biết.\nNơi nhận:\n{line}\n- Lưu: VT."
    graph = extract_text([_HEALTH_LETTER.format(body=body)], "cv.txt")
    assert name in {n.properties.get("name") for n in graph.nodes.values()}


_AFTER_INSPECTION = (
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 96/QĐ-UBND\nNghệ An, ngày 14 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n"
    "Về việc xử lý sau thanh tra\n\n{item}\n"
)


@pytest.mark.parametrize(
    ("item", "held"),
    [
        # the person a post names in brackets after it holds that post in that body
        (
            "b) Tổ chức kiểm điểm đối với Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện Nghi Lộc (ông Phan Đình "
            "Lực) và các cán bộ kỹ thuật.",
            {("Phan Đình Lực", "Ban Quản lý dự án đầu tư xây dựng huyện Nghi Lộc tỉnh Nghệ An", "Giám đốc")},
        ),
        (
            "b) Kiểm điểm trách nhiệm của Chủ tịch UBND xã Nghi Vạn (ông Nguyễn Văn Tám) trong việc quản lý đất đai.",
            {("Nguyễn Văn Tám", "Ủy ban nhân dân xã Nghi Vạn tỉnh Nghệ An", "Chủ tịch")},
        ),
        # (a body with no post before it: whose man he is, the words do not say)
        ("b) Kiểm điểm trách nhiệm của UBND xã Nghi Vạn (ông Nguyễn Văn Tám) trong việc quản lý đất đai.", set()),
    ],
)
def test_a_post_names_its_holder_in_brackets_after_it(item: str, held: set[tuple[str, str, str]]) -> None:
    graph = extract_text([_AFTER_INSPECTION.format(item=item)], "qd.txt")
    nodes = graph.nodes
    found = {
        (nodes[e.source].properties["name"], nodes[e.target].properties["name"], e.properties.get("title"))
        for e in graph.edges.values()
        if e.type == "HOLDS_POST"
    }
    assert found == held


def test_work_given_as_tasks_for_bodies_is_theirs() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN LẠNG GIANG\nSố: 96/BC-UBND\nLạng Giang, ngày 14 tháng 3 năm 2025\n\nBÁO CÁO\n"
        "Kết quả thực hiện Kết luận thanh tra\n\nKính gửi: Thanh tra tỉnh.\n"
        "UBND huyện đã ban hành Kế hoạch số 318/KH-UBND ngày 28/10/2024 về tổ chức thực hiện Kết luận thanh tra số "
        "45/KL-TTr, trong đó giao nhiệm vụ cụ thể cho Phòng Tài nguyên và Môi trường và UBND các xã: Tân Thanh, "
        "Phi Mô.\n"
    )
    assert _assigned(extract_text([text], "bc.txt")) == {
        ("318/KH-UBND", "Phòng Tài nguyên và Môi trường huyện Lạng Giang"),
        ("318/KH-UBND", "Ủy ban nhân dân xã Tân Thanh"),
        ("318/KH-UBND", "Ủy ban nhân dân xã Phi Mô"),
    }


_DISBURSEMENT_REPORT = (
    "UBND TỈNH BÌNH ĐỊNH\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 2150/BC-SKHĐT\nBình Định, ngày 10 tháng 10 năm 2024\n\nBÁO CÁO\n"
    "Tình hình giải ngân vốn đầu tư công 9 tháng năm 2024\n\nKính gửi: UBND tỉnh Bình Định.\n\n{body}\n"
)


def test_numbered_items_under_a_lead_citing_the_notice_that_gave_them_are_that_notices() -> None:
    body = (
        "Tại Thông báo số 186/TB-UBND ngày 12/8/2024 về kết luận của Chủ tịch UBND tỉnh, UBND tỉnh đã giao nhiệm vụ "
        "cho các cơ quan, đơn vị; kết quả thực hiện như sau:\n"
        "1. Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính rà soát, tham mưu điều chuyển kế hoạch "
        "vốn: Đã thực hiện.\n"
    )
    graph = extract_text([_DISBURSEMENT_REPORT.format(body=body)], "bc.txt")
    assert _assigned(graph) == {
        ("186/TB-UBND", "Sở Kế hoạch và Đầu tư tỉnh Bình Định"),
        ("186/TB-UBND", "Sở Tài chính tỉnh Bình Định"),
    }


def test_grounds_of_what_a_body_did_by_a_decision_are_that_decisions() -> None:
    body = (
        "Trên cơ sở Quyết định số 1603/QĐ-TTg ngày 11/12/2023 của Thủ tướng Chính phủ về việc giao kế hoạch vốn và "
        "Nghị quyết số 45/NQ-HĐND ngày 08/12/2023 của HĐND tỉnh, UBND tỉnh đã giao chi tiết kế hoạch vốn cho các "
        "chủ đầu tư tại Quyết định số 4635/QĐ-UBND ngày 15/12/2023."
    )
    graph = extract_text([_DISBURSEMENT_REPORT.format(body=body)], "bc.txt")
    assert _typed_pairs(graph, "BASED_ON") == {("4635/QĐ-UBND", "1603/QĐ-TTg"), ("4635/QĐ-UBND", "45/NQ-HĐND")}


def test_voters_petitions_a_report_answers_are_no_proposal_of_its_own() -> None:
    # "kiến nghị của cử tri" are the petitions answered: the work the committee then demands is given
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 412/BC-UBND\nTuyên Quang, ngày 18 tháng 11 năm 2024\n\nBÁO CÁO\n"
        "Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri\n\nKính gửi: Thường trực HĐND tỉnh.\n\n"
        "IV. NHIỆM VỤ TRONG THỜI GIAN TỚI\n"
        "Để tiếp tục giải quyết dứt điểm các ý kiến, kiến nghị của cử tri, Ủy ban nhân dân tỉnh yêu cầu:\n"
        "1. Sở Giao thông vận tải phối hợp chặt chẽ với Ủy ban nhân dân huyện Sơn Dương hoàn thành giải phóng mặt "
        "bằng trước ngày 30/6/2025.\n"
        "2. Văn phòng UBND tỉnh theo dõi, đôn đốc, tổng hợp kết quả.\n"
    )
    assert {b for _, b in _assigned(extract_text([text], "bc.txt"))} == {
        "Sở Giao thông vận tải tỉnh Tuyên Quang",
        "Ủy ban nhân dân huyện Sơn Dương tỉnh Tuyên Quang",
        "Văn phòng Ủy ban nhân dân tỉnh Tuyên Quang",
    }


@pytest.mark.parametrize(
    ("recipient", "name"),
    [
        # the standing board of the Fatherland Front by its initials: one body, not "Ban TT" and the Front
        ("Ban TT UBMTTQVN tỉnh", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Định"),
        # a province's irrigation company by its trade's initials is the company the letter names in full
        ("Công ty TNHH KTCTTL Bình Định", "Công ty TNHH Khai thác công trình thủy lợi Bình Định"),
    ],
)
def test_a_recipient_by_its_initials_is_the_body_named_in_full(recipient: str, name: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 7342/UBND-TH\nBình Định, ngày 21 tháng 10 năm 2024\n\n"
        "Kính gửi: Sở Tài chính.\n\nGiao Công ty TNHH Khai thác công trình thủy lợi Bình Định kiểm tra, sửa chữa "
        f"kênh.\nNơi nhận:\n- {recipient};\n- Lưu: VT.\n"
    )
    assert _sent_to(extract_text([text], "cv.txt")) == {"Sở Tài chính tỉnh Bình Định", name}


def test_a_body_singled_out_in_a_letter_is_asked_for_its_part() -> None:
    text = (
        "TỈNH ỦY QUẢNG NAM\nBAN NỘI CHÍNH\n*\nSố 412-CV/BNCTU\nV/v báo cáo sơ kết 3 năm thực hiện Chỉ thị số 04-CT/TW\n"
        "Quảng Nam, ngày 09 tháng 9 năm 2024\n\nKính gửi:\n- Đảng ủy Công an tỉnh,\n"
        "- Chi bộ Cục Thi hành án dân sự tỉnh.\n\n"
        "Ban Nội chính Tỉnh ủy đề nghị các cơ quan, đơn vị báo cáo sơ kết 3 năm thực hiện Chỉ thị số 04-CT/TW.\n"
        "Riêng Chi bộ Cục Thi hành án dân sự tỉnh báo cáo bổ sung kết quả thi hành các khoản thu hồi trong các vụ án "
        "tham nhũng, kinh tế.\n"
    )
    # (the office of civil judgments is named whole: its function is "Thi hành án dân sự")
    assert _assigned(extract_text([text], "cv.txt")) == {
        ("412-CV/BNCTU", "Chi bộ Cục Thi hành án dân sự tỉnh Quảng Nam")
    }


def test_the_grounds_of_documents_a_body_issued_together_are_each_ones() -> None:
    body = (
        "Trên cơ sở Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ, UBND tỉnh đã ban hành Quyết định số "
        "2318/QĐ-UBND ngày 15/9/2022 giao chi tiết kế hoạch vốn và Kế hoạch số 187/KH-UBND ngày 20/10/2022 triển "
        "khai Chương trình trên địa bàn tỉnh."
    )
    graph = extract_text([_DISBURSEMENT_REPORT.format(body=body)], "bc.txt")
    assert _typed_pairs(graph, "BASED_ON") == {("2318/QĐ-UBND", "11/NQ-CP"), ("187/KH-UBND", "11/NQ-CP")}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Giao Ban Quản lý dự án đẩy nhanh tiến độ Dự án cải tạo, nâng cấp ĐT.290 đoạn Km3 - Km11, hoàn thành "
            "trước ngày 30/6/2025.",
            "Dự án cải tạo, nâng cấp ĐT.290 đoạn Km3 - Km11",
        ),
        (
            "Sở Giao thông vận tải sửa chữa theo Công trình Sửa chữa mặt đường ĐT.537B đoạn Km7+200 - Km9+650.",
            "Công trình Sửa chữa mặt đường ĐT.537B đoạn Km7+200 - Km9+650",
        ),
    ],
)
def test_a_roads_section_by_its_kilometre_posts_is_in_the_projects_name(sentence: str, name: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 12/TB-UBND\nBắc Giang, ngày 10 tháng 3 năm 2025\n\nTHÔNG BÁO\n"
        f"Kết luận\n\n{sentence}\n"
    )
    assert set(_projects(extract_text([text], "tb.txt")).values()) == {name}


@pytest.mark.parametrize(
    ("recipient", "name"),
    [
        ("TTYT huyện Tây Sơn", "Trung tâm Y tế huyện Tây Sơn tỉnh Thái Nguyên"),
        ("BQLDA giao thông tỉnh", "Ban Quản lý dự án giao thông tỉnh Thái Nguyên"),
        ("Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh Thái Nguyên"),
        ("UBMTTQ VN tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Nguyên"),
        (
            "BQLDA ĐTXD các công trình dân dụng\n  và công nghiệp tỉnh",
            "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Thái Nguyên",
        ),
    ],
)
def test_recipients_listed_by_their_initials_are_named_in_full(recipient: str, name: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nSố: 73/UBND-KT\nThái Nguyên, ngày 21 tháng 10 năm 2024\n\n"
        f"Kính gửi: Sở Tài chính.\n\nUBND tỉnh có ý kiến như sau.\nNơi nhận:\n- {recipient};\n- Lưu: VT.\n"
    )
    assert _sent_to(extract_text([text], "cv.txt")) == {"Sở Tài chính tỉnh Thái Nguyên", name}


def test_a_header_parent_named_like_its_office_is_the_national_body() -> None:
    # "KHO BẠC NHÀ NƯỚC / KHO BẠC NHÀ NƯỚC NGHỆ AN": the bare name is the national Treasury, the office's parent,
    # not the office's short name
    text = (
        "KHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC NGHỆ AN\nSố: 3127/KBNA-KSC\nNghệ An, ngày 04 tháng 11 năm 2024\n"
        "Kính gửi: Ủy ban nhân dân tỉnh Nghệ An\n\nThực hiện Công văn số 5264/KBNN-KSC ngày 25/10/2024 của Kho bạc "
        "Nhà nước về việc triển khai, Kho bạc Nhà nước Nghệ An báo cáo như sau:\n1. Đã thu hồi tạm ứng.\n"
        "Nơi nhận:\n- Như trên;\n- Kho bạc Nhà nước (để b/c);\n- Lưu: VT.\n"
    )
    graph = extract_text([text], "cv.txt")
    assert _typed_pairs(graph, "PART_OF") >= {("Kho bạc Nhà nước Nghệ An", "Kho bạc Nhà nước")}
    assert _issuers(graph, "5264/KBNN-KSC") == ["Kho bạc Nhà nước"]
    assert _sent_to(graph) == {"Ủy ban nhân dân tỉnh Nghệ An", "Kho bạc Nhà nước"}


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Tổ công tác đặc biệt của tỉnh về đẩy nhanh giải ngân", "Tổ công tác đặc biệt của tỉnh Đắk Lắk"),
        ("Tổ công tác liên ngành của tỉnh Lâm Đồng", "Tổ công tác liên ngành của tỉnh Lâm Đồng"),
    ],
)
def test_a_task_force_of_the_province_is_named_up_to_its_place(words: str, name: str) -> None:
    assert [b.name for b in find_bodies(f"tại cuộc họp {words} kiểm tra", 0)] == [name.removesuffix(" Đắk Lắk")]


def test_a_second_post_after_a_standing_deputys_is_held_in_its_own_body() -> None:
    # "đồng chí X, Phó Chủ tịch Thường trực UBND tỉnh, Tổ trưởng Tổ công tác …": two posts, two bodies
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 155/TB-UBND\nĐắk Lắk, ngày 16 tháng 4 năm 2025\nTHÔNG BÁO\nKết luận\n"
        "Ngày 14/4/2025, đồng chí Lê Minh Tâm, Phó Chủ tịch Thường trực UBND tỉnh, Tổ trưởng Tổ công tác đặc biệt "
        "của tỉnh về đẩy nhanh tiến độ giải ngân vốn đầu tư công chủ trì cuộc họp.\n"
    )
    assert _posts(extract_text([text], "tb.txt"), "Lê Minh Tâm") == {
        "Ủy ban nhân dân tỉnh Đắk Lắk": "Phó Chủ tịch Thường trực",
        "Tổ công tác đặc biệt của tỉnh Đắk Lắk": "Tổ trưởng",
    }


_ITEMS_WITH_RESULTS = (
    "UBND TỈNH BÌNH ĐỊNH\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 412/BC-SKHĐT\nBình Định, ngày 08 tháng 10 năm 2024\n"
    "BÁO CÁO\nTình hình giải ngân\n\nIII. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ\n"
    "Tại Thông báo số 186/TB-UBND ngày 12/8/2024 của UBND tỉnh, UBND tỉnh đã giao nhiệm vụ; kết quả như sau:\n"
    "1. Giao Sở Tài chính rà soát kế hoạch vốn: Đã thực hiện.\n"
    "Sở đã tham mưu và UBND tỉnh đã ban hành Quyết định số 3321/QĐ-UBND ngày 19/9/2024.\n"
    "2. Giao Sở Xây dựng thẩm định hồ sơ: Đang thực hiện.\n"
    "Hồ sơ đang được thẩm định.\n"
    "3. Giao UBND huyện Phù Cát bồi thường: Chưa hoàn thành.\n"
    "{between}"
    "1. Giao Sở Y tế hoàn thành hồ sơ.\n"
)


@pytest.mark.parametrize(
    ("between", "last"),
    [
        ("IV. NHIỆM VỤ THỜI GIAN TỚI\n", "412/BC-SKHĐT"),
        ("Tại Kế hoạch số 20/KH-UBND ngày 01/9/2024 của UBND tỉnh, kết quả như sau:\n", "20/KH-UBND"),
    ],
)
def test_items_under_a_notices_lead_go_on_past_the_lines_a_report_writes_under_each(between: str, last: str) -> None:
    # "1. Giao …: Đã thực hiện.\nSở đã tham mưu …\n2. Giao …": the lines under an item are its own; the list goes on
    # to the item numbered one less, and the notice gave every item of it (a list that opens on "1." again is another)
    graph = extract_text([_ITEMS_WITH_RESULTS.format(between=between)], "bc.txt")
    assert _given(graph) == {
        ("186/TB-UBND", "Sở Tài chính tỉnh Bình Định"),
        ("186/TB-UBND", "Sở Xây dựng tỉnh Bình Định"),
        ("186/TB-UBND", "Ủy ban nhân dân huyện Phù Cát tỉnh Bình Định"),
        (last, "Sở Y tế tỉnh Bình Định"),
    }


@pytest.mark.parametrize(
    "said",
    [
        "Dự án đầu tư xây dựng đường Vành đai 4 - Vùng Thủ đô Hà Nội",
        "Dự án đường Vành đai 4 - Vùng Thủ đô Hà Nội",
        "Dự án đầu tư xây dựng đường Vành đai 4\n- Vùng Thủ đô Hà Nội đoạn qua địa bàn tỉnh Hưng Yên",
    ],
)
def test_a_project_named_to_a_province_is_one_however_its_kind_of_work_and_section_are_written(said: str) -> None:
    # the kind of work a name opens on ("đầu tư xây dựng"), the section through the province, and a PDF line broken
    # before the name's dash do not make another project
    text = (
        "TỈNH ỦY HƯNG YÊN\nSố: 1123-TB/TU\nHưng Yên, ngày 10 tháng 3 năm 2025\nTHÔNG BÁO\nKết luận\n\n"
        "Tiến độ Dự án đầu tư xây dựng đường Vành đai 4 - Vùng Thủ đô Hà Nội còn chậm.\n"
        f"Giao UBND tỉnh đẩy nhanh giải phóng mặt bằng {said}.\n"
    )
    assert len(_projects(extract_text([text], "tb.txt"))) == 1


def test_a_recipients_item_wrapped_over_lines_gives_no_task_for_a_verb_in_the_next_item() -> None:
    # "- Các Sở: Tài nguyên …, Tài chính," / "  Xây dựng, …;" / "- Ban QLDA đầu tư xây dựng tỉnh;": the item ends on
    # its semicolon, and the next item's "xây dựng" is no work of the departments
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 318/TB-UBND           Hưng Yên, ngày 14 tháng 10 năm 2024\n\n"
        "9. Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện các nhiệm vụ nêu trên.\n"
        "UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.\n"
        "Nơi nhận: TL. CHỦ TỊCH\n- Chủ tịch, các PCT UBND tỉnh;\n- Các Sở: Tài nguyên và Môi trường, Tài chính,\n"
        "  Xây dựng, Giao thông vận tải;\n- Công an tỉnh;\n- Ban QLDA đầu tư xây dựng tỉnh;\n- Lưu: VT.\n"
    )
    assert _given(extract_text([text], "tb.txt")) == {("318/TB-UBND", "Văn phòng Ủy ban nhân dân tỉnh Hưng Yên")}


@pytest.mark.parametrize(
    "listed",
    ["- Các phòng: TN&MT, TC-KH, KT&HT, Nội vụ;", "- Các Phòng: Tài nguyên và Môi trường, TCKH, KT-HT, Nội vụ;"],
)
def test_a_districts_offices_listed_after_cac_phong_are_each_a_recipient(listed: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PẮC\nSố: 215/BC-UBND\nKrông Pắc, ngày 20 tháng 11 năm 2024\n\nBÁO CÁO\n"
        "Kết quả giải quyết kiến nghị cử tri\n\nUBND huyện báo cáo như sau.\nNơi nhận:\n"
        f"- Thường trực HĐND tỉnh;\n{listed}\n- Lưu: VT.\n"
    )
    assert {n for n in _sent_to(extract_text([text], "bc.txt")) if n.startswith("Phòng")} == {
        "Phòng Tài nguyên và Môi trường huyện Krông Pắc",
        "Phòng Tài chính - Kế hoạch huyện Krông Pắc",
        "Phòng Kinh tế và Hạ tầng huyện Krông Pắc" if "KT&HT" in listed else "Phòng Kinh tế - Hạ tầng huyện Krông Pắc",
        "Phòng Nội vụ huyện Krông Pắc",
    }


def test_a_page_laid_out_as_printed_has_its_paragraphs_read_as_any_other() -> None:
    # "        Căn cứ Nghị định …" / "   kiểm soát …": each paragraph indented by a tab's width, its wrapped lines by
    # less; the grounds and what the plan carries out are read as in a text without indents
    text = (
        "      UBND TỈNH LẠNG SƠN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "        THANH TRA TỈNH                            Độc lập - Tự do - Hạnh phúc\n\n"
        "      Số: 14/KH-TTr                         Lạng Sơn, ngày 29 tháng 01 năm 2024\n\n"
        "                                        KẾ HOẠCH\n"
        "                          Xác minh tài sản, thu nhập năm 2024\n\n"
        "        Căn cứ Nghị định số 130/2020/NĐ-CP ngày 30/10/2020 của Chính phủ về\n"
        "   kiểm soát tài sản, thu nhập;\n"
        "        Thực hiện Công văn số 2213/TTCP-C.IV ngày 26/12/2023 của Thanh tra\n"
        "   Chính phủ về việc xây dựng kế hoạch xác minh;\n"
        "        Thanh tra tỉnh Lạng Sơn ban hành Kế hoạch như sau:\n"
        "        1. Đề nghị Sở Tài nguyên và Môi trường, NHNN Chi nhánh tỉnh phối hợp cung cấp thông tin.\n"
    )
    graph = extract_text([text], "kh.txt")
    assert _doc_edges(graph) >= {("BASED_ON", "130/2020/NĐ-CP"), ("IMPLEMENTS", "2213/TTCP-C.IV")}
    assert _given(graph) == {
        ("14/KH-TTr", "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn"),
        ("14/KH-TTr", "Ngân hàng Nhà nước Chi nhánh tỉnh Lạng Sơn"),
    }


def test_the_units_a_department_lists_as_its_own_are_part_of_it() -> None:
    # "các đơn vị sự nghiệp trực thuộc Sở gồm: A, B, C": each part of the department that writes it; a unit's name
    # ends before the verb after it ("Văn phòng Đăng ký đất đai kê khai chưa đầy đủ")
    text = (
        "UBND TỈNH BẮC GIANG\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 96/BC-STNMT\nBắc Giang, ngày 11 tháng 3 năm 2024\n"
        "BÁO CÁO\nKết quả kê khai tài sản\n\nSở đã quán triệt đến các đơn vị sự nghiệp trực thuộc Sở gồm: Văn phòng "
        "Đăng ký đất đai, Trung tâm Phát triển quỹ đất, Trung tâm Quan trắc tài nguyên và môi trường.\n"
        "Ông Lương Văn Thịnh, Phó Giám đốc Văn phòng Đăng ký đất đai kê khai chưa đầy đủ.\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _typed_pairs(graph, "PART_OF") == {
        ("Sở Tài nguyên và Môi trường tỉnh Bắc Giang", "Ủy ban nhân dân tỉnh Bắc Giang"),
        ("Văn phòng Đăng ký đất đai tỉnh Bắc Giang", "Sở Tài nguyên và Môi trường tỉnh Bắc Giang"),
        ("Trung tâm Phát triển quỹ đất", "Sở Tài nguyên và Môi trường tỉnh Bắc Giang"),
        ("Trung tâm Quan trắc tài nguyên và môi trường", "Sở Tài nguyên và Môi trường tỉnh Bắc Giang"),
    }
    assert _posts(graph, "Lương Văn Thịnh") == {"Văn phòng Đăng ký đất đai tỉnh Bắc Giang": "Phó Giám đốc"}


def test_numbers_listed_before_one_issuers_words_are_each_that_issuers() -> None:
    # "các Quyết định số 312/QĐ-CC, 313/QĐ-CC và 314/QĐ-CC ngày … của Chủ tịch UBND phường An Bình": one issuer
    # for every number listed; "Quyết định số 20/QĐ-UBND và số 21/QĐ-UBND … của UBND thành phố Cần Thơ" likewise
    text = (
        "ỦY BAN NHÂN DÂN\nQUẬN NINH KIỀU\nSố: 05/CT-UBND\nNinh Kiều, ngày 10 tháng 3 năm 2024\nCHỈ THỊ\n"
        "Về tăng cường trật tự xây dựng\n"
        "b) Chủ tịch UBND phường An Bình tổ chức cưỡng chế theo các Quyết định số 312/QĐ-CC, 313/QĐ-CC và 314/QĐ-CC "
        "ngày 26/12/2023 của Chủ tịch UBND phường An Bình, hoàn thành trước ngày 30/4/2024.\n"
        "c) Thực hiện Quyết định số 20/QĐ-UBND và số 21/QĐ-UBND ngày 02/01/2024 của UBND thành phố Cần Thơ.\n"
    )
    graph = extract_text([text], "ct.txt")
    ward, city = "Ủy ban nhân dân phường An Bình thành phố Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ"
    assert [_issuers(graph, n) for n in ("312/QĐ-CC", "313/QĐ-CC", "314/QĐ-CC")] == [[ward]] * 3
    assert [_issuers(graph, n) for n in ("20/QĐ-UBND", "21/QĐ-UBND")] == [[city]] * 2


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("phối hợp với Đồn Biên phòng Thông Thụ, tổ chức truy quét", "Đồn Biên phòng Thông Thụ"),
        ("trọng tâm là Đồn Biên phòng cửa khẩu quốc tế Lệ Thanh, phối hợp", "Đồn Biên phòng cửa khẩu quốc tế Lệ Thanh"),
        ("giao Trạm Kiểm lâm địa bàn Thông Thụ và", "Trạm Kiểm lâm địa bàn Thông Thụ"),
        ("- Bộ Chỉ huy BĐBP tỉnh;", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ],
)
def test_border_guard_posts_and_forest_ranger_stations_are_bodies(words: str, name: str) -> None:
    assert [b.name for b in find_bodies(words)] == [name]


_FOLLOWED_BY_SECTIONS = (
    "ỦY BAN NHÂN DÂN\nHUYỆN BẢO LÂM\nSố: 120/BC-UBND\nBảo Lâm, ngày 10 tháng 6 năm 2024\nBÁO CÁO\nKết quả\n\n"
    "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN THÔNG BÁO SỐ 312/TB-UBND\n"
    "Ngay sau khi nhận được Thông báo số 312/TB-UBND ngày 15/5/2024 của UBND tỉnh, UBND huyện đã ban hành Công văn "
    "số 958/UBND-KT ngày 20/5/2024 giao nhiệm vụ cụ thể. Kết quả thực hiện từng nội dung như sau:\n"
    "1. Nội dung giao Công an huyện Bảo Lâm đẩy nhanh điều tra 03 vụ phá rừng:\n"
    "Kết quả: Đang thực hiện. Đã khởi tố 02 vụ án.\n"
    "2. Nội dung giao Hạt Kiểm lâm Bảo Lâm kiểm điểm công chức địa bàn:\n"
    "Kết quả: Đã thực hiện.\n"
    "3. Đối với các nhiệm vụ UBND huyện giao tại Công văn số 958/UBND-KT:\n"
    "- Giao Phòng Tài nguyên và Môi trường rà soát hồ sơ đất: đã thực hiện.\n"
)


def test_work_restated_under_a_heading_in_capitals_and_a_lead_on_the_tasks_given_at_is_those_documents() -> None:
    # items "Nội dung giao X …" under "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN THÔNG BÁO SỐ 312/TB-UBND" are the notice's;
    # bullets under "Đối với các nhiệm vụ UBND huyện giao tại Công văn số 958/UBND-KT:" the letter's
    assert _given(extract_text([_FOLLOWED_BY_SECTIONS], "bc.txt")) == {
        ("312/TB-UBND", "Công an huyện Bảo Lâm"),
        ("312/TB-UBND", "Hạt Kiểm lâm Bảo Lâm"),
        ("958/UBND-KT", "Phòng Tài nguyên và Môi trường huyện Bảo Lâm"),
    }


def test_bullets_under_a_heading_that_names_a_document_restate_that_documents_work() -> None:
    # "2. Đối với Công văn số 2215/UBND-NN của UBND huyện Quế Phong" / "- Nội dung giao UBND xã …: chưa thực hiện.":
    # the letter's work, each bullet one task (the account after its semicolon is none)
    text = (
        "UBND HUYỆN QUẾ PHONG\nHẠT KIỂM LÂM QUẾ PHONG\nSố: 86/BC-HKL\nQuế Phong, ngày 18 tháng 10 năm 2024\n"
        "BÁO CÁO\nKết quả xử lý vụ khai thác rừng\n\nIII. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG CHỈ ĐẠO\n"
        "2. Đối với Công văn số 2215/UBND-NN của UBND huyện Quế Phong\n"
        "- Nội dung giao UBND xã Thông Thụ tổ chức họp dân các bản, ký cam kết bảo vệ rừng: chưa thực hiện.\n"
        "- Nội dung giao Ban Quản lý rừng phòng hộ Quế Phong kiểm điểm trách nhiệm tổ bảo vệ rừng: đã thực hiện; "
        "Ban Quản lý đã tổ chức kiểm điểm ngày 12/10/2024.\n"
        "IV. ĐỀ XUẤT, KIẾN NGHỊ\n"
    )
    graph = extract_text([text], "bc.txt")
    assert _given(graph) == {
        ("2215/UBND-NN", "Ủy ban nhân dân xã Thông Thụ"),
        ("2215/UBND-NN", "Ban Quản lý rừng phòng hộ Quế Phong"),
    }
    assert sum(n.label == "Task" for n in graph.nodes.values()) == 2


@pytest.mark.parametrize(
    "said",
    [
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025",
        "Chương trình MTQG xây dựng nông thôn mới",
    ],
)
def test_a_national_target_programme_is_a_project_by_its_name_in_full(said: str) -> None:
    # no capitalised word names it; the lexicon does, and the office that runs it is a body ("Văn phòng Điều phối
    # NTM tỉnh" is "… nông thôn mới tỉnh")
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 128/KH-UBND\nHà Tĩnh, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nThực hiện\n\n"
        f"Để thực hiện {said}, giao Văn phòng Điều phối NTM tỉnh tổng hợp kết quả.\n"
    )
    graph = extract_text([text], "kh.txt")
    assert set(_projects(graph).values()) == {"Chương trình mục tiêu quốc gia xây dựng nông thôn mới"}
    assert _given(graph) == {("128/KH-UBND", "Văn phòng Điều phối nông thôn mới tỉnh Hà Tĩnh")}


def test_a_one_word_place_opens_a_list_of_districts_after_a_colon() -> None:
    # "Ủy ban nhân dân các huyện: Kbang, Kông Chro, Mang Yang": the first place is one word, the list says it is one
    assert [
        b.name for b in find_bodies("cho Ủy ban nhân dân các huyện: Kbang, Kông Chro, Mang Yang với tổng số vốn")
    ] == [
        "Ủy ban nhân dân huyện Kbang",
        "Ủy ban nhân dân huyện Kông Chro",
        "Ủy ban nhân dân huyện Mang Yang",
    ]


def test_what_a_directive_carries_out_strictly_and_the_guidance_after_a_semicolon_are_both_carried_out() -> None:
    # "thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ tại Công điện số 68 … và Công điện số 80 …; hướng dẫn của Bộ
    # Tài chính tại Công văn số 4891 …, Ủy ban nhân dân tỉnh yêu cầu:"
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 09/CT-UBND\nBắc Giang, ngày 04 tháng 6 năm 2025\nCHỈ THỊ\n"
        "Về quản lý tài sản công\n\nĐể chấn chỉnh những tồn tại nêu trên, thực hiện nghiêm chỉ đạo của Thủ tướng Chính "
        "phủ tại Công điện số 68/CĐ-TTg ngày 20/5/2025 về việc sắp xếp trụ sở và Công điện số 80/CĐ-TTg ngày 01/6/2025 "
        "về việc xử lý tài sản; hướng dẫn của Bộ Tài chính tại Công văn số 4891/BTC-QLCS ngày 15/4/2025, Ủy ban nhân "
        "dân tỉnh yêu cầu:\n1. Sở Tài chính chủ trì rà soát.\n"
    )
    assert _doc_edges(extract_text([text], "ct.txt")) == {
        ("IMPLEMENTS", "68/CĐ-TTg"),
        ("IMPLEMENTS", "80/CĐ-TTg"),
        ("IMPLEMENTS", "4891/BTC-QLCS"),
    }


def test_the_writers_own_demand_to_carry_documents_out_gives_its_own_work_after_trong_do() -> None:
    # "yêu cầu các cơ quan … thực hiện nghiêm Công điện số 80 … và Nghị định số 186 …; trong đó tập trung thực hiện
    # các nhiệm vụ sau:" then "a) Sở Tài chính" and its work: the notice's own, not the decree's
    text = (
        "UBND TỈNH ĐỒNG THÁP\nVĂN PHÒNG\nSố: 215/TB-VPUBND\nĐồng Tháp, ngày 19 tháng 8 năm 2025\n"
        "THÔNG BÁO\nKết luận\n\n"
        "2. Thời gian tới, yêu cầu các cơ quan, đơn vị, địa phương thực hiện nghiêm Công điện số 80/CĐ-TTg ngày "
        "01/6/2025 của Thủ tướng Chính phủ và Nghị định số 186/2025/NĐ-CP ngày 01/7/2025 của Chính phủ; trong đó tập "
        "trung thực hiện các nhiệm vụ sau:\na) Sở Tài chính\n- Chủ trì tham mưu UBND tỉnh ban hành Quyết định phân cấp "
        "trước ngày 30/8/2025.\n"
    )
    assert _given(extract_text([text], "tb.txt")) == {("215/TB-VPUBND", "Sở Tài chính tỉnh Đồng Tháp")}


def test_a_board_under_the_provinces_office_and_grounds_after_a_law_without_a_number() -> None:
    # "VĂN PHÒNG UBND TỈNH THANH HÓA / BAN TIẾP CÔNG DÂN": the province's citizen reception board, the office's part;
    # "Căn cứ Điều 18 Luật Khiếu nại năm 2011; Nghị định số 124 …; Thông tư số 05 …": each a ground
    text = (
        "VĂN PHÒNG UBND TỈNH THANH HÓA\nBAN TIẾP CÔNG DÂN\nSố: 1187/BTCD-XLĐ\nV/v chuyển đơn\n"
        "Thanh Hóa, ngày 12 tháng 8 năm 2024\nKính gửi: Chủ tịch UBND huyện Quảng Xương.\n\n"
        "Căn cứ Điều 18 Luật Khiếu nại năm 2011; Nghị định số 124/2020/NĐ-CP ngày 19/10/2020 của Chính phủ; Thông tư "
        "số 05/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ, Ban Tiếp công dân tỉnh chuyển đơn đến Chủ tịch "
        "UBND huyện Quảng Xương.\n"
    )
    graph = extract_text([text], "cv.txt")
    assert _issuers(graph, "1187/BTCD-XLĐ") == ["Ban Tiếp công dân tỉnh Thanh Hóa"]
    assert ("Ban Tiếp công dân tỉnh Thanh Hóa", "Văn phòng Ủy ban nhân dân tỉnh Thanh Hóa") in _typed_pairs(
        graph, "PART_OF"
    )
    assert _doc_edges(graph) == {("BASED_ON", "124/2020/NĐ-CP"), ("BASED_ON", "05/2021/TT-TTCP")}


def test_thuc_hien_goes_on_past_a_law_cited_without_a_number() -> None:
    # "Thực hiện Luật Tiếp công dân năm 2013; Nghị định số 64/2014/NĐ-CP … và Quyết định số 17/2022/QĐ-UBND …"
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 601/TB-VP\nKiên Giang, ngày 20 tháng 11 năm 2024\n"
        "THÔNG BÁO\nKết luận\n\n"
        "Thực hiện Luật Tiếp công dân năm 2013; Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ và Quyết định "
        "số 17/2022/QĐ-UBND ngày 08/7/2022 của UBND tỉnh, ngày 15/11/2024, Chủ tịch UBND tỉnh chủ trì tiếp công dân.\n"
    )
    assert _doc_edges(extract_text([text], "tb.txt")) == {
        ("IMPLEMENTS", "64/2014/NĐ-CP"),
        ("IMPLEMENTS", "17/2022/QĐ-UBND"),
    }


def test_a_case_named_at_length_before_its_colon_then_tai_a_notice_is_that_notices_work() -> None:
    # "5.2. Vụ việc ông … kiến nghị việc chậm cấp Giấy chứng nhận …: Tại Thông báo số 198/TB-UBND …, Chủ tịch UBND
    # tỉnh giao Sở …": the notice gave it, however long the case's name before the colon
    text = (
        "UBND TỈNH NGHỆ AN\nTHANH TRA TỈNH\nSố: 1046/BC-TTr\nNghệ An, ngày 20 tháng 6 năm 2024\nBÁO CÁO\nKết quả\n\n"
        "5.2. Vụ việc ông Hồ Sỹ Lâm và 14 hộ dân khối 5, phường Quỳnh Thiện, thị xã Hoàng Mai kiến nghị việc chậm cấp "
        "Giấy chứng nhận quyền sử dụng đất tại khu tái định cư khối 5: Tại Thông báo số 198/TB-UBND ngày 21/3/2024, "
        "Chủ tịch UBND tỉnh giao Sở Tài nguyên và Môi trường kiểm tra, báo cáo UBND tỉnh trước ngày 30/4/2024.\n"
    )
    assert _given(extract_text([text], "bc.txt")) == {("198/TB-UBND", "Sở Tài nguyên và Môi trường tỉnh Nghệ An")}


@pytest.mark.parametrize(
    ("words", "names"),
    [
        (
            "4. Đề nghị các Đồn Biên phòng: Tén Tằn, Pù Nhi, Quang Chiểu\nBố trí cán bộ",
            ["Đồn Biên phòng Tén Tằn", "Đồn Biên phòng Pù Nhi", "Đồn Biên phòng Quang Chiểu"],
        ),
        ("giao các Hạt Kiểm lâm: Mường Lát, Quan Sơn phối hợp", ["Hạt Kiểm lâm Mường Lát", "Hạt Kiểm lâm Quan Sơn"]),
        ("các Đồn Biên phòng trên tuyến biên giới", []),
    ],
)
def test_posts_named_by_their_places_are_each_a_body_when_listed_after_a_colon(words: str, names: list[str]) -> None:
    assert [b.name for b in find_bodies(words)] == names


def test_a_letters_work_restated_in_brackets_and_a_police_office_listed_before_a_districts_police() -> None:
    # "6. Đối với nhiệm vụ được UBND tỉnh giao tại Công văn số 6150/UBND-KTN (giao Sở …)": the letter's work;
    # "Phòng Cảnh sát phòng, chống tội phạm về môi trường, Công an huyện Đại Lộc": two bodies of a list
    text = (
        "UBND TỈNH QUẢNG NAM\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 3124/STNMT-KS\nV/v xử lý khai thác cát\n"
        "Quảng Nam, ngày 25 tháng 9 năm 2023\nKính gửi: UBND huyện Đại Lộc.\n\n"
        "4. Đề nghị Công an tỉnh chỉ đạo Phòng Cảnh sát phòng, chống tội phạm về môi trường, Công an huyện Đại Lộc "
        "truy bắt các tàu hút cát trái phép.\n"
        "6. Đối với nhiệm vụ được UBND tỉnh giao tại Công văn số 6150/UBND-KTN (giao Sở Tài nguyên và Môi trường chủ "
        "trì kiểm tra, xử lý dứt điểm các điểm khai thác cát trái phép): Sở đã hoàn thành kiểm tra.\n"
    )
    graph = extract_text([text], "cv.txt")
    assert ("6150/UBND-KTN", "Sở Tài nguyên và Môi trường tỉnh Quảng Nam") in _given(graph)
    assert not any("Đại Lộc" in parent for _, parent in _typed_pairs(graph, "PART_OF"))
    assert "Phòng Cảnh sát phòng, chống tội phạm về môi trường" in {b.name for b in find_bodies(text)}


def test_a_project_declared_whole_by_its_short_name_and_the_decision_approving_it() -> None:
    # "Dự án Xây dựng Khối nhà …, Trung tâm Y tế huyện Thăng Bình (sau đây gọi tắt là Dự án)": the name runs over
    # its comma to the declaration; "được UBND tỉnh phê duyệt tại Quyết định số 2314 …, do Ban … (sau đây gọi tắt là
    # Ban QLDA) làm chủ đầu tư": the board invests, it did not issue the decision; "Để tổ chức thực hiện nghiêm"
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 5127/UBND-NC\nV/v thực hiện Kết luận thanh tra\n"
        "Quảng Nam, ngày 02 tháng 8 năm 2024\nKính gửi: Thanh tra tỉnh.\n\n"
        "Xét đề nghị của Chánh Thanh tra tỉnh về Dự án Xây dựng Khối nhà điều trị nội trú, Trung tâm Y tế huyện Thăng "
        "Bình (sau đây gọi tắt là Dự án);\nĐể tổ chức thực hiện nghiêm Kết luận thanh tra số 09/KL-TTr ngày 15/7/2024 "
        "của Thanh tra tỉnh, Chủ tịch UBND tỉnh có ý kiến như sau:\n1. Dự án được UBND tỉnh phê duyệt tại Quyết "
        "định số 2314/QĐ-UBND ngày 12/10/2021, do Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công "
        "nghiệp tỉnh (sau đây gọi tắt là Ban QLDA) làm chủ đầu tư.\n"
    )
    graph = extract_text([text], "cv.txt")
    assert set(_projects(graph).values()) == {
        "Dự án Xây dựng Khối nhà điều trị nội trú, Trung tâm Y tế huyện Thăng Bình"
    }
    assert _issuers(graph, "2314/QĐ-UBND") == ["Ủy ban nhân dân tỉnh Quảng Nam"]
    assert ("IMPLEMENTS", "09/KL-TTr") in _doc_edges(graph)


def test_a_citizen_named_with_an_address_holds_no_post_and_a_post_is_read_in_its_own_sentence_only() -> None:
    # "Vụ việc ông Nguyễn Văn Toản, thôn Đông Thượng, xã Tân Liễu": his address; "… của ông Nguyễn Văn Toản, giữ nguyên
    # Quyết định số 1127/QĐ-UBND. UBND xã Tân Liễu đã …": the next sentence's body is not his
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN YÊN DŨNG\nSố: 412/BC-UBND\nYên Dũng, ngày 20 tháng 8 năm 2024\nBÁO CÁO\nKết quả\n\n"
        "1. Vụ việc ông Nguyễn Văn Toản, thôn Đông Thượng, xã Tân Liễu\n"
        "Chủ tịch UBND huyện ban hành Quyết định giải quyết khiếu nại lần đầu, không công nhận nội dung khiếu nại của "
        "ông Nguyễn Văn Toản, giữ nguyên Quyết định số 1127/QĐ-UBND. UBND xã Tân Liễu đã phối hợp giao quyết định.\n"
    )
    assert _posts(extract_text([text], "bc.txt"), "Nguyễn Văn Toản") == {}


def test_a_bodys_heading_with_a_bracket_then_items_that_ask_of_others_is_the_bodys_work() -> None:
    # "6. Ban Quản lý … (chủ đầu tư Dự án …):" / "a) Yêu cầu Công ty … tăng ca …": the board's work, item by item
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 12/CT-UBND\nCần Thơ, ngày 10 tháng 3 năm 2024\nCHỈ THỊ\n"
        "Về giải ngân\n\n6. Ban Quản lý dự án đầu tư xây dựng thành phố (chủ đầu tư Dự án Đường Vành đai phía Tây):\n"
        "a) Yêu cầu Công ty Cổ phần Đầu tư Xây dựng Tây Đô tăng ca thi công.\n"
        "b) Hoàn thành phê duyệt điều chỉnh thiết kế trước ngày 15/4/2024.\n"
    )
    assert ("12/CT-UBND", "Ban Quản lý dự án đầu tư xây dựng thành phố Cần Thơ") in _given(
        extract_text([text], "ct.txt")
    )


def test_money_recovered_from_each_firm_listed_under_the_lead_is_each_firms_task() -> None:
    # "Thu hồi số tiền … , cụ thể:" / "- Công ty TNHH TM DV Kỹ thuật An Khang nộp 412.360.000 đồng": each firm must pay
    # (its trade by initials is its name: "TM DV" is "Thương mại Dịch vụ")
    text = (
        "UBND TỈNH HÀ TĨNH\nTHANH TRA TỈNH\nSố: 15/KL-TTr\nHà Tĩnh, ngày 10 tháng 9 năm 2024\nKẾT LUẬN THANH TRA\n"
        "Về đấu thầu\n\nIV. KIẾN NGHỊ BIỆN PHÁP XỬ LÝ\n1. Về kinh tế\nThu hồi số tiền 2.784.360.000 đồng nộp vào tài "
        "khoản tạm giữ của Thanh tra tỉnh, cụ thể:\n- Công ty TNHH Thiết bị y tế Minh Phát nộp 2.372.000.000 đồng;\n"
        "- Công ty TNHH TM DV Kỹ thuật An Khang nộp 412.360.000 đồng.\n"
    )
    assert _given(extract_text([text], "kl.txt")) == {
        ("15/KL-TTr", "Công ty TNHH Thiết bị y tế Minh Phát"),
        ("15/KL-TTr", "Công ty TNHH TM DV Kỹ thuật An Khang"),
    }


@pytest.mark.parametrize(("done", "payers"), [("", {"Công ty Cổ phần Xây dựng Thành Vinh"}), ("đã ", set())])
def test_money_a_decision_recovers_from_a_firm_is_the_firms_task_and_a_reports_account_is_none(
    done: str, payers: set[str]
) -> None:
    # "Điều 1. Thu hồi số tiền … cụ thể:" / "1. Dự án …: thu hồi của Công ty … số tiền …": the firm must pay it back
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 2871/QĐ-UBND\nNghệ An, ngày 10 tháng 10 năm 2024\nQUYẾT ĐỊNH\n"
        "Về việc xử lý sau thanh tra\n\nĐiều 1. Thu hồi số tiền 512.904.000 đồng, cụ thể:\n"
        f"1. Dự án Đường giao thông xã Nghi Vạn: {done}thu hồi của Công ty Cổ phần Xây dựng Thành Vinh (nhà thầu thi "
        "công) số tiền 512.904.000 đồng.\n"
    )
    graph = extract_text([text], "qd.txt")
    assert {body for _, body in _given(graph) if body.startswith("Công ty")} == payers


def test_a_disaster_boards_order_to_its_office_the_weather_station_and_dam_owners() -> None:
    # "Văn phòng thường trực Ban Chỉ huy PCTT và TKCN tỉnh", "Đài Khí tượng Thủy văn tỉnh Quảng Nam": bodies; firms
    # listed before a colon and their work in lower case ("…: vận hành hồ chứa …"); "Các sở: Nông nghiệp và PTNT,
    # Tài nguyên và⏎  Môi trường": a function half in initials, and one wrapped with an indent
    text = (
        "UBND TỈNH QUẢNG NAM\nBAN CHỈ HUY PCTT VÀ TKCN\nSố: 21/CĐ-BCH\nQuảng Nam, ngày 12 tháng 10 năm 2023\n"
        "CÔNG ĐIỆN\nVề ứng phó mưa lũ\n\n"
        "3. Công ty TNHH MTV Khai thác thủy lợi Quảng Nam, Công ty Thủy điện Sông Tranh và các chủ đập thủy điện trên "
        "địa bàn: vận hành hồ chứa theo đúng quy trình.\n"
        "9. Đài Khí tượng Thủy văn tỉnh Quảng Nam theo dõi chặt chẽ, dự báo diễn biến mưa lũ.\n"
        "10. Văn phòng thường trực Ban Chỉ huy PCTT và TKCN tỉnh tổ chức trực ban nghiêm túc.\n"
        "Nơi nhận:\n- Các sở: Nông nghiệp và PTNT, Tài nguyên và\n  Môi trường;\n- Lưu: VT.\n"
    )
    graph = extract_text([text], "cd.txt")
    given = {body for _, body in _given(graph)}
    assert {
        "Công ty TNHH MTV Khai thác thủy lợi Quảng Nam",
        "Công ty Thủy điện Sông Tranh",
        "Đài Khí tượng Thủy văn tỉnh Quảng Nam",
    } <= given
    assert any(body.startswith("Văn phòng thường trực Ban Chỉ huy") for body in given)
    assert _sent_to(graph) == {
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Nam",
        "Sở Tài nguyên và Môi trường tỉnh Quảng Nam",
    }


def test_trong_do_giao_after_a_semicolon_is_the_work_of_the_letter_of_its_own_clause() -> None:
    # "Thực hiện Chỉ thị số 3582 …; Công văn số 7845 … về việc triển khai thực hiện Chỉ thị số 3582, trong đó giao
    # Sở …": the letter after the semicolon gave it, not the directive its subject names
    text = (
        "UBND TỈNH THANH HÓA\nSỞ NÔNG NGHIỆP VÀ PTNT\nSố: 2318/SNN&PTNT-TL\nV/v bảo đảm an toàn hồ chứa\n"
        "Thanh Hóa, ngày 10 tháng 6 năm 2024\nKính gửi: Các Công ty TNHH MTV thủy lợi.\n\n"
        "Thực hiện Chỉ thị số 3582/CT-BNN-TL ngày 24/5/2024 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn; "
        "Công văn số 7845/UBND-NN ngày 03/6/2024 của UBND tỉnh về việc triển khai thực hiện Chỉ thị số "
        "3582/CT-BNN-TL, trong đó giao Sở Nông nghiệp và PTNT hướng dẫn các đơn vị kiểm tra hồ chứa.\n"
    )
    assert _given(extract_text([text], "cv.txt")) == {
        ("7845/UBND-NN", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Thanh Hóa")
    }
