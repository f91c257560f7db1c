# mypy: disable-error-code="empty-body"
"""How signatures become requests, and the declarations that are refused."""

from __future__ import annotations

import asyncio
import inspect
from typing import Annotated, Any

import httpx
import pytest

from clientsmith import (
    NOT_GIVEN,
    AsyncClient,
    AsyncPage,
    Client,
    NotGiven,
    Pagination,
    RetryPolicy,
    SyncPage,
)
from clientsmith.resources import (
    Body,
    Cookie,
    DeclarationError,
    Endpoint,
    Header,
    Path,
    Query,
    Resource,
    delete,
    get,
    patch,
    post,
    put,
    resource,
)

from .models import NewPet, Pet

SEEN: list[httpx.Request] = []


def answer(request: httpx.Request) -> httpx.Response:
    SEEN.append(request)
    if request.url.path.endswith("/missing"):
        return httpx.Response(404, json={"message": "nope"})
    if request.method == "DELETE":
        return httpx.Response(204)
    if request.url.path.endswith("/pets") and request.method == "GET":
        page = int(request.url.params.get("page", "1"))
        data = [{"id": page * 10 + i, "name": f"p{i}"} for i in range(2)]
        return httpx.Response(200, json={"data": data, "pages": 2})
    return httpx.Response(200, json={"id": 1, "name": "x"})


class Api(Client):
    @resource(path="/networks/{network_id}")
    class Networks(Resource):
        @get("/hosts/{host}")
        def host(
            self,
            network_id: str,
            host: str,
            *,
            verbose: bool = False,
            tag: Annotated[str | NotGiven, Query("t")] = NOT_GIVEN,
            trace_id: Annotated[str | None, Header()] = None,
            session: Annotated[str | None, Cookie("sid")] = None,
        ) -> dict[str, Any]: ...

        class Users(Resource):
            @get("/users/{user_id}")
            def fetch(self, user_id: Annotated[int, Path("user_id")]) -> Pet: ...

    class PetsV2(Resource):
        @get("/v2/pets/{petId}")
        def fetch(self, pet_id: Annotated[int, Path("petId")], /) -> Pet: ...

        @put("/v2/pets/{pet_id}")
        def replace(self, pet_id: int, pet: NewPet) -> Pet: ...

        @patch("/v2/pets/{pet_id}")
        def note(
            self, pet_id: int, text: Annotated[str, Body("text", "text/markdown")]
        ) -> Pet: ...

        @post("/v2/pets")
        def create_raw(self, data: Annotated[dict[str, Any], Body()]) -> Pet: ...

        @delete("/v2/pets/{pet_id}")
        def remove(self, pet_id: int) -> None: ...

        @get("/missing")
        def missing(self) -> Pet: ...

        @get(
            "/v2/pets",
            pagination=Pagination(
                "page", items=("data",), total_pages_field=("pages",)
            ),
        )
        def pages(
            self, *, size: int = 2, max_items: int | None = None
        ) -> SyncPage[Pet]: ...

        @get("/v2/pets/{pet_id}")
        def with_options(
            self,
            pet_id: int,
            *,
            timeout: float | NotGiven = NOT_GIVEN,
            extra_headers: dict[str, str] | None = None,
            extra_query: dict[str, object] | None = None,
            retry: RetryPolicy | None | NotGiven = NOT_GIVEN,
        ) -> Pet: ...

    pets_v2: PetsV2
    networks: Networks

    @get("/raw")
    def raw(self) -> bytes: ...


@pytest.fixture
def api() -> Api:
    SEEN.clear()
    return Api(base_url="https://api.example/v1", transport=httpx.MockTransport(answer))


def test_parameters_go_where_declared(api: Api) -> None:
    assert api.networks.host("n 1", "h", trace_id="t-1", session="s") == {
        "id": 1,
        "name": "x",
    }
    request = SEEN[-1]
    assert request.url.raw_path == b"/v1/networks/n%201/hosts/h?verbose=false"
    assert request.headers["Trace-Id"] == "t-1"
    assert request.headers["Cookie"] == "sid=s"
    api.networks.host(network_id="n", host="h", verbose=True, tag="a")
    assert SEEN[-1].url.params == httpx.QueryParams({"verbose": "true", "t": "a"})
    assert "trace-id" not in SEEN[-1].headers
    assert "cookie" not in SEEN[-1].headers


def test_nested_resources_share_the_client(api: Api) -> None:
    # A nested Resource class is attached under its snake_case name when the
    # class is created; mypy cannot see that attribute.
    users = api.networks.users  # type: ignore[attr-defined]
    assert users is api.networks.users  # type: ignore[attr-defined]
    assert users.client is api
    # a nested resource continues its parent's prefix, bound by calling the parent
    api.networks("n 1").users.fetch(7)
    assert SEEN[-1].url.raw_path == b"/v1/networks/n%201/users/7"
    with pytest.raises(TypeError, match=r"client\.networks\(network_id=\.\.\.\)"):
        users.fetch(7)


def test_wire_names_bodies_and_results(api: Api) -> None:
    pet = api.pets_v2.fetch(5)
    assert isinstance(pet, Pet)
    assert SEEN[-1].url.path == "/v1/v2/pets/5"
    api.pets_v2.replace(5, NewPet(name="a"))
    assert (SEEN[-1].method, SEEN[-1].content) == ("PUT", b'{"name":"a"}')
    assert SEEN[-1].headers["content-type"] == "application/json"
    api.pets_v2.note(5, "*hi*")
    assert SEEN[-1].headers["content-type"] == "text/markdown"
    assert SEEN[-1].content == b"*hi*"
    api.pets_v2.create_raw({"name": "b", "extra": 1})
    assert SEEN[-1].method == "POST"
    assert api.pets_v2.remove(5) is None
    assert isinstance(api.raw(), bytes)


def test_pagination(api: Api) -> None:
    page = api.pets_v2.pages()
    assert isinstance(page, SyncPage)
    assert [p.id for p in page] == [10, 11, 20, 21]
    assert [p.id for p in api.pets_v2.pages(max_items=3)] == [10, 11, 20]
    assert SEEN[-1].url.params["size"] == "2"


def test_request_options_pass_through(api: Api) -> None:
    api.pets_v2.with_options(
        1, extra_headers={"X-A": "1"}, extra_query={"q": "v"}, retry=None, timeout=3
    )
    request = SEEN[-1]
    assert request.headers["x-a"] == "1"
    assert request.url.params["q"] == "v"
    assert request.extensions["timeout"]["read"] == 3


def test_status_errors(api: Api) -> None:
    from clientsmith import NotFoundError

    with pytest.raises(NotFoundError):
        api.pets_v2.missing()


def test_calls_are_checked_like_python_calls(api: Api) -> None:
    # The type: ignores below: wrong calls on purpose, refused like Python's.
    with pytest.raises(TypeError, match="missing required argument 'host'"):
        api.networks.host("n")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'nope'"):
        api.networks.host("n", "h", nope=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="multiple values"):
        api.networks.host("n", "h", host="x")  # type: ignore[misc]
    with pytest.raises(TypeError, match="positional"):
        api.networks.host("n", "h", True)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'pet_id'"):
        api.pets_v2.fetch(pet_id=1)  # type: ignore[call-arg]


def test_signatures_and_docs_survive() -> None:
    bound = Api(base_url="https://a.example").pets_v2.replace
    assert list(inspect.signature(bound).parameters) == ["pet_id", "pet"]
    assert isinstance(vars(Api.PetsV2)["replace"], Endpoint)
    assert "PUT" in repr(vars(Api.PetsV2)["replace"])


def test_attach_and_name_override() -> None:
    class Pets(Resource):
        @get("/pets/{pet_id}")
        def fetch(self, pet_id: int) -> Pet: ...

    class Shop(Client):
        animals = Pets.attach()

        @resource(name="stock")
        class Inventory(Resource):
            @get("/inventory")
            def counts(self) -> dict[str, int]: ...

    shop = Shop(base_url="https://a.example", transport=httpx.MockTransport(answer))
    assert isinstance(shop.animals, Pets)
    assert shop.animals is shop.animals
    assert not hasattr(shop, "pets")
    assert hasattr(shop, "stock") and not hasattr(shop, "inventory")


def test_forward_references_compile_on_first_call() -> None:
    class Later(Client):
        @get("/later")
        # Not defined yet, on purpose: resolved on the first call.
        def fetch(self) -> DefinedLater: ...  # type: ignore[name-defined]  # noqa: F821

    client = Later(base_url="https://a.example", transport=httpx.MockTransport(answer))
    globals()["DefinedLater"] = Pet
    try:
        assert isinstance(client.fetch(), Pet)
    finally:
        del globals()["DefinedLater"]


def test_subclass_gets_its_own_prefix() -> None:
    @resource(path="/a")
    class A(Resource):
        @get("/x")
        def x(self) -> dict[str, Any]: ...

    @resource(path="/b")
    class B(A):
        pass

    class C(Client):
        a = A.attach()
        b = B.attach()

    c = C(base_url="https://a.example", transport=httpx.MockTransport(answer))
    SEEN.clear()
    c.a.x()
    c.b.x()
    assert [r.url.path for r in SEEN] == ["/a/x", "/b/x"]


def test_async_resources() -> None:
    class AsyncApi(AsyncClient):
        class Pets(Resource):
            @get("/pets/{pet_id}")
            async def fetch(self, pet_id: int) -> Pet: ...

            @get(
                "/pets",
                pagination=Pagination(
                    "page", items=("data",), total_pages_field=("pages",)
                ),
            )
            def pages(self) -> AsyncPage[Pet]: ...

            @get(
                "/pets",
                pagination=Pagination(
                    "page", items=("data",), total_pages_field=("pages",)
                ),
            )
            async def pages_later(self) -> AsyncPage[Pet]: ...

        pets: Pets

    async def main() -> tuple[Pet, list[int], list[int]]:
        async with AsyncApi(
            base_url="https://a.example", transport=httpx.MockTransport(answer)
        ) as client:
            pet = await client.pets.fetch(1)
            ids = [p.id async for p in client.pets.pages()]
            later = [p.id async for p in await client.pets.pages_later()]
            return pet, ids, later

    pet, ids, later = asyncio.run(main())
    assert isinstance(pet, Pet)
    assert ids == later == [10, 11, 20, 21]


# -- refused declarations -------------------------------------------------------


def test_missing_path_parameter() -> None:
    with pytest.raises(DeclarationError, match=r"needs parameters named \['pet_id'\]"):

        class Bad(Resource):
            @get("/pets/{pet_id}")
            def fetch(self, id: int) -> Pet: ...


def test_prefix_parameters_not_declared_must_be_bound() -> None:
    @resource(path="/networks/{network_id}")
    class Networks(Resource):
        @get("/hosts")
        def hosts(self) -> list[str]: ...

    class C(Client):
        networks = Networks.attach()

    c = C(base_url="https://a.example", transport=httpx.MockTransport(answer))
    with pytest.raises(TypeError, match=r"'network_id' .* is not bound"):
        c.networks.hosts()
    SEEN.clear()
    c.networks("n1").hosts()
    c.networks(network_id="n2").hosts()
    assert [r.url.path for r in SEEN] == ["/networks/n1/hosts", "/networks/n2/hosts"]


def test_path_marker_must_be_in_the_template() -> None:
    # Refused once the resource is attached: until then, the prefix of a
    # resource it gets nested in could still supply {petId}.
    class Bad(Resource):
        @get("/pets/{pet_id}")
        def fetch(self, pet_id: int, other: Annotated[int, Path("petId")]) -> Pet: ...

    with pytest.raises((DeclarationError, RuntimeError)) as err:

        class C(Client):
            bad = Bad.attach()

    assert "'petId' is not in the path" in _message(err.value)
    with pytest.raises(DeclarationError, match="'petId' is not in the path"):
        client = Client(base_url="https://a.example")
        Bad(client).fetch(1, 2)


def test_two_bodies() -> None:
    with pytest.raises(DeclarationError, match="more than one body"):

        class Bad(Resource):
            @post("/pets")
            def create(self, a: NewPet, b: NewPet) -> Pet: ...


def test_two_markers_and_duplicate_names() -> None:
    with pytest.raises(DeclarationError, match="more than one marker"):

        class Bad(Resource):
            @get("/pets")
            def find(self, q: Annotated[str, Query(), Header()]) -> Pet: ...

    with pytest.raises(DeclarationError, match="two header parameters"):

        class Bad2(Resource):
            @get("/pets")
            def find(
                self,
                a: Annotated[str, Header("X-A")],
                b: Annotated[str, Header("x-a")],
            ) -> Pet: ...


def test_var_arguments_and_missing_return() -> None:
    with pytest.raises(DeclarationError, match=r"\*args"):

        class Bad(Resource):
            @get("/pets")
            def find(self, *args: str) -> Pet: ...

    with pytest.raises(DeclarationError, match="annotate the return type"):

        class Bad2(Resource):
            @get("/pets")
            # No return annotation, on purpose: refused.
            def find(self):  # type: ignore[no-untyped-def]
                ...


def test_pagination_mismatches() -> None:
    with pytest.raises(DeclarationError, match="pass pagination"):

        class Bad(Resource):
            @get("/pets")
            def pages(self) -> SyncPage[Pet]: ...

    with pytest.raises(DeclarationError, match="needs a SyncPage"):

        class Bad2(Resource):
            @get("/pets", pagination=Pagination("page"))
            def pages(self) -> list[Pet]: ...

    with pytest.raises(DeclarationError, match="async def returns AsyncPage"):

        class Bad3(Resource):
            @get("/pets", pagination=Pagination("page"))
            async def pages(self) -> SyncPage[Pet]: ...


def _message(error: BaseException) -> str:
    # Python < 3.12 wraps errors raised in __set_name__ in a RuntimeError.
    return f"{error} {error.__cause__}"


def test_sync_and_async_do_not_mix() -> None:
    with pytest.raises((DeclarationError, RuntimeError)) as err:

        class Bad(Client):
            class Pets(Resource):
                @get("/pets/{pet_id}")
                async def fetch(self, pet_id: int) -> Pet: ...

    assert "Pets.fetch is declared with async def" in _message(err.value)
    assert "cannot be used on a Client" in _message(err.value)

    with pytest.raises((DeclarationError, RuntimeError)) as err:

        class Bad2(AsyncClient):
            @get("/health")
            def health(self) -> str: ...

    assert "cannot be used on an AsyncClient" in _message(err.value)

    class Pets(Resource):
        @get("/pets/{pet_id}")
        def fetch(self, pet_id: int) -> Pet: ...

    with pytest.raises(DeclarationError, match="async def methods on AsyncClient"):
        Pets(AsyncClient(base_url="https://a.example"))
    with pytest.raises(TypeError, match="expected a clientsmith Client"):
        # Wrong on purpose: the check under test refuses it.
        Pets("https://a.example")  # type: ignore[arg-type]


def test_decorator_misuse() -> None:
    # The type: ignores below: misuses on purpose, refused.
    with pytest.raises(DeclarationError, match="takes the path first"):
        get(lambda self: None)  # type: ignore[arg-type]
    with pytest.raises(DeclarationError, match="decorates Resource subclasses"):
        resource("/x")(int)  # type: ignore[type-var]


def test_optional_and_list_bodies() -> None:
    class Bodies(Client):
        @post("/one")
        def one(self, pet: NewPet | None = None) -> dict[str, Any]: ...

        @post("/many")
        def many(self, pets: list[NewPet], dry_run: bool = False) -> dict[str, Any]: ...

    client = Bodies(base_url="https://a.example", transport=httpx.MockTransport(answer))
    SEEN.clear()
    client.one()
    assert SEEN[-1].content == b""
    client.one(NewPet(name="a"))
    assert SEEN[-1].content == b'{"name":"a"}'
    client.many([NewPet(name="a"), NewPet(name="b")], dry_run=True)
    assert SEEN[-1].content == b'[{"name":"a"},{"name":"b"}]'
    assert SEEN[-1].url.params["dry_run"] == "true"


def test_a_reserved_name_can_be_a_parameter_with_a_marker(api: Api) -> None:
    class Named(Client):
        @get("/wait")
        def wait(self, timeout: Annotated[int, Query()]) -> dict[str, Any]: ...

    client = Named(base_url="https://a.example", transport=httpx.MockTransport(answer))
    client.wait(5)
    assert SEEN[-1].url.params["timeout"] == "5"


def test_methods_outside_clients_and_resources() -> None:
    class Loose:
        @get("/x")
        def x(self) -> dict[str, Any]: ...

    with pytest.raises(DeclarationError, match="belong on"):
        Loose().x()


def test_streamed_downloads() -> None:
    from clientsmith import AsyncBinaryResponse, BinaryResponse

    def photo(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/gone":
            return httpx.Response(404, json={"message": "gone"})
        return httpx.Response(200, content=b"\x89PNG" * 1000)

    class Photos(Client):
        @get("/photo")
        def fetch(self) -> BinaryResponse: ...

        @get("/gone")
        def gone(self) -> BinaryResponse: ...

    class AsyncPhotos(AsyncClient):
        @get("/photo")
        async def fetch(self) -> AsyncBinaryResponse: ...

    client = Photos(base_url="https://a.example", transport=httpx.MockTransport(photo))
    with client.fetch() as download:
        assert isinstance(download, BinaryResponse)
        assert download.read() == b"\x89PNG" * 1000
    from clientsmith import NotFoundError

    with pytest.raises(NotFoundError):
        client.gone()

    async def main() -> bytes:
        aclient = AsyncPhotos(
            base_url="https://a.example", transport=httpx.MockTransport(photo)
        )
        async with await aclient.fetch() as download:
            assert isinstance(download, AsyncBinaryResponse)
            return await download.read()

    assert asyncio.run(main()) == b"\x89PNG" * 1000

    with pytest.raises(DeclarationError, match="streamed download"):

        class Bad(Resource):
            @get("/photo")
            async def fetch(self) -> BinaryResponse: ...

    with pytest.raises(DeclarationError, match="streamed download"):

        class Bad2(Resource):
            @get("/photo")
            def fetch(self) -> AsyncBinaryResponse: ...


def test_unresolved_async_pages_are_checked_on_first_call() -> None:
    class Later(AsyncClient):
        @get("/pets", pagination=Pagination("page", items=("data",)))
        # Not defined yet, on purpose: resolved on the first call.
        def pages(self) -> AsyncPage[LaterPet]: ...  # type: ignore[name-defined]  # noqa: F821

    globals()["LaterPet"] = Pet
    try:
        client = Later(
            base_url="https://a.example", transport=httpx.MockTransport(answer)
        )
        assert isinstance(client.pages(), AsyncPage)
        with pytest.raises(DeclarationError, match="cannot be used on a Client"):
            # A sync Client for an async method, on purpose: refused.
            Later.pages(Client(base_url="https://a.example"))  # type: ignore[arg-type]
    finally:
        del globals()["LaterPet"]


def test_the_compiled_operation_is_what_a_generator_would_write() -> None:
    from clientsmith import Operation, Param, Response

    class Petstore(Client):
        @resource(path="/pets")
        class Pets(Resource):
            @get("/{pet_id}")
            def fetch(self, pet_id: int) -> Pet: ...

    endpoint = vars(Petstore.Pets)["fetch"]
    assert isinstance(endpoint, Endpoint)
    compiled = endpoint.compile_for(Petstore.Pets)
    assert compiled is not None
    assert compiled.operation == Operation(
        method="GET",
        path="/pets/{pet_id}",
        params=(Param("pet_id", "path"),),
        responses={"2XX": Response("json", Pet)},
        operation_id="Pets.fetch",
    )
