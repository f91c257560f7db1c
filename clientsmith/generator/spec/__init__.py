"""The typed spec layer: the normalised OpenAPI document as frozen nodes.

The load and config stages hand the IR stage one OpenAPI 3.x document whose
every ``$ref`` is internal. This package reads it once into frozen nodes, each
carrying the JSON pointer where it is written (as Jinja's nodes carry their
line number), with references followed and dead or looping ones reported as
located diagnostics. The IR compilers (``operations.py``, ``schemas.py``,
``pagination_rules.py``, ``webhooks.py``) consume these nodes instead of
walking raw dictionaries; :mod:`clientsmith.generator.refs` is the one module
that resolves pointers and references.
"""

from __future__ import annotations

from .schema import SchemaNode

__all__ = ["SchemaNode"]
