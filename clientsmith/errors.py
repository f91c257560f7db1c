"""The runtime's error hierarchy.

Every failure a caller can meet is a :class:`ClientsmithError`. Transport failures
are :class:`APIConnectionError` (with :class:`APITimeoutError` for timeouts);
non-2xx answers are :class:`APIStatusError` with one subclass per common status,
so ``except NotFoundError`` reads naturally. Status errors carry the request, the
response and the parsed error body (a model when the spec declares one).
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
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
    "UnprocessableEntityError",
    "status_error_class",
]


class ClientsmithError(Exception):
    """Base class of every error raised by the clientsmith runtime."""


class APIError(ClientsmithError):
    """An error tied to one HTTP request."""

    request: httpx.Request

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


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
    """HTTP 401: credentials missing, wrong or expired."""


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
