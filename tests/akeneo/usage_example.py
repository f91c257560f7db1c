"""Typical use of the generated Akeneo client, as in docs/akeneo.md: type-checked
by test_usage_typechecks (mypy --strict), never run."""

from __future__ import annotations

import pathlib
from collections.abc import Iterator

from akeneo import Akeneo, AsyncAkeneo
from akeneo.models import (
    AkeneoError,
    PaginationType,
    ProductUuid,
    ProductValue,
    SearchFilter,
)

import clientsmith
from clientsmith import RetryPolicy
from clientsmith.batch import (
    BatchResult,
    aupsert_lines,
    results_from_lines,
    upsert_lines,
)
from clientsmith.retry import IDEMPOTENT_METHODS


def products() -> Iterator[ProductUuid]:
    yield ProductUuid(uuid="u", enabled=True)


def sync(client: Akeneo) -> None:
    product = client.products_uuid.get("u", with_quality_scores=True)
    name = product.values["name"][0] if product.values else None
    print(name.data if name else None, product.associations)
    search = {
        "enabled": [SearchFilter(operator="=", value=True)],
        "family": [SearchFilter(operator="NOT EMPTY")],
    }
    for p in client.products_uuid.list(
        search=search, limit=100, pagination_type=PaginationType.SEARCH_AFTER
    ):
        print(p.uuid)
    for page in client.products_uuid.list(limit=100).iter_pages():
        print(len(page), page.next_url)
    client.products_uuid.create(
        body=ProductUuid(
            family="tshirts",
            values={"name": [ProductValue(locale="en_US", scope=None, data="Top")]},
        )
    )
    raw = clientsmith.to_raw_response_wrapper(client.products_uuid.create)(
        body=ProductUuid(family="x")
    )
    print(raw.status_code, raw.headers["Location"])
    client.products_uuid.upsert("u", body={"enabled": False, "categories": ["summer"]})
    results: list[BatchResult] = list(
        upsert_lines(client.products_uuid.upsert_many, products())
    )
    list(
        upsert_lines(client.attributes.options.upsert_many, [{"code": "red"}], "color")
    )
    print(
        results,
        results_from_lines(
            client.products_uuid.upsert_many(body=[ProductUuid(uuid="u")])
        ),
    )
    client.products_uuid.delete("u")
    client.media_files.upload(
        body={
            "file": pathlib.Path("shirt.png"),
            "product": {"identifier": "x", "attribute": "picture"},
        }
    )
    with client.media_files.download("a/b.png") as download:
        download.write_to("shirt.png")
    try:
        client.products_uuid.create(body={"family": "unknown"})
    except clientsmith.UnprocessableEntityError as err:
        body: AkeneoError = err.body
        for e in body.errors or []:
            print(e.property, e.attribute, e.locale, e.scope, e.message)
    patient = client.with_options(
        retry=RetryPolicy(
            max_attempts=6,
            max_delay=30,
            idempotent_methods=IDEMPOTENT_METHODS | {"PATCH"},
        )
    )
    list(upsert_lines(patient.products_uuid.upsert_many, products()))
    print(client.system.information(), client.categories.download_media_file("c"))
    print(client.asset_families.assets.upsert_many("packshots", body=[]))


async def run(async_client: AsyncAkeneo) -> None:
    async for result in aupsert_lines(
        async_client.products_uuid.upsert_many, products()
    ):
        print(result.ok, result.key)
    async for p in async_client.products_uuid.list():
        print(p.uuid)
