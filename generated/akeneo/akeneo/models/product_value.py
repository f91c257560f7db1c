"""Models: ProductValue."""

from __future__ import annotations

from typing import Any

from clientsmith.models import BaseModel

__all__ = ["ProductValue"]


class ProductValue(BaseModel):
    """One value of an attribute for a locale and a channel (scope)."""

    data: Any = None
    """The value: a string, number, boolean, list of option codes, prices or a metric object, depending on the attribute type"""

    locale: str | None = None
    scope: str | None = None
    channel: str | None = None
    """Channel (Asset Manager and reference entity values)"""

    attribute_type: str | None = None
    linked_data: dict[str, Any] | None = None
    """Labels of the options (with_attribute_options=true)"""
