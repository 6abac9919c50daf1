"""Round trips through a real spreadsheet program, LibreOffice Calc (headless): a class list
LibreOffice saved is read by the installed bpo, and the workbook bpo writes opens in LibreOffice
and converts back to the same rows bpo wrote as CSV."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BPO = Path(sys.executable).with_name("bpo")
CLASS = [
    ["ID", "Name", "Education", "Skills", "Years of experience", "Section"],
    ["S1", "Peña", "Bachelor's degree", "Excel, Accounting basics", "2", "A"],
    ["S2", "Zoë", "High school", "Fast typing; Accuracy", "0", "B"],
    ["S3", "=1+1", "phd", "", "", "B"],
    ["S4", "Ana-María", "diploma", "Communication, Patience", "1", "A"],
]


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("BPO_REQUIRE_LIBREOFFICE"):
            pytest.fail("BPO_REQUIRE_LIBREOFFICE is set but no LibreOffice (soffice) was found")
        pytest.skip(
            "LibreOffice is not installed (CI installs it and sets BPO_REQUIRE_LIBREOFFICE)"
        )
    return found


def convert(source: Path, to: str, tmp_path: Path, infilter: str | None = None) -> Path:
    """Convert a file with LibreOffice; returns the folder it wrote to."""
    out = tmp_path / f"lo-{to.split(':')[0]}-{source.stem}"
    command = [
        soffice(),
        f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
        "--headless",
        "--convert-to",
        to,
        "--outdir",
        str(out),
    ]
    if infilter:
        command.append(f"--infilter={infilter}")
    subprocess.run([*command, str(source)], capture_output=True, check=True, timeout=180)
    return out


def bpo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BPO), *args], capture_output=True, text=True, timeout=120, check=False
    )


def utf8_csv(tmp_path: Path, rows: list[list[str]] = CLASS) -> Path:
    path = tmp_path / "class.csv"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def test_class_lists_libreoffice_saved_are_read_with_names_intact(tmp_path: Path) -> None:
    # LibreOffice would compute a formula typed in a CSV: this class has none
    original = utf8_csv(tmp_path, [[c.replace("=1+1", "O'Brien") for c in r] for r in CLASS])
    xlsx = convert(original, "xlsx", tmp_path, infilter="CSV:44,34,76,1") / "class.xlsx"
    # "Text CSV" in the Windows-1252 code page (character set 1), as a Windows user saves it
    cp1252 = (
        convert(
            original, "csv:Text - txt - csv (StarCalc):44,34,1", tmp_path, infilter="CSV:44,34,76,1"
        )
        / "class.csv"
    )
    assert "Peña".encode("cp1252") in cp1252.read_bytes()  # truly not UTF-8
    expected = bpo("advise", "--batch", str(original), "--keep", "Name")
    assert expected.returncode == 1  # S3's education is not a level
    for saved in (xlsx, cp1252):
        result = bpo("advise", "--batch", str(saved), "--keep", "Name")
        assert result.returncode == 1, result.stderr
        got = [json.loads(line) for line in result.stdout.splitlines()]
        assert [r["kept"]["Name"] for r in got] == ["Peña", "Zoë", "O'Brien", "Ana-María"]
        assert result.stdout == expected.stdout  # the same advice, record for record
        assert "ignoring column bpo does not use: 'Section'" in result.stderr


def test_the_workbook_bpo_writes_opens_in_libreoffice_with_the_same_rows(tmp_path: Path) -> None:
    original = utf8_csv(tmp_path)
    target = tmp_path / "advice.xlsx"
    written = bpo(
        "advise",
        "--batch",
        str(original),
        "--keep",
        "Name",
        "--top",
        "3",
        "--format",
        "xlsx",
        "-o",
        str(target),
    )
    assert written.returncode == 1 and target.exists(), written.stderr
    as_csv = bpo(
        "advise", "--batch", str(original), "--keep", "Name", "--top", "3", "--format", "csv"
    )
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))[1:]  # after the disclaimer row
    error_at = rows[0].index("error")
    good = [r[:error_at] + r[error_at + 1 :] for r in rows[1:] if not r[error_at]]
    bad = [r[: error_at + 1] for r in rows[1:] if r[error_at]]
    header = rows[0][:error_at] + rows[0][error_at + 1 :]

    # every sheet to its own CSV file (UTF-8): LibreOffice's "sheet -1" option
    out = convert(
        target,
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        tmp_path,
    )

    def sheet(name: str) -> list[list[str]]:
        text = (out / f"advice-{name}.csv").read_text(encoding="utf-8")
        return list(csv.reader(io.StringIO(text)))

    assert sheet("Results") == [header, *good]
    assert sheet("Errors") == [rows[0][: error_at + 1], *bad]
    assert len(good) == 3 and [r[0] for r in good] == ["Peña", "Zoë", "Ana-María"]
    assert bad[0][:3] == ["'=1+1", "S3", "4"]  # the formula stayed text
    assert any("must not be used to screen" in " ".join(r) for r in sheet("About"))


def test_the_cohort_workbook_opens_in_libreoffice(tmp_path: Path) -> None:
    original = utf8_csv(tmp_path)
    target = tmp_path / "cohort.xlsx"
    result = bpo("cohort", str(original), "--format", "xlsx", "-o", str(target))
    assert result.returncode == 1, result.stderr  # one record failed
    out = convert(
        target,
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        tmp_path,
    )
    summary = dict(
        tuple(r) for r in csv.reader(io.StringIO((out / "cohort-Summary.csv").read_text()))
    )
    assert summary["Records"] == "4" and summary["Advised"] == "3"
    roles = list(csv.reader(io.StringIO((out / "cohort-Roles.csv").read_text())))
    assert roles[0][:3] == ["Role", "Slug", "Ready"] and len(roles) > 20


def test_an_ods_says_how_to_save_it(tmp_path: Path) -> None:
    ods = convert(utf8_csv(tmp_path), "ods", tmp_path, infilter="CSV:44,34,76,1") / "class.ods"
    result = bpo("advise", "--batch", str(ods))
    assert result.returncode == 1 and result.stdout == ""
    assert "an OpenDocument file (.ods)" in result.stderr and "Traceback" not in result.stderr
