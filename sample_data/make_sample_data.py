"""Write the embedded sample GeoPackage: a fictional but realistic area near Zwolle (EPSG:28992).

    python sample_data/make_sample_data.py [path]     (default: sample_data/ondergrond_sample.gpkg)

Deterministic: no randomness, so every run writes the same features. Two scales:
- the street ("Hoofdweg" x "Schoolstraat", a 400 m x 300 m block in Stadshagen-like new town) with
  cables and pipes in a standard street profile, trees, an infiltration crate field, a reserved
  corridor, planned works and a planned warmtenet trace;
- the region (17 km x 17 km around Zwolle) with a drinking-water well field, a boringsvrije zone,
  an NGR area, the WKO aquifer, a fault zone, a salt structure, archaeology, existing WKO systems
  and a planned geothermal doublet.
Every layer and field is documented in sample_data/README.md.
"""

import sys
from pathlib import Path

import shapely
from osgeo import ogr, osr

ogr.UseExceptions()
SOURCE = "fictief: Ondergrond voorbeelddata"

# --- the street -------------------------------------------------------------------------------
X0, X1 = 201000.0, 201400.0  # Hoofdweg runs west-east
Y_MAIN = 505150.0  # Hoofdweg centre line
X_SIDE = 201200.0  # Schoolstraat runs south-north
Y0, Y1 = 505000.0, 505300.0


def along_main(offset, x_from=X0, x_to=X1):
    """A line parallel to the Hoofdweg centre line, ``offset`` m to the north (negative: south)."""
    return shapely.LineString([(x_from, Y_MAIN + offset), (x_to, Y_MAIN + offset)])


def along_side(offset, y_from=Y0, y_to=Y1):
    """A line parallel to the Schoolstraat centre line, ``offset`` m to the east (negative: west)."""
    return shapely.LineString([(X_SIDE + offset, y_from), (X_SIDE + offset, y_to)])


# Standard street profile (cf. NEN 7171-1 practice, domain.md "Heat networks"): utility type,
# offset from the centre line (m), depth of the top of the pipe (m below ground), diameter (m),
# operator, valid_to (planned removal year) and status.
MAIN_PROFILE = [
    ("datatransport", 7.0, 0.6, 0.05, "KPN", None, "functional"),
    ("laagspanning", 6.5, 0.6, 0.05, "Enexis", None, "functional"),
    ("middenspanning", 6.0, 0.8, 0.1, "Enexis", None, "functional"),
    ("gasLageDruk", 5.5, 0.7, 0.125, "Enexis", 2032, "functional"),
    ("water", -6.5, 1.0, 0.16, "Vitens", None, "functional"),
    ("datatransport", -7.0, 0.6, 0.05, "Eurofiber", None, "functional"),
    ("gasLageDruk", -2.2, 0.7, 0.125, "Enexis", 2030, "functional"),
    ("gasHogeDruk", -2.5, 1.0, 0.2, "Gasunie", 2025, "functional"),  # removed before the warmtenet comes
    ("rioolVrijverval", 0.0, 2.0, 0.5, "Gemeente Zwolle", None, "functional"),
    ("laagspanning", -5.8, 0.6, 0.05, "Enexis", None, "functional"),
]
SIDE_PROFILE = [
    ("datatransport", 4.5, 0.6, 0.05, "KPN", None, "functional"),
    ("laagspanning", 4.0, 0.6, 0.05, "Enexis", None, "functional"),
    ("water", -4.5, 1.0, 0.11, "Vitens", None, "functional"),
    ("gasLageDruk", -4.0, 0.7, 0.11, "Enexis", 2031, "functional"),
    ("rioolVrijverval", 0.0, 2.2, 0.4, "Gemeente Zwolle", None, "functional"),
    ("warmte", 2.0, 0.9, 0.3, "Eneco", None, "planned"),
    ("middenspanning", 3.2, 1.0, 0.1, "Enexis", None, "functional"),
]


def cables_and_pipes():
    rows = []
    for street, profile, build in (("Hoofdweg", MAIN_PROFILE, along_main), ("Schoolstraat", SIDE_PROFILE, along_side)):
        for utility_type, offset, depth, diameter, operator, valid_to, status in profile:
            index = len(rows)
            rows.append({
                "geometry": build(offset),
                "imkl_id": "nl.imkl-VB{:04d}.{}".format(index, utility_type),
                "utility_type": utility_type,
                "network_operator": operator,
                # As in real KLIC data about a third has no depth: every third pipe here.
                "depth_m": None if index % 3 == 2 else depth,
                "diameter_m": diameter,
                "status": status,
                "valid_from": 2031 if status == "planned" else None,
                "valid_to": valid_to,
                "street": street,
                "source": SOURCE,
            })
    return rows


def trees():
    rows = []
    # A row along the south pavement of the Hoofdweg, and a tree strip in the carriageway's
    # parking lane west of the crossing (close to the planned trace).
    positions = [(x, Y_MAIN - 9.0) for x in range(201010, 201400, 20)]
    positions += [(x, Y_MAIN - 4.5) for x in (201060.0, 201100.0, 201140.0)]
    for index, (x, y) in enumerate(positions):
        crown = 3.0 + (index % 3)
        rows.append({
            "geometry": shapely.Point(x, y),
            "tree_id": "BOOM-{:03d}".format(index + 1),
            "species": ("Tilia cordata", "Platanus x hispanica", "Quercus robur")[index % 3],
            "crown_radius_m": crown,
            # Root protection (Liander after CROW 280): at least 2.5 m from the tree centre.
            "radius_m": 2.5,
            "top_m": 0.0,
            "bottom_m": 1.5,
            "valid_from": 1995,
            "valid_to": None,
            "source": SOURCE,
        })
    return rows


def volumes():
    crates = [{
        "geometry": shapely.box(201280, Y_MAIN - 3.5, 201320, Y_MAIN - 1.0),
        "name": "Infiltratiekratten Hoofdweg", "kind": "infiltratiekratten",
        "top_m": 0.4, "bottom_m": 1.2, "valid_from": 2024, "valid_to": None,
        "status": "gemaakt", "source": SOURCE,
    }]
    reservations = [{
        "geometry": shapely.box(X0, Y_MAIN + 7.5, X1, Y_MAIN + 9.5),
        "name": "Reservering kabeltracé 10 kV", "kind": "reservering",
        "top_m": 0.0, "bottom_m": 2.0, "valid_from": 2030, "valid_to": 2060,
        "status": "te maken", "source": SOURCE,
    }, {
        "geometry": shapely.box(X_SIDE + 5.0, Y0, X_SIDE + 7.0, Y1),
        "name": "Reservering glasvezel", "kind": "reservering",
        "top_m": 0.0, "bottom_m": 1.0, "valid_from": 2026, "valid_to": 2040,
        "status": "te agenderen", "source": SOURCE,
    }]
    return crates, reservations


def planned_works():
    return [
        {"geometry": along_main(0.0, 201000, 201250), "work_id": "W1", "work_type": "rioolvervanging",
         "description": "Vervanging gemengd riool Hoofdweg", "valid_from": 2029, "valid_to": 2029,
         "source": SOURCE},
        {"geometry": along_side(-4.5), "work_id": "W2", "work_type": "waterleidingvervanging",
         "description": "Vervanging waterleiding Schoolstraat", "valid_from": 2027, "valid_to": 2027,
         "source": SOURCE},
        {"geometry": shapely.box(201330, Y_MAIN - 30, 201380, Y_MAIN - 12), "work_id": "W3", "work_type": "wadi",
         "description": "Aanleg wadi speelveld", "valid_from": 2031, "valid_to": 2031, "source": SOURCE},
    ]


def warmtenet_trace():
    return [{
        "geometry": shapely.LineString(
            [(X0, Y_MAIN - 1.5), (X_SIDE - 1.5, Y_MAIN - 1.5), (X_SIDE - 1.5, Y1)]),
        "trace_id": "WN-1", "name": "Warmtenet Stadshagen tracé A", "utility_type": "warmte",
        "depth_m": 0.8, "width_m": 1.0, "height_m": 0.6, "valid_from": 2028, "valid_to": 2087,
        "status": "te maken", "source": SOURCE,
    }]


# --- an ESDL heat-network design for the street (written by write_esdl, not into the GeoPackage) --
# Tracé B: from a heat source at the west end along the north side of the Hoofdweg, with a branch north
# to a school; supply and return pipes 0.8 m apart, as the ESDL MapEditor draws a network.
ESDL_ROUTES = [
    ("Hoofdweg noord", "DN200", [(X0, Y_MAIN + 3.0), (X1 - 50.0, Y_MAIN + 3.0)]),
    ("Aansluiting school", "DN100", [(X1 - 100.0, Y_MAIN + 3.0), (X1 - 100.0, Y1 - 20.0)]),
]
ESDL_POINTS = [("Warmtebron Hoofdweg", "GenericProducer", (X0, Y_MAIN + 3.0), 5.0e6),
               ("Joint school", "Joint", (X1 - 100.0, Y_MAIN + 3.0), None),
               ("Basisschool", "HeatingDemand", (X1 - 100.0, Y1 - 20.0), 4.0e5)]


def write_esdl(path, commissioning="2029-01-01"):
    """The sample heat-network design as an ESDL file (WGS84 lat/lon, as the ESDL MapEditor writes it)."""
    rd, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    rd.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_wgs84 = osr.CoordinateTransformation(rd, wgs84)

    def lonlat(x, y):
        lon, lat, _z = to_wgs84.TransformPoint(x, y)
        return '<point xsi:type="esdl:Point" lon="{:.9f}" lat="{:.9f}"/>'.format(lon, lat)

    assets = []
    for number, (name, dn, coords) in enumerate(ESDL_ROUTES, start=1):
        for role, offset, carrier in (("", 0.0, "supply"), ("_ret", 0.8, "return")):
            points = [(x + (offset if coords[0][0] == coords[-1][0] else 0.0),
                       y + (offset if coords[0][1] == coords[-1][1] else 0.0)) for x, y in coords]
            if role:
                points = points[::-1]
            length = shapely.LineString(points).length
            assets.append(
                '<asset xsi:type="esdl:Pipe" id="pipe{n}{r}" name="{name}{r}" diameter="{dn}" length="{length:.3f}" '
                'commissioningDate="{date}T00:00:00.000000"><geometry xsi:type="esdl:Line">{points}</geometry>'
                '<port xsi:type="esdl:InPort" id="pipe{n}{r}_in" name="In" carrier="{carrier}"/>'
                '<port xsi:type="esdl:OutPort" id="pipe{n}{r}_out" name="Out" carrier="{carrier}"/></asset>'.format(
                    n=number, r=role, name=name, dn=dn, length=length, date=commissioning,
                    points="".join(lonlat(x, y) for x, y in points), carrier=carrier))
    for number, (name, kind, (x, y), power) in enumerate(ESDL_POINTS, start=1):
        point = lonlat(x, y).replace("<point ", "<geometry ")
        assets.append('<asset xsi:type="esdl:{kind}" id="asset{n}" name="{name}"{power}>{point}</asset>'.format(
            kind=kind, n=number, name=name, point=point,
            power="" if power is None else ' power="{:.1f}"'.format(power)))
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<esdl:EnergySystem '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:esdl="http://www.tno.nl/esdl" '
        'id="ondergrond-sample" name="Warmtenet Stadshagen trace B" '
        'description="{}"><instance xsi:type="esdl:Instance" id="instance" name="ontwerp">'
        '<area xsi:type="esdl:Area" id="area" name="Hoofdweg">{}</area></instance>'
        '<energySystemInformation xsi:type="esdl:EnergySystemInformation" id="info"><carriers '
        'xsi:type="esdl:Carriers" id="carriers"><carrier xsi:type="esdl:HeatCommodity" id="supply" name="Aanvoer" '
        'supplyTemperature="70.0"/><carrier xsi:type="esdl:HeatCommodity" id="return" name="Retour" '
        'returnTemperature="40.0"/></carriers></energySystemInformation></esdl:EnergySystem>\n').format(
        SOURCE, "".join(assets))
    Path(path).write_text(text, encoding="utf-8")
    return Path(path)


def streets():
    centre = [
        {"geometry": along_main(0.0), "name": "Hoofdweg", "width_m": 16.0, "source": SOURCE},
        {"geometry": along_side(0.0), "name": "Schoolstraat", "width_m": 10.0, "source": SOURCE},
    ]
    kerbs = [{"geometry": along_main(offset), "street": "Hoofdweg", "source": SOURCE} for offset in (-5.0, 5.0)]
    kerbs += [{"geometry": along_side(offset), "street": "Schoolstraat", "source": SOURCE} for offset in (-3.5, 3.5)]
    return centre, kerbs


# --- the region -------------------------------------------------------------------------------
def wells():
    rows = []
    # Well field "Schellerbroek" (fictional; a Vitens-sized field): 6 wells in a row, 150 m apart.
    for index in range(6):
        rows.append({"geometry": shapely.Point(199000 + 150 * index, 500500), "well_id": "SB-{}".format(index + 1),
                     "name": "Winning Schellerbroek", "rate_m3_year": 1_200_000.0, "thickness_m": 40.0,
                     "porosity": 0.30, "source": SOURCE})
    rows.append({"geometry": shapely.Point(207500, 508500), "well_id": "HW-1", "name": "Winning Hessenweg",
                 "rate_m3_year": 2_000_000.0, "thickness_m": 30.0, "porosity": 0.35, "source": SOURCE})
    return rows


def regional_layers():
    """name -> rows for the regional constraint and claim layers (kind, depths, weights, validity)."""
    def row(geometry, kind, top, bottom, weight=1.0, radius=0.0, effect=0.0, valid_from=None, valid_to=None,
            status="gemaakt", name=""):
        return {"geometry": geometry, "name": name, "kind": kind, "top_m": top, "bottom_m": bottom,
                "radius_m": radius, "weight": weight, "effect_radius_m": effect, "valid_from": valid_from,
                "valid_to": valid_to, "status": status, "source": SOURCE}

    return {
        "ondergrond_boringsvrije_zone": [row(
            shapely.box(197500, 499000, 202000, 502500), "boringsvrije zone", 45.0, None,
            name="Boringsvrije zone Schellerbroek (beschermende kleilaag op 45 m)")],
        "ondergrond_ngr": [row(
            shapely.Polygon([(205000, 496000), (211500, 496000), (211500, 503000), (207000, 504000)]),
            "NGR", 50.0, 250.0, weight=2.0, status="te maken", name="Nationale Grondwaterreserve (indicatief)")],
        "ondergrond_aquifer": [row(
            shapely.box(195500, 495500, 211500, 511500), "aquifer", 40.0, 140.0,
            name="Eerste watervoerend pakket (WKO)")],
        "ondergrond_breukzone": [row(
            shapely.LineString([(196000, 509000), (203000, 503500), (210500, 497500)]), "breukzone", 300.0, None,
            weight=1.0, radius=250.0, effect=250.0, name="Breukzone Zwolle-Dalfsen (fictief)")],
        "ondergrond_zoutstructuur": [row(
            shapely.Point(209000, 509500).buffer(1800, quad_segs=16), "zoutstructuur", 900.0, 4000.0,
            weight=2.0, name="Zoutpijler (fictief)")],
        "ondergrond_archeologie": [row(
            shapely.box(202300, 502100, 203900, 503300), "archeologie", 0.0, 3.0,
            name="Historische binnenstad (archeologische verwachting hoog)")],
        "ondergrond_wko_bestaand": [
            row(shapely.Point(x, y), "bestaande WKO", 40.0, 120.0, weight=1.0, radius=100.0, effect=150.0,
                valid_from=2008 + i, valid_to=2045 + i, name="WKO-systeem {}".format(i + 1))
            for i, (x, y) in enumerate([(201200, 505600), (201700, 505200), (202600, 504400),
                                         (203400, 503900), (204100, 506200), (200400, 503800)])],
        "ondergrond_geothermie_gepland": [row(
            shapely.LineString([(204500, 506500), (206200, 507300)]), "geothermie", 1800.0, 2600.0,
            weight=3.0, effect=1500.0, valid_from=2030, valid_to=2065, status="te maken",
            name="Geothermie doublet Zwolle-Oost (gepland)")],
        "occupatie_landgebruik": [
            {"geometry": shapely.box(200000, 504000, 203000, 507000), "use": "wonen", "name": "Stadshagen",
             "status": "gemaakt", "source": SOURCE},
            {"geometry": shapely.box(203000, 506000, 206000, 508500), "use": "bedrijven",
             "name": "Bedrijventerrein Voorst", "status": "gemaakt", "source": SOURCE},
            {"geometry": shapely.box(196000, 496000, 202000, 503000), "use": "landbouw", "name": "Buitengebied",
             "status": "gemaakt", "source": SOURCE},
        ],
        "occupatie_planontwikkeling": [
            {"geometry": shapely.box(200600, 506800, 201800, 507700), "use": "woningbouw",
             "name": "Nieuwbouwwijk Stadshagen-Noord", "status": "te maken", "valid_from": 2028, "valid_to": None,
             "source": SOURCE}],
    }


# --- ground energy (bodemenergie) in Stadshagen -----------------------------------------------
# Open systems (WKO doublets): system, name, screen top/bottom (m below ground), volume per season (m3),
# capacity (kW), valid from/to, warm well (x, y), cold well (x, y). Radii: r_th = sqrt(4.2 V / (2.8 pi H)).
WKO_SYSTEMS = [
    ("WKO-01", "Kantoorpand Hanzelaan", 40.0, 80.0, 150_000.0, 600.0, 2012, 2030, (202550, 504400), (202700, 504400)),
    ("WKO-02", "Ziekenhuis", 40.0, 100.0, 400_000.0, 1800.0, 2010, None, (201600, 505150), (201800, 505250)),
    # a small doublet whose wells stand too close (86 m < 3 r_th = 93 m) and near the hospital's warm well
    ("WKO-03", "Appartementen Stadshagen", 50.0, 80.0, 60_000.0, 250.0, 2018, None, (201450, 505120),
     (201520, 505170)),
    # screens in the second aquifer (110-140 m): near the hospital in plan, apart in depth
    ("WKO-04", "Scholencampus", 110.0, 140.0, 80_000.0, 300.0, 2021, None, (201700, 505300), (201850, 505420)),
    # planned after WKO-01 stops: close in plan, apart in time
    ("WKO-05", "Sporthal (gepland)", 40.0, 80.0, 100_000.0, 400.0, 2032, None, (202640, 504470), (202800, 504600)),
    # in the boringsvrije zone (protective clay at 45 m): the screens at 50-90 m pierce it
    ("WKO-06", "Tuinbouwbedrijf", 50.0, 90.0, 100_000.0, 400.0, 2015, None, (200800, 502200), (201000, 502200)),
]
# Closed systems: system, name, yearly energy (MWh), loop length (m), capacity (kW), valid from, (x, y).
LOOP_SYSTEMS = [("BES-{:02d}".format(i + 1), "Woning Zandhove {}".format(2 * i + 1), 10.0, 120.0, 8.0, 2022,
                 (200600 + 12 * i, 505800)) for i in range(6)]
LOOP_SYSTEMS.append(("BES-10", "Kindcentrum", 120.0, 150.0, 90.0, 2020, (201560, 505090)))


def bodemenergie():
    wells, loops = [], []
    for system, name, top, bottom, volume, capacity, first, last, warm, cold in WKO_SYSTEMS:
        for kind, (x, y) in (("warm", warm), ("koud", cold)):
            wells.append({"geometry": shapely.Point(x, y), "system_id": system, "name": name, "well_type": kind,
                          "volume_m3": volume, "screen_top_m": top, "screen_bottom_m": bottom,
                          "capacity_kw": capacity, "valid_from": first, "valid_to": last,
                          "status": "te maken" if first > 2026 else "gemaakt", "source": SOURCE})
    for system, name, energy, depth, capacity, first, (x, y) in LOOP_SYSTEMS:
        loops.append({"geometry": shapely.Point(x, y), "system_id": system, "name": name,
                      "energy_mwh_year": energy, "depth_m": depth, "capacity_kw": capacity, "valid_from": first,
                      "valid_to": None, "status": "gemaakt", "source": SOURCE})
    return wells, loops


# --- writing ----------------------------------------------------------------------------------
OGR_TYPES = {float: ogr.OFTReal, int: ogr.OFTInteger, str: ogr.OFTString}
# Fields that are integers (years) even when their first value is None.
YEAR_FIELDS = {"valid_from", "valid_to"}
REAL_FIELDS = {"depth_m", "diameter_m", "top_m", "bottom_m", "radius_m", "weight", "effect_radius_m",
               "rate_m3_year", "thickness_m", "porosity", "crown_radius_m", "width_m", "height_m",
               "volume_m3", "screen_top_m", "screen_bottom_m", "capacity_kw", "energy_mwh_year"}


def field_type(name, rows):
    if name in YEAR_FIELDS:
        return ogr.OFTInteger
    if name in REAL_FIELDS:
        return ogr.OFTReal
    value = next((row[name] for row in rows if row.get(name) is not None), "")
    return OGR_TYPES[type(value)]


def write_layer(dataset, name, rows, spatial_reference):
    geometry_type = {"Point": ogr.wkbPoint, "LineString": ogr.wkbLineString, "Polygon": ogr.wkbPolygon}[
        rows[0]["geometry"].geom_type]
    layer = dataset.CreateLayer(name, spatial_reference, geometry_type, options=["FID=fid"])
    names = [key for key in rows[0] if key != "geometry"]
    for field_name in names:
        layer.CreateField(ogr.FieldDefn(field_name, field_type(field_name, rows)))
    definition = layer.GetLayerDefn()
    for row in rows:
        feature = ogr.Feature(definition)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(row["geometry"])))
        for field_name in names:
            value = row.get(field_name)
            if value is None:
                feature.SetFieldNull(field_name)
            else:
                feature.SetField(field_name, value)
        layer.CreateFeature(feature)


def layers():
    centre, kerbs = streets()
    crates, reservations = volumes()
    result = {
        "netwerk_straatassen": centre,
        "netwerk_stoepranden": kerbs,
        "netwerk_kabels_leidingen": cables_and_pipes(),
        "netwerk_bomen": trees(),
        "netwerk_infiltratiekratten": crates,
        "netwerk_reserveringen": reservations,
        "netwerk_geplande_werken": [w for w in planned_works() if w["geometry"].geom_type == "LineString"],
        "netwerk_geplande_werken_vlak": [w for w in planned_works() if w["geometry"].geom_type == "Polygon"],
        "netwerk_warmtenet_trace": warmtenet_trace(),
        "ondergrond_winputten": wells(),
    }
    result.update(regional_layers())
    result["bodemenergie_wko_bronnen"], result["bodemenergie_gesloten"] = bodemenergie()
    return result


def build(path):
    path = Path(path)
    if path.exists():
        path.unlink()
    spatial_reference = osr.SpatialReference()
    spatial_reference.ImportFromEPSG(28992)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    for name, rows in layers().items():
        write_layer(dataset, name, rows, spatial_reference)
    dataset = None
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "ondergrond_sample.gpkg"
    print(build(target))
