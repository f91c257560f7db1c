"""clientsmith.cli_support in-process: conversions, error lines, auth, output modes."""

from __future__ import annotations

import enum
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import httpx
import pydantic
import pytest
from click.testing import CliRunner

import clientsmith
from clientsmith import NOT_GIVEN, auth, cli_support
from clientsmith.errors import NotFoundError

BASE = "https://api.example.com/v1"


class Color(str, enum.Enum):
    RED = "red"
    BLUE = "blue"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Pet(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(populate_by_name=True)
    pet_id: int = pydantic.Field(alias="petId")
    tag: str | None = None


def test_conversions(tmp_path: Path) -> None:
    assert cli_support.given(None) is NOT_GIVEN
    assert cli_support.given(3) == 3
    assert cli_support.given("red", Color) is Color.RED
    assert cli_support.optional(None, Color) is None
    assert cli_support.given_list(()) is NOT_GIVEN
    assert cli_support.given_list((1, 2)) == [1, 2]
    assert cli_support.given_list(("red", "blue"), Color) == [Color.RED, Color.BLUE]
    assert cli_support.as_list(("2",), cli_support.int_enum(Level)) == [Level.HIGH]
    assert cli_support.json_value(None) is NOT_GIVEN
    assert cli_support.json_value('{"a": [1]}') == {"a": [1]}
    assert cli_support.json_value("2026-01-01T00:00:00Z") == "2026-01-01T00:00:00Z"
    body = tmp_path / "b.json"
    body.write_text('{"name": "x"}')
    assert cli_support.json_body(f"@{body}") == {"name": "x"}
    assert cli_support.json_body(None, required=False) is NOT_GIVEN
    with pytest.raises(click.BadParameter, match="not valid JSON"):
        cli_support.json_body("{nope")
    with pytest.raises(click.BadParameter, match="cannot read"):
        cli_support.json_body(f"@{tmp_path / 'missing.json'}")
    assert cli_support.text_body("hello") == "hello"
    assert cli_support.binary_body(f"@{body}") == body
    parts = cli_support.multipart_body('{"caption": "c"}', (f"file={body}",))
    assert parts == {"caption": "c", "file": body}
    with pytest.raises(click.BadParameter):
        cli_support.multipart_body(None, ("nofield",))
    assert cli_support.server_variables(("region=us",)) == {"region": "us"}
    assert cli_support.server_variables(()) is None


def test_to_jsonable_uses_aliases_and_leaves_out_unset_fields() -> None:
    pet = Pet.model_validate({"petId": 1})
    assert cli_support.to_jsonable(pet) == {"petId": 1}
    assert cli_support.to_jsonable([pet, {"c": Color.RED}]) == [
        {"petId": 1},
        {"c": "red"},
    ]


def _status_error(status: int, body: Any) -> NotFoundError:
    request = httpx.Request("GET", BASE + "/pets/9?token=secret")
    response = httpx.Response(status, request=request)
    return NotFoundError("not found", response=response, body=body)


def test_error_lines() -> None:
    line = cli_support.error_line(_status_error(404, {"message": "no pet 9"}))
    assert (
        line == "error: 404 Not Found: no pet 9 (GET https://api.example.com/v1/pets/9)"
    )
    line = cli_support.error_line(_status_error(404, "plain\ntext"))
    assert line.startswith("error: 404 Not Found: plain text")
    line = cli_support.error_line(_status_error(404, None))
    assert line.startswith("error: 404 Not Found (GET")
    assert "\n" not in cli_support.error_line(ValueError("a\nb" * 500))
    assert len(cli_support.error_line(ValueError("x" * 5000))) <= 500


def _app(
    make: Callable[[], clientsmith.Client], body: Callable[..., None]
) -> click.Command:
    @click.command()
    @click.option("--progress/--no-progress", default=None)
    def command(progress: bool | None) -> None:
        body(cli_support.Runner(make, progress=progress, schemes=SCHEMES))

    return command


SCHEMES = (
    ("oauth", "oauth2_client_credentials", ("API_CLIENT_ID", "API_CLIENT_SECRET")),
)


def _token_server(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/oauth/token":
            return httpx.Response(
                200,
                json={
                    "access_token": "s3cr3t-access",
                    "token_type": "Bearer",
                    "expires_in": 3600,
                },
            )
        if request.url.path == "/v1/fail":
            return httpx.Response(400, json={"error_description": "invalid_client"})
        return httpx.Response(200, json={"ok": True})

    return httpx.MockTransport(handler)


def test_auth_obtains_a_token() -> None:
    seen: list[httpx.Request] = []

    def make() -> clientsmith.Client:
        return clientsmith.Client(
            base_url=BASE,
            transport=_token_server(seen),
            auth={
                "oauth": auth.OAuth2ClientCredentials(
                    "https://api.example.com/oauth/token", "id", "secret"
                )
            },
        )

    result = CliRunner().invoke(_app(make, lambda r: r.authenticate()), [])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("authenticated: oauth: token obtained, expires in")
    assert "s3cr3t-access" not in result.output
    assert [r.url.path for r in seen] == ["/oauth/token"]


def test_auth_failure_and_missing_credentials() -> None:
    def bad() -> clientsmith.Client:
        return clientsmith.Client(
            base_url=BASE,
            transport=_token_server([]),
            auth={
                "oauth": auth.OAuth2ClientCredentials(
                    "https://api.example.com/v1/fail", "id", "wrong"
                )
            },
        )

    result = CliRunner().invoke(_app(bad, lambda r: r.authenticate()), [])
    assert result.exit_code == 1
    assert result.output.startswith("error: ")
    assert result.output.count("\n") == 1

    def none() -> clientsmith.Client:
        return clientsmith.Client(base_url=BASE, transport=_token_server([]), auth={})

    result = CliRunner().invoke(_app(none, lambda r: r.authenticate()), [])
    assert result.exit_code == 1
    assert "API_CLIENT_ID and API_CLIENT_SECRET" in result.output


def test_items_progress_and_max_items() -> None:
    def make() -> clientsmith.Client:
        return clientsmith.Client(base_url=BASE, transport=_token_server([]))

    def body(runner: cli_support.Runner[clientsmith.Client]) -> None:
        runner.items(lambda c: iter([{"n": i} for i in range(250)]), 120)

    result = CliRunner().invoke(_app(make, body), ["--progress"])
    assert result.exit_code == 0
    out = [line for line in result.output.splitlines() if line.startswith("{")]
    assert [json.loads(line)["n"] for line in out] == list(range(120))
    assert "... 100 items" in result.output
    assert "done 120 items" in result.output


def test_result_errors_exit_1() -> None:
    def make() -> clientsmith.Client:
        raise clientsmith.ClientsmithError("no absolute base URL: set API_BASE_URL")

    result = CliRunner().invoke(_app(make, lambda r: r.result(lambda c: c)), [])
    assert result.exit_code == 1
    assert result.output == "error: no absolute base URL: set API_BASE_URL\n"


def test_closed_stdout_stops_quietly() -> None:
    """``... | head -1``: no error line, no traceback, exit status 0."""
    script = (
        "import click\n"
        "from clientsmith import cli_support\n"
        "@click.command()\n"
        "def main() -> None:\n"
        "    cli_support.Runner(lambda: None).items(\n"
        "        lambda c: iter({'n': i} for i in range(10**6)), None\n"
        "    )\n"
        "main()\n"
    )
    # The context manager closes both pipes even when an assertion fails (an
    # unclosed pipe would fail the next test with a ResourceWarning).
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        # The reader goes away after one line, as ``| head -1`` does.
        proc.stdout.close()
        # communicate() drains stderr while it waits (wait() then read() could
        # block on a full stderr pipe); the timeout only guards against a hang.
        _, err = proc.communicate(timeout=300)
    assert (proc.returncode, err.decode()) == (0, "")
    assert json.loads(first) == {"n": 0}


def test_pipe_closed_before_first_write_stops_quietly() -> None:
    """The reader is gone before anything is written (``cmd | true``): the
    broken pipe surfaces while lines are still buffered; exit 0, no message."""
    script = (
        "import click\n"
        "from clientsmith import cli_support\n"
        "@click.command()\n"
        "def main() -> None:\n"
        "    cli_support.Runner(lambda: None).items(\n"
        "        lambda c: iter({'n': i} for i in range(10**5)), None\n"
        "    )\n"
        "main()\n"
    )
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        with subprocess.Popen(
            [sys.executable, "-c", script], stdout=write_end, stderr=subprocess.PIPE
        ) as proc:
            _, err = proc.communicate(timeout=300)
    finally:
        os.close(write_end)
    assert (proc.returncode, err.decode()) == (0, "")


def test_base_url_lookup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("API_BASE_URL", raising=False)
    env_file = tmp_path / ".env"
    assert cli_support.base_url("https://a", "API_BASE_URL", None, "") == "https://a"
    assert cli_support.base_url(None, "API_BASE_URL", None, "https://spec") is None
    with pytest.raises(
        clientsmith.ClientsmithError, match="pass --base-url or set API_BASE_URL"
    ):
        cli_support.base_url(None, "API_BASE_URL", str(env_file), "/relative")
    env_file.write_text("API_BASE_URL=https://from-dotenv\n")
    # found, so no error; the client reads it itself (and checks a .env origin)
    assert cli_support.base_url(None, "API_BASE_URL", str(env_file), "") is None
    monkeypatch.setenv("API_BASE_URL", "https://from-env")
    assert cli_support.base_url(None, "API_BASE_URL", str(env_file), "") is None
    assert (
        cli_support.base_url("https://a", "API_BASE_URL", str(env_file), "")
        == "https://a"
    )


def test_base_url_with_an_environment_reads_no_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("API_BASE_URL", "https://from-env")
    # The variable is set, so no error for a relative default; the client reads
    # it itself (its .env origin check applies to the CLI too).
    assert cli_support.base_url(None, "API_BASE_URL", None, "/relative") is None
    # --environment: the setting is not read, and no error for a relative default
    assert (
        cli_support.base_url(None, "API_BASE_URL", None, "/relative", "sandbox") is None
    )
    assert (
        cli_support.base_url("https://a", "API_BASE_URL", None, "", "sandbox")
        == "https://a"
    )
