"""Views of the graph for people: the explorer page, briefing images, a timeline and the evidence table.

- ``data``: the neighbourhood of what a person typed, with every quote (``fetch``);
- ``explorer``: one self-contained HTML page drawn by vis-network through pyvis (``render``, ``write``);
- ``brief``: Graphviz images (PNG at print resolution, SVG, PDF), the timeline, and the evidence
  table in HTML and Markdown (``write_brief``);
- ``style``: the colour and shape of each label, shared by all of them.
"""

from api.views.data import DEFAULT_DEPTH, ViewEdge, ViewError, ViewGraph, ViewNode, ViewNotFound, fetch

__all__ = ["DEFAULT_DEPTH", "ViewEdge", "ViewError", "ViewGraph", "ViewNode", "ViewNotFound", "fetch"]
