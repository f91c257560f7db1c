"""The ``media_files`` resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property
import builtins
from typing import Any, NamedTuple, TYPE_CHECKING

from clientsmith import (
    AsyncClient,
    Body,
    Client,
    NOT_GIVEN,
    NotGiven,
    Operation,
    PagedOperation,
    Pagination,
    Param,
    Response,
)
from clientsmith._types import TimeoutTypes
from clientsmith.pagination import AsyncPage, SyncPage
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper
from clientsmith.streaming import AsyncBinaryResponse, BinaryResponse

if TYPE_CHECKING:
    from ..models.akeneo_error import AkeneoError
    from ..models.get_media_files_response import GetMediaFilesResponse
    from ..models.media_file import MediaFile
    from ..models.post_media_files_body import PostMediaFilesBody

__all__ = ["MediaFilesResource", "AsyncMediaFilesResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[MediaFile]
    upload: Operation[None]
    get: Operation[MediaFile]
    download: Operation[bytes]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.get_media_files_response import GetMediaFilesResponse
    from ..models.media_file import MediaFile
    from ..models.post_media_files_body import PostMediaFilesBody

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/media-files",
            params=(
                Param("limit", "query"),
                Param("with_count", "query"),
            ),
            responses={
                "200": Response("json", GetMediaFilesResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_media_files",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=MediaFile,
        ),
        upload=Operation(
            method="POST",
            path="/api/rest/v1/media-files",
            body=Body("multipart/form-data", "multipart"),
            responses={
                "201": Response("empty"),
            },
            errors={
                "400": AkeneoError,
                "401": AkeneoError,
                "403": AkeneoError,
                "415": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="post_media_files",
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/media-files/{code}",
            params=(Param("code", "path"),),
            responses={
                "200": Response("json", MediaFile),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_media_files__code_",
        ),
        download=Operation(
            method="GET",
            path="/api/rest/v1/media-files/{code}/download",
            params=(Param("code", "path"),),
            responses={
                "200": Response("binary"),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_media_files__code__download",
        ),
    )


class MediaFilesResource:
    """Operations of the ``media_files`` resource.

    Reached as ``client.media_files``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MediaFilesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return MediaFilesResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[MediaFile]:
        """Get a list of product media files

        This endpoint allows you to get a list of media files that are used as attribute values in products or product models.

        Args:
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way

        ``GET /api/rest/v1/media-files``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "limit": limit,
                "with_count": with_count,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upload(
        self,
        *,
        body: PostMediaFilesBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new product media file

        This endpoint allows you to create a new media file and associate it to an attribute value of a given product or product model.

        Args:
            body: The multipart fields: ``file``, ``product``, ``product_model``.

        ``POST /api/rest/v1/media-files``
        """
        return self._client.request(
            _operations().upload,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> MediaFile:
        """Get a product media file

        This endpoint allows you to get the information about a given media file that is used as an attribute value of a product or a product model.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/media-files/{code}``
        """
        return self._client.request(
            _operations().get,
            path={
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def download(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Download a product media file

        This endpoint allows you to download a given media file that is used as an attribute value of a product or a product model.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/media-files/{code}/download``
        """
        return self._client.stream(
            _operations().download,
            path={
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncMediaFilesResource:
    """Operations of the ``media_files`` resource.

    Reached as ``client.media_files``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMediaFilesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncMediaFilesResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[MediaFile]:
        """Get a list of product media files

        This endpoint allows you to get a list of media files that are used as attribute values in products or product models.

        Args:
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way

        ``GET /api/rest/v1/media-files``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "limit": limit,
                "with_count": with_count,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upload(
        self,
        *,
        body: PostMediaFilesBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new product media file

        This endpoint allows you to create a new media file and associate it to an attribute value of a given product or product model.

        Args:
            body: The multipart fields: ``file``, ``product``, ``product_model``.

        ``POST /api/rest/v1/media-files``
        """
        return await self._client.request(
            _operations().upload,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> MediaFile:
        """Get a product media file

        This endpoint allows you to get the information about a given media file that is used as an attribute value of a product or a product model.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/media-files/{code}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def download(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncBinaryResponse:
        """Download a product media file

        This endpoint allows you to download a given media file that is used as an attribute value of a product or a product model.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/media-files/{code}/download``
        """
        return await self._client.stream(
            _operations().download,
            path={
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class MediaFilesResourceWithRawResponse:
    """``client.media_files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: MediaFilesResource) -> None:
        self.upload = to_raw_response_wrapper(resource.upload)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncMediaFilesResourceWithRawResponse:
    """``client.media_files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncMediaFilesResource) -> None:
        self.upload = async_to_raw_response_wrapper(resource.upload)
        self.get = async_to_raw_response_wrapper(resource.get)
