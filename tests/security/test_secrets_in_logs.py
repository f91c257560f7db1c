"""Item 4: no credential in any log line, repr, error line or generated file."""

from __future__ import annotations

import http.server
import json
import logging
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from security_helpers import run_cli, small_spec

import clientsmith
from clientsmith import auth
from clientsmith._redact import redact_url, redact_urls
from clientsmith.cli_support import error_line
from clientsmith.generator.writer import BASE_ARCHIVE

SECRETS = ("QUERYKEY1", "HEADERKEY2", "CLIENTSECRET3", "PASSWORD4", "ACCESSTOKEN5")


@pytest.fixture
def captured() -> Iterator[list[str]]:
    """Every formatted record of every logger, at DEBUG."""
    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(self.format(record))

    handler = Collect(logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield lines
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def _assert_clean(texts: list[str]) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, text


def _flaky(statuses: list[int], redirect_to: str | None = None) -> httpx.MockTransport:
    """Answers with ``statuses`` in turn (then 200); 307 redirects to ``redirect_to``."""
    queue = list(statuses)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            if b"fail" in request.url.query or b"fail" in request.content:
                return httpx.Response(400, json={"error": "invalid_client"})
            return httpx.Response(
                200,
                json={"access_token": "ACCESSTOKEN5", "expires_in": 60},
            )
        status = queue.pop(0) if queue else 200
        if status == 307 and redirect_to:
            return httpx.Response(307, headers={"location": redirect_to})
        return httpx.Response(status, json={"ok": True})

    return httpx.MockTransport(handler)


def test_query_api_key_is_not_logged_on_retries(captured: list[str]) -> None:
    client = clientsmith.Client(
        base_url="https://api.example.com",
        auth=auth.APIKeyAuth("QUERYKEY1", name="key", location="query"),
        transport=_flaky([503, 503]),
        max_retries=3,
    )
    client.get("/things")
    assert any("attempt 3/4" in line for line in captured)
    assert any("HTTP Request" in line for line in captured)  # httpx's own line
    _assert_clean(captured)


def test_custom_header_key_is_not_logged_at_debug_on_retries(
    captured: list[str],
) -> None:
    client = clientsmith.Client(
        base_url="https://api.example.com",
        auth=auth.APIKeyAuth("HEADERKEY2", name="Ocp-Apim-Subscription-Key"),
        transport=_flaky([503, 307], redirect_to="https://elsewhere.example.org/x"),
        max_retries=2,
    )
    client.get("/things")
    assert any("headers:" in line for line in captured)
    _assert_clean(captured)


@pytest.mark.parametrize("client_id", ["CID", "fail"])
def test_oauth2_query_body_format_keeps_secrets_out_of_httpx_log(
    captured: list[str], client_id: str
) -> None:
    flow = auth.OAuth2ClientCredentials(
        "https://api.example.com/token",
        client_id,
        "CLIENTSECRET3",
        client_auth="body",
        body_format="query",
    )
    client = clientsmith.Client(
        base_url="https://api.example.com", auth=flow, transport=_flaky([])
    )
    errors: list[str] = []
    try:
        client.get("/things")
    except clientsmith.ClientsmithError as exc:
        errors.append(str(exc))
        errors.append(repr(exc))
    assert bool(errors) == (client_id == "fail")
    assert any("/token" in line for line in captured)
    _assert_clean(captured + errors)


def test_repr_and_cli_error_line_hide_userinfo_and_query_keys() -> None:
    client = clientsmith.Client(
        base_url="https://user:PASSWORD4@api.example.com/v1?access_token=ACCESSTOKEN5",
        transport=_flaky([404]),
        max_retries=0,
    )
    _assert_clean([repr(client)])
    with pytest.raises(clientsmith.APIStatusError) as info:
        client.get("/things")
    _assert_clean([error_line(info.value)])
    assert "api.example.com" in error_line(info.value)


def test_redaction_knows_registered_names_and_strips_userinfo() -> None:
    auth.APIKeyAuth("x", name="X-Odd-Name", location="header")
    url = "https://u:PASSWORD4@h.example/p?x-odd-name=QUERYKEY1&page=2"
    assert redact_url(url) == "https://h.example/p?x-odd-name=[REDACTED]&page=2"
    assert redact_urls(f"see {url} and http://[bad") == (
        "see https://h.example/p?x-odd-name=[REDACTED]&page=2 and http://[bad"
    )


@pytest.fixture
def spec_server() -> Iterator[str]:
    """Serves small_spec() at any path; 404 for paths containing 'missing'."""
    body = json.dumps(small_spec()).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if "missing" in self.path:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_spec_url_credentials_stay_out_of_files_and_diagnostics(
    tmp_path: Path, spec_server: str
) -> None:
    url = f"http://user:PASSWORD4@{spec_server}/spec.json?access_token=ACCESSTOKEN5"
    result = run_cli("generate", url, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    # Base copies (.clientsmith/base.zip) are read uncompressed: a secret in
    # them would be on disk as much as in the files themselves.
    texts = [
        p.read_bytes().decode()
        for p in (tmp_path / "out").rglob("*")
        if p.is_file() and p.suffix != ".zip"
    ]
    with zipfile.ZipFile(tmp_path / "out" / BASE_ARCHIVE) as archive:
        texts += [archive.read(name).decode() for name in archive.namelist()]
    assert any(spec_server in text for text in texts)  # the source is still named
    _assert_clean([*texts, result.stdout, result.stderr])
    missing = url.replace("spec.json", "missing.json")
    failed = run_cli("generate", missing, "-o", tmp_path / "out2")
    assert failed.exit_code == 1 and "HTTP 404" in failed.stderr
    _assert_clean([failed.stdout, failed.stderr])


def _paged_api(pages: int) -> httpx.MockTransport:
    """Link-header pages whose next links repeat the query key (as real APIs do)."""
    seen: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        seen.append(page)
        if seen.count(page) == 1 and page == 2:
            return httpx.Response(503)  # one retry on the way
        headers = {}
        if page < pages:
            key = request.url.params.get("key", "")
            headers["link"] = (
                f'<https://api.example.com/items?page={page + 1}&key={key}>; rel="next"'
            )
        return httpx.Response(200, json=[{"id": page}], headers=headers)

    return httpx.MockTransport(handler)


@pytest.mark.parametrize(
    "credential",
    [
        auth.APIKeyAuth("QUERYKEY1", name="key", location="query"),
        auth.APIKeyAuth("HEADERKEY2", name="Ocp-Apim-Subscription-Key"),
        auth.BasicAuth("user", "PASSWORD4"),
        auth.BearerAuth("ACCESSTOKEN5"),
    ],
    ids=["query-key", "header-key", "basic", "bearer"],
)
def test_every_credential_kind_stays_out_of_debug_logs_while_paging(
    captured: list[str], credential: Any
) -> None:
    from clientsmith import PagedOperation, Pagination

    operation: PagedOperation[dict[str, int]] = PagedOperation(
        "GET", "/items", pagination=Pagination("link_header"), item_type=dict
    )
    client = clientsmith.Client(
        base_url="https://api.example.com",
        auth=credential,
        transport=_paged_api(3),
        max_retries=2,
    )
    assert [item["id"] for item in client.paginate(operation)] == [1, 2, 3]
    assert any("retrying" in line for line in captured)
    assert sum("HTTP Request" in line for line in captured) == 4
    _assert_clean(captured + [repr(client), repr(credential)])
