"""Models: GetSystemInformationResponse."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["GetSystemInformationResponse"]


class GetSystemInformationResponse(BaseModel):
    """The ``GetSystemInformationResponse`` object."""

    edition: str | None = None
    """Edition of the PIM"""

    version: str | None = None
    """Version of the PIM"""
