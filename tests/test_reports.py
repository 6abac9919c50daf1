"""Reports a person keeps: Markdown that reads cleanly, HTML that a real browser renders."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from conftest import Run

LAW = (
    "education: bachelor\nfields: [law]\ninterests: [research]\nskills: [legal-research, writing]\n"
)
CLASS = (
    '{"id": "a", "education": "bachelor", "fields": ["law"], "skills": ["legal-research"]}\n'
    '{"id": "b", "education": "high-school", "skills": ["fast-typing"]}\n'
    '{"id": "c", "education": "high-school", "skills": ["fast-typing", "accuracy"]}\n'
)


def answers(tmp_path: Path) -> str:
    path = tmp_path / "me.yaml"
    path.write_text(LAW)
    return str(path)


def test_markdown_report_has_answers_ranking_roles_steps_sources_and_disclaimer(
    run: Run, tmp_path: Path
) -> None:
    result = run("advise", "-a", answers(tmp_path), "--format", "markdown")
    assert result.exit_code == 0
    md = result.stdout
    assert md.startswith("# Your BPO career report\n")
    for heading in ("## Your answers", "## 1. Legal Analyst", "## Sources"):
        assert heading in md
    assert re.search(
        r"^\| 1 \| \*\*Legal Analyst\*\* \| █+░* \d+ \| ", md, re.M
    )  # bars in the ranking
    assert "**Steps**" in md and re.search(r"^1\. ", md, re.M)
    assert "career exploration only" in md
    assert "O\\*NET 29.3" in md  # special characters escaped, not taken as emphasis
    tables = [line for line in md.splitlines() if line.startswith("|")]
    assert all(line.endswith("|") for line in tables)  # every table row is closed
    assert "\x1b[" not in md


def test_a_report_goes_to_a_file_atomically_with_normal_permissions(
    run: Run, tmp_path: Path
) -> None:
    out = tmp_path / "reports" / "asha.md"
    result = run("advise", "-a", answers(tmp_path), "--format", "markdown", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert f"Wrote {out}." in result.stderr
    assert out.read_text().startswith("# Your BPO career report")
    assert [p.name for p in out.parent.iterdir()] == ["asha.md"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_json_and_format_must_agree(run: Run, tmp_path: Path) -> None:
    result = run("advise", "-a", answers(tmp_path), "--json", "--format", "html")
    assert result.exit_code == 2
    assert "ask for different outputs" in result.stderr


def test_html_is_one_self_contained_file(run: Run, tmp_path: Path) -> None:
    page = run("advise", "-a", answers(tmp_path), "--format", "html").stdout
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<style>" in page and "<svg" in page
    for external in ("<script", "<link", " src=", "@import", "url("):
        assert external not in page


def browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def rendered_text(path: Path, tmp_path: Path) -> str:
    """Load a page in headless Chromium and read back the text it rendered."""
    chrome = browser()
    if chrome is None:
        if os.environ.get("BPO_REQUIRE_BROWSER"):
            pytest.fail("BPO_REQUIRE_BROWSER is set but no Chromium was found")
        pytest.skip("Chromium is not installed (CI installs it and sets BPO_REQUIRE_BROWSER)")
    command = [
        chrome,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium'}",
        "--dump-dom",
        path.as_uri(),
    ]
    dom = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True).stdout
    body = dom.split("<body>", 1)[1]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


def test_the_html_report_renders_in_a_real_browser(run: Run, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    assert (
        run("advise", "-a", answers(tmp_path), "--format", "html", "-o", str(page)).exit_code == 0
    )
    text = rendered_text(page, tmp_path)
    for expected in (
        "Your BPO career report",
        "Your answers",
        "Bachelor's degree in Law",
        "Your best roles",
        "1. Legal Analyst",
        "Why it fits",
        "career exploration only",
        "Sources",
    ):
        assert expected.replace("'", "&#x27;") in text or expected in text, expected


def test_the_cohort_report_renders_in_a_real_browser(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "class.jsonl"
    source.write_text(CLASS)
    page = tmp_path / "cohort.html"
    assert run("cohort", str(source), "--format", "html", "-o", str(page)).exit_code == 0
    text = rendered_text(page, tmp_path)
    for expected in (
        "Cohort summary",
        "Ready now, by role",
        "Data Entry Specialist",
        "Skills that hold people back",
        "Courses to plan",
    ):
        assert expected in text, expected


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_reasons_against_a_role_are_shown_by_default(run: Run, tmp_path: Path, fmt: str) -> None:
    """Issue 10: a person who asked for day shifts is told, without --explain, which of her
    best roles are often staffed at night."""
    path = tmp_path / "day.yaml"
    path.write_text(
        "education: high-school\nskills: [communication, patience]\n"
        "preferences: {shifts: day-only}\n"
    )
    result = run("advise", "-a", str(path), "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert "Counts against it" in result.stdout
    assert "often staffed at night" in result.stdout
