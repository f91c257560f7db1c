"""PKCE helpers, redirect parsing and the loopback redirect receiver."""

from __future__ import annotations

import re
import urllib.error
import urllib.request

import httpx
import pytest

from clientsmith.auth import (
    AuthError,
    LoopbackRedirectReceiver,
    OAuth2AuthorizationCode,
    StateMismatchError,
    build_authorization_url,
    code_challenge,
    generate_code_verifier,
    generate_state,
)


def test_rfc7636_appendix_b_vector() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert code_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_verifier_and_state_are_random_and_well_formed() -> None:
    verifiers = {generate_code_verifier() for _ in range(20)}
    assert len(verifiers) == 20
    for verifier in verifiers:
        assert re.fullmatch(r"[A-Za-z0-9\-._~]{43,128}", verifier)
    assert generate_state() != generate_state()


def test_authorization_url_keeps_existing_query() -> None:
    url = build_authorization_url(
        "https://id.test/authorize?tenant=acme",
        client_id="app",
        redirect_uri="http://127.0.0.1:5000/cb",
        state="st",
        code_challenge="ch",
        scope="openid",
        extra_params={"prompt": "consent"},
    )
    params = httpx.URL(url).params
    assert dict(params) == {
        "tenant": "acme",
        "response_type": "code",
        "client_id": "app",
        "redirect_uri": "http://127.0.0.1:5000/cb",
        "state": "st",
        "code_challenge": "ch",
        "code_challenge_method": "S256",
        "scope": "openid",
        "prompt": "consent",
    }


def make_auth() -> OAuth2AuthorizationCode:
    return OAuth2AuthorizationCode(
        "https://id.test/token",
        "app",
        authorization_url="https://id.test/authorize",
        redirect_uri="http://127.0.0.1:5000/cb",
    )


def test_redirect_errors() -> None:
    auth = make_auth()
    with pytest.raises(StateMismatchError, match="no authorization"):
        auth.handle_redirect("http://127.0.0.1:5000/cb?code=c&state=s")
    request = auth.start_authorization()
    with pytest.raises(AuthError, match="access_denied: user said no"):
        auth.handle_redirect(
            "http://127.0.0.1:5000/cb?error=access_denied"
            f"&error_description=user+said+no&state={request.state}"
        )
    with pytest.raises(StateMismatchError):
        auth.handle_redirect("http://127.0.0.1:5000/cb?code=c")  # no state at all
    with pytest.raises(AuthError, match="neither a code"):
        auth.handle_redirect(f"http://127.0.0.1:5000/cb?state={request.state}")
    # A public client: PKCE but no secret, client_id in the body.
    assert auth.endpoint.client_auth == "none"


def test_loopback_receiver_delivers_the_redirect() -> None:
    with LoopbackRedirectReceiver(path="/cb") as receiver:
        assert receiver.redirect_uri.startswith("http://127.0.0.1:")
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(f"http://127.0.0.1:{receiver.port}/other")
        assert info.value.code == 404
        info.value.close()
        with urllib.request.urlopen(receiver.redirect_uri + "?code=c1&state=s1") as r:
            assert b"close this window" in r.read()
        assert receiver.wait(5) == receiver.redirect_uri + "?code=c1&state=s1"


def test_loopback_receiver_times_out() -> None:
    with LoopbackRedirectReceiver() as receiver:
        with pytest.raises(TimeoutError):
            receiver.wait(0)


def test_authorize_in_browser_with_fake_browser() -> None:
    auth = make_auth()
    opened: list[str] = []

    def browser(url: str) -> None:
        opened.append(url)
        params = httpx.URL(url).params
        with urllib.request.urlopen(
            f"{params['redirect_uri']}?code=the-code&state={params['state']}"
        ) as response:
            response.read()

    auth.authorize_in_browser(open_browser=browser, path="/cb", timeout=5)
    assert auth._code is not None and auth._code.reveal() == "the-code"
    assert httpx.URL(opened[0]).params["client_id"] == "app"
