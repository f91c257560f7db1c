"""Helpers for the runtime tests: recording mock transports and sample models."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Generator
from typing import Any, TypeVar

import httpx
import pydantic

T = TypeVar("T")


class Pet(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(populate_by_name=True)

    id: int
    name: str
    photo_urls: list[str] = pydantic.Field(default_factory=list, alias="photoUrls")


class Problem(pydantic.BaseModel):
    code: str
    message: str


class Recorder:
    """A MockTransport handler that records requests and answers from a script."""

    def __init__(
        self,
        *responses: httpx.Response
        | Callable[[httpx.Request], httpx.Response]
        | Exception,
    ) -> None:
        self.script = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        item = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(item, Exception):
            raise item
        if callable(item) and not isinstance(item, httpx.Response):
            return item(request)
        return httpx.Response(
            item.status_code, headers=item.headers, content=item.content
        )

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


class Bearer(httpx.Auth):
    def __init__(self, token: str = "s3cret-token") -> None:
        self.token = token

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request


class ApiKey(httpx.Auth):
    def __init__(self, header: str = "X-API-Key", key: str = "k3y") -> None:
        self.header, self.key = header, key

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self.header] = self.key
        yield request


class FakeSleep:
    """Records requested delays instead of sleeping."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.delays.append(seconds)


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run one coroutine to completion (the async tests stay plain functions)."""
    return asyncio.run(coro)
