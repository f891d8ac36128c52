"""Rule tables: the editable CSV files under ``rules/`` (and the planner's own copies).

Planners edit these in Excel, so both ``,`` and ``;`` separate columns, a UTF-8 BOM is
accepted, and in semicolon files a decimal comma is read as a decimal point. Every error
names the file, the row (as a spreadsheet shows it, header = row 1) and the column.
"""

import csv
import math
import os

from .i18n import tr


class TableError(ValueError):
    """A rule table that cannot be used; the message is written for a planner."""


def by_keyword(text, table, default):
    """The value of the first ``(keywords, value)`` row of ``table`` with a keyword in ``text`` (case
    ignored), else ``default``: a type from a layer name, a colour from a utility type."""
    lowered = (text or "").lower()
    for keywords, value in table:
        if any(keyword in lowered for keyword in keywords):
            return value
    return default


def _sniff_delimiter(header_line: str) -> str:
    return ";" if header_line.count(";") > header_line.count(",") else ","


class _Rows:
    """A csv reader whose errors (a field larger than the csv module's limit, a stray quote) name the file
    and row instead of raising the csv module's own error."""

    def __init__(self, reader, name):
        self._reader, self._name = reader, name

    def __iter__(self):
        return self

    def __next__(self):
        try:
            return next(self._reader)
        except csv.Error as error:
            raise TableError(
                tr("Table {file}, row {row}: cannot be read as CSV ({error}); a cell is probably far too long "
                   "or has an unclosed quote. Open the table in a spreadsheet and correct that row.").format(
                    file=self._name, row=self._reader.line_num, error=error)) from None


def read_table(path, required, numeric=(), choices=None, optional=(), allow_empty_numeric=()):
    """Read a CSV rule table into a list of dicts with stripped strings and parsed numbers.

    ``required``: columns that must exist and be non-empty; ``optional``: columns that may be
    absent (filled with ''). ``numeric``: columns parsed to float (empty -> None only when the
    column is in ``allow_empty_numeric``). ``choices``: {column: allowed values}. Rows that are
    entirely empty or start with ``#`` are skipped. Each dict carries ``_row`` (spreadsheet row).
    """
    name = os.path.basename(str(path))
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
    except OSError as error:
        raise TableError(tr("Cannot read the table {file}: {error}").format(file=path, error=error)) from None
    except UnicodeDecodeError:
        raise TableError(
            tr("Table {file} is not UTF-8 text; save it from Excel as 'CSV UTF-8'.").format(file=name)) from None
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise TableError(tr("Table {file} is empty: it needs a header row.").format(file=name))
    delimiter = _sniff_delimiter(lines[0])
    reader = _Rows(csv.reader(lines, delimiter=delimiter), name)
    header = [column.strip().lower() for column in next(reader)]
    missing = [column for column in required if column not in header]
    if missing:
        raise TableError(
            tr("Table {file} lacks the column(s) {missing}; its header is: {header}").format(
                file=name, missing=", ".join(missing), header=delimiter.join(header)))
    wanted = list(dict.fromkeys(list(required) + [c for c in header if c]))
    rows = []
    for row_number, values in enumerate(reader, start=2):
        if not any(value.strip() for value in values) or values[0].strip().startswith("#"):
            continue
        record = {"_row": row_number}
        for column in wanted:
            index = header.index(column)
            record[column] = values[index].strip() if index < len(values) else ""
        for column in optional:
            record.setdefault(column, "")
        for column in required:
            if record[column] == "" and column not in allow_empty_numeric:
                raise TableError(tr("Table {file}, row {row}, column '{column}': the value is empty.").format(
                    file=name, row=row_number, column=column))
        for column in numeric:
            if column not in record:
                continue
            raw = record[column]
            if raw == "" and (column in allow_empty_numeric or column not in required):
                record[column] = None
                continue
            try:
                record[column] = float(raw.replace(",", ".") if delimiter == ";" else raw)
            except ValueError:
                raise TableError(
                    tr("Table {file}, row {row}, column '{column}': '{value}' is not a number.").format(
                        file=name, row=row_number, column=column, value=raw)) from None
            if not math.isfinite(record[column]):
                raise TableError(
                    tr("Table {file}, row {row}, column '{column}': '{value}' is not a finite number; give a "
                       "value in metres.").format(file=name, row=row_number, column=column, value=raw))
        for column, allowed in (choices or {}).items():
            if record.get(column, "") not in allowed:
                raise TableError(
                    tr("Table {file}, row {row}, column '{column}': '{value}' is not one of {allowed}.").format(
                        file=name, row=row_number, column=column, value=record.get(column, ""),
                        allowed=", ".join(sorted(allowed))))
        rows.append(record)
    if not rows:
        raise TableError(tr("Table {file} has a header but no rows.").format(file=name))
    return rows
