"""A header value HTTP cannot carry is a clear argument error (issue 11 item 10).

httpx raised a bare ``UnicodeEncodeError`` ("'ascii' codec can't encode...")
that named neither the operation nor the header. The message must not echo
the value: header values are often credentials.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

import clientsmith
from clientsmith import Operation, Param

SECRET = "tökén-sécret"


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={})


def test_non_ascii_extra_header_names_the_header_not_the_value() -> None:
    with clientsmith.Client(
        base_url="https://api.test", transport=httpx.MockTransport(_answer)
    ) as client:
        with pytest.raises(ValueError) as caught:
            client.request(Operation("GET", "/x"), extra_headers={"X-Key": SECRET})
    message = str(caught.value)
    assert "GET /x: header 'X-Key' has a non-ASCII character in its value" in message
    assert SECRET not in message and "ö" not in message
    assert not isinstance(caught.value, UnicodeEncodeError)


def test_non_ascii_header_parameter_async() -> None:
    operation: Operation[object] = Operation(
        "GET", "/y", params=(Param("X-Name", "header"),)
    )

    async def call() -> None:
        async with clientsmith.AsyncClient(
            base_url="https://api.test", transport=httpx.MockTransport(_answer)
        ) as client:
            await client.request(operation, headers={"X-Name": SECRET})

    with pytest.raises(ValueError, match="header 'X-Name' has a non-ASCII"):
        asyncio.run(call())
