"""The QGIS plugin: installs the translation and registers the Processing provider."""

from qgis.core import Qgis, QgsApplication

from . import i18n
from .gui.lagenbenadering import LagenbenaderingGui
from .gui.subsurface3d import Subsurface3DGui


class OndergrondPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.lagenbenadering = None
        self.subsurface3d = None
        self.shapely_warned = False
        i18n.install()

    def initProcessing(self):
        try:
            from .provider import OndergrondProvider
        except ImportError as error:  # no shapely at all: the plugin loads and says what to install
            if "shapely" not in str(error):
                raise
            return
        self.provider = OndergrondProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self.initProcessing()
        self.lagenbenadering = LagenbenaderingGui(self.iface)
        self.lagenbenadering.initGui()
        self.subsurface3d = Subsurface3DGui(self.iface)
        self.subsurface3d.initGui()
        self.warn_about_shapely()

    def warn_about_shapely(self):
        """Once per session: without shapely 2 the algorithms cannot run; say what to install."""
        from .algorithms.base import shapely_check

        ok, message = shapely_check()
        if ok or self.shapely_warned:
            return ok
        self.shapely_warned = True
        self.iface.messageBar().pushMessage("Ondergrond", message, Qgis.MessageLevel.Warning, 0)
        return ok

    def unload(self):
        if self.subsurface3d is not None:
            self.subsurface3d.unload()
            self.subsurface3d = None
        if self.lagenbenadering is not None:
            self.lagenbenadering.unload()
            self.lagenbenadering = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        i18n.uninstall()
