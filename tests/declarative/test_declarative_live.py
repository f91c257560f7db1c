# mypy: disable-error-code="empty-body"
"""The example's hand-written clients against the real Petstore app (sync + async)."""

from __future__ import annotations

import asyncio
from types import ModuleType
from typing import Any

import httpx
import pytest

from clientsmith import (
    AuthenticationError,
    NotFoundError,
    SyncPage,
    UnprocessableEntityError,
)
from clientsmith.auth import APIKeyAuth
from clientsmith.builder import ClientBuilder

KEY = "secret-key"


def seen(server: str) -> list[dict[str, Any]]:
    answer: list[dict[str, Any]] = httpx.get(server + "/_seen").json()
    return answer


def test_sync_client_end_to_end(server: str, example: ModuleType) -> None:
    requests: list[httpx.Request] = []
    with (
        example.builder(server + "/v1", KEY)
        .hook("request", requests.append)
        .build(example.Petstore) as client
    ):
        assert client.health() == "ok"

        pet = client.pets.fetch(3)
        assert isinstance(pet, example.Pet)
        assert (pet.id, pet.name, pet.status) == (3, "pet3", "available")
        assert seen(server)[-1]["api_key"] == KEY

        with pytest.raises(NotFoundError) as missing:
            client.pets.fetch(999)
        assert isinstance(missing.value.body, example.Error)
        assert missing.value.body.message == "no pet 999"

        created = client.pets.create(example.NewPet(name="Rex", status="sold"))
        assert isinstance(created, example.Pet) and created.name == "Rex"
        assert seen(server)[-1]["body"] == {"name": "Rex", "status": "sold"}
        with pytest.raises(UnprocessableEntityError) as invalid:
            client.pets.create(example.NewPet(name=""))
        assert invalid.value.body.code == 422

        page = client.pets.list_all(status=["available"], size=2, request_id="r-1")
        assert isinstance(page, SyncPage)
        assert [p.id for p in page] == [1, 3, 5, 7]
        last = seen(server)[-1]
        assert last["headers"]["x-request-id"] == "r-1"
        assert "status=available" in last["query"] and "size=2" in last["query"]
        assert "page=2" in last["query"]
        assert [p.id for p in client.pets.list_all(max_items=4)] == [1, 2, 3, 4]

        updated = client.pets.update(created.id, {"name": "Max"})
        assert updated.name == "Max"
        assert seen(server)[-1]["content_type"].startswith(
            "application/x-www-form-urlencoded"
        )

        assert client.pets.remove(created.id) is None
        with pytest.raises(NotFoundError):
            client.pets.fetch(created.id)

        found = client.pets.search({"name": "pet2"})
        assert [p.id for p in found] == [2]
        last = seen(server)[-1]
        assert last["query"] in ("filter[name]=pet2", "filter%5Bname%5D=pet2")
        assert last["api_key"] is None  # security=(): no credentials

        assert client.store.inventory() == {"available": 4, "sold": 3}
        order = client.store.order("o 1")
        assert isinstance(order, example.Order) and order.id == "o 1"
        assert requests[-1].url.raw_path == b"/v1/store/orders/o%201"

        assert all(r.headers["user-agent"] == "petstore-example/1.0" for r in requests)

        # resources of a copy send through the copy, with its options
        other = client.with_options(headers={"X-Copy": "yes"})
        assert other.pets is not client.pets
        other.pets.fetch(1)
        assert seen(server)[-1]["headers"]["x-copy"] == "yes"
        client.pets.fetch(1)
        assert "x-copy" not in seen(server)[-1]["headers"]


def test_wrong_key_is_an_authentication_error(server: str, example: ModuleType) -> None:
    with example.builder(server + "/v1", "wrong").build(example.Petstore) as client:
        with pytest.raises(AuthenticationError):
            client.pets.fetch(1)


def test_async_client_end_to_end(server: str, example: ModuleType) -> None:
    async def main() -> tuple[Any, ...]:
        hooked: list[int] = []

        async def on_response(response: httpx.Response) -> None:
            hooked.append(response.status_code)

        builder = example.builder(server + "/v1", KEY).hook("response", on_response)
        async with builder.build_async(example.AsyncPetstore) as client:
            health = await client.health()
            pets = await asyncio.gather(*(client.pets.fetch(i) for i in (1, 2, 3)))
            ids = [pet.id async for pet in client.pets.list_all(size=2, max_items=5)]
            created = await client.pets.create(example.NewPet(name="Kit"))
            await client.pets.remove(created.id)
            with pytest.raises(NotFoundError):
                await client.pets.fetch(created.id)
        return health, pets, ids, hooked

    health, pets, ids, hooked = asyncio.run(main())
    assert health == "ok"
    assert [p.name for p in pets] == ["pet1", "pet2", "pet3"]
    assert ids == [1, 2, 3, 4, 5]
    assert 201 in hooked and 204 in hooked and 404 in hooked


def test_example_main_runs(
    server: str, example: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    example.main(server + "/v1", KEY)
    asyncio.run(example.amain(server + "/v1", KEY))
    out = capsys.readouterr().out
    assert out.startswith("ok\n")
    assert "['pet1', 'pet2', 'pet3']" in out
    assert f"{256 * 4096} bytes" in out


def test_a_client_built_by_hand_and_per_scheme_auth(server: str) -> None:
    from clientsmith import Client
    from clientsmith.resources import Resource, get

    from .models import Pet

    class Api(Client):
        class Pets(Resource):
            @get("/pets/{pet_id}", security=[("ApiKey",)])
            def fetch(self, pet_id: int) -> Pet: ...

        pets: Pets

    client = (
        ClientBuilder()
        .base_url(server + "/v1")
        .auth(APIKeyAuth(KEY, name="X-API-Key"), scheme="ApiKey")
        .build(Api)
    )
    with client:
        assert client.pets.fetch(5).name == "pet5"
