"""The advice report on paper and on a phone, as headless Chromium prints and lays it out."""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path

import pytest
from test_reports import browser

from conftest import Run

# A law graduate, a school leaver with nothing ticked, a nursing graduate, and someone with no
# formal qualification (every role a stretch: the longest steps).
PEOPLE = {
    "law": {"education": "bachelor", "fields": ["law"], "interests": ["research", "law"]},
    "school-leaver": {"education": "high-school"},
    "nurse": {
        "education": "bachelor",
        "fields": ["healthcare"],
        "interests": ["healthcare"],
        "skills": ["medical-terminology"],
    },
    "no-qualification": {"education": "none"},
}


def chromium(tmp_path: Path) -> list[str]:
    found = browser()
    if found is None:
        import os

        if os.environ.get("BPO_REQUIRE_BROWSER"):
            pytest.fail("BPO_REQUIRE_BROWSER is set but no Chromium was found")
        pytest.skip("Chromium is not installed (CI installs it and sets BPO_REQUIRE_BROWSER)")
    return [
        found,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium'}",
    ]


def report(run: Run, tmp_path: Path, person: dict[str, object], *extra: str) -> Path:
    answers = tmp_path / "me.json"
    answers.write_text(json.dumps(person))
    page = tmp_path / "report.html"
    result = run("advise", "-a", str(answers), "--format", "html", "-o", str(page), *extra)
    assert result.exit_code == 0, result.stderr
    return page


def pdf_pages(pdf: bytes) -> int:
    """Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


@pytest.mark.parametrize("who", PEOPLE)
def test_five_roles_print_on_at_most_four_a4_pages(run: Run, tmp_path: Path, who: str) -> None:
    page = report(run, tmp_path, PEOPLE[who])
    pdf = tmp_path / "report.pdf"
    command = [*chromium(tmp_path), "--no-pdf-header-footer", f"--print-to-pdf={pdf}"]
    subprocess.run([*command, page.as_uri()], capture_output=True, timeout=120, check=True)
    data = pdf.read_bytes()
    sizes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert sizes and all(abs(float(w) - 595) < 2 and abs(float(h) - 842) < 2 for w, h in sizes)
    assert 1 <= pdf_pages(data) <= 4, f"{who}: {pdf_pages(data)} A4 pages"
    text = page.read_text()
    # five roles in full; tied scores share a rank ("1. A", "1. B", "3. C"), so count the headings
    assert len(re.findall(r"<h2>\d+\. ", text)) == 5


def test_the_report_names_the_person_and_the_day_and_prints_tips_and_sources_once(
    run: Run, tmp_path: Path, home: Path
) -> None:
    from datetime import date

    answers = tmp_path / "asha.json"
    answers.write_text(json.dumps(PEOPLE["law"]))
    assert run("advise", "-a", str(answers), "--save", "asha", "--json").exit_code == 0
    page = tmp_path / "asha.html"
    result = run("advise", "--profile", "asha", "--format", "html", "-o", str(page))
    assert result.exit_code == 0, result.stderr
    text = page.read_text()
    assert f"For asha · {date.today().isoformat()}" in text
    tips = re.findall(r"Work on your soft skills", text)
    assert len(tips) == 1  # a general tip, once, not under each of the five roles
    assert "Tips for every role" in text
    assert ".txt" not in text  # sources by title, not by our file names
    assert "bpo role " not in text and "`bpo" not in text  # no commands on paper
    sources = text.split("<h2>Sources</h2>", 1)[1]
    assert "Types of BPO jobs: qualifications, benefits and career opportunities" in sources


def test_addresses_in_a_report_are_links() -> None:
    from bpo_cli.render.blocks import Bullets
    from bpo_cli.render.formats import html as html_format

    page = html_format.render(
        [Bullets(["Pay survey (Example Org, 2024, https://example.org/pay?a=1&b=2)."])], "t"
    )
    assert '<a href="https://example.org/pay?a=1&amp;b=2"' in page
    assert "2024, <a " in page and "</a>)." in page  # the closing bracket is not in the link


PROBE = """<script>
addEventListener("load", () => {
  const doc = document.getElementById("phone").contentDocument, width = 400;
  const out = {page: doc.documentElement.scrollWidth, wide: [], bars: [], heads: 0};
  for (const el of doc.querySelectorAll("body *")) {
    const box = el.getBoundingClientRect();
    if (box.width && box.right > width + 0.5) out.wide.push(el.tagName + ": " +
      (el.textContent || "").trim().slice(0, 40) + " ends at " + Math.round(box.right));
  }
  for (const bar of doc.querySelectorAll(".bar svg, .chart .track"))
    out.bars.push(Math.round(bar.getBoundingClientRect().width));
  for (const head of doc.querySelectorAll("thead"))
    if (head.getBoundingClientRect().height > 0) out.heads += 1;
  const pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>"""


def test_the_report_reads_on_a_400_px_phone(run: Run, tmp_path: Path) -> None:
    page = report(run, tmp_path, PEOPLE["nurse"])
    # Headless Chromium's window is at least 500 px wide, so the report is laid out in a
    # 400 px frame (a srcdoc frame, so the page can measure it) and measured there.
    frame = (
        '<!DOCTYPE html><html><body style="margin:0">'
        f'<iframe id="phone" width="400" height="6000" srcdoc="{html.escape(page.read_text())}">'
        f"</iframe>{PROBE}</body></html>"
    )
    wrapper = tmp_path / "phone.html"
    wrapper.write_text(frame)
    command = [*chromium(tmp_path), "--virtual-time-budget=5000", "--dump-dom"]
    dom = subprocess.run(
        [*command, wrapper.as_uri()], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom)
    assert found, dom[-2000:]
    layout = json.loads(html.unescape(found.group(1)))
    assert layout["page"] <= 400, layout  # nothing scrolls sideways
    assert layout["wide"] == [], layout["wide"]  # nothing is cut at the right edge
    assert layout["heads"] == 0  # tables reflow into one block a row, labelled
    assert layout["bars"] and all(0 < w <= 400 for w in layout["bars"])
