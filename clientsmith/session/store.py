"""Where tokens and cookies are kept between requests (and between runs).

Defined in ``clientsmith._store`` (outside :mod:`clientsmith.auth` and this
package, which both use it); this module keeps the public import path.
"""

from .._store import CredentialStore, MemoryStore
from ..errors import CredentialStoreWarning

__all__ = ["CredentialStore", "CredentialStoreWarning", "MemoryStore"]
