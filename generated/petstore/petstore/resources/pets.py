"""The ``pets`` resource: Everything about your pets."""

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
    from ..models.error import Error
    from ..models.new_pet import NewPet
    from ..models.pet import Pet
    from ..models.pet_page import PetPage
    from ..models.pet_status import PetStatus
    from ..models.photo import Photo
    from ..models.search_pets_filter import SearchPetsFilter
    from ..models.update_pet_body import UpdatePetBody
    from ..models.upload_photo_body import UploadPhotoBody

__all__ = ["PetsResource", "AsyncPetsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[Pet]
    create: Operation[Pet]
    get: Operation[Pet]
    delete: Operation[None]
    update: Operation[Pet]
    download_photo: Operation[bytes]
    upload_photo: Operation[Photo]
    search: Operation[builtins.list[Pet]]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.error import Error
    from ..models.new_pet import NewPet
    from ..models.pet import Pet
    from ..models.pet_page import PetPage
    from ..models.pet_status import PetStatus
    from ..models.photo import Photo
    from ..models.search_pets_filter import SearchPetsFilter
    from ..models.update_pet_body import UpdatePetBody
    from ..models.upload_photo_body import UploadPhotoBody

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/pets",
            params=(
                Param("page", "query"),
                Param("size", "query"),
                Param("status", "query", style="form", explode=False),
                Param("X-Request-Id", "header"),
            ),
            responses={
                "200": Response("json", PetPage),
            },
            errors={
                "default": Error,
            },
            security=(("ApiKey",),),
            operation_id="listPets",
            pagination=Pagination(
                style="page",
                items=("data",),
                page_param="page",
                size_param="size",
                total_pages_field=("totalPages",),
            ),
            item_type=Pet,
        ),
        create=Operation(
            method="POST",
            path="/pets",
            params=(Param("Idempotency-Key", "header"),),
            body=Body("application/json", "json"),
            responses={
                "201": Response("json", Pet),
            },
            errors={
                "422": Error,
            },
            security=(("ApiKey",),),
            operation_id="createPet",
        ),
        get=Operation(
            method="GET",
            path="/pets/{petId}",
            params=(Param("petId", "path"),),
            responses={
                "200": Response("json", Pet),
            },
            errors={
                "404": Error,
            },
            security=(("ApiKey",),),
            operation_id="getPet",
        ),
        delete=Operation(
            method="DELETE",
            path="/pets/{petId}",
            params=(Param("petId", "path"),),
            responses={
                "204": Response("empty"),
            },
            security=(("ApiKey",),),
            operation_id="deletePet",
        ),
        update=Operation(
            method="PATCH",
            path="/pets/{petId}",
            params=(Param("petId", "path"),),
            body=Body("application/x-www-form-urlencoded", "form"),
            responses={
                "200": Response("json", Pet),
            },
            security=(("ApiKey",),),
            operation_id="updatePet",
        ),
        download_photo=Operation(
            method="GET",
            path="/pets/{petId}/photo",
            params=(Param("petId", "path"),),
            responses={
                "200": Response("binary"),
            },
            security=(("ApiKey",),),
            operation_id="downloadPhoto",
        ),
        upload_photo=Operation(
            method="PUT",
            path="/pets/{petId}/photo",
            params=(Param("petId", "path"),),
            body=Body("multipart/form-data", "multipart"),
            responses={
                "200": Response("json", Photo),
            },
            security=(("ApiKey",),),
            operation_id="uploadPhoto",
        ),
        search=Operation(
            method="GET",
            path="/pets/search",
            params=(
                Param("filter", "query", style="deepObject", explode=True),
                Param("session", "cookie"),
            ),
            responses={
                "200": Response("json", builtins.list[Pet]),
            },
            security=(("ApiKey",),),
            operation_id="searchPets",
        ),
    )


class PetsResource:
    """Everything about your pets.

    Reached as ``client.pets``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return PetsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        status: builtins.list[PetStatus] | NotGiven = NOT_GIVEN,
        x_request_id: str | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Pet]:
        """List pets, a page at a time.

        Args:
            size: Items per page (max 100).
            status: Filter by status; several values allowed.

        ``GET /pets``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "page": page,
                "size": size,
                "status": status,
            },
            headers={
                "X-Request-Id": x_request_id,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        *,
        body: NewPet | dict[str, Any],
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """Add a pet.

        ``POST /pets``
        """
        return self._client.request(
            _operations().create,
            headers={
                "Idempotency-Key": idempotency_key,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        pet_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """Find a pet by id.

        ``GET /pets/{petId}``
        """
        return self._client.request(
            _operations().get,
            path={
                "petId": pet_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        pet_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """DELETE /pets/{petId}

        ``DELETE /pets/{petId}``
        """
        return self._client.request(
            _operations().delete,
            path={
                "petId": pet_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        pet_id: int,
        *,
        body: UpdatePetBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """PATCH /pets/{petId}

        Args:
            body: The form fields: ``name``, ``status``.

        ``PATCH /pets/{petId}``
        """
        return self._client.request(
            _operations().update,
            path={
                "petId": pet_id,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def download_photo(
        self,
        pet_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Download the photo.

        ``GET /pets/{petId}/photo``
        """
        return self._client.stream(
            _operations().download_photo,
            path={
                "petId": pet_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upload_photo(
        self,
        pet_id: int,
        *,
        body: UploadPhotoBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Photo:
        """Upload a photo (multipart).

        Args:
            body: The multipart fields: ``file``, ``caption``.

        ``PUT /pets/{petId}/photo``
        """
        return self._client.request(
            _operations().upload_photo,
            path={
                "petId": pet_id,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def search(
        self,
        *,
        filter: SearchPetsFilter | NotGiven = NOT_GIVEN,
        session: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Pet]:
        """Search with a deepObject filter.

        ``GET /pets/search``
        """
        return self._client.request(
            _operations().search,
            query={
                "filter": filter,
            },
            cookies={
                "session": session,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncPetsResource:
    """Everything about your pets.

    Reached as ``client.pets``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncPetsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        status: builtins.list[PetStatus] | NotGiven = NOT_GIVEN,
        x_request_id: str | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Pet]:
        """List pets, a page at a time.

        Args:
            size: Items per page (max 100).
            status: Filter by status; several values allowed.

        ``GET /pets``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "page": page,
                "size": size,
                "status": status,
            },
            headers={
                "X-Request-Id": x_request_id,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        body: NewPet | dict[str, Any],
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """Add a pet.

        ``POST /pets``
        """
        return await self._client.request(
            _operations().create,
            headers={
                "Idempotency-Key": idempotency_key,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        pet_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """Find a pet by id.

        ``GET /pets/{petId}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "petId": pet_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        pet_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """DELETE /pets/{petId}

        ``DELETE /pets/{petId}``
        """
        return await self._client.request(
            _operations().delete,
            path={
                "petId": pet_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update(
        self,
        pet_id: int,
        *,
        body: UpdatePetBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """PATCH /pets/{petId}

        Args:
            body: The form fields: ``name``, ``status``.

        ``PATCH /pets/{petId}``
        """
        return await self._client.request(
            _operations().update,
            path={
                "petId": pet_id,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def download_photo(
        self,
        pet_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncBinaryResponse:
        """Download the photo.

        ``GET /pets/{petId}/photo``
        """
        return await self._client.stream(
            _operations().download_photo,
            path={
                "petId": pet_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upload_photo(
        self,
        pet_id: int,
        *,
        body: UploadPhotoBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Photo:
        """Upload a photo (multipart).

        Args:
            body: The multipart fields: ``file``, ``caption``.

        ``PUT /pets/{petId}/photo``
        """
        return await self._client.request(
            _operations().upload_photo,
            path={
                "petId": pet_id,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def search(
        self,
        *,
        filter: SearchPetsFilter | NotGiven = NOT_GIVEN,
        session: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Pet]:
        """Search with a deepObject filter.

        ``GET /pets/search``
        """
        return await self._client.request(
            _operations().search,
            query={
                "filter": filter,
            },
            cookies={
                "session": session,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class PetsResourceWithRawResponse:
    """``client.pets.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: PetsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.upload_photo = to_raw_response_wrapper(resource.upload_photo)
        self.search = to_raw_response_wrapper(resource.search)


class AsyncPetsResourceWithRawResponse:
    """``client.pets.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.upload_photo = async_to_raw_response_wrapper(resource.upload_photo)
        self.search = async_to_raw_response_wrapper(resource.search)
