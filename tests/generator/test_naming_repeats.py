"""Method names that do not repeat their resource's words (issue 13, the lint's
repeats): each rule checked on the IR of a small spec, and on its function."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from gen_helpers import op, spec
from test_naming_rules import names

from clientsmith.generator.naming import (
    discovery_api,
    discovery_resources,
    django_rest_split,
    drop_group_prefix,
    drop_path_resource,
    drop_resource_words,
    is_django_rest,
    is_mechanical,
    lead_qualified_names,
    shared_id_prefixes,
    spells_resource,
    split_words,
    without_framework_suffix,
    without_path_prefix,
    without_shared_prefix,
)

ROOT = Path(__file__).resolve().parents[2]


def tagged(operation_id: str | None, tag: str) -> dict[str, Any]:
    return op(operation_id, tags=[tag])


# -- Google discovery ids --------------------------------------------------------


def test_google_discovery_ids_nest_as_googles_clients() -> None:
    doc = spec(
        {
            "/v1/{name}": {
                "patch": op("apphub.projects.locations.applications.workloads.patch"),
                "get": op("apphub.projects.locations.operations.get"),
            },
            "/v1/{parent}/applications": {
                "get": op("apphub.projects.locations.applications.list"),
            },
            "/v1/{name}:lookup": {"get": op("apphub.projects.locations.lookup")},
            "/v1:estimate": {"post": op("apphub.estimateCost")},
        }
    )
    assert names(doc) == {
        # not ``v1.apphub_projects_locations_applications_workloads_patch``
        "PATCH /v1/{name}": "projects.locations.applications.workloads.patch",
        "GET /v1/{name}": "projects.locations.operations.get",
        "GET /v1/{parent}/applications": "projects.locations.applications.list",
        "GET /v1/{name}:lookup": "projects.locations.lookup",
        # a method of the API itself: in a resource named after the API
        "POST /v1:estimate": "apphub.estimate_cost",
    }


def test_discovery_ids_need_one_api_and_a_resource_between() -> None:
    assert discovery_api(["drive.files.list", "drive.about.get"]) == "drive"
    # Slack's ids: no common first part
    assert discovery_api(["conversations.list", "chat.postMessage"]) is None
    # one API but never a resource between
    assert discovery_api(["api.list", "api.get"]) is None
    assert discovery_api(["drive.files.list", "listFiles"]) is None
    assert discovery_resources("drive.files.list", "drive") == ["files"]
    assert discovery_resources("drive.estimate", "drive") == ["drive"]
    assert discovery_resources("other.files.list", "drive") == []


def test_slack_ids_are_not_discovery_ids() -> None:
    doc = spec(
        {
            "/conversations.list": {"get": op("conversations.list")},
            "/admin.users.list": {"post": op("admin.users.list")},
        }
    )
    # each path is its own resource, not ``conversations`` and ``users`` below ``admin``
    assert names(doc) == {
        "GET /conversations.list": "conversations_list.get",
        "POST /admin.users.list": "admin_users_list.create",
    }


# -- a resource named by a tag, deeper in a path ------------------------------------


def test_crud_names_lose_the_resources_segment_and_namespaces() -> None:
    doc = spec(
        {
            "/stats": {"get": tagged("GET_stats", "Stats")},
            "/browsers/stats": {"get": tagged("GET_browsers-stats", "Stats")},
            "/clients/{client_type}/stats": {
                "get": tagged("GET_clients-client_type-stats", "Stats")
            },
            "/asm/groups": {"get": tagged("GET_asm-groups", "Unsubscribe Groups")},
            "/asm/groups/{group_id}": {
                "get": tagged("GET_asm-groups-group_id", "Unsubscribe Groups")
            },
            "/asm/suppressions": {"get": tagged("GET_asm-suppressions", "Blocks")},
            "/api/v1/team/{team}/oncall/schedule": {"get": tagged(None, "On-call")},
            "/api/v2/team/{team}/oncall/schedule": {"get": tagged(None, "On-call")},
        }
    )
    assert names(doc) == {
        "GET /stats": "stats.list",
        "GET /browsers/stats": "stats.list_browsers",  # was list_browsers_stats
        # an item the path belongs to says whose they are
        "GET /clients/{client_type}/stats": "stats.list_for_client",
        # ``/asm`` holds several resources: a namespace, not part of a name
        "GET /asm/groups": "unsubscribe_groups.list",
        "GET /asm/groups/{group_id}": "unsubscribe_groups.get",
        "GET /asm/suppressions": "blocks.list_asm_suppressions",  # not its name
        # ``oncall`` spells ``on_call``; the newest version has the plain
        # name, the older one keeps its version
        "GET /api/v1/team/{team}/oncall/schedule": "on_call.get_team_schedule_v1",
        "GET /api/v2/team/{team}/oncall/schedule": "on_call.get_team_schedule",
    }


def test_a_name_spanning_segments_is_not_one_of_its_words() -> None:
    doc = spec(
        {
            "/ips/pools": {"post": tagged("POST_ips-pools", "IP Pools")},
            "/ips/pools/{pool_name}/ips": {
                "post": tagged("POST_ips-pools-pool_name-ips", "IP Pools")
            },
        }
    )
    # ``ips`` below the pool is what it adds, not the resource ``ip_pools``
    assert names(doc) == {
        "POST /ips/pools": "ip_pools.create",
        "POST /ips/pools/{pool_name}/ips": "ip_pools.create_ips",
    }


def test_drop_path_resource() -> None:
    assert drop_path_resource("list_browsers_stats", ["stats"]) == "list_browsers"
    assert (
        drop_path_resource("list_client_stats", ["stats"], parent=["client"])
        == "list_for_client"
    )
    assert drop_path_resource("list_asm_groups", ["groups"], namespaces=["asm"]) == (
        "list"
    )
    # the longest run that ends last is the resource's segment
    assert (
        drop_path_resource(
            "list_contactdb_custom_fields", ["contacts", "custom", "fields"]
        )
        == "list_contactdb"
    )
    assert drop_path_resource("get_x", ["stats"]) == "get_x"  # not there: as it was


def test_spells_resource() -> None:
    assert spells_resource(["oncall"], ["on", "call"])
    assert spells_resource(["singlesends"], ["single", "sends"])
    assert spells_resource(["groups"], ["unsubscribe", "groups"])  # its last words
    assert spells_resource(["domains"], ["domain", "authentication"])  # its first
    assert not spells_resource(
        ["unsubscribe"], ["suppressions", "unsubscribe", "groups"]
    )
    assert not spells_resource([], ["stats"])


def test_tag_words_in_another_order_and_nouns_below_the_resource() -> None:
    doc = spec(
        {
            "/mail_settings": {"get": tagged("GET_mail_settings", "Settings - Mail")},
            "/mail_settings/footer": {
                "get": tagged("GET_mail_settings-footer", "Settings - Mail"),
                "patch": tagged("PATCH_mail_settings-footer", "Settings - Mail"),
            },
            "/customers/search": {"get": tagged(None, "Customers")},
        }
    )
    assert names(doc) == {
        "GET /mail_settings": "settings_mail.list",
        "GET /mail_settings/footer": "settings_mail.get_footer",  # a noun: get_
        "PATCH /mail_settings/footer": "settings_mail.update_footer",
        "GET /customers/search": "customers.search",  # a verb: the action
    }


def test_a_singular_path_of_a_plural_tag_with_items_is_a_collection() -> None:
    doc = spec(
        {
            "/team": {"get": tagged(None, "Teams"), "post": tagged(None, "Teams")},
            "/team/{team}": {"get": tagged(None, "Teams")},
            "/me": {"get": tagged(None, "Users")},
        }
    )
    assert names(doc) == {
        "GET /team": "teams.list",  # was teams.get beside teams.get_by_team
        "POST /team": "teams.create",
        "GET /team/{team}": "teams.get",
        "GET /me": "users.get_me",  # nothing below it: not a listing
    }


def test_patch_beside_an_update_is_patch() -> None:
    doc = spec(
        {
            "/api_keys/{api_key_id}": {
                "put": tagged("PUT_api_keys-api_key_id", "API Keys"),
                "patch": tagged("PATCH_api_keys-api_key_id", "API Keys"),
            },
            "/alerts/{alert_id}": {"patch": tagged("PATCH_alerts-alert_id", "Alerts")},
        }
    )
    assert names(doc) == {
        "PUT /api_keys/{api_key_id}": "api_keys.update",
        "PATCH /api_keys/{api_key_id}": "api_keys.patch",  # not update_by_api_key_id
        "PATCH /alerts/{alert_id}": "alerts.update",  # alone: update
    }


# -- operationIds --------------------------------------------------------------------


def test_the_resources_name_ending_a_method_goes() -> None:
    doc = spec(
        {
            "/gifs/random": {"get": tagged("randomGif", "gifs")},
            "/gifs/trending": {"get": tagged("trendingGifs", "gifs")},
            "/users/{username}/badges": {"get": tagged("listUserBadges", "Badges")},
            "/latest": {"get": tagged("listLatestTopics", "Topics")},
            "/t/{id}/invite": {"post": tagged("inviteToTopic", "Topics")},
            "/c/{id}/pins": {"post": tagged("pinAConversation", "Conversations")},
            "/c/community/{id}/join": {
                "post": tagged("joinCommunityConversation", "Conversations")
            },
            "/pools/{p}/ops": {"get": tagged("ListByElasticPool", "Elastic Pools")},
        }
    )
    assert names(doc) == {
        "GET /gifs/random": "gifs.random",
        "GET /gifs/trending": "gifs.trending",
        # ``users`` is a collection an item of the path is of: whose badges
        "GET /users/{username}/badges": "badges.list_for_user",
        "GET /latest": "topics.list_latest",
        "POST /t/{id}/invite": "topics.invite",  # the preposition goes with it
        "POST /c/{id}/pins": "conversations.pin",  # so does an article
        # a singular word before a variable qualifies: no ``for``
        "POST /c/community/{id}/join": "conversations.join_community",
        # ``by`` says how: kept whole
        "GET /pools/{p}/ops": "elastic_pools.list_by_elastic_pool",
    }


def test_trailing_names_stay_in_resources_nested_by_path() -> None:
    # Twilio's ancestors' words before the name qualify it (nested resources)
    assert (
        drop_resource_words(
            "list_sip_auth_calls_credential_list_mapping",
            ["credential", "list", "mappings"],
            at_end=False,
        )
        == "list_sip_auth_calls_credential_list_mapping"
    )
    assert drop_resource_words("random_gif", ["gifs"]) == "random"
    # an article goes only with the resource's name after it
    assert drop_resource_words("pin_a_conversation", ["conversations"]) == "pin"
    assert drop_resource_words("get_a", ["things"]) == "get_a"
    assert (
        drop_resource_words("get_owner_pets", ["pets"], parents=["owners"])
        == "get_for_owner"
    )
    assert (
        drop_resource_words(
            "get_owner_pets", ["pets"], listing=True, parents=["owners"]
        )
        == "list_for_owner"
    )


def test_abbreviated_mechanical_ids_and_hubspots_path_ids() -> None:
    assert is_mechanical("GET_mc-lists-id", "get", "/v3/marketing/lists/{id}")
    assert is_mechanical(
        "PUT_mc-contacts-imports", "put", "/marketing/contacts/imports"
    )
    assert not is_mechanical("GET_mc-contats", "get", "/marketing/contacts")  # a typo
    assert not is_mechanical("get_mc-lists", "get", "/marketing/lists")  # not capitals
    assert not is_mechanical("POST_mc-lists", "get", "/marketing/lists")  # other method
    # AWS's query actions: the method and the action's name, not the path's
    assert not is_mechanical("GET_ListRoles", "get", "/#Action=ListRoles")
    # ``/segments/2.0``: a crud name would spell the version's digits
    assert not is_mechanical(
        "GET_segments-segment_id", "get", "/marketing/segments/2.0/{segment_id}"
    )
    assert (
        without_path_prefix(
            "get-/webhooks/v3/{appId}/settings_getAll",
            "get",
            "/webhooks/v3/{appId}/settings",
        )
        == "getAll"
    )
    assert without_path_prefix("getAll", "get", "/settings") == "getAll"
    doc = spec(
        {
            "/marketing/lists": {"get": tagged("GET_mc-lists", "Lists")},
            "/marketing/contacts": {"get": tagged("GET_mc-contacts", "Contacts")},
            "/marketing/lists/{id}": {"get": tagged("GET_mc-lists-id", "Lists")},
            "/marketing/lists/{id}/contacts/count": {
                "get": tagged("GET_mc-lists-id-contacts-count", "Lists")
            },
            "/webhooks/v3/{appId}/settings": {
                "get": tagged("get-/webhooks/v3/{appId}/settings_getAll", "Settings")
            },
        }
    )
    assert names(doc) == {
        # ``/marketing`` holds several resources: a namespace
        "GET /marketing/lists": "lists.list",  # was get_mc_lists
        "GET /marketing/contacts": "contacts.list",
        "GET /marketing/lists/{id}": "lists.get",
        "GET /marketing/lists/{id}/contacts/count": "lists.get_contacts_count",
        "GET /webhooks/v3/{appId}/settings": "settings.get_all",  # as HubSpot's SDK
    }


def test_the_resources_name_before_a_noun_goes_unless_it_is_a_verb() -> None:
    doc = spec(
        {
            "/containers/{id}/logs": {"get": tagged("ContainerLogs", "Container")},
            "/containers/{id}/top": {"get": tagged("ContainerTop", "Container")},
            "/info": {"get": tagged("SystemInfo", "System")},
            "/version": {"get": tagged("SystemVersion", "System")},
            "/scores/{season}": {"get": tagged("ScoresBySeason", "Scores")},
            "/scores": {"get": tagged("ScoresAll", "Scores")},
            "/tags/{arn}": {
                "post": tagged("TagResource", "Tags"),
                "delete": tagged("UntagResource", "Tags"),
            },
        }
    )
    assert names(doc) == {
        "GET /containers/{id}/logs": "container.logs",  # as docker-py
        "GET /containers/{id}/top": "container.top",
        "GET /info": "system.info",
        "GET /version": "system.version",
        # not ``by_season``: the method's verb leads (``get_by_season``)
        "GET /scores/{season}": "scores.get_by_season",
        "GET /scores": "scores.all",
        "POST /tags/{arn}": "tags.tag_resource",  # AWS's name: ``tag`` is the verb
        "DELETE /tags/{arn}": "tags.untag_resource",
    }


def test_controller_groups_and_quantifiers_after_the_resource() -> None:
    doc = spec(
        {
            "/api/accounts/{a}/users": {"get": tagged("UserCtrl.getUsers", "Users")},
            "/sms/messages": {"get": tagged("messagesAll", "Messages")},
            "/sms/messages/{id}": {"get": tagged("messagesOne", "Messages")},
        }
    )
    assert names(doc) == {
        "GET /api/accounts/{a}/users": "users.list",
        "GET /sms/messages": "messages.all",  # as Apideck's SDK
        "GET /sms/messages/{id}": "messages.one",
    }


# -- the lint ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def lint() -> ModuleType:
    """benchmarks/naming.py, loaded from its path (a script, not a package)."""
    found = importlib.util.spec_from_file_location(
        "bench_naming", ROOT / "benchmarks" / "naming.py"
    )
    assert found is not None and found.loader is not None
    module = importlib.util.module_from_spec(found)
    sys.modules["bench_naming"] = module
    found.loader.exec_module(module)
    return module


def test_lint_counts_versioned_resources_not_leading_verbs(lint: ModuleType) -> None:
    counts = lint.lint_names(
        {
            ("GET", "/a"): ("v1", "apphub_projects_get"),
            ("GET", "/b"): ("lists", "list"),
            ("POST", "/c"): ("tags", "tag_resource"),
            ("GET", "/d"): ("badges", "list_user_badges"),
            ("GET", "/e"): ("pets", "get_2"),
        }
    )
    assert counts["methods"] == 5
    assert counts["resource_version"] == 1  # client.v1....
    assert counts["resource_words"] == 1  # badges; not the verbs list, tag
    assert counts["resource_name"] == 1
    assert counts["numeric_suffix"] == 1
    assert counts["any"] == 3
    assert counts["any_not_vendor"] == 3  # no vendor's names given


def test_lint_tells_apart_the_names_a_vendors_sdk_gives(lint: ModuleType) -> None:
    names = {
        ("GET", "/user/emails"): ("users", "list_emails_for_authenticated_user"),
        ("GET", "/api/v1/pods"): ("core_v1", "list_pod_for_all_namespaces"),
        ("GET", "/e"): ("pets", "get_2"),
    }
    vendor = frozenset(
        {
            ("users", "list_emails_for_authenticated_user"),  # octokit's
            ("core_v1", "list_pod_for_all_namespaces"),  # the Kubernetes client's
            ("pets", "get"),  # not ``get_2``
        }
    )
    counts = lint.lint_names(names, vendor)
    assert counts["any"] == 3
    assert counts["any_not_vendor"] == 1


# -- generalising the rules (seeds 2 and 3 of the lint) ------------------------------


def test_fastapi_ids_lose_their_path_and_method() -> None:
    assert without_framework_suffix("discord_get_discord_get", "get", "/discord") == (
        "discord_get"
    )
    assert (
        without_framework_suffix(
            "topic_topic__topic_name__get", "get", "/topic/{topic_name}"
        )
        == "topic"
    )
    # not FastAPI's: another path, another method, or nothing before it
    assert without_framework_suffix("list_discord_get", "post", "/discord") == (
        "list_discord_get"
    )
    assert without_framework_suffix("_discord_get", "get", "/discord") == "_discord_get"
    doc = spec(
        {
            "/discord": {
                "get": tagged("discord_get_discord_get", "discord"),
                "post": tagged("discord_post_discord_post", "discord"),
            },
            "/topic/{topic_name}": {
                "get": tagged("topic_topic__topic_name__get", "topic")
            },
        }
    )
    assert names(doc) == {
        "GET /discord": "discord.get",  # was get_discord_get
        "POST /discord": "discord.post",
        "GET /topic/{topic_name}": "topic.get",  # was topic_topic_name_get
    }


def test_a_class_word_after_the_resources_name_goes_with_it() -> None:
    assert drop_resource_words("get_connection_resource", ["connections"]) == "get"
    assert drop_resource_words("post_simple_documents_resource", ["documents"]) == (
        "post_simple"
    )
    # AWS's verb and object: ``resource`` is what it tags
    assert drop_resource_words("tag_resource", ["tags"]) == "tag_resource"
    # not after the resource's name: another object
    assert drop_resource_words("get_user_resource", ["projects"]) == "get_user_resource"
    doc = spec(
        {
            "/projects/{project_id}": {
                "get": tagged("get_project_resource", "projects")
            },
            "/roles/{role_id}": {"get": tagged("get_role_resource", "roles")},
        }
    )
    assert names(doc) == {
        "GET /projects/{project_id}": "projects.get",
        "GET /roles/{role_id}": "roles.get",
    }


def test_azure_groups_that_qualify_the_resources_name_go() -> None:
    words = ["aggregated", "alert"]
    assert drop_group_prefix(
        "IotSecuritySolutionsAnalyticsAggregatedAlert_List", words
    ) == ("List")
    assert drop_group_prefix("MLModels_ListQuery", ["model"]) == "ListQuery"
    # a verb first is a name, not a group: ``createUser_v2`` keeps its words
    assert drop_group_prefix("createUser_v2", ["users"]) == "createUser_v2"
    # a group that does not end with the resource's name stays
    assert drop_group_prefix("ModelAlerts_List", ["models"]) == "ModelAlerts_List"
    base = "/providers/Microsoft.Security/solutions/{s}/aggregatedAlerts"
    doc = spec(
        {
            base: {
                "get": tagged(
                    "IotSecuritySolutionsAnalyticsAggregatedAlert_List",
                    "AggregatedAlert",
                )
            },
            base + "/{name}": {
                "get": tagged(
                    "IotSecuritySolutionsAnalyticsAggregatedAlert_Get",
                    "AggregatedAlert",
                )
            },
        }
    )
    assert names(doc) == {
        f"GET {base}": "aggregated_alert.list",
        f"GET {base}/{{name}}": "aggregated_alert.get",
    }


def test_ipv4_and_ipv6_are_one_word() -> None:
    assert split_words("assignIPv4s") == ["assign", "IPv4s"]
    assert split_words("IPv6Ranges") == ["IPv6", "Ranges"]
    assert split_words("HTTPServer") == ["HTTP", "Server"]  # unchanged
    doc = spec(
        {
            "/networking/ipv4/assign": {"post": tagged("assignIPv4s", "Networking")},
            "/networking/ipv6/pools": {"get": tagged("getIPv6Pools", "Networking")},
        }
    )
    assert names(doc) == {
        "POST /networking/ipv4/assign": "networking.assign_ipv4s",  # was assign_i_pv4s
        "GET /networking/ipv6/pools": "networking.get_ipv6_pools",
    }


def test_mechanical_ids_may_say_a_variable_by_its_last_word() -> None:
    path = "/lists/{list_id}/surveys/{survey_id}/actions/publish"
    assert is_mechanical("postListsIdSurveysIdActionsPublish", "post", path)
    assert not is_mechanical("postListsIdSurveysIdPublishNow", "post", path)
    doc = spec(
        {
            path: {"post": tagged("postListsIdSurveysIdActionsPublish", "surveys")},
            "/lists/{list_id}/surveys/{survey_id}": {
                "get": tagged("getListsIdSurveysId", "surveys")
            },
        }
    )
    assert (
        names(doc)
        == {
            f"POST {path}": "surveys.publish",  # was post_lists_id_surveys_id_actions_publish
            # the crud rule for an item below its owner
            "GET /lists/{list_id}/surveys/{survey_id}": "surveys.get_for_list",
        }
    )


def test_a_class_word_the_path_says_stays() -> None:
    # ``/users/{id}/resources``: the user's resources are objects of their own
    assert (
        drop_resource_words(
            "get_user_resource", ["users"], path_words=frozenset({"user", "resource"})
        )
        == "get_resource"
    )
    # API Platform's ``Item`` / ``Collection`` are not class words: both of
    # ``getInstanceItem`` and ``getInstanceCollection`` would be ``get``
    assert drop_resource_words("get_instance_item", ["instance"]) == "get_item"
    doc = spec({"/users/{id}/resources": {"get": tagged("getUserResources", "Users")}})
    # not ``list`` (the user's listing): the path says what it lists
    assert names(doc) == {"GET /users/{id}/resources": "users.get_resources"}


def test_a_name_taken_says_whose_before_a_numeric_suffix() -> None:
    profile = "/billingProfiles/{profile}/transfers"
    section = "/billingProfiles/{profile}/invoiceSections/{section}/transfers"
    doc = spec(
        {
            profile: {"get": tagged("Transfers_List", "Transfers")},
            section: {"get": tagged("Transfers_List", "Transfers")},
            profile + "/{name}": {"get": tagged("Transfers_Get", "Transfers")},
            section + "/{name}": {"get": tagged("Transfers_Get", "Transfers")},
            "/other/transfers": {"get": tagged("Transfers_List", "Transfers")},
        }
    )
    assert names(doc) == {
        f"GET {profile}": "transfers.list",
        f"GET {section}": "transfers.list_for_invoice_section",  # was list_2
        # an item's own collection is not its owner: not ``get_for_transfer``
        f"GET {profile}/{{name}}": "transfers.get",
        f"GET {section}/{{name}}": "transfers.get_for_invoice_section",
        # no owner: the path's own word, not a number (was ``list_2``)
        "GET /other/transfers": "transfers.list_other",
    }


def test_a_get_of_an_item_that_items_follow_is_a_listing() -> None:
    doc = spec(
        {
            "/flags/{projectKey}": {"get": tagged("getFeatureFlags", "Feature flags")},
            "/flags/{projectKey}/{featureFlagKey}": {
                "get": tagged("getFeatureFlag", "Feature flags")
            },
            "/users/{userKey}": {"get": tagged("getUsers", "Users")},
            # Zuora: another variable follows, not the item's: a get
            "/attachments/{attachment-id}": {
                "get": tagged("GetAttachments", "Attachments")
            },
            "/attachments/{object-type}/{object-key}": {
                "get": tagged("GetAttachmentsList", "Attachments")
            },
        }
    )
    assert names(doc) == {
        "GET /flags/{projectKey}": "feature_flags.list",  # was get
        # so the item's is ``get``, not ``get_feature_flag`` after a collision
        "GET /flags/{projectKey}/{featureFlagKey}": "feature_flags.get",
        # no items below: a get, whatever its name's number
        "GET /users/{userKey}": "users.get",
        "GET /attachments/{attachment-id}": "attachments.get",
        "GET /attachments/{object-type}/{object-key}": "attachments.get_list",
    }


# -- Django REST's <app>_<model>_<action> ids -------------------------------------


def _netbox_like() -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for model in ("circuit-terminations", "circuit-types", "circuits"):
        ident = f"circuits_{model}"
        paths[f"/circuits/{model}/"] = {
            "get": tagged(f"{ident}_list", "circuits"),
            "post": tagged(f"{ident}_create", "circuits"),
            "delete": tagged(f"{ident}_bulk_delete", "circuits"),
        }
        paths[f"/circuits/{model}/{{id}}/"] = {
            "get": tagged(f"{ident}_read", "circuits"),
            "patch": tagged(f"{ident}_partial_update", "circuits"),
        }
    paths["/circuits/circuit-terminations/{id}/paths/"] = {
        "get": tagged("circuits_circuit-terminations_paths", "circuits")
    }
    paths["/status/"] = {"get": tagged("status_list", "status")}
    return spec(paths)


def test_django_rest_ids_nest_app_and_model_as_pynetbox() -> None:
    found = names(_netbox_like())
    assert found["GET /circuits/circuit-terminations/"] == (
        "circuits.circuit_terminations.list"  # was circuits.circuit_terminations_list
    )
    assert found["GET /circuits/circuit-terminations/{id}/"] == (
        "circuits.circuit_terminations.read"
    )
    assert found["PATCH /circuits/circuit-types/{id}/"] == (
        "circuits.circuit_types.partial_update"
    )
    assert found["DELETE /circuits/circuits/"] == "circuits.circuits.bulk_delete"
    assert found["GET /circuits/circuit-terminations/{id}/paths/"] == (
        "circuits.circuit_terminations.paths"
    )
    # one plain segment: not an <app>_<model> id; the tag decides
    assert found["GET /status/"] == "status.list"


def test_django_rest_split_and_its_spec_wide_test() -> None:
    assert django_rest_split(
        "circuits_circuit-terminations_list", "/circuits/circuit-terminations/{id}/"
    ) == (["circuits", "circuit-terminations"], "list")
    # the id must spell both plain segments, then more
    assert django_rest_split("circuits_list", "/circuits/circuits/") is None
    assert django_rest_split("pets_toys_list", "/pets/{id}/toys") is None
    assert django_rest_split("circuits_circuits", "/circuits/circuits/") is None
    pairs = [(f"a_m{i}_list", f"/a/m{i}/") for i in range(5)]
    assert is_django_rest(pairs)
    assert not is_django_rest(pairs[:4])  # too few to say
    # most ids with two plain segments must spell them
    assert not is_django_rest(pairs + [(f"other{i}", f"/x/y{i}") for i in range(2)])


# -- a resource's name after words qualifying it, at the start --------------------


def test_a_qualified_resource_name_leading_an_id_goes() -> None:
    doc = spec(
        {
            "/account/articles/{article_id}": {
                "get": tagged("private_article_details", "articles"),
                "delete": tagged("private_article_delete", "articles"),
            },
            "/account/articles/{article_id}/authors": {
                "get": tagged("private_article_authors_list", "articles"),
            },
            "/articles/{article_id}": {"get": tagged("article_details", "articles")},
            "/Images/Details/{id}": {
                "get": tagged("shared_images_details_get_id", "Images")
            },
            "/Charts/{id}": {"get": tagged("charts_charts_get_id", "Charts")},
        }
    )
    assert names(doc) == {
        "GET /account/articles/{article_id}": "articles.private_details",
        # was ``private_article_delete``
        "DELETE /account/articles/{article_id}": "articles.delete",
        "GET /account/articles/{article_id}/authors": "articles.authors_list",
        # the public one keeps ``details``: the qualified ones give way (rank 2)
        "GET /articles/{article_id}": "articles.details",
        "GET /Images/Details/{id}": "images.details_get_id",  # was shared_images_...
        "GET /Charts/{id}": "charts.get_id",  # was charts_get_id
    }


def test_lead_qualified_names() -> None:
    assert lead_qualified_names("private_article_delete", ["articles"]) == [
        "delete",
        "private_delete",
    ]
    assert lead_qualified_names("charts_details_get_id", ["charts"]) == [
        "details_get_id",
        "details_get_id",
    ]
    # a verb or a preposition first, three words before, nothing after: kept
    assert lead_qualified_names("get_private_article", ["articles"]) == []
    assert lead_qualified_names("by_article_list", ["articles"]) == []
    assert lead_qualified_names("a_b_c_article_list", ["articles"]) == []
    assert lead_qualified_names("private_article", ["articles"]) == []
    assert lead_qualified_names("tag_resource", ["tags"]) == []  # ``tag``: a verb
    assert lead_qualified_names("user_phone_number_list", ["phone", "numbers"]) == [
        "list",
        "user_list",
    ]


# -- a product's name before every id of a path's first segment --------------------


def test_a_product_name_every_id_starts_with_goes() -> None:
    doc = spec(
        {
            "/h5/metadata/campaign-missions": {"get": op("Halo-5-Campaign-Missions")},
            "/h5/metadata/medals": {"get": op("Halo-5-Medals")},
            "/h5/metadata/game-variants/{id}": {"get": op("Halo-5-Game-Variant")},
            "/hw2/cards": {"get": op("Halo-Wars-2-Cards")},
            "/hw2/techs": {"get": op("Halo-Wars-2-Techs")},
            "/hw2/leader-powers": {"get": op("Halo-Wars-2-Leader-Powers")},
        }
    )
    assert names(doc) == {
        # was ``h5.metadata.campaign_missions.halo_5_campaign_missions``
        "GET /h5/metadata/campaign-missions": "h5.metadata.campaign_missions.list",
        "GET /h5/metadata/medals": "h5.metadata.medals.list",
        # the resource's name in the singular: an item's get, not ``variant``
        "GET /h5/metadata/game-variants/{id}": "h5.metadata.game_variants.get",
        "GET /hw2/cards": "hw2.cards.list",
        "GET /hw2/techs": "hw2.techs.list",
        "GET /hw2/leader-powers": "hw2.leader_powers.list",
    }


def test_shared_id_prefixes_name_a_product_not_an_action_or_a_path() -> None:
    halo = [(f"Halo-5-{n}", f"/h5/{n.lower()}") for n in ("Maps", "Medals", "Skulls")]
    assert shared_id_prefixes(halo) == {"h5": 2}
    assert without_shared_prefix("Halo-5-Maps", "/h5/maps", {"h5": 2}) == "Maps"
    # never the whole id; other segments untouched
    assert without_shared_prefix("Halo-5", "/h5", {"h5": 2}) == "Halo-5"
    assert without_shared_prefix("Halo-5-Maps", "/hw2/maps", {"h5": 2}) == "Halo-5-Maps"
    assert shared_id_prefixes(halo[:2]) == {}  # two ids say too little
    # a verb says what is done; a word of the paths names a thing
    gets = [(f"get_{n}", f"/h5/{n}") for n in ("maps", "medals", "skulls")]
    assert shared_id_prefixes(gets) == {}
    private = [(f"private_article_{n}", f"/account/articles/{n}") for n in "abc"]
    assert shared_id_prefixes(private) == {}
    # GitHub's scopes and Slack's methods are their SDKs' names
    scoped = [(f"halo/{n}", f"/h5/{n}") for n in ("maps", "medals", "skulls")]
    assert shared_id_prefixes(scoped) == {}
