"""Benchmark ondergrond:importklic on a generated IMKL 2.0 delivery of 100,000 utility links.

    python bench/importklic.py [n_links]

Ours: processing.run("ondergrond:importklic") from the GI file to a GeoPackage (parse, resolve
links -> objects -> networks -> operators, match depth points, write). Native: loading the same GML
with QGIS's OGR GML driver alone (gdal.VectorTranslate = ogr2ogr, every feature class to a
GeoPackage) - which gives raw feature classes without the thema, operator or depth per line.
Both answers are checked to agree: the same number of lines and the same total length.
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

THEMES = [("datatransport", "Telecommunicatiekabel", "kabelDiameter"), ("laagspanning", "Elektriciteitskabel",
          "kabelDiameter"), ("water", "Waterleiding", "pipeDiameter"), ("gasLageDruk",
          "OlieGasChemicalienPijpleiding", "pipeDiameter"), ("warmte", "ThermischePijpleiding", "pipeDiameter"),
          ("rioolVrijverval", "Rioolleiding", "pipeDiameter")]
PREFIX = "us-net-common"
HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<gml:FeatureCollection gml:id="bench" xmlns:gml="http://www.opengis.net/gml/3.2"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:imkl="http://www.geostandaarden.nl/imkl/wibon" xmlns:net="http://inspire.ec.europa.eu/schemas/net/4.0"
 xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3"
 xmlns:us-net-common="http://inspire.ec.europa.eu/schemas/us-net-common/4.0">
"""


def generate(path, n_links, n_operators=20, depth_every=10):
    """A delivery: operators x themes networks, n_links links each with one cable object, depth points."""
    with open(path, "w", encoding="utf-8") as out:
        out.write(HEAD)
        for o in range(n_operators):
            code = "KL{:04d}".format(7000 + o)
            out.write('<gml:featureMember><imkl:Beheerder gml:id="nl.imkl-{c}._Beheerder"><imkl:bronhoudercode>{c}'
                      '</imkl:bronhoudercode><imkl:organisatie><imkl:Organisatie><imkl:naam>Netbeheerder {o}'
                      '</imkl:naam></imkl:Organisatie></imkl:organisatie></imkl:Beheerder></gml:featureMember>\n'
                      .format(c=code, o=o))
            for thema, _object, _diameter in THEMES:
                out.write('<gml:featureMember><imkl:Utiliteitsnet gml:id="nl.imkl-{c}.{t}"><imkl:thema xlink:href='
                          '"http://definities.geostandaarden.nl/imkl2015/id/waarde/Thema/{t}"/>'
                          '<imkl:standaardDieptelegging uom="urn:ogc:def:uom:OGC::m">0.6</imkl:standaardDieptelegging>'
                          '</imkl:Utiliteitsnet></gml:featureMember>\n'.format(c=code, t=thema))
        for i in range(n_links):
            code = "KL{:04d}".format(7000 + i % n_operators)
            thema, object_type, diameter = THEMES[i % len(THEMES)]
            x0, y0 = 200000 + (i % 300) * 7.0, 500000 + (i // 300) * 3.0
            net = "nl.imkl-{}.{}".format(code, thema)
            out.write(
                '<gml:featureMember><{p}:UtilityLink gml:id="nl.imkl-{c}.ul{i}"><net:inNetwork xlink:href="{n}"/>'
                '<net:centrelineGeometry><gml:LineString gml:id="g{i}" srsName="urn:ogc:def:crs:EPSG::28992" '
                'srsDimension="2"><gml:posList>{x0:.3f} {y0:.3f} {x1:.3f} {y0:.3f} {x1:.3f} {y1:.3f}</gml:posList>'
                '</gml:LineString></net:centrelineGeometry><net:fictitious>false</net:fictitious></{p}:UtilityLink>'
                '</gml:featureMember>\n'
                '<gml:featureMember><imkl:{o} gml:id="nl.imkl-{c}.obj{i}"><net:inNetwork xlink:href="{n}"/>'
                '<net:link xlink:href="nl.imkl-{c}.ul{i}"/><{p}:currentStatus xlink:href='
                '"http://inspire.ec.europa.eu/codelist/ConditionOfFacilityValue/functional"/>'
                '<{p}:validFrom>2001-01-01T00:00:00+01:00</{p}:validFrom><imkl:{d} uom="urn:ogc:def:uom:OGC::mm">110'
                '</imkl:{d}></imkl:{o}></gml:featureMember>\n'.format(
                    p=PREFIX, c=code, i=i, n=net, o=object_type, d=diameter, x0=x0, y0=y0, x1=x0 + 5.0,
                    y1=y0 + 1.0))
            if i % depth_every == 0:
                out.write(
                    '<gml:featureMember><imkl:DiepteTovMaaiveld gml:id="nl.imkl-{c}.d{i}"><imkl:dieptePeil '
                    'uom="urn:ogc:def:uom:OGC::m">0.8</imkl:dieptePeil><imkl:ligging><gml:Point gml:id="p{i}" '
                    'srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>{x:.3f} {y:.3f}</gml:pos></gml:Point>'
                    '</imkl:ligging><imkl:inNetwork xlink:href="{n}"/></imkl:DiepteTovMaaiveld>'
                    '</gml:featureMember>\n'.format(c=code, i=i, n=net, x=x0 + 2.5, y=y0))
        out.write("</gml:FeatureCollection>\n")
    # Total line length: 5 m + 1 m per link.
    return 6.0 * n_links


def main(n_links):
    import common  # first: QGIS headless settings

    application, provider = common.start_qgis()
    work = common.work_dir("bench_importklic_")
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    from qgis.core import QgsVectorLayer

    gml = work / "GI_gebiedsinformatielevering_BENCH_1_V2.xml"
    expected_length, seconds = common.timed(generate, gml, n_links)
    os.sync()  # the file on disk before timing: its write-back would run during the first reader only
    print("generated {} utility links: {:.0f} MB in {:.1f} s".format(n_links, gml.stat().st_size / 1e6, seconds))

    # Ours, the kernel alone (parse + resolve, no writing), for information.
    from ondergrond.core import klic

    kernel_lines, kernel = common.timed(lambda: len(klic.read_klic([gml]).lines))

    # Ours, end to end (processing.run, GeoPackage output).
    result, ours = common.timed(common.run, "ondergrond:importklic", {
        "INPUT": [str(gml)], "OUTPUT": str(work / "ours.gpkg"), "OUTPUT_POINTS": None, "OUTPUT_ZONES": None})
    ours_layer = QgsVectorLayer(result["OUTPUT"], "ours", "ogr")
    ours_length = sum(f.geometry().length() for f in ours_layer.getFeatures())

    # Native: the OGR GML driver alone (ogr2ogr), every feature class to a GeoPackage.
    started = time.perf_counter()
    gdal.VectorTranslate(str(work / "native.gpkg"), str(gml), format="GPKG")
    native = time.perf_counter() - started
    dataset = ogr.Open(str(work / "native.gpkg"))
    links = dataset.GetLayerByName("UtilityLink")
    native_count = links.GetFeatureCount()
    native_length = sum(feature.GetGeometryRef().Length() for feature in links)

    print("ours:   {:.1f} s  ({} lines, {} with depth, thema/operator/depth resolved)".format(
        ours, result["LINES"], result["LINES_WITH_DEPTH"]))
    print("native: {:.1f} s  (OGR GML driver -> GeoPackage, {} raw UtilityLink features, no joins)".format(
        native, native_count))
    assert result["LINES"] == native_count == n_links, (result["LINES"], native_count)
    assert abs(ours_length - native_length) < 1e-6 * expected_length
    assert abs(ours_length - expected_length) < 1e-6 * expected_length
    assert result["LINES_WITH_DEPTH"] == (n_links + 9) // 10
    print("answers agree: {} lines, total length {:.1f} m".format(native_count, native_length))
    assert kernel_lines == n_links
    common.print_kernel("core.klic.read_klic", kernel, native)
    common.print_ratio(native, ours)
    common.stop_qgis(application, provider, exit_qgis=False)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
