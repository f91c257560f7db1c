"""Tests for validate_spec (full validator, cached) and quick_check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clientsmith.generator import validate as validate_module
from clientsmith.generator.diagnostics import Diagnostics, Severity
from clientsmith.generator.load import LoadedSpec, load_spec
from clientsmith.generator.validate import cache_dir, quick_check, validate_spec

FIXTURES = Path(__file__).parent / "fixtures" / "load"


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLIENTSMITH_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "validation"


def load(source: Path) -> LoadedSpec:
    return load_spec(source, Diagnostics())


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


INVALID_30 = """\
openapi: 3.0.3
info:
  title: invalid
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters:
        - name: id
          in: path
          required: true
          schema: {type: string}
      responses:
        "200":
          description: ok
  /other:
    get:
      operationId: getPet
      responses:
        "200":
          description: ok
"""


# --- validate_spec ----------------------------------------------------------------


def test_valid_specs_give_no_diagnostics() -> None:
    for name in ("petstore31.json", "ext/root.yaml", "swagger_petstore.yaml"):
        diagnostics = Diagnostics()
        validate_spec(load(FIXTURES / name), diagnostics)
        assert list(diagnostics) == [], name


def test_all_errors_are_reported_with_pointer_and_line(tmp_path: Path) -> None:
    spec_file = write(tmp_path, "invalid.yaml", INVALID_30)
    diagnostics = Diagnostics()
    validate_spec(load(spec_file), diagnostics)
    found = {(d.code, d.severity, d.pointer, d.line) for d in diagnostics}
    assert found == {
        # info.version is missing: reported on the info object.
        ("spec-invalid", Severity.WARNING, "/info", 2),
        # duplicate operationId: located by the validator's own checks.
        ("spec-invalid", Severity.WARNING, "/paths/~1other/get", 17),
    }
    messages = " | ".join(d.message for d in diagnostics)
    assert "'version' is a required property" in messages
    assert "getPet" in messages
    assert {d.file for d in diagnostics} == {str(spec_file)}


def test_errors_behind_refs_point_at_the_definition() -> None:
    diagnostics = Diagnostics()
    validate_spec(load(FIXTURES / "petstore30.yaml"), diagnostics)
    (diagnostic,) = diagnostics
    assert diagnostic.pointer == "/components/schemas/Pet/properties/born"
    assert diagnostic.line == 31
    assert "is not a 'date'" in diagnostic.message


def test_swagger_is_validated_as_20_against_the_original(tmp_path: Path) -> None:
    spec_file = write(
        tmp_path,
        "s.yaml",
        "swagger: '2.0'\n"
        "info: {title: t, version: '1'}\n"
        "paths:\n"
        "  /a:\n"
        "    get:\n"
        "      responses:\n"
        "        200:\n"
        "          description: ok\n"
        "          schema: {type: file}\n"
        "    post:\n"
        "      parameters:\n"
        "        - {name: q, in: query, type: string, collectionFormat: csv, bogus: 1}\n"
        "      responses: {200: {description: ok}}\n",
    )
    diagnostics = Diagnostics()
    validate_spec(load(spec_file), diagnostics)
    # Pointers are Swagger pointers ("parameters" is not converted here), and the
    # validator's false positive on "type: file" is dropped.
    pointers = {d.pointer for d in diagnostics}
    assert pointers and all(
        p.startswith("/paths/~1a/post/parameters/0") for p in pointers
    )
    assert {d.line for d in diagnostics} == {12}
    assert "'bogus' does not match" in " ".join(d.message for d in diagnostics)


def test_validator_crash_is_a_warning_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Crashing:
        def __init__(self, document: object) -> None:
            pass

        def iter_errors(self) -> object:
            try:
                raise LookupError("the real cause " + "x" * 1000)
            except LookupError as exc:
                raise RuntimeError("wrapped " + "y" * 1000) from exc

    def crashing_validator(loaded: LoadedSpec) -> tuple[type[Crashing], object]:
        return Crashing, loaded.document

    monkeypatch.setattr(validate_module, "_validator_for", crashing_validator)
    diagnostics = Diagnostics()
    validate_spec(load(FIXTURES / "petstore31.json"), diagnostics)
    (diagnostic,) = diagnostics
    assert diagnostic.code == "spec-validator-failed"
    assert diagnostic.severity is Severity.WARNING
    assert "RuntimeError: wrapped" in diagnostic.message
    assert "(the real cause" in diagnostic.message
    assert len(diagnostic.message) <= validate_module.MAX_MESSAGE


def test_broken_refs_do_not_stop_validation(tmp_path: Path) -> None:
    spec_file = write(
        tmp_path,
        "r.yaml",
        "openapi: 3.0.3\n"
        "info: {title: r}\n"
        "paths: {}\n"
        "components:\n"
        "  schemas:\n"
        "    A: {$ref: '#/components/schemas/Missing'}\n"
        "    B: {$ref: 'missing.yaml#/B'}\n"
        "    C: {type: object, required: 5}\n",
    )
    diagnostics = Diagnostics()
    spec = load_spec(spec_file, diagnostics)
    assert [d.code for d in diagnostics] == ["unresolved-ref", "unresolved-ref"]
    validate_spec(spec, diagnostics)
    # Errors past the broken refs are found; the emptied refs add no noise.
    found = [(d.code, d.pointer) for d in diagnostics.items[2:]]
    assert sorted(found) == [
        ("spec-invalid", "/components/schemas/C/required"),
        ("spec-invalid", "/info"),
    ]


def test_results_are_cached_by_content_hash(
    tmp_path: Path, isolated_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = load(write(tmp_path, "invalid.yaml", INVALID_30))
    first = Diagnostics()
    validate_spec(spec, first)
    (cache_file,) = isolated_cache.glob("*.json")
    assert cache_dir() == isolated_cache
    assert len(json.loads(cache_file.read_text())["diagnostics"]) == 2

    def fail(loaded: LoadedSpec) -> None:
        raise AssertionError("the validator ran although the result was cached")

    monkeypatch.setattr(validate_module, "_run_validator", fail)
    second = Diagnostics()
    validate_spec(spec, second)
    assert list(second) == list(first)


def test_changed_content_is_validated_again(
    tmp_path: Path, isolated_cache: Path
) -> None:
    spec_file = write(tmp_path, "invalid.yaml", INVALID_30)
    validate_spec(load(spec_file), Diagnostics())
    spec_file.write_text(
        INVALID_30.replace("title: invalid", "title: x\n  version: '1'")
    )
    diagnostics = Diagnostics()
    validate_spec(load(spec_file), diagnostics)
    assert [d.pointer for d in diagnostics] == ["/paths/~1other/get"]
    assert len(list(isolated_cache.glob("*.json"))) == 2


def test_corrupt_cache_file_is_ignored(tmp_path: Path, isolated_cache: Path) -> None:
    spec = load(write(tmp_path, "invalid.yaml", INVALID_30))
    validate_spec(spec, Diagnostics())
    (cache_file,) = isolated_cache.glob("*.json")
    cache_file.write_text('{"diagnostics": [{"severity": "nonsense"')
    diagnostics = Diagnostics()
    validate_spec(spec, diagnostics)
    assert len(diagnostics) == 2
    assert len(json.loads(cache_file.read_text())["diagnostics"]) == 2  # rewritten


def test_unwritable_cache_dir_does_not_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = write(tmp_path, "not-a-dir", "")
    monkeypatch.setenv("CLIENTSMITH_CACHE_DIR", str(blocker))
    diagnostics = Diagnostics()
    validate_spec(load(write(tmp_path, "invalid.yaml", INVALID_30)), diagnostics)
    assert len(diagnostics) == 2


def test_default_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CLIENTSMITH_CACHE_DIR")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_dir() == tmp_path / ".cache" / "clientsmith" / "validation"


# --- quick_check ------------------------------------------------------------------


def test_quick_check_clean_specs() -> None:
    for name in ("petstore30.yaml", "petstore31.json", "swagger_petstore.yaml"):
        diagnostics = Diagnostics()
        quick_check(load(FIXTURES / name), diagnostics)
        assert list(diagnostics) == [], name


def test_quick_check_finds_structural_problems(tmp_path: Path) -> None:
    spec_file = write(
        tmp_path,
        "q.yaml",
        "openapi: 3.0.3\n"
        "info: {title: q, version: '1'}\n"
        "paths:\n"
        "  /users/{userId}/posts/{postId}:\n"
        "    parameters:\n"
        "      - {name: userId, in: path, required: true, schema: {type: string}}\n"
        "    get:\n"
        "      operationId: list\n"
        "      responses: {'200': {description: ok}}\n"
        "    put:\n"
        "      operationId: list\n"
        "      parameters:\n"
        "        - {in: query}\n"
        "        - $ref: '#/components/parameters/PostId'\n"
        "    delete: nonsense\n"
        "components:\n"
        "  parameters:\n"
        "    PostId: {name: postId, in: path, required: true, schema: {type: string}}\n",
    )
    diagnostics = Diagnostics()
    quick_check(load(spec_file), diagnostics)
    base = "/paths/~1users~1{userId}~1posts~1{postId}"
    found = [(d.code, d.severity, d.pointer, d.line) for d in diagnostics]
    assert found == [
        ("path-param-missing", Severity.WARNING, f"{base}/get", 7),
        ("spec-structure", Severity.ERROR, f"{base}/put/parameters/0", 13),
        ("responses-missing", Severity.WARNING, f"{base}/put", 10),
        ("duplicate-operation-id", Severity.WARNING, f"{base}/put/operationId", 11),
        ("spec-structure", Severity.ERROR, f"{base}/delete", 15),
    ]
    assert "'postId'" in diagnostics.items[0].message
    assert "'name'" in diagnostics.items[1].message
    assert f"#{base}/get" in diagnostics.items[3].message


def test_quick_check_paths_must_be_a_mapping(tmp_path: Path) -> None:
    spec_file = write(
        tmp_path, "p.yaml", "openapi: 3.1.0\ninfo: {title: p}\npaths: []\n"
    )
    diagnostics = Diagnostics()
    quick_check(load(spec_file), diagnostics)
    assert [(d.code, d.severity, d.line) for d in diagnostics] == [
        ("spec-structure", Severity.ERROR, 3)
    ]


def test_quick_check_unused_path_parameter(tmp_path: Path) -> None:
    spec_file = write(
        tmp_path,
        "u.yaml",
        "openapi: 3.1.0\n"
        "info: {title: u, version: '1'}\n"
        "paths:\n"
        "  /items:\n"
        "    get:\n"
        "      parameters: [{name: id, in: path, required: true}]\n"
        "      responses: {'200': {description: ok}}\n",
    )
    diagnostics = Diagnostics()
    quick_check(load(spec_file), diagnostics)
    assert [(d.code, d.pointer) for d in diagnostics] == [
        ("path-param-unused", "/paths/~1items/get")
    ]


def test_quick_check_reports_dangling_refs_once() -> None:
    diagnostics = Diagnostics()
    spec = load_spec(FIXTURES / "dangling.yaml", diagnostics)
    assert [d.code for d in diagnostics] == ["unresolved-ref"]
    quick_check(spec, diagnostics)
    assert [d.code for d in diagnostics] == ["unresolved-ref"]  # not repeated
    fresh = Diagnostics()
    quick_check(spec, fresh)
    assert [(d.code, d.line) for d in fresh] == [("unresolved-ref", 11)]


def test_quick_check_swagger_pointers_are_swagger_pointers(tmp_path: Path) -> None:
    spec_file = write(
        tmp_path,
        "s.yaml",
        "swagger: '2.0'\n"
        "info: {title: t, version: '1'}\n"
        "paths:\n"
        "  /a/{id}:\n"
        "    get:\n"
        "      responses: {200: {description: ok}}\n",
    )
    diagnostics = Diagnostics()
    quick_check(load(spec_file), diagnostics)
    assert [(d.code, d.pointer, d.line) for d in diagnostics] == [
        ("path-param-missing", "/paths/~1a~1{id}/get", 5)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "openapi: 3.0.3\ninfo: {title: q, version: '1'}\n",
            [("spec-structure", Severity.WARNING, "")],
        ),
        ("openapi: 3.1.0\ninfo: {title: q, version: '1'}\nwebhooks: {}\n", []),
        (
            "openapi: 3.0.3\n"
            "info: {title: q, version: '1'}\n"
            "paths:\n"
            "  /a: []\n"
            "  /b:\n"
            "    parameters: {name: x}\n"
            "  /c:\n"
            "    get:\n"
            "      parameters: [5]\n"
            "      responses: {'200': {description: ok}}\n"
            "  x-extension: {}\n",
            [
                ("spec-structure", Severity.ERROR, "/paths/~1a"),
                ("spec-structure", Severity.ERROR, "/paths/~1b/parameters"),
                ("spec-structure", Severity.ERROR, "/paths/~1c/get/parameters/0"),
            ],
        ),
    ],
)
def test_quick_check_shapes(
    tmp_path: Path, text: str, expected: list[tuple[str, Severity, str]]
) -> None:
    diagnostics = Diagnostics()
    quick_check(load(write(tmp_path, "s.yaml", text)), diagnostics)
    assert [(d.code, d.severity, d.pointer) for d in diagnostics] == expected


def test_validator_never_fetches_refs_itself() -> None:
    spec = LoadedSpec.from_document({"openapi": "3.0.3"})
    cls, _ = validate_module._validator_for(spec)
    for scheme in ("", "file", "http", "https"):
        with pytest.raises(LookupError, match="not fetched"):
            cls.resolver_handlers[scheme]("https://example.invalid/b.yaml")
