"""Sphinx configuration for the clientsmith documentation.

Build (warnings are errors)::

    sphinx-build -W --keep-going -b html docs /tmp/docs-out
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
# autodoc imports the runtime from this checkout, installed or not.
sys.path.insert(0, str(ROOT))

project = "clientsmith"
author = "clientsmith contributors"
copyright = "clientsmith contributors"

try:
    import clientsmith as _clientsmith

    release = version = getattr(_clientsmith, "__version__", "")
except Exception:  # pragma: no cover - the API page reports the import problem
    release = version = ""

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "examples"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc ---------------------------------------------------------------------

autodoc_default_options = {
    "members": True,
    "show-inheritance": True,
}
autodoc_member_order = "bysource"
# Signatures keep the annotations as written; the descriptions do not repeat them,
# so forward references in the runtime's annotations never need resolving.
autodoc_typehints = "signature"
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
nitpicky = False

html_theme = "alabaster"
html_title = "clientsmith"

# -- pages written by other parts of the project ----------------------------------
#
# Some pages are maintained alongside the code they describe (runtime.md, auth.md,
# declarative.md, config-file.md, resource-spec.md) and may not exist in a given
# checkout. index.md lists them in its toctrees; the hook below drops the entries
# whose file is missing, and adds any other page that no toctree lists (and that
# is not marked ``orphan``) to a final "More" toctree, so a new page never breaks
# the build.

OPTIONAL_PAGES = ("runtime", "auth", "declarative", "config-file", "resource-spec")
_TOCTREE = re.compile(r"(?ms)^```\{toctree\}[^\n]*\n(.*?)^```")


def _page_exists(page: str) -> bool:
    return (DOCS / f"{page}.md").is_file()


def _unlisted_pages(index_text: str) -> list[str]:
    listed: set[str] = {root_doc}
    for block in _TOCTREE.findall(index_text):
        for line in block.splitlines():
            line = line.strip()
            if line and not line.startswith(":"):
                listed.add(line)
    found: list[str] = []
    for path in sorted(DOCS.rglob("*.md")):
        rel = path.relative_to(DOCS)
        if rel.parts[0] in ("_build", "examples") or rel.name.startswith("."):
            continue
        page = rel.with_suffix("").as_posix()
        head = path.read_text(encoding="utf-8", errors="replace")[:500]
        if page in listed or re.match(r"---\s*\n(?:.*\n)*?orphan:\s*true", head):
            continue
        found.append(page)
    return found


def _complete_index(app: object, docname: str, source: list[str]) -> None:
    if docname != root_doc:
        return
    text = source[0]
    for page in OPTIONAL_PAGES:
        if not _page_exists(page):
            text = re.sub(rf"(?m)^{re.escape(page)}[ \t]*\n", "", text)
    extra = _unlisted_pages(text)
    if extra:
        text += "\n```{toctree}\n:maxdepth: 1\n:caption: More\n\n" + "\n".join(extra) + "\n```\n"
    source[0] = text


# -- api.md: the runtime's public names ------------------------------------------
#
# api.md documents clientsmith.errors, clientsmith.operation and clientsmith.models
# with automodule. Every other name in ``clientsmith.__all__`` is listed here at
# build time, grouped by the module that defines it, so the reference follows
# clientsmith/__init__.py as it changes.

API_MARKER = "<!-- clientsmith-public-names -->"
DOCUMENTED_MODULES = ("clientsmith.errors", "clientsmith.operation", "clientsmith.models")


def _public_names_markdown() -> str:
    import inspect

    import clientsmith

    by_module: dict[str, list[tuple[str, object]]] = {}
    for name in sorted(clientsmith.__all__):
        obj = getattr(clientsmith, name)
        module = getattr(obj, "__module__", None)
        if not (inspect.isclass(obj) or inspect.isfunction(obj)):
            module = None  # plain values (NOT_GIVEN) carry their type's module
        if module in DOCUMENTED_MODULES:
            continue
        by_module.setdefault(module or "clientsmith", []).append((name, obj))
    if not by_module:
        return "All public names are documented above.\n"
    parts: list[str] = []
    for module in sorted(by_module):
        shown = module if module.startswith("clientsmith") else "clientsmith"
        parts.append(f"### Defined in `{shown}`\n")
        for name, obj in by_module[module]:
            if inspect.isclass(obj):
                directive, options = "autoclass", ["members", "show-inheritance"]
            elif inspect.isfunction(obj):
                directive, options = "autofunction", []
            else:
                directive, options = "autodata", ["no-value"]
            lines = [f".. {directive}:: clientsmith.{name}"] + [f"   :{o}:" for o in options]
            # autodoc emits reStructuredText, so it must run inside eval-rst.
            parts.append("```{eval-rst}\n" + "\n".join(lines) + "\n```\n")
    return "\n".join(parts)


def _fill_api_page(app: object, docname: str, source: list[str]) -> None:
    if docname == "api" and API_MARKER in source[0]:
        source[0] = source[0].replace(API_MARKER, _public_names_markdown())


def _always_reread(app: object, env: object, added: set[str], changed: set[str], removed: set[str]) -> list[str]:
    # index.md depends on which pages exist, api.md on clientsmith.__all__:
    # re-read both on every build so incremental builds never go stale.
    return [root_doc, "api"]


def setup(app: object) -> dict[str, object]:
    app.connect("source-read", _complete_index)  # type: ignore[attr-defined]
    app.connect("source-read", _fill_api_page)  # type: ignore[attr-defined]
    app.connect("env-get-outdated", _always_reread)  # type: ignore[attr-defined]
    return {"parallel_read_safe": True, "parallel_write_safe": True}
