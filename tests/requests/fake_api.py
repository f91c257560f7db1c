"""A FastAPI fake that reports what reached it, for the request-encoding tests.

Prism validates requests against a spec but cannot show what it parsed, and it
cannot check what the spec gets wrong (Kubernetes' ``IntOrString`` is
``type: string`` in the published spec) or what Prism itself does not support
(repeated form keys, arrays of objects in forms, paths with ``#``). This fake
answers with the request as the server saw it.
"""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

app = FastAPI()


@app.get("/_seen")
def seen() -> dict[str, bool]:
    """Readiness probe for the test fixture."""
    return {"ok": True}


def _form_lists(pairs: list[tuple[str, Any]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in pairs:
        out.setdefault(key, []).append(str(value))
    return out


@app.post("/v1/customers")
async def stripe_create_customer(request: Request) -> JSONResponse:
    """Stripe: ``metadata[k]=v`` pairs become the customer's metadata."""
    form = await request.form()
    fields = _form_lists(list(form.multi_items()))
    metadata = {
        key[len("metadata[") : -1]: values[-1]
        for key, values in fields.items()
        if key.startswith("metadata[") and key.endswith("]")
    }
    return JSONResponse(
        {
            "id": "cus_123",
            "object": "customer",
            "email": fields.get("email", [None])[-1],
            "metadata": metadata,
            "received": fields,
            "content_type": request.headers.get("content-type"),
        }
    )


@app.post("/2010-04-01/Accounts/{account_sid}/Messages.json", status_code=201)
async def twilio_send_message(account_sid: str, request: Request) -> dict[str, Any]:
    """Twilio: repeated ``MediaUrl`` keys are one list."""
    form = await request.form()
    fields = _form_lists(list(form.multi_items()))
    return {
        "sid": "SM" + "a" * 32,
        "body": fields.get("Body", [None])[-1],
        "to": fields.get("To", [None])[-1],
        "status": "queued",
        "received": fields,
    }


@app.post("/api/v1/namespaces/{namespace}/services", status_code=201)
async def kubernetes_create_service(namespace: str, request: Request) -> JSONResponse:
    """Kubernetes: only ``application/json`` is accepted for a create (415 otherwise)."""
    content_type = request.headers.get("content-type", "")
    if content_type.split(";")[0].strip() != "application/json":
        return JSONResponse(
            {"kind": "Status", "code": 415, "message": f"bad type {content_type}"},
            status_code=415,
        )
    service = await request.json()
    service.setdefault("metadata", {})["namespace"] = namespace
    return JSONResponse(service, status_code=201)


_PATCH_TYPES = {
    "application/json-patch+json": list,
    "application/merge-patch+json": dict,
    "application/strategic-merge-patch+json": dict,
}


@app.patch("/api/v1/namespaces/{namespace}/services/{name}")
async def kubernetes_patch_service(
    namespace: str, name: str, request: Request
) -> JSONResponse:
    """Kubernetes: a JSON Patch must be an array of operations, a merge patch an
    object; anything else is refused as the API server does (400/415)."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip()
    shape = _PATCH_TYPES.get(content_type)
    if shape is None:
        return JSONResponse(
            {"kind": "Status", "code": 415, "message": f"bad type {content_type}"},
            status_code=415,
        )
    patch = await request.json()
    if not isinstance(patch, shape):
        return JSONResponse(
            {"kind": "Status", "code": 400, "message": f"not a {content_type}"},
            status_code=400,
        )
    labels: dict[str, Any] = {"app": "web"}
    if isinstance(patch, dict):
        labels.update(patch.get("metadata", {}).get("labels", {}))
    else:
        for op in patch:
            if op.get("op") == "add" and op["path"].startswith("/metadata/labels/"):
                labels[op["path"].rsplit("/", 1)[1]] = op["value"]
    return JSONResponse(
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": name, "namespace": namespace, "labels": labels},
            "spec": {"ports": [{"port": 80, "targetPort": 8080}]},
            "received": content_type,
        }
    )


@app.post("/upload")
async def multipart_echo(request: Request) -> dict[str, Any]:
    """Multipart: each part's name, file name, content type and text.

    Parsed from the raw body: Starlette's form parser drops the content type
    of parts without a file name.
    """
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        return {"content_type": content_type, "parts": []}
    raw = f"Content-Type: {content_type}\r\n\r\n".encode() + await request.body()
    message = BytesParser(policy=HTTP).parsebytes(raw)
    parts = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        entry: dict[str, Any] = {
            "name": part.get_param("name", header="content-disposition"),
            "text": payload.decode(errors="replace")
            if isinstance(payload, bytes)
            else "",
        }
        if part.get_filename() is not None:
            entry["filename"] = part.get_filename()
        if part.get("content-type") is not None:
            entry["content_type"] = part.get("content-type")
        parts.append(entry)
    return {"content_type": content_type.split(";")[0], "parts": parts}


@app.get("/{account}/{queue}/")
async def aws_query(account: str, queue: str, request: Request) -> Response:
    """AWS query protocol: ``Action`` must be in the query string (400 otherwise)."""
    query = request.query_params
    if query.get("Action") != "SendMessage" or len(query.getlist("Action")) != 1:
        return Response(
            "<Error><Code>MissingAction</Code></Error>", 400, media_type="text/xml"
        )
    return Response(
        "<SendMessageResponse><SendMessageResult>"
        f"<MessageId>{account}/{queue}:{query.get('MessageBody')}</MessageId>"
        "</SendMessageResult></SendMessageResponse>",
        media_type="text/xml",
    )
