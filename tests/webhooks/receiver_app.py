"""A webhook receiver: FastAPI calling a generated package's ``unwrap``.

Run by ``test_webhooks_e2e.py`` under uvicorn, with the generated package on
``PYTHONPATH`` and its name in ``WEBHOOK_PACKAGE``; the secret comes from the
package's own environment variable, as in production.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from clientsmith.errors import WebhookPayloadError, WebhookVerificationError

hooks: Any = importlib.import_module(os.environ["WEBHOOK_PACKAGE"] + ".webhooks")
app = FastAPI()


@app.get("/_seen")
def seen() -> dict[str, bool]:
    return {"ok": True}


@app.post("/hook")
async def receive(request: Request) -> JSONResponse:
    # The raw body: the signature covers the exact bytes that were sent.
    body = await request.body()
    try:
        event = hooks.unwrap(body, request.headers)
    except WebhookVerificationError as exc:
        return JSONResponse({"rejected": str(exc)}, status_code=401)
    except WebhookPayloadError as exc:
        return JSONResponse({"invalid": str(exc)}, status_code=400)
    return JSONResponse(
        {"type": type(event).__name__, "data": event.model_dump(mode="json")}
    )
