"""Models: UserGroup, UserGroupConnectAuth, UserGroupTunnelBypass."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel, OpenEnum

from .internet_access import InternetAccess

__all__ = ["UserGroup", "UserGroupConnectAuth", "UserGroupTunnelBypass"]


class UserGroup(BaseModel):
    """The ``UserGroup`` object."""

    name: str
    id: str | None = None
    connect_auth: UserGroupConnectAuth | None = Field(
        default=None, validation_alias="connectAuth", serialization_alias="connectAuth"
    )
    internet_access: InternetAccess | None = Field(
        default=None,
        validation_alias="internetAccess",
        serialization_alias="internetAccess",
    )
    max_device: int | None = Field(
        default=None, validation_alias="maxDevice", serialization_alias="maxDevice"
    )
    system_subnets: list[str] | None = Field(
        default=None,
        validation_alias="systemSubnets",
        serialization_alias="systemSubnets",
    )
    vpn_region_ids: list[str] | None = Field(
        default=None,
        validation_alias="vpnRegionIds",
        serialization_alias="vpnRegionIds",
    )
    all_regions_included: bool | None = Field(
        default=None,
        validation_alias="allRegionsIncluded",
        serialization_alias="allRegionsIncluded",
    )
    gateways_ids: list[str] | None = Field(
        default=None, validation_alias="gatewaysIds", serialization_alias="gatewaysIds"
    )
    tunnel_bypass: UserGroupTunnelBypass | None = Field(
        default=None,
        validation_alias="tunnelBypass",
        serialization_alias="tunnelBypass",
    )


class UserGroupConnectAuth(OpenEnum):
    """Values of ``UserGroupConnectAuth``.

    Unknown values from the server are accepted as pseudo-members.
    """

    NO_AUTH = "NO_AUTH"
    ON_PRIOR_AUTH = "ON_PRIOR_AUTH"
    EVERY_TIME = "EVERY_TIME"


class UserGroupTunnelBypass(BaseModel):
    """The ``UserGroupTunnelBypass`` object."""

    ipv4_subnets: list[str] | None = Field(
        default=None, validation_alias="ipv4Subnets", serialization_alias="ipv4Subnets"
    )
