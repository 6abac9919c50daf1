"""The .xlsx writer: what goes in comes out, in openpyxl (and in LibreOffice: test_libreoffice)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from bpo_cli.tables.workbook import Workbook, column


def test_column_letters() -> None:
    assert [column(i) for i in (0, 25, 26, 51, 52, 701, 702)] == [
        "A", "Z", "AA", "AZ", "BA", "ZZ", "AAA",
    ]  # fmt: skip


def test_values_round_trip_through_openpyxl(tmp_path: Path) -> None:
    book = Workbook()
    book.add_sheet("People")
    book.add_sheet("Errors <&>")
    rows = [
        ["Name", "Score", "Share", "Ready", "Note"],
        ["Asha", 62, 0.5, True, "  two spaces, then\na new line & <tags>"],
        ["Ravi", 0, -1.25, False, "bell \x07 and NUL \x00 are not XML"],
    ]
    for r in rows:
        book.append("People", r)
    book.append("Errors <&>", ["line 3", None, "", "after gaps"])
    path = tmp_path / "out.xlsx"
    book.save(str(path))
    book.close()
    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames == ["People", "Errors <&>"]
    got = [list(r) for r in wb["People"].iter_rows(values_only=True)]
    assert got[0] == rows[0]
    assert got[1] == rows[1]
    assert got[2][:4] == ["Ravi", 0, -1.25, False]
    assert got[2][4] == "bell \ufffd and NUL \ufffd are not XML"
    errors = [list(r) for r in wb["Errors <&>"].iter_rows(values_only=True)]
    assert errors == [["line 3", None, None, "after gaps"]]
