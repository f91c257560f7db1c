"""Custom code beside a generated client, in a module you own.

Keep hand-written code out of the generated package: subclass the generated
``Client`` / ``AsyncClient`` in your own module (this file) and import your
subclass in your application. Regenerating never touches this module, the
subclass picks up every new operation of the spec, and your methods are as
typed as the generated ones. (Hand edits inside generated files are kept and
merged too, but each spec change can make them conflict; see
docs/custom-code.md.)

Run ``python examples/custom_client.py`` with the Petstore client installed
(the README's first command); the API is simulated in-process.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import httpx
import petstore
from petstore.models import NewPet, Pet


class PetstoreClient(petstore.Client):
    """The generated client plus this team's helpers."""

    def __init__(self, *, team: str, **options: Any) -> None:
        # Your own constructor arguments; everything else goes to the generated one.
        super().__init__(**options)
        self.team = team

    def pet_names(self, *, status: str | None = None) -> list[str]:
        """Names of every pet (all pages), optionally with one status."""
        return [
            pet.name
            for pet in self.pets.list(size=50)
            if status is None or pet.status == status
        ]

    def adopt(self, name: str) -> Pet:
        """A pet created with this team's tag: a shortcut over ``pets.create``."""
        return self.pets.create(body=NewPet(name=name, tag=self.team))


class AsyncPetstoreClient(petstore.AsyncClient):
    """The same helper for the async client."""

    async def status_counts(self) -> Counter[str]:
        """How many pets have each status, over all pages."""
        counts: Counter[str] = Counter()
        async for pet in self.pets.list(size=50):
            counts[str(pet.status)] += 1
        return counts


PETS = [{"id": 1, "name": "Rex", "status": "available"}, {"id": 2, "name": "Tom"}]


def fake_api(request: httpx.Request) -> httpx.Response:
    """Just enough of the Petstore API for this example."""
    if request.method == "GET" and request.url.path == "/v1/pets":
        return httpx.Response(200, json={"data": PETS, "page": 1, "totalPages": 1})
    if request.method == "POST" and request.url.path == "/v1/pets":
        return httpx.Response(201, json={**json.loads(request.content), "id": 3})
    return httpx.Response(404, json={"code": 404, "message": "not here"})


def main() -> None:
    http = httpx.Client(
        transport=httpx.MockTransport(fake_api),
        base_url="https://eu.petstore.example.com/v1",
    )
    with PetstoreClient(team="blue", api_key="demo-key", http_client=http) as client:
        print("available:", client.pet_names(status="available"))
        print("adopted:", client.adopt("Luna").tag)
        # Generated methods and options work on the subclass as on the original.
        print("copy is mine:", type(client.with_options(max_retries=0)).__name__)


if __name__ == "__main__":
    main()
