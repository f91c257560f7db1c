"""Fixtures: the 3.0 callbacks fixture generated once, and receiver servers.

The receiver is a real uvicorn process on 127.0.0.1 (stopped by its PID) that
imports a generated package, as an application would.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from clientsmith.generator.config import GeneratorConfig, config_from_mapping
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.pipeline import GenerationResult, generate_files
from clientsmith.generator.writer import write_files

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
CALLBACKS_SPEC = HERE / "callbacks-3.0.yaml"
GITHUB_STYLE = {
    "package_name": "repohooks",
    "webhooks": {
        "signature": {
            "scheme": "hmac",
            "header": "X-Hub-Signature-256",
            "prefix": "sha256=",
        },
        "secret_env": "REPO_HOOK_SECRET",
        "event_header": "X-GitHub-Event",
    },
}


def generate_into(
    spec: Path, out: Path, config: GeneratorConfig
) -> tuple[GenerationResult, Diagnostics]:
    diagnostics = Diagnostics()
    result = generate_files(spec, config, diagnostics)
    write_files(out, result.files)
    return result, diagnostics


@pytest.fixture(scope="session")
def repohooks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The callbacks fixture generated with a GitHub-style HMAC config."""
    out = tmp_path_factory.mktemp("repohooks")
    config = config_from_mapping(GITHUB_STYLE, source="clientsmith.yaml")
    generate_into(CALLBACKS_SPEC, out, config)
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_receiver(
    package: str, package_dir: Path, env: dict[str, str]
) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "receiver_app:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--app-dir",
            str(HERE),
            "--log-level",
            "warning",
        ],
        env={
            **os.environ,
            **env,
            "WEBHOOK_PACKAGE": package,
            "PYTHONPATH": os.pathsep.join([str(package_dir), str(ROOT)]),
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode() if proc.stderr else ""
            raise RuntimeError(f"the webhook receiver exited: {err}")
        try:
            httpx.get(url + "/_seen", timeout=1)
            return proc, url
        except httpx.TransportError:
            time.sleep(0.1)
    stop(proc)
    raise RuntimeError(f"the webhook receiver did not start on {url}")


def stop(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        proc.kill()
        proc.wait(timeout=10)
    if proc.stderr is not None:
        proc.stderr.close()


@pytest.fixture(scope="module")
def repohooks_receiver(repohooks: Path) -> Iterator[str]:
    proc, url = start_receiver(
        "repohooks", repohooks, {"REPO_HOOK_SECRET": "gh-secret"}
    )
    try:
        yield url
    finally:
        stop(proc)


LIBRARY_KEY = b"library-signing-key-0123456789ab"


@pytest.fixture(scope="module")
def library_receiver() -> Iterator[str]:
    """The committed library-3.1 client (Standard Webhooks) behind a receiver."""
    import base64

    secret = "whsec_" + base64.b64encode(LIBRARY_KEY).decode()
    proc, url = start_receiver(
        "library",
        ROOT / "generated" / "library-3.1",
        {"LIBRARY_WEBHOOK_SECRET": secret},
    )
    try:
        yield url
    finally:
        stop(proc)
