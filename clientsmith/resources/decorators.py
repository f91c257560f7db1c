"""``@get`` / ``@post`` / ``@put`` / ``@patch`` / ``@delete``: typed methods as operations.

The decorated method's body never runs: its signature is the declaration. Each
decorator is typed with ``ParamSpec`` so type checkers keep seeing exactly the
signature written (``def`` for :class:`~clientsmith.Client`, ``async def`` for
:class:`~clientsmith.AsyncClient`). At runtime the method is replaced by an
:class:`Endpoint` descriptor that compiles the signature into an
:class:`~clientsmith.Operation` when the class is created, and turns each call
into one ``client.request`` (or ``client.paginate``) call.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from types import FrameType, MethodType
from typing import Any, ParamSpec, TypeVar, cast

from .._base_client import BaseClient
from ..client import AsyncClient
from ..errors import DeclarationError, PrefixPending
from ..operation import Pagination
from ..streaming import aiter_sse_items, iter_sse_items
from .signature import (
    CompiledEndpoint,
    EndpointOptions,
    ResponseOption,
    join_path,
)
from .signature import compile_endpoint as _compile

__all__ = [
    "Endpoint",
    "delete",
    "endpoints_of",
    "get",
    "patch",
    "post",
    "prefix_of",
    "put",
    "snake_case",
]

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_TEMPLATE = re.compile(r"\{([^{}]+)\}")

P = ParamSpec("P")
R = TypeVar("R")


class Endpoint:
    """The runtime form of a decorated method (a descriptor; see module docs)."""

    def __init__(self, fn: Callable[..., Any], options: EndpointOptions) -> None:
        if isinstance(fn, (staticmethod, classmethod)):
            raise DeclarationError(
                f"{fn!r}: declarative methods are plain instance methods"
            )
        self.fn = fn
        self.options = options
        self.name = fn.__name__
        self.is_async = inspect.iscoroutinefunction(fn)
        self._compiled: dict[type, CompiledEndpoint] = {}
        self.localns: dict[str, Any] = {}
        self.__doc__ = fn.__doc__
        self.__wrapped__ = fn
        self._call = self._make_call()

    # -- compilation ------------------------------------------------------------

    def compile_for(
        self, owner: type, *, final: bool = False
    ) -> CompiledEndpoint | None:
        """(Re)compile for ``owner``; ``None`` if an annotation is not resolvable yet.

        Until ``final`` (the resource is attached to a client or another
        resource), a ``Path`` marker missing from the path is not an error
        yet: the prefix of a resource it gets nested in may supply it.
        """
        self._compiled.pop(owner, None)
        try:
            return self._for(owner)
        except NameError:
            return None  # a forward reference: compiled on first call instead
        except PrefixPending:
            if final:
                raise
            return None

    def _for(self, owner: type) -> CompiledEndpoint:
        try:
            return self._compiled[owner]
        except KeyError:
            pass
        prefix, hints = prefix_of(owner)
        options = self.options
        if not options.operation_id:
            options = dataclasses.replace(
                options, operation_id=f"{owner.__name__}.{self.name}"
            )
        compiled = _compile(
            self.fn,
            options,
            prefix,
            f"{owner.__name__}.{self.name}",
            self.localns,
            hints,
        )
        self._compiled[owner] = compiled
        return compiled

    def needs_async_client(self, owner: type) -> bool:
        """Whether this method only works on an :class:`~clientsmith.AsyncClient`."""
        compiled = self._compiled.get(owner)
        if compiled is not None:
            return compiled.wants_async
        return self.is_async

    def check_client(self, owner: type, client_class: type) -> None:
        """Raise :class:`DeclarationError` if ``client_class`` is the wrong kind."""
        if owner not in self._compiled and not self.is_async:
            return  # not compiled yet: is it paged? the first call checks again
        wants_async = self.needs_async_client(owner)
        if wants_async != issubclass(client_class, AsyncClient):
            kind = (
                "async def (or AsyncPage, AsyncIterator)"
                if wants_async
                else "def (or SyncPage, Iterator)"
            )
            other = "a Client" if wants_async else "an AsyncClient"
            raise DeclarationError(
                f"{owner.__name__}.{self.name} is declared with {kind} and cannot "
                f"be used on {other}: declare sync methods on Client subclasses "
                "and async def methods on AsyncClient subclasses"
            )

    # -- calls ------------------------------------------------------------------

    def _make_call(self) -> Callable[..., Any]:
        endpoint = self

        def target(obj: Any) -> tuple[Any, CompiledEndpoint]:
            owner = type(obj)
            compiled = endpoint._for(owner)
            client = (
                obj if isinstance(obj, BaseClient) else getattr(obj, "_client", None)
            )
            if not isinstance(client, BaseClient):
                raise DeclarationError(
                    f"{owner.__name__}.{endpoint.name}: declared methods belong on "
                    "Client/AsyncClient subclasses and Resource classes"
                )
            if compiled.wants_async != isinstance(client, AsyncClient):
                endpoint.check_client(owner, type(client))
            return client, compiled

        def lazy(client: Any, compiled: CompiledEndpoint, arguments: Any) -> Any:
            """The result of a call that sends nothing until it is iterated."""
            operation = compiled.operation
            if compiled.paged:
                return client.paginate(operation, **arguments)
            if compiled.stream_kind == "ndjson":
                return client.stream_lines(operation, **arguments)
            if compiled.stream_kind == "sse":
                return client.stream_events(operation, **arguments)
            if compiled.stream_kind == "sse_data":
                events = aiter_sse_items if compiled.wants_async else iter_sse_items
                return events(client, operation, arguments)
            return None

        if self.is_async:

            async def acall(obj: Any, /, *args: Any, **kwargs: Any) -> Any:
                client, compiled = target(obj)
                arguments = compiled.call_arguments(
                    args, kwargs, getattr(obj, "_path_params", None)
                )
                if compiled.paged or compiled.stream_kind not in ("", "binary"):
                    return lazy(client, compiled, arguments)
                if compiled.streamed:
                    return await client.stream(compiled.operation, **arguments)
                return await client.request(compiled.operation, **arguments)

            return functools.wraps(self.fn)(acall)

        def call(obj: Any, /, *args: Any, **kwargs: Any) -> Any:
            client, compiled = target(obj)
            arguments = compiled.call_arguments(
                args, kwargs, getattr(obj, "_path_params", None)
            )
            if compiled.paged or compiled.stream_kind not in ("", "binary"):
                return lazy(client, compiled, arguments)
            if compiled.streamed:
                return client.stream(compiled.operation, **arguments)
            return client.request(compiled.operation, **arguments)

        return functools.wraps(self.fn)(call)

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        # Resources compile in __init_subclass__ / @resource, once the prefix is known.
        if not getattr(owner, "__clientsmith_resource__", False):
            self.compile_for(owner)
            if issubclass(owner, BaseClient):
                self.check_client(owner, owner)

    def __call__(self, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        """``Resource.method(resource, ...)``, as with a plain function."""
        return self._call(obj, *args, **kwargs)

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        return MethodType(self._call, obj)

    def __repr__(self) -> str:
        return f"<endpoint {self.options.method} {self.options.path!r} {self.name}>"


def prefix_of(owner: type) -> tuple[str, dict[str, str]]:
    """The whole path prefix of ``owner`` and how a caller binds each parameter.

    A resource nested in another resource continues its path: the prefixes
    of the enclosing resources come first. Each parameter maps to the
    navigation that binds it, e.g. ``client.teams(team_id=...).channels``.
    """
    chain: list[type] = []
    cls: type | None = owner
    while cls is not None and len(chain) < 32:
        chain.append(cls)
        cls = vars(cls).get("__clientsmith_parent__")
    chain.reverse()
    attrs = [
        vars(c).get("__clientsmith_attr__", "")
        or vars(c).get("__clientsmith_name__", "")
        or snake_case(c.__name__)
        for c in chain
    ]
    prefix = ""
    hints: dict[str, str] = {}
    for index, cls in enumerate(chain):
        own: str = getattr(cls, "__clientsmith_path__", "")
        prefix = join_path(prefix, own).rstrip("/") if own else prefix
        for name in _TEMPLATE.findall(own):
            before = ".".join(attrs[:index])
            after = ".".join(attrs[index + 1 :])
            hints.setdefault(
                name,
                f"client.{before + '.' if before else ''}{attrs[index]}({name}=...)"
                + (f".{after}" if after else ""),
            )
    return prefix, hints


def snake_case(name: str) -> str:
    """``StoreOrders`` -> ``store_orders``; ``APIKeys`` -> ``api_keys``."""
    return _CAMEL.sub("_", name).lower()


def _enclosing_locals(frame: FrameType | None) -> dict[str, Any]:
    """Names visible where a method is declared, beyond its module's globals.

    Annotations may name classes local to the function that declares the
    client (common in tests); ``get_type_hints`` needs them as ``localns``.
    Inner scopes win, as in Python's own lookup. Class bodies are skipped, as
    Python skips them when resolving names inside methods (a method named
    ``type`` must not hide the builtin in ``type[Pet]``).
    """
    found: dict[str, Any] = {}
    depth = 0
    while frame is not None and depth < 16 and frame.f_locals is not frame.f_globals:
        if frame.f_code.co_flags & inspect.CO_OPTIMIZED:  # a function, not a class
            for name, value in frame.f_locals.items():
                found.setdefault(name, value)
        frame = frame.f_back
        depth += 1
    return found


def endpoints_of(cls: type) -> dict[str, Endpoint]:
    """The endpoints of ``cls`` and its bases, by attribute name."""
    found: dict[str, Endpoint] = {}
    for klass in reversed(cls.__mro__):
        for name, value in vars(klass).items():
            if isinstance(value, Endpoint):
                found[name] = value
            else:
                found.pop(name, None)
    return found


def _decorator(
    method: str,
    path: str,
    pagination: Pagination | None,
    errors: Mapping[int | str, Any] | None,
    security: Sequence[Sequence[str]] | None,
    operation_id: str,
    response: ResponseOption | None,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    if not isinstance(path, str):
        raise DeclarationError(
            f"@{method.lower()}(...) takes the path first, e.g. @{method.lower()}('/pets')"
        )
    if response not in (None, "ndjson", "sse"):
        raise DeclarationError(
            f"@{method.lower()}(response={response!r}): response is 'ndjson' or 'sse'"
        )
    options = EndpointOptions(
        method=method,
        path=path,
        pagination=pagination,
        errors={str(k): v for k, v in (errors or {}).items()},
        security=None if security is None else tuple(tuple(s) for s in security),
        operation_id=operation_id,
        response=response,
    )

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        endpoint = Endpoint(fn, options)
        endpoint.localns = _enclosing_locals(sys._getframe(1))
        return cast("Callable[P, R]", endpoint)

    return decorate


def get(
    path: str = "",
    *,
    pagination: Pagination | None = None,
    errors: Mapping[int | str, Any] | None = None,
    security: Sequence[Sequence[str]] | None = None,
    operation_id: str = "",
    response: ResponseOption | None = None,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare a GET operation (``path`` is joined to the resource's path).

    ``pagination`` is required when the method returns ``SyncPage[T]`` /
    ``AsyncPage[T]``. ``errors`` maps statuses (``404``, ``"4XX"``,
    ``"default"``) to the model error bodies are parsed into. ``security``
    lists alternative scheme-name tuples (``()`` sends no credentials).
    ``response`` says how a method returning ``Iterator[T]`` (``AsyncIterator[T]``)
    streams: ``"ndjson"`` (the default) one JSON document per line, ``"sse"``
    Server-Sent Events whose data is validated into ``T``.
    """
    return _decorator("GET", path, pagination, errors, security, operation_id, response)


def post(
    path: str = "",
    *,
    pagination: Pagination | None = None,
    errors: Mapping[int | str, Any] | None = None,
    security: Sequence[Sequence[str]] | None = None,
    operation_id: str = "",
    response: ResponseOption | None = None,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare a POST operation; see :func:`get` for the options."""
    return _decorator(
        "POST", path, pagination, errors, security, operation_id, response
    )


def put(
    path: str = "",
    *,
    pagination: Pagination | None = None,
    errors: Mapping[int | str, Any] | None = None,
    security: Sequence[Sequence[str]] | None = None,
    operation_id: str = "",
    response: ResponseOption | None = None,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare a PUT operation; see :func:`get` for the options."""
    return _decorator("PUT", path, pagination, errors, security, operation_id, response)


def patch(
    path: str = "",
    *,
    pagination: Pagination | None = None,
    errors: Mapping[int | str, Any] | None = None,
    security: Sequence[Sequence[str]] | None = None,
    operation_id: str = "",
    response: ResponseOption | None = None,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare a PATCH operation; see :func:`get` for the options."""
    return _decorator(
        "PATCH", path, pagination, errors, security, operation_id, response
    )


def delete(
    path: str = "",
    *,
    pagination: Pagination | None = None,
    errors: Mapping[int | str, Any] | None = None,
    security: Sequence[Sequence[str]] | None = None,
    operation_id: str = "",
    response: ResponseOption | None = None,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare a DELETE operation; see :func:`get` for the options."""
    return _decorator(
        "DELETE", path, pagination, errors, security, operation_id, response
    )
