"""Common list shapes become paginated operations, with a diagnostic to confirm."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gen_helpers import generate, spec


def list_op(params: list[str], schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "operationId": "listThings",
        "tags": ["things"],
        "parameters": [
            {"name": p, "in": "query", "schema": {"type": "string"}} for p in params
        ],
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": schema}},
            }
        },
        **extra,
    }


THING = {"type": "object", "properties": {"id": {"type": "string"}}}
ARRAY = {"type": "array", "items": THING}

CASES = {
    "hal": (
        ["page", "limit"],
        {
            "type": "object",
            "properties": {
                "_links": {"type": "object"},
                "_embedded": {"type": "object", "properties": {"items": ARRAY}},
            },
        },
        "style='hal'",
        "items=('_embedded', 'items')",
    ),
    "stripe-cursor": (
        ["starting_after", "limit"],
        {
            "type": "object",
            "properties": {"has_more": {"type": "boolean"}, "data": ARRAY},
        },
        "style='cursor'",
        "cursor_from_last_item='id'",
    ),
    "next-cursor": (
        ["cursor"],
        {
            "type": "object",
            "properties": {"results": ARRAY, "next_cursor": {"type": "string"}},
        },
        "style='cursor'",
        "cursor_field=('next_cursor',)",
    ),
    "page-total": (
        ["page", "size"],
        {
            "type": "object",
            "properties": {"content": ARRAY, "totalPages": {"type": "integer"}},
        },
        "style='page'",
        "total_pages_field=('totalPages',)",
    ),
    "link-header": (["page", "per_page"], ARRAY, "style='link_header'", "items=()"),
    "body-next-link-beats-link-header": (
        ["page", "per_page"],
        {
            "type": "object",
            "properties": {
                "rows": ARRAY,
                "links": {"type": "object", "properties": {"next": {"type": "string"}}},
            },
        },
        "style='next_link'",
        "next_link=('links', 'next')",
    ),
    "azure-next-link": (
        ["$top"],
        {
            "type": "object",
            "properties": {"value": ARRAY, "nextLink": {"type": "string"}},
        },
        "style='next_link'",
        "next_link=('nextLink',)",
    ),
    "bare-next-uri": (
        [],
        {
            "type": "object",
            "properties": {
                "results": ARRAY,
                "next": {"type": ["string", "null"], "format": "uri"},
            },
        },
        "style='next_link'",
        "next_link=('next',)",
    ),
    "meta-next-cursor": (
        ["after"],
        {
            "type": "object",
            "properties": {
                "data": ARRAY,
                "meta": {
                    "type": "object",
                    "properties": {"next_cursor": {"type": "string"}},
                },
            },
        },
        "style='cursor'",
        "cursor_field=('meta', 'next_cursor'), cursor_param='after'",
    ),
    "graph-cursors-after": (
        ["after", "limit"],
        {
            "type": "object",
            "properties": {
                "data": ARRAY,
                "paging": {
                    "type": "object",
                    "properties": {
                        "cursors": {
                            "type": "object",
                            "properties": {"after": {"type": "string"}},
                        }
                    },
                },
            },
        },
        "style='cursor'",
        "cursor_field=('paging', 'cursors', 'after'), cursor_param='after'",
    ),
    "items-named-after-the-path": (
        ["cursor"],
        {
            "type": "object",
            "properties": {
                "tags": ARRAY,
                "things": ARRAY,
                "next_cursor": {"type": "string"},
            },
        },
        "style='cursor'",
        "items=('things',)",
    ),
    "offset": (["offset", "limit"], ARRAY, "style='offset'", "items=()"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_shape_is_detected(case: str, tmp_path: Path) -> None:
    params, schema, style, detail = CASES[case]
    result, diagnostics = generate(
        spec({"/things": {"get": list_op(params, schema)}}), tmp_path
    )
    code = result.files["api/resources/things.py"].replace('"', "'").replace("\n", " ")
    assert "PagedOperation[Thing" in code or "PagedOperation[ListThings" in code, code[
        :2000
    ]
    assert "-> SyncPage[" in code and "-> AsyncPage[" in code
    detected = [d for d in diagnostics if d.code == "pagination-detected"]
    assert len(detected) == 1
    assert style in detected[0].message and detail in detected[0].message


def test_detection_can_be_turned_off(tmp_path: Path) -> None:
    params, schema, _, _ = CASES["offset"]
    op = list_op(params, schema, **{"x-pagination": False})
    result, diagnostics = generate(spec({"/things": {"get": op}}), tmp_path)
    assert "PagedOperation" not in result.files["api/resources/things.py"]
    assert not [d for d in diagnostics if d.code == "pagination-detected"]


def test_plain_lists_are_not_paginated(tmp_path: Path) -> None:
    result, diagnostics = generate(
        spec({"/things": {"get": list_op(["q"], ARRAY)}}), tmp_path
    )
    assert "PagedOperation" not in result.files["api/resources/things.py"]
    assert not [d for d in diagnostics if d.code == "pagination-detected"]


def test_a_bare_number_next_is_not_a_link(tmp_path: Path) -> None:
    """Vercel's ``next`` is a timestamp: without ``until``, nothing is guessed."""
    schema = {
        "type": "object",
        "properties": {"items": ARRAY, "next": {"type": "number"}},
    }
    result, diagnostics = generate(
        spec({"/things": {"get": list_op(["q"], schema)}}), tmp_path
    )
    assert "PagedOperation" not in result.files["api/resources/things.py"]
    assert not [d for d in diagnostics if d.code == "pagination-detected"]


def test_ambiguous_item_arrays_are_not_guessed(tmp_path: Path) -> None:
    schema = {
        "type": "object",
        "properties": {"a": ARRAY, "b": ARRAY, "next_cursor": {"type": "string"}},
    }
    result, diagnostics = generate(
        spec({"/things": {"get": list_op(["cursor"], schema)}}), tmp_path
    )
    assert "PagedOperation" not in result.files["api/resources/things.py"]
    assert not [d for d in diagnostics if d.code == "pagination-detected"]


def test_odd_type_values_do_not_crash_detection(tmp_path: Path) -> None:
    schema = {
        "type": "object",
        "properties": {
            "items": ARRAY,
            "next_url": {"type": [{"x": 1}]},
            "links": {"type": {"bad": True}, "properties": {"next": {"type": {}}}},
        },
    }
    result, _ = generate(spec({"/things": {"get": list_op(["q"], schema)}}), tmp_path)
    assert "api/resources/things.py" in result.files
