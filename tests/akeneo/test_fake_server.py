"""The generated Akeneo client against a loopback fake of what Prism cannot mock.

Token flow (Basic + JSON, refresh rotation, re-login), multi-page HAL iteration,
NDJSON batch upserts chunked by 100, 429 with Retry-After, the typed
{code, message, errors} error body, multipart upload and streamed download.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, TypedDict
from urllib.parse import parse_qs

import pytest
from akeneo import Akeneo, AsyncAkeneo, AuthenticationError
from akeneo.models import AkeneoError, ProductUuid, SearchFilter
from akeneo_support import control, seen
from fake_akeneo import (
    CLIENT_ID,
    CLIENT_SECRET,
    DOWNLOAD,
    PASSWORD,
    PRODUCT_COUNT,
    USERNAME,
)

import clientsmith
from clientsmith.auth import TokenRequestError
from clientsmith.batch import BatchResult, aupsert_lines, upsert_lines


class Credentials(TypedDict):
    """The four keyword arguments of the password grant, spelled once."""

    client_id: str
    client_secret: str
    username: str
    password: str


CREDENTIALS: Credentials = {
    "client_id": CLIENT_ID,
    "client_secret": CLIENT_SECRET,
    "username": USERNAME,
    "password": PASSWORD,
}


def client(url: str, **overrides: Any) -> Akeneo:
    return Akeneo(base_url=url, env_file=None, **{**CREDENTIALS, **overrides})


def uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


# -- authentication ---------------------------------------------------------------


def test_password_grant_sends_basic_client_credentials_and_a_json_body(
    fake: str,
) -> None:
    with client(fake) as akeneo:
        product = akeneo.products_uuid.get(uuid(1))
    assert isinstance(product, ProductUuid)
    assert product.uuid == uuid(1)
    requests = seen(fake)["token_requests"]
    assert requests == [
        {"content_type": "application/json", "basic_ok": True, "grant_type": "password"}
    ]


def test_expired_access_token_is_refreshed_and_the_refresh_token_rotated(
    fake: str,
) -> None:
    with client(fake) as akeneo:
        akeneo.products_uuid.get(uuid(1))
        control(fake, "expire_access")
        akeneo.products_uuid.get(uuid(2))  # 401 -> refresh -> retried once
        control(fake, "expire_access")
        akeneo.products_uuid.get(uuid(3))  # the *new* refresh token must be used
    grants = [r.get("grant_type") for r in seen(fake)["token_requests"]]
    assert grants == ["password", "refresh_token", "refresh_token"]
    refreshes = [
        r
        for r in seen(fake)["token_requests"]
        if r.get("grant_type") == "refresh_token"
    ]
    assert all(r["refresh_token_known"] for r in refreshes)
    assert all(
        r["basic_ok"] and r["content_type"] == "application/json" for r in refreshes
    )


def test_refused_refresh_token_falls_back_to_a_new_login(fake: str) -> None:
    with client(fake) as akeneo:
        akeneo.products_uuid.get(uuid(1))
        control(fake, "expire_all")
        assert akeneo.products_uuid.get(uuid(2)).uuid == uuid(2)
    grants = [r.get("grant_type") for r in seen(fake)["token_requests"]]
    assert grants == ["password", "refresh_token", "password"]


def test_wrong_client_secret_is_an_error_not_a_loop(fake: str) -> None:
    with client(fake, client_secret="wrong") as akeneo:
        with pytest.raises(TokenRequestError) as info:
            akeneo.products_uuid.get(uuid(1))
    assert info.value.status_code == 422
    assert "does not match any client" in str(info.value)
    assert len(seen(fake)["token_requests"]) == 1


def test_credentials_come_from_the_environment(
    fake: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(f"AKENEO_{name.upper()}", str(value))
    monkeypatch.setenv("AKENEO_BASE_URL", fake)
    with Akeneo(env_file=None) as akeneo:
        assert akeneo.products_uuid.get(uuid(4)).uuid == uuid(4)


def test_a_base_url_is_required() -> None:
    with pytest.raises(clientsmith.ClientsmithError, match="AKENEO_BASE_URL"):
        Akeneo(env_file=None)


# -- HAL pagination ------------------------------------------------------------------


def test_iterating_follows_hal_next_links_without_losing_or_repeating_items(
    fake: str,
) -> None:
    with client(fake) as akeneo:
        products = list(akeneo.products_uuid.list(limit=5))
    assert [p.uuid for p in products] == [uuid(n) for n in range(1, PRODUCT_COUNT + 1)]
    assert all(isinstance(p, ProductUuid) for p in products)
    queries = seen(fake)["list_queries"]
    assert len(queries) == 5  # 23 items, 5 per page


def test_search_filter_is_sent_json_encoded_and_kept_on_every_page(fake: str) -> None:
    search = {"enabled": [SearchFilter(operator="=", value=True)]}
    with client(fake) as akeneo:
        enabled = list(akeneo.products_uuid.list(search=search, limit=3))
    assert [p.uuid for p in enabled] == [
        uuid(n) for n in range(1, PRODUCT_COUNT + 1) if n % 2 == 0
    ]
    queries = seen(fake)["list_queries"]
    assert len(queries) == 4  # 11 items, 3 per page
    for query in queries:
        sent = parse_qs(query)["search"]
        assert [json.loads(s) for s in sent] == [
            {"enabled": [{"operator": "=", "value": True}]}
        ]


def test_product_values_are_typed_as_maps(fake: str) -> None:
    with client(fake) as akeneo:
        product = akeneo.products_uuid.get(uuid(7))
    assert product.values is not None
    name = product.values["name"][0]
    assert (name.locale, name.scope, name.data) == ("en_US", None, "Shirt 7")
    assert product.values["weight"][0].data == {"amount": 7, "unit": "GRAM"}
    assert product.associations is not None
    assert product.associations["PACK"].products == []


def test_max_items_stops_early(fake: str) -> None:
    with client(fake) as akeneo:
        first = list(akeneo.products_uuid.list(limit=10, max_items=12))
    assert len(first) == 12
    assert len(seen(fake)["list_queries"]) == 2


# -- batch upserts ---------------------------------------------------------------------


def products(count: int, start: int = 1) -> Iterator[ProductUuid]:
    for n in range(start, start + count):
        yield ProductUuid(uuid=uuid(n), family="tshirts", enabled=True)


def test_batch_upsert_chunks_by_100_and_numbers_lines_across_requests(
    fake: str,
) -> None:
    with client(fake) as akeneo:
        results = list(
            upsert_lines(akeneo.products_uuid.upsert_many, products(250, start=11))
        )
    assert seen(fake)["batch_requests"] == [100, 100, 50]
    assert [r.line for r in results] == list(range(1, 251))
    assert [r.key for r in results] == [uuid(n) for n in range(11, 261)]
    # 11..23 existed (updated: 204), the others are new (created: 201)
    assert [r.status_code for r in results[:13]] == [204] * 13
    assert {r.status_code for r in results[13:]} == {201}
    assert all(r.ok for r in results)
    assert all(isinstance(r, BatchResult) for r in results)


def test_batch_upsert_reports_per_line_failures_without_raising(fake: str) -> None:
    lines: list[ProductUuid | dict[str, Any]] = [
        ProductUuid(uuid=uuid(1), enabled=False),
        {"family": "tshirts"},  # no uuid
        {"uuid": uuid(99), "family": "unknown"},
    ]
    with client(fake) as akeneo:
        results = list(upsert_lines(akeneo.products_uuid.upsert_many, lines))
    assert [(r.line, r.status_code) for r in results] == [(1, 204), (2, 422), (3, 422)]
    assert results[1].key is None and results[1].message == "The uuid is mandatory."
    assert results[2].key == uuid(99)
    assert results[2].errors[0]["property"] == "family"
    assert not results[2].ok


def test_batch_request_uses_the_collection_media_type_and_one_object_per_line(
    fake: str,
) -> None:
    with client(fake) as akeneo:
        # the answer streams one typed UpsertResult per line
        lines = list(
            akeneo.products_uuid.upsert_many(
                body=[ProductUuid(uuid=uuid(1)), ProductUuid(uuid=uuid(2))]
            )
        )
    assert [line.status_code for line in lines] == [204, 204]
    assert [line.line for line in lines] == [1, 2]
    assert seen(fake)["batch_lines"] == [uuid(1), uuid(2)]


def test_async_batch_upsert_from_an_async_iterable(fake: str) -> None:
    async def source() -> AsyncIterator[ProductUuid]:
        for product in products(130, start=301):
            yield product

    async def run() -> list[BatchResult]:
        async with AsyncAkeneo(base_url=fake, env_file=None, **CREDENTIALS) as akeneo:
            return [
                r
                async for r in aupsert_lines(akeneo.products_uuid.upsert_many, source())
            ]

    results = asyncio.run(run())
    assert seen(fake)["batch_requests"] == [100, 30]
    assert [r.line for r in results] == list(range(1, 131))
    assert {r.status_code for r in results} == {201}


# -- errors and rate limits ----------------------------------------------------------------


def test_422_carries_the_typed_akeneo_error_body(fake: str) -> None:
    with client(fake) as akeneo:
        with pytest.raises(clientsmith.UnprocessableEntityError) as info:
            akeneo.products_uuid.create(body=ProductUuid(family="nope"))
    body = info.value.body
    assert isinstance(body, AkeneoError)
    assert body.code == 422 and body.message == "Validation failed."
    assert body.errors is not None and body.errors[0].property == "family"
    assert body.links is not None and "documentation" in body.links


def test_404_carries_the_typed_akeneo_error_body(fake: str) -> None:
    with client(fake) as akeneo:
        with pytest.raises(clientsmith.NotFoundError) as info:
            akeneo.products_uuid.get("no-such-uuid")
    assert isinstance(info.value.body, AkeneoError)
    assert info.value.body.code == 404


def test_429_is_retried_after_retry_after(fake: str) -> None:
    control(fake, "rate_limit_next")
    with client(fake) as akeneo:
        channels = list(akeneo.channels.list())
    assert [c.code for c in channels] == ["ecommerce"]
    state = seen(fake)
    assert (state["rate_limited"], state["channel_calls"]) == (1, 2)


def test_429_without_retries_raises_a_typed_rate_limit_error(fake: str) -> None:
    control(fake, "rate_limit_next")
    with client(fake) as akeneo:
        with pytest.raises(clientsmith.RateLimitError) as info:
            list(akeneo.with_options(max_retries=0).channels.list())
    assert info.value.response.headers["Retry-After"] == "1"
    assert isinstance(info.value.body, AkeneoError)
    assert info.value.body.code == 429


def test_batch_upserts_are_retried_on_429_when_patch_is_declared_idempotent(
    fake: str,
) -> None:
    control(fake, "rate_limit_next")
    with client(fake) as akeneo:
        with pytest.raises(clientsmith.RateLimitError):  # PATCH: not retried by default
            list(upsert_lines(akeneo.products_uuid.upsert_many, products(3)))
        control(fake, "rate_limit_next")
        policy = clientsmith.RetryPolicy(
            idempotent_methods=clientsmith.retry.IDEMPOTENT_METHODS | {"PATCH"}
        )
        patient = akeneo.with_options(retry=policy)
        results = list(upsert_lines(patient.products_uuid.upsert_many, products(3)))
    assert [r.status_code for r in results] == [204, 204, 204]
    assert seen(fake)["rate_limited"] == 2
    assert seen(fake)["batch_requests"] == [3]


def test_missing_credentials_surface_as_401(fake: str) -> None:
    with Akeneo(base_url=fake, env_file=None) as akeneo:
        with pytest.raises(AuthenticationError) as info:
            akeneo.products_uuid.get(uuid(1))
    assert isinstance(info.value.body, AkeneoError)
    assert info.value.body.message == "The access token provided has expired."


# -- media files -------------------------------------------------------------------------


def test_media_upload_is_multipart_and_download_is_streamed(
    fake: str, tmp_path: Path
) -> None:
    picture = tmp_path / "shirt.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 5000)
    target = {"uuid": uuid(1), "attribute": "picture", "scope": None, "locale": None}
    with client(fake) as akeneo:
        raw = clientsmith.to_raw_response_wrapper(akeneo.media_files.upload)(
            body={"file": picture, "product": target}
        )
        assert raw.status_code == 201
        location = raw.headers["Location"]
        code = location.split("/media-files/", 1)[1]
        assert code == "a/b/c/shirt.png"
        with akeneo.media_files.download(code) as download:
            chunks = list(download.iter_bytes())
    upload = seen(fake)["uploads"][0]
    assert upload["filename"] == "shirt.png"
    assert upload["size"] == picture.stat().st_size
    assert upload["content_type"] == "image/png"
    assert upload["product"] == target
    data = b"".join(chunks)
    assert hashlib.sha256(data).digest() == hashlib.sha256(DOWNLOAD).digest()
    assert len(chunks) > 1  # streamed, not read in one piece


def test_token_request_does_not_reach_the_api_without_basic(fake: str) -> None:
    """The Basic header is base64(client_id:secret) with no newline."""
    expected = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert "\n" not in expected
    with client(fake) as akeneo:
        akeneo.products_uuid.get(uuid(1))
    assert seen(fake)["token_requests"][0]["basic_ok"] is True
