"""The Processing provider: id ``ondergrond``, lists the algorithms."""

import configparser
from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithms.checkcanonicalfields import CheckCanonicalFields
from .algorithms.cumulationheatmap import CumulationHeatmap
from .algorithms.depthbandsuitability import DepthBandSuitability
from .algorithms.drinkingwaterprotection import DrinkingWaterProtection
from .algorithms.importklic import ImportKlic
from .algorithms.layertemplate import LayerTemplate
from .algorithms.reservationcheck import ReservationCheck
from .core.i18n import tr

PLUGIN_DIR = Path(__file__).resolve().parent
ICON = str(PLUGIN_DIR / "icons" / "ondergrond.svg")


def plugin_version() -> str:
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return metadata.get("general", "version", fallback="")


class OndergrondProvider(QgsProcessingProvider):
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
            CheckCanonicalFields(),
            CumulationHeatmap(),
            DepthBandSuitability(),
            DrinkingWaterProtection(),
            ImportKlic(),
            LayerTemplate(),
            ReservationCheck(),
        ):
            self.addAlgorithm(algorithm)
