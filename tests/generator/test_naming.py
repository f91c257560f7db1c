"""Naming: one pass decides every Python name."""

from __future__ import annotations

from pathlib import Path

import pytest
from gen_helpers import generate, op, run_python, spec

from clientsmith.generator.naming import Namespace, class_name, snake_name


@pytest.mark.parametrize(
    ("text", "snake", "pascal"),
    [
        ("petId", "pet_id", "PetId"),
        ("HTTPServer", "http_server", "HTTPServer"),
        ("class", "class_", "Class"),
        ("list", "list_", "List"),
        ("2fa", "value_2fa", "Model2fa"),
        ("Café Crème", "cafe_creme", "CafeCreme"),
        ("user-name", "user_name", "UserName"),
        ("__import__('os')", "import_os", "ImportOs"),
        ("../etc/passwd", "etc_passwd", "EtcPasswd"),
        ("日本", "u65e5_u672c", "U65e5U672c"),
        ("", "value", "Model"),
    ],
)
def test_sanitiser(text: str, snake: str, pascal: str) -> None:
    assert snake_name(text) == snake
    assert class_name(text) == pascal
    assert snake_name(text).isidentifier() and class_name(text).isidentifier()


def test_builtins_kept_for_fields_unless_they_shadow_annotation_types() -> None:
    assert snake_name("id", keep_builtins=True) == "id"
    assert snake_name("type", keep_builtins=True) == "type"
    assert snake_name("str", keep_builtins=True) == "str_"
    assert snake_name("id") == "id_"


def test_namespace_dedupes_deterministically() -> None:
    ns = Namespace({"self"})
    assert [ns.claim(n) for n in ("a", "a", "self", "a")] == [
        "a",
        "a_2",
        "self_2",
        "a_3",
    ]
    classes = Namespace()
    assert [classes.claim(n) for n in ("Pet", "Pet")] == ["Pet", "Pet2"]


def test_generated_names_for_awkward_specs(tmp_path: Path) -> None:
    doc = spec(
        {
            "/items/{id}": {
                "get": op(
                    "getItem",
                    tags=["items"],
                    parameters=[
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "id", "in": "query", "schema": {"type": "string"}},
                        {"name": "class", "in": "query", "schema": {"type": "string"}},
                        {"name": "2nd", "in": "header", "schema": {"type": "integer"}},
                        {
                            "name": "timeout",
                            "in": "query",
                            "schema": {"type": "number"},
                        },
                    ],
                ),
            },
            "/other/items": {"get": op("getItem", tags=["items"])},
            # no word of its path tells it apart (``/third/items`` would be
            # ``get_third``): every candidate is taken
            "/items/": {"get": op("getItem", tags=["items"])},
            "/misc": {"get": op("getItem", tags=["Ünïcode tag"])},
            "/nothing": {"post": op(None, tags=["items"])},
        },
        {
            "Model": {
                "type": "object",
                "properties": {
                    "model_fields": {"type": "string"},
                    "json": {"type": "string"},
                    "a-b": {"type": "string"},
                    "a_b": {"type": "string"},
                    "from": {"type": "string"},
                },
            },
            "model": {"type": "object", "properties": {"x": {"type": "integer"}}},
            "Any": {"type": "string"},
        },
    )
    result, diagnostics = generate(doc, tmp_path)
    collisions = [d for d in diagnostics if d.code == "name-collision"]
    # ``get`` first; the same operationId again keeps more words (``get_item``);
    # only a third, with every candidate taken, gets a number and a warning
    assert len(collisions) == 1 and "'get_2'" in collisions[0].message
    items = result.files["api/resources/items.py"]
    assert "def get(" in items and "def get_item(" in items and "def get_2(" in items
    assert "def nothing(" in items  # POST /nothing, no operationId: named by its path
    # the same name in two locations is qualified by location
    assert "id_path: str," in items and "id_query: str | NotGiven" in items
    assert "class_: str | NotGiven" in items
    assert "value_2nd: int | NotGiven" in items
    assert "timeout_2: float | NotGiven" in items  # runtime keyword kept free
    assert "resources/unicode_tag.py" in " ".join(result.files)
    code = (
        "from api.models import Model, Model2, Any2\n"
        "m = Model.model_validate({'model_fields': 'f', 'json': 'j', 'a-b': '1', 'a_b': '2', 'from': 'x'})\n"
        "print(m.model_fields_, m.json_, m.a_b, m.a_b_2, m.from_)\n"
        "print(sorted(m.model_dump(by_alias=True, exclude_unset=True)))\n"
    )
    out = run_python(code, tmp_path).splitlines()
    assert out[0] == "f j 1 2 x"
    assert out[1] == "['a-b', 'a_b', 'from', 'json', 'model_fields']"
