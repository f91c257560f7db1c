"""Models: NetworkConnectorPage."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .network_connector import NetworkConnector

__all__ = ["NetworkConnectorPage"]


class NetworkConnectorPage(BaseModel):
    """One page of NetworkConnector items."""

    content: list[NetworkConnector]
    total_elements: int | None = Field(
        default=None,
        validation_alias="totalElements",
        serialization_alias="totalElements",
    )
    total_pages: int | None = Field(
        default=None, validation_alias="totalPages", serialization_alias="totalPages"
    )
    number_of_elements: int | None = Field(
        default=None,
        validation_alias="numberOfElements",
        serialization_alias="numberOfElements",
    )
    page: int | None = None
    size: int | None = None
