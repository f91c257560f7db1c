"""clientsmith: the shared runtime that generated API clients import.

The generator lives in :mod:`clientsmith.generator` and is never imported here:
the runtime depends only on httpx and pydantic.
"""

from typing import TYPE_CHECKING, Any

from ._limits import ResponseLimits as ResponseLimits
from ._logging import setup_from_env as _setup_logging_from_env
from ._types import NOT_GIVEN as NOT_GIVEN
from ._types import NotGiven as NotGiven
from .client import AsyncClient as AsyncClient
from .client import Client as Client
from .errors import APIConnectionError as APIConnectionError
from .errors import APIError as APIError
from .errors import APIResponseValidationError as APIResponseValidationError
from .errors import APIStatusError as APIStatusError
from .errors import APITimeoutError as APITimeoutError
from .errors import AuthenticationError as AuthenticationError
from .errors import BadRequestError as BadRequestError
from .errors import ClientsmithError as ClientsmithError
from .errors import ConflictError as ConflictError
from .errors import InternalServerError as InternalServerError
from .errors import NotFoundError as NotFoundError
from .errors import PaginationError as PaginationError
from .errors import PermissionDeniedError as PermissionDeniedError
from .errors import RateLimitError as RateLimitError
from .errors import ResponseTooLargeError as ResponseTooLargeError
from .errors import UnprocessableEntityError as UnprocessableEntityError
from .operation import Body as Body
from .operation import Encoding as Encoding
from .operation import Operation as Operation
from .operation import PagedOperation as PagedOperation
from .operation import Pagination as Pagination
from .operation import Param as Param
from .operation import Response as Response
from .pagination import AsyncPage as AsyncPage
from .pagination import Page as Page
from .pagination import SyncPage as SyncPage
from .raw import RawResponse as RawResponse
from .raw import async_to_raw_response_wrapper as async_to_raw_response_wrapper
from .raw import to_raw_response_wrapper as to_raw_response_wrapper
from .retry import RetryPolicy as RetryPolicy
from .streaming import AsyncBinaryResponse as AsyncBinaryResponse
from .streaming import BinaryResponse as BinaryResponse
from .streaming import ServerSentEvent as ServerSentEvent
from .streaming_response import AsyncStreamedResponse as AsyncStreamedResponse
from .streaming_response import StreamedResponse as StreamedResponse
from .streaming_response import (
    async_to_streamed_response_wrapper as async_to_streamed_response_wrapper,
)
from .streaming_response import (
    to_streamed_response_wrapper as to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from .builder import ClientBuilder as ClientBuilder
    from .builder import ConfigurationError as ConfigurationError
    from .resources import DeclarationError as DeclarationError
    from .resources import Resource as Resource

__version__ = "0.1.0"

# The declarative layer and the builder are for hand-written clients: generated
# packages do not need them, so they load on first use (PEP 562).
_LAZY = {
    "ClientBuilder": "builder",
    "ConfigurationError": "builder",
    "DeclarationError": "resources",
    "Resource": "resources",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'clientsmith' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncBinaryResponse",
    "AsyncClient",
    "AsyncPage",
    "AsyncStreamedResponse",
    "AuthenticationError",
    "BadRequestError",
    "BinaryResponse",
    "Body",
    "Client",
    "ClientBuilder",
    "ClientsmithError",
    "ConfigurationError",
    "ConflictError",
    "DeclarationError",
    "Encoding",
    "InternalServerError",
    "NOT_GIVEN",
    "NotFoundError",
    "PaginationError",
    "NotGiven",
    "Operation",
    "Page",
    "PagedOperation",
    "Pagination",
    "Param",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "Resource",
    "Response",
    "ResponseLimits",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServerSentEvent",
    "StreamedResponse",
    "SyncPage",
    "UnprocessableEntityError",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

_setup_logging_from_env()
