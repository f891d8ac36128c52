"""Subsurface layer models (REGIS II, nlmod, GeoTOP) from netCDF, as grids in m NAP and below ground.

Layouts read (with GDAL's netCDF driver, multidimensional API; no netCDF4/xarray needed):

* REGIS II (DINOloket/BRO) and nlmod: variables ``top`` and ``bot``/``botm``/``bottom`` in m NAP on
  dimensions (layer, y, x); ``top`` may also be 2-D (y, x), the model top (nlmod), in which case a
  layer's top is the bottom of the layer above. Unit codes are the values of the ``layer``
  coordinate; ``x``/``y`` hold cell centres in RD New (EPSG:28992), at a regular spacing.
* GeoTOP voxels: ``strat`` (stratigraphic unit number) and optionally ``lithok`` (lithoclass) on
  (x, y, z) in any order, ``z`` the voxel centres in m NAP. Each unit (with ``lithok``: each unit and
  lithoclass, code ``<unit>/<lithoclass>``, e.g. ``1100/2`` = Wormer clay) becomes a layer from the
  top of its highest voxel to the bottom of its lowest voxel in each column.

Absent layers: NaN, the file's fill value, or zero thickness. A layer whose bottom lies above its
top ("inverted") is counted and treated as absent, never fatal. Depths below ground level are
``ground - nap``; a top above ground level becomes 0 (counted), a layer wholly above ground level
is left out (counted).
"""

import fnmatch
import math
from dataclasses import dataclass, field

import numpy as np

from .i18n import tr
from .tables import TableError, read_table

BOTTOM_NAMES = ("botm", "bot", "bottom")
LAYER_DIM_NAMES = ("layer", "layers", "lay")
# Spacing of x/y may differ by this share of a cell before the grid counts as irregular.
REGULAR_TOLERANCE = 1e-3


class LayerModelError(ValueError):
    """A layer model that cannot be used; the message is written for a planner."""


# ----------------------------------------------------------------------------------------- kinds

@dataclass(frozen=True)
class KindRule:
    pattern: str
    kind: str
    name: str
    row: int


def read_kinds(path):
    """``layer_model_kinds.csv`` -> [KindRule]: ``code`` (a unit code or a pattern with * ? [...],
    case-sensitive as REGIS codes are), ``kind`` (may be empty), ``name`` (may be empty)."""
    rows = read_table(path, ("code",), optional=("kind", "name", "source"))
    rules = [KindRule(row["code"], row.get("kind", "") or "", row.get("name", "") or "", row["_row"])
             for row in rows]
    if not any(rule.kind for rule in rules):
        raise TableError(tr("Table {file} gives no kind in any row; fill in the column 'kind'.").format(
            file=str(path).replace("\\", "/").rsplit("/", 1)[-1]))
    return rules


def classify(code, rules):
    """(kind, name) of a unit code. A row with exactly this code decides alone; otherwise the kind is
    that of the first matching pattern row that gives one, and the name joins the names of all
    matching rows in table order ('Formatie van Boxtel, kleiige eenheid'). (None, '') when no row
    matches the code."""
    code = str(code)
    for rule in rules:
        if rule.pattern == code:
            return rule.kind, rule.name
    kind, names, matched = None, [], False
    for rule in rules:
        if rule.pattern == code or fnmatch.fnmatchcase(code, rule.pattern):
            matched = True
            if kind is None and rule.kind:
                kind = rule.kind
            if rule.name and rule.name not in names:
                names.append(rule.name)
    if not matched:
        return None, ""
    return kind or "", ", ".join(names)


# ----------------------------------------------------------------------------------------- model

@dataclass
class LayerModel:
    """Layers on a regular grid of square cells; rows run north to south as in a GeoTIFF.

    ``bottoms`` (L, nrows, ncols) float32 m NAP, NaN where absent; ``tops`` likewise, or None when
    each layer's top is the bottom of the layer above and the first layer's top is ``surface``.
    """

    codes: list
    xmin: float
    ymax: float
    cell: float
    bottoms: np.ndarray
    tops: np.ndarray = None
    surface: np.ndarray = None
    source: str = ""
    kind_of_file: str = "layers"
    inverted: np.ndarray = field(default=None)  # cells per layer where the bottom lay above the top

    @property
    def nlayers(self):
        return len(self.codes)

    @property
    def nrows(self):
        return self.bottoms.shape[1]

    @property
    def ncols(self):
        return self.bottoms.shape[2]

    @property
    def xmax(self):
        return self.xmin + self.ncols * self.cell

    @property
    def ymin(self):
        return self.ymax - self.nrows * self.cell

    @property
    def geotransform(self):
        return (self.xmin, self.cell, 0.0, self.ymax, 0.0, -self.cell)

    def top(self, layer):
        """Top (m NAP) of a layer on the model grid (a view where possible)."""
        if self.tops is not None:
            return self.tops[layer]
        return self.surface if layer == 0 else self.bottoms[layer - 1]

    def layer(self, layer, rows=None, cols=None):
        """(top, bottom) in m NAP of one layer, NaN where absent, zero-thickness or inverted; on the
        whole grid or at the model cells ``rows``/``cols`` (index arrays of equal shape)."""
        top, bottom = self.top(layer), self.bottoms[layer]
        if rows is not None:
            top, bottom = top[rows, cols], bottom[rows, cols]
        with np.errstate(invalid="ignore"):
            absent = ~(top > bottom)
        if absent.any():
            top = np.where(absent, np.float32(np.nan), top)
            bottom = np.where(absent, np.float32(np.nan), bottom)
        return top, bottom

    def ground(self):
        """The model's own ground level (m NAP): ``surface`` or the highest layer top per cell."""
        if self.surface is not None:
            return self.surface
        ground = np.full((self.nrows, self.ncols), np.nan, np.float32)
        for layer in range(self.nlayers):
            top, _ = self.layer(layer)
            np.fmax(ground, top, out=ground)
        return ground

    def cell_index(self, xs, ys):
        """Model (rows, cols) of points (broadcast arrays) and a mask of those inside the model."""
        cols = np.floor((np.asarray(xs) - self.xmin) / self.cell).astype(np.int64)
        rows = np.floor((self.ymax - np.asarray(ys)) / self.cell).astype(np.int64)
        inside = (cols >= 0) & (cols < self.ncols) & (rows >= 0) & (rows < self.nrows)
        return np.where(inside, rows, 0), np.where(inside, cols, 0), inside


# -------------------------------------------------------------------------------------- reading

def _gdal():
    # GDAL's exception mode is process-wide: left as QGIS set it; every call below checks for None.
    from osgeo import gdal

    return gdal


def _read(array, what, path, **window):
    """``array.ReadAsArray(**window)``, or a LayerModelError naming the variable when GDAL cannot read it."""
    try:
        values = array.ReadAsArray(**window)
    except RuntimeError as error:
        values, reason = None, str(error)
    else:
        reason = ""
    if values is None:
        raise LayerModelError(tr("{file}: cannot read the variable '{variable}' {reason}").format(
            file=_name(path), variable=what, reason=reason).strip())
    return values


def _name(path):
    return str(path).replace("\\", "/").rsplit("/", 1)[-1]


def _dimension_names(array):
    return [d.GetName().rsplit("/", 1)[-1].lower() for d in array.GetDimensions()]


def _coordinate(root, name, path):
    """A 1-D coordinate (cell centres) as float64, or a LayerModelError naming what is missing."""
    names = {n.lower(): n for n in root.GetMDArrayNames()}
    if name not in names:
        raise LayerModelError(tr(
            "{file} has no coordinate '{name}': the layer model cannot be placed on the map (no "
            "georeferencing). The file needs x and y cell centres in RD New (EPSG:28992).").format(
            file=_name(path), name=name))
    values = np.asarray(_read(root.OpenMDArray(names[name]), name, path), dtype=float).ravel()
    if not len(values) or not np.isfinite(values).all():
        raise LayerModelError(tr("{file}: the coordinate '{name}' is empty or holds missing values.").format(
            file=_name(path), name=name))
    return values


def _spacing(values, name, path):
    """Regular spacing of cell centres (signed), or a LayerModelError."""
    if len(values) == 1:
        return None
    steps = np.diff(values)
    step = float(np.median(steps))
    if step == 0 or np.abs(steps - step).max() > REGULAR_TOLERANCE * abs(step):
        raise LayerModelError(tr("{file}: the cell centres in '{name}' are not evenly spaced; only regular "
                                 "grids can be read.").format(file=_name(path), name=name))
    return step


def _grid(root, path, attributes):
    """(xmin, ymax, cell, flip_y, x, y) from the x/y cell centres; a single row or column takes its
    cell size from the other axis or the nlmod attributes delr/delc."""
    x, y = _coordinate(root, "x", path), _coordinate(root, "y", path)
    dx, dy = _spacing(x, "x", path), _spacing(y, "y", path)
    if dx is None and dy is None:
        fallback = attributes.get("delr") or attributes.get("delc")
        if fallback is None:
            raise LayerModelError(tr("{file}: a single cell gives no cell size; the file needs more than one "
                                     "x or y, or a 'delr' attribute.").format(file=_name(path)))
        dx = dy = float(np.ravel(fallback)[0])
    dx = abs(dx) if dx is not None else abs(dy)
    dy = abs(dy) if dy is not None else dx
    if abs(dx - dy) > REGULAR_TOLERANCE * dx:
        raise LayerModelError(tr("{file}: the cells are {dx} m by {dy} m; only square cells can be read.").format(
            file=_name(path), dx=dx, dy=dy))
    xmin = float(x.min()) - dx / 2
    ymax = float(y.max()) + dx / 2
    flip = len(y) > 1 and y[1] > y[0]
    if not (-7000 <= xmin <= 300000 + 7000 and 289000 - 7000 <= ymax <= 629000 + 7000):
        raise LayerModelError(tr(
            "{file}: the cell centres (x {x0:.0f}-{x1:.0f}, y {y0:.0f}-{y1:.0f}) do not lie in the Netherlands "
            "in RD New (EPSG:28992); the model is not georeferenced in RD New.").format(
            file=_name(path), x0=x.min(), x1=x.max(), y0=y.min(), y1=y.max()))
    return xmin, ymax, dx, flip, x, y


def _attributes(group):
    values = {}
    for attribute in group.GetAttributes():
        try:
            values[attribute.GetName()] = attribute.Read()
        except Exception:  # an attribute type GDAL cannot read is no reason to refuse the file
            continue
    return values


def _nodata(array):
    try:
        value = array.GetNoDataValueAsDouble()
    except Exception:
        return None
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def _read_plane(array, order, index, shape_yx, nodata, path=""):
    """One (y, x) plane of a 2-D or 3-D array as float32 (layer ``index`` on the layer axis)."""
    dims = len(order)
    if dims == 2:
        plane = np.asarray(_read(array, array.GetName(), path), dtype=np.float32)
        yx = order
    else:
        start, count = [0] * 3, [array.GetDimensions()[i].GetSize() for i in range(3)]
        layer_axis = order.index("layer")
        start[layer_axis], count[layer_axis] = index, 1
        plane = np.asarray(_read(array, array.GetName(), path, array_start_idx=start, count=count),
                           dtype=np.float32)
        plane = np.squeeze(plane, axis=layer_axis)
        yx = [d for d in order if d != "layer"]
    if yx == ["x", "y"]:
        plane = plane.T
    if plane.shape != shape_yx:
        raise LayerModelError(tr("A layer has {got} cells where {want} were expected.").format(
            got=plane.shape, want=shape_yx))
    if nodata is not None:
        plane[plane == np.float32(nodata)] = np.nan
    plane[np.abs(plane) > 1e5] = np.nan  # fill values such as -9999 m NAP / 1e20 are no surfaces
    return plane


def _axis_names(array, path, variable):
    names = _dimension_names(array)
    order = []
    for name in names:
        if name in LAYER_DIM_NAMES:
            order.append("layer")
        elif name in ("x", "y"):
            order.append(name)
        else:
            raise LayerModelError(tr("{file}: variable '{variable}' has the dimension '{dim}'; expected layer, y "
                                     "and x.").format(file=_name(path), variable=variable, dim=name))
    return order


def read_layer_model(path, feedback=None):
    """A LayerModel from a netCDF file (see the module doc); LayerModelError for what cannot be read."""
    gdal = _gdal()
    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_MULTIDIM_RASTER)
    except RuntimeError as error:
        raise LayerModelError(tr("Cannot open {file} as netCDF: {error}").format(
            file=_name(path), error=error)) from None
    if dataset is None:
        raise LayerModelError(tr("Cannot open {file} as netCDF.").format(file=_name(path)))
    try:
        root = dataset.GetRootGroup()
        if root is None:
            raise LayerModelError(tr("Cannot open {file} as netCDF.").format(file=_name(path)))
        try:
            return _read_root(root, path)
        finally:
            del root  # the file's groups and arrays are released before the file itself
    finally:
        dataset = None


def _read_root(root, path):
    names = {n.lower(): n for n in root.GetMDArrayNames() or []}
    if "strat" in names:
        return _read_voxels(root, names, path)
    bottom_name = next((names[n] for n in BOTTOM_NAMES if n in names), None)
    if "top" not in names or bottom_name is None:
        raise LayerModelError(tr(
            "{file} is not a layer model: it needs the variables 'top' and 'bot' (or 'botm'/'bottom') in m "
            "NAP on the dimensions layer, y, x (REGIS II / nlmod), or 'strat' voxels (GeoTOP). It has: "
            "{names}.").format(file=_name(path), names=", ".join(root.GetMDArrayNames()) or "-"))
    attributes = _attributes(root)
    xmin, ymax, cell, flip, x, y = _grid(root, path, attributes)
    bottom_array = root.OpenMDArray(bottom_name)
    top_array = root.OpenMDArray(names["top"])
    border = _axis_names(bottom_array, path, bottom_name)
    torder = _axis_names(top_array, path, "top")
    if sorted(border) != ["layer", "x", "y"]:
        raise LayerModelError(tr("{file}: '{variable}' must have the dimensions layer, y and x.").format(
            file=_name(path), variable=bottom_name))
    nlayers = bottom_array.GetDimensions()[border.index("layer")].GetSize()
    codes = _layer_codes(root, names, nlayers)
    if nlayers == 0:
        raise LayerModelError(tr("{file} holds no layers.").format(file=_name(path)))
    shape = (len(y), len(x))
    bottoms = np.empty((nlayers,) + shape, np.float32)
    bnodata = _nodata(bottom_array)
    for layer in range(nlayers):
        bottoms[layer] = _read_plane(bottom_array, border, layer, shape, bnodata, path)
    tops = surface = None
    tnodata = _nodata(top_array)
    if "layer" in torder:
        if top_array.GetDimensions()[torder.index("layer")].GetSize() != nlayers:
            raise LayerModelError(tr("{file}: 'top' and '{variable}' have different numbers of layers.").format(
                file=_name(path), variable=bottom_name))
        tops = np.empty_like(bottoms)
        for layer in range(nlayers):
            tops[layer] = _read_plane(top_array, torder, layer, shape, tnodata, path)
    else:
        surface = _read_plane(top_array, torder, 0, shape, tnodata, path)
    if flip:
        bottoms = bottoms[:, ::-1].copy()
        tops = None if tops is None else tops[:, ::-1].copy()
        surface = None if surface is None else surface[::-1].copy()
    model = LayerModel(codes, xmin, ymax, cell, bottoms, tops, surface, _name(path), "layers")
    model.inverted = _count_inverted(model)
    return model


def _layer_codes(root, names, nlayers):
    for name in LAYER_DIM_NAMES:
        if name in names:
            values = root.OpenMDArray(names[name]).Read() or []
            if isinstance(values, (bytes, bytearray)):
                values = np.frombuffer(values, dtype=np.float64).tolist() if len(values) == 8 * nlayers else []
            codes = [(v.decode() if isinstance(v, bytes) else str(int(v)) if isinstance(v, float) and v == int(v)
                      else str(v)).strip() for v in values]
            if len(codes) == nlayers:
                return codes
    return [str(i + 1) for i in range(nlayers)]


def _count_inverted(model):
    counts = np.zeros(model.nlayers, np.int64)
    for layer in range(model.nlayers):
        with np.errstate(invalid="ignore"):
            counts[layer] = int(np.count_nonzero(model.bottoms[layer] > model.top(layer)))
    return counts


def _read_voxels(root, names, path):
    """GeoTOP voxels -> one layer per stratigraphic unit, from its highest voxel top to its lowest
    voxel bottom in each column."""
    attributes = _attributes(root)
    xmin, ymax, cell, flip, x, y = _grid(root, path, attributes)
    z = _coordinate(root, "z", path)
    dz = abs(_spacing(z, "z", path) or 0.5)
    strat = root.OpenMDArray(names["strat"])
    order = []
    for name in _dimension_names(strat):
        if name not in ("x", "y", "z"):
            raise LayerModelError(tr("{file}: 'strat' has the dimension '{dim}'; expected x, y and z.").format(
                file=_name(path), dim=name))
        order.append(name)
    axes = [order.index(a) for a in ("z", "y", "x")]
    values = np.transpose(np.asarray(_read(strat, "strat", path), dtype=np.float64), axes)
    nodata = _nodata(strat)
    if nodata is not None:
        values[values == nodata] = np.nan
    with_litho = "lithok" in names
    if with_litho:  # unit and lithoclass in one number: unit * 100 + lithoclass
        litho_array = root.OpenMDArray(names["lithok"])
        litho = np.transpose(np.asarray(_read(litho_array, "lithok", path), dtype=np.float64), axes)
        litho_nodata = _nodata(litho_array)
        if litho_nodata is not None:
            litho[litho == litho_nodata] = np.nan
        values = values * 100 + np.where((litho >= 0) & (litho < 100), litho, np.nan)
    if flip:
        values = values[:, ::-1]
    units = np.unique(values[np.isfinite(values)])
    if not len(units):
        raise LayerModelError(tr("{file}: the voxels hold no stratigraphic unit.").format(file=_name(path)))
    zt = (z + dz / 2)[:, None, None]
    zb = (z - dz / 2)[:, None, None]
    tops, bottoms, depth = [], [], []
    for unit in units:
        mask = values == unit
        present = mask.any(axis=0)
        top = np.where(present, np.where(mask, zt, -np.inf).max(axis=0), np.nan).astype(np.float32)
        bottom = np.where(present, np.where(mask, zb, np.inf).min(axis=0), np.nan).astype(np.float32)
        tops.append(top)
        bottoms.append(bottom)
        depth.append(-float(np.nanmean(top)))
    order = np.argsort(depth, kind="stable")  # shallow units first
    if with_litho:
        codes = ["{}/{}".format(int(units[i] // 100), int(units[i] % 100)) for i in order]
    else:
        codes = [str(int(units[i])) if units[i] == int(units[i]) else str(units[i]) for i in order]
    model = LayerModel(codes, xmin, ymax, cell, np.stack([bottoms[i] for i in order]),
                       np.stack([tops[i] for i in order]), None, _name(path), "voxels")
    model.inverted = np.zeros(model.nlayers, np.int64)
    return model


# ---------------------------------------------------------------------------------- to depths

@dataclass
class DepthCounts:
    """What the conversion to depth below ground skipped or clipped, in cells (for the log)."""

    above_ground: int = 0        # layers wholly above ground level: left out
    top_clipped: int = 0         # tops above ground level: set to 0 m
    no_ground: int = 0           # layer cells without a ground level: left out


def layer_depths(model, layer, ground, counts=None, rows=None, cols=None):
    """(top_m, bottom_m, top_nap, bottom_nap) of one layer, m below ``ground`` (m NAP, same cells);
    NaN where the layer is absent. A top above ground becomes 0; a layer wholly above ground is
    absent; both are added to ``counts``."""
    top, bottom = model.layer(layer, rows, cols)
    with np.errstate(invalid="ignore"):
        top_m = ground - top
        bottom_m = ground - bottom
        present = np.isfinite(top)
        if counts is not None:
            counts.no_ground += int(np.count_nonzero(present & ~np.isfinite(ground)))
        above = bottom_m <= 0
        clipped = (top_m < 0) & ~above
    if counts is not None:
        counts.above_ground += int(np.count_nonzero(above))
        counts.top_clipped += int(np.count_nonzero(clipped))
    if above.any():  # new arrays: top and bottom may be views of the model's surfaces
        top_m, bottom_m, top, bottom = (np.where(above, np.float32(np.nan), a) for a in (top_m, bottom_m, top, bottom))
    if clipped.any():
        top_m[clipped] = 0.0
    return top_m, bottom_m, top, bottom


def quantise(top_m, bottom_m, step):
    """Depths rounded outward to ``step`` m (top up toward ground, bottom down), so a layer only grows."""
    if not step or step <= 0:
        return top_m, bottom_m
    return np.floor(top_m / step + 1e-9) * step, np.ceil(bottom_m / step - 1e-9) * step


def layer_zones(top_m, bottom_m, top_nap, bottom_nap, step):
    """Cells of equal (rounded) depth range as zone ids for polygonizing.

    Returns ``zones`` (int32, 0 = absent) and per zone id >= 1 the arrays ``top_m``, ``bottom_m``
    (rounded), ``top_nap`` (highest top in the zone's cells) and ``bottom_nap`` (lowest bottom)."""
    qt, qb = quantise(top_m, bottom_m, step)
    present = np.isfinite(qt) & np.isfinite(qb) & (qb > qt)
    zones = np.zeros(top_m.shape, np.int32)
    if not present.any():
        empty = np.empty(0)
        return zones, empty, empty, empty, empty
    pairs = np.stack([qt[present], qb[present]], axis=1).astype(np.float64)
    unique, inverse = np.unique(pairs, axis=0, return_inverse=True)
    inverse = inverse.ravel()
    zones[present] = inverse + 1
    n = len(unique)
    tnap = np.full(n, -np.inf)
    bnap = np.full(n, np.inf)
    np.maximum.at(tnap, inverse, top_nap[present].astype(np.float64))
    np.minimum.at(bnap, inverse, bottom_nap[present].astype(np.float64))
    return zones, unique[:, 0], unique[:, 1], tnap, bnap


# -------------------------------------------------------------------------- grids for suitability

@dataclass
class LayerGrids:
    """A layer model as depth grids for ``core.suitability``: per layer a kind (or '') and its code;
    ``depths(grid, tile)`` gives the (top_m, bottom_m) of every layer on the tile's cells (float32,
    shape (L, cells), NaN where absent or off the model)."""

    model: LayerModel
    kinds: list
    ground: np.ndarray = None
    counts: DepthCounts = field(default_factory=DepthCounts)

    def __post_init__(self):
        if self.ground is None:
            self.ground = self.model.ground()

    @property
    def codes(self):
        return self.model.codes

    def bounds(self):
        m = self.model
        return m.xmin, m.ymin, m.xmax, m.ymax

    def depths(self, grid, tile, layers=None):
        xs, ys = grid.centres(tile)
        rows, cols, inside = self.model.cell_index(xs[None, :], ys[:, None])
        rows, cols, inside = rows.ravel(), cols.ravel(), inside.ravel()
        layers = range(self.model.nlayers) if layers is None else layers
        ncells = len(rows)
        tops = np.full((self.model.nlayers, ncells), np.nan, np.float32)
        bottoms = np.full((self.model.nlayers, ncells), np.nan, np.float32)
        if not inside.any():
            return tops, bottoms
        r, c = rows[inside], cols[inside]
        ground = self.ground[r, c]
        for layer in layers:
            top_m, bottom_m, _, _ = layer_depths(self.model, layer, ground, self.counts, r, c)
            tops[layer, inside] = top_m
            bottoms[layer, inside] = bottom_m
        return tops, bottoms


# -------------------------------------------------------------------------------------- writing

def write_layer_model(path, codes, x, y, top, bottom, bottom_name="bot", fill_value=None):
    """Write a layer model in the REGIS II / nlmod netCDF layout with GDAL (tests, benchmarks, demos).

    ``top``: (ny, nx) model top, or (L, ny, nx) layer tops; ``bottom``: (L, ny, nx), or a function
    ``bottom(l)`` -> (ny, nx) plane so a large model is written one layer at a time. Rows follow ``y``.
    """
    gdal = _gdal()
    dataset = gdal.GetDriverByName("netCDF").CreateMultiDimensional(str(path))
    if dataset is None:
        raise LayerModelError(tr("Cannot open {file} as netCDF.").format(file=_name(path)))
    root = dataset.GetRootGroup()
    nlayers, ny, nx = len(codes), len(y), len(x)
    dim_layer = root.CreateDimension("layer", None, None, nlayers)
    dim_y = root.CreateDimension("y", None, None, ny)
    dim_x = root.CreateDimension("x", None, None, nx)
    float64 = gdal.ExtendedDataType.Create(gdal.GDT_Float64)
    float32 = gdal.ExtendedDataType.Create(gdal.GDT_Float32)
    root.CreateMDArray("x", [dim_x], float64).Write(np.asarray(x, np.float64))
    root.CreateMDArray("y", [dim_y], float64).Write(np.asarray(y, np.float64))
    root.CreateMDArray("layer", [dim_layer], gdal.ExtendedDataType.CreateString()).Write(list(codes))
    top = np.ascontiguousarray(top, np.float32)
    dims_top = [dim_y, dim_x] if top.ndim == 2 else [dim_layer, dim_y, dim_x]
    top_array = root.CreateMDArray("top", dims_top, float32)
    bottom_array = root.CreateMDArray(bottom_name, [dim_layer, dim_y, dim_x], float32)
    if fill_value is not None:
        top_array.SetNoDataValueDouble(float(fill_value))
        bottom_array.SetNoDataValueDouble(float(fill_value))
    top_array.Write(top)
    for layer in range(nlayers):
        plane = bottom(layer) if callable(bottom) else bottom[layer]
        plane = np.ascontiguousarray(plane, np.float32)[None]
        bottom_array.Write(plane, array_start_idx=[layer, 0, 0], count=[1, ny, nx])
    dataset = None
