"""Cookie sessions and the stores that persist tokens and cookies.

The stores are defined outside both packages (``clientsmith._store``,
``clientsmith._encrypted_store``): :mod:`clientsmith.auth` uses them and never
imports this package, whose cookie login is an ``auth`` scheme, so the
dependency goes one way only (``session`` -> ``auth``).
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
