"""Building token requests and reading token responses, for the variants servers need.

* client authentication: ``"basic"`` (``Authorization: Basic``, RFC 6749 2.3.1),
  ``"body"`` (``client_id``/``client_secret`` in the body), ``"query"`` (in the URL,
  e.g. OpenVPN CloudConnexa) or ``"none"`` (public client: ``client_id`` only);
* body format: ``"form"`` (``application/x-www-form-urlencoded``), ``"json"``
  (e.g. Akeneo) or ``"query"`` (every parameter in the URL and an empty body, as
  OpenVPN CloudConnexa documents its token call);
* errors: the OAuth shape ``{"error", "error_description"}`` or an API's own
  (``{"code", "message"}``, ``{"errorMessage"}``, ``{"errors": [{"message"}]}``...),
  reported with secrets masked.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from typing import Any, Literal
from urllib.parse import quote

import httpx

from .._redact import hide_in_http_logs
from ..errors import message_from_body
from ._secret import Secret, redact
from .errors import TokenRequestError
from .token import Token

__all__ = ["BodyFormat", "ClientAuthMethod", "TokenEndpoint"]

ClientAuthMethod = Literal["basic", "body", "query", "none"]
BodyFormat = Literal["form", "json", "query"]


class TokenEndpoint:
    """One token URL plus how this client authenticates and encodes requests to it.

    ``url`` may be relative; it is resolved against the URL of the API request
    that needs the token (so it follows the client's base URL).
    """

    def __init__(
        self,
        url: str,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        client_auth: ClientAuthMethod = "basic",
        body_format: BodyFormat = "form",
        extra_params: Mapping[str, str] | None = None,
        scope: str | Sequence[str] | None = None,
    ) -> None:
        if client_auth not in ("basic", "body", "query", "none"):
            raise ValueError(f"unknown client_auth {client_auth!r}")
        if body_format not in ("form", "json", "query"):
            raise ValueError(f"unknown body_format {body_format!r}")
        self.url = url
        self.client_id = client_id
        self._client_secret = (
            Secret(client_secret) if client_secret is not None else None
        )
        self.client_auth: ClientAuthMethod = client_auth
        if client_auth == "query" and client_secret:
            hide_in_http_logs(client_secret)  # httpx logs request URLs
        self.body_format: BodyFormat = body_format
        self.extra_params = dict(extra_params or {})
        self.scope = (
            scope if scope is None or isinstance(scope, str) else " ".join(scope)
        )

    @property
    def client_secret(self) -> Secret | None:
        """The client secret (masked in reprs)."""
        return self._client_secret

    def build_request(
        self, grant: Mapping[str, str], *, base_url: httpx.URL | None = None
    ) -> httpx.Request:
        """Build the token request for ``grant`` (``grant_type`` and its parameters)."""
        url = base_url.join(self.url) if base_url is not None else httpx.URL(self.url)
        body: dict[str, str] = {**grant}
        if self.scope is not None and grant.get("grant_type") != "refresh_token":
            body.setdefault("scope", self.scope)
        for name, value in self.extra_params.items():
            body.setdefault(name, value)
        headers = {"Accept": "application/json"}
        params: dict[str, str] = {}
        if self.client_auth == "basic" and self._client_secret is not None:
            headers["Authorization"] = self._basic_header()
        elif self.client_auth == "query":
            params.update(self._client_fields())
        elif self.client_auth == "body":
            body.update(self._client_fields())
        elif self.client_id is not None:
            # "none", or "basic" without a secret: a public client names itself.
            body.setdefault("client_id", self.client_id)
        if self.body_format == "query":
            params.update(body)
            body = {}
        if params:
            url = url.copy_merge_params(params)
        if self.body_format == "query":
            return httpx.Request("POST", url, headers=headers)
        if self.body_format == "json":
            return httpx.Request("POST", url, json=body, headers=headers)
        return httpx.Request("POST", url, data=body, headers=headers)

    def _client_fields(self) -> dict[str, str]:
        fields: dict[str, str] = {}
        if self.client_id is not None:
            fields["client_id"] = self.client_id
        if self._client_secret is not None:
            fields["client_secret"] = self._client_secret.reveal()
        return fields

    def _basic_header(self) -> str:
        assert self._client_secret is not None
        # RFC 6749 2.3.1: form-encode both parts before Basic encoding.
        user = quote(self.client_id or "", safe="")
        password = quote(self._client_secret.reveal(), safe="")
        raw = f"{user}:{password}".encode()
        return "Basic " + base64.b64encode(raw).decode()

    def parse_response(
        self,
        response: httpx.Response,
        *,
        now: float,
        previous: Token | None = None,
        secrets: Sequence[Secret | str | None] = (),
    ) -> Token:
        """Turn a (read) token response into a :class:`Token` or raise.

        ``secrets`` are values sent in the request (password, refresh token) that
        must not appear in an error message even if the server echoes them.
        """
        hidden = [self._client_secret, *secrets]
        payload = _decode_json(response)
        if response.is_success and isinstance(payload, dict):
            try:
                return Token.from_response(
                    payload,
                    now=now,
                    previous_refresh_token=(
                        previous.refresh_token if previous is not None else None
                    ),
                )
            except ValueError as exc:
                raise TokenRequestError(
                    f"token endpoint answered HTTP {response.status_code}: {exc}",
                    response=response,
                ) from None
        raise _error_from(response, payload, hidden)


def _decode_json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _error_from(
    response: httpx.Response, payload: Any, hidden: Sequence[Secret | str | None]
) -> TokenRequestError:
    status = response.status_code
    error: str | None = None
    description: str | None = None
    if isinstance(payload, dict):
        if isinstance(payload.get("error"), str):  # RFC 6749 5.2
            error = payload["error"]
            raw = payload.get("error_description")
            description = raw if isinstance(raw, str) else None
        elif isinstance(payload.get("error"), dict):  # {"error": {"code", "message"}}
            inner = payload["error"]
            error = _str_or_none(inner.get("code"))
            description = _str_or_none(inner.get("message"))
        else:  # an API's own shape, e.g. Akeneo {"code": 422, "message": ".."}
            # or CloudConnexa {"errorMessage": ".."}
            error = _str_or_none(payload.get("code"))
            description = message_from_body(payload) or _str_or_none(
                payload.get("title")
            )
    elif response.text:
        description = response.text[:200]
    if description is not None:
        description = redact(description, hidden)
    if error is not None:
        error = redact(error, hidden)
    detail = ": ".join(x for x in (error, description) if x)
    message = f"token request failed with HTTP {status}" + (
        f": {detail}" if detail else ""
    )
    body = _redact_json(payload, hidden) if payload is not None else description
    return TokenRequestError(
        message,
        response=response,
        error=error,
        error_description=description,
        body=body,
    )


def _str_or_none(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value)


def _redact_json(value: Any, hidden: Sequence[Secret | str | None]) -> Any:
    if isinstance(value, str):
        return redact(value, hidden)
    if isinstance(value, dict):
        return {k: _redact_json(v, hidden) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_json(v, hidden) for v in value]
    return value
