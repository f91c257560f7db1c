"""Names after an ``<Group>_<Method>`` id that say their resource again, glued
path variables and date versions, and a tag's newer version (issue 13).

Shaped like the specs they were found in: PTV's and Visma's ASP.NET ids
(``Disruptions_GetAllDisruptions``, ``Attribute_GetAttributeByattributeId``),
CloudFront's ``ListDistributions2020_05_31``, Visma's ``PurchaseReceiptV2`` tag.
"""

from __future__ import annotations

import pytest
from gen_helpers import op, spec
from test_naming_rules import names

from clientsmith.generator.naming import (
    drop_repeated_name,
    is_mechanical,
    is_path_name,
    method_name,
    split_glued_variables,
    split_glued_version,
    split_words,
    strip_extension,
    versioned_tag_twins,
)


@pytest.mark.parametrize(
    ("name", "resource", "listing", "expected"),
    [
        # The whole name right after the verb (and a quantifier) goes.
        ("get_all_disruptions", ["disruptions"], True, "get_all"),
        ("get_disruptions_by_route", ["disruptions"], False, "get_by_route"),
        ("get_customer_balance_by_cd", ["customer"], False, "get_balance_by_cd"),
        ("get_specific_branch", ["branch"], False, "get_specific"),
        # A get-verb a plural leaves alone, for a listing, is ``list``.
        ("get_attributes", ["attribute"], True, "list"),
        ("get_attributes", ["attribute"], False, "get"),
        # After ``by``, before the key's words: ``by_id``, as for a variable.
        ("get_by_attribute_id", ["attribute"], False, "get_by_id"),
        ("get_by_account_cd", ["account"], False, "get_by_cd"),
        # ``for`` the resource itself, before ``by``, says nothing.
        (
            "get_all_contacts_for_customer_by_cd",
            ["customer"],
            False,
            "get_all_contacts_by_cd",
        ),
        # Nothing to drop: "".
        ("list_by_elastic_pool", ["elastic", "pools"], False, ""),  # says how
        ("create_endpoint", ["cdn", "endpoints"], False, ""),  # a part: its own
        ("disruptions", ["disruptions"], False, ""),  # no verb
        ("get_owner_pets", ["pets"], False, ""),  # after another noun
    ],
)
def test_drop_repeated_name(
    name: str, resource: list[str], listing: bool, expected: str
) -> None:
    assert drop_repeated_name(name, resource, listing=listing) == expected


def test_is_path_name_spots_an_rpc_methods_own_name() -> None:
    assert is_path_name("dnd_endDnd", "/dnd.endDnd")
    assert is_path_name("chat_postMessage", "/chat.postMessage")
    assert not is_path_name("Disruptions_GetAllDisruptions", "/v3/disruptions")
    assert not is_path_name("getPet", "/")


def test_split_glued_variables() -> None:
    path = "/attribute/{attributeId}"
    assert split_glued_variables("Attribute_GetAttributeByattributeId", path) == (
        "Attribute_GetAttributeByAttributeId"
    )
    two = "/kits/{kitInventoryID}/{revisionID}"
    assert split_glued_variables("Kits_GetBykitInventoryIDrevisionID", two) == (
        "Kits_GetByKitInventoryIDRevisionID"
    )
    # Not a variable glued after a short capitalised word: left as it is.
    assert split_glued_variables("getUsername", "/users/{name}") == "getUsername"
    assert split_glued_variables("getPetById", "/pets/{id}") == "getPetById"
    assert split_glued_variables("GetByName", "/pets/{Name}") == "GetByName"


def test_split_glued_version_reads_a_date_version() -> None:
    path = "/2020-05-31/distribution"
    assert split_glued_version("ListDistributions2020_05_31", path) == (
        "ListDistributions_20200531"
    )
    assert split_glued_version("ListDistributions20200531", path) == (
        "ListDistributions_20200531"
    )
    # Another date, or no date in the path: left as it is.
    assert split_glued_version("ListDistributions2019_03_26", path) == (
        "ListDistributions2019_03_26"
    )
    assert split_glued_version("Report2020_05_31", "/reports") == "Report2020_05_31"


def test_versioned_tag_twins() -> None:
    operations = [
        ("PurchaseReceipt", "/api/v1/PurchaseReceipt"),
        ("PurchaseReceipt", "/api/v1/PurchaseReceipt/{n}"),
        ("PurchaseReceiptV2", "/api/v2/PurchaseReceipt"),
        ("SalesOrder", "/api/v1/salesorder"),
        ("SalesOrderV2", "/api/v2/salesorder/{n}"),  # one word in the path
        # The plain tag also has a v2 path: not an older version.
        ("Stock", "/api/v1/stock"),
        ("Stock", "/api/v2/stock/{id}"),
        ("StockV2", "/api/v2/stock"),
        # No plain twin: kept (``product_version_tags`` names it).
        ("InvoiceV2", "/api/v2/invoice"),
        # Kubernetes' ``apps_v1`` names a group above its version: not one.
        ("apps_v1", "/apis/apps/v1/deployments"),
        ("apps", "/apis/apps/"),
    ]
    assert versioned_tag_twins(operations) == {
        "PurchaseReceiptV2": "PurchaseReceipt",
        "SalesOrderV2": "SalesOrder",
    }


def test_asp_net_group_ids_that_repeat_their_resource() -> None:
    # PTV Timetable API: ``<Group>_<Method>``, the method saying its group again.
    doc = spec(
        {
            "/v3/disruptions": {"get": op("Disruptions_GetAllDisruptions")},
            "/v3/disruptions/modes": {"get": op("Disruptions_GetDisruptionModes")},
            "/v3/disruptions/route/{route_id}": {
                "get": op("Disruptions_GetDisruptionsByRoute")
            },
            "/v3/disruptions/{disruption_id}": {
                "get": op("Disruptions_GetDisruptionById")
            },
            "/v3/departures/stop/{stop_id}": {"get": op("Departures_GetForStop")},
        },
        tags=[{"name": "Disruptions"}, {"name": "Departures"}],
    )
    for item in doc["paths"].values():
        for operation in item.values():
            operation["tags"] = [operation["operationId"].split("_")[0]]
    assert names(doc) == {
        # were ``get_all_disruptions``, ``get_disruption_modes`` ...
        "GET /v3/disruptions": "disruptions.get_all",
        "GET /v3/disruptions/modes": "disruptions.get_modes",
        "GET /v3/disruptions/route/{route_id}": "disruptions.get_by_route",
        "GET /v3/disruptions/{disruption_id}": "disruptions.get_by_id",
        "GET /v3/departures/stop/{stop_id}": "departures.get_for_stop",
    }


def test_visma_ids_with_glued_variables_and_a_newer_tag() -> None:
    doc = spec(
        {
            "/api/v1/attribute": {
                "get": op("Attribute_GetAttributes", tags=["Attribute"]),
            },
            "/api/v1/attribute/{attributeId}": {
                "get": op("Attribute_GetAttributeByattributeId", tags=["Attribute"]),
                "put": op("Attribute_PutByattributeId", tags=["Attribute"]),
            },
            "/api/v1/customer/{customerCd}/contact": {
                "get": op(
                    "Customer_GetAllContactsForCustomerBycustomerCd",
                    tags=["Customer"],
                ),
            },
            "/api/v1/salesorder": {
                "get": op("SalesOrder_GetAllOrders", tags=["SalesOrder"]),
                "post": op("SalesOrder_Post", tags=["SalesOrder"]),
            },
            "/api/v1/salesorder/{orderNbr}/print": {
                "get": op("SalesOrder_PrintSalesOrderByorderNbr", tags=["SalesOrder"]),
            },
            "/api/v2/salesorder": {
                "get": op("SalesOrderV2_GetAllOrders", tags=["SalesOrderV2"]),
                "post": op("SalesOrderV2_Post", tags=["SalesOrderV2"]),
            },
        }
    )
    assert names(doc) == {
        # were ``get_attributes``, ``get_attribute_byattribute_id``, ...
        "GET /api/v1/attribute": "attribute.list",
        "GET /api/v1/attribute/{attributeId}": "attribute.get_by_id",
        "PUT /api/v1/attribute/{attributeId}": "attribute.put_by_id",
        "GET /api/v1/customer/{customerCd}/contact": "customer.get_all_contacts_by_cd",
        # ``sales_order_v2`` was a resource of its own; the newest version
        # keeps the plain names, the older one says its version.
        "GET /api/v2/salesorder": "sales_order.get_all_orders",
        "POST /api/v2/salesorder": "sales_order.post",
        "GET /api/v1/salesorder": "sales_order.get_all_orders_v1",
        "POST /api/v1/salesorder": "sales_order.post_v1",
        "GET /api/v1/salesorder/{orderNbr}/print": "sales_order.print_by_order_nbr",
    }


def test_cloudfront_date_versions_leave_method_names() -> None:
    doc = spec(
        {
            "/2020-05-31/distribution": {
                "get": op("ListDistributions2020_05_31", tags=["Distribution"]),
                "post": op("CreateDistribution2020_05_31", tags=["Distribution"]),
            },
            "/2020-05-31/distribution/{Id}/copy": {
                "post": op("CopyDistribution2020_05_31", tags=["Distribution"]),
            },
        }
    )
    assert names(doc) == {
        # were ``list_distributions2020_05_31`` ...
        "GET /2020-05-31/distribution": "distribution.list",
        "POST /2020-05-31/distribution": "distribution.create",
        "POST /2020-05-31/distribution/{Id}/copy": "distribution.copy",
    }


def test_slack_rpc_names_and_github_scopes_keep_their_words() -> None:
    doc = spec(
        {
            "/dnd.endDnd": {"post": op("dnd_endDnd", tags=["dnd"])},
            "/dnd.endSnooze": {"post": op("dnd_endSnooze", tags=["dnd"])},
            "/repos/{owner}/{repo}/lfs": {
                "delete": op("repos/disable-lfs-for-repo", tags=["repos"]),
            },
        }
    )
    assert names(doc) == {
        "POST /dnd.endDnd": "dnd.end_dnd",  # Slack's method, as slack_sdk
        "POST /dnd.endSnooze": "dnd.end_snooze",
        "DELETE /repos/{owner}/{repo}/lfs": "repos.disable_lfs_for_repo",  # octokit's
    }


def test_one_items_call_keeps_the_verb_and_the_manys_says_so() -> None:
    # Stream Chat: ``DeleteUsers`` (many, by body) beside ``DeleteUser`` (one).
    doc = spec(
        {
            "/users/delete": {"post": op("DeleteUsers", tags=["Users"])},
            "/users/deactivate": {"post": op("DeactivateUsers", tags=["Users"])},
            "/users/restore": {"post": op("RestoreUsers", tags=["Users"])},
            "/users": {"get": op("QueryUsers", tags=["Users"])},
            "/users/{user_id}": {"delete": op("DeleteUser", tags=["Users"])},
            "/users/{user_id}/deactivate": {
                "post": op("DeactivateUser", tags=["Users"])
            },
        }
    )
    assert names(doc) == {
        # were ``users.delete`` and ``users.delete_user`` ...
        "POST /users/delete": "users.delete_many",
        "DELETE /users/{user_id}": "users.delete",
        "POST /users/deactivate": "users.deactivate_many",
        "POST /users/{user_id}/deactivate": "users.deactivate",
        "POST /users/restore": "users.restore",  # no one-item twin
        "GET /users": "users.query",
    }


def test_a_name_left_with_a_preposition_gets_its_methods_verb() -> None:
    # SportsData: untagged, the path names the resource.
    doc = spec(
        {
            "/{format}/Teams": {"get": op("TeamsActive")},
            "/{format}/Teams/{season}": {"get": op("TeamsBySeason")},
            "/{format}/Scores/{season}": {"get": op("ScoresBySeason")},
        }
    )
    assert names(doc) == {
        "GET /{format}/Teams": "teams.active",
        # were ``teams.teams_by_season``, ``scores.scores_by_season``
        "GET /{format}/Teams/{season}": "teams.get_by_season",
        "GET /{format}/Scores/{season}": "scores.get_by_season",
    }


def test_springfox_twins_say_their_method_after_the_tidy_name() -> None:
    # Etherpad: every call is served as GET and POST.
    doc = spec(
        {
            "/createAuthor": {
                "get": op("createAuthorUsingGET", tags=["author"]),
                "post": op("createAuthorUsingPOST", tags=["author"]),
            },
            "/getAuthorName": {
                "get": op("getAuthorNameUsingGET", tags=["author"]),
                "post": op("getAuthorNameUsingPOST", tags=["author"]),
            },
        }
    )
    assert names(doc) == {
        "GET /createAuthor": "author.create",
        # was ``author.create_author``
        "POST /createAuthor": "author.create_using_post",
        "GET /getAuthorName": "author.get_name",
        "POST /getAuthorName": "author.get_name_using_post",
    }


def test_trailing_slash_twins_and_ids_as_written_before_numbers() -> None:
    doc = spec(
        {
            # peoplegeneratorapi: each path with and without a trailing slash.
            "/api/person/age": {"get": op("age_1", tags=["person"])},
            "/api/person/age/": {"get": op("age", tags=["person"])},
            # Kumpeapps: one call under two paths, the second id says ``auth``.
            "/appkey": {"put": op("appkey_put", tags=["authentication"])},
            "/authentication/appkey": {
                "put": op("auth_appkey_put", tags=["authentication"])
            },
        }
    )
    assert names(doc) == {
        # were ``age_2`` / ``age`` and ``appkey_put_2``
        "GET /api/person/age": "person.age",
        "GET /api/person/age/": "person.age_slash",
        "PUT /appkey": "authentication.appkey_put",
        "PUT /authentication/appkey": "authentication.auth_appkey_put",
    }


def test_a_short_word_glued_in_lower_case_after_an_acronym() -> None:
    # Zuora's ``GET_RSbyCreditMemoItem``: ``RS`` then ``by``, not ``R`` + ``Sby``.
    assert split_words("GET_RSbyCreditMemoItem") == [
        "GET",
        "RS",
        "by",
        "Credit",
        "Memo",
        "Item",
    ]
    assert method_name("POST_RSforInvoiceItem") == "post_rs_for_invoice_item"
    # Other words after an acronym are cut as before.
    assert method_name("getAPIKeys") == "get_api_keys"
    assert method_name("IoTSpaces_List") == "iot_spaces_list"


def test_a_variable_extension_is_not_part_of_a_name() -> None:
    # BC Government's router: ``/directions.{outputFormat}`` (json, xml, ...).
    assert strip_extension("directions.{outputFormat}") == "directions"
    assert strip_extension("Messages.json") == "Messages"
    doc = spec(
        {
            "/directions.{outputFormat}": {"get": op(tags=["directions"])},
            "/distance/betweenPairs.{outputFormat}": {"get": op(tags=["distance"])},
        }
    )
    assert names(doc) == {
        # were ``get_output_format``, ``get_between_pairs_output_format``
        "GET /directions.{outputFormat}": "directions.list",
        "GET /distance/betweenPairs.{outputFormat}": "distance.list_between_pairs",
    }


@pytest.mark.parametrize(
    ("operation_id", "method", "path"),
    [
        # Trello: the plain segments, then ``By`` and each variable.
        ("getActionsBoardByIdAction", "get", "/actions/{idAction}/board"),
        ("getActionsByIdActionByField", "get", "/actions/{idAction}/{field}"),
        ("updateBoardsByIdBoard", "put", "/boards/{idBoard}"),  # ``update`` for PUT
        ("addBoardsLabelsByIdBoard", "post", "/boards/{idBoard}/labels"),
        # HubSpot: the method and the whole URL's path, below a server path.
        ("get-/crm/v3/extensions/cards/{appId}", "get", "/{appId}"),
    ],
)
def test_ids_that_only_spell_method_and_path(
    operation_id: str, method: str, path: str
) -> None:
    assert is_mechanical(operation_id, method, path)


def test_ids_that_say_more_than_the_path_are_not_mechanical() -> None:
    assert not is_mechanical("archiveBoard", "post", "/boards/{idBoard}")
    assert not is_mechanical("updateBoardsByIdBoard", "get", "/boards/{idBoard}")
    assert not is_mechanical("get-/crm/v3/cards/{appId}/x", "get", "/{appId}")


def test_trello_and_hubspot_mechanical_ids_get_crud_names() -> None:
    doc = spec(
        {
            "/actions/{idAction}": {
                "get": op("getActionsByIdAction", tags=["action"]),
                "put": op("updateActionsByIdAction", tags=["action"]),
            },
            "/actions/{idAction}/board": {
                "get": op("getActionsBoardByIdAction", tags=["action"])
            },
            "/actions/{idAction}/board/{field}": {
                "get": op("getActionsBoardByIdActionByField", tags=["action"])
            },
            "/{appId}": {
                "get": op("get-/crm/v3/extensions/cards/{appId}", tags=["cards"]),
            },
        }
    )
    assert names(doc) == {
        "GET /actions/{idAction}": "action.get",
        "PUT /actions/{idAction}": "action.update",  # was ``update_by_id``
        # were ``get_board_by_id``, ``get_board_by_id_action_by_field``
        "GET /actions/{idAction}/board": "action.get_board",
        "GET /actions/{idAction}/board/{field}": "action.get_board_by_field",
        # was ``cards.get_crm_extensions_cards_app_id``
        "GET /{appId}": "cards.get",
    }


def test_a_services_method_named_in_the_path() -> None:
    # EPA's ECHO services: every call served as GET and POST, no operationIds.
    doc = spec(
        {
            "/air_rest_services.get_facilities": {
                "get": op(tags=["facilities"]),
                "post": op(tags=["facilities"]),
            },
            "/air_rest_services.get_qid": {
                "get": op(tags=["facilities"]),
                "post": op(tags=["facilities"]),
            },
            "/brands/popular.atom": {"get": op(tags=["brands"])},  # a file
        }
    )
    assert names(doc) == {
        # were ``list_air_rest_services_get_facilities`` ...
        "GET /air_rest_services.get_facilities": "facilities.list",
        "POST /air_rest_services.get_facilities": "facilities.list_using_post",
        "GET /air_rest_services.get_qid": "facilities.get_qid",
        "POST /air_rest_services.get_qid": "facilities.get_qid_using_post",
        "GET /brands/popular.atom": "brands.get_popular",
    }


def test_a_version_only_the_tag_says_is_not_the_resources() -> None:
    doc = spec(
        {
            # Stream: ``Permissions V2`` for paths that say no version.
            "/permissions": {"get": op("ListPermissions", tags=["Permissions V2"])},
            "/roles": {"get": op("ListRoles", tags=["Permissions V2"])},
            # Bungie: the path says ``GroupV2`` too: the service's name, kept.
            "/GroupV2/GetAvailableThemes/": {
                "get": op("GroupV2.GetAvailableThemes", tags=["GroupV2"])
            },
        }
    )
    assert names(doc) == {
        # were ``permissions_v2.list``, ``permissions_v2.list_roles``
        "GET /permissions": "permissions.list",
        "GET /roles": "permissions.list_roles",
        "GET /GroupV2/GetAvailableThemes/": "group_v2.get_available_themes",
    }


def test_ptv_names_that_would_lead_with_a_preposition() -> None:
    doc = spec(
        {
            "/v3/directions/route/{route_id}": {
                "get": op("Directions_ForRoute", tags=["Directions"])
            },
            "/v3/directions/{direction_id}": {
                "get": op("Directions_ForDirection", tags=["Directions"])
            },
            "/v3/stops/location/{latitude},{longitude}": {
                "get": op("Stops_StopsByGeolocation", tags=["Stops"])
            },
            "/v3/stops/{stop_id}/route_type/{route_type}": {
                "get": op("Stops_StopDetails", tags=["Stops"])
            },
        }
    )
    assert names(doc) == {
        # were ``for_route``, ``for_direction``, ``stops_by_geolocation``
        "GET /v3/directions/route/{route_id}": "directions.get_for_route",
        "GET /v3/directions/{direction_id}": "directions.get",
        "GET /v3/stops/location/{latitude},{longitude}": "stops.get_by_geolocation",
        "GET /v3/stops/{stop_id}/route_type/{route_type}": "stops.stop_details",
    }


def test_versioned_tag_twins_read_tags_with_no_words() -> None:
    # A tag of symbols only names nothing; it is neither a twin nor a crash.
    operations = [
        ("!!!", "/a"),
        ("🐶", "/v2/orders"),
        ("Orders", "/v1/orders"),
        ("OrdersV2", "/v2/orders"),
    ]
    assert versioned_tag_twins(operations) == {"OrdersV2": "Orders"}
