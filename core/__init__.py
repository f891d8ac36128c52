"""QGIS-free kernels of the Ondergrond plugin: numpy and shapely only, unit-testable without QGIS."""
