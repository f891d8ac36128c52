"""Is the shapely that this QGIS loads good enough, and what should the user install if not?

QGIS-free and never raising: the plugin must load, and say what to do, whatever shapely it finds.
Shapely 2 is recognised by what it can do (``shapely.from_wkb``, the vectorised API), not by its
version string: Debian's shapely 2.2 reports ``0+unknown``.
"""

import platform
import re
import sys

# What the kernels call that shapely 1.8 lacks.
SHAPELY_2_FUNCTIONS = ("from_wkb", "to_wkb", "STRtree", "intersects", "get_coordinates")


def shapely_status():
    """``(ok, found)``: ok when shapely 2 is importable; found is its version text, or None if absent."""
    try:
        import shapely
    except Exception:  # ImportError, or a broken build raising OSError on its GEOS library
        return False, None
    found = str(getattr(shapely, "__version__", "") or "unknown")
    ok = all(callable(getattr(shapely, name, None)) for name in SHAPELY_2_FUNCTIONS)
    return ok, found


def version_tuple(text):
    """(2, 1, 2) from "2.1.2", (2, 2) from "2.2.0b1"-like texts; () when there is no leading number
    ("0+unknown" gives (0,)). Never raises."""
    match = re.match(r"\s*(\d+(?:\.\d+)*)", str(text or ""))
    return tuple(int(part) for part in match.group(1).split(".")) if match else ()


def os_release(path="/etc/os-release"):
    """{ID, VERSION_ID, ...} of a Linux system; {} when unknown."""
    values = {}
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                key, sep, value = line.strip().partition("=")
                if sep:
                    values[key] = value.strip().strip('"')
    except OSError:
        pass
    return values


def install_platform(system=None, release=None):
    """Which install advice fits this machine: "windows", "macos", "apt" (Debian 13+, Ubuntu 24.04+:
    the distribution's python3-shapely is shapely 2), "source" (Debian 12, older Ubuntu and other Linux:
    build shapely 2 against the system GEOS)."""
    system = system or (sys.platform if sys.platform in ("win32", "darwin") else platform.system().lower())
    if system in ("win32", "windows"):
        return "windows"
    if system in ("darwin", "macos"):
        return "macos"
    release = os_release() if release is None else release
    version = version_tuple(release.get("VERSION_ID", ""))
    if release.get("ID") == "ubuntu":
        return "apt" if version >= (24, 4) else "source"
    if release.get("ID") == "debian" and (version >= (13,) or not version):  # no VERSION_ID: testing/sid
        return "apt"
    return "source"
