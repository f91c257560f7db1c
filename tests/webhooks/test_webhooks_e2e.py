"""End to end: a sender signs a webhook, a real server unwraps it.

The receiver (``receiver_app.py`` under uvicorn) calls a generated package's
``unwrap`` on the raw request, reading the secret from the package's
environment variable; the test plays the API, signing deliveries with the
scheme the spec (library-3.1: Standard Webhooks) or the config (the callbacks
fixture: GitHub-style HMAC) declares.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

import httpx

from .conftest import LIBRARY_KEY


def github_sign(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def standard_sign(body: bytes, msg_id: str, stamp: int) -> dict[str, str]:
    digest = hmac.new(LIBRARY_KEY, f"{msg_id}.{stamp}.".encode() + body, "sha256")
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(stamp),
        "webhook-signature": "v1," + base64.b64encode(digest.digest()).decode(),
    }


PUSH = {"ref": "refs/heads/main", "commits": [{"id": "abc123"}]}
ISSUE = {"action": "opened", "issue": {"number": 42}}


def test_callbacks_signed_github_style_round_trip(repohooks_receiver: str) -> None:
    url = repohooks_receiver + "/hook"
    for event, payload, model in (
        ("push", PUSH, "PushEvent"),
        ("issues", ISSUE, "OnIssuePayload"),
    ):
        body = json.dumps(payload).encode()
        answer = httpx.post(
            url,
            content=body,
            headers={
                "Content-Type": "application/json",
                "X-GitHub-Event": event,
                "X-Hub-Signature-256": github_sign(body, "gh-secret"),
            },
        )
        assert answer.status_code == 200, answer.text
        assert answer.json() == {"type": model, "data": payload}


def test_callbacks_reject_forgeries_and_bad_payloads(repohooks_receiver: str) -> None:
    url = repohooks_receiver + "/hook"
    body = json.dumps(PUSH).encode()
    forged = httpx.post(
        url,
        content=body,
        headers={"X-Hub-Signature-256": github_sign(body, "guessed")},
    )
    assert forged.status_code == 401
    assert "does not match" in forged.json()["rejected"]
    assert "gh-secret" not in forged.text
    unsigned = httpx.post(url, content=body)
    assert unsigned.status_code == 401
    assert "X-Hub-Signature-256" in unsigned.json()["rejected"]
    # Signed, but announced as an issue event while shaped as a push.
    wrong_shape = httpx.post(
        url,
        content=body,
        headers={
            "X-GitHub-Event": "issues",
            "X-Hub-Signature-256": github_sign(body, "gh-secret"),
        },
    )
    assert wrong_shape.status_code == 400
    assert "'onIssue' webhook" in wrong_shape.json()["invalid"]


def test_library_standard_webhooks_round_trip(library_receiver: str) -> None:
    url = library_receiver + "/hook"
    removed = {"isbn": "978-0", "removed_at": "2024-05-01T12:00:00Z"}
    body = json.dumps(removed).encode()
    now = int(time.time())
    answer = httpx.post(url, content=body, headers=standard_sign(body, "msg_1", now))
    assert answer.status_code == 200, answer.text
    # No event header: the union of payload types picks the one that fits.
    assert answer.json()["type"] == "BookRemovedPayload"
    assert answer.json()["data"]["removed_at"].startswith("2024-05-01T12:00:00")
    book = {"isbn": "978-1", "title": "Dune", "format": "paper"}
    body = json.dumps(book).encode()
    answer = httpx.post(
        url,
        content=body,
        headers={**standard_sign(body, "msg_2", now), "X-Library-Event": "bookAdded"},
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["type"] == "Book"
    assert answer.json()["data"]["title"] == "Dune"


def test_library_rejects_replays_and_tampering(library_receiver: str) -> None:
    url = library_receiver + "/hook"
    body = json.dumps({"isbn": "1", "removed_at": "2024-05-01T12:00:00Z"}).encode()
    stale = standard_sign(body, "msg_3", int(time.time()) - 3600)
    replay = httpx.post(url, content=body, headers=stale)
    assert replay.status_code == 401
    assert "tolerated" in replay.json()["rejected"]
    fresh = standard_sign(body, "msg_4", int(time.time()))
    tampered = httpx.post(url, content=body.replace(b'"1"', b'"2"'), headers=fresh)
    assert tampered.status_code == 401
    assert "no v1 signature" in tampered.json()["rejected"]


def test_the_example_receiver_runs() -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, str(root / "examples" / "webhook_receiver.py")],
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join(
                [str(root), str(root / "generated" / "library-3.1")]
            ),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "received Book: Book(isbn='978-0441013593', title='Dune'" in proc.stdout
    assert "{'type': 'Book'}" in proc.stdout
    assert "{'rejected': 'no v1 signature" in proc.stdout
