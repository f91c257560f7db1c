"""Azure's schemas without ``type`` against Prism: any JSON value conforms.

``specs/azure_express_route.json`` keeps the published schemas of Azure's
list-peerings operation: none declares ``type: object``, and the example
response holds ``"expressRouteConnection": ""``. In JSON Schema a schema with
``properties`` but no ``type`` accepts any value, so that body conforms to the
spec, and the client must take it as it is: no error in strict mode, no
"does not match the spec" warning in tolerant mode. An object in the same
place is still validated into the typed model.
"""

from __future__ import annotations

import importlib
import logging
import typing
from collections.abc import Callable
from pathlib import Path

import pydantic
import pytest

PROBE = "/subscriptions/sub/expressRouteCircuits/c1/peerings"


def _list(url: str, *, strict: bool) -> list[typing.Any]:
    package = importlib.import_module("azure_express_route")
    with package.Client(
        base_url=url, env_file=None, strict_validation=strict
    ) as client:
        return list(client.express_route_circuit_peerings.list("sub", "c1"))


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "tolerant"])
def test_untyped_schema_takes_a_string_and_types_an_object(
    generated: Path,
    prism: Callable[..., str],
    caplog: pytest.LogCaptureFixture,
    strict: bool,
) -> None:
    url = prism("azure_express_route", probe=PROBE)
    models = importlib.import_module("azure_express_route.models")
    with caplog.at_level(logging.WARNING, logger="clientsmith"):
        peerings = _list(url, strict=strict)
    assert [p.name for p in peerings] == ["MicrosoftPeering", "AzurePrivatePeering"]
    first, second = (p.properties for p in peerings)
    assert isinstance(first, models.ExpressRouteCircuitPeeringPropertiesFormat)
    assert first.azure_asn == 12076
    assert first.express_route_connection == ""  # kept as the spec allows
    connection = second.express_route_connection
    assert isinstance(
        connection,
        models.ExpressRouteCircuitPeeringPropertiesFormatExpressRouteConnection,
    )
    assert connection.id == "/subscriptions/subid/connections/c1"
    assert "does not match the spec" not in caplog.text


def test_untyped_model_serialises_what_it_took_without_warnings(
    generated: Path,
) -> None:
    models = importlib.import_module("azure_express_route.models")
    data = {"azureASN": 1, "expressRouteConnection": ""}
    # pytest runs with warnings as errors: a serializer warning would fail here.
    value = models.ExpressRouteCircuitPeeringPropertiesFormat.model_validate(data)
    assert value.model_dump(by_alias=True, exclude_none=True) == data
    assert value.model_dump_json(by_alias=True, exclude_none=True) == (
        '{"azureASN":1,"expressRouteConnection":""}'
    )
    # Properties still constrain objects: a wrong type inside one is rejected.
    with pytest.raises(pydantic.ValidationError):
        models.ExpressRouteCircuitPeeringPropertiesFormat.model_validate(
            {"azureASN": "not a number"}
        )


def test_typed_schemas_keep_the_plain_base(generated: Path) -> None:
    # DigitalOcean's Action declares ``type: object``: a string is rejected.
    models = importlib.import_module("digitalocean_actions.models")
    with pytest.raises(pydantic.ValidationError):
        pydantic.TypeAdapter(models.Action).validate_python("")
