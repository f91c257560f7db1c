"""A rename keeps the old method name one version as a deprecated alias (issue 13, stability)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest
import yaml
from gen_helpers import op, spec

from clientsmith.deprecation import moved, renamed
from clientsmith.generator.aliases import with_renamed_aliases
from clientsmith.generator.builder import build_package
from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.diff import compare_surfaces
from clientsmith.generator.ir import PackageIR
from clientsmith.generator.surface import SURFACE_FILE, build_surface

DOC = spec(
    {
        "/pets": {"get": op("listPets", tags=["pets"])},
        "/pets/{id}": {"get": op("getPet", tags=["pets"])},
    }
)


def package(version: str = "1.0.0", **config: Any) -> PackageIR:
    built = build_package(
        DOC,
        GeneratorConfig(package_name="api", **config),
        Diagnostics(),
        spec_source="t",
    )
    from dataclasses import replace

    return replace(built, version=version)


def old_surface(**extra: Any) -> dict[str, Any]:
    """The surface of the client as the spec's operationIds named it."""
    surface = build_surface(package(naming=_as_is()))
    surface.update(extra)
    return surface


def _as_is() -> Any:
    from clientsmith.generator.naming import NamingRules

    return NamingRules(style="operation_id")


def aliases(pkg: PackageIR) -> dict[str, tuple[str, str]]:
    return {
        a.old: (a.new, a.since)
        for r in pkg.resources
        for o in r.operations
        for a in o.aliases
    }


def test_old_names_of_the_same_operations_become_aliases() -> None:
    previous = old_surface()
    assert {"pets.list_pets", "pets.get_pet"} <= set(previous["methods"])
    result = with_renamed_aliases(package(), previous)
    assert aliases(result) == {
        "pets.list_pets": ("pets.list", "1.0.0"),
        "pets.get_pet": ("pets.get", "1.0.0"),
    }
    (resource,) = result.resources
    assert "from clientsmith.deprecation import renamed" in sum(resource.imports, ())
    assert build_surface(result)["aliases"]["pets.list_pets"] == {
        "of": "pets.list",
        "since": "1.0.0",
    }


def test_an_alias_lasts_while_the_version_that_renamed_it_does() -> None:
    first = with_renamed_aliases(package("1.0.0"), old_surface())
    again = with_renamed_aliases(package("1.0.0"), build_surface(first))
    assert aliases(again) == aliases(first)  # regenerating one release keeps them
    later = with_renamed_aliases(package("1.1.0"), build_surface(first))
    assert aliases(later) == {}


def test_names_from_the_surface_file_are_checked_and_never_shadow() -> None:
    previous = old_surface()
    hostile = dict(previous["methods"]["pets.get_pet"])
    methods = {
        "pets.get_pet": hostile,
        # a hand-edited surface: this text must never become code
        "pets.x = __import__('os')": dict(previous["methods"]["pets.list_pets"]),
        "pets.list": previous["methods"]["pets.list_pets"],  # the new name itself
    }
    result = with_renamed_aliases(package(), {**previous, "methods": methods})
    assert aliases(result) == {"pets.get_pet": ("pets.get", "1.0.0")}


def test_the_change_report_lists_renames() -> None:
    previous = old_surface()
    bare = build_surface(package())
    kept = build_surface(with_renamed_aliases(package(), previous))
    without = {c.where: c for c in compare_surfaces(previous, bare)}
    assert without["pets.list_pets"].kind == "method-renamed"
    assert without["pets.list_pets"].breaking
    assert "renamed to `pets.list`" in without["pets.list_pets"].message
    assert "pets.list" not in without  # not also reported as added
    with_alias = {c.where: c for c in compare_surfaces(previous, kept)}
    assert not with_alias["pets.list_pets"].breaking
    assert "deprecated alias" in with_alias["pets.list_pets"].message
    dropped = {c.where: c for c in compare_surfaces(kept, bare)}
    assert dropped["pets.list_pets"].kind == "alias-removed"
    assert dropped["pets.list_pets"].breaking


def test_the_alias_warns_once_and_calls_the_new_method() -> None:
    class Resource:
        def list(self, page: int = 1) -> list[int]:
            return [page]

        list_things = renamed(list, "things.list_things", "things.list")

    resource = Resource()
    with pytest.warns(DeprecationWarning, match=r"things\.list_things\(\) was renamed"):
        assert resource.list_things(page=2) == [2]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert resource.list_things(3) == [3]  # once per process
    assert Resource.list_things.__name__ == "list_things"


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clientsmith.generator", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_regenerating_over_a_client_keeps_its_old_names(tmp_path: Path) -> None:
    spec_file = tmp_path / "pets.json"
    spec_file.write_text(json.dumps(DOC))
    as_is = tmp_path / "as_is.yaml"
    as_is.write_text(
        yaml.safe_dump(
            {"package_name": "pets_api", "naming": {"style": "operation_id"}}
        )
    )
    derived = tmp_path / "derived.yaml"
    derived.write_text(yaml.safe_dump({"package_name": "pets_api"}))
    out = tmp_path / "out"
    first = cli("generate", spec_file, "-o", out, "--config", as_is)
    assert first.returncode == 0, first.stderr
    second = cli("generate", spec_file, "-o", out, "--config", derived, "--bump")
    assert second.returncode == 0, second.stderr
    report = second.stdout + second.stderr
    assert "pets.list_pets: method renamed to pets.list" in report
    assert "deprecated alias" in report and "BREAKING" not in report
    module = (out / "pets_api" / "resources" / "pets.py").read_text()
    assert 'list_pets = renamed(list, "pets.list_pets", "pets.list")' in module
    surface = json.loads((out / SURFACE_FILE).read_text())
    assert surface["aliases"]["pets.list_pets"]["of"] == "pets.list"
    # unchanged again: same release, the aliases stay, nothing is rewritten
    third = cli("generate", spec_file, "-o", out, "--config", derived, "--bump")
    assert third.returncode == 0, third.stderr
    assert json.loads((out / SURFACE_FILE).read_text()) == surface


NESTED = {
    "/accounts/{account}": {"get": op("GetAccountsAccount")},
    "/accounts/{account}/persons": {"get": op("GetAccountsAccountPersons")},
    "/accounts/{account}/persons/{person}": {
        "get": op("GetAccountsAccountPersonsPerson")
    },
}


def _flat_and_nested() -> tuple[dict[str, Any], PackageIR]:
    """The surface of a client whose one tag kept it flat, and the package the
    same paths give without tags (nested by path)."""
    tagged = {
        path: {m: {**o, "x-clientsmith-resource": "accounts"} for m, o in item.items()}
        for path, item in NESTED.items()
    }
    config = GeneratorConfig(package_name="api")
    flat = build_package(spec(tagged), config, Diagnostics(), spec_source="t")
    nested = build_package(spec(NESTED), config, Diagnostics(), spec_source="t")
    return build_surface(flat), nested


def test_a_method_moved_into_a_nested_resource_keeps_its_old_name() -> None:
    previous, nested = _flat_and_nested()
    assert "accounts.list_persons" in previous["methods"]
    result = with_renamed_aliases(nested, previous)
    (accounts,) = [r for r in result.resources if r.attribute == "accounts"]
    moved = {a.old: (a.via, a.new) for a in accounts.moved}
    assert moved == {
        "accounts.list_persons": ("persons.list", "accounts.persons.list"),
        "accounts.get_person": ("persons.get", "accounts.persons.get"),
    }
    assert "from clientsmith.deprecation import moved" in sum(accounts.imports, ())
    surface = build_surface(result)
    assert surface["aliases"]["accounts.list_persons"]["of"] == "accounts.persons.list"
    report = {c.where: c for c in compare_surfaces(previous, surface)}
    assert report["accounts.list_persons"].kind == "method-renamed"
    assert "accounts.persons.list" in report["accounts.list_persons"].message
    assert not report["accounts.list_persons"].breaking
    bare = {c.where: c for c in compare_surfaces(previous, build_surface(nested))}
    assert bare["accounts.list_persons"].breaking


def test_a_moved_alias_warns_and_calls_the_nested_method() -> None:
    class Persons:
        def list(self, account: str) -> list[str]:
            return [account]

    class AsyncPersons:
        async def list(self, account: str) -> list[str]:
            return [account]

    class Accounts:
        persons = Persons()
        list_persons = moved(
            "persons.list", "accounts.list_persons", "accounts.persons.list"
        )

    class AsyncAccounts:
        persons = AsyncPersons()
        list_persons = moved("persons.list", "async.list_persons", "async.persons.list")

    with pytest.warns(DeprecationWarning, match=r"accounts\.list_persons\(\) was"):
        assert Accounts().list_persons("acct_1") == ["acct_1"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert Accounts().list_persons(account="acct_2") == ["acct_2"]  # once
    with pytest.warns(DeprecationWarning, match=r"async\.persons\.list\(\)"):
        assert asyncio.run(AsyncAccounts().list_persons("a")) == ["a"]


def test_regenerating_writes_moved_aliases(tmp_path: Path) -> None:
    spec_file = tmp_path / "accounts.json"
    tagged = {
        path: {m: {**o, "tags": ["Everything"]} for m, o in item.items()}
        for path, item in NESTED.items()
    }
    # A tag that names resources (``accounts``) first, none later: nested.
    named = {
        path: {m: {**o, "tags": ["accounts"]} for m, o in item.items()}
        for path, item in tagged.items()
    }
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"package_name": "acct_api"}))
    out = tmp_path / "out"
    spec_file.write_text(json.dumps(spec(named)))
    first = cli("generate", spec_file, "-o", out, "--config", config)
    assert first.returncode == 0, first.stderr
    spec_file.write_text(json.dumps(spec(NESTED)))
    second = cli("generate", spec_file, "-o", out, "--config", config, "--bump")
    assert second.returncode == 0, second.stderr
    report = second.stdout + second.stderr
    assert "accounts.list_persons: method renamed to accounts.persons.list" in report
    module = (out / "acct_api" / "resources" / "accounts.py").read_text()
    assert (
        'get_person = moved("persons.get", "accounts.get_person", '
        '"accounts.persons.get")'
    ) in module
    # The generated alias calls the nested method: the request it sends.
    script = (
        "import httpx, warnings\n"
        "from acct_api import Client\n"
        "seen = []\n"
        "def answer(request):\n"
        "    seen.append(request.url.path)\n"
        "    return httpx.Response(200, json={})\n"
        "client = Client(base_url='http://test', transport=httpx.MockTransport(answer))\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    client.accounts.get_person('a1', 'p2')\n"
        "print(seen[0], caught[0].category.__name__)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        cwd=out,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["/accounts/a1/persons/p2", "DeprecationWarning"]
