"""A regenerated petstore keeps its old method names as deprecated aliases, against a real server."""

from __future__ import annotations

import importlib
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "secret-key"
PACKAGE = "petstore_renamed"


def generate(spec: Path, out: Path, config: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "clientsmith.generator", "generate", str(spec)]
        + ["-o", str(out), "--config", str(config)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The petstore generated with the spec's operationIds as names, then regenerated."""
    tmp = tmp_path_factory.mktemp("renamed")
    as_is, derived = tmp / "as_is.yaml", tmp / "derived.yaml"
    as_is.write_text(
        yaml.safe_dump({"package_name": PACKAGE, "naming": {"style": "operation_id"}})
    )
    derived.write_text(yaml.safe_dump({"package_name": PACKAGE}))
    out = tmp / "out"
    generate(ROOT / "specs" / "petstore.yaml", out, as_is)
    generate(ROOT / "specs" / "petstore.yaml", out, derived)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]


def test_old_names_warn_once_and_call_the_new_methods(
    regenerated: Any, petstore_server: str
) -> None:
    with regenerated.Client(base_url=petstore_server + "/v1", api_key=API_KEY) as c:
        new = [p.id for p in c.pets.list(size=3)]
        with pytest.warns(DeprecationWarning, match=r"pets\.list_pets\(\) was renamed"):
            old = [p.id for p in c.pets.list_pets(size=3)]
        assert old == new and new
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # only the first call warns
            assert [p.id for p in c.pets.list_pets(size=3)] == new
        with pytest.warns(DeprecationWarning, match=r"pets\.get_pet\(\) was renamed"):
            assert c.pets.get_pet(1) == c.pets.get(1)


async def _get_both(regenerated: Any, url: str) -> tuple[Any, Any]:
    async with regenerated.AsyncClient(base_url=url + "/v1", api_key=API_KEY) as c:
        with pytest.warns(DeprecationWarning, match=r"pets\.get_pet\(\) was renamed"):
            old = await c.pets.get_pet(2)
        return old, await c.pets.get(2)


def test_async_aliases_await_the_new_methods(
    regenerated: Any, petstore_server: str
) -> None:
    import asyncio

    old, new = asyncio.run(_get_both(regenerated, petstore_server))
    assert old == new and old.id == 2
