"""Models: Family."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["Family"]


class Family(BaseModel):
    """The ``Family`` object."""

    attribute_as_label: str
    """Attribute code used as label"""

    code: str
    """Family code"""

    attribute_as_image: str | None = None
    """Attribute code used as the main picture in the user interface (only since v2.0)"""

    attribute_requirements: dict[str, list[str]] | None = None
    """Attributes codes of the family that are required for the completeness calculation for each channel"""

    attributes: list[str] | None = None
    """Attributes codes that compose the family"""

    labels: dict[str, str] | None = None
    """Family labels for each locale"""
