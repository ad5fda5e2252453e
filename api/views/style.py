"""One look for every view: the colour and shape of each label, the words of each relationship type."""

from __future__ import annotations

from dataclasses import dataclass

from graph.schema import schema


@dataclass(frozen=True)
class LabelStyle:
    colour: str  # fill
    border: str
    vis_shape: str  # vis-network
    dot_shape: str  # Graphviz
    caption: str  # the legend's word


STYLES: dict[str, LabelStyle] = {
    "Document": LabelStyle("#cfe2f3", "#2f5d8a", "box", "note", "Document"),
    "Agency": LabelStyle("#fde2c4", "#b5651d", "ellipse", "ellipse", "Public body"),
    "Organization": LabelStyle("#fff2a8", "#9a7d0a", "diamond", "hexagon", "Company or association"),
    "Person": LabelStyle("#d5ecd4", "#3d7a3a", "dot", "oval", "Person"),
    "Project": LabelStyle("#f8cfd0", "#a23b3f", "star", "doubleoctagon", "Project"),
    "Task": LabelStyle("#e1d5f0", "#5b3f8c", "square", "box", "Task"),
}
FALLBACK = LabelStyle("#eeeeee", "#666666", "dot", "ellipse", "Other")
FONT = "DejaVu Sans"  # carries every Vietnamese letter; Debian's fonts-dejavu-core


def style(label: str) -> LabelStyle:
    return STYLES.get(label, FALLBACK)


def reads(rel_type: str) -> str:
    """How a relationship type reads in English ("carries out"), from the contract."""
    rel = schema().relationships.get(rel_type)
    return rel.reads if rel else rel_type.lower().replace("_", " ")


def short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
