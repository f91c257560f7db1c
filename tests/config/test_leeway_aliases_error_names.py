"""Config keys of issue 14 (``token_request.refresh_leeway``, ``cli_aliases``) and
the generated package's base error name."""

from __future__ import annotations

import pytest

from clientsmith.generator.config import config_from_mapping
from clientsmith.generator.diagnostics import GeneratorError
from clientsmith.generator.naming import ClassName, PyName, error_class_name


def scheme(token_request: object) -> dict[str, object]:
    return {
        "auth": {
            "schemes": {
                "oauth": {
                    "type": "oauth2",
                    "flows": {"clientCredentials": {"tokenUrl": "/t", "scopes": {}}},
                    "token_request": token_request,
                }
            }
        }
    }


def test_refresh_leeway_is_accepted_and_checked() -> None:
    config = config_from_mapping(scheme({"refresh_leeway": 120}), source="c.yaml")
    assert config.auth is not None
    with pytest.raises(GeneratorError) as caught:
        config_from_mapping(scheme({"refresh_leeway": "soon"}), source="c.yaml")
    assert (
        "'refresh_leeway' must be a number of seconds from 0 to 86400, not a string"
        in caught.value.diagnostics[0].message
    )
    with pytest.raises(GeneratorError):
        config_from_mapping(scheme({"refresh_leeway": -1}), source="c.yaml")


def test_cli_aliases_are_parsed_and_checked() -> None:
    config = config_from_mapping(
        {"cli_aliases": {"products": "products-uuid list"}}, source="c.yaml"
    )
    assert config.cli_aliases == (("products", ("products-uuid", "list")),)
    for bad in ({"Products": "x list"}, {"p": ""}, {"p": "x; rm -rf"}, {"p": 3}):
        with pytest.raises(GeneratorError):
            config_from_mapping({"cli_aliases": bad}, source="c.yaml")


@pytest.mark.parametrize(
    ("client", "package", "title", "expected"),
    [
        ("Akeneo", "akeneo", "Akeneo PIM REST API", "AkeneoError"),
        ("Client", "cloudconnexa", "CloudConnexa", "CloudConnexaError"),
        ("Client", "github", "GitHub v3 REST API", "GitHubError"),
        ("Client", "petstore", "Swagger Petstore", "PetstoreError"),
        ("API", "api", "API", "ApiError"),  # never the runtime's APIError
        ("Client", "x", "A Very Long Descriptive Title Of Some Service", "XError"),
    ],
)
def test_error_class_is_named_after_the_client(
    client: str, package: str, title: str, expected: str
) -> None:
    assert error_class_name(ClassName(client), PyName(package), title) == expected
