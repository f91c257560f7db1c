"""The ``attachments`` resource."""

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

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.upload_attachment_body import UploadAttachmentBody

__all__ = ["AttachmentsResource", "AsyncAttachmentsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    upload: Operation[Attachment]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.attachment import Attachment
    from ..models.upload_attachment_body import UploadAttachmentBody

    return _Operations(
        upload=Operation(
            method="POST",
            path="/items/{itemId}/attachments",
            params=(Param("itemId", "path"),),
            body=Body("multipart/form-data", "multipart"),
            responses={
                "200": Response("json", Attachment),
            },
            security=(("oauth",),),
            operation_id="uploadAttachment",
        ),
    )


class AttachmentsResource:
    """Operations of the ``attachments`` resource.

    Reached as ``client.attachments``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AttachmentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AttachmentsResourceWithRawResponse(self)

    def upload(
        self,
        item_id: str,
        *,
        body: UploadAttachmentBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Attachment:
        """POST /items/{itemId}/attachments

        Args:
            body: The multipart fields: ``file``, ``note``.

        ``POST /items/{itemId}/attachments``
        """
        return self._client.request(
            _operations().upload,
            path={
                "itemId": item_id,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAttachmentsResource:
    """Operations of the ``attachments`` resource.

    Reached as ``client.attachments``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAttachmentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncAttachmentsResourceWithRawResponse(self)

    async def upload(
        self,
        item_id: str,
        *,
        body: UploadAttachmentBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Attachment:
        """POST /items/{itemId}/attachments

        Args:
            body: The multipart fields: ``file``, ``note``.

        ``POST /items/{itemId}/attachments``
        """
        return await self._client.request(
            _operations().upload,
            path={
                "itemId": item_id,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AttachmentsResourceWithRawResponse:
    """``client.attachments.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AttachmentsResource) -> None:
        self.upload = to_raw_response_wrapper(resource.upload)


class AsyncAttachmentsResourceWithRawResponse:
    """``client.attachments.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAttachmentsResource) -> None:
        self.upload = async_to_raw_response_wrapper(resource.upload)
