"""Authentication schemes for generated clients.

Every scheme is a plain ``httpx.Auth``: pass one to ``httpx.Client(auth=...)``,
``httpx.AsyncClient(auth=...)`` or, keyed by security-scheme name, to
``clientsmith.Client(auth={...})``.
"""

from .._encrypted_store import EncryptedFileStore as EncryptedFileStore
from .._store import CredentialStore as CredentialStore
from .._store import MemoryStore as MemoryStore
from ..errors import CredentialStoreWarning as CredentialStoreWarning
from .api_key import APIKeyAuth as APIKeyAuth
from .api_key import KeyRing as KeyRing
from .basic import BasicAuth as BasicAuth
from .basic import BearerAuth as BearerAuth
from .errors import AuthError as AuthError
from .errors import AuthorizationRequiredError as AuthorizationRequiredError
from .errors import InvalidAPIKeyError as InvalidAPIKeyError
from .errors import LoginError as LoginError
from .errors import StateMismatchError as StateMismatchError
from .errors import TokenRequestError as TokenRequestError
from .loopback import LoopbackRedirectReceiver as LoopbackRedirectReceiver
from .oauth2 import OAuth2AuthorizationCode as OAuth2AuthorizationCode
from .oauth2 import OAuth2ClientCredentials as OAuth2ClientCredentials
from .oauth2 import OAuth2Password as OAuth2Password
from .pkce import AuthorizationRequest as AuthorizationRequest
from .pkce import build_authorization_url as build_authorization_url
from .pkce import code_challenge as code_challenge
from .pkce import generate_code_verifier as generate_code_verifier
from .pkce import generate_state as generate_state
from .signing import HMACSigner as HMACSigner
from .signing import Signer as Signer
from .signing import SigningAuth as SigningAuth
from .token import Token as Token
from .token_endpoint import TokenEndpoint as TokenEndpoint

__all__ = [
    "APIKeyAuth",
    "AuthError",
    "AuthorizationRequest",
    "AuthorizationRequiredError",
    "BasicAuth",
    "BearerAuth",
    "CredentialStore",
    "CredentialStoreWarning",
    "EncryptedFileStore",
    "HMACSigner",
    "InvalidAPIKeyError",
    "KeyRing",
    "LoginError",
    "LoopbackRedirectReceiver",
    "MemoryStore",
    "OAuth2AuthorizationCode",
    "OAuth2ClientCredentials",
    "OAuth2Password",
    "Signer",
    "SigningAuth",
    "StateMismatchError",
    "Token",
    "TokenEndpoint",
    "TokenRequestError",
    "build_authorization_url",
    "code_challenge",
    "generate_code_verifier",
    "generate_state",
]
