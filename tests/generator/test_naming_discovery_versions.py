"""A version inside a Google discovery id's resource chain (issue 13):
Monitoring's proxied ``prometheus/api/v1`` and Service Broker's ``v2`` are
not resources: ``projects.location.prometheus.query``, not
``projects.location.prometheus.api.v1.query``."""

from __future__ import annotations

from gen_helpers import op, spec
from test_naming_rules import names

from clientsmith.generator.naming import drop_api_name, unversioned_chains


def test_a_version_inside_a_chain_is_not_a_resource() -> None:
    base = "/v1/{name}/location/{location}/prometheus/api/v1"
    doc = spec(
        {
            f"{base}/query": {
                "post": op("monitoring.projects.location.prometheus.api.v1.query"),
            },
            f"{base}/metadata": {
                "get": op(
                    "monitoring.projects.location.prometheus.api.v1.metadata.list"
                ),
            },
            "/v3/{name}/alertPolicies": {
                "get": op("monitoring.projects.alertPolicies.list"),
            },
        }
    )
    assert names(doc) == {
        # were ``projects.location.prometheus.api.v1.query``, ``...v1.metadata.list``
        f"POST {base}/query": "projects.location.prometheus.query",
        f"GET {base}/metadata": "projects.location.prometheus.metadata.list",
        "GET /v3/{name}/alertPolicies": "projects.alert_policies.list",
    }


def test_unversioned_chains() -> None:
    chains = [
        ["projects", "brokers", "v2", "service_instances"],
        ["projects", "brokers", "instances"],
        ["projects", "location", "prometheus", "api", "v1"],
    ]
    assert unversioned_chains(chains) == {
        ("projects", "brokers", "v2", "service_instances"): [
            "projects",
            "brokers",
            "service_instances",
        ],
        ("projects", "location", "prometheus", "api", "v1"): [
            "projects",
            "location",
            "prometheus",
        ],
    }
    # the chain without its version is another's already: the version stays
    assert unversioned_chains([["a", "v1", "b"], ["a", "b"]]) == {}
    # two versions would become one resource: both stay
    assert unversioned_chains([["a", "v1", "b"], ["a", "v2", "b"]]) == {}
    assert drop_api_name(
        "monitoring.projects.prometheus.api.v1.query", ["prometheus"]
    ) == ("query")
