"""The runtime's module layering: checked on the source, not on import order."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import clientsmith

PACKAGE = Path(clientsmith.__file__).parent


def imported_modules(path: Path) -> set[str]:
    """The absolute names of the clientsmith modules ``path`` imports (any depth)."""
    module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if module.endswith(".__init__"):
        module = module.removesuffix(".__init__")
        package = module
    else:
        package = module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                name = ".".join([*base, *([node.module] if node.module else [])])
            else:
                name = node.module or ""
            found.add(name)
            found.update(f"{name}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("clientsmith")}


def imports_of_package(package: str) -> set[str]:
    return {
        name
        for path in (PACKAGE / package).glob("*.py")
        for name in imported_modules(path)
    }


def test_auth_never_imports_session() -> None:
    offending = {
        name
        for name in imports_of_package("auth")
        if name == "clientsmith.session" or name.startswith("clientsmith.session.")
    }
    assert offending == set()


def test_session_may_import_auth_so_the_edge_is_one_way() -> None:
    # the check above is meaningful: session does depend on auth
    assert any(n.startswith("clientsmith.auth") for n in imports_of_package("session"))


def test_the_neutral_store_modules_import_neither_package() -> None:
    for name in ("_store.py", "_encrypted_store.py", "errors.py", "_redact.py"):
        imported = imported_modules(PACKAGE / name)
        assert not any(
            n.startswith(("clientsmith.auth", "clientsmith.session")) for n in imported
        ), name


@pytest.mark.parametrize(
    "first",
    ["clientsmith.session.cookie_auth", "clientsmith.auth", "clientsmith.session"],
)
def test_each_package_imports_first_on_its_own(first: str) -> None:
    code = (
        f"import {first}, sys; "
        "print(sorted(m for m in sys.modules if m.startswith('clientsmith.session')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    loaded = done.stdout.strip()
    if first == "clientsmith.auth":
        # auth alone loads nothing of session
        assert loaded == "[]"
    else:
        assert "clientsmith.session" in loaded


def test_old_import_paths_still_work() -> None:
    from clientsmith import errors
    from clientsmith.auth import CredentialStoreWarning as FromAuth
    from clientsmith.auth import errors as auth_errors
    from clientsmith.batch import BatchAnswerError
    from clientsmith.builder import ConfigurationError
    from clientsmith.session.encrypted_file import EncryptedFileStore
    from clientsmith.session.env import read_secret
    from clientsmith.session.store import CredentialStoreWarning, MemoryStore

    assert auth_errors.TokenRequestError is errors.TokenRequestError
    assert ConfigurationError is errors.ConfigurationError
    assert BatchAnswerError is errors.BatchAnswerError
    assert CredentialStoreWarning is errors.CredentialStoreWarning is FromAuth
    assert MemoryStore.__module__ == "clientsmith._store"
    assert EncryptedFileStore.__module__ == "clientsmith._encrypted_store"
    assert callable(read_secret)
