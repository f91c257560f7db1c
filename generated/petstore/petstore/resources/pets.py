"""The ``pets`` resource: Everything about your pets."""

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

    list_pets: PagedOperation[Pet]
    create_pet: Operation[Pet]
    get_pet: Operation[Pet]
    delete_pet: Operation[None]
    update_pet: Operation[Pet]
    download_photo: Operation[bytes]
    upload_photo: Operation[Photo]
    search_pets: Operation[list[Pet]]


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
        list_pets=PagedOperation(
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
        create_pet=Operation(
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
        get_pet=Operation(
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
        delete_pet=Operation(
            method="DELETE",
            path="/pets/{petId}",
            params=(Param("petId", "path"),),
            responses={
                "204": Response("empty"),
            },
            security=(("ApiKey",),),
            operation_id="deletePet",
        ),
        update_pet=Operation(
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
        search_pets=Operation(
            method="GET",
            path="/pets/search",
            params=(
                Param("filter", "query", style="deepObject", explode=True),
                Param("session", "cookie"),
            ),
            responses={
                "200": Response("json", list[Pet]),
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

    def list_pets(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        status: list[PetStatus] | NotGiven = NOT_GIVEN,
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
            _operations().list_pets,
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

    def create_pet(
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
            _operations().create_pet,
            headers={
                "Idempotency-Key": idempotency_key,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_pet(
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
            _operations().get_pet,
            path={
                "petId": pet_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_pet(
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
            _operations().delete_pet,
            path={
                "petId": pet_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_pet(
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
            _operations().update_pet,
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

    def search_pets(
        self,
        *,
        filter: SearchPetsFilter | NotGiven = NOT_GIVEN,
        session: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[Pet]:
        """Search with a deepObject filter.

        ``GET /pets/search``
        """
        return self._client.request(
            _operations().search_pets,
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

    def list_pets(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        status: list[PetStatus] | NotGiven = NOT_GIVEN,
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
            _operations().list_pets,
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

    async def create_pet(
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
            _operations().create_pet,
            headers={
                "Idempotency-Key": idempotency_key,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_pet(
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
            _operations().get_pet,
            path={
                "petId": pet_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_pet(
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
            _operations().delete_pet,
            path={
                "petId": pet_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_pet(
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
            _operations().update_pet,
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

    async def search_pets(
        self,
        *,
        filter: SearchPetsFilter | NotGiven = NOT_GIVEN,
        session: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[Pet]:
        """Search with a deepObject filter.

        ``GET /pets/search``
        """
        return await self._client.request(
            _operations().search_pets,
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
        self.create_pet = to_raw_response_wrapper(resource.create_pet)
        self.get_pet = to_raw_response_wrapper(resource.get_pet)
        self.delete_pet = to_raw_response_wrapper(resource.delete_pet)
        self.update_pet = to_raw_response_wrapper(resource.update_pet)
        self.upload_photo = to_raw_response_wrapper(resource.upload_photo)
        self.search_pets = to_raw_response_wrapper(resource.search_pets)


class AsyncPetsResourceWithRawResponse:
    """``client.pets.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.create_pet = async_to_raw_response_wrapper(resource.create_pet)
        self.get_pet = async_to_raw_response_wrapper(resource.get_pet)
        self.delete_pet = async_to_raw_response_wrapper(resource.delete_pet)
        self.update_pet = async_to_raw_response_wrapper(resource.update_pet)
        self.upload_photo = async_to_raw_response_wrapper(resource.upload_photo)
        self.search_pets = async_to_raw_response_wrapper(resource.search_pets)
