"""docs/declarative.md shows examples/handwritten_client.py exactly."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "declarative.md"
EXAMPLE = ROOT / "examples" / "handwritten_client.py"


def test_the_complete_example_is_in_sync() -> None:
    blocks = re.findall(r"^```python\n(.*?)^```$", DOC.read_text(), flags=re.S | re.M)
    assert blocks == [EXAMPLE.read_text()], (
        "docs/declarative.md's ```python block must equal "
        "examples/handwritten_client.py (other snippets use ```py)"
    )
