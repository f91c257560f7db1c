"""The generated Akeneo client against Stoplight Prism mocking the cleaned spec.

Prism validates every request against the document (parameters, JSON-encoded
``search``, bodies, media types, security) and answers with the spec's examples,
which the client must parse into its models. So these tests check that what the
client sends conforms to the spec and that the spec's own examples fit the
models the config produces.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from akeneo import Akeneo
from akeneo.models import (
    AkeneoError,
    AttributeOption,
    Category,
    ProductUuid,
    SearchFilter,
)
from call_results import returns_none

import clientsmith
from clientsmith.auth import BearerAuth
from clientsmith.pagination import SyncPage

UUID = "25566245-55c3-42ce-86d9-8610ac459fa8"
CATALOG = "12351d98-200e-4bbc-aa19-7fdda1bd14f2"


@pytest.fixture()
def akeneo(prism_url: str) -> Iterator[Akeneo]:
    # Prism checks that a Bearer token is sent; the token flow is tested on the fake.
    auth = {"connection": BearerAuth("token"), "app_token": BearerAuth("app")}
    with Akeneo(base_url=prism_url, auth=auth, env_file=None) as client:
        yield client


def _resources(obj: object, name: str) -> Iterator[tuple[str, object]]:
    for attr in sorted(dir(type(obj))):
        if attr.startswith("_"):
            continue
        if type(inspect.getattr_static(type(obj), attr)).__name__ == "cached_property":
            child = getattr(obj, attr)
            if type(child).__module__.startswith("akeneo."):
                yield from _resources(child, f"{name}.{attr}")
    yield name, obj


def test_every_read_operation_parses_the_spec_examples(akeneo: Akeneo) -> None:
    """Each ``list``/``get``-like method: request accepted, example validated."""
    checked: list[str] = []
    for name, resource in _resources(akeneo, "client"):
        if name == "client":
            continue
        for method_name in (
            "list",
            "list_mapped",
            "list_uuids",
            "get",
            "get_draft",
        ):
            method = getattr(resource, method_name, None)
            if method is None:
                continue
            positional = [
                p
                for p in inspect.signature(method).parameters.values()
                if p.kind is p.POSITIONAL_OR_KEYWORD
            ]
            # catalog ids and product uuids must be UUIDs (Prism checks the format)
            filler = UUID if name.startswith("client.catalogs") else "code"
            args = [CATALOG] + [filler] * (len(positional) - 1) if positional else []
            if positional and not name.startswith("client.catalogs"):
                args[0] = "code"
            result = method(*args)
            if isinstance(result, SyncPage):
                page = result.next_page()  # Prism's example next links are fake
                assert page is not None and len(page) >= 0
            checked.append(f"{name}.{method_name}")
    assert akeneo.system.endpoints() is not None
    assert akeneo.system.information() is not None
    assert len(checked) >= 45


def test_products_are_typed(akeneo: Akeneo) -> None:
    product = akeneo.products_uuid.get(UUID)
    assert isinstance(product, ProductUuid)
    assert product.uuid == UUID
    assert product.values is not None
    assert product.values["name"][0].data
    assert product.quality_scores is not None
    assert {q.data for q in product.quality_scores} <= set("ABCDE")
    page = akeneo.products_uuid.list(limit=10).next_page()
    assert page is not None
    assert all(isinstance(p, ProductUuid) for p in page)


def test_search_filter_is_accepted_as_a_json_query_parameter(
    akeneo: Akeneo, prism_url: str
) -> None:
    search = {
        "enabled": [SearchFilter(operator="=", value=True)],
        "completeness": [SearchFilter(operator=">", value=70, scope="ecommerce")],
        "family": [SearchFilter(operator="NOT EMPTY")],
    }
    page = akeneo.products_uuid.list(
        search=search, search_locale="en_US", limit=10
    ).next_page()
    assert page is not None
    # Prism validates query parameters (though not the JSON inside `search`;
    # its encoding is checked on the fake): a non-integer limit is refused.
    refused = httpx.get(
        prism_url + "/api/rest/v1/products-uuid",
        params={"limit": "many"},
        headers={"Authorization": "Bearer token"},
    )
    assert refused.status_code == 422


def test_write_operations_send_conforming_requests(akeneo: Akeneo) -> None:
    product = ProductUuid(
        uuid=UUID,
        family="tshirt",
        values={"name": [{"locale": "en_US", "scope": None, "data": "Top"}]},
    )
    assert returns_none(akeneo.products_uuid.create, body=product)
    assert returns_none(
        akeneo.products_uuid.upsert, UUID, body=ProductUuid(enabled=False)
    )
    assert returns_none(akeneo.products_uuid.delete, UUID)
    assert returns_none(akeneo.categories.create, body=Category(code="summer"))


def test_batch_upserts_use_the_collection_media_type(akeneo: Akeneo) -> None:
    # Prism reads a "+json" body as one JSON document, so only a one-line batch
    # passes it, and it answers with one mock line: chunking and per-line results
    # are tested on the fake. Here: the request's media type and path are
    # accepted and the answer line parses into the declared model.
    lines = list(akeneo.products_uuid.upsert_many(body=[ProductUuid(uuid=UUID)]))
    assert len(lines) == 1 and isinstance(lines[0].status_code, int)
    lines = list(
        akeneo.attributes.options.upsert_many(
            "color", body=[AttributeOption(code="red", attribute="color")]
        )
    )
    assert len(lines) == 1 and isinstance(lines[0].line, int)


def test_multipart_upload_and_binary_download(akeneo: Akeneo) -> None:
    target = json.dumps(
        {"uuid": UUID, "attribute": "picture", "scope": None, "locale": None}
    )
    assert returns_none(
        akeneo.media_files.upload, body={"file": b"\x89PNG...", "product": target}
    )
    assert returns_none(
        akeneo.asset_media_files.upload,
        body={"file": ("shirt.png", b"\x89PNG...", "image/png")},
    )
    with akeneo.media_files.download("a/b/c/shirt.png") as download:
        assert download.read()


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, clientsmith.AuthenticationError),
        (404, clientsmith.NotFoundError),
        (406, clientsmith.APIStatusError),
        (429, clientsmith.RateLimitError),
    ],
)
def test_error_answers_carry_the_akeneo_error_model(
    akeneo: Akeneo, status: int, error: type[clientsmith.APIStatusError]
) -> None:
    with pytest.raises(error) as info:
        akeneo.with_options(max_retries=0).products_uuid.get(
            UUID, extra_headers={"Prefer": f"code={status}"}
        )
    assert info.value.status_code == status
    assert isinstance(info.value.body, AkeneoError)


def test_422_has_validation_errors(akeneo: Akeneo) -> None:
    with pytest.raises(clientsmith.UnprocessableEntityError) as info:
        akeneo.products_uuid.create(
            body=ProductUuid(uuid=UUID), extra_headers={"Prefer": "code=422"}
        )
    body: Any = info.value.body
    assert isinstance(body, AkeneoError)
    assert body.errors is not None and body.errors[0].property is not None


def test_app_catalog_operations_use_the_app_token(prism_url: str) -> None:
    # Only the app token is configured: catalogs work, Connection operations do not.
    with Akeneo(
        base_url=prism_url, auth={"app_token": BearerAuth("app")}, env_file=None
    ) as akeneo:
        catalog = akeneo.catalogs.get(CATALOG)
        assert catalog is not None
        with pytest.raises(clientsmith.AuthenticationError):
            akeneo.products_uuid.get(UUID)


def test_operations_without_token_send_none(prism_url: str) -> None:
    with Akeneo(base_url=prism_url, env_file=None) as akeneo:
        assert akeneo.system.information() is not None
        assert akeneo.system.endpoints() is not None
