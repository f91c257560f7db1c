"""Generated clients send what real APIs accept (issue 10 §2 "Requests").

Clients generated from trimmed real specs call Stoplight Prism (which rejects
a request that violates the spec with 422) and a FastAPI fake that answers
with what it parsed, for what Prism cannot check:

* Stripe create customer: ``metadata[k]=v`` (deepObject), not JSON text;
* Twilio send message and Slack ``chat.postMessage``: typed form bodies;
* Kubernetes create a Service: a ``*/*`` body sent as ``application/json``,
  with an integer ``targetPort`` (IntOrString);
* AWS SQS SendMessage: ``#Action=SendMessage`` in the path reaches the server
  as ``Action=SendMessage`` in the query;
* multipart without a file is still multipart.

Known Prism 5.14 limits, checked on the fake instead: repeated form keys
(stoplightio/prism#2473: ``MediaUrl=a&MediaUrl=b`` is read as one string),
arrays of objects in form bodies (``tax_id_data[0][type]``: 415), paths
containing ``#``, and the published Kubernetes spec's ``IntOrString`` being
``type: string`` (Prism rejects the integer the real API accepts).
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

import clientsmith
from clientsmith import Body, Encoding, Operation
from clientsmith.auth import BasicAuth, BearerAuth

TWILIO_SID = "AC" + "0123456789abcdef" * 2


class Sent:
    """An httpx request hook keeping every request's content type and body."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        request.read()
        self.requests.append(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def _client(package: str, url: str, auth: Any, sent: Sent) -> Any:
    module = importlib.import_module(package)
    return module.Client(
        base_url=url, auth=auth, event_hooks={"request": [sent]}, env_file=None
    )


def _models(package: str) -> Any:
    return importlib.import_module(f"{package}.models")


# -- Stripe ---------------------------------------------------------------------


def _stripe_body(models: Any) -> Any:
    return models.PostCustomersBody(
        email="jenny.rosen@example.com",
        name="Jenny Rosen",
        metadata={"order_id": "6735", "note": "a&b c"},
        expand=["tax"],
        preferred_locales=["en", "fr"],
        address={"city": "Berlin", "line1": "Unter den Linden 1"},
        invoice_settings={"custom_fields": [{"name": "PO", "value": "42"}]},
        balance=100,
    )


def test_stripe_create_customer_with_metadata_on_prism(
    generated: Path, prism: Callable[[str], str]
) -> None:
    sent = Sent()
    models = _models("stripe_customers")
    with _client(
        "stripe_customers", prism("stripe_customers"), BearerAuth("sk_test"), sent
    ) as client:
        customer = client.customers.create(body=_stripe_body(models))
        assert customer.object_.value == "customer"
        body = sent.last.content
        assert sent.last.headers["content-type"] == "application/x-www-form-urlencoded"
        assert b"metadata[order_id]=6735&metadata[note]=a%26b+c" in body
        assert b"expand[]=tax" in body
        assert b"invoice_settings[custom_fields][0][name]=PO" in body
        # An empty string unsets all metadata (anyOf object | enum [""]).
        client.customers.create(body={"metadata": ""})
        assert sent.last.content == b"metadata="


def test_stripe_expand_query_deep_object_on_prism(
    generated: Path, prism: Callable[[str], str]
) -> None:
    """GET with ``expand`` (query, deepObject, an array): ``expand[]=x``."""
    sent = Sent()
    with _client(
        "stripe_customers", prism("stripe_customers"), BearerAuth("sk_test"), sent
    ) as client:
        customer = client.customers.get("cus_123", expand=["tax", "sources"])
    assert customer.id
    assert sent.last.url.raw_path == (
        b"/v1/customers/cus_123?expand[]=tax&expand[]=sources"
    )


def test_stripe_metadata_reaches_the_server_as_key_value_pairs(
    generated: Path, fake_url: str
) -> None:
    sent = Sent()
    models = _models("stripe_customers")
    with _client("stripe_customers", fake_url, BearerAuth("sk"), sent) as client:
        body = _stripe_body(models)
        customer = client.customers.create(
            body=body,
            extra_body={"tax_id_data": [{"type": "eu_vat", "value": "DE123456789"}]},
        )
    assert customer.metadata == {"order_id": "6735", "note": "a&b c"}
    received = customer.model_extra["received"]
    assert received["expand[]"] == ["tax"]
    assert received["preferred_locales[]"] == ["en", "fr"]
    assert received["address[city]"] == ["Berlin"]
    assert received["tax_id_data[0][type]"] == ["eu_vat"]
    assert received["balance"] == ["100"]
    assert "metadata" not in received  # never JSON text


# -- Twilio ----------------------------------------------------------------------


def test_twilio_send_message_is_typed_and_accepted_by_prism(
    generated: Path, prism: Callable[[str], str]
) -> None:
    models = _models("twilio_messages")
    sent = Sent()
    with _client(
        "twilio_messages",
        prism("twilio_messages"),
        BasicAuth(TWILIO_SID, "token"),
        sent,
    ) as client:
        method = client.accounts.messages.create
        annotation = str(inspect.signature(method).parameters["body"].annotation)
        assert annotation.startswith("CreateMessageBody | dict[str, Any]")
        message = method(
            TWILIO_SID,
            body=models.CreateMessageBody(
                to="+15558675310",
                from_="+15017122661",
                body="Hello from clientsmith",
                send_as_mms=False,
                max_price=0.5,
            ),
        )
    assert message.sid.startswith("SM")
    assert sorted(sent.last.content.split(b"&")) == [
        b"Body=Hello+from+clientsmith",
        b"From=%2B15017122661",
        b"MaxPrice=0.5",
        b"SendAsMms=false",
        b"To=%2B15558675310",
    ]


def test_twilio_media_urls_are_repeated_keys(generated: Path, fake_url: str) -> None:
    models = _models("twilio_messages")
    with _client(
        "twilio_messages", fake_url, BasicAuth(TWILIO_SID, "token"), Sent()
    ) as client:
        message = client.accounts.messages.create(
            TWILIO_SID,
            body=models.CreateMessageBody(
                to="+15558675310",
                media_url=["https://example.com/a.png", "https://example.com/b.png"],
            ),
        )
    assert message.model_extra["received"]["MediaUrl"] == [
        "https://example.com/a.png",
        "https://example.com/b.png",
    ]


# -- Slack -----------------------------------------------------------------------


def test_slack_post_message_form_body_on_prism(
    generated: Path, prism: Callable[[str], str]
) -> None:
    models = _models("slack_chat")
    sent = Sent()
    with _client(
        "slack_chat", prism("slack_chat"), BearerAuth("xoxb-1"), sent
    ) as client:
        method = client.chat.post_message
        annotation = str(inspect.signature(method).parameters["body"].annotation)
        assert annotation.startswith("ChatPostMessageBody | dict[str, Any]")
        assert "``channel``" in (method.__doc__ or "")
        result = method(
            token="xoxb-1",
            body=models.ChatPostMessageBody(
                channel="C1H9RESGL",
                text="Hello world",
                blocks='[{"type": "section", "text": {"type": "mrkdwn", "text": "*hi*"}}]',
                unfurl_links=False,
            ),
        )
    assert result.ok is True
    assert sent.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert sorted(sent.last.content.split(b"&")) == [
        # a string field holding JSON is sent as that string, percent-encoded
        b"blocks=%5B%7B%22type%22%3A+%22section%22%2C+%22text%22%3A+%7B%22type"
        b"%22%3A+%22mrkdwn%22%2C+%22text%22%3A+%22%2Ahi%2A%22%7D%7D%5D",
        b"channel=C1H9RESGL",
        b"text=Hello+world",
        b"unfurl_links=false",
    ]


# -- Kubernetes -------------------------------------------------------------------


def _service(target_port: int | str) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": "web", "labels": {"app": "web"}},
        "spec": {
            "selector": {"app": "web"},
            "ports": [{"name": "http", "port": 80, "targetPort": target_port}],
        },
    }


def test_kubernetes_create_service_body_is_json_on_prism(
    generated: Path, prism: Callable[[str], str]
) -> None:
    models = _models("kubernetes_services")
    sent = Sent()
    with _client(
        "kubernetes_services", prism("kubernetes_services"), BearerAuth("k"), sent
    ) as client:
        # The published spec types IntOrString as a string: Prism accepts a name.
        body = models.Service.model_validate(_service("http"))
        client.core_v1.create_namespaced_service("default", body=body)
        assert sent.last.headers["content-type"] == "application/json"
        assert b'"targetPort":"http"' in sent.last.content
        # PATCH: an object is a merge patch (never JSON Patch, an array), or
        # the caller's choice.
        patch = {"metadata": {"labels": {"tier": "front"}}}
        client.core_v1.patch_namespaced_service("web", "default", body=patch)
        assert sent.last.headers["content-type"] == "application/merge-patch+json"
        client.core_v1.patch_namespaced_service(
            "web",
            "default",
            body=patch,
            extra_headers={"Content-Type": "application/strategic-merge-patch+json"},
        )
        assert (
            sent.last.headers["content-type"]
            == "application/strategic-merge-patch+json"
        )


def test_kubernetes_patch_content_type_follows_the_patch_document(
    generated: Path, fake_url: str
) -> None:
    """The spec declares JSON Patch first; the API server refuses an object sent
    as one. An object goes out as a merge patch, an array as JSON Patch."""
    sent = Sent()
    with _client("kubernetes_services", fake_url, BearerAuth("k"), sent) as client:
        merged = client.core_v1.patch_namespaced_service(
            "web", "default", body={"metadata": {"labels": {"tier": "front"}}}
        )
        assert sent.last.headers["content-type"] == "application/merge-patch+json"
        ops = [{"op": "add", "path": "/metadata/labels/team", "value": "a"}]
        patched = client.core_v1.patch_namespaced_service("web", "default", body=ops)
        assert sent.last.headers["content-type"] == "application/json-patch+json"
        assert sent.last.content == (
            b'[{"op":"add","path":"/metadata/labels/team","value":"a"}]'
        )
    assert merged.metadata.labels == {"app": "web", "tier": "front"}
    assert patched.metadata.labels == {"app": "web", "team": "a"}


def test_kubernetes_create_service_with_an_integer_target_port(
    generated: Path, fake_url: str
) -> None:
    models = _models("kubernetes_services")
    sent = Sent()
    with _client("kubernetes_services", fake_url, BearerAuth("k"), sent) as client:
        body = models.Service.model_validate(_service(8080))
        created = client.core_v1.create_namespaced_service("default", body=body)
    assert sent.last.headers["content-type"] == "application/json"
    assert b'"targetPort":8080' in sent.last.content
    assert created.metadata.namespace == "default"
    assert created.spec.ports[0].target_port == 8080


# -- AWS query protocol -----------------------------------------------------------


def test_aws_action_fragment_reaches_the_server_in_the_query(
    generated: Path, fake_url: str
) -> None:
    sent = Sent()
    module = importlib.import_module("sqs_send_message")
    with module.Client(
        base_url=fake_url, event_hooks={"request": [sent]}, env_file=None
    ) as client:
        result = client.actions.get_send_message(
            123456789012,
            "orders",
            message_body="hello",
            action="SendMessage",
            version="2012-11-05",
        )
    assert "<MessageId>123456789012/orders:hello</MessageId>" in str(result)
    assert sent.last.url.path == "/123456789012/orders/"
    # The declared Action parameter replaces the path's fixed pair: sent once.
    assert sorted(parse_qsl(sent.last.url.query.decode())) == [
        ("Action", "SendMessage"),
        ("MessageBody", "hello"),
        ("Version", "2012-11-05"),
    ]


# -- multipart --------------------------------------------------------------------


@pytest.mark.parametrize("with_file", [False, True])
def test_multipart_reaches_the_server_as_multipart(
    fake_url: str, with_file: bool
) -> None:
    op: Operation[dict[str, Any]] = Operation(
        "POST",
        "/upload",
        body=Body(
            "multipart/form-data",
            "multipart",
            encoding=(Encoding("doc", content_type="application/xml"),),
        ),
    )
    body: dict[str, Any] = {"title": "Q3", "meta": {"pages": 2}, "doc": "<a/>"}
    if with_file:
        body["file"] = ("report.csv", b"a,b\n1,2\n", "text/csv")
    with clientsmith.Client(base_url=fake_url) as client:
        seen = client.request(op, body=body)
    assert seen["content_type"] == "multipart/form-data"
    parts = {p["name"]: p for p in seen["parts"]}
    assert parts["title"] == {"name": "title", "text": "Q3"}
    assert parts["meta"]["content_type"] == "application/json"
    assert parts["meta"]["text"] == '{"pages":2}'
    assert parts["doc"]["content_type"] == "application/xml"
    if with_file:
        assert parts["file"]["filename"] == "report.csv"
        assert parts["file"]["content_type"] == "text/csv"


def test_multipart_model_takes_paths_open_files_and_tuples(
    generated: Path, fake_url: str, tmp_path: Path
) -> None:
    """A ``format: binary`` field of a multipart body model is a file to upload:
    the generated model takes what the runtime sends as a file part."""
    models = _models("multipart_upload")
    annotation = models.ReportUpload.model_fields["file"].annotation
    assert "FileField" in str(models.ReportUpload.__annotations__["file"]), annotation
    report = tmp_path / "q3.csv"
    report.write_bytes(b"a,b\n1,2\n")
    sent = Sent()
    with (
        _client("multipart_upload", fake_url, None, sent) as client,
        (tmp_path / "notes.txt").open("wb+") as notes,
    ):
        notes.write(b"remember")
        notes.seek(0)
        body = models.ReportUpload(
            title="Q3",
            file=report,
            attachments=[notes, ("extra.bin", b"\x00\x01")],
            meta={"pages": 2},
        )
        seen = client.reports.upload(body=body)
    assert seen["content_type"] == "multipart/form-data"
    parts = [
        (p["name"], p.get("filename"), p.get("content_type"), p["text"])
        for p in seen["parts"]
    ]
    assert parts == [
        ("title", None, None, "Q3"),
        ("file", "q3.csv", "text/csv", "a,b\n1,2\n"),
        ("attachments", "notes.txt", "text/plain", "remember"),
        ("attachments", "extra.bin", "application/octet-stream", "\x00\x01"),
        ("meta", None, "application/json", '{"pages":2}'),
    ]
