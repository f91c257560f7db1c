"""A local HTTP server that answers with hostile bodies, for the response-cap tests.

Paths (GET):

* ``/bomb``: 1 GiB of zeros gzip-compressed to about 1 MB, ``Content-Encoding: gzip``
  (``/bomb-deflate``: the same with ``deflate``);
* ``/endless``: a JSON body without ``Content-Length`` that never ends;
* ``/declared-huge``: ``Content-Length`` of 10 GiB, then nothing;
* ``/sse-endless``: an event stream whose second line never ends;
* ``/ndjson-giant``: one good NDJSON line, then a line that never ends;
* ``/gzip-json``: a legitimate gzip-compressed JSON list (the happy path);
* ``/sse``: two ordinary events.

The endless answers stop when the client hangs up.
"""

from __future__ import annotations

import json
import struct
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

GiB = 1 << 30
_MiB_ZEROS = bytes(1 << 20)
SECRET_IN_BODY = "BODY-SECRET-7d1f"
"""Text every hostile body carries: no error message may show it."""


@cache
def gzip_bomb(wbits: int = zlib.MAX_WBITS | 16) -> bytes:
    """1 GiB of zeros, compressed (gzip by default; zlib-wrapped deflate with 15).

    After a full flush the compressor's output for the same input repeats, so
    one MiB is compressed twice and the second result repeated: a second
    instead of the minutes compressing a GiB takes. The trailer is computed
    for the whole GiB, so the stream is valid to its end.
    """
    c = zlib.compressobj(9, zlib.DEFLATED, wbits)
    first = c.compress(_MiB_ZEROS) + c.flush(zlib.Z_FULL_FLUSH)
    unit = c.compress(_MiB_ZEROS) + c.flush(zlib.Z_FULL_FLUSH)
    tail_len = 8 if wbits & 16 else 4
    end = c.flush(zlib.Z_FINISH)[:-tail_len]
    if wbits & 16:
        crc = 0
        for _ in range(1024):
            crc = zlib.crc32(_MiB_ZEROS, crc)
        trailer = struct.pack("<II", crc, GiB & 0xFFFFFFFF)
    else:
        adler = 1
        for _ in range(1024):
            adler = zlib.adler32(_MiB_ZEROS, adler)
        trailer = struct.pack(">I", adler)
    return first + unit * 1023 + end + trailer


def _legit_json() -> bytes:
    items = [{"id": i, "name": f"item {i}", "tags": ["a", "b"]} for i in range(20000)]
    return json.dumps(items).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _head(self, status: int, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def _forever(self, first: bytes, chunk: bytes) -> None:
        try:
            self.wfile.write(first)
            while True:
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass
        self.close_connection = True

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        secret = SECRET_IN_BODY.encode()
        if path in ("/bomb", "/bomb-deflate"):
            body = gzip_bomb() if path == "/bomb" else gzip_bomb(zlib.MAX_WBITS)
            self._head(
                200,
                {
                    "Content-Type": "application/json",
                    "Content-Encoding": "gzip" if path == "/bomb" else "deflate",
                    "Content-Length": str(len(body)),
                },
            )
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True
        elif path == "/endless":
            self._head(200, {"Content-Type": "application/json", "Connection": "close"})
            self._forever(b'["' + secret, b"x" * 65536)
        elif path == "/declared-huge":
            self._head(
                200,
                {"Content-Type": "application/json", "Content-Length": str(10 * GiB)},
            )
            self._forever(b"[" + secret, b" " * 65536)
        elif path == "/sse-endless":
            self._head(
                200, {"Content-Type": "text/event-stream", "Connection": "close"}
            )
            self._forever(b"data: first\n\ndata: " + secret, b"a" * 65536)
        elif path == "/ndjson-giant":
            self._head(
                200, {"Content-Type": "application/x-ndjson", "Connection": "close"}
            )
            self._forever(b'{"n": 1}\n{"s": "' + secret, b"b" * 65536)
        elif path == "/gzip-json":
            # compressobj: zlib.compress() takes no wbits before Python 3.11.
            gzip = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS | 16)
            body = gzip.compress(_legit_json()) + gzip.flush()
            self._head(
                200,
                {
                    "Content-Type": "application/json",
                    "Content-Encoding": "gzip",
                    "Content-Length": str(len(body)),
                },
            )
            self.wfile.write(body)
        elif path == "/sse":
            body = b"data: one\n\nevent: note\ndata: two\n\n"
            self._head(
                200,
                {"Content-Type": "text/event-stream", "Content-Length": str(len(body))},
            )
            self.wfile.write(body)
        else:
            self._head(404, {"Content-Length": "0"})


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hang up on purpose here


@contextmanager
def hostile_server() -> Iterator[str]:
    """Serve on 127.0.0.1 (a free port) in a thread; yields the base URL."""
    gzip_bomb()  # build before serving: the first client must not wait for it
    gzip_bomb(zlib.MAX_WBITS)
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
