"""Auth flows as I/O-free programs, and the three drivers that run them.

A *program* is a generator that yields :data:`Step` values: send a request, take or
release the scheme's lock, load or save persisted state. It holds all the policy
and does no I/O itself, so tests step it by hand. The drivers turn it into what
httpx expects:

* :func:`run_pure` — an ``auth_flow`` generator; locks are no-ops and the store is
  called inline (the default in-memory store does no I/O);
* :func:`run_sync` — ``sync_auth_flow``: a ``threading.Lock``;
* :func:`run_async` — ``async_auth_flow``: an ``anyio.Lock`` (per event loop) and
  store calls in a worker thread.

A lock may be held across :class:`Send` steps (the request is sent by the same
thread or task), which is what makes "one token request for N concurrent
requests" work. Drivers release a held lock however the flow ends.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import AsyncGenerator, Generator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from .._limits import DEFAULT_RESPONSE_LIMITS
from .._read import aread_body, read_body

if TYPE_CHECKING:
    import anyio
    import anyio.to_thread as anyio_to_thread
else:
    # anyio and asyncio load with the first async flow, not with the package.
    from .._lazy import anyio, anyio_to_thread

__all__ = [
    "AsyncLockCell",
    "Lock",
    "Load",
    "Program",
    "Save",
    "Send",
    "StateStore",
    "Step",
    "Unlock",
    "carry_user_agent",
    "run_async",
    "run_pure",
    "run_sync",
]


class StateStore(Protocol):
    """The part of a credential store the drivers use."""

    def load(self, key: str) -> Mapping[str, Any] | None: ...

    def save(self, key: str, data: Mapping[str, Any]) -> None: ...


@dataclass(frozen=True)
class Send:
    """Send ``request``; the program receives the response.

    ``read`` makes the driver read the body first (token and login responses);
    the API request itself is not read, so streaming responses stay streaming.
    """

    request: httpx.Request
    read: bool = False


def carry_user_agent(api_request: httpx.Request, outgoing: httpx.Request) -> None:
    """Give a token request or login the API request's ``User-Agent``.

    Auth schemes build those requests bare; the server should see the same
    client name on them as on the API calls they are made for.
    """
    if outgoing is not api_request and "user-agent" not in outgoing.headers:
        agent = api_request.headers.get("user-agent")
        if agent is not None:
            outgoing.headers["User-Agent"] = agent


@dataclass(frozen=True)
class Lock:
    """Take the scheme's lock."""


@dataclass(frozen=True)
class Unlock:
    """Release the scheme's lock."""


@dataclass(frozen=True)
class Load:
    """Load persisted state; the program receives a mapping or ``None``."""

    key: str


@dataclass(frozen=True)
class Save:
    """Persist ``data`` under ``key``."""

    key: str
    data: Mapping[str, Any]


Step = Send | Lock | Unlock | Load | Save
Program = Generator[Step, Any, None]


def _read_before_next(reply: httpx.Response | None) -> None:
    """Read a reply the flow answers with another request, under the default caps.

    httpx reads such a reply in full before sending the next request (a 401
    answered with a fresh token, a login's redirect...); reading it here first
    keeps a hostile body within :class:`~clientsmith.ResponseLimits`.
    """
    if reply is not None:
        read_body(reply, DEFAULT_RESPONSE_LIMITS)


def run_pure(
    program: Program, store: StateStore
) -> Generator[httpx.Request, httpx.Response, None]:
    """Run ``program`` as a plain ``auth_flow`` (no locking)."""
    reply: Any = None
    reply_of_send: httpx.Response | None = None
    while True:
        try:
            step = program.send(reply)
        except StopIteration:
            return
        reply = None
        if isinstance(step, Send):
            _read_before_next(reply_of_send)
            reply = reply_of_send = yield step.request
            if step.read:
                read_body(reply, DEFAULT_RESPONSE_LIMITS)
        elif isinstance(step, Load):
            reply = store.load(step.key)
        elif isinstance(step, Save):
            store.save(step.key, step.data)


def run_sync(
    program: Program, store: StateStore, lock: threading.Lock
) -> Generator[httpx.Request, httpx.Response, None]:
    """Run ``program`` for ``httpx.Client``."""
    held = False
    reply: Any = None
    reply_of_send: httpx.Response | None = None
    try:
        while True:
            try:
                step = program.send(reply)
            except StopIteration:
                return
            reply = None
            if isinstance(step, Send):
                _read_before_next(reply_of_send)
                reply = reply_of_send = yield step.request
                if step.read:
                    read_body(reply, DEFAULT_RESPONSE_LIMITS)
            elif isinstance(step, Lock):
                lock.acquire()
                held = True
            elif isinstance(step, Unlock):
                lock.release()
                held = False
            elif isinstance(step, Load):
                reply = store.load(step.key)
            else:
                store.save(step.key, step.data)
    finally:
        program.close()
        if held:
            lock.release()


class AsyncLockCell:
    """An ``anyio.Lock`` created lazily, one per asyncio event loop.

    Lazy, so the Auth can be built outside any event loop; per loop, because an
    asyncio lock must not be shared between loops (tests run many).
    """

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._by_loop: weakref.WeakKeyDictionary[object, anyio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._other: anyio.Lock | None = None

    def get(self) -> anyio.Lock:
        """The lock for the running event loop."""
        import asyncio  # here, so importing the package does not load asyncio

        try:
            loop: object = asyncio.get_running_loop()
        except RuntimeError:  # trio: a single lock
            with self._guard:
                if self._other is None:
                    self._other = anyio.Lock()
                return self._other
        with self._guard:
            lock = self._by_loop.get(loop)
            if lock is None:
                lock = self._by_loop[loop] = anyio.Lock()
            return lock


async def run_async(
    program: Program, store: StateStore, locks: AsyncLockCell
) -> AsyncGenerator[httpx.Request, httpx.Response]:
    """Run ``program`` for ``httpx.AsyncClient``."""
    held: anyio.Lock | None = None
    reply: Any = None
    reply_of_send: httpx.Response | None = None
    try:
        while True:
            try:
                step = program.send(reply)
            except StopIteration:
                return
            reply = None
            if isinstance(step, Send):
                if reply_of_send is not None:
                    await aread_body(reply_of_send, DEFAULT_RESPONSE_LIMITS)
                reply = reply_of_send = yield step.request
                if step.read:
                    await aread_body(reply, DEFAULT_RESPONSE_LIMITS)
            elif isinstance(step, Lock):
                lock = locks.get()
                await lock.acquire()
                held = lock
            elif isinstance(step, Unlock):
                if held is not None:
                    held.release()
                held = None
            elif isinstance(step, Load):
                reply = await anyio_to_thread.run_sync(store.load, step.key)
            else:
                await anyio_to_thread.run_sync(store.save, step.key, step.data)
    finally:
        program.close()
        if held is not None:
            held.release()
