"""The Processing provider: id ``ondergrond``, lists the algorithms."""

import configparser

from qgis.core import QgsApplication, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithms.bodemenergie import Bodemenergie
from .algorithms.checkcanonicalfields import CheckCanonicalFields
from .algorithms.crosssection import CrossSection
from .algorithms.cumulationheatmap import CumulationHeatmap
from .algorithms.depthbandsuitability import DepthBandSuitability
from .algorithms.drinkingwaterprotection import DrinkingWaterProtection
from .algorithms.exportmap import ExportMap
from .algorithms.importesdl import ImportEsdl
from .algorithms.importklic import ImportKlic
from .algorithms.importlayermodel import ImportLayerModel
from .algorithms.importlegalzones import ImportLegalZones
from .algorithms.layertemplate import LayerTemplate
from .algorithms.locationreport import LocationReport
from .algorithms.naptodepth import NapToDepth
from .algorithms.preferenceladder import PreferenceLadder
from .algorithms.reservationcheck import ReservationCheck
from .algorithms.streetprofile import StreetProfile
from .core import paths
from .core.i18n import tr

ICON = str(paths.ICON)
PLUGIN_DIR = paths.PLUGIN_DIR


def plugin_version() -> str:
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return metadata.get("general", "version", fallback="")


class OndergrondProvider(QgsProcessingProvider):
    def __init__(self):
        super().__init__()
        self._waiting = False

    def id(self):
        return "ondergrond"

    def name(self):
        return tr("Ondergrond")

    def longName(self):
        return tr("Ondergrond - spatial ordering of the subsurface")

    def icon(self):
        return QIcon(ICON)

    def svgIconPath(self):
        return ICON

    def versionInfo(self):
        return plugin_version()

    def loadAlgorithms(self):
        for algorithm in (
            Bodemenergie(),
            CheckCanonicalFields(),
            CrossSection(),
            CumulationHeatmap(),
            DepthBandSuitability(),
            DrinkingWaterProtection(),
            ExportMap(),
            ImportEsdl(),
            ImportKlic(),
            ImportLayerModel(),
            ImportLegalZones(),
            LayerTemplate(),
            LocationReport(),
            NapToDepth(),
            PreferenceLadder(),
            ReservationCheck(),
            StreetProfile(),
        ):
            self.addAlgorithm(algorithm)
        # The bundled models (models/*.model3) call these algorithms, so they can only be loaded once
        # this provider is in the registry: on the first load, wait for providerAdded and refresh.
        from .algorithms.models import bundled_models

        registry = QgsApplication.processingRegistry()
        if registry.providerById(self.id()) is self:
            for model in bundled_models():
                self.addAlgorithm(model)
        elif not self._waiting:
            self._waiting = True
            registry.providerAdded.connect(self._provider_added)

    def _provider_added(self, provider_id):
        if provider_id == self.id():
            self._stop_waiting()
            self.refreshAlgorithms()

    def _stop_waiting(self):
        if self._waiting:
            self._waiting = False
            QgsApplication.processingRegistry().providerAdded.disconnect(self._provider_added)

    def unload(self):
        self._stop_waiting()
