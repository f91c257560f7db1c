"""The runtime's error hierarchy.

Every failure a caller can meet is a :class:`ClientsmithError`. Transport failures
are :class:`APIConnectionError` (with :class:`APITimeoutError` for timeouts);
non-2xx answers are :class:`APIStatusError` with one subclass per common status,
so ``except NotFoundError`` reads naturally. Status errors carry the request, the
response, the parsed error body (a model when the spec declares one) and the
server's request id (``request_id``, also shown in ``str(error)``).

Token and login failures (:class:`AuthError` and its subclasses) are
:class:`AuthenticationError` too, so one ``except`` covers every credential
problem.

This is the one module that defines the runtime's exceptions (and its one
warning). The modules that raise them re-export them under their former import
paths (:mod:`clientsmith.auth.errors`, ``clientsmith.builder.ConfigurationError``,
``clientsmith.batch.BatchAnswerError``, ``clientsmith.session.store.CredentialStoreWarning``,
``clientsmith.resources.signature.DeclarationError``), which keep working. Generated packages export these classes and name
:class:`ClientsmithError` after themselves (``akeneo.AkeneoError``): see the
errors section of the runtime docs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "AuthError",
    "AuthorizationRequiredError",
    "BatchAnswerError",
    "ConfigurationError",
    "CredentialStoreWarning",
    "DeclarationError",
    "InvalidAPIKeyError",
    "LimitExceeded",
    "LoginError",
    "StateMismatchError",
    "TokenRequestError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientsmithError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "message_from_body",
    "register_request_id_headers",
    "request_id_of",
    "status_error_class",
]

# Response headers that carry the server's id for a request, most common first.
# Generated clients add the headers their spec declares (register_request_id_headers).
REQUEST_ID_HEADERS: tuple[str, ...] = (
    "x-request-id",
    "request-id",
    "x-amzn-requestid",
    "x-amz-request-id",
    "x-correlation-id",
)

# Keys under which error bodies put a human-readable message, in the order they
# are tried: OAuth 2 (``error_description`` before the bare ``error`` code),
# RFC 7807 (``detail``), and the shapes APIs commonly use.
_MESSAGE_KEYS = ("errorMessage", "error_description", "message", "detail", "error")


# Request-id headers declared by the specs of generated clients (e.g.
# ``X-GitHub-Request-Id``). Process-wide, like the sensitive names of _redact:
# looking for one more header in another API's answers costs nothing. Replaced,
# never mutated, so readers need no lock.
_declared: tuple[str, ...] = ()


def register_request_id_headers(*names: str) -> None:
    """Also read the server's request id from ``names`` (tried before the usual ones)."""
    global _declared
    known = {*_declared, *REQUEST_ID_HEADERS}
    new = [n.lower() for n in names if n and n.lower() not in known]
    if new:
        _declared = (*_declared, *dict.fromkeys(new))


def request_id_of(
    response: httpx.Response | None, extra: Iterable[str] = ()
) -> str | None:
    """The server's request id for ``response``, from the usual headers.

    ``extra`` names further headers to try first; then come the headers
    generated clients registered, then ``x-request-id`` and its variants.
    """
    if response is None:
        return None
    headers = response.headers
    for name in (*extra, *_declared, *REQUEST_ID_HEADERS):
        value: str | None = headers.get(name)
        if value:
            return value
    return None


def message_from_body(body: Any) -> str | None:
    """The human-readable message of a decoded error body, if it has one.

    Tries ``errorMessage``, ``error_description``, ``message``, ``detail``,
    ``error`` (a string, or an object with a ``message``), then
    ``errors[0].message``; a model is read through its fields.
    """
    if hasattr(body, "model_dump"):
        try:
            body = body.model_dump(by_alias=True)
        except Exception:  # a tolerated model that cannot dump: use what we have
            return None
    if not isinstance(body, dict):
        return None
    for key in _MESSAGE_KEYS:
        value = body.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, dict):
            inner = value.get("message")
            if isinstance(inner, str) and inner.strip():
                return inner.strip()
    errors = body.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        first = errors[0].get("message")
        if isinstance(first, str) and first.strip():
            return first.strip()
    return None


class ClientsmithError(Exception):
    """Base class of every error raised by the clientsmith runtime."""


class APIError(ClientsmithError):
    """An error tied to one HTTP request."""

    request: httpx.Request

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request

    @property
    def request_id(self) -> str | None:
        """The server's id for the request (``x-request-id`` and variants), if any.

        Quote it to the API's support; ``None`` when no response came back.
        """
        response: httpx.Response | None = getattr(self, "response", None)
        return request_id_of(response)

    def __str__(self) -> str:
        request_id = self.request_id
        text = super().__str__()
        return f"{text} (request id: {request_id})" if request_id else text


class APIConnectionError(APIError):
    """The request could not be sent or no response was received."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request
    ) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request
    ) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """The server answered with a body the client cannot read as declared.

    Raised for a body declared as JSON that is not JSON, and, when the client
    has ``strict_validation=True``, for a body that does not match its
    declared type (by default such a body is returned, the offending values as
    received, and a warning is logged).
    """

    response: httpx.Response

    def __init__(
        self, message: str, *, response: httpx.Response, body: object = None
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class PaginationError(APIError):
    """Pagination stopped because going on would repeat pages or never end.

    Raised when a next link or cursor leads back to a page already fetched (a
    cycle, a repeated cursor) or the server keeps sending empty pages while
    pointing at a next one. ``response`` is the page that showed it.
    """

    response: httpx.Response

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = response


class ResponseTooLargeError(APIError):
    """A response went over one of the client's :class:`~clientsmith.ResponseLimits`.

    Raised for a body larger than ``max_body_size`` once decoded, a body that
    inflates more than ``max_decompression_ratio`` times (a decompression
    bomb), or a streamed line longer than ``max_line_size``. ``limit_name``
    names the cap and ``limit`` its value; the message says how to raise it and
    never shows the body. ``response`` is the (closed) response.
    """

    response: httpx.Response

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        limit_name: str,
        limit: float,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.limit_name = limit_name
        self.limit = limit


class APIStatusError(APIError):
    """The server answered with a non-2xx status.

    ``body`` is the parsed error body: a model instance when the spec declares an
    error schema for the status, else the decoded JSON, else the text.
    """

    response: httpx.Response
    status_code: int
    body: Any

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401, or a failed token request or login: credentials missing, wrong or expired.

    Token and login failures (:class:`~clientsmith.auth.errors.TokenRequestError`,
    :class:`~clientsmith.auth.errors.LoginError`...) subclass it; their
    ``status_code`` and ``response`` are the token endpoint's or login page's.
    """


class PermissionDeniedError(APIStatusError):
    """HTTP 403: authenticated, but not allowed."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the server rejected the request's content."""


class RateLimitError(APIStatusError):
    """HTTP 429: too many requests; see ``retry_after``."""

    @property
    def retry_after(self) -> str | None:
        """The raw ``Retry-After`` header, when the server sent one."""
        value: str | None = self.response.headers.get("retry-after")
        return value


class InternalServerError(APIStatusError):
    """HTTP 5xx."""


class WebhookError(ClientsmithError, ValueError):
    """A webhook delivery was rejected (see :mod:`clientsmith.webhooks`).

    Not an :class:`APIError`: no request of the client is involved, the API
    called the application. A ``ValueError`` too, so web frameworks that map
    bad input to 400 treat it as such.
    """


class WebhookVerificationError(WebhookError):
    """A webhook's signature is missing, malformed, stale or does not match.

    The message says which check failed and names the headers involved; it
    never contains the secret or the expected signature.
    """


class WebhookPayloadError(WebhookError):
    """A webhook's body is not JSON, or does not match its declared schema."""


# -- authentication (re-exported by clientsmith.auth.errors) ---------------------


class AuthError(ClientsmithError):
    """Base class of every authentication failure raised by :mod:`clientsmith.auth`."""


class TokenRequestError(AuthError, AuthenticationError):
    """The token endpoint refused to issue a token.

    ``error`` and ``error_description`` come from an OAuth 2 error body
    (RFC 6749 section 5.2) or from an API's own shape (``{"code": .., "message": ..}``,
    ``{"errorMessage": ..}``...); ``body`` is the decoded error body with secrets
    masked; ``response`` is the token endpoint's answer.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        error: str | None = None,
        error_description: str | None = None,
        body: Any = None,
    ) -> None:
        AuthenticationError.__init__(self, message, response=response, body=body)
        self.error = error
        self.error_description = error_description


class AuthorizationRequiredError(AuthError):
    """No token and no way to get one without the user (authorization code flow)."""


class LoginError(AuthError, AuthenticationError):
    """A form login did not establish a session (``response``: the login answer)."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        # No body: login pages may echo the submitted form.
        AuthenticationError.__init__(self, message, response=response, body=None)


class InvalidAPIKeyError(AuthError, AuthenticationError):
    """Every configured API key was rejected by the server."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        AuthenticationError.__init__(self, message, response=response, body=None)


class StateMismatchError(AuthError):
    """An authorization redirect carried a ``state`` that this client did not send."""


# -- configuration and declarations ------------------------------------------------


class ConfigurationError(ClientsmithError, ValueError):
    """A client configuration value is invalid or inconsistent."""


class DeclarationError(ClientsmithError, TypeError):
    """A declarative method or resource is declared in a way that cannot work."""


class PrefixPending(DeclarationError):
    """A ``Path`` marker names a parameter the path lacks so far.

    A resource class is compiled before the resource it is nested in gets its
    ``@resource(path=...)``, so the parameter may still come from that prefix:
    the caller compiles again once the resource is attached.
    """


# -- response caps, batch answers, credential stores --------------------------------


class LimitExceeded(Exception):
    """A cap was exceeded; ``str()`` names the cap, the limit and how to raise it."""

    def __init__(self, option: str, limit: float, what: str) -> None:
        self.option = option
        self.limit = limit
        if option == "max_decompression_ratio":
            shown = f"{limit:g}:1"
        elif option == "max_line_size":
            shown = f"{int(limit)} characters"
        else:
            shown = _size(limit)
        super().__init__(
            f"{what} exceeds {option}={shown}; raise it with "
            f"response_limits=ResponseLimits({option}=...) on the client or "
            "with_options(), or None to disable it"
        )


_MiB = 1024 * 1024


def _size(n: float) -> str:
    if n >= _MiB and n % _MiB == 0:
        return f"{int(n // _MiB)} MiB"
    return f"{int(n)} bytes"


class BatchAnswerError(ClientsmithError, ValueError):
    """A batch answer line is not a JSON object with an integer ``status_code``."""

    def __init__(self, message: str, *, body: object) -> None:
        super().__init__(message)
        self.body = body


class CredentialStoreWarning(UserWarning):
    """Stored credentials could not be used (tampered, truncated, wrong key...).

    The Auth then logs in afresh; the warning says why, without any secret.
    """


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """Return the most specific :class:`APIStatusError` subclass for a status."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)
