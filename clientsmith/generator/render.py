"""IR -> file contents, through one strict Jinja environment.

:func:`make_environment` is the only place templates are configured; the
generator and the tests share it. Spec-derived values reach source text only
through the ``pyrepr`` / ``docstring`` / ``tomlstr`` / ``mdtext`` filters.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jinja2

from .imports import ImportBlock
from .ir import PackageIR
from .literals import docstring, pyrepr

__all__ = [
    "BUILTIN_PREFIX",
    "builtin_templates",
    "make_environment",
    "render_package",
    "unused_overrides",
]

BUILTIN_PREFIX = "builtin/"
"""Where an override finds the built-in it replaces: ``{% extends
"builtin/resource.py.jinja" %}``."""

_PEP440 = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$")


def _tomlstr(value: object) -> str:
    # JSON string escapes are a subset of TOML basic-string escapes, but JSON's
    # ASCII mode writes characters outside the BMP as surrogate pairs
    # ("\ud83d\udc36"), which TOML forbids: keep them as UTF-8 text and escape
    # only what TOML requires (controls, DEL; quotes and backslashes by json).
    text = json.dumps(str(value), ensure_ascii=False)
    return text.replace("\x7f", "\\u007f")


def _mdtext(value: object) -> str:
    text = " ".join(str(value or "").split())
    for ch in "\\`*_[]<>|":
        text = text.replace(ch, "\\" + ch)
    return text


def _mdcode(value: object) -> str:
    """A Markdown code span of ``value``: no backslash escapes (code spans
    print them), a longer fence around backticks, ``|`` escaped for tables."""
    text = " ".join(str(value or "").split()).replace("|", "\\|")
    fence = "``" if "`" in text else "`"
    pad = " " if fence == "``" else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _import_lines(block: ImportBlock, indent: int = 0) -> str:
    """The statements of an import block, sections apart (no final newline)."""
    pad = " " * indent
    return "\n\n".join("\n".join(pad + line for line in section) for section in block)


def builtin_templates() -> frozenset[str]:
    """The names of clientsmith's own templates (``resource.py.jinja``...)."""
    return frozenset(jinja2.PackageLoader("clientsmith", "templates").list_templates())


def unused_overrides(templates: str | Path) -> list[str]:
    """Files of an override directory that replace no built-in template (typos).

    Templates an override includes or imports by another name are fine; they
    are listed too, so the user can tell which files take effect.
    """
    known = builtin_templates()
    loader = jinja2.FileSystemLoader(str(templates))
    return sorted(
        name
        for name in loader.list_templates()
        if name not in known and not name.startswith(BUILTIN_PREFIX)
    )


def make_environment(templates: str | Path | None = None) -> jinja2.Environment:
    """The Jinja environment for clientsmith templates (strict, deterministic).

    ``templates`` is a directory of overrides: a file named like a built-in
    template replaces it, and can extend or import the built-in one as
    ``builtin/<name>``. Overrides see the same context and filters.
    """
    builtin = jinja2.PackageLoader("clientsmith", "templates")
    loader: jinja2.BaseLoader = builtin
    if templates is not None:
        loader = jinja2.ChoiceLoader(
            [
                jinja2.PrefixLoader({BUILTIN_PREFIX.rstrip("/"): builtin}),
                jinja2.FileSystemLoader(str(templates)),
                builtin,
            ]
        )
    env = jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["pyrepr"] = pyrepr
    env.filters["docstring"] = docstring
    env.filters["tomlstr"] = _tomlstr
    env.filters["mdtext"] = _mdtext
    env.filters["mdcode"] = _mdcode
    env.filters["imports"] = _import_lines
    return env


def dist_version(version: str) -> str:
    """The API version if it is a valid PEP 440 version, else ``0.0.0``."""
    cleaned = version.strip().lstrip("vV")
    return cleaned if _PEP440.match(cleaned) else "0.0.0"


def render_package(
    package: PackageIR, env: jinja2.Environment | None = None
) -> dict[str, str]:
    """Render every file of the generated project; keys are POSIX relative paths."""
    env = env or make_environment()
    pkg = package.package
    files: dict[str, str] = {}

    def render(template: str, target: str, **context: object) -> None:
        files[target] = env.get_template(template).render(package=package, **context)

    render(
        "pyproject.toml.jinja",
        "pyproject.toml",
        dist_version=dist_version(package.version),
    )
    plan = None
    if package.cli:
        from .cli_plan import plan_cli

        plan = plan_cli(package)
    render("README.md.jinja", "README.md", cli_plan=plan)
    render("__init__.py.jinja", f"{pkg}/__init__.py")
    render("_client.py.jinja", f"{pkg}/_client.py")
    render("py.typed.jinja", f"{pkg}/py.typed")
    render("resources_init.py.jinja", f"{pkg}/resources/__init__.py")
    for resource in package.resources:
        render(
            "resource.py.jinja",
            f"{pkg}/resources/{resource.module}.py",
            resource=resource,
        )
    render("models_init.py.jinja", f"{pkg}/models/__init__.py")
    for module in package.model_modules:
        render("model.py.jinja", f"{pkg}/models/{module.module}.py", module=module)
    if plan is not None:
        render("cli.py.jinja", f"{pkg}/cli.py", plan=plan)
    if package.webhooks is not None:
        render("webhooks.py.jinja", f"{pkg}/webhooks.py")
    if package.tests:
        render("conftest.py.jinja", "tests/conftest.py")
        if package.model_modules:
            render("test_models.py.jinja", "tests/test_models.py")
        for test in package.tests:
            render("test_resource.py.jinja", f"tests/{test.module}.py", test=test)
        if plan is not None:
            from .testplan import build_cli_tests

            cli_tests = build_cli_tests(plan, package.tests)
            if cli_tests:
                render("test_cli.py.jinja", "tests/test_cli.py", cli_tests=cli_tests)
    return files
