"""The explorer: one self-contained HTML page of a neighbourhood, drawn by vis-network through pyvis.

pyvis builds the nodes and edges (``build_network``); the page is chidao's own template
(``templates/explorer.html``) with pyvis's bundled vis-network script and style sheet written into
it, so the file opens with no network at all. pyvis's own page is not used: it loads Bootstrap from
a CDN even with ``cdn_resources='in_line'`` (pyvis issue #229), drops ``color`` when ``group`` is set
and writes without an explicit encoding. Colour and shape come from ``style.STYLES`` (no groups);
files are written as UTF-8.

Every text of the graph reaches the page as JSON inside a script (``<``, ``>``, ``&`` escaped) and is
put on screen with ``textContent``, never as markup: investigators' data is untrusted.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
from pyvis.network import Network

from api.views import style as st
from api.views.data import ViewEdge, ViewGraph, ViewNode
from graph.text import ascii_fold

LARGE = 400  # nodes above which the page trades looks for speed (straight edges, a short layout)
QUOTES_IN_TOOLTIP = 3
QUOTE_CHARS = 400
NAME_CHARS = 42
_SHOWN_PROPERTIES = (
    "doc_type_name",
    "date",
    "title",
    "status",
    "deadline",
    "kind",
    "location",
    "role",
    "capacity",
    "title",
    "on_behalf_of",
)


def _pyvis_lib() -> Path:
    import pyvis

    return Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


@cache
def _assets() -> tuple[str, str]:
    lib = _pyvis_lib()
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    return js.replace("</script", "<\\/script"), css.replace("</style", "<\\/style")


@cache
def _template() -> jinja2.Template:
    text = resources.files("api.views").joinpath("templates/explorer.html").read_text(encoding="utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(text)


def source_line(source: dict[str, Any]) -> str:
    """One source as a line: “the quote” — file (start–end)."""
    quote = st.short(str(source.get("quote", "")), QUOTE_CHARS)
    where = f"{source.get('file', '')} ({source.get('start', '')}–{source.get('end', '')})"
    return f"“{quote}” — {where}"


def _property_lines(properties: dict[str, Any]) -> list[str]:
    lines = []
    for key in dict.fromkeys(_SHOWN_PROPERTIES):
        value = properties.get(key)
        if value not in (None, "", []):
            lines.append(f"{key.replace('_', ' ')}: {value}")
    return lines


def _sources_block(sources: list[dict[str, Any]]) -> list[str]:
    if not sources:
        return ["(no source recorded)"]
    lines = [source_line(s) for s in sources[:QUOTES_IN_TOOLTIP]]
    if len(sources) > QUOTES_IN_TOOLTIP:
        lines.append(f"… and {len(sources) - QUOTES_IN_TOOLTIP} more source(s)")
    return lines


def node_tooltip(node: ViewNode) -> str:
    return "\n".join(
        [
            f"{st.style(node.label).caption}: {node.name}",
            *_property_lines(node.properties),
            "",
            *_sources_block(node.sources),
        ]
    )


def edge_tooltip(edge: ViewEdge, names: dict[str, str]) -> str:
    source, target = names.get(edge.source, edge.source), names.get(edge.target, edge.target)
    head = f"{source} — {edge.type} ({st.reads(edge.type)}) → {target}"
    return "\n".join([head, *_property_lines(edge.properties), "", *_sources_block(edge.sources)])


def build_network(view: ViewGraph) -> Network:
    """The pyvis network of ``view``: colour and shape by label, a tooltip on every node and edge."""
    net = Network(directed=True, cdn_resources="in_line")
    for node in view.nodes.values():
        look = st.style(node.label)
        net.add_node(
            node.id,
            label=st.short(node.name, NAME_CHARS),
            title=node_tooltip(node),
            shape=look.vis_shape,
            color={
                "background": look.colour,
                "border": look.border,
                "highlight": {"background": look.colour, "border": "#000000"},
            },
            borderWidth=4 if node.focus else 1,
            kind=node.label,
            date=node.date,
            find=ascii_fold(f"{node.name} {node.properties.get('number') or ''}"),
            focus=node.focus,
        )
    names = {n.id: n.name for n in view.nodes.values()}
    for edge in view.edges:
        if edge.source in view.nodes and edge.target in view.nodes:
            net.add_edge(
                edge.source,
                edge.target,
                id="\x1f".join(edge.key),
                label=edge.type,
                title=edge_tooltip(edge, names),
                rel=edge.type,
            )
    return net


def layout(view: ViewGraph, timeout: float = 30.0) -> dict[str, tuple[float, float]] | None:
    """Positions for a large view from Graphviz's ``sfdp`` (a fraction of a second for 2,000 nodes).

    The browser would need several seconds to lay out as many nodes itself; with positions given,
    the page draws at once and physics stays off. None when ``sfdp`` is missing or fails (the page
    then lays itself out while already interactive).
    """
    exe = shutil.which("sfdp")
    if exe is None or not view.nodes:
        return None
    keys = {node_id: f"n{k}" for k, node_id in enumerate(view.nodes)}  # no graph text reaches sfdp
    lines = ["graph g {", "node [shape=point];", *(f"{k};" for k in keys.values())]
    lines += [f"{keys[e.source]} -- {keys[e.target]};" for e in view.edges if e.source in keys and e.target in keys]
    lines.append("}")
    try:
        done = subprocess.run(
            [exe, "-Tplain"], input="\n".join(lines), capture_output=True, text=True, timeout=timeout, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return None
    by_key = {k: node_id for node_id, k in keys.items()}
    points: dict[str, tuple[float, float]] = {}
    width = height = 1.0
    for line in done.stdout.splitlines():
        parts = line.split()
        if parts[:1] == ["graph"] and len(parts) >= 4:
            width, height = float(parts[2]) or 1.0, float(parts[3]) or 1.0
        elif parts[:1] == ["node"] and len(parts) >= 4 and parts[1] in by_key:
            points[by_key[parts[1]]] = (float(parts[2]), float(parts[3]))
    if len(points) != len(view.nodes):
        return None
    scale = math.sqrt(len(points)) * 110 / max(width, height)  # about 110 px between neighbours
    return {node_id: (round(x * scale, 1), round(-y * scale, 1)) for node_id, (x, y) in points.items()}


def vis_data(view: ViewGraph) -> dict[str, Any]:
    """The nodes and edges as vis-network takes them (also the answer to the server's expand request)."""
    net = build_network(view)
    return {"nodes": net.nodes, "edges": net.edges}


def _options(node_count: int, placed: bool = False) -> dict[str, Any]:
    large = node_count > LARGE
    if placed:  # positions from sfdp: nothing left for the browser to lay out
        physics: dict[str, Any] = {"enabled": False}
    elif large:  # lay out while already drawn and interactive; physics stops once settled (in the page)
        physics = {"solver": "barnesHut", "stabilization": {"enabled": False}}
    else:
        physics = {
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 140, "avoidOverlap": 0.3},
            "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50},
        }
    return {
        "layout": {"improvedLayout": not large, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large, "navigationButtons": False},
        "nodes": {"font": {"face": "DejaVu Sans, Arial, sans-serif", "size": 14}, "widthConstraint": {"maximum": 220}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "font": {"size": 10, "align": "middle", "color": "#444444", "strokeWidth": 3},
            "color": {"color": "#8a8a8a", "highlight": "#222222", "hover": "#222222"},
            "smooth": False if large else {"type": "continuous"},
        },
        "physics": physics,
    }


def _script_json(value: Any) -> str:
    """JSON that cannot end the script it sits in."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def render(view: ViewGraph, *, expand_url: str | None = None, title: str | None = None) -> str:
    """The explorer page for ``view``: one self-contained HTML document.

    ``expand_url``: where a click on a node fetches its neighbours (the server's ``/view/expand``);
    without it (a file) the page holds only what it was given.
    """
    net = build_network(view)
    positions = layout(view) if len(net.nodes) > LARGE else None
    if positions:
        for node in net.nodes:
            node["x"], node["y"] = positions[node["id"]]
    net.options = _options(len(net.nodes), placed=bool(positions))
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    labels = [lbl for lbl in st.STYLES if any(n.label == lbl for n in view.nodes.values())]
    labels += sorted({n.label for n in view.nodes.values()} - set(labels))
    types = sorted({e.type for e in view.edges})
    dates = sorted(d for d in (n.date for n in view.nodes.values()) if d)
    js, css = _assets()
    heading = title or f"chidao — {', '.join(view.focus_names()) or view.key}"
    return _template().render(
        heading=heading,
        key=view.key,
        legend=[
            {
                "label": lbl,
                "caption": st.style(lbl).caption,
                "colour": st.style(lbl).colour,
                "border": st.style(lbl).border,
                "shape": st.style(lbl).vis_shape,
            }
            for lbl in labels
        ],
        types=[{"type": t, "reads": st.reads(t)} for t in types],
        date_min=dates[0] if dates else "",
        date_max=dates[-1] if dates else "",
        large=LARGE,
        node_count=len(nodes),
        edge_count=len(edges),
        vis_js=Markup(js),
        vis_css=Markup(css),
        data_json=Markup(
            _script_json(
                {
                    "nodes": nodes,
                    "edges": edges,
                    "options": json.loads(options),
                    "expandUrl": expand_url,
                    "focus": view.focus_ids,
                }
            )
        ),
    )


def write(view: ViewGraph, out: Path, **kwargs: Any) -> Path:
    """Write the explorer page of ``view`` to ``out`` (UTF-8) and return the path."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(view, **kwargs), encoding="utf-8")
    return out
