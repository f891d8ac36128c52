"""Screenshots of the subsurface in QGIS's own views, taken in the real QGIS desktop under Xvfb.

    python scripts/screenshots_3d.py [OUT_DIR [SHOT ...]]           QGIS on this machine (default: docs/, all)
    bash scripts/matrix.sh exec trixie python scripts/screenshots_3d.py /tmp/shots     QGIS 3.40 (chroot)

Starts ``xvfb-run qgis --code <this file>`` with a fresh profile that has this plugin (the working tree),
and inside QGIS, on the sample GeoPackage (built when missing):
- subsurface3d_street.png: the sample street's cables, pipes, trees and crates in the Subsurface 3D view;
- subsurface3d_deep.png: the deep claims (aquifer, WKO, salt structure, geothermal doublet, fault zone);
- elevation_profile_street.png (QGIS 3.26+): QGIS's Elevation Profile tool across the Hoofdweg, the line
  drawn with the tool's own "Capture Curve" map tool.
Writes OUT_DIR/screenshots_3d.json with what it saw (dialogs QGIS raised, scene state, timings). Every
modal dialog QGIS raises on the way is recorded there and closed, so a run never hangs on one.
Software OpenGL (Mesa llvmpipe) renders the 3D views: LIBGL_ALWAYS_SOFTWARE=1.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

INSIDE = "ONDERGROND_SHOTS_OUT"
# QGIS's --code runs the file's text without __file__: the outside run passes the repository root on
ROOT = Path(os.environ["ONDERGROND_ROOT"]) if os.environ.get("ONDERGROND_ROOT") else \
    Path(__file__).resolve().parent.parent
STREET = ["netwerk_kabels_leidingen", "netwerk_bomen", "netwerk_infiltratiekratten", "netwerk_reserveringen"]
STREET_EXTENT = (201070.0, 505125.0, 201150.0, 505175.0)
# with the WKO aquifer: the view draws it translucent (QGIS 3.26+), so the claims inside it show through
DEEP = ["ondergrond_aquifer", "ondergrond_wko_bestaand", "ondergrond_zoutstructuur", "ondergrond_geothermie_gepland",
        "ondergrond_breukzone"]
DEEP_EXTENT = (196000.0, 498000.0, 214000.0, 514000.0)
PROFILE_LINE = ((201110.0, 505141.0), (201110.0, 505159.0))  # across the Hoofdweg, south to north
PROFILE_TOLERANCE_M = 1.0


SHOTS = ("street", "deep", "profile")


def outside(out_dir, shots=SHOTS, timeout=180):
    """Run this file inside the QGIS desktop under Xvfb, one QGIS per shot; returns {shot: JSON report}."""
    return {shot: outside_one(out_dir, shot, timeout) for shot in shots}


def outside_one(out_dir, shot, timeout):
    sys.path.insert(0, str(ROOT / "scripts"))
    import headless

    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    profiles = headless.plugin_profile(tempfile.mkdtemp(prefix="ondergrond-shots-"))
    environment = headless.qgis_environment(profiles, LIBGL_ALWAYS_SOFTWARE="1", ONDERGROND_ROOT=str(ROOT),
                                            ONDERGROND_SHOT=shot, **{INSIDE: str(out_dir)})
    environment.pop("QT_QPA_PLATFORM", None)
    report = out_dir / "screenshots_3d_{}.json".format(shot)
    report.unlink(missing_ok=True)
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--nologo", "--noversioncheck",
               "--profiles-path", str(profiles), "--code", str(ROOT / "scripts" / "screenshots_3d.py")]
    process = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)
    try:
        output = process.communicate(timeout=timeout)[0]
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # xvfb-run, Xvfb and QGIS: the group this run started
        output = process.communicate()[0] + "\n(killed after {} s)".format(timeout)
    finally:
        shutil.rmtree(profiles, ignore_errors=True)
    (out_dir / "screenshots_3d_{}_qgis_output.txt".format(shot)).write_text(output, encoding="utf-8")
    if report.exists():
        return json.loads(report.read_text(encoding="utf-8"))
    return {"error": "no report (exit {})".format(process.returncode), "output": output[-3000:]}


# ---- inside QGIS ----------------------------------------------------------------------------------------

def inside():
    import traceback

    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QTimer

    out_dir = Path(os.environ[INSIDE])
    result = {"dialogs": [], "log": []}
    started = time.time()

    def log(text):
        result["log"].append("{:6.1f} s {}".format(time.time() - started, text))
        with (out_dir / "screenshots_3d_{}.log".format(os.environ["ONDERGROND_SHOT"])).open("a") as handle:
            handle.write(result["log"][-1] + "\n")

    def close_dialogs():
        """Record and close a modal dialog QGIS raised (a 3D view of an invalid extent, a CRS question)."""
        from qgis.PyQt.QtWidgets import QApplication, QDialog

        modal = QApplication.activeModalWidget()
        if modal is not None:
            text = modal.windowTitle()
            text += ": " + getattr(modal, "text", lambda: "")()
            result["dialogs"].append(text)
            log("closing dialog " + text)
            (modal.reject if isinstance(modal, QDialog) else modal.close)()

    watchdog = QTimer()
    watchdog.timeout.connect(close_dialogs)
    watchdog.start(1000)

    def finish():
        result["seconds"] = round(time.time() - started, 1)
        report = out_dir / "screenshots_3d_{}.json".format(os.environ["ONDERGROND_SHOT"])
        report.write_text(json.dumps(result, indent=1, default=str), encoding="utf-8")
        QgsApplication.exit(0)

    def main():
        try:
            run(result, out_dir, log)
        except Exception:  # noqa: BLE001 - reported in the JSON
            result["error"] = traceback.format_exc()
        finish()

    QTimer.singleShot(2000, main)
    QTimer.singleShot(int(float(os.environ.get("ONDERGROND_SHOTS_TIMEOUT", "240")) * 1000), finish)
    return watchdog  # keep it referenced


def wait(seconds, until=None):
    from qgis.core import QgsApplication

    end = time.time() + seconds
    while time.time() < end:
        QgsApplication.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.05)
    return False


def sample_gpkg():
    path = ROOT / "sample_data" / "ondergrond_sample.gpkg"
    if not path.exists():
        import importlib.util

        spec = importlib.util.spec_from_file_location("make_sample_data", ROOT / "sample_data" / "make_sample_data.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        path = Path(tempfile.mkdtemp()) / "ondergrond_sample.gpkg"
        module.build(path)
    return path


def show_layers(names, extent):
    from qgis.core import QgsProject, QgsRectangle
    from qgis.utils import iface

    from ondergrond.gui.lagenbenadering import load_styled_layer

    QgsProject.instance().removeAllMapLayers()
    gpkg = sample_gpkg()
    layers = [load_styled_layer(gpkg, name) for name in names]
    QgsProject.instance().addMapLayers(layers)
    QgsProject.instance().setCrs(layers[0].crs())
    iface.mapCanvas().setDestinationCrs(layers[0].crs())
    for _ in range(2):  # again after the canvas took its size (it keeps the scale when it resizes)
        iface.mapCanvas().setExtent(QgsRectangle(*extent))
        wait(1)
    iface.mapCanvas().refresh()
    iface.mapCanvas().waitWhileRendering()
    return layers


def grab(path):
    from qgis.PyQt.QtWidgets import QApplication
    from qgis.utils import iface

    iface.messageBar().clearWidgets()  # e.g. QGIS's "Open Sans font installation failed" (no network here)
    QApplication.processEvents()
    QApplication.primaryScreen().grabWindow(0).save(str(path))
    return str(path)


def view_3d(result, out_dir, log, key, names, extent):
    from qgis.utils import iface

    from ondergrond.compat import CAN_SET_UP_3D_VIEW
    from ondergrond.gui import subsurface3d

    show_layers(names, extent)
    log(key + ": layers loaded")
    action = iface.mainWindow().findChild(subsurface3d.QAction, "OndergrondSubsurface3D")
    before = set(subsurface3d.open_docks(iface))
    action.trigger()
    log(key + ": action triggered")
    opened = [dock for dock in subsurface3d.open_docks(iface) if dock not in before]
    view = subsurface3d.last_view() if CAN_SET_UP_3D_VIEW else None
    info = {"opened": bool(opened) or view is not None, "set_up": CAN_SET_UP_3D_VIEW}
    if view is not None:
        place_3d_window(view.canvas)
        scene_ready = wait(60, lambda: subsurface3d.scene_ready(view.canvas))
        info.update(scene_ready=scene_ready, **subsurface3d.describe(view))
        log(key + ": scene ready {}".format(scene_ready))
        wait(2)
    else:
        wait(15)
    info["screenshot"] = grab(out_dir / "subsurface3d_{}.png".format(key))
    result[key] = info


def place_3d_window(canvas):
    """The 3D view's window over the left part of the main window, the legend dock beside it in view."""
    from qgis.PyQt.QtWidgets import QApplication

    from ondergrond.gui import subsurface3d

    window = subsurface3d.view_window(canvas)
    if window is not None and window.isWindow():
        window.resize(1080, 760)
        window.move(230, 200)
        window.raise_()
    QApplication.processEvents()


def elevation_profile(result, out_dir, log):
    from qgis.core import QgsPointXY, QgsProject
    from qgis.PyQt.QtCore import QEvent, QPoint, QPointF, Qt
    from qgis.PyQt.QtGui import QMouseEvent
    from qgis.PyQt.QtWidgets import QApplication, QDockWidget
    from qgis.utils import iface

    from ondergrond.compat import HAS_ELEVATION_PROPERTIES, QAction

    if not HAS_ELEVATION_PROPERTIES:
        result["profile"] = {"skipped": "QGIS before 3.26 has no Elevation Profile tool"}
        return
    show_layers(STREET, STREET_EXTENT)
    before = set(iface.mainWindow().findChildren(QDockWidget))
    iface.mainWindow().findChild(QAction, "mActionElevationProfile").trigger()
    wait(2)
    docks = [dock for dock in iface.mainWindow().findChildren(QDockWidget) if dock not in before and dock.isVisible()]
    log("profile: docks {}".format([dock.windowTitle() for dock in docks]))
    dock = docks[0]
    dock.setFloating(True)
    dock.resize(1100, 400)
    dock.move(480, 590)
    wait(1)
    capture = next(action for action in dock.findChildren(QAction) if action.text().replace("&", "").startswith(
        "Capture Curve"))
    capture.trigger()
    canvas = iface.mapCanvas()
    viewport = canvas.viewport()

    def click(point, button):
        pixel = canvas.getCoordinateTransform().transform(QgsPointXY(*point))
        position = QPointF(pixel.x(), pixel.y())
        for kind in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            event = QMouseEvent(kind, position, viewport.mapToGlobal(QPoint(int(pixel.x()), int(pixel.y()))),
                                Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else button,
                                button if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(viewport, event)
            wait(0.2)

    click(PROFILE_LINE[0], Qt.MouseButton.LeftButton)
    click(PROFILE_LINE[1], Qt.MouseButton.LeftButton)
    click(PROFILE_LINE[1], Qt.MouseButton.RightButton)
    wait(10)
    from qgis.gui import QgsElevationProfileCanvas

    profile_canvas = dock.findChild(QgsElevationProfileCanvas)
    info = {"dock": dock.windowTitle(), "layers": sorted(layer.name() for layer in
                                                         QgsProject.instance().mapLayers().values())}
    if profile_canvas is not None:
        # 1 m either side of the line (the tool's Tolerance setting): pipes crossing it show as short
        # segments at their depth (at tolerance 0 QGIS 3.40 drew nothing for them here)
        from qgis.PyQt.QtWidgets import QDoubleSpinBox

        spins = {spin.objectName(): spin.value() for spin in dock.findChildren(QDoubleSpinBox)}
        log("profile: spin boxes {}".format(spins))
        tolerance = next((spin for spin in dock.findChildren(QDoubleSpinBox) if "oleran" in spin.objectName()), None)
        if tolerance is not None:
            tolerance.setValue(PROFILE_TOLERANCE_M)
        profile_canvas.setTolerance(PROFILE_TOLERANCE_M)
        profile_canvas.refresh()
        wait(5)
        curve = profile_canvas.profileCurve()
        info["curve"] = curve.asWkt() if curve is not None else None
        wait(20, lambda: not profile_canvas.isDrawing() if hasattr(profile_canvas, "isDrawing") else False)
        profile_canvas.zoomFull()
        wait(3)
        info["visible_range"] = str(profile_canvas.visibleDepthRange() if hasattr(profile_canvas,
                                                                                  "visibleDepthRange") else "")
    info["screenshot"] = grab(out_dir / "elevation_profile_street.png")
    result["profile"] = info


def run(result, out_dir, log):
    from qgis.core import Qgis
    from qgis.utils import iface

    result["qgis"] = Qgis.version()
    iface.mainWindow().showMaximized()  # QGIS 3.40 opens a fresh profile's window small
    iface.mainWindow().resize(1600, 1000)
    wait(3)
    shot = os.environ["ONDERGROND_SHOT"]
    if shot == "street":
        view_3d(result, out_dir, log, "street", STREET, STREET_EXTENT)
    elif shot == "deep":
        view_3d(result, out_dir, log, "deep", DEEP, DEEP_EXTENT)
    else:
        elevation_profile(result, out_dir, log)


if os.environ.get(INSIDE):
    _WATCHDOG = inside()
elif __name__ == "__main__":
    print(json.dumps(outside(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs", tuple(sys.argv[2:]) or SHOTS),
                     indent=1))
