"""Models: Attribute, AttributeTableConfigurationItem, AttributeTableConfigurationItemDataType, AttributeTableConfigurationItemValidations, AttributeType."""

from __future__ import annotations

from clientsmith.formats import DateTimeOrStr
from clientsmith.models import BaseModel, OpenEnum

__all__ = [
    "Attribute",
    "AttributeTableConfigurationItem",
    "AttributeTableConfigurationItemDataType",
    "AttributeTableConfigurationItemValidations",
    "AttributeType",
]


class Attribute(BaseModel):
    """The ``Attribute`` object."""

    code: str
    """Attribute code"""

    group: str
    """Attribute group"""

    type: AttributeType
    """Attribute type. See <a href='/concepts/catalog-structure.html#attribute'>type</a> section for more details."""

    allowed_extensions: list[str] | None = None
    """Extensions allowed when the attribute type is `pim_catalog_file` or `pim_catalog_image`"""

    available_locales: list[str] | None = None
    """To make the attribute locale specfic, specify here for which locales it is specific"""

    date_max: DateTimeOrStr | None = None
    """Maximum date allowed when the attribute type is `pim_catalog_date`"""

    date_min: DateTimeOrStr | None = None
    """Minimum date allowed when the attribute type is `pim_catalog_date`"""

    decimals_allowed: bool | None = None
    """Whether decimals are allowed when the attribute type is `pim_catalog_metric`, `pim_catalog_price` or `pim_catalog_number`"""

    default_metric_unit: str | None = None
    """Default metric unit when the attribute type is `pim_catalog_metric`"""

    default_value: bool | None = None
    """Default value for a Yes/No attribute, applied when creating a new product or product model (only available since the 5.0)"""

    group_labels: dict[str, str] | None = None
    """Group labels for each locale"""

    labels: dict[str, str] | None = None
    """Attribute labels for each locale"""

    localizable: bool | None = None
    """Whether the attribute is localizable, i.e. can have one value by locale"""

    max_characters: int | None = None
    """Number maximum of characters allowed for the value of the attribute when the attribute type is `pim_catalog_text`, `pim_catalog_textarea` or `pim_catalog_identifier`"""

    max_file_size: str | None = None
    """Max file size in MB when the attribute type is `pim_catalog_file` or `pim_catalog_image`"""

    metric_family: str | None = None
    """Metric family when the attribute type is `pim_catalog_metric`"""

    negative_allowed: bool | None = None
    """Whether negative values are allowed when the attribute type is `pim_catalog_metric` or `pim_catalog_number`"""

    number_max: str | None = None
    """Maximum integer value allowed when the attribute type is `pim_catalog_metric`, `pim_catalog_price` or `pim_catalog_number`"""

    number_min: str | None = None
    """Minimum integer value allowed when the attribute type is `pim_catalog_metric`, `pim_catalog_price` or `pim_catalog_number`"""

    reference_data_name: str | None = None
    """Reference entity code when the attribute type is `akeneo_reference_entity` or `akeneo_reference_entity_collection` OR Asset family code when the attribute type is `pim_catalog_asset_collection`"""

    scopable: bool | None = None
    """Whether the attribute is scopable, i.e. can have one value by channel"""

    sort_order: int | None = None
    """Order of the attribute in its group"""

    table_configuration: list[AttributeTableConfigurationItem] | None = None
    """Configuration of the Table attribute (columns)"""

    unique: bool | None = None
    """Whether two values for the attribute cannot be the same"""

    useable_as_grid_filter: bool | None = None
    """Whether the attribute can be used as a filter for the product grid in the PIM user interface"""

    validation_regexp: str | None = None
    """Regexp expression used to validate any attribute value when the attribute type is `pim_catalog_text` or `pim_catalog_identifier`"""

    validation_rule: str | None = None
    """Validation rule type used to validate any attribute value when the attribute type is `pim_catalog_text` or `pim_catalog_identifier`"""

    wysiwyg_enabled: bool | None = None
    """Whether the WYSIWYG interface is shown when the attribute type is `pim_catalog_textarea`"""


class AttributeTableConfigurationItem(BaseModel):
    """The ``AttributeTableConfigurationItem`` object."""

    code: str
    """Column code"""

    data_type: AttributeTableConfigurationItemDataType
    """Column data type"""

    is_required_for_completeness: bool | None = None
    """Defines if the column should be entirely filled for the attribute to be considered complete"""

    labels: dict[str, str] | None = None
    """Column labels for each locale"""

    validations: AttributeTableConfigurationItemValidations | None = None
    """User defined validation constraints on the cell content"""


class AttributeTableConfigurationItemDataType(OpenEnum):
    """Column data type

    Unknown values from the server are accepted as pseudo-members.
    """

    SELECT = "select"
    TEXT = "text"
    NUMBER = "number"
    BOOLEAN = "boolean"


class AttributeTableConfigurationItemValidations(BaseModel):
    """User defined validation constraints on the cell content"""

    decimals_allowed: bool | None = None
    """whether the value of a numeric cell can hold a decimal part"""

    max: float | None = None
    """maximum value of a numeric cell"""

    max_length: float | None = None
    """maximum length of a text cell"""

    min: float | None = None
    """minimum value of a numeric cell"""


class AttributeType(OpenEnum):
    """Attribute type. See <a href='/concepts/catalog-structure.html#attribute'>type</a> section for more details.

    Unknown values from the server are accepted as pseudo-members.
    """

    PIM_CATALOG_IDENTIFIER = "pim_catalog_identifier"
    PIM_CATALOG_METRIC = "pim_catalog_metric"
    PIM_CATALOG_NUMBER = "pim_catalog_number"
    PIM_CATALOG_REFERENCE_DATA_MULTI_SELECT = "pim_catalog_reference_data_multi_select"
    PIM_CATALOG_REFERENCE_DATA_SIMPLE_SELECT = (
        "pim_catalog_reference_data_simple_select"
    )
    PIM_CATALOG_SIMPLESELECT = "pim_catalog_simpleselect"
    PIM_CATALOG_MULTISELECT = "pim_catalog_multiselect"
    PIM_CATALOG_DATE = "pim_catalog_date"
    PIM_CATALOG_TEXTAREA = "pim_catalog_textarea"
    PIM_CATALOG_TEXT = "pim_catalog_text"
    PIM_CATALOG_FILE = "pim_catalog_file"
    PIM_CATALOG_IMAGE = "pim_catalog_image"
    PIM_CATALOG_PRICE_COLLECTION = "pim_catalog_price_collection"
    PIM_CATALOG_BOOLEAN = "pim_catalog_boolean"
    AKENEO_REFERENCE_ENTITY = "akeneo_reference_entity"
    AKENEO_REFERENCE_ENTITY_COLLECTION = "akeneo_reference_entity_collection"
    PIM_CATALOG_ASSET_COLLECTION = "pim_catalog_asset_collection"
