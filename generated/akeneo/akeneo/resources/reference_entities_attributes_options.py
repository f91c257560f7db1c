"""The ``options`` resource."""

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
    Param,
    Response,
)
from clientsmith._types import TimeoutTypes
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from ..models.akeneo_error import AkeneoError
    from ..models.get_reference_entity_attributes_attribute_code_options_response_item import (
        GetReferenceEntityAttributesAttributeCodeOptionsResponseItem,
    )
    from ..models.reference_entity_attribute_option import (
        ReferenceEntityAttributeOption,
    )

__all__ = [
    "ReferenceEntitiesAttributesOptionsResource",
    "AsyncReferenceEntitiesAttributesOptionsResource",
]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: Operation[
        builtins.list[GetReferenceEntityAttributesAttributeCodeOptionsResponseItem]
    ]
    get: Operation[ReferenceEntityAttributeOption]
    upsert: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.get_reference_entity_attributes_attribute_code_options_response_item import (
        GetReferenceEntityAttributesAttributeCodeOptionsResponseItem,
    )
    from ..models.reference_entity_attribute_option import (
        ReferenceEntityAttributeOption,
    )

    return _Operations(
        list=Operation(
            method="GET",
            path="/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options",
            params=(
                Param("reference_entity_code", "path"),
                Param("attribute_code", "path"),
            ),
            responses={
                "200": Response(
                    "json",
                    builtins.list[
                        GetReferenceEntityAttributesAttributeCodeOptionsResponseItem
                    ],
                ),
            },
            errors={
                "401": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_reference_entity_attributes__attribute_code__options",
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options/{code}",
            params=(
                Param("reference_entity_code", "path"),
                Param("attribute_code", "path"),
                Param("code", "path"),
            ),
            responses={
                "200": Response("json", ReferenceEntityAttributeOption),
            },
            errors={
                "401": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_reference_entity_attributes__attribute_code__options__code_",
        ),
        upsert=Operation(
            method="PATCH",
            path="/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options/{code}",
            params=(
                Param("reference_entity_code", "path"),
                Param("attribute_code", "path"),
                Param("code", "path"),
            ),
            body=Body("application/json", "json"),
            responses={
                "201": Response("empty"),
                "204": Response("empty"),
            },
            errors={
                "401": AkeneoError,
                "415": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="patch_reference_entity_attributes__attribute_code__options__code_",
        ),
    )


class ReferenceEntitiesAttributesOptionsResource:
    """Operations of the ``options`` resource.

    Reached as ``client.options``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> ReferenceEntitiesAttributesOptionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return ReferenceEntitiesAttributesOptionsResourceWithRawResponse(self)

    def list(
        self,
        reference_entity_code: str,
        attribute_code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[GetReferenceEntityAttributesAttributeCodeOptionsResponseItem]:
        """Get a list of attribute options of a given attribute for a given reference entity

        This endpoint allows you to get a list of attribute options for a given reference entity.

        Args:
            reference_entity_code: Code of the reference entity
            attribute_code: Code of the attribute

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options``
        """
        return self._client.request(
            _operations().list,
            path={
                "reference_entity_code": reference_entity_code,
                "attribute_code": attribute_code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        reference_entity_code: str,
        attribute_code: str,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReferenceEntityAttributeOption:
        """Get an attribute option for a given attribute of a given reference entity

        This endpoint allows you to get the information about a given attribute option.

        Args:
            reference_entity_code: Code of the reference entity
            attribute_code: Code of the attribute
            code: Code of the resource

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options/{code}``
        """
        return self._client.request(
            _operations().get,
            path={
                "reference_entity_code": reference_entity_code,
                "attribute_code": attribute_code,
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upsert(
        self,
        reference_entity_code: str,
        attribute_code: str,
        code: str,
        *,
        body: ReferenceEntityAttributeOption | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a reference entity attribute option

        This endpoint allows you to update a given option for a given attribute and a given reference entity. Learn more about <a href="/documentation/update.html#patch-reference-entity-record-values">Update behavior</a>. Note that if the option does not already exist for the given attribute of the given reference entity, it creates it.

        Args:
            reference_entity_code: Code of the reference entity
            attribute_code: Code of the attribute
            code: Code of the resource

        ``PATCH /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options/{code}``
        """
        return self._client.request(
            _operations().upsert,
            path={
                "reference_entity_code": reference_entity_code,
                "attribute_code": attribute_code,
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncReferenceEntitiesAttributesOptionsResource:
    """Operations of the ``options`` resource.

    Reached as ``client.options``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncReferenceEntitiesAttributesOptionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncReferenceEntitiesAttributesOptionsResourceWithRawResponse(self)

    async def list(
        self,
        reference_entity_code: str,
        attribute_code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[GetReferenceEntityAttributesAttributeCodeOptionsResponseItem]:
        """Get a list of attribute options of a given attribute for a given reference entity

        This endpoint allows you to get a list of attribute options for a given reference entity.

        Args:
            reference_entity_code: Code of the reference entity
            attribute_code: Code of the attribute

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options``
        """
        return await self._client.request(
            _operations().list,
            path={
                "reference_entity_code": reference_entity_code,
                "attribute_code": attribute_code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        reference_entity_code: str,
        attribute_code: str,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReferenceEntityAttributeOption:
        """Get an attribute option for a given attribute of a given reference entity

        This endpoint allows you to get the information about a given attribute option.

        Args:
            reference_entity_code: Code of the reference entity
            attribute_code: Code of the attribute
            code: Code of the resource

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options/{code}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "reference_entity_code": reference_entity_code,
                "attribute_code": attribute_code,
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upsert(
        self,
        reference_entity_code: str,
        attribute_code: str,
        code: str,
        *,
        body: ReferenceEntityAttributeOption | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a reference entity attribute option

        This endpoint allows you to update a given option for a given attribute and a given reference entity. Learn more about <a href="/documentation/update.html#patch-reference-entity-record-values">Update behavior</a>. Note that if the option does not already exist for the given attribute of the given reference entity, it creates it.

        Args:
            reference_entity_code: Code of the reference entity
            attribute_code: Code of the attribute
            code: Code of the resource

        ``PATCH /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options/{code}``
        """
        return await self._client.request(
            _operations().upsert,
            path={
                "reference_entity_code": reference_entity_code,
                "attribute_code": attribute_code,
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ReferenceEntitiesAttributesOptionsResourceWithRawResponse:
    """``client.reference_entities.attributes.options.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: ReferenceEntitiesAttributesOptionsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.upsert = to_raw_response_wrapper(resource.upsert)


class AsyncReferenceEntitiesAttributesOptionsResourceWithRawResponse:
    """``client.reference_entities.attributes.options.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(
        self, resource: AsyncReferenceEntitiesAttributesOptionsResource
    ) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
