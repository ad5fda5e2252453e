"""Projects, programmes and schemes ("Dự án Khu đô thị Tràng Cát"), and the documents about them."""

from __future__ import annotations

import re

from graph.text import tone_key
from loaders.extract.bodies import UPPER
from loaders.extract.context import Context, DocRef

_START = re.compile(r"(?<![\wĐđ])(?:[Dd]ự án|Chương trình|Đề án)\s+")
_STOP = re.compile(r"[,;.()\n“”\"]|\s(?:tại|của|theo|do|đã|được|trong|nhằm|để|thì|với|cho|ban hành|năm \d{4})\s")
_PROPER = re.compile(rf"[{UPPER}][\wĐđ]*(?:\s+[{UPPER}][\wĐđ]*)+")


def projects(ctx: Context, cited: list[tuple[int, int, DocRef]], self_ref: DocRef) -> None:
    s = ctx.s
    found: dict[str, str] = {}
    for m in _START.finditer(s):
        quoted = re.match(r"“([^”]{5,200})”", s[m.end() :])
        if quoted:
            name_end = m.end() + quoted.end()
            proper = quoted.group(1)
        else:
            stop = _STOP.search(s, m.end())
            name_end = stop.start() if stop else len(s)
            if name_end - m.end() > 120:
                continue
            until = re.search(r"đến năm \d{4}", s[m.end() : name_end + 14])
            runs = list(_PROPER.finditer(s, m.end(), name_end))
            if until:
                name_end = m.end() + until.end()
                proper = s[m.end() : name_end]
            elif runs:
                name_end = runs[-1].end()
                proper = runs[-1].group()
            else:
                continue
        name = re.sub(r"\s+", " ", s[m.start() : name_end]).strip()
        name = name[:1].upper() + name[1:]
        key = tone_key(proper)
        node_id = found.get(key) or f"project:{key}"
        found[key] = node_id
        node = ctx.node(node_id, "Project", {"name": name, "aliases": []}, (m.start(), name_end))
        if name != node.properties["name"]:
            if len(name) > len(node.properties["name"]):
                node.properties["aliases"].append(node.properties["name"])
                node.properties["name"] = name
            elif name not in node.properties["aliases"]:
                node.properties["aliases"].append(name)
        # the document this clause is about: the nearest citation before it in the same sentence
        for c_start, c_end, ref in reversed(cited):
            if c_end <= m.start() and not re.search(r"[.;]\s|\n", s[c_end : m.start()]) and m.start() - c_end < 200:
                if ref.node is not None and re.search(r"\bvề\b|phê duyệt|điều chỉnh", s[c_end : m.start()]):
                    ctx.edge("CONCERNS", ref.node.id, node_id, (c_start, name_end))
                break
