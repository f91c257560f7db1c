"""The corpus runner's pure parts: output parsing, classification, TSV, summary."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus() -> ModuleType:
    """benchmarks/corpus.py, loaded from its path (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location(
        "bench_corpus", ROOT / "benchmarks" / "corpus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = module
    spec.loader.exec_module(module)
    return module


CRASH_STDERR = """\
spec.json:3: warning[operation-skipped] no responses (at #/paths/~1a/get)
Traceback (most recent call last):
  File "/work/venv/bin/clientsmith", line 8, in <module>
    sys.exit(main())
  File "/work/main/clientsmith/generator/schemas.py", line 120, in _convert
    return self._inner(node)
  File "/work/main/clientsmith/generator/naming.py", line 40, in class_name
    return words[0]
IndexError: list index out of range
"""

DIAG_STDERR = """\
api.json:12: error[invalid-ref] cannot resolve '#/definitions/X' (at #/paths/~1x/get)
api.json:14: error[invalid-ref] cannot resolve '#/definitions/Y' (at #/paths/~1y/get)
api.json:20: warning[operation-skipped] skipped (at #/paths/~1y/get)
<spec>: info[renamed] model renamed
error: 2 errors in the spec
"""


def test_crash_is_classified_with_last_traceback_line_and_frame(
    corpus: ModuleType,
) -> None:
    r = corpus.classify_clientsmith(
        corpus.Record("clientsmith", "a.json"), 1, "", CRASH_STDERR, False
    )
    assert r.outcome == corpus.CRASH
    assert r.failure == "IndexError: list index out of range"
    assert r.failure_where == "clientsmith/generator/naming.py:40:class_name"
    assert r.warnings == 1 and r.errors == 0
    assert r.diagnostics == "warning:operation-skipped=1"


def test_traceback_counts_as_crash_even_with_exit_zero(corpus: ModuleType) -> None:
    stdout = "out: package 'p', 3/3 operations, 5 written, 0 unchanged, 0 removed\n"
    r = corpus.classify_clientsmith(
        corpus.Record("clientsmith", "a.json"), 0, stdout, CRASH_STDERR, False
    )
    assert r.outcome == corpus.CRASH
    assert (r.ops_emitted, r.ops_in_spec, r.package) == (3, 3, "p")


def test_diagnostics_failure_groups_error_codes(corpus: ModuleType) -> None:
    r = corpus.classify_clientsmith(
        corpus.Record("clientsmith", "b.json"), 1, "", DIAG_STDERR, False
    )
    assert r.outcome == corpus.DIAGNOSTICS
    assert r.failure == "error[invalid-ref]"
    assert r.errors == 2 and r.warnings == 1
    assert corpus.parse_counts(r.diagnostics) == Counter(
        {"error:invalid-ref": 2, "warning:operation-skipped": 1, "info:renamed": 1}
    )


def test_ok_timeout_and_usage(corpus: ModuleType) -> None:
    ok = corpus.classify_clientsmith(
        corpus.Record("clientsmith", "c.json"),
        0,
        "d: package 'c', 7/9 operations, 1 written, 0 unchanged, 0 removed\n",
        "c.json:1: warning[operation-skipped] x (at #/paths)\n",
        False,
    )
    assert ok.generated and (ok.ops_emitted, ok.ops_in_spec) == (7, 9)
    timeout = corpus.classify_clientsmith(
        corpus.Record("clientsmith", "d.json"), None, "", "", True
    )
    assert (
        timeout.outcome == corpus.TIMEOUT and corpus.failure_class(timeout) == "timeout"
    )
    usage = corpus.classify_clientsmith(
        corpus.Record("clientsmith", "e.json"),
        2,
        "",
        "Error: No such option: --x\n",
        False,
    )
    assert (
        usage.outcome == corpus.USAGE and usage.failure == "Error: No such option: --x"
    )


def test_peer_classification(corpus: ModuleType, tmp_path: Path) -> None:
    warn = (
        "Generating /tmp/x\nWarning(s) encountered while generating. Client was generated\n\n"
        "WARNING parsing GET /a within default. Endpoint will not be generated.\n\n"
        "\nUnable to process schema /components/schemas/A:\n\n"
        "Skipping Integration\n\nruff is not in PATH\n"
    )
    ok = corpus.classify_peer(
        corpus.Record("peer", "a.json"), 0, "", warn, False, tmp_path / "pkg"
    )
    assert ok.generated and ok.warnings == 3 and ok.package == "pkg"
    err = (
        "Error(s) encountered while generating, client was not created\n\n"
        "Failed to parse OpenAPI document\n\n1 validation error\n"
    )
    bad = corpus.classify_peer(corpus.Record("peer", "b.json"), 1, "", err, False, None)
    assert bad.outcome == corpus.DIAGNOSTICS
    assert bad.failure == "Failed to parse OpenAPI document"
    crash = corpus.classify_peer(
        corpus.Record("peer", "c.json"),
        1,
        "",
        'Traceback (most recent call last):\n  File "/v/openapi_python_client/x.py", line 3, in f\n'
        "    g()\nRecursionError: maximum recursion depth exceeded\n",
        False,
        None,
    )
    assert crash.outcome == corpus.CRASH
    assert crash.failure_where == "openapi_python_client/x.py:3:f"


def test_traceback_last_line_keeps_the_exception_not_notes(corpus: ModuleType) -> None:
    text = (
        'noise\nTraceback (most recent call last):\n  File "a.py", line 1, in <module>\n'
        "    x\nValueError: bad\n"
    )
    assert corpus.traceback_last_line(text) == "ValueError: bad"
    assert corpus.traceback_last_line("no traceback here") == ""


def test_mypy_parsing(corpus: ModuleType) -> None:
    out = (
        'p/models/a.py:3: error: Name "X" is not defined  [name-defined]\n'
        "p/models/a.py:4: note: see here\n"
        "p/b.py:9: error: Incompatible types  [assignment]\n"
        "p/b.py:10: error: Incompatible types  [assignment]\n"
        "Found 3 errors in 2 files (checked 4 source files)\n"
    )
    errors, codes = corpus.parse_mypy(out)
    assert errors == 3
    assert codes == Counter({"assignment": 2, "name-defined": 1})


def _records(corpus: ModuleType) -> list[Any]:
    """Records of every outcome (``corpus.Record`` instances)."""
    R = corpus.Record
    return [
        R(
            "clientsmith",
            "ok1.json",
            "ok",
            0,
            1.5,
            "ok1",
            10,
            10,
            import_ok=True,
            lines=100,
            mypy_ok=True,
            mypy_errors=0,
        ),
        R(
            "clientsmith",
            "ok2.json",
            "ok",
            0,
            2.5,
            "ok2",
            5,
            4,
            0,
            1,
            "warning:operation-skipped=1",
            import_ok=False,
            import_error="SyntaxError: invalid syntax @ /ok2/models/a.py:3:<module>",
        ),
        R(
            "clientsmith",
            "bad.json",
            "crash",
            1,
            0.5,
            "",
            3,
            None,
            failure="KeyError: 'items'",
            failure_where="clientsmith/generator/schemas.py:1:f",
        ),
        R(
            "clientsmith",
            "bad2.json",
            "crash",
            1,
            0.7,
            "",
            8,
            None,
            failure="KeyError: 'type'",
        ),
        R(
            "clientsmith",
            "slow.json",
            "timeout",
            None,
            120.0,
            "",
            2,
            None,
            failure="timeout",
        ),
        R(
            "clientsmith",
            "typed.json",
            "ok",
            0,
            1.0,
            "t",
            2,
            2,
            import_ok=True,
            mypy_ok=False,
            mypy_errors=2,
            mypy_codes="assignment=2",
        ),
        R(
            "openapi-python-client",
            "ok1.json",
            "ok",
            0,
            3.0,
            "p",
            10,
            9,
            0,
            2,
            "warning:peer=2",
            import_ok=True,
        ),
    ]


def test_tsv_round_trip(corpus: ModuleType, tmp_path: Path) -> None:
    records = _records(corpus)
    records[1].failure = "tab\there\nnewline"
    path = tmp_path / "r.tsv"
    corpus.write_tsv(path, records)
    lines = path.read_text().splitlines()
    assert len(lines) == len(records) + 1
    assert all(line.count("\t") == lines[0].count("\t") for line in lines)
    back = corpus.read_tsv(path)
    records[1].failure = "tab here newline"
    assert [
        (r.spec, r.outcome, r.import_ok, r.mypy_ok, r.ops_emitted) for r in back
    ] == [(r.spec, r.outcome, r.import_ok, r.mypy_ok, r.ops_emitted) for r in records]
    assert back[1].failure == "tab here newline"
    assert back[4].exit_code is None and back[0].seconds == 1.5


def test_failure_classes_and_summary(corpus: ModuleType) -> None:
    records = _records(corpus)
    labels = [corpus.failure_class(r) for r in records]
    assert labels[0] is None and labels[6] is None
    assert labels[2] == labels[3] == "crash: KeyError: '…'"
    assert labels[1].startswith("import: SyntaxError")
    assert labels[5] == "mypy: assignment=2"
    text = corpus.summarize(records)
    assert "== clientsmith: 6 specs" in text
    assert "generated            3/6 (50.0%)" in text
    assert "generated + imported 2/6 (33.3%)" in text
    # emitted ops are counted over generated specs only: 10 + 4 + 2
    assert "operations emitted   16/30 in all specs" in text
    assert "16/17 in generated specs" in text
    assert "mypy --strict ok     1/2 (50.0%)" in text
    assert (
        "   2  crash: KeyError: '…'  [clientsmith/generator/schemas.py:1:f]  e.g. bad.json"
        in text
    )
    assert "== openapi-python-client: 1 specs" in text


def test_choose_is_seeded_and_sorted(corpus: ModuleType) -> None:
    specs = [f"s{i:03d}.json" for i in range(100)]
    a = corpus.choose(specs, 10, 1)
    assert a == corpus.choose(specs, 10, 1) == sorted(a)
    assert a != corpus.choose(specs, 10, 2)
    assert corpus.choose(specs, None, 1) == specs
    assert corpus.choose(specs, 500, 1) == specs


def test_count_operations(corpus: ModuleType, tmp_path: Path) -> None:
    spec = tmp_path / "s.json"
    spec.write_text(
        '{"paths": {"/a": {"get": {}, "post": {}, "parameters": []}, "/b": {"x-y": {}}}}'
    )
    assert corpus.count_operations(spec) == 2
    (tmp_path / "bad.json").write_text("{")
    assert corpus.count_operations(tmp_path / "bad.json") is None


def test_traceback_last_line_skips_caret_and_source_lines(corpus: ModuleType) -> None:
    text = (
        "Traceback (most recent call last):\n"
        '  File "/x/clientsmith/generator/builder.py", line 9, in build\n'
        "    name = words[0]\n"
        "           ~~~~~^^^\n"
        "^^^^^^^^^^^^\n"
        "IndexError: list index out of range\n"
        "\n"
    )
    assert corpus.traceback_last_line(text) == "IndexError: list index out of range"
    syntax = (
        "Traceback (most recent call last):\n"
        '  File "/o/pkg/models/a.py", line 3\n'
        "    class 1x:\n"
        "          ^\n"
        "SyntaxError: invalid decimal literal\n"
    )
    assert corpus.traceback_last_line(syntax) == "SyntaxError: invalid decimal literal"
    assert corpus.traceback_where(syntax, "/pkg/") == "/pkg/models/a.py:3"


def test_rich_traceback_of_a_typer_cli_is_a_crash(corpus: ModuleType) -> None:
    text = (
        "Generating /tmp/x\n"
        "╭───── Traceback (most recent call last) ─────╮\n"
        "│ /v/openapi_python_client/cli.py:163 in generate │\n"
        "╰─────────────────────────────────────────────╯\n"
        "ValueError: Duplicate key GMT0 in enum \n"
        "post_reporting.PostReportingReport\n"
        "RunsTimezone; consider setting literal_enums in your config\n"
    )
    assert corpus.has_traceback(text)
    assert corpus.traceback_last_line(text) == (
        "ValueError: Duplicate key GMT0 in enum"
        "post_reporting.PostReportingReport"
        "RunsTimezone; consider setting literal_enums in your config"
    )
    r = corpus.classify_peer(corpus.Record("peer", "s.json"), 1, "", text, False, None)
    assert r.outcome == corpus.CRASH
