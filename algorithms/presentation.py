"""How an output reads the moment it loads: names, legend labels and field aliases in the desktop's
language, IMKL codes by their Dutch names, a raster legend stretched to the data, conflicts on top.

Used by the style post-processor (``base.StylePostProcessor``) and by ``ondergrond:exportmap``.
Everything here adjusts a loaded layer; nothing writes into the QML files.
"""

import math
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsMapLayerType,
    QgsProviderRegistry,
    QgsRasterBandStats,
    QgsRuleBasedRenderer,
    QgsSingleBandPseudoColorRenderer,
)

from ..core import templates
from ..core.i18n import tr
from ..core.paths import STYLES_DIR

STYLE_PROPERTY = "ondergrond/style"

# Readable names of the lagenbenadering layers (core.templates.LAYERS) and of the plugin's outputs,
# for the layers panel and the print legend instead of table names.
LAYER_TITLES = {
    "ondergrond_aquifer": lambda: tr("Aquifers and aquitards"),
    "ondergrond_kleilagen": lambda: tr("Protective clay layers"),
    "ondergrond_beschermingszones": lambda: tr("Drinking-water protection zones"),
    "ondergrond_boringsvrije_zone": lambda: tr("Drilling-free zones"),
    "ondergrond_ngr": lambda: tr("Groundwater reserves (NGR/ASV)"),
    "ondergrond_breukzone": lambda: tr("Faults"),
    "ondergrond_zoutstructuur": lambda: tr("Salt structures"),
    "ondergrond_archeologie": lambda: tr("Archaeology"),
    "ondergrond_wko_bestaand": lambda: tr("Ground-energy systems"),
    "ondergrond_geothermie_gepland": lambda: tr("Planned deep activities"),
    "ondergrond_winputten": lambda: tr("Drinking-water wells"),
    "netwerk_kabels_leidingen": lambda: tr("Cables and pipes"),
    "netwerk_warmtenet_trace": lambda: tr("Heat-network traces"),
    "netwerk_reserveringen": lambda: tr("Reservations and corridors"),
    "netwerk_infiltratiekratten": lambda: tr("Infiltration and storage"),
    "netwerk_bomen": lambda: tr("Trees"),
    "netwerk_geplande_werken": lambda: tr("Planned works (lines)"),
    "netwerk_geplande_werken_vlak": lambda: tr("Planned works (areas)"),
    "netwerk_straatassen": lambda: tr("Street centre lines"),
    "netwerk_stoepranden": lambda: tr("Kerbs"),
    "occupatie_landgebruik": lambda: tr("Land use"),
    "occupatie_planontwikkeling": lambda: tr("Planned developments"),
    # outputs, by the style they carry
    "reservation_conflicts": lambda: tr("Conflicts along the trace"),
    "reservation_opportunities": lambda: tr("Coupling opportunities"),
    "depthbandsuitability": lambda: tr("Suitability per depth band"),
    "drinkingwaterprotection": lambda: tr("Drinking-water protection zones"),
    "cumulationheatmap": lambda: tr("Stacking of claims"),
    "cumulationhotspots": lambda: tr("Stacking hotspots"),
    "klic_utilities": lambda: tr("Cables and pipes (KLIC)"),
    "klic_points": lambda: tr("Appurtenances (KLIC)"),
    "klic_zones": lambda: tr("Zones (KLIC)"),
    "bodemenergie": lambda: tr("Ground-energy influence areas"),
    "bodemenergie_interference": lambda: tr("Ground-energy interference"),
    "bodemenergie_conflicts": lambda: tr("Ground-energy conflicts with zones"),
    "bodemenergie_free_space": lambda: tr("Free space for ground energy"),
}

# Output fields and what a planner reads instead (English source, Dutch in the translation).
FIELD_ALIASES = {
    "area_m2": lambda: tr("Area (m2)"),
    "band": lambda: tr("Depth band (m)"),
    "band_top_m": lambda: tr("Band top (m below ground level)"),
    "band_bottom_m": lambda: tr("Band bottom (m below ground level)"),
    "bottom_m": lambda: tr("Bottom (m below ground level)"),
    "chainage_from_m": lambda: tr("Chainage from (m)"),
    "chainage_to_m": lambda: tr("Chainage to (m)"),
    "chainage_m": lambda: tr("Chainage (m)"),
    "conflict": lambda: tr("Conflict"),
    "contributors": lambda: tr("Contributing layers"),
    "depth_assumed": lambda: tr("Depth assumed"),
    "depth_m": lambda: tr("Depth, top of pipe (m below ground level)"),
    "diameter_m": lambda: tr("Diameter (m)"),
    "distance_m": lambda: tr("Distance (m)"),
    "function": lambda: tr("Function"),
    "gap_m": lambda: tr("Gap (m)"),
    "h_gap_m": lambda: tr("Horizontal gap (m)"),
    "v_gap_m": lambda: tr("Vertical gap (m)"),
    "hotspot_id": lambda: tr("Hotspot"),
    "max_value": lambda: tr("Highest stacking"),
    "method": lambda: tr("Method"),
    "n_features": lambda: tr("Number of claims"),
    "network_operator": lambda: tr("Network operator"),
    "obstacle_id": lambda: tr("Obstacle feature"),
    "obstacle_layer": lambda: tr("Obstacle layer"),
    "obstacle_type": lambda: tr("Obstacle type"),
    "overlap_from": lambda: tr("Overlap from (year)"),
    "overlap_to": lambda: tr("Overlap to (year)"),
    "reasons": lambda: tr("Reasons and sources"),
    "required_m": lambda: tr("Required clearance (m)"),
    "time_overlap": lambda: tr("Overlaps in time"),
    "top_m": lambda: tr("Top (m below ground level)"),
    "trace_id": lambda: tr("Trace"),
    "travel_time_days": lambda: tr("Travel time (days)"),
    "utility_type": lambda: tr("Utility type (IMKL theme)"),
    "valid_from": lambda: tr("Valid from"),
    "valid_to": lambda: tr("Valid to"),
    "verdict": lambda: tr("Verdict"),
    "verdict_label": lambda: tr("Verdict (text)"),
    "well_ids": lambda: tr("Wells"),
    "work_id": lambda: tr("Work feature"),
    "work_layer": lambda: tr("Work layer"),
    "work_type": lambda: tr("Type of work"),
    "years_apart": lambda: tr("Years apart"),
    # ground energy
    "system_id": lambda: tr("System"),
    "system_a": lambda: tr("System A"),
    "system_b": lambda: tr("System B"),
    "element": lambda: tr("Element"),
    "well_type": lambda: tr("Well type"),
    "well_types": lambda: tr("Well types"),
    "source_fid": lambda: tr("Source feature"),
    "volume_m3": lambda: tr("Volume per season (m3)"),
    "energy_mwh_year": lambda: tr("Energy (MWh/year)"),
    "capacity_kw": lambda: tr("Capacity (kW)"),
    "thickness_m": lambda: tr("Thickness (m)"),
    "thermal_radius_m": lambda: tr("Thermal radius (m)"),
    "hydraulic_radius_m": lambda: tr("Hydraulic radius (m)"),
    "relation": lambda: tr("Relation"),
    "overlap_m": lambda: tr("Overlap (m)"),
    "depth_overlap": lambda: tr("Overlaps in depth"),
    "depth_overlap_m": lambda: tr("Depth overlap (m)"),
    "reason": lambda: tr("Reason"),
    "constraint_layer": lambda: tr("Constraint layer"),
    "constraint_fid": lambda: tr("Constraint feature"),
    "rule": lambda: tr("Rule"),
    "zone": lambda: tr("Zone"),
}

# Legend labels of the bundled QMLs (as written there) and their text in the desktop's language.
LEGEND_LABELS = {
    "Clash (gap 0)": lambda: tr("Clash (no gap)"),
    "Clearance too small": lambda: tr("Clearance too small"),
    "No time overlap": lambda: tr("No overlap in time"),
    "Depth assumed (white core)": lambda: tr("Depth assumed (white core)"),
    "1 suitable / geschikt": lambda: tr("Suitable"),
    "2 conditional / voorwaardelijk": lambda: tr("Conditional"),
    "3 excluded / uitgesloten": lambda: tr("Excluded"),
    "waterwingebied (<= 1 jaar)": lambda: tr("Water abstraction area (up to 1 year)"),
    "grondwaterbeschermingsgebied (<= 25 jaar)": lambda: tr("Groundwater protection area (up to 25 years)"),
    "100-jaarszone / intrekgebied (> 25 jaar)": lambda: tr("100-year zone / catchment (over 25 years)"),
    "boringsvrije zone (gearceerd)": lambda: tr("Drilling-free zone (hatched)"),
    # ground energy and KLIC styles (labels written in Dutch in the QML)
    "aandacht: gelijke bronnen overlappen": lambda: tr("attention: wells of the same temperature overlap"),
    "alleen een koude bron": lambda: tr("a cold well only"),
    "alleen een warme bron": lambda: tr("a warm well only"),
    "warme of koude bron": lambda: tr("a warm or a cold well"),
    "geen ruimte (interferentie)": lambda: tr("no space (interference)"),
    "uitgesloten door een zone": lambda: tr("excluded by a zone"),
    "gescheiden in diepte": lambda: tr("separated in depth"),
    "gescheiden in tijd": lambda: tr("separated in time"),
    "gesloten systeem": lambda: tr("closed system"),
    "interferentie": lambda: tr("interference"),
    "koud (koude bron)": lambda: tr("cold (cold well)"),
    "warm (warme bron)": lambda: tr("warm (warm well)"),
    "onder voorwaarden": lambda: tr("conditional"),
    "verboden": lambda: tr("forbidden"),
    "eis voorzorgsmaatregel": lambda: tr("precaution required"),
    "graafpolygoon": lambda: tr("excavation polygon"),
    # claims stacked per cell (stapeling)
    "0 = geen claims": lambda: tr("0 = no claims"),
    "5 of meer": lambda: tr("5 or more"),
    # keuze status (Nota Ruimte): the Dutch terms are the translation of these
    "gemaakte keuze": lambda: tr("decision made"),
    "te maken keuze": lambda: tr("decision to be made"),
    "te agenderen keuze": lambda: tr("decision to be put on the agenda"),
}
STATUS_LABELS = ("gemaakte keuze", "te maken keuze", "te agenderen keuze")

# Outputs written to a file and opened later (qgis_process, a model) carry no style: recognise them
# by their fields. Style name -> fields that only that output has.
SIGNATURES = (
    ("reservation_conflicts", {"obstacle_layer", "conflict", "h_gap_m", "depth_assumed"}),
    ("reservation_opportunities", {"work_layer", "years_apart", "chainage_m"}),
    ("depthbandsuitability", {"band", "band_top_m", "function", "verdict_label"}),
    ("drinkingwaterprotection", {"zone", "travel_time_days", "well_ids"}),
    ("cumulationhotspots", {"hotspot_id", "max_value", "contributors"}),
    ("bodemenergie_interference", {"system_a", "system_b", "required_m"}),
    ("bodemenergie_conflicts", {"system_id", "constraint_layer", "rule"}),
    ("bodemenergie", {"system_id", "thermal_radius_m", "element"}),
    ("klic_utilities", {"utility_type", "link_id", "depth_source"}),
    ("klic_points", {"utility_type", "appurtenance_type"}),
    ("klic_zones", {"zone_type", "precaution"}),
)


imkl_label = templates.imkl_label


def source_name(layer):
    """The GeoPackage layer name or file stem of a layer, else its name."""
    try:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    except Exception:  # noqa: BLE001 - providers without URI decoding
        parts = {}
    if parts.get("layerName"):
        return parts["layerName"]
    if parts.get("path"):
        return Path(parts["path"]).stem
    return layer.name()


def style_of(layer):
    """The plugin style that fits a layer: the one a post-processor applied, a styles/ QML named like
    the layer, or the output recognised by its fields; None when nothing fits."""
    styled = layer.customProperty(STYLE_PROPERTY)
    if styled:
        return styled
    for name in (source_name(layer), layer.name()):
        if name and (STYLES_DIR / "{}.qml".format(name)).exists():
            return name
    if layer.type() == QgsMapLayerType.VectorLayer:
        names = set(layer.fields().names())
        for style, fields in SIGNATURES:
            if fields <= names:
                return style
    elif layer.type() == QgsMapLayerType.RasterLayer and layer.bandCount() == 1:
        stem = source_name(layer).lower()
        if "free_space" in stem or "vrije_ruimte" in stem:
            return "bodemenergie_free_space"
        if any(word in stem for word in ("stapeling", "cumulation", "heatmap")):
            return "cumulationheatmap"
    return None


def readable_name(layer):
    """What the legend calls a layer: the translated title of a known table or output when the layer
    still carries a table or file name, else the name the user gave it."""
    name, source = layer.name(), source_name(layer)
    if name in LAYER_TITLES:
        return LAYER_TITLES[name]()
    try:
        path = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("path") or ""
    except Exception:  # noqa: BLE001 - providers without URI decoding
        path = ""
    raw = not name or name in (source, Path(path).stem) or ("_" in name and " " not in name)
    if raw:
        for key in (source, layer.customProperty(STYLE_PROPERTY)):
            if key in LAYER_TITLES:
                return LAYER_TITLES[key]()
        name = (name or source).replace("_", " ")
        return name[:1].upper() + name[1:]
    return name


def raster_maximum(layer):
    """The largest value of band 1 (exact statistics)."""
    provider = layer.dataProvider()
    stats = provider.bandStatistics(1, QgsRasterBandStats.Max, layer.extent(), 0)
    return stats.maximumValue


# Up to this many claims per cell the stacking legend has one class per count (1, 2, ... max); above
# it, or for sums of decayed weights (fractions), equal intervals over 0..max.
MAX_COUNT_CLASSES = 8
INTERVAL_CLASSES = 6


def _palette_colour(colours, fraction):
    """The colour at ``fraction`` (0..1) along ``colours`` (QColors), linearly between neighbours (RGB)."""
    from qgis.PyQt.QtGui import QColor

    position = min(max(fraction, 0.0), 1.0) * (len(colours) - 1)
    index = min(int(position), len(colours) - 2) if len(colours) > 1 else 0
    if len(colours) == 1:
        return QColor(colours[0])
    weight = position - index
    low, high = colours[index], colours[index + 1]
    return QColor(*(round(a + (b - a) * weight) for a, b in zip(low.getRgb(), high.getRgb())))


def stretch_pseudocolor(layer, maximum=None):
    """Re-class the stacking style (styles/cumulationheatmap.qml: 0 transparent, classes per count) over
    0..the raster's largest value with the same palette: one class per count for counts up to
    MAX_COUNT_CLASSES, equal intervals otherwise. The transparent "no claims" class keeps its label.
    Idempotent: stretching again to the same maximum changes nothing."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsSingleBandPseudoColorRenderer):
        return
    if maximum is None:
        maximum = raster_maximum(layer)
    if not maximum or not maximum > 0 or not math.isfinite(maximum):
        return
    function = renderer.shader().rasterShaderFunction()
    items = function.colorRampItemList()
    empty = [item for item in items if item.color.alpha() == 0]
    colours = [item.color for item in items if item.color.alpha() > 0]
    if not colours:
        return
    if float(maximum).is_integer() and maximum <= MAX_COUNT_CLASSES:
        bounds = [float(count) for count in range(1, int(maximum) + 1)]
        labels = ["{:g}".format(bound) for bound in bounds]
    else:
        bounds = [maximum * k / INTERVAL_CLASSES for k in range(1, INTERVAL_CLASSES + 1)]
        edges = [0.0] + bounds
        labels = ["{:.3g} - {:.3g}".format(low, high) for low, high in zip(edges[:-1], edges[1:])]
    stretched = [QgsColorRampShader.ColorRampItem(0.0, empty[0].color, empty[0].label)] if empty else []
    for index, (bound, label) in enumerate(zip(bounds, labels)):
        fraction = index / (len(bounds) - 1) if len(bounds) > 1 else 0.0
        stretched.append(QgsColorRampShader.ColorRampItem(bound, _palette_colour(colours, fraction), label))
    function.setColorRampItemList(stretched)
    function.setMinimumValue(0.0)
    function.setMaximumValue(maximum)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(maximum)


def translate_legend(layer):
    """Legend labels in the desktop's language; IMKL codes by their Dutch names."""
    if layer.type() == QgsMapLayerType.RasterLayer:
        from qgis.core import QgsPalettedRasterRenderer

        renderer = layer.renderer()
        if isinstance(renderer, QgsPalettedRasterRenderer):
            for item in renderer.classes():
                if item.label in LEGEND_LABELS:
                    renderer.setLabel(item.value, LEGEND_LABELS[item.label]())
        elif isinstance(renderer, QgsSingleBandPseudoColorRenderer):
            function = renderer.shader().rasterShaderFunction()
            items = function.colorRampItemList()
            for item in items:
                if item.label in LEGEND_LABELS:
                    item.label = LEGEND_LABELS[item.label]()
            function.setColorRampItemList(items)
        return
    if layer.type() != QgsMapLayerType.VectorLayer:
        return
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            text = category.label()
            if text in LEGEND_LABELS:
                renderer.updateCategoryLabel(index, LEGEND_LABELS[text]())
            elif text == str(category.value()) and imkl_label(text) != text:  # an IMKL code as label
                renderer.updateCategoryLabel(index, imkl_label(text))
            elif text == "other":
                renderer.updateCategoryLabel(index, tr("other"))
    elif isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            if rule.label() in LEGEND_LABELS:
                rule.setLabel(LEGEND_LABELS[rule.label()]())


def compact_status_legend(model, layer_node):
    """One legend line per class instead of the class and then its keuze status underneath.

    A class drawn only as 'gemaakte keuze' keeps its class name; other statuses read
    "class, status". Works on the legend nodes of a rule-based style whose child rules are statuses.
    """
    from qgis.core import QgsLayerTreeModelLegendNode, QgsMapLayerLegendUtils

    nodes = model.layerOriginalLegendNodes(layer_node)
    status_texts = {LEGEND_LABELS[s]() for s in STATUS_LABELS} | set(STATUS_LABELS)
    made = {LEGEND_LABELS["gemaakte keuze"](), "gemaakte keuze"}
    parents = {}
    for index, node in enumerate(nodes):
        parents[node.data(QgsLayerTreeModelLegendNode.RuleKeyRole)] = (index, node.data(0))
    if not any(node.data(0) in status_texts for node in nodes):
        return False
    order = []
    for index, node in enumerate(nodes):
        label = node.data(0)
        parent = parents.get(node.data(QgsLayerTreeModelLegendNode.ParentRuleKeyRole))
        has_children = any(n.data(QgsLayerTreeModelLegendNode.ParentRuleKeyRole) ==
                           node.data(QgsLayerTreeModelLegendNode.RuleKeyRole) for n in nodes)
        if has_children:
            continue  # the class name moves onto its status lines
        if label in status_texts and parent is not None and parent[1]:
            text = parent[1] if label in made else "{}, {}".format(parent[1], label)
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(layer_node, index, text)
        order.append(index)
    QgsMapLayerLegendUtils.setLegendNodeOrder(layer_node, order)
    model.refreshLayerLegend(layer_node)
    return True


def name_raster_legend(model, layer_node):
    """A raster's legend says what its values are, not "Band 1 (Gray)"."""
    from qgis.core import QgsMapLayerLegendUtils

    layer = layer_node.layer()
    if layer is None or layer.type() != QgsMapLayerType.RasterLayer:
        return False
    nodes = model.layerOriginalLegendNodes(layer_node)
    titles = {"cumulationheatmap": lambda: tr("Claims stacked per cell"),
              "bodemenergie_free_space": lambda: tr("Free space for ground energy")}
    style = layer.customProperty(STYLE_PROPERTY)
    for index, node in enumerate(nodes):
        text = node.data(0) or ""
        if text.startswith(("Band ", "Kanaal ")):  # QGIS names an unnamed band "Band 1 (Gray)"
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(
                layer_node, index, titles[style]() if style in titles else tr("Value"))
            model.refreshLayerLegend(layer_node)
            return True
    return False


def set_aliases(layer):
    if layer.type() != QgsMapLayerType.VectorLayer:
        return
    for index, field in enumerate(layer.fields()):
        if field.name() in FIELD_ALIASES and not field.alias():
            layer.setFieldAlias(index, FIELD_ALIASES[field.name()]())


def emphasise_conflicts(layer):
    """Conflicts over IMKL-coloured cables: a dark casing under every conflict symbol, labelled."""
    from qgis.core import QgsSimpleLineSymbolLayer
    from qgis.PyQt.QtGui import QColor

    renderer = layer.renderer()
    if not isinstance(renderer, QgsRuleBasedRenderer):
        return
    for rule in renderer.rootRule().descendants():
        symbol = rule.symbol()
        if symbol is None or rule.filterExpression() == '"depth_assumed"':
            continue
        if any(getattr(sl, "color", None) and sl.color() == QColor("#1a1a1a") for sl in symbol.symbolLayers()):
            continue
        width = max((sl.width() for sl in symbol.symbolLayers() if isinstance(sl, QgsSimpleLineSymbolLayer)),
                    default=1.0)
        casing = QgsSimpleLineSymbolLayer(QColor("#1a1a1a"), width + 1.2)
        symbol.insertSymbolLayer(0, casing)
    _simple_labels(layer, ("CASE WHEN \"conflict\" = 'clash' THEN '{}' ELSE '{}' || format_number(\"gap_m\", 2) "
                           "|| ' < ' || format_number(\"required_m\", 2) || ' m' END").format(
        tr("clash").replace("'", "''"), tr("gap ").replace("'", "''")), colour="#b00000", line=True)


def _simple_labels(layer, expression, colour="#1a1a1a", size=8.0, line=False):
    from qgis.core import QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling
    from qgis.PyQt.QtGui import QColor

    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    if line:
        try:
            settings.placement = QgsPalLayerSettings.Placement.Line
        except AttributeError:  # QGIS 3.22 exposes the placements unscoped
            settings.placement = QgsPalLayerSettings.Line
    text = QgsTextFormat()
    text.setSize(size)
    text.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    settings.priority = 10
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def present_protection_zones(layer):
    """Largest zones first, the boringsvrije zone (hatch only) last, so no zone hides another; labels."""
    from qgis.core import QgsFeatureRequest

    renderer = layer.renderer()
    if renderer is None or "zone" not in layer.fields().names():
        return
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([
        QgsFeatureRequest.OrderByClause("\"zone\" = 'boringsvrije zone'", True),
        QgsFeatureRequest.OrderByClause("\"travel_time_days\"", False)]))
    renderer.setOrderByEnabled(True)
    _simple_labels(layer, (
        "CASE WHEN \"zone\" = 'boringsvrije zone' THEN '{drill}' || ' > ' || format_number(\"top_m\", 0) || ' m' "
        "WHEN \"travel_time_days\" < 366 THEN \"zone\" || ' (' || format_number(\"travel_time_days\", 0) || ' {days})' "
        "ELSE \"zone\" || ' (' || format_number(\"travel_time_days\" / 365.25, 0) || ' {years})' END").format(
        drill=tr("drilling-free zone").replace("'", "''"), days=tr("days").replace("'", "''"),
        years=tr("years").replace("'", "''")), colour="#0b3d5c")


def split_suitability(layer):
    """One switchable legend group per function, inside it one per depth band, so the ~500 overlapping
    polygons of a run read as one function in one band at a time: the first function's shallowest
    band is switched on, the planner ticks others in the layers panel (or the print legend)."""
    from qgis.core import QgsRuleBasedRenderer

    renderer = layer.renderer()
    names = layer.fields().names()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer) or not {"function", "band", "band_top_m"} <= set(names):
        return False
    # clone now: categories() returns copies whose symbols die with them
    verdicts = [(category.value(), category.label(), category.symbol().clone()) for category in renderer.categories()]
    combos = {}
    request_fields = [names.index("function"), names.index("band"), names.index("band_top_m")]
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(request_fields)
    for feature in layer.getFeatures(request):
        combos.setdefault(feature["function"], {})[feature["band"]] = feature["band_top_m"]
    if not combos:
        return False
    root = QgsRuleBasedRenderer.Rule(None)

    def quoted(value):
        return "'{}'".format(str(value).replace("'", "''"))

    for f_index, function in enumerate(sorted(combos, key=lambda f: min(combos[f].values() or [0]))):
        function_rule = QgsRuleBasedRenderer.Rule(None, 0, 0, '"function" = {}'.format(quoted(function)),
                                                  str(function))
        bands = sorted(combos[function].items(), key=lambda item: (item[1] is None, item[1]))
        for b_index, (band, _) in enumerate(bands):
            band_rule = QgsRuleBasedRenderer.Rule(None, 0, 0, '"band" = {}'.format(quoted(band)),
                                                  "{} m".format(band))
            for value, label, symbol in verdicts:
                band_rule.appendChild(QgsRuleBasedRenderer.Rule(
                    symbol.clone(), 0, 0, '"verdict" = {}'.format(value), label))
            band_rule.setActive(b_index == 0)
            function_rule.appendChild(band_rule)
        function_rule.setActive(f_index == 0)
        root.appendChild(function_rule)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    return True


def split_ladder(layer):
    """The preference ladder per depth band: one switchable legend group per band holding the ladder's
    classes, the shallowest band on, so overlapping bands never hide each other."""
    renderer = layer.renderer()
    names = layer.fields().names()
    if not isinstance(renderer, QgsRuleBasedRenderer) or not {"band", "band_top_m", "preferred"} <= set(names):
        return False
    if any(rule.filterExpression().startswith('"band" = ') for rule in renderer.rootRule().children()):
        return False  # split already
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(
        [names.index("band"), names.index("band_top_m")])
    bands = {}
    for feature in layer.getFeatures(request):
        bands[feature["band"]] = feature["band_top_m"]
    if not bands:
        return False
    classes = [rule.clone() for rule in renderer.rootRule().children()]
    root = QgsRuleBasedRenderer.Rule(None)
    ordered = sorted(bands.items(), key=lambda item: (item[1] is None, item[1]))
    for index, (band, _) in enumerate(ordered):
        band_rule = QgsRuleBasedRenderer.Rule(None, 0, 0, '"band" = {}'.format(_quoted(band)), "{} m".format(band))
        for rule in classes:
            band_rule.appendChild(rule.clone())
        band_rule.setActive(index == 0)
        root.appendChild(band_rule)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    return True


def _quoted(value):
    return "'{}'".format(str(value).replace("'", "''"))


def _theme_keys(rule):
    """The legend keys a theme checks to show ``rule``: the rule, the groups above it and all below it."""
    keys = {rule.ruleKey()} | {child.ruleKey() for child in rule.descendants()}
    parent = rule.parent()
    while parent is not None and parent.parent() is not None:
        keys.add(parent.ruleKey())
        parent = parent.parent()
    return keys


def map_themes(layer):
    """The map themes a split output gets, as (name, legend keys to check): suitability one per function and
    depth band, the preference ladder one per depth band; [] for other layers."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsRuleBasedRenderer):
        return []
    style = layer.customProperty(STYLE_PROPERTY)
    groups = renderer.rootRule().children()
    if style == "depthbandsuitability" and all(g.filterExpression().startswith('"function" = ') for g in groups):
        return [(tr("Suitability: {function}, {band}").format(function=function.label(), band=band.label()),
                 _theme_keys(band))
                for function in groups for band in function.children()]
    if style == "preferenceladder" and all(g.filterExpression().startswith('"band" = ') for g in groups):
        return [(tr("Preference ladder: {band}").format(band=band.label()), _theme_keys(band)) for band in groups]
    return []


def add_map_themes(layer, project):
    """Map themes for a split output in ``project`` (the map-themes button of the layers panel, and a print
    layout's map can follow one): each shows what the project shows now (without earlier runs of the same
    output), with only the output's one function and band (or one band) switched on. A name another run's
    theme already has gets a number (2, 3, ...). Returns the names of the themes made."""
    from qgis.core import QgsLayerTreeModel, QgsMapThemeCollection

    themes = map_themes(layer)
    if project is None or not themes or project.mapLayer(layer.id()) is None:
        return []
    collection = project.mapThemeCollection()
    model = QgsLayerTreeModel(project.layerTreeRoot())
    base = QgsMapThemeCollection.createThemeFromCurrentState(project.layerTreeRoot(), model)
    style = layer.customProperty(STYLE_PROPERTY)
    others = [record for record in base.layerRecords() if record.layer() is not None and
              record.layer().id() != layer.id() and record.layer().customProperty(STYLE_PROPERTY) != style]
    made = []
    for name, keys in themes:
        base_name, number = name, 1
        while collection.hasMapTheme(name) and layer.id() not in collection.mapThemeVisibleLayerIds(name):
            number += 1  # another run's theme: this run's get a number
            name = "{} ({})".format(base_name, number)
        record = QgsMapThemeCollection.MapThemeLayerRecord(layer)
        record.isVisible = True
        record.usingCurrentStyle = True
        record.currentStyle = layer.styleManager().currentStyle()
        record.usingLegendItems = True
        record.checkedLegendItems = set(keys)
        theme = QgsMapThemeCollection.MapThemeRecord()
        theme.setLayerRecords(others + [record])
        if collection.hasMapTheme(name):
            collection.update(name, theme)
        else:
            collection.insert(name, theme)
        made.append(name)
    return made


def finish(layer, style_name):
    """Everything beyond the QML that makes an output read well on load."""
    layer.setCustomProperty(STYLE_PROPERTY, style_name)
    if style_name == "cumulationheatmap":
        stretch_pseudocolor(layer)
    if style_name == "reservation_conflicts":
        emphasise_conflicts(layer)
    if style_name == "drinkingwaterprotection":
        present_protection_zones(layer)
    if style_name == "depthbandsuitability":
        translate_legend(layer)  # the verdict labels, before they are copied into the rules
        split_suitability(layer)
    if style_name == "preferenceladder":
        translate_legend(layer)
        split_ladder(layer)
    translate_legend(layer)
    set_aliases(layer)


def apply_style(layer, style_name):
    """Load styles/<style_name>.qml on ``layer`` and finish it; (ok, message)."""
    message, ok = layer.loadNamedStyle(str(STYLES_DIR / "{}.qml".format(style_name)))
    if ok:
        finish(layer, style_name)
    return ok, message
