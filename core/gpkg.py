"""Bulk-writing features into an empty GeoPackage table, in one SQLite transaction.

QGIS (through OGR) creates the table with its columns, spatial index and metadata; this module then
fills it at SQLite speed: geometry blobs are built vectorised (shapely 2 WKB + the GeoPackage header
with the envelope), rows go in many to a statement (columns that repeat a few values once per distinct
combination, joined in by SQLite), and the R-tree spatial index is filled from the same envelopes. The
per-row INSERT triggers (R-tree through OGR's SQL functions, which plain SQLite does not have, and OGR's
feature count) are set aside during the load and put back unchanged afterwards.

The R-tree is bulk-loaded (sort-tile-recursive packing, as GDAL does when it creates a layer) and written
straight into SQLite's R-tree node tables: inserting 100,000 boxes one by one costs SQLite 1.5 s of node
splits, packing them 0.1 s, and a packed tree answers queries at least as fast. Where SQLite refuses
writes to those tables (a build in defensive mode) the boxes are inserted one by one instead.

No QGIS here: sqlite3, numpy, shapely 2.
"""

import os
import sqlite3
from itertools import chain
from operator import add, itemgetter

import numpy as np
import shapely

from . import arrays

_HEADER = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"), ("envelope", "<f8", (4,))])
_FLAGS = 0b0000_0011  # little-endian, envelope [minx, maxx, miny, maxy]

# Multi column type -> shapely type ids of its single type and of itself (for the multi types also the WKB code).
MULTI = {"MULTIPOINT": (0, 4), "MULTILINESTRING": (1, 5), "MULTIPOLYGON": (3, 6)}


class GpkgWriteError(RuntimeError):
    """The table is not what this writer expects; the caller falls back to the feature sink."""


def _quote(name):
    return '"{}"'.format(str(name).replace('"', '""'))


def table_of(destination):
    """(path, table) when a Processing destination (``path.gpkg`` or ``path.gpkg|layername=t``) is a table of
    a GeoPackage file on disk, else None (a memory layer, another format, PostGIS, ...)."""
    path, _bar, options = str(destination).partition("|")
    if not path.lower().endswith(".gpkg") or not os.path.isfile(path):
        return None
    for option in options.split("|"):
        key, _eq, value = option.partition("=")
        if key.strip().lower() == "layername" and value.strip():
            return path, value.strip()
    try:
        connection = sqlite3.connect(path)
        try:
            tables = [row[0] for row in connection.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")]
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return (path, tables[0]) if len(tables) == 1 else None


class Blobs:
    """The GeoPackage geometry blobs of a table's rows, in one bytes object: row i's blob is
    ``joined[starts[i]:starts[i] + sizes[i]]`` (rows need not lie in order); ``bounds`` (n, 4) as minx, miny,
    maxx, maxy."""

    def __init__(self, joined, starts, sizes, bounds):
        self.joined, self.starts, self.sizes, self.bounds = joined, starts, sizes, bounds

    @classmethod
    def of(cls, pieces, bounds):
        """The Blobs of ``pieces`` (bytes, one per row, in order)."""
        sizes = np.fromiter(map(len, pieces), np.int64, len(pieces))
        return cls(b"".join(pieces), np.cumsum(sizes) - sizes, sizes, bounds)

    def __len__(self):
        return len(self.sizes)

    def __getitem__(self, index):
        start = self.starts[index]
        return self.joined[start:start + self.sizes[index]]


def blobs(geometries, srs_id, geometry_type):
    """The :class:`Blobs` of shapely ``geometries`` (2D), promoted to ``geometry_type``'s multi type where the
    column is a multi type."""
    geometries = arrays.objects(geometries)
    if len(geometries) and shapely.is_empty(geometries).any():
        raise GpkgWriteError("an empty geometry")
    bounds = shapely.bounds(geometries) if len(geometries) else np.zeros((0, 4))
    types = shapely.get_type_id(geometries)
    multi = MULTI.get(geometry_type.upper())
    if multi is not None and not np.isin(types, multi[:2]).all():
        raise GpkgWriteError("a geometry of another type than the {} column".format(geometry_type))
    if len(geometries) and geometry_type.upper() in ("LINESTRING", "MULTILINESTRING") and (types == 1).all():
        return _line_blobs(geometries, bounds, srs_id, multi)
    header = np.zeros(len(geometries), dtype=_HEADER)
    header["magic"] = b"GP"
    header["flags"] = _FLAGS
    header["srs"] = srs_id
    header["envelope"] = bounds[:, [0, 2, 1, 3]]
    heads = header.view("V{}".format(_HEADER.itemsize)).tolist()  # bytes, one per row
    if multi is not None and len(geometries):
        # A single part becomes a multi of one by its WKB alone: byte order, multi type, one part, the part.
        single, code = multi
        prefix = b"\x01" + code.to_bytes(4, "little") + (1).to_bytes(4, "little")
        for i in np.flatnonzero(types == single).tolist():
            heads[i] += prefix
    wkbs = shapely.to_wkb(geometries, output_dimension=2, byte_order=1) if len(geometries) else []
    return Blobs.of(list(map(add, heads, wkbs)), bounds)


def _line_blobs(lines, bounds, srs_id, multi):
    """The Blobs of 2D LineStrings written with numpy from their coordinates (shapely's WKB writer costs
    0.4 µs a line): per number of vertices one block of fixed-size rows, the header and WKB (as a multi of one
    where ``multi``, MULTI's entry of the column, is given) field by field, the same bytes shapely writes."""
    coords, index = shapely.get_coordinates(lines, return_index=True)
    counts = np.bincount(index, minlength=len(lines))
    first = np.cumsum(counts) - counts  # each line's first vertex in coords
    order = np.argsort(counts, kind="stable")
    runs = np.flatnonzero(np.diff(counts[order], prepend=-1)).tolist() + [len(lines)]
    starts, sizes, parts, at = np.empty(len(lines), np.int64), np.empty(len(lines), np.int64), [], 0
    for begin, end in zip(runs[:-1], runs[1:]):
        rows = order[begin:end]
        n = int(counts[rows[0]])
        fields = list(_HEADER.descr) + ([("multi", "u1"), ("multi_type", "<u4"), ("parts", "<u4")] if multi else [])
        block = np.zeros(len(rows), np.dtype(fields + [("order", "u1"), ("type", "<u4"), ("points", "<u4"),
                                                       ("xy", "<f8", (n, 2))]))
        block["magic"], block["flags"], block["srs"] = b"GP", _FLAGS, srs_id
        block["envelope"] = bounds[rows][:, [0, 2, 1, 3]]
        if multi:
            block["multi"], block["multi_type"], block["parts"] = 1, multi[1], 1
        block["order"], block["type"], block["points"] = 1, 2, n
        block["xy"] = coords[first[rows, None] + np.arange(n)]
        starts[rows] = at + np.arange(len(rows)) * block.itemsize
        sizes[rows] = block.itemsize
        parts.append(block.tobytes())
        at += block.nbytes
    return Blobs(b"".join(parts), starts, sizes, bounds)


def write_table(path, table, columns, rows, geometries):
    """Insert ``rows`` (sequences of values in ``columns`` order) with ``geometries`` into the empty table
    ``table`` of the GeoPackage ``path``; fids run 1..n. Raises GpkgWriteError when the table is not an
    empty GeoPackage feature table with those columns (nothing is written then)."""
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        return _write(connection, table, list(columns), rows, geometries)
    finally:
        connection.close()


def _write(connection, table, columns, rows, geometries):
    found = connection.execute(
        "SELECT column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
        (table,)).fetchone()
    if found is None:
        raise GpkgWriteError("{} is not a feature table of this GeoPackage".format(table))
    geometry_column, geometry_type, srs_id = found
    declared = {row[1]: row[2] for row in connection.execute("PRAGMA table_info({})".format(_quote(table)))}
    fid_column = next(iter(declared))
    if any(column not in declared for column in columns) or \
            connection.execute("SELECT COUNT(*) FROM {}".format(_quote(table))).fetchone()[0]:
        raise GpkgWriteError("{} is not empty or lacks a column".format(table))
    rows = list(rows)
    if set(map(len, rows)) - {len(columns)}:  # rows go in as one run of values: a short one would shift the rest
        raise GpkgWriteError("a row without one value per column")
    geometry = blobs(geometries, srs_id, geometry_type)
    bounds = geometry.bounds
    triggers = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE '%INSERT ON%'",
        (table,)).fetchall()
    rtree = "rtree_{}_{}".format(table, geometry_column)
    has_rtree = connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone() is not None
    count = len(geometry)
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA temp_store = MEMORY")  # the temporary tables of _insert: no temporary file
    connection.execute("BEGIN")
    try:
        for name, _sql in triggers:
            connection.execute("DROP TRIGGER {}".format(_quote(name)))
        _insert(connection, table, [fid_column, geometry_column] + columns, geometry, rows,
                [_numeric(declared[column]) for column in columns])
        if has_rtree and count:
            fill_rtree(connection, rtree, np.arange(1, count + 1), bounds)
        for _name, sql in triggers:
            connection.execute(sql)
        if count:
            connection.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                               "WHERE table_name = ?",
                               (float(bounds[:, 0].min()), float(bounds[:, 1].min()), float(bounds[:, 2].max()),
                                float(bounds[:, 3].max()), table))
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
            connection.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                               (count, table))
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return count


def _insert(connection, table, names, geometry, rows, numeric):
    """Insert (fid 1..n, the ``geometry`` Blobs, *``rows``) into the columns ``names`` of ``table``; ``numeric``
    tells per column of a row whether it has SQLite's INTEGER, REAL or NUMERIC affinity.

    Binding values costs SQLite most of an insert from Python, and most columns repeat a few values (a
    thema, an operator, a date): those go in once per distinct combination, into a temporary table, and
    each row binds only its fid, where its blob lies in all blobs bound as one, its other values and the
    number of its combination; SQLite then joins them into the table (100,000 KLIC lines: 0.36 -> 0.29 s).
    The rows are the same as by binding every value: a combination holds the values as given (a column
    without a declared type) and the table's affinity applies on the way in as it would to a bound value.
    Values that are one key in Python but not in SQLite (1, 1.0 and True; 0.0 and -0.0) only differ in a
    column without numeric affinity: there a number is bound per row."""
    count = len(geometry)
    repeating = _repeating(rows, numeric)
    if repeating:
        pick = itemgetter(*repeating) if len(repeating) > 1 else lambda row: (row[repeating[0]],)
        combinations = {}
        try:
            picked = list(map(pick, rows))
            combinations = dict(zip(dict.fromkeys(picked), range(len(picked))))  # numbered as first met
            keys = list(map(combinations.__getitem__, picked))
        except TypeError:  # a value that cannot be a key (a bytearray), beyond the sample
            repeating = []
        if any(isinstance(value, (int, float)) and not numeric[i]
               for combination in combinations for i, value in zip(repeating, combination)):
            repeating = []  # a number in a column without numeric affinity, beyond the sample
    if not repeating:
        _insert_rows(connection, "{} ({})".format(_quote(table), ", ".join(map(_quote, names))), len(names),
                     ((fid, blob, *row) for fid, blob, row in zip(range(1, count + 1), _pieces(geometry), rows)))
        return
    single = [i for i in range(len(numeric)) if i not in repeating]
    connection.execute("CREATE TEMP TABLE ondergrond_combinations (k INTEGER PRIMARY KEY, {})".format(
        ", ".join("c{}".format(i) for i in repeating)))
    _insert_rows(connection, "ondergrond_combinations", len(repeating) + 1,
                 ((k, *combination) for combination, k in combinations.items()))
    # One blob bound once, each row's cut out of it by start and size: no copy through the temporary table.
    columns = "start, size, {}k".format("".join("c{}, ".format(i) for i in single))
    connection.execute("CREATE TEMP TABLE ondergrond_rows (fid INTEGER PRIMARY KEY, {})".format(columns))
    _insert_rows(connection, "ondergrond_rows ({})".format(columns), len(single) + 3,  # fids 1..n by themselves
                 zip((geometry.starts + 1).tolist(), geometry.sizes.tolist(),
                     *(list(map(itemgetter(i), rows)) for i in single), keys))
    targets = names[:2] + [names[2 + i] for i in single + repeating]
    sources = ["r.fid", "substr(?, r.start, r.size)"] + ["r.c{}".format(i) for i in single] + [
        "c.c{}".format(i) for i in repeating]
    connection.execute("INSERT INTO main.{} ({}) SELECT {} FROM ondergrond_rows r JOIN ondergrond_combinations c "
                       "ON c.k = r.k ORDER BY r.fid".format(_quote(table), ", ".join(map(_quote, targets)),
                                                            ", ".join(sources)), (geometry.joined,))
    connection.execute("DROP TABLE ondergrond_rows")
    connection.execute("DROP TABLE ondergrond_combinations")


def _pieces(geometry):
    """Each row's blob of the Blobs ``geometry``, as a view into the joined bytes (no copy)."""
    view = memoryview(geometry.joined)
    return map(view.__getitem__, map(slice, geometry.starts.tolist(), (geometry.starts + geometry.sizes).tolist()))


def _insert_rows(connection, into, width, rows):
    """INSERT INTO ``into`` (a table, with its columns in parentheses) the ``rows`` (sequences or a numpy
    array) of ``width`` values, as many to a statement as 999 bound values allow (SQLite's limit before 3.32):
    a statement per row costs Python's sqlite3 half as much again."""
    values = rows.ravel().tolist() if isinstance(rows, np.ndarray) else list(chain.from_iterable(rows))

    def statement(count):
        return "INSERT INTO {} VALUES {}".format(into, ", ".join(["({})".format(", ".join("?" * width))] * count))

    per = 999 // width
    whole = len(values) // (per * width) * per  # rows in full statements
    connection.executemany(statement(per), (values[start:start + per * width]
                                            for start in range(0, whole * width, per * width)))
    if whole * width < len(values):
        connection.execute(statement(len(values) // width - whole), values[whole * width:])


def _repeating(rows, numeric):
    """The columns (indexes into a row) whose values repeat: at most one distinct value in 20 over a sample
    of rows, and no number in a column without numeric affinity."""
    sample = rows[::max(1, len(rows) // 1000)]
    repeating = []
    for i, is_numeric in enumerate(numeric):
        try:
            distinct = set(map(itemgetter(i), sample))
        except TypeError:  # a value that cannot be a key (a bytearray)
            continue
        if len(distinct) * 20 <= len(sample) and (is_numeric or not any(isinstance(v, (int, float)) for v in distinct)):
            repeating.append(i)
    return repeating


def _numeric(declared):
    """Whether a column of this declared type has SQLite's INTEGER, REAL or NUMERIC affinity."""
    declared = declared.upper()
    return "INT" in declared or (bool(declared) and not any(
        word in declared for word in ("CHAR", "CLOB", "TEXT", "BLOB")))


# --- the R-tree, bulk-loaded ------------------------------------------------------------------------
# SQLite's R-tree module keeps its nodes in <name>_node (node 1 is the root; its first two bytes hold the
# tree's depth), maps each row to its leaf in <name>_rowid and each node but the root to its parent in
# <name>_parent. A node is a 2-byte depth, a 2-byte cell count and cells of a 64-bit id and the box as
# four 32-bit floats (minx, maxx, miny, maxy), big-endian, padded to the node size of the table.
_CELL = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])


def _float32_outward(bounds):
    """(n, 4) minx, miny, maxx, maxy -> float32 minx, maxx, miny, maxy rounded outward, as SQLite does, so
    every box still contains its geometry."""
    box = bounds[:, [0, 2, 1, 3]]
    rounded = box.astype(np.float32)
    is_min = np.array([True, False, True, False])
    down = (rounded > box) & is_min
    up = (rounded < box) & ~is_min
    rounded[down] = np.nextafter(rounded[down], np.float32(-np.inf))
    rounded[up] = np.nextafter(rounded[up], np.float32(np.inf))
    return rounded


def _str_groups(boxes, capacity):
    """Sort-tile-recursive packing: an order of ``boxes`` (float32 minx, maxx, miny, maxy) in which every
    run of ``capacity`` is one compact node (vertical slices by x centre, then by y centre in each)."""
    n = len(boxes)
    nodes = -(-n // capacity)
    slice_size = capacity * int(np.ceil(np.sqrt(nodes)))
    x = boxes[:, 0].astype(float) + boxes[:, 1]
    y = boxes[:, 2].astype(float) + boxes[:, 3]
    by_x = np.argsort(x, kind="stable")
    slice_of = np.empty(n, np.int64)
    slice_of[by_x] = np.arange(n) // slice_size
    return np.lexsort((y, slice_of))


def fill_rtree(connection, rtree, ids, bounds):
    """Bulk-load the empty R-tree ``rtree`` with ``ids`` and their ``bounds`` (n, 4: minx, miny, maxx, maxy)."""
    finite = np.isfinite(bounds).all(axis=1)
    leaf_ids, leaf_bounds = np.asarray(ids)[finite], bounds[finite]
    ids, boxes = leaf_ids, _float32_outward(leaf_bounds)
    node_size = connection.execute("SELECT length(data) FROM {} WHERE nodeno = 1".format(
        _quote(rtree + "_node"))).fetchone()[0]
    capacity = (node_size - 4) // _CELL.itemsize
    nodes, parents = [], []  # (nodeno, blob), (child, parent); rowids below: (rowid, leaf)
    level, next_node = 0, 2
    while True:
        if len(ids) <= capacity:  # the root
            nodes.append((1, _nodes(level, ids, boxes, capacity, node_size)[0]))
            if level == 0:
                rowids = np.column_stack([ids, np.ones_like(ids)])
            else:
                parents.extend(zip(ids.tolist(), [1] * len(ids)))
            break
        order = _str_groups(boxes, capacity)
        ids, boxes = ids[order], boxes[order]
        starts = np.arange(0, len(ids), capacity)
        numbers = np.arange(next_node, next_node + len(starts))
        owner = numbers[np.arange(len(ids)) // capacity]
        nodes.extend(zip(numbers.tolist(), _nodes(0, ids, boxes, capacity, node_size)))
        if level == 0:
            rowids = np.column_stack([ids, owner])
        else:
            parents.extend(zip(ids.tolist(), owner.tolist()))
        ids = numbers
        boxes = np.column_stack([np.minimum.reduceat(boxes[:, 0], starts), np.maximum.reduceat(boxes[:, 1], starts),
                                 np.minimum.reduceat(boxes[:, 2], starts), np.maximum.reduceat(boxes[:, 3], starts)])
        next_node += len(starts)
        level += 1
    try:
        for suffix in ("_node", "_rowid", "_parent"):
            connection.execute("DELETE FROM {}".format(_quote(rtree + suffix)))
        _insert_rows(connection, "{} (nodeno, data)".format(_quote(rtree + "_node")), 2, nodes)
        _insert_rows(connection, "{} (rowid, nodeno)".format(_quote(rtree + "_rowid")), 2,
                     rowids[np.argsort(rowids[:, 0])])  # in rowid order: B-tree appends
        _insert_rows(connection, "{} (nodeno, parentnode)".format(_quote(rtree + "_parent")), 2, parents)
    except sqlite3.OperationalError:  # defensive mode: the node tables are read-only, the R-tree is not
        connection.execute("DELETE FROM {}".format(_quote(rtree)))
        connection.executemany("INSERT INTO {} (id, minx, maxx, miny, maxy) VALUES (?, ?, ?, ?, ?)".format(
            _quote(rtree)), zip(leaf_ids.tolist(), *leaf_bounds[:, [0, 2, 1, 3]].T.tolist()))


def _nodes(depth, ids, boxes, capacity, node_size):
    """The blobs of the nodes that hold ``ids`` and ``boxes`` ``capacity`` at a time (the last the rest),
    ``depth`` in the first two bytes (only the root's is read), all in one numpy pass."""
    count = -(-len(ids) // capacity)
    cells = np.zeros(count * capacity, _CELL)
    cells["id"][:len(ids)], cells["box"][:len(ids)] = ids, boxes
    filled = np.full(count, capacity)
    filled[-1] = len(ids) - capacity * (count - 1)
    body = np.zeros((count, node_size), np.uint8)
    body[:, :2] = np.array([depth], ">u2").view(np.uint8)
    body[:, 2:4] = filled.astype(">u2").view(np.uint8).reshape(count, 2)
    body[:, 4:4 + capacity * _CELL.itemsize] = cells.view(np.uint8).reshape(count, -1)
    return list(map(bytes, body))
