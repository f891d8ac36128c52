"""Cross-section drawings of the street (dwarsprofiel): what lies where across the street, at what depth.

QGIS-free and reusable: the street-profile algorithm draws one at every bottleneck and chosen station;
a cross-section algorithm can build a ``Section`` from any cut through the street. x = offset across
the street (m, positive to the left of the axis direction), y = -depth (m below ground level).

Cables and pipes are circles at their depth, volumes (crates, reserved space) bands over their depth
range, trees a trunk with their root zone; assumed depths are hatched and dashed. Around every item a
dashed outline shows the clearance the new utility must keep from it; the new utility's slot (its
envelope at the chosen offset), the free intervals for its centre and the public-space limits are
drawn on top. Drawn with matplotlib's object API on an Agg canvas (no pyplot, safe inside QGIS).
"""

import math
from dataclasses import dataclass, field

from .i18n import tr

PIPE, VOLUME, TREE = "pipe", "volume", "tree"

# Colours after the usual KLIC map colours per theme; Okabe-Ito tones where possible.
TYPE_COLOURS = (
    (("datatransport", "telecom"), "#009E73"),
    (("spanning", "elektr", "hoogspanningsnet"), "#D55E00"),
    (("gas", "buisleiding"), "#E6B800"),
    (("water",), "#0072B2"),
    (("riool",), "#8B5A2B"),
    (("warmte",), "#CC79A7"),
    (("boom", "tree"), "#2E7D32"),
)
FALLBACK_COLOUR = "#777777"
NEW_COLOUR = "#CC0066"
FREE_COLOUR = "#009E73"
BLOCK_COLOUR = "#D55E00"


def colour(utility_type: str) -> str:
    lowered = (utility_type or "").lower()
    for keys, value in TYPE_COLOURS:
        if any(key in lowered for key in keys):
            return value
    return FALLBACK_COLOUR


@dataclass
class SectionItem:
    """One thing in the cross-section. ``offset_from``/``offset_to``: its horizontal extent (m); ``top``/
    ``bottom``: depth range (m below ground, bottom may be inf); ``clearance``: the distance (m) the new
    utility must keep from it (0: none); ``blocking``: it blocks part of the street here."""

    kind: str
    offset_from: float
    offset_to: float
    top: float
    bottom: float
    utility_type: str = ""
    label: str = ""
    assumed: bool = False
    clearance: float = 0.0
    blocking: bool = False


@dataclass
class NewSlot:
    """The new utility: its envelope ``width`` x ``height`` from ``top`` down, at ``offset`` (None: no room)."""

    utility_type: str
    width: float
    top: float
    height: float
    offset: float = None


@dataclass
class Section:
    title: str
    left_limit: float          # the property line / edge of the public space on the left (m)
    right_limit: float         # ... on the right (negative)
    items: list = field(default_factory=list)
    new: NewSlot = None
    free: list = field(default_factory=list)       # free intervals for the new utility's centre (lo, hi)
    zones: list = field(default_factory=list)      # profile zones of the new type (lo, hi)
    subtitle: str = ""


def _depth_extent(section):
    deepest = 2.0
    for item in section.items:
        deepest = max(deepest, item.bottom + 0.3 if math.isfinite(item.bottom) else item.top + 1.0)
    if section.new is not None:
        deepest = max(deepest, section.new.top + section.new.height + 0.5)
    return min(deepest, 6.0)


def figure(section: Section):
    """The matplotlib Figure of one cross-section."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Circle, FancyBboxPatch, Patch, Rectangle

    depth_max = _depth_extent(section)
    x_min = min(section.right_limit, min((i.offset_from for i in section.items), default=0.0)) - 0.5
    x_max = max(section.left_limit, max((i.offset_to for i in section.items), default=0.0)) + 0.5
    width = x_max - x_min
    fig = Figure(figsize=(min(16.0, max(9.0, 0.75 * width)), 5.2))
    axes = fig.add_subplot(1, 1, 1)
    axes.axhspan(-depth_max, 0, color="#f3ede4", zorder=0)
    axes.axhline(0, color="#555555", linewidth=1.2, zorder=1)
    for limit in (section.left_limit, section.right_limit):
        axes.axvline(limit, color="#555555", linestyle="-.", linewidth=1.0, zorder=1)
    axes.axvline(0, color="#999999", linestyle=":", linewidth=0.8, zorder=1)
    for lo, hi in section.zones:
        axes.axvspan(lo, hi, ymin=0.0, ymax=1.0, color=NEW_COLOUR, alpha=0.06, zorder=0.5)
    label_slots = []
    for item in section.items:
        tone = colour(item.utility_type)
        style = "--" if item.assumed else "-"
        hatch = "////" if item.assumed else None
        bottom = item.bottom if math.isfinite(item.bottom) else depth_max
        if item.kind == PIPE:
            radius = max((item.offset_to - item.offset_from) / 2, 0.03)
            centre = ((item.offset_from + item.offset_to) / 2, -(item.top + radius))
            axes.add_patch(Circle(centre, radius, facecolor=tone, edgecolor="black" if item.blocking else tone,
                                  linewidth=1.4 if item.blocking else 0.8, linestyle=style, hatch=hatch,
                                  alpha=0.55 if item.assumed else 0.95, zorder=4))
            if item.clearance > 0:
                axes.add_patch(Circle(centre, radius + item.clearance, fill=False, edgecolor=tone,
                                      linestyle=(0, (3, 3)), linewidth=0.8, zorder=3))
            anchor = centre[0]
        elif item.kind == TREE:
            centre = (item.offset_from + item.offset_to) / 2
            axes.add_patch(Rectangle((item.offset_from, -bottom), item.offset_to - item.offset_from,
                                     bottom - item.top, facecolor=tone, alpha=0.15,
                                     hatch="xx" if item.assumed else "..", edgecolor=tone,
                                     linewidth=1.2 if item.blocking else 0.6, linestyle=style, zorder=2))
            axes.plot([centre, centre], [0, 0.9], color="#5D4037", linewidth=3, zorder=4, clip_on=False)
            axes.add_patch(Circle((centre, 1.4), 0.6, facecolor=tone, alpha=0.8, zorder=4, clip_on=False))
            anchor = centre
        else:
            axes.add_patch(Rectangle((item.offset_from, -bottom), item.offset_to - item.offset_from,
                                     bottom - item.top, facecolor=tone, alpha=0.3, hatch=hatch or "\\\\",
                                     edgecolor="black" if item.blocking else tone, linestyle=style,
                                     linewidth=1.2 if item.blocking else 0.7, zorder=2))
            anchor = (item.offset_from + item.offset_to) / 2
        if item.kind != PIPE and item.clearance > 0:
            upper = max(item.top - item.clearance, 0.0)  # the clearance outline stops at the ground
            axes.add_patch(Rectangle((item.offset_from - item.clearance, -(bottom + item.clearance)),
                                     item.offset_to - item.offset_from + 2 * item.clearance,
                                     bottom + item.clearance - upper, fill=False, edgecolor=tone,
                                     linestyle=(0, (3, 3)), linewidth=0.8, zorder=3))
        label_slots.append((anchor, item))
    # labels below the ground line, staggered so that neighbours do not overlap
    label_slots.sort(key=lambda pair: pair[0])
    last_x, level = -1e9, 0
    leaders = []
    for anchor, item in label_slots:
        level = level + 1 if anchor - last_x < 0.045 * width * 2.2 else 0
        last_x = anchor
        depth_text = "{:.2f} m".format(item.top) if item.kind == PIPE else "{:.1f}-{} m".format(
            item.top, "{:.1f}".format(item.bottom) if math.isfinite(item.bottom) else "...")
        if item.assumed:
            depth_text = "~" + depth_text + " " + tr("(assumed)")
        text = "{}\n{}".format(item.label or item.utility_type, depth_text)
        y = -depth_max + 0.12 + 0.42 * (level % 4)
        leaders.append(((anchor, anchor), (-(item.top + 0.05), y + 0.3)))
        axes.text(anchor, y, text, fontsize=6.5, ha="center", va="bottom", color="#222222", zorder=6)
    if leaders:  # the leader lines in one collection (annotation arrows are slow to lay out)
        from matplotlib.collections import LineCollection

        axes.add_collection(LineCollection([list(zip(xs, ys)) for xs, ys in leaders], colors="#aaaaaa",
                                           linewidths=0.5, zorder=5))
    # free intervals for the new utility's centre, as a bar just below the surface
    for lo, hi in section.free:
        axes.plot([lo, hi], [-0.08, -0.08], color=FREE_COLOUR, linewidth=5, solid_capstyle="butt", zorder=5)
    new = section.new
    if new is not None and new.offset is not None:
        left = new.offset - new.width / 2
        axes.add_patch(FancyBboxPatch((left, -(new.top + new.height)), new.width, new.height,
                                      boxstyle="round,pad=0,rounding_size=0.05", facecolor=NEW_COLOUR, alpha=0.35,
                                      edgecolor=NEW_COLOUR, linewidth=2.0, zorder=5))
        axes.text(new.offset, -(new.top + new.height) - 0.1, "{} {:.2f} m\n{:+.2f} m".format(
                      new.utility_type, new.top, new.offset), ha="center", va="top", fontsize=8,
                      fontweight="bold", color=NEW_COLOUR, zorder=7)
    elif new is not None:
        axes.text((x_min + x_max) / 2, -(new.top + new.height / 2), tr("no room for {type} here").format(
            type=new.utility_type), ha="center", va="center", fontsize=11, color=BLOCK_COLOUR, fontweight="bold",
            zorder=7, bbox={"facecolor": "white", "alpha": 0.8, "edgecolor": BLOCK_COLOUR})
    axes.set_xlim(x_min, x_max)
    axes.set_ylim(-depth_max, 2.2)
    axes.set_aspect("equal", adjustable="box")
    axes.set_xlabel(tr("Offset from the axis (m, positive to the left)"))
    axes.set_ylabel(tr("Depth (m below ground level)"))
    axes.set_yticks([-d for d in range(0, int(math.ceil(depth_max)) + 1)])
    axes.set_yticklabels([str(d) for d in range(0, int(math.ceil(depth_max)) + 1)])
    axes.set_title(section.title + ("\n" + section.subtitle if section.subtitle else ""), fontsize=10)
    axes.grid(True, color="#dddddd", linewidth=0.4)
    handles = [
        Patch(facecolor=NEW_COLOUR, alpha=0.35, edgecolor=NEW_COLOUR, label=tr("New utility (slot)")),
        Line2D([0], [0], color=FREE_COLOUR, linewidth=5, label=tr("Free for its centre")),
        Line2D([0], [0], color="#555555", linestyle=(0, (3, 3)), label=tr("Required clearance")),
        Patch(facecolor="white", edgecolor="#444444", hatch="////", linestyle="--", label=tr("Depth assumed")),
        Patch(facecolor="white", edgecolor="black", linewidth=1.4, label=tr("Blocks the new utility")),
        Line2D([0], [0], color="#555555", linestyle="-.", label=tr("Property line / public space")),
        Patch(facecolor=NEW_COLOUR, alpha=0.08, label=tr("Profile zone of the new utility")),
    ]
    axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)
    return fig


def draw(section: Section, path, dpi=110):
    """Write the cross-section as a PNG file; returns the path."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = figure(section)
    FigureCanvasAgg(fig)
    fig.savefig(str(path), format="png", dpi=dpi, bbox_inches="tight")
    return str(path)
