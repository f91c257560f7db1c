"""Requests on the wire, by the book (issue 10 §2 "Requests").

* Every parameter style and explode combination, checked on the request httpx
  sends against the OpenAPI 3 "Style Examples" table (written out below as
  data: empty / primitive / array / object x each style x explode).
* ``content``-encoded parameters (``content: application/json``).
* Form bodies encoded per the ``encoding`` object (Stripe's deepObject
  ``metadata[k]=v``, nested arrays), multipart always multipart with per-part
  content types, wildcard media types sent as ``application/json``.
* Path templates carrying a query or a fragment (Azure ``?op=``, AWS ``#Action=``).
"""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import unquote

import httpx
import pydantic
import pytest

import clientsmith
from clientsmith import Body, Encoding, Operation, Param
from clientsmith._body import encode_body, json_media_type
from clientsmith._plan import split_path_template
from clientsmith.models import BaseModel

from ._helpers import Recorder, run

BASE = "https://api.example.test"

# The OpenAPI 3.0.3 / 3.1 "Style Examples" table: a parameter ``color`` holding
# an empty string, the string "blue", the array ["blue", "black", "brown"] or
# the object {"R": 100, "G": 200, "B": 150}. ``None`` marks the table's "n/a".
EMPTY = ""
STRING = "blue"
ARRAY = ["blue", "black", "brown"]
OBJECT = {"R": 100, "G": 200, "B": 150}
VALUES = {"empty": EMPTY, "string": STRING, "array": ARRAY, "object": OBJECT}

STYLE_TABLE: list[tuple[str, bool, dict[str, str | None]]] = [
    (
        "matrix",
        False,
        {
            "empty": ";color",
            "string": ";color=blue",
            "array": ";color=blue,black,brown",
            "object": ";color=R,100,G,200,B,150",
        },
    ),
    (
        "matrix",
        True,
        {
            "empty": ";color",
            "string": ";color=blue",
            "array": ";color=blue;color=black;color=brown",
            "object": ";R=100;G=200;B=150",
        },
    ),
    (
        "label",
        False,
        {
            "empty": ".",
            "string": ".blue",
            "array": ".blue,black,brown",
            "object": ".R,100,G,200,B,150",
        },
    ),
    (
        "label",
        True,
        {
            "empty": ".",
            "string": ".blue",
            "array": ".blue.black.brown",
            "object": ".R=100.G=200.B=150",
        },
    ),
    (
        "simple",
        False,
        {
            "empty": None,
            "string": "blue",
            "array": "blue,black,brown",
            "object": "R,100,G,200,B,150",
        },
    ),
    (
        "simple",
        True,
        {
            "empty": None,
            "string": "blue",
            "array": "blue,black,brown",
            "object": "R=100,G=200,B=150",
        },
    ),
    (
        "form",
        False,
        {
            "empty": "color=",
            "string": "color=blue",
            "array": "color=blue,black,brown",
            "object": "color=R,100,G,200,B,150",
        },
    ),
    (
        "form",
        True,
        {
            "empty": "color=",
            "string": "color=blue",
            "array": "color=blue&color=black&color=brown",
            "object": "R=100&G=200&B=150",
        },
    ),
    (
        "spaceDelimited",
        False,
        {
            "empty": None,
            "string": None,
            "array": "color=blue%20black%20brown",
            "object": "color=R%20100%20G%20200%20B%20150",
        },
    ),
    (
        "pipeDelimited",
        False,
        {
            "empty": None,
            "string": None,
            "array": "color=blue|black|brown",
            "object": "color=R|100|G|200|B|150",
        },
    ),
    (
        "deepObject",
        True,
        {
            "empty": None,
            "string": None,
            "array": None,
            "object": "color[R]=100&color[G]=200&color[B]=150",
        },
    ),
]

PATH_STYLES = {"matrix", "label", "simple"}


def _cases(locations: set[str]) -> list[Any]:
    return [
        pytest.param(style, explode, kind, expected, id=f"{style}-{explode}-{kind}")
        for style, explode, row in STYLE_TABLE
        if style in locations
        for kind, expected in row.items()
        if expected is not None
    ]


def _send(operation: Operation[Any], **kwargs: Any) -> httpx.Request:
    rec = Recorder(httpx.Response(204))
    with clientsmith.Client(base_url=BASE, transport=httpx.MockTransport(rec)) as c:
        c.request(operation, **kwargs)
    return rec.last


@pytest.mark.parametrize(("style", "explode", "kind", "expected"), _cases(PATH_STYLES))
def test_path_styles_on_the_wire(
    style: str, explode: bool, kind: str, expected: str
) -> None:
    op: Operation[None] = Operation(
        "GET",
        "/items/{color}/x",
        params=(Param("color", "path", style=style, explode=explode),),
    )
    request = _send(op, path={"color": VALUES[kind]})
    if expected == ".":
        # A lone "." segment would be normalised away: it is sent as %2E.
        expected = "%2E"
    assert request.url.raw_path.decode() == f"/items/{expected}/x"


@pytest.mark.parametrize(
    ("style", "explode", "kind", "expected"),
    _cases({"form", "spaceDelimited", "pipeDelimited", "deepObject"}),
)
def test_query_styles_on_the_wire(
    style: str, explode: bool, kind: str, expected: str
) -> None:
    op: Operation[None] = Operation(
        "GET", "/items", params=(Param("color", "query", style=style, explode=explode),)
    )
    request = _send(op, query={"color": VALUES[kind]})
    assert request.url.query.decode() == expected


def test_query_form_explode_defaults_to_true() -> None:
    op: Operation[None] = Operation("GET", "/i", params=(Param("color", "query"),))
    assert (
        _send(op, query={"color": ARRAY}).url.query
        == b"color=blue&color=black&color=brown"
    )
    assert _send(op, query={"color": OBJECT}).url.query == b"R=100&G=200&B=150"


@pytest.mark.parametrize(
    ("explode", "kind", "expected"),
    [
        (explode, kind, expected)
        for style, explode, row in STYLE_TABLE
        if style == "simple"
        for kind, expected in row.items()
        if expected is not None
    ],
)
def test_header_simple_on_the_wire(explode: bool, kind: str, expected: str) -> None:
    op: Operation[None] = Operation(
        "GET", "/i", params=(Param("X-Color", "header", explode=explode),)
    )
    assert _send(op, headers={"X-Color": VALUES[kind]}).headers["X-Color"] == expected


@pytest.mark.parametrize(
    ("explode", "kind", "expected"),
    [
        # The form rows of the table, one cookie pair per ``&``-separated pair.
        (False, "empty", "color="),
        (False, "string", "color=blue"),
        (False, "array", "color=blue,black,brown"),
        (False, "object", "color=R,100,G,200,B,150"),
        (True, "string", "color=blue"),
        (True, "array", "color=blue; color=black; color=brown"),
        (True, "object", "R=100; G=200; B=150"),
    ],
)
def test_cookie_form_on_the_wire(explode: bool, kind: str, expected: str) -> None:
    op: Operation[None] = Operation(
        "GET", "/i", params=(Param("color", "cookie", explode=explode),)
    )
    assert _send(op, cookies={"color": VALUES[kind]}).headers["Cookie"] == expected


def test_content_encoded_parameters_are_json_text_in_every_location() -> None:
    """``content: {application/json: ...}`` parameters: the value's JSON text."""
    op: Operation[None] = Operation(
        "GET",
        "/items/{sel}",
        params=(
            Param("sel", "path", json=True),
            Param("filter", "query", json=True),
            Param("X-Filter", "header", json=True),
            Param("pref", "cookie", json=True),
        ),
    )
    value = {"a": [1, True], "b": "x y"}
    request = _send(
        op,
        path={"sel": value},
        query={"filter": value},
        headers={"X-Filter": value},
        cookies={"pref": value},
    )
    text = '{"a":[1,true],"b":"x y"}'
    assert unquote(request.url.raw_path.decode().split("?")[0]) == f"/items/{text}"
    assert "/" not in request.url.raw_path.decode()[len("/items/") :].split("?")[0]
    assert request.url.query.decode() == "filter=" + (
        "%7B%22a%22%3A%5B1%2Ctrue%5D%2C%22b%22%3A%22x%20y%22%7D"
    )
    assert request.headers["X-Filter"] == text
    name, _, cookie = request.headers["Cookie"].partition("=")
    assert (name, unquote(cookie)) == ("pref", text)


def test_allow_reserved_keeps_reserved_characters_in_the_query() -> None:
    op: Operation[None] = Operation(
        "GET",
        "/i",
        params=(
            Param("path", "query", allow_reserved=True),
            Param("q", "query"),
        ),
    )
    request = _send(op, query={"path": "a/b:c", "q": "a/b:c"})
    assert request.url.query == b"path=a/b:c&q=a%2Fb%3Ac"


# -- deepObject beyond one level (Stripe) ----------------------------------------


def test_deep_object_nests_objects_and_arrays_the_way_servers_parse_them() -> None:
    op: Operation[None] = Operation(
        "GET",
        "/i",
        params=(Param("f", "query", style="deepObject", explode=True),),
    )
    value = {"a": {"b": 1}, "tags": ["x", "y"], "items": [{"price": "p", "n": 2}]}
    assert _send(op, query={"f": value}).url.query.decode() == (
        "f[a][b]=1&f[tags][]=x&f[tags][]=y&f[items][0][price]=p&f[items][0][n]=2"
    )


# -- form bodies ------------------------------------------------------------------

STRIPE_FORM = Body(
    "application/x-www-form-urlencoded",
    "form",
    encoding=(
        Encoding("metadata", style="deepObject", explode=True),
        Encoding("expand", style="deepObject", explode=True),
        Encoding("items", style="deepObject", explode=True),
        Encoding("address", style="deepObject", explode=True),
    ),
)


class Address(pydantic.BaseModel):
    city: str | None = None
    line1: str | None = None


class CustomerForm(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(populate_by_name=True)

    email: str | None = None
    metadata: dict[str, str] | None = None
    expand: list[str] | None = None
    address: Address | None = None
    send_invoice: bool | None = pydantic.Field(default=None, alias="sendInvoice")


def test_form_body_follows_the_encoding_object_stripe_deep_object() -> None:
    body = CustomerForm(
        email="jenny rosen@example.com",
        metadata={"order_id": "6735", "note": "a&b=c"},
        expand=["tax", "sources"],
        address=Address(city="Berlin"),
        send_invoice=True,
    )
    encoded = encode_body(STRIPE_FORM, body, None)
    assert encoded.content_type == "application/x-www-form-urlencoded"
    assert encoded.content == (
        b"email=jenny+rosen%40example.com"
        b"&metadata[order_id]=6735&metadata[note]=a%26b%3Dc"
        b"&expand[]=tax&expand[]=sources"
        b"&address[city]=Berlin"
        b"&sendInvoice=true"
    )


def test_form_body_arrays_of_objects_are_indexed() -> None:
    encoded = encode_body(
        STRIPE_FORM, {"items": [{"price": "price_1", "quantity": 2}]}, None
    )
    assert encoded.content == b"items[0][price]=price_1&items[0][quantity]=2"


def test_form_body_empty_string_unsets_stripe_metadata() -> None:
    assert encode_body(STRIPE_FORM, {"metadata": ""}, None).content == b"metadata="


def test_form_body_without_encoding_uses_form_explode_defaults() -> None:
    """OpenAPI's default for form properties: style form, explode true.

    Arrays repeat the name (Twilio's ``MediaUrl``); objects spread their
    properties. Nothing is sent as JSON text unless the spec says so.
    """
    form = Body("application/x-www-form-urlencoded", "form")
    encoded = encode_body(
        form, {"To": "+1555", "MediaUrl": ["https://a/1", "https://a/2"]}, None
    )
    assert encoded.content == (
        b"To=%2B1555&MediaUrl=https%3A%2F%2Fa%2F1&MediaUrl=https%3A%2F%2Fa%2F2"
    )
    assert encode_body(form, {"point": {"x": 1, "y": 2}}, None).content == b"x=1&y=2"


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (Encoding("ids", explode=False), b"ids=1%2C2%2C3"),
        (Encoding("ids", style="form", explode=False), b"ids=1%2C2%2C3"),
        (Encoding("ids", style="pipeDelimited"), b"ids=1|2|3"),
        (Encoding("ids", style="spaceDelimited"), b"ids=1+2+3"),
        (Encoding("ids", content_type="application/json"), b"ids=%5B1%2C2%2C3%5D"),
    ],
)
def test_form_body_styles_and_content_types(rule: Encoding, expected: bytes) -> None:
    form = Body("application/x-www-form-urlencoded", "form", encoding=(rule,))
    # The delimiter of an unexploded form array is a literal ``,`` in a query
    # and ``%2C`` here: both decode to the same value in a urlencoded body.
    content = encode_body(form, {"ids": [1, 2, 3]}, None).content
    assert content.replace(b",", b"%2C") == expected


def test_form_body_json_content_type_for_an_object() -> None:
    form = Body(
        "application/x-www-form-urlencoded",
        "form",
        encoding=(Encoding("blocks", content_type="application/json"),),
    )
    encoded = encode_body(form, {"blocks": [{"type": "section"}], "text": "hi"}, None)
    assert encoded.content == (b"blocks=%5B%7B%22type%22%3A%22section%22%7D%5D&text=hi")


def test_form_body_extra_body_is_encoded_like_declared_fields() -> None:
    encoded = encode_body(
        STRIPE_FORM, {"email": "a@b.c"}, {"metadata": {"k": "v"}, "x": None}
    )
    assert encoded.content == b"email=a%40b.c&metadata[k]=v"


# -- multipart ----------------------------------------------------------------------


def _parts(request: httpx.Request) -> list[tuple[str, str | None, str | None, bytes]]:
    """(name, filename, content type, payload) of each part of a multipart body."""
    header = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(header + request.content)
    assert message.is_multipart()
    out = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        out.append(
            (
                str(part.get_param("name", header="content-disposition")),
                part.get_filename(),
                part.get("content-type"),
                payload,
            )
        )
    return out


def test_multipart_without_a_file_is_still_multipart() -> None:
    op: Operation[None] = Operation(
        "POST", "/m", body=Body("multipart/form-data", "multipart")
    )
    request = _send(op, body={"name": "Rex", "age": 3, "tags": ["a", "b"]})
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert _parts(request) == [
        ("name", None, None, b"Rex"),
        ("age", None, None, b"3"),
        ("tags", None, None, b"a"),
        ("tags", None, None, b"b"),
    ]


def test_multipart_part_content_types_follow_openapi_and_the_encoding() -> None:
    op: Operation[None] = Operation(
        "POST",
        "/m",
        body=Body(
            "multipart/form-data",
            "multipart",
            encoding=(
                Encoding("avatar", content_type="image/png"),
                Encoding("doc", content_type="application/xml"),
                Encoding("any", content_type="image/png, image/jpeg"),
            ),
        ),
    )
    request = _send(
        op,
        body={
            "meta": {"a": 1},
            "doc": "<a/>",
            "avatar": b"\x89PNG",
            "any": b"raw",
            "plain": "text",
        },
    )
    assert _parts(request) == [
        ("meta", None, "application/json", b'{"a":1}'),
        ("doc", None, "application/xml", b"<a/>"),
        ("avatar", "upload", "image/png", b"\x89PNG"),
        ("any", "upload", "application/octet-stream", b"raw"),
        ("plain", None, None, b"text"),
    ]


def test_multipart_model_body() -> None:
    class Upload(pydantic.BaseModel):
        file: bytes
        caption: str | None = None

    op: Operation[None] = Operation(
        "POST", "/m", body=Body("multipart/form-data", "multipart")
    )
    request = _send(op, body=Upload(file=b"data", caption="hi"))
    assert _parts(request) == [
        ("file", "upload", "application/octet-stream", b"data"),
        ("caption", None, None, b"hi"),
    ]


class GeneratedStyleUpload(BaseModel):
    """Fields as the generator writes them: wire names in the two aliases."""

    campaign_id: str = pydantic.Field(
        validation_alias="campaignId", serialization_alias="campaignId"
    )
    file: bytes | None = None
    ip_address: str | None = pydantic.Field(
        default=None, validation_alias="ipAddress", serialization_alias="ipAddress"
    )


def test_multipart_model_body_sends_wire_names_of_generated_fields() -> None:
    # taggun.io's campaign upload (conformance, seed 1): the model's Python
    # names went out (campaign_id), so the required campaignId was missing.
    op: Operation[None] = Operation(
        "POST", "/m", body=Body("multipart/form-data", "multipart")
    )
    body = GeneratedStyleUpload(campaign_id="c1", file=b"data", ip_address="::1")
    request = _send(op, body=body)
    assert _parts(request) == [
        ("campaignId", None, None, b"c1"),
        ("file", "upload", "application/octet-stream", b"data"),
        ("ipAddress", None, None, b"::1"),
    ]


def test_form_model_body_sends_wire_names_of_generated_fields() -> None:
    op: Operation[None] = Operation(
        "POST", "/f", body=Body("application/x-www-form-urlencoded", "form")
    )
    request = _send(op, body=GeneratedStyleUpload(campaign_id="c1", ip_address="h"))
    assert request.content == b"campaignId=c1&ipAddress=h"


# -- media types -------------------------------------------------------------------


@pytest.mark.parametrize("declared", ["*/*", "application/*", "*/*; charset=utf-8"])
def test_wildcard_json_body_is_sent_as_application_json(declared: str) -> None:
    op: Operation[None] = Operation("POST", "/s", body=Body(declared, "json"))
    request = _send(op, body={"kind": "Service"})
    assert request.headers["content-type"] == "application/json"
    assert request.content == b'{"kind":"Service"}'


@pytest.mark.parametrize(
    "media_type",
    [
        "application/merge-patch+json",
        "application/json-patch+json",
        "application/strategic-merge-patch+json",
        "application/vnd.x+json",
    ],
)
def test_json_family_bodies_keep_their_own_content_type(media_type: str) -> None:
    op: Operation[None] = Operation("PATCH", "/s", body=Body(media_type, "json"))
    request = _send(op, body={"metadata": {"labels": {"a": "b"}}})
    assert request.headers["content-type"] == media_type
    assert request.content == b'{"metadata":{"labels":{"a":"b"}}}'


# -- path templates with a query or a fragment -------------------------------------


@pytest.mark.parametrize(
    ("template", "path", "pairs"),
    [
        ("/items", "/items", ()),
        ("/#Action=SendMessage", "/", (("Action", "SendMessage"),)),
        (
            "/{AccountNumber}/{QueueName}/#Action=AddPermission&Version=2012-11-05",
            "/{AccountNumber}/{QueueName}/",
            (("Action", "AddPermission"), ("Version", "2012-11-05")),
        ),
        ("/x?op=Y", "/x", (("op", "Y"),)),
        (
            "/x?comp=list&restype=container",
            "/x",
            (("comp", "list"), ("restype", "container")),
        ),
        ("/x?flag", "/x", (("flag", ""),)),
        ("/docs#intro", "/docs", ()),
        ("/x?a=b c#Action=Z", "/x", (("a", "b%20c"), ("Action", "Z"))),
    ],
)
def test_split_path_template(
    template: str, path: str, pairs: tuple[tuple[str, str], ...]
) -> None:
    assert split_path_template(template) == (path, pairs)


def test_aws_fragment_becomes_the_action_query_parameter() -> None:
    """AWS query APIs read ``Action`` from the query; a fragment is never sent."""
    op: Operation[None] = Operation(
        "GET",
        "/{AccountNumber}/{QueueName}/#Action=SendMessage",
        params=(
            Param("AccountNumber", "path"),
            Param("QueueName", "path"),
            Param("MessageBody", "query"),
            Param("Version", "query"),
        ),
    )
    request = _send(
        op,
        path={"AccountNumber": 123, "QueueName": "q"},
        query={"MessageBody": "hi there", "Version": "2012-11-05"},
    )
    assert str(request.url) == (
        f"{BASE}/123/q/?Action=SendMessage&MessageBody=hi%20there&Version=2012-11-05"
    )


def test_declared_parameter_replaces_the_fixed_pair_instead_of_repeating_it() -> None:
    op: Operation[None] = Operation(
        "POST", "/#Action=SendMessage", params=(Param("Action", "query"),)
    )
    assert _send(op, query={"Action": "SendMessage"}).url.query == b"Action=SendMessage"
    assert _send(op).url.query == b"Action=SendMessage"


def test_azure_path_query_merges_with_the_callers_query() -> None:
    op: Operation[None] = Operation(
        "GET",
        "/subscriptions/{id}/x?op=list&api-version=2020-01-01",
        params=(Param("id", "path"), Param("$top", "query")),
    )
    request = _send(op, path={"id": "s/1"}, query={"$top": 5}, extra_query={"z": "1"})
    assert request.url.raw_path == (
        b"/subscriptions/s%2F1/x?op=list&api-version=2020-01-01&%24top=5&z=1"
    )


def test_path_variable_inside_the_template_query_is_filled() -> None:
    op: Operation[None] = Operation(
        "GET", "/x?name={name}", params=(Param("name", "path"),)
    )
    assert _send(op, path={"name": "a b&c"}).url.raw_path == b"/x?name=a%20b%26c"


# -- structured values under a binary media type (conformance finding) -----------


@pytest.mark.parametrize(
    ("value", "content"),
    [
        ({"name": "pkg.deb"}, b'{"name":"pkg.deb"}'),
        ([{"a": 1}], b'[{"a":1}]'),
        ("text", b"text"),
        ([b"chunk-1", b"chunk-2"], b"chunk-1chunk-2"),
        (b"raw", b"raw"),
    ],
)
def test_binary_body_with_structured_value_is_sent_not_crashed(
    value: object, content: bytes
) -> None:
    """``application/octet-stream`` with an object schema (Google media uploads).

    A dict, list or str used to reach httpx as ``content`` and fail before
    sending (``TypeError: Unexpected type``); structured values go out as their
    JSON, text as UTF-8, byte chunks as they are.
    """
    op: Operation[None] = Operation(
        "POST", "/upload", body=Body("application/octet-stream", "binary")
    )
    request = _send(op, body=value)
    assert request.headers["content-type"] == "application/octet-stream"
    assert request.content == content


# -- the async client encodes the same way ----------------------------------------


def test_async_client_sends_the_same_form_multipart_and_fixed_query() -> None:
    form: Operation[None] = Operation("POST", "/f", body=STRIPE_FORM)
    upload: Operation[None] = Operation(
        "POST", "/#Action=Upload", body=Body("multipart/form-data", "multipart")
    )
    rec = Recorder(httpx.Response(204))

    async def main() -> None:
        async with clientsmith.AsyncClient(
            base_url=BASE, transport=httpx.MockTransport(rec)
        ) as client:
            await client.request(form, body={"metadata": {"k": "v"}, "expand": ["a"]})
            await client.request(upload, body={"name": "x", "file": b"data"})

    run(main())
    assert rec.requests[0].content == b"metadata[k]=v&expand[]=a"
    assert rec.requests[1].url.query == b"Action=Upload"
    assert _parts(rec.requests[1]) == [
        ("name", None, None, b"x"),
        ("file", "upload", "application/octet-stream", b"data"),
    ]


def test_fixed_pair_naming_a_declared_header_stays_out_of_the_query() -> None:
    """AWS JSON protocol: ``/#X-Amz-Target=...`` with the header declared."""
    op: Operation[None] = Operation(
        "POST",
        "/#X-Amz-Target=DynamoDB_20120810.GetItem",
        params=(Param("X-Amz-Target", "header"),),
        body=Body("application/x-amz-json-1.0", "json"),
    )
    request = _send(
        op,
        headers={"X-Amz-Target": "DynamoDB_20120810.GetItem"},
        body={"TableName": "t"},
    )
    assert request.url.raw_path == b"/"
    assert request.headers["X-Amz-Target"] == "DynamoDB_20120810.GetItem"


# -- JSON Patch beside other JSON types (Kubernetes' PATCH) ----------------------

_K8S_PATCH = Body(
    "application/json-patch+json",
    "json",
    alternatives=(
        "application/merge-patch+json",
        "application/strategic-merge-patch+json",
    ),
)


@pytest.mark.parametrize(
    ("body", "value", "expected"),
    [
        # an object is never sent as JSON Patch: the next declared type
        (
            _K8S_PATCH,
            {"metadata": {"labels": {"a": "b"}}},
            "application/merge-patch+json",
        ),
        # an array is a JSON Patch document
        (_K8S_PATCH, [{"op": "remove", "path": "/x"}], "application/json-patch+json"),
        # merge patch declared first: an array still goes out as JSON Patch
        (
            Body(
                "application/merge-patch+json",
                "json",
                alternatives=("application/json-patch+json",),
            ),
            [{"op": "remove", "path": "/x"}],
            "application/json-patch+json",
        ),
        # no alternative that fits: the declared type stands
        (
            Body("application/json-patch+json", "json"),
            {"a": 1},
            "application/json-patch+json",
        ),
        # a wildcard is a range, not a type
        (Body("*/*", "json"), {"a": 1}, "application/json"),
    ],
)
def test_json_media_type_fits_the_value(body: Body, value: Any, expected: str) -> None:
    assert json_media_type(body, value) == expected
    assert encode_body(body, value, None).content_type == expected
