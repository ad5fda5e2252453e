"""Briefing material: the chain around a focus as Graphviz images, a timeline, and the evidence table.

``write_brief(view, out_dir)`` writes, for one ``ViewGraph``:

- ``chain.png`` (300 dpi, for print), ``chain.svg`` and ``chain.pdf``: the nodes and edges laid out
  left to right by Graphviz's ``dot``, coloured and shaped by label, with a legend; fonts are
  DejaVu Sans, which carries every Vietnamese letter;
- ``timeline.png`` and ``timeline.svg``: the dated documents and the tasks (by deadline, else by the
  date of the document that gives them) in date order;
- ``evidence.html`` and ``evidence.md``: every edge with its quote and source, to paste into a
  word processor or slides.

Every text of the graph reaches Graphviz escaped (``graphviz.escape``; labels are never HTML-like)
and the HTML table through ``html.escape``. Needs the ``dot`` program (Debian: ``graphviz``).
"""

from __future__ import annotations

import html
import shutil
import textwrap
from dataclasses import dataclass
from pathlib import Path

import graphviz

from api.views import style as st
from api.views.data import ViewGraph, ViewNode

PRINT_DPI = 300
WRAP = 28
NAME_CHARS = 110
QUOTE_CHARS = 300

# what GET /brief/{format} and chidao brief produce: the name of each output and its media type
OUTPUTS: dict[str, str] = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "timeline.png": "image/png",
    "timeline.svg": "image/svg+xml",
    "evidence.html": "text/html; charset=utf-8",
    "evidence.md": "text/markdown; charset=utf-8",
}
FILE_NAMES = {
    "png": "chain.png",
    "svg": "chain.svg",
    "pdf": "chain.pdf",
    "timeline.png": "timeline.png",
    "timeline.svg": "timeline.svg",
    "evidence.html": "evidence.html",
    "evidence.md": "evidence.md",
}


class BriefError(RuntimeError):
    """A briefing that cannot be made here; the message is a sentence."""


def check_graphviz() -> None:
    if shutil.which("dot") is None:
        raise BriefError("Graphviz's dot program is not installed (Debian: apt-get install graphviz).")


def _text(value: str) -> str:
    # escape: a backslash stays a backslash (not \N, \G …); nohtml: "<…>" stays text, not an HTML-like label
    return graphviz.nohtml(str(graphviz.escape(" ".join(str(value).split()))))


def _lines(*parts: str) -> str:
    return graphviz.nohtml("\\n".join(_text(p) for p in parts if p))


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(st.short(text, NAME_CHARS), WRAP) or [""]


def _node_label(node: ViewNode) -> str:
    caption = st.style(node.label).caption
    extra = node.properties.get("date") or node.properties.get("deadline") or node.properties.get("status") or ""
    return _lines(f"[{caption}]", *_wrapped(node.name), str(extra))


def _first_quote(sources: list[dict[str, object]]) -> str:
    if not sources:
        return ""
    s = sources[0]
    return f"“{st.short(str(s.get('quote', '')), QUOTE_CHARS)}” — {s.get('file', '')}"


def _legend(labels: list[str], types: list[str]) -> str:
    rows = "".join(
        f'<TR><TD BGCOLOR="{st.style(lbl).colour}" COLOR="{st.style(lbl).border}" WIDTH="24"> </TD>'
        f'<TD ALIGN="LEFT">{html.escape(st.style(lbl).caption)}</TD></TR>'
        for lbl in labels
    )
    rows += "".join(
        f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="9">{html.escape(t)}</FONT></TD>'
        f'<TD ALIGN="LEFT"><FONT POINT-SIZE="9">{html.escape(st.reads(t))}</FONT></TD></TR>'
        for t in types
    )
    head = '<TR><TD COLSPAN="2"><B>Legend</B></TD></TR>'
    return f'<<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="3" COLOR="#999999">{head}{rows}</TABLE>>'


def _base(name: str, title: str) -> graphviz.Digraph:
    g = graphviz.Digraph(name, engine="dot")
    g.attr(
        "graph",
        rankdir="LR",
        fontname=st.FONT,
        label=_text(title),
        labelloc="t",
        fontsize="16",
        nodesep="0.3",
        ranksep="0.6",
        pad="0.3",
    )
    g.attr("node", fontname=st.FONT, fontsize="10", style="filled", margin="0.12,0.06")
    g.attr("edge", fontname=st.FONT, fontsize="8", color="#666666", fontcolor="#444444")
    return g


def chain_graph(view: ViewGraph) -> graphviz.Digraph:
    """The chain around the focus, left to right, with a legend."""
    focus = ", ".join(view.focus_names()) or view.key
    g = _base("chain", f"chidao — around {focus}")
    keys = {node_id: f"n{k}" for k, node_id in enumerate(view.nodes)}  # ids hold ':' (a port in DOT)
    for node in view.nodes.values():
        look = st.style(node.label)
        g.node(
            keys[node.id],
            _node_label(node),
            shape=look.dot_shape,
            fillcolor=look.colour,
            color=look.border,
            penwidth="3" if node.focus else "1",
            tooltip=_text(node.name),
        )
    for edge in view.edges:
        if edge.source not in keys or edge.target not in keys:
            continue
        g.edge(
            keys[edge.source],
            keys[edge.target],
            label=_text(edge.type),
            tooltip=_text(_first_quote(edge.sources) or edge.type),
        )
    labels = [lbl for lbl in st.STYLES if any(n.label == lbl for n in view.nodes.values())]
    g.node("__legend", _legend(labels, sorted({e.type for e in view.edges})), shape="plaintext", style="")
    return g


@dataclass
class TimelineItem:
    date: str
    node: ViewNode
    how: str  # "dated" or "given by a document of that date"


def timeline_items(view: ViewGraph) -> list[TimelineItem]:
    """Documents by date and tasks by deadline (else by the date of the document that gives them)."""
    items: list[TimelineItem] = []
    given_on: dict[str, str] = {}
    for edge in view.edges:
        if edge.type == "ASSIGNS":
            doc = view.nodes.get(edge.source)
            if doc is not None and doc.date:
                given_on.setdefault(edge.target, doc.date)
    for node in view.nodes.values():
        if node.label == "Document" and node.date:
            items.append(TimelineItem(node.date, node, "dated"))
        elif node.label == "Task":
            if node.date:
                items.append(TimelineItem(node.date, node, "deadline"))
            elif node.id in given_on:
                items.append(TimelineItem(given_on[node.id], node, "given"))
    return sorted(items, key=lambda i: (i.date, i.node.label, i.node.name))


def timeline_graph(view: ViewGraph) -> graphviz.Digraph:
    focus = ", ".join(view.focus_names()) or view.key
    g = _base("timeline", f"chidao — documents and tasks of {focus}, in date order")
    items = timeline_items(view)
    dates = list(dict.fromkeys(i.date for i in items))
    if not dates:
        g.node("none", _text("No dated document or task here."), shape="plaintext", style="")
        return g
    for n, date in enumerate(dates):
        with g.subgraph(name=f"d{n}") as column:
            column.attr(rank="same")
            column.node(
                f"date{n}",
                _text(date),
                shape="box",
                style="rounded,filled",
                fillcolor="#333333",
                fontcolor="#ffffff",
                fontsize="11",
            )
            previous = f"date{n}"
            for k, item in enumerate(i for i in items if i.date == date):
                look = st.style(item.node.label)
                note = {"deadline": "deadline", "given": "given on this date"}.get(item.how, "")
                label = _lines(f"[{look.caption}]", *_wrapped(item.node.name), note)
                key = f"item{n}_{k}"
                column.node(
                    key,
                    label,
                    shape=look.dot_shape,
                    fillcolor=look.colour,
                    color=look.border,
                    tooltip=_text(item.node.name),
                )
                column.edge(previous, key, style="invis")
                previous = key
        if n:
            g.edge(f"date{n - 1}", f"date{n}", penwidth="2", color="#333333")
    return g


def evidence_rows(view: ViewGraph) -> list[dict[str, str]]:
    """One row per edge: from, relationship, to, the quotes and where they are."""
    rows = []
    for n, edge in enumerate(view.edges, 1):
        rows.append(
            {
                "n": str(n),
                "from": _name(view, edge.source),
                "relationship": f"{edge.type} ({st.reads(edge.type)})",
                "to": _name(view, edge.target),
                "quote": " / ".join(f"“{st.short(str(s.get('quote', '')), QUOTE_CHARS)}”" for s in edge.sources[:2])
                or "(no source recorded)",
                "source": "; ".join(_where(s) for s in edge.sources[:2]),
            }
        )
    return rows


def _name(view: ViewGraph, node_id: str) -> str:
    node = view.nodes.get(node_id)
    return st.short(node.name, NAME_CHARS) if node else node_id


def _where(source: dict[str, object]) -> str:
    return f"{source.get('file', '')}, characters {source.get('start', '')}–{source.get('end', '')}"


_COLUMNS = (
    ("n", "#"),
    ("from", "From"),
    ("relationship", "Relationship"),
    ("to", "To"),
    ("quote", "Quote"),
    ("source", "Source"),
)


def evidence_html(view: ViewGraph) -> str:
    focus = ", ".join(view.focus_names()) or view.key
    cell = "border:1px solid #999;padding:3px 5px;vertical-align:top;"
    head = "".join(f'<th style="{cell}background:#eee;text-align:left">{html.escape(t)}</th>' for _, t in _COLUMNS)
    body = "".join(
        "<tr>" + "".join(f'<td style="{cell}">{html.escape(row[k])}</td>' for k, _ in _COLUMNS) + "</tr>\n"
        for row in evidence_rows(view)
    )
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        f"<title>{html.escape('Evidence: ' + focus)}</title>"
        "<style>@page { size: A4 landscape; margin: 1cm; }</style></head>\n"
        "<body style=\"font-family:'DejaVu Sans',Arial,sans-serif;font-size:9pt\">\n"
        f'<h1 style="font-size:13pt">{html.escape("Evidence for the chain around " + focus)}</h1>\n'
        f'<table style="border-collapse:collapse;width:100%"><thead><tr>{head}</tr></thead>\n<tbody>\n{body}'
        "</tbody></table>\n</body></html>\n"
    )


def _md_cell(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")


def evidence_markdown(view: ViewGraph) -> str:
    focus = ", ".join(view.focus_names()) or view.key
    lines = [f"# Evidence for the chain around {_md_cell(focus)}", ""]
    lines.append("| " + " | ".join(t for _, t in _COLUMNS) + " |")
    lines.append("|" + "---|" * len(_COLUMNS))
    lines += ["| " + " | ".join(_md_cell(row[k]) for k, _ in _COLUMNS) + " |" for row in evidence_rows(view)]
    return "\n".join(lines) + "\n"


def render(view: ViewGraph, fmt: str) -> bytes:
    """One output of the briefing (a key of OUTPUTS) as bytes."""
    if fmt not in OUTPUTS:
        raise BriefError(f"There is no briefing format {fmt!r}; choose one of {', '.join(OUTPUTS)}.")
    if fmt == "evidence.html":
        return evidence_html(view).encode("utf-8")
    if fmt == "evidence.md":
        return evidence_markdown(view).encode("utf-8")
    check_graphviz()
    graph = timeline_graph(view) if fmt.startswith("timeline.") else chain_graph(view)
    image = fmt.rsplit(".", 1)[-1]
    if image == "png":
        graph.attr("graph", dpi=str(PRINT_DPI))
    try:
        return bytes(graph.pipe(format=image, encoding=None))
    except graphviz.ExecutableNotFound:
        raise BriefError("Graphviz's dot program is not installed (Debian: apt-get install graphviz).") from None
    except graphviz.CalledProcessError as exc:
        raise BriefError(f"Graphviz could not draw the {fmt}: {exc.stderr!r}.") from None


def write_brief(view: ViewGraph, out_dir: Path) -> dict[str, Path]:
    """Write every output of the briefing into ``out_dir``; returns them by format."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for fmt, name in FILE_NAMES.items():
        path = out_dir / name
        path.write_bytes(render(view, fmt))
        written[fmt] = path
    return written
