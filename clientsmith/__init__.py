"""clientsmith: the shared runtime that generated API clients import.

The generator lives in :mod:`clientsmith.generator` and is never imported here:
the runtime depends only on httpx and pydantic.
"""

from ._logging import setup_from_env as _setup_logging_from_env
from ._types import NOT_GIVEN as NOT_GIVEN
from ._types import NotGiven as NotGiven
from .builder import ClientBuilder as ClientBuilder
from .builder import ConfigurationError as ConfigurationError
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
from .errors import PermissionDeniedError as PermissionDeniedError
from .errors import RateLimitError as RateLimitError
from .errors import UnprocessableEntityError as UnprocessableEntityError
from .operation import Body as Body
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
from .resources import DeclarationError as DeclarationError
from .resources import Resource as Resource
from .retry import RetryPolicy as RetryPolicy
from .streaming import AsyncBinaryResponse as AsyncBinaryResponse
from .streaming import BinaryResponse as BinaryResponse
from .streaming import ServerSentEvent as ServerSentEvent

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncBinaryResponse",
    "AsyncClient",
    "AsyncPage",
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
    "InternalServerError",
    "NOT_GIVEN",
    "NotFoundError",
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
    "RetryPolicy",
    "ServerSentEvent",
    "SyncPage",
    "UnprocessableEntityError",
    "async_to_raw_response_wrapper",
    "to_raw_response_wrapper",
]

_setup_logging_from_env()
