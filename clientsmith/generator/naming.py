"""Every Python name in generated code is decided here, and only here.

Spec text becomes an identifier only through :func:`snake_name` /
:func:`class_name`, which return typed values (``PyName`` / ``ClassName``) that the
IR requires, so an unsanitised name cannot reach a template. A
:class:`Namespace` resolves collisions within one scope deterministically.
"""

from __future__ import annotations

import ast
import builtins
import hashlib
import keyword
import re
import unicodedata
from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, NewType

__all__ = [
    "is_device_name",
    "runtime_client_attributes",
    "RESOURCE_CLASS_FORMS",
    "SHADOWABLE_BUILTINS",
    "ClassName",
    "Namespace",
    "PyName",
    "class_name",
    "constant_name",
    "method_name",
    "module_name",
    "resource_class_base",
    "snake_name",
    "split_words",
    "table_field",
    "webhook_function_name",
    "webhook_model_hint",
    "webhook_payload_alias",
]

PyName = NewType("PyName", str)
"""A valid, non-keyword snake_case Python identifier."""

ClassName = NewType("ClassName", str)
"""A valid PascalCase Python class name."""

# Names that would shadow builtins used by generated code or confuse readers.
_SHADOWED_BUILTINS = frozenset(dir(builtins)) - {"copyright", "credits", "license"}
_RESERVED = frozenset(keyword.kwlist) | {"self", "cls"}
# Builtins that generated annotations use: a field or parameter with one of these
# names would shadow the type inside a class body or signature.
_ANNOTATION_NAMES = frozenset(
    {"str", "int", "float", "bool", "bytes", "list", "dict", "set", "tuple", "object"}
)

# ``HTTPServer`` -> HTTP Server, but a plural acronym stays whole: ``IPs``, ``VPCs``
# (not ``I Ps``), so ``Floating IPs`` is ``floating_ips``.
# ``IPv4`` and ``IPv6`` stay whole too (``assignIPv4s`` is ``assign_ipv4s``, not ``i_pv4s``).
_CAMEL_BOUNDARY = re.compile(
    r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z](?!s(?![a-z]))(?!v\d)[a-z])"
)
_NON_WORD = re.compile(r"[^0-9a-zA-Z]+")


def _ascii(text: str) -> str:
    """Transliterate to ASCII; characters with no ASCII form become ``u<hex>``."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    out: list[str] = []
    for ch in decomposed:
        if ch.isascii():
            out.append(ch)
        elif unicodedata.category(ch) == "Mn":
            continue  # a combining accent: drop it, keep the base letter
        elif ch.isalnum():
            out.append(f"_u{ord(ch):04x}_")
        else:
            out.append(" ")
    return "".join(out)


def split_words(text: str) -> list[str]:
    """Split spec text (camelCase, snake_case, kebab, spaces, symbols) into words."""
    return list(_split_words(text))


# Acronyms written in mixed case, which the camelCase boundaries cut in two
# (``IoT`` as ``Io`` + ``T``): each is one word, so ``IoTSpaces_List`` is
# ``iot_spaces_list`` (not ``io_t_spaces_list``) and a class name keeps its
# spelling (``IoTSpaces``). The pieces as the boundaries cut them, the first
# in lower case (``signalR`` is ``SignalR`` too).
_MIXED_CASE_ACRONYMS = frozenset(
    {
        ("io", "T"), ("o", "Auth"), ("signal", "R"), ("qn", "A"),
        ("paa", "S"), ("saa", "S"), ("iaa", "S"), ("i", "OS"),
    }
)  # fmt: skip


# Short words written in lower case right after an acronym (Zuora's
# ``GET_RSbyCreditMemoItem``), which the camelCase boundaries cut as ``R`` +
# ``Sby``: the acronym keeps its last letter and the word stands alone.
_GLUED_LOWER_WORDS = frozenset({"by", "for", "from", "of", "on", "to", "with"})


def _joined_acronyms(words: list[str]) -> list[str]:
    """``["Io", "T", "Spaces"]`` -> ``["IoT", "Spaces"]`` (:data:`_MIXED_CASE_ACRONYMS`);
    ``["R", "Sby"]`` -> ``["RS", "by"]`` (:data:`_GLUED_LOWER_WORDS`)."""
    out: list[str] = []
    for word in words:
        if out and (out[-1].lower(), word) in _MIXED_CASE_ACRONYMS:
            out[-1] += word
        elif out and out[-1].isupper() and word[1:] in _GLUED_LOWER_WORDS:
            out[-1] += word[0]
            out.append(word[1:])
        else:
            out.append(word)
    return out


@lru_cache(maxsize=65536)  # big specs repeat the same names thousands of times
def _split_words(text: str) -> tuple[str, ...]:
    words: list[str] = []
    for chunk in _NON_WORD.split(_ascii(text)):
        if chunk:
            words.extend(
                _joined_acronyms([w for w in _CAMEL_BOUNDARY.split(chunk) if w])
            )
    return tuple(words)


def _guard(name: str, fallback: str) -> str:
    if not name:
        name = fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}" if fallback.islower() else f"{fallback}{name}"
    return name


def snake_name(
    text: str, *, fallback: str = "value", keep_builtins: bool = False
) -> PyName:
    """A snake_case identifier for ``text`` that is not a keyword or builtin.

    ``keep_builtins`` allows names such as ``id`` or ``type`` (natural for
    fields and parameters, where shadowing is harmless) but still renames the
    builtins that generated annotations use.
    """
    name = "_".join(w.lower() for w in split_words(text))
    name = _guard(name, fallback)
    shadowed = _ANNOTATION_NAMES if keep_builtins else _SHADOWED_BUILTINS
    if name in _RESERVED or name in shadowed:
        name += "_"
    return PyName(name)


def method_name(text: str, *, fallback: str = "call") -> PyName:
    """A method name: snake_case, only keywords renamed.

    ``client.pets.list()`` reads better than ``list_()``; shadowing a builtin
    inside a class is harmless once annotations in that class name builtins as
    ``builtins.list`` (the type tree qualifies them:
    :meth:`.typeexpr.TypeExpr.qualify`).
    """
    name = _guard("_".join(w.lower() for w in split_words(text)), fallback)
    if name in _RESERVED:
        name += "_"
    return PyName(name)


SHADOWABLE_BUILTINS = _ANNOTATION_NAMES | {"type"}
"""Builtins that annotations may use and that a method name may shadow."""


def class_name(text: str, *, fallback: str = "Model") -> ClassName:
    """A PascalCase class name for ``text``."""
    words = split_words(text)
    name = "".join(w[:1].upper() + w[1:] for w in words)
    name = _guard(name, fallback)
    if name in _RESERVED or name in _SHADOWED_BUILTINS:
        name += "_"
    return ClassName(name)


RUNTIME_ERROR_EXPORTS = (
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
)
"""The runtime's error classes a generated package re-exports (``akeneo.NotFoundError``)."""


_TITLE_NOISE = frozenset({"api", "apis", "rest", "http", "openapi", "swagger", "the"})
_VERSION_WORD = re.compile(r"^v?[0-9][0-9.]*$", re.IGNORECASE)


def error_class_name(client: ClassName, package: PyName, title: str = "") -> ClassName:
    """The name of a generated package's base error: ``Akeneo`` -> ``AkeneoError``.

    Named after the client class; when the client is just ``Client``, after the
    spec's title without its generic words ("CloudConnexa API" ->
    ``CloudConnexaError``, "GitHub v3 REST API" -> ``GitHubError``), or after the
    package when the title gives nothing short. Never one of the re-exported runtime
    errors or the clients' own names (``API`` would give ``APIError``): then the
    package name is tried, then the runtime's ``ClientsmithError``.
    """
    taken = {*RUNTIME_ERROR_EXPORTS, client, "Async" + client, "Client", "AsyncClient"}
    candidates: list[str] = []
    if client != "Client":
        candidates.append(client + "Error")
    else:
        words = [
            w
            for w in split_words(title)
            if w.lower() not in _TITLE_NOISE and not _VERSION_WORD.match(w)
        ]
        named = class_name(" ".join(words), fallback="") if words else ""
        if named and len(named) <= 24:
            candidates.append(named + "Error")
    candidates.append(class_name(package) + "Error")
    for candidate in candidates:
        if candidate not in taken and candidate.isidentifier():
            return ClassName(candidate)
    return ClassName("ClientsmithError")


def constant_name(text: str) -> PyName:
    """An UPPER_SNAKE identifier (module-level constants in generated code)."""
    return PyName(snake_name(text, fallback="value").upper().rstrip("_") or "VALUE")


MAX_MODULE_NAME = 80
"""Module (file) names are cut to this length: file systems allow 255 bytes, and
paths on Windows 260 characters in all."""


_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"com{i}" for i in "123456789\u00b9\u00b2\u00b3"}
    | {f"lpt{i}" for i in "123456789\u00b9\u00b2\u00b3"}
)


def is_device_name(name: str) -> bool:
    """Whether ``name`` (any case, any extension) is a reserved Windows device name.

    ``con.py`` or ``aux/`` cannot be created on Windows, so a package holding one
    cannot be installed there.
    """
    return name.split(".", 1)[0].strip().lower() in _DEVICE_NAMES


def module_name(text: str) -> PyName:
    """A module (file) name: snake_case, safe as a path component on every OS.

    Long names keep their start and end with a short hash of the whole name, so
    they stay readable, distinct and the same on every run. Windows device names
    (``con``, ``nul``, ``com1``...) get a trailing underscore.
    """
    name = snake_name(text, fallback="module")
    if is_device_name(name):
        name = PyName(name + "_")
    if len(name) <= MAX_MODULE_NAME:
        return name
    digest = hashlib.sha256(name.encode()).hexdigest()[:8]
    return PyName(f"{name[: MAX_MODULE_NAME - 9].rstrip('_')}_{digest}")


class Namespace:
    """One scope of names; :meth:`claim` returns a unique name in that scope.

    A taken name gets ``_2``, ``_3``... (or ``2``, ``3`` for class names) so
    the result is deterministic given the order of claims.
    """

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self._taken: set[str] = set(reserved)
        # The next suffix to try for a name: names are never released, so the
        # suffixes below it are taken. Without it, n claims of one name cost
        # n^2/2 lookups (schemas whose names collapse to one class name).
        self._next: dict[str, int] = {}

    def __contains__(self, name: str) -> bool:
        return name in self._taken

    def claim(self, name: str) -> str:
        candidate = name
        n = self._next.get(name, 2)
        sep = "_" if name[:1].islower() or name.startswith("_") else ""
        while candidate in self._taken:
            candidate = f"{name.rstrip('_')}{sep}{n}"
            n += 1
        if candidate != name:
            self._next[name] = n
        self._taken.add(candidate)
        return candidate

    def claim_snake(
        self, text: str, *, fallback: str = "value", keep_builtins: bool = False
    ) -> PyName:
        return PyName(
            self.claim(snake_name(text, fallback=fallback, keep_builtins=keep_builtins))
        )

    def claim_class(self, text: str, *, fallback: str = "Model") -> ClassName:
        return ClassName(self.claim(class_name(text, fallback=fallback)))


_TUPLE_ATTRIBUTES = frozenset({"count", "index"})


def table_field(method: PyName) -> PyName:
    """The field of a resource's operation table (a ``NamedTuple``) for ``method``.

    A field may not be named like a tuple method: ``count`` and ``index`` get a
    trailing underscore there (the method keeps its name).
    """
    return PyName(method + "_") if method in _TUPLE_ATTRIBUTES else method


RESOURCE_CLASS_FORMS = (
    "{}Resource",
    "Async{}Resource",
    "{}ResourceWithRawResponse",
    "Async{}ResourceWithRawResponse",
    "{}ResourceWithStreamingResponse",
    "Async{}ResourceWithStreamingResponse",
)
"""The classes generated for one resource, from the base of their names."""


def resource_class_base(base: ClassName, taken: Container[str]) -> ClassName:
    """``base``, or ``base`` + ``Api``..., so no resource class name is ``taken``.

    A spec may define a model named like a resource class (a schema
    ``JwtResource`` beside a ``jwt`` resource): both end up in one module.
    """
    while any(form.format(base) in taken for form in RESOURCE_CLASS_FORMS):
        base = ClassName(base + "Api")
    return base


def runtime_client_attributes() -> frozenset[str]:
    """Every attribute of the runtime ``Client`` and ``AsyncClient``: names a resource may not take.

    Derived from the classes themselves, so it cannot go stale as the runtime
    grows: ``dir()`` of each class gives methods and properties, and the
    ``self.<name> = ...`` assignments in the source of every class of their
    MROs give instance attributes (``retry``, ``follow_redirects``...), which
    ``dir()`` of a class cannot see.
    """
    import sys

    import clientsmith

    names: set[str] = set()
    trees: dict[str, ast.Module] = {}
    for client in (clientsmith.Client, clientsmith.AsyncClient):
        names.update(dir(client))
        for cls in client.__mro__:
            module = sys.modules.get(cls.__module__)
            path = getattr(module, "__file__", None)
            if not cls.__module__.startswith("clientsmith") or path is None:
                continue
            if path not in trees:  # one parse per module (getsource is 10x slower)
                with open(path, encoding="utf-8") as handle:
                    trees[path] = ast.parse(handle.read())
            for node in ast.walk(trees[path]):
                if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
                    names.update(_self_assignments(node))
    return frozenset(names)


def _self_assignments(node: ast.AST) -> set[str]:
    """Names of ``self.<name> = ...`` targets below an AST node."""
    return {
        sub.attr
        for sub in ast.walk(node)
        if isinstance(sub, ast.Attribute)
        and isinstance(sub.ctx, ast.Store)
        and isinstance(sub.value, ast.Name)
        and sub.value.id == "self"
    }


# -- names a person would choose (issue 13) ---------------------------------
#
# Specs written for other tools name things after their plumbing: tags such as
# ``Api20100401Message`` (Twilio), operationIds such as ``GetCustomersCustomer``
# (Stripe) or ``listCoreV1NamespacedPod`` (Kubernetes), parameters such as
# ``DateSent<``. The rules below turn those into the names the vendors' own SDKs
# use, and leave names that are already tidy (``products_uuid.list``) alone.

_VERSION_TOKEN = re.compile(
    r"^(?:api)?(?:v\d+(?:[._-]?\d+)*(?:(?:alpha|beta)\d*)?|\d{4}-?\d{2}-?\d{2}|\d{8})$",
    re.IGNORECASE,
)
_FILE_EXTENSION = re.compile(
    r"\.(?:json|geojson|xml|ya?ml|csv|txt|html?|php|aspx?|atom|rss|pdf|png|jpe?g|gif|svg"
    r"|zip|ics|kml|gpx|js|css|md|\{[^{}]+\})$",
    re.IGNORECASE,
)
_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve".split()
)
_UNCOUNTABLE = frozenset(
    {
        "access", "analytics", "audio", "content", "data", "equipment", "feedback",
        "health", "history", "info", "information", "media", "metadata", "news",
        "series", "sms", "software", "status", "usage", "billing", "auth", "login",
    }
)  # fmt: skip


def is_version_word(word: str) -> bool:
    """Whether ``word`` is a version segment: ``v1``, ``v1beta1``, ``2010-04-01``, ``Api20100401``."""
    return bool(_VERSION_TOKEN.match(word))


def strip_extension(segment: str) -> str:
    """``Messages.json`` -> ``Messages``: a path's file extension is not part of its name."""
    return _FILE_EXTENSION.sub("", segment) or segment


def plural(word: str) -> str:
    """The plural of an English noun, for collection names (``message`` -> ``messages``)."""
    lower = word.lower()
    if lower.endswith(("ss", "x", "z", "ch", "sh")) and lower not in _UNCOUNTABLE:
        return word + "es"
    if lower in _UNCOUNTABLE or lower.endswith("s"):
        return word
    if lower.endswith(("x", "z", "ch", "sh")):
        return word + "es"
    if lower.endswith("y") and lower[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return word[:-1] + "ies"
    return word + "s"


# Plurals of acronyms ending in ``i``, which read like ``analysis``, ``basis``.
_I_PLURALS = frozenset({"apis", "kpis", "uris", "guis"})


def acronym_singular(word: str) -> str:
    """``APIs`` -> ``API``: the singular of an acronym's plural ending in ``is``
    (:func:`singular` keeps ``apis`` as it keeps ``analysis``), else ``""``."""
    return word[:-1] if word.lower() in _I_PLURALS else ""


def is_plural(word: str) -> bool:
    """Whether ``word`` is an English plural noun (``persons``, ``ids``, ``ips``;
    not ``status``, ``news``, ``access``)."""
    lower = word.lower()
    if lower in _UNCOUNTABLE or not lower.endswith("s"):
        return False
    return singular(lower) != lower or (
        len(lower) > 2 and not lower.endswith(("ss", "us", "is"))
    )


def singular(word: str) -> str:
    """The singular of an English plural (``subscriptions`` -> ``subscription``)."""
    lower = word.lower()
    if lower in _UNCOUNTABLE or lower.endswith(("ss", "us", "is")) or len(lower) < 4:
        return word
    if lower.endswith("ies"):
        return word[:-3] + "y"
    if lower.endswith(("xes", "zes", "ches", "shes", "sses")):
        return word[:-2]
    if lower.endswith("s"):
        return word[:-1]
    return word


def same_word(a: str, b: str) -> bool:
    """Two words are the same noun when they differ only in case or number."""
    a, b = a.lower(), b.lower()
    return a == b or singular(a) == singular(b)


def resource_words(text: str) -> tuple[list[str], bool]:
    """The words a resource is named with, and whether a version prefix was dropped.

    ``Api20100401Message`` and ``ChatV2Message`` -> (``["Message"]``, True);
    ``core_v1`` stays as it is
    (a trailing version names an API group, as in the Kubernetes client's
    ``CoreV1Api``); ``Messages.json`` loses its extension; a leading number is
    spelled out (``1-Click Applications`` -> ``one click applications``), since an
    identifier cannot start with a digit.
    """
    words = split_words(strip_extension(text))
    dropped = False
    while len(words) > 1 and is_version_word(words[0]):
        words = words[1:]
        dropped = True
    # ``ChatV2Service`` (Twilio): a product and version before the noun, as in
    # the vendor's ``client.chat.v2.services``; the noun names the resource.
    # A version at the end (``core_v1``) names an API group and is kept.
    # "Campaigns API", "Contacts API - Segments": the word says nothing of what
    # the resource holds (a leading one does: "API Keys").
    words = [w for i, w in enumerate(words) if i == 0 or w.lower() not in _NOISE_WORDS]
    inner = [i for i in range(1, len(words) - 1) if is_version_word(words[i])]
    if inner:
        words = words[inner[-1] + 1 :]
        dropped = True
    if words and words[0].isdigit() and int(words[0]) < len(_NUMBER_WORDS):
        words = [_NUMBER_WORDS[int(words[0])], *words[1:]]
    return words, dropped


def resource_name(text: str) -> str:
    """The snake_case text a resource attribute is made of (before collisions).

    A tag that lost a version prefix names one class of object (Twilio's
    ``Api20100401Message``): its resource is the collection, ``messages``.
    """
    words, dropped = resource_words(text)
    if dropped and words:
        words = [*words[:-1], plural(words[-1])]
    return "_".join(w.lower() for w in words)


_OPERATOR_SUFFIXES = (
    ("<=", "on_or_before"),
    (">=", "on_or_after"),
    ("<", "before"),
    (">", "after"),
    ("!=", "not"),
    ("=", "equals"),
)


def parameter_text(wire: str) -> str:
    """The text a parameter's Python name is made of: operators spelled out.

    ``DateSent<`` -> ``DateSent before``, ``DateSent>=`` -> ``DateSent on_or_after``:
    without this, ``DateSent``, ``DateSent<`` and ``DateSent>`` all read
    ``date_sent`` and two of them become ``date_sent_2``, ``date_sent_3``.
    """
    stripped = wire.rstrip()
    for operator, meaning in _OPERATOR_SUFFIXES:
        if stripped.endswith(operator) and stripped[: -len(operator)].strip():
            return f"{stripped[: -len(operator)]} {meaning}"
    return wire


# Verbs that begin API method names. The words of a resource's name are dropped
# from the start of a method's name only when one of these follows, so the
# verb is never lost (``call_commands.call_transfer`` -> ``transfer``, but
# ``tags.tag_resource`` keeps its name: ``resource`` is not what it does).
_VERBS = frozenset(
    """
    abort accept access acknowledge activate add allocate append apply approve archive
    assign associate attach authenticate authorize backup ban batch block book bulk
    calculate call cancel capture change check checkout claim clear clone close commit
    complete compute confirm connect convert copy count create deactivate decline
    decrypt delete deny deploy describe detach disable disassociate disconnect dismiss
    download duplicate edit enable encrypt end enqueue estimate evaluate execute expire
    export fetch filter find finish flush follow forward generate get grant hide hold
    import init initiate insert install invite invoke issue join kick leave link list
    load lock login logout mark merge migrate modify move mute notify open order patch
    pause pay ping post preview process promote publish pull purge push put query queue
    read reboot rebuild receive record redeem refresh refund regenerate register reject
    release reload remove rename render renew reopen reorder replace reply report
    request resend reserve reset resize resolve restart restore resume retrieve retry
    revert revoke rollback rotate run save scan schedule search select send set share
    show sign simulate skip snooze flag unflag extend perform translate lookup
    inspect prune kill wait enhance unpause build sort split start stop stream submit subscribe
    suspend swap sync tag terminate test toggle track transfer transition trigger undo
    unassign unban unblock unfollow unhold unlink unlock unmute unpublish unregister
    unshare unsubscribe unsuspend untag update upgrade upload upsert validate verify
    view void watch withdraw write
    anonymize bookmark deliver dial exists fork like log rate redeliver rerequest
    rerun review reprioritize silence star unlike unstar unwatch
    freeze print reactivate unarchive unfreeze
    """.split()
)


def is_verb(word: str) -> bool:
    """Whether ``word`` is one of the verbs API method names begin with."""
    return word.lower() in _VERBS


@lru_cache(maxsize=8192)
def _word_key(word: str) -> str:
    lower = word.lower()
    one = singular(lower)
    if one == lower and is_plural(lower):
        return lower[:-1]  # short plurals too: ``add_ons`` is ``add_on``
    return one


def word_key(word: str) -> str:
    """A word lower-cased and in the singular (``Items`` -> ``item``)."""
    return _word_key(word)


def _run_key(words: Sequence[str]) -> str:
    """Words as one text in the singular: ``te_xml_applications`` and
    ``texml_application`` are one name, and so are ``templates_versions`` and
    ``template_version``."""
    return "".join(_word_key(w) for w in words)


def _match(words: Sequence[str], at: int, runs: AbstractSet[str]) -> int:
    """How many of ``words`` from ``at`` spell one of ``runs`` (longest), or 0."""
    longest = max(map(len, runs), default=0)
    text = ""
    found = 0
    for stop in range(at, len(words)):
        text += _word_key(words[stop])
        if len(text) > longest:
            break
        if text in runs:
            found = stop + 1 - at
    return found


# Words after which a resource's name is still the object (``get_all_pets``).
_QUANTIFIERS = frozenset(
    "a all an any batch bulk current each every latest many multiple my new one recent single"
    " some specific the".split()
)
# Words of a resource's name that say nothing of what it holds ("Campaigns API").
# ``UserCtrl_get``, ``UsersController_findAll`` (NestJS): a group's class word.
_NOISE_WORDS = frozenset({"api", "ctrl", "controller"})
# Plural nouns that name one thing: ``get_settings`` is not a listing.
_NOT_COLLECTIONS = frozenset(
    {"details", "preferences", "settings", "stats", "statistics"}
)
GET_VERBS = frozenset({"get", "retrieve", "fetch", "read"})
"""Verbs that read one thing; vendors use them alike (``get``, ``retrieve``)."""


def drop_resource_words(
    name: str,
    resource: Sequence[str],
    *,
    listing: bool = False,
    whole_only: bool = False,
    below: Sequence[str] = (),
    parents: Sequence[str] = (),
    at_end: bool = True,
    path_words: AbstractSet[str] = frozenset(),
) -> str:
    """A method name without the words of its resource's name: ``list_pets`` in ``pets`` -> ``list``.

    The client already says the resource (``client.pets.list()``), so:

    - its whole name goes after a verb or a quantifier, in either number and
      however its words are split (``update_billing_group`` in
      ``billing_groups`` -> ``update``; ``get_pet_photos`` -> ``get_photos``;
      ``get_all_pets`` -> ``get_all``; ``delete_texml_application`` in
      ``te_xml_applications`` -> ``delete``), and anywhere when it carries a
      version (``list_core_v1_namespaced_pod`` in ``core_v1`` ->
      ``list_namespaced_pod``); after another noun it stays, qualified by it
      (``get_owner_pets``, ``get_lifecycle_policies``);
    - its first or last words go right after the verb (``get_fax_application``
      in ``programmable_fax_applications`` -> ``get``; ``update_settings_footer``
      in ``settings_mail`` -> ``update_footer``);
    - at the start of a name, any of these go only when a verb follows
      (``call_transfer`` in ``call_commands`` -> ``transfer``,
      ``policies_get`` -> ``get``), so ``tags.tag_resource`` keeps its verb.

    Words elsewhere stay: they name something else (``list_phone_numbers`` in
    ``number_configurations``). With ``listing`` (a ``GET`` of a collection), a
    get-verb left alone by a plural is the listing it was: ``get_pets`` in
    ``pets`` -> ``list``. ``whole_only`` drops only the resource's whole name.
    ``below`` are the path's names below the resource's own segment: a noun
    that is one of them does not qualify the resource's name but names what
    the path reaches (``create_long_code_message`` in ``messages`` for
    ``/messages/long_code`` -> ``create_long_code``). A name that starts with
    the resource's and ends with a verb is turned round
    (``sim_card_public_ip_get`` in ``sim_cards`` -> ``get_public_ip``).
    The whole name at the end of a name goes after any word, and the words
    before it say which (``random_gif`` in ``gifs`` -> ``random``,
    ``list_latest_topics`` -> ``list_latest``); when they name an item the
    path's ``parents`` are collections of (``/users/{u}/badges``), the method
    lists ``for`` it: ``list_user_badges`` -> ``list_for_user``, as octokit's
    ``listForUser``; not with ``at_end`` false (a resource nested by path,
    whose ancestors' words qualify it: Twilio's
    ``ListSipAuthCallsCredentialListMapping``).
    A framework's class word right after the resource's name at the end goes
    with it (``get_connection_resource``), unless the path says it
    (``path_words``: ``/resources/{id}``).
    Returns ``""`` when nothing would remain (``health`` in ``health``): the
    caller names the method otherwise.
    """
    trailing = len(name) - len(name.rstrip("_"))
    words = name.rstrip("_").split("_")
    run = [w.lower() for w in resource]
    if not run or not all(words):
        return name
    whole = {_run_key(run)}
    if _match(words, 0, whole) == len(words):
        return ""  # only the resource's name: ``health`` in ``health``
    parts = set(whole)
    if not whole_only:
        parts |= {_run_key(run[-k:]) for k in range(1, len(run))}
        parts |= {_run_key(run[:k]) for k in range(1, len(run))}
    # A version in the resource's name (``core_v1``) marks it wherever it is.
    anywhere = any(is_version_word(w) for w in run)
    words = _verb_first(words, parts)
    owners = {_run_key(split_words(p)) for p in parents} - {""}
    if at_end and owners:
        words = _without_owner(words, parts, whole, owners)
    words = _without_class_word(words, whole, path_words)
    qualifiers = {_run_key(split_words(b)) for b in below}
    out, plural_dropped = _without_runs(
        words, parts, whole, anywhere=anywhere, below=qualifiers, at_end=at_end
    )
    out = _without_article(words, out)
    if not out:
        return ""
    out = _without_qualified_name(out, whole, path_words)
    out = _without_name_after_by(out, whole)
    out = _owner_last(words, out, whole, parents)
    if listing and plural_dropped:
        out = _as_listing(out)
    return "_".join(out) + "_" * trailing


def drop_repeated_name(
    name: str, resource: Sequence[str], *, listing: bool = False
) -> str:
    """``name`` less the resource's whole name where it only says the resource
    again, right after the verb (and a quantifier): ``get_all_disruptions`` in
    ``disruptions`` -> ``get_all``, ``get_customer_balance_by_cd`` in
    ``customer`` -> ``get_balance_by_cd``; and after ``by`` before a key's
    words (``get_by_attribute_id`` -> ``get_by_id``), and ``for`` the
    resource itself at the end (``get_for_direction`` in ``directions`` ->
    ``get``). Only the whole name: a part of it names something of its own
    (``create_endpoint`` in ``cdn_endpoints``). With ``listing``, a get-verb
    left alone by a plural is the listing (``get_attributes`` -> ``list``).
    ``""`` when nothing is dropped."""
    words = name.split("_")
    whole = _whole_keys(resource)
    if not whole or not is_verb(words[0]):
        return ""
    at = 1
    while at < len(words) and words[at].lower() in _QUANTIFIERS:
        at += 1
    size = _match(words, at, whole) if at < len(words) else 0
    rest = words[at + size :]
    out = words
    if size:
        out = [*words[:at], *rest]
        last = words[at + size - 1].lower()
        if listing and len(out) == 1 and out[0] in GET_VERBS and is_plural(last):
            out = ["list"]
    out = _without_name_after_by(out, whole)
    # ``get_for_direction`` in ``directions``: ``for`` the resource itself, at
    # the end, is the resource's own call (``get``).
    size = _match(out, 2, whole) if len(out) > 2 and out[1].lower() == "for" else 0
    if size and 2 + size == len(out):
        out = out[:1]
    return "" if out == words else "_".join(out)


def is_path_name(operation_id: str, path: str) -> bool:
    """Whether the path's last segment is the id itself: an RPC method's own
    name (Slack's ``dnd_endDnd`` for ``/dnd.endDnd``)."""
    segment = path.rstrip("/").rpartition("/")[2]
    return bool(segment) and id_key(segment) == id_key(operation_id)


# Words a framework's class names end with (Flask-RESTX's and JAX-RS's
# ``ConnectionResource``): after the resource's name they say nothing of it.
# Not API Platform's ``Item`` and ``Collection``: ``getInstanceItem`` beside
# ``getInstanceCollection`` would both be ``get``.
_CLASS_WORDS = frozenset({"resource"})


def _without_class_word(
    words: list[str], whole: AbstractSet[str], path_words: AbstractSet[str]
) -> list[str]:
    """``get_connection_resource`` in ``connections`` -> ``get_connection``:
    a class word right after the resource's whole name, at the end, goes with
    it, unless the path names it (``get_user_resource`` for ``/users/{u}/resources``)."""
    last = _word_key(words[-1]) if words else ""
    if len(words) < 3 or last not in _CLASS_WORDS or last in path_words:
        return words
    ends_with_name = any(
        _match(words, i, whole) == len(words) - 1 - i for i in range(1, len(words) - 1)
    )
    return words[:-1] if ends_with_name else words


def _without_qualified_name(
    out: list[str], whole: AbstractSet[str], path_words: AbstractSet[str]
) -> list[str]:
    """``get_personalised_music_favourites`` in ``music`` ->
    ``get_personalised_favourites``: the resource's whole name after the verb
    and one word that qualifies it, with more after it, goes; the word stays
    (it says which). Not when that word is the path's (an owner:
    ``get_owner_pets_photos`` for ``/owners/{id}/pets/photos`` are the
    owner's pets' photos), nor a verb, quantifier, preposition or ``id``;
    nor when what follows is a verb or a file format (musixmatch's
    ``get_artist_albums_get``, ``get_date_list_json``). Only where the path's
    words are known (``path_words``)."""
    if len(out) < 4 or not is_verb(out[0]) or not path_words:
        return out
    word = out[1].lower()
    if (
        is_verb(word)
        or word in _QUANTIFIERS
        or word in _PREPOSITIONS
        or word in _ID_WORDS
        or not word.isalpha()
        or _word_key(word) in path_words
    ):
        return out
    size = _match(out, 2, whole)
    rest = [w.lower() for w in out[2 + size :]]
    if (
        not size
        or not rest
        or rest[0] in _PREPOSITIONS
        or is_verb(rest[0])
        or rest == ["json"]
    ):
        return out
    return [*out[:2], *out[2 + size :]]


_ID_WORDS = frozenset({"id", "ids", "uuid", "key"})


def _without_name_after_by(out: list[str], whole: AbstractSet[str]) -> list[str]:
    """``get_by_attribute_id`` in ``attribute`` -> ``get_by_id``: after ``by``,
    the resource's whole name before the words of the key it is found by says
    the resource again (as :func:`by_variable` for a path's variable;
    ``get_by_account_cd`` in ``account`` -> ``get_by_cd``). At the end it
    stays: ``list_by_elastic_pool`` says how. ``for`` and the whole name before
    ``by`` go too: ``get_all_contacts_for_customer_by_cd`` in ``customer`` ->
    ``get_all_contacts_by_cd`` (the resource is whose they are)."""
    for at in range(2, len(out) - 1):
        if out[at - 1].lower() == "for" and (size := _match(out, at, whole)):
            if at + size < len(out) and out[at + size].lower() == "by":
                out = [*out[: at - 1], *out[at + size :]]
                break
    for at in range(1, len(out) - 1):
        if out[at - 1].lower() != "by":
            continue
        size = _match(out, at, whole)
        if size and at + size < len(out):
            return [*out[:at], *out[at + size :]]
    return out


def _without_article(words: Sequence[str], out: list[str]) -> list[str]:
    """``out`` less an article the resource's name went after, at the end
    (``pin_a_conversation`` in ``conversations`` -> ``pin``; ``get_a`` stays)."""
    tail_dropped = len(out) < len(words) and list(words[: len(out)]) == out
    while tail_dropped and len(out) > 1 and out[-1].lower() in _ARTICLES:
        out = out[:-1]
    return out


def _as_listing(out: list[str]) -> list[str]:
    """A get-verb left alone by a plural, or before ``for`` its owner, is the
    listing it was (``get_pets`` -> ``list``, ``get_owner_pets`` -> ``list_for_owner``)."""
    owned = len(out) > 2 and out[1] == "for"
    if (len(out) == 1 or owned) and out[0].lower() in GET_VERBS:
        return ["list", *out[1:]]
    return out


def _without_owner(
    words: list[str],
    parts: AbstractSet[str],
    whole: AbstractSet[str],
    owners: AbstractSet[str],
) -> list[str]:
    """``words`` less an owner's name (an item the path belongs to) right
    before the resource's, where the path says it: at the start before a verb
    (Apideck's ``collection_tickets_all`` for ``/collections/{id}/tickets`` ->
    ``tickets_all``), or after the verb with more after it
    (``get_vault_item_by_id`` for ``/vaults/{v}/items/{i}`` -> ``get_item_by_id``;
    at the end it is whose they are: ``list_for_user``)."""
    starts = [1] if is_verb(words[0]) else [0]
    for start in starts:
        size = _match(words, start, owners)
        if not size:
            continue
        after = start + size
        runs = parts if start == 0 else whole
        own = _match(words, after, runs)
        rest = after + own
        if not own or rest >= len(words):
            continue
        if start == 0 and not _acts(words[rest]):
            continue
        return [*words[:start], *words[after:]]
    return words


def _owner_last(
    words: Sequence[str],
    out: list[str],
    whole: AbstractSet[str],
    parents: Sequence[str],
) -> list[str]:
    """``list_user`` (from ``list_user_badges``) -> ``list_for_user`` when
    ``user`` is an item the path belongs to (``/users/{user}/badges``)."""
    if len(out) < 2 or not is_verb(out[0]) or len(words) <= len(out):
        return out
    if _run_key(words[: len(out)]) != _run_key(out):
        return out  # the resource's name went elsewhere than at the end
    if _match(words, len(out), whole) != len(words) - len(out):
        return out
    owners = {_run_key(split_words(p)) for p in parents}
    if _run_key(out[1:]) in owners:
        return [out[0], "for", *out[1:]]
    return out


def _without_runs(
    words: Sequence[str],
    parts: AbstractSet[str],
    whole: AbstractSet[str],
    *,
    anywhere: bool,
    below: AbstractSet[str] = frozenset(),
    at_end: bool = True,
) -> tuple[list[str], bool]:
    """``words`` less the runs of the resource's name where they may go (see
    :func:`drop_resource_words`), and whether a plural run went."""
    out: list[str] = []
    plural_dropped = False
    i = 0
    while i < len(words):
        runs = _runs_at(i, out, parts, whole, anywhere)
        if not runs and len(out) > 1 and _run_key(out[1:]) in below:
            runs = whole  # ``create_long_code_message`` for ``/messages/long_code``
        if at_end and not runs and _ends_with_name(words, i, out, whole):
            runs = whole  # ``random_gif`` in ``gifs``: the name ends with it
            if out[-1].lower() in _PREPOSITIONS and len(out) > 1:
                out.pop()  # ``invite_to_topic`` in ``topics`` -> ``invite``
        size = _run_size(words, i, out, runs)
        if size:
            last = words[i + size - 1].lower()
            plural_dropped |= singular(last) != last and last not in _NOT_COLLECTIONS
            i += size
            continue
        out.append(words[i])
        i += 1
    return out, plural_dropped


def _ends_with_name(
    words: Sequence[str], i: int, out: Sequence[str], whole: AbstractSet[str]
) -> bool:
    """Whether the resource's whole name ends ``words`` from ``i``, after a word
    that may stand before it: not ``by`` (``list_by_elastic_pool`` says how)."""
    if not out or out[-1].lower() == "by":
        return False
    return _match(words, i, whole) == len(words) - i


def _verb_first(words: list[str], parts: AbstractSet[str]) -> list[str]:
    """``sim_card_public_ip_get`` in ``sim_cards`` -> ``sim_card_get_public_ip``:
    a name that starts with the resource's and ends with a verb, turned round
    so that the resource's words are followed by the verb (and then go)."""
    size = _match(words, 0, parts) if parts else 0
    if not size or len(words) < size + 2:
        return words
    middle = words[size:-1]
    # ``recognize_text_in_stream``: a preposition says the order is meant.
    if is_verb(words[size]) or not is_verb(words[-1]) or _PREPOSITIONS & set(middle):
        return words
    return [*words[:size], words[-1], *middle]


_ARTICLES = frozenset({"a", "an", "the"})
# Words that join a verb to what follows: a name with one is read in its order.
_PREPOSITIONS = frozenset("at by for from in into of on onto to via with".split())
PREPOSITIONS = _PREPOSITIONS
"""Words that join a verb to what follows (``by``, ``for``, ``with`` ...)."""


def _whole_keys(resource: Sequence[str]) -> set[str]:
    """The key of a resource's whole name (:func:`_run_key`), or none."""
    return {_run_key([w.lower() for w in resource])} - {""}


def resource_name_lead(name: str, resource: Sequence[str]) -> int:
    """How many of ``name``'s words the resource's whole name takes at its
    start, in either number (``teams_by_season`` in ``teams``: 1), or 0."""
    whole = _whole_keys(resource)
    return _match(name.split("_"), 0, whole) if whole else 0


def _runs_at(
    i: int,
    out: Sequence[str],
    parts: AbstractSet[str],
    whole: AbstractSet[str],
    anywhere: bool,
) -> AbstractSet[str]:
    """The runs of the resource's name that may go at word ``i``, ``out`` kept so far.

    Parts of the name only at the start or right after the verb, once; the
    whole name also after a verb or a quantifier (``get_all_pets``), not after
    a noun it is qualified by (``get_owner_pets`` stays).
    """
    after_verb = i == 1 and len(out) == 1 and is_verb(out[0])
    if i == 0 or after_verb:
        return parts
    if not out or anywhere or is_verb(out[-1]) or out[-1] in _QUANTIFIERS:
        return whole
    return frozenset()


def _run_size(
    words: Sequence[str], i: int, out: Sequence[str], runs: AbstractSet[str]
) -> int:
    """How many words from ``i`` go: a run of ``runs`` (0 for none), never
    leaving a name without its verb (at the start, only when a verb follows)."""
    size = _match(words, i, runs) if runs else 0
    while size and i == 0 and size < len(words) and words[size] in _NOISE_WORDS:
        size += 1  # ``invoice_api_update`` in ``invoice`` -> ``update``
    if size and (out or (i + size < len(words) and _leads(words, i + size))):
        return size
    return 0


def _leads(words: Sequence[str], at: int) -> bool:
    """Whether the name may start at ``words[at]`` once the resource's words
    before it go: a verb or ``all``/``one`` (:func:`_acts`), or any word but a
    preposition when the resource's words are no verb (Docker's
    ``ContainerLogs`` -> ``logs``, as docker-py; AWS's ``TagResource`` in
    ``tags`` keeps its verb)."""
    if _acts(words[at]):
        return True
    return not is_verb(words[0]) and words[at].lower() not in _PREPOSITIONS


def _acts(word: str) -> bool:
    """A word a name may start with once its resource's words go: a verb, or
    a quantifier that names the call (Apideck's ``messagesAll`` -> ``all``)."""
    return is_verb(word) or word.lower() in {"all", "one"}


def spells_resource(words: Sequence[str], resource: Sequence[str]) -> bool:
    """Whether ``words`` spell the resource's name or its last or first words,
    in either number, however split: ``oncall`` for ``on_call``, ``groups``
    for ``unsubscribe_groups``, ``singlesends`` for ``single_sends``."""
    key = _run_key(words)
    return bool(key) and key in _end_runs(resource)


def names_resource(words: Sequence[str], resource: Sequence[str]) -> bool:
    """Whether the resource's whole name is somewhere in ``words`` (``ips
    pools`` of ``/ips/pools/{name}`` for ``ip_pools``)."""
    whole = _whole_keys(resource)
    return bool(whole) and any(_match(words, i, whole) for i in range(len(words)))


def _end_runs(resource: Sequence[str]) -> set[str]:
    """The keys of a resource's name, its last words and its first words
    (``domains`` of ``domain_authentication``, SendGrid's ``/whitelabel/domains``)."""
    run = [w.lower() for w in resource]
    runs = {_run_key(run[k:]) for k in range(len(run))}
    return (runs | {_run_key(run[:k]) for k in range(1, len(run))}) - {""}


def drop_path_resource(
    name: str,
    resource: Sequence[str],
    *,
    namespaces: Sequence[str] = (),
    parent: Sequence[str] = (),
) -> str:
    """A name derived from a whole path, less the words that say where the
    resource is: its own segment's and the path's namespaces'.

    ``list_browsers_stats`` for ``/browsers/stats`` in ``stats`` ->
    ``list_browsers``; ``get_team_oncall_schedule`` for
    ``/team/{team}/oncall/schedule`` in ``on_call`` -> ``get_team_schedule``;
    ``list_asm_groups`` (namespace ``asm``) in ``unsubscribe_groups`` ->
    ``list``. When the resource's segment ends the path right after an item of
    ``parent``, the parent says whose they are: ``list_client_stats`` for
    ``/clients/{type}/stats`` -> ``list_for_client`` (as octokit's
    ``listForUser``). The first word (the verb) always stays.
    """
    words = name.split("_")
    runs = _end_runs(resource)
    found = [(i, _match(words, i, runs)) for i in range(1, len(words))]
    hits = [(i, size) for i, size in found if size]
    if not hits:
        return name
    # The longest run ending last: ``custom_fields`` of ``list_contactdb_custom_fields``
    at, size = max(hits, key=lambda hit: (hit[0] + hit[1], hit[1]))
    head, tail = words[1:at], words[at + size :]
    ns = {_word_key(w) for w in namespaces}
    head = [w for w in head if _word_key(w) not in ns]
    if not tail and head and parent and _run_key(head) == _run_key(parent):
        return "_".join([words[0], "for", *head])
    return "_".join([words[0], *head, *tail])


def drop_api_name(operation_id: str, resource: Sequence[str]) -> str:
    """``drive.drives.list`` in ``drives`` -> ``list``.

    Google's discovery ids are ``<api>.<resource>...<method>``: the parts up to
    the resource's name go, wherever it is in the chain
    (``apphub.projects.locations.applications.list`` in ``applications`` ->
    ``list``, when resources nest by path).
    """
    parts = operation_id.split(".")
    if len(parts) < 3 or not resource or not all(parts):
        return operation_id
    key = _run_key([w.lower() for w in resource])
    found = [
        i for i in range(1, len(parts) - 1) if _run_key(split_words(parts[i])) == key
    ]
    if not found:
        return operation_id
    rest = parts[found[-1] + 1 :]
    # ``prometheus.api.v1.query`` in ``prometheus`` (a chain that lost its
    # version, :func:`unversioned_chains`): ``query``; a name is always left.
    while len(rest) > 1 and _is_version_part(rest[:-1], 0):
        rest = rest[1:]
    return "_".join(rest)


def _is_version_part(parts: Sequence[str], i: int) -> bool:
    """Whether ``parts[i]`` is a version, or an ``api`` right before one
    (``api.v1`` of a proxied API's chain)."""
    part = parts[i]
    if is_version_word(part):
        return True
    return (
        part.lower() == "api" and i + 1 < len(parts) and is_version_word(parts[i + 1])
    )


def discovery_api(operation_ids: Iterable[str]) -> str | None:
    """The API name of Google discovery ids (``apphub`` of
    ``apphub.projects.locations.applications.list``), or ``None``.

    A spec is named this way when every operationId is ``<api>.<resource>...
    <method>`` with one ``<api>`` and some id has a resource between: Slack's
    ``conversations.list`` (no common first part) is not.
    """
    apis: set[str] = set()
    nested = False
    for op_id in operation_ids:
        parts = op_id.split(".")
        if len(parts) < 2 or not all(p.strip() for p in parts):
            return None
        apis.add(parts[0])
        nested |= len(parts) > 2
    return apis.pop() if len(apis) == 1 and nested else None


def discovery_resources(operation_id: str, api: str) -> list[str]:
    """The resource chain of a discovery id, as Google's own clients nest it:
    ``apphub.projects.locations.applications.workloads.patch`` ->
    ``[projects, locations, applications, workloads]`` (so the method is
    ``client.projects.locations.applications.workloads.patch``); a method of
    the API itself (``cloudbilling.estimateCostScenario``) is in a resource
    named after the API, not after the path's version (``v1beta``)."""
    parts = operation_id.split(".")
    if len(parts) < 2 or parts[0] != api:
        return []
    return parts[1:-1] or [api]


def unversioned_chains(
    chains: Iterable[Sequence[str]],
) -> dict[tuple[str, ...], list[str]]:
    """Discovery resource chains with a version inside (Service Broker's
    ``projects.brokers.v2.service_instances``, Monitoring's
    ``projects.location.prometheus.api.v1.label``), each without it and
    without an ``api`` right before it: ``projects.brokers.service_instances``,
    ``projects.location.prometheus.label``, as a person names the resources
    of a proxied API. Not where that chain is another's already, or two
    chains would become one: the version then tells them apart."""
    every = {tuple(c) for c in chains}
    found: dict[tuple[str, ...], list[str]] = {}
    for chain in every:
        if not any(is_version_word(p) for p in chain[1:]):
            continue
        kept = [
            p for i, p in enumerate(chain) if i == 0 or not _is_version_part(chain, i)
        ]
        found[chain] = kept
    made = Counter(tuple(k) for k in found.values())
    return {
        chain: kept
        for chain, kept in found.items()
        if tuple(kept) not in every and made[tuple(kept)] == 1
    }


def drop_group_prefix(
    operation_id: str, resource: Sequence[str], *, whole: bool = False
) -> str:
    """``oneClicks_list`` in ``one_click_applications`` -> ``list``.

    OperationIds written as ``<group>_<method>`` (DigitalOcean, Azure: the SDKs'
    operation groups) or ``<group>/<method>`` (GitHub: ``repos/list-for-org``)
    name their resource before the separator; it is dropped when its words
    begin the resource's name (in either number); with ``whole``, only when
    they are all of it.
    """
    group, sep, rest = operation_id.partition("/" if "/" in operation_id else "_")
    # Azure's ``<Group>_<Method>``: a group qualifying the resource's name is
    # still its group (``IotSecuritySolutionsAnalyticsAggregatedAlert_List`` in
    # ``aggregated_alert`` -> ``list``, as Azure's SDKs name the operation).
    if (
        sep == "_"
        and not whole
        and rest.strip("_")
        and _group_ends_with(group, resource)
    ):
        return rest
    group_words = [
        w for w in split_words(group) if w.lower() not in _NOISE_WORDS
    ]  # ``InvoiceApi_update``
    if (
        not sep
        or not rest.strip("_")
        or not group_words
        or len(group_words) > len(resource)
        or (whole and len(group_words) != len(resource))
    ):
        return operation_id
    if all(same_word(a, b) for a, b in zip(group_words, resource, strict=False)):
        return rest
    return operation_id


def _group_ends_with(group: str, resource: Sequence[str]) -> bool:
    """Whether an Azure-style operation group (``IotSecuritySolutionsAnalyticsAggregatedAlert``)
    ends with the resource's whole name, qualified by words before it."""
    words = [w for w in split_words(group) if w.lower() not in _NOISE_WORDS]
    size = len(resource)
    if not words or is_verb(words[0]):
        return False  # ``createUser_v2``: a name, not a group
    return len(words) > size > 0 and all(
        same_word(a, b) for a, b in zip(words[-size:], resource, strict=True)
    )


def _is_path_variable(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def id_key(text: str) -> str:
    """``text``'s words, lower-cased, joined by ``_``: ids that differ only in
    case or punctuation have one key (``DeleteUser``, ``delete_user``)."""
    return "_".join(w.lower() for w in split_words(text))


def django_rest_split(operation_id: str, path: str) -> tuple[list[str], str] | None:
    """Django REST Framework's ``<app>_<model>_<action>`` id, split:
    NetBox's ``circuits_circuit-terminations_list`` for
    ``/circuits/circuit-terminations/`` -> ``([circuits, circuit-terminations],
    "list")``, the resource chain as pynetbox nests it
    (``circuits.circuit_terminations.list``) and the action; ``None`` when the
    id does not spell the path's first two segments (both plain) before more words."""
    segments = [s for s in path.split("/") if s]
    if len(segments) < 2 or any(_is_path_variable(s) for s in segments[:2]):
        return None
    prefix = f"{id_key(segments[0])}_{id_key(segments[1])}_"
    key = id_key(operation_id)
    if not key.startswith(prefix) or len(key) == len(prefix):
        return None
    return segments[:2], key[len(prefix) :]


def is_django_rest(operations: Iterable[tuple[str, str]]) -> bool:
    """Whether a spec's ``(operationId, path)`` pairs are Django REST
    Framework's (drf-yasg's) ``<app>_<model>_<action>``: most of those whose
    path starts with two plain segments spell them, and five at least."""
    eligible = matched = 0
    for operation_id, path in operations:
        segments = [s for s in path.split("/") if s]
        if len(segments) < 2 or any(_is_path_variable(s) for s in segments[:2]):
            continue
        eligible += 1
        matched += django_rest_split(operation_id, path) is not None
    return matched >= 5 and matched >= 0.8 * eligible


def shared_id_prefixes(operations: Iterable[tuple[str, str]]) -> dict[str, int]:
    """How many leading words every operationId under one first path segment
    shares, by segment, where they name a product and not what is done:
    Halo's ``Halo-5-Campaign-Missions``, ``Halo-5-Medals``... under ``/h5`` ->
    ``{"h5": 2}``. Only groups of three ids or more, each with words after
    the prefix; not a verb (``get_maps``, ``get_medals``: what is done), nor
    a word of the paths (figshare's ``private_article_*``), nor ids with ``/`` or ``.`` (GitHub's scopes, Slack's methods: their SDKs' names)."""
    groups: dict[str, list[list[str]]] = {}
    path_words: dict[str, set[str]] = {}
    for operation_id, path in operations:
        if "/" in operation_id or "." in operation_id:
            continue
        segments = [s for s in path.split("/") if s]
        head = segments[0] if segments else ""
        groups.setdefault(head, []).append(
            [w.lower() for w in split_words(operation_id)]
        )
        path_words.setdefault(head, set()).update(
            _word_key(w) for s in segments for w in split_words(s.strip("{}"))
        )
    found: dict[str, int] = {}
    for head, ids in groups.items():
        size = _common_lead(ids)
        # A word the paths say names a thing (figshare's ``private_article_*``
        # under ``/account/articles``), not the product.
        named = any(_word_key(w) in path_words[head] for w in ids[0][:size])
        if len(ids) >= 3 and size and not named and not is_verb(ids[0][0]):
            found[head] = size
    return found


def _common_lead(ids: Sequence[Sequence[str]]) -> int:
    """How many leading words all ``ids`` share, leaving each at least one."""
    shortest = min((len(i) for i in ids), default=0)
    size = 0
    while size < shortest - 1 and len({i[size] for i in ids}) == 1:
        size += 1
    return size


def without_shared_prefix(
    operation_id: str, path: str, shared: Mapping[str, int]
) -> str:
    """``Halo-5-Campaign-Missions`` -> ``campaign_missions`` when every id
    under the path's first segment starts with ``Halo-5`` (:func:`shared_id_prefixes`)."""
    segments = [s for s in path.split("/") if s]
    size = shared.get(segments[0] if segments else "", 0)
    words = split_words(operation_id)
    if not size or len(words) <= size or "/" in operation_id or "." in operation_id:
        return operation_id
    return "_".join(words[size:])


def lead_qualified_names(name: str, resource: Sequence[str]) -> list[str]:
    """A name that starts with words qualifying its resource's name, then that
    name (once or more), then what it does, without them: figshare's
    ``private_article_delete`` in ``articles`` -> ``[delete, private_delete]``,
    presalytics' ``shared_images_details_get_id`` in ``images`` ->
    ``[details_get_id, shared_details_get_id]``; the second keeps the
    qualifier for when the first is taken (``articles.details`` of the public
    ``/articles/{id}``); the resource's name at the very start goes too
    (``charts_details_get_id`` in ``charts``). ``[]`` when the name is not so (a verb or a
    preposition first, more than two words before the resource's name, or
    nothing after it)."""
    words = name.strip("_").split("_")
    run = [w.lower() for w in resource]
    if not run or not all(words):
        return []
    whole = {_run_key(run)}
    # Lead 0: the name said again after a group that was its name
    # (presalytics' ``charts_charts_details_get_id`` -> ``details_get_id``).
    for lead in (0, 1, 2):
        head = words[:lead]
        if len(words) <= lead or any(
            is_verb(w) or w.lower() in _PREPOSITIONS for w in head
        ):
            return []
        at = lead
        while size := _match(words, at, whole):
            at += size
        if at == lead or at >= len(words) or words[at].lower() in _PREPOSITIONS:
            continue
        if is_verb(words[lead]):
            return []  # AWS's ``tag_resource`` in ``tags``: ``tag`` is what it does
        rest = words[at:]
        kept = [w for w in head if _match(head, head.index(w), whole) == 0]
        return ["_".join(rest), "_".join([*kept, *rest])]
    return []


def _path_segments(path: str) -> list[str]:
    return [strip_extension(s) for s in path.split("/") if s]


# The verbs an id may say for its HTTP method while only spelling the path
# (Trello's ``updateBoardsByIdBoard``, ``addBoardsLabelsByIdBoard``). Not
# ``create``: ``createApiPublicV1ProfilePolicy`` names what it makes.
_METHOD_SYNONYMS = {"put": ("update",), "patch": ("update",), "post": ("add",)}


def is_mechanical(operation_id: str, http_method: str, path: str) -> bool:
    """Whether an operationId only spells out method and path (Stripe's ``GetCustomersCustomer``).

    Such an id says nothing the path does not; the method name is then derived
    from the method and the shape of the path instead (:func:`crud_name`).
    Version segments are ignored on both sides. So is an id that is the
    method in capitals and the path's words in order, some left out or
    abbreviated (SendGrid's ``GET_mc-lists-id`` for ``GET
    /v3/marketing/lists/{id}``).
    """
    # HubSpot's ``get-/crm/v3/extensions/cards/{appId}`` for ``GET /{appId}``
    # (below a server path): the method and the whole URL's path.
    spelled = operation_id.lower()
    if spelled.startswith(f"{http_method.lower()}-/") and spelled.endswith(
        path.lower()
    ):
        return True
    expected = [http_method.lower()]
    # Mailchimp's ``getListsIdSurveysId`` for ``/lists/{list_id}/surveys/{survey_id}``:
    # a variable said by its last word.
    short = [http_method.lower()]
    # Trello's ``getActionsBoardByIdAction`` for ``/actions/{idAction}/board``:
    # the plain segments, then ``by`` and each variable (or ``by`` before each
    # variable where it is, ``getActionsByIdActionByField``).
    by = [http_method.lower()]
    plain = [http_method.lower()]
    variables: list[str] = []
    for segment in _path_segments(path):
        words = split_words(segment.strip("{}"))
        expected.extend(words)
        variable = _is_path_variable(segment)
        short.extend(words[-1:] if variable else words)
        by.extend(["by", *words] if variable else words)
        if variable:
            variables.extend(["by", *words])
        else:
            plain.extend(words)
    by_last = [*plain, *variables]
    wanted = [w.lower() for w in expected if not is_version_word(w)]
    given = [w.lower() for w in split_words(operation_id) if not is_version_word(w)]
    if given and given[0] in _METHOD_SYNONYMS.get(http_method.lower(), ()):
        given[0] = http_method.lower()  # Trello's ``updateBoardsByIdBoard`` for ``PUT``
    if any(
        given == [w.lower() for w in form if not is_version_word(w)]
        for form in (expected, short, by, by_last)
    ):
        return True
    # Not AWS's ``GET_ListRoles`` for ``/#Action=ListRoles``: that is its name.
    rpc = "#" in path or "=" in path
    return not rpc and _spells_path(operation_id, http_method, wanted[1:])


def without_path_prefix(operation_id: str, http_method: str, path: str) -> str:
    """HubSpot's ``get-/webhooks/v3/{appId}/settings_getAll`` -> ``getAll``: an
    id that spells the method and the whole path before its name is that name."""
    prefix = f"{http_method.lower()}-{path}_"
    if operation_id.lower().startswith(prefix.lower()) and operation_id[len(prefix) :]:
        return operation_id[len(prefix) :]
    return operation_id


_NOT_WORD_CHAR = re.compile(r"\W")


def without_framework_suffix(operation_id: str, http_method: str, path: str) -> str:
    """FastAPI's ``discord_get_discord_get`` for ``GET /discord`` -> ``discord_get``:
    FastAPI names an operation ``<function><path>_<method>`` with every
    non-word character of the path an underscore; the function's name is the
    author's, the rest says only what the path and the method do."""
    suffix = f"{_NOT_WORD_CHAR.sub('_', path)}_{http_method.lower()}"
    if operation_id.endswith(suffix) and operation_id[: -len(suffix)].strip("_"):
        return operation_id[: -len(suffix)]
    return operation_id


# Springfox's ids: ``<javaMethod>Using<HTTP METHOD>``, and ``_<n>`` after an id
# another operation already has (``delete``, ``delete_1`` ... ``delete_13``).
_SPRINGFOX_METHOD = re.compile(r"Using(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$")
_COUNTER = re.compile(r"^(.*[^_\d])_(\d+)$")


def without_springfox_suffix(operation_id: str, http_method: str) -> str:
    """Springfox's ``getAnnotationsUsingPOST`` for a ``POST`` -> ``getAnnotations``:
    the HTTP method after ``Using`` says only what the operation's method does."""
    found = _SPRINGFOX_METHOD.search(operation_id)
    if found and found.group(1).lower() == http_method.lower() and found.start():
        return operation_id[: found.start()]
    return operation_id


def counted_ids(operation_ids: Iterable[str]) -> dict[str, str]:
    """The ids a counter made unique, each with its base: Springfox numbers an
    id another operation already has (``delete`` for ``DELETE /customers/{id}``,
    ``delete_1`` ... ``delete_13`` for every other ``DELETE``, ``getUsingGET_3``),
    across the whole spec, so the number says nothing of the operation. The
    base's own id is in the family too (``delete`` -> ``delete``). An id with a
    number but no such base (``step_1`` alone) is left as it is."""
    ids = set(operation_ids)
    found: dict[str, str] = {}
    for operation_id in ids:
        counted = _COUNTER.match(operation_id)
        if counted and counted.group(1) in ids:
            found[operation_id] = found[counted.group(1)] = counted.group(1)
    return found | _hashed_ids(ids)


# Microsoft's OpenAPI.NET OData converter (Microsoft Graph): a short hash after
# ids that would repeat (``Get.Count.versions-8216``, ``Get.Count.versions-c405``).
_HASHED = re.compile(r"^(.*[^-])-([0-9a-f]{4})$")


def _hashed_ids(ids: AbstractSet[str]) -> dict[str, str]:
    """Ids ending in a four-digit hex hash, each with its base, where the spec
    hashes ids (three at least, two of them on one base): the hash says
    nothing a person would type (``get_count_8216``)."""
    bases = {i: m.group(1) for i in ids if (m := _HASHED.match(i))}
    if len(bases) < 3 or len(set(bases.values())) == len(bases):
        return {}
    return bases


def by_variable(variable: str, resource: Sequence[str]) -> str:
    """``by_<variable>`` without the resource's words leading it: ``clusterKey``
    in ``cluster`` -> ``by_key`` (``cluster.get_by_key``, not
    ``get_by_cluster_key``); a variable that is only the resource's name stays
    (``objectName`` in ``object_name``)."""
    words = split_words(variable)
    size = len(resource)
    if 0 < size < len(words) and all(
        same_word(a, b) for a, b in zip(words[:size], resource, strict=False)
    ):
        words = words[size:]
    return "by_" + "_".join(w.lower() for w in words)


def path_qualified(name: str, path: str, resource: Sequence[str]) -> str:
    """``name`` with the noun of the path that tells it apart, after its verb:
    ``delete`` for ``DELETE /customers/priceLists/{priceListId}`` ->
    ``delete_price_list``, ``get_all_ids`` for ``/customers/persons/ids`` ->
    ``get_all_person_ids``. The noun is the last plain segment of the path whose
    words are neither in the name nor the resource's (``resource``); ``""``
    when there is none."""
    words = name.split("_")
    known = {_word_key(w) for w in (*words, *resource)}
    for segment in reversed(_path_segments(path)):
        if _is_path_variable(segment) or "{" in segment:
            continue
        nouns = [w.lower() for w in split_words(segment)]
        if not nouns or any(is_version_word(w) for w in nouns) or nouns == ["api"]:
            continue
        if all(_word_key(w) in known for w in nouns):
            continue
        nouns[-1] = singular(nouns[-1])
        at = 1 if is_verb(words[0]) else 0
        while at < len(words) and words[at] in _QUANTIFIERS:
            at += 1
        return "_".join([*words[:at], *nouns, *words[at:]])
    return ""


_METHOD_PREFIX = re.compile(r"^(GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS)[-_]")


def _spells_path(operation_id: str, http_method: str, wanted: Sequence[str]) -> bool:
    """``GET_mc-lists-id`` for ``/marketing/lists/{id}``: the method in capitals,
    then path words in the path's order ending with its last, words of three
    letters or fewer that are not the path's read as abbreviations (``mc``)."""
    prefix = _METHOD_PREFIX.match(operation_id)
    if prefix is None or prefix.group(1).lower() != http_method.lower() or not wanted:
        return False
    given = [
        w.lower()
        for w in split_words(operation_id[prefix.end() :])
        if not is_version_word(w)
    ]
    given = [w for w in given if w in wanted or len(w) > 3]
    if not given or given[-1] != wanted[-1]:
        return False
    if any(w.isdigit() and w not in given for w in wanted):
        return False  # ``/segments/2.0``: a crud name would say ``2_0``
    rest = iter(wanted)
    return all(word in rest for word in given)  # in order, some left out


def crud_name(
    http_method: str,
    path: str,
    skip: re.Pattern[str],
    resource: Sequence[str] = (),
    *,
    collection: bool | None = None,
) -> str:
    """A method name from the method and the path below the resource's segment.

    ``GET /customers`` -> ``list``, ``POST /customers`` -> ``create``,
    ``GET /customers/{id}`` -> ``get``, ``POST|PUT|PATCH /customers/{id}`` ->
    ``update``, ``DELETE`` -> ``delete``; deeper paths name what they reach:
    ``GET /customers/{c}/sources`` -> ``list_sources``, ``POST
    /customers/{c}/sources`` -> ``create_source``, ``DELETE
    /customers/{c}/discount`` -> ``delete_discount``, and a one-word action
    after an item is the verb itself: ``POST /charges/{charge}/capture`` ->
    ``capture``. ``skip`` matches segments that are not names (``api``, ``v1``).
    When the resource's words (``resource``, from a tag) are not the path's first
    name, that name is part of the method's: ``GET /a`` in ``things`` -> ``get_a``.
    ``collection`` says whether a ``GET`` of the resource's own segment lists
    it (``/balance/history`` when ``/balance/history/{id}`` exists); without
    it, a plural segment is a collection.
    """
    method = http_method.lower()
    segments = _path_segments(path)
    start = _name_start(segments, skip)
    head = segments[start] if start < len(segments) else ""
    if not _named_by(head, resource):
        start -= 1  # the whole path below the API root names the method
        head = ""
    rest = segments[start + 1 :]
    item = bool(rest) and _is_path_variable(rest[-1])
    words = _reached_words(rest)
    if collection is None:
        collection = head.lower().endswith("s") and head.lower() not in _UNCOUNTABLE
    if not words:
        return _crud_verb(method, item=item, collection=collection)
    noun = "_".join(w.lower() for w in split_words("_".join(words)))
    if item:
        return f"{_crud_verb(method, item=True, collection=False)}_{noun}"
    one_action = bool(head) and len(words) == 1 and not _after_item(rest)
    return _deeper_name(method, words, noun, one_action=one_action)


def _name_start(segments: Sequence[str], skip: re.Pattern[str]) -> int:
    """Index of the path's first name (not a variable, API root or version); a
    root ending in a version (``/api-public/v1/alerts``) is not a name."""
    start = next(
        (
            i
            for i, s in enumerate(segments)
            if not _is_path_variable(s) and not skip.match(s)
        ),
        len(segments),
    )
    for i in range(start, len(segments)):
        if _is_path_variable(segments[i]):
            break
        if is_version_word(segments[i]) and i + 1 < len(segments):
            start = i + 1
    return start


def _named_by(head: str, resource: Sequence[str]) -> bool:
    """Whether the path segment ``head`` is the resource's name (or no name is given)."""
    head_words = split_words(head)
    if not resource:
        return True
    # ``/mail_settings`` in ``settings_mail`` (SendGrid's tag "Settings - Mail"):
    # the same words in another order name it too.
    return len(head_words) == len(resource) and sorted(
        map(_word_key, head_words)
    ) == sorted(map(_word_key, resource))


def _reached_words(rest: Sequence[str]) -> list[str]:
    """The plain segments below the resource's, one item of each collection
    followed by a variable (``sources/{id}/verify`` -> ``source``, ``verify``)."""
    words: list[str] = []
    for i, segment in enumerate(rest):
        if _is_path_variable(segment):
            continue
        followed_by_item = i + 1 < len(rest) and _is_path_variable(rest[i + 1])
        words.append(singular(segment) if followed_by_item else segment)
    return words


def _after_item(rest: Sequence[str]) -> bool:
    return len(rest) >= 2 and _is_path_variable(rest[-2])


def _crud_verb(method: str, *, item: bool, collection: bool) -> str:
    """The verb of an operation on the resource itself (or one of its items)."""
    if item:
        return {"get": "get", "delete": "delete"}.get(method, "update")
    if method == "get":
        return "list" if collection else "get"
    if method == "post":
        return "create"
    return {"delete": "delete"}.get(method, "update")


def _deeper_name(
    method: str, words: Sequence[str], noun: str, *, one_action: bool
) -> str:
    """The name of an operation on a path below the resource's item or segment
    (``list_sources``, ``create_source``, ``capture``, ``search``)."""
    last = words[-1]
    last_words = split_words(last)
    plural_noun = (
        last.lower().endswith("s") and last_words[-1].lower() not in _UNCOUNTABLE
    )
    if method == "get":
        if plural_noun:
            return f"list_{noun}"
        if len(last_words) == 1 and one_action and is_verb(last):
            return last.lower()  # GET /customers/search -> search; not a noun (footer)
        return f"get_{noun}"
    if method == "post":
        if plural_noun:
            single = [*words[:-1], singular(last)]
            return "create_" + "_".join(
                w.lower() for w in split_words("_".join(single))
            )
        if len(last_words) == 1 or is_verb(last_words[0]):
            # POST /charges/{charge}/capture -> capture; .../actions/attach_to_network
            return "_".join(w.lower() for w in last_words)
        return f"update_{noun}"
    if method == "delete":
        return f"delete_{noun}"
    return f"update_{noun}"


def _model_units(name: str) -> tuple[list[str], int] | None:
    """The parts a long schema name is shortened by, and how many the short name keeps.

    ``io.k8s.api.core.v1.Pod`` -> its dotted parts, keeping the last;
    ``IoK8sApiCoreV1Pod`` -> its words, keeping those after the last inner
    version word. ``None`` for names that are not namespaced this way.
    """
    if "." in name:
        units = [u for u in name.split(".") if u]
        if len(units) > 1 and not is_version_word(units[-1]):
            return units, 1
        return None
    words = split_words(name)
    for i in range(len(words) - 2, 0, -1):
        if is_version_word(words[i]):
            return words, len(words) - 1 - i
    return None


def short_model_names(names: Iterable[str]) -> dict[str, str]:
    """Each schema name's class-name text: the last meaningful part of namespaced names.

    ``io.k8s.api.core.v1.Pod`` and ``IoK8sApiCoreV1Pod`` become ``Pod``. Names
    that would collide keep one more part each, until they differ (or are
    whole): ``io.k8s.api.core.v1.Event`` and ``io.k8s.api.events.v1.Event``
    become ``CoreV1Event`` and ``EventsV1Event``. Depends only on the set of
    names, so the result is the same on every run. Other names map to themselves.
    """
    units: dict[str, list[str]] = {}
    kept: dict[str, int] = {}
    fixed: set[str] = set()
    for name in names:
        found = _model_units(name)
        if found is None:
            units[name], kept[name] = [name], 1
            fixed.add(name)
        else:
            units[name], kept[name] = found

    def candidate(name: str) -> str:
        return "".join(
            u[:1].upper() + u[1:] for u in units[name][-kept[name] :]
        ).lower()

    while True:
        groups: dict[str, list[str]] = {}
        for name in units:
            groups.setdefault(candidate(name), []).append(name)
        grew = False
        for group in groups.values():
            if len(group) < 2:
                continue
            for name in group:
                if name not in fixed and kept[name] < len(units[name]):
                    kept[name] += 1
                    grew = True
        if not grew:
            break
    return {
        name: name
        if name in fixed or kept[name] >= len(units[name])
        else "".join(u[:1].upper() + u[1:] for u in units[name][-kept[name] :])
        for name in units
    }


# -- other generators' naming extensions ----------------------------------
#
# Specs annotated for Speakeasy or Fern say how their SDKs name things; honouring
# those gives the names the vendor chose (``x-clientsmith-*`` still wins).


def vendor_group(operation: Mapping[str, Any]) -> list[str]:
    """The resource path an operation's ``x-speakeasy-group`` or ``x-fern-sdk-group-name`` gives.

    Speakeasy nests with dots (``users.accounts``); Fern with a list
    (``[users, accounts]``) or takes one string. Empty when neither is set.
    """
    speakeasy = operation.get("x-speakeasy-group")
    if isinstance(speakeasy, str) and speakeasy.strip(". "):
        return [s for s in speakeasy.split(".") if s.strip()]
    fern = operation.get("x-fern-sdk-group-name")
    if isinstance(fern, str) and fern.strip():
        return [fern]
    if (
        isinstance(fern, list)
        and fern
        and all(isinstance(s, str) and s.strip() for s in fern)
    ):
        return [str(s) for s in fern]
    return []


def vendor_method(operation: Mapping[str, Any]) -> str | None:
    """``x-speakeasy-name-override`` or ``x-fern-sdk-method-name``, if set."""
    for key in ("x-speakeasy-name-override", "x-fern-sdk-method-name"):
        value = operation.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def stripe_method_names(document: Mapping[str, Any]) -> dict[tuple[str, str], str]:
    """(method, path) -> method name from the ``x-stripeOperations`` of Stripe's schemas.

    Stripe's spec lists, on each resource schema, the SDK's name for each
    operation (``{method_name: list, operation: get, path: /v1/customers}``).
    """
    components = document.get("components")
    schemas = components.get("schemas") if isinstance(components, Mapping) else None
    found: dict[tuple[str, str], str] = {}
    if not isinstance(schemas, Mapping):
        return found
    for schema in schemas.values():
        operations = (
            schema.get("x-stripeOperations") if isinstance(schema, Mapping) else None
        )
        if not isinstance(operations, list):
            continue
        for entry in operations:
            if not isinstance(entry, Mapping):
                continue
            name, verb, path = (
                entry.get(k) for k in ("method_name", "operation", "path")
            )
            if (
                isinstance(name, str)
                and isinstance(verb, str)
                and isinstance(path, str)
                and name
            ):
                found.setdefault((verb.lower(), path), name)
    return found


def drop_version_words(name: str, path: str) -> str:
    """``create_api_public_v1_profile_policy`` for ``/api/public/v1/...`` -> ``create_profile_policy``.

    A path's root up to its version (``api/public/v1``) repeated in a method
    name is dropped as a whole; else lone version words are (``delete_by_id_v2``
    -> ``delete_by_id``). Nothing is dropped when nothing would remain.
    """
    words = name.split("_")
    if not any(is_version_word(w) for w in words):
        return name
    root: list[str] = []
    for segment in _path_segments(path):
        if _is_path_variable(segment):
            root = []  # no version before the first variable: no root
            break
        root.extend(w.lower() for w in split_words(segment))
        if any(is_version_word(w) for w in split_words(segment)):
            break
    else:
        root = []
    size = len(root)
    if size:
        for start in range(len(words) - size + 1):
            if words[start : start + size] == root:
                rest = words[:start] + words[start + size :]
                if rest:
                    return "_".join(rest)
    rest = [w for w in words if not is_version_word(w)]
    return "_".join(rest) if rest else name


_GLUED_VERSION = "(?<=[a-z])({})(?=_|[A-Z]|$)"


def split_glued_version(operation_id: str, path: str) -> str:
    """``cities_getv1`` for ``/v1/cities`` -> ``cities_get_v1``: a path's version
    written onto a word of the id (FastAPI functions named ``cities_getv1``,
    ``locationsv1_get``), or a date one (CloudFront's
    ``ListDistributions2020_05_31``), is a word of its own, so it can go like
    any version."""
    for version in set(_path_versions(path)):
        if version[:1] == "v" and version[1:].isdigit():
            pattern = _GLUED_VERSION.format(re.escape(version))
            operation_id = re.sub(pattern, r"_\1", operation_id)
        elif date := _DATE_VERSION.fullmatch(version):
            # CloudFront's ``ListDistributions2020_05_31`` for ``/2020-05-31/``.
            pattern = _GLUED_VERSION.format("[_-]?".join(date.groups()))
            operation_id = re.sub(pattern, "_" + "".join(date.groups()), operation_id)
    return operation_id


_DATE_VERSION = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


_PATH_VARIABLE = re.compile(r"{([A-Za-z][A-Za-z0-9_]*)}")


def split_glued_variables(operation_id: str, path: str) -> str:
    """``GetAttributeByattributeId`` for ``/attribute/{attributeId}`` ->
    ``GetAttributeByAttributeId``: path variables written in their own case
    right after a short capitalised word (Visma's ``By<variable>``,
    ``BykitInventoryIDrevisionID``) start words of their own, so ``by`` and
    the variables' words read apart."""
    variables = sorted(
        {v for v in _PATH_VARIABLE.findall(path) if v[0].islower()},
        key=len,
        reverse=True,
    )
    if not variables:
        return operation_id
    names = "|".join(map(re.escape, variables))
    pattern = rf"(?<=[a-z][A-Z][a-z])((?:{names})+)(?![a-z])"

    def capitalised(found: re.Match[str]) -> str:
        return re.sub(
            names, lambda v: v.group()[0].upper() + v.group()[1:], found.group()
        )

    return re.sub(pattern, capitalised, operation_id)


def is_version_tag(tag: str) -> bool:
    """Whether a tag only names a version of the API (OpenAQ's ``v1``, ``v2``,
    ``API v2``): it groups operations by version, not by what they act on."""
    words = [w.lower() for w in split_words(tag)]
    meaningful = [w for w in words if w not in _NOISE_WORDS]
    return bool(meaningful) and all(is_version_word(w) for w in meaningful)


_VERSION_PARTS = re.compile(
    r"^(?:api)?v?(\d+(?:[._-]?\d+)*)(?:(alpha|beta)(\d*))?$", re.IGNORECASE
)


def _version_key(version: str) -> tuple[tuple[int, ...], int, int]:
    """A sortable key of a version word: ``v2`` > ``v1`` > ``v1beta2`` > ``v1alpha1``."""
    found = _VERSION_PARTS.match(version)
    if found is None:
        return (), 0, 0
    numbers = tuple(int(n) for n in re.findall(r"\d+", found.group(1)))
    stability = {"alpha": 0, "beta": 1}.get((found.group(2) or "").lower(), 2)
    return numbers, stability, int(found.group(3) or 0)


@lru_cache(maxsize=8192)  # asked for each operation, and again as names settle
def _path_versions(path: str) -> tuple[str, ...]:
    return tuple(s.lower() for s in _path_segments(path) if is_version_word(s))


def path_version(path: str) -> str:
    """The first version segment of ``path`` (``v2`` of ``/v2/cities``), or ``""``."""
    versions = _path_versions(path)
    return versions[0] if versions else ""


def without_versions(path: str) -> str:
    """``path`` less its version segments: ``/v1/cities`` and ``/v2/cities`` are
    the same operation's paths under two versions."""
    return "/".join(s for s in path.split("/") if not is_version_word(s))


# ``repositories-v1``: a name, then a version written onto it with a hyphen or
# an underscore (Atlassian Crucible's ``/rest-service/reviews-v1/{id}``).
_GLUED_SEGMENT_VERSION = re.compile(
    r"^([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*?)[-_](v\d+)$"
)


def _segment_key(segments: Sequence[str]) -> str:
    return "/".join("{}" if "{" in s else s.lower() for s in segments)


def unglued_versions(path: str, plain: AbstractSet[str] = frozenset()) -> str:
    """``/rest-service/repositories-v1/{repository}`` ->
    ``/rest-service/v1/repositories/{repository}``: a version written onto a
    path segment is version ``v1`` of what the segment names, so for naming
    it is a version segment of its own, in front of the name. The resource is
    then ``repositories``, not ``repositories_v1``, and where the same path is
    under two such versions the newest keeps the plain name, as for whole
    version segments (:func:`version_ranks`). Not where the spec also has the
    name without a version at the same place (``plain``, keys of
    :func:`_segment_key`): Microsoft Graph's ``/security/alerts_v2`` beside
    ``/security/alerts`` is another resource, told apart by its version.
    Only the names are made from this path; requests go to the spec's."""
    segments = path.split("/")
    out: list[str] = []
    for i, segment in enumerate(segments):
        found = None if "{" in segment else _GLUED_SEGMENT_VERSION.match(segment)
        if (
            found is None
            or is_version_word(found.group(1))
            or _segment_key([*segments[:i], found.group(1)]) in plain
        ):
            out.append(segment)
        else:
            out += [found.group(2), found.group(1)]
    return "/".join(out)


def naming_paths(paths: Iterable[str]) -> dict[str, str]:
    """The spec's paths whose names are made from another path
    (:func:`unglued_versions`), each with that path."""
    every = list(paths)
    glued = [p for p in every if any(map(_GLUED_SEGMENT_VERSION.match, p.split("/")))]
    if not glued:
        return {}
    plain: set[str] = set()
    for path in every:
        segments = path.split("/")
        plain |= {_segment_key(segments[: i + 1]) for i in range(len(segments))}
    found = {p: unglued_versions(p, plain) for p in glued}
    return {p: named for p, named in found.items() if named != p}


def _tag_version_is_the_paths(words: Sequence[str], path: str) -> bool:
    """Whether a tag's trailing version (``words[-1]``) is ``path``'s version
    segment, with the tag's name below it and not above it: XTRF's
    ``Projects (Smart)(v2)`` for ``/v2/projects/{id}``, not Kubernetes'
    ``apps_v1`` for ``/apis/apps/v1/deployments`` (an API group's version)
    nor ``core_v1`` for ``/api/v1/pods`` (a group the path does not name)."""
    version = words[-1].lower()
    segments = [s for s in _path_segments(path) if not _is_path_variable(s)]
    at = next((i for i, s in enumerate(segments) if s.lower() == version), None)
    if at is None:
        return False
    name = [w for w in words[:-1] if w.lower() not in _NOISE_WORDS]

    def named(part: Sequence[str]) -> bool:
        found = [w for s in part for w in split_words(s)]
        # Visma's ``SalesOrderV2`` for ``/v2/salesorder``: one word in the path.
        glued = "".join(name).lower() in {"".join(split_words(s)).lower() for s in part}
        return glued or any(same_word(a, b) for a in name for b in found)

    return named(segments[at + 1 :]) and not named(segments[:at])


def product_version_tags(operations: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Tags whose trailing version is the version of the paths they group, or
    that no path says, each with its text less the version: ``{"Projects
    (Smart)(v2)": "Projects Smart"}``, as a person names XTRF's resource
    ``projects_smart``; Stream's ``Permissions V2`` (``/permissions``) is
    ``permissions``. Every
    operation of the tag must say so (:func:`_tag_version_is_the_paths`), and
    the name must be no other tag's; of two versions of a name, the newest
    has it. ``operations`` are (first tag, path) pairs."""
    verdicts: dict[str, bool] = {}
    for tag, path in operations:
        words = split_words(tag)
        ok = len(words) > 1 and is_version_word(words[-1])
        # Stream's ``Permissions V2`` for ``/permissions``: a version only the
        # tag says is the product's, not a resource's (Bungie's ``GroupV2``
        # for ``/GroupV2/...`` and Kubernetes' ``core_v1`` for ``/api/v1/``
        # are their paths').
        only_tag = ok and words[-1].lower() not in path.lower()
        ok = ok and (only_tag or _tag_version_is_the_paths(words, path))
        verdicts[tag] = verdicts.get(tag, True) and ok
    taken = {snake_name(t) for t, ok in verdicts.items() if not ok}
    newest: dict[str, str] = {}
    for tag in sorted(t for t, ok in verdicts.items() if ok):
        plain = " ".join(split_words(tag)[:-1])
        key = snake_name(plain)
        if key in taken:
            continue
        other = newest.get(key)
        version = _version_key(split_words(tag)[-1])
        if other is None or version > _version_key(split_words(other)[-1]):
            newest[key] = tag
    return {tag: " ".join(split_words(tag)[:-1]) for tag in newest.values()}


def versioned_tag_twins(operations: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Tags that are a newer version of another tag's resource, each with that
    tag: Visma's ``PurchaseReceiptV2`` (paths under ``/v2/``) beside
    ``PurchaseReceipt`` (paths under ``/v1/``) is one resource,
    ``purchase_receipt``, whose older operations are told apart by their
    version (``list_v1``), not ``purchase_receipt_v2`` beside it. Every
    operation of the versioned tag must carry the tag's version below its
    name (:func:`_tag_version_is_the_paths`), and every one of the plain tag an
    older version. ``operations`` are (first tag, path) pairs."""
    ok: dict[str, bool] = {}  # versioned tags: whether every path fits
    versions: dict[str, set[str]] = {}
    plain_tags: dict[str, str] = {}
    for tag, path in operations:
        words = split_words(tag)
        versions.setdefault(tag, set()).add(path_version(path))
        if len(words) > 1 and is_version_word(words[-1]):
            fits = _tag_version_is_the_paths(words, path)
            ok[tag] = ok.get(tag, True) and fits
        elif words:  # not ``!!!``: a tag with no words names nothing
            plain_tags.setdefault(snake_name(tag), tag)
    found: dict[str, str] = {}
    for tag, fits in ok.items():
        words = split_words(tag)
        plain = plain_tags.get(snake_name(" ".join(words[:-1])))
        if not fits or plain is None:
            continue
        newest = _version_key(words[-1].lower())
        older = versions[plain]
        if all(v and _version_key(v) < newest for v in older):
            found[tag] = plain
    return found


def version_ranks(paths: Iterable[str]) -> dict[str, int]:
    """Each version the paths are under, newest first (``{"v2": 0, "v1": 1}``),
    or ``{}`` when they are under one version or none. Where the same
    operation exists under two versions, the newest keeps the plain name
    (``cities.list``) and older ones are told apart (``cities.list_v1``), as
    Twilio's SDK keeps ``client.chat.services`` for its newest version."""
    versions = {path_version(p) for p in paths} - {""}
    if len(versions) < 2:
        return {}
    ordered = sorted(versions, key=_version_key, reverse=True)
    return {version: rank for rank, version in enumerate(ordered)}


_RPC_TARGET = re.compile(r"^#X-Amz-Target=(?:.*\.)?([^.]+)\.[^.]+$", re.IGNORECASE)


def rpc_resource(segment: str) -> str | None:
    """The resource of an RPC-style path segment, one for the whole service.

    AWS paths name the operation after ``#`` (``/#X-Amz-Target=
    com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.AddTags``, ``/#Action=
    AcceptAddressTransfer``): taking that as the resource would give one
    resource per operation. The target's service (``CloudTrail``, less its date)
    or ``actions`` is the resource instead.
    """
    if not segment.startswith("#"):
        return None
    target = _RPC_TARGET.match(segment)
    if target:
        return re.sub(r"_?\d{8}$", "", target.group(1)) or "actions"
    return "actions"


# -- configured naming ---------------------------------------------------------------

NAME_KINDS = ("resources", "methods", "models", "parameters")
"""What the config's ``naming`` patterns may rename."""


@dataclass(frozen=True)
class NamingRules:
    """The config's ``naming`` section: the style and pattern renames.

    ``style`` ``derived`` (default) applies the rules of this module;
    ``operation_id`` names methods after their operationIds as they are (in
    snake_case). ``patterns`` are ``(kind, regex, replacement)``: each generated
    name of that kind that the regular expression matches (``re.fullmatch``) is
    replaced (``\\1`` refers to a group), before collisions are resolved.
    """

    style: Literal["derived", "operation_id"] = "derived"
    patterns: tuple[tuple[str, str, str], ...] = ()

    def apply(self, kind: str, name: str) -> str:
        """``name`` after the first matching pattern of ``kind`` (or unchanged)."""
        for pattern_kind, pattern, replacement in self.patterns:
            if pattern_kind != kind:
                continue
            match = re.fullmatch(pattern, name)
            if match:
                return match.expand(replacement)
        return name


def api_display_name(title: str) -> str:
    """The API's name in prose: ``Petstore`` -> ``Petstore API``.

    A title that already ends in "API" (``Akeneo PIM REST API``) is kept as it
    is, so no text reads "API API".
    """
    text = " ".join(title.split()) or "the"
    last = text.rsplit(" ", 1)[-1]
    return text if last.upper() in ("API", "APIS") else text + " API"


_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def summary_line(summary: str | None, description: str | None) -> str:
    """A one-line summary for tables: the summary, else the description's first
    sentence (capped at 120 characters), else nothing."""
    for text in (summary, description):
        line = " ".join((text or "").split())
        if line:
            first = _SENTENCE_END.split(line, maxsplit=1)[0]
            return first if len(first) <= 120 else first[:119].rstrip() + "…"
    return ""


# Module-level names of the generated ``webhooks.py`` (the runtime is imported
# as ``_webhooks``, so a payload model may be called ``Signature``). Parse
# functions start with ``parse_`` and never meet the others.
WEBHOOK_MODULE_NAMES = frozenset(
    {
        "EVENT_HEADER",
        "Mapping",
        "SECRET_ENV",
        "SIGNATURE",
        "WebhookPayload",
        "WebhookPayloadError",
        "WebhookVerificationError",
        "unwrap",
        "unsafe_unwrap",
        "verify_signature",
    }
)
WEBHOOK_ERRORS = ("WebhookPayloadError", "WebhookVerificationError")
"""Runtime errors ``webhooks.py`` re-exports, unless a payload model has the name."""


def webhook_payload_alias(models: Iterable[str]) -> str:
    """The name of the payload union: ``WebhookPayload``, unless a model has it."""
    taken = set(models)
    name = "WebhookPayload"
    while name in taken:
        name = "Any" + name
    return name


def webhook_function_name(name: str) -> str:
    """The parse function of a webhook or callback: ``bookAdded`` -> ``parse_book_added``."""
    return "parse_" + snake_name(name, fallback="webhook", keep_builtins=True)


def webhook_model_hint(name: str) -> str:
    """The class name an inline webhook payload schema gets: ``BookAddedPayload``."""
    return class_name(name, fallback="Webhook") + "Payload"


# Server environments: vendor extensions that name a server, most specific first.
SERVER_NAME_EXTENSIONS = (
    "x-clientsmith-environment",
    "x-fern-server-name",
    "x-speakeasy-server-id",
)
# Words that say nothing about which server it is ("Production server").
_SERVER_NOISE = frozenset(
    {
        "server",
        "servers",
        "environment",
        "env",
        "api",
        "apis",
        "endpoint",
        "url",
        "base",
        "the",
        "for",
        "a",
        "an",
    }
)
_GENERIC_HOST_LABELS = frozenset({"api", "www", "rest", "app", "localhost"})
MAX_ENVIRONMENT_WORDS = 3


def _environment_words(text: str) -> list[str]:
    words = [w.lower() for w in split_words(text)]
    return [w for w in words if w not in _SERVER_NOISE][:MAX_ENVIRONMENT_WORDS]


def environment_name(
    extension: str | None, description: str | None, url: str, index: int
) -> str:
    """The name a server is selected by (``Client(environment="sandbox")``).

    A naming extension wins (``x-clientsmith-environment``, Fern's
    ``x-fern-server-name``, Speakeasy's ``x-speakeasy-server-id``), then the
    description without filler words ("Sandbox server" -> ``sandbox``, at most
    three words), then the first label of a literal host that is not generic
    (``sandbox.example.com`` -> ``sandbox``; not ``api``, ``www``, a version
    or a variable), else ``default`` for the first server
    and ``server_<n>`` for the others. Names are
    lower snake_case words, whatever the spec wrote.
    """
    for text in (extension, description):
        words = _environment_words(text or "")
        if words:
            return "_".join(words)
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    label = host.split(".", 1)[0]
    if (
        "." in host
        and "{" not in label
        and label.lower() not in _GENERIC_HOST_LABELS
        # v2.example.com is a version, not an environment
        and not is_version_word(label)
    ):
        words = _environment_words(label)
        if words:
            return "_".join(words)
    return "default" if index == 0 else f"server_{index + 1}"


def environment_names(
    servers: Sequence[tuple[str | None, str | None, str]],
) -> tuple[str, ...]:
    """Distinct environment names for ``(extension, description, url)`` servers,
    in order; a repeated name gets ``_2``, ``_3``..."""
    space = Namespace()
    return tuple(
        space.claim(environment_name(extension, description, url, index))
        for index, (extension, description, url) in enumerate(servers)
    )
