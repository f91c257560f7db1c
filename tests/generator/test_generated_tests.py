"""``generate --tests`` (issue 14 item 15): the generated project carries a
pytest suite that calls every operation (and CLI command) against answers
built from the spec; it passes, type-checks, and covers the package."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clientsmith.generator.samples import sample
from clientsmith.generator.spec.schema import SchemaNode

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "generated"
MIN_COVERAGE = 80.0


def _env(project: Path) -> dict[str, str]:
    # pytest-cov of this run must not follow into the generated suite.
    env = {k: v for k, v in os.environ.items() if not k.startswith("COV_CORE")}
    env["PYTHONPATH"] = os.pathsep.join([str(project), str(project / "tests")])
    return env


def _package(project: Path) -> str:
    return next(
        p.name
        for p in sorted(project.iterdir())
        if p.is_dir() and (p / "__init__.py").is_file()
    )


def _run_suite(project: Path, report: Path) -> subprocess.CompletedProcess[str]:
    env = _env(project)
    # Coverage data beside the report, never inside the committed client.
    env["COVERAGE_FILE"] = str(report.with_suffix(".data"))
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-W",
            "error",
            "tests",
            f"--cov={_package(project)}",
            f"--cov-report=json:{report}",
        ],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.mark.parametrize(
    "client", sorted(p.name for p in GOLDEN.iterdir() if (p / "tests").is_dir())
)
def test_committed_client_suites_pass_and_cover_the_package(
    client: str, tmp_path: Path
) -> None:
    project = GOLDEN / client
    report = tmp_path / "coverage.json"
    run = _run_suite(project, report)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    covered = json.loads(report.read_text())["totals"]["percent_covered"]
    assert covered >= MIN_COVERAGE, f"{client}: {covered:.1f}% line coverage"


def test_every_committed_client_ships_tests() -> None:
    clients = [p for p in GOLDEN.iterdir() if (p / "pyproject.toml").is_file()]
    assert clients
    for project in clients:
        names = {p.name for p in (project / "tests").glob("test_*.py")}
        assert "test_models.py" in names, project.name
        assert len(names) >= 2, project.name


KINDS_SPEC = """
openapi: 3.0.3
info: {title: Kinds, version: "1.0"}
servers: [{url: "https://kinds.example/v1"}]
paths:
  /files/{name}:
    get:
      operationId: downloadFile
      tags: [files]
      parameters:
        - {name: name, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: the bytes
          content: {application/octet-stream: {schema: {type: string, format: binary}}}
    put:
      operationId: uploadFile
      tags: [files]
      deprecated: true
      parameters:
        - {name: name, in: path, required: true, schema: {type: string}}
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file]
              properties:
                file: {type: string, format: binary}
                note: {type: string}
      responses:
        "204": {description: stored}
  /events:
    get:
      operationId: streamEvents
      tags: [events]
      parameters:
        - {name: since, in: query, required: true, schema: {type: string, format: date-time}}
      responses:
        "200":
          description: server-sent events
          content:
            text/event-stream:
              schema: {$ref: "#/components/schemas/Event"}
  /events/import:
    post:
      operationId: importEvents
      tags: [events]
      requestBody:
        required: true
        content:
          application/x-ndjson:
            schema: {type: array, items: {$ref: "#/components/schemas/Event"}}
      responses:
        "200":
          description: one result per line
          content:
            application/x-ndjson:
              schema: {type: array, items: {$ref: "#/components/schemas/Event"}}
components:
  schemas:
    Event:
      type: object
      required: [id, kind]
      properties:
        id: {type: integer}
        kind: {type: string, enum: [created, deleted]}
"""


def test_every_call_kind_streams_uploads_and_deprecations(tmp_path: Path) -> None:
    """Binary download, multipart upload, SSE and NDJSON streams, a deprecated
    operation (asserted to warn); the suite passes under -W error and mypy."""
    spec = tmp_path / "kinds.yaml"
    spec.write_text(KINDS_SPEC, encoding="utf-8")
    project = tmp_path / "kinds"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "clientsmith.generator",
            "generate",
            str(spec),
            "-o",
            str(project),
            "--tests",
        ],
        check=True,
        capture_output=True,
    )
    files = (project / "tests" / "test_files.py").read_text()
    events = (project / "tests" / "test_events.py").read_text()
    assert '.read() == b"data"' in files  # the download is read back
    assert "pytest.warns(DeprecationWarning)" in files
    assert 'body={"file": b"data"}' in files
    assert "async for item in client.events.stream(" in events
    assert "models.Event.model_validate(" in events
    assert '"kind": "created"' in events
    run = _run_suite(project, tmp_path / "coverage.json")
    assert run.returncode == 0, run.stdout[-3000:]
    # 4 operations x sync/async, 3 models, 2 resources' response views x sync/async
    assert "15 passed" in run.stdout
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "tests"],
        cwd=project,
        env=_env(project),
        capture_output=True,
        text=True,
        check=False,
    )
    assert mypy.returncode == 0, mypy.stdout[-3000:]


# -- samples ----------------------------------------------------------------------

DOC = {
    "components": {
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "id": {"type": "integer", "readOnly": True},
                    "name": {"type": "string", "minLength": 8},
                    "secret": {"type": "string", "writeOnly": True},
                    "born": {"type": "string", "format": "date"},
                    "tags": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/Tag"},
                    },
                    "parent": {"$ref": "#/components/schemas/Pet"},
                },
            },
            "Tag": {"type": "string", "enum": ["a", "b"]},
        }
    }
}


def test_request_samples_hold_required_fields_without_read_only_ones() -> None:
    pet = {"$ref": "#/components/schemas/Pet"}
    assert sample(DOC, SchemaNode(pet, "#"), "request") == {"name": "stringxx"}


def test_response_samples_hold_every_field_but_write_only_ones() -> None:
    got = sample(DOC, SchemaNode({"$ref": "#/components/schemas/Pet"}, "#"), "response")
    assert got["id"] == 1 and got["born"] == "2024-01-02" and got["tags"] == ["a"]
    assert "secret" not in got
    assert "parent" not in got  # recursion stops: the same ref is not entered again


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"const": 3}, 3),
        ({"type": "integer", "minimum": 5, "exclusiveMinimum": True}, 6),
        ({"type": "number", "maximum": 0}, 0.0),
        ({"type": ["null", "boolean"]}, True),
        (
            {"oneOf": [{"type": "string", "format": "uuid"}, {"type": "integer"}]},
            "123e4567-e89b-12d3-a456-426614174000",
        ),
        (
            {
                "allOf": [
                    {"type": "object", "properties": {"a": {"type": "integer"}}},
                    {"properties": {"b": {"type": "boolean"}}},
                ]
            },
            {"a": 1, "b": True},
        ),
        ({"type": "object", "example": {"big": "document"}}, {}),
    ],
)
def test_sample_values(schema: dict[str, object], expected: object) -> None:
    assert sample(DOC, SchemaNode(schema, "#"), "response") == expected
