"""A webhook receiver and a sender: ``python examples/webhook_receiver.py``.

It uses the package generated from ``specs/library-3.1.yaml`` (committed in
``generated/library-3.1``; put that directory on ``PYTHONPATH``), whose spec
declares Standard Webhooks signatures. The receiver is the standard library's
HTTP server; it calls ``library.webhooks.unwrap`` on the raw body. The sender
plays the API: it signs deliveries with ``clientsmith.webhooks.sign``, then
sends one forged delivery, which the receiver rejects.
"""

from __future__ import annotations

import base64
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
from library.webhooks import (
    SECRET_ENV,
    SIGNATURE,
    WebhookPayloadError,
    WebhookVerificationError,
    unwrap,
)

from clientsmith.webhooks import sign

# The secret the API showed when the webhook endpoint was registered.
SECRET = "whsec_" + base64.b64encode(b"example-secret-not-for-production").decode()


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            event = unwrap(body, dict(self.headers.items()))
        except WebhookVerificationError as exc:
            self._answer(401, {"rejected": str(exc)})
            return
        except WebhookPayloadError as exc:
            self._answer(400, {"invalid": str(exc)})
            return
        print(f"received {type(event).__name__}: {event!r}")
        self._answer(200, {"type": type(event).__name__})

    def _answer(self, status: int, data: object) -> None:
        text = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        self.wfile.write(text)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the example prints what it receives."""


def main() -> None:
    os.environ[SECRET_ENV] = SECRET  # the receiver reads it, as in production
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/hooks/library"
    assert SIGNATURE is not None
    try:
        book = {"isbn": "978-0441013593", "title": "Dune", "format": "paper"}
        body = json.dumps(book).encode()
        headers = {
            **sign(body, secret=SECRET, signature=SIGNATURE, msg_id="msg_1"),
            "X-Library-Event": "bookAdded",
        }
        print(httpx.post(url, content=body, headers=headers).json())
        forged = sign(body, secret=SECRET, signature=SIGNATURE, msg_id="msg_2")
        tampered = body.replace(b"Dune", b"Dune Messiah")
        print(httpx.post(url, content=tampered, headers=forged).json())
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()
