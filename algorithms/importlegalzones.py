"""Import legal zones (Omgevingswet): STOP GIO / IMOW GML into constraint polygons with a canonical kind."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsWkbTypes,
)

from ..core import legalzones
from ..core.paths import RULES_DIR
from .base import OndergrondAlgorithm, check_canceled, progress
from .io import write_records

DEFAULT_MAPPING = RULES_DIR / "legal_zone_kinds.csv"
OUTPUT_FIELDS = (("kind", "string"), ("name", "string"), ("identifier", "string"), ("source_file", "string"),
                 ("top_m", "double"), ("bottom_m", "double"), ("status", "string"))


class ImportLegalZones(OndergrondAlgorithm):
    GROUP = "data"
    INPUT = "INPUT"
    MAPPING = "MAPPING"
    OUTPUT = "OUTPUT"
    ZONES = "ZONES"
    DUPLICATES = "DUPLICATES"
    UNMAPPED = "UNMAPPED"

    def name(self):
        return "importlegalzones"

    def displayName(self):
        return self.tr("Import legal zones (Omgevingswet)")

    def shortHelpString(self):
        return self.tr(
            "Reads the protection zones of an Omgevingswet publication (provincial omgevingsverordening, "
            "waterschapsverordening) into constraint polygons that Depth-band suitability and the Cumulation "
            "heatmap use directly.\n\n"
            "<b>Input.</b> The GML files of the publication's geographic information objects (STOP "
            "geo:GeoInformatieObjectVaststelling, GIO), their folder or the publication's ZIP, with its OW files "
            "(IMOW Gebied, Gebiedengroep, Gebiedsaanwijzing) when present. Every Locatie with an area becomes "
            "one polygon: gml:Polygon, Surface with PolygonPatches, MultiSurface, holes, and rings of curves "
            "(arcs and circles become straight segments of at most 1 degree). Coordinates must be RD New "
            "(EPSG:28992), as STOP prescribes for Dutch publications.\n\n"
            "<b>Kind.</b> The mapping table (CSV: pattern, kind, top_m, bottom_m, source) turns the "
            "publication's own names into the kinds of the rules table: a pattern is a regular expression, "
            "matched case-insensitively against the Locatie's name, the IMOW Gebied's noemer, the GIO group "
            "label and the name and value-list group of the Gebiedsaanwijzing that points at the area (by "
            "reference, or by equal name when the Gebiedengroep file is missing); the zone's own name first, "
            "each against the rows in table order. The bundled table maps e.g. Zeeland's "
            "'grondwaterbeschermingszone' to 'grondwaterbeschermingsgebied'; top_m and bottom_m (m below "
            "ground level) of the row are written to the zone (empty = from ground level, unbounded). A row "
            "with kind 'complement' marks Locaties that describe the area outside a zone ('buiten de "
            "boringsvrije zone ...'): they are left out. Names no row matches are written with an empty kind "
            "and listed with their counts: add a row to your copy of the table.\n\n"
            "<b>Duplicates.</b> A polygon identical to one already read with the same kind (some publications "
            "deliver every Locatie twice) is written once; the log counts the ones dropped.\n\n"
            "<b>Output.</b> Polygons with kind, name (the Locatie's own name), identifier (the IMOW Gebied "
            "identification, else the geometry id), source_file, top_m, bottom_m and status (keuze status: "
            "'gemaakt' for an adopted decision, 'te maken' for a draft).\n\n"
            "<b>Safety.</b> XML with a DOCTYPE or entity declarations is refused, as are files over 1 GB and "
            "ZIPs that expand beyond 4 GB, more than 200 times, or hold '..' or absolute paths; a ZIP is read "
            "in place, never extracted.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUT, self.tr("Publication (GIO GML files, their folder or ZIP)"),
            QgsProcessing.SourceType.TypeFile))
        self.addParameter(QgsProcessingParameterFile(
            self.MAPPING, self.tr("Mapping table (CSV: pattern, kind, top_m, bottom_m, source)"),
            QgsProcessingParameterFile.Behavior.File, "csv", str(DEFAULT_MAPPING), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Legal zones"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(self.ZONES, self.tr("Number of zones written")))
        self.addOutput(QgsProcessingOutputNumber(self.DUPLICATES, self.tr("Number of duplicate polygons dropped")))
        self.addOutput(QgsProcessingOutputNumber(self.UNMAPPED, self.tr("Number of zones without a kind")))

    def processAlgorithm(self, parameters, context, feedback):
        inputs = [path for path in self.parameterAsFileList(parameters, self.INPUT, context) if path]
        if not inputs:
            raise QgsProcessingException(self.tr(
                "Choose the GML files of a publication, their folder or the publication's ZIP."))
        mapping = self.parameterAsFile(parameters, self.MAPPING, context) or str(DEFAULT_MAPPING)

        try:
            data = legalzones.read_legal_zones(inputs, mapping, progress(feedback, 0.0, 80.0))
        except ValueError as error:  # LegalZoneError, TableError
            raise QgsProcessingException(str(error)) from None
        check_canceled(feedback)
        self._report(data, feedback)

        names = [name for name, _kind in OUTPUT_FIELDS]
        rows = [[zone[name] for name in names] for zone in data.zones]
        dest_id = write_records(self, parameters, context, feedback, self.OUTPUT, OUTPUT_FIELDS,
                                QgsWkbTypes.Type.MultiPolygon, [zone["geometry"] for zone in data.zones], rows,
                                progress(feedback, 80.0, 100.0))
        feedback.setProgress(100.0)
        return {self.OUTPUT: dest_id, self.ZONES: len(data.zones), self.DUPLICATES: sum(data.duplicates.values()),
                self.UNMAPPED: sum(data.unmapped.values())}

    def _report(self, data, feedback):
        gio = sum(1 for _label, role in data.files if role == "GIO")
        ow = sum(1 for _label, role in data.files if role == "OW")
        other = [label for label, role in data.files if role not in ("GIO", "OW")]
        feedback.pushInfo(self.tr("{gio} GIO file(s) and {ow} OW file(s) read; {locaties} Locatie(s) with an "
                                  "area.").format(gio=gio, ow=ow, locaties=data.locaties))
        if other:
            feedback.pushInfo(self.tr("{n} other XML file(s) not used (no GIO or OW content): {files}.").format(
                n=len(other), files=", ".join(other[:10]) + (" ..." if len(other) > 10 else "")))
        for kind, count in sorted(data.duplicates.items()):
            feedback.pushWarning(self.tr("{n} polygon(s) of '{kind}' are published twice with the same geometry; "
                                         "each is written once.").format(n=count, kind=kind))
        if data.complements:
            feedback.pushInfo(self.tr("{n} Locatie(s) describe the area outside a zone and are left out: "
                                      "{names}.").format(n=len(data.complements),
                                                         names="; ".join(sorted(set(data.complements)))))
        for name, count in sorted(data.unmapped.items()):
            feedback.pushWarning(self.tr("No kind for '{name}' ({n} zone(s)): written with an empty kind; add a "
                                         "row to the mapping table.").format(name=name, n=count))
        if data.no_geometry:
            feedback.pushWarning(self.tr("{n} Locatie(s) without an area skipped: {names}.").format(
                n=len(data.no_geometry), names="; ".join("{} ({})".format(name, file)
                                                         for file, name in data.no_geometry[:20])))
        if data.repaired:
            feedback.pushWarning(self.tr("{n} invalid polygon(s) repaired.").format(n=data.repaired))
        if data.curves:
            feedback.pushInfo(self.tr("{n} curve segment(s) (arcs, circles) turned into straight segments of at "
                                      "most 1 degree.").format(n=data.curves))
        kinds = {}
        for zone in data.zones:
            kinds[zone["kind"] or "-"] = kinds.get(zone["kind"] or "-", 0) + 1
        feedback.pushInfo(self.tr("{n} zone(s) written: {kinds}.").format(
            n=len(data.zones), kinds=", ".join("{} {}".format(count, kind) for kind, count in sorted(kinds.items()))))
        if not data.zones:
            feedback.pushWarning(self.tr("No zones found in this publication."))
