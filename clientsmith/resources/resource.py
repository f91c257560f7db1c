"""``Resource``: a group of declared operations reached as ``client.<name>``.

A :class:`Resource` subclass declared inside a :class:`~clientsmith.Client` (or
``AsyncClient``) subclass, or inside another resource, becomes an attribute
named after it in snake case (``class StoreOrders`` -> ``client.store_orders``),
created on first access and bound to that client. ``Pets.attach()`` attaches a
resource declared elsewhere under any name. ``@resource(path=...)`` gives a
path prefix that every method path is joined to.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, TypeVar

from .._base_client import BaseClient
from .decorators import endpoints_of
from .signature import DeclarationError

__all__ = ["Resource", "resource"]

ResourceT = TypeVar("ResourceT", bound="Resource")

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake_case(name: str) -> str:
    """``StoreOrders`` -> ``store_orders``; ``APIKeys`` -> ``api_keys``."""
    return _CAMEL.sub("_", name).lower()


def _compile_all(cls: type) -> None:
    for endpoint in endpoints_of(cls).values():
        endpoint.compile_for(cls)


def _check_kind(resource_class: type[Resource], client_class: type) -> None:
    """Every method must match the client: ``def`` on Client, ``async def`` on AsyncClient."""
    for endpoint in endpoints_of(resource_class).values():
        endpoint.check_client(resource_class, client_class)
    for child in resource_class.__clientsmith_children__:
        _check_kind(child, client_class)


def _attribute(cls: type[ResourceT]) -> functools.cached_property[ResourceT]:
    def create(owner: Any) -> ResourceT:
        client = owner if isinstance(owner, BaseClient) else owner._client
        return cls(client)

    create.__doc__ = cls.__doc__
    return functools.cached_property(create)


class _ResourceType(type):
    """Metaclass: a resource class nested in a client becomes a lazy attribute."""

    def __set_name__(cls, owner: type, name: str) -> None:
        if not (isinstance(cls, type) and issubclass(cls, Resource)):
            return
        if not (issubclass(owner, BaseClient) or issubclass(owner, Resource)):
            return
        if name != cls.__name__:
            return  # an alias (``Pets = SomePets``), not a nested declaration
        attr = cls.__clientsmith_name__ or snake_case(cls.__name__)
        if attr in vars(owner):
            return  # declared explicitly, e.g. ``pets = Pets.attach()``
        prop = _attribute(cls)
        prop.__set_name__(owner, attr)
        setattr(owner, attr, prop)
        if issubclass(owner, Resource):
            owner.__clientsmith_children__ = (*owner.__clientsmith_children__, cls)
        else:
            _check_kind(cls, owner)


class Resource(metaclass=_ResourceType):
    """Base class of hand-written resources; see the module documentation.

    Methods decorated with :func:`~clientsmith.resources.get` & co. become
    operations; other methods and attributes are left alone, so a resource can
    hold helpers built on its operations.
    """

    __clientsmith_resource__ = True
    __clientsmith_path__ = ""
    __clientsmith_name__ = ""
    __clientsmith_children__: tuple[type[Resource], ...] = ()

    def __init__(self, client: BaseClient[Any]) -> None:
        if not isinstance(client, BaseClient):
            raise TypeError(
                f"{type(self).__name__}(client): expected a clientsmith Client or "
                f"AsyncClient, got {type(client).__name__}"
            )
        _check_kind(type(self), type(client))
        self._client = client

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__clientsmith_children__" not in vars(cls):
            cls.__clientsmith_children__ = ()
        if "__clientsmith_name__" not in vars(cls):
            cls.__clientsmith_name__ = ""
        _compile_all(cls)

    @classmethod
    def attach(cls: type[ResourceT]) -> functools.cached_property[ResourceT]:
        """A client attribute creating this resource on first access.

        ``pets = Pets.attach()`` in a client class body: type checkers see
        ``client.pets`` as ``Pets``.
        """
        return _attribute(cls)

    @property
    def client(self) -> BaseClient[Any]:
        """The client this resource sends through."""
        return self._client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} path={self.__clientsmith_path__!r} of {self._client!r}>"


def resource(
    path: str = "", *, name: str = ""
) -> Callable[[type[ResourceT]], type[ResourceT]]:
    """Class decorator: a path prefix (``/networks/{network_id}``) and attribute name.

    Path parameters of the prefix are parameters of every method of the
    resource. ``name`` overrides the attribute the resource is reached as when
    nested in a client (default: the class name in snake case).
    """
    if path and not path.startswith("/"):
        path = "/" + path

    def decorate(cls: type[ResourceT]) -> type[ResourceT]:
        if not (isinstance(cls, type) and issubclass(cls, Resource)):
            raise DeclarationError("@resource(...) decorates Resource subclasses")
        cls.__clientsmith_path__ = path.rstrip("/")
        cls.__clientsmith_name__ = name
        _compile_all(cls)
        return cls

    return decorate
