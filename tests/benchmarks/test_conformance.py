"""The conformance runner's pure parts (value synthesis, the reference serialiser,
response-schema checks, classification, the workers' code readers) and one smoke
run of the whole runner on specs/petstore.yaml against real Prism."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from conformance_lib import classify as cl  # noqa: E402
from conformance_lib import refser, unexpand  # noqa: E402
from conformance_lib.peer_worker import Converter, describe, spec_template  # noqa: E402
from conformance_lib.plan import build_plan, choose_ops, credentials  # noqa: E402
from conformance_lib.schemacheck import SchemaChecker, body_conformance  # noqa: E402
from conformance_lib.synth import Synth, decode_bytes, resolve  # noqa: E402
from conformance_lib.worker_cs import call_map  # noqa: E402

# ---------------------------------------------------------------- reference serialiser

COLOR = ["blue", "black", "brown"]
POINT = {"R": 100, "G": 200, "B": 150}


@pytest.mark.parametrize(
    ("style", "explode", "value", "expected"),
    [
        # the table of OpenAPI 3.1 §4.8.12.4 (Style Examples)
        ("simple", False, "blue", "blue"),
        ("simple", False, COLOR, "blue,black,brown"),
        ("simple", False, POINT, "R,100,G,200,B,150"),
        ("simple", True, POINT, "R=100,G=200,B=150"),
        ("label", False, "blue", ".blue"),
        ("label", False, COLOR, ".blue,black,brown"),
        ("label", True, COLOR, ".blue.black.brown"),
        ("label", False, POINT, ".R,100,G,200,B,150"),
        ("label", True, POINT, ".R=100.G=200.B=150"),
        ("matrix", False, "blue", ";color=blue"),
        ("matrix", False, COLOR, ";color=blue,black,brown"),
        ("matrix", True, COLOR, ";color=blue;color=black;color=brown"),
        ("matrix", False, POINT, ";color=R,100,G,200,B,150"),
        ("matrix", True, POINT, ";R=100;G=200;B=150"),
    ],
)
def test_path_styles_follow_the_spec_table(
    style: str, explode: bool, value: Any, expected: str
) -> None:
    assert refser.serialize_path("color", value, style, explode) == expected


@pytest.mark.parametrize(
    ("style", "explode", "value", "expected"),
    [
        ("form", None, "blue", "color=blue"),
        ("form", True, COLOR, "color=blue&color=black&color=brown"),
        ("form", False, COLOR, "color=blue,black,brown"),
        ("form", True, POINT, "R=100&G=200&B=150"),
        ("form", False, POINT, "color=R,100,G,200,B,150"),
        ("spaceDelimited", False, COLOR, "color=blue%20black%20brown"),
        ("pipeDelimited", False, COLOR, "color=blue|black|brown"),
        (
            "deepObject",
            True,
            POINT,
            "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150",
        ),
    ],
)
def test_query_styles_follow_the_spec_table(
    style: str, explode: bool | None, value: Any, expected: str
) -> None:
    assert refser.serialize_query("color", value, style, explode) == expected


def test_scalars_are_spelled_as_json_and_reserved_characters_encoded() -> None:
    assert refser.serialize_query("q", True, "form", None) == "q=true"
    assert refser.serialize_query("q", "a b/c&d", "form", None) == "q=a%20b%2Fc%26d"
    assert refser.serialize_query("q", "a/b", "form", None, True) == "q=a/b"
    assert refser.serialize_path("id", "a/b", "simple", False) == "a%2Fb"


def test_header_and_cookie_serialisation() -> None:
    assert refser.serialize_header(COLOR, False) == "blue,black,brown"
    assert refser.serialize_header(POINT, True) == "R=100,G=200,B=150"
    assert refser.serialize_cookie("c", "blue", None) == "c=blue"
    assert refser.serialize_cookie("c", COLOR, False) == "c=blue,black,brown"


def test_form_body_uses_the_encoding_object() -> None:
    body = refser.encode_form(
        {"email": "a@b.c", "metadata": {"k": "v"}, "tags": ["x", "y"]},
        {"metadata": {"style": "deepObject", "explode": True}},
    )
    assert urllib.parse.parse_qsl(body.decode()) == [
        ("email", "a@b.c"),
        ("metadata[k]", "v"),
        ("tags", "x"),
        ("tags", "y"),
    ]


def test_multipart_body_has_one_part_per_field_and_files_as_octets() -> None:
    data, ctype = refser.encode_multipart(
        {"name": "rex", "photo": {"$bytes": "PNG"}, "meta": {"a": 1}}, {}, "BOUND"
    )
    assert ctype == "multipart/form-data; boundary=BOUND"
    text = data.decode()
    assert text.count("--BOUND\r\n") == 3 and text.endswith("--BOUND--\r\n")
    assert (
        'name="photo"; filename="photo"\r\nContent-Type: application/octet-stream\r\n\r\nPNG'
        in text
    )
    assert 'name="meta"\r\nContent-Type: application/json\r\n\r\n{"a": 1}' in text
    assert 'name="name"\r\nContent-Type: text/plain\r\n\r\nrex' in text


def test_reference_request_puts_every_value_in_its_place() -> None:
    op = {
        "method": "POST",
        "path": "/pets/{petId}/tags",
        "params": [
            {"name": "petId", "in": "path", "style": "", "explode": None, "value": 7},
            {
                "name": "tag",
                "in": "query",
                "style": "",
                "explode": False,
                "value": ["a", "b"],
            },
            {
                "name": "X-Trace",
                "in": "header",
                "style": "",
                "explode": None,
                "value": "t1",
            },
            {
                "name": "session",
                "in": "cookie",
                "style": "",
                "explode": None,
                "value": "s1",
            },
            {
                "name": "filter",
                "in": "query",
                "json": True,
                "style": "",
                "explode": None,
                "value": {"a": 1},
            },
        ],
        "body": {
            "content": {"application/json": {"value": {"name": "rex"}, "encoding": {}}}
        },
    }
    ref = refser.build_reference(
        op,
        "application/json",
        credentials({"k": {"type": "apiKey", "in": "header", "name": "X-Key"}}),
    )
    assert ref.url == "/pets/7/tags?tag=a,b&filter=%7B%22a%22%3A1%7D"
    assert ref.headers == {
        "X-Trace": "t1",
        "X-Key": "conformance-key",
        "Cookie": "session=s1",
        "Content-Type": "application/json",
    }
    assert json.loads(ref.content or b"") == {"name": "rex"}


# ---------------------------------------------------------------- synthesis

DOC: dict[str, Any] = {
    "openapi": "3.0.3",
    "components": {
        "schemas": {
            "Cat": {
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string"}},
            },
            "Dog": {
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string"}},
            },
            "Animal": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Cat"},
                    {"$ref": "#/components/schemas/Dog"},
                ],
                "discriminator": {
                    "propertyName": "type",
                    "mapping": {"cat": "#/components/schemas/Cat"},
                },
            },
            "Node": {
                "type": "object",
                "properties": {"next": {"$ref": "#/components/schemas/Node"}},
            },
            "Pet": {
                "type": "object",
                "required": ["name", "id"],
                "properties": {
                    "id": {"type": "integer", "readOnly": True},
                    "name": {"type": "string", "minLength": 5},
                    "age": {"type": "integer", "minimum": 3, "maximum": 9},
                    "born": {"type": "string", "format": "date-time"},
                    "code": {"type": "string", "pattern": "^[A-Z]+$"},
                    "status": {"type": "string", "enum": ["sold", "available"]},
                    "nick": {"type": "string", "example": "rexy"},
                    "secret": {"type": "string", "writeOnly": True},
                },
            },
        }
    },
}


def test_synthesis_honours_examples_enums_formats_bounds_and_patterns() -> None:
    pet = Synth(DOC).value({"$ref": "#/components/schemas/Pet"})
    assert pet["name"] == "string" and pet["age"] == 3 and pet["code"] == "A"
    assert pet["born"] == "2024-01-02T03:04:05Z"
    assert pet["status"] == "sold" and pet["nick"] == "rexy"
    assert "id" not in pet  # readOnly: required in responses only
    assert "secret" in pet
    response = Synth(DOC).value({"$ref": "#/components/schemas/Pet"}, request=False)
    assert "secret" not in response


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("^AC[0-9a-fA-F]{32}$", "AC" + "0" * 32),
        (r"^[A-Z]{2}-\d{3,5}$", "AA-000"),
        (r"^(foo|bar)_[a-z]+$", "foo_a"),
    ],
)
def test_patterns_are_honoured_by_building_from_the_regex(
    pattern: str, expected: str
) -> None:
    assert Synth(DOC).value({"type": "string", "pattern": pattern}) == expected


def test_synthesis_picks_the_discriminator_value_and_stops_recursion() -> None:
    assert Synth(DOC).value({"$ref": "#/components/schemas/Animal"}) == {"type": "cat"}
    assert Synth(DOC).value({"$ref": "#/components/schemas/Node"}) == {}


def test_synthesis_of_numbers_within_exclusive_bounds_and_multiples() -> None:
    s = Synth(DOC)
    assert s.value({"type": "integer", "minimum": 10, "exclusiveMinimum": True}) == 11
    assert s.value({"type": "number", "exclusiveMaximum": 1}) == 0.5
    assert s.value({"type": "integer", "multipleOf": 5, "minimum": 7}) == 10
    assert s.value({"type": "integer", "multipleOf": 5, "minimum": 10}) == 10
    assert (
        decode_bytes(s.value({"type": "string", "format": "binary"})) == b"conformance"
    )


def test_refs_in_uri_fragment_form_are_percent_decoded() -> None:
    doc = {
        "paths": {"/a/{id}": {"get": {"parameters": [{"name": "id", "in": "path"}]}}}
    }
    ref = {"$ref": "#/paths/~1a~1%7Bid%7D/get/parameters/0"}
    assert resolve(doc, ref) == {"name": "id", "in": "path"}


def test_plan_merges_path_level_parameters_and_drops_ignored_headers() -> None:
    doc = {
        "openapi": "3.0.3",
        "paths": {
            "/a/{id}": {
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer"},
                    }
                ],
                "get": {
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                            "example": "abc",
                        },
                        {
                            "name": "Accept",
                            "in": "header",
                            "schema": {"type": "string"},
                        },
                    ],
                    "responses": {"200": {"description": "ok"}},
                },
            },
            "/#X-Amz-Target=Do": {
                "post": {"responses": {"200": {"description": "ok"}}}
            },
        },
    }
    plan = build_plan(doc)
    get, post = plan["ops"]
    assert get["key"] == "GET /a/{id}" and [p["value"] for p in get["params"]] == [
        "abc"
    ]
    assert not get["unroutable"] and post["unroutable"]
    assert [o["key"] for o in choose_ops(plan["ops"], 1, 3)] in (
        ["GET /a/{id}"],
        ["POST /#X-Amz-Target=Do"],
    )


# ---------------------------------------------------------------- schema checks

RESP_DOC: dict[str, Any] = {
    "openapi": "3.0.3",
    "paths": {
        "/u": {
            "get": {
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/U"}
                            }
                        }
                    },
                    "default": {"$ref": "#/components/responses/Err"},
                }
            }
        }
    },
    "components": {
        "responses": {
            "Err": {
                "content": {
                    "application/json": {
                        "schema": {"type": "object", "required": ["code"]}
                    }
                }
            }
        },
        "schemas": {
            "User": {
                "type": "object",
                "required": ["login"],
                "properties": {"login": {"type": "string"}},
            },
            "U": {
                "type": "object",
                "required": ["by", "at", "pw"],
                "properties": {
                    "by": {
                        "allOf": [{"$ref": "#/components/schemas/User"}],
                        "nullable": True,
                    },
                    "at": {"type": "string", "format": "date-time"},
                    "pw": {"type": "string", "writeOnly": True},
                    "kind": {"type": "string", "enum": ["a"], "nullable": True},
                },
            },
        },
    },
}


def test_nullable_and_write_only_read_as_openapi_3_0_means() -> None:
    checker = SchemaChecker(RESP_DOC)
    ok = json.dumps({"by": None, "at": "2024-01-02T03:04:05Z", "kind": None})
    assert body_conformance(checker, "GET", "/u", 200, "application/json", ok) == (
        True,
        "",
    )


def test_a_date_time_that_is_not_one_does_not_conform() -> None:
    checker = SchemaChecker(RESP_DOC)
    conforms, detail = body_conformance(
        checker,
        "GET",
        "/u",
        200,
        "application/json; charset=utf-8",
        json.dumps({"by": {"login": "x"}, "at": "string"}),
    )
    assert conforms is False and detail.startswith("at:")


def test_response_refs_and_silent_specs() -> None:
    checker = SchemaChecker(RESP_DOC)
    assert checker.response_schema("GET", "/u", 500, "application/json") == (
        "#/components/responses/Err/content/application~1json/schema"
    )
    assert (
        body_conformance(checker, "GET", "/u", 500, "application/json", "{}")[0]
        is False
    )
    assert body_conformance(checker, "GET", "/nope", 200, "application/json", "{}") == (
        None,
        "no schema",
    )


# ---------------------------------------------------------------- classification


def _raw(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "key": "GET /x",
        "mode": "sync",
        "sent": True,
        "status": 200,
        "type_ok": True,
    }
    base.update(kw)
    return base


VALIDATION = {
    "type": "APIResponseValidationError",
    "clientsmith": True,
    "message": "GET /x: 1 validation error\n a [type=int_parsing, input='x']",
}
VIOLATION = json.dumps(
    [
        {
            "location": ["request", "query", "limit"],
            "severity": "Error",
            "code": "type",
            "message": "must be integer",
        }
    ]
)


@pytest.mark.parametrize(
    ("raw", "kwargs", "outcome", "fault"),
    [
        (_raw(), {}, cl.OK, False),
        (
            _raw(
                warnings=[
                    "pagination stopped after 1 items although the last page says there is more"
                ]
            ),
            {"body_conforms": True},
            cl.OK,
            False,
        ),
        (_raw(status=204, type_ok=True), {}, cl.OK, False),
        (
            _raw(warnings=["field $.a does not match the spec: expected int"]),
            {"body_conforms": True},
            cl.TOLERATED,
            True,
        ),
        (
            _raw(warnings=["field $.a does not match the spec: expected int"]),
            {"body_conforms": False},
            cl.TOLERATED,
            False,
        ),
        (
            _raw(raised=VALIDATION, type_ok=None),
            {"body_conforms": True},
            cl.RESPONSE_REJECTED,
            True,
        ),
        (
            _raw(raised=VALIDATION, type_ok=None),
            {"body_conforms": None},
            cl.RESPONSE_REJECTED,
            True,
        ),
        (
            _raw(raised=VALIDATION, type_ok=None),
            {"body_conforms": False},
            cl.RESPONSE_REJECTED,
            False,
        ),
        (
            _raw(type_ok=False, type_detail="dict: not a Pet"),
            {"body_conforms": True},
            cl.RESPONSE_REJECTED,
            True,
        ),
        (
            _raw(status=422, sl_violations=VIOLATION),
            {"reference_passed": True},
            cl.REQUEST_REJECTED,
            True,
        ),
        (
            _raw(status=422, sl_violations=VIOLATION),
            {"reference_passed": False},
            cl.REQUEST_REJECTED,
            False,
        ),
        (
            _raw(
                status=404,
                body='{"type":"https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR"}',
            ),
            {"reference_passed": True},
            cl.REQUEST_REJECTED,
            True,
        ),
        (
            _raw(
                status=404,
                raised={"type": "NotFoundError", "clientsmith": True, "message": "404"},
            ),
            {},
            cl.NON_2XX,
            False,
        ),
        (
            _raw(
                status=500,
                raised={"type": "KeyError", "clientsmith": False, "message": "'a'"},
            ),
            {},
            cl.CRASH,
            True,
        ),
        (
            _raw(raised={"type": "KeyError", "clientsmith": False, "message": "'a'"}),
            {"body_conforms": False},
            cl.CRASH,
            True,
        ),
        (
            _raw(
                sent=False,
                status=None,
                raised={"type": "TypeError", "clientsmith": False, "message": "bad"},
            ),
            {},
            cl.EXCEPTION_BEFORE_SEND,
            True,
        ),
        (
            _raw(
                status=None,
                raised={"type": "APITimeoutError", "clientsmith": True, "message": "t"},
            ),
            {},
            cl.TIMEOUT,
            False,
        ),
        (
            _raw(
                status=None,
                raised={
                    "type": "APIConnectionError",
                    "clientsmith": True,
                    "message": "refused",
                },
            ),
            {},
            cl.NO_RESPONSE,
            False,
        ),
        (
            _raw(
                status=404,
                body='{"type":"https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR"}',
            ),
            {"unroutable": True},
            cl.UNROUTABLE,
            False,
        ),
        ({"spec_unloadable": "prism exited"}, {}, cl.SPEC_UNLOADABLE, False),
        ({"prism_crash": "prism died"}, {}, cl.PRISM_CRASH, False),
        ({"generate_failed": "crash: X"}, {}, cl.GENERATE_FAILED, False),
        ({"missing": True}, {}, cl.NOT_GENERATED, False),
        ({"timeout": True}, {}, cl.TIMEOUT, False),
    ],
)
def test_classification(
    raw: dict[str, Any], kwargs: dict[str, Any], outcome: str, fault: bool
) -> None:
    got, got_fault, signature, _ = cl.classify(raw, **kwargs)
    assert (got, got_fault) == (outcome, fault)
    if outcome != cl.OK:
        assert signature


def test_peer_exceptions_after_a_2xx_are_rejections_not_crashes() -> None:
    raw = _raw(
        raised={"type": "KeyError", "clientsmith": False, "message": "'a'"},
        type_ok=None,
    )
    assert cl.classify(raw, body_conforms=False, peer=True)[:2] == (
        cl.RESPONSE_REJECTED,
        False,
    )


def test_signatures_group_calls_by_kind_of_failure() -> None:
    a = cl.exception_signature(
        {
            "type": "APIResponseValidationError",
            "message": "GET /pets/7 (getPet): 'x' bad 12\n [type=int_parsing]",
        }
    )
    b = cl.exception_signature(
        {
            "type": "APIResponseValidationError",
            "message": "GET /pets/8 (getPet): 'y' bad 13\n [type=int_parsing]",
        }
    )
    assert (
        a == b == "APIResponseValidationError: GET PATH (op): '…' bad N [int_parsing]"
    )
    assert cl.request_violations(_raw(sl_violations=VIOLATION)) == [
        "request.query.limit: must be integer"
    ]
    warning_only = json.dumps(
        [{"location": ["response", "body"], "severity": "Error", "message": "x"}]
    )
    assert cl.request_violations(_raw(sl_violations=warning_only)) == []


def test_prism_422_details_become_the_violations() -> None:
    body = json.dumps(
        {
            "type": "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
            "validation": [
                {
                    "location": ["query"],
                    "severity": "Error",
                    "message": "must have required property 'q'",
                }
            ],
        }
    )
    assert cl.request_violations(_raw(status=422, body=body)) == [
        "request.query: must have required property 'q'"
    ]
    routed = _raw(
        status=404,
        body='{"type":"https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR"}',
    )
    assert cl.request_violations(routed) == ["prism NO_PATH_MATCHED_ERROR"]


def test_summary_counts_faults_and_the_side_by_side(tmp_path: Path) -> None:
    calls = [
        cl.Call("clientsmith", "s", "GET /a", outcome=cl.OK),
        cl.Call(
            "clientsmith",
            "s",
            "GET /b",
            outcome=cl.RESPONSE_REJECTED,
            fault=True,
            signature="APIResponseValidationError: x",
        ),
        cl.Call("openapi-python-client", "s", "GET /a", outcome=cl.OK),
        cl.Call("openapi-python-client", "s", "GET /b", outcome=cl.OK),
    ]
    out = tmp_path / "c.jsonl"
    cl.write_jsonl(out, calls)
    assert cl.read_jsonl(out) == calls
    text = cl.summarize(calls)
    assert "client faults          1 (50.0%)" in text
    assert "response validation errors 1 (50.0%)" in text
    assert (
        "ok (2xx, value of the declared type)                  1                      2"
        in text
    )


# ---------------------------------------------------------------- code readers

CS_SOURCE = """
class PetsResource:
    def get_pet(self, pet_id, *, x_trace=None, body=None):
        return self._client.request(
            _operations().get_pet,
            path={"petId": pet_id},
            headers={"X-Trace": x_trace},
            body=body,
        )

class AsyncPetsResource:
    async def get_pet(self, pet_id):
        return await self._client.request(_operations().get_pet, path={"petId": other})
"""


def test_call_map_reads_wire_names_from_the_generated_method() -> None:
    assert call_map(CS_SOURCE) == {
        "get_pet": {
            "path": {"petId": "pet_id"},
            "query": {},
            "headers": {"X-Trace": "x_trace"},
            "cookies": {},
            "body": "body",
        }
    }


PEER_SOURCE = """
def _get_kwargs(pet_id: int, *, x_trace: str, status: list, body=None):
    headers = {}
    headers["X-Trace"] = x_trace
    params = {}
    json_status = status
    params["status"] = json_status
    _kwargs = {
        "method": "get",
        "url": "/pets/{pet_id}".format(pet_id=quote(str(pet_id), safe="")),
        "params": params,
    }
    return _kwargs
"""


def test_peer_operations_are_matched_by_method_and_url_template() -> None:
    method, url, mapping, path_args = describe(PEER_SOURCE)
    assert (method, url, path_args) == ("get", "/pets/{}", ["pet_id"])
    assert mapping == {("header", "X-Trace"): "x_trace", ("query", "status"): "status"}
    assert spec_template("/pets/{petId}") == url


def test_peer_converter_builds_typed_values() -> None:
    import datetime
    import enum

    class Color(enum.Enum):
        BLUE = "blue"

    class Model:
        @classmethod
        def from_dict(cls, d: dict[str, Any]) -> tuple[str, dict[str, Any]]:
            return ("model", d)

    class Types:
        Unset = type("Unset", (), {})
        File = None

    convert = Converter(Types)
    assert convert("blue", Color | Types.Unset) is Color.BLUE
    assert convert({"a": 1}, Model) == ("model", {"a": 1})
    assert convert(["blue"], list[Color]) == [Color.BLUE]
    assert convert("2024-01-02T03:04:05Z", datetime.datetime).tzinfo is not None
    with pytest.raises(ValueError):
        convert("x", int)


# ---------------------------------------------------------------- smoke


PRISM = ROOT / "node_modules" / ".bin" / "prism"


@pytest.mark.skipif(
    not PRISM.exists(), reason="node_modules/.bin/prism missing (npm install)"
)
def test_runner_smoke_on_petstore_against_prism(tmp_path: Path) -> None:
    out = tmp_path / "calls.jsonl"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "conformance.py"),
            "--specs",
            str(ROOT / "specs" / "petstore.yaml"),
            "--rev",
            "worktree",
            "--no-peer",
            "--timeout",
            "40",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=55,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    calls = cl.read_jsonl(out)
    sync = [c for c in calls if c.mode == "sync"]
    plan = build_plan(_yaml(ROOT / "specs" / "petstore.yaml"))
    assert sorted(c.operation for c in sync) == sorted(op["key"] for op in plan["ops"])
    assert {c.outcome for c in calls} <= set(cl.OUTCOMES)
    assert not [
        c
        for c in calls
        if c.outcome in (cl.RUNNER_ERROR, cl.SPEC_UNLOADABLE, cl.GENERATE_FAILED)
    ]
    assert sum(c.outcome == cl.OK for c in sync) >= len(sync) // 2
    assert "== clientsmith [sync]" in proc.stdout


def _yaml(path: Path) -> dict[str, Any]:
    import yaml

    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def test_only_validation_errors_count_as_response_validation_errors() -> None:
    def call(signature: str) -> cl.Call:
        return cl.Call(
            "clientsmith",
            "s",
            "GET /a",
            outcome=cl.RESPONSE_REJECTED,
            signature=signature,
        )

    assert cl.is_response_validation_error(
        call("APIResponseValidationError: GET PATH (op): x")
    )
    assert not cl.is_response_validation_error(
        call("PaginationError: GET PATH (op): repeated cursor")
    )
    assert not cl.is_response_validation_error(call("wrong type: dict: not a Pet"))


# ---------------------------------------------------------------- Stripe for Prism


def test_unexpand_keeps_only_the_unexpanded_alternative() -> None:
    customer_field: dict[str, Any] = {
        "anyOf": [
            {"type": "string", "maxLength": 5000},
            {"$ref": "#/components/schemas/customer"},
        ],
        "nullable": True,
        "x-expansionResources": {"oneOf": [{"$ref": "#/components/schemas/customer"}]},
    }
    only_refs: dict[str, Any] = {
        "anyOf": [{"$ref": "#/components/schemas/a"}],
        "x-expansionResources": {"oneOf": [{"$ref": "#/components/schemas/a"}]},
    }
    plain_any_of: dict[str, Any] = {
        "anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/card"}]
    }
    doc: dict[str, Any] = {
        "components": {
            "schemas": {
                "charge": {
                    "properties": {
                        "customer": customer_field,
                        "items": {"type": "array", "items": only_refs},
                        "source": plain_any_of,
                    }
                }
            }
        }
    }

    assert unexpand.unexpand(doc) == 1
    assert customer_field == {
        "anyOf": [{"type": "string", "maxLength": 5000}],
        "nullable": True,
    }
    # nothing to fall back to: left as it is
    assert only_refs["anyOf"] == [{"$ref": "#/components/schemas/a"}]
    assert "x-expansionResources" in only_refs
    # an anyOf that is not an expandable field is not Stripe's business
    assert len(plain_any_of["anyOf"]) == 2
