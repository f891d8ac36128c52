"""The HTML report of the location report ("wat kan waar"): per location a depth column, the verdicts per
function and depth band, the preference ladder, protection, stapeling, a plan map and what is present.

Figures are drawn with matplotlib's object API on an Agg canvas (safe inside a running QGIS) and embedded
as base64 PNG with an explicit width, which Qt's rich text (QGIS's result viewer) honours where it
ignores CSS max-width: one self-contained file that reads the same in QGIS and in a browser.
"""

import base64
import html
import io

import numpy as np

from .canonical import UNBOUNDED
from .i18n import tr
from .suitability import CONDITIONAL, EXCLUDED, SUITABLE, VERDICT_COLOURS, verdict_label

# Pixels: the widest image in the report, narrower than an A4 page in QGIS's viewer and in print.
IMAGE_WIDTH = 640
DEPTH_MAX = 4000.0
SHALLOW = 5.0
# Kinds a planner reads as drinking-water protection (the suitability rules' kinds).
PROTECTION_KINDS = ("waterwingebied", "grondwaterbeschermingsgebied", "100-jaarszone", "intrekgebied",
                    "boringsvrije zone", "ngr", "asv")
NETWORK_COLOUR = "#444444"
CLAIM_COLOURS = ("#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")


def _img(figure, width=IMAGE_WIDTH) -> str:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100)
    return '<img alt="" width="{}" src="data:image/png;base64,{}">'.format(
        width, base64.b64encode(buffer.getvalue()).decode("ascii"))


def _e(text) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _depth(value) -> str:
    return "" if value is None or value == UNBOUNDED or not np.isfinite(value) else "{:g}".format(value)


def depth_range_text(top, bottom) -> str:
    """'40-140 m', or 'from 45 m down' for an open bottom (m below ground level)."""
    if bottom is None or not np.isfinite(bottom):
        return tr("from {top:g} m down").format(top=top)
    return "{:g}-{:g} m".format(top, bottom)


def _colour_of(kind, palette):
    key = str(kind).lower()
    if key not in palette:
        palette[key] = CLAIM_COLOURS[len(palette) % len(CLAIM_COLOURS)]
    return palette[key]


def depth_figure(present, network, palette):
    """What is present by depth: claims as bars on a logarithmic axis from 0 to 4000 m (linear in the top
    metre), and beside it the top 5 m with the cables, pipes and root zones nearby."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, Patch, Rectangle

    figure = Figure(figsize=(IMAGE_WIDTH / 100, 4.6))
    deep = figure.add_axes((0.1, 0.2, 0.52, 0.72))
    shallow = figure.add_axes((0.74, 0.2, 0.23, 0.72))
    for column, item in enumerate(present):
        bottom = item["bottom"] if np.isfinite(item["bottom"]) and item["bottom"] != UNBOUNDED else DEPTH_MAX
        deep.add_patch(Rectangle((column + 0.1, item["top"]), 0.8, max(bottom - item["top"], 0.01),
                                 facecolor=_colour_of(item["kind"], palette), alpha=0.75, edgecolor="#333333",
                                 linewidth=0.5, hatch="//" if bottom == DEPTH_MAX else None))
        deep.text(column + 0.5, item["top"], " " + item["kind"], rotation=90, va="top", ha="center", fontsize=7,
                  clip_on=True)
    deep.set_yscale("symlog", linthresh=1.0)
    deep.set_ylim(DEPTH_MAX, 0)
    deep.set_xlim(0, max(len(present), 1))
    deep.set_xticks([c + 0.5 for c in range(len(present))])
    deep.set_xticklabels([str(i + 1) for i in range(len(present))], fontsize=7)
    deep.set_yticks([0, 1, 3, 10, 30, 100, 300, 500, 1000, 1500, 4000])
    deep.set_yticklabels(["0", "1", "3", "10", "30", "100", "300", "500", "1000", "1500", "4000"], fontsize=7)
    deep.set_ylabel(tr("Depth below ground level (m, logarithmic)"), fontsize=8)
    deep.set_xlabel(tr("Present (numbers as in the table below)"), fontsize=8)
    deep.grid(True, axis="y", color="#dddddd", linewidth=0.5)
    deep.set_title(tr("Subsurface at the location"), fontsize=9)
    for x, item in enumerate(network):
        colour = NETWORK_COLOUR if not item["assumed"] else "#999999"
        if item["tree"]:
            shallow.add_patch(Rectangle((x + 0.1, item["top"]), 0.8, item["bottom"] - item["top"],
                                        facecolor="#1b7837", alpha=0.4, edgecolor="#1b7837"))
            continue
        radius = max(item["diameter"] / 2.0, 0.03)
        shallow.add_patch(Circle((x + 0.5, item["top"] + radius), radius, facecolor=colour,
                                 edgecolor="#000000", linewidth=0.5, hatch="///" if item["assumed"] else None))
    shallow.set_ylim(SHALLOW, 0)
    shallow.set_xlim(0, max(len(network), 1))
    shallow.set_xticks([c + 0.5 for c in range(len(network))])
    shallow.set_xticklabels([item["label"] for item in network], fontsize=6, rotation=90)
    shallow.set_ylabel(tr("Top 5 m (m)"), fontsize=8)
    shallow.grid(True, axis="y", color="#dddddd", linewidth=0.5)
    shallow.set_title(tr("Cables, pipes, roots"), fontsize=9)
    handles = [Patch(facecolor="white", edgecolor="#333333", hatch="//", label=tr("No bottom given")),
               Patch(facecolor="#999999", edgecolor="#000000", hatch="///", label=tr("Depth assumed"))]
    figure.legend(handles=handles, loc="lower center", ncol=2, fontsize=7, frameon=False, bbox_to_anchor=(0.5, 0.0))
    return figure


def plan_figure(location, present_geoms, present_items, network_geoms, radius, palette):
    """A small plan map: the location, the claims present (outlines) and the network within the radius."""
    import shapely
    from matplotlib.figure import Figure

    figure = Figure(figsize=(IMAGE_WIDTH / 100, 3.6))
    axes = figure.add_subplot(1, 1, 1)
    view = shapely.buffer(location, max(radius, 1.0))
    xmin, ymin, xmax, ymax = shapely.bounds(view)

    def draw(geometry, **style):
        clipped = shapely.intersection(geometry, shapely.box(xmin, ymin, xmax, ymax))
        for part in shapely.get_parts(clipped):
            if part.geom_type == "Polygon":
                x, y = part.exterior.xy
                axes.fill(x, y, alpha=style.get("alpha", 0.25), color=style["color"], linewidth=0)
                axes.plot(x, y, color=style["color"], linewidth=style.get("width", 0.8))
            elif part.geom_type == "LineString":
                x, y = part.xy
                axes.plot(x, y, color=style["color"], linewidth=style.get("width", 1.2))
            elif part.geom_type == "Point":
                axes.plot(part.x, part.y, "o", color=style["color"], markersize=3)

    for geometry, item in zip(present_geoms, present_items):
        draw(geometry, color=_colour_of(item["kind"], palette), alpha=0.12)
    for geometry in network_geoms:
        draw(geometry, color=NETWORK_COLOUR, width=1.0)
    draw(location, color="#D55E00", alpha=0.2, width=2.0)
    if location.geom_type == "Point":
        axes.plot(location.x, location.y, marker="*", color="#D55E00", markersize=12)
    axes.set_xlim(xmin, xmax)
    axes.set_ylim(ymin, ymax)
    axes.set_aspect("equal")
    axes.ticklabel_format(useOffset=False, style="plain")
    axes.tick_params(labelsize=6)
    axes.set_title(tr("Plan: the location (orange) and what lies within {radius:g} m").format(radius=radius),
                   fontsize=9)
    return figure


def _verdict_cell(entry, share):
    """A table cell coloured by the strictest verdict with the share of each verdict."""
    if entry is None:
        return '<td bgcolor="#f4f4f4" align="center">{}</td>'.format(_e(tr("not used")))
    worst = max(entry.cells) if entry.cells else SUITABLE
    lines = "<br>".join("{} {:.0f}%".format(_e(verdict_label(code)), 100 * share(entry.cells[code]))
                        for code in (SUITABLE, CONDITIONAL, EXCLUDED) if code in entry.cells)
    return '<td bgcolor="{}"><font color="{}">{}</font></td>'.format(
        VERDICT_COLOURS[worst], "#ffffff" if worst != CONDITIONAL else "#000000", lines)


def location_section(name, result, present_items, network_items, present_geoms, network_geoms, radius, year,
                     bands, functions):
    palette = {}
    parts = ["<h2>{}</h2>".format(_e(name))]
    if result.at_point:
        what = tr("Evaluated at one point.")
    else:
        what = tr("Evaluated on {n} cells of {cell:g} m inside the location; shares are shares of its area.").format(
            n=result.cells, cell=result.cell)
    parts.append("<p>{} {}</p>".format(_e(what), _e(tr("Year: {year}.").format(year=year) if year else "")))
    parts.append(_img(depth_figure(present_items, network_items, palette)))

    # the verdict matrix
    by_pair = {(v.function, v.band): v for v in result.verdicts}
    head = "".join("<th>{}<br><small>{}</small></th>".format(_e(b.label), _e(tr("m below ground"))) for b in bands)
    rows = []
    for function in functions:
        cells = "".join(_verdict_cell(by_pair.get((function, b)), result.share) for b in bands)
        rows.append("<tr><th align='left'>{}</th>{}</tr>".format(_e(function), cells))
    parts.append("<h3>{}</h3>".format(_e(tr("What can go where: verdict per function and depth band"))))
    parts.append("<table><tr><th>{}</th>{}</tr>{}</table>".format(_e(tr("Function")), head, "".join(rows)))
    reasons = []
    for entry in result.verdicts:
        for code in (EXCLUDED, CONDITIONAL):
            for text in entry.reasons.get(code, []):
                reasons.append("<li><b>{} {}</b> ({}): {}</li>".format(
                    _e(entry.function), _e(entry.band.label), _e(verdict_label(code)), _e(text)))
    if reasons:
        parts.append("<h3>{}</h3><ul>{}</ul>".format(_e(tr("Why")), "".join(reasons)))

    # the preference ladder
    ladder_rows = []
    for preference in result.preferences:
        for preferred, cells in sorted(preference.cells.items(), key=lambda item: -item[1]):
            ladder_rows.append("<tr><td>{}</td><td>{}</td><td>{:.0f}%</td><td>{}</td><td>{}</td></tr>".format(
                _e(preference.band.label), _e(preferred or tr("no function possible")),
                100 * result.share(cells), _e(", ".join(preference.competing.get(preferred, []))),
                _e(", ".join(c or "-" for c in preference.context.get(preferred, [])))))
    parts.append("<h3>{}</h3>".format(_e(tr("Preference ladder: which function goes first"))))
    parts.append("<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>{}</table>".format(
        *(_e(t) for t in (tr("Band (m)"), tr("Preferred"), tr("Share"), tr("Competing"), tr("Ladder context"))),
        "".join(ladder_rows)))

    # protection and stapeling
    protection = [item for item in present_items if item["kind"].lower() in PROTECTION_KINDS]
    parts.append("<h3>{}</h3>".format(_e(tr("Drinking-water protection"))))
    if protection:
        items = []
        for item in protection:
            text = "{}: {}".format(item["kind"], depth_range_text(item["top"], item["bottom"]))
            if item["kind"].lower() == "boringsvrije zone":
                text += " - " + tr("no drilling or digging deeper than {depth:g} m without permission").format(
                    depth=item["top"])
            items.append("<li>{}</li>".format(_e(text)))
        parts.append("<ul>{}</ul>".format("".join(items)))
    else:
        parts.append("<p>{}</p>".format(_e(tr("No drinking-water protection zone at this location."))))
    stack = "".join("<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(_e(b.label), n, kinds)
                    for b, (n, kinds) in zip(bands, result.counts))
    parts.append("<h3>{}</h3><table><tr><th>{}</th><th>{}</th><th>{}</th></tr>{}</table>".format(
        _e(tr("Stapeling: claims present per depth band")), _e(tr("Band (m)")), _e(tr("Claims")),
        _e(tr("Different kinds")), stack))

    parts.append(_img(plan_figure(result.geometry, present_geoms, present_items, network_geoms, radius, palette)))
    listed = "".join("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
        i + 1, _e(item["layer"]), _e(item["id"]), _e(item["kind"]), _e(_depth(item["top"])),
        _e(_depth(item["bottom"]))) for i, item in enumerate(present_items))
    listed += "".join("<tr><td>-</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
        _e(item["layer"]), _e(item["id"]), _e(item["label"]), _e(_depth(item["top"])),
        _e(_depth(item["bottom"]) + (" " + tr("(assumed)") if item["assumed"] else "")))
        for item in network_items)
    parts.append("<h3>{}</h3><table><tr><th>#</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>"
                 "{}</table>".format(*(_e(t) for t in (tr("Present at the location"), tr("Layer"), tr("Feature"),
                                                        tr("Kind or type"), tr("Top (m)"), tr("Bottom (m)"))),
                                     listed or "<tr><td colspan='6'>{}</td></tr>".format(_e(tr("Nothing.")))))
    return "\n".join(parts)


def build_html(sections, title, subtitle) -> str:
    return """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: Arial, Helvetica, sans-serif; margin: 24px; color: #222; max-width: 900px; }}
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #bbb; padding: 3px 6px; vertical-align: top; font-size: 12px; }}
th {{ background: #f2f2f2; }}
h2 {{ border-top: 2px solid #0072B2; padding-top: 0.5em; }}
</style></head>
<body><h1>{title}</h1><p>{subtitle}</p>
{sections}
</body></html>
""".format(title=_e(title), subtitle=_e(subtitle), sections="\n".join(sections))
