"""The generated petstore client (generated/petstore) against a real FastAPI server."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.usefixtures("generated_path")

API_KEY = "secret-key"


def seen(url: str) -> list[dict[str, Any]]:
    return list(httpx.get(url + "/_seen").json())


@pytest.fixture()
def client(petstore_server: str) -> Any:
    import petstore

    with petstore.Client(base_url=petstore_server + "/v1", api_key=API_KEY) as c:
        yield c


def test_get_returns_typed_model_and_keeps_unknown_fields(client: Any) -> None:
    from petstore.models import Cat, Pet, PetStatus

    pet = client.pets.get(1)
    assert isinstance(pet, Pet)
    assert pet.id == 1 and pet.name == "pet1"
    assert pet.status is PetStatus.AVAILABLE
    assert isinstance(pet.kind, Cat)  # discriminated union picked by "type"
    # unknown field kept, readable as an attribute the model does not declare
    assert getattr(pet, "added_later") == {"by": "server v2"}  # noqa: B009


def test_unknown_enum_value_is_tolerated(client: Any) -> None:
    order = client.store.get_order("o-1")
    assert order.status.value == "shipped-by-drone"
    assert str(order.ship_date) == "2026-11-22"


def test_404_raises_typed_error_with_parsed_body(client: Any) -> None:
    import petstore
    from petstore.models import Error

    with pytest.raises(petstore.NotFoundError) as info:
        client.pets.get(999)
    assert info.value.status_code == 404
    assert isinstance(info.value.body, Error)
    assert info.value.body.message == "no pet 999"
    assert "404" in str(info.value)


def test_wrong_api_key_raises_authentication_error(petstore_server: str) -> None:
    import petstore

    with petstore.Client(base_url=petstore_server + "/v1", api_key="wrong") as c:
        with pytest.raises(petstore.AuthenticationError):
            c.pets.get(1)


def test_pagination_iterates_every_page_once(client: Any, petstore_server: str) -> None:
    ids = [p.id for p in client.pets.list(size=3)]
    assert ids == sorted(set(ids))
    assert len(ids) >= 7
    pages = [
        r
        for r in seen(petstore_server)
        if r["path"] == "/v1/pets" and r["method"] == "GET"
    ]
    assert any("page=3" in r["query"] for r in pages)


def test_pagination_stops_at_max_items(client: Any) -> None:
    assert len(list(client.pets.list(size=2, max_items=3))) == 3


def test_array_query_param_uses_form_without_explode(
    client: Any, petstore_server: str
) -> None:
    from petstore.models import PetStatus

    pets = list(
        client.pets.list(status=[PetStatus.SOLD], size=10, x_request_id="req-1")
    )
    assert pets and all(p.status is PetStatus.SOLD for p in pets)
    last = [r for r in seen(petstore_server) if r["path"] == "/v1/pets"][-1]
    assert "status=sold" in last["query"]
    assert last["headers"]["x-request-id"] == "req-1"


def test_json_body_from_model_and_from_dict(client: Any, petstore_server: str) -> None:
    from petstore.models import NewPet

    created = client.pets.create(
        body=NewPet(name="Rex", tag=None), idempotency_key="k1"
    )
    assert created.name == "Rex" and created.id > 7
    last = seen(petstore_server)[-1]
    # tag=None was set explicitly and is sent as null; unset fields are omitted
    assert last["body"] == {"name": "Rex", "tag": None}
    assert last["headers"]["idempotency-key"] == "k1"
    again = client.pets.create(body={"name": "Dict"})
    assert again.name == "Dict"


def test_422_maps_to_unprocessable_entity(client: Any) -> None:
    import clientsmith

    with pytest.raises(clientsmith.UnprocessableEntityError) as info:
        client.pets.create(body={"name": ""})
    assert info.value.body.code == 422


def test_form_body(client: Any, petstore_server: str) -> None:
    updated = client.pets.update(2, body={"name": "Renamed"})
    assert updated.name == "Renamed"
    last = seen(petstore_server)[-1]
    assert last["content_type"].startswith("application/x-www-form-urlencoded")


def test_multipart_upload_from_bytes_and_file(
    client: Any, petstore_server: str, tmp_path: Path
) -> None:
    photo = client.pets.upload_photo(
        3, body={"file": ("cat.png", b"\x89PNG data"), "caption": "hi"}
    )
    assert photo.caption == "hi"
    assert seen(petstore_server)[-1]["size"] == 9
    path = tmp_path / "dog.png"
    path.write_bytes(b"x" * 1000)
    client.pets.upload_photo(3, body={"file": path})
    assert seen(petstore_server)[-1]["size"] == 1000
    client.pets.upload_photo(3, body={"file": io.BytesIO(b"abc")})
    assert seen(petstore_server)[-1]["size"] == 3


def test_binary_download_streams_to_file(client: Any, tmp_path: Path) -> None:
    target = tmp_path / "photo.png"
    with client.pets.download_photo(1) as download:
        download.write_to(target)
    assert target.read_bytes() == bytes(range(256)) * 4096


def test_deep_object_and_cookie_params(client: Any, petstore_server: str) -> None:
    from petstore.models import SearchPetsFilter

    found = client.pets.search(filter=SearchPetsFilter(name="pet5"), session="s1")
    assert [p.id for p in found] == [5]
    last = seen(petstore_server)[-1]
    assert (
        "filter%5Bname%5D=pet5" in last["query"] or "filter[name]=pet5" in last["query"]
    )
    assert last["cookies"] == {"session": "s1"}


def test_operation_without_security_sends_no_credentials(
    client: Any, petstore_server: str
) -> None:
    assert client.store.get_inventory() == {"available": 4, "sold": 3}
    assert seen(petstore_server)[-1]["api_key"] is None
    client.pets.get(1)
    assert seen(petstore_server)[-1]["api_key"] == API_KEY


def test_text_and_empty_responses(client: Any) -> None:
    assert client.health.get() == "ok"  # untagged: resource from the path
    assert client.pets.delete(6) is None


def test_api_key_from_environment(
    petstore_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import petstore

    monkeypatch.setenv("PETSTORE_API_KEY", API_KEY)
    monkeypatch.setenv("PETSTORE_BASE_URL", petstore_server + "/v1")
    with petstore.Client() as c:
        assert c.pets.get(1).id == 1


def test_api_key_from_dotenv_file(petstore_server: str, tmp_path: Path) -> None:
    import petstore

    env = tmp_path / ".env"
    env.write_text(f"PETSTORE_API_KEY={API_KEY}\n")
    with petstore.Client(base_url=petstore_server + "/v1", env_file=env) as c:
        assert c.pets.get(2).id == 2


def test_async_client_does_the_same(petstore_server: str, tmp_path: Path) -> None:
    import petstore
    from petstore.models import Pet

    async def main() -> tuple[Pet, list[int], bytes, list[Pet]]:
        async with petstore.AsyncClient(
            base_url=petstore_server + "/v1", api_key=API_KEY
        ) as c:
            pet = await c.pets.get(1)
            ids = [p.id async for p in c.pets.list(size=2)]
            async with await c.pets.download_photo(1) as download:
                data = await download.read()
            many = await asyncio.gather(*(c.pets.get(i) for i in (1, 2, 3)))
            return pet, ids, data, list(many)

    pet, ids, data, many = asyncio.run(main())
    assert pet.id == 1
    assert ids == sorted(set(ids)) and len(ids) >= 5
    assert len(data) == 256 * 4096
    assert [p.id for p in many] == [1, 2, 3]


def test_base_url_defaults_to_spec_server_with_variables() -> None:
    import petstore
    from petstore._client import DEFAULT_BASE_URL

    assert DEFAULT_BASE_URL == "https://{region}.petstore.example.com/v1"
    with petstore.Client(server_variables={"region": "us"}) as c:
        assert str(c.base_url).startswith("https://us.petstore.example.com/v1")
    with petstore.Client() as c:
        assert str(c.base_url).startswith("https://eu.petstore.example.com/v1")


def test_raw_response_gives_status_headers_and_parsed_model(client: Any) -> None:
    from petstore.models import Pet

    raw = client.pets.with_raw_response.get(1)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert isinstance(raw.parse(), Pet) and raw.parse().id == 1


def test_async_raw_response(petstore_server: str) -> None:
    import petstore

    async def main() -> tuple[int, int]:
        async with petstore.AsyncClient(
            base_url=petstore_server + "/v1", api_key=API_KEY
        ) as c:
            raw = await c.pets.with_raw_response.get(2)
            return raw.status_code, raw.parse().id

    assert asyncio.run(main()) == (200, 2)


def test_hooks_transport_and_retries_reach_the_runtime() -> None:
    import petstore

    calls: list[str] = []
    attempts = {"n": 0}

    def flaky(request: httpx.Request) -> httpx.Response:
        attempts["n"] += 1
        if attempts["n"] == 1:
            return httpx.Response(503)
        return httpx.Response(200, json={"id": 1, "name": "Rex"})

    with petstore.Client(
        base_url="https://petstore.test/v1",
        api_key=API_KEY,
        transport=httpx.MockTransport(flaky),
        event_hooks={"request": [lambda r: calls.append(str(r.url))]},
        max_retries=2,
    ) as c:
        c._sleep = lambda _: None  # no real backoff in tests  # noqa: SLF001
        assert c.pets.get(1).name == "Rex"
    assert attempts["n"] == 2
    assert calls and all(u == "https://petstore.test/v1/pets/1" for u in calls)


def test_base_url_and_key_from_dotenv_file(
    petstore_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import petstore

    monkeypatch.delenv("PETSTORE_BASE_URL", raising=False)
    monkeypatch.delenv("PETSTORE_API_KEY", raising=False)
    env = tmp_path / ".env"
    env.write_text(
        f"PETSTORE_BASE_URL={petstore_server}/v1\nPETSTORE_API_KEY={API_KEY}\n"
    )
    with petstore.Client(env_file=env) as c:
        assert str(c.base_url) == petstore_server + "/v1"
        assert c.pets.get(3).id == 3
