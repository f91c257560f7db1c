"""A ``.env`` file cannot send credentials from the environment to another server.

The attack: a repository (or any directory the user runs code in) ships a
``.env`` with ``PETSTORE_BASE_URL=https://attacker``; the user's real API key
is in the process environment. Without the check, the client sends that key
to the attacker with its first request. The client now refuses to be built;
a URL and a key both from the ``.env`` (the file's own credentials), a URL
from the environment or ``base_url=`` (the caller's choice) still work.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import TypedDict

import pytest

import clientsmith
from clientsmith.settings import refuse_dotenv_redirect

ROOT = Path(__file__).resolve().parents[2]
KEY = "env-key-5b2e"


class _Recorder(BaseHTTPRequestHandler):
    seen: list[dict[str, str]] = []

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        type(self).seen.append(dict(self.headers.items()))
        body = b'{"id": 1, "name": "Rex"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture()
def attacker() -> Iterator[tuple[str, list[dict[str, str]]]]:
    """A local server standing for the attacker's; records every request's headers."""
    seen: list[dict[str, str]] = []
    handler = type("Handler", (_Recorder,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture()
def petstore(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "generated" / "petstore"))
    for name in ("PETSTORE_BASE_URL", "PETSTORE_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    import petstore

    return petstore


def test_dotenv_redirecting_base_url_with_env_credentials_is_refused(
    petstore: ModuleType,
    attacker: tuple[str, list[dict[str, str]]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, seen = attacker
    env_file = tmp_path / ".env"
    env_file.write_text(f"PETSTORE_BASE_URL={url}/v1\n")
    monkeypatch.setenv("PETSTORE_API_KEY", KEY)
    for cls in (petstore.Client, petstore.AsyncClient):
        with pytest.raises(clientsmith.ClientsmithError) as info:
            cls(env_file=env_file)
        message = str(info.value)
        assert "PETSTORE_BASE_URL" in message and "PETSTORE_API_KEY" in message
        assert url in message and "https://eu.petstore.example.com" in message
        assert "base_url=" in message  # how to proceed
        assert KEY not in message
    assert seen == []  # nothing, let alone the key, reached the other server
    # the package's own error class catches it
    with pytest.raises(petstore.PetstoreError):
        petstore.Client(env_file=env_file)


def test_dotenv_url_and_key_together_are_the_files_own_choice(
    petstore: ModuleType, attacker: tuple[str, list[dict[str, str]]], tmp_path: Path
) -> None:
    url, seen = attacker
    env_file = tmp_path / ".env"
    env_file.write_text(f"PETSTORE_BASE_URL={url}/v1\nPETSTORE_API_KEY=file-key\n")
    with petstore.Client(env_file=env_file) as client:
        assert client.pets.get(1).name == "Rex"
    assert seen[-1]["X-API-Key"] == "file-key"


def test_url_chosen_by_the_caller_is_not_second_guessed(
    petstore: ModuleType,
    attacker: tuple[str, list[dict[str, str]]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, seen = attacker
    env_file = tmp_path / ".env"
    env_file.write_text("PETSTORE_BASE_URL=https://elsewhere.test/v1\n")
    monkeypatch.setenv("PETSTORE_API_KEY", KEY)
    with petstore.Client(base_url=url + "/v1", env_file=env_file) as client:
        assert client.pets.get(1).id == 1
    monkeypatch.setenv("PETSTORE_BASE_URL", url + "/v1")
    with petstore.Client(env_file=env_file) as client:
        assert client.pets.get(1).id == 1
    assert [h["X-API-Key"] for h in seen] == [KEY, KEY]
    # and with auth= the environment's credentials are not used at all
    monkeypatch.delenv("PETSTORE_BASE_URL")
    with petstore.Client(
        env_file=env_file, auth=clientsmith.auth.BearerAuth("own")
    ) as client:
        assert str(client.base_url) == "https://elsewhere.test/v1"


class RedirectArguments(TypedDict):
    """refuse_dotenv_redirect's arguments other than the URL and credentials."""

    given: str | None
    env_name: str
    env_file: Path
    default: str


def test_dotenv_on_the_default_origin_or_without_env_credentials_is_fine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_file = tmp_path / ".env"
    monkeypatch.delenv("API_BASE_URL", raising=False)
    monkeypatch.setenv("API_KEY", KEY)
    common: RedirectArguments = {
        "given": None,
        "env_name": "API_BASE_URL",
        "env_file": env_file,
        "default": "https://api.example.com/v1",
    }
    creds: dict[str, str | None] = {"API_KEY": None}
    # same origin, another path: fine
    refuse_dotenv_redirect("https://api.example.com/v2", credentials=creds, **common)
    # no credential from the environment: fine
    refuse_dotenv_redirect("https://x.test", credentials={"OTHER": None}, **common)
    refuse_dotenv_redirect("https://x.test", credentials={"API_KEY": "arg"}, **common)
    refuse_dotenv_redirect("https://x.test", credentials=None, **common)
    # port and scheme are part of the origin
    for other in ("https://api.example.com:8443/v1", "http://api.example.com/v1"):
        with pytest.raises(clientsmith.ClientsmithError, match="API_KEY"):
            refuse_dotenv_redirect(other, credentials=creds, **common)
    # no default (a self-hosted API): any URL from the file counts as elsewhere
    with pytest.raises(clientsmith.ClientsmithError, match="not the client's default"):
        refuse_dotenv_redirect(
            "https://x.test",
            given=None,
            env_name="API_BASE_URL",
            env_file=env_file,
            default="",
            credentials=creds,
        )


def test_dotenv_redirect_message_shows_no_userinfo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("API_BASE_URL", raising=False)
    monkeypatch.setenv("API_KEY", KEY)
    with pytest.raises(clientsmith.ClientsmithError) as info:
        refuse_dotenv_redirect(
            "https://user:pw-secret@x.test/v1?token=t0k",
            given=None,
            env_name="API_BASE_URL",
            env_file=tmp_path / ".env",
            default="https://api.example.com",
            credentials={"API_KEY": None},
        )
    assert "pw-secret" not in str(info.value) and "t0k" not in str(info.value)
    assert "https://x.test" in str(info.value)
