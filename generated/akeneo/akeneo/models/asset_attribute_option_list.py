"""Models: AssetAttributeOptionListItem, AssetAttributeOptionList."""

from __future__ import annotations

from typing import TypeAlias

from clientsmith.models import BaseModel

__all__ = ["AssetAttributeOptionListItem", "AssetAttributeOptionList"]


class AssetAttributeOptionListItem(BaseModel):
    """The ``AssetAttributeOptionListItem`` object."""

    code: str
    """Attribute's option code"""

    labels: dict[str, str] | None = None
    """Attribute labels for each locale"""


AssetAttributeOptionList: TypeAlias = list[AssetAttributeOptionListItem]
