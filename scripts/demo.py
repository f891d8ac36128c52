"""The main job on the embedded sample data, as a planner would chain it.

    python scripts/demo.py [output folder]      (bash scripts/demo.sh sets up QGIS first)

Every step runs a real Processing algorithm of the plugin on the sample data near Zwolle and
writes its outputs into the output folder; maps are rendered by QGIS's own map renderer with the
plugin's styles. Add a step: write ``def step_x(demo)`` and put it in STEPS.
"""

import importlib.util
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import headless  # noqa: E402  (beside this script)
from qgis.core import (  # noqa: E402  (QGIS must see QT_QPA_PLATFORM first)
    QgsApplication,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


class Feedback(QgsProcessingFeedback):
    def pushWarning(self, text):
        print("   warning:", text)

    def reportError(self, text, fatalError=False):
        print("   error:", text)


class Demo:
    """What the steps share: the sample data, the output folder, running and rendering."""

    STREET = QgsRectangle(200990, 505080, 201410, 505310)
    # What a new cable or pipe in the street must keep clear of.
    STREET_OBSTACLES = ("netwerk_kabels_leidingen", "netwerk_bomen", "netwerk_infiltratiekratten",
                        "netwerk_reserveringen")
    # The subsurface claims the depth-band steps weigh (with the drinking-water zones, once computed).
    SUBSURFACE = ("ondergrond_boringsvrije_zone", "ondergrond_ngr", "ondergrond_aquifer", "ondergrond_breukzone",
                  "ondergrond_zoutstructuur", "ondergrond_wko_bestaand", "ondergrond_archeologie",
                  "ondergrond_geothermie_gepland")

    def __init__(self, output):
        self.output = Path(output).resolve()
        self.output.mkdir(parents=True, exist_ok=True)
        self.sample = self.output / "ondergrond_sample.gpkg"
        self.results = {}
        self.written = []

    def layer_uri(self, name):
        return "{}|layername={}".format(self.sample, name)

    def layer_uris(self, names):
        return [self.layer_uri(name) for name in names]

    def subsurface_constraints(self):
        """The subsurface layers of the sample, and the drinking-water zones where that step has run:
        they work as constraints without editing."""
        constraints = self.layer_uris(self.SUBSURFACE)
        zones = self.results.get("ondergrond:drinkingwaterprotection", {}).get("OUTPUT")
        if zones:
            constraints.append(zones)
        return constraints

    def layer(self, name):
        layer = QgsVectorLayer(self.layer_uri(name), name, "ogr")
        if not layer.isValid():
            raise RuntimeError("sample layer {} is missing".format(name))
        style = ROOT / "styles" / "{}.qml".format(name)
        if style.exists():
            layer.loadNamedStyle(str(style))
        return layer

    def path(self, filename):
        path = self.output / filename
        self.written.append(path)
        return str(path)

    def run(self, algorithm_id, parameters):
        import processing

        started = time.perf_counter()
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        result = processing.run(algorithm_id, parameters, context=context, feedback=Feedback())
        print("   {} in {:.1f} s".format(algorithm_id, time.perf_counter() - started))
        self.results[algorithm_id] = result
        return result

    def layers(self, names):
        return [self.layer(name) for name in names]

    def styled(self, path, style_name, name=None):
        """Load an output file as a layer with the plugin's style ``styles/<style_name>.qml``."""
        path = str(path)
        if path.lower().endswith((".tif", ".tiff")):
            layer = QgsRasterLayer(path, name or style_name)
        else:
            layer = QgsVectorLayer(path, name or style_name, "ogr")
        layer.loadNamedStyle(str(ROOT / "styles" / "{}.qml".format(style_name)))
        return layer

    def render(self, layers, extent, filename, temporal_range=None, size=(1600, 1100)):
        """Render ``layers`` (top first) to a PNG with QGIS's map renderer."""
        settings = QgsMapSettings()
        settings.setLayers(layers)
        settings.setDestinationCrs(layers[-1].crs())
        settings.setExtent(extent)
        settings.setOutputSize(QSize(*size))
        settings.setBackgroundColor(QColor(255, 255, 255))
        if temporal_range is not None:
            settings.setIsTemporal(True)
            settings.setTemporalRange(temporal_range)
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        path = self.path(filename)
        job.renderedImage().save(path, "PNG")
        return path


def extent_text(rectangle):
    """An extent parameter in RD New: "xmin,xmax,ymin,ymax [EPSG:28992]"."""
    return "{},{},{},{} [EPSG:28992]".format(rectangle.xMinimum(), rectangle.xMaximum(), rectangle.yMinimum(),
                                             rectangle.yMaximum())


def step_sample_data(demo):
    """Write the embedded sample data (the default the main job runs on)."""
    spec = importlib.util.spec_from_file_location("make_sample_data", ROOT / "sample_data" / "make_sample_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(demo.sample)
    demo.written.append(demo.sample)


def step_check_fields(demo):
    """Check the cables and pipes against the canonical depth/time conventions before using them."""
    result = demo.run("ondergrond:checkcanonicalfields", {
        "INPUT": demo.layer_uri("netwerk_kabels_leidingen"), "OUTPUT": demo.path("controle_kabels.gpkg")})
    print("   {CHECKED} cables and pipes checked, {PROBLEMS} with a problem".format(**result))


def step_street_map(demo):
    """The street with its cables, pipes, trees and reserved space, in the plugin's styles."""
    names = ["netwerk_warmtenet_trace", "netwerk_bomen", "netwerk_kabels_leidingen", "netwerk_infiltratiekratten",
             "netwerk_reserveringen", "netwerk_stoepranden", "netwerk_straatassen"]
    demo.render(demo.layers(names), demo.STREET, "kaart_straat.png")


def step_cumulation(demo):
    """Stacking of subsurface claims (stapelingskaart) in 2035, all depths, with hotspots."""
    from ondergrond.algorithms.cumulationheatmap import stretch_heatmap

    names = ["ondergrond_wko_bestaand", "ondergrond_geothermie_gepland", "ondergrond_zoutstructuur",
             "ondergrond_breukzone", "ondergrond_ngr", "ondergrond_aquifer", "ondergrond_boringsvrije_zone",
             "ondergrond_archeologie"]
    result = demo.run("ondergrond:cumulationheatmap", {
        "LAYERS": demo.layer_uris(names), "MODE": 2, "CELL_SIZE": 50, "YEAR": 2035,
        "THRESHOLD": 3, "OUTPUT": demo.path("stapeling_2035.tif"), "HOTSPOTS": demo.path("stapeling_brandpunten.gpkg")})
    print("   {CLAIMS} claims, up to {MAX_VALUE:g} different kinds in one cell, {HOTSPOT_COUNT} hotspot(s)".format(
        **result))
    heat = demo.styled(result["OUTPUT"], "cumulationheatmap", "Stapeling 2035")
    stretch_heatmap(heat, result["MAX_VALUE"])
    hotspots = demo.styled(result["HOTSPOTS"], "cumulationhotspots", "Brandpunten")
    demo.render([hotspots, heat], heat.extent(), "kaart_stapeling_2035.png")


def step_layer_template(demo):
    """An empty lagenbenadering template (styled GeoPackage) for a planner to fill in."""
    result = demo.run("ondergrond:layertemplate", {
        "OUTPUT": demo.path("lagenbenadering_sjabloon.gpkg"), "CRS": "EPSG:28992", "OVERWRITE": True})
    print("   {LAYER_COUNT} empty layers with their house style as default style".format(**result))


def _caption(path, text):
    """Write a caption in the top-left corner of a rendered PNG."""
    from qgis.PyQt.QtGui import QFont, QImage, QPainter

    image = QImage(path)
    painter = QPainter(image)
    font = QFont("DejaVu Sans", 22)
    font.setBold(True)
    painter.setFont(font)
    painter.fillRect(0, 0, 40 + 19 * len(text), 56, QColor(255, 255, 255, 220))
    painter.setPen(QColor(0, 0, 0))
    painter.drawText(20, 40, text)
    painter.end()
    image.save(path, "PNG")


def step_lagenbenadering_map(demo):
    """The sample data in the lagenbenadering: occupatie on top, netwerk, ondergrond, with the legend."""
    import numpy
    from qgis.core import QgsLayerTreeModel, QgsLegendRenderer, QgsLegendSettings, QgsRenderContext
    from qgis.PyQt.QtGui import QImage, QPainter

    from ondergrond.gui import lagenbenadering

    project = QgsProject()
    lagenbenadering.add_to_project(demo.sample, project)
    root = project.layerTreeRoot()
    print("   groups (top to bottom): " + ", ".join(child.name() for child in root.children()))
    layers = root.layerOrder()
    region = QgsRectangle(195500, 495500, 211500, 511500)
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[-1].crs())
    settings.setExtent(region)
    settings.setOutputSize(QSize(1100, 1100))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    map_image = job.renderedImage()

    # The legend, filtered to what the map shows, next to the map: three groups, top to bottom.
    model = QgsLayerTreeModel(root)
    model.setLegendFilterByMap(settings)
    legend_settings = QgsLegendSettings()
    legend_settings.setTitle("Lagenbenadering")
    legend_settings.setColumnCount(2)
    legend = QgsLegendRenderer(model, legend_settings)
    # Draw the legend in millimetres on a generous canvas, then crop it to what was drawn.
    dots_per_mm = map_image.dotsPerMeterX() / 1000.0
    canvas = QImage(1400, 3000, QImage.Format_ARGB32)
    canvas.fill(QColor(255, 255, 255))
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.Antialiasing)
    context = QgsRenderContext.fromQPainter(painter)
    painter.translate(20, 20)
    painter.scale(dots_per_mm, dots_per_mm)
    context.setScaleFactor(1.0)
    legend.drawLegend(context)
    painter.end()
    pixels = canvas.constBits()
    pixels.setsize(canvas.height() * canvas.bytesPerLine())
    drawn = numpy.frombuffer(pixels, numpy.uint8).reshape(canvas.height(), canvas.bytesPerLine() // 4, 4)
    rows, columns = numpy.nonzero((drawn[:, :, :3] < 250).any(axis=2))
    legend_image = canvas.copy(0, 0, int(columns.max()) + 20, int(rows.max()) + 20)

    image = QImage(map_image.width() + legend_image.width() + 20,
                   max(map_image.height(), legend_image.height()), QImage.Format_ARGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.drawImage(0, 0, map_image)
    painter.drawImage(map_image.width() + 20, 0, legend_image)
    painter.end()
    path = demo.path("kaart_lagenbenadering.png")
    image.save(path, "PNG")


def step_street_in_time(demo):
    """The street in 2026 and in 2075 through the temporal filter: gas pipes leave, the warmtenet arrives."""
    from qgis.core import QgsDateTimeRange
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    names = ["netwerk_warmtenet_trace", "netwerk_bomen", "netwerk_kabels_leidingen", "netwerk_infiltratiekratten",
             "netwerk_reserveringen", "netwerk_geplande_werken", "netwerk_stoepranden", "netwerk_straatassen"]
    crossing = QgsRectangle(201110, 505105, 201290, 505229)  # the Hoofdweg x Schoolstraat crossing, 180 m wide
    for year in (2026, 2075):
        layers = demo.layers(names)
        year_range = QgsDateTimeRange(QDateTime(QDate(year, 1, 1), QTime(0, 0)),
                                      QDateTime(QDate(year, 12, 31), QTime(23, 59, 59)))
        path = demo.render(layers, crossing, "kaart_straat_{}.png".format(year), temporal_range=year_range)
        _caption(path, "Hoofdweg x Schoolstraat, {}".format(year))


def step_import_klic(demo):
    """Import two KLIC deliveries (the IMKL 1.2 and IMKL 2.0 test deliveries) into analysis-ready layers."""
    fixtures = ROOT / "tests" / "fixtures" / "imkl"
    result = demo.run("ondergrond:importklic", {
        "INPUT": [str(fixtures / "26X000001_1"),
                  str(fixtures / "26X000002_1" / "GI_gebiedsinformatielevering_26X000002_1_V2.xml")],
        "OUTPUT": demo.path("klic_kabels_leidingen.gpkg"), "OUTPUT_POINTS": demo.path("klic_leidingelementen.gpkg"),
        "OUTPUT_ZONES": demo.path("klic_zones.gpkg")})
    print("   deliveries {DELIVERIES}: {LINES} cables and pipes ({LINES_WITH_DEPTH} with a known depth), "
          "{POINTS} appurtenances, {ZONES} zones".format(**result))
    layers = [demo.styled(result["OUTPUT_POINTS"], "klic_points"), demo.styled(result["OUTPUT"], "klic_utilities"),
              demo.styled(result["OUTPUT_ZONES"], "klic_zones")]
    demo.render(layers, QgsRectangle(202980, 502985, 203170, 503045), "kaart_klic.png", size=(1600, 600))


def step_depth_band_suitability(demo):
    """Depth-band suitability: per function and depth band suitable / conditional / excluded, and why."""
    constraints = demo.subsurface_constraints()
    result = demo.run("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": constraints, "CELL_SIZE": 25, "OUTPUT": demo.path("geschiktheid_dieptelagen.gpkg"),
        "MATRIX": demo.path("geschiktheid_matrix.html"), "MATRIX_CSV": demo.path("geschiktheid_matrix.csv"),
        "MATRIX_PDF": demo.path("geschiktheid_matrix.pdf")})
    layer = demo.styled(result["OUTPUT"], "depthbandsuitability", "WKO open 30-100 m")
    layer.setSubsetString("\"function\" = 'wko open' AND \"band\" = '30-100'")
    print("   matrix: {}".format(result["MATRIX"]))
    demo.render([layer], layer.extent(), "kaart_geschiktheid_wko_30-100m.png")


def step_preference_ladder(demo):
    """Preference ladder (voorkeursladder): which function goes first per depth band where several fit."""
    constraints = demo.subsurface_constraints()
    result = demo.run("ondergrond:preferenceladder", {
        "CONSTRAINTS": constraints, "CELL_SIZE": 25, "OUTPUT": demo.path("voorkeursladder.gpkg"),
        "SUMMARY": demo.path("voorkeursladder_samenvatting.gpkg")})
    summary = QgsVectorLayer(result["SUMMARY"], "summary", "ogr")
    for row in summary.getFeatures():
        if not row["function"]:
            print("   {:<10} preferred function on {:>6.2f} km2, contested on {:>6.2f} km2".format(
                row["band"], row["preferred_m2"] / 1e6, row["contested_m2"] / 1e6))
    layer = demo.styled(result["OUTPUT"], "preferenceladder", "Voorkeursladder 30-100 m")
    layer.setSubsetString("\"band\" = '30-100'")
    demo.render([layer], layer.extent(), "kaart_voorkeursladder_30-100m.png")


def step_location_report(demo):
    """What can go where: a location report for the sample wells and a plot in the street."""
    constraints = demo.subsurface_constraints()
    result = demo.run("ondergrond:locationreport", {
        "LOCATIONS": demo.layer_uri("ondergrond_winputten"), "CONSTRAINTS": constraints,
        "NETWORK": [demo.layer_uri("netwerk_kabels_leidingen"), demo.layer_uri("netwerk_bomen")],
        "TABLE": demo.path("locatierapport_oordelen.gpkg"), "PRESENT": demo.path("locatierapport_aanwezig.gpkg"),
        "REPORT": demo.path("locatierapport.html"), "REPORT_PDF": demo.path("locatierapport.pdf")})
    print("   report: {}".format(Path(result["REPORT"]).name))


def step_reservation_check(demo):
    """4D reservation check of the planned warmtenet trace: conflicts, meekoppelkansen and the report."""
    result = demo.run("ondergrond:reservationcheck", {
        "TRACE": demo.layer_uri("netwerk_warmtenet_trace"),
        "OBSTACLES": demo.layer_uris(demo.STREET_OBSTACLES),
        "WORKS": [demo.layer_uri("netwerk_geplande_werken"), demo.layer_uri("netwerk_geplande_werken_vlak")],
        "CONSTRUCTION_YEAR": 2028,
        "CONFLICTS": demo.path("reservering_conflicten.gpkg"),
        "OPPORTUNITIES": demo.path("reservering_meekoppelkansen.gpkg"),
        "REPORT": demo.path("reservering_rapport.html"), "REPORT_PDF": demo.path("reservering_rapport.pdf"),
    })
    print("   {CONFLICT_COUNT} conflict stretches ({CLASH_COUNT} clashes), {OPPORTUNITY_COUNT} opportunities; "
          "report: reservering_rapport.html".format(**result))
    layers = [demo.styled(result["OPPORTUNITIES"], "reservation_opportunities", "meekoppelkansen"),
              demo.styled(result["CONFLICTS"], "reservation_conflicts", "conflicten")]
    layers += demo.layers(("netwerk_warmtenet_trace", "netwerk_bomen", "netwerk_kabels_leidingen",
                           "netwerk_reserveringen", "netwerk_stoepranden"))
    demo.render(layers, demo.STREET, "kaart_reservering_conflicten.png")


def step_esdl_design(demo):
    """An ESDL heat-network design (trace B) imported and checked against the street (KLIC-like cables, trees)."""
    sys.path.insert(0, str(ROOT / "sample_data"))
    import make_sample_data

    design = make_sample_data.write_esdl(demo.path("warmtenet_ontwerp_B.esdl"))
    imported = demo.run("ondergrond:importesdl", {
        "INPUT": str(design), "OUTPUT": demo.path("warmtenet_ontwerp_B.gpkg"),
        "OUTPUT_POINTS": demo.path("warmtenet_ontwerp_B_punten.gpkg")})
    print("   {TRACES} traces from {PIPES} ESDL pipes (supply and return paired)".format(**imported))
    result = demo.run("ondergrond:reservationcheck", {
        "TRACE": imported["OUTPUT"],
        "OBSTACLES": demo.layer_uris(demo.STREET_OBSTACLES),
        "CONFLICTS": demo.path("ontwerp_B_conflicten.gpkg"), "OPPORTUNITIES": demo.path("ontwerp_B_kansen.gpkg"),
        "REPORT": demo.path("ontwerp_B_rapport.html")})
    print("   {CONFLICT_COUNT} conflict stretches ({CLASH_COUNT} clashes); report: ontwerp_B_rapport.html".format(
        **result))
    layers = [demo.styled(result["CONFLICTS"], "reservation_conflicts", "conflicten ontwerp B"),
              demo.styled(imported["OUTPUT"], "netwerk_warmtenet_trace", "ontwerp B (ESDL)")]
    layers += demo.layers(("netwerk_bomen", "netwerk_kabels_leidingen", "netwerk_stoepranden"))
    demo.render(layers, demo.STREET, "kaart_ontwerp_B_conflicten.png")


def _protection_zones(demo, name, title, **parameters):
    """Drinking-water protection zones around the sample wells (regional flow 0.02 m/d towards 300 degrees)
    into <name>.gpkg, listed and drawn in kaart_<name>.png."""
    output = demo.path(name + ".gpkg")
    demo.run("ondergrond:drinkingwaterprotection", {
        "INPUT": demo.layer_uri("ondergrond_winputten"), "METHOD": 1, "REGIONAL_FLUX": 0.02,
        "FLOW_DIRECTION": 300, "OUTPUT": output, **parameters})
    zones = demo.styled(output, "drinkingwaterprotection", title)
    recharge = "RECHARGE" in parameters
    for zone in sorted(zones.getFeatures(), key=lambda f: f["travel_time_days"]):
        delay = "  delay {:>4.0f} d".format(zone["delay_days"]) if recharge else ""
        print("   {:<30} {:>8.0f} d  {:>7.2f} km2{}  {}".format(
            zone["zone"], zone["travel_time_days"], zone["area_m2"] / 1e6, delay, zone["well_ids"]))
    extent = zones.extent()
    extent.scale(1.1)
    demo.render([demo.layer("ondergrond_winputten"), zones], extent, "kaart_{}.png".format(name))


def step_drinking_water_protection(demo):
    """Drinking-water protection zones around the sample wells, with regional flow and a boringsvrije zone."""
    _protection_zones(demo, "drinkwaterbeschermingszones", "drinkwaterbeschermingszones",
                      PROTECTIVE_LAYER_DEPTH=45.0)


def step_bodemenergie(demo):
    """Ground-energy interference in Stadshagen: influence areas, interfering pairs, conflicts, free space."""
    paths = {key: demo.path(name) for key, name in (
        ("OUTPUT", "bodemenergie_invloedsgebieden.gpkg"), ("INTERFERENCE", "bodemenergie_interferentie.gpkg"),
        ("CONFLICTS", "bodemenergie_conflicten.gpkg"), ("FREE_SPACE", "bodemenergie_vrije_ruimte.tif"))}
    area = QgsRectangle(201300, 504950, 201950, 505500)
    result = demo.run("ondergrond:bodemenergie", {
        "WELLS": demo.layer_uri("bodemenergie_wko_bronnen"), "LOOPS": demo.layer_uri("bodemenergie_gesloten"),
        "CONSTRAINTS": [demo.layer_uri("ondergrond_boringsvrije_zone"), demo.layer_uri("ondergrond_ngr")],
        "YEAR": 2030, "NEW_VOLUME": 100000, "NEW_SCREEN_TOP": 40, "NEW_SCREEN_BOTTOM": 80, "CELL_SIZE": 5,
        "EXTENT": extent_text(area), **paths})
    print("   {INTERFERENCE_COUNT} interfering pair(s) in 2030, {CONFLICT_COUNT} conflict(s) with zones".format(
        **result))
    lines = demo.styled(paths["INTERFERENCE"], "bodemenergie_interference", "interferentie")
    for line in lines.getFeatures():
        print("   {:<7} {:<7} {:<18} {:>5.0f} m < {:>4.0f} m  {}".format(
            line["system_a"], line["system_b"], line["well_types"], line["distance_m"], line["required_m"],
            line["verdict"]))
    layers = [lines, demo.styled(paths["OUTPUT"], "bodemenergie", "invloedsgebieden"),
              demo.styled(paths["FREE_SPACE"], "bodemenergie_free_space", "vrije ruimte")]
    demo.render(layers, area, "kaart_bodemenergie.png", size=(1300, 1100))


def step_street_profile(demo):
    """Where does the warmtenet fit in the street's cross-section (ordeningsprofiel), in 2028 and in 2033?"""
    obstacles = demo.layer_uris(demo.STREET_OBSTACLES)
    for year in (2028, 2033):  # the gas pipes of the sample leave in 2025-2032
        result = demo.run("ondergrond:streetprofile", {
            "AXIS": demo.layer_uri("netwerk_straatassen"), "WIDTH_FIELD": "width_m", "OBSTACLES": obstacles,
            "YEAR": year,
            "DRAWING_STATIONS": "100", "SLOTS": demo.path("straatprofiel_{}_plekken.gpkg".format(year)),
            "BOTTLENECKS": demo.path("straatprofiel_{}_knelpunten.gpkg".format(year)),
            "PROFILE_CHECK": demo.path("straatprofiel_{}_buiten_profiel.gpkg".format(year)),
            "TRACE": demo.path("straatprofiel_{}_trace.gpkg".format(year)),
            "DRAWINGS": demo.path("straatprofiel_{}_dwarsprofielen".format(year))})
        print("   {}: fits at {FIT_COUNT} of {STATION_COUNT} stations, {BOTTLENECK_COUNT} bottleneck(s), "
              "{PROFILE_VIOLATION_COUNT} utility stretch(es) outside the profile, {DRAWING_COUNT} drawing(s)".format(
                  year, **result))
        layers = [demo.styled(result["SLOTS"], "streetprofile_slots", "plekken"),
                  demo.styled(result["TRACE"], "streetprofile_trace", "trace"),
                  demo.styled(result["BOTTLENECKS"], "streetprofile_bottlenecks", "knelpunten"),
                  demo.styled(result["PROFILE_CHECK"], "streetprofile_profilecheck", "buiten profiel")]
        layers += demo.layers(("netwerk_bomen", "netwerk_kabels_leidingen", "netwerk_reserveringen",
                               "netwerk_infiltratiekratten", "netwerk_stoepranden"))
        crossing = QgsRectangle(201130, 505110, 201270, 505200)  # Hoofdweg x Schoolstraat, 140 m wide
        path = demo.render(layers, crossing, "kaart_straatprofiel_{}.png".format(year), size=(1600, 1030))
        _caption(path, "Waar past het warmtenet? {}".format(year))


def step_legal_zones_and_nap(demo):
    """Import a small Omgevingswet publication (legal zones) and turn KLIC heights in m NAP into depths."""
    fixtures = ROOT / "tests" / "fixtures" / "legalzones"
    result = demo.run("ondergrond:importlegalzones", {"INPUT": [str(fixtures)],
                                                      "OUTPUT": demo.path("juridische_zones.gpkg")})
    print("   {ZONES} zones, {DUPLICATES} duplicate(s) dropped, {UNMAPPED} without a kind".format(**result))
    klic = demo.results.get("ondergrond:importklic", {}).get("OUTPUT")
    if klic:  # KLIC's DiepteNAP without ground level: level_nap_m (m NAP) -> depth below a 1.2 m NAP ground
        result = demo.run("ondergrond:naptodepth", {
            "INPUT": klic, "TOP_NAP_FIELD": "level_nap_m", "GROUND_LEVEL_VALUE": 1.2,
            "OUTPUT": demo.path("klic_diepte_uit_nap.gpkg")})
        print("   {CONVERTED} cable(s) or pipe(s) with a depth from m NAP".format(**result))


def step_drinking_water_recharge(demo):
    """The same wells in a phreatic aquifer: recharge 0.3 m/year shrinks the 25- and 100-year zones."""
    _protection_zones(demo, "drinkwaterbeschermingszones_aanvulling",
                      "drinkwaterbeschermingszones (aanvulling 0.3 m/jaar)", RECHARGE=0.3)


def step_export_maps(demo):
    """Council maps as PDF (ondergrond:exportmap): one per family, in the bundled print layouts."""
    uri = demo.layer_uri
    maps = []
    conflicts = demo.results.get("ondergrond:reservationcheck", {})
    if conflicts:
        maps.append(("kaart_raad_straat.pdf", 2, "Warmtenet Hoofdweg: conflicten en meekoppelkansen", demo.STREET, [
            conflicts["CONFLICTS"], conflicts["OPPORTUNITIES"], uri("netwerk_warmtenet_trace"), uri("netwerk_bomen"),
            uri("netwerk_kabels_leidingen"), uri("netwerk_reserveringen"), uri("netwerk_stoepranden")]))
    zones = demo.results.get("ondergrond:drinkingwaterprotection", {}).get("OUTPUT")
    if zones:
        maps.append(("kaart_raad_drinkwater.pdf", 5, "Drinkwaterbeschermingszones", None,
                     [uri("ondergrond_winputten"), zones]))
    suitability = demo.results.get("ondergrond:depthbandsuitability", {}).get("OUTPUT")
    if suitability:
        subset = "{}|subset=\"function\" = 'wko open' AND \"band\" = '30-100'".format(suitability)
        maps.append(("kaart_raad_geschiktheid_wko.pdf", 0, "Geschiktheid open WKO, 30-100 m", None,
                     [uri("ondergrond_wko_bestaand"), subset]))
    heat = demo.results.get("ondergrond:cumulationheatmap", {})
    if heat:
        maps.append(("kaart_raad_stapeling.pdf", 1, "Stapeling van claims op de ondergrond, 2035", None,
                     [heat["HOTSPOTS"], heat["OUTPUT"]]))
    for filename, template, title, extent, layers in maps:
        parameters = {"LAYERS": layers, "TEMPLATE": template, "TITLE": title,
                      "SOURCES": "Ondergrond voorbeelddata (fictief)", "OUTPUT": demo.path(filename),
                      "OUTPUT_PNG": demo.path(filename.replace(".pdf", ".png"))}
        if extent is not None:
            parameters["EXTENT"] = extent_text(extent)
        result = demo.run("ondergrond:exportmap", parameters)
        print("   {}: {} legend entries".format(filename, result["LEGEND_ENTRIES"]))


def step_layer_model(demo):
    """Subsurface layer model (REGIS II layout): import as polygons, and read directly by the suitability."""
    import numpy as np

    from ondergrond.core.layermodel import write_layer_model

    # A small synthetic model in the REGIS II / nlmod netCDF layout over the sample area (100 m cells, m NAP):
    # a Holocene cover, a Boxtel clay present in the north-west, Kreftenheye sand, a Drente clay in the
    # south-east, Peize-Waalre sand. (Real models: DINOloket / BRO REGIS II, or nlmod.)
    ncols, nrows, cell = 40, 30, 100.0
    x = 199000.0 + (np.arange(ncols) + 0.5) * cell
    y = 506000.0 - (np.arange(nrows) + 0.5) * cell
    gx, gy = np.meshgrid(np.arange(ncols) / ncols, np.arange(nrows) / nrows)
    top = (1.0 + 1.5 * gx).astype(np.float32)
    thickness = [np.full_like(top, 4.0), np.where(gx + gy < 0.9, 6.0 * (0.9 - gx - gy) / 0.9 + 1.0, 0.0),
                 25.0 + 10.0 * gy, np.where(gx + gy > 1.0, 12.0 * (gx + gy - 1.0), 0.0), np.full_like(top, 60.0)]
    bottoms = top - np.cumsum(np.round(np.stack(thickness) * 64) / 64, axis=0)
    model = demo.path("ondergrondmodel_regis.nc")
    write_layer_model(model, ["HLc", "BXk1", "KRz1", "DRGIk1", "PZWAz1"], x, y, top, bottoms.astype(np.float32))
    result = demo.run("ondergrond:importlayermodel", {"INPUT": model, "OUTPUT": demo.path("ondergrondmodel.gpkg")})
    layer = demo.styled(result["OUTPUT"], "importlayermodel", "kleilagen")
    layer.setSubsetString("\"kind\" = 'kleilaag'")
    print("   {} clay polygons (kleilaag), depths in m below the model's top".format(layer.featureCount()))
    demo.render([layer], QgsRectangle(199000, 503000, 203000, 506000), "kaart_ondergrondmodel_kleilagen.png")
    matrix = demo.run("ondergrond:depthbandsuitability", {
        "LAYER_MODEL": model, "CELL_SIZE": 100, "FUNCTIONS": "wko open,bodemenergie gesloten",
        "MATRIX": demo.path("geschiktheid_ondergrondmodel.html"),
        "MATRIX_CSV": demo.path("geschiktheid_ondergrondmodel.csv")})
    print("   matrix from the layer model read as grids: {}".format(matrix["MATRIX"]))


def step_cross_section(demo):
    """Cross-sections (dwarsdoorsnede): across the Hoofdweg in 2031, and through the deep subsurface (0-4000 m)."""
    section = Path(demo.path("doorsnede_lijnen.geojson"))
    section.write_text(
        '{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}}, '
        '"features": [{"type": "Feature", "properties": {"name": "A-A"}, "geometry": {"type": "LineString", '
        '"coordinates": [[201100, 505135], [201100, 505165]]}}]}', encoding="utf-8")
    result = demo.run("ondergrond:crosssection", {
        "SECTION": str(section), "YEAR": 2031, "DEPTH_MAX": 3, "CLEARANCE_TYPE": "warmte",
        "LAYERS": demo.layer_uris(("netwerk_kabels_leidingen", "netwerk_bomen", "netwerk_reserveringen",
                                   "netwerk_infiltratiekratten")),
        "OUTPUT": demo.path("doorsnede_hoofdweg.gpkg"), "DRAWING": str(demo.path("doorsnede_hoofdweg.png"))})
    print("   Hoofdweg: {COUNT} item(s) in the section".format(**result))
    deep = Path(demo.path("doorsnede_diep.geojson"))
    deep.write_text(section.read_text(encoding="utf-8").replace(
        "[[201100, 505135], [201100, 505165]]", "[[199000, 504000], [212000, 509000]]"), encoding="utf-8")
    result = demo.run("ondergrond:crosssection", {
        "SECTION": str(deep), "YEAR": 2031, "DEPTH_MAX": 4000, "BUFFER": 500, "LOG_DEPTH": True,
        "LAYERS": [demo.layer_uri(name) for name in (
            "ondergrond_aquifer", "ondergrond_boringsvrije_zone", "ondergrond_ngr", "ondergrond_breukzone",
            "ondergrond_zoutstructuur", "ondergrond_wko_bestaand", "ondergrond_geothermie_gepland")],
        "OUTPUT": demo.path("doorsnede_diep.gpkg"), "DRAWING": str(demo.path("doorsnede_diep.png"))})
    print("   deep subsurface: {COUNT} item(s) in the section".format(**result))


STEPS = [
    step_sample_data,
    step_check_fields,
    step_import_klic,
    step_street_map,
    step_reservation_check,
    step_street_profile,
    step_esdl_design,
    step_layer_template,
    step_lagenbenadering_map,
    step_street_in_time,
    step_drinking_water_protection,
    step_depth_band_suitability,
    step_preference_ladder,
    step_location_report,
    step_drinking_water_recharge,
    step_cumulation,
    step_bodemenergie,
    step_legal_zones_and_nap,
    step_export_maps,
    step_layer_model,
    step_cross_section,
]


def main(output):
    application, provider = headless.start_qgis()
    demo = Demo(output)
    for step in STEPS:
        print("== " + (step.__doc__ or step.__name__).strip().splitlines()[0])
        step(demo)
    print("\nOutputs ({} files) are in: {}".format(len(demo.written), demo.output))
    for path in demo.written:
        print("   " + Path(path).name)
    QgsApplication.processingRegistry().removeProvider(provider)
    application.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ROOT / "output" / "demo")
