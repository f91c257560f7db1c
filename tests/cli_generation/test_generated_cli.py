"""The generated command line (``cli: true``), run for real against the petstore app.

The petstore spec is generated with the CLI into a temporary directory, and
``python -m petstore.cli ...`` runs in a subprocess against the FastAPI petstore
(tests/functional/petstore_app.py) on loopback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from local_servers import start_uvicorn, stop

from clientsmith.generator.config import GeneratorConfig, config_from_mapping
from clientsmith.generator.diagnostics import Diagnostics, GeneratorError
from clientsmith.generator.load import LoadedSpec, load_spec
from clientsmith.generator.pipeline import generate_files, generate_from_loaded
from clientsmith.generator.writer import write_files

ROOT = Path(__file__).resolve().parents[2]
FUNCTIONAL = ROOT / "tests" / "functional"
PETSTORE = ROOT / "specs" / "petstore.yaml"
API_KEY = "secret-key"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("petstore_cli")
    result = generate_files(PETSTORE, GeneratorConfig(cli=True), Diagnostics())
    write_files(out, result.files)
    return out


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    proc, url = start_uvicorn("petstore_app:app", FUNCTIONAL, interval=0.1)
    try:
        yield url
    finally:
        stop(proc)


def _env(generated: Path, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PETSTORE_")}
    # this checkout's runtime, not whichever clientsmith the venv has installed
    env["PYTHONPATH"] = os.pathsep.join([str(generated), str(ROOT)])
    env.update(settings)
    return env


def run_cli(
    generated: Path,
    *args: str,
    cwd: Path | None = None,
    input: bytes | None = None,
    **settings: str,
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "petstore.cli", *args],
        cwd=cwd or generated,
        env=_env(generated, **settings),
        input=input,
        capture_output=True,
        timeout=60,
        check=False,
    )


@pytest.fixture()
def cli(generated: Path, server: str, tmp_path: Path) -> Any:
    """Run the CLI with base URL and API key from the environment."""

    def run(*args: str, **kw: Any) -> subprocess.CompletedProcess[bytes]:
        settings = {
            "PETSTORE_BASE_URL": server + "/v1",
            "PETSTORE_API_KEY": API_KEY,
            **kw.pop("settings", {}),
        }
        return run_cli(generated, *args, cwd=kw.pop("cwd", tmp_path), **kw, **settings)

    return run


def lines(proc: subprocess.CompletedProcess[bytes]) -> list[Any]:
    return [json.loads(line) for line in proc.stdout.decode().splitlines()]


def one_error_line(proc: subprocess.CompletedProcess[bytes]) -> str:
    err = proc.stderr.decode()
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.strip()


# --- generated files -----------------------------------------------------------------


def test_files_pyproject_and_readme(generated: Path) -> None:
    assert (generated / "petstore" / "cli.py").is_file()
    pyproject = (generated / "pyproject.toml").read_text()
    assert "[project.scripts]" in pyproject
    assert '"petstore" = "petstore.cli:main"' in pyproject
    assert '"click>=8.1"' in pyproject
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads(pyproject)["project"]
    assert project["scripts"] == {"petstore": "petstore.cli:main"}
    assert "clientsmith-runtime[dotenv]>=0.1" in project["dependencies"]
    readme = (generated / "README.md").read_text()
    assert "## Command line" in readme
    assert "petstore pets list --max-items 10" in readme


def test_generated_cli_passes_mypy_strict(generated: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "petstore"],
        cwd=generated,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_generated_cli_is_black_stable(generated: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "black", "--check", "-q", "petstore"],
        cwd=generated,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


def test_off_by_default(tmp_path: Path) -> None:
    result = generate_files(PETSTORE, GeneratorConfig(), Diagnostics())
    assert "petstore/cli.py" not in result.files
    assert "[project.scripts]" not in result.files["pyproject.toml"]
    assert "## Command line" not in result.files["README.md"]


def test_spec_extension_turns_it_on_and_config_wins() -> None:
    loaded = load_spec(PETSTORE, Diagnostics())
    document = dict(loaded.document)
    document["info"] = {**document["info"], "x-clientsmith-cli": True}
    on = generate_from_loaded(
        LoadedSpec.from_document(document), GeneratorConfig(), Diagnostics()
    )
    assert "petstore/cli.py" in on.files
    off = generate_from_loaded(
        LoadedSpec.from_document(document), GeneratorConfig(cli=False), Diagnostics()
    )
    assert "petstore/cli.py" not in off.files


def test_config_key_is_validated() -> None:
    assert config_from_mapping({"cli": True}, source="c.yaml").cli is True
    with pytest.raises(GeneratorError) as info:
        config_from_mapping({"cli": "yes"}, source="c.yaml")
    assert "'cli' must be true or false" in str(info.value.diagnostics[0].message)


def test_runtime_core_does_not_import_cli_support(tmp_path: Path) -> None:
    code = (
        "import sys, clientsmith, clientsmith.client, clientsmith.settings\n"
        "assert 'clientsmith.cli_support' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=tmp_path)


# --- help and usage ---------------------------------------------------------------------


def test_help(generated: Path, tmp_path: Path) -> None:
    top = run_cli(generated, "--help", cwd=tmp_path)
    assert top.returncode == 0, top.stderr
    out = top.stdout.decode()
    for name in ("pets", "store", "health", "auth", "--base-url", "PETSTORE_API_KEY"):
        assert name in out
    sub = run_cli(generated, "pets", "list", "--help", cwd=tmp_path)
    assert sub.returncode == 0
    text = sub.stdout.decode()
    assert "List pets, a page at a time." in text
    assert "--max-items" in text
    assert "[available|pending|sold]" in text
    assert "Items per page (max 100)." in text
    get = run_cli(generated, "pets", "get", "--help", cwd=tmp_path)
    assert "PET_ID" in get.stdout.decode()


def test_usage_errors_exit_2(cli: Any) -> None:
    assert cli("pets", "get", "abc").returncode == 2
    assert cli("pets", "list", "--status", "asleep").returncode == 2
    assert cli("pets", "create").returncode == 2  # --body is required
    bad = cli("pets", "create", "--body", "{not json")
    assert bad.returncode == 2
    assert "not valid JSON" in bad.stderr.decode()


# --- against the server -------------------------------------------------------------


def test_get(cli: Any) -> None:
    proc = cli("pets", "get", "1")
    assert proc.returncode == 0, proc.stderr
    pet = json.loads(proc.stdout)
    assert pet["id"] == 1 and pet["name"] == "pet1"
    assert pet["kind"] == {"type": "cat", "indoor": True}
    assert proc.stderr == b""


def test_list_streams_json_lines_across_pages(cli: Any, server: str) -> None:
    proc = cli("pets", "list", "--size", "2", "--max-items", "5")
    assert proc.returncode == 0, proc.stderr
    items = lines(proc)
    assert [p["id"] for p in items] == [1, 2, 3, 4, 5]
    assert proc.stderr == b""  # no progress when stderr is not a terminal
    seen = httpx.get(server + "/_seen").json()
    pages = [s["query"] for s in seen if s["path"] == "/v1/pets"][-3:]
    assert [q for q in pages if "page=3" in q], pages
    assert not [q for q in pages if "page=4" in q]


def test_list_progress_on_stderr(cli: Any) -> None:
    proc = cli("pets", "list", "--size", "3", "--max-items", "4", "--progress")
    assert proc.returncode == 0, proc.stderr
    assert len(lines(proc)) == 4
    assert "done 4 items, 2 pages" in proc.stderr.decode()
    proc = cli("--progress", "pets", "list", "--max-items", "1")
    assert "done 1 item" in proc.stderr.decode()


def test_list_with_enum_filter(cli: Any) -> None:
    proc = cli("pets", "list", "--status", "sold", "--max-items", "3")
    assert proc.returncode == 0, proc.stderr
    assert {p["status"] for p in lines(proc)} == {"sold"}


def test_create_with_body_inline_file_and_stdin(cli: Any, tmp_path: Path) -> None:
    body = {"name": "rex", "status": "available", "kind": {"type": "dog"}}
    proc = cli("pets", "create", "--body", json.dumps(body))
    assert proc.returncode == 0, proc.stderr
    created = json.loads(proc.stdout)
    assert created["name"] == "rex" and isinstance(created["id"], int)
    path = tmp_path / "pet.json"
    path.write_text(json.dumps({**body, "name": "from-file"}))
    proc = cli("pets", "create", "--body", f"@{path}", "--idempotency-key", "k1")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["name"] == "from-file"
    proc = cli(
        "pets",
        "create",
        "--body",
        "-",
        input=json.dumps({**body, "name": "piped"}).encode(),
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["name"] == "piped"


def test_api_errors_are_one_line_and_exit_1(cli: Any) -> None:
    proc = cli("pets", "get", "999")
    assert proc.returncode == 1
    assert proc.stdout == b""
    line = one_error_line(proc)
    assert line.startswith("error: 404 Not Found: no pet 999"), line
    proc = cli("pets", "create", "--body", '{"name": ""}')
    assert proc.returncode == 1
    assert one_error_line(proc).startswith(
        "error: 422 Unprocessable Entity: name is required"
    )
    proc = cli("pets", "get", "1", settings={"PETSTORE_API_KEY": "wrong"})
    assert proc.returncode == 1
    assert one_error_line(proc).startswith("error: 401 Unauthorized: bad api key")


def test_connection_error_is_one_line(generated: Path, tmp_path: Path) -> None:
    proc = run_cli(
        generated,
        "--timeout",
        "2",
        "health",
        "get",
        cwd=tmp_path,
        PETSTORE_BASE_URL="http://127.0.0.1:9/v1",
    )
    assert proc.returncode == 1
    assert one_error_line(proc).startswith("error: ")


def test_settings_from_dotenv_and_options(
    generated: Path, server: str, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text(
        f"PETSTORE_BASE_URL={server}/v1\nPETSTORE_API_KEY={API_KEY}\n"
    )
    proc = run_cli(generated, "pets", "get", "2", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["id"] == 2
    # the environment wins over .env
    proc = run_cli(
        generated, "pets", "get", "2", cwd=tmp_path, PETSTORE_API_KEY="wrong"
    )
    assert proc.returncode == 1
    # --env-file names another file; options win over everything
    other = tmp_path / "sub"
    other.mkdir()
    (other / "settings.env").write_text(f"PETSTORE_BASE_URL={server}/v1\n")
    proc = run_cli(
        generated,
        "--env-file",
        str(other / "settings.env"),
        "--api-key",
        API_KEY,
        "pets",
        "get",
        "3",
        cwd=other,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["id"] == 3
    proc = run_cli(generated, "--base-url", server + "/v1", "health", "get", cwd=other)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().strip() == "ok"


def test_dotenv_base_url_cannot_take_env_credentials_elsewhere(
    generated: Path, server: str, tmp_path: Path
) -> None:
    """The CLI leaves the .env base URL to the client, which refuses it while
    the API key comes from the environment (docs/security.md)."""
    (tmp_path / ".env").write_text(f"PETSTORE_BASE_URL={server}/v1\n")
    proc = run_cli(
        generated, "pets", "get", "2", cwd=tmp_path, PETSTORE_API_KEY=API_KEY
    )
    assert proc.returncode == 1
    error = proc.stderr.decode()
    assert "PETSTORE_BASE_URL" in error and "PETSTORE_API_KEY" in error
    assert API_KEY not in error and "Traceback" not in error
    # the same URL from the environment, or --base-url, is the caller's choice
    proc = run_cli(
        generated,
        "pets",
        "get",
        "2",
        cwd=tmp_path,
        PETSTORE_API_KEY=API_KEY,
        PETSTORE_BASE_URL=server + "/v1",
    )
    assert proc.returncode == 0, proc.stderr
    proc = run_cli(
        generated,
        "--base-url",
        server + "/v1",
        "pets",
        "get",
        "2",
        cwd=tmp_path,
        PETSTORE_API_KEY=API_KEY,
    )
    assert proc.returncode == 0, proc.stderr


def test_download_to_file_and_stdout(cli: Any, tmp_path: Path) -> None:
    target = tmp_path / "photo.png"
    proc = cli("pets", "download-photo", "1", "--output", str(target))
    assert proc.returncode == 0, proc.stderr
    assert target.read_bytes() == bytes(range(256)) * 4096
    proc = cli("pets", "download-photo", "1")
    assert proc.returncode == 0
    assert proc.stdout == bytes(range(256)) * 4096


def test_upload_multipart(cli: Any, server: str, tmp_path: Path) -> None:
    photo = tmp_path / "cat.png"
    photo.write_bytes(b"\x89PNG...")
    proc = cli(
        "pets",
        "upload-photo",
        "1",
        "--body",
        '{"caption": "hello"}',
        "--file",
        f"file={photo}",
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["caption"] == "hello"
    seen = httpx.get(server + "/_seen").json()[-1]
    assert seen["filename"] == "cat.png" and seen["size"] == len(b"\x89PNG...")


def test_auth_with_api_key_has_nothing_to_obtain(cli: Any, generated: Path) -> None:
    proc = cli("auth")
    assert proc.returncode == 0, proc.stderr
    assert "nothing to obtain" in proc.stdout.decode()
    proc = run_cli(generated, "auth", cwd=generated.parent)
    assert proc.returncode == 1
    assert one_error_line(proc).startswith("error: no credentials configured")


def test_nested_resources_are_nested_groups(tmp_path: Path) -> None:
    """cloudconnexa: nested groups, enum and JSON options, OAuth2 settings; mypy-clean."""
    result = generate_files(
        ROOT / "specs" / "cloudconnexa.yaml", GeneratorConfig(cli=True), Diagnostics()
    )
    write_files(tmp_path, result.files)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLOUDCONNEXA_")}
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), str(ROOT)])

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "cloudconnexa.cli", *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    proc = run("networks", "--help")
    assert proc.returncode == 0, proc.stderr
    assert "connectors" in proc.stdout and "list" in proc.stdout
    proc = run("networks", "connectors", "--help")
    assert proc.returncode == 0, proc.stderr
    assert "activate" in proc.stdout
    proc = run("--help")
    assert "--client-id" in proc.stdout and "CLOUDCONNEXA_CLIENT_SECRET" in proc.stdout
    proc = run("--base-url", "http://127.0.0.1:9", "auth")
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: no credentials for ")
    assert "CLOUDCONNEXA_CLIENT_ID and CLOUDCONNEXA_CLIENT_SECRET" in proc.stderr
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "cloudconnexa/cli.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


EDGE_SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Edge", "version": "1", "x-clientsmith-cli": True},
    "servers": [{"url": "https://edge.example.com"}],
    "tags": [{"name": "auth", "description": 'Quotes """ and \\ backslashes'}],
    "paths": {
        "/levels/{level}": {
            "get": {
                "tags": ["auth"],
                "operationId": "getLevel",
                "summary": 'A """tricky""" summary\\',
                "parameters": [
                    {
                        "name": "level",
                        "in": "path",
                        "required": True,
                        "description": "The <b>level</b> &amp; more.",
                        "schema": {"$ref": "#/components/schemas/Level"},
                    },
                    {
                        "name": "rank",
                        "in": "query",
                        "schema": {"type": "integer", "enum": [1, 2, 3]},
                    },
                    {
                        "name": "ids",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "array", "items": {"type": "integer"}},
                    },
                    {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                    {
                        "name": "output",
                        "in": "query",
                        "deprecated": True,
                        "schema": {"type": "string"},
                    },
                    {"name": "client", "in": "query", "schema": {"type": "string"}},
                    {
                        "name": "since",
                        "in": "query",
                        "schema": {"type": "string", "format": "date-time"},
                    },
                    {
                        "name": "note",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "string", "nullable": True},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/octet-stream": {
                                "schema": {"type": "string", "format": "binary"}
                            }
                        },
                    }
                },
            },
            "put": {
                "tags": ["auth"],
                "operationId": "putLevel",
                "parameters": [
                    {
                        "name": "level",
                        "in": "path",
                        "required": True,
                        "schema": {"$ref": "#/components/schemas/Level"},
                    }
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/octet-stream": {
                            "schema": {"type": "string", "format": "binary"}
                        }
                    },
                },
                "responses": {"204": {"description": "done"}},
            },
            "post": {
                "tags": ["auth"],
                "operationId": "noteLevel",
                "parameters": [
                    {
                        "name": "level",
                        "in": "path",
                        "required": True,
                        "schema": {"$ref": "#/components/schemas/Level"},
                    }
                ],
                "requestBody": {
                    "content": {"text/plain": {"schema": {"type": "string"}}}
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"text/plain": {"schema": {"type": "string"}}},
                    }
                },
            },
        }
    },
    "components": {
        "schemas": {"Level": {"type": "string", "enum": ["low", "high", "x'y"]}}
    },
}


def test_edge_cases_type_check_and_run(tmp_path: Path) -> None:
    """Enum path arguments, int enums, repeated ints, booleans, nullable and JSON
    options, reserved names, binary/text bodies, a resource named ``auth`` and
    hostile spec text: mypy --strict, black, and --help all work."""
    result = generate_from_loaded(
        LoadedSpec.from_document(EDGE_SPEC), GeneratorConfig(), Diagnostics()
    )
    write_files(tmp_path, result.files)
    assert "edge/cli.py" in result.files
    for tool in (["mypy", "--strict", "edge"], ["black", "--check", "-q", "edge"]):
        proc = subprocess.run(
            [sys.executable, "-m", *tool],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "edge.cli", *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    top = run("--help")
    assert top.returncode == 0, top.stderr
    assert "auth-2" in top.stdout  # the client attribute is auth_2
    proc = run("auth-2", "get-level", "--help")
    assert proc.returncode == 0, proc.stderr
    for text in (
        "get-level [OPTIONS] LEVEL",
        "LEVEL: The level & more. One of: low, high, x'y.",
        "--rank [1|2|3]",
        "--ids INTEGER",
        "--verbose BOOLEAN",
        "--param-output TEXT",
        "(deprecated)",
        "--output FILE",
        "--since JSON",
        'A """tricky""" summary\\',
    ):
        assert text in proc.stdout, text
    assert run("auth-2", "get-level", "medium", "--ids", "1").returncode == 2
    assert run("auth-2", "get-level", "low").returncode == 2  # --ids required
    assert run("auth-2", "put-level", "--help").returncode == 0
    assert run("auth-2", "note-level", "--help").returncode == 0


def test_environment_is_a_choice_and_its_variables_are_checked(
    generated: Path, tmp_path: Path
) -> None:
    proc = run_cli(generated, "--environment", "nope", "pets", "get", "1", cwd=tmp_path)
    assert proc.returncode == 2
    assert b"'nope' is not 'default'" in proc.stderr
    # Checked before any request: the spec's enum for {region}.
    proc = run_cli(
        generated,
        "--environment",
        "default",
        "--server-var",
        "region=asia",
        "pets",
        "get",
        "1",
        cwd=tmp_path,
        PETSTORE_API_KEY=API_KEY,
    )
    assert proc.returncode == 1
    lines = proc.stderr.decode().splitlines()
    assert lines == [
        "error: server variable 'region' must be one of 'eu', 'us', not 'asia'"
    ]
