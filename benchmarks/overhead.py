"""Runtime overhead of clientsmith's calls against raw httpx.

Four cases: ``Client.request`` with hand-written operations and models
(petstore, Akeneo-like product), and one GET of each generated reference client
(``generated/petstore``: ``client.pets.get(10)`` with its API key;
``generated/akeneo``: ``client.products.get(code)`` with its OAuth2 password
grant and default retry policy). Both sides call the same
``httpx.MockTransport`` in the same process; raw httpx is
``httpx.Client.get(url).json()`` with the same credentials; clientsmith
additionally serialises parameters, runs auth and the retry policy and
validates the body into pydantic models. Rounds alternate so machine noise hits
both sides alike. Target: ratio <= 1.15.

    python benchmarks/overhead.py [--calls 20000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

import httpx
import pydantic

import clientsmith
from clientsmith import Operation, Param, Response, RetryPolicy
from clientsmith._base_client import install_cookie_store


class Bearer(httpx.Auth):
    """The smallest realistic auth: one header."""

    def __init__(self, token: str) -> None:
        self.header = f"Bearer {token}"

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self.header
        yield request


# -- petstore ------------------------------------------------------------------


class Category(pydantic.BaseModel):
    id: int
    name: str


class Tag(pydantic.BaseModel):
    id: int
    name: str


class Pet(pydantic.BaseModel):
    id: int
    name: str
    category: Category | None = None
    photo_urls: list[str] = pydantic.Field(default_factory=list, alias="photoUrls")
    tags: list[Tag] = []
    status: str | None = None


PET = json.dumps(
    {
        "id": 10,
        "name": "doggie",
        "category": {"id": 1, "name": "Dogs"},
        "photoUrls": ["https://example.com/1.png"],
        "tags": [{"id": 1, "name": "good"}],
        "status": "available",
    }
).encode()

GET_PET: Operation[Pet] = Operation(
    "GET",
    "/pets/{petId}",
    params=(Param("petId", "path"),),
    responses={"200": Response("json", Pet)},
    operation_id="getPetById",
)

# -- Akeneo-like product -------------------------------------------------------


class ValueItem(pydantic.BaseModel):
    locale: str | None = None
    scope: str | None = None
    data: Any = None


class Association(pydantic.BaseModel):
    products: list[str] = []
    product_models: list[str] = []
    groups: list[str] = []


class Product(pydantic.BaseModel):
    identifier: str
    enabled: bool
    family: str | None
    categories: list[str]
    groups: list[str]
    parent: str | None
    values: dict[str, list[ValueItem]]
    associations: dict[str, Association]
    quantified_associations: dict[str, Any] = {}
    created: str
    updated: str
    metadata: dict[str, str] = {}


PRODUCT = json.dumps(
    {
        "identifier": "1111111171",
        "enabled": True,
        "family": "clothing",
        "categories": ["master_men_blazers", "print_accessories", "supplier_zaro"],
        "groups": [],
        "parent": None,
        "values": {
            "name": [{"locale": None, "scope": None, "data": "Bag"}],
            "description": [
                {"locale": "en_US", "scope": "ecommerce", "data": "A nice bag " * 8},
                {"locale": "fr_FR", "scope": "ecommerce", "data": "Un joli sac " * 8},
                {"locale": "de_DE", "scope": "ecommerce", "data": "Eine Tasche " * 8},
            ],
            "price": [
                {
                    "locale": None,
                    "scope": None,
                    "data": [
                        {"amount": "45.00", "currency": "EUR"},
                        {"amount": "49.00", "currency": "USD"},
                    ],
                }
            ],
            "weight": [
                {
                    "locale": None,
                    "scope": None,
                    "data": {"amount": "500", "unit": "GRAM"},
                }
            ],
            "color": [{"locale": None, "scope": None, "data": "black"}],
            "size": [{"locale": None, "scope": None, "data": "m"}],
            "material": [{"locale": None, "scope": None, "data": "leather"}],
        },
        "associations": {
            "PACK": {"products": ["a", "b"], "product_models": [], "groups": []},
            "SUBSTITUTION": {"products": [], "product_models": ["m1"], "groups": []},
            "UPSELL": {"products": ["c"], "product_models": [], "groups": ["g"]},
            "X_SELL": {"products": [], "product_models": [], "groups": []},
        },
        "quantified_associations": {},
        "created": "2017-10-02T15:03:55+02:00",
        "updated": "2017-10-02T15:03:55+02:00",
        "metadata": {"workflow_status": "working_copy"},
    }
).encode()

GET_PRODUCT: Operation[Product] = Operation(
    "GET",
    "/api/rest/v1/products/{code}",
    params=(Param("code", "path"),),
    responses={"200": Response("json", Product)},
    operation_id="get_products__code_",
)


def transport_for(body: bytes) -> httpx.MockTransport:
    headers = {"content-type": "application/json"}
    # One shared Response factory for both sides.
    return httpx.MockTransport(
        lambda request: httpx.Response(200, headers=headers, content=body)
    )


def time_loop(fn: Callable[[], object], calls: int) -> float:
    gc.collect()
    # CPU time of this process: everything runs in-process over MockTransport,
    # and other processes on a shared machine then do not skew the figures.
    start = time.process_time()
    for _ in range(calls):
        fn()
    return (time.process_time() - start) / calls * 1e6


def per_call(
    first: Callable[[], object], second: Callable[[], object], calls: int
) -> tuple[float, float]:
    """Median wall time of single calls, the two sides interleaved call by call.

    On a busy machine a preempted call is an outlier; the median ignores it,
    and interleaving exposes both sides to the same conditions.
    """
    clock = time.perf_counter_ns
    a: list[int] = []
    b: list[int] = []
    for i in range(calls):
        if i % 2:  # alternate the order too
            t0 = clock()
            first()
            t1 = clock()
            second()
            t2 = clock()
            a.append(t1 - t0)
            b.append(t2 - t1)
        else:
            t0 = clock()
            second()
            t1 = clock()
            first()
            t2 = clock()
            b.append(t1 - t0)
            a.append(t2 - t1)
    return statistics.median(a) / 1000, statistics.median(b) / 1000


def compare_calls(
    name: str,
    raw_call: Callable[[], object],
    cs_call: Callable[[], object],
    calls: int,
    rounds: int,
    lean_call: Callable[[], object] | None = None,
) -> float:
    """Print and return clientsmith's cost per call over raw httpx's.

    ``lean_call`` is the raw call on an httpx client given clientsmith's cookie
    store (which skips httpx's cookie-jar work on responses without
    ``Set-Cookie``): the ratio against it is the cost of clientsmith's own layer.
    """
    sides = {"httpx": raw_call, "clientsmith": cs_call}
    if lean_call is not None:
        sides["httpx+store"] = lean_call
    # Same result on every side, then warm up.
    for call in sides.values():
        assert call() is not None
    for _ in range(500):
        for call in sides.values():
            call()
    times: dict[str, list[float]] = {side: [] for side in sides}
    for _ in range(rounds):
        for side, call in sides.items():
            times[side].append(time_loop(call, calls // rounds))
    raw_each, cs_each = per_call(raw_call, cs_call, calls)
    raw_us = statistics.median(times["httpx"])
    cs_us = statistics.median(times["clientsmith"])
    ratio = cs_us / raw_us
    each = cs_each / raw_each
    print(
        f"{name:<18} httpx {raw_us:7.1f} us/call   clientsmith {cs_us:7.1f} us/call"
        f"   ratio {ratio:.3f} (median of rounds)"
    )
    print(
        f"{'':<18} httpx {raw_each:7.1f} us/call   clientsmith {cs_each:7.1f} us/call"
        f"   ratio {each:.3f} (median of interleaved single calls)"
    )
    if lean_call is not None:
        lean_us = statistics.median(times["httpx+store"])
        print(
            f"{'':<18} httpx+store {lean_us:5.1f} us/call   clientsmith {cs_us:7.1f} us/call"
            f"   ratio {cs_us / lean_us:.3f} (layer only: httpx with clientsmith's cookie store)"
        )
    return ratio


def lean(client: httpx.Client) -> httpx.Client:
    """``client`` with clientsmith's cookie store, as clientsmith's own pools get."""
    install_cookie_store(client)
    return client


def compare(
    name: str,
    body: bytes,
    op: Operation[Any],
    path: dict[str, object],
    raw_path: str,
    calls: int,
    rounds: int,
) -> float:
    """``Client.request`` with a hand-written operation and models."""
    transport = transport_for(body)
    # The raw side gets absolute URLs: no base_url merging, the strictest baseline.
    raw = httpx.Client(transport=transport, auth=Bearer("t0k3n"))
    raw_url = "https://api.example.com" + raw_path
    client = clientsmith.Client(
        base_url="https://api.example.com",
        transport=transport,
        auth=Bearer("t0k3n"),
        retry=RetryPolicy(max_attempts=3),
    )
    lean_raw = lean(httpx.Client(transport=transport, auth=Bearer("t0k3n")))
    with raw, client, lean_raw:
        return compare_calls(
            name,
            lambda: raw.get(raw_url).json(),
            lambda: client.request(op, path=path),
            calls,
            rounds,
            lambda: lean_raw.get(raw_url).json(),
        )


# -- generated clients (generated/petstore, generated/akeneo) -------------------

GENERATED = Path(__file__).resolve().parents[1] / "generated"

GENERATED_PET = json.dumps(
    {
        "id": 10,
        "name": "doggie",
        "tag": "good",
        "status": "available",
        "created_at": "2024-05-01T12:00:00Z",
        "owner": {"id": 1, "name": "Ann"},
    }
).encode()

TOKEN = json.dumps(
    {
        "access_token": "t0k3n",
        "expires_in": 3600,
        "token_type": "bearer",
        "refresh_token": "r3fr3sh",
    }
).encode()


def generated_petstore(calls: int, rounds: int) -> float:
    """``client.pets.get(10)`` of the generated petstore client, API key auth."""
    sys.path.insert(0, str(GENERATED / "petstore"))
    import petstore  # type: ignore[import-not-found]

    transport = transport_for(GENERATED_PET)
    raw = httpx.Client(transport=transport, headers={"X-API-Key": "k3y"})
    client = petstore.Client(
        base_url="https://api.example.com", api_key="k3y", transport=transport
    )
    lean_raw = lean(httpx.Client(transport=transport, headers={"X-API-Key": "k3y"}))
    with raw, client, lean_raw:
        return compare_calls(
            "generated petstore",
            lambda: raw.get("https://api.example.com/pets/10").json(),
            lambda: client.pets.get(10),
            calls,
            rounds,
            lambda: lean_raw.get("https://api.example.com/pets/10").json(),
        )


def generated_akeneo(calls: int, rounds: int) -> float:
    """``client.products.get(code)`` of the generated Akeneo client.

    OAuth2 password grant (one token request, then the cached bearer token) and
    the default retry policy, against raw httpx with a static bearer token.
    """
    sys.path.insert(0, str(GENERATED / "akeneo"))
    import akeneo  # type: ignore[import-not-found]

    headers = {"content-type": "application/json"}

    def answer(request: httpx.Request) -> httpx.Response:
        body = TOKEN if request.url.path.endswith("/token") else PRODUCT
        return httpx.Response(200, headers=headers, content=body)

    transport = httpx.MockTransport(answer)
    raw = httpx.Client(transport=transport, auth=Bearer("t0k3n"))
    client = akeneo.Client(
        base_url="https://pim.example.com",
        username="admin",
        password="secret",
        client_id="id",
        client_secret="s3cret",
        transport=transport,
    )
    url = "https://pim.example.com/api/rest/v1/products/1111111171"
    lean_raw = lean(httpx.Client(transport=transport, auth=Bearer("t0k3n")))
    with raw, client, lean_raw:
        return compare_calls(
            "generated akeneo",
            lambda: raw.get(url).json(),
            lambda: client.products.get("1111111171"),
            calls,
            rounds,
            lambda: lean_raw.get(url).json(),
        )


def list_parsing(items: int, rounds: int) -> float:
    body = json.dumps([json.loads(PET) | {"id": i} for i in range(items)]).encode()
    op: Operation[list[Pet]] = Operation(
        "GET", "/pets", responses={"200": Response("json", list[Pet])}
    )
    transport = transport_for(body)
    by_hand_adapter = pydantic.TypeAdapter(list[Pet])
    with (
        httpx.Client(transport=transport, base_url="https://api.example.com") as raw,
        clientsmith.Client(
            base_url="https://api.example.com", transport=transport
        ) as client,
    ):
        assert len(client.request(op)) == items
        hand: list[float] = []
        cs: list[float] = []
        for _ in range(rounds):
            hand.append(
                time_loop(
                    lambda: by_hand_adapter.validate_python(
                        json.loads(raw.get("/pets").content)
                    ),
                    3,
                )
            )
            cs.append(time_loop(lambda: client.request(op), 3))
    hand_ms, cs_ms = statistics.median(hand) / 1000, statistics.median(cs) / 1000
    ratio = cs_ms / hand_ms
    print(
        f"list[{items}] json.loads+TypeAdapter {hand_ms:7.2f} ms   clientsmith {cs_ms:7.2f} ms   ratio {ratio:.3f}"
    )
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    print(f"{args.calls} calls per side in {args.rounds} alternating rounds")
    compare(
        "petstore", PET, GET_PET, {"petId": 10}, "/pets/10", args.calls, args.rounds
    )
    compare(
        "akeneo",
        PRODUCT,
        GET_PRODUCT,
        {"code": "1111111171"},
        "/api/rest/v1/products/1111111171",
        args.calls,
        args.rounds,
    )
    generated_petstore(args.calls, args.rounds)
    generated_akeneo(args.calls, args.rounds)
    list_parsing(10_000, args.rounds)


if __name__ == "__main__":
    main()
