"""``Resource``: a group of declared operations reached as ``client.<name>``.

A :class:`Resource` subclass declared inside a :class:`~clientsmith.Client` (or
``AsyncClient``) subclass, or inside another resource, becomes an attribute
named after it in snake case (``class StoreOrders`` -> ``client.store_orders``),
created on first access and bound to that client. ``Pets.attach()`` attaches a
resource declared elsewhere under any name. ``@resource(path=...)`` gives a
path prefix that every method path is joined to; a resource nested in another
continues the enclosing one's prefix. Calling a resource binds parameters of
its prefix: ``client.teams("t1").channels.list()``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .._base_client import BaseClient
from .decorators import endpoints_of, prefix_of
from .decorators import snake_case as snake_case
from .signature import DeclarationError
from .views import ResponseView

__all__ = ["Resource", "resource"]

ResourceT = TypeVar("ResourceT", bound="Resource")

_TEMPLATE = re.compile(r"\{([^{}]+)\}")


def _compile_all(cls: type[Resource], *, final: bool = False) -> None:
    """Compile the methods of ``cls`` and of the resources nested in it."""
    for endpoint in endpoints_of(cls).values():
        endpoint.compile_for(cls, final=final)
    for child in cls.__clientsmith_children__:
        _compile_all(child, final=final)


def _check_kind(resource_class: type[Resource], client_class: type) -> None:
    """Every method must match the client: ``def`` on Client, ``async def`` on AsyncClient."""
    for endpoint in endpoints_of(resource_class).values():
        endpoint.check_client(resource_class, client_class)
    for child in resource_class.__clientsmith_children__:
        _check_kind(child, client_class)


def _adopt(parent: type[Resource], child: type[Resource]) -> None:
    """Nest ``child`` in ``parent``: it continues the parent's path prefix."""
    current = vars(child).get("__clientsmith_parent__")
    if current is not None and current is not parent:
        raise DeclarationError(
            f"{child.__name__} is already nested in {current.__name__}; to reach "
            f"it from {parent.__name__} too, nest a subclass "
            f"(class {child.__name__}In{parent.__name__}({child.__name__}): ...)"
        )
    child.__clientsmith_parent__ = parent
    if child not in parent.__clientsmith_children__:
        parent.__clientsmith_children__ = (*parent.__clientsmith_children__, child)
    # Not final yet: the parent's own @resource(path=...) may still come.
    _compile_all(child)


class _ResourceAttribute(functools.cached_property[ResourceT]):
    """``client.pets`` / ``teams.channels``: created on first access, then cached.

    Its ``__set_name__`` ties the resource class to the class it is attached
    to: nested in a resource, it inherits that resource's prefix; on a client,
    its declarations are final and checked against the kind of client.
    """

    def __init__(self, cls: type[ResourceT]) -> None:
        def create(owner: Any) -> ResourceT:
            if isinstance(owner, BaseClient):
                return cls(owner)
            # a child of a resource sends through its client, with its bindings
            return cls(owner._client, path_params=owner._path_params)

        create.__doc__ = cls.__doc__
        super().__init__(create)
        self.resource_class = cls

    def __set_name__(self, owner: type, name: str) -> None:
        super().__set_name__(owner, name)
        cls = self.resource_class
        if "__clientsmith_attr__" not in vars(cls):
            cls.__clientsmith_attr__ = name  # for hints in error messages
        if isinstance(owner, type) and issubclass(owner, Resource):
            _adopt(owner, cls)
        elif isinstance(owner, type) and issubclass(owner, BaseClient):
            _compile_all(cls, final=True)
            _check_kind(cls, owner)


def _attribute(cls: type[ResourceT]) -> functools.cached_property[ResourceT]:
    return _ResourceAttribute(cls)


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
        setattr(owner, attr, prop)
        prop.__set_name__(owner, attr)


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
    __clientsmith_attr__ = ""
    __clientsmith_parent__: type[Resource] | None = None

    def __init__(
        self,
        client: BaseClient[Any],
        *,
        path_params: Mapping[str, object] | None = None,
    ) -> None:
        if not isinstance(client, BaseClient):
            raise TypeError(
                f"{type(self).__name__}(client): expected a clientsmith Client or "
                f"AsyncClient, got {type(client).__name__}"
            )
        _check_kind(type(self), type(client))
        self._client = client
        self._path_params: dict[str, object] = dict(path_params or {})

    def __call__(self: ResourceT, *args: object, **kwargs: object) -> ResourceT:
        """This resource with path parameters of its prefix bound.

        ``client.teams("t1")`` (or ``client.teams(team_id="t1")``) is the
        ``Teams`` resource of team ``t1``: its methods, and those of resources
        nested in it, send ``t1`` as ``{team_id}`` without declaring it.
        Positional values bind this resource's own parameters (those of its
        ``@resource`` path) not bound yet, in path order; keywords may name any
        parameter of the whole prefix. A new resource is returned; this one is
        unchanged.
        """
        prefix, _ = prefix_of(type(self))
        names = _TEMPLATE.findall(prefix)
        label = f"{type(self).__name__}()"
        if not names:
            raise TypeError(f"{label}: the path {prefix or '/'!r} has no parameters")
        # Positional values are this resource's own parameters (those of its
        # @resource path); an enclosing resource's are bound by keyword, or
        # better where that resource is reached.
        own = _TEMPLATE.findall(type(self).__clientsmith_path__)
        free = [n for n in own if n not in self._path_params]
        if len(args) > len(free):
            raise TypeError(
                f"{label} takes {len(free)} positional path parameter(s) "
                f"({', '.join(free) or 'none left'}) but {len(args)} were given; "
                "bind the others by name"
            )
        values = dict(zip(free, args, strict=False))
        for name, value in kwargs.items():
            if name not in names:
                raise TypeError(
                    f"{label} got an unexpected path parameter {name!r}; "
                    f"{prefix!r} has {names}"
                )
            if name in values:
                raise TypeError(f"{label} got multiple values for {name!r}")
            values[name] = value
        if not values:
            raise TypeError(f"{label} binds path parameters: give one of {names}")
        for name, value in values.items():
            if value is None:
                raise TypeError(f"{label}: path parameter {name!r} cannot be None")
        return type(self)(self._client, path_params={**self._path_params, **values})

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

    @property
    def with_raw_response(self) -> ResponseView:
        """The same operations, returning the raw response (status, headers) and ``.parse()``."""
        return ResponseView(self, "raw")

    @property
    def with_streaming_response(self) -> ResponseView:
        """The same operations, streamed: ``with ...(...) as response`` reads the body on demand."""
        return ResponseView(self, "streaming")

    @property
    def path_params(self) -> Mapping[str, object]:
        """The path parameters bound on this resource (see :meth:`__call__`)."""
        return dict(self._path_params)

    def __repr__(self) -> str:
        bound = f" {self._path_params!r}" if self._path_params else ""
        prefix, _ = prefix_of(type(self))
        return f"<{type(self).__name__} path={prefix!r}{bound} of {self._client!r}>"


def resource(
    path: str = "", *, name: str = ""
) -> Callable[[type[ResourceT]], type[ResourceT]]:
    """Class decorator: a path prefix (``/networks/{network_id}``) and attribute name.

    A parameter of the prefix is either declared by a method (a value per
    call) or bound on the resource (``client.networks("n1").hosts()``). A
    resource nested in this one continues the prefix. ``name`` overrides the attribute the resource is reached as when
    nested in a client (default: the class name in snake case).
    """
    if path and not path.startswith("/"):
        path = "/" + path

    def decorate(cls: type[ResourceT]) -> type[ResourceT]:
        if not (isinstance(cls, type) and issubclass(cls, Resource)):
            raise DeclarationError("@resource(...) decorates Resource subclasses")
        cls.__clientsmith_path__ = path.rstrip("/")
        cls.__clientsmith_name__ = name
        _compile_all(cls)  # and the resources nested in it: their prefix changed
        return cls

    return decorate
