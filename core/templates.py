"""The lagenbenadering data model: the canonical layer schemas of the Ondergrond template.

One source of truth for the template GeoPackage (``ondergrond:layertemplate``), the house style
(``styles/<layer>.qml``), the sample data and the tests. Plain data, no QGIS.

The three layers follow Nota Ruimte l.386-399 and DGDO figure 1 (domain.md, "The lagenbenadering"):
the ondergrond (water and soil system) steers the netwerklaag, which steers the occupatielaag.
Every layer is named with its layer as prefix (``ondergrond_*``, ``netwerk_*``, ``occupatie_*``).

Field conventions (design.md, "Public contract"): depth in metres below ground level, positive
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

# Default depth bands, m below ground level (domain.md, "Depth": 0-3 busy network layer,
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


# Building blocks, so a field means the same in every layer.
_NAME = Field(NAME, STRING, 120)
_STATUS = Field(STATUS, STRING, 20, STATUS_VALUES)
_SOURCE = Field(SOURCE, STRING, 254)
_TIME = (Field(VALID_FROM, INTEGER), Field(VALID_TO, INTEGER))
_VOLUME = (Field(TOP, REAL), Field(BOTTOM, REAL))
_PIPE = (Field(DEPTH, REAL), Field(DIAMETER, REAL))
_UTILITY = Field(UTILITY_TYPE, STRING, 40, IMKL_CODES)


def _kind(*values):
    return Field(KIND, STRING, 60, tuple(values))


def _layer(name, group, geometry, fields, title, description, depth=None):
    return LayerSchema(name, group, geometry, (_NAME, *fields, _STATUS, *_TIME, _SOURCE),
                       title, description, depth)


LAYERS = (
    # --- ondergrond: water- en bodemsysteem ---
    _layer("ondergrond_aquifers", ONDERGROND, "Polygon",
           (_kind("watervoerend pakket", "scheidende laag"), *_VOLUME),
           "Aquifers and aquitards", "Watervoerende pakketten en scheidende lagen (REGIS II).",
           "volume"),
    _layer("ondergrond_kleilagen", ONDERGROND, "Polygon",
           (_kind("beschermende kleilaag", "deklaag"), *_VOLUME),
           "Protective clay layers", "Beschermende kleilagen boven watervoerende pakketten.",
           "volume"),
    _layer("ondergrond_beschermingszones", ONDERGROND, "Polygon",
           (_kind("waterwingebied", "grondwaterbeschermingsgebied", "intrekgebied"),
            Field("travel_time_years", REAL), *_VOLUME),
           "Drinking-water protection zones",
           "Waterwingebied (~60 dagen), grondwaterbeschermingsgebied (25 jaar), intrekgebied (100 jaar).",
           "volume"),
    _layer("ondergrond_boringsvrije_zones", ONDERGROND, "Polygon",
           (*_VOLUME,),
           "Drilling-free zones",
           "Boringsvrije zone: boren of graven dieper dan top_m verboden of meldplichtig.",
           "volume"),
    _layer("ondergrond_grondwaterreserves", ONDERGROND, "Polygon",
           (_kind("NGR", "ASV"), *_VOLUME),
           "Groundwater reserves (NGR/ASV)",
           "Nationale Grondwaterreserves en aanvullende strategische voorraden.", "volume"),
    _layer("ondergrond_breuken", ONDERGROND, "LineString",
           (_kind("breuk", "vermoede breuk"), *_VOLUME),
           "Faults", "Breuken in de diepe ondergrond.", "volume"),
    _layer("ondergrond_zoutstructuren", ONDERGROND, "Polygon",
           (_kind("zoutkoepel", "zoutlaag"), *_VOLUME),
           "Salt structures", "Zoutkoepels en zoutlagen.", "volume"),
    _layer("ondergrond_archeologie", ONDERGROND, "Polygon",
           (_kind("hoge verwachting", "middelhoge verwachting", "lage verwachting", "monument"),
            *_VOLUME),
           "Archaeology", "Archeologische verwachtingen en monumenten.", "volume"),
    _layer("ondergrond_activiteiten", ONDERGROND, "Polygon",
           (_kind("open WKO", "gesloten WKO", "HTO", "geothermie", "zoutwinning", "opslag",
                  "gaswinning"), *_VOLUME),
           "Subsurface activities",
           "Gebruik van de ondergrond: bodemenergie, geothermie, winning en opslag.", "volume"),
    # --- netwerklaag ---
    _layer("netwerk_kabels_leidingen", NETWERK, "LineString",
           (_UTILITY, *_PIPE, Field("operator", STRING, 120)),
           "Cables and pipes", "Kabels en leidingen per IMKL-thema (KLIC).", "pipe"),
    _layer("netwerk_warmtenet", NETWERK, "LineString",
           (_UTILITY, *_PIPE),
           "Heat-network traces", "Tracés van warmtenetten (bestaand en gepland).", "pipe"),
    _layer("netwerk_reserveringen", NETWERK, "Polygon",
           (_kind("reservering", "leidingstrook", "corridor"), _UTILITY, *_VOLUME),
           "Reservations and corridors", "Ruimtereserveringen, leidingstroken en corridors.",
           "volume"),
    _layer("netwerk_bomen", NETWERK, "Point",
           (Field("species", STRING, 120), Field("crown_diameter_m", REAL), *_VOLUME),
           "Trees", "Bomen met kroondiameter; top_m/bottom_m is de wortelzone.", "volume"),
    _layer("netwerk_werkzaamheden", NETWERK, "Polygon",
           (_kind("rioolvervanging", "waterleidingvervanging", "herinrichting", "vergroening",
                  "infiltratievoorziening", "aanleg warmtenet"), *_VOLUME),
           "Planned works", "Geplande werkzaamheden in de straat (meekoppelkansen).", "volume"),
    # --- occupatielaag ---
    _layer("occupatie_grondgebruik", OCCUPATIE, "Polygon",
           (_kind("wonen", "werken", "landbouw", "recreatie", "natuur", "water", "verkeer"),),
           "Land use", "Grondgebruik: wonen, werken, landbouw, recreatie."),
    _layer("occupatie_ontwikkelingen", OCCUPATIE, "Polygon",
           (_kind("woningbouw", "bedrijventerrein", "energie", "natuurontwikkeling",
                  "herstructurering"),),
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
    """The keuze status code of a field value: NULL/empty -> gemaakt; 'te_maken' == 'te maken'.

    ValueError for anything else, naming the allowed values.
    """
    if value is None:
        return STATUS_MADE
    text = " ".join(str(value).replace("_", " ").split()).lower()
    if text.endswith(" keuze"):  # "te maken keuze", "gemaakte keuze"
        text = text[: -len(" keuze")]
    if not text or text in ("null", "gemaakte"):
        return STATUS_MADE
    if text in STATUS_VALUES:
        return text
    raise ValueError(tr("status '{value}' is not one of: {allowed}").format(
        value=value, allowed=", ".join(STATUS_VALUES)))


def depth_band_label(top: float, bottom: float) -> str:
    """'0-3 m' style label of a depth band (no translation needed: numbers and unit)."""
    return f"{top:g}-{bottom:g} m"
