"""The compiled OpenAPI document as JSON or YAML text (``clientsmith export-openapi``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import yaml

__all__ = ["dump_openapi"]


def dump_openapi(document: Mapping[str, Any], fmt: str) -> str:
    """The document as ``json`` or ``yaml`` text (key order kept)."""
    if fmt == "json":
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    class _Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True

    def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    _Dumper.add_representer(str, _str)
    return yaml.dump(
        dict(document), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100
    )
