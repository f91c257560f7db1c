"""The ``variation_files`` resource."""

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
    from ..models.get_variation_files_channel_code_locale_code_response import (
        GetVariationFilesChannelCodeLocaleCodeResponse,
    )
    from ..models.post_variation_files_channel_code_locale_code_body import (
        PostVariationFilesChannelCodeLocaleCodeBody,
    )

__all__ = ["PamAssetsVariationFilesResource", "AsyncPamAssetsVariationFilesResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    get: Operation[GetVariationFilesChannelCodeLocaleCodeResponse]
    upload: Operation[None]
    download: Operation[bytes]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.get_variation_files_channel_code_locale_code_response import (
        GetVariationFilesChannelCodeLocaleCodeResponse,
    )
    from ..models.post_variation_files_channel_code_locale_code_body import (
        PostVariationFilesChannelCodeLocaleCodeBody,
    )

    return _Operations(
        get=Operation(
            method="GET",
            path="/api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}",
            params=(
                Param("asset_code", "path"),
                Param("channel_code", "path"),
                Param("locale_code", "path"),
            ),
            responses={
                "200": Response("json", GetVariationFilesChannelCodeLocaleCodeResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_variation_files__channel_code__locale_code",
        ),
        upload=Operation(
            method="POST",
            path="/api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}",
            params=(
                Param("asset_code", "path"),
                Param("channel_code", "path"),
                Param("locale_code", "path"),
            ),
            body=Body("multipart/form-data", "multipart"),
            responses={
                "201": Response("empty"),
            },
            errors={
                "400": AkeneoError,
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "415": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="post_variation_files__channel_code__locale_code_",
        ),
        download=Operation(
            method="GET",
            path="/api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}/download",
            params=(
                Param("asset_code", "path"),
                Param("channel_code", "path"),
                Param("locale_code", "path"),
            ),
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
            operation_id="get_variation_files__channel_code__locale_code__download",
        ),
    )


class PamAssetsVariationFilesResource:
    """Operations of the ``variation_files`` resource.

    Reached as ``client.variation_files``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PamAssetsVariationFilesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return PamAssetsVariationFilesResourceWithRawResponse(self)

    def get(
        self,
        asset_code: str,
        channel_code: str,
        locale_code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetVariationFilesChannelCodeLocaleCodeResponse:
        """Get a variation file

        This endpoint allows you to get the information about a variation file of a given PAM asset.

        Args:
            asset_code: Code of the asset
            channel_code: Code of the channel
            locale_code: Code of the locale if the asset is localizable or equal to `no-locale` if the asset is not localizable

        ``GET /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}``
        """
        return self._client.request(
            _operations().get,
            path={
                "asset_code": asset_code,
                "channel_code": channel_code,
                "locale_code": locale_code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upload(
        self,
        asset_code: str,
        channel_code: str,
        locale_code: str,
        *,
        body: (
            PostVariationFilesChannelCodeLocaleCodeBody | dict[str, Any] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Upload a new variation file

        This endpoint allows you to upload a new variation file for a given PAM asset, channel and locale.

        Args:
            asset_code: Code of the asset
            channel_code: Code of the channel
            locale_code: Code of the locale if the asset is localizable or equal to `no-locale` if the asset is not localizable
            body: The multipart fields: ``file``.

        ``POST /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}``
        """
        return self._client.request(
            _operations().upload,
            path={
                "asset_code": asset_code,
                "channel_code": channel_code,
                "locale_code": locale_code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def download(
        self,
        asset_code: str,
        channel_code: str,
        locale_code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Download a variation file

        This endpoint allows you to download a given variation file.

        Args:
            asset_code: Code of the asset
            channel_code: Code of the channel
            locale_code: Code of the locale if the asset is localizable or equal to `no-locale` if the asset is not localizable

        ``GET /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}/download``
        """
        return self._client.stream(
            _operations().download,
            path={
                "asset_code": asset_code,
                "channel_code": channel_code,
                "locale_code": locale_code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncPamAssetsVariationFilesResource:
    """Operations of the ``variation_files`` resource.

    Reached as ``client.variation_files``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPamAssetsVariationFilesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncPamAssetsVariationFilesResourceWithRawResponse(self)

    async def get(
        self,
        asset_code: str,
        channel_code: str,
        locale_code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetVariationFilesChannelCodeLocaleCodeResponse:
        """Get a variation file

        This endpoint allows you to get the information about a variation file of a given PAM asset.

        Args:
            asset_code: Code of the asset
            channel_code: Code of the channel
            locale_code: Code of the locale if the asset is localizable or equal to `no-locale` if the asset is not localizable

        ``GET /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "asset_code": asset_code,
                "channel_code": channel_code,
                "locale_code": locale_code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upload(
        self,
        asset_code: str,
        channel_code: str,
        locale_code: str,
        *,
        body: (
            PostVariationFilesChannelCodeLocaleCodeBody | dict[str, Any] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Upload a new variation file

        This endpoint allows you to upload a new variation file for a given PAM asset, channel and locale.

        Args:
            asset_code: Code of the asset
            channel_code: Code of the channel
            locale_code: Code of the locale if the asset is localizable or equal to `no-locale` if the asset is not localizable
            body: The multipart fields: ``file``.

        ``POST /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}``
        """
        return await self._client.request(
            _operations().upload,
            path={
                "asset_code": asset_code,
                "channel_code": channel_code,
                "locale_code": locale_code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def download(
        self,
        asset_code: str,
        channel_code: str,
        locale_code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncBinaryResponse:
        """Download a variation file

        This endpoint allows you to download a given variation file.

        Args:
            asset_code: Code of the asset
            channel_code: Code of the channel
            locale_code: Code of the locale if the asset is localizable or equal to `no-locale` if the asset is not localizable

        ``GET /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}/download``
        """
        return await self._client.stream(
            _operations().download,
            path={
                "asset_code": asset_code,
                "channel_code": channel_code,
                "locale_code": locale_code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class PamAssetsVariationFilesResourceWithRawResponse:
    """``client.pam_assets.variation_files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: PamAssetsVariationFilesResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.upload = to_raw_response_wrapper(resource.upload)


class AsyncPamAssetsVariationFilesResourceWithRawResponse:
    """``client.pam_assets.variation_files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncPamAssetsVariationFilesResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.upload = async_to_raw_response_wrapper(resource.upload)
