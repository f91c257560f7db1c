"""Nested resources from the path hierarchy: ``client.accounts.persons.list(account)``.

Where a spec's tags do not say what its resources are (no tags, one tag for
everything, or one tag per operation), the paths do: a segment that names a
collection (a path variable follows it somewhere in the spec:
``/v1/accounts/{account}/persons/{person}``) is a resource, nested in the
resource before it, and so is a segment that is itself an endpoint with
endpoints below it (``/v1/apps/secrets``, ``/v1/apps/secrets/find``) and a
namespace in front of collections (``/v1/test_helpers/issuing/cards/{card}``:
``client.test_helpers.issuing.cards``). Other segments (``/v1/charges/{charge}/capture``,
``/v1/customers/search``) are what a method does, not resources.

The decision is the spec's alone, made once for all its paths
(:class:`PathNesting`), so every operation under ``/accounts/{account}/persons``
lands in the same resource whatever order the spec lists them in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from clientsmith._contract import HTTP_METHODS

from .naming import (
    is_plural,
    is_verb,
    names_resource,
    resource_words,
    rpc_resource,
    same_word,
    singular,
    spells_resource,
    split_words,
    strip_extension,
)

__all__ = ["PathNesting", "SKIP_SEGMENT", "tags_name_resources"]

SKIP_SEGMENT = re.compile(r"^(api|rest|v\d+(\.\d+)*|\d{4}-\d{2}-\d{2})$", re.IGNORECASE)
"""Path segments that are an API root or a version, not a name (``api``, ``v1``)."""

# ``Microsoft.Media``: an Azure resource provider's namespace.
_ARM_PROVIDER = re.compile(r"^(Microsoft|microsoft)\.[A-Za-z]+(\.[A-Za-z]+)*$")


def _is_variable(segment: str) -> bool:
    return "{" in segment


def _segments(path: str) -> list[str]:
    """``/2010-04-01/Accounts/{Sid}/Messages.json`` -> its segments, less extensions."""
    return [strip_extension(s) for s in path.split("/") if s]


def _shape(segments: Iterable[str]) -> str:
    """A path prefix's key: variables made one, case ignored (``accounts/{}/persons``)."""
    return "/".join(map(_shape_part, segments))


@lru_cache(maxsize=8192)
def _shape_part(segment: str) -> str:
    return "{}" if "{" in segment else segment.lower()


def _first_name(segments: list[str]) -> int | None:
    """Index of the segment naming the top resource: the first that is not a
    variable, an API root or a version (``None`` when there is none); in
    Azure's resource manager paths, the first after the provider
    (``/subscriptions/{s}/.../providers/Microsoft.Media/mediaServices/{a}``:
    ``mediaServices``, as Azure's SDKs group them)."""
    # Only after ``providers``: Microsoft Graph's OData casts
    # (``/devices/{id}/transitiveMemberOf/microsoft.graph.group/$count``) are
    # no resource provider.
    provider = next(
        (
            i
            for i, s in enumerate(segments)
            if i and _ARM_PROVIDER.match(s) and segments[i - 1].lower() == "providers"
        ),
        None,
    )
    first = 0 if provider is None else provider + 1
    for i in range(first, len(segments)):
        segment = segments[i]
        if not _is_variable(segment) and not SKIP_SEGMENT.match(segment):
            return i
    return None


@dataclass(frozen=True)
class PathNesting:
    """Which path prefixes name resources nested in the one before them."""

    nested: frozenset[str]
    """Shapes (:func:`_shape`) of prefixes whose last segment is a resource."""
    collections: frozenset[str] = frozenset()
    """Those of them a path variable follows somewhere: ``GET`` lists them."""
    qualifiers: frozenset[str] = frozenset()
    """Namespaces with several names below them and no variable
    (``/suppression`` of ``/suppression/blocks``, ``/suppression/bounces``):
    their words qualify the resources below, which need not repeat them."""
    itemized: frozenset[str] = frozenset()
    """Shapes of prefixes a variable follows somewhere, whatever their number
    (``/team`` of ``/team/{team}``)."""

    @classmethod
    def of(cls, paths: Iterable[str]) -> PathNesting:
        """The nesting all of a spec's ``paths`` agree on."""
        split = [_segments(p) for p in paths if not str(p).startswith("x-")]
        endpoints = {_shape(s) for s in split}
        collections: set[str] = set()
        nested: set[str] = set()
        for segments in split:
            collections |= _collections(segments)
            nested |= _namespaces(segments)
            nested |= _parent_endpoints(segments, endpoints)
        # A namespace is never an endpoint nor followed by a variable
        # (``/v1/billing_portal``): the plural nouns in it are resources
        # (``billing_portal.sessions``), its other words actions (``auth.login``).
        inner = {
            _shape(s[:i])
            for s in split
            for i in range(1, len(s))
            if not _is_variable(s[i - 1]) and not SKIP_SEGMENT.match(s[i - 1])
        }
        namespaces = inner - endpoints - collections
        for segments in split:
            nested |= _in_namespace(segments, namespaces)
        itemized = {
            _shape(s[:i])
            for s in split
            for i in range(1, len(s))
            if _is_variable(s[i]) and not _is_variable(s[i - 1])
        }
        return cls(
            frozenset(nested | collections),
            frozenset(collections),
            _qualifiers(split, namespaces),
            frozenset(itemized),
        )

    def has_items(self, path: str) -> bool:
        """Whether a variable follows ``path`` somewhere in the spec
        (``/team`` beside ``/team/{team}``): a ``GET`` of it lists them."""
        return _shape(_segments(path)) in self.itemized

    def qualifier_words(self, path: str, resource: Sequence[str]) -> list[str]:
        """The words of the namespaces in front of a resource in ``path``:
        ``suppression`` for ``blocks`` in ``/suppression/blocks/{email}``."""
        segments = _segments(path)
        start, end = self._qualifier_span(segments, resource)
        return [w for s in segments[start:end] for w in split_words(s)]

    def below_qualifiers(self, path: str, resource: Sequence[str]) -> str:
        """``path`` from the resource's own segment when namespaces precede it
        (``/suppression/blocks/{email}`` -> ``/blocks/{email}``), else ``path``."""
        segments = _segments(path)
        start, end = self._qualifier_span(segments, resource)
        if end == start or end >= len(segments):
            return path
        words = split_words(segments[end])
        if len(words) != len(resource) or not all(
            same_word(a, b) for a, b in zip(words, resource, strict=True)
        ):
            return path
        return "/" + "/".join(segments[end:])

    def _qualifier_span(
        self, segments: list[str], resource: Sequence[str]
    ) -> tuple[int, int]:
        """Where the leading namespaces of a path are (up to the resource's own segment)."""
        start = _first_name(segments)
        if start is None:
            return 0, 0
        own = resource[0].lower() if resource else ""
        end = start
        while end < len(segments) and _shape(segments[: end + 1]) in self.qualifiers:
            words = split_words(segments[end])
            if words and same_word(words[0], own):
                break
            end += 1
        return start, end

    def around_resource(
        self, path: str, resource: Sequence[str]
    ) -> tuple[list[str], list[str]] | None:
        """Where a resource named by a tag sits deeper in ``path``: the words of
        the namespaces in front of it and of the item it belongs to
        (``/asm/groups/{group_id}/suppressions`` in ``suppressions`` ->
        (``["asm"]``, ``["group"]``)); ``None`` when no segment below the
        first spells its name (:func:`~.naming.spells_resource`)."""
        segments = _segments(path)
        start = _first_name(segments)
        if start is None:
            return None
        literal = [s for s in segments if not _is_variable(s)]
        plain = [w for s in literal for w in split_words(s)]
        whole = any(names_resource(split_words(s), resource) for s in literal)
        if not whole and names_resource(plain, resource):
            # ``/ips/pools/{name}/ips`` in ``ip_pools``: its name spans segments,
            # and a segment spelling only part of it is another thing.
            return None
        own = next(
            (
                i
                for i in range(len(segments) - 1, start, -1)
                if not _is_variable(segments[i])
                and spells_resource(split_words(segments[i]), resource)
            ),
            None,
        )
        if own is None:
            return None
        namespaces = [
            w
            for i in range(start, own)
            if _shape(segments[: i + 1]) in self.qualifiers
            for w in split_words(segments[i])
        ]
        parent: list[str] = []
        if own - 2 >= start and _is_variable(segments[own - 1]):
            parent = split_words(singular(segments[own - 2]))
        return namespaces, parent

    def is_collection(self, path: str) -> bool | None:
        """``True`` when the last resource of ``path`` is a collection (a
        variable follows it somewhere: ``GET`` lists it); else ``None``, and
        a plural name says it (:func:`~.naming.crud_name`)."""
        segments = _segments(path)
        for i in range(len(segments), 0, -1):
            shape = _shape(segments[:i])
            if shape in self.nested:
                return True if shape in self.collections else None
        return None

    def resources(self, path: str) -> tuple[list[str], str]:
        """The resource chain of ``path`` and the path below its last resource.

        ``/v1/accounts/{account}/persons/{person}`` -> (``["accounts",
        "persons"]``, ``/persons/{person}``); ``/v1/charges/{charge}/capture`` ->
        (``["charges"]``, ``/charges/{charge}/capture``). RPC paths (AWS's
        ``/#Action=...``) are one resource for the whole service.
        """
        literal = [s for s in path.split("/") if s and not _is_variable(s)]
        rpc = [r for r in map(rpc_resource, literal) if r]
        if rpc:
            return [rpc[0]], path
        segments = _segments(path)
        start = _first_name(segments)
        if start is None:
            fallback = [s for s in segments if not _is_variable(s)]
            return [(fallback or ["default"])[0]], path
        chain = [segments[start]]
        last = start
        for i in range(start + 1, len(segments)):
            segment = segments[i]
            if _is_variable(segment) or SKIP_SEGMENT.match(segment):
                continue
            if _shape(segments[: i + 1]) in self.nested:
                chain.append(segment)
                last = i
        return chain, "/" + "/".join(segments[last:])


def _collections(segments: list[str]) -> set[str]:
    """Prefixes of one path that are collections: a plural noun a variable
    follows (``/accounts/{account}``), or one right after a variable at the end
    (``/calls/{sid}/events``). Other words next to variables qualify them
    (``/registries/name/{name}``, ``/tables/{t}/import/{job}``)."""
    found: set[str] = set()
    for i, segment in enumerate(segments):
        if i + 1 < len(segments) and _is_variable(segments[i + 1]):
            if _is_plural_noun(segment, verbs=True):  # ``ConnectApps/{sid}``
                found.add(_shape(segments[: i + 1]))
        elif i + 1 == len(segments) and i > 0 and _is_variable(segments[i - 1]):
            if _is_plural_noun(segment):  # not ``listContainerSas``
                found.add(_shape(segments[: i + 1]))
    return found


@lru_cache(maxsize=4096)
def _is_plural_noun(segment: str, *, verbs: bool = False) -> bool:
    """``persons``, ``Messages``, ``tax_ids``: a plural word last; unless
    ``verbs``, not a verb first (``create_reversals`` is an action)."""
    if _is_variable(segment):
        return False
    words = split_words(segment)
    if not words or (not verbs and is_verb(words[0]) and len(words) > 1):
        return False
    return is_plural(words[-1])


def _namespaces(segments: list[str]) -> set[str]:
    """Plain segments right in front of a collection, below the top resource:
    namespaces (``issuing`` in ``/v1/test_helpers/issuing/cards/{card}``)."""
    found: set[str] = set()
    start = _first_name(segments)
    if start is None:
        return found
    for i in range(start + 1, len(segments) - 1):
        if _is_variable(segments[i]) or not _is_variable(segments[i + 1]):
            continue
        j = i - 1
        while j > start and not _is_variable(segments[j]):
            if not SKIP_SEGMENT.match(segments[j]):
                found.add(_shape(segments[: j + 1]))
            j -= 1
    return found


def _qualifiers(split: list[list[str]], namespaces: set[str]) -> frozenset[str]:
    """The namespaces with two names or more right below them and no variable."""
    below: dict[str, set[str]] = {}
    for segments in split:
        for i in range(1, len(segments)):
            below.setdefault(_shape(segments[:i]), set()).add(segments[i].lower())
    return frozenset(
        shape
        for shape in namespaces
        if len(below.get(shape, ())) >= 2
        and not any(_is_variable(s) for s in below.get(shape, ()))
    )


def _in_namespace(segments: list[str], namespaces: set[str]) -> set[str]:
    """Plural nouns right below a namespace (``/v1/billing_portal/sessions``)."""
    return {
        _shape(segments[: i + 1])
        for i in range(1, len(segments))
        if _is_plural_noun(segments[i]) and _shape(segments[:i]) in namespaces
    }


def _parent_endpoints(segments: list[str], endpoints: set[str]) -> set[str]:
    """Plural nouns that are endpoints with more below them (``/apps/secrets``
    and ``/apps/secrets/find``): a collection with operations of its own."""
    found: set[str] = set()
    start = _first_name(segments)
    if start is None:
        return found
    for i in range(start + 1, len(segments) - 1):
        prefix = _shape(segments[: i + 1])
        if _is_plural_noun(segments[i]) and prefix in endpoints:
            found.add(prefix)
    return found


def tags_name_resources(document: Mapping[str, Any]) -> bool:
    """Whether the spec's tags say what its resources are.

    Not when no operation has a tag, when one tag covers operations under
    three top-level paths or more (a tag that names the API, not a
    resource), when
    nearly every operation has a tag of its own, or when every tag is a
    versioned class name (Twilio's ``Api20100401Message``): then the paths
    say it.
    """
    tags: list[str] = []
    tops: set[str] = set()
    paths = document.get("paths")
    if not isinstance(paths, Mapping):
        return True
    for path, item in paths.items():
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            first = _first_tag(op)
            if first is None:
                continue
            tags.append(first)
            segments = _segments(str(path))
            start = _first_name(segments)
            tops.add(segments[start].lower() if start is not None else "")
    if not tags:
        return False
    counts = Counter(tags)
    if all(resource_words(tag)[1] for tag in counts):
        # Twilio's ``Api20100401Message``: one class of object each, named
        # after its schema; where it sits (``/Accounts/{Sid}/Messages``) is
        # the path's to say (``client.accounts.messages``, as its SDK).
        return False
    if len(counts) == 1:
        # One tag for operations under three or more top-level paths names
        # the API, not a resource (two may be one resource's: ``/a``, ``/b``).
        return len(tops) < 3
    per_operation = len(tags) >= 4 and len(counts) * 10 >= len(tags) * 9
    return not per_operation


def _first_tag(op: Mapping[str, Any]) -> str | None:
    tags = op.get("tags")
    if isinstance(tags, list) and tags and isinstance(tags[0], str) and tags[0].strip():
        return tags[0]
    return None
