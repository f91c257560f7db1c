"""Tests for load_spec: parsing, versions, located errors, external ref bundling."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from clientsmith.generator.diagnostics import Diagnostics, GeneratorError, Severity
from clientsmith.generator.load import LoadedSpec, load_spec, parse_document
from clientsmith.generator.refs import RefError, resolve_pointer, split_pointer

FIXTURES = Path(__file__).parent / "fixtures" / "load"


def load(name: str) -> tuple[LoadedSpec, Diagnostics]:
    diagnostics = Diagnostics()
    return load_spec(FIXTURES / name, diagnostics), diagnostics


def load_error(source: str | Path) -> GeneratorError:
    with pytest.raises(GeneratorError) as info:
        load_spec(source, Diagnostics())
    assert len(info.value.diagnostics) == 1
    return info.value


# --- parsing ----------------------------------------------------------------------


def test_yaml_30_keys_are_strings_and_dates_stay_strings() -> None:
    spec, diagnostics = load("petstore30.yaml")
    assert list(diagnostics) == []
    assert spec.source_version == "3.0.3"
    assert spec.original is None
    operation = spec.document["paths"]["/pets/{petId}"]["get"]
    assert list(operation["responses"]) == ["200", "404"]
    pet = spec.document["components"]["schemas"]["Pet"]
    assert list(pet["properties"]) == ["on", "born", "name"]
    assert pet["properties"]["born"]["example"] == "2024-01-15"
    assert pet["properties"]["born"]["default"] == "2020-02-29T10:00:00Z"


def test_json_31() -> None:
    spec, diagnostics = load("petstore31.json")
    assert list(diagnostics) == []
    assert spec.source_version == "3.1.0"
    assert spec.document["components"]["schemas"]["Pet"]["type"] == ["object", "null"]
    assert spec.files == (str(FIXTURES / "petstore31.json"),)


def test_format_is_decided_by_content_not_extension() -> None:
    as_yaml, _ = load("json_as_yaml.yml")
    as_json, _ = load("yaml_named.json")
    assert as_yaml.document["openapi"] == "3.0.0"
    assert as_json.document["info"] == {"title": "t", "version": "1"}


def test_unquoted_float_version_becomes_text() -> None:
    spec, _ = load("float_version.yaml")
    assert spec.source_version == "3.0"
    assert spec.document["openapi"] == "3.0"


def test_content_hash_is_sha256_of_the_raw_bytes() -> None:
    spec, _ = load("petstore31.json")
    raw = (FIXTURES / "petstore31.json").read_bytes()
    assert spec.content_hash == hashlib.sha256(raw).hexdigest()


def test_parse_document_yaml_merge_keys() -> None:
    raw = b"base: &b {a: 1}\nderived:\n  <<: *b\n  c: 2\n"
    assert parse_document(raw) == {"base": {"a": 1}, "derived": {"a": 1, "c": 2}}


# --- fatal problems ---------------------------------------------------------------


def test_broken_yaml_reports_line_and_column() -> None:
    error = load_error(FIXTURES / "broken.yaml")
    (diagnostic,) = error.diagnostics
    assert diagnostic.code == "spec-parse-error"
    assert diagnostic.file == str(FIXTURES / "broken.yaml")
    assert diagnostic.line == 8
    assert "column 17" in diagnostic.message


def test_broken_json_reports_json_error_not_yaml() -> None:
    (diagnostic,) = load_error(FIXTURES / "broken.json").diagnostics
    assert diagnostic.code == "spec-parse-error"
    assert diagnostic.message.startswith("invalid JSON")
    assert diagnostic.line == 3


def test_missing_file() -> None:
    error = load_error(FIXTURES / "does-not-exist.yaml")
    (diagnostic,) = error.diagnostics
    assert diagnostic.code == "spec-unreadable"
    assert diagnostic.severity is Severity.ERROR
    assert diagnostic.file == str(FIXTURES / "does-not-exist.yaml")
    assert "No such file" in diagnostic.message


@pytest.mark.parametrize(
    ("name", "code", "line", "pointer"),
    [
        ("list_root.yaml", "spec-not-mapping", 1, ""),
        ("no_version.yaml", "spec-version-missing", 1, ""),
        ("swagger12.yaml", "spec-version-unsupported", 1, "/swagger"),
        ("openapi4.yaml", "spec-version-unsupported", 3, "/openapi"),
    ],
)
def test_bad_root_documents(name: str, code: str, line: int, pointer: str) -> None:
    (diagnostic,) = load_error(FIXTURES / name).diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.pointer) == (
        code,
        line,
        pointer,
    )
    assert diagnostic.file == str(FIXTURES / name)


def test_openapi_32_is_read_as_31_with_warning(tmp_path: Path) -> None:
    spec_file = tmp_path / "v32.yaml"
    spec_file.write_text("openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths: {}\n")
    diagnostics = Diagnostics()
    spec = load_spec(spec_file, diagnostics)
    assert spec.source_version == "3.2.0"
    assert [(d.code, d.line) for d in diagnostics] == [("spec-version-newer", 1)]


# --- locating ---------------------------------------------------------------------


def test_locate_gives_file_and_line() -> None:
    spec, _ = load("petstore30.yaml")
    file = str(FIXTURES / "petstore30.yaml")
    assert spec.locate("/paths/~1pets~1{petId}/get/responses/404") == (file, 22)
    assert spec.locate("/paths/~1pets~1{petId}/get/parameters/0/name") == (file, 10)
    assert spec.locate("/components/schemas/Pet/properties/born/example") == (file, 34)
    # A pointer that goes past the file gets its nearest ancestor's line.
    assert spec.locate("/components/schemas/Pet/nope/deeper") == (file, 26)


def test_locate_in_json() -> None:
    spec, _ = load("petstore31.json")
    assert spec.locate("/components/schemas/Pet")[1] == 23


def test_from_document_without_file() -> None:
    spec = LoadedSpec.from_document({"openapi": "3.1.0", "paths": {}})
    assert spec.source_version == "3.1.0"
    assert spec.locate("/paths") == ("<memory>", None)


def test_large_files_get_no_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("clientsmith.generator.locate.MAX_LOCATE_BYTES", 10)
    monkeypatch.setattr("clientsmith.generator.load.MAX_LOCATE_BYTES", 10)
    spec, _ = load("petstore30.yaml")
    assert spec.locate("/paths") == (str(FIXTURES / "petstore30.yaml"), None)


# --- refs -------------------------------------------------------------------------


def test_resolve_pointer() -> None:
    document = {"a": {"b/c": [10, {"~d": 5}]}}
    assert resolve_pointer(document, "#/a/b~1c/1/~0d") == 5
    assert resolve_pointer(document, "/a/b~1c/0") == 10
    assert resolve_pointer(document, "#") is document
    assert split_pointer("#/a%20b/c") == ["a b", "c"]
    with pytest.raises(RefError, match="no key 'x' at '#/a'"):
        resolve_pointer(document, "#/a/x")
    with pytest.raises(RefError, match="no index '7'"):
        resolve_pointer(document, "#/a/b~1c/7")
    with pytest.raises(RefError, match="must start with '/'"):
        resolve_pointer(document, "a/b")


def test_dangling_internal_ref_is_reported_and_circular_ones_are_kept() -> None:
    spec, diagnostics = load("dangling.yaml")
    assert [(d.code, d.pointer, d.line) for d in diagnostics] == [
        (
            "unresolved-ref",
            "/paths/~1a/get/responses/200/content/application~1json/schema",
            11,
        )
    ]
    node = spec.document["components"]["schemas"]["Node"]
    assert node["properties"]["next"] == {"$ref": "#/components/schemas/Node"}
    # A "$ref" inside example data is data, not a reference.
    example = node["properties"]["example_data"]["example"]
    assert example == {"$ref": "not-a-ref-just-data"}


@pytest.fixture(scope="module")
def bundled() -> tuple[LoadedSpec, Diagnostics]:
    return load("ext/root.yaml")


def test_external_refs_become_internal(bundled: tuple[LoadedSpec, Diagnostics]) -> None:
    spec, diagnostics = bundled
    assert list(diagnostics) == []
    document = spec.document
    get = document["paths"]["/pets"]["get"]
    assert get["parameters"] == [{"$ref": "#/components/parameters/Limit"}]
    items = get["responses"]["200"]["content"]["application/json"]["schema"]["items"]
    assert items == {"$ref": "#/components/schemas/Pet"}
    components = document["components"]
    assert components["parameters"]["Limit"] == {
        "name": "limit",
        "in": "query",
        "schema": {"$ref": "#/components/schemas/LimitValue"},
    }
    assert components["schemas"]["LimitValue"] == {"type": "integer", "maximum": 100}
    pet = components["schemas"]["Pet"]
    assert pet["properties"]["owner"] == {"$ref": "#/components/schemas/owner"}
    assert pet["properties"]["tag"] == {"$ref": "#/components/schemas/Tag"}
    assert components["schemas"]["Tag"] == {"type": "string"}


def test_cycle_between_files(bundled: tuple[LoadedSpec, Diagnostics]) -> None:
    schemas = bundled[0].document["components"]["schemas"]
    owner = schemas["owner"]  # whole-file ref: named after the file stem
    assert owner["properties"]["pets"]["items"] == {"$ref": "#/components/schemas/Pet"}


def test_name_collision_gets_suffix(bundled: tuple[LoadedSpec, Diagnostics]) -> None:
    components = bundled[0].document["components"]
    assert components["schemas"]["Error"]["type"] == "string"  # the root's own
    assert components["schemas"]["Error2"] == {
        "type": "object",
        "properties": {"code": {"type": "integer"}},
    }
    schema = components["responses"]["Error"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Error2"}
    # The same external target is bundled once.
    owner = components["schemas"]["owner"]
    assert owner["properties"]["error"] == {"$ref": "#/components/schemas/Error2"}


def test_path_item_refs_are_inlined(bundled: tuple[LoadedSpec, Diagnostics]) -> None:
    item = bundled[0].document["paths"]["/owners/{id}"]
    assert item["get"]["operationId"] == "getOwner"
    schema = item["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/owner"}


def test_no_external_refs_remain(bundled: tuple[LoadedSpec, Diagnostics]) -> None:
    text = json.dumps(bundled[0].document)
    refs = [part.split('"')[0] for part in text.split('"$ref": "')[1:]]
    assert refs and all(ref.startswith("#/") for ref in refs)


def test_bundled_files_and_hash(bundled: tuple[LoadedSpec, Diagnostics]) -> None:
    spec = bundled[0]
    ext = FIXTURES / "ext"
    assert spec.files == tuple(
        str(ext / name)
        for name in (
            "root.yaml",
            "params.yaml",
            "schemas/pet.yaml",
            "schemas/owner.yaml",
            "common/errors.json",
            "paths/owner_item.yaml",
        )
    )
    root_only = hashlib.sha256((ext / "root.yaml").read_bytes()).hexdigest()
    assert spec.content_hash != root_only


def test_hash_changes_when_an_external_file_changes(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "ext", tmp_path / "ext")
    before = load_spec(tmp_path / "ext" / "root.yaml", Diagnostics()).content_hash
    tag = tmp_path / "ext" / "schemas" / "pet.yaml"
    tag.write_text(tag.read_text().replace("type: string", "type: integer"))
    after = load_spec(tmp_path / "ext" / "root.yaml", Diagnostics()).content_hash
    assert before != after


def test_locate_bundled_component_in_its_own_file(
    bundled: tuple[LoadedSpec, Diagnostics],
) -> None:
    spec = bundled[0]
    ext = FIXTURES / "ext"
    assert spec.locate("/components/schemas/Pet/properties/tag") == (
        str(ext / "schemas" / "pet.yaml"),
        6,
    )
    assert spec.locate("/components/schemas/owner/properties/pets") == (
        str(ext / "schemas" / "owner.yaml"),
        3,
    )
    assert spec.locate("/components/schemas/Error2/properties/code") == (
        str(ext / "common" / "errors.json"),
        5,
    )
    assert spec.locate("/paths/~1pets/get") == (str(ext / "root.yaml"), 5)
    # An inlined path item is located in the file it came from.
    assert spec.locate("/paths/~1owners~1{id}/get/operationId") == (
        str(ext / "paths" / "owner_item.yaml"),
        2,
    )


def test_unresolvable_external_refs() -> None:
    spec, diagnostics = load("ext/bad_root.yaml")
    ext = FIXTURES / "ext"
    found = [(d.code, d.severity, d.file, d.line) for d in diagnostics]
    root = str(ext / "bad_root.yaml")
    assert found == [
        ("unresolved-ref", Severity.ERROR, root, 11),
        ("unresolved-ref", Severity.ERROR, root, 17),
        ("unresolved-ref", Severity.ERROR, root, 23),
    ]
    messages = [d.message for d in diagnostics]
    assert "missing.yaml" in messages[0] and "No such file" in messages[0]
    assert "no key 'Nope'" in messages[1]
    assert "invalid YAML" in messages[2] and "line 3" in messages[2]
    pointers = [d.pointer for d in diagnostics]
    assert (
        pointers[0] == "/paths/~1a/get/responses/200/content/application~1json/schema"
    )
    # Unresolvable refs are left as written.
    schema = spec.document["paths"]["/a"]["get"]["responses"]["200"]["content"]
    assert schema["application/json"]["schema"] == {"$ref": "missing.yaml#/Thing"}


# --- URLs -------------------------------------------------------------------------


def _yaml_bytes(document: dict[str, Any]) -> bytes:
    return json.dumps(document).encode()


@respx.mock
def test_load_from_url_with_relative_external_ref() -> None:
    root = {
        "openapi": "3.0.3",
        "info": {"title": "remote", "version": "1"},
        "paths": {
            "/x": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "models/thing.json#/Thing"}
                                }
                            },
                        }
                    }
                }
            }
        },
    }
    respx.get("https://api.example.com/spec/openapi.json").mock(
        return_value=httpx.Response(200, content=_yaml_bytes(root))
    )
    respx.get("https://api.example.com/spec/models/thing.json").mock(
        return_value=httpx.Response(200, content=b'{"Thing": {"type": "string"}}')
    )
    diagnostics = Diagnostics()
    spec = load_spec("https://api.example.com/spec/openapi.json", diagnostics)
    assert list(diagnostics) == []
    assert spec.path == "https://api.example.com/spec/openapi.json"
    assert spec.document["components"]["schemas"]["Thing"] == {"type": "string"}
    assert spec.files[1] == "https://api.example.com/spec/models/thing.json"


@respx.mock
def test_url_http_error_is_a_generator_error() -> None:
    respx.get("https://api.example.com/missing.yaml").mock(
        return_value=httpx.Response(404)
    )
    error = load_error("https://api.example.com/missing.yaml")
    (diagnostic,) = error.diagnostics
    assert diagnostic.code == "spec-unreadable"
    assert "HTTP 404" in diagnostic.message
    assert diagnostic.file == "https://api.example.com/missing.yaml"


@respx.mock
def test_url_connection_error_is_a_generator_error() -> None:
    respx.get("https://down.example.com/spec.yaml").mock(
        side_effect=httpx.ConnectError("connection refused")
    )
    (diagnostic,) = load_error("https://down.example.com/spec.yaml").diagnostics
    assert "connection refused" in diagnostic.message


# --- odd inputs -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "code", "text"),
    [
        (b"", "spec-not-mapping", "the top level is empty"),
        (b"a: &x {b: *x}\n", "spec-parse-error", "alias is used inside its own anchor"),
        (b"openapi: 3.0.0\ninfo: \xff\xfe\n", "spec-parse-error", "invalid YAML"),
        (b"[" * 100_000, "spec-parse-error", "nested too deeply"),
        (b"openapi: 3.0.0\n? [a, b]\n: c\n", "spec-parse-error", "non-scalar key"),
    ],
)
def test_odd_files_are_generator_errors(
    tmp_path: Path, content: bytes, code: str, text: str
) -> None:
    spec_file = tmp_path / "odd.yaml"
    spec_file.write_bytes(content)
    (diagnostic,) = load_error(spec_file).diagnostics
    assert diagnostic.code == code
    assert text in diagnostic.message


def test_directory_is_unreadable(tmp_path: Path) -> None:
    (diagnostic,) = load_error(tmp_path).diagnostics
    assert diagnostic.code == "spec-unreadable"


def test_shared_aliases_are_fine() -> None:
    raw = b"x: &s {k: 1}\ny: *s\n"
    assert parse_document(raw) == {"x": {"k": 1}, "y": {"k": 1}}


def _write_tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).write_text(text)
    return root / "root.yaml"


ROOT_WITH_REF = """\
openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    $ref: 'item.yaml'
    summary: overridden
components:
  schemas:
    Tag: {type: string}
"""


def test_identical_definition_in_root_is_reused(tmp_path: Path) -> None:
    root = _write_tree(
        tmp_path,
        {
            "root.yaml": ROOT_WITH_REF,
            "item.yaml": "summary: from file\n"
            "get:\n"
            "  responses:\n"
            "    '200':\n"
            "      description: ok\n"
            "      content:\n"
            "        application/json:\n"
            "          schema: {$ref: 'models.yaml#/Tag'}\n",
            "models.yaml": "Tag: {type: string}\n",
        },
    )
    diagnostics = Diagnostics()
    spec = load_spec(root, diagnostics)
    assert list(diagnostics) == []
    assert list(spec.document["components"]["schemas"]) == ["Tag"]
    item = spec.document["paths"]["/a"]
    assert item["summary"] == "overridden"  # the ref's sibling wins
    schema = item["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Tag"}


def test_bundling_into_a_broken_components_section_is_reported(tmp_path: Path) -> None:
    root = _write_tree(
        tmp_path,
        {
            "root.yaml": "openapi: 3.0.3\n"
            "info: {title: t, version: '1'}\n"
            "paths:\n"
            "  /a:\n"
            "    get:\n"
            "      parameters: [{$ref: 'p.yaml#/P'}]\n"
            "      responses: {'200': {description: ok}}\n"
            "components: []\n",
            "p.yaml": "P: {name: p, in: query}\n",
        },
    )
    diagnostics = Diagnostics()
    load_spec(root, diagnostics)
    assert [(d.code, d.line) for d in diagnostics] == [("unresolved-ref", 6)]
    assert (
        "'components' of the root document is not a mapping"
        in diagnostics.items[0].message
    )


def test_ref_back_into_the_root_file(tmp_path: Path) -> None:
    root = _write_tree(
        tmp_path,
        {
            "root.yaml": "openapi: 3.0.3\n"
            "info: {title: t, version: '1'}\n"
            "paths: {}\n"
            "components:\n"
            "  schemas:\n"
            "    Base: {type: object}\n"
            "    Derived: {$ref: 'derived.yaml'}\n",
            "derived.yaml": "allOf:\n  - $ref: 'root.yaml#/components/schemas/Base'\n",
        },
    )
    diagnostics = Diagnostics()
    spec = load_spec(root, diagnostics)
    assert list(diagnostics) == []
    schemas = spec.document["components"]["schemas"]
    assert schemas["Derived"] == {"$ref": "#/components/schemas/derived"}
    assert schemas["derived"] == {"allOf": [{"$ref": "#/components/schemas/Base"}]}


def test_malformed_ref_url_is_unresolved(tmp_path: Path) -> None:
    root = _write_tree(
        tmp_path,
        {
            "root.yaml": "openapi: 3.0.3\n"
            "info: {title: t, version: '1'}\n"
            "paths: {}\n"
            "components:\n"
            "  schemas:\n"
            "    A: {$ref: 'http://[bad/x.yaml'}\n",
        },
    )
    diagnostics = Diagnostics()
    load_spec(root, diagnostics)
    assert [(d.code, d.pointer, d.line) for d in diagnostics] == [
        ("unresolved-ref", "/components/schemas/A", 6)
    ]


def test_refs_are_sorted_into_sections_by_where_they_are(tmp_path: Path) -> None:
    root = _write_tree(
        tmp_path,
        {
            "root.yaml": "openapi: 3.0.3\n"
            "info: {title: t, version: '1'}\n"
            "paths:\n"
            "  /subscribe:\n"
            "    post:\n"
            "      callbacks:\n"
            "        onEvent: {$ref: 'parts.yaml#/OnEvent'}\n"
            "      responses:\n"
            "        '200':\n"
            "          description: ok\n"
            "          headers:\n"
            "            X-Rate: {$ref: 'parts.yaml#/Rate'}\n"
            "          content:\n"
            "            application/json:\n"
            "              schema:\n"
            "                type: object\n"
            "                properties:\n"
            "                  x-odd-name: {$ref: 'parts.yaml#/Odd'}\n"
            "              examples:\n"
            "                sample: {$ref: 'parts.yaml#/Sample'}\n",
            "parts.yaml": "OnEvent:\n"
            "  '{$request.body#/url}':\n"
            "    post:\n"
            "      requestBody: {$ref: '#/EventBody'}\n"
            "      responses: {'200': {description: ok}}\n"
            "EventBody:\n"
            "  content: {application/json: {schema: {type: object}}}\n"
            "Rate: {schema: {type: integer}}\n"
            "Odd: {type: string}\n"
            "Sample:\n"
            "  value: {$ref: 'this is example data, not a reference'}\n",
        },
    )
    diagnostics = Diagnostics()
    spec = load_spec(root, diagnostics)
    assert list(diagnostics) == []
    components = spec.document["components"]
    assert sorted(components) == [
        "callbacks",
        "examples",
        "headers",
        "requestBodies",
        "schemas",
    ]
    callback = components["callbacks"]["OnEvent"]["{$request.body#/url}"]
    assert callback["post"]["requestBody"] == {
        "$ref": "#/components/requestBodies/EventBody"
    }
    assert components["headers"]["Rate"] == {"schema": {"type": "integer"}}
    assert components["schemas"]["Odd"] == {"type": "string"}
    assert components["examples"]["Sample"]["value"] == {
        "$ref": "this is example data, not a reference"
    }


def test_locate_escaped_and_encoded_pointers(tmp_path: Path) -> None:
    spec_file = tmp_path / "s.yaml"
    spec_file.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a~b c:\n    get: {}\n"
    )
    spec = load_spec(spec_file, Diagnostics())
    assert spec.locate("/paths/~1a~0b c/get") == (str(spec_file), 5)
    assert spec.locate("#/paths/~1a~0b%20c") == (str(spec_file), 4)
    assert spec.locate("not a pointer") == (str(spec_file), None)


def test_yaml_scalars_follow_yaml_12_core_schema() -> None:
    raw = (
        b"enum: [GB, NO, yes, off, y]\n"
        b"flags: [true, False, TRUE]\n"
        b"numbers: [012, 0o17, 0x1F, 1e3, -2.5, +7, .5]\n"
        b"text: [1_000, '1:20', 1:20, 2024-01-01, 2024-01-01T10:00:00Z]\n"
        b"nulls: [~, null, NULL]\n"
    )
    assert parse_document(raw) == {
        "enum": ["GB", "NO", "yes", "off", "y"],
        "flags": [True, False, True],
        "numbers": [12, 15, 31, 1000.0, -2.5, 7, 0.5],
        "text": ["1_000", "1:20", "1:20", "2024-01-01", "2024-01-01T10:00:00Z"],
        "nulls": [None, None, None],
    }
    special = parse_document(b"[.inf, -.Inf, .nan]\n")
    assert special[0] == float("inf") and special[1] == float("-inf")
    assert special[2] != special[2]  # NaN


def test_discriminator_mapping_refs_are_bundled_and_checked(tmp_path: Path) -> None:
    root = _write_tree(
        tmp_path,
        {
            "root.yaml": "openapi: 3.0.3\n"
            "info: {title: t, version: '1'}\n"
            "paths: {}\n"
            "components:\n"
            "  schemas:\n"
            "    Cat: {type: object}\n"
            "    Pet:\n"
            "      oneOf: [{$ref: 'dog.yaml'}, {$ref: '#/components/schemas/Cat'}]\n"
            "      discriminator:\n"
            "        propertyName: kind\n"
            "        mapping:\n"
            "          dog: dog.yaml\n"
            "          cat: Cat\n"
            "          bird: '#/components/schemas/Bird'\n",
            "dog.yaml": "type: object\n",
        },
    )
    diagnostics = Diagnostics()
    spec = load_spec(root, diagnostics)
    pet = spec.document["components"]["schemas"]["Pet"]
    assert pet["oneOf"][0] == {"$ref": "#/components/schemas/dog"}
    assert pet["discriminator"]["mapping"] == {
        "dog": "#/components/schemas/dog",  # the same bundled schema as the oneOf
        "cat": "Cat",  # a schema name, not a reference
        "bird": "#/components/schemas/Bird",
    }
    assert [(d.code, d.pointer, d.line) for d in diagnostics] == [
        ("unresolved-ref", "/components/schemas/Pet/discriminator/mapping/bird", 14)
    ]


def test_line_index_from_events_handles_every_node_kind() -> None:
    from clientsmith.generator.locate import _line_index

    text = (
        b"a: 1\n"
        b"b:\n"
        b"  c: [1, 2]\n"
        b"  ? [x, y]\n"
        b"  : {z: 1}\n"
        b"  d/e~f:\n"
        b"    - q: &anchor 1\n"
        b"    - *anchor\n"
    )
    assert _line_index(text) == {
        "": 1,
        "/a": 1,
        "/b": 2,
        "/b/c": 3,
        "/b/c/0": 3,
        "/b/c/1": 3,
        # The complex key and its value are skipped, the next key is not.
        "/b/d~1e~0f": 6,
        "/b/d~1e~0f/0": 7,
        "/b/d~1e~0f/0/q": 7,
        "/b/d~1e~0f/1": 8,
    }
    # A one-line JSON document: every pointer on line 1.
    assert set(_line_index(b'{"x": {"y": [true, null]}}').values()) == {1}
