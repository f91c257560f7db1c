"""The OpenAPI 3 style/explode table, per location (pure functions)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid

import pydantic
import pytest

from clientsmith import Param
from clientsmith._params import (
    cookie_pairs,
    encode_query,
    expand_path_param,
    header_value,
    jsonable,
    query_pairs,
    scalar_text,
)

ARRAY = [3, 4, 5]
OBJECT = {"role": "admin", "firstName": "Alex"}


# The table from the OpenAPI 3.1 spec, section "Style Examples".
@pytest.mark.parametrize(
    ("style", "explode", "value", "expected"),
    [
        ("simple", False, 5, "5"),
        ("simple", True, 5, "5"),
        ("simple", False, ARRAY, "3,4,5"),
        ("simple", True, ARRAY, "3,4,5"),
        ("simple", False, OBJECT, "role,admin,firstName,Alex"),
        ("simple", True, OBJECT, "role=admin,firstName=Alex"),
        ("label", False, 5, ".5"),
        ("label", True, 5, ".5"),
        ("label", False, ARRAY, ".3,4,5"),
        ("label", True, ARRAY, ".3.4.5"),
        ("label", False, OBJECT, ".role,admin,firstName,Alex"),
        ("label", True, OBJECT, ".role=admin.firstName=Alex"),
        ("matrix", False, 5, ";id=5"),
        ("matrix", True, 5, ";id=5"),
        ("matrix", False, ARRAY, ";id=3,4,5"),
        ("matrix", True, ARRAY, ";id=3;id=4;id=5"),
        ("matrix", False, OBJECT, ";id=role,admin,firstName,Alex"),
        ("matrix", True, OBJECT, ";role=admin;firstName=Alex"),
    ],
)
def test_path_styles(style: str, explode: bool, value: object, expected: str) -> None:
    assert (
        expand_path_param(Param("id", "path", style=style, explode=explode), value)
        == expected
    )


@pytest.mark.parametrize(
    ("style", "explode", "value", "expected"),
    [
        ("form", None, 5, "id=5"),
        ("form", True, 5, "id=5"),
        ("form", False, ARRAY, "id=3,4,5"),
        ("form", True, ARRAY, "id=3&id=4&id=5"),
        ("form", None, ARRAY, "id=3&id=4&id=5"),
        ("form", False, OBJECT, "id=role,admin,firstName,Alex"),
        ("form", True, OBJECT, "role=admin&firstName=Alex"),
        ("spaceDelimited", False, ARRAY, "id=3%204%205"),
        ("spaceDelimited", True, ARRAY, "id=3&id=4&id=5"),
        ("pipeDelimited", False, ARRAY, "id=3|4|5"),
        ("pipeDelimited", True, ARRAY, "id=3&id=4&id=5"),
        ("deepObject", True, OBJECT, "id[role]=admin&id[firstName]=Alex"),
        ("deepObject", True, {"a": {"b": 1}}, "id[a][b]=1"),
    ],
)
def test_query_styles(
    style: str, explode: bool | None, value: object, expected: str
) -> None:
    param = Param("id", "query", style=style, explode=explode)
    assert encode_query(query_pairs(param, value)) == expected


def test_query_values_are_percent_encoded_unless_allow_reserved() -> None:
    assert (
        encode_query(query_pairs(Param("q", "query"), "a b&c=d/é"))
        == "q=a%20b%26c%3Dd%2F%C3%A9"
    )
    reserved = Param("q", "query", allow_reserved=True)
    assert encode_query(query_pairs(reserved, "a/b?c")) == "q=a/b?c"


def test_query_none_is_omitted_and_json_params_are_json_text() -> None:
    assert query_pairs(Param("q", "query"), None) == []
    assert encode_query(
        query_pairs(Param("f", "query", json=True), {"a": [1, True]})
    ) == ("f=%7B%22a%22%3A%5B1%2Ctrue%5D%7D")


@pytest.mark.parametrize(
    ("explode", "value", "expected"),
    [
        (False, 5, "5"),
        (False, ARRAY, "3,4,5"),
        (False, OBJECT, "role,admin,firstName,Alex"),
        (True, OBJECT, "role=admin,firstName=Alex"),
    ],
)
def test_header_simple(explode: bool, value: object, expected: str) -> None:
    assert header_value(Param("X-Id", "header", explode=explode), value) == expected


def test_header_none_is_omitted() -> None:
    assert header_value(Param("X-Id", "header"), None) is None


@pytest.mark.parametrize(
    ("explode", "value", "expected"),
    [
        (None, 5, [("id", "5")]),
        (False, ARRAY, [("id", "3,4,5")]),
        (True, ARRAY, [("id", "3"), ("id", "4"), ("id", "5")]),
        (False, OBJECT, [("id", "role,admin,firstName,Alex")]),
        (True, OBJECT, [("role", "admin"), ("firstName", "Alex")]),
        (None, "a b;c", [("id", "a%20b%3Bc")]),
    ],
)
def test_cookie_form(
    explode: bool | None, value: object, expected: list[tuple[str, str]]
) -> None:
    assert cookie_pairs(Param("id", "cookie", explode=explode), value) == expected


class Kind(enum.Enum):
    CAT = "cat"


class Filter(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(populate_by_name=True)

    kind: Kind
    min_age: int | None = pydantic.Field(default=None, alias="minAge")
    name: str | None = None


def test_models_are_dumped_by_alias_excluding_unset() -> None:
    param = Param("filter", "query", style="deepObject", explode=True)
    value = Filter(kind=Kind.CAT, min_age=2)
    assert (
        encode_query(query_pairs(param, value)) == "filter[kind]=cat&filter[minAge]=2"
    )
    assert jsonable(value) == {"kind": "cat", "minAge": 2}


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (True, "true"),
        (False, "false"),
        (Kind.CAT, "cat"),
        (dt.date(2024, 1, 2), "2024-01-02"),
        (
            dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc),
            "2024-01-02T03:04:05+00:00",
        ),
        (uuid.UUID(int=1), "00000000-0000-0000-0000-000000000001"),
        (1.5, "1.5"),
    ],
)
def test_scalar_text(value: object, text: str) -> None:
    assert scalar_text(value) == text


def test_path_values_are_fully_encoded() -> None:
    simple = Param("id", "path")
    assert expand_path_param(simple, "a/b") == "a%2Fb"
    assert expand_path_param(simple, "..") == "%2E%2E"
    assert expand_path_param(simple, ".") == "%2E"
    assert expand_path_param(simple, "a.b") == "a.b"
    assert expand_path_param(simple, "x?y#z") == "x%3Fy%23z"
    assert (
        expand_path_param(Param("id", "path", json=True), {"a": 1})
        == "%7B%22a%22%3A1%7D"
    )
