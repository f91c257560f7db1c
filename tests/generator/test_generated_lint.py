"""Generated code is lint-clean and says it is generated.

ruff checks every golden client and clients of tricky specs with the settings
the generated ``pyproject.toml`` pins (the repository's own rule set), and from
the client's own directory with no configuration at all, as a user's project
sees it. The import blocks come from the IR (``generator/imports.py``), not from
running ruff's fixer, so these tests are what holds them to ruff's order.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from gen_helpers import mypy_strict

from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.load import LoadedSpec
from clientsmith.generator.pipeline import generate_files, generate_from_loaded
from clientsmith.generator.writer import write_files

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = sorted(p for p in (ROOT / "generated").iterdir() if p.is_dir())
CORPUS_SPECS = sorted((ROOT / "tests" / "corpus_regressions" / "specs").glob("*.yaml"))
MEDIA_SPEC = ROOT / "tests" / "functional" / "media_spec.yaml"

_RESPONSE = {"description": "ok", "content": {"application/json": {"schema": {}}}}


def _json(ref: str) -> dict[str, Any]:
    schema = {"$ref": f"#/components/schemas/{ref}"}
    return {
        "200": {
            "description": "ok",
            "content": {"application/json": {"schema": schema}},
        }
    }


# Names that sort differently as text and in ruff's order (digits, capitals,
# constants), methods that shadow builtins, every auth kind, deprecated and
# streaming operations, discriminated and open unions, nested resources and
# a CLI with enum options.
TRICKY: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Tricky", "version": "1.0", "x-clientsmith-cli": True},
    "servers": [{"url": "https://api.example.com"}],
    "security": [{"Key": []}],
    "paths": {
        "/things": {
            "get": {
                "operationId": "list",
                "tags": ["things"],
                "parameters": [
                    {
                        "name": "kind",
                        "in": "query",
                        "schema": {"$ref": "#/components/schemas/Kind"},
                    },
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Model10"},
                                }
                            }
                        },
                    },
                    "default": {
                        "description": "error",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/HTTPError"}
                            }
                        },
                    },
                },
            },
            "post": {
                "operationId": "type",
                "tags": ["things"],
                "deprecated": True,
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Model2"}
                        }
                    },
                },
                "responses": _json("Pet"),
            },
        },
        "/things/{id}/parts": {
            "get": {
                "operationId": "listParts",
                "tags": ["things"],
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": _json("Anything"),
            }
        },
        "/things/{id}/download": {
            "get": {
                "operationId": "download",
                "tags": ["files"],
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "bytes",
                        "content": {
                            "application/octet-stream": {
                                "schema": {"type": "string", "format": "binary"}
                            }
                        },
                    }
                },
            }
        },
        "/events": {
            "get": {
                "operationId": "events",
                "tags": ["files"],
                "responses": {
                    "200": {
                        "description": "events",
                        "content": {
                            "text/event-stream": {
                                "schema": {"$ref": "#/components/schemas/Model2"}
                            }
                        },
                    }
                },
            }
        },
        "/upload": {
            "post": {
                "operationId": "upload",
                "tags": ["files"],
                "requestBody": {
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "file": {"type": "string", "format": "binary"},
                                    "meta": {"type": "object"},
                                },
                            },
                            "encoding": {"meta": {"contentType": "application/json"}},
                        }
                    }
                },
                "responses": {"204": {"description": "done"}},
            }
        },
        "/ping": {"get": {"operationId": "ping", "responses": {"200": _RESPONSE}}},
        # The README's example call of this one is too long for a line, with
        # nothing to split at: ruff puts the right-hand side in parentheses.
        "/repository/search/boulder": {
            "get": {
                "operationId": "search_boulder_campaign_contributions",
                "tags": ["type_boulder_campaign_contributions"],
                "responses": {"200": _RESPONSE},
            }
        },
    },
    "components": {
        "securitySchemes": {
            "Key": {"type": "apiKey", "in": "header", "name": "X-Key"},
            "Basic": {"type": "http", "scheme": "basic"},
            "Bearer": {"type": "http", "scheme": "bearer"},
            "Machine": {
                "type": "oauth2",
                "flows": {
                    "clientCredentials": {"tokenUrl": "/oauth/token", "scopes": {}}
                },
            },
            "Login": {
                "type": "oauth2",
                "flows": {
                    "password": {
                        "tokenUrl": "https://auth.example.com/token",
                        "scopes": {},
                    }
                },
            },
        },
        "schemas": {
            "Kind": {"type": "string", "enum": ["a", "b"]},
            "Model2": {
                "type": "object",
                "properties": {
                    "n": {"type": "integer"},
                    # E741's ambiguous name, kept; a description indented by tabs.
                    "l": {"type": "number", "description": "Low.\n\tTabbed\n \tmixed"},
                },
            },
            "Model10": {
                "type": "object",
                "properties": {
                    "two": {"$ref": "#/components/schemas/Model2"},
                    "when": {"type": "string", "format": "date-time"},
                    "self": {"type": "string"},
                },
            },
            "HTTPError": {
                "type": "object",
                "properties": {"message": {"type": "string"}},
            },
            "Cat": {
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"type": "string"}},
            },
            "Dog": {
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"type": "string"}},
            },
            "Pet": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Cat"},
                    {"$ref": "#/components/schemas/Dog"},
                ],
                "discriminator": {"propertyName": "kind"},
            },
            "Anything": {
                "anyOf": [
                    {"$ref": "#/components/schemas/Model2"},
                    {"type": "array", "items": {}},
                    {},
                ]
            },
        },
    },
}


def _ruff(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def _assert_clean(*roots: Path) -> None:
    """ruff check and format --check with each client's own pyproject.toml, then
    its rules with no other configuration from inside each client (a user's
    view of it: clientsmith is a third-party import there anyway)."""
    check = _ruff("check", "--no-cache", *roots)
    assert check.returncode == 0, check.stdout + check.stderr
    fmt = _ruff("format", "--check", "--no-cache", *roots)
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr
    for root in roots:
        pinned = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["ruff"]
        bare = _ruff(
            "check",
            "--isolated",
            "--no-cache",
            "--select",
            ",".join(pinned["lint"]["select"]),
            "--ignore",
            ",".join(pinned["lint"]["ignore"]),
            "--target-version",
            pinned["target-version"],
            ".",
            cwd=root,
        )
        assert bare.returncode == 0, f"{root.name}: {bare.stdout}{bare.stderr}"


def _assert_headers(root: Path) -> None:
    files = [
        p
        for p in root.rglob("*")
        if p.suffix in (".py", ".toml", ".md") and ".clientsmith" not in p.parts
    ]
    assert len(files) > 5
    for path in files:
        head = path.read_text(encoding="utf-8")[:400]
        assert "Generated by clientsmith" in head, path
        assert "do not edit by hand" in head, path
        assert "Custom code and hand edits" in head, path


def test_golden_clients_are_lint_clean() -> None:
    assert len(GOLDEN) >= 5
    _assert_clean(*GOLDEN)


@pytest.mark.parametrize("client", GOLDEN, ids=[p.name for p in GOLDEN])
def test_golden_files_say_they_are_generated(client: Path) -> None:
    _assert_headers(client)


def test_generated_projects_pin_the_repository_rule_set() -> None:
    ours = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["ruff"]
    for client in GOLDEN:
        pinned = tomllib.loads((client / "pyproject.toml").read_text())["tool"]["ruff"]
        assert pinned["lint"]["select"] == ours["lint"]["select"]
        # E741 (a name like `l`) too: the generated code keeps the spec's names.
        assert pinned["lint"]["ignore"] == [*ours["lint"]["ignore"], "E741"]
        assert pinned["line-length"] == ours["line-length"]
        assert pinned["target-version"] == ours["target-version"]


@pytest.fixture(scope="module")
def tricky_clients(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    base = tmp_path_factory.mktemp("lint")
    clients: list[Path] = []
    for spec in [*CORPUS_SPECS, MEDIA_SPEC]:
        package = spec.stem.replace("-", "_")
        result = generate_files(
            spec, GeneratorConfig(package_name=package), Diagnostics()
        )
        write_files(base / spec.stem, result.files)
        clients.append(base / spec.stem)
    tricky = generate_from_loaded(
        LoadedSpec.from_document(TRICKY),
        GeneratorConfig(package_name="tricky"),
        Diagnostics(),
        label="tricky.yaml",
    )
    write_files(base / "tricky", tricky.files)
    clients.append(base / "tricky")
    return clients


def test_clients_of_tricky_specs_are_lint_clean(tricky_clients: list[Path]) -> None:
    _assert_clean(*tricky_clients)
    for client in tricky_clients:
        _assert_headers(client)


def test_tricky_client_uses_what_it_is_meant_to(tricky_clients: list[Path]) -> None:
    """The spec reaches the cases it is there for (else the lint proves little)."""
    package = next(c for c in tricky_clients if c.name == "tricky") / "tricky"
    client = (package / "_client.py").read_text()
    for name in (
        "APIKeyAuth",
        "BasicAuth",
        "BearerAuth",
        "OAuth2ClientCredentials",
        "OAuth2Password",
        "resolve_url",
    ):
        assert name in client
    resources = "".join(p.read_text() for p in (package / "resources").glob("*.py"))
    for needle in (
        "import builtins",
        "@deprecated(",
        "BinaryResponse",
        "AsyncIterator",
        "Encoding(",
    ):
        assert needle in resources, needle
    models = "".join(p.read_text() for p in (package / "models").glob("*.py"))
    assert "Discriminator(" in models and "union_mode" in models
    assert "    l: float | None = None" in models and "\t" not in models
    readme = (package.parent / "README.md").read_text()
    assert "client.type_boulder_campaign_contributions.search()" in readme
    assert (package / "cli.py").is_file()


def test_tricky_client_passes_mypy_strict(tricky_clients: list[Path]) -> None:
    mypy_strict(next(c for c in tricky_clients if c.name == "tricky"), "tricky")


def test_header_cannot_carry_code_from_the_spec_label() -> None:
    """The spec's label is in every header: a line break in it must not end the
    comment and start code, nor a ``-->`` end the README's comment."""
    label = 'evil.yaml\nimport os; os.system("echo pwned")  # --> <!--'
    document = yaml.safe_load((ROOT / "specs" / "petstore.yaml").read_text())
    result = generate_from_loaded(
        LoadedSpec.from_document(document),
        GeneratorConfig(package_name="evil"),
        Diagnostics(),
        label=label,
    )
    python = {k: v for k, v in result.files.items() if k.endswith(".py")}
    assert len(python) > 5
    for path, text in python.items():
        assert text.startswith("# Generated by clientsmith"), path
        assert "os.system" not in ast.unparse(ast.parse(text)), path
    project = result.files["pyproject.toml"]
    assert project.startswith("# Generated by clientsmith")
    assert tomllib.loads(project)["project"]["name"] == "evil"
    assert project.splitlines()[0].endswith(": do not edit by hand.")
    readme = result.files["README.md"]
    assert readme.index("-->") > readme.index("Custom code and hand edits")
    assert "<!--" not in readme[4 : readme.index("-->")]
