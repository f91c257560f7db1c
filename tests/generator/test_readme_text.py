"""Prose of the generated README and docstrings: names, summaries, code spans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gen_helpers import generate

from clientsmith.generator.naming import api_display_name, summary_line
from clientsmith.generator.render import _mdcode


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Petstore", "Petstore API"),
        ("Akeneo PIM REST API", "Akeneo PIM REST API"),
        ("Google Cloud APIs", "Google Cloud APIs"),
        ("  Odd   spacing ", "Odd spacing API"),
        ("", "the API"),
    ],
)
def test_display_name_never_says_api_twice(title: str, expected: str) -> None:
    assert api_display_name(title) == expected


def test_summary_line_falls_back_to_the_description() -> None:
    assert summary_line("Get a pet", "Long text.") == "Get a pet"
    assert summary_line(None, "Sends a message. Then more.") == "Sends a message."
    assert summary_line("  ", "Line one\nline two") == "Line one line two"
    assert summary_line(None, None) == ""
    long = summary_line(None, "x" * 300)
    assert len(long) == 120 and long.endswith("…")


def test_code_spans_print_their_text_unescaped() -> None:
    assert _mdcode("GET /droplets/{droplet_id}") == "`GET /droplets/{droplet_id}`"
    assert _mdcode("a|b") == "`a\\|b`"  # a pipe would end the table cell
    assert _mdcode("x`y") == "`` x`y ``"


def _spec(servers: list[dict[str, str]]) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Droplets", "version": "1"},
        "servers": servers,
        "paths": {
            "/droplets/{droplet_id}": {
                "get": {
                    "operationId": "getDroplet",
                    "tags": ["droplets"],
                    "description": "Retrieve a droplet by id. More details follow.",
                    "parameters": [
                        {
                            "name": "droplet_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        }
                    ],
                    "responses": {"204": {"description": "ok"}},
                }
            }
        },
    }


def test_readme_rows_show_description_summaries_and_raw_paths(
    tmp_path: Path,
) -> None:
    generate(_spec([{"url": "https://api.test/v2"}]), tmp_path, package="drops")
    readme = (tmp_path / "README.md").read_text()
    assert "| `GET /droplets/{droplet_id}` | Retrieve a droplet by id. |" in readme
    assert "droplet\\_id" not in readme
    assert "The base URL defaults to `https://api.test/v2`" in readme
    assert "API API" not in readme + (tmp_path / "pyproject.toml").read_text()


def test_readme_without_a_server_says_how_to_set_one(tmp_path: Path) -> None:
    generate(_spec([]), tmp_path, package="drops")
    readme = (tmp_path / "README.md").read_text()
    assert "defaults to ``" not in readme
    assert "The spec names no server: set the base URL with `base_url=`" in readme
