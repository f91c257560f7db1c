"""Names a person would choose (issue 13): rules checked on the IR of small specs."""

from __future__ import annotations

from typing import Any

import pytest
from gen_helpers import op, spec

from clientsmith.generator.builder import build_package
from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.ir import PackageIR
from clientsmith.generator.naming import (
    parameter_text,
    resource_name,
    snake_name,
    split_words,
)


def ir_of(document: dict[str, Any], **config: Any) -> PackageIR:
    return build_package(
        document,
        GeneratorConfig(package_name="api", **config),
        Diagnostics(),
        spec_source="test",
    )


def names(document: dict[str, Any], **config: Any) -> dict[str, str]:
    """``"GET /path"`` -> ``"resource.method"`` for every operation."""
    package = ir_of(document, **config)
    by_module = {r.module: r for r in package.resources}
    parent = {c.module: r.module for r in package.resources for c in r.children}
    result = {}
    for resource in package.resources:
        chain = [resource.attribute]
        module = resource.module
        while module in parent:
            module = parent[module]
            chain.insert(0, by_module[module].attribute)
        for operation in resource.operations:
            key = f"{operation.http_method} {operation.path}"
            result[key] = ".".join([*chain, operation.method_name])
    return result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Floating IPs", "floating_ips"),
        ("Reserved IPs", "reserved_ips"),
        ("VPCs", "vpcs"),
        ("1-Click Applications", "one_click_applications"),
        ("Api20100401Message", "messages"),
        ("Api20100401Media", "media"),
        ("Api20100401Address", "addresses"),
        ("ChatV2Service", "services"),
        ("Messages.json", "messages"),
        ("core_v1", "core_v1"),
        ("v1", "v1"),
        ("products-uuid", "products_uuid"),
    ],
)
def test_resource_names(text: str, expected: str) -> None:
    assert resource_name(text) == expected


def test_acronyms_stay_whole_but_camel_case_still_splits() -> None:
    assert split_words("HTTPServer") == ["HTTP", "Server"]
    assert split_words("VPCsList") == ["VPCs", "List"]
    assert snake_name("userIDs") == "user_ids"


def test_tags_with_version_prefixes_and_acronyms() -> None:
    doc = spec(
        {
            "/2010-04-01/Accounts/{AccountSid}/Messages.json": {
                "get": op("ListMessage", tags=["Api20100401Message"]),
                "post": op("CreateMessage", tags=["Api20100401Message"]),
            },
            "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json": {
                "get": op("FetchMessage", tags=["Api20100401Message"]),
            },
            "/v2/floating_ips": {"get": op("floatingIPs_list", tags=["Floating IPs"])},
            "/v2/vpcs": {"get": op("vpcs_list", tags=["VPCs"])},
            "/v2/1-clicks": {
                "get": op("oneClicks_list", tags=["1-Click Applications"])
            },
            "/v2/account/keys": {"get": op("sshKeys_list", tags=["SSH Keys"])},
        }
    )
    assert names(doc) == {
        "GET /2010-04-01/Accounts/{AccountSid}/Messages.json": "messages.list",
        "POST /2010-04-01/Accounts/{AccountSid}/Messages.json": "messages.create",
        "GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json": "messages.fetch",
        "GET /v2/floating_ips": "floating_ips.list",
        "GET /v2/vpcs": "vpcs.list",
        "GET /v2/1-clicks": "one_click_applications.list",
        "GET /v2/account/keys": "ssh_keys.list",
    }


def test_path_resources_lose_versions_and_extensions() -> None:
    doc = spec(
        {
            "/2010-04-01/Calls.json": {"get": op()},
            "/2010-04-01/Calls/{Sid}.json": {"delete": op()},
        }
    )
    assert names(doc) == {
        "GET /2010-04-01/Calls.json": "calls.list",
        "DELETE /2010-04-01/Calls/{Sid}.json": "calls.delete",
    }


def test_versioned_resource_words_leave_method_names() -> None:
    doc = spec(
        {
            "/api/v1/namespaces/{namespace}/pods": {
                "get": op("listCoreV1NamespacedPod", tags=["core_v1"]),
            },
            "/api/v1/": {"get": op("getCoreV1APIResources", tags=["core_v1"])},
            "/apis/apps/v1/deployments": {
                "get": op("listAppsV1DeploymentForAllNamespaces", tags=["apps_v1"]),
            },
        }
    )
    assert names(doc) == {
        "GET /api/v1/namespaces/{namespace}/pods": "core_v1.list_namespaced_pod",
        "GET /api/v1/": "core_v1.get_api_resources",
        "GET /apis/apps/v1/deployments": "apps_v1.list_deployment_for_all_namespaces",
    }


def test_method_names_lose_their_resources_words() -> None:
    doc = spec(
        {
            "/apis/apps/": {"get": op("getAppsAPIGroup", tags=["apps"])},
            "/pets": {"get": op("listPets", tags=["pets"])},
            "/pets/{id}": {
                "get": op("showPetById", tags=["pets"]),
                "put": op("updatePet", tags=["pets"]),
            },
            "/pets/{id}/photos": {"get": op("getPetPhotos", tags=["pets"])},
            "/products-uuid": {"get": op("products_uuid_list", tags=["products-uuid"])},
            "/billing-groups": {
                "post": op("createBillingGroup", tags=["Billing Groups"])
            },
            "/fax/{id}": {
                "get": op("getFaxApplication", tags=["Programmable Fax Applications"])
            },
            "/calls/{id}/transfer": {
                "post": op("CallTransfer", tags=["Call Commands"])
            },
            "/tags": {"post": op("TagResource", tags=["tags"])},
            "/health": {"get": op("health", tags=["health"])},
            "/users": {"get": op("getUsers", tags=["users"])},
            "/users/{id}": {"get": op("getUser", tags=["users"])},
            "/numbers": {"get": op("listPhoneNumbers", tags=["Number Configurations"])},
            "/texml": {
                "delete": op("deleteTexmlApplication", tags=["TeXML Applications"])
            },
            "/invoices": {"get": op("InvoiceApi_all", tags=["Invoice"])},
            "/pets/all": {"get": op("getAllPets", tags=["pets"])},
            "/owners/{id}/pets": {"get": op("getOwnerPets", tags=["pets"])},
            "/cdn": {"post": op("cdn_create_endpoint", tags=["CDN Endpoints"])},
            "/repos/{o}/{r}/actions/cache/usage": {
                "get": op("actions/get-actions-cache-usage", tags=["actions"])
            },
            "/drives": {"get": op("drive.drives.list", tags=["drives"])},
        }
    )
    assert names(doc) == {
        "GET /apis/apps/": "apps.get_api_group",  # a qualifier, not the object
        "GET /pets": "pets.list",
        "GET /pets/{id}": "pets.show_by_id",
        "PUT /pets/{id}": "pets.update",
        "GET /pets/{id}/photos": "pets.get_photos",
        "GET /products-uuid": "products_uuid.list",
        "POST /billing-groups": "billing_groups.create",
        # the resource's last words, right after the verb
        "GET /fax/{id}": "programmable_fax_applications.get",
        # its first words, before a verb
        "POST /calls/{id}/transfer": "call_commands.transfer",
        "POST /tags": "tags.tag_resource",  # no verb would remain
        "GET /health": "health.get",  # nothing would remain: the path's verb
        "GET /users": "users.list",  # a plural fetched by GET is a listing
        "GET /users/{id}": "users.get",
        "GET /numbers": "number_configurations.list_phone_numbers",  # another noun
        "DELETE /texml": "te_xml_applications.delete",  # however words are split
        "GET /invoices": "invoice.all",
        "GET /pets/all": "pets.get_all",  # after a quantifier
        "GET /owners/{id}/pets": "pets.list_for_owner",  # whose: ``for``
        # after ``<group>_`` or ``<group>/``, the author's name as it is
        "POST /cdn": "cdn_endpoints.create_endpoint",
        "GET /repos/{o}/{r}/actions/cache/usage": "actions.get_actions_cache_usage",
        "GET /drives": "drives.list",
    }


def test_a_name_that_lost_only_part_of_its_resource_gives_way() -> None:
    """``list`` goes to the operation that named the whole resource, whatever the order."""
    doc = spec(
        {
            "/channelGroup/{g}/channel": {
                "get": op("ListChannels", tags=["ChannelGroup"])
            },
            "/channelGroup": {"get": op("ListChannelGroups", tags=["ChannelGroup"])},
            "/things": {"get": op("listThings", tags=["things"])},
            "/v2/things": {"get": op("listThingsV2", tags=["things"])},
            "/other": {
                "get": op("list", tags=["things"], **{"x-clientsmith-method": "list"})
            },
        }
    )
    assert names(doc) == {
        "GET /channelGroup/{g}/channel": "channel_group.list_channels",
        "GET /channelGroup": "channel_group.list",
        # an explicit name claims first; the derived ones keep more words
        "GET /other": "things.list",
        "GET /things": "things.list_things",
        "GET /v2/things": "things.list_v2",
    }


def test_mechanical_operation_ids_become_crud_verbs() -> None:
    paths = {
        "/v1/customers": {"get": op("GetCustomers"), "post": op("PostCustomers")},
        "/v1/customers/search": {"get": op("GetCustomersSearch")},
        "/v1/customers/{customer}": {
            "get": op("GetCustomersCustomer"),
            "post": op("PostCustomersCustomer"),
            "delete": op("DeleteCustomersCustomer"),
        },
        "/v1/customers/{customer}/sources": {
            "get": op("GetCustomersCustomerSources"),
            "post": op("PostCustomersCustomerSources"),
        },
        "/v1/customers/{customer}/sources/{id}": {
            "delete": op("DeleteCustomersCustomerSourcesId"),
        },
        "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}/discount": {
            "delete": op(
                "DeleteCustomersCustomerSubscriptionsSubscriptionExposedIdDiscount"
            ),
        },
        "/v1/charges/{charge}/capture": {"post": op("PostChargesChargeCapture")},
        "/v1/balance": {"get": op("GetBalance")},
    }
    assert names(spec(paths)) == {
        "GET /v1/customers": "customers.list",
        "POST /v1/customers": "customers.create",
        "GET /v1/customers/search": "customers.search",
        "GET /v1/customers/{customer}": "customers.get",
        "POST /v1/customers/{customer}": "customers.update",
        "DELETE /v1/customers/{customer}": "customers.delete",
        # without tags, collections below an item are nested resources
        "GET /v1/customers/{customer}/sources": "customers.sources.list",
        "POST /v1/customers/{customer}/sources": "customers.sources.create",
        "DELETE /v1/customers/{customer}/sources/{id}": "customers.sources.delete",
        "DELETE /v1/customers/{customer}/subscriptions/{subscription_exposed_id}/"
        "discount": "customers.subscriptions.delete_discount",
        "POST /v1/charges/{charge}/capture": "charges.capture",
        "GET /v1/balance": "balance.get",
    }


def test_crud_names_reach_below_the_resource_when_tags_name_it() -> None:
    def tagged(operation_id: str) -> dict[str, Any]:
        return {**op(operation_id), "tags": ["customers"]}

    paths = {
        "/v1/customers/{customer}": {"get": tagged("GetCustomersCustomer")},
        "/v1/customers/{customer}/sources": {
            "get": tagged("GetCustomersCustomerSources"),
            "post": tagged("PostCustomersCustomerSources"),
        },
        "/v1/customers/{customer}/sources/{id}": {
            "delete": tagged("DeleteCustomersCustomerSourcesId"),
        },
        "/v1/customers/{customer}/discount": {
            "delete": tagged("DeleteCustomersCustomerDiscount")
        },
    }
    assert names(spec(paths)) == {
        "GET /v1/customers/{customer}": "customers.get",
        "GET /v1/customers/{customer}/sources": "customers.list_sources",
        "POST /v1/customers/{customer}/sources": "customers.create_source",
        "DELETE /v1/customers/{customer}/sources/{id}": "customers.delete_source",
        "DELETE /v1/customers/{customer}/discount": "customers.delete_discount",
    }


def test_resources_nest_by_path_without_tags() -> None:
    paths = {
        "/v1/accounts/{account}": {"get": op("GetAccountsAccount")},
        "/v1/accounts/{account}/persons": {
            "get": op("GetAccountsAccountPersons"),
            "post": op("PostAccountsAccountPersons"),
        },
        "/v1/accounts/{account}/persons/{person}": {
            "get": op("GetAccountsAccountPersonsPerson"),
            "delete": op("DeleteAccountsAccountPersonsPerson"),
        },
        "/v1/accounts/{account}/reject": {"post": op("PostAccountsAccountReject")},
        # a singular word before a variable qualifies it: not a resource
        "/v1/registries/name/{name}": {"get": op("DescribeRegistry")},
        # the parent's words before the resource's go too
        "/screens/{s}/automations/{a}": {"post": op("InvokeScreenAutomation")},
        # a namespace: its plural nouns are resources, other words actions
        "/v1/billing_portal/sessions": {"post": op("PostBillingPortalSessions")},
        "/v1/billing_portal/configurations/{configuration}": {
            "get": op("GetBillingPortalConfigurationsConfiguration")
        },
        "/identity/login": {"post": op("PostIdentityLogin")},
        "/identity/tokens": {"post": op("PostIdentityTokens")},
        # an endpoint with endpoints below it
        "/v1/apps/secrets": {"get": op("GetAppsSecrets")},
        "/v1/apps/secrets/find": {"get": op("GetAppsSecretsFind")},
    }
    assert names(spec(paths)) == {
        "GET /v1/accounts/{account}": "accounts.get",
        "GET /v1/accounts/{account}/persons": "accounts.persons.list",
        "POST /v1/accounts/{account}/persons": "accounts.persons.create",
        "GET /v1/accounts/{account}/persons/{person}": "accounts.persons.get",
        "DELETE /v1/accounts/{account}/persons/{person}": "accounts.persons.delete",
        "POST /v1/accounts/{account}/reject": "accounts.reject",
        "GET /v1/registries/name/{name}": "registries.describe",
        "POST /screens/{s}/automations/{a}": "screens.automations.invoke",
        "POST /v1/billing_portal/sessions": "billing_portal.sessions.create",
        "GET /v1/billing_portal/configurations/{configuration}": (
            "billing_portal.configurations.get"
        ),
        "POST /identity/login": "identity.login",
        "POST /identity/tokens": "identity.tokens.create",
        "GET /v1/apps/secrets": "apps.secrets.list",
        "GET /v1/apps/secrets/find": "apps.secrets.find",
    }


def test_path_nesting_replaces_tags_that_do_not_name_resources() -> None:
    def tagged(operation_id: str, tag: str) -> dict[str, Any]:
        return {**op(operation_id), "tags": [tag]}

    persons = "/accounts/{a}/persons"
    # one tag for operations under three top-level paths or more names the API
    flat = {
        "/accounts/{a}": {"get": tagged("getAccount", "Everything")},
        persons: {"get": tagged("listPersons", "Everything")},
        "/pets": {"get": tagged("listPets", "Everything")},
        "/orders": {"get": tagged("listOrders", "Everything")},
        f"{persons}/{{p}}": {"get": tagged("getPerson", "Everything")},
    }
    assert names(spec(flat))[f"GET {persons}"] == "accounts.persons.list"
    assert names(spec(flat))["GET /pets"] == "pets.list"
    # tags that name resources are kept, nested paths or not
    kept = {
        "/accounts/{a}": {"get": tagged("getAccount", "accounts")},
        persons: {"get": tagged("listPersons", "people")},
        "/pets": {"get": tagged("listPets", "pets")},
        f"{persons}/{{p}}": {"get": tagged("getPerson", "people")},
    }
    assert names(spec(kept))[f"GET {persons}"] == "people.list_persons"
    # one tag per operation says nothing either
    per_operation = {
        "/accounts/{a}": {"get": tagged("getAccount", "A")},
        persons: {"get": tagged("listPersons", "B"), "post": tagged("addPerson", "C")},
        "/pets": {"get": tagged("listPets", "D")},
        f"{persons}/{{p}}": {"get": tagged("getPerson", "E")},
    }
    assert names(spec(per_operation))[f"POST {persons}"] == "accounts.persons.add"


def test_operation_ids_that_say_more_are_kept() -> None:
    doc = spec({"/v1/invoices/upcoming": {"get": op("GetInvoicesUpcomingPreview")}})
    assert names(doc) == {"GET /v1/invoices/upcoming": "invoices.get_upcoming_preview"}


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("DateSent<", "date_sent_before"),
        ("DateSent>", "date_sent_after"),
        ("StartTime<=", "start_time_on_or_before"),
        ("StartTime>=", "start_time_on_or_after"),
        ("DateSent", "date_sent"),
    ],
)
def test_operator_suffixes(wire: str, python: str) -> None:
    assert snake_name(parameter_text(wire), keep_builtins=True) == python


def test_operator_parameters_in_an_operation() -> None:
    parameters = [
        {"name": n, "in": "query", "schema": {"type": "string"}}
        for n in ("DateSent", "DateSent<", "DateSent>")
    ]
    doc = spec({"/messages": {"get": op("listMessages", parameters=parameters)}})
    (operation,) = ir_of(doc).resources[0].operations
    assert [(p.name, p.wire_name) for p in operation.params] == [
        ("date_sent", "DateSent"),
        ("date_sent_before", "DateSent<"),
        ("date_sent_after", "DateSent>"),
    ]


def test_namespaced_model_names_keep_their_last_part() -> None:
    schemas = {
        name: {"type": "object", "properties": {"kind": {"type": "string"}}}
        for name in (
            "io.k8s.api.core.v1.Pod",
            "io.k8s.api.core.v1.Event",
            "io.k8s.api.events.v1.Event",
            "IoK8sApiCoreV1Service",
            "Pet",
            "PetV2",
        )
    }
    ref = {"$ref": "#/components/schemas/io.k8s.api.core.v1.Pod"}
    doc = spec(
        {
            "/pods": {
                "get": op(
                    "listPods",
                    responses={
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": ref}},
                        }
                    },
                )
            }
        },
        schemas,
    )
    package = ir_of(doc)
    models = {m.name for module in package.model_modules for m in module.models}
    assert {"Pod", "CoreV1Event", "EventsV1Event", "Service", "Pet", "PetV2"} <= models
    assert not any(name.startswith("Io") for name in models)
    (operation,) = package.resources[0].operations
    assert operation.return_type.expr == "Pod"


def test_other_generators_naming_extensions() -> None:
    doc = spec(
        {
            "/v1/users/{id}/accounts": {
                "get": op(
                    "UsersAccountsList",
                    tags=["Users"],
                    **{
                        "x-speakeasy-group": "users.accounts",
                        "x-speakeasy-name-override": "list",
                    },
                ),
                "post": op(
                    "createUserAccount",
                    **{
                        "x-fern-sdk-group-name": ["users", "accounts"],
                        "x-fern-sdk-method-name": "create",
                    },
                ),
            },
            "/v1/plans": {
                "get": op("plansGet", **{"x-fern-sdk-group-name": "billing"}),
            },
            "/v1/pets": {
                "get": op(
                    "listPets",
                    **{
                        "x-speakeasy-name-override": "all",
                        "x-clientsmith-method": "every",
                    },
                ),
            },
        }
    )
    assert names(doc) == {
        "GET /v1/users/{id}/accounts": "users.accounts.list",
        "POST /v1/users/{id}/accounts": "users.accounts.create",
        "GET /v1/plans": "billing.plans_get",
        "GET /v1/pets": "pets.every",  # the config's own extension still wins
    }


def test_stripe_operations_extension_names_methods() -> None:
    customer = {
        "type": "object",
        "properties": {"id": {"type": "string"}},
        "x-stripeOperations": [
            {"method_name": "list", "operation": "get", "path": "/v1/customers"},
            {
                "method_name": "retrieve",
                "operation": "get",
                "path": "/v1/customers/{customer}",
            },
        ],
    }
    doc = spec(
        {
            "/v1/customers": {"get": op("GetCustomers")},
            "/v1/customers/{customer}": {"get": op("GetCustomersCustomer")},
        },
        {"customer": customer},
    )
    assert names(doc) == {
        "GET /v1/customers": "customers.list",
        "GET /v1/customers/{customer}": "customers.retrieve",
    }


def test_version_roots_leave_method_names_and_collisions_fall_back() -> None:
    doc = spec(
        {
            "/api/public/v1/profile/policy": {
                "post": op("createApiPublicV1ProfilePolicy", tags=["policies"]),
            },
            "/v1/transactions": {"get": op("retrieveTransactions", tags=["accounts"])},
            "/v2/transactions": {
                "get": op("retrieveTransactionsV2", tags=["accounts"]),
            },
            "/logs": {"delete": op()},
            "/logs/": {"delete": op()},
        }
    )
    assert names(doc) == {
        "POST /api/public/v1/profile/policy": "policies.create_profile",
        # the same operation under two versions: the newest has the plain
        # name, the older one its version, not ``_2``
        "GET /v1/transactions": "accounts.retrieve_transactions_v1",
        "GET /v2/transactions": "accounts.retrieve_transactions",
        "DELETE /logs": "logs.delete",
        "DELETE /logs/": "logs.delete_slash",  # the same call with a trailing slash
    }


def test_config_naming_patterns_and_style() -> None:
    from clientsmith.generator.config import config_from_mapping

    parameters = [{"name": "DateSent<", "in": "query", "schema": {"type": "string"}}]
    doc = spec(
        {
            "/api/v1/namespaces/{namespace}/pods": {
                "get": op(
                    "listCoreV1NamespacedPod", tags=["core_v1"], parameters=parameters
                ),
            },
            "/v1/customers": {"get": op("GetCustomers")},
        },
        {"io.k8s.api.core.v1.Pod": {"type": "object"}},
    )
    config = config_from_mapping(
        {
            "package_name": "api",
            "naming": {
                "resources": {"(.*)_v1": r"\1"},
                "methods": {"list_(.*)": r"all_\1"},
                "models": {"Pod": "KubePod"},
                "parameters": {"(.*)_before": r"\1_until"},
            },
        },
        source="test",
    )
    package = build_package(doc, config, Diagnostics(), spec_source="test")
    found = {
        (r.attribute, o.method_name, tuple(p.name for p in o.params))
        for r in package.resources
        for o in r.operations
    }
    assert found == {
        ("core", "all_namespaced_pod", ("date_sent_until",)),
        ("customers", "list", ()),  # the pattern must match the whole name
    }
    models = {m.name for module in package.model_modules for m in module.models}
    assert "KubePod" in models

    as_is = config_from_mapping(
        {"package_name": "api", "naming": {"style": "operation_id"}}, source="test"
    )
    package = build_package(doc, as_is, Diagnostics(), spec_source="test")
    assert {o.method_name for r in package.resources for o in r.operations} == {
        "list_core_v1_namespaced_pod",
        "get_customers",
    }


@pytest.mark.parametrize(
    ("naming", "message"),
    [
        ({"style": "pretty"}, "'style' must be one of derived, operation_id"),
        ({"methods": {"(unclosed": "x"}}, "is not a regular expression"),
        ({"verbs": {}}, "verbs"),
    ],
)
def test_config_naming_is_checked(naming: dict[str, Any], message: str) -> None:
    from clientsmith.generator.config import config_from_mapping
    from clientsmith.generator.diagnostics import GeneratorError

    with pytest.raises(GeneratorError) as raised:
        config_from_mapping({"naming": naming}, source="test")
    assert message in str(raised.value) + " ".join(
        d.message for d in raised.value.diagnostics
    )


def test_words_that_qualify_the_resource_where_it_is_are_not_repeated() -> None:
    def tagged(operation_id: str, tag: str) -> dict[str, Any]:
        return {**op(operation_id), "tags": [tag]}

    paths = {
        # ``/suppression`` is a namespace of several resources: its word goes
        "/suppression/blocks": {
            "get": tagged("GET_suppression-blocks", "Blocks"),
            "delete": tagged("DELETE_suppression-blocks", "Blocks"),
        },
        "/suppression/blocks/{email}": {
            "delete": tagged("DELETE_suppression-blocks-email", "Blocks"),
        },
        "/suppression/bounces": {"get": tagged("GET_suppression-bounces", "Bounces")},
        # a noun that is the path's name below the resource's is what it reaches
        "/messages/long_code": {"post": tagged("createLongCodeMessage", "Messages")},
        # ... but a noun that is not stays, qualifying the resource's name
        "/messages": {"get": tagged("listOutboundMessages", "Messages")},
        # a name that starts with the resource's and ends with a verb turns round
        "/sim_cards/{id}/public_ip": {
            "get": tagged("SimCardPublicIpGet", "SIM Cards"),
        },
        "/recognize": {"post": tagged("SimCardTextInStream", "SIM Cards")},
        # the words before the resource's in its own path segment qualify it
        "/telephony_credentials": {
            "post": tagged("CreateTelephonyCredential", "Credentials")
        },
    }
    assert names(spec(paths)) == {
        "GET /suppression/blocks": "blocks.list",
        "DELETE /suppression/blocks": "blocks.delete",
        "DELETE /suppression/blocks/{email}": "blocks.delete_by_email",
        "GET /suppression/bounces": "bounces.list",
        "POST /messages/long_code": "messages.create_long_code",
        "GET /messages": "messages.list_outbound",
        "GET /sim_cards/{id}/public_ip": "sim_cards.get_public_ip",
        "POST /recognize": "sim_cards.text_in_stream",  # not turned round
        "POST /telephony_credentials": "credentials.create",
    }


def test_twilio_style_tags_nest_by_path_as_its_sdk() -> None:
    def tagged(operation_id: str, tag: str) -> dict[str, Any]:
        return {**op(operation_id), "tags": [tag]}

    root = "/2010-04-01/Accounts"
    paths = {
        f"{root}.json": {"get": tagged("ListAccount", "Api20100401Account")},
        f"{root}/{{Sid}}.json": {"get": tagged("FetchAccount", "Api20100401Account")},
        f"{root}/{{AccountSid}}/Messages.json": {
            "get": tagged("ListMessage", "Api20100401Message"),
            "post": tagged("CreateMessage", "Api20100401Message"),
        },
        f"{root}/{{AccountSid}}/Messages/{{Sid}}.json": {
            "get": tagged("FetchMessage", "Api20100401Message"),
        },
        # a plural right after a variable at the end is a collection too, and
        # the parents' words before the resource's go (``ListCallEvent``)
        f"{root}/{{AccountSid}}/Calls/{{CallSid}}/Events.json": {
            "get": tagged("ListCallEvent", "Api20100401Event"),
        },
        # a variable follows: a collection, though its first word is a verb
        f"{root}/{{AccountSid}}/Calls/{{CallSid}}/AddOns.json": {
            "get": tagged("ListAccountCallAddOn", "Api20100401AddOn"),
        },
        f"{root}/{{AccountSid}}/Calls/{{CallSid}}/AddOns/{{Sid}}.json": {
            "get": tagged("FetchAccountCallAddOn", "Api20100401AddOn"),
        },
    }
    assert names(spec(paths)) == {
        f"GET {root}.json": "accounts.list",
        f"GET {root}/{{Sid}}.json": "accounts.fetch",
        f"GET {root}/{{AccountSid}}/Messages.json": "accounts.messages.list",
        f"POST {root}/{{AccountSid}}/Messages.json": "accounts.messages.create",
        f"GET {root}/{{AccountSid}}/Messages/{{Sid}}.json": "accounts.messages.fetch",
        f"GET {root}/{{AccountSid}}/Calls/{{CallSid}}/Events.json": (
            "accounts.calls.events.list"
        ),
        f"GET {root}/{{AccountSid}}/Calls/{{CallSid}}/AddOns.json": (
            "accounts.calls.add_ons.list"
        ),
        f"GET {root}/{{AccountSid}}/Calls/{{CallSid}}/AddOns/{{Sid}}.json": (
            "accounts.calls.add_ons.fetch"
        ),
    }


def test_azure_resource_manager_paths_nest_below_the_provider() -> None:
    base = (
        "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}"
        "/providers/Microsoft.Media/mediaServices/{accountName}/assets"
    )
    paths = {
        base: {"get": op("Assets_List")},
        f"{base}/{{assetName}}": {"get": op("Assets_Get")},
        f"{base}/{{assetName}}/listContainerSas": {
            "post": op("Assets_ListContainerSas")
        },
    }
    assert names(spec(paths)) == {
        f"GET {base}": "media_services.assets.list",
        f"GET {base}/{{assetName}}": "media_services.assets.get",
        f"POST {base}/{{assetName}}/listContainerSas": (
            "media_services.assets.list_container_sas"
        ),
    }
