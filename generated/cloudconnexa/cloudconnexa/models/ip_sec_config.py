"""Models: IpSecConfig, IpSecConfigAuthenticationType."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from clientsmith.models import BaseModel, OpenEnum

__all__ = ["IpSecConfig", "IpSecConfigAuthenticationType"]


class IpSecConfig(BaseModel):
    """The ``IpSecConfig`` object."""

    platform: str | None = None
    authentication_type: IpSecConfigAuthenticationType | None = Field(
        default=None,
        validation_alias="authenticationType",
        serialization_alias="authenticationType",
    )
    remote_site_public_ip: str | None = Field(
        default=None,
        validation_alias="remoteSitePublicIp",
        serialization_alias="remoteSitePublicIp",
    )
    pre_shared_key: str | None = Field(
        default=None,
        validation_alias="preSharedKey",
        serialization_alias="preSharedKey",
    )
    ca_certificate: str | None = Field(
        default=None,
        validation_alias="caCertificate",
        serialization_alias="caCertificate",
    )
    peer_certificate: str | None = Field(
        default=None,
        validation_alias="peerCertificate",
        serialization_alias="peerCertificate",
    )
    remote_gateway_certificate: str | None = Field(
        default=None,
        validation_alias="remoteGatewayCertificate",
        serialization_alias="remoteGatewayCertificate",
    )
    peer_certificate_private_key: str | None = Field(
        default=None,
        validation_alias="peerCertificatePrivateKey",
        serialization_alias="peerCertificatePrivateKey",
    )
    peer_certificate_key_passphrase: str | None = Field(
        default=None,
        validation_alias="peerCertificateKeyPassphrase",
        serialization_alias="peerCertificateKeyPassphrase",
    )
    hostname: str | None = None
    domain: str | None = None
    ike_protocol: dict[str, Any] | None = Field(
        default=None, validation_alias="ikeProtocol", serialization_alias="ikeProtocol"
    )


class IpSecConfigAuthenticationType(OpenEnum):
    """Values of ``IpSecConfigAuthenticationType``.

    Unknown values from the server are accepted as pseudo-members.
    """

    SHARED_SECRET = "SHARED_SECRET"
    CERTIFICATE = "CERTIFICATE"
