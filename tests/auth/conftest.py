"""Fixtures for the auth tests: fake clocks, an in-process OAuth server, real servers.

Real servers (oauth2-mock-server under node, a FastAPI app under uvicorn) run on
127.0.0.1 on free ports; see ``servers/``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from auth_fakes import FakeClock, FakeOAuthServer
from auth_servers import AppServer, MockOAuthServer, require_oauth2_mock_server
from local_servers import free_port, stop

HERE = Path(__file__).parent
REPO = HERE.parent.parent
SERVERS = HERE / "servers"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def oauth_server() -> FakeOAuthServer:
    return FakeOAuthServer()


# -- real servers --------------------------------------------------------------


@pytest.fixture(scope="session")
def oauth2_mock_server() -> Iterator[MockOAuthServer]:
    """Start oauth2-mock-server on a free loopback port; stop it by PID."""
    node = require_oauth2_mock_server(REPO)
    client_id, client_secret, ttl = "test-client", "test-secret", 30
    env = {
        **os.environ,
        "MOCK_CLIENT_ID": client_id,
        "MOCK_CLIENT_SECRET": client_secret,
        "MOCK_TOKEN_TTL": str(ttl),
    }
    stderr_log = tempfile.TemporaryFile(mode="w+")
    process = subprocess.Popen(
        [node, str(SERVERS / "oauth2_mock_server.js")],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=stderr_log,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # blocks until the launcher is ready
        if not line.startswith("READY "):
            stop(process)
            stderr_log.seek(0)
            err = stderr_log.read()[-2000:]
            pytest.fail(f"oauth2-mock-server did not start: {line!r} {err}")
        port = int(line.split()[1])
        yield MockOAuthServer(
            base_url=f"http://127.0.0.1:{port}",
            client_id=client_id,
            client_secret=client_secret,
            token_ttl=ttl,
        )
    finally:
        stop(process)
        stderr_log.close()


@pytest.fixture(scope="session")
def app_server_process() -> Iterator[AppServer]:
    """Run the FastAPI app under uvicorn in a subprocess on a free port."""
    port = free_port()
    stderr_log = tempfile.TemporaryFile(mode="w+")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "app:app",
            "--app-dir",
            str(SERVERS),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=stderr_log,
        text=True,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                stderr_log.seek(0)
                pytest.fail(f"test app exited: {stderr_log.read()[-2000:]}")
            try:
                httpx.get(base_url + "/__stats", timeout=1).raise_for_status()
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail("test app did not start within 30s")
                time.sleep(0.05)
        yield AppServer(base_url)
    finally:
        stop(process)
        stderr_log.close()


@pytest.fixture
def app_server(app_server_process: AppServer) -> AppServer:
    """The app, reset to a clean state for each test."""
    app_server_process.reset()
    return app_server_process
