"""Diff rules on hand-written surfaces: one rule per test, no spec or IR needed.

``test_diff.py`` builds its surfaces from specs through the IR; these cases
reach the rules a spec rarely produces (pagination rules, a positional
parameter turned keyword-only, an enum member renamed, literal types).
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from clientsmith.generator.diff import compare_surfaces, type_relation
from clientsmith.generator.surface import Surface

METHOD: dict[str, Any] = {
    "positional": [{"name": "book_id", "type": "int"}],
    "keyword": {"fields": {"type": "str | None", "required": False}},
    "returns": "Book",
    "pagination": None,
    "errors": {"404": "NotFound"},
    "deprecated": False,
    "http": "GET /books/{book_id}",
}
BOOK: dict[str, Any] = {
    "kind": "object",
    "uses": ["out"],
    "module": "books",
    "fields": {"title": {"type": "str", "required": True, "nullable": False}},
    "extra": None,
}
COLOR: dict[str, Any] = {
    "kind": "enum",
    "uses": ["in", "out"],
    "base": "str",
    "values": {"red": "RED", "green": "GREEN"},
}


def surface(method: dict[str, Any], **models: dict[str, Any]) -> Surface:
    return {
        "package": "shop",
        "client": {"class": "Shop", "async_class": "AsyncShop", "arguments": {}},
        "resources": {"books": {"class": "BooksResource"}},
        "methods": {"books.get": method},
        "models": {"Book": BOOK, "Color": COLOR, **models},
    }


def diff(old: Surface, new: Surface) -> list[tuple[str, str, bool, str]]:
    return [
        (c.kind, c.where, c.breaking, c.message) for c in compare_surfaces(old, new)
    ]


def changed_method(**changes: Any) -> list[tuple[str, str, bool, str]]:
    return diff(surface(METHOD), surface({**METHOD, **changes}))


def test_the_same_surface_has_no_changes() -> None:
    assert diff(surface(METHOD), surface(copy.deepcopy(METHOD))) == []


def test_a_new_pagination_rule_is_a_patch() -> None:
    paged = {**METHOD, "returns": "SyncPage[Book]", "pagination": {"rule": "page"}}
    new = {**paged, "pagination": {"rule": "cursor"}}
    assert diff(surface(paged), surface(new)) == [
        (
            "pagination-changed",
            "books.get",
            False,
            "pagination rule changed (how pages are fetched, not what they hold)",
        )
    ]


def test_pagination_added_names_both_return_types() -> None:
    ((kind, where, breaking, message),) = changed_method(
        returns="SyncPage[Book]", pagination={"rule": "page"}
    )
    assert (kind, where, breaking) == ("pagination-added", "books.get", True)
    assert message == "now paginated: returns `SyncPage[Book]` instead of `Book`"


def test_a_positional_parameter_made_keyword_only_is_a_move() -> None:
    moved = changed_method(
        positional=[],
        keyword={**METHOD["keyword"], "book_id": {"type": "int", "required": True}},
    )
    assert moved == [
        (
            "parameter-moved",
            "books.get(book_id)",
            True,
            "positional parameter `book_id` is now keyword-only",
        )
    ]


def test_a_keyword_parameter_made_positional_is_a_move() -> None:
    moved = changed_method(
        positional=[*METHOD["positional"], {"name": "fields", "type": "str"}],
        keyword={},
    )
    assert [(k, w, b) for k, w, b, _ in moved] == [
        ("parameter-moved", "books.get(fields)", True)
    ]


def test_error_body_rules() -> None:
    changes = changed_method(errors={"404": "Missing", "409": "Conflict"})
    assert [(k, b) for k, _, b, _ in changes] == [
        ("error-added", False),
        ("error-type-changed", True),
    ]
    assert (
        diff(surface({**METHOD, "errors": {}}), surface(METHOD))[0][0] == "error-added"
    )
    assert changed_method(errors={})[0][:3] == ("error-removed", "books.get", True)


def test_deprecation_both_ways_is_a_patch() -> None:
    assert changed_method(deprecated=True)[0][:3] == (
        "method-deprecated",
        "books.get",
        False,
    )
    assert diff(surface({**METHOD, "deprecated": True}), surface(METHOD))[0][0] == (
        "method-undeprecated"
    )


def test_an_enum_member_renamed_for_the_same_value_is_breaking() -> None:
    renamed = {**COLOR, "values": {"red": "SCARLET", "green": "GREEN"}}
    old = surface(METHOD)
    assert diff(old, surface(METHOD, Color=renamed)) == [
        (
            "enum-member-renamed",
            "Color.SCARLET",
            True,
            "enum member `RED` renamed to `SCARLET` (same value)",
        )
    ]


def test_integer_enum_values_are_shown_without_quotes() -> None:
    numbers = {**COLOR, "base": "int", "values": {"1": "ONE"}}
    more = {**numbers, "values": {"1": "ONE", "2": "TWO"}}
    assert diff(surface(METHOD, Color=numbers), surface(METHOD, Color=more)) == [
        ("enum-value-added", "Color.TWO", False, "enum value `2` added")
    ]


def field_change(
    before: dict[str, Any], after: dict[str, Any], uses: list[str]
) -> list[tuple[str, bool, str]]:
    old = {**BOOK, "uses": uses, "fields": {"title": before}}
    new = {**BOOK, "uses": uses, "fields": {"title": after}}
    return [
        (k, b, m)
        for k, w, b, m in diff(surface(METHOD, Book=old), surface(METHOD, Book=new))
    ]


REQUIRED = {"type": "str", "required": True, "nullable": False}
NULLABLE = {"type": "str | None", "required": True, "nullable": True}
OPTIONAL = {"type": "str", "required": False, "nullable": False}


@pytest.mark.parametrize(
    ("before", "after", "uses", "expected"),
    [
        (
            REQUIRED,
            OPTIONAL,
            ["out"],
            ("field-optional", True, " (readers may now get None)"),
        ),
        (REQUIRED, OPTIONAL, ["in"], ("field-optional", False, "")),
        (
            NULLABLE,
            {**OPTIONAL, "type": "str | None"},
            ["out"],
            ("field-optional", False, ""),
        ),
        (
            OPTIONAL,
            REQUIRED,
            ["in"],
            ("field-required", True, " (callers that build this model must set it)"),
        ),
        (OPTIONAL, REQUIRED, ["out"], ("field-required", False, "")),
        (
            REQUIRED,
            NULLABLE,
            ["out"],
            ("field-nullable", True, " (readers may now get None)"),
        ),
        (REQUIRED, NULLABLE, ["in"], ("field-nullable", False, "")),
        (
            NULLABLE,
            REQUIRED,
            ["in"],
            ("field-not-nullable", True, " (callers may no longer send None)"),
        ),
        (NULLABLE, REQUIRED, ["out"], ("field-not-nullable", False, "")),
    ],
)
def test_field_presence_rules(
    before: dict[str, Any],
    after: dict[str, Any],
    uses: list[str],
    expected: tuple[str, bool, str],
) -> None:
    kind, breaking, why = expected
    ((found_kind, found_breaking, message),) = field_change(before, after, uses)
    assert (found_kind, found_breaking) == (kind, breaking)
    assert message.endswith(why) if why else "(" not in message


def test_an_optional_field_turning_nullable_changes_nothing_callers_see() -> None:
    optional_nullable = {**OPTIONAL, "type": "str | None", "nullable": True}
    assert field_change(OPTIONAL, optional_nullable, ["in", "out"]) == []


@pytest.mark.parametrize(
    ("old", "new", "relation"),
    [
        ("Literal['a', 'b']", "str", "wider"),
        ("Literal[1, -2]", "int", "wider"),
        ("Literal[1]", "float", "wider"),
        ("Literal['a']", "int", "changed"),
        ("Literal[1]", "str", "changed"),
        ("Literal[1]", "bool", "changed"),
        ("Literal['a']", "Literal['a', 'b']", "wider"),
        ("Literal['a', 'c']", "Literal['a', 'b']", "changed"),
        ("list[Literal['a']]", "list[str]", "wider"),
        ("dict[str, int]", "dict[str, float]", "wider"),
        ("tuple[int, int]", "tuple[int]", "changed"),
        ("bool", "int", "wider"),
        ("int", "Any", "wider"),
    ],
)
def test_literal_and_container_relations(old: str, new: str, relation: str) -> None:
    assert type_relation(old, new) == relation
