"""Models: ReferenceEntityAttributeOptionListItem, ReferenceEntityAttributeOptionList."""

from __future__ import annotations

from typing import TypeAlias

from clientsmith.models import BaseModel

__all__ = [
    "ReferenceEntityAttributeOptionListItem",
    "ReferenceEntityAttributeOptionList",
]


class ReferenceEntityAttributeOptionListItem(BaseModel):
    """The ``ReferenceEntityAttributeOptionListItem`` object."""

    code: str
    """Attribute's option code"""

    labels: dict[str, str] | None = None
    """Attribute labels for each locale"""


ReferenceEntityAttributeOptionList: TypeAlias = list[
    ReferenceEntityAttributeOptionListItem
]
