"""Preference ladder (voorkeursladder): per depth band, which function comes first where several fit.

Thin: reads the same inputs as depth-band suitability (its ``read_inputs``), the ladder table, runs
``core.preference`` tile by tile into one zone raster band per depth band, polygonizes each band
and writes one feature per zone with the ladder's outcome, plus a summary table of areas.
"""

import os
import tempfile

from qgis.core import (
    QgsFeature,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from ..compat import make_fields
from ..core import preference as core
from ..core.canonical import UNBOUNDED
from ..core.suitability import verdict_label
from ..core.tables import TableError
from . import zones
from .base import progress
from .depthbandsuitability import RULES_DIR, DepthBandSuitability
from .io import core_error

DEFAULT_LADDER = RULES_DIR / "voorkeursladder.csv"
OUTPUT_FIELDS = (("band", "string"), ("band_top_m", "double"), ("band_bottom_m", "double"),
                 ("preferred", "string"), ("preferred_verdict", "string"), ("competing", "string"),
                 ("excluded", "string"), ("context", "string"), ("reasons", "string"), ("area_m2", "double"))
SUMMARY_FIELDS = (("band", "string"), ("band_top_m", "double"), ("band_bottom_m", "double"),
                  ("function", "string"), ("preferred_m2", "double"), ("possible_m2", "double"),
                  ("contested_m2", "double"))


def _bottom(band):
    return None if band.bottom == UNBOUNDED else band.bottom


class PreferenceLadder(DepthBandSuitability):
    LADDER = "LADDER"
    SUMMARY = "SUMMARY"

    def name(self):
        return "preferenceladder"

    def displayName(self):
        return self.tr("Preference ladder (voorkeursladder)")

    def shortHelpString(self):
        return self.tr(
            "Where several functions can use the subsurface in a depth band, which one comes first here, and "
            "which lose out? The verdicts (suitable, conditional, excluded) are those of Depth-band "
            "suitability with the same inputs; a ladder table then ranks the functions.\n\n"
            "<b>Ladder table</b> (CSV: context, rank, function, note, source). A context is a constraint kind "
            "(for example grondwaterbeschermingsgebied or ngr): its ladder applies in a band where a feature of "
            "that kind is present with a depth range overlapping the band. Where several contexts apply, the "
            "context listed first in the table wins; where none applies, the ladder of context * does. A "
            "context ladder need not list every function: those it leaves out follow in the order of the * "
            "ladder, then functions no ladder lists, in the order of the functions table. Rank 1 comes first; "
            "a rank is unique within its context.\n\n"
            "<b>Outputs.</b> Polygons per band and zone: preferred (the highest-ranked function that is not "
            "excluded there) and its verdict, competing (the other functions that are not excluded, in ladder "
            "order: where this is not empty, the weighing really happens), excluded, the context whose ladder "
            "applied, and the reasons: why each higher-ranked function is excluded and why the preferred one "
            "is possible, with the rules' public sources and the ladder's note. A function that does not reach "
            "a band plays no part there. The summary table gives per band and function the area where it is "
            "preferred, where it is possible, and where it is possible together with another function "
            "(contested); the row without a function holds the band's totals.\n\n"
            "<b>Default ladder</b> (rules/voorkeursladder.csv): in the drinking-water contexts (waterwingebied, "
            "grondwaterbeschermingsgebied, 100-jaarszone, boringsvrije zone, NGR, ASV) drinking water comes first "
            "(Drinkwaterwet art. 2; Nota Ruimte 2024: water en bodem sturend, protect the groundwater abstraction "
            "areas; DGDO regional sessions 2025: drinking water as a hard boundary). Elsewhere the network layer "
            "comes first in the street, and renewable use (ground energy, geothermal energy) before storage and "
            "finite extraction (Structuurvisie Ondergrond 2018, afwegingsprincipes). "
            "It is a starting point: a province sets its own ladder in its omgevingsvisie or "
            "omgevingsverordening; copy the table and edit it.")

    def initAlgorithm(self, config=None):
        self.add_inputs()
        self.addParameter(QgsProcessingParameterFile(
            self.LADDER, self.tr("Ladder table (CSV: context, rank, function, note, source)"),
            QgsProcessingParameterFile.Behavior.File, "csv", str(DEFAULT_LADDER), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Preferred function per depth band"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Preference ladder summary (areas per band and function)"),
            QgsProcessing.SourceType.TypeVector, optional=True, createByDefault=True))

    def processAlgorithm(self, parameters, context, feedback):
        suit, crs = self.read_inputs(parameters, context, feedback)
        ladder_path = self.parameterAsFile(parameters, self.LADDER, context) or str(DEFAULT_LADDER)
        try:
            ladder = core.read_ladder(ladder_path, suit.functions)
        except TableError as error:
            raise core_error(error) from None
        if not ladder.has_default:
            feedback.pushWarning(self.tr(
                "The ladder table has no ladder for context '*': where none of its contexts is present, no "
                "function is preferred."))
        absent = [c for c in ladder.specific_contexts
                  if core.kind_key(c) not in {core.kind_key(k) for k in suit.constraints.kinds}]
        if absent:
            feedback.pushInfo(self.tr("No constraint has the kind of these ladder contexts, so their ladders do "
                                      "not apply: {contexts}.").format(contexts=", ".join(absent)))
        ranked = core.PreferenceLadder(suit, ladder)

        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, make_fields(OUTPUT_FIELDS),
                                             QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        with tempfile.TemporaryDirectory(prefix="ondergrond_ladder_") as folder:
            raster = zones.zone_raster(suit.grid, crs, os.path.join(folder, "ladder.tif"), len(ranked.bands),
                                       ranked.run(progress(feedback, 0.0, 50.0)), feedback)
            self._write_zones(raster, ranked, sink, feedback, parameters)
            raster = None

        summary_id = self._write_summary(parameters, context, ranked)
        self.style_output(context, dest_id, "preferenceladder")
        return {self.OUTPUT: dest_id, self.SUMMARY: summary_id}

    def _write_zones(self, dataset, ranked, sink, feedback, parameters):
        for index, state in enumerate(ranked.bands):
            band = state.band
            attributes = {}
            batch = []
            for zone, geometry, area in zones.polygons(dataset, index, feedback):
                if zone not in attributes:
                    outcome = ranked.outcome(state, zone)
                    verdict = outcome["preferred_verdict"]
                    attributes[zone] = [
                        band.label, band.top, _bottom(band), outcome["preferred"],
                        verdict_label(verdict) if verdict else None,
                        ", ".join(outcome["competing"]), ", ".join(outcome["excluded"]), outcome["context"],
                        ranked.reasons_text(outcome)]
                feature = QgsFeature()
                feature.setGeometry(geometry)
                feature.setAttributes(attributes[zone] + [area])
                batch.append(feature)
            self.write(sink, batch, parameters, self.OUTPUT)
            feedback.setProgress(50.0 + 50.0 * (index + 1) / len(ranked.bands))

    def _write_summary(self, parameters, context, ranked):
        sink, dest_id = self.parameterAsSink(parameters, self.SUMMARY, context, make_fields(SUMMARY_FIELDS),
                                             QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            return None
        features = []
        for band, per_function, preferred_any, contested in ranked.summary():
            fixed = [band.label, band.top, _bottom(band)]
            for function, (preferred, possible, contested_f) in per_function.items():
                feature = QgsFeature()
                feature.setAttributes(fixed + [function, preferred, possible, contested_f])
                features.append(feature)
            feature = QgsFeature()
            feature.setAttributes(fixed + [None, preferred_any, preferred_any, contested])
            features.append(feature)
        self.write(sink, features, parameters, self.SUMMARY)
        return dest_id
