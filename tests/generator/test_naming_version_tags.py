"""A tag's trailing version that is its paths' version (issue 13): XTRF's tag
``Projects (Smart)(v2)`` for ``/v2/projects`` names ``projects_smart``; an API
group's version (Kubernetes' ``core_v1``, ``apps_v1``) is kept."""

from __future__ import annotations

from typing import Any

from gen_helpers import op, spec
from test_naming_rules import names

from clientsmith.generator.naming import product_version_tags


def tagged(operation_id: str, tag: str) -> dict[str, Any]:
    return op(operation_id, tags=[tag])


def test_a_version_of_the_paths_goes_from_the_tags_resource_name() -> None:
    # XTRF: Smart (v2) projects and quotes beside the Classic ones
    doc = spec(
        {
            "/v2/projects": {"post": tagged("createProject", "Projects (Smart)(v2)")},
            "/v2/projects/{projectId}": {
                "get": tagged("getById", "Projects (Smart)(v2)"),
            },
            "/v2/quotes/{quoteId}/status": {
                "put": tagged("changeStatus", "Quotes (Smart)(v2)"),
            },
            "/projects/{projectId}": {
                "get": tagged("getProjectById", "Projects (Classic)"),
            },
            "/customers/{customerId}": {"get": tagged("getById_1", "Clients")},
        }
    )
    assert names(doc) == {
        # were ``projects_smart_v2.create``, ``quotes_smart_v2.change_status``
        "POST /v2/projects": "projects_smart.create",
        "GET /v2/projects/{projectId}": "projects_smart.get_by_id",
        "PUT /v2/quotes/{quoteId}/status": "quotes_smart.change_status",
        "GET /projects/{projectId}": "projects_classic.get_by_id",
        "GET /customers/{customerId}": "clients.get_by_id",
    }


def test_an_api_groups_version_stays() -> None:
    # Kubernetes: the group is before the version in the path, or nowhere in it
    operations = [
        ("core_v1", "/api/v1/namespaces/{namespace}/pods"),
        ("core_v1", "/api/v1/"),
        ("apps_v1", "/apis/apps/v1/namespaces/{namespace}/deployments"),
        ("events_v1", "/apis/events.k8s.io/v1/namespaces/{namespace}/events"),
        ("events_v1", "/apis/events.k8s.io/v1/"),
    ]
    assert product_version_tags(operations) == {}


def test_every_operation_must_agree_and_the_newest_keeps_the_name() -> None:
    assert product_version_tags(
        [
            ("Projects v2", "/v2/projects"),
            ("Projects v2", "/v2/jobs"),  # the tag's name is not below the version
            ("Quotes v2", "/v2/quotes/{id}"),
        ]
    ) == {"Quotes v2": "Quotes"}
    assert product_version_tags(
        [("Jobs v1", "/v1/jobs"), ("Jobs v2", "/v2/jobs/{id}")]
    ) == {"Jobs v2": "Jobs"}
    # the plain name is another tag's: both keep theirs
    assert product_version_tags([("Jobs", "/jobs"), ("Jobs v2", "/v2/jobs")]) == {}
