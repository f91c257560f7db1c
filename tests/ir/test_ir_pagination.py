"""OperationCompiler: declared (x-pagination) and detected pagination as PaginationIR."""

from __future__ import annotations

from typing import Any

from ir_build import codes, ok, operation_of, text

ITEM = {"type": "object", "properties": {"id": {"type": "string"}}}


def _query(*names: str) -> list[dict[str, Any]]:
    return [{"name": n, "in": "query", "schema": {"type": "string"}} for n in names]


def _list(
    body: dict[str, Any],
    *params: str,
    method: str = "get",
    declared: object = None,
) -> tuple[dict[str, object] | None, str, list[str]]:
    """The pagination arguments, call kind and diagnostic codes of one list operation."""
    op, diagnostics = operation_of(
        method,
        {
            "parameters": _query(*params),
            "responses": ok(body),
            **({} if declared is None else {"x-pagination": declared}),
        },
        path="/teams/{team}/members",
    )
    arguments = dict(op.pagination.arguments) if op.pagination else None
    return arguments, op.call, codes(diagnostics)


def _object(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def _array() -> dict[str, Any]:
    return {"type": "array", "items": ITEM}


def test_page_and_per_page_is_a_link_header() -> None:
    arguments, call, found = _list(_array(), "page", "per_page")
    assert arguments == {"style": "link_header", "items": ()}
    assert call == "paginate"
    assert "pagination-detected" in found


def test_page_with_a_total_pages_field() -> None:
    body = _object(members=_array(), other=_array(), total_pages={"type": "integer"})
    arguments, _, _ = _list(body, "page", "size")
    assert arguments == {
        "style": "page",
        # two arrays: the one named after the path's last segment holds the items
        "items": ("members",),
        "page_param": "page",
        "size_param": "size",
        "total_pages_field": ("total_pages",),
    }


def test_next_link_in_the_body() -> None:
    body = _object(data=_array(), links=_object(next={"type": "string"}))
    arguments, _, _ = _list(body)
    assert arguments == {
        "style": "next_link",
        "items": ("data",),
        "next_link": ("links", "next"),
    }


def test_a_bare_next_must_be_a_url_to_be_a_link() -> None:
    number = _object(data=_array(), next={"type": "integer"})
    assert _list(number)[0] is None
    url = _object(data=_array(), next={"type": "string", "format": "uri"})
    assert _list(url)[0] == {
        "style": "next_link",
        "items": ("data",),
        "next_link": ("next",),
    }


def test_cursor_field_with_the_parameter_taking_it_back() -> None:
    body = _object(items=_array(), next_cursor={"type": "string"})
    arguments, _, _ = _list(body, "cursor", "limit")
    assert arguments == {
        "style": "cursor",
        "items": ("items",),
        "cursor_field": ("next_cursor",),
        "cursor_param": "cursor",
    }


def test_stripe_has_more_after_the_last_item() -> None:
    body = _object(data=_array(), has_more={"type": "boolean"})
    arguments, _, _ = _list(body, "starting_after", "limit")
    assert arguments is not None
    assert arguments["style"] == "cursor"
    assert arguments["cursor_from_last_item"] == "id"
    assert arguments["has_more_field"] == ("has_more",)


def test_hal_embedded_items() -> None:
    body = _object(_links=_object(), _embedded=_object(items=_array()))
    arguments, _, _ = _list(body)
    assert arguments == {"style": "hal", "items": ("_embedded", "items")}


def test_offset_and_limit() -> None:
    arguments, _, _ = _list(_array(), "offset", "limit")
    assert arguments == {"style": "offset", "items": ()}


def test_nothing_detected_without_a_known_shape_or_on_post() -> None:
    assert _list(_array(), "q")[0] is None
    assert _list(_array(), "page", "per_page", method="post")[0] is None
    assert _list(_object(a=_array(), b=_array()), "page", "per_page")[0] is None


def test_declared_pagination_wins_and_false_turns_detection_off() -> None:
    declared = {"style": "cursor", "items": "data", "cursor_param": "after"}
    body = _object(data=_array())
    arguments, _, found = _list(body, "page", "per_page", declared=declared)
    assert arguments == {"style": "cursor", "items": ("data",), "cursor_param": "after"}
    assert "pagination-detected" not in found
    off, call, _ = _list(_array(), "page", "per_page", declared=False)
    assert (off, call) == (None, "request")


def test_invalid_declarations_are_diagnosed() -> None:
    bad_style, _, found = _list(_array(), declared={"style": "magic"})
    assert bad_style is None
    assert "pagination-invalid" in found
    declared = {"style": "offset", "limit_param": 5, "colour": "red"}
    arguments, _, more = _list(_array(), declared=declared)
    assert arguments == {"style": "offset"}
    assert more.count("pagination-invalid") == 2


def test_item_type_is_found_along_the_items_path() -> None:
    op, _ = operation_of(
        "get",
        {
            "operationId": "listMembers",
            "x-pagination": {"style": "offset", "items": "data"},
            "responses": ok(_object(data=_array())),
        },
    )
    assert op.pagination is not None
    assert text(op.pagination.item_type) == "ListMembersItem"
