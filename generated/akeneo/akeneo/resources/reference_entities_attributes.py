"""The ``attributes`` resource."""

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
    from ..models.get_reference_entities_code_attributes_response_item import (
        GetReferenceEntitiesCodeAttributesResponseItem,
    )
    from ..models.reference_entity_attribute import ReferenceEntityAttribute
    from .reference_entities_attributes_options import (
        AsyncReferenceEntitiesAttributesOptionsResource,
        ReferenceEntitiesAttributesOptionsResource,
    )

__all__ = [
    "ReferenceEntitiesAttributesResource",
    "AsyncReferenceEntitiesAttributesResource",
]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: Operation[builtins.list[GetReferenceEntitiesCodeAttributesResponseItem]]
    get: Operation[ReferenceEntityAttribute]
    upsert: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.get_reference_entities_code_attributes_response_item import (
        GetReferenceEntitiesCodeAttributesResponseItem,
    )
    from ..models.reference_entity_attribute import ReferenceEntityAttribute

    return _Operations(
        list=Operation(
            method="GET",
            path="/api/rest/v1/reference-entities/{reference_entity_code}/attributes",
            params=(Param("reference_entity_code", "path"),),
            responses={
                "200": Response(
                    "json",
                    builtins.list[GetReferenceEntitiesCodeAttributesResponseItem],
                ),
            },
            errors={
                "401": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_reference_entities__code__attributes",
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}",
            params=(
                Param("reference_entity_code", "path"),
                Param("code", "path"),
            ),
            responses={
                "200": Response("json", ReferenceEntityAttribute),
            },
            errors={
                "401": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_reference_entity_attributes__code_",
        ),
        upsert=Operation(
            method="PATCH",
            path="/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}",
            params=(
                Param("reference_entity_code", "path"),
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
            operation_id="patch_reference_entity_attributes__code_",
        ),
    )


class ReferenceEntitiesAttributesResource:
    """Operations of the ``attributes`` resource.

    Reached as ``client.attributes``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ReferenceEntitiesAttributesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return ReferenceEntitiesAttributesResourceWithRawResponse(self)

    @cached_property
    def options(self) -> ReferenceEntitiesAttributesOptionsResource:
        """Nested resource: ``client.attributes.options``."""
        from .reference_entities_attributes_options import (
            ReferenceEntitiesAttributesOptionsResource,
        )

        return ReferenceEntitiesAttributesOptionsResource(self._client)

    def list(
        self,
        reference_entity_code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[GetReferenceEntitiesCodeAttributesResponseItem]:
        """Get the list of attributes of a given reference entity

        This endpoint allows you to get the list of attributes of a given reference entity.

        Args:
            reference_entity_code: Code of the reference entity

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes``
        """
        return self._client.request(
            _operations().list,
            path={
                "reference_entity_code": reference_entity_code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        reference_entity_code: str,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReferenceEntityAttribute:
        """Get an attribute of a given reference entity

        This endpoint allows you to get the information about a given attribute for a given reference entity.

        Args:
            reference_entity_code: Code of the reference entity
            code: Code of the resource

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}``
        """
        return self._client.request(
            _operations().get,
            path={
                "reference_entity_code": reference_entity_code,
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
        code: str,
        *,
        body: ReferenceEntityAttribute | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create an attribute of a given reference entity

        This endpoint allows you to update a given attribute for a given renference entity. Note that if the attribute does not already exist for the given reference entity, it creates it.

        Args:
            reference_entity_code: Code of the reference entity
            code: Code of the resource

        ``PATCH /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}``
        """
        return self._client.request(
            _operations().upsert,
            path={
                "reference_entity_code": reference_entity_code,
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncReferenceEntitiesAttributesResource:
    """Operations of the ``attributes`` resource.

    Reached as ``client.attributes``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncReferenceEntitiesAttributesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncReferenceEntitiesAttributesResourceWithRawResponse(self)

    @cached_property
    def options(self) -> AsyncReferenceEntitiesAttributesOptionsResource:
        """Nested resource: ``client.attributes.options``."""
        from .reference_entities_attributes_options import (
            AsyncReferenceEntitiesAttributesOptionsResource,
        )

        return AsyncReferenceEntitiesAttributesOptionsResource(self._client)

    async def list(
        self,
        reference_entity_code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[GetReferenceEntitiesCodeAttributesResponseItem]:
        """Get the list of attributes of a given reference entity

        This endpoint allows you to get the list of attributes of a given reference entity.

        Args:
            reference_entity_code: Code of the reference entity

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes``
        """
        return await self._client.request(
            _operations().list,
            path={
                "reference_entity_code": reference_entity_code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        reference_entity_code: str,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReferenceEntityAttribute:
        """Get an attribute of a given reference entity

        This endpoint allows you to get the information about a given attribute for a given reference entity.

        Args:
            reference_entity_code: Code of the reference entity
            code: Code of the resource

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "reference_entity_code": reference_entity_code,
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
        code: str,
        *,
        body: ReferenceEntityAttribute | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create an attribute of a given reference entity

        This endpoint allows you to update a given attribute for a given renference entity. Note that if the attribute does not already exist for the given reference entity, it creates it.

        Args:
            reference_entity_code: Code of the reference entity
            code: Code of the resource

        ``PATCH /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}``
        """
        return await self._client.request(
            _operations().upsert,
            path={
                "reference_entity_code": reference_entity_code,
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ReferenceEntitiesAttributesResourceWithRawResponse:
    """``client.reference_entities.attributes.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: ReferenceEntitiesAttributesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.upsert = to_raw_response_wrapper(resource.upsert)


class AsyncReferenceEntitiesAttributesResourceWithRawResponse:
    """``client.reference_entities.attributes.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncReferenceEntitiesAttributesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
