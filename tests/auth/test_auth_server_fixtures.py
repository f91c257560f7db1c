"""The real-server fixture fails without node modules unless skipping is allowed."""

from __future__ import annotations

from pathlib import Path

import pytest
from auth_servers import require_oauth2_mock_server

REPO = Path(__file__).parent.parent.parent


def test_installed_modules_are_found() -> None:
    assert require_oauth2_mock_server(REPO).endswith("node")


def test_missing_modules_fail_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLIENTSMITH_ALLOW_SKIP", raising=False)
    with pytest.raises(pytest.fail.Exception, match="npm install"):
        require_oauth2_mock_server(tmp_path)


def test_missing_modules_skip_when_allowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIENTSMITH_ALLOW_SKIP", "1")
    with pytest.raises(pytest.skip.Exception, match="npm install"):
        require_oauth2_mock_server(tmp_path)
