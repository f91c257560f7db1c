"""Models: PutAppCatalogsMappingSchemaProductBody."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["PutAppCatalogsMappingSchemaProductBody"]


class PutAppCatalogsMappingSchemaProductBody(BaseModel):
    """The ``PutAppCatalogsMappingSchemaProductBody`` object."""

    schema_: str = Field(validation_alias="$schema", serialization_alias="$schema")
    """$schema indicates which product mapping schema version your app uses"""

    properties: dict[str, Any]
    """list and describe the targets your app expects"""

    comment: str | None = Field(
        default=None, validation_alias="$comment", serialization_alias="$comment"
    )
    """allows you to add a comment"""

    id: str | None = Field(
        default=None, validation_alias="$id", serialization_alias="$id"
    )
    """id of your schema"""

    description: str | None = None
    """allows you to add a description of your mapping schema"""

    title: str | None = None
    """allows you to add a title to your mapping schema"""

    type: str | None = None
    """should always be "object\""""
