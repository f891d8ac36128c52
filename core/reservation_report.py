"""The HTML report of the 4D reservation check: summary, tables, longitudinal profiles, time charts.

Figures are drawn with matplotlib's object API on an Agg canvas (no pyplot, no global backend
switch, so it is safe inside a running QGIS) and embedded as base64 PNG: one self-contained file.
Colours are Okabe-Ito (colour-blind safe) and every status also differs in hatching or line style.
"""

import base64
import datetime
import html
import io
import math

import numpy as np

from .i18n import tr
from .reservation import CLASH
from .templates import imkl_label

MAX_TRACES = 12          # profiles and time charts drawn (the tables list everything up to MAX_ROWS)
MAX_SECTIONS = 8         # cross-sections drawn across the first clashes
SECTION_REACH = 5.0      # m either side of the trace envelope in those cross-sections
MAX_TIME_ROWS = 40       # obstacles per time chart
MAX_ROWS = 2000          # rows per table
PAGE_LENGTH = 300.0      # m of trace per longitudinal-profile page (a long trace gets several)
MAX_PAGES = 40           # profile pages per trace

COLOURS = {
    "trace": "#0072B2",      # blue
    "clash": "#D55E00",      # vermillion
    "clearance": "#E69F00",  # orange
    "no_time": "#999999",    # grey
    "free": "#009E73",       # bluish green: nearby, no conflict
    "work": "#CC79A7",       # reddish purple: planned works
}


# A4 is 210 mm wide; less 2 x 15 mm margin = 180 mm = 680 px at 96 dpi.
IMAGE_WIDTH_PX = 680


def _status(conflict, time_overlap):
    if not time_overlap:
        return "no_time"
    return "clash" if conflict == CLASH else "clearance"


def _png(figure) -> str:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    # An explicit width that fits an A4 page (QGIS's result viewer, Qt rich text, ignores CSS max-width).
    return '<img alt="" width="{}" src="data:image/png;base64,{}">'.format(
        IMAGE_WIDTH_PX, base64.b64encode(buffer.getvalue()).decode("ascii"))


def _year(value):
    return "" if value is None or not np.isfinite(value) else "{:.0f}".format(value)


def _trace_length(geometry):
    import shapely

    return float(shapely.length(geometry))


def worst_status(conflicts):
    """{(trace, obstacle): status} with clash over clearance over no time overlap."""
    rank = {"clash": 3, "clearance": 2, "no_time": 1}
    out = {}
    for index in range(conflicts.count):
        key = (int(conflicts.trace[index]), int(conflicts.obstacle[index]))
        status = _status(conflicts.conflict[index], conflicts.time_overlap[index])
        if rank[status] > rank.get(out.get(key), 0):
            out[key] = status
    return out


def trace_name(traces, t):
    name = getattr(traces, "name", None)
    return str(name[t]) if name is not None else tr("Trace {fid}").format(fid=int(traces.fid[t]))


def profile_pages(length, page_length=PAGE_LENGTH):
    """Chainage windows of at most ``page_length`` m covering a trace of ``length`` m (equal pages)."""
    count = max(1, int(math.ceil(length / page_length - 1e-9)))
    edges = np.linspace(0.0, max(length, 0.0), count + 1)
    return list(zip(edges[:-1].tolist(), edges[1:].tolist()))


def profile_figure(t, traces, obstacles, result, window=None, page=None):
    """Longitudinal profile of trace ``t``: chainage (x) against depth (y, downward); ``window`` = (from, to)
    chainage of one page of a long trace, ``page`` = (number, count) for the title."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch, Rectangle

    length = _trace_length(traces.geoms[t])
    window = window or (0.0, max(length, 1.0))
    top, bottom = float(traces.top[t]), float(traces.bottom[t])
    near, conflicts = result.nearby, result.conflicts
    status = worst_status(conflicts)
    rows = np.flatnonzero((near.trace == t) & (near.chainage_to >= window[0])
                          & (near.chainage_from <= window[1]))
    finite = [obstacles.bottom[near.obstacle[i]] for i in rows if np.isfinite(obstacles.bottom[near.obstacle[i]])]
    finite += [obstacles.top[near.obstacle[i]] for i in rows]
    depth_max = max([bottom + 0.5] + [value + 0.3 for value in finite])
    figure = Figure(figsize=(11, 4.2))
    axes = figure.add_subplot(1, 1, 1)
    minimum_width = max((window[1] - window[0]) / 500.0, 0.05)
    for i in rows:
        o = int(near.obstacle[i])
        key = status.get((t, o), "free")
        c0, c1 = float(near.chainage_from[i]), float(near.chainage_to[i])
        if c1 - c0 < minimum_width:
            middle = (c0 + c1) / 2
            c0, c1 = middle - minimum_width / 2, middle + minimum_width / 2
        o_top = float(obstacles.top[o])
        o_bottom = float(obstacles.bottom[o]) if np.isfinite(obstacles.bottom[o]) else depth_max
        height = max(o_bottom - o_top, depth_max / 150.0)
        assumed = bool(obstacles.assumed[o])
        axes.add_patch(Rectangle(
            (c0, o_top), c1 - c0, height, facecolor=COLOURS[key], alpha=0.35 if assumed else 0.75,
            edgecolor=COLOURS[key], linewidth=1.0, linestyle="--" if assumed else "-",
            hatch="///" if assumed else None, zorder=3 if key != "free" else 2))
    axes.add_patch(Rectangle((0, top), length, bottom - top, facecolor=COLOURS["trace"], alpha=0.18,
                             edgecolor=COLOURS["trace"], linewidth=1.6, zorder=4))
    # the conflict stretches as a strip along the surface
    for i in np.flatnonzero(conflicts.trace == t):
        key = _status(conflicts.conflict[i], conflicts.time_overlap[i])
        axes.plot([conflicts.chainage_from[i], conflicts.chainage_to[i]], [0.02 * depth_max] * 2,
                  color=COLOURS[key], linewidth=6 if key == "clash" else 4,
                  linestyle="-" if key != "no_time" else ":", solid_capstyle="butt", zorder=5)
    axes.set_xlim(window[0], max(window[1], window[0] + 1.0))
    axes.set_ylim(depth_max, 0)
    axes.set_xlabel(tr("Chainage along the trace (m)"))
    axes.set_ylabel(tr("Depth below ground level (m)"))
    if page is None or page[1] == 1:
        axes.set_title(tr("Longitudinal profile of {name}").format(name=trace_name(traces, t)))
    else:
        axes.set_title(tr("Longitudinal profile of {name}, chainage {start:.0f}-{end:.0f} m (page {page} of "
                          "{pages})").format(name=trace_name(traces, t), start=window[0], end=window[1],
                                             page=page[0], pages=page[1]))
    axes.grid(True, color="#dddddd", linewidth=0.5)
    handles = [
        Patch(facecolor=COLOURS["trace"], alpha=0.3, edgecolor=COLOURS["trace"], label=tr("Trace envelope")),
        Patch(facecolor=COLOURS["clash"], edgecolor=COLOURS["clash"], label=tr("Clash")),
        Patch(facecolor=COLOURS["clearance"], edgecolor=COLOURS["clearance"], label=tr("Clearance too small")),
        Patch(facecolor=COLOURS["no_time"], edgecolor=COLOURS["no_time"], label=tr("Conflict, no time overlap")),
        Patch(facecolor=COLOURS["free"], edgecolor=COLOURS["free"], label=tr("Nearby, no conflict")),
        Patch(facecolor="white", edgecolor="#444444", hatch="///", linestyle="--", label=tr("Depth assumed")),
    ]
    axes.legend(handles=handles, loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8, frameon=False)
    return figure


def time_figure(t, traces, obstacles, works, result, coupling):
    """The trace's life against the validity of the obstacles in conflict and the coupled works."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    status = worst_status(result.conflicts)
    obstacle_rows = sorted({o for (tt, o) in status if tt == t},
                           key=lambda o: (obstacles.layer[o], obstacles.fid[o]))[:MAX_TIME_ROWS]
    work_rows = [int(w) for w in coupling.work[coupling.trace == t]][:MAX_TIME_ROWS]
    first, last = float(traces.year_from[t]), float(traces.year_to[t])
    finite = [v for o in obstacle_rows for v in (obstacles.year_from[o], obstacles.year_to[o]) if np.isfinite(v)]
    finite += [v for w in work_rows for v in (works.year_from[w], works.year_to[w]) if np.isfinite(v)]
    start = math.floor(min([first - 5] + finite) / 5) * 5
    end = math.ceil(max([last + 5] + [v + 1 for v in finite]) / 5) * 5
    labels, bars = [trace_name(traces, t)], [(first, last, "trace", False, False)]
    for o in obstacle_rows:
        labels.append("{} #{} ({})".format(
            obstacles.layer[o], obstacles.fid[o], imkl_label(obstacles.utility_type[o])))
        bars.append((obstacles.year_from[o], obstacles.year_to[o], status[(t, o)],
                     not np.isfinite(obstacles.year_from[o]), not np.isfinite(obstacles.year_to[o])))
    for w in work_rows:
        labels.append("{} #{} ({})".format(works.layer[w], works.fid[w], works.work_type[w]))
        bars.append((works.year_from[w], works.year_to[w], "work",
                     not np.isfinite(works.year_from[w]), not np.isfinite(works.year_to[w])))
    figure = Figure(figsize=(11, 1.2 + 0.28 * len(bars)))
    axes = figure.add_subplot(1, 1, 1)
    axes.axvspan(first, last + 1, color=COLOURS["trace"], alpha=0.08, zorder=0)
    for row, (year_from, year_to, key, open_start, open_end) in enumerate(bars):
        x0 = start if open_start else float(year_from)
        x1 = end if open_end else float(year_to) + 1  # inclusive years: a bar to the end of the last year
        axes.barh(row, x1 - x0, left=x0, height=0.6, color=COLOURS.get(key, COLOURS["free"]),
                  hatch="..." if key == "no_time" else None, edgecolor="#333333", linewidth=0.4)
        if open_start:
            axes.plot(x0, row, marker="<", color="#333333", markersize=6)
        if open_end:
            axes.plot(x1, row, marker=">", color="#333333", markersize=6)
    axes.set_yticks(range(len(bars)))
    axes.set_yticklabels(labels, fontsize=7)
    axes.invert_yaxis()
    axes.set_xlim(start, end + 1)
    axes.set_xlabel(tr("Year"))
    axes.set_title(tr("Lifetime of {name} against the validity of what it meets").format(
        name=trace_name(traces, t)))
    axes.grid(True, axis="x", color="#dddddd", linewidth=0.5)
    handles = [Patch(color=COLOURS["trace"], label=tr("Trace lifetime")),
               Patch(color=COLOURS["clash"], label=tr("Clash")),
               Patch(color=COLOURS["clearance"], label=tr("Clearance too small")),
               Patch(facecolor=COLOURS["no_time"], hatch="...", label=tr("No time overlap")),
               Patch(color=COLOURS["work"], label=tr("Planned work (opportunity)"))]
    axes.legend(handles=handles, loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8, frameon=False)
    return figure


def _nice_step(length):
    """A round chainage tick step giving about 5-10 ticks along ``length`` m."""
    for step in (5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000):
        if length / step <= 10:
            return step
    return 10 ** math.ceil(math.log10(max(length, 1.0) / 10))


def plan_figure(t, traces, obstacles, result):
    """Plan map of trace ``t``: the trace with chainage ticks, the obstacles near it (grey) and its conflict
    stretches coloured by status, each numbered as in the conflicts table."""
    import shapely
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    geometry = traces.geoms[t]
    length = _trace_length(geometry)
    conflicts, near = result.conflicts, result.nearby
    mine = np.flatnonzero(conflicts.trace == t)
    nearby = sorted(set(near.obstacle[near.trace == t].tolist()) | set(conflicts.obstacle[mine].tolist()))
    xmin, ymin, xmax, ymax = shapely.bounds(geometry)
    margin = max(10.0, 0.05 * max(xmax - xmin, ymax - ymin))
    box = shapely.box(xmin - margin, ymin - margin, xmax + margin, ymax + margin)
    figure = Figure(figsize=(11, 7))
    axes = figure.add_subplot(1, 1, 1)
    for o in nearby:
        shape = shapely.intersection(obstacles.geoms[o], box)
        for part in shapely.get_parts(shape):
            kind = shapely.get_type_id(part)
            if kind == 3:  # polygon
                x, y = np.asarray(part.exterior.coords).T
                axes.fill(x, y, facecolor="#dddddd", edgecolor="#999999", linewidth=0.5, zorder=1)
            elif kind in (1, 2):
                x, y = np.asarray(part.coords).T
                axes.plot(x, y, color="#888888", linewidth=0.8, zorder=2)
            elif kind == 0:
                axes.plot(part.x, part.y, "o", color="#888888", markersize=3, zorder=2)
    for part in shapely.get_parts(geometry):
        x, y = np.asarray(part.coords).T
        axes.plot(x, y, color=COLOURS["trace"], linewidth=2.0, zorder=3)
    # chainage ticks
    step = _nice_step(length)
    for chainage in np.arange(0.0, length + 1e-9, step):
        point = shapely.line_interpolate_point(shapely.line_merge(geometry), chainage) \
            if geometry.geom_type == "MultiLineString" else shapely.line_interpolate_point(geometry, chainage)
        axes.plot(point.x, point.y, "|", color=COLOURS["trace"], markersize=8, zorder=4)
        axes.annotate("{:.0f}".format(chainage), (point.x, point.y), textcoords="offset points", xytext=(3, 3),
                      fontsize=7, color=COLOURS["trace"])
    for number, i in enumerate(mine, start=1):
        key = _status(conflicts.conflict[i], conflicts.time_overlap[i])
        coords = shapely.get_coordinates(conflicts.geoms[i])
        if len(coords) == 0:
            continue
        axes.plot(coords[:, 0], coords[:, 1], color=COLOURS[key], linewidth=6 if key == "clash" else 4,
                  linestyle="-" if key != "no_time" else ":", solid_capstyle="butt", zorder=5, alpha=0.85)
        middle = coords[len(coords) // 2]
        axes.annotate(str(number), (middle[0], middle[1]), textcoords="offset points", xytext=(0, 6), fontsize=7,
                      color="#000000", ha="center", zorder=6)
    axes.set_aspect("equal", adjustable="datalim")
    axes.set_xlim(xmin - margin, xmax + margin)
    axes.set_ylim(ymin - margin, ymax + margin)
    axes.ticklabel_format(useOffset=False, style="plain")
    axes.tick_params(labelsize=7)
    axes.set_xlabel(tr("x (m)"))
    axes.set_ylabel(tr("y (m)"))
    axes.set_title(tr("Plan of {name}: conflicts numbered as in the table below").format(
        name=trace_name(traces, t)))
    axes.grid(True, color="#eeeeee", linewidth=0.5)
    handles = [Line2D([], [], color=COLOURS["trace"], linewidth=2, label=tr("Trace (chainage in m)")),
               Line2D([], [], color=COLOURS["clash"], linewidth=6, label=tr("Clash")),
               Line2D([], [], color=COLOURS["clearance"], linewidth=4, label=tr("Clearance too small")),
               Line2D([], [], color=COLOURS["no_time"], linewidth=4, linestyle=":", label=tr("No time overlap")),
               Line2D([], [], color="#888888", linewidth=1, label=tr("Obstacles near the trace"))]
    axes.legend(handles=handles, loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8, frameon=False)
    return figure


def section_figure(i, traces, obstacles, result):
    """The cross-section (core/crosssection.py, drawn by core/section_drawing.py) across trace ``t`` at the
    middle of conflict ``i``: perpendicular to the trace, SECTION_REACH m beyond the envelope on each side,
    everything valid in the first year of the overlap; the trace envelope in the middle; the required
    clearance around the conflicting obstacle."""
    import shapely

    from . import crosssection as cs
    from . import section_drawing as sd

    conflicts = result.conflicts
    t, o = int(conflicts.trace[i]), int(conflicts.obstacle[i])
    middle = (conflicts.chainage_from[i] + conflicts.chainage_to[i]) / 2
    parts = [p for p in shapely.get_parts(traces.geoms[t]) if not p.is_empty]
    offset = 0.0
    for part in parts:  # the part the chainage falls on (chainages run on over a multi-part trace)
        if middle <= offset + part.length + 1e-9 or part is parts[-1]:
            break
        offset += part.length
    local = min(max(middle - offset, 0.0), part.length)
    a = shapely.line_interpolate_point(part, max(local - 0.5, 0.0))
    b = shapely.line_interpolate_point(part, min(local + 0.5, part.length))
    centre = shapely.line_interpolate_point(part, local)
    dx, dy = b.x - a.x, b.y - a.y
    norm = math.hypot(dx, dy) or 1.0
    half = float(traces.width[t]) / 2 + SECTION_REACH
    nx, ny = -dy / norm * half, dx / norm * half  # to the left of the trace's direction
    line = shapely.LineString([(centre.x - nx, centre.y - ny), (centre.x + nx, centre.y + ny)])
    year = conflicts.overlap_from[i] if conflicts.time_overlap[i] else None
    year = None if year is None or not np.isfinite(year) else float(year)
    depth_max = max(3.0, float(traces.bottom[t]) + 1.0)
    items = cs.cut(line, obstacles, buffer=0.5, depth_max=depth_max, year=year)
    title = tr("Trace {fid}, chainage {chainage:.1f} m: {type} {fid_o} ({layer})").format(
        fid=int(traces.fid[t]), chainage=middle, type=obstacles.utility_type[o], fid_o=int(obstacles.fid[o]),
        layer=obstacles.layer[o])
    subtitle = tr("Across the trace, looking along it (left to right); {when}").format(
        when=tr("year {year}").format(year=int(year)) if year is not None else tr("all years"))
    section = cs.drawing_section(items, obstacles, line.length, title, subtitle, depth_max=depth_max,
                                 clearance_type=str(traces.utility_type))
    for k, item in enumerate(section.items):
        item.blocking = int(items.obstacle[k]) == o
        item.clearance = float(conflicts.required[i]) if item.blocking else 0.0
    section.new = sd.NewSlot(str(traces.utility_type), float(traces.width[t]), float(traces.top[t]),
                             float(traces.height[t]), offset=half)
    return sd.figure(section)


def _table(headers, rows):
    head = "".join("<th>{}</th>".format(html.escape(h)) for h in headers)
    body = "".join("<tr>{}</tr>".format("".join("<td>{}</td>".format(html.escape(str(v))) for v in row))
                   for row in rows)
    return "<table><thead><tr>{}</tr></thead><tbody>{}</tbody></table>".format(head, body)


def build_html(traces, obstacles, works, result, coupling, settings) -> str:
    conflicts = result.conflicts
    statuses = [_status(c, o) for c, o in zip(conflicts.conflict, conflicts.time_overlap)]
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>{}</title>".format(
        html.escape(tr("4D reservation check"))),
        "<style>body{font-family:sans-serif;margin:2em;max-width:1200px}table{border-collapse:collapse;"
        "font-size:12px;margin:1em 0}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}"
        "th{background:#eee}img{max-width:100%}.clash{color:#D55E00}.clearance{color:#B07800}"
        ".note{color:#555;font-size:12px}</style></head><body>",
        "<h1>{}</h1>".format(html.escape(tr("4D reservation check"))),
        "<p class='note'>{}</p>".format(html.escape(tr(
            "Written {when} by the Ondergrond plugin. Trace layer: {trace}; obstacles: {obstacles}; planned "
            "works: {works}; CRS {crs}.").format(
            when=datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), trace=settings.get("trace_layer", ""),
            obstacles=", ".join(settings.get("obstacle_layers", [])) or "-",
            works=", ".join(settings.get("work_layers", [])) or "-", crs=settings.get("crs", ""))))]
    clashes = statuses.count("clash")
    clearance = statuses.count("clearance")
    no_time = statuses.count("no_time")
    assumed = int(np.sum(obstacles.assumed[conflicts.obstacle])) if conflicts.count else 0
    parts.append("<h2>{}</h2><ul>".format(html.escape(tr("Summary"))))
    for line in (
        tr("{n} trace(s) checked against {m} obstacle(s) within reach.").format(n=len(traces), m=len(obstacles)),
        tr("{n} conflict stretch(es): {clash} clash(es) and {clear} clearance conflict(s) during the trace's "
           "life; {free} with an obstacle that is gone before construction or comes after the trace's "
           "life.").format(n=conflicts.count, clash=clashes, clear=clearance, free=no_time),
        tr("{n} conflict(s) rely on an assumed depth (the operator's standard laying depth or the defaults "
           "table): check those in the field or with the network operator.").format(n=assumed),
        tr("{n} opportunity(ies) to combine works.").format(n=coupling.count),
    ):
        parts.append("<li>{}</li>".format(html.escape(line)))
    if result.unknown_types:
        parts.append("<li>{}</li>".format(html.escape(tr(
            "Utility types in neither table (the '*' defaults were used): {types}").format(
            types=", ".join(result.unknown_types)))))
    parts.append("</ul>")
    trace_rows = []
    for t in range(len(traces)):
        mine = conflicts.trace == t
        trace_rows.append([
            trace_name(traces, t), "{:.1f}".format(_trace_length(traces.geoms[t])),
            "{:.2f}-{:.2f}".format(traces.top[t], traces.bottom[t]), "{:.2f}".format(traces.width[t]),
            "{}-{}".format(_year(traces.year_from[t]), _year(traces.year_to[t])),
            sum(1 for i in np.flatnonzero(mine) if statuses[i] == "clash"),
            sum(1 for i in np.flatnonzero(mine) if statuses[i] == "clearance"),
            sum(1 for i in np.flatnonzero(mine) if statuses[i] == "no_time")])
    parts.append(_table([tr("Trace"), tr("Length (m)"), tr("Envelope depth (m)"), tr("Width (m)"), tr("Years"),
                         tr("Clashes"), tr("Clearance conflicts"), tr("No time overlap")], trace_rows))
    for t in range(min(len(traces), MAX_TRACES)):
        parts.append("<h2>{}</h2>".format(html.escape(trace_name(traces, t))))
        parts.append(_png(plan_figure(t, traces, obstacles, result)))
        mine = np.flatnonzero(conflicts.trace == t)
        if len(mine):
            parts.append(_table([tr("No."), tr("Chainage (m)"), tr("Layer"), tr("Feature"), tr("Type"),
                                 tr("Conflict"), tr("Gap (m)"), tr("Required (m)")], [
                [number, "{:.1f}-{:.1f}".format(conflicts.chainage_from[i], conflicts.chainage_to[i]),
                 obstacles.layer[conflicts.obstacle[i]], int(obstacles.fid[conflicts.obstacle[i]]),
                 imkl_label(obstacles.utility_type[conflicts.obstacle[i]]),
                 tr("clash") if conflicts.conflict[i] == CLASH else tr("clearance"),
                 "{:.2f}".format(conflicts.gap[i]), "{:.2f}".format(conflicts.required[i])]
                for number, i in enumerate(mine[:MAX_ROWS], start=1)]))
        pages = profile_pages(_trace_length(traces.geoms[t]))
        for number, window in enumerate(pages[:MAX_PAGES], start=1):
            parts.append(_png(profile_figure(t, traces, obstacles, result, window, (number, len(pages)))))
        if len(pages) > MAX_PAGES:
            parts.append("<p class='note'>{}</p>".format(html.escape(tr(
                "The first {n} of {total} profile pages are drawn.").format(n=MAX_PAGES, total=len(pages)))))
        parts.append(_png(time_figure(t, traces, obstacles, works, result, coupling)))
    if len(traces) > MAX_TRACES:
        parts.append("<p class='note'>{}</p>".format(html.escape(tr(
            "Profiles and time charts are drawn for the first {n} traces only.").format(n=MAX_TRACES))))
    drawn = [i for i in range(conflicts.count) if statuses[i] == "clash"][:MAX_SECTIONS]
    if drawn:
        parts.append("<h2>{}</h2>".format(html.escape(tr("Cross-sections at the clashes"))))
        for i in drawn:
            parts.append(_png(section_figure(i, traces, obstacles, result)))
        if statuses.count("clash") > MAX_SECTIONS:
            parts.append("<p class='note'>{}</p>".format(html.escape(tr(
                "Cross-sections are drawn at the first {n} clashes only.").format(n=MAX_SECTIONS))))
    parts.append("<h2>{}</h2>".format(html.escape(tr("Conflicts"))))
    rows = []
    for i in range(min(conflicts.count, MAX_ROWS)):
        o, t = int(conflicts.obstacle[i]), int(conflicts.trace[i])
        rows.append([
            trace_name(traces, t), "{:.1f}-{:.1f}".format(conflicts.chainage_from[i], conflicts.chainage_to[i]),
            obstacles.layer[o], int(obstacles.fid[o]), imkl_label(obstacles.utility_type[o]),
            tr("clash") if conflicts.conflict[i] == CLASH else tr("clearance"),
            "{:.2f}".format(conflicts.h_gap[i]), "{:.2f}".format(conflicts.v_gap[i]),
            "{:.2f}".format(conflicts.gap[i]), "{:.2f}".format(conflicts.required[i]),
            tr("yes") if obstacles.assumed[o] else tr("no"),
            "{}-{}".format(_year(conflicts.overlap_from[i]), _year(conflicts.overlap_to[i]))
            if conflicts.time_overlap[i] else tr("none"),
            "{}-{}".format(_year(obstacles.year_from[o]), _year(obstacles.year_to[o]))])
    parts.append(_table([tr("Trace"), tr("Chainage (m)"), tr("Layer"), tr("Feature"), tr("Type"), tr("Conflict"),
                         tr("Horizontal gap (m)"), tr("Vertical gap (m)"), tr("Gap (m)"), tr("Required (m)"),
                         tr("Depth assumed"), tr("Time overlap"), tr("Obstacle valid")], rows))
    if conflicts.count > MAX_ROWS:
        parts.append("<p class='note'>{}</p>".format(html.escape(tr(
            "The first {n} of {total} conflicts are listed; the Conflicts layer has them all.").format(
            n=MAX_ROWS, total=conflicts.count))))
    parts.append("<h2>{}</h2>".format(html.escape(tr("Opportunities to combine works"))))
    rows = []
    for i in range(min(coupling.count, MAX_ROWS)):
        w, t = int(coupling.work[i]), int(coupling.trace[i])
        rows.append([trace_name(traces, t), "{:.1f}".format(coupling.chainage[i]), works.layer[w], int(works.fid[w]),
                     works.work_type[w], "{:.1f}".format(coupling.distance[i]),
                     "{}-{}".format(_year(works.year_from[w]), _year(works.year_to[w])),
                     "{:.0f}".format(coupling.years_apart[i])])
    parts.append(_table([tr("Trace"), tr("Chainage (m)"), tr("Layer"), tr("Feature"), tr("Work type"),
                         tr("Distance (m)"), tr("Work years"), tr("Years apart")], rows))
    parts.append("<p class='note'>{}</p>".format(html.escape(tr(
        "Gaps: horizontal h = 2D distance minus half the trace width and the obstacle's half width; vertical v "
        "= separation of the depth intervals; gap = sqrt(h^2 + v^2). Clash: gap 0; clearance conflict: gap "
        "below the required clearance. Years are inclusive; an empty year is open-ended."))))
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report(path, traces, obstacles, works, result, coupling, settings):
    text = build_html(traces, obstacles, works, result, coupling, settings)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path
