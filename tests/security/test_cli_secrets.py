"""Hardening: generated CLIs take secrets from the environment or a prompt.

Command-line arguments are readable by every user of the machine
(``/proc/<pid>/cmdline``, ``ps``) and stay in shell history. API keys,
passwords, tokens and client secrets therefore come from the environment, the
``.env`` file or a hidden prompt; their old options still work (hidden,
deprecated, with a warning) so scripts do not break at once.
"""

from __future__ import annotations

import importlib.util
import json
import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import click
import httpx
import pytest
from click.testing import CliRunner
from security_helpers import small_spec

from clientsmith.cli_support import Credential, credentials
from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.pipeline import generate_files
from clientsmith.generator.writer import write_files

ROOT = Path(__file__).resolve().parents[2]
FUNCTIONAL = ROOT / "tests" / "functional"
API_KEY = "secret-key"  # what tests/functional/petstore_app.py accepts

# Every credential kind a generated client supports, in one spec.
SCHEMES: dict[str, Any] = {
    "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
    "basic": {"type": "http", "scheme": "basic"},
    "bearer": {"type": "http", "scheme": "bearer"},
    "machine": {
        "type": "oauth2",
        "flows": {"clientCredentials": {"tokenUrl": "/token", "scopes": {}}},
    },
    "user": {
        "type": "oauth2",
        "flows": {"password": {"tokenUrl": "/token", "scopes": {}}},
    },
}
SECRET_ENV = (
    "ZOO_API_KEY",
    "ZOO_PASSWORD",
    "ZOO_TOKEN",
    "ZOO_CLIENT_SECRET",
    "ZOO_USER_PASSWORD",
    "ZOO_USER_CLIENT_SECRET",
)
SECRET_FLAGS = (
    "--api-key",
    "--password",
    "--token",
    "--client-secret",
    "--user-password",
    "--user-client-secret",
)


def _functional_helpers() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "_functional_servers_secrets", FUNCTIONAL / "conftest.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def every_kind(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated package (``zoo``) with a CLI and every credential kind."""
    document = small_spec()
    document["components"] = {"securitySchemes": SCHEMES}
    out = tmp_path_factory.mktemp("every_kind")
    spec = out / "spec.json"
    spec.write_text(json.dumps(document))
    result = generate_files(spec, GeneratorConfig(cli=True), Diagnostics())
    write_files(out / "pkg", result.files)
    return out / "pkg"


@pytest.fixture(scope="module")
def petstore(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("petstore_secrets")
    result = generate_files(
        ROOT / "specs" / "petstore.yaml", GeneratorConfig(cli=True), Diagnostics()
    )
    write_files(out, result.files)
    return out


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    helpers = _functional_helpers()
    proc, url = helpers.start_uvicorn("petstore_app:app", FUNCTIONAL)
    try:
        yield url
    finally:
        helpers.stop(proc)


def _env(package_dir: Path, **settings: str) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("PETSTORE_", "ZOO_"))
    }
    env["PYTHONPATH"] = os.pathsep.join([str(package_dir), str(ROOT)])
    env.update(settings)
    return env


def _seen(server: str) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = httpx.get(server + "/_seen").json()
    return seen


# --- --help -------------------------------------------------------------------------


def test_cli_help_names_secret_env_vars(every_kind: Path, tmp_path: Path) -> None:
    """Every secret's environment variable is in --help, with the prompt; no secret flag."""
    proc = subprocess.run(
        [sys.executable, "-m", "zoo.cli", "--help"],
        cwd=tmp_path,
        env=_env(every_kind),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    credentials_section = text[text.index("Credentials:") :]
    for name in SECRET_ENV:
        line = next(x for x in credentials_section.splitlines() if name in x)
        assert "secret; prompted" in line, line
    assert "hidden input" in credentials_section
    for flag in SECRET_FLAGS:
        assert flag not in text.split(), flag
    # identifiers that are not secrets stay ordinary, documented options
    assert "--username" in text and "ZOO_USERNAME" in text
    assert "--client-id" in text and "ZOO_CLIENT_ID" in text


# --- the process list ----------------------------------------------------------------


def _cmdline_while_running(
    argv: list[str], env: dict[str, str], cwd: Path
) -> tuple[bytes, subprocess.CompletedProcess[bytes]]:
    """``/proc/<pid>/cmdline`` of the CLI while it runs, as another user's ps sees it."""
    proc = subprocess.Popen(
        argv, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    # The CLI needs far longer than this read to import httpx and pydantic; on
    # a loaded machine the child may not have exec'd yet when Popen returns,
    # so read until the argument vector is the CLI's (or the process ended).
    cmdline = b""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and proc.poll() is None:
        cmdline = Path(f"/proc/{proc.pid}/cmdline").read_bytes()
        if b"-m" in cmdline.split(b"\0"):
            break
        time.sleep(0.01)
    out, err = proc.communicate(timeout=60)
    return cmdline, subprocess.CompletedProcess(argv, proc.returncode, out, err)


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
def test_cli_secret_not_in_process_arguments(
    petstore: Path, server: str, tmp_path: Path
) -> None:
    argv = [sys.executable, "-m", "petstore.cli", "pets", "get", "2"]
    env = _env(petstore, PETSTORE_BASE_URL=server + "/v1", PETSTORE_API_KEY=API_KEY)
    cmdline, done = _cmdline_while_running(argv, env, tmp_path)
    assert b"petstore.cli" in cmdline  # read from the running process, not a zombie
    assert API_KEY.encode() not in cmdline
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == 2
    assert _seen(server)[-1]["api_key"] == API_KEY
    assert done.stderr == b""  # no deprecation warning on the documented path


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
def test_cli_deprecated_secret_option_warns_that_it_is_in_the_process_list(
    petstore: Path, server: str, tmp_path: Path
) -> None:
    """The old ``--api-key`` still works (compatibility), and says why it should not."""
    argv = [sys.executable, "-m", "petstore.cli", "--api-key", API_KEY]
    argv += ["pets", "get", "3"]
    env = _env(petstore, PETSTORE_BASE_URL=server + "/v1")
    cmdline, done = _cmdline_while_running(argv, env, tmp_path)
    assert API_KEY.encode() in cmdline  # the attack this option allows
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == 3
    warning = done.stderr.decode()
    assert warning.startswith("warning: --api-key is deprecated")
    assert "process list" in warning and "PETSTORE_API_KEY" in warning
    assert API_KEY not in warning
    help_text = subprocess.run(
        [sys.executable, "-m", "petstore.cli", "--help"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert "--api-key" not in help_text


# --- the prompt ------------------------------------------------------------------------


def _read_until(fd: int, marker: bytes, transcript: bytearray, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while marker not in transcript:
        left = deadline - time.monotonic()
        assert left > 0, f"no {marker!r} in {bytes(transcript)!r}"
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                chunk = b""
            assert chunk, f"terminal closed before {marker!r}: {bytes(transcript)!r}"
            transcript += chunk


def _drain(fd: int, transcript: bytearray, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], deadline - time.monotonic())
        if not ready:
            return
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return
        if not chunk:
            return
        transcript += chunk


@pytest.mark.skipif(not hasattr(pty, "fork"), reason="needs a pseudo-terminal")
def test_cli_prompts_for_secret_with_hidden_input_on_a_terminal(
    petstore: Path, server: str, tmp_path: Path
) -> None:
    """No key in the environment, stdin a terminal: a hidden prompt, never echoed."""
    secret = API_KEY
    env = _env(petstore, PETSTORE_BASE_URL=server + "/v1")
    argv = [sys.executable, "-m", "petstore.cli", "pets", "get", "4"]
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pseudo-terminal is its controlling terminal
        try:
            os.chdir(tmp_path)
            os.execve(sys.executable, argv, env)
        finally:
            os._exit(127)
    transcript = bytearray()
    try:
        _read_until(fd, b"PETSTORE_API_KEY", transcript, 60)
        os.write(fd, secret.encode() + b"\r")
        _read_until(fd, b'"id": 4', transcript, 60)
        _drain(fd, transcript, 5)
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, bytes(transcript)
    text = transcript.decode(errors="replace")
    assert "API key of ApiKey" in text
    assert secret not in text  # typed, but never echoed to the terminal
    assert _seen(server)[-1]["api_key"] == secret


def test_cli_does_not_prompt_without_a_terminal(petstore: Path, server: str) -> None:
    """Piped stdin (scripts, CI): no prompt, the call goes out without a key."""
    proc = subprocess.run(
        [sys.executable, "-m", "petstore.cli", "pets", "get", "2"],
        env=_env(petstore, PETSTORE_BASE_URL=server + "/v1"),
        cwd=petstore.parent,
        input=b"typed-but-not-asked\n",
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    assert b"401" in proc.stderr and b"PETSTORE_API_KEY" not in proc.stderr
    assert _seen(server)[-1]["api_key"] is None


# --- the prompt policy (runtime, with click's CliRunner input) -----------------------

SPECS = (
    Credential(
        "basic", "username", "Z_USERNAME", "--username", "username", False, True
    ),
    Credential("basic", "password", "Z_PASSWORD", "--password", "password", True, True),
    Credential("bearer", "token", "Z_TOKEN", "--token", "token", True, True),
)


def _prompted(input_text: str, given: dict[str, str | None]) -> tuple[Any, str]:
    found: dict[str, Any] = {}

    @click.command()
    def command() -> None:
        found.update(credentials(SPECS, given, None, interactive=True))

    result = CliRunner().invoke(command, input=input_text, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return found, result.output


@pytest.fixture
def clean_z(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("Z_USERNAME", "Z_PASSWORD", "Z_TOKEN"):
        monkeypatch.delenv(name, raising=False)


def test_cli_prompt_asks_the_first_scheme_hiding_the_secret(clean_z: None) -> None:
    found, output = _prompted("alice\nhunter2\n", {})
    assert found == {"username": "alice", "password": "hunter2", "token": None}
    assert "alice" in output  # a username is echoed like any answer
    assert "hunter2" not in output  # a password is not


def test_cli_prompt_completes_a_partly_set_scheme(
    clean_z: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("Z_TOKEN", "")  # empty counts as unset
    monkeypatch.setenv("Z_USERNAME", "bob")
    found, output = _prompted("pw\n", {})
    assert found == {"username": None, "password": "pw", "token": None}
    assert "username" not in output  # set in the environment: not asked
    assert "password (" in output and "pw" not in output


def test_cli_prompt_is_skipped_when_a_scheme_is_complete(
    clean_z: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("Z_TOKEN", "from-env")
    found, output = _prompted("", {})
    assert found == {"username": None, "password": None, "token": None}
    assert output == ""
    found, output = _prompted("", {"username": "u", "password": "p"})
    assert found["password"] == "p" and output == ""


def test_cli_prompt_empty_answer_leaves_the_credential_unset(clean_z: None) -> None:
    found, _ = _prompted("\n\n", {})
    assert found == {"username": None, "password": None, "token": None}
