"""Models: QualityScore."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["QualityScore"]


class QualityScore(BaseModel):
    """The quality score (A to E) of a product for a channel and locale."""

    scope: str | None = None
    locale: str | None = None
    data: str | None = None
