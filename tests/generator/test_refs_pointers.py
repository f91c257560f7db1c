"""One module owns JSON pointers and references: escaping, percent-encoding, chains, cycles."""

from __future__ import annotations

from typing import Any

import pytest

from clientsmith.generator.diagnostics import pointer_join
from clientsmith.generator.overlay import _inline_path_item_refs
from clientsmith.generator.refs import (
    RefError,
    canonical_ref,
    escape_token,
    follow_refs,
    iter_refs,
    resolve_pointer,
    split_pointer,
    unescape_token,
)

DOCUMENT: dict[str, Any] = {
    "paths": {
        "/pets/{id}": {"get": {"operationId": "getPet"}},
        "/a~b": {"$ref": "#/components/pathItems/Shared"},
    },
    "components": {
        "pathItems": {"Shared": {"get": {"operationId": "shared"}}},
        "schemas": {
            "Pet": {"type": "object"},
            "Alias": {"$ref": "#/components/schemas/Pet"},
            "AliasOfAlias": {"$ref": "#/components/schemas/Alias"},
            "Self": {"$ref": "#/components/schemas/Self"},
            "Ping": {"$ref": "#/components/schemas/Pong"},
            "Pong": {"$ref": "#/components/schemas/Ping"},
            # The same ref spelt with percent-encoding: still a loop.
            "Spelt": {"$ref": "#/components/schemas/%53pelt"},
            "Away": {"$ref": "other.yaml#/Pet"},
            "Nowhere": {"$ref": "#/components/schemas/Missing"},
            "a/b~c": {"type": "string"},
        },
    },
}


@pytest.mark.parametrize(
    ("text", "token"),
    [("a/b", "a~1b"), ("a~b", "a~0b"), ("~1", "~01"), ("/~", "~1~0"), ("", "")],
)
def test_tokens_escape_and_unescape(text: str, token: str) -> None:
    assert escape_token(text) == token
    assert unescape_token(token) == text
    assert split_pointer(pointer_join("", text, "x")) == [text, "x"]


def test_escape_order_follows_rfc_6901() -> None:
    # "~01" is "~1" (unescape ~1 first, then ~0), not "/".
    assert unescape_token("~01") == "~1"
    assert split_pointer("/~01") == ["~1"]


def test_percent_encoding_is_decoded_in_fragments_only() -> None:
    assert split_pointer("#/paths/~1pets~1%7Bid%7D") == ["paths", "/pets/{id}"]
    assert split_pointer("/paths/%7Bid%7D") == ["paths", "%7Bid%7D"]
    target = resolve_pointer(DOCUMENT, "#/paths/~1pets~1%7Bid%7D/get")
    assert target == {"operationId": "getPet"}
    assert resolve_pointer(DOCUMENT, "#/components/schemas/a~1b~0c") == {
        "type": "string"
    }


def test_canonical_ref_spells_one_ref_one_way() -> None:
    assert canonical_ref("#/paths/~1pets~1%7Bid%7D") == "#/paths/~1pets~1{id}"
    assert canonical_ref("#/components/schemas/%53pelt") == "#/components/schemas/Spelt"
    assert canonical_ref("#") == "#"
    with pytest.raises(RefError):
        canonical_ref("other.yaml#/Pet")
    with pytest.raises(RefError):
        canonical_ref("#components")


def schema(name: str) -> Any:
    return DOCUMENT["components"]["schemas"][name]


def test_follow_refs_ends_chains_and_reports_where() -> None:
    pet = schema("Pet")
    assert follow_refs(DOCUMENT, schema("AliasOfAlias")) == (
        pet,
        "#/components/schemas/Pet",
    )
    assert follow_refs(DOCUMENT, pet, "#/here") == (pet, "#/here")
    assert follow_refs(DOCUMENT, "text") == ("text", "")


@pytest.mark.parametrize("name", ["Self", "Ping", "Pong", "Spelt", "Away", "Nowhere"])
def test_follow_refs_refuses_loops_external_and_dangling_refs(name: str) -> None:
    assert follow_refs(DOCUMENT, schema(name)) is None


def test_long_chains_are_taken_for_loops() -> None:
    from clientsmith.generator.refs import MAX_REF_CHAIN

    document: dict[str, Any] = {
        f"s{i}": {"$ref": f"#/s{i + 1}"} for i in range(MAX_REF_CHAIN + 1)
    }
    document[f"s{MAX_REF_CHAIN + 1}"] = {"type": "string"}
    assert follow_refs(document, document["s1"]) is not None
    assert follow_refs(document, document["s0"]) is None


def test_ref_sites_carry_escaped_pointers() -> None:
    sites = {site.pointer: site.ref for site in iter_refs(DOCUMENT)}
    assert sites["/paths/~1a~0b"] == "#/components/pathItems/Shared"
    assert sites["/components/schemas/Self"] == "#/components/schemas/Self"


def test_overlay_inlines_path_item_refs_and_stops_on_loops() -> None:
    document: dict[str, Any] = {
        "paths": {
            "/shared": {"$ref": "#/components/pathItems/A"},
            "/loop": {"$ref": "#/components/pathItems/Loop"},
        },
        "components": {
            "pathItems": {
                "A": {"$ref": "#/components/pathItems/B"},
                "B": {"get": {"operationId": "b"}},
                "Loop": {"$ref": "#/components/pathItems/Loop"},
            }
        },
    }
    _inline_path_item_refs(document)
    paths = document["paths"]
    assert paths["/shared"] == {"get": {"operationId": "b"}}
    assert paths["/shared"] is not document["components"]["pathItems"]["B"]
    assert paths["/loop"] == {"$ref": "#/components/pathItems/Loop"}


def test_webhooks_follow_shared_path_items() -> None:
    from clientsmith.generator.spec.parse import parse_document

    shared = parse_document(DOCUMENT).paths[1]
    assert [op.operation_id for op in shared.operations] == ["shared"]
    assert shared.target == "#/components/pathItems/Shared"
    looping = parse_document({"webhooks": {"w": schema("Ping")}, **DOCUMENT})
    assert looping.webhooks[0].operations == ()
    assert looping.webhooks[0].fault is not None
