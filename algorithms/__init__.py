"""Processing algorithms: one per file, thin wrappers over the QGIS-free kernels in ``core``."""
