"""Fixtures for the runtime tests (helpers live in ``_helpers``)."""

from __future__ import annotations

import pytest

from ._helpers import FakeSleep


@pytest.fixture
def fake_sleep() -> FakeSleep:
    return FakeSleep()
