"""Method and resource names for Springfox's numbered ids and for paths under
several versions (issue 13): each rule checked on the IR of a small spec
shaped like the corpus spec it was found in, and on its function."""

from __future__ import annotations

from typing import Any

from gen_helpers import op, spec
from test_naming_rules import names

from clientsmith.generator.naming import (
    by_variable,
    counted_ids,
    drop_version_words,
    is_version_tag,
    path_qualified,
    path_version,
    split_glued_version,
    version_ranks,
    without_springfox_suffix,
    without_versions,
)


def tagged(operation_id: str, tag: str) -> dict[str, Any]:
    return op(operation_id, tags=[tag])


# -- Springfox's numbered ids -------------------------------------------------


def test_counted_ids_are_springfox_counters_with_their_base() -> None:
    ids = ["delete", "delete_1", "delete_13", "getById", "getById_2", "step_1"]
    assert counted_ids(ids) == {
        "delete": "delete",
        "delete_1": "delete",
        "delete_13": "delete",
        "getById": "getById",
        "getById_2": "getById",
    }  # ``step_1`` has no ``step``: its number may mean something
    assert counted_ids(["getUsingGET", "getUsingGET_3"]) == {
        "getUsingGET": "getUsingGET",
        "getUsingGET_3": "getUsingGET",
    }


def test_hashed_ids_are_counters_too() -> None:
    # Microsoft Graph (OpenAPI.NET OData): a four-digit hex hash after ids
    # that would repeat
    ids = [
        "Get.Count.versions-8216",
        "Get.Count.versions-c405",
        "Get.Count.applications-8398",
        "admin.admin.GetAdmin",
    ]
    assert counted_ids(ids) == {
        "Get.Count.versions-8216": "Get.Count.versions",
        "Get.Count.versions-c405": "Get.Count.versions",
        "Get.Count.applications-8398": "Get.Count.applications",
    }
    # two hashed-looking ids on different bases are not a hashing spec
    assert counted_ids(["createFeed-a1b2", "deleteFeed-c3d4", "listFeeds"]) == {}


def test_graph_count_ids_lose_their_hash() -> None:
    doc = spec(
        {
            "/applications/$count": {"get": op("Get.Count.applications-8398")},
            "/agreements/{agreement-id}/files/$count": {
                "get": op("Get.Count.files-b229"),
            },
            "/agreements/{agreement-id}/files/{file-id}/versions/$count": {
                "get": op("Get.Count.versions-8216"),
            },
            "/agreements/{agreement-id}/file/localizations/{l-id}/versions/$count": {
                "get": op("Get.Count.versions-c405"),
            },
            "/agreements/{agreement-id}/files/{file-id}": {"get": op("GetFile")},
        }
    )
    found = names(doc)
    assert found["GET /applications/$count"].endswith(".get_count")  # not _8398
    assert found["GET /agreements/{agreement-id}/files/$count"].endswith(".get_count")
    assert not any(name[-4:].isdigit() for name in found.values())


def test_graph_odata_casts_are_no_azure_provider() -> None:
    # ``microsoft.graph.group`` is an OData cast, not ``providers/Microsoft.X``
    doc = spec(
        {
            "/devices/{device-id}/transitiveMemberOf/microsoft.graph.group/$count": {
                "get": op("Get.Count.microsoft.graph.group-bca9"),
            },
            "/users/{user-id}/transitiveMemberOf/microsoft.graph.group/$count": {
                "get": op("Get.Count.microsoft.graph.group-062f"),
            },
            "/users/{user-id}/memberOf/$count": {"get": op("Get.Count.memberOf-a1b2")},
            "/subscriptions/{s}/providers/Microsoft.Media/mediaServices": {
                "get": op("MediaServices_List"),
            },
        }
    )
    resources = {name.rsplit(".", 1)[0] for name in names(doc).values()}
    # was one resource ``count`` for all of them
    assert "count" not in resources
    assert "media_services" in resources  # Azure's providers still start below


def test_by_variable_leaves_the_resources_words_out() -> None:
    assert by_variable("clusterKey", ["cluster"]) == "by_key"
    assert by_variable("organizerKey", ["organizers"]) == "by_key"
    assert by_variable("objectName", ["object", "name"]) == "by_object_name"
    assert by_variable("email", ["blocks"]) == "by_email"


def test_an_item_beside_its_collections_name_is_by_its_key() -> None:
    # turbinelabs: ``GET /cluster`` lists, ``GET /cluster/{clusterKey}`` gets one
    doc = spec(
        {
            "/cluster": {"get": op(tags=["cluster"]), "post": op(tags=["cluster"])},
            "/cluster/{clusterKey}": {
                "get": op(tags=["cluster"]),
                "put": op(tags=["cluster"]),
            },
            "/organizers": {"delete": op(tags=["organizers"])},
            "/organizers/{organizerKey}": {"delete": op(tags=["organizers"])},
        }
    )
    assert names(doc)["DELETE /organizers/{organizerKey}"] == (
        "organizers.delete_by_key"  # was ``delete_by_organizer_key``
    )


def test_springfox_method_suffix_goes() -> None:
    assert without_springfox_suffix("getAnnotationsUsingPOST", "post") == (
        "getAnnotations"
    )
    # only the operation's own method, and never the whole id
    assert without_springfox_suffix("getAnnotationsUsingPOST", "get") == (
        "getAnnotationsUsingPOST"
    )
    assert without_springfox_suffix("UsingGET", "get") == "UsingGET"


def test_path_qualified_puts_the_paths_noun_after_the_verb() -> None:
    assert path_qualified(
        "delete", "/customers/priceLists/{priceListId}", ["clients"]
    ) == ("delete_price_list")
    assert path_qualified("get_all_ids", "/customers/persons/ids", ["clients"]) == (
        "get_all_person_ids"
    )
    # the resource's own words and the name's say nothing new
    assert path_qualified("get", "/clients/{id}", ["clients"]) == ""


def test_numbered_springfox_ids_are_told_apart_by_their_paths() -> None:
    # XTRF's Springfox spec: a counter across the whole spec made ids unique
    doc = spec(
        {
            "/accounting/customers/invoices/{invoiceId}": {
                "get": tagged("getById", "Client Invoices"),
                "delete": tagged("delete_1", "Client Invoices"),
            },
            "/accounting/customers/payments/{paymentId}": {
                "delete": tagged("delete_2", "Client Invoices"),
            },
            "/customers": {"post": tagged("create_3", "Clients")},
            "/customers/persons": {"post": tagged("create_2", "Clients")},
            "/customers/persons/{personId}": {
                "get": tagged("getById_1", "Clients"),
                "delete": tagged("delete_3", "Clients"),
            },
            "/customers/persons/{personId}/contact": {
                "get": tagged("getContact", "Clients"),
            },
            "/customers/priceLists/{priceListId}": {
                "delete": tagged("delete_4", "Clients"),
            },
            "/customers/{customerId}": {
                "get": tagged("getById_2", "Clients"),
                "delete": tagged("delete_5", "Clients"),
            },
            "/customers/{customerId}/contact": {
                "get": tagged("getContact_1", "Clients"),
            },
            "/providers/{providerId}": {"delete": tagged("delete_10", "Vendors")},
            "/browser/views/{viewId}": {"delete": tagged("delete", "Browser")},
            "/browser/views/for/{className}": {"post": tagged("create", "Browser")},
        }
    )
    assert names(doc) == {
        "GET /accounting/customers/invoices/{invoiceId}": "client_invoices.get_by_id",
        # was ``delete_1`` and ``delete_2``
        "DELETE /accounting/customers/invoices/{invoiceId}": "client_invoices.delete",
        "DELETE /accounting/customers/payments/{paymentId}": (
            "client_invoices.delete_payment"
        ),
        # the shortest path keeps the plain name, whatever the spec's order
        "POST /customers": "clients.create",
        "POST /customers/persons": "clients.create_person",
        "GET /customers/{customerId}": "clients.get_by_id",
        "DELETE /customers/{customerId}": "clients.delete",
        "GET /customers/persons/{personId}": "clients.get_person_by_id",
        "DELETE /customers/persons/{personId}": "clients.delete_person",
        "DELETE /customers/priceLists/{priceListId}": "clients.delete_price_list",
        "GET /customers/{customerId}/contact": "clients.get_contact",
        # an owner the path names comes before the path's noun
        "GET /customers/persons/{personId}/contact": "clients.get_contact_for_person",
        "DELETE /providers/{providerId}": "vendors.delete",  # was ``delete_10``
        "DELETE /browser/views/{viewId}": "browser.delete",
        "POST /browser/views/for/{className}": "browser.create",
    }


def test_springfox_using_method_ids() -> None:
    # mcw.edu's and GeoDB's Springfox ids: ``<javaMethod>Using<METHOD>``
    doc = spec(
        {
            "/annotations/": {"post": tagged("getAnnotationsUsingPOST", "Annotation")},
            "/annotations/rgdId/{rgdId}": {
                "get": tagged("getAnnotationsByRgdIdUsingGET", "Annotation"),
            },
            "/cities": {"get": tagged("findCitiesUsingGET", "Geo")},
            "/cities/{cityId}": {"get": tagged("findCitiesUsingGET_1", "Geo")},
        }
    )
    assert names(doc) == {
        "POST /annotations/": "annotation.get",  # was ``get_using_post``
        "GET /annotations/rgdId/{rgdId}": "annotation.get_by_rgd_id",
        "GET /cities": "geo.find_cities",  # was ``find_cities_using_get``
        "GET /cities/{cityId}": "geo.find_cities_by_city_id",  # not ``_1``
    }


def test_one_java_method_as_get_and_post_keeps_the_id_before_a_number() -> None:
    # Etherpad's Springfox ids: the same method served as GET and POST of a
    # path; dropping ``Using<METHOD>`` from both would leave ``check_token_2``.
    doc = spec(
        {
            "/checkToken": {
                "get": tagged("checkTokenUsingGET", "pad"),
                "post": tagged("checkTokenUsingPOST", "pad"),
            },
            "/getHTML": {
                "get": tagged("getHTMLUsingGET", "pad"),
                "post": tagged("getHTMLUsingPOST", "pad"),
            },
        }
    )
    assert names(doc) == {
        "GET /checkToken": "pad.check_token",
        "POST /checkToken": "pad.check_token_using_post",  # not ``check_token_2``
        "GET /getHTML": "pad.get_html",
        "POST /getHTML": "pad.get_html_using_post",
    }


# -- versions ----------------------------------------------------------------


def test_version_helpers() -> None:
    assert split_glued_version("cities_getv1", "/v1/cities") == "cities_get_v1"
    assert split_glued_version("locationsv1_get", "/v1/locations") == (
        "locations_v1_get"
    )
    # only the path's own version: ``dev1`` is a word
    assert split_glued_version("get_dev1", "/v2/devices") == "get_dev1"
    assert is_version_tag("v1") and is_version_tag("API v2")
    assert not is_version_tag("core_v1") and not is_version_tag("Api20100401Message")
    assert path_version("/api/v2beta1/things") == "v2beta1"
    assert version_ranks(["/v1/a", "/v2/a", "/v1beta1/b", "/ping"]) == {
        "v2": 0,
        "v1": 1,
        "v1beta1": 2,
    }
    assert version_ranks(["/v1/a", "/v1/b", "/ping"]) == {}  # one version
    assert without_versions("/v1/cities/{id}") == without_versions("/v2/cities/{id}")


def test_versions_are_not_resources_and_the_newest_keeps_the_plain_name() -> None:
    # OpenAQ (FastAPI): tags ``v1`` and ``v2``, the same paths under both
    doc = spec(
        {
            "/v1/cities": {"get": tagged("cities_getv1_v1_cities_get", "v1")},
            "/v1/countries/{country_id}": {
                "get": tagged("countries_get_v1_countries__country_id__get", "v1"),
            },
            "/v1/locations": {"get": tagged("locationsv1_get_v1_locations_get", "v1")},
            "/v1/sources": {"get": tagged("sources_v1_get_v1_sources_get", "v1")},
            "/v2/cities": {"get": tagged("cities_get_v2_cities_get", "v2")},
            "/v2/countries": {"get": tagged("countries_get_v2_countries_get", "v2")},
            "/v2/countries/{country_id}": {
                "get": tagged("countries_get_v2_countries__country_id__get", "v2"),
            },
            "/v2/locations": {"get": tagged("locations_get_v2_locations_get", "v2")},
            "/v2/summary": {"get": tagged("summary_get_v2_summary_get", "v2")},
        }
    )
    assert names(doc) == {
        # was ``v1.cities_getv1`` and ``v2.cities_get``
        "GET /v1/cities": "cities.list_v1",
        "GET /v2/cities": "cities.list",
        "GET /v1/countries/{country_id}": "countries.get_v1",
        "GET /v2/countries": "countries.list",
        "GET /v2/countries/{country_id}": "countries.get",
        "GET /v1/locations": "locations.list_v1",  # was ``v1.locationsv1_get``
        "GET /v2/locations": "locations.list",
        # only under v1: nothing to tell it from, no version
        "GET /v1/sources": "sources.list",
        "GET /v2/summary": "summary.get",  # one summary: not a listing
    }


def test_an_older_version_keeps_other_names_of_its_own() -> None:
    # beezup / VictorOps: the version says which operation only beside the
    # same operation under another version, not beside another of its own
    doc = spec(
        {
            "/v1/rules/run": {"post": tagged("RunRules", "Rules")},
            "/v1/rules/{ruleId}/run": {"post": tagged("RunRule", "Rules")},
            "/v2/things": {"get": tagged("ListThings", "Things")},
            "/v1/profile/{username}/policies/{step}": {
                "put": op(tags=["Policies"]),
                "post": op(tags=["Policies"]),
            },
        }
    )
    assert names(doc) == {
        # ``RunRules`` beside ``RunRule``: many and one (not ``run_v1``)
        "POST /v1/rules/run": "rules.run_many",
        "POST /v1/rules/{ruleId}/run": "rules.run",
        "GET /v2/things": "things.list",
        "PUT /v1/profile/{username}/policies/{step}": "policies.update_for_profile",
        # not ``update_for_profile_v1``: the other name is the same version's
        "POST /v1/profile/{username}/policies/{step}": (
            "policies.update_for_profile_by_step"
        ),
    }


def test_a_version_only_in_the_id_goes_before_a_path_variable_too() -> None:
    # Rubrik's ``getVcdClusterV1`` for ``/vcd/cluster/{id}`` (servers ``/api/v1``):
    # the segments before the variable are no version root
    assert drop_version_words("get_vcd_cluster_v1", "/vcd/cluster/{id}") == (
        "get_vcd_cluster"
    )
    assert drop_version_words(
        "create_api_public_v1_profile_policy", "/api/public/v1/profile/{id}"
    ) == ("create_profile_policy")
    doc = spec(
        {
            "/vcd/cluster": {"get": tagged("queryVcdClusterV1", "/vcd/cluster")},
            "/vcd/cluster/{id}": {
                "get": tagged("getVcdClusterV1", "/vcd/cluster"),
                "delete": tagged("deleteVcdClusterV1", "/vcd/cluster"),
            },
        }
    )
    assert names(doc) == {
        "GET /vcd/cluster": "vcd_cluster.query",
        "GET /vcd/cluster/{id}": "vcd_cluster.get",  # was ``get_v1``
        "DELETE /vcd/cluster/{id}": "vcd_cluster.delete",
    }


def test_one_function_for_several_paths_is_told_apart_by_the_path() -> None:
    # linqr (FastAPI): one ``dispatcher`` function serves every QR code kind
    doc = spec(
        {
            "/qrcode": {"post": tagged("dispatcher_qrcode_post", "Single QR Code")},
            "/qrcode/contact": {
                "post": tagged("dispatcher_qrcode_contact_post", "Single QR Code"),
            },
            "/qrcode/email": {
                "post": tagged("dispatcher_qrcode_email_post", "Single QR Code"),
            },
        }
    )
    assert names(doc) == {
        "POST /qrcode": "single_qr_code.dispatcher",
        "POST /qrcode/contact": "single_qr_code.contact_dispatcher",  # not ``_2``
        "POST /qrcode/email": "single_qr_code.email_dispatcher",
    }
