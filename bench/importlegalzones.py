"""Benchmark ondergrond:importlegalzones on a generated STOP GIO of 20,000 Locaties.

    python bench/importlegalzones.py [n_locaties]

Ours: processing.run("ondergrond:importlegalzones") from the GIO GML to a GeoPackage (safe parse, GML
geometry, mapping to kinds, duplicates dropped, written). Native: OGR's GML driver reading the same
file into a GeoPackage (gdal.VectorTranslate = ogr2ogr). OGR finds no geometry in a GIO on its own, so
it gets the hand-written GFS template a user would have to write (Locatie as the feature class, its
geometry path); it gives the raw Locaties, duplicates included, without kinds. Both answers are
checked to agree: the same polygons and the same total area once the duplicates are taken out.
"""

import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<geo:GeoInformatieObjectVaststelling schemaversie="1.3.0" xmlns:geo="https://standaarden.overheid.nl/stop/imop/geo/"
 xmlns:basisgeo="http://www.geostandaarden.nl/basisgeometrie/1.0" xmlns:gml="http://www.opengis.net/gml/3.2">
<geo:vastgesteldeVersie><geo:GeoInformatieObjectVersie>
<geo:FRBRWork>/join/id/regdata/pv99/2025/bench</geo:FRBRWork>
<geo:locaties>
"""
TAIL = ("</geo:locaties></geo:GeoInformatieObjectVersie></geo:vastgesteldeVersie>"
        "</geo:GeoInformatieObjectVaststelling>\n")
GFS = """<GMLFeatureClassList>
  <GMLFeatureClass>
    <Name>Locatie</Name>
    <ElementPath>vastgesteldeVersie|GeoInformatieObjectVersie|locaties|Locatie</ElementPath>
    <GeomPropertyDefn><Name>geometrie</Name><ElementPath>geometrie|Geometrie|geometrie</ElementPath>
      <Type>MultiPolygon</Type></GeomPropertyDefn>
    <SRSName>urn:ogc:def:crs:EPSG::28992</SRSName>
    <PropertyDefn><Name>naam</Name><ElementPath>naam</ElementPath><Type>String</Type></PropertyDefn>
  </GMLFeatureClass>
</GMLFeatureClassList>
"""
NAMES = ("grondwaterbeschermingszone", "waterwingebied", "boringsvrije zone", "stiltegebied")


def ring(cx, cy, radius, n, clockwise=False):
    angles = [2 * math.pi * k / n for k in range(n)] + [0.0]
    if clockwise:
        angles = angles[::-1]
    return " ".join("{:.3f} {:.3f}".format(cx + radius * math.cos(a), cy + radius * math.sin(a)) for a in angles)


def polygon(cx, cy, radius, n, hole):
    text = ("<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>{}</gml:posList></gml:LinearRing>"
            "</gml:exterior>").format(ring(cx, cy, radius, n))
    if hole:
        text += "<gml:interior><gml:LinearRing><gml:posList>{}</gml:posList></gml:LinearRing></gml:interior>".format(
            ring(cx, cy, radius / 3, n // 2, clockwise=True))
    return text + "</gml:Polygon>"


def generate(path, n, vertices=100, duplicate_every=4):
    """n Locaties (every 5th with a hole, every 7th a MultiSurface of two), every 4th published twice.
    Returns (unique Locaties, duplicates)."""
    duplicates = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write(HEAD)
        for i in range(n):
            cx, cy = 20000 + (i % 200) * 1000.0, 300000 + (i // 200) * 1000.0
            if i % 7 == 0:
                geometry = '<gml:MultiSurface srsName="urn:ogc:def:crs:EPSG::28992">{}{}</gml:MultiSurface>'.format(
                    "<gml:surfaceMember>{}</gml:surfaceMember>".format(polygon(cx - 200, cy, 150, vertices, False)),
                    "<gml:surfaceMember>{}</gml:surfaceMember>".format(polygon(cx + 200, cy, 150, vertices, False)))
            else:
                geometry = polygon(cx, cy, 400, vertices, i % 5 == 0).replace(
                    "<gml:Polygon>", '<gml:Polygon srsName="urn:ogc:def:crs:EPSG::28992">', 1)
            locatie = ("<geo:Locatie><geo:naam>{} {}</geo:naam><geo:geometrie><basisgeo:Geometrie gml:id=\"id-{}\">"
                       "<basisgeo:id>{}</basisgeo:id><basisgeo:geometrie>{}</basisgeo:geometrie></basisgeo:Geometrie>"
                       "</geo:geometrie></geo:Locatie>\n").format(
                NAMES[i % len(NAMES)], i // len(NAMES), i, i, geometry)
            out.write(locatie)
            if i % duplicate_every == 0:
                out.write(locatie.replace('"id-{}"'.format(i), '"id-{}-again"'.format(i)))
                duplicates += 1
        out.write(TAIL)
    return n, duplicates


def main(n):
    import common  # first: QGIS headless settings

    application, provider = common.start_qgis()
    work = common.work_dir("bench_importlegalzones_")
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    from qgis.core import QgsVectorLayer

    gml = work / "GIO-bench.gml"
    (unique, duplicates), seconds = common.timed(generate, gml, n)
    print("generated {} Locaties + {} duplicates: {:.0f} MB in {:.1f} s".format(
        unique, duplicates, gml.stat().st_size / 1e6, seconds))

    from ondergrond.core import legalzones

    kernel_zones, kernel = common.timed(
        lambda: len(legalzones.read_legal_zones([gml], ROOT / "rules" / "legal_zone_kinds.csv").zones))

    result, ours = common.timed(common.run, "ondergrond:importlegalzones",
                                {"INPUT": [str(gml)], "OUTPUT": str(work / "ours.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"], "ours", "ogr")
    ours_area = sum(f.geometry().area() for f in layer.getFeatures())

    template = work / "locatie.gfs"
    template.write_text(GFS, encoding="utf-8")
    started = time.perf_counter()
    source = gdal.OpenEx(str(gml), gdal.OF_VECTOR,
                         open_options=["GFS_TEMPLATE={}".format(template), "EXPOSE_GML_ID=NO"])
    gdal.VectorTranslate(str(work / "native.gpkg"), source, format="GPKG", options=["-nlt", "MULTIPOLYGON"])
    source = None
    native = time.perf_counter() - started
    native_dataset = ogr.Open(str(work / "native.gpkg"))
    native_layer = native_dataset.GetLayer(0)
    native_count = native_layer.GetFeatureCount()
    seen, native_area = set(), 0.0
    for feature in native_layer:
        geometry = feature.GetGeometryRef()
        key = bytes(geometry.ExportToWkb())
        if key not in seen:
            seen.add(key)
            native_area += geometry.GetArea()

    print("ours:   {:.1f} s  ({} zones, {} duplicates dropped, {} without kind)".format(
        ours, result["ZONES"], result["DUPLICATES"], result["UNMAPPED"]))
    print("native: {:.1f} s  (OGR GML driver with a hand-written GFS template -> GeoPackage, {} raw Locaties, "
          "no kinds, duplicates kept)".format(native, native_count))
    assert result["ZONES"] == kernel_zones == unique and result["DUPLICATES"] == duplicates
    assert native_count == unique + duplicates and len(seen) == unique
    assert abs(ours_area - native_area) < 1e-6 * native_area, (ours_area, native_area)
    print("answers agree: {} polygons, total area {:.3f} km2 once duplicates are removed".format(
        unique, ours_area / 1e6))
    common.print_kernel("core.legalzones.read_legal_zones", kernel, native)
    common.print_ratio(native, ours)
    common.stop_qgis(application, provider, exit_qgis=False)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
