"""Class lists as spreadsheets make them: .xlsx, Windows-1252 and UTF-16 CSV, TSV, headers and
cells typed by people, form responses; results as CSV and .xlsx."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from conftest import Run, run_json

HEADER = ["ID", "Name", "Education", "Skills", "Years of experience", "Email"]
ROWS = [
    ["S1", "Peña", "Bachelor's degree", "Excel, Accounting basics", "2", "p@example.org"],
    ["S2", "Zoë", "high school", "Fast typing;ACCURACY", "0", "z@example.org"],
    ["S3", "Ann", "Educaton?", "", "", ""],
]


def lines(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


def csv_text(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def test_a_windows_1252_class_list_keeps_names_and_reads_people_cells(
    run: Run, tmp_path: Path
) -> None:
    path = tmp_path / "class.csv"
    path.write_bytes(csv_text([HEADER, *ROWS]).encode("cp1252"))
    result = run("advise", "--batch", str(path), "--keep", "Name", "--top", "1")
    out = lines(result.stdout)
    assert [r["id"] for r in out] == ["S1", "S2", "S3"]
    assert [r["kept"] for r in out] == [{"Name": "Peña"}, {"Name": "Zoë"}, {"Name": "Ann"}]
    assert out[0]["profile"]["education"] == "bachelor"
    assert set(out[0]["profile"]["skills"]) == {"excel", "accounting-basics"}
    assert out[0]["profile"]["experience_years"] == 2
    assert set(out[1]["profile"]["skills"]) == {"fast-typing", "accuracy"}
    assert "unknown education level 'Educaton?'" in out[2]["error"]
    assert "Email" not in result.stdout and "p@example.org" not in result.stdout
    assert "read as Windows-1252 (cp1252)" in result.stderr
    assert "ignoring column bpo does not use: 'Email'" in result.stderr
    assert result.exit_code == 1


def test_utf16_tab_separated_as_excel_saves_unicode_text(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "class.txt"
    text = "\r\n".join("\t".join(r) for r in [HEADER, *ROWS[:2]]) + "\r\n"
    path.write_bytes(text.encode("utf-16"))  # with its byte-order mark, as Excel writes it
    out = lines(run("advise", "--batch", str(path), "--keep", "name").stdout)
    assert [r["kept"] for r in out] == [{"Name": "Peña"}, {"Name": "Zoë"}]
    assert set(out[1]["profile"]["skills"]) == {"fast-typing", "accuracy"}


def test_encoding_can_be_named(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    dasha = "\u0414\u0430\u0448\u0430"  # a Russian name, in Cyrillic
    path.write_bytes(f"id,education\n{dasha},bachelor\n".encode("cp1251"))
    out = lines(run("advise", "--batch", str(path), "--encoding", "cp1251").stdout)
    assert out[0]["id"] == dasha
    bad = run("advise", "--batch", str(path), "--encoding", "klingon")
    assert bad.exit_code == 2 and "not an encoding" in bad.stderr


def test_an_xlsx_class_list_written_by_openpyxl(run: Run, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["S1", "Peña", "Bachelor's degree", "Excel\nAccounting basics", 2, "x"])
    sheet.append([7, "Ann", "Diploma", "Writing", 3.0, "y"])
    book.create_sheet("Notes").append(["ignored"])
    path = tmp_path / "class.xlsx"
    book.save(path)
    result = run("advise", "--batch", str(path), "--keep", "Name", "--top", "1")
    out = lines(result.stdout)
    assert result.exit_code == 0, result.stderr
    assert [(r["line"], r["id"], r["kept"]) for r in out] == [
        (2, "S1", {"Name": "Peña"}),
        (3, "7", {"Name": "Ann"}),
    ]
    assert set(out[0]["profile"]["skills"]) == {"excel", "accounting-basics"}
    assert out[1]["profile"]["experience_years"] == 3
    assert "reading its first sheet" in result.stderr


def test_an_xlsx_gives_the_same_advice_as_the_same_csv(run: Run, tmp_path: Path) -> None:
    rows = [HEADER, *ROWS[:2]]
    book = Workbook()
    for r in rows:
        book.active.append(r)
    book.save(tmp_path / "a.xlsx")
    (tmp_path / "a.csv").write_text(csv_text(rows), encoding="utf-8")
    from_xlsx = run("advise", "--batch", str(tmp_path / "a.xlsx")).stdout
    from_csv = run("advise", "--batch", str(tmp_path / "a.csv")).stdout
    assert from_xlsx == from_csv and from_csv


def test_an_old_xls_or_a_damaged_xlsx_is_a_clear_error(run: Run, tmp_path: Path) -> None:
    old = tmp_path / "class.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    result = run("advise", "--batch", str(old))
    assert result.exit_code == 1 and "old-style .xls" in result.stderr
    damaged = tmp_path / "class.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    result = run("advise", "--batch", str(damaged))
    assert result.exit_code == 1 and "not a readable .xlsx workbook" in result.stderr
    assert "Traceback" not in result.stderr


def test_near_miss_columns_are_errors_with_did_you_mean(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    path.write_text("ID,Educaton,Work experience (years)\nS1,bachelor,2\n")
    result = run("advise", "--batch", str(path))
    assert result.exit_code == 1 and result.stdout == ""
    assert "unknown column 'Educaton' in the header; did you mean 'education'?" in result.stderr
    assert "'Work experience (years)'" in result.stderr and "'experience_years'" in result.stderr


def test_duplicate_columns_are_a_file_error(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    path.write_text("id,skills,Skills\nS1,excel,writing\n")
    result = run("advise", "--batch", str(path))
    assert result.exit_code == 1 and result.stdout == ""
    assert "the column 'Skills' appears twice (columns 2 and 3)" in result.stderr
    path.write_text("id,skills,Which skills do you already have?\nS1,excel,writing\n")
    result = run("advise", "--batch", str(path))
    assert "both give skills" in result.stderr


def test_keep_names_a_missing_column(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    path.write_text("id,education\nS1,bachelor\n")
    result = run("advise", "--batch", str(path), "--keep", "Name")
    assert result.exit_code == 2
    assert "--keep 'Name': " in result.stderr and "'id', 'education'" in result.stderr


def test_whole_labels_with_commas_are_matched_before_splitting(
    run: Run, tmp_path: Path, kb: object
) -> None:
    labels = kb.labels("skills")  # type: ignore[attr-defined]
    with_comma = next((k, v) for k, v in labels.items() if "," in v)
    path = tmp_path / "class.csv"
    path.write_text(
        csv_text(
            [
                ["id", "skills", "Shifts"],
                ["S1", f"{with_comma[1]}, Excel", "Yes, any shift"],
                ["S2", "excel, unknown-thing, writting", "day only?"],
            ]
        )
    )
    out = lines(run("advise", "--batch", str(path)).stdout)
    assert set(out[0]["profile"]["skills"]) == {with_comma[0], "excel"}
    assert out[0]["profile"]["preferences"]["shifts"] == "any"
    assert "unknown skill 'unknown-thing'" in out[1]["error"]
    assert "did you mean 'writing'" in out[1]["error"]


def test_results_as_csv_one_row_per_person_with_errors_and_escaping(
    run: Run, tmp_path: Path
) -> None:
    path = tmp_path / "class.csv"
    path.write_text(
        csv_text(
            [
                ["id", "Name", "education", "skills"],
                ["S1", '=HYPERLINK("http://x")', "bachelor", "excel"],
                ["S2", "Bo", "phd", ""],
            ]
        )
    )
    result = run("advise", "--batch", str(path), "--keep", "Name", "--format", "csv", "--top", "2")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][0].startswith("# bpo's advice is for career exploration only")
    assert rows[1][:4] == ["Name", "id", "line", "error"]
    assert rows[1][4:10] == [
        "Role 1",
        "Fit 1",
        "Score 1",
        "Missing skills 1",
        "Qualification 1",
        "First step 1",
    ]
    assert len(rows[1]) == 4 + 2 * 6
    assert rows[2][:4] == ['\'=HYPERLINK("http://x")', "S1", "2", ""]
    assert rows[2][5] in ("ready", "reachable", "stretch") and rows[2][6].isdigit()
    assert rows[3][1:3] == ["S2", "3"] and "phd" in rows[3][3]
    assert result.exit_code == 1


def test_results_as_xlsx_with_an_about_and_an_errors_sheet(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    path.write_text("id,Name,education,skills\nS1,Asha,bachelor,excel\nS2,Bo,phd,\n")
    target = tmp_path / "out.xlsx"
    result = run(
        "advise", "--batch", str(path), "--keep", "Name", "--format", "xlsx", "-o", str(target)
    )
    assert result.exit_code == 1 and result.stdout == ""
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == ["About", "Results", "Errors"]
    about = [r[0] for r in book["About"].iter_rows(values_only=True)]
    assert any("must not be used to screen" in (text or "") for text in about)
    results = list(book["Results"].iter_rows(values_only=True))
    assert results[0][:3] == ("Name", "id", "line") and results[0][3] == "Role 1"
    assert results[1][:3] == ("Asha", "S1", 2) and isinstance(results[1][5], int)
    errors = list(book["Errors"].iter_rows(values_only=True))
    assert errors[0] == ("Name", "id", "line", "error")
    assert errors[1][:3] == ("Bo", "S2", 3) and "phd" in errors[1][3]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_xlsx_needs_a_file_and_html_is_for_cohort(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    path.write_text("id\nS1\n")
    result = run("advise", "--batch", str(path), "--format", "xlsx")
    assert result.exit_code == 2 and "-o FILE" in result.stderr
    result = run("advise", "--batch", str(path), "--format", "html")
    assert result.exit_code == 2 and "bpo cohort" in result.stderr
    result = run("advise", "--answers", str(path), "--format", "csv")
    assert result.exit_code == 2 and "--batch" in result.stderr


def test_cohort_as_a_workbook_of_tables(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    path.write_text("ID,Education,Skills\nS1,High school,fast typing\nS2,bachelor,excel\n")
    target = tmp_path / "cohort.xlsx"
    result = run("cohort", str(path), "--format", "xlsx", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == [
        "About",
        "Summary",
        "Roles",
        "Skills",
        "Qualifications",
        "Holland",
        "Errors",
    ]
    summary = dict(list(book["Summary"].iter_rows(values_only=True))[1:])
    assert summary["Records"] == 2 and summary["Advised"] == 2
    roles = list(book["Roles"].iter_rows(values_only=True))
    assert roles[0][:3] == ("Role", "Slug", "Ready") and len(roles) > 10


def form_responses(form: dict[str, object], people: list[dict[str, object]]) -> str:
    """A responses CSV as Google Forms downloads it: Timestamp, then the question texts."""
    questions = form["questions"]  # type: ignore[index]
    header = ["Timestamp", "Email Address", *(q["text"] for q in questions)]  # type: ignore[index]
    rows = [header]
    for n, person in enumerate(people):
        row = [f"2026/11/2{n} 10:0{n}:00 AM GMT+5:30", f"p{n}@example.org"]
        for q in questions:  # type: ignore[attr-defined]
            value = person.get(q["answer"])
            labels = {o["id"]: o["label"] for o in q["options"]}
            if value is None:
                row.append("")
            elif q["kind"] == "multiple":
                row.append(", ".join(labels[v] for v in value))
            elif q["kind"] == "number":
                row.append(str(value))
            else:
                row.append(labels[value])
        rows.append(row)
    return csv_text(rows)


PEOPLE = [
    {
        "education": "bachelor",
        "fields": ["law", "commerce"],
        "skills": ["legal-research", "writing", "excel"],
        "interests": ["research"],
        "experience_years": 2,
        "preferences.shifts": "day-only",
        "preferences.location": "remote",
    },
    {"education": "high-school", "skills": ["fast-typing", "accuracy"], "experience_years": 0},
]


def _answers(person: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in person.items():
        group, dot, sub = key.partition(".")
        if dot:
            out.setdefault(group, {})[sub] = value  # type: ignore[index]
        else:
            out[key] = value
    return out


def test_a_form_responses_sheet_gives_the_same_advice_as_answers_files(
    run: Run, tmp_path: Path
) -> None:
    form = run_json(run, "form", "--json")
    kinds = {q["answer"]: q["kind"] for q in form["questions"]}
    assert kinds["skills"] == "multiple" and kinds["education"] == "single"
    assert kinds["experience_years"] == "number"
    path = tmp_path / "responses.csv"
    path.write_text(form_responses(form, PEOPLE), encoding="utf-8")
    result = run("advise", "--batch", str(path), "--keep", "Email Address", "--top", "10")
    assert result.exit_code == 0, result.stderr
    out = lines(result.stdout)
    assert "ignoring column bpo does not use: 'Timestamp'" in result.stderr
    for n, (record, person) in enumerate(zip(out, PEOPLE, strict=True)):
        answers = tmp_path / f"p{n}.json"
        answers.write_text(json.dumps(_answers(person)))
        single = run_json(run, "advise", "--answers", str(answers), "--json")
        assert record["kept"] == {"Email Address": f"p{n}@example.org"}
        assert record["profile"] == single["profile"]
        assert [(m["role"], m["score"], m["fit"]) for m in record["matches"]] == [
            (m["role"], m["score"], m["fit"]) for m in single["matches"][:10]
        ]


def test_form_text_lists_each_question_and_its_choices(run: Run) -> None:
    result = run("form")
    assert result.exit_code == 0
    assert "1. Which country are you looking for work in?" in result.stdout
    assert "2. What is the highest level of education you have completed?" in result.stdout
    assert "Checkboxes (any number of answers); answers key: skills" in result.stdout
    assert "Yes, any shift" in result.stdout


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_kill_never_loses_written_rows_and_csv_output_streams(
    tmp_path: Path, workers: str
) -> None:
    import os
    import subprocess
    import sys

    path = tmp_path / "class.csv"
    with path.open("w") as out:
        out.write("id,education,skills\n")
        for n in range(3_000):
            out.write(f"S{n},high-school,fast typing; accuracy\n")
    env = {**os.environ, "BPO_WORKERS": workers}
    done = subprocess.run(
        [sys.executable, "-m", "bpo_cli", "advise", "--batch", str(path), "--format", "csv"],
        capture_output=True,
        env=env,
        check=False,
        timeout=120,
    )
    rows = list(csv.reader(io.StringIO(done.stdout.decode())))
    assert done.returncode == 0
    assert [r[0] for r in rows[2:]] == [f"S{n}" for n in range(3_000)]


def test_cohort_keeps_chosen_columns_for_the_records_it_could_not_read(
    run: Run, tmp_path: Path
) -> None:
    path = tmp_path / "class.csv"
    path.write_text("ID,Name,Email,Education\nS1,Asha,a@example.org,bachelor\nS2,Bo,b@x.org,phd\n")
    document = json.loads(run("cohort", str(path), "--keep", "Name", "--json").stdout)
    assert document["errors"] == [
        {"line": 3, "error": document["errors"][0]["error"], "kept": {"Name": "Bo"}}
    ]
    assert "b@x.org" not in json.dumps(document)


def _workbook_with(tmp_path: Path, part: str, xml: bytes) -> Path:
    """A real workbook with one part replaced, as an attacker would craft it."""
    import zipfile

    book = Workbook()
    book.active.append(["id", "education"])
    book.active.append(["S1", "bachelor"])
    clean = tmp_path / "clean.xlsx"
    book.save(clean)
    crafted = tmp_path / "crafted.xlsx"
    with zipfile.ZipFile(clean) as src, zipfile.ZipFile(crafted, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, xml if item.filename == part else src.read(item.filename))
    return crafted


def test_an_xlsx_with_xml_entities_is_refused_not_expanded(run: Run, tmp_path: Path) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>'
        b"</sheetData></worksheet>"
    )
    path = _workbook_with(tmp_path, "xl/worksheets/sheet1.xml", laughs)
    result = run("advise", "--batch", str(path))
    assert result.exit_code == 1 and result.stdout == ""
    assert "cannot be read" in result.stderr or "not a readable" in result.stderr
    assert "lollol" not in result.stderr


def test_an_xlsx_zip_bomb_is_refused_before_it_is_unpacked(run: Run, tmp_path: Path) -> None:
    bomb = b"<worksheet>" + b" " * 60_000_000 + b"</worksheet>"  # deflates to ~60 kB
    path = _workbook_with(tmp_path, "xl/styles.xml", bomb)
    result = run("advise", "--batch", str(path))
    assert result.exit_code == 1 and result.stdout == ""
    assert "too large, or a zip bomb" in result.stderr


def test_csv_results_agree_with_advise_for_the_same_answers(run: Run, tmp_path: Path) -> None:
    people = [
        ("S1", "bachelor", "law", "legal-research;writing", "2"),
        ("S2", "high-school", "", "fast-typing;accuracy", "0"),
        ("S3", "none", "", "", "0"),
        ("S4", "master", "finance", "excel;data-analysis;statistics", "6"),
    ]
    path = tmp_path / "class.csv"
    path.write_text(
        "id,education,fields,skills,experience_years\n"
        + "".join(",".join(p) + "\n" for p in people)
    )
    result = run("advise", "--batch", str(path), "--format", "csv", "--top", "3")
    rows = list(csv.reader(io.StringIO(result.stdout)))[2:]
    for person, row in zip(people, rows, strict=True):
        answers = tmp_path / f"{person[0]}.json"
        answers.write_text(
            json.dumps(
                {
                    "education": person[1],
                    "fields": [f for f in person[2].split(";") if f],
                    "skills": [s for s in person[3].split(";") if s],
                    "experience_years": int(person[4]),
                }
            )
        )
        single = run_json(run, "advise", "--answers", str(answers), "--json")
        for rank, match in enumerate(single["matches"][:3]):
            cells = row[3 + rank * 6 : 3 + (rank + 1) * 6]
            assert cells[0] == match["title"] and cells[1] == match["fit"]
            assert int(cells[2]) == match["score"]
            assert cells[5] == match["steps"][0]["text"]


def test_semicolon_separated_csv_from_a_european_excel(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    path.write_bytes(
        "ID;Name;Education;Skills\r\nS1;Peña;Diploma;Excel, Writing\r\n".encode("cp1252")
    )
    out = lines(run("advise", "--batch", str(path), "--keep", "Name").stdout)
    assert out[0]["kept"] == {"Name": "Peña"}
    assert set(out[0]["profile"]["skills"]) == {"excel", "writing"}
