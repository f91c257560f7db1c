"""Parameter serialisation per OpenAPI 3 ``style``/``explode``.

Pure functions from Python values to wire text. Each location has one entry
point: :func:`expand_path_param` (simple/label/matrix), :func:`query_pairs`
(form, spaceDelimited, pipeDelimited, deepObject), :func:`header_value`
(simple) and :func:`cookie_pairs` (form). The query and path helpers return
text that is already percent-encoded, so separators such as ``,`` and ``|``
reach the server as the spec prints them.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from ._lazy import is_loaded_instance, is_pydantic_model
from ._types import NotGiven
from .operation import Param

__all__ = [
    "cookie_pairs",
    "encode_path_segment",
    "encode_query",
    "expand_path_param",
    "header_value",
    "jsonable",
    "query_pairs",
    "scalar_text",
]

# RFC 3986 unreserved characters are never encoded; ``allowReserved`` adds the
# reserved set.
_RESERVED = ":/?#[]@!$&'()*+,;="


def jsonable(value: Any) -> Any:
    """Convert models, enums and containers of them to plain JSON-able data.

    Models are dumped by alias in JSON mode with ``exclude_unset`` so fields the
    caller never set are not sent (``None`` set explicitly is kept).
    """
    if is_pydantic_model(value):
        return value.model_dump(by_alias=True, mode="json", exclude_unset=True)
    if isinstance(value, str | int | float | bool) or value is None:
        if isinstance(value, enum.Enum):
            return value.value
        return value
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, Mapping):
        return {
            str(k.value if isinstance(k, enum.Enum) else k): jsonable(v)
            for k, v in value.items()
            if not isinstance(v, NotGiven)
        }
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    if isinstance(value, _dt.datetime | _dt.date | _dt.time):
        return value.isoformat()
    if isinstance(value, Decimal) or is_loaded_instance(value, "uuid", "UUID"):
        return str(value)
    if isinstance(value, bytes):
        return value.decode()
    return value


def scalar_text(value: Any) -> str:
    """Text form of one primitive: ``true``/``false``, ISO dates, enum values."""
    if isinstance(value, str):
        return str(value.value) if isinstance(value, enum.Enum) else value
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return scalar_text(value.value)
    if isinstance(value, int | float | Decimal) or is_loaded_instance(
        value, "uuid", "UUID"
    ):
        return str(value)
    if isinstance(value, _dt.datetime | _dt.date | _dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode()
    if is_pydantic_model(value) or isinstance(value, Mapping | list | tuple):
        return json.dumps(jsonable(value), separators=(",", ":"))
    return str(value)


def _shape(value: Any) -> Any:
    """Normalise to a str, a list of str or a dict of str -> str-ish."""
    if is_pydantic_model(value):
        value = value.model_dump(by_alias=True, mode="json", exclude_unset=True)
    if isinstance(value, Mapping):
        return {
            str(k): v
            for k, v in value.items()
            if v is not None and not isinstance(v, NotGiven)
        }
    if isinstance(value, list | tuple | set | frozenset):
        return [scalar_text(v) for v in value]
    return scalar_text(value)


def _enc(text: str, allow_reserved: bool = False) -> str:
    return quote(text, safe=_RESERVED if allow_reserved else "")


def encode_path_segment(text: str) -> str:
    """Percent-encode a path value so it stays inside its segment.

    Nothing is safe: ``/``, ``?`` and ``#`` are encoded, and a value made only
    of dots (``.``/``..``), which URL normalisation would resolve away, has
    its dots encoded too.
    """
    encoded = quote(text, safe="")
    if encoded and encoded.strip(".") == "":
        encoded = encoded.replace(".", "%2E")
    return encoded


_enc_path = encode_path_segment


def expand_path_param(param: Param, value: Any) -> str:
    """Render one path parameter (styles simple, label, matrix), encoded.

    Every value is percent-encoded with no safe characters, so ``/``, ``?`` and
    ``#`` in a value cannot leave the path segment.
    """
    if param.json:
        return _enc_path(json.dumps(jsonable(value), separators=(",", ":")))
    style = param.style or "simple"
    expand = _PATH_STYLES.get(style)
    if expand is None:
        raise ValueError(
            f"unsupported path style {style!r} for parameter {param.name!r}"
        )
    return expand(param.name, _shape(value), bool(param.explode))


def _pairs(shaped: dict[Any, Any], inner: str, outer: str, lead: str = "") -> str:
    """``k<inner>v`` pairs of a path object, each preceded by ``lead``, joined by
    ``outer``."""
    return outer.join(
        f"{lead}{_enc_path(k)}{inner}{_enc_path(scalar_text(v))}"
        for k, v in shaped.items()
    )


def _simple_style(name: str, shaped: Any, explode: bool) -> str:
    if isinstance(shaped, list):
        return ",".join(_enc_path(v) for v in shaped)
    if isinstance(shaped, dict):
        return _pairs(shaped, "=" if explode else ",", ",")
    return _enc_path(shaped)


def _label_style(name: str, shaped: Any, explode: bool) -> str:
    if shaped == "":
        # A label-style empty value is a lone ``.``; as a whole segment URL
        # normalisation would drop it, so it goes out percent-encoded.
        return "%2E"
    if isinstance(shaped, list):
        joiner = "." if explode else ","
        return "." + joiner.join(_enc_path(v) for v in shaped)
    if isinstance(shaped, dict):
        if explode:
            return _pairs(shaped, "=", "", lead=".")
        return "." + _pairs(shaped, ",", ",")
    return "." + _enc_path(shaped)


def _matrix_style(name: str, shaped: Any, explode: bool) -> str:
    if isinstance(shaped, list):
        if explode:
            return "".join(f";{_enc(name)}={_enc_path(v)}" for v in shaped)
        return f";{_enc(name)}=" + ",".join(_enc_path(v) for v in shaped)
    if isinstance(shaped, dict):
        if explode:
            return _pairs(shaped, "=", "", lead=";")
        return f";{_enc(name)}=" + _pairs(shaped, ",", ",")
    return f";{_enc(name)}" + (f"={_enc_path(shaped)}" if shaped != "" else "")


# The path styles of OpenAPI 3 (``style`` of a path parameter).
_PATH_STYLES: dict[str, Callable[[str, Any, bool], str]] = {
    "simple": _simple_style,
    "label": _label_style,
    "matrix": _matrix_style,
}


def query_pairs(param: Param, value: Any) -> list[tuple[str, str]]:
    """Render one query parameter as already-encoded ``(name, value)`` pairs.

    ``None`` means "omit": OpenAPI has no portable way to send a null query
    value, and most servers read an empty value as a string.
    """
    if value is None:
        return []
    reserved = param.allow_reserved
    name = _enc(param.name)
    if param.json:
        return [(name, _enc(json.dumps(jsonable(value), separators=(",", ":"))))]
    style = param.style or "form"
    explode = True if param.explode is None and style == "form" else bool(param.explode)
    if style == "deepObject":
        return _deep_pairs(param.name, value, reserved)
    shaped = _shape(value)
    if isinstance(shaped, list):
        if explode:
            return [(name, _enc(v, reserved)) for v in shaped]
        delimiter = {"spaceDelimited": "%20", "pipeDelimited": "|"}.get(style, ",")
        return [(name, delimiter.join(_enc(v, reserved) for v in shaped))]
    if isinstance(shaped, dict):
        if explode:
            return [
                (_enc(k), _enc(scalar_text(v), reserved)) for k, v in shaped.items()
            ]
        delimiter = {"spaceDelimited": "%20", "pipeDelimited": "|"}.get(style, ",")
        return [
            (
                name,
                delimiter.join(
                    f"{_enc(k, reserved)}{delimiter}{_enc(scalar_text(v), reserved)}"
                    for k, v in shaped.items()
                ),
            )
        ]
    return [(name, _enc(shaped, reserved))]


def _deep_pairs(prefix: str, value: Any, reserved: bool) -> list[tuple[str, str]]:
    """``deepObject``: ``name[key]=v``, nested as deep as the value goes.

    OpenAPI defines deepObject for one level of primitives only; deeper values
    follow the bracket convention servers such as Rails, PHP, ``qs`` and Stripe
    parse: ``a[b][c]=v``, arrays of primitives ``a[]=v``, and arrays holding
    objects or arrays ``a[0][b]=v``.
    """
    pairs: list[tuple[str, str]] = []
    _deep_walk(prefix, jsonable(value), reserved, pairs)
    return pairs


def _deep_walk(
    prefix: str, value: Any, reserved: bool, out: list[tuple[str, str]]
) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if item is not None:
                _deep_walk(f"{prefix}[{key}]", item, reserved, out)
    elif isinstance(value, list):
        if any(isinstance(item, dict | list) for item in value):
            for index, item in enumerate(value):
                if item is not None:
                    _deep_walk(f"{prefix}[{index}]", item, reserved, out)
        else:
            out.extend(
                (_deep_key(f"{prefix}[]"), _enc(scalar_text(item), reserved))
                for item in value
                if item is not None
            )
    else:
        out.append((_deep_key(prefix), _enc(scalar_text(value), reserved)))


def _deep_key(key: str) -> str:
    # deepObject brackets stay literal: servers (Rails, PHP, qs) parse them raw.
    return quote(key, safe="[]")


def encode_query(pairs: list[tuple[str, str]]) -> str:
    """Join already-encoded pairs into a query string."""
    return "&".join(f"{k}={v}" for k, v in pairs)


def header_value(param: Param, value: Any) -> str | None:
    """Render one header parameter (style simple); ``None`` omits the header."""
    if value is None:
        return None
    if param.json:
        return json.dumps(jsonable(value), separators=(",", ":"))
    shaped = _shape(value)
    if isinstance(shaped, list):
        return ",".join(shaped)
    if isinstance(shaped, dict):
        sep = "=" if param.explode else ","
        return ",".join(f"{k}{sep}{scalar_text(v)}" for k, v in shaped.items())
    return str(shaped)


def cookie_pairs(param: Param, value: Any) -> list[tuple[str, str]]:
    """Render one cookie parameter (style form) as ``(name, value)`` pairs."""
    if value is None:
        return []
    if param.json:
        return [
            (
                param.name,
                quote(json.dumps(jsonable(value), separators=(",", ":")), safe=""),
            )
        ]
    explode = True if param.explode is None else param.explode
    shaped = _shape(value)
    # Cookie values cannot hold ``;``, ``,`` or spaces unencoded.
    enc = _cookie_enc
    if isinstance(shaped, list):
        if explode:
            return [(param.name, enc(v)) for v in shaped]
        return [(param.name, ",".join(enc(v) for v in shaped))]
    if isinstance(shaped, dict):
        if explode:
            return [(k, enc(scalar_text(v))) for k, v in shaped.items()]
        return [
            (
                param.name,
                ",".join(f"{enc(k)},{enc(scalar_text(v))}" for k, v in shaped.items()),
            )
        ]
    return [(param.name, enc(shaped))]


def _cookie_enc(text: str) -> str:
    return quote(text, safe="!#$%&'()*+-./:<=>?@[]^_`{|}~")
