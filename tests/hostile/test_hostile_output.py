"""Text from data is shown, never obeyed: no markup, no control sequence, no Markdown block."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from bpo_cli.render.blocks import Bullets, Fields, Heading, Paragraph, Section, Span, Table
from bpo_cli.render.formats import html, markdown, plain
from bpo_cli.render.safe import clean

from hostile_run import BPO, ESC, EVIL_TITLE, answers, bpo, env, overlay

# Sequences a terminal obeys: clear screen, set the window title, a hyperlink, a bell.
CONTROLS = ["\x1b[2J", "\x1b]0;pwned\x07", "\x1b]8;;https://evil.example\x1b\\", "\x9b31m", "\x07"]


@pytest.mark.parametrize("sequence", CONTROLS)
def test_every_backend_writes_control_sequences_out_visibly(sequence: str) -> None:
    evil = f"Legal {sequence} Analyst\u202e"
    blocks = [
        Heading(evil, evil),
        Paragraph([Span(evil, "good")]),
        Fields([(evil, evil)]),
        Bullets([evil], title=evil, details=[[evil]]),
        Table([evil], [[evil]], title=evil),
        Section(evil, [Paragraph(evil)]),
    ]
    for text in (plain.render(blocks), markdown.render(blocks), html.render(blocks, evil)):
        assert ESC not in text and "\x07" not in text and "\x9b" not in text
        assert "\u202e" not in text
        assert "\\x1b" in text or "\\x9b" in text or "\\x07" in text


def test_rich_draws_markup_and_control_characters_from_data_as_text() -> None:
    from rich.console import Console

    from bpo_cli.render.formats.rich import print_blocks

    evil = EVIL_TITLE + " [/bold] \x1b]0;pwned\x07"
    blocks = [
        Heading(evil),
        Fields([(evil, evil)]),
        Table([evil], [[evil]], title=evil),
        Section(evil, [Bullets([evil], title=evil)]),
    ]
    console = Console(force_terminal=True, color_system="truecolor", width=200)
    with console.capture() as captured:
        print_blocks(console, blocks)  # "[/bold]" as markup would raise MarkupError
    out = captured.get()
    assert "\x1b]8;" not in out  # no hyperlink escape: the link is not made
    assert "\x1b]0;" not in out and "\x07" not in out
    assert "[link=https://evil.example/login]" in out  # shown as the text it is
    assert "\\x1b]0;pwned\\x07" in out


def test_clean_keeps_ordinary_text_and_layout() -> None:
    assert clean("Kundenservice\tcafé — 日本語\n") == "Kundenservice\tcafé — 日本語\n"
    assert clean("a\r\nb\rc") == "a\nb\nc"


def test_data_check_lists_markup_and_control_characters(tmp_path: Path) -> None:
    root = overlay(tmp_path, EVIL_TITLE)
    overlay(tmp_path, "Legal\\x1b]0;pwned\\x07 Analyst\\x1b[2J", slug="ctl-analyst")
    result = bpo(tmp_path, "data", "check", str(root))
    assert result.returncode == 1
    assert "evil-analyst.yaml" in result.stdout and "terminal markup" in result.stdout
    assert "ctl-analyst.yaml" in result.stdout and "control characters" in result.stdout
    assert ESC not in result.stdout + result.stderr
    # Control characters are an error: every other command refuses that overlay.
    refused = bpo(tmp_path, "compare", "ctl-analyst", "legal-analyst", "--data", str(root))
    assert refused.returncode == 1 and "control characters" in refused.stderr
    assert ESC not in refused.stdout + refused.stderr


def test_markup_in_data_is_shown_as_text_and_never_becomes_a_link(tmp_path: Path) -> None:
    root = overlay(tmp_path, EVIL_TITLE)
    overlay(tmp_path, "Analyst [/bold] [bold red]Senior", slug="bold-analyst")
    args = ["compare", "evil-analyst", "bold-analyst", "legal-analyst", "--data", str(root)]
    for extra in ({}, {"FORCE_COLOR": "1", "COLUMNS": "250"}):
        result = bpo(tmp_path, *args, extra_env=extra)
        assert result.returncode == 0, result.stderr  # "[/bold]" as markup would crash rich
        assert "[link=https://evil.exa" in result.stdout and "[/link]" in result.stdout
        assert "[/bold]" in result.stdout and "[bold red]" in result.stdout
        assert "\x1b]8;" not in result.stdout  # no OSC 8 hyperlink
    cohort = tmp_path / "class.jsonl"
    cohort.write_text(
        '{"education": "bachelor", "fields": ["law"], "skills": ["legal-research"]}\n'
    )
    shown = bpo(
        tmp_path, "cohort", str(cohort), "--data", str(root), extra_env={"FORCE_COLOR": "1"}
    )
    assert shown.returncode == 0, shown.stderr
    assert "]8;" not in shown.stdout


def test_a_bare_carriage_return_does_not_start_a_markdown_block(tmp_path: Path) -> None:
    title = "Contract Reviewer\\r---\\r# Injected heading\\r"
    root = overlay(tmp_path, title, slug="contract-reviewer")
    me = answers(tmp_path)
    result = bpo(tmp_path, "advise", "--answers", str(me), "--data", str(root), "-f", "markdown")
    assert result.returncode == 0, result.stderr
    assert "Contract Reviewer" in result.stdout
    lines = result.stdout.splitlines()
    assert not any(line.startswith(("---", "# Injected")) for line in lines)
    assert "\r" not in result.stdout


def test_file_names_in_messages_cannot_drive_the_terminal(tmp_path: Path) -> None:
    name = "me\x1b[2J\x1b]0;pwned\x07.yaml"
    (tmp_path / name).write_text("education: nonsense\n")
    for extra in ({}, {"FORCE_COLOR": "1"}):
        result = bpo(tmp_path, "advise", "--answers", name, extra_env=extra)
        assert result.returncode == 1
        assert ESC not in result.stderr and "\x07" not in result.stderr
        assert "me\\x1b[2J" in result.stderr
    unknown = bpo(tmp_path, "role", "x\x1b]0;pwned\x07")
    assert unknown.returncode == 1 and ESC not in unknown.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals need a POSIX system")
def test_on_a_real_terminal_a_markup_title_stays_text(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    root = overlay(tmp_path, EVIL_TITLE)
    child = pexpect.spawn(
        BPO,
        ["compare", "evil-analyst", "legal-analyst", "--data", str(root)],
        env={**env(tmp_path), "TERM": "xterm-256color"},
        cwd=str(tmp_path),
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 200),
    )
    child.expect(pexpect.EOF)
    child.close()
    seen = child.before or ""
    assert child.exitstatus == 0, seen
    assert "\x1b[" in seen  # a real terminal: rich draws colour
    assert "\x1b]8;" not in seen  # but no hyperlink
    assert "[link=https://evil.example/login]" in seen


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals need a POSIX system")
def test_on_a_real_terminal_no_escape_sequence_from_data_arrives(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    title = "Contract Reviewer\\x1b]0;pwned\\x07\\x1b[2J"
    root = overlay(tmp_path, title, slug="contract-reviewer")
    # The overlay is refused, and the message that says so is shown on the terminal.
    child = pexpect.spawn(
        BPO,
        ["advise", "--answers", str(answers(tmp_path)), "--data", str(root)],
        env={**env(tmp_path), "TERM": "xterm-256color"},
        cwd=str(tmp_path),
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 120),
    )
    child.expect(pexpect.EOF)
    child.close()
    seen = child.before or ""
    assert child.exitstatus == 1
    assert "control characters" in seen
    assert "\x1b]0;" not in seen and "\x1b[2J" not in seen and "\x07" not in seen


def test_force_color_into_a_closed_pipe_exits_141(tmp_path: Path) -> None:
    reader, writer = os.pipe()
    os.close(reader)  # the reader is gone before bpo writes, as with `| head -1` on long output
    try:
        result = bpo(
            tmp_path,
            "advise",
            "--answers",
            str(answers(tmp_path)),
            stdout=writer,
            stderr=-1,
            capture_output=False,
            extra_env={"FORCE_COLOR": "1"},
        )
    finally:
        os.close(writer)
    assert result.returncode == 141
    assert result.stderr == ""


def test_class_list_outputs_show_control_characters_in_ids_visibly(tmp_path: Path) -> None:
    rows = [
        '{"id": "ann\\u001b]0;pwned\\u0007\\u001b[2J", "education": "bachelor"}',
        '{"id": "\\r=HYPERLINK(\\"https://evil.example\\")", "education": "diploma"}',
    ]
    batch = tmp_path / "class.jsonl"
    batch.write_text("\n".join(rows) + "\n")
    csv_out = bpo(tmp_path, "advise", "--batch", str(batch), "-f", "csv", "--keep", "id")
    assert csv_out.returncode == 0, csv_out.stderr
    assert ESC not in csv_out.stdout and "\x07" not in csv_out.stdout
    assert "ann\\x1b]0;pwned" in csv_out.stdout
    assert "'\n=HYPERLINK" in csv_out.stdout  # still escaped as a formula
    for args in (["advise", "--batch"], ["cohort"]):
        book = tmp_path / "out.xlsx"
        result = bpo(tmp_path, *args, str(batch), "-f", "xlsx", "-o", str(book), "--keep", "id")
        assert result.returncode == 0, result.stderr  # openpyxl refuses raw control characters
        assert book.stat().st_size > 0
