"""Versions written onto a path segment (issue 13): Atlassian Crucible's
``/rest-service/reviews-v1/{id}`` names ``reviews``, not ``reviews_v1``;
checked on the IR of a small spec shaped like Crucible's, and on the function."""

from __future__ import annotations

from gen_helpers import op, spec
from test_naming_rules import ir_of, names

from clientsmith.generator.naming import naming_paths, unglued_versions


def test_unglued_versions_makes_the_version_a_segment_before_its_name() -> None:
    assert unglued_versions("/rest-service/repositories-v1/{repository}") == (
        "/rest-service/v1/repositories/{repository}"
    )
    assert unglued_versions("/api/search_v2/reviews") == "/api/v2/search/reviews"
    assert unglued_versions("/rest-api-v1/items") == "/v1/rest-api/items"
    # Not a version written onto a name: left as they are.
    for path in (
        "/v1/cities",  # a version segment already
        "/devices/dev1",  # no separator: a word
        "/files/{name-v1}",  # a variable
        "/models/gpt-4",  # no ``v``
        "/core_v1beta1/pods",  # only plain ``v<n>``, as the nesting skips
        "/api-v",
    ):
        assert unglued_versions(path) == path


def test_a_version_on_a_segment_is_not_in_the_resources_name() -> None:
    # Atlassian Crucible: every resource's segment carries ``-v1``
    doc = spec(
        {
            "/rest-service/reviews-v1": {
                "get": op("getAllReviews"),
                "post": op("createReview"),
            },
            "/rest-service/reviews-v1/{id}": {
                "get": op("getReview"),
                "delete": op("deleteReview"),
            },
            "/rest-service/reviews-v1/{id}/comments": {
                "get": op("getComments"),
            },
            "/rest-service/reviews-v1/{id}/comments/{cId}": {
                "get": op("getComment"),
            },
            "/rest-service/repositories-v1": {"get": op("getAllRepositories")},
            "/rest-service/repositories-v1/{repository}": {
                "get": op("getRepositoryDetails"),
            },
            "/rest-service/users-v1/{username}": {"get": op("getUserProfile")},
        }
    )
    assert names(doc) == {
        # were ``rest_service.reviews_v1.get_all_reviews`` ...
        "GET /rest-service/reviews-v1": "rest_service.reviews.get_all",
        "POST /rest-service/reviews-v1": "rest_service.reviews.create",
        "GET /rest-service/reviews-v1/{id}": "rest_service.reviews.get",
        "DELETE /rest-service/reviews-v1/{id}": "rest_service.reviews.delete",
        "GET /rest-service/reviews-v1/{id}/comments": (
            "rest_service.reviews.comments.list"
        ),
        "GET /rest-service/reviews-v1/{id}/comments/{cId}": (
            "rest_service.reviews.comments.get"
        ),
        # was ``rest_service.repositories_v1.get_all_repositories``
        "GET /rest-service/repositories-v1": "rest_service.repositories.get_all",
        "GET /rest-service/repositories-v1/{repository}": (
            "rest_service.repositories.get_details"
        ),
        # was ``rest_service.get_user_profile``
        "GET /rest-service/users-v1/{username}": "rest_service.users.get_profile",
    }
    # Requests still go to the spec's paths.
    paths = {o.path for r in ir_of(doc).resources for o in r.operations}
    assert "/rest-service/reviews-v1/{id}" in paths


def test_under_two_glued_versions_the_newest_keeps_the_plain_name() -> None:
    doc = spec(
        {
            "/rest/search-v1/reviews": {"get": op("searchReviews")},
            "/rest/search-v2/reviews": {"get": op("searchReviewsV2")},
        }
    )
    assert names(doc) == {
        # not ``search_v1.reviews`` beside ``search_v2.reviews``
        "GET /rest/search-v1/reviews": "search.reviews.search_v1",
        "GET /rest/search-v2/reviews": "search.reviews.search",
    }


def test_a_versioned_name_beside_the_same_name_without_one_is_kept() -> None:
    # Microsoft Graph: ``/security/alerts_v2`` is another resource than
    # ``/security/alerts``, which its SDK keeps as ``alerts_v2``
    paths = [
        "/security/alerts",
        "/security/alerts/{alert-id}",
        "/security/alerts_v2",
        "/security/alerts_v2/{alert-id}",
        "/security/incidents-v1/{incident-id}",
    ]
    assert naming_paths(paths) == {
        "/security/incidents-v1/{incident-id}": "/security/v1/incidents/{incident-id}"
    }
    assert naming_paths(["/v1/cities", "/v2/cities"]) == {}
