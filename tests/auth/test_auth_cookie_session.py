"""Cookie sessions with form login, on an in-process app."""

from __future__ import annotations

import itertools
import json
from urllib.parse import parse_qsl

import httpx
import pytest

from clientsmith.auth import LoginError
from clientsmith.session import CookieSessionAuth, MemoryStore


class SessionApp:
    """Form login at /login; protected pages redirect to /login when logged out."""

    def __init__(self, *, expired_answer: str = "redirect") -> None:
        self.sessions: set[str] = set()
        self.ids = itertools.count(1)
        self.logins = 0
        self.expired_answer = expired_answer
        self.seen_cookies: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/login" and request.method == "POST":
            if request.headers["content-type"].startswith("application/json"):
                form = json.loads(request.content)
            else:
                form = dict(parse_qsl(request.content.decode()))
            if form != {"user": "alice", "pass": "pw"}:
                return httpx.Response(302, headers={"Location": "/login?failed=1"})
            self.logins += 1
            sid = f"s{next(self.ids)}"
            self.sessions.add(sid)
            return httpx.Response(
                302,
                headers={
                    "Location": "/home",
                    "Set-Cookie": f"sid={sid}; Path=/; HttpOnly",
                },
            )
        if request.url.path == "/login":
            return httpx.Response(200, text="<form>login</form>")
        cookie = request.headers.get("cookie", "")
        self.seen_cookies.append(cookie)
        pairs = (p.strip().split("=", 1) for p in cookie.split(";") if "=" in p)
        current = {k: v for k, v in pairs}.get("sid")
        if current in self.sessions:
            return httpx.Response(200, json={"sid": current})
        if self.expired_answer == "401":
            return httpx.Response(401)
        return httpx.Response(302, headers={"Location": "https://app.test/login"})


def make_client(app: SessionApp, *, follow: bool = False) -> httpx.Client:
    return httpx.Client(
        transport=httpx.MockTransport(app),
        base_url="https://app.test",
        follow_redirects=follow,
    )


@pytest.mark.parametrize("follow", [False, True])
@pytest.mark.parametrize("expired_answer", ["redirect", "401"])
def test_login_then_relogin_when_session_expires(
    follow: bool, expired_answer: str
) -> None:
    app = SessionApp(expired_answer=expired_answer)
    auth = CookieSessionAuth("/login", {"user": "alice", "pass": "pw"})
    with make_client(app, follow=follow) as client:
        assert client.get("/data", auth=auth).json() == {"sid": "s1"}
        assert client.get("/data", auth=auth).json() == {"sid": "s1"}
        assert app.logins == 1
        app.sessions.clear()  # the server drops the session
        response = client.get("/data", auth=auth)
        assert response.status_code == 200 and response.json() == {"sid": "s2"}
        assert app.logins == 2


def test_json_login_and_store() -> None:
    app = SessionApp()
    store = MemoryStore()
    auth = CookieSessionAuth(
        "/login", {"user": "alice", "pass": "pw"}, body_format="json", store=store
    )
    with make_client(app) as client:
        client.get("/data", auth=auth)
        # A second Auth sharing the store reuses the session: no new login.
        other = CookieSessionAuth(
            "/login", {"user": "alice", "pass": "pw"}, body_format="json", store=store
        )
        assert client.get("/data", auth=other).json() == {"sid": "s1"}
    assert app.logins == 1
    assert auth.session is not None
    assert store.load(auth.store_key) == {
        "cookies": {"sid": "s1"},
        "created_at": auth.session.created_at,
    }


def test_bad_credentials_raise_login_error_without_secret() -> None:
    app = SessionApp()
    auth = CookieSessionAuth("/login", {"user": "alice", "pass": "hunter2-wrong"})
    with make_client(app) as client:
        with pytest.raises(LoginError) as info:
            client.get("/data", auth=auth)
    assert "hunter2-wrong" not in str(info.value)
    assert "hunter2-wrong" not in repr(auth)


def test_session_cookie_not_sent_elsewhere_and_client_cookies_kept() -> None:
    app = SessionApp()
    auth = CookieSessionAuth("/login", {"user": "alice", "pass": "pw"})
    with make_client(app) as client:
        client.get("/data", auth=auth, headers={"Cookie": "theme=dark"})
        client.get("https://other.test/data", auth=auth)
    assert "theme=dark" in app.seen_cookies[0] and "sid=s1" in app.seen_cookies[0]
    assert "sid=s1" not in app.seen_cookies[1]


def test_custom_expiry_and_success_checks() -> None:
    app = SessionApp(expired_answer="401")
    auth = CookieSessionAuth(
        "/login",
        {"user": "alice", "pass": "pw"},
        login_succeeded=lambda r: (
            r.status_code == 302 and r.headers["location"] == "/home"
        ),
        session_expired=lambda r: r.status_code in (401, 419),
    )
    with make_client(app) as client:
        client.get("/data", auth=auth)
        app.sessions.clear()
        assert client.get("/data", auth=auth).json() == {"sid": "s2"}


def test_sliding_session_cookie_is_kept_up_to_date() -> None:
    app = SessionApp()
    original = app.__call__

    def handler(request: httpx.Request) -> httpx.Response:
        response = original(request)
        if request.url.path == "/renew" and response.status_code == 200:
            app.sessions.add("s1-renewed")
            response.headers["Set-Cookie"] = "sid=s1-renewed; Path=/"
        return response

    store = MemoryStore()
    auth = CookieSessionAuth("/login", {"user": "alice", "pass": "pw"}, store=store)
    with httpx.Client(
        transport=httpx.MockTransport(handler), base_url="https://app.test"
    ) as client:
        client.get("/renew", auth=auth)
        app.sessions.discard("s1")
        assert client.get("/data", auth=auth).json() == {"sid": "s1-renewed"}
    assert app.logins == 1
    saved = store.load(auth.store_key)
    assert saved is not None and saved["cookies"] == {"sid": "s1-renewed"}
