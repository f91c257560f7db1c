"""build_package: resources, model modules, servers, names and auth factories."""

from __future__ import annotations

from typing import Any

from ir_build import build, ok, spec, text

PET_REF = {"$ref": "#/components/schemas/Pet"}
SCHEMAS: dict[str, Any] = {
    "Pet": {
        "type": "object",
        "properties": {"owner": {"$ref": "#/components/schemas/Owner"}},
    },
    "Owner": {"type": "object", "properties": {"pet": PET_REF}},
    "Label": {"type": "object", "properties": {"name": {"type": "string"}}},
}


def _op(operation_id: str, *tags: str, **more: Any) -> dict[str, Any]:
    return {"operationId": operation_id, "tags": list(tags), "responses": ok(), **more}


def test_operations_are_grouped_by_tag_else_by_path_segment() -> None:
    document = spec(
        {
            "/pets": {"get": _op("listPets", "pets"), "post": _op("createPet", "pets")},
            "/pets/{id}": {"get": _op("getPet", "pets")},
            "/v1/stores": {"get": _op("listStores")},
        }
    )
    package, _ = build(document)
    resources = {str(r.attribute): r for r in package.resources}
    assert set(resources) == {"pets", "stores"}
    pets = resources["pets"]
    assert pets.class_name == "Pets"
    assert [op.operation_id for op in pets.operations] == [
        "listPets",
        "createPet",
        "getPet",
    ]
    # method names drop the resource's words; each is unique in its resource
    names = [op.method_name for op in pets.operations]
    assert len(set(names)) == 3
    assert all("pet" not in n for n in names)
    assert [op.operation_id for op in resources["stores"].operations] == ["listStores"]
    assert all(r.top_level and r.access == r.attribute for r in package.resources)


def test_models_referencing_each_other_share_a_module() -> None:
    document = spec(
        {"/pets": {"get": _op("getPet", "pets", responses=ok(PET_REF))}}, SCHEMAS
    )
    package, _ = build(document)
    modules = {
        m.module: [model.name for model in m.models] for m in package.model_modules
    }
    # Pet <-> Owner is a cycle: one module; Label stands alone
    [cycle] = [names for names in modules.values() if "Pet" in names]
    assert sorted(cycle) == ["Owner", "Pet"]
    assert any(names == ["Label"] for names in modules.values())
    [pets] = package.resources
    # the resource imports its models only under TYPE_CHECKING and in the table
    assert ("from ..models.pet import Pet",) in pets.type_checking_imports
    assert ("from ..models.pet import Pet",) in pets.table_imports
    assert text(pets.operations[0].return_type) == "Pet"


def test_names_come_from_the_config_then_the_spec() -> None:
    document = spec({}, info={"title": "Pet Store", "version": "2.0"})
    document["info"]["x-clientsmith-client-name"] = "PetStore"
    package, _ = build(document, package_name=None)
    assert (package.package, package.project) == ("pet_store", "pet-store")
    assert (package.client_class, package.async_client_class) == (
        "PetStore",
        "AsyncPetStore",
    )
    assert package.env_prefix == "PET_STORE_"
    assert package.version == "2.0"
    configured, _ = build(document, package_name="shop", client_name="Shop")
    assert (configured.package, configured.client_class) == ("shop", "Shop")


def test_servers_and_the_configured_base_url() -> None:
    servers = [
        {
            "url": "https://{region}.example.com",
            "description": "Production",
            "variables": {"region": {"default": "eu", "enum": ["eu", "us"]}},
        },
        {"url": "https://sandbox.example.com", "description": "Sandbox"},
    ]
    package, _ = build(spec({}, servers=servers))
    assert package.base_url == "https://{region}.example.com"
    assert [v.name for v in package.server_variables] == ["region"]
    assert len(package.servers) == 2
    assert package.servers[0].variables[0].enum == ("eu", "us")
    configured, _ = build(spec({}, servers=servers), base_url="https://x.test")
    [only] = configured.servers
    assert (only.url, configured.base_url) == ("https://x.test", "https://x.test")
    assert only.environment == package.servers[0].environment


def _schemes(schemes: dict[str, Any]) -> dict[str, Any]:
    document = spec({})
    document["components"]["securitySchemes"] = schemes
    package, _ = build(document)
    return {s.key: s for s in package.auth_schemes}


def test_auth_factories_are_printable_constructor_calls() -> None:
    found = _schemes(
        {
            "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
            "basic": {"type": "http", "scheme": "basic"},
            "bearer": {"type": "http", "scheme": "bearer"},
        }
    )
    key = found["key"].factory
    assert key is not None
    assert (key.auth_class, key.required, key.sensitive_name) == (
        "APIKeyAuth",
        ("api_key",),
        "X-Key",
    )
    assert key.arguments[0] == "api_key"
    assert "name='X-Key'" in key.arguments
    basic = found["basic"].factory
    assert basic is not None
    assert basic.auth_class == "BasicAuth"
    assert basic.required == ("username", "password")
    bearer = found["bearer"].factory
    assert bearer is not None
    assert (bearer.auth_class, bearer.refresh_leeway) == ("BearerAuth", None)
    assert all(
        s.factory is not None
        and s.factory.arguments[-1] == "allowed_origins=(base_url,)"
        for s in found.values()
    )


def test_token_flows_carry_their_token_request_and_leeway() -> None:
    flows = {
        "password": {"tokenUrl": "/oauth/token", "scopes": {"write": "", "read": ""}}
    }
    found = _schemes(
        {
            "oauth": {
                "type": "oauth2",
                "flows": flows,
                "x-clientsmith-token-request": {
                    "client_auth": "basic",
                    "refresh_leeway": 120,
                },
            },
            "cc": {
                "type": "oauth2",
                "flows": {"clientCredentials": {"tokenUrl": "https://a.test/t"}},
            },
        }
    )
    password = found["oauth"].factory
    assert password is not None
    assert password.auth_class == "OAuth2Password"
    assert password.required == ("username", "password")
    assert password.arguments[:5] == (
        "resolve_url(base_url, '/oauth/token')",
        "username",
        "password",
        "client_id=client_id",
        "client_secret=client_secret",
    )
    assert "client_auth='basic'" in password.arguments
    assert "scope='read write'" in password.arguments
    assert password.refresh_leeway == 120.0
    assert "leeway=120.0 if leeway is None else leeway" in password.arguments
    cc = found["cc"].factory
    assert cc is not None
    assert (cc.auth_class, cc.refresh_leeway) == ("OAuth2ClientCredentials", 30.0)
    assert not any(a.startswith(("scope=", "client_auth=")) for a in cc.arguments)


def test_package_auth_summaries_follow_the_factories() -> None:
    document = spec({})
    document["components"]["securitySchemes"] = {
        "key": {"type": "apiKey", "in": "query", "name": "api_key"},
        "cc": {
            "type": "oauth2",
            "flows": {"clientCredentials": {"tokenUrl": "/t"}},
        },
        "mutual": {"type": "mutualTLS"},
    }
    package, diagnostics = build(document)
    assert package.sensitive_names == ("api_key",)
    assert package.refresh_leeways == (30.0,)
    assert package.auth_classes == {
        "api_key": "APIKeyAuth",
        "oauth2_client_credentials": "OAuth2ClientCredentials",
    }
    assert "auth-unsupported" in [d.code for d in diagnostics]
