"""A one-shot HTTP server on the loopback interface that receives the OAuth redirect.

For command-line apps (RFC 8252 section 7.3): the redirect URI is
``http://127.0.0.1:<port>/callback``; the browser delivers the code to it.
"""

from __future__ import annotations

import http.server
import threading
from types import TracebackType

__all__ = ["LoopbackRedirectReceiver"]

_PAGE = (
    b"<!doctype html><html><body><p>Authorization received. "
    b"You can close this window.</p></body></html>"
)


class LoopbackRedirectReceiver:
    """Listens on ``host:port`` (port 0: a free one) for one redirect to ``path``.

    Use as a context manager; :attr:`redirect_uri` is what to register with the
    authorization server, :meth:`wait` returns the full redirect URL.
    """

    def __init__(
        self, *, host: str = "127.0.0.1", port: int = 0, path: str = "/callback"
    ) -> None:
        self.path = path
        self._received: str | None = None
        self._event = threading.Event()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                if self.path.split("?", 1)[0] != receiver.path:
                    self.send_error(404)
                    return
                if not receiver._event.is_set():
                    receiver._received = self.path
                    receiver._event.set()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(_PAGE)))
                self.end_headers()
                self.wfile.write(_PAGE)

            def log_message(self, format: str, *args: object) -> None:
                # The query string holds the authorization code: never log it.
                return

        self._server = http.server.ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True
        self.host = host
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="oauth-redirect", daemon=True
        )
        self._thread.start()

    @property
    def redirect_uri(self) -> str:
        """The redirect URI to put in the authorization request."""
        return f"http://{self.host}:{self.port}{self.path}"

    def wait(self, timeout: float | None = None) -> str:
        """Block until the redirect arrives; return its full URL.

        Raises :class:`TimeoutError` if it does not arrive within ``timeout``.
        """
        if not self._event.wait(timeout):
            raise TimeoutError("no authorization redirect was received in time")
        assert self._received is not None
        return f"http://{self.host}:{self.port}{self._received}"

    def close(self) -> None:
        """Stop listening."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> LoopbackRedirectReceiver:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
