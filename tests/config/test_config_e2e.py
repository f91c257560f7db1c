"""End to end: a small spec + a config file -> apply_config -> a generated client."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path
from typing import Any

from clientsmith.generator.config import GeneratorConfig, load_config
from clientsmith.generator.diagnostics import Diagnostics, Severity
from clientsmith.generator.load import LoadedSpec
from clientsmith.generator.overlay import apply_config, apply_config_to_loaded
from clientsmith.generator.pipeline import generate_from_loaded


def names_only(config: GeneratorConfig) -> GeneratorConfig:
    """The config without its spec-fixing sections, already applied here: the
    pipeline may apply a config itself, and applying one twice is not a no-op."""
    return dataclasses.replace(
        config,
        auth=None,
        pagination=None,
        rename=None,
        include=None,
        exclude=None,
        content_types=None,
        overlays=None,
    )


def run_python(code: str, cwd: Path) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Zoo", "version": "1"},
    "paths": {
        "/pets": {
            "get": {
                "operationId": "listPets",
                "tags": ["pets"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json; charset=utf-8": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "data": {
                                            "type": "array",
                                            "items": {
                                                "$ref": "#/components/schemas/Pet"
                                            },
                                        },
                                        "next": {"type": "string", "nullable": True},
                                    },
                                }
                            }
                        },
                    }
                },
            }
        },
        "/pets/{id}": {
            "get": {
                "operationId": "getPet",
                "tags": ["pets"],
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
                        "description": "ok",
                        "content": {
                            "text/json": {
                                "schema": {"$ref": "#/components/schemas/Pet"}
                            }
                        },
                    }
                },
            }
        },
        "/stores/{storeId}/orders": {
            "get": {
                "operationId": "listOrders",
                "parameters": [
                    {
                        "name": "storeId",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {"id": {"type": "integer"}},
                                    },
                                }
                            }
                        },
                    }
                },
            }
        },
        "/admin/reset": {
            "post": {
                "operationId": "reset",
                "tags": ["admin"],
                "responses": {"204": {"description": "done"}},
            }
        },
    },
    "components": {
        "schemas": {
            "Pet": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
            }
        },
        "securitySchemes": {"key": {"type": "apiKey", "name": "X-Key", "in": "header"}},
    },
}

CONFIG = """\
package_name: zoo
client_name: ZooClient
base_url: https://zoo.example/api
auth:
  schemes:
    oauth:
      type: oauth2
      flows:
        clientCredentials: {tokenUrl: https://zoo.example/token, scopes: {}}
      token_request: {client_auth: body, body_format: form}
  security: [oauth]
pagination:
  - match: {operation_id: listPets}
    style: cursor
    items: data
    cursor_field: next
    cursor_param: after
  - match: {path: "/stores/*/orders", method: get}
    style: page
    page_param: p
rename:
  resources: {pets: animals, stores: animals.stores}
  methods: {getPet: fetch, listOrders: orders}
  models: {Pet: Animal}
exclude:
  tags: [admin]
content_types:
  "application/json; charset=utf-8": application/json
  text/json: application/json
overlays:
  - overlay: 1.0.0
    info: {title: fixes, version: "1"}
    actions:
      - target: $.components.schemas.Pet.properties
        update:
          species: {type: string}
"""


def test_generate_with_config(tmp_path: Path) -> None:
    (tmp_path / "clientsmith.yaml").write_text(CONFIG)
    config = load_config(tmp_path / "clientsmith.yaml")
    diagnostics = Diagnostics()
    document = apply_config(SPEC, config, diagnostics)
    assert [d.code for d in diagnostics] == ["operation-excluded"]
    result = generate_from_loaded(
        LoadedSpec.from_document(document), names_only(config), diagnostics
    )
    assert not [d for d in diagnostics if d.severity is Severity.WARNING], [
        d.format() for d in diagnostics
    ]
    files = result.files
    resources = "\n".join(
        text for name, text in files.items() if name.startswith("zoo/resources/")
    )

    # renamed resource, method and model
    assert "zoo/resources/animals.py" in files
    assert "zoo/resources/animals_stores.py" in files  # nested: client.animals.stores
    assert not any(
        name.startswith(
            ("zoo/resources/pets", "zoo/resources/stores", "zoo/resources/admin")
        )
        for name in files
    )
    assert "def fetch(" in resources and "def get_pet(" not in resources
    assert "def orders(" in resources and "def list_orders(" not in resources
    assert (
        "zoo/models/animal.py" in files
        and "class Animal(BaseModel)" in files["zoo/models/animal.py"]
    )
    assert "species: str | None" in files["zoo/models/animal.py"]  # from the overlay
    assert not any(name.endswith("/pet.py") for name in files)
    # excluded operation
    assert "reset" not in resources and "/admin/reset" not in resources
    # pagination from the config
    animals = files["zoo/resources/animals.py"]
    assert (
        'style="cursor"' in animals
        and 'cursor_param="after"' in animals
        and 'items=("data",)' in animals
    )
    assert "SyncPage[Animal]" in animals
    assert 'style="page"' in resources and 'page_param="p"' in resources
    # the fixed content type: getPet returns the model instead of nothing
    assert '"200": Response("json", Animal)' in animals
    # names and auth from the config
    client = "\n".join(
        text
        for name, text in files.items()
        if name.startswith("zoo/") and "client" in name
    )
    assert "ZooClient" in client and "https://zoo.example/api" in client
    assert "OAuth2ClientCredentials(" in client
    assert 'client_auth="body"' in client and 'body_format="form"' in client
    assert 'security=(("oauth",),)' in animals

    # The generated package imports and its resources are reachable under the new names.
    from clientsmith.generator.writer import write_files

    write_files(tmp_path / "out", files)
    out = run_python(
        "import zoo\n"
        "c = zoo.ZooClient(base_url='http://127.0.0.1:9')\n"
        "print(type(c.animals).__name__, hasattr(c.animals, 'fetch'), hasattr(c.animals, 'list_pets'),\n"
        "      hasattr(c.animals.stores, 'orders'), hasattr(c, 'admin'))\n",
        tmp_path / "out",
    )
    assert out.split() == ["AnimalsResource", "True", "True", "True", "False"]


def test_apply_config_to_loaded_feeds_the_pipeline(tmp_path: Path) -> None:
    (tmp_path / "clientsmith.yaml").write_text(CONFIG)
    config = load_config(tmp_path / "clientsmith.yaml")
    diagnostics = Diagnostics()
    loaded = apply_config_to_loaded(
        LoadedSpec.from_document(SPEC, path="zoo.json"), config, diagnostics
    )
    result = generate_from_loaded(loaded, names_only(config), diagnostics)
    assert result.operations_in_spec == 3 and result.operations_emitted == 3
    (excluded,) = [d for d in diagnostics if d.code == "operation-excluded"]
    assert (
        excluded.file == "zoo.json" and excluded.pointer == "/paths/~1admin~1reset/post"
    )
