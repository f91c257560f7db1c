"""clientsmith.batch: the pure chunking and parsing, and the send loops with fakes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from clientsmith.batch import (
    BatchAnswerError,
    BatchResult,
    achunked,
    aupsert_lines,
    chunked,
    parse_results,
    upsert_lines,
)


def test_chunked_is_lazy_and_keeps_order() -> None:
    assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked([], 3)) == []
    assert list(chunked(range(6), 3)) == [[0, 1, 2], [3, 4, 5]]

    def endless() -> Any:
        n = 0
        while True:
            yield n
            n += 1

    first = next(chunked(endless(), 100))
    assert first == list(range(100))
    with pytest.raises(ValueError):
        list(chunked([1], 0))


def test_achunked_takes_sync_and_async_iterables() -> None:
    async def source() -> AsyncIterator[int]:
        for n in range(5):
            yield n

    async def run() -> tuple[list[list[int]], list[list[int]]]:
        a = [c async for c in achunked(source(), 2)]
        b = [c async for c in achunked(range(5), 2)]
        return a, b

    a, b = asyncio.run(run())
    assert a == b == [[0, 1], [2, 3], [4]]

    async def bad() -> None:
        async for _ in achunked(range(3), 0):
            pass

    with pytest.raises(ValueError):
        asyncio.run(bad())


def test_parse_results_reads_each_key_kind_and_offsets_lines() -> None:
    text = (
        '{"line":1,"uuid":"u-1","status_code":204}\n'
        "\n"
        '{"line":2,"identifier":"sku-2","status_code":201}\n'
        '{"line":3,"code":"shoes","status_code":422,"message":"bad",'
        '"errors":[{"property":"labels","message":"x"}]}\n'
    )
    results = parse_results(text.encode(), offset=100)
    assert [(r.line, r.key, r.status_code) for r in results] == [
        (101, "u-1", 204),
        (102, "sku-2", 201),
        (103, "shoes", 422),
    ]
    assert results[1].created and results[0].ok and not results[2].ok
    assert results[2].errors == ({"property": "labels", "message": "x"},)
    assert results[2].raw["message"] == "bad"


def test_parse_results_without_line_numbers_counts_lines() -> None:
    results = parse_results('{"status_code":204}\n{"status_code":201}')
    assert [r.line for r in results] == [1, 2]


@pytest.mark.parametrize(
    "text", ["not json", '["a list"]', '{"line":1}', '{"status_code":"204"}']
)
def test_parse_results_rejects_malformed_answers(text: str) -> None:
    with pytest.raises(BatchAnswerError) as info:
        parse_results(text)
    assert "line 1" in str(info.value)
    assert isinstance(info.value, ValueError)


def test_upsert_lines_passes_path_args_and_options_on_every_call() -> None:
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    def send(*args: Any, **kwargs: Any) -> str:
        calls.append((args, kwargs))
        body = kwargs["body"]
        return "\n".join(
            f'{{"line":{i},"code":"{item["code"]}","status_code":201}}'
            for i, item in enumerate(body, start=1)
        )

    items = [{"code": f"c{n}"} for n in range(5)]
    results = list(upsert_lines(send, items, "size", chunk_size=2, timeout=5.0))
    assert [r.line for r in results] == [1, 2, 3, 4, 5]
    assert [r.code for r in results] == [f"c{n}" for n in range(5)]
    assert [c[0] for c in calls] == [("size",)] * 3
    assert [len(c[1]["body"]) for c in calls] == [2, 2, 1]
    assert all(c[1]["timeout"] == 5.0 for c in calls)


def test_aupsert_lines_awaits_the_method() -> None:
    async def send(*, body: list[dict[str, str]]) -> str:
        return "\n".join(
            f'{{"line":{i},"code":"{item["code"]}","status_code":204}}'
            for i, item in enumerate(body, start=1)
        )

    async def run() -> list[BatchResult]:
        items = [{"code": f"c{n}"} for n in range(3)]
        return [r async for r in aupsert_lines(send, items, chunk_size=2)]

    assert [r.line for r in asyncio.run(run())] == [1, 2, 3]


def test_usage_typechecks() -> None:
    """docs/akeneo.md's calls, in usage_example.py, pass mypy --strict."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parent
    generated = here.parents[1] / "generated" / "akeneo"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            str(here / "usage_example.py"),
        ],
        cwd=generated,
        env={**os.environ, "MYPYPATH": str(generated)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
