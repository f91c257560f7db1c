"""Models of the CloudConnexa API, loaded on first use.

Each model lives in its own module (mutually recursive models share one), so a
program imports only the models it touches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_group import AccessGroup as AccessGroup
    from .access_group_page import AccessGroupPage as AccessGroupPage
    from .access_item import AccessItem as AccessItem
    from .application import Application as Application
    from .application_page import ApplicationPage as ApplicationPage
    from .application_route import ApplicationRoute as ApplicationRoute
    from .connection_status import ConnectionStatus as ConnectionStatus
    from .custom_service_type import CustomServiceType as CustomServiceType
    from .custom_service_type import (
        CustomServiceTypeProtocol as CustomServiceTypeProtocol,
    )
    from .device import Device as Device
    from .device_create_request import DeviceCreateRequest as DeviceCreateRequest
    from .device_page import DevicePage as DevicePage
    from .device_platform import DevicePlatform as DevicePlatform
    from .device_update_request import DeviceUpdateRequest as DeviceUpdateRequest
    from .dns_record import DnsRecord as DnsRecord
    from .dns_record_page import DnsRecordPage as DnsRecordPage
    from .dns_servers import DnsServers as DnsServers
    from .dns_zone import DnsZone as DnsZone
    from .dns_zones import DnsZones as DnsZones
    from .domain_routing_subnet import DomainRoutingSubnet as DomainRoutingSubnet
    from .error_detail import ErrorDetail as ErrorDetail
    from .error_response import ErrorResponse as ErrorResponse
    from .host import Host as Host
    from .host_connector import HostConnector as HostConnector
    from .host_connector_page import HostConnectorPage as HostConnectorPage
    from .host_page import HostPage as HostPage
    from .internet_access import InternetAccess as InternetAccess
    from .ip_entry import IpEntry as IpEntry
    from .ip_sec_config import IpSecConfig as IpSecConfig
    from .ip_sec_config import (
        IpSecConfigAuthenticationType as IpSecConfigAuthenticationType,
    )
    from .ip_service import IpService as IpService
    from .ip_service import IpServiceType as IpServiceType
    from .ip_service_page import IpServicePage as IpServicePage
    from .location_context import LocationContext as LocationContext
    from .location_context import (
        LocationContextCountryCheck as LocationContextCountryCheck,
    )
    from .location_context import (
        LocationContextDefaultCheck as LocationContextDefaultCheck,
    )
    from .location_context import LocationContextIpCheck as LocationContextIpCheck
    from .location_context_page import LocationContextPage as LocationContextPage
    from .network import Network as Network
    from .network_connector import NetworkConnector as NetworkConnector
    from .network_connector_page import NetworkConnectorPage as NetworkConnectorPage
    from .network_connector_request import (
        NetworkConnectorRequest as NetworkConnectorRequest,
    )
    from .network_create_request import NetworkCreateRequest as NetworkCreateRequest
    from .network_page import NetworkPage as NetworkPage
    from .port_range import PortRange as PortRange
    from .route import Route as Route
    from .route_page import RoutePage as RoutePage
    from .route_request import RouteRequest as RouteRequest
    from .service_config import ServiceConfig as ServiceConfig
    from .session import Session as Session
    from .session_batch import SessionBatch as SessionBatch
    from .session_status import SessionStatus as SessionStatus
    from .tunneling_protocol import TunnelingProtocol as TunnelingProtocol
    from .user import User as User
    from .user_group import UserGroup as UserGroup
    from .user_group import UserGroupConnectAuth as UserGroupConnectAuth
    from .user_group import UserGroupTunnelBypass as UserGroupTunnelBypass
    from .user_group_page import UserGroupPage as UserGroupPage
    from .user_page import UserPage as UserPage
    from .user_role import UserRole as UserRole
    from .vpn_region import VpnRegion as VpnRegion
    from .wpc_subnet import WpcSubnet as WpcSubnet

_MODULE_OF: dict[str, str] = {
    "AccessGroup": "access_group",
    "AccessGroupPage": "access_group_page",
    "AccessItem": "access_item",
    "Application": "application",
    "ApplicationPage": "application_page",
    "ApplicationRoute": "application_route",
    "ConnectionStatus": "connection_status",
    "CustomServiceType": "custom_service_type",
    "CustomServiceTypeProtocol": "custom_service_type",
    "Device": "device",
    "DeviceCreateRequest": "device_create_request",
    "DevicePage": "device_page",
    "DevicePlatform": "device_platform",
    "DeviceUpdateRequest": "device_update_request",
    "DnsRecord": "dns_record",
    "DnsRecordPage": "dns_record_page",
    "DnsServers": "dns_servers",
    "DnsZone": "dns_zone",
    "DnsZones": "dns_zones",
    "DomainRoutingSubnet": "domain_routing_subnet",
    "ErrorDetail": "error_detail",
    "ErrorResponse": "error_response",
    "Host": "host",
    "HostConnector": "host_connector",
    "HostConnectorPage": "host_connector_page",
    "HostPage": "host_page",
    "InternetAccess": "internet_access",
    "IpEntry": "ip_entry",
    "IpSecConfig": "ip_sec_config",
    "IpSecConfigAuthenticationType": "ip_sec_config",
    "IpService": "ip_service",
    "IpServiceType": "ip_service",
    "IpServicePage": "ip_service_page",
    "LocationContext": "location_context",
    "LocationContextCountryCheck": "location_context",
    "LocationContextDefaultCheck": "location_context",
    "LocationContextIpCheck": "location_context",
    "LocationContextPage": "location_context_page",
    "Network": "network",
    "NetworkConnector": "network_connector",
    "NetworkConnectorPage": "network_connector_page",
    "NetworkConnectorRequest": "network_connector_request",
    "NetworkCreateRequest": "network_create_request",
    "NetworkPage": "network_page",
    "PortRange": "port_range",
    "Route": "route",
    "RoutePage": "route_page",
    "RouteRequest": "route_request",
    "ServiceConfig": "service_config",
    "Session": "session",
    "SessionBatch": "session_batch",
    "SessionStatus": "session_status",
    "TunnelingProtocol": "tunneling_protocol",
    "User": "user",
    "UserGroup": "user_group",
    "UserGroupConnectAuth": "user_group",
    "UserGroupTunnelBypass": "user_group",
    "UserGroupPage": "user_group_page",
    "UserPage": "user_page",
    "UserRole": "user_role",
    "VpnRegion": "vpn_region",
    "WpcSubnet": "wpc_subnet",
}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
