"""The lagenbenadering data model: the canonical layer schemas of the Ondergrond template.

One source of truth for the template GeoPackage (``ondergrond:layertemplate``), the house style
(``styles/<layer>.qml``), the sample data and the tests. Plain data, no QGIS.

The three layers follow Nota Ruimte l.386-399 and DGDO regiosessies 2025, figure 1:
the ondergrond (water and soil system) steers the netwerklaag, which steers the occupatielaag.
Every layer is named with its layer as prefix (``ondergrond_*``, ``netwerk_*``, ``occupatie_*``).

Field conventions (README.md, the depth and time conventions): depth in metres below ground level, positive
downward, as ``top_m``/``bottom_m`` for a volume or ``depth_m`` (top of pipe) + ``diameter_m`` for a
cable or pipe; time as ``valid_from``/``valid_to`` (inclusive integer years, NULL = open-ended);
``status`` is the keuze status of Nota Ruimte l.1020-1022; ``utility_type`` holds the IMKL thema code.
"""

from dataclasses import dataclass, field
from typing import Optional, Tuple

from .canonical import BOTTOM, DEPTH, DIAMETER, TOP, VALID_FROM, VALID_TO
from .i18n import tr

# Field types, named after OGR's (the GeoPackage column types they become).
STRING, INTEGER, REAL = "String", "Integer", "Real"

# The three groups of the lagenbenadering, top to bottom as a planner reads the map (and the order
# of the groups in the QGIS layer tree): occupatie on top, the ondergrond at the bottom.
OCCUPATIE, NETWERK, ONDERGROND = "occupatie", "netwerk", "ondergrond"
GROUPS = (OCCUPATIE, NETWERK, ONDERGROND)

# Keuze status (Nota Ruimte l.1020-1022): gemaakte keuze / te maken keuze / te agenderen keuze.
# Drawn as solid / outline / hatched in every style. NULL counts as gemaakt (what is, is).
STATUS = "status"
STATUS_MADE, STATUS_TO_MAKE, STATUS_TO_AGENDA = "gemaakt", "te maken", "te agenderen"
STATUS_VALUES = (STATUS_MADE, STATUS_TO_MAKE, STATUS_TO_AGENDA)
# KLIC data carries the IMKL/INSPIRE currentStatus in the same column: a projected or planned pipe is a
# choice still to be made, a functional or disused one exists (gemaakt).
STATUS_SYNONYMS = {
    STATUS_TO_MAKE: ("te maken", "te_maken", "te maken keuze", "planned", "projected", "underconstruction"),
    STATUS_TO_AGENDA: ("te agenderen", "te_agenderen", "te agenderen keuze"),
}
# The same normalisation as a QGIS expression, for styles: 'gemaakt', 'te maken' or 'te agenderen'.
STATUS_EXPRESSION = "CASE {} ELSE 'gemaakt' END".format(" ".join(
    "WHEN lower(trim(\"status\")) IN ({}) THEN '{}'".format(", ".join("'{}'".format(v) for v in values), code)
    for code, values in STATUS_SYNONYMS.items()))

UTILITY_TYPE = "utility_type"
SOURCE = "source"
KIND = "kind"
NAME = "name"

# IMKL 2.0 thema codes (Geonovum IMKL waardelijst "Thema", as used in KLIC deliveries) with the
# line colour of the IMKL visualisation rules (Geonovum, IMKL Handreiking visualisatie,
# symbology/sld-kabelleiding.xml) and the abbreviation KLIC maps use. The colours are the KLIC
# convention, not colour-blind safe on their own: the styles add the abbreviation as a label.
IMKL_THEMES = (
    # code, abbreviation, colour, Dutch label
    ("buisleidingGevaarlijkeInhoud", "BGI", "#ff7f00", "Buisleiding gevaarlijke inhoud"),
    ("datatransport", "DT", "#00ff00", "Datatransport"),
    ("gasHogeDruk", "HD", "#ffaf3c", "Gas hoge druk"),
    ("gasLageDruk", "LD", "#ffd750", "Gas lage druk"),
    ("hoogspanning", "HS", "#ff0000", "Hoogspanning"),
    ("landelijkHoogspanningsnet", "ZHS", "#ff0000", "Landelijk hoogspanningsnet"),
    ("middenspanning", "MS", "#c80000", "Middenspanning"),
    ("laagspanning", "LS", "#960000", "Laagspanning"),
    ("petrochemie", "PC", "#b64a00", "(Petro)chemie"),
    ("rioolOnderOverOfOnderdruk", "RD", "#800080", "Riool onder over- of onderdruk"),
    ("rioolVrijverval", "VV", "#ba38a8", "Riool vrijverval"),
    ("warmte", "W", "#008080", "Warmte"),
    ("water", "WA", "#0000ff", "Water"),
    ("wees", "WS", "#000000", "Wees"),
    ("overig", "OV", "#000000", "Overig"),
)
IMKL_CODES = tuple(theme[0] for theme in IMKL_THEMES)
_IMKL_LABELS = {theme[0]: theme[3] for theme in IMKL_THEMES}


def imkl_label(code) -> str:
    """The Dutch name of an IMKL thema code for reports and legends ("gasLageDruk" -> "Gas lage druk");
    anything else (a tree, a reservation, an unknown code) as it is."""
    return _IMKL_LABELS.get(code, code) if isinstance(code, str) else code

# Default depth bands, m below ground level (0-3 busy network layer,
# 3-30 ondiepe ondergrond, 30-100 open WKO, 100 m DGDO edge, 500 m WKO-tool/TNO edge, deep).
DEPTH_BANDS = ((0.0, 3.0), (3.0, 30.0), (30.0, 100.0), (100.0, 500.0), (500.0, 1500.0),
               (1500.0, 4000.0))


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # STRING, INTEGER or REAL
    length: int = 0  # for strings; 0 = unlimited
    values: Tuple[str, ...] = ()  # the allowed codes, when the field is a code list


@dataclass(frozen=True)
class LayerSchema:
    """One template layer: its table name, lagenbenadering group, geometry and fields."""

    name: str
    group: str
    geometry: str  # "Point", "LineString" or "Polygon" (multi-geometries in the GeoPackage)
    fields: Tuple[Field, ...]
    title: str = ""  # English source text; translate with tr() where shown
    description: str = ""
    depth: Optional[str] = field(default=None)  # "volume" (top_m/bottom_m), "pipe" (depth_m) or None

    @property
    def field_names(self):
        return tuple(f.name for f in self.fields)

    def field(self, name):
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def temporal(self) -> bool:
        return VALID_FROM in self.field_names and VALID_TO in self.field_names

    @property
    def style(self) -> str:
        """Name of the QML in styles/ (without .qml)."""
        return self.name


# Building blocks, so a field means the same in every layer. Layer and field names follow the
# embedded sample data (sample_data/make_sample_data.py), so the sample GeoPackage is a filled-in template.
_NAME = Field(NAME, STRING, 120)
_STATUS = Field(STATUS, STRING, 20, STATUS_VALUES)
_SOURCE = Field(SOURCE, STRING, 254)
_TIME = (Field(VALID_FROM, INTEGER), Field(VALID_TO, INTEGER))
_VOLUME = (Field(TOP, REAL), Field(BOTTOM, REAL))
_PIPE = (Field(DEPTH, REAL), Field(DIAMETER, REAL))
_UTILITY = Field(UTILITY_TYPE, STRING, 40, IMKL_CODES)
# A claim on the subsurface (cumulation): footprint radius around a point/line, weight, effect radius.
_CLAIM = (Field("radius_m", REAL), Field("weight", REAL), Field("effect_radius_m", REAL))


def _kind(*values, name=KIND):
    return Field(name, STRING, 60, tuple(values))


def _layer(name, group, geometry, fields, title, description, depth=None, common=True):
    """A layer with its own fields followed by the shared ones (status, validity, source)."""
    if common:
        own = tuple(f for f in fields if f.name not in (STATUS, VALID_FROM, VALID_TO, SOURCE))
        fields = (*own, _STATUS, *_TIME, _SOURCE)
    return LayerSchema(name, group, geometry, tuple(fields), title, description, depth)


def _subsurface(name, geometry, kinds, title, description, extra=()):
    return _layer(name, ONDERGROND, geometry, (_NAME, _kind(*kinds), *_VOLUME, *extra, *_CLAIM),
                  title, description, "volume")


LAYERS = (
    # --- ondergrond: water- en bodemsysteem (bottom group) ---
    _subsurface("ondergrond_aquifer", "Polygon", ("aquifer", "scheidende laag"),
                "Aquifers and aquitards", "Watervoerende pakketten en scheidende lagen (REGIS II)."),
    _subsurface("ondergrond_kleilagen", "Polygon", ("beschermende kleilaag", "deklaag"),
                "Protective clay layers", "Beschermende kleilagen boven watervoerende pakketten."),
    _subsurface("ondergrond_beschermingszones", "Polygon",
                ("waterwingebied", "grondwaterbeschermingsgebied", "intrekgebied"),
                "Drinking-water protection zones",
                "Waterwingebied (~60 dagen), grondwaterbeschermingsgebied (25 jaar), intrekgebied (100 jaar).",
                (Field("travel_time_years", REAL),)),
    _subsurface("ondergrond_boringsvrije_zone", "Polygon", ("boringsvrije zone",),
                "Drilling-free zones",
                "Boringsvrije zone: boren of graven dieper dan top_m verboden of meldplichtig."),
    _subsurface("ondergrond_ngr", "Polygon", ("NGR", "ASV"),
                "Groundwater reserves (NGR/ASV)",
                "Nationale Grondwaterreserves en aanvullende strategische voorraden."),
    _subsurface("ondergrond_breukzone", "LineString", ("breukzone", "breuk"),
                "Faults", "Breuken en breukzones in de diepe ondergrond."),
    _subsurface("ondergrond_zoutstructuur", "Polygon", ("zoutstructuur", "zoutlaag"),
                "Salt structures", "Zoutpijlers, zoutkoepels en zoutlagen."),
    _subsurface("ondergrond_archeologie", "Polygon", ("archeologie", "monument"),
                "Archaeology", "Archeologische verwachtingen en monumenten."),
    _subsurface("ondergrond_wko_bestaand", "Point", ("bestaande WKO", "gesloten WKO", "HTO"),
                "Ground-energy systems", "Bestaande bodemenergiesystemen (WKO, BES, HTO)."),
    _subsurface("ondergrond_geothermie_gepland", "LineString", ("geothermie", "opslag", "zoutwinning"),
                "Planned deep activities", "Geplande diepe activiteiten: geothermie-doubletten, opslag."),
    _layer("ondergrond_winputten", ONDERGROND, "Point",
           (Field("well_id", STRING, 40), _NAME, Field("rate_m3_year", REAL), Field("thickness_m", REAL),
            Field("porosity", REAL), *_VOLUME),
           "Drinking-water wells", "Winputten: onttrekking (m3/jaar), pakketdikte (m), porositeit.",
           "volume"),
    # --- netwerklaag (middle group) ---
    _layer("netwerk_kabels_leidingen", NETWERK, "LineString",
           (Field("imkl_id", STRING, 120), _UTILITY, Field("network_operator", STRING, 120), *_PIPE,
            Field("street", STRING, 120)),
           "Cables and pipes", "Kabels en leidingen per IMKL-thema (KLIC).", "pipe"),
    _layer("netwerk_warmtenet_trace", NETWERK, "LineString",
           (Field("trace_id", STRING, 40), _NAME, _UTILITY, Field(DEPTH, REAL), Field("width_m", REAL),
            Field("height_m", REAL)),
           "Heat-network traces", "Tracés van warmtenetten (sleufbreedte en -hoogte in m).", "pipe"),
    _layer("netwerk_reserveringen", NETWERK, "Polygon",
           (_NAME, _kind("reservering", "leidingstrook", "corridor"), *_VOLUME),
           "Reservations and corridors", "Ruimtereserveringen, leidingstroken en corridors.", "volume"),
    _layer("netwerk_infiltratiekratten", NETWERK, "Polygon",
           (_NAME, _kind("infiltratiekratten", "wadi", "berging"), *_VOLUME),
           "Infiltration and storage", "Infiltratiekratten, wadi's en waterberging.", "volume"),
    _layer("netwerk_bomen", NETWERK, "Point",
           (Field("tree_id", STRING, 40), Field("species", STRING, 120), Field("crown_radius_m", REAL),
            Field("radius_m", REAL), *_VOLUME),
           "Trees", "Bomen: kroonstraal, wortelbeschermingsstraal (m); top_m/bottom_m: wortelzone.",
           "volume"),
    _layer("netwerk_geplande_werken", NETWERK, "LineString",
           (Field("work_id", STRING, 40), _kind("rioolvervanging", "waterleidingvervanging", "herinrichting",
                                                "vergroening", "aanleg warmtenet", name="work_type"),
            Field("description", STRING, 254)),
           "Planned works (lines)", "Geplande werkzaamheden langs een tracé (meekoppelkansen)."),
    _layer("netwerk_geplande_werken_vlak", NETWERK, "Polygon",
           (Field("work_id", STRING, 40), _kind("wadi", "herinrichting", "vergroening", "infiltratievoorziening",
                                                name="work_type"),
            Field("description", STRING, 254)),
           "Planned works (areas)", "Geplande werkzaamheden in een gebied (meekoppelkansen)."),
    _layer("netwerk_straatassen", NETWERK, "LineString",
           (_NAME, Field("width_m", REAL), _SOURCE), "Street centre lines", "Straatassen met profielbreedte (m).",
           common=False),
    _layer("netwerk_stoepranden", NETWERK, "LineString",
           (Field("street", STRING, 120), _SOURCE), "Kerbs", "Stoepranden.", common=False),
    # --- occupatielaag (top group) ---
    _layer("occupatie_landgebruik", OCCUPATIE, "Polygon",
           (_kind("wonen", "bedrijven", "landbouw", "recreatie", "natuur", "water", "verkeer", name="use"),
            _NAME),
           "Land use", "Grondgebruik: wonen, werken, landbouw, recreatie."),
    _layer("occupatie_planontwikkeling", OCCUPATIE, "Polygon",
           (_kind("woningbouw", "bedrijventerrein", "energie", "natuurontwikkeling", "herstructurering",
                  name="use"), _NAME),
           "Planned developments", "Geplande ruimtelijke ontwikkelingen."),
)

LAYER_BY_NAME = {layer.name: layer for layer in LAYERS}


def layer(name: str) -> LayerSchema:
    """The schema of one template layer; ValueError naming the known layers otherwise."""
    try:
        return LAYER_BY_NAME[name]
    except KeyError:
        raise ValueError(tr("'{name}' is not a template layer; known layers: {known}").format(
            name=name, known=", ".join(LAYER_BY_NAME))) from None


def layers_in_group(group: str):
    return tuple(layer for layer in LAYERS if layer.group == group)


def group_of(layer_name: str) -> Optional[str]:
    """The lagenbenadering group a layer name belongs to, from its prefix; None when it has none."""
    prefix = layer_name.split("_", 1)[0].lower()
    return prefix if prefix in GROUPS else None


def normalise_status(value) -> str:
    """The keuze status code of a field value, as STATUS_EXPRESSION reads it in the styles.

    NULL, empty, 'gemaakt', IMKL 'functional'/'disused' -> gemaakt; 'te_maken', 'planned', 'projected' ->
    te maken; 'te agenderen' -> te agenderen. ValueError for anything else, naming the allowed values.
    """
    if value is None:
        return STATUS_MADE
    text = str(value).strip().lower()
    for code, synonyms in STATUS_SYNONYMS.items():
        if text in synonyms:
            return code
    if text in ("", "null", "gemaakt", "gemaakte keuze", "functional", "disused"):
        return STATUS_MADE
    raise ValueError(tr("status '{value}' is not one of: {allowed}").format(
        value=value, allowed=", ".join(STATUS_VALUES)))


def depth_band_label(top: float, bottom: float) -> str:
    """'0-3 m' style label of a depth band (no translation needed: numbers and unit)."""
    return f"{top:g}-{bottom:g} m"
