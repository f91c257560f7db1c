"""API change reports: each change kind, its classification, semver, rendering.

Surfaces are built from small specs through the real IR stage, so these tests
also pin how the IR maps onto the surface (positional path parameters,
keyword-only query parameters and bodies, model directions...).
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from gen_helpers import spec

from clientsmith.generator.builder import build_package
from clientsmith.generator.config import GeneratorConfig, config_from_mapping
from clientsmith.generator.diagnostics import Diagnostics, GeneratorError
from clientsmith.generator.diff import (
    Change,
    Level,
    Report,
    bump_version,
    compare_surfaces,
    type_relation,
)
from clientsmith.generator.surface import Surface, build_surface, surface_text


def surface_of(document: dict[str, Any], **config: Any) -> Surface:
    package = build_package(
        document,
        GeneratorConfig(package_name=config.pop("package_name", "api"), **config),
        Diagnostics(),
        spec_source="test",
    )
    return build_surface(package)


def changes(old: dict[str, Any], new: dict[str, Any], **config: Any) -> list[Change]:
    return compare_surfaces(surface_of(old, **config), surface_of(new, **config))


def found(old: dict[str, Any], new: dict[str, Any]) -> dict[tuple[str, str], bool]:
    """(kind, where) -> breaking, for every change from ``old`` to ``new``."""
    return {(c.kind, c.where): c.breaking for c in changes(old, new)}


def json_op(schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """An operation answering ``schema`` as JSON."""
    return {
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": schema}},
            }
        },
        **extra,
    }


def body_op(schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """An operation sending ``schema`` as a JSON body, answering nothing."""
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": schema}},
        },
        "responses": {"204": {"description": "done"}},
        **extra,
    }


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


BOOK: dict[str, Any] = {
    "type": "object",
    "required": ["title"],
    "properties": {"title": {"type": "string"}, "pages": {"type": "integer"}},
}


def books(
    book: dict[str, Any] | None = None,
    *,
    sent: bool = False,
    paths: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A spec whose ``Book`` model is received (``GET /books/{id}``) or sent,
    with ``paths`` added."""
    operation = (
        body_op(ref("Book"), operationId="putBook", tags=["books"])
        if sent
        else json_op(ref("Book"), operationId="getBook", tags=["books"])
    )
    return spec(
        {"/books/{id}": {"parameters": [ID], ("put" if sent else "get"): operation}}
        | (paths or {}),
        {"Book": book or copy.deepcopy(BOOK)},
    )


ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}


def param(name: str, schema: dict[str, Any], required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": schema}


def with_params(*params: dict[str, Any]) -> dict[str, Any]:
    return spec(
        {
            "/books/{id}": {
                "get": json_op(
                    {"type": "string"},
                    operationId="getBook",
                    tags=["books"],
                    parameters=[ID, *params],
                )
            }
        }
    )


# --- resources and methods --------------------------------------------------------


def test_identical_specs_have_no_changes() -> None:
    assert changes(books(), books()) == []
    assert Report(()).semver == "none"


def test_method_removed_is_breaking_and_added_is_not() -> None:
    old = books(
        paths={
            "/books": {
                "get": json_op(
                    {"type": "string"}, operationId="listBooks", tags=["books"]
                )
            }
        }
    )
    assert found(old, books()) == {("method-removed", "books.list"): True}
    assert found(books(), old) == {("method-added", "books.list"): False}


def test_resource_removed_is_breaking_and_added_is_not_methods_not_repeated() -> None:
    old = books(
        paths={
            "/authors": {
                "get": json_op(
                    {"type": "string"}, operationId="listAuthors", tags=["authors"]
                )
            }
        }
    )
    assert found(old, books()) == {("resource-removed", "authors"): True}
    assert found(books(), old) == {("resource-added", "authors"): False}


def test_method_rename_of_the_same_operation_is_one_breaking_change() -> None:
    new = books()
    new["paths"]["/books/{id}"]["get"]["operationId"] = "fetchBook"
    assert found(books(), new) == {("method-renamed", "books.get"): True}
    (change,) = changes(books(), new)
    assert change.message == "method renamed to `books.fetch` (`GET /books/{id}`)"


def test_a_method_that_moves_to_another_path_is_a_removal_and_an_addition() -> None:
    new = books()
    new["paths"]["/volumes/{id}"] = new["paths"].pop("/books/{id}")
    new["paths"]["/volumes/{id}"]["get"]["operationId"] = "fetchBook"
    kinds = found(books(), new)
    assert kinds[("method-removed", "books.get")] is True
    assert ("method-renamed", "books.get") not in kinds


def test_deprecating_a_method_is_a_patch() -> None:
    new = books()
    new["paths"]["/books/{id}"]["get"]["deprecated"] = True
    (change,) = changes(books(), new)
    assert (change.kind, change.breaking, change.level) == (
        "method-deprecated",
        False,
        "patch",
    )


# --- parameters -------------------------------------------------------------------


def test_required_keyword_parameter_added_is_breaking_optional_is_not() -> None:
    old = with_params()
    assert found(old, with_params(param("q", {"type": "string"}, True))) == {
        ("parameter-added", "books.get(q)"): True
    }
    assert found(old, with_params(param("q", {"type": "string"}))) == {
        ("parameter-added", "books.get(q)"): False
    }


def test_keyword_parameter_removed_is_breaking() -> None:
    assert found(with_params(param("q", {"type": "string"})), with_params()) == {
        ("parameter-removed", "books.get(q)"): True
    }


def test_parameter_becoming_required_is_breaking_becoming_optional_is_not() -> None:
    optional = with_params(param("q", {"type": "string"}))
    required = with_params(param("q", {"type": "string"}, True))
    assert found(optional, required) == {("parameter-required", "books.get(q)"): True}
    assert found(required, optional) == {("parameter-optional", "books.get(q)"): False}


def test_parameter_type_narrowed_is_breaking_widened_is_not() -> None:
    number = with_params(param("q", {"type": "number"}))
    integer = with_params(param("q", {"type": "integer"}))
    assert found(number, integer) == {("parameter-type-changed", "books.get(q)"): True}
    assert found(integer, number) == {("parameter-type-changed", "books.get(q)"): False}
    text = with_params(param("q", {"type": "string"}))
    assert found(integer, text) == {("parameter-type-changed", "books.get(q)"): True}


def test_positional_parameter_renamed_is_breaking() -> None:
    new = books()
    new["paths"] = {"/books/{book_id}": new["paths"].pop("/books/{id}")}
    new["paths"]["/books/{book_id}"]["parameters"] = [dict(ID, name="book_id")]
    assert found(books(), new) == {
        ("parameter-removed", "books.get(id)"): True,
        ("parameter-added", "books.get(book_id)"): True,
    }


def test_positional_parameters_reordered_is_breaking() -> None:
    def two(order: list[str]) -> dict[str, Any]:
        path = "/a/{x}/b/{y}" if order == ["x", "y"] else "/a/{y}/b/{x}"
        return spec(
            {
                path: {
                    "get": json_op(
                        {"type": "string"},
                        operationId="get",
                        tags=["things"],
                        parameters=[
                            {
                                "name": n,
                                "in": "path",
                                "required": True,
                                "schema": {"type": "string"},
                            }
                            for n in order
                        ],
                    )
                }
            }
        )

    assert found(two(["x", "y"]), two(["y", "x"])) == {
        ("parameter-order-changed", "things.get"): True
    }


# --- returns, pagination, errors ---------------------------------------------------


def test_return_type_widened_is_breaking_narrowed_is_not() -> None:
    def returning(schema: dict[str, Any]) -> dict[str, Any]:
        return spec({"/n": {"get": json_op(schema, operationId="getN", tags=["n"])}})

    integer, number = returning({"type": "integer"}), returning({"type": "number"})
    assert found(integer, number) == {("return-type-changed", "n.get"): True}
    assert found(number, integer) == {("return-type-changed", "n.get"): False}


def test_pagination_added_or_removed_is_breaking() -> None:
    items = {"type": "array", "items": {"type": "string"}}

    def listing(params: list[str]) -> dict[str, Any]:
        return spec(
            {
                "/things": {
                    "get": json_op(
                        items,
                        operationId="listThings",
                        tags=["things"],
                        parameters=[param(p, {"type": "integer"}) for p in params],
                    )
                }
            }
        )

    plain, paged = listing(["n"]), listing(["n", "offset", "limit"])
    kinds = found(plain, paged)
    assert kinds[("pagination-added", "things.list")] is True
    assert ("return-type-changed", "things.list") not in kinds
    assert found(paged, plain)[("pagination-removed", "things.list")] is True


def test_typed_error_added_is_not_breaking_removed_is() -> None:
    error = {"type": "object", "properties": {"message": {"type": "string"}}}
    old = books()
    new = books()
    new["components"]["schemas"]["Problem"] = error
    new["paths"]["/books/{id}"]["get"]["responses"]["404"] = {
        "description": "missing",
        "content": {"application/json": {"schema": ref("Problem")}},
    }
    assert found(old, new) == {
        ("error-added", "books.get"): False,
        ("model-added", "Problem"): False,
    }
    assert found(new, old) == {
        ("error-removed", "books.get"): True,
        ("model-removed", "Problem"): True,
    }


# --- models --------------------------------------------------------------------------


def test_field_removed_is_breaking() -> None:
    book = copy.deepcopy(BOOK)
    del book["properties"]["pages"]
    assert found(books(), books(book)) == {("field-removed", "Book.pages"): True}


def test_field_added_breaks_only_callers_that_build_the_model_when_required() -> None:
    book = copy.deepcopy(BOOK)
    book["properties"]["isbn"] = {"type": "string"}
    book["required"] = ["title", "isbn"]
    # Received only: a new required field is one more thing to read.
    assert found(books(), books(book)) == {("field-added", "Book.isbn"): False}
    # Sent: callers constructing Book must now pass it.
    assert found(books(sent=True), books(book, sent=True)) == {
        ("field-added", "Book.isbn"): True
    }
    book["required"] = ["title"]
    assert found(books(sent=True), books(book, sent=True)) == {
        ("field-added", "Book.isbn"): False
    }


def test_field_required_and_optional_depend_on_direction() -> None:
    optional = copy.deepcopy(BOOK)
    optional["required"] = []
    assert found(books(), books(optional)) == {("field-optional", "Book.title"): True}
    assert found(books(optional), books()) == {("field-required", "Book.title"): False}
    assert found(books(sent=True), books(optional, sent=True)) == {
        ("field-optional", "Book.title"): False
    }
    assert found(books(optional, sent=True), books(sent=True)) == {
        ("field-required", "Book.title"): True
    }


def test_field_nullable_depends_on_direction() -> None:
    nullable = copy.deepcopy(BOOK)
    nullable["properties"]["title"]["nullable"] = True
    assert found(books(), books(nullable)) == {("field-nullable", "Book.title"): True}
    assert found(books(sent=True), books(nullable, sent=True)) == {
        ("field-nullable", "Book.title"): False
    }
    assert found(books(nullable, sent=True), books(sent=True)) == {
        ("field-not-nullable", "Book.title"): True
    }


def test_field_type_change_depends_on_direction() -> None:
    wider = copy.deepcopy(BOOK)
    wider["properties"]["pages"] = {"type": "number"}
    # Received: a number where an int was read -> breaking; sent: accepts more.
    assert found(books(), books(wider)) == {("field-type-changed", "Book.pages"): True}
    assert found(books(sent=True), books(wider, sent=True)) == {
        ("field-type-changed", "Book.pages"): False
    }
    assert found(books(wider, sent=True), books(sent=True)) == {
        ("field-type-changed", "Book.pages"): True
    }
    text = copy.deepcopy(BOOK)
    text["properties"]["pages"] = {"type": "string"}
    assert found(books(), books(text)) == {("field-type-changed", "Book.pages"): True}


def test_model_used_both_ways_breaks_on_any_type_change() -> None:
    both = books(
        paths={
            "/books": {
                "post": body_op(ref("Book"), operationId="addBook", tags=["books"])
            }
        }
    )
    wider_book = copy.deepcopy(BOOK)
    wider_book["properties"]["pages"] = {"type": "number"}
    wider = books(
        wider_book,
        paths={
            "/books": {
                "post": body_op(ref("Book"), operationId="addBook", tags=["books"])
            }
        },
    )
    assert found(both, wider) == {("field-type-changed", "Book.pages"): True}
    assert found(wider, both) == {("field-type-changed", "Book.pages"): True}


def test_model_removed_is_breaking_added_is_not() -> None:
    old = books()
    old["components"]["schemas"]["Unused"] = {"type": "object", "properties": {}}
    assert found(old, books()) == {("model-removed", "Unused"): True}
    assert found(books(), old) == {("model-added", "Unused"): False}


def test_model_kind_changed_is_breaking() -> None:
    old, new = books(), books()
    old["components"]["schemas"]["Mode"] = {"type": "string", "enum": ["a", "b"]}
    new["components"]["schemas"]["Mode"] = {
        "type": "object",
        "properties": {"a": {"type": "string"}},
    }
    assert found(old, new) == {("model-kind-changed", "Mode"): True}


def test_enum_value_removed_is_breaking_added_is_not_renamed_member_is() -> None:
    def with_enum(values: list[str]) -> dict[str, Any]:
        doc = books()
        doc["components"]["schemas"]["Mode"] = {"type": "string", "enum": values}
        return doc

    assert found(with_enum(["a", "b"]), with_enum(["a"])) == {
        ("enum-value-removed", "Mode.B"): True
    }
    assert found(with_enum(["a"]), with_enum(["a", "b"])) == {
        ("enum-value-added", "Mode.B"): False
    }
    (change,) = changes(with_enum(["a"]), with_enum(["a", "b"]))
    assert change.level == "minor" and "'b'" in change.message


def test_alias_type_change_depends_on_direction() -> None:
    def with_alias(schema: dict[str, Any]) -> dict[str, Any]:
        return spec(
            {"/n": {"get": json_op(ref("Count"), operationId="getN", tags=["n"])}},
            {"Count": {"type": "array", "items": schema}},
        )

    assert found(with_alias({"type": "integer"}), with_alias({"type": "number"})) == {
        ("alias-type-changed", "Count"): True
    }
    assert found(with_alias({"type": "number"}), with_alias({"type": "integer"})) == {
        ("alias-type-changed", "Count"): False
    }


def test_additional_properties_type_change() -> None:
    typed = copy.deepcopy(BOOK)
    typed["additionalProperties"] = {"type": "integer"}
    free = copy.deepcopy(BOOK)
    free["additionalProperties"] = {"type": "number"}
    assert found(books(typed), books(free)) == {("model-extra-changed", "Book"): True}
    assert found(books(free), books(typed)) == {("model-extra-changed", "Book"): False}


def test_model_renamed_with_the_same_shape_breaks_imports_not_methods() -> None:
    """A shared inline schema takes its name from the first operation using it:
    removing that operation renames the model (import breaks), while methods
    that return it still give the same shape (a patch-level note)."""
    problem = {"type": "object", "properties": {"message": {"type": "string"}}}

    def erroring(first: bool) -> dict[str, Any]:
        def operation(operation_id: str) -> dict[str, Any]:
            return json_op(
                {"type": "string"},
                operationId=operation_id,
                tags=["things"],
                responses={
                    "200": {"description": "ok"},
                    "503": {"$ref": "#/components/responses/unavailable"},
                },
            )

        paths = {"/a": {"get": operation("getA")}} if first else {}
        paths["/b"] = {"get": operation("getB")}
        return spec(
            paths,
            components={
                "responses": {
                    "unavailable": {
                        "description": "unavailable",
                        "content": {"application/json": {"schema": problem}},
                    }
                }
            },
        )

    old, new = surface_of(erroring(True)), surface_of(erroring(False))
    (old_name,) = [m for m in old["models"] if m.endswith("Error503")]
    (new_name,) = [m for m in new["models"] if m.endswith("Error503")]
    assert old_name != new_name  # the naming behaviour this guards against
    kinds = {
        (c.kind, c.where): (c.breaking, c.level) for c in compare_surfaces(old, new)
    }
    assert kinds == {
        ("method-removed", "things.get_a"): (True, "major"),
        ("model-removed", old_name): (True, "major"),
        ("model-added", new_name): (False, "minor"),
        ("error-type-changed", "things.get_b"): (False, "patch"),
    }
    # A model of another shape under the new name is a real change.
    new["models"][new_name]["fields"]["code"] = {
        "type": "int",
        "required": True,
        "nullable": False,
        "wire": "code",
    }
    breaking = {(c.kind, c.where): c.breaking for c in compare_surfaces(old, new)}
    assert breaking[("error-type-changed", "things.get_b")] is True


# --- client -------------------------------------------------------------------------


BEARER = {"bearer": {"type": "http", "scheme": "bearer"}}


def test_auth_argument_removed_is_breaking_added_is_not() -> None:
    secured = books()
    secured["components"]["securitySchemes"] = BEARER
    secured["security"] = [{"bearer": []}]
    assert found(secured, books()) == {
        ("client-argument-removed", "Client(token)"): True
    }
    assert found(books(), secured) == {
        ("client-argument-added", "Client(token)"): False
    }


def test_environment_variable_change_is_breaking() -> None:
    old = surface_of(books())
    new = surface_of(books(), env_prefix="LIBRARY_")
    kinds = {(c.kind, c.where): c.breaking for c in compare_surfaces(old, new)}
    assert kinds == {
        ("client-argument-env-changed", "Client(base_url)"): True,
        ("client-argument-env-changed", "Client(environment)"): True,
    }


def test_environment_removed_is_breaking_added_is_not() -> None:
    live = {"url": "https://api.example.com", "description": "Live"}
    sandbox = {"url": "https://sandbox.example.com"}
    one, two = books(), books()
    one["servers"], two["servers"] = [live], [live, sandbox]
    assert found(two, one) == {
        ("environment-removed", "Client(environment='sandbox')"): True
    }
    assert found(one, two) == {
        ("environment-added", "Client(environment='sandbox')"): False
    }


def test_client_and_package_renames_are_breaking() -> None:
    old = surface_of(books())
    new = surface_of(books(), client_name="Library", package_name="library")
    kinds = {(c.kind, c.where): c.breaking for c in compare_surfaces(old, new)}
    assert kinds[("package-renamed", "library")] is True
    assert kinds[("client-renamed", "Library")] is True
    assert kinds[("client-renamed", "AsyncLibrary")] is True


def test_base_url_change_is_a_patch() -> None:
    new = books()
    new["servers"] = [{"url": "https://v2.example.com"}]
    (change,) = changes(books(), new)
    assert (change.kind, change.breaking, change.level) == (
        "base-url-changed",
        False,
        "patch",
    )


def test_spec_version_and_content_changes_are_patches() -> None:
    old, new = surface_of(books()), surface_of(books())
    new["spec"] = {"version": old["spec"]["version"], "hash": "other"}
    (change,) = compare_surfaces(old, new)
    assert (change.kind, change.level) == ("spec-changed", "patch")
    new["spec"] = {"version": "2", "hash": "other"}
    (change,) = compare_surfaces(old, new)
    assert change.kind == "spec-version-changed"  # spec-changed only when alone


# --- types, semver, versions -----------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "relation"),
    [
        ("int", "int", "same"),
        ("int", "float", "wider"),
        ("float", "int", "narrower"),
        ("str", "int", "changed"),
        ("str", "str | None", "wider"),
        ("str | int", "int | str", "same"),
        ("list[int]", "list[float]", "wider"),
        ("list[int]", "dict[str, int]", "changed"),
        ("Literal['a', 'b']", "Literal['a']", "narrower"),
        ("Literal['a']", "str", "wider"),
        ("Literal['a|b', 'c']", "Literal['c', 'a|b']", "same"),
        ("str", "Any", "wider"),
        ("Pet", "Animal", "changed"),
        # runtime aliases compare by the values they admit
        ("bytes", "FileField", "wider"),
        ("list[bytes] | None", "list[FileField] | None", "wider"),
        ("FileField", "bytes", "narrower"),
        ("FileField", "str", "changed"),
    ],
)
def test_type_relation(old: str, new: str, relation: str) -> None:
    assert type_relation(old, new) == relation


def test_semver_is_the_highest_level() -> None:
    def change(level: Level) -> Change:
        return Change("k", level == "major", "w", "m", level)

    assert Report((change("patch"), change("minor"))).semver == "minor"
    assert Report((change("patch"), change("major"), change("minor"))).semver == "major"
    assert Report((change("patch"),)).semver == "patch"


@pytest.mark.parametrize(
    ("previous", "level", "bumped"),
    [
        ("1.4.2", "major", "2.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("1.4.2", "patch", "1.4.3"),
        ("1.4.2", "none", "1.4.2"),
        ("v2", "minor", "2.1.0"),
        ("1.0.0rc1", "patch", "1.0.1"),
        ("2022-11-28", "minor", "2022.1.0"),
        ("latest", "minor", None),
    ],
)
def test_bump_version(previous: str, level: Any, bumped: str | None) -> None:
    assert bump_version(previous, level) == bumped


# --- rendering -------------------------------------------------------------------------


def test_json_shape_and_markdown_order() -> None:
    old = books(
        paths={
            "/authors": {
                "get": json_op(
                    {"type": "string"}, operationId="listAuthors", tags=["authors"]
                )
            }
        }
    )
    new = with_params(param("q", {"type": "string"}))
    report = Report.between(surface_of(old), surface_of(new))
    data = report.as_json()
    assert set(data) == {"semver", "changes"} and data["semver"] == "major"
    for entry in data["changes"]:
        assert set(entry) == {"kind", "breaking", "where", "message"}
    assert json.loads(json.dumps(data)) == data
    text = report.markdown()
    assert text.index("### Breaking changes") < text.index("### Other changes")
    assert "- `authors`: resource removed (1 method(s))" in text
    assert "`books.get(q)`" in text


def test_markdown_code_spans_survive_backticks() -> None:
    report = Report(
        (
            Change(
                "enum-value-added", False, "Mode.X", "enum value ``a`b`` added", "minor"
            ),
        )
    )
    assert "- `Mode.X`: enum value ``a`b`` added" in report.markdown()
    assert Report(()).markdown().endswith("No changes to the client's API.\n")


def test_summary_is_capped_with_a_count() -> None:
    many = tuple(
        Change("model-added", False, f"M{i}", "model added", "minor") for i in range(25)
    )
    lines = Report(
        (*many, Change("model-removed", True, "Gone", "model removed", "major"))
    ).summary(20)
    assert len(lines) == 21
    assert lines[0].split()[:2] == ["BREAKING", "Gone:"]  # breaking first
    assert lines[-1] == "  ... and 6 more (--report FILE lists all)"


def test_surface_text_is_sorted_and_stable() -> None:
    surface = surface_of(books())
    text = surface_text(surface)
    assert text == surface_text(json.loads(text))
    assert list(json.loads(text)) == sorted(surface)
    # One line per method and per model: a regeneration's diff names them.
    lines = text.splitlines()
    assert any(line.startswith('  "books.get": {') for line in lines)
    assert any(line.startswith('  "Book": {"extra": ') for line in lines)
    assert len(lines) == len(surface) + 2 + sum(
        len(surface[k]) + 1 for k in ("methods", "models", "resources")
    )


def test_config_versioning_keys_are_validated() -> None:
    config = config_from_mapping(
        {"versioning": "semver", "version": "1.2.0"}, source="c.yaml"
    )
    assert (config.versioning, config.version) == ("semver", "1.2.0")
    with pytest.raises(GeneratorError) as info:
        config_from_mapping({"versioning": "calver", "version": "one"}, source="c.yaml")
    messages = [d.message for d in info.value.diagnostics]
    assert any("'versioning' must be" in m for m in messages)
    assert any("'version' must be a release number" in m for m in messages)


def test_spec_text_in_messages_is_escaped() -> None:
    """A path with control characters cannot break the Markdown list or reach
    a terminal raw."""
    old, new = surface_of(books()), surface_of(books())
    old["methods"]["books.get"]["http"] = "GET /a\x1b[31m\n- fake item"
    del new["methods"]["books.get"]
    report = Report.between(old, new)
    text = report.markdown() + "\n".join(report.summary())
    assert "\x1b" not in text
    assert "\\x1b[31m\\x0a- fake item" in text
    assert not any(line.startswith("- fake") for line in text.splitlines())
