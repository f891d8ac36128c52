"""The "Lagenbenadering" menu entry and toolbar button: a template GeoPackage in three layer groups.

``add_to_project(path, project)`` is the headless core (testable without a desktop): it adds every
``occupatie_*``, ``netwerk_*`` and ``ondergrond_*`` layer of a GeoPackage to the project in three groups,
occupatie on top, netwerk, ondergrond at the bottom (the lagenbenadering, Nota Ruimte; DGDO figure 1),
each layer with its default style from the GeoPackage, or else the house style from styles/.
"""

import html
from pathlib import Path

from osgeo import ogr
from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from ..compat import adapt_3d_renderer, load_style
from ..core import templates
from ..core.i18n import tr
from ..core.paths import ICON, STYLES_DIR

GROUP_TITLES = {
    templates.OCCUPATIE: lambda: tr("Occupation layer"),
    templates.NETWERK: lambda: tr("Network layer"),
    templates.ONDERGROND: lambda: tr("Subsurface"),
}
# Within a group points are drawn over lines over areas.
GEOMETRY_ORDER = {"Point": 0, "LineString": 1, "Polygon": 2}
TEMPLATE_ORDER = {schema.name: index for index, schema in enumerate(templates.LAYERS)}


def group_title(group):
    return GROUP_TITLES[group]()


def lagenbenadering_layers(path):
    """{group: [layer names]} of the GeoPackage's layers that carry a lagenbenadering prefix.

    ValueError when the file cannot be opened or has no such layer.
    """
    try:
        dataset = ogr.Open(str(path))
    except RuntimeError:
        dataset = None
    if dataset is None:
        raise ValueError(tr("Cannot open {path} as a GeoPackage.").format(path=path))
    geometry_of = {}
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayerByIndex(index)
        flat = ogr.GT_Flatten(layer.GetGeomType())
        geometry_of[layer.GetName()] = ("Point" if flat in (ogr.wkbPoint, ogr.wkbMultiPoint) else
                                        "LineString" if flat in (ogr.wkbLineString, ogr.wkbMultiLineString)
                                        else "Polygon")
    dataset = None
    groups = {group: [] for group in templates.GROUPS}
    for name, geometry in geometry_of.items():
        group = templates.group_of(name)
        if group is not None:
            groups[group].append((GEOMETRY_ORDER[geometry], TEMPLATE_ORDER.get(name, len(TEMPLATE_ORDER)), name))
    if not any(groups.values()):
        raise ValueError(tr(
            "{path} has no layers named occupatie_*, netwerk_* or ondergrond_*. Create a template with "
            "'Lagenbenadering layer template' or rename your layers with these prefixes.").format(path=path))
    return {group: [name for _, _, name in sorted(entries)] for group, entries in groups.items()}


def load_styled_layer(path, name):
    """A layer of the GeoPackage with its default style; the house style when the file has none.

    The default style is loaded again explicitly: QGIS 3.22 restores the renderer of a GeoPackage's
    default style on opening but leaves its temporal settings switched off (cf. qgis/QGIS#42223).
    """
    layer = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
    if not layer.isValid():
        raise ValueError(tr("The layer {layer} in {path} cannot be read.").format(layer=name, path=path))
    stored_styles = layer.listStylesInDatabase()[0]  # styles of this layer in the GeoPackage
    loaded = stored_styles > 0 and layer.loadDefaultStyle()[1]
    qml = STYLES_DIR / "{}.qml".format(name)
    if loaded:
        adapt_3d_renderer(layer)  # a style stored by an older QGIS: its 3D point depths on this QGIS's axes
    elif qml.exists():
        load_style(layer, qml)
    from ..algorithms.depth3d import apply

    apply(layer)  # time on (3.22 leaves a GeoPackage style's off), elevation properties on 3.26+
    return layer


def add_to_project(path, project=None, root=None):
    """Add the GeoPackage's lagenbenadering layers to ``project`` in three groups; returns the groups.

    The groups are inserted at the top of ``root`` (default: the project's layer tree) in the order
    occupatie, netwerk, ondergrond, so the occupatie layer draws on top. Groups without layers are
    left out. Existing groups of the same name are reused (layers are added again).
    """
    project = project or QgsProject.instance()
    root = root or project.layerTreeRoot()
    layers_by_group = lagenbenadering_layers(path)
    added = {}
    position = 0
    for group in templates.GROUPS:
        names = layers_by_group[group]
        if not names:
            continue
        title = group_title(group)
        node = next((child for child in root.children()
                     if isinstance(child, QgsLayerTreeGroup) and child.name() == title), None)
        if node is None:
            node = root.insertGroup(position, title)
        for name in names:
            layer = load_styled_layer(path, name)
            project.addMapLayer(layer, False)
            node.addLayer(layer)
        added[group] = node
        position = root.children().index(node) + 1
    return added


def groups_in_order(root):
    """The lagenbenadering groups directly under ``root``, top first, as group keys."""
    titles = {group_title(group): group for group in templates.GROUPS}
    return [titles[child.name()] for child in root.children()
            if isinstance(child, QgsLayerTreeGroup) and child.name() in titles]


class LagenbenaderingGui:
    """Menu entry and toolbar button; created in the plugin's initGui, removed in unload."""

    def __init__(self, iface):
        self.iface = iface
        self.action = None

    def initGui(self):
        from qgis.PyQt.QtGui import QIcon

        from ..compat import QAction

        self.action = QAction(QIcon(str(ICON)), tr("Lagenbenadering"), self.iface.mainWindow())
        # Rich text, so Qt wraps the tooltip instead of eliding its middle.
        self.action.setToolTip("<p>{}</p>".format(html.escape(tr(
            "Add a lagenbenadering template (a new one, or an existing GeoPackage with occupatie_*, "
            "netwerk_* and ondergrond_* layers) to the map in three groups"))))
        self.action.triggered.connect(self.run)
        self.iface.addPluginToMenu(tr("&Ondergrond"), self.action)
        self.iface.addToolBarIcon(self.action)

    def unload(self):
        if self.action is not None:
            self.iface.removePluginMenu(tr("&Ondergrond"), self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None

    def run(self):
        from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox

        # An existing GeoPackage is opened through an Open dialog, a new template named through a Save dialog.
        question = QMessageBox(QMessageBox.Icon.Question, tr("Lagenbenadering"),
                               tr("Add an existing GeoPackage, or create a new empty template?"),
                               parent=self.iface.mainWindow())
        existing = question.addButton(tr("Open existing GeoPackage..."), QMessageBox.ButtonRole.AcceptRole)
        new = question.addButton(tr("New template..."), QMessageBox.ButtonRole.AcceptRole)
        question.addButton(QMessageBox.StandardButton.Cancel)
        question.exec()
        if question.clickedButton() is existing:
            path, _ = QFileDialog.getOpenFileName(
                self.iface.mainWindow(), tr("Lagenbenadering: open a GeoPackage"), "", tr("GeoPackage (*.gpkg)"))
        elif question.clickedButton() is new:
            path, _ = QFileDialog.getSaveFileName(
                self.iface.mainWindow(), tr("Lagenbenadering: name of the new template"), "",
                tr("GeoPackage (*.gpkg)"))
        else:
            return
        if not path:
            return
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        try:
            if not Path(path).exists():
                import processing

                processing.run("ondergrond:layertemplate", {"OUTPUT": path})
            add_to_project(path)
        except Exception as error:  # noqa: BLE001 - shown to the user, nothing to recover
            QMessageBox.warning(self.iface.mainWindow(), tr("Lagenbenadering"), str(error))
            return
        self.iface.messageBar().pushSuccess(tr("Lagenbenadering"), tr("{path} added in three groups.").format(
            path=path))
