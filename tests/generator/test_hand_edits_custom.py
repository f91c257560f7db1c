"""The supported home for custom code: a module you own that subclasses the client.

``examples/custom_client.py`` (shown in docs/custom-code.md) is run against a
real HTTP server on 127.0.0.1 with the committed Petstore client, type-checked
with ``mypy --strict``, and shown to survive regeneration untouched and
unreported by ``--check``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "custom_client.py"
PETSTORE = ROOT / "generated" / "petstore"

PETS = [
    {"id": 1, "name": "Rex", "status": "available"},
    {"id": 2, "name": "Tom", "status": "sold"},
    {"id": 3, "name": "Ada", "status": "available"},
]


class _Petstore(BaseHTTPRequestHandler):
    """Two pages of pets, and pet creation, as the Petstore spec describes."""

    def _send(self, status: int, body: object) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        url = urlsplit(self.path)
        if url.path != "/v1/pets":
            self._send(404, {"code": 404, "message": "not here"})
            return
        page = int(parse_qs(url.query).get("page", ["1"])[0])
        data = PETS[:2] if page == 1 else PETS[2:]
        self._send(200, {"data": data, "page": page, "totalPages": 2})

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self._send(201, {**body, "id": 4, "api_key_seen": self.headers["X-API-Key"]})

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def petstore_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Petstore)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def _python(code: str) -> str:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(PETSTORE), str(EXAMPLE.parent)]),
    }
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_subclass_adds_methods_over_a_real_server(petstore_url: str) -> None:
    code = (
        "from custom_client import PetstoreClient\n"
        f"with PetstoreClient(team='blue', base_url={petstore_url!r}, api_key='k') as c:\n"
        "    print(c.pet_names(status='available'))\n"
        "    print(c.pet_names())\n"
        "    pet = c.adopt('Luna')\n"
        "    print(pet.name, pet.tag, pet.id)\n"
        "    copy = c.with_options(max_retries=0)\n"
        "    print(type(copy).__name__, copy.team)\n"
    )
    lines = _python(code).splitlines()
    assert lines == [
        "['Rex', 'Ada']",  # both pages walked by the generated pagination
        "['Rex', 'Tom', 'Ada']",
        "Luna blue 4",
        "PetstoreClient blue",  # with_options keeps the subclass and its state
    ]


def test_async_subclass_over_a_real_server(petstore_url: str) -> None:
    code = (
        "import asyncio\n"
        "from custom_client import AsyncPetstoreClient\n"
        "async def main():\n"
        f"    async with AsyncPetstoreClient(base_url={petstore_url!r}, api_key='k') as c:\n"
        "        print(sorted((await c.status_counts()).items()))\n"
        "asyncio.run(main())\n"
    )
    assert _python(code).strip() == "[('available', 2), ('sold', 1)]"


def test_example_passes_mypy_strict() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            str(EXAMPLE),
        ],
        env={**os.environ, "MYPYPATH": str(PETSTORE)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_own_module_beside_the_package_survives_regeneration(tmp_path: Path) -> None:
    out = tmp_path / "client"
    spec = ROOT / "specs" / "petstore.yaml"

    def generate(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "clientsmith.generator",
                "generate",
                str(spec),
                "-o",
                str(out),
                *extra,
            ],
            capture_output=True,
            text=True,
            check=False,
        )

    assert generate().returncode == 0
    mine = out / "custom_client.py"
    shutil.copy(EXAMPLE, mine)
    assert generate().returncode == 0
    assert mine.read_bytes() == EXAMPLE.read_bytes()
    check = generate("--check")
    assert check.returncode == 0, check.stderr
    assert "up to date" in check.stdout and "custom_client" not in check.stderr
