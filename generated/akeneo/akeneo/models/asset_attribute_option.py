"""Models: AssetAttributeOption."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["AssetAttributeOption"]


class AssetAttributeOption(BaseModel):
    """The ``AssetAttributeOption`` object."""

    code: str
    """Attribute's option code"""

    labels: dict[str, str] | None = None
    """Attribute labels for each locale"""
