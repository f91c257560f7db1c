"""clientsmith.webhooks: signature checks (HMAC, Standard Webhooks) and parsing.

Signatures here are computed independently of the module under test (hashlib,
hmac) for the known-answer cases, so a wrong construction cannot verify itself.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

import pydantic
import pytest

from clientsmith import ClientsmithError
from clientsmith.errors import WebhookPayloadError, WebhookVerificationError
from clientsmith.webhooks import (
    STANDARD_WEBHOOKS,
    Signature,
    WebhookEvent,
    parse_payload,
    sign,
    unwrap,
    verify,
    verify_signature,
)

BODY = b'{"action": "opened", "number": 7}'
GITHUB = Signature(header="X-Hub-Signature-256", prefix="sha256=")
KEY = b"0123456789abcdef0123456789abcdef"
WHSEC = "whsec_" + base64.b64encode(KEY).decode()
NOW = 1_700_000_000


def github_header(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def standard_headers(
    body: bytes, *, msg_id: str = "msg_1", stamp: int = NOW
) -> dict[str, str]:
    content = f"{msg_id}.{stamp}.".encode() + body
    digest = hmac.new(KEY, content, hashlib.sha256).digest()
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(stamp),
        "webhook-signature": "v1," + base64.b64encode(digest).decode(),
    }


# -- HMAC -------------------------------------------------------------------------


def test_hmac_known_answer_verifies_with_any_header_case() -> None:
    headers = {"x-hub-signature-256": github_header(BODY, "s3cret")}
    verify_signature(BODY, headers, secret="s3cret", signature=GITHUB)
    verify_signature(BODY.decode(), headers, secret=b"s3cret", signature=GITHUB)


def test_hmac_sign_matches_independent_computation() -> None:
    assert sign(BODY, secret="s3cret", signature=GITHUB) == {
        "X-Hub-Signature-256": github_header(BODY, "s3cret")
    }


@pytest.mark.parametrize(
    ("body", "secret", "message"),
    [
        (BODY + b" ", "s3cret", "does not match the payload"),
        (BODY, "n0t-it", "does not match the payload"),
    ],
    ids=["tampered-body", "wrong-secret"],
)
def test_hmac_rejects_tampering_and_wrong_secret(
    body: bytes, secret: str, message: str
) -> None:
    headers = {"X-Hub-Signature-256": github_header(BODY, "s3cret")}
    with pytest.raises(WebhookVerificationError, match=message) as info:
        verify_signature(body, headers, secret=secret, signature=GITHUB)
    # The message names the header but never the secret or the expected digest.
    assert "X-Hub-Signature-256" in str(info.value)
    assert secret not in str(info.value)
    expected = github_header(body, secret).removeprefix("sha256=")
    assert expected not in str(info.value)


def test_hmac_missing_header_and_missing_prefix() -> None:
    with pytest.raises(WebhookVerificationError, match="no X-Hub-Signature-256 header"):
        verify_signature(BODY, {}, secret="s", signature=GITHUB)
    bare = github_header(BODY, "s").removeprefix("sha256=")
    with pytest.raises(WebhookVerificationError, match="does not start with 'sha256='"):
        verify_signature(
            BODY, {"X-Hub-Signature-256": bare}, secret="s", signature=GITHUB
        )


def test_hmac_base64_sha1_and_sha512_variants() -> None:
    for algorithm in ("sha1", "sha512"):
        scheme = Signature(header="X-Sig", algorithm=algorithm, encoding="base64")
        digest = hmac.new(b"k", BODY, getattr(hashlib, algorithm)).digest()
        verify_signature(
            BODY,
            {"X-Sig": base64.b64encode(digest).decode()},
            secret="k",
            signature=scheme,
        )
        with pytest.raises(WebhookVerificationError):
            verify_signature(
                BODY, {"X-Sig": "not base64!"}, secret="k", signature=scheme
            )


def test_signature_rejects_bad_settings() -> None:
    with pytest.raises(ValueError, match="algorithm"):
        Signature(algorithm="md5")  # type: ignore[arg-type]  # unsupported: refused
    with pytest.raises(ValueError, match="tolerance"):
        Signature(scheme="standard", tolerance=0)


# -- Standard Webhooks ------------------------------------------------------------


def test_standard_known_answer_and_several_signatures() -> None:
    headers = standard_headers(BODY)
    verify_signature(BODY, headers, secret=WHSEC, signature=STANDARD_WEBHOOKS, now=NOW)
    # A rotated secret: the sender lists several signatures, one of them valid.
    headers["webhook-signature"] = "v1,AAAA v1a,xyz " + headers["webhook-signature"]
    verify_signature(BODY, headers, secret=WHSEC, signature=STANDARD_WEBHOOKS, now=NOW)
    # Svix sends the same values under svix-* names.
    svix = {
        k.replace("webhook-", "svix-"): v for k, v in standard_headers(BODY).items()
    }
    verify_signature(BODY, svix, secret=WHSEC, signature=STANDARD_WEBHOOKS, now=NOW)


def test_standard_sign_matches_independent_computation() -> None:
    produced = sign(
        BODY, secret=WHSEC, signature=STANDARD_WEBHOOKS, msg_id="msg_1", timestamp=NOW
    )
    assert produced == standard_headers(BODY)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"body": BODY.replace(b"7", b"8")}, "no v1 signature"),
        ({"msg_id": "msg_2"}, "no v1 signature"),
        ({"stamp": NOW - 301}, "more than the 300 s tolerated"),
        ({"stamp": NOW + 400}, "more than the 300 s tolerated"),
    ],
    ids=["tampered-body", "other-id", "stale", "future"],
)
def test_standard_rejects_tampering_and_replays(
    change: dict[str, object], message: str
) -> None:
    body = change.get("body", BODY)
    assert isinstance(body, bytes)
    signed = standard_headers(
        body if "body" not in change else BODY,
        msg_id=str(change.get("msg_id", "msg_1")),
        stamp=int(str(change.get("stamp", NOW))),
    )
    if "msg_id" in change:
        signed["webhook-id"] = "msg_1"  # signed as msg_2, delivered as msg_1
    with pytest.raises(WebhookVerificationError, match=message) as info:
        verify_signature(
            body, signed, secret=WHSEC, signature=STANDARD_WEBHOOKS, now=NOW
        )
    assert WHSEC not in str(info.value)


def test_standard_wrong_secret_missing_headers_and_bad_secret() -> None:
    headers = standard_headers(BODY)
    other = "whsec_" + base64.b64encode(b"x" * 32).decode()
    with pytest.raises(WebhookVerificationError, match="no v1 signature"):
        verify_signature(
            BODY, headers, secret=other, signature=STANDARD_WEBHOOKS, now=NOW
        )
    del headers["webhook-timestamp"], headers["webhook-id"]
    with pytest.raises(
        WebhookVerificationError,
        match="lacks the webhook-id, webhook-timestamp headers",
    ):
        verify_signature(
            BODY, headers, secret=WHSEC, signature=STANDARD_WEBHOOKS, now=NOW
        )
    with pytest.raises(
        WebhookVerificationError, match="not a Standard Webhooks key"
    ) as info:
        verify_signature(
            BODY,
            standard_headers(BODY),
            secret="whsec_%%%",
            signature=STANDARD_WEBHOOKS,
        )
    assert "%%%" not in str(info.value)


# -- secrets, schemes and parsing -------------------------------------------------


def test_verify_reads_the_secret_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    headers = {"X-Hub-Signature-256": github_header(BODY, "from-env")}
    monkeypatch.delenv("HOOK_SECRET", raising=False)
    with pytest.raises(WebhookVerificationError, match=r"set \$HOOK_SECRET"):
        verify(BODY, headers, signature=GITHUB, secret_env="HOOK_SECRET")
    monkeypatch.setenv("HOOK_SECRET", "from-env")
    verify(BODY, headers, signature=GITHUB, secret_env="HOOK_SECRET")
    with pytest.raises(WebhookVerificationError, match="no signature scheme"):
        verify(BODY, headers, signature=None, secret="from-env")


class Opened(pydantic.BaseModel):
    action: str
    number: int


class Closed(pydantic.BaseModel):
    action: str
    closed_at: str


EVENTS = (WebhookEvent("opened", Opened, "pr.opened"), WebhookEvent("closed", Closed))


def test_unwrap_verifies_then_parses_by_event_header_or_union() -> None:
    headers = {"X-Hub-Signature-256": github_header(BODY, "s")}
    event = unwrap(BODY, headers, events=EVENTS, signature=GITHUB, secret="s")
    assert event == Opened(action="opened", number=7)
    # The event header picks the type: this body is not a Closed.
    with pytest.raises(WebhookPayloadError, match="'closed' webhook.*closed_at"):
        unwrap(
            BODY,
            {**headers, "X-Event": "closed"},
            events=EVENTS,
            signature=GITHUB,
            secret="s",
            event_header="x-event",
        )
    with pytest.raises(WebhookVerificationError):
        unwrap(BODY, headers, events=EVENTS, signature=GITHUB, secret="other")
    closed = b'{"action": "closed", "closed_at": "today"}'
    assert unwrap(
        closed, {}, events=EVENTS, signature=None, skip_verification=True
    ) == (Closed(action="closed", closed_at="today"))


def test_parse_errors_are_client_errors_not_pydantic() -> None:
    with pytest.raises(WebhookPayloadError, match="not JSON") as info:
        parse_payload(b"{nope", Opened, "opened webhook")
    assert isinstance(info.value, ClientsmithError)
    assert isinstance(info.value, ValueError)
    with pytest.raises(
        WebhookPayloadError, match=r"number: Input should be a valid integer"
    ):
        parse_payload(json.dumps({"action": "x", "number": "many"}), Opened)
    with pytest.raises(TypeError, match="raw body"):
        # A parsed dict instead of the raw body, on purpose: refused.
        parse_payload({"action": "x"}, Opened)  # type: ignore[arg-type]
