"""Ondergrond: spatial ordering of the Dutch subsurface, as QGIS Processing algorithms."""


def classFactory(iface):
    from .plugin import OndergrondPlugin

    return OndergrondPlugin(iface)
