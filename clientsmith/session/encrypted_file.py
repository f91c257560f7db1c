"""A credential store in one file encrypted with Fernet (``clientsmith[crypto]``).

Defined in ``clientsmith._encrypted_store`` (outside :mod:`clientsmith.auth`
and this package, which both use it); this module keeps the public import path.
"""

from .._encrypted_store import DEFAULT_KEY_ENV, EncryptedFileStore, generate_key

__all__ = ["DEFAULT_KEY_ENV", "EncryptedFileStore", "generate_key"]
