"""docs/declarative.md shows examples/handwritten_client.py and chat_client.py exactly."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "declarative.md"
EXAMPLES = [
    ROOT / "examples" / name for name in ("handwritten_client.py", "chat_client.py")
]


def test_the_complete_example_is_in_sync() -> None:
    blocks = re.findall(r"^```python\n(.*?)^```$", DOC.read_text(), flags=re.S | re.M)
    assert blocks == [path.read_text() for path in EXAMPLES], (
        "docs/declarative.md's ```python blocks must equal "
        "examples/handwritten_client.py and examples/chat_client.py, in that "
        "order (other snippets use ```py)"
    )
