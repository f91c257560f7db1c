# mypy: disable-error-code="empty-body"
"""compile_endpoint on its own: each rule of signature -> operation, checked on the result.

The declarations are module-level functions (``self`` first, like methods) so
their annotations resolve; the tests look at the compiled operation and routes
rather than at requests, one branch of the compiler each.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Annotated, Any

import pytest

from clientsmith import AsyncPage, Pagination, SyncPage
from clientsmith.errors import PrefixPending
from clientsmith.operation import Param, Response
from clientsmith.resources import Body, Cookie, DeclarationError, Header, Path, Query
from clientsmith.resources.signature import (
    CompiledEndpoint,
    EndpointOptions,
    ResponseOption,
    compile_endpoint,
)
from clientsmith.streaming import AsyncBinaryResponse, BinaryResponse, ServerSentEvent

from .models import NewPet, Pet

PAGES = Pagination(style="page", items=("data",))


def compiled(
    fn: Any,
    path: str = "/pets",
    *,
    prefix: str = "",
    pagination: Pagination | None = None,
    response: ResponseOption | None = None,
    errors: dict[Any, Any] | None = None,
    bind_hints: dict[str, str] | None = None,
) -> CompiledEndpoint:
    options = EndpointOptions(
        "GET", path, pagination=pagination, response=response, errors=errors
    )
    return compile_endpoint(fn, options, prefix, "Pets.op", bind_hints=bind_hints)


def refused(fn: Any, message: str, path: str = "/pets", **kwargs: Any) -> None:
    with pytest.raises(DeclarationError, match=message):
        compiled(fn, path, **kwargs)


# -- return types ---------------------------------------------------------------


def no_return(self: Any):  # type: ignore[no-untyped-def]
    ...


def returns_none(self: Any) -> None: ...
def returns_text(self: Any) -> str: ...
def returns_bytes(self: Any) -> bytes: ...
def returns_any(self: Any) -> Any: ...
def returns_object(self: Any) -> object: ...
def returns_pet(self: Any) -> Pet: ...
def returns_pet_or_pdf(self: Any) -> Pet | bytes: ...
def returns_pet_or_none(self: Any) -> Pet | None: ...


def test_a_return_annotation_is_required() -> None:
    refused(no_return, "annotate the return type")


@pytest.mark.parametrize(
    ("fn", "expected"),
    [
        (returns_none, Response("empty")),
        (returns_text, Response("text")),
        (returns_bytes, Response("binary")),
        (returns_any, Response("json")),
        (returns_object, Response("json")),
        (returns_pet, Response("json", Pet)),
        (returns_pet_or_none, Response("json", Pet | None)),
        (
            returns_pet_or_pdf,
            Response("json", Pet, alternatives=(Response("binary"),)),
        ),
    ],
)
def test_the_return_type_says_how_the_response_is_read(
    fn: Any, expected: Response
) -> None:
    endpoint = compiled(fn)
    assert endpoint.operation.responses == {"2XX": expected}
    assert (endpoint.paged, endpoint.streamed, endpoint.stream_kind) == (
        False,
        False,
        "",
    )
    assert endpoint.wants_async is False


# -- pages ------------------------------------------------------------------------


def pages(self: Any, page: int = 1, max_items: int | None = None) -> SyncPage[Pet]: ...
async def async_pages(self: Any, retry: int = 0) -> AsyncPage[Pet]: ...
def bare_page(self: Any) -> SyncPage: ...  # type: ignore[type-arg]
async def async_sync_page(self: Any) -> SyncPage[Pet]: ...


def test_a_page_return_compiles_a_paged_operation() -> None:
    endpoint = compiled(pages, pagination=PAGES)
    operation = endpoint.operation
    assert endpoint.paged and endpoint.page_class is SyncPage
    assert getattr(operation, "item_type", None) is Pet
    assert getattr(operation, "pagination", None) == PAGES
    assert operation.responses == {"2XX": Response("json")}
    # max_items is the paginate call's option, not a query parameter
    assert endpoint.routes == (
        ("page", "query", "page"),
        ("max_items", "option", "max_items"),
    )
    assert endpoint.wants_async is False


def test_retry_is_an_option_only_of_calls_that_are_not_paged() -> None:
    endpoint = compiled(async_pages, pagination=PAGES)
    assert endpoint.routes == (("retry", "query", "retry"),)
    assert endpoint.page_class is AsyncPage and endpoint.wants_async is True


def retried(self: Any, retry: int = 0, timeout: float = 1.0) -> Pet: ...


def test_request_options_are_routed_to_the_call() -> None:
    endpoint = compiled(retried)
    assert endpoint.routes == (
        ("retry", "option", "retry"),
        ("timeout", "option", "timeout"),
    )
    assert endpoint.operation.params == ()


@pytest.mark.parametrize(
    ("fn", "pagination", "message"),
    [
        (pages, None, r"returns SyncPage\[\.\.\.\]: pass pagination"),
        (bare_page, PAGES, r"give the item type, e\.g\. SyncPage\[Pet\]"),
        (returns_pet, PAGES, r"pagination=\.\.\. needs a SyncPage"),
        (async_sync_page, PAGES, r"an async def returns AsyncPage"),
    ],
)
def test_page_declarations_that_cannot_work(
    fn: Any, pagination: Pagination | None, message: str
) -> None:
    refused(fn, message, pagination=pagination)


# -- streams and downloads -------------------------------------------------------


def download(self: Any) -> BinaryResponse: ...
async def async_download(self: Any) -> AsyncBinaryResponse: ...
async def async_sync_download(self: Any) -> BinaryResponse: ...
def sync_async_download(self: Any) -> AsyncBinaryResponse: ...
def lines(self: Any) -> Iterator[Pet]: ...
async def async_lines(self: Any) -> Iterator[Pet]: ...
def events(self: Any) -> Iterator[ServerSentEvent]: ...
def event_data(self: Any) -> AsyncIterator[Pet]: ...


def test_a_download_is_streamed() -> None:
    endpoint = compiled(download)
    assert endpoint.streamed and endpoint.stream_kind == "binary"
    assert endpoint.operation.responses == {"2XX": Response("binary")}
    assert endpoint.wants_async is False
    assert compiled(async_download).wants_async is True


@pytest.mark.parametrize("fn", [async_sync_download, sync_async_download])
def test_a_download_matches_def_or_async_def(fn: Any) -> None:
    refused(fn, "a streamed download is def")


def test_iterators_stream_lines_or_events() -> None:
    ndjson = compiled(lines)
    assert ndjson.stream_kind == "ndjson" and not ndjson.streamed
    assert ndjson.operation.responses == {"2XX": Response("ndjson", Pet)}
    sse = compiled(events)
    assert sse.operation.responses == {
        "2XX": Response("sse", None, media_type="text/event-stream")
    }
    data = compiled(event_data, response="sse")
    assert data.stream_kind == "sse_data"
    assert data.operation.responses == {
        "2XX": Response("sse", Pet, media_type="text/event-stream")
    }
    assert (ndjson.wants_async, sse.wants_async, data.wants_async) == (
        False,
        False,
        True,
    )


def test_an_async_def_does_not_return_a_sync_iterator() -> None:
    refused(async_lines, r"an async def streams AsyncIterator\[\.\.\.\], not Iterator")


# -- parameters -------------------------------------------------------------------


def no_self() -> Pet: ...
def keyword_self(*, self: Any) -> Pet: ...
def star_args(self: Any, *tags: str) -> Pet: ...
def star_kwargs(self: Any, **tags: str) -> Pet: ...
def two_markers(self: Any, q: Annotated[str, Query(), Header()]) -> Pet: ...
def two_bodies(self: Any, a: NewPet, b: NewPet) -> Pet: ...
def marked_and_variadic(
    self: Any, q: Annotated[str, Query(), Header()], *rest: str
) -> Pet: ...
def duplicate_headers(
    self: Any, a: Annotated[str, Header("X-Id")], b: Annotated[str, Header("x-id")]
) -> Pet: ...
def duplicate_query(
    self: Any, a: Annotated[str, Query("q")], b: Annotated[str, Query("q")]
) -> Pet: ...
def path_not_in_path(self: Any, pet: Annotated[int, Path("pet_id")]) -> Pet: ...
def undeclared_path(self: Any) -> Pet: ...


@pytest.mark.parametrize(
    ("fn", "path", "message"),
    [
        (no_self, "/pets", "takes self first"),
        (keyword_self, "/pets", "takes self first"),
        (star_args, "/pets", r"\*tags / \*\*tags cannot be sent"),
        (star_kwargs, "/pets", r"\*tags / \*\*tags cannot be sent"),
        (two_markers, "/pets", "'q' has more than one marker"),
        # checked parameter by parameter, in signature order
        (marked_and_variadic, "/pets", "'q' has more than one marker"),
        (two_bodies, "/pets", r"more than one body parameter \('b'\)"),
        (duplicate_headers, "/pets", "two header parameters named 'x-id'"),
        (duplicate_query, "/pets", "two query parameters named 'q'"),
        (undeclared_path, "/pets/{pet_id}", r"needs parameters named \['pet_id'\]"),
    ],
)
def test_parameter_declarations_that_cannot_work(
    fn: Any, path: str, message: str
) -> None:
    refused(fn, message, path)


def test_a_path_marker_outside_the_path_may_wait_for_the_prefix() -> None:
    with pytest.raises(PrefixPending, match="'pet_id' is not in the path '/pets'"):
        compiled(path_not_in_path)


def everything(
    self: Any,
    pet_id: int,
    /,
    owner: str,
    *,
    trace_id: Annotated[str, Header()],
    session: Annotated[str, Cookie("sid")] = "",
    tags: Annotated[tuple[str, ...], Query(style="pipeDelimited", explode=False)] = (),
    ids: Annotated[tuple[int, ...], Path("id_list", style="label")] = (),
    pet: NewPet | None = None,
) -> Pet: ...


def test_each_parameter_is_routed_by_its_marker_or_its_place() -> None:
    endpoint = compiled(everything, "/owners/{owner}/pets/{pet_id}/{id_list}")
    assert endpoint.positional == ("pet_id", "owner")
    assert endpoint.keyword == frozenset(
        {"owner", "trace_id", "session", "tags", "ids", "pet"}
    )
    assert endpoint.defaults == {"session": "", "tags": (), "ids": (), "pet": None}
    assert endpoint.routes == (
        ("pet_id", "path", "pet_id"),
        ("owner", "path", "owner"),
        ("trace_id", "header", "Trace-Id"),
        ("session", "cookie", "sid"),
        ("tags", "query", "tags"),
        ("ids", "path", "id_list"),
        ("pet", "body", "body"),
    )
    operation = endpoint.operation
    assert operation.params == (
        Param("pet_id", "path"),
        Param("owner", "path"),
        Param("tags", "query", style="pipeDelimited", explode=False),
        Param("id_list", "path", style="label"),
    )
    assert (
        operation.body is not None and operation.body.content_type == "application/json"
    )


def model_in_path(self: Any, pet: Pet) -> Pet: ...
def streamed_body(self: Any, pets: Iterable[Pet]) -> None: ...
def form_body(self: Any, form: Annotated[dict[str, str], Body("form")]) -> None: ...


def test_bodies_by_marker_by_model_and_by_stream() -> None:
    # a model named in the path is a path parameter, not the body
    assert compiled(model_in_path, "/pets/{pet}").routes == (("pet", "path", "pet"),)
    ndjson = compiled(streamed_body).operation.body
    assert ndjson is not None and (ndjson.kind, ndjson.content_type) == (
        "ndjson",
        "application/x-ndjson",
    )
    form = compiled(form_body).operation.body
    assert form is not None and form.kind == "form"


def in_channel(self: Any, channel_id: str) -> Pet: ...


def test_prefix_parameters_the_method_leaves_out_are_bound_on_the_resource() -> None:
    endpoint = compiled(
        in_channel,
        "/channels/{channel_id}",
        prefix="/teams/{team_id}/groups/{group_id}",
        bind_hints={"team_id": "client.teams(team_id=...)"},
    )
    assert (
        endpoint.operation.path
        == "/teams/{team_id}/groups/{group_id}/channels/{channel_id}"
    )
    assert endpoint.bound == (
        ("team_id", "client.teams(team_id=...)"),
        ("group_id", "the resource(group_id=...)"),
    )
    assert endpoint.operation.params == (
        Param("channel_id", "path"),
        Param("team_id", "path"),
        Param("group_id", "path"),
    )


def test_error_statuses_become_strings() -> None:
    endpoint = compiled(returns_pet, errors={404: NewPet, "5XX": Pet})
    assert endpoint.operation.errors == {"404": NewPet, "5XX": Pet}
    assert endpoint.operation.operation_id == ""
