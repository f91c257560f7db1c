"""Found by the 1 MB fuzz run: inputs whose cost grew faster than their size.

A 988 KB YAML spec of inline objects nested a few hundred levels deep took
82 s and 460 MB: every nested class was named after all its parents (names,
and so the output, quadratic in the depth: 58 bytes of code per input byte)
and every queued model was resolved by walking its pointer from the root.
Names that collapse to one class name were claimed by trying ``2``, ``3``...
from the start each time: quadratic in their number.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from clientsmith.generator.config import config_from_mapping
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.naming import Namespace
from clientsmith.generator.pipeline import generate_files
from clientsmith.generator.schemas import MAX_INLINE_NAME


def _nested_spec(tmp_path: Path, depth: int, size: int) -> Path:
    """Sibling properties each nesting inline objects ``depth`` levels deep."""
    tree = '{"type": "object", "properties": {"n": ' * depth
    tree += '{"type": "string"}' + "}}" * depth
    count = max(1, size // (len(tree) + 8))
    properties = ", ".join(f'"d{i}": {tree}' for i in range(count))
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Deep", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Deep": "PLACEHOLDER"}},
    }
    text = json.dumps(document).replace(
        '"PLACEHOLDER"', '{"type": "object", "properties": {' + properties + "}}"
    )
    spec = tmp_path / f"deep{depth}.json"
    spec.write_text(text)
    return spec


def test_deep_inline_nesting_is_not_quadratic_in_the_depth(tmp_path: Path) -> None:
    spec = _nested_spec(tmp_path, depth=400, size=120_000)
    result = generate_files(spec, config_from_mapping({}, source="c"), Diagnostics())
    code = "".join(result.files.values())
    names = re.findall(r"^class (\w+)\(", code, re.MULTILINE)
    assert len(names) > 400  # every level still gets its class
    assert max(len(n) for n in names) <= MAX_INLINE_NAME + 6  # + a number
    # 58 bytes of code per input byte before (and growing with the depth).
    assert len(code) / spec.stat().st_size < 40


def test_names_collapsing_to_one_class_name_are_claimed_in_linear_time() -> None:
    names = Namespace()
    started = time.monotonic()
    claimed = [names.claim("Pet") for _ in range(30_000)]
    assert time.monotonic() - started < 5  # minutes before
    assert claimed[:3] == ["Pet", "Pet2", "Pet3"] and claimed[-1] == "Pet30000"
    assert len(set(claimed)) == len(claimed)


def test_claim_still_skips_names_taken_otherwise() -> None:
    names = Namespace({"Pet2"})
    assert [names.claim("Pet") for _ in range(3)] == ["Pet", "Pet3", "Pet4"]
    assert names.claim("Pet5") == "Pet5"
    assert names.claim("Pet") == "Pet6"
    snake = Namespace({"id"})
    assert [snake.claim("id") for _ in range(2)] == ["id_2", "id_3"]
