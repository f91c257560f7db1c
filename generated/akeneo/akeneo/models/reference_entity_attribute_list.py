"""Models: ReferenceEntityAttributeListItem, ReferenceEntityAttributeListItemType, ReferenceEntityAttributeListItemValidationRule, ReferenceEntityAttributeList."""

from __future__ import annotations

from typing import TypeAlias

from clientsmith.models import BaseModel, OpenEnum

__all__ = [
    "ReferenceEntityAttributeListItem",
    "ReferenceEntityAttributeListItemType",
    "ReferenceEntityAttributeListItemValidationRule",
    "ReferenceEntityAttributeList",
]


class ReferenceEntityAttributeListItem(BaseModel):
    """The ``ReferenceEntityAttributeListItem`` object."""

    code: str
    """Attribute code"""

    type: ReferenceEntityAttributeListItemType
    """Attribute type. See <a href='/concepts/reference-entities.html#reference-entity-attribute'>type</a> section for more details."""

    allowed_extensions: list[str] | None = None
    """Extensions allowed when the attribute type is `image`"""

    decimals_allowed: bool | None = None
    """Whether decimals are allowed when the attribute type is `number`"""

    is_required_for_completeness: bool | None = None
    """Whether the attribute should be part of the record's completeness calculation"""

    is_rich_text_editor: bool | None = None
    """Whether the UI should display a rich text editor instead of a simple text area when the attribute type is `text`"""

    is_textarea: bool | None = None
    """Whether the UI should display a text area instead of a simple field when the attribute type is `text`"""

    labels: dict[str, str] | None = None
    """Attribute labels for each locale"""

    max_characters: int | None = None
    """Maximum number of characters allowed for the value of the attribute when the attribute type is `text`"""

    max_file_size: str | None = None
    """Max file size in MB when the attribute type is `image`"""

    max_value: str | None = None
    """Maximum value allowed when the attribute type is `number`"""

    min_value: str | None = None
    """Minimum value allowed when the attribute type is `number`"""

    reference_entity_code: str | None = None
    """Code of the linked reference entity when the attribute type is `reference_entity_single_link` or `reference_entity_multiple_links`"""

    validation_regexp: str | None = None
    """Regexp expression used to validate the attribute value when the attribute type is `text`"""

    validation_rule: ReferenceEntityAttributeListItemValidationRule | None = None
    """Validation rule type used to validate the attribute value when the attribute type is `text`"""

    value_per_channel: bool | None = None
    """Whether the attribute is scopable, i.e. can have one value by channel"""

    value_per_locale: bool | None = None
    """Whether the attribute is localizable, i.e. can have one value by locale"""


class ReferenceEntityAttributeListItemType(OpenEnum):
    """Attribute type. See <a href='/concepts/reference-entities.html#reference-entity-attribute'>type</a> section for more details.

    Unknown values from the server are accepted as pseudo-members.
    """

    TEXT = "text"
    IMAGE = "image"
    NUMBER = "number"
    SINGLE_OPTION = "single_option"
    MULTIPLE_OPTIONS = "multiple_options"
    REFERENCE_ENTITY_SINGLE_LINK = "reference_entity_single_link"
    REFERENCE_ENTITY_MULTIPLE_LINKS = "reference_entity_multiple_links"


class ReferenceEntityAttributeListItemValidationRule(OpenEnum):
    """Validation rule type used to validate the attribute value when the attribute type is `text`

    Unknown values from the server are accepted as pseudo-members.
    """

    EMAIL = "email"
    URL = "url"
    REGEXP = "regexp"
    NONE = "none"


ReferenceEntityAttributeList: TypeAlias = list[ReferenceEntityAttributeListItem]
