"""The ``reference_entity_media_files`` resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property
from typing import Any, NamedTuple, TYPE_CHECKING

from clientsmith import (
    AsyncClient,
    Body,
    Client,
    NOT_GIVEN,
    NotGiven,
    Operation,
    Param,
    Response,
)
from clientsmith._types import TimeoutTypes
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper
from clientsmith.streaming import AsyncBinaryResponse, BinaryResponse

if TYPE_CHECKING:
    from ..models.akeneo_error import AkeneoError
    from ..models.post_reference_entity_media_files_body import (
        PostReferenceEntityMediaFilesBody,
    )

__all__ = [
    "ReferenceEntityMediaFilesResource",
    "AsyncReferenceEntityMediaFilesResource",
]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    upload: Operation[None]
    download: Operation[bytes]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.post_reference_entity_media_files_body import (
        PostReferenceEntityMediaFilesBody,
    )

    return _Operations(
        upload=Operation(
            method="POST",
            path="/api/rest/v1/reference-entities-media-files",
            body=Body("multipart/form-data", "multipart"),
            responses={
                "201": Response("empty"),
            },
            errors={
                "401": AkeneoError,
                "415": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="post_reference_entity_media_files",
        ),
        download=Operation(
            method="GET",
            path="/api/rest/v1/reference-entities-media-files/{code}",
            params=(Param("code", "path"),),
            responses={
                "200": Response("binary"),
            },
            errors={
                "401": AkeneoError,
                "404": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_reference_entity_media_files__code",
        ),
    )


class ReferenceEntityMediaFilesResource:
    """Operations of the ``reference_entity_media_files`` resource.

    Reached as ``client.reference_entity_media_files``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ReferenceEntityMediaFilesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return ReferenceEntityMediaFilesResourceWithRawResponse(self)

    def upload(
        self,
        *,
        body: PostReferenceEntityMediaFilesBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new media file for a reference entity or a record

        This endpoint allows you to create a new media file and associate it to the image of a reference entity, or to the main image or to an attribute value of a record.

        Args:
            body: The multipart fields: ``file``.

        ``POST /api/rest/v1/reference-entities-media-files``
        """
        return self._client.request(
            _operations().upload,
            body=body,
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
        """Download the media file associated to a reference entity or a record

        This endpoint allows you to download a given media file that is associated with a reference entity or a record.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/reference-entities-media-files/{code}``
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


class AsyncReferenceEntityMediaFilesResource:
    """Operations of the ``reference_entity_media_files`` resource.

    Reached as ``client.reference_entity_media_files``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncReferenceEntityMediaFilesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncReferenceEntityMediaFilesResourceWithRawResponse(self)

    async def upload(
        self,
        *,
        body: PostReferenceEntityMediaFilesBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new media file for a reference entity or a record

        This endpoint allows you to create a new media file and associate it to the image of a reference entity, or to the main image or to an attribute value of a record.

        Args:
            body: The multipart fields: ``file``.

        ``POST /api/rest/v1/reference-entities-media-files``
        """
        return await self._client.request(
            _operations().upload,
            body=body,
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
        """Download the media file associated to a reference entity or a record

        This endpoint allows you to download a given media file that is associated with a reference entity or a record.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/reference-entities-media-files/{code}``
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


class ReferenceEntityMediaFilesResourceWithRawResponse:
    """``client.reference_entity_media_files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: ReferenceEntityMediaFilesResource) -> None:
        self.upload = to_raw_response_wrapper(resource.upload)


class AsyncReferenceEntityMediaFilesResourceWithRawResponse:
    """``client.reference_entity_media_files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncReferenceEntityMediaFilesResource) -> None:
        self.upload = async_to_raw_response_wrapper(resource.upload)
