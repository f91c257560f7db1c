"""Compile a typed method signature into an :class:`~clientsmith.Operation`, once.

:func:`compile_endpoint` reads the signature (``inspect.signature`` plus
``typing.get_type_hints``) and returns a :class:`CompiledEndpoint`: the
operation and a router that sorts call arguments into the path, query, header,
cookie and body mappings of one ``client.request`` / ``client.paginate`` call.
"""

from __future__ import annotations

import collections.abc
import functools
import inspect
import operator
import re
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from .._lazy import is_pydantic_model_class
from ..errors import DeclarationError, PrefixPending
from ..operation import Body as BodySpec
from ..operation import Operation, PagedOperation, Pagination, Param, Response
from ..pagination import AsyncPage, SyncPage
from ..streaming import AsyncBinaryResponse, BinaryResponse, ServerSentEvent
from .params import Body, Header, Location, Marker

__all__ = [
    "CompiledEndpoint",
    "DeclarationError",
    "EndpointOptions",
    "compile_endpoint",
    "join_path",
]

_TEMPLATE = re.compile(r"\{([^{}]+)\}")

# Argument names passed through to the request call rather than sent as parameters.
_REQUEST_OPTIONS = frozenset({"timeout", "extra_headers", "extra_query", "extra_body"})
_NOT_PAGED_OPTIONS = frozenset({"retry"})
_PAGED_OPTIONS = frozenset({"max_items"})

_REQUIRED = object()

Route = Literal["path", "query", "header", "cookie", "body", "option"]

StreamKind = Literal["", "binary", "ndjson", "sse", "sse_data"]
"""How a call's response is read: ``""`` all at once (``client.request``),
``binary`` a download (``client.stream``), ``ndjson`` typed lines
(``client.stream_lines``), ``sse`` events as they are (``client.stream_events``),
``sse_data`` events whose data is validated into the item type."""

ResponseOption = Literal["ndjson", "sse"]

_ITERATORS = (collections.abc.Iterator, collections.abc.AsyncIterator)


@dataclass(frozen=True)
class EndpointOptions:
    """What a ``@get``/``@post``... decorator was given besides the path."""

    method: str
    path: str
    pagination: Pagination | None = None
    errors: Mapping[str, Any] | None = None
    security: tuple[tuple[str, ...], ...] | None = None
    operation_id: str = ""
    response: ResponseOption | None = None
    """``ndjson`` / ``sse``: how an ``Iterator[T]`` return is streamed."""


@dataclass(frozen=True)
class CompiledEndpoint:
    """An operation plus how to route one call's arguments into it."""

    operation: Operation[Any]
    paged: bool
    page_class: type[Any] | None
    streamed: bool
    """Returns a ``BinaryResponse``: sent with ``client.stream``."""
    stream_kind: StreamKind
    wants_async: bool
    """Only works on an ``AsyncClient`` (``async def``, ``AsyncPage``, ``AsyncIterator``)."""
    positional: tuple[str, ...]
    keyword: frozenset[str]
    defaults: Mapping[str, object]
    routes: tuple[tuple[str, Route, str], ...]
    """``(argument name, where it goes, wire name)`` in signature order."""
    label: str
    bound: tuple[tuple[str, str], ...] = ()
    """``(path parameter, how to bind it)``: prefix parameters the method does
    not declare, taken from the resource (``client.teams("t1").channels``)."""

    def bind(self, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> dict[str, Any]:
        """Arguments by name, defaults applied; ``TypeError`` as Python would raise."""
        if len(args) > len(self.positional):
            raise TypeError(
                f"{self.label}() takes {len(self.positional)} positional "
                f"argument(s) but {len(args)} were given"
            )
        values = dict(zip(self.positional, args, strict=False))
        for name, value in kwargs.items():
            if name not in self.keyword:
                raise TypeError(
                    f"{self.label}() got an unexpected keyword argument {name!r}"
                )
            if name in values:
                raise TypeError(
                    f"{self.label}() got multiple values for argument {name!r}"
                )
            values[name] = value
        if len(values) < len(self.routes):
            for name, _, _ in self.routes:
                if name not in values:
                    try:
                        values[name] = self.defaults[name]
                    except KeyError:
                        raise TypeError(
                            f"{self.label}() missing required argument {name!r}"
                        ) from None
        return values

    def call_arguments(
        self,
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any],
        bound: Mapping[str, object] | None = None,
    ) -> dict[str, Any]:
        """The keyword arguments of ``client.request`` / ``client.paginate``.

        ``bound`` holds the path parameters bound on the resource the method
        was reached through; they fill the prefix parameters it does not declare.
        """
        values = self.bind(args, kwargs)
        out: dict[str, Any] = {}
        if self.bound:
            path_values = out["path"] = {}
            for wire, hint in self.bound:
                if bound is None or wire not in bound:
                    raise TypeError(
                        f"{self.label}(): the path parameter {wire!r} of "
                        f"{self.operation.path!r} is not bound: reach the resource "
                        f"with it, e.g. {hint}"
                    )
                path_values[wire] = bound[wire]
        for name, route, wire in self.routes:
            value = values[name]
            if route == "option":
                out[wire] = value
            elif route == "body":
                # an optional body left at its default of None is not sent
                if value is not None or self.defaults.get(name, _REQUIRED) is not None:
                    out["body"] = value
            else:
                bucket = out.get(route)
                if bucket is None:
                    bucket = out[route] = {}
                bucket[wire] = value
        if "header" in out:
            out["headers"] = out.pop("header")
        if "cookie" in out:
            out["cookies"] = out.pop("cookie")
        return out


def join_path(prefix: str, path: str) -> str:
    """``/networks/{id}`` + ``/hosts`` -> ``/networks/{id}/hosts``."""
    prefix = prefix.rstrip("/")
    if not path:
        return prefix or "/"
    if not path.startswith("/"):
        path = "/" + path
    return prefix + path


def _header_name(argument: str) -> str:
    return "-".join(part.capitalize() for part in argument.split("_"))


def _split_annotated(annotation: Any) -> tuple[Any, list[object]]:
    if typing.get_origin(annotation) is Annotated:
        return annotation.__origin__, list(annotation.__metadata__)
    return annotation, []


def _is_model(annotation: Any) -> bool:
    """A model, ``Model | None`` or a list/sequence of models: sent as the body."""
    if is_pydantic_model_class(annotation):
        return True
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Union or origin is types.UnionType:
        kept = [a for a in args if a is not type(None)]
        return bool(kept) and all(_is_model(a) for a in kept)
    if origin in (list, tuple, collections.abc.Sequence) and args:
        return _is_model(args[0])
    return False


def _is_model_stream(annotation: Any) -> bool:
    """``Iterable[Model]`` / ``Iterator[Model]``: sent as an NDJSON body."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    return (
        origin in (collections.abc.Iterable, collections.abc.Iterator)
        and bool(args)
        and _is_model(args[0])
    )


def _response(annotation: Any) -> Response:
    if annotation is None or annotation is type(None):
        return Response("empty")
    if annotation is str:
        return Response("text")
    if annotation is bytes:
        return Response("binary")
    if annotation is Any or annotation is object:
        return Response("json")
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        args = typing.get_args(annotation)
        rest = [a for a in args if a is not bytes]
        if bytes in args and rest:
            # ``Invoice | bytes``: JSON or a download, by the response's Content-Type
            json_type = functools.reduce(operator.or_, rest)
            return Response("json", json_type, alternatives=(Response("binary"),))
    return Response("json", annotation)


def _stream_kind(
    label: str, returns: Any, option: ResponseOption | None
) -> tuple[StreamKind, Any, Any]:
    """``(kind, iterator class, item type)`` of a return annotation.

    ``Iterator[T]`` / ``AsyncIterator[T]`` stream the response as NDJSON
    lines, or as Server-Sent Events with ``response="sse"`` (or when ``T`` is
    :class:`~clientsmith.streaming.ServerSentEvent`).
    """
    origin = typing.get_origin(returns)
    if returns in _ITERATORS or (origin in _ITERATORS and not typing.get_args(returns)):
        raise DeclarationError(
            f"{label}: give the item type, e.g. Iterator[Pet] or "
            "Iterator[ServerSentEvent]"
        )
    if origin not in _ITERATORS:
        if option is not None:
            raise DeclarationError(
                f"{label}: response={option!r} streams items: return "
                "Iterator[...] (AsyncIterator[...] on an AsyncClient)"
            )
        if returns in (BinaryResponse, AsyncBinaryResponse):
            return "binary", None, None
        return "", None, None
    (item,) = typing.get_args(returns)
    if item is ServerSentEvent:
        if option == "ndjson":
            raise DeclarationError(
                f"{label}: response='ndjson' yields parsed lines, not "
                "ServerSentEvent: return Iterator[Model] or use response='sse'"
            )
        return "sse", origin, item
    if option == "sse":
        return "sse_data", origin, item
    return "ndjson", origin, item


def compile_endpoint(
    fn: Callable[..., Any],
    options: EndpointOptions,
    prefix: str,
    label: str,
    localns: Mapping[str, Any] | None = None,
    bind_hints: Mapping[str, str] | None = None,
) -> CompiledEndpoint:
    """Compile ``fn``'s signature; raises :class:`DeclarationError` on misuse.

    ``prefix`` is the resource's whole path prefix (its parents' included);
    ``bind_hints`` says, for each prefix parameter, how a caller binds it
    (``client.teams(team_id=...)``), for the error of a call that did not.

    ``NameError`` propagates when an annotation cannot be resolved yet (a
    forward reference to a class defined later): the caller retries later.
    """
    path = join_path(prefix, options.path)
    hints = typing.get_type_hints(
        fn, localns=dict(localns) if localns else None, include_extras=True
    )
    if "return" not in hints:
        raise DeclarationError(f"{label}: annotate the return type")
    returns, _ = _split_annotated(hints["return"])
    page_class, item_type = _page_of(label, returns, options.pagination)
    stream_kind, iterator_class, stream_item = _stream_kind(
        label, returns, options.response
    )
    is_async = inspect.iscoroutinefunction(fn)
    _check_async(label, is_async, returns, page_class, iterator_class, stream_kind)
    paged = page_class is not None
    router = _Router(label, path, paged)
    for parameter in _arguments(label, fn):
        router.add(parameter, hints.get(parameter.name, Any))
    bound = router.prefix_parameters(prefix)
    params = (*router.params, *(Param(name, "path") for name in bound))
    operation: Operation[Any]
    if paged:
        operation = _paged_operation(options, path, params, router.body, item_type)
    else:
        success = _success_response(stream_kind, stream_item, returns)
        operation = _operation(options, path, params, router.body, success)
    return CompiledEndpoint(
        operation=operation,
        paged=paged,
        page_class=page_class,
        streamed=stream_kind == "binary",
        stream_kind=stream_kind,
        wants_async=_wants_async(page_class, iterator_class, is_async),
        positional=tuple(router.positional),
        keyword=frozenset(router.keyword),
        defaults=router.defaults,
        routes=tuple(router.routes),
        label=label,
        bound=tuple(
            (name, (bind_hints or {}).get(name, f"the resource({name}=...)"))
            for name in bound
        ),
    )


def _page_of(
    label: str, returns: Any, pagination: Pagination | None
) -> tuple[type[Any] | None, Any]:
    """``(SyncPage or AsyncPage, item type)`` of a paged return, else ``(None, None)``."""
    origin = typing.get_origin(returns)
    if origin in (SyncPage, AsyncPage):
        (item_type,) = typing.get_args(returns)
        if pagination is None:
            raise DeclarationError(
                f"{label}: returns {origin.__name__}[...]: pass pagination=... "
                "to the decorator"
            )
        return origin, item_type
    if returns in (SyncPage, AsyncPage):
        raise DeclarationError(f"{label}: give the item type, e.g. SyncPage[Pet]")
    if pagination is not None:
        raise DeclarationError(
            f"{label}: pagination=... needs a SyncPage[...] or AsyncPage[...] return"
        )
    return None, None


def _check_async(
    label: str,
    is_async: bool,
    returns: Any,
    page_class: type[Any] | None,
    iterator_class: Any,
    stream_kind: StreamKind,
) -> None:
    """An ``async def`` returns the async page, iterator and download types; a ``def`` the others."""
    if is_async and page_class is SyncPage:
        raise DeclarationError(
            f"{label}: an async def returns AsyncPage[...], not SyncPage"
        )
    if is_async and iterator_class is collections.abc.Iterator:
        raise DeclarationError(
            f"{label}: an async def streams AsyncIterator[...], not Iterator"
        )
    if stream_kind == "binary" and is_async != (returns is AsyncBinaryResponse):
        raise DeclarationError(
            f"{label}: a streamed download is def ... -> BinaryResponse "
            "or async def ... -> AsyncBinaryResponse"
        )


def _wants_async(
    page_class: type[Any] | None, iterator_class: Any, is_async: bool
) -> bool:
    """Whether the method only works on an ``AsyncClient``."""
    if page_class is not None:
        return page_class is AsyncPage
    if iterator_class is not None:
        return bool(iterator_class is collections.abc.AsyncIterator)
    return is_async


def _arguments(label: str, fn: Callable[..., Any]) -> list[inspect.Parameter]:
    """The parameters after ``self``."""
    parameters = list(inspect.signature(fn).parameters.values())
    if not parameters or parameters[0].kind not in _POSITIONAL_KINDS:
        raise DeclarationError(f"{label}: a declarative method takes self first")
    return parameters[1:]


_POSITIONAL_KINDS = (
    inspect.Parameter.POSITIONAL_ONLY,
    inspect.Parameter.POSITIONAL_OR_KEYWORD,
)
_VARIADIC_KINDS = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)


class _Router:
    """Sorts a method's parameters into body, request options and wire parameters.

    Fed one parameter at a time in signature order; collects the routes, the
    operation's parameters and body, and what :meth:`CompiledEndpoint.bind`
    needs (positional and keyword names, defaults).
    """

    def __init__(self, label: str, path: str, paged: bool) -> None:
        self.label = label
        self.path = path
        self.template = _TEMPLATE.findall(path)
        self.reserved = _REQUEST_OPTIONS | (
            _PAGED_OPTIONS if paged else _NOT_PAGED_OPTIONS
        )
        self.positional: list[str] = []
        self.keyword: set[str] = set()
        self.defaults: dict[str, object] = {}
        self.routes: list[tuple[str, Route, str]] = []
        self.params: list[Param] = []
        self.body: BodySpec | None = None
        self.seen: set[tuple[str, str]] = set()

    def add(self, parameter: inspect.Parameter, hint: Any) -> None:
        """Route one parameter (``hint``: its resolved annotation)."""
        name = parameter.name
        if parameter.kind in _VARIADIC_KINDS:
            raise DeclarationError(
                f"{self.label}: *{name} / **{name} cannot be sent; declare each parameter"
            )
        if parameter.kind != inspect.Parameter.KEYWORD_ONLY:
            self.positional.append(name)
        if parameter.kind != inspect.Parameter.POSITIONAL_ONLY:
            self.keyword.add(name)
        if parameter.default is not inspect.Parameter.empty:
            self.defaults[name] = parameter.default
        annotation, metadata = _split_annotated(hint)
        markers = [m for m in metadata if isinstance(m, (Marker, Body))]
        if len(markers) > 1:
            raise DeclarationError(f"{self.label}: {name!r} has more than one marker")
        marker = markers[0] if markers else None
        body = self._body_of(name, marker, annotation)
        if body is not None:
            self._add_body(name, body)
        elif marker is None and name in self.reserved:
            self.routes.append((name, "option", name))
        else:
            assert not isinstance(marker, Body)  # a Body marker is a body
            self._add_param(name, marker)

    def _body_of(self, name: str, marker: object, annotation: Any) -> Body | None:
        """The body marker a parameter is sent with, or ``None`` if it is no body.

        Undecorated, a stream of models goes as NDJSON and a model (not named
        in the path) as JSON.
        """
        if isinstance(marker, Body):
            return marker
        if marker is not None:
            return None
        if _is_model_stream(annotation):
            return Body("ndjson")
        if name not in self.template and _is_model(annotation):
            return Body()
        return None

    def _add_body(self, name: str, spec: Body) -> None:
        if self.body is not None:
            raise DeclarationError(
                f"{self.label}: more than one body parameter ({name!r}); "
                "combine them in one model"
            )
        self.body = BodySpec(spec.media_type, spec.kind)
        self.routes.append((name, "body", "body"))

    def _add_param(self, name: str, marker: Marker | None) -> None:
        location: Location
        if marker is None:
            location = "path" if name in self.template else "query"
            wire, style, explode = name, "", None
        else:
            location = marker.location
            wire = marker.name or (
                _header_name(name) if isinstance(marker, Header) else name
            )
            style, explode = marker.style, marker.explode
        if location == "path" and wire not in self.template:
            raise PrefixPending(
                f"{self.label}: path parameter {wire!r} is not in the path {self.path!r}"
            )
        key = (location, wire.lower() if location == "header" else wire)
        if key in self.seen:
            raise DeclarationError(
                f"{self.label}: two {location} parameters named {wire!r}"
            )
        self.seen.add(key)
        if style or explode is not None:
            self.params.append(Param(wire, location, style=style, explode=explode))
        elif location == "path":
            self.params.append(Param(wire, "path"))
        self.routes.append((name, location, wire))

    def prefix_parameters(self, prefix: str) -> list[str]:
        """Path parameters the method leaves to the resource it is reached through.

        Prefix parameters the method does not declare come from that resource
        (bound by calling it); the method's own must be declared.
        """
        from_prefix = set(_TEMPLATE.findall(join_path(prefix, "")))
        undeclared = [n for n in self.template if ("path", n) not in self.seen]
        missing = [n for n in undeclared if n not in from_prefix]
        if missing:
            raise DeclarationError(
                f"{self.label}: the path {self.path!r} needs parameters named {missing} "
                "(or Annotated[..., Path('name')])"
            )
        return undeclared


def _success_response(stream_kind: StreamKind, item: Any, returns: Any) -> Response:
    """The 2XX response of a method that is not paged."""
    if stream_kind == "binary":
        return Response("binary")
    if stream_kind == "ndjson":
        return Response("ndjson", item)
    if stream_kind in ("sse", "sse_data"):
        # Accept: some servers only stream events to clients that ask for them
        return Response(
            "sse",
            None if stream_kind == "sse" else item,
            media_type="text/event-stream",
        )
    return _response(returns)


def _operation(
    options: EndpointOptions,
    path: str,
    params: tuple[Param, ...],
    body: BodySpec | None,
    success: Response,
) -> Operation[Any]:
    return Operation(
        method=options.method,
        path=path,
        params=params,
        body=body,
        responses={"2XX": success},
        errors=_errors(options),
        security=options.security,
        operation_id=options.operation_id,
    )


def _paged_operation(
    options: EndpointOptions,
    path: str,
    params: tuple[Param, ...],
    body: BodySpec | None,
    item_type: Any,
) -> PagedOperation[Any]:
    assert options.pagination is not None  # checked by _page_of
    return PagedOperation(
        method=options.method,
        path=path,
        params=params,
        body=body,
        responses={"2XX": Response("json")},
        errors=_errors(options),
        security=options.security,
        operation_id=options.operation_id,
        pagination=options.pagination,
        item_type=item_type,
    )


def _errors(options: EndpointOptions) -> dict[str, Any]:
    return {str(k): v for k, v in (options.errors or {}).items()}
