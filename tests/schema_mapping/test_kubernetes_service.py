"""Kubernetes ``Service`` with an integer ``targetPort``: generator and models.

``ServicePort.targetPort`` is a ``$ref`` to ``IntOrString``, declared
``type: string, format: int-or-string`` (``specs/kubernetes_service.json``,
trimmed from the published spec). It used to become ``str``: a Service read
back with ``targetPort: 8080`` was rejected, and one built with an integer
could not be sent. The end-to-end create call (with the ``*/*`` request media
type of the published spec) is in ``tests/requests``.
"""

from __future__ import annotations

import importlib
import json
import typing
from pathlib import Path

import pytest

from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.ir import ModelIR
from clientsmith.generator.pipeline import generate_files

SPEC = Path(__file__).resolve().parent / "specs" / "kubernetes_service.json"
INT_OR_STRING = "IntOrString"

SERVICE = {
    "apiVersion": "v1",
    "kind": "Service",
    "metadata": {
        "name": "web",
        "namespace": "default",
        "creationTimestamp": "2025-10-15T13:52:47Z",
        "labels": {"app": "web"},
    },
    "spec": {
        "selector": {"app": "web"},
        "ports": [
            {"name": "http", "port": 80, "protocol": "TCP", "targetPort": 8080},
            {"name": "named", "port": 8443, "targetPort": "https"},
        ],
        "type": "ClusterIP",
    },
}


def test_int_or_string_is_int_or_str_in_the_ir() -> None:
    result = generate_files(
        SPEC, GeneratorConfig(package_name="kubernetes_service"), Diagnostics()
    )
    models: dict[str, ModelIR] = {
        m.name: m for mod in result.package.model_modules for m in mod.models
    }
    alias = models[INT_OR_STRING]
    assert alias.kind == "alias"
    assert alias.alias is not None and alias.alias.expr == "int | str"
    port = {f.wire_name: f for f in models["ServicePort"].fields}
    assert port["targetPort"].type.expr == f"{INT_OR_STRING} | None"
    assert port["port"].required and port["port"].type.expr == "int"


def test_service_with_integer_target_port_round_trips(generated: Path) -> None:
    models = importlib.import_module("kubernetes_service.models")
    service = models.Service.model_validate_json(json.dumps(SERVICE))
    assert service.spec is not None and service.spec.ports is not None
    first, second = service.spec.ports
    assert first.target_port == 8080 and type(first.target_port) is int
    assert second.target_port == "https"
    # sent back as the server expects: an integer stays an integer
    dumped = service.model_dump(mode="json", by_alias=True, exclude_none=True)
    assert dumped["spec"]["ports"][0]["targetPort"] == 8080
    assert dumped["spec"]["ports"][1]["targetPort"] == "https"


def test_service_port_built_in_python_sends_an_integer(generated: Path) -> None:
    models = importlib.import_module("kubernetes_service.models")
    port = models.ServicePort(port=80, target_port=8080)
    assert port.model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "port": 80,
        "targetPort": 8080,
    }
    hints = typing.get_type_hints(models.ServicePort)
    assert set(typing.get_args(hints["target_port"])) == {int, str, type(None)}


@pytest.mark.parametrize("value", [8080, "http"])
def test_target_port_accepts_both_spellings(generated: Path, value: object) -> None:
    models = importlib.import_module("kubernetes_service.models")
    port = models.ServicePort.model_validate({"port": 80, "targetPort": value})
    assert port.target_port == value
