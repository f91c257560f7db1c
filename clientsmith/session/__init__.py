"""Cookie sessions and the stores that persist tokens and cookies.

The store modules import nothing from :mod:`clientsmith.auth`, which uses them,
so the two packages can be imported in either order.
"""

from .cookie_auth import CookieSession as CookieSession
from .cookie_auth import CookieSessionAuth as CookieSessionAuth
from .encrypted_file import EncryptedFileStore as EncryptedFileStore
from .encrypted_file import generate_key as generate_key
from .store import CredentialStore as CredentialStore
from .store import CredentialStoreWarning as CredentialStoreWarning
from .store import MemoryStore as MemoryStore

__all__ = [
    "CookieSession",
    "CookieSessionAuth",
    "CredentialStore",
    "CredentialStoreWarning",
    "EncryptedFileStore",
    "MemoryStore",
    "generate_key",
]
