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
from .tables import by_keyword

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
    # the deep subsurface (cross-sections along any line)
    (("wko", "bodemenergie"), "#56B4E9"),
    (("geotherm",), "#E69F00"),
    (("aquifer", "watervoer"), "#4FA3D9"),
    (("klei", "clay"), "#A0522D"),
    (("zout", "salt"), "#AAAAAA"),
    (("co2", "opslag", "storage"), "#7F3C8D"),
)
FALLBACK_COLOUR = "#777777"
NEW_COLOUR = "#CC0066"
FREE_COLOUR = "#009E73"
BLOCK_COLOUR = "#D55E00"


def colour(utility_type: str) -> str:
    return by_keyword(utility_type, TYPE_COLOURS, FALLBACK_COLOUR)


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
    # A section along any line (ondergrond:crosssection): x is the distance along it, the limits are its
    # ends; ``depth_max`` fixes the depth shown (m), ``log_depth`` a logarithmic depth axis (deep sections);
    # ``clearance_type`` names the utility whose clearances are drawn.
    along: bool = False
    depth_max: float = None
    log_depth: bool = False
    clearance_type: str = ""


def _depth_extent(section):
    if section.depth_max is not None:
        return float(section.depth_max)
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
    from matplotlib.patches import Circle, Ellipse, FancyBboxPatch, Patch, Rectangle

    depth_max = _depth_extent(section)
    x_min = min(section.right_limit, min((i.offset_from for i in section.items), default=0.0)) - 0.5
    x_max = max(section.left_limit, max((i.offset_to for i in section.items), default=0.0)) + 0.5
    width = x_max - x_min
    fig = Figure(figsize=(min(16.0, max(9.0, 0.75 * width)), 5.2))
    axes = fig.add_subplot(1, 1, 1)
    # a long shallow section along a line is drawn exaggerated in depth: pipes stay round on the page
    stretch = 1.0 if _equal_aspect(section, depth_max, width) else (
        (width / (fig.get_figwidth() * 0.75)) / ((depth_max + 2.2) / (fig.get_figheight() * 0.75)))
    if section.log_depth:  # symmetric log: linear in the top metre, logarithmic below (0-4000 m)
        axes.set_yscale("symlog", linthresh=1.0, linscale=0.5)
    axes.axhspan(-depth_max, 0, color="#f3ede4", zorder=0)
    axes.axhline(0, color="#555555", linewidth=1.2, zorder=1)
    for limit in (section.left_limit, section.right_limit):
        axes.axvline(limit, color="#555555", linestyle="-.", linewidth=1.0, zorder=1)
    if not section.along:
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
            axes.add_patch(Ellipse(centre, 2 * radius * stretch, 2 * radius, facecolor=tone,
                                   edgecolor="black" if item.blocking else tone,
                                   linewidth=1.4 if item.blocking else 0.8, linestyle=style, hatch=hatch,
                                   alpha=0.55 if item.assumed else 0.95, zorder=4))
            if item.clearance > 0:
                reach = radius + item.clearance
                axes.add_patch(Ellipse(centre, 2 * reach * stretch, 2 * reach, fill=False, edgecolor=tone,
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
    on_items = section.along and (section.log_depth or depth_max > 10.0)  # deep: labels on the items
    for anchor, item in (label_slots if on_items else []):
        _label_on_item(axes, item, anchor, depth_max)
    for anchor, item in ([] if on_items else label_slots):
        level = level + 1 if anchor - last_x < 0.045 * width * 2.2 else 0
        last_x = anchor
        text = "{}\n{}".format(item.label or item.utility_type, _depth_text(item))
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
    axes.set_ylim(-depth_max, 0.5 if section.log_depth else 2.2)
    if section.along:
        _along_axes(axes, section, depth_max, x_max - x_min)
        return fig
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


def _equal_aspect(section, depth_max, width):
    """Metres across = metres down, unless a section along a line is long and shallow (or logarithmic)."""
    if not section.along:
        return True
    return not section.log_depth and width <= 8.0 * (depth_max + 2.2)


def _depth_text(item):
    depth_text = "{:.2f} m".format(item.top) if item.kind == PIPE else "{:.1f}-{} m".format(
        item.top, "{:.1f}".format(item.bottom) if math.isfinite(item.bottom) else "...")
    if item.assumed:
        depth_text = "~" + depth_text + " " + tr("(assumed)")
    return depth_text


def _label_on_item(axes, item, anchor, depth_max):
    """A section along a line: the label beside a pipe, inside a band (at its middle depth)."""
    text = "{} {}".format(item.label or item.utility_type, _depth_text(item))
    box = {"facecolor": "white", "alpha": 0.7, "edgecolor": "none", "pad": 1.0}
    if item.kind == PIPE:
        radius = max((item.offset_to - item.offset_from) / 2, 0.03)
        axes.text(item.offset_to + 0.05, -(item.top + radius), text, fontsize=6.5, ha="left", va="center",
                  color="#222222", zorder=6, bbox=box)
        return
    bottom = min(item.bottom, depth_max)
    middle = math.sqrt(max(item.top, 1.0) * max(bottom, 1.0)) if axes.get_yscale() == "symlog" else (
        (item.top + bottom) / 2)
    axes.text(anchor, -middle, text, fontsize=6.5, ha="center", va="center", color="#222222", zorder=6, bbox=box)


def _depth_ticks(depth_max, log_depth):
    if log_depth:
        ticks = [0.0] + [10.0 ** e for e in range(0, 6) if 10.0 ** e <= depth_max * 1.0001]
        ticks += [value for value in (2.0, 5.0, 20.0, 50.0, 200.0, 500.0, 2000.0) if value <= depth_max * 1.0001]
        return sorted(set(ticks))
    steps = (0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0)
    step = next((s for s in steps if depth_max / s <= 10), 1000.0)
    return [step * k for k in range(0, int(math.floor(depth_max / step + 1e-9)) + 1)]


def _along_axes(axes, section, depth_max, width):
    """Axes, ticks and legend of a section along a line (ondergrond:crosssection)."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    if _equal_aspect(section, depth_max, width):
        axes.set_aspect("equal", adjustable="box")
    axes.set_xlabel(tr("Distance along the section (m)"))
    axes.set_ylabel(tr("Depth (m below ground level)") + (" " + tr("(logarithmic)") if section.log_depth else ""))
    ticks = _depth_ticks(depth_max, section.log_depth)
    axes.set_yticks([-d for d in ticks])
    axes.set_yticklabels(["{:g}".format(d) for d in ticks])
    axes.set_title(section.title + ("\n" + section.subtitle if section.subtitle else ""), fontsize=10)
    axes.grid(True, color="#dddddd", linewidth=0.4)
    handles, seen = [], set()
    for item in section.items:
        tone = colour(item.utility_type)
        if item.utility_type not in seen:
            seen.add(item.utility_type)
            handles.append(Patch(facecolor=tone, edgecolor=tone, alpha=0.8, label=item.utility_type or "?"))
    handles.append(Patch(facecolor="white", edgecolor="#444444", hatch="////", linestyle="--",
                         label=tr("Depth assumed")))
    if section.clearance_type:
        handles.append(Line2D([0], [0], color="#555555", linestyle=(0, (3, 3)),
                              label=tr("Clearance {type} must keep").format(type=section.clearance_type)))
    handles.append(Line2D([0], [0], color="#555555", linestyle="-.", label=tr("Ends of the section")))
    axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)


def draw(section: Section, path, dpi=110):
    """Write the cross-section as a PNG file; returns the path."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = figure(section)
    FigureCanvasAgg(fig)
    fig.savefig(str(path), format="svg" if str(path).lower().endswith(".svg") else "png", dpi=dpi,
                bbox_inches="tight")
    return str(path)
