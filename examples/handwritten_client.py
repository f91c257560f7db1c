# mypy: disable-error-code="empty-body"
"""A small hand-written client for the Petstore API, sync and async.

Declared methods have no body (``...``): the signature is the declaration, and
the decorator sends the request. The comment on the first line turns off
mypy's ``empty-body`` check for this module, which would otherwise ask those
bodies for a ``return``.

Run it against a Petstore server (``tests/functional/petstore_app.py``)::

    PETSTORE_URL=http://127.0.0.1:8000/v1 python examples/handwritten_client.py
"""

from __future__ import annotations

import asyncio
import os
from typing import Annotated

from pydantic import BaseModel

from clientsmith import (
    AsyncClient,
    AsyncPage,
    BinaryResponse,
    Client,
    Pagination,
    SyncPage,
)
from clientsmith.auth import APIKeyAuth
from clientsmith.builder import ClientBuilder
from clientsmith.resources import (
    Body,
    Header,
    Query,
    Resource,
    delete,
    get,
    patch,
    post,
    resource,
)

# -- models ------------------------------------------------------------------------


class Pet(BaseModel):
    id: int
    name: str
    status: str | None = None


class NewPet(BaseModel):
    name: str
    status: str | None = None


class Error(BaseModel):
    code: int
    message: str


class Order(BaseModel):
    id: str
    quantity: int
    status: str


PAGES = Pagination(
    style="page",
    items=("data",),
    page_param="page",
    size_param="size",
    total_pages_field=("totalPages",),
)
"""How ``GET /pets`` pages: ``?page=N&size=M``, items under ``data``."""

# -- the synchronous client --------------------------------------------------------


class Petstore(Client):
    """The Petstore API: ``client.pets``, ``client.store`` and ``client.health()``."""

    @resource(path="/pets")
    class Pets(Resource):
        """Everything about your pets."""

        @get(pagination=PAGES)
        def list_all(
            self,
            *,
            status: Annotated[list[str] | None, Query(explode=False)] = None,
            size: int = 3,
            request_id: Annotated[str | None, Header("X-Request-Id")] = None,
            max_items: int | None = None,
        ) -> SyncPage[Pet]:
            """Every pet (optionally with these statuses), fetched a page at a time."""

        @get("/{pet_id}", errors={404: Error})
        def fetch(self, pet_id: int) -> Pet:
            """One pet; raises ``NotFoundError`` (with an ``Error`` body) if missing."""

        @post(errors={422: Error})
        def create(self, pet: NewPet) -> Pet:
            """Add a pet: the model is sent as JSON."""

        @patch("/{pet_id}")
        def update(
            self, pet_id: int, fields: Annotated[dict[str, str], Body("form")]
        ) -> Pet:
            """Change some fields, sent as a form."""

        @delete("/{pet_id}")
        def remove(self, pet_id: int) -> None:
            """Delete a pet (no response body)."""

        @get("/{pet_id}/photo")
        def photo(self, pet_id: int) -> BinaryResponse:
            """The photo, streamed: use the result as a context manager."""

        @get("/search", security=())
        def search(
            self, filter: Annotated[dict[str, str], Query(style="deepObject")]
        ) -> list[Pet]:
            """Pets matching ``filter`` (``?filter[name]=...``); no credentials sent."""

    @resource(path="/store")
    class Store(Resource):
        """Orders and inventory."""

        @get("/inventory")
        def inventory(self) -> dict[str, int]:
            """Counts by status."""

        @get("/orders/{order_id}")
        def order(self, order_id: str) -> Order:
            """One order."""

    pets: Pets
    store: Store

    @get("/health", security=())
    def health(self) -> str:
        """``"ok"`` when the service is up (a text response)."""


# -- the asynchronous client -------------------------------------------------------


class AsyncPetstore(AsyncClient):
    """The async twin: the same declarations with ``async def``."""

    @resource(path="/pets")
    class Pets(Resource):
        """Everything about your pets."""

        @get(pagination=PAGES)
        def list_all(
            self, *, size: int = 3, max_items: int | None = None
        ) -> AsyncPage[Pet]:
            """Every pet, a page at a time: ``async for pet in ...``."""

        @get("/{pet_id}", errors={404: Error})
        async def fetch(self, pet_id: int) -> Pet:
            """One pet."""

        @post(errors={422: Error})
        async def create(self, pet: NewPet) -> Pet:
            """Add a pet."""

        @delete("/{pet_id}")
        async def remove(self, pet_id: int) -> None:
            """Delete a pet."""

    pets: Pets

    @get("/health", security=())
    async def health(self) -> str:
        """``"ok"`` when the service is up."""


# -- using them --------------------------------------------------------------------


def builder(base_url: str, api_key: str) -> ClientBuilder:
    """The shared configuration of both clients, validated as it is built."""
    return (
        ClientBuilder()
        .base_url(base_url)
        .auth(APIKeyAuth(api_key, name="X-API-Key"))
        .header("User-Agent", "petstore-example/1.0")
        .timeout(10, connect=2)
        .retries(2, initial_delay=0.1)
    )


def main(base_url: str, api_key: str) -> None:
    with builder(base_url, api_key).build(Petstore) as client:
        print(client.health())
        created = client.pets.create(NewPet(name="Rex", status="available"))
        print(client.pets.fetch(created.id))
        for pet in client.pets.list_all(status=["available"], max_items=5):
            print(pet.id, pet.name)
        client.pets.remove(created.id)
        with client.pets.photo(1) as photo:
            print(sum(len(chunk) for chunk in photo.iter_bytes()), "bytes")
        print(client.store.inventory())


async def amain(base_url: str, api_key: str) -> None:
    async with builder(base_url, api_key).build_async(AsyncPetstore) as client:
        print(await client.health())
        pets = await asyncio.gather(*(client.pets.fetch(i) for i in (1, 2, 3)))
        print([pet.name for pet in pets])
        async for pet in client.pets.list_all(max_items=4):
            print(pet.id, pet.name)


if __name__ == "__main__":
    url = os.environ.get("PETSTORE_URL", "http://127.0.0.1:8000/v1")
    key = os.environ.get("PETSTORE_API_KEY", "secret-key")
    main(url, key)
    asyncio.run(amain(url, key))
