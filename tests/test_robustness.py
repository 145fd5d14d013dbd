"""Every file of the peer corpus (pdfplumber's and python-docx's test files) gives a report or a
clean error: exit code 0, 1 or 2, never a traceback, and the input is never modified."""
import hashlib
import json

import pytest
from typer.testing import CliRunner

from opcheck.cli import app
from conftest import ROBUSTNESS

FILES = sorted(p for p in ROBUSTNESS.glob("*/*") if p.suffix.lower() in (".pdf", ".docx")) if ROBUSTNESS.is_dir() else []


def test_corpus_is_present():
    if not ROBUSTNESS.is_dir():
        pytest.skip("../shared/corpus/robustness not present on this machine")
    assert len(FILES) > 50


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_file_gives_report_or_clean_error(path):
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    runner = CliRunner()
    for args in (["outline", "--format", "json", str(path)], ["check", "--format", "json", "--quiet", str(path)]):
        result = runner.invoke(app, args, catch_exceptions=True)
        assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.output[-500:])
        if result.exception is not None:
            assert isinstance(result.exception, SystemExit), repr(result.exception)
        assert "Traceback" not in result.output
        if result.exit_code in (0, 1):
            data = json.loads(result.stdout)
            assert data
        else:
            assert "opcheck:" in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
