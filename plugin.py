"""The QGIS plugin: installs the translation and registers the Processing provider."""

from qgis.core import QgsApplication

from . import i18n
from .gui.lagenbenadering import LagenbenaderingGui
from .provider import OndergrondProvider


class OndergrondPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.lagenbenadering = None
        i18n.install()

    def initProcessing(self):
        self.provider = OndergrondProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self.initProcessing()
        self.lagenbenadering = LagenbenaderingGui(self.iface)
        self.lagenbenadering.initGui()

    def unload(self):
        if self.lagenbenadering is not None:
            self.lagenbenadering.unload()
            self.lagenbenadering = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        i18n.uninstall()
