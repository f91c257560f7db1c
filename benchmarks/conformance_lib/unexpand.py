"""Stripe's expandable fields, served unexpanded so that Prism can load the spec.

Stripe marks every field that holds either an object's id or, when the caller
asks with ``expand[]``, the object itself as ``anyOf: [string, $ref]`` with an
``x-expansionResources`` extension. Those refs tie almost every schema to every
other (customer -> card -> customer...), and Prism, which resolves the whole
document before it listens, runs for many minutes on Stripe's spec without
ever listening (measured: 8 minutes of CPU, then stopped). Served with the
expandable fields reduced to their unexpanded alternative, the document has
two cycles left and Prism listens within 40 s.

This is what Stripe itself answers when a request does not ask for expansion
(the conformance plan never does), so every response Prism builds from the
reduced document also conforms to the original one. The generated client is
still built from the original spec.
"""

from __future__ import annotations

from typing import Any

EXTENSION = "x-expansionResources"


def unexpand(node: Any) -> int:
    """Reduce, in place, every expandable ``anyOf`` under ``node`` to its
    alternatives without a ``$ref``; returns how many fields were reduced.

    A field whose alternatives are all refs is left as it is.
    """
    reduced = 0
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            alternatives = item.get("anyOf")
            if EXTENSION in item and isinstance(alternatives, list):
                plain = [
                    a for a in alternatives if not (isinstance(a, dict) and "$ref" in a)
                ]
                if plain:
                    item["anyOf"] = plain
                    del item[EXTENSION]
                    reduced += 1
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return reduced
