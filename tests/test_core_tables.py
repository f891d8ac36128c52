"""Rule tables as planners write them in Excel (core/tables.py)."""

import pytest

from ondergrond.core.tables import TableError, read_table


def write(tmp_path, text, name="rules.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_comma_table(tmp_path):
    path = write(tmp_path, "function,kind,verdict,note\nWKO open,waterwingebied,excluded,domain.md\n")
    rows = read_table(path, ["function", "kind", "verdict"], optional=["note"])
    assert rows == [{"_row": 2, "function": "WKO open", "kind": "waterwingebied", "verdict": "excluded",
                     "note": "domain.md"}]


def test_excel_semicolon_table_with_bom_and_decimal_comma(tmp_path):
    path = write(tmp_path, "\ufeffutility_type;depth_m;diameter_m\r\nwater;1,0;0,16\r\n\r\n# comment;;\r\n")
    rows = read_table(path, ["utility_type", "depth_m"], numeric=["depth_m", "diameter_m"])
    assert rows[0]["depth_m"] == 1.0 and rows[0]["diameter_m"] == 0.16 and len(rows) == 1


@pytest.mark.parametrize("text, message", [
    ("function,verdict\nA,allowed\n", "lacks the column\\(s\\) kind"),
    ("function,kind,verdict\nA,b,maybe\n", "row 2, column 'verdict': 'maybe' is not one of"),
    ("function,kind,verdict\nA,,allowed\n", "row 2, column 'kind': the value is empty"),
    ("function,kind,verdict\n", "has a header but no rows"),
    ("", "is empty"),
])
def test_errors_name_file_row_and_column(tmp_path, text, message):
    path = write(tmp_path, text, "mijn_regels.csv")
    with pytest.raises(TableError, match=message) as error:
        read_table(path, ["function", "kind", "verdict"], choices={"verdict": {"allowed", "excluded"}})
    assert "mijn_regels.csv" in str(error.value)


def test_non_numeric_value(tmp_path):
    path = write(tmp_path, "function,top_m,bottom_m\nHTO,diep,500\n")
    with pytest.raises(TableError, match="row 2, column 'top_m': 'diep' is not a number"):
        read_table(path, ["function", "top_m", "bottom_m"], numeric=["top_m", "bottom_m"])


def test_not_utf8(tmp_path):
    path = write(tmp_path, "function,kind\nWKO,bodem\xe9\n", encoding="latin-1")
    with pytest.raises(TableError, match="CSV UTF-8"):
        read_table(path, ["function", "kind"])
