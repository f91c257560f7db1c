"""DigitalOcean "get an action" against Prism, with strict validation.

The action schema (``specs/digitalocean_actions.json``, trimmed from the
published spec) has ``region_slug: allOf [$ref to region.slug (a string),
{type: string, nullable: true}]``, which used to become an empty object model:
every action response was rejected (``Input should be an object``). Its
``region.features`` has ``items`` without ``type: array``. The client runs
with ``strict_validation=True``, so a field the models cannot type fails the
call instead of being kept with a warning.
"""

from __future__ import annotations

import datetime as dt
import importlib
import typing
from collections.abc import Callable
from pathlib import Path

import pytest

from clientsmith.auth import BearerAuth

ACTION_ID = 36804636


def _client(url: str) -> typing.Any:
    package = importlib.import_module("digitalocean_actions")
    return package.Client(
        base_url=url,
        auth=BearerAuth("dop_v1_test"),
        env_file=None,
        strict_validation=True,
    )


def test_action_model_is_fully_typed(generated: Path) -> None:
    models = importlib.import_module("digitalocean_actions.models")
    hints = typing.get_type_hints(models.Action, include_extras=True)
    # region_slug is the referenced string, nullable, not an object model
    assert typing.get_args(hints["region_slug"]) == (str, type(None))
    assert hints["id"] == int | None
    assert hints["region"] == models.Region | None
    assert models.Action.model_validate({"region_slug": None}).region_slug is None


def test_get_an_action_static_examples(
    generated: Path, prism: Callable[..., str]
) -> None:
    url = prism("digitalocean_actions", probe=f"/v2/actions/{ACTION_ID}")
    models = importlib.import_module("digitalocean_actions.models")
    with _client(url) as client:
        response = client.actions.get(ACTION_ID)
    action = response.action
    assert isinstance(action, models.Action)
    assert action.id == ACTION_ID
    assert action.status is models.ActionStatus.IN_PROGRESS  # Prism prefers `default`
    assert isinstance(action.started_at, dt.datetime)
    assert action.started_at.tzinfo is not None
    assert isinstance(action.region_slug, str)  # Prism's example here: "string"
    assert isinstance(action.region, models.Region)
    assert action.region.slug == "nyc3"
    assert isinstance(action.region.features, list) and "ipv6" in action.region.features
    assert action.model_extra == {}  # every field the server sent is declared


@pytest.mark.parametrize("attempt", range(5))
def test_get_an_action_generated_data(
    attempt: int, generated: Path, prism: Callable[..., str]
) -> None:
    """Prism's --dynamic answers with random data valid for the schema."""
    url = prism("digitalocean_actions", dynamic=True, probe=f"/v2/actions/{ACTION_ID}")
    models = importlib.import_module("digitalocean_actions.models")
    with _client(url) as client:
        action = client.actions.get(ACTION_ID).action
    assert action is None or isinstance(action, models.Action)
    if action is not None:
        assert action.region_slug is None or isinstance(action.region_slug, str)
        assert action.region is None or isinstance(action.region, models.Region)
