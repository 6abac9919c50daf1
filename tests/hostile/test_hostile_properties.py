"""Whatever a hostile answers or overlay file holds: exit 0 or 1, a message, nothing obeyed."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from typer.testing import CliRunner

from bpo_cli.cli import app

from hostile_run import ESC
from hostile_strategies import answers_file, overlay_file

# Each example loads the knowledge base (an overlay is never cached): few examples, many runs.
SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(app, args, prog_name="bpo")
    out = result.stdout + result.stderr
    assert result.exit_code in (0, 1), (result.exit_code, out[-500:])
    assert "error: unexpected" not in out, out[-500:]
    assert ESC not in out and "\x9b" not in out and "\x07" not in out
    return result.exit_code, out


@SETTINGS
@given(answers_file)
def test_any_answers_file_is_advice_or_a_clear_error(drawn: tuple[str, str]) -> None:
    suffix, text = drawn
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"me{suffix}"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        code, out = check(["advise", "--answers", str(path), "-f", "markdown"])
        if code == 1:
            assert str(path) in out  # the error names the file
            assert len(out) < 4000  # and quotes little of it


@SETTINGS
@given(overlay_file)
def test_any_overlay_file_is_checked_not_crashed_on(drawn: tuple[str, str]) -> None:
    rel, text = drawn
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        code, out = check(["data", "check", folder])
        if code == 1:
            assert rel.split("/")[-1] in out
        check(["roles", "--data", folder])
