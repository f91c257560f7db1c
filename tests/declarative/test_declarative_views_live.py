# mypy: disable-error-code="empty-body"
"""``with_raw_response`` / ``with_streaming_response`` of hand-written resources,
against the real Petstore app (sync + async)."""

from __future__ import annotations

import asyncio
from types import ModuleType

import pytest

from clientsmith import Client, NotFoundError, RawResponse, SyncPage
from clientsmith.resources import Resource, get, resource

KEY = "secret-key"


def test_raw_response_of_a_declared_operation(server: str, example: ModuleType) -> None:
    with example.builder(server + "/v1", KEY).build(example.Petstore) as client:
        raw = client.pets.with_raw_response.fetch(3)
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200
        assert raw.headers["content-type"].startswith("application/json")
        pet = raw.parse()
        assert isinstance(pet, example.Pet) and pet.id == 3
        assert pet == client.pets.fetch(3)  # the same request, the same value
        with pytest.raises(NotFoundError):  # status errors still raise
            client.pets.with_raw_response.fetch(999)


def test_raw_response_of_a_paginated_operation(
    server: str, example: ModuleType
) -> None:
    with example.builder(server + "/v1", KEY).build(example.Petstore) as client:
        raw = client.pets.with_raw_response.list_all(size=2)
        assert raw.status_code == 200
        page = raw.parse()
        assert isinstance(page, SyncPage)
        assert [p.id for p in page] == [p.id for p in client.pets.list_all(size=2)]


def test_streaming_response_reads_the_body_on_demand(
    server: str, example: ModuleType
) -> None:
    with example.builder(server + "/v1", KEY).build(example.Petstore) as client:
        with client.store.with_streaming_response.inventory() as response:
            assert response.status_code == 200
            assert not response.http_response.is_stream_consumed
            counts = response.parse()
        assert response.is_closed
        assert counts == client.store.inventory()


def test_async_views(server: str, example: ModuleType) -> None:
    async def main() -> tuple[int, int, int]:
        async with example.builder(server + "/v1", KEY).build_async(
            example.AsyncPetstore
        ) as client:
            raw = await client.pets.with_raw_response.fetch(2)
            async with client.pets.with_streaming_response.fetch(4) as response:
                streamed = await response.parse()
            return raw.status_code, raw.parse().id, streamed.id

    assert asyncio.run(main()) == (200, 2, 4)


class Shelter(Client):
    """A resource nested in another: the view reaches it."""

    @resource(path="")
    class Animals(Resource):
        @resource(path="/pets")
        class Pets(Resource):
            @get("/{pet_id}")
            def fetch(self, pet_id: int) -> dict[str, object]: ...

            def helper(self) -> str:
                return "not an operation"

        pets: Pets

    animals: Animals


def test_nested_resources_are_reached_through_the_view(server: str) -> None:
    with Shelter(base_url=server + "/v1", headers={"X-API-Key": KEY}) as client:
        raw = client.animals.with_raw_response.pets.fetch(5)
        assert raw.status_code == 200 and raw.parse()["id"] == 5
        assert "fetch" in dir(client.animals.pets.with_raw_response)


def test_a_name_that_is_no_operation_is_refused(server: str) -> None:
    with Shelter(base_url=server + "/v1") as client:
        view = client.animals.pets.with_raw_response
        with pytest.raises(AttributeError, match="helper is not an operation"):
            view.helper  # noqa: B018
        with pytest.raises(AttributeError):
            view.missing  # noqa: B018
