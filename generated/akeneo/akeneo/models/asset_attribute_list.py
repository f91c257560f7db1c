"""Models: AssetAttributeListItem, AssetAttributeListItemMediaType, AssetAttributeListItemType, AssetAttributeListItemValidationRule, AssetAttributeList."""

from __future__ import annotations

from typing import TypeAlias

from clientsmith.models import BaseModel, OpenEnum

__all__ = [
    "AssetAttributeListItem",
    "AssetAttributeListItemMediaType",
    "AssetAttributeListItemType",
    "AssetAttributeListItemValidationRule",
    "AssetAttributeList",
]


class AssetAttributeListItem(BaseModel):
    """The ``AssetAttributeListItem`` object."""

    code: str
    """Attribute code"""

    type: AssetAttributeListItemType
    """Attribute type. See <a href='/concepts/asset-manager.html#asset-attribute'>type</a> section for more details."""

    allowed_extensions: list[str] | None = None
    """Extensions allowed when the attribute type is `media_file`"""

    decimals_allowed: bool | None = None
    """Whether decimals are allowed when the attribute type is `number`"""

    is_read_only: bool | None = None
    """Whether the attribute should be in read only mode only in the UI, but you can still update it with the API"""

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
    """Max file size in MB when the attribute type is `media_file`"""

    max_value: str | None = None
    """Maximum value allowed when the attribute type is `number`"""

    media_type: AssetAttributeListItemMediaType | None = None
    """For the `media_link` attribute type, it is the type of the media behind the url, to allow its preview in the PIM. For the `media_file` attribute type, it is the type of the file."""

    min_value: str | None = None
    """Minimum value allowed when the attribute type is `number`"""

    prefix: str | None = None
    """Prefix of the `media_link` attribute type. The common url root that prefixes the link to the media"""

    suffix: str | None = None
    """Suffix of the `media_link` attribute type. The common url suffix for the media"""

    validation_regexp: str | None = None
    """Regexp expression used to validate the attribute value when the attribute type is `text`"""

    validation_rule: AssetAttributeListItemValidationRule | None = None
    """Validation rule type used to validate the attribute value when the attribute type is `text`"""

    value_per_channel: bool | None = None
    """Whether the attribute is scopable, i.e. can have one value by channel"""

    value_per_locale: bool | None = None
    """Whether the attribute is localizable, i.e. can have one value by locale"""


class AssetAttributeListItemMediaType(OpenEnum):
    """For the `media_link` attribute type, it is the type of the media behind the url, to allow its preview in the PIM. For the `media_file` attribute type, it is the type of the file.

    Unknown values from the server are accepted as pseudo-members.
    """

    IMAGE = "image"
    PDF = "pdf"
    YOUTUBE = "youtube"
    VIMEO = "vimeo"
    OTHER = "other"


class AssetAttributeListItemType(OpenEnum):
    """Attribute type. See <a href='/concepts/asset-manager.html#asset-attribute'>type</a> section for more details.

    Unknown values from the server are accepted as pseudo-members.
    """

    TEXT = "text"
    MEDIA_LINK = "media_link"
    NUMBER = "number"
    MEDIA_FILE = "media_file"
    SINGLE_OPTION = "single_option"
    MULTIPLE_OPTIONS = "multiple_options"
    REFERENCE_ENTITY_SINGLE_LINK = "reference_entity_single_link"
    REFERENCE_ENTITY_MULTIPLE_LINKS = "reference_entity_multiple_links"
    BOOLEAN = "boolean"


class AssetAttributeListItemValidationRule(OpenEnum):
    """Validation rule type used to validate the attribute value when the attribute type is `text`

    Unknown values from the server are accepted as pseudo-members.
    """

    EMAIL = "email"
    URL = "url"
    REGEXP = "regexp"
    NONE = "none"


AssetAttributeList: TypeAlias = list[AssetAttributeListItem]
