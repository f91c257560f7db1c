"""Models: ProductModelList, ProductModelListLinks, ProductModelListLinksSelf, ProductModelListMetadata, ProductModelListMetadataWorkflowStatus."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel, OpenEnum

from .association import Association
from .product_value import ProductValue
from .quality_score import QualityScore
from .quantified_association import QuantifiedAssociation

__all__ = [
    "ProductModelList",
    "ProductModelListLinks",
    "ProductModelListLinksSelf",
    "ProductModelListMetadata",
    "ProductModelListMetadataWorkflowStatus",
]


class ProductModelList(BaseModel):
    """The ``ProductModelList`` object."""

    code: str
    """Product model code"""

    family_variant: str
    """Family variant code from which the product model inherits its attributes and variant attributes"""

    links: ProductModelListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    associations: dict[str, Association] | None = None
    """Several associations related to groups, product and/or other product models, grouped by association types"""

    categories: list[str] | None = None
    """Codes of the <a href='api-reference.html#Category'>categories</a> in which the product model is categorized"""

    created: str | None = None
    """Date of creation"""

    family: str | None = None
    """<a href='api-reference.html#Family'>Family</a> code  from which the product inherits its attributes and attributes requirements (since the 3.2)"""

    metadata: ProductModelListMetadata | None = None
    """More information around the product model (only available since the v2.3 in the Enterprise Edition)"""

    parent: str | None = None
    """Code of the parent <a href='api-reference.html#Productmodel'>product model</a>. This parent can be modified since the 2.3."""

    quality_scores: list[QualityScore] | None = None
    """Product model quality scores for each channel/locale combination (<strong>only available since the 7.0 version</strong> and when the "with_quality_scores" query parameter is set to "true")"""

    quantified_associations: dict[str, QuantifiedAssociation] | None = None
    """Several quantified associations related to products and/or product models, grouped by quantified association types (only available since the 5.0)"""

    updated: str | None = None
    """Date of the last update"""

    values: dict[str, list[ProductValue]] | None = None
    """Product model attributes values, see <a href='/concepts/products.html#focus-on-the-product-values'>Product values</a> section for more details"""


class ProductModelListLinks(BaseModel):
    """The ``ProductModelListLinks`` object."""

    self_: ProductModelListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class ProductModelListLinksSelf(BaseModel):
    """The ``ProductModelListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""


class ProductModelListMetadata(BaseModel):
    """More information around the product model (only available since the v2.3 in the Enterprise Edition)"""

    workflow_status: ProductModelListMetadataWorkflowStatus | None = None
    """Status of the product model regarding the user permissions"""


class ProductModelListMetadataWorkflowStatus(OpenEnum):
    """Status of the product model regarding the user permissions

    Unknown values from the server are accepted as pseudo-members.
    """

    READ_ONLY = "read_only"
    DRAFT_IN_PROGRESS = "draft_in_progress"
    PROPOSAL_WAITING_FOR_APPROVAL = "proposal_waiting_for_approval"
    WORKING_COPY = "working_copy"
