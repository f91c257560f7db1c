"""Generator: webhooks (3.1) and callbacks (3.0) become ``<package>/webhooks.py``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from clientsmith.generator.config import config_from_mapping
from clientsmith.generator.diagnostics import GeneratorError

from .conftest import GITHUB_STYLE

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "generator"))
from gen_helpers import generate, mypy_strict, run_python  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def test_callbacks_become_parse_functions_and_models(repohooks: Path) -> None:
    source = (repohooks / "repohooks" / "webhooks.py").read_text()
    # One function per callback; the shared IssueCallback only once.
    assert source.count("def parse_on_push(") == 1
    assert source.count("def parse_on_issue(") == 1
    assert "def parse_on_issue_2" not in source
    assert 'WebhookEvent("onPush", PushEvent, "push")' in source
    assert 'WebhookEvent("onIssue", OnIssuePayload, "issues")' in source
    assert "WebhookPayload = PushEvent | OnIssuePayload" in source
    # The config's signature, secret variable and event header.
    assert 'header="X-Hub-Signature-256"' in source
    assert 'prefix="sha256="' in source
    assert 'SECRET_ENV = "REPO_HOOK_SECRET"' in source
    assert 'EVENT_HEADER = "X-GitHub-Event"' in source
    readme = (repohooks / "README.md").read_text()
    assert "verifies the signature (HMAC-SHA256 in the X-Hub-Signature-256 header)" in (
        " ".join(readme.split())
    )
    assert "| `parse_on_push` | `onPush` (callback) | `PushEvent` |" in readme
    # The inline payload schema became a model of the models package.
    assert (repohooks / "repohooks" / "models" / "on_issue_payload.py").is_file()
    # Callbacks are not client operations.
    resources = "".join(
        p.read_text() for p in (repohooks / "repohooks" / "resources").glob("*.py")
    )
    assert "def subscribe(" in resources
    assert "push" not in resources.lower()


def test_generated_webhooks_module_is_strictly_typed(repohooks: Path) -> None:
    mypy_strict(repohooks, "repohooks")


def test_generated_parse_functions_return_models(repohooks: Path) -> None:
    out = run_python(
        "from repohooks import webhooks as w\n"
        'e = w.parse_on_issue(b\'{"action": "closed", "issue": {"number": 3}}\')\n'
        "print(type(e).__name__, e.issue.number, e.action.value)\n"
        "try:\n"
        "    w.parse_on_push(b'{\"ref\": 1}')\n"
        "except w.WebhookPayloadError as exc:\n"
        "    print('error:', exc)\n",
        repohooks,
    )
    lines = out.splitlines()
    assert lines[0] == "OnIssuePayload 3 closed"
    assert lines[1].startswith("error: the onPush callback payload does not match")
    assert "commits: Field required" in lines[1]


def test_library_golden_declares_standard_webhooks() -> None:
    source = (ROOT / "generated/library-3.1/library/webhooks.py").read_text()
    assert 'scheme="standard"' in source
    assert 'EVENT_HEADER = "X-Library-Event"' in source
    assert 'WebhookEvent("bookRemoved", BookRemovedPayload, "book.removed")' in source


def webhook_spec(**top: Any) -> dict[str, Any]:
    body = {
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {"id": {"type": "string"}},
                }
            }
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Hooks", "version": "1"},
        "paths": {},
        "webhooks": {
            "thing-created": {"post": {"requestBody": body}},
            "thingCreated": {"post": {"requestBody": body}},
            "raw": {
                "post": {"requestBody": {"content": {"text/plain": {"schema": {}}}}}
            },
        },
        **top,
    }


def test_names_are_unique_and_non_json_bodies_are_reported(tmp_path: Path) -> None:
    result, diagnostics = generate(webhook_spec(), tmp_path, package="hooks")
    source = result.files["hooks/webhooks.py"]
    assert "def parse_thing_created(" in source
    assert "def parse_thing_created_2(" in source
    assert "def parse_raw(" not in source
    skipped = [d for d in diagnostics if d.code == "webhook-skipped"]
    assert [d.pointer for d in skipped] == ["/webhooks/raw/post"]
    # No scheme declared anywhere: unwrap refuses until one is passed.
    assert "SIGNATURE: _webhooks.Signature | None = None" in source
    assert 'SECRET_ENV = "HOOKS_WEBHOOK_SECRET"' in source
    assert "The spec declares no signing scheme" in result.files["README.md"]
    mypy_strict(tmp_path, "hooks")


def test_payload_models_may_take_the_runtime_names(tmp_path: Path) -> None:
    """Models called like what webhooks.py imports or defines do not clash."""
    obj = {"type": "object", "properties": {"id": {"type": "integer"}}}
    names = ("Signature", "Payload", "WebhookEvent", "WebhookPayload")
    spec = webhook_spec(components={"schemas": dict.fromkeys(names, obj)})
    spec["webhooks"] = {
        name: {
            "post": {
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"$ref": f"#/components/schemas/{name}"}
                        }
                    }
                }
            }
        }
        for name in names
    }
    result, _ = generate(spec, tmp_path, package="hooks")
    source = result.files["hooks/webhooks.py"]
    assert "def parse_payload(payload: _webhooks.Payload) -> Payload:" in source
    assert (
        "AnyWebhookPayload = Signature | Payload | WebhookEvent | WebhookPayload"
        in source
    )
    mypy_strict(tmp_path, "hooks")
    out = run_python(
        "from hooks import webhooks as w\n"
        "print(type(w.unsafe_unwrap(b'{\"id\": 5}')).__name__)\n"
        "print(w.parse_webhook_event(b'{\"id\": 6}').id)\n",
        tmp_path,
    )
    assert out.split() == ["Signature", "6"]


def test_no_webhooks_no_module(tmp_path: Path) -> None:
    spec = webhook_spec()
    del spec["webhooks"]
    result, _ = generate(spec, tmp_path, package="hooks")
    assert "hooks/webhooks.py" not in result.files
    assert not (ROOT / "generated/petstore/petstore/webhooks.py").exists()


def test_spec_extension_is_validated_with_located_warnings(tmp_path: Path) -> None:
    spec = webhook_spec(
        **{
            "x-clientsmith-webhooks": {
                "signature": {"scheme": "hmac", "algorithm": "md5", "header": "X-S"},
                "secret_env": "lower",
                "colour": "blue",
            }
        }
    )
    result, diagnostics = generate(spec, tmp_path, package="hooks")
    found = {(d.code, d.pointer) for d in diagnostics if d.code == "webhooks-invalid"}
    assert found == {
        ("webhooks-invalid", "/x-clientsmith-webhooks/signature/algorithm"),
        ("webhooks-invalid", "/x-clientsmith-webhooks/secret_env"),
        ("webhooks-invalid", "/x-clientsmith-webhooks/colour"),
    }
    # An invalid declaration is dropped, never half-applied.
    assert (
        "SIGNATURE: _webhooks.Signature | None = None"
        in result.files["hooks/webhooks.py"]
    )


@pytest.mark.parametrize(
    ("section", "pointer", "message"),
    [
        (
            {"signature": {"scheme": "rsa"}},
            "/webhooks/signature/scheme",
            "hmac, standard",
        ),
        ({"signature": {"scheme": "hmac"}}, "/webhooks/signature", "needs the header"),
        ({"signature": {"header": "X-S"}}, "/webhooks/signature", "needs a scheme"),
        (
            {"signature": {"scheme": "standard", "header": "X-S"}},
            "/webhooks/signature",
            "standard scheme fixes header",
        ),
        (
            {"signature": {"scheme": "standard", "tolerance": -1}},
            "/webhooks/signature/tolerance",
            "from 1 to 86400",
        ),
        (
            {"signature": {"scheme": "hmac", "header": "X S"}},
            "/webhooks/signature/header",
            "header name",
        ),
        ({"event_header": "a b"}, "/webhooks/event_header", "header name"),
        ({"secret": "abc"}, "/webhooks/secret", "unknown key 'secret'"),
        ("hmac", "/webhooks", "must be a mapping"),
    ],
)
def test_config_section_errors_are_located(
    section: Any, pointer: str, message: str
) -> None:
    text = "webhooks: ...\n"
    with pytest.raises(GeneratorError) as info:
        config_from_mapping({"webhooks": section}, source="clientsmith.yaml", text=text)
    problems = [(d.pointer, d.message) for d in info.value.diagnostics]
    assert any(p == pointer and message in m for p, m in problems), problems


def test_config_overrides_the_spec_extension(tmp_path: Path) -> None:
    spec = webhook_spec(
        **{"x-clientsmith-webhooks": {"signature": {"scheme": "standard"}}}
    )
    config = config_from_mapping(GITHUB_STYLE, source="clientsmith.yaml")
    assert config.webhooks is not None
    result, _ = generate(spec, tmp_path, package="hooks")
    assert 'scheme="standard"' in result.files["hooks/webhooks.py"]
    from clientsmith.generator.diagnostics import Diagnostics
    from clientsmith.generator.load import LoadedSpec
    from clientsmith.generator.pipeline import generate_from_loaded

    overridden = generate_from_loaded(
        LoadedSpec.from_document(spec), config, Diagnostics()
    )
    source = overridden.files["repohooks/webhooks.py"]
    assert 'scheme="hmac"' in source
    assert 'SECRET_ENV = "REPO_HOOK_SECRET"' in source


def test_api_change_reports_cover_webhooks(tmp_path: Path) -> None:
    from clientsmith.generator.diff import compare_surfaces
    from clientsmith.generator.surface import build_surface

    def surface(spec: dict[str, Any]) -> dict[str, Any]:
        result, _ = generate(spec, tmp_path / str(len(list(tmp_path.iterdir()))))
        return build_surface(result.package)

    before = webhook_spec()
    after = webhook_spec()
    del after["webhooks"]["thingCreated"]
    after["webhooks"]["thing-created"]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"] = {"type": "string"}
    old, new = surface(before), surface(after)
    assert old["webhooks"]["parse_thing_created_2"]["name"] == "thingCreated"
    found = {(c.kind, c.where): c.breaking for c in compare_surfaces(old, new)}
    assert found[("webhook-removed", "webhooks.parse_thing_created_2")] is True
    assert found[("webhook-type-changed", "webhooks.parse_thing_created")] is True
    back = {(c.kind, c.where): c.breaking for c in compare_surfaces(new, old)}
    assert back[("webhook-added", "webhooks.parse_thing_created_2")] is False
    # A client without webhooks has no webhooks section at all.
    plain = webhook_spec()
    del plain["webhooks"]
    assert "webhooks" not in surface(plain)


def test_a_discriminated_payload_parses_into_the_named_variant(tmp_path: Path) -> None:
    def variant(action: str) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["action", "number"],
            "properties": {
                "action": {"type": "string", "enum": [action]},
                "number": {"type": "integer"},
            },
        }

    spec = webhook_spec(
        components={
            "schemas": {
                "IssueOpened": variant("opened"),
                "IssueClosed": variant("closed"),
            }
        }
    )
    spec["webhooks"] = {
        "issues": {
            "post": {
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "oneOf": [
                                    {"$ref": "#/components/schemas/IssueOpened"},
                                    {"$ref": "#/components/schemas/IssueClosed"},
                                ],
                                "discriminator": {
                                    "propertyName": "action",
                                    "mapping": {
                                        "opened": "#/components/schemas/IssueOpened",
                                        "closed": "#/components/schemas/IssueClosed",
                                    },
                                },
                            }
                        }
                    }
                }
            }
        }
    }
    result, _ = generate(spec, tmp_path, package="hooks")
    assert "Discriminator" in result.files["hooks/webhooks.py"]
    mypy_strict(tmp_path, "hooks")
    out = run_python(
        "from hooks import webhooks as w\n"
        'print(type(w.parse_issues(b\'{"action": "closed", "number": 1}\')).__name__)\n'
        'print(type(w.unsafe_unwrap(b\'{"action": "opened", "number": 2}\')).__name__)\n',
        tmp_path,
    )
    assert out.split() == ["IssueClosed", "IssueOpened"]
