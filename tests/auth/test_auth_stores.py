"""Credential persistence: memory, encrypted file, restore validation."""

from __future__ import annotations

import os
import stat
import warnings
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from auth_fakes import FakeClock, FakeOAuthServer

from clientsmith.auth import OAuth2Password
from clientsmith.session import (
    CredentialStore,
    CredentialStoreWarning,
    EncryptedFileStore,
    MemoryStore,
    generate_key,
)


def test_memory_store_copies() -> None:
    store = MemoryStore()
    data = {"a": [1]}
    store.save("k", data)
    data["a"].append(2)
    loaded = store.load("k")
    assert loaded == {"a": [1]}
    store.delete("k")
    assert store.load("k") is None


def test_encrypted_file_roundtrip_mode_and_no_plaintext(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "creds.bin"
    store = EncryptedFileStore(path, key=generate_key())
    store.save("oauth", {"access_token": "PLAINTEXT-TOKEN-123"})
    store.save("cookies", {"cookies": {"sid": "SESSION-456"}})
    assert store.load("oauth") == {"access_token": "PLAINTEXT-TOKEN-123"}
    raw = path.read_bytes()
    assert b"PLAINTEXT-TOKEN-123" not in raw and b"SESSION-456" not in raw
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["creds.bin"]  # no temp left
    store.delete("oauth")
    assert store.load("oauth") is None
    assert store.load("cookies") == {"cookies": {"sid": "SESSION-456"}}


def test_key_from_environment_and_dotenv(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = generate_key()
    monkeypatch.setenv("MY_STORE_KEY", key)
    EncryptedFileStore(tmp_path / "a", key_env="MY_STORE_KEY").save("k", {"v": 1})
    assert EncryptedFileStore(tmp_path / "a", key=key).load("k") == {"v": 1}

    monkeypatch.delenv("MY_STORE_KEY")
    dotenv = tmp_path / ".env"
    dotenv.write_text(f"MY_STORE_KEY={key}\n")
    store = EncryptedFileStore(
        tmp_path / "a", key_env="MY_STORE_KEY", dotenv_path=dotenv
    )
    assert store.load("k") == {"v": 1}
    assert "MY_STORE_KEY" not in os.environ

    with pytest.raises(ValueError, match="MY_STORE_KEY"):
        EncryptedFileStore(tmp_path / "a", key_env="MY_STORE_KEY")
    with pytest.raises(ValueError, match="not a valid Fernet key") as info:
        EncryptedFileStore(tmp_path / "a", key="short-secret-key")
    assert "short-secret-key" not in str(info.value)


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # truncated
        lambda raw: raw[:-5] + (b"A" if raw[-5:-4] != b"A" else b"B") + raw[-4:],
        lambda raw: b"",
        lambda raw: b"not even base64 \x00\xff",
    ],
    ids=["truncated", "tampered", "empty", "garbage"],
)
def test_damaged_file_warns_and_returns_nothing(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    path = tmp_path / "creds"
    key = generate_key()
    EncryptedFileStore(path, key=key).save("k", {"v": 1})
    path.write_bytes(damage(path.read_bytes()))
    with pytest.warns(CredentialStoreWarning, match="corrupted, truncated"):
        assert EncryptedFileStore(path, key=key).load("k") is None


def test_wrong_key_warns(tmp_path: Path) -> None:
    path = tmp_path / "creds"
    EncryptedFileStore(path, key=generate_key()).save("k", {"v": 1})
    with pytest.warns(CredentialStoreWarning, match="another key"):
        assert EncryptedFileStore(path, key=generate_key()).load("k") is None


def login_count(server: FakeOAuthServer) -> int:
    return sum(b["grant_type"] == "password" for b in server.token_requests)


def make_auth(store: CredentialStore, clock: FakeClock) -> OAuth2Password:
    return OAuth2Password(
        "/oauth/token",
        "alice",
        "pw",
        client_id="cid",
        client_secret="csecret",
        store=store,
        clock=clock,
    )


def test_token_survives_restart_in_encrypted_file(
    tmp_path: Path, oauth_server: FakeOAuthServer, clock: FakeClock
) -> None:
    key = generate_key()
    path = tmp_path / "tokens"
    with httpx.Client(
        transport=oauth_server.transport(), base_url="https://api.test"
    ) as c:
        c.get("/a", auth=make_auth(EncryptedFileStore(path, key=key), clock))
        # A new process: the saved token is used, no new login.
        restarted = make_auth(EncryptedFileStore(path, key=key), clock)
        assert c.get("/b", auth=restarted).status_code == 200
        assert login_count(oauth_server) == 1
        # Later still: the saved (rotated) refresh token is used.
        clock.advance(3600)
        again = make_auth(EncryptedFileStore(path, key=key), clock)
        assert c.get("/c", auth=again).status_code == 200
    assert [b["grant_type"] for b in oauth_server.token_requests] == [
        "password",
        "refresh_token",
    ]
    assert b"access-" not in path.read_bytes()


def test_tampered_token_file_means_fresh_login(
    tmp_path: Path, oauth_server: FakeOAuthServer, clock: FakeClock
) -> None:
    key = generate_key()
    path = tmp_path / "tokens"
    with httpx.Client(
        transport=oauth_server.transport(), base_url="https://api.test"
    ) as c:
        c.get("/a", auth=make_auth(EncryptedFileStore(path, key=key), clock))
        path.write_bytes(path.read_bytes()[:40])
        auth = make_auth(EncryptedFileStore(path, key=key), clock)
        with pytest.warns(CredentialStoreWarning):
            assert c.get("/b", auth=auth).status_code == 200
        assert login_count(oauth_server) == 2
        # The fresh login replaced the damaged file with a good one.
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert EncryptedFileStore(path, key=key).load(auth.store_key) is not None


def test_invalid_stored_token_data_warns_and_logs_in(
    oauth_server: FakeOAuthServer, clock: FakeClock
) -> None:
    store = MemoryStore()
    auth = make_auth(store, clock)
    store.save(auth.store_key, {"access_token": 42, "expires_at": "tomorrow"})
    with httpx.Client(
        transport=oauth_server.transport(), base_url="https://api.test"
    ) as c:
        with pytest.warns(CredentialStoreWarning, match="ignoring stored credentials"):
            assert c.get("/a", auth=auth).status_code == 200
    assert login_count(oauth_server) == 1
    saved = store.load(auth.store_key)
    assert saved is not None and saved["access_token"] == "access-1"


@pytest.mark.parametrize(
    ("plaintext", "why"),
    [(b"{not json", "not valid JSON"), (b"[1, 2]", "wrong shape")],
)
def test_decryptable_but_malformed_file_warns(
    tmp_path: Path, plaintext: bytes, why: str
) -> None:
    from cryptography.fernet import Fernet

    key = generate_key()
    path = tmp_path / "creds"
    path.write_bytes(Fernet(key).encrypt(plaintext))
    with pytest.warns(CredentialStoreWarning, match=why):
        assert EncryptedFileStore(path, key=key).load("k") is None


def test_overwrite_tightens_permissions(tmp_path: Path) -> None:
    path = tmp_path / "creds"
    path.write_bytes(b"old")
    path.chmod(0o644)
    store = EncryptedFileStore(path, key=generate_key())
    with pytest.warns(CredentialStoreWarning):
        assert store.load("k") is None
    store.save("k", {"v": 1})
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert store.load("k") == {"v": 1}
