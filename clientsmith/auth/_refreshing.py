"""The engine shared by schemes whose credentials the flow itself acquires.

OAuth 2 tokens and login cookies follow one pattern: before a request, make sure a
fresh credential exists (under the lock, re-checking, so concurrent requests wait
for one acquisition instead of each making their own); attach it; if the server
rejects it, renew once — unless another request already did — and retry once.
Subclasses supply the policy as pure methods; the engine supplies the program
(:mod:`._flow`) that the drivers run.
"""

from __future__ import annotations

import logging
import threading
import time
import warnings
from abc import abstractmethod
from collections.abc import AsyncGenerator, Callable, Generator, Iterable, Mapping
from typing import Any, Generic, TypeVar

import httpx

from .._store import CredentialStore, MemoryStore
from ..errors import CredentialStoreWarning
from ._base import BaseAuth, is_replayable
from ._flow import (
    AsyncLockCell,
    Load,
    Lock,
    Program,
    Save,
    Send,
    Step,
    Unlock,
    run_async,
    run_pure,
    run_sync,
)

__all__ = ["RefreshingAuth"]

logger = logging.getLogger("clientsmith.auth")

C = TypeVar("C")


class RefreshingAuth(BaseAuth, Generic[C]):
    """Base for Auths that obtain, keep, persist and renew a credential ``C``."""

    def __init__(
        self,
        *,
        store: CredentialStore | None,
        store_key: str,
        allowed_origins: Iterable[str] | None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(allowed_origins=allowed_origins)
        self.store: CredentialStore = store if store is not None else MemoryStore()
        self.store_key = store_key
        self._clock = clock
        self._credential: C | None = None
        self._loaded = False
        # threading.Lock for Client, anyio.Lock (lazily, per loop) for AsyncClient.
        self._sync_lock = threading.Lock()
        self._async_locks = AsyncLockCell()

    # -- policy, supplied by subclasses (pure: no I/O) -------------------------

    @abstractmethod
    def _is_fresh(self, credential: C | None) -> bool:
        """True when ``credential`` can be used now without renewing it."""

    @abstractmethod
    def _renew(
        self, request: httpx.Request, rejected: C | None
    ) -> Generator[Step, Any, C]:
        """Return a usable credential, yielding :class:`Send` steps as needed.

        Runs under the lock. ``rejected`` is the credential a 401 just refused; when
        the current one differs, another request renewed it already.
        """

    @abstractmethod
    def _apply(self, request: httpx.Request, credential: C) -> None:
        """Attach ``credential`` to ``request``."""

    @abstractmethod
    def _is_rejection(self, request: httpx.Request, response: httpx.Response) -> bool:
        """True when ``response`` (to ``request``) says the credential was refused."""

    @abstractmethod
    def _dump(self, credential: C) -> Mapping[str, Any]:
        """The credential as JSON-able data for the store."""

    @abstractmethod
    def _restore(self, data: Mapping[str, Any]) -> C:
        """Rebuild a credential from stored data; ``ValueError`` if malformed."""

    def _observe(
        self, request: httpx.Request, response: httpx.Response, credential: C
    ) -> C | None:
        """Return an updated credential seen on the response to ``request``, if any."""
        return None

    # -- the program ----------------------------------------------------------

    def _program(self, request: httpx.Request) -> Program:
        if not self._may_authenticate(request):
            yield Send(request)
            return
        credential = self._credential
        if not self._loaded or not self._is_fresh(credential):
            yield Lock()
            credential = yield from self._obtain(request, rejected=None)
            yield Unlock()
        assert credential is not None
        self._apply(request, credential)
        response: httpx.Response = yield Send(request)
        yield from self._after_response(request, response, credential)

    def _after_response(
        self, request: httpx.Request, response: httpx.Response, credential: C
    ) -> Program:
        """The program's tail, once the API's answer to ``request`` is in."""
        if not self._is_rejection(request, response):
            yield from self._update_from(request, response, credential)
            return
        if not is_replayable(request):
            return  # a streamed body cannot be sent twice: report the 401
        logger.info("credentials rejected (HTTP %d); renewing", response.status_code)
        yield Lock()
        credential = yield from self._obtain(request, rejected=credential)
        yield Unlock()
        self._apply(request, credential)
        response = yield Send(request)
        yield from self._update_from(request, response, credential)

    def _ready_credential(self, request: httpx.Request) -> C | None:
        """The credential to attach right away, or ``None`` if the program must run.

        The common case (a fresh credential, an allowed origin) needs no lock and
        no program steps; the drivers' fast paths below take it and fall back to
        the program only when the response calls for it.
        """
        credential = self._credential
        if (
            self._loaded
            and credential is not None
            and self._is_fresh(credential)
            and self._may_authenticate(request)
        ):
            return credential
        return None

    def _needs_tail(
        self, request: httpx.Request, response: httpx.Response, credential: C
    ) -> bool:
        return self._is_rejection(request, response) or (
            self._observes and self._observe(request, response, credential) is not None
        )

    @property
    def _observes(self) -> bool:
        return type(self)._observe is not RefreshingAuth._observe

    def _obtain(
        self, request: httpx.Request, *, rejected: C | None
    ) -> Generator[Step, Any, C]:
        if not self._loaded:
            data = yield Load(self.store_key)
            self._loaded = True
            if data is not None:
                restored = self._restore_checked(data)
                if restored is not None:
                    self._credential = restored
        credential = yield from self._renew(request, rejected)
        if credential is not self._credential:
            self._credential = credential
            yield Save(self.store_key, self._dump(credential))
        return credential

    def _update_from(
        self, request: httpx.Request, response: httpx.Response, credential: C
    ) -> Program:
        updated = self._observe(request, response, credential)
        if updated is not None and self._credential is credential:
            self._credential = updated
            yield Save(self.store_key, self._dump(updated))

    def _restore_checked(self, data: Mapping[str, Any]) -> C | None:
        try:
            return self._restore(data)
        except (ValueError, TypeError, KeyError) as exc:
            warnings.warn(
                f"ignoring stored credentials for {type(self).__name__} "
                f"({type(exc).__name__}: {exc}); authenticating again",
                CredentialStoreWarning,
                stacklevel=2,
            )
            return None

    # -- httpx entry points -----------------------------------------------------

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """The I/O-free flow (no locking): step it by hand in tests."""
        return run_pure(self._program(request), self.store)

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        credential = self._ready_credential(request)
        if credential is None:
            return run_sync(self._program(request), self.store, self._sync_lock)
        return self._sync_fast(request, credential)

    def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        credential = self._ready_credential(request)
        if credential is None:
            return run_async(self._program(request), self.store, self._async_locks)
        return self._async_fast(request, credential)

    def _sync_fast(
        self, request: httpx.Request, credential: C
    ) -> Generator[httpx.Request, httpx.Response, None]:
        self._apply(request, credential)
        response = yield request
        if self._needs_tail(request, response, credential):
            yield from run_sync(
                self._after_response(request, response, credential),
                self.store,
                self._sync_lock,
            )

    async def _async_fast(
        self, request: httpx.Request, credential: C
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        self._apply(request, credential)
        response = yield request
        if not self._needs_tail(request, response, credential):
            return
        flow = run_async(
            self._after_response(request, response, credential),
            self.store,
            self._async_locks,
        )
        # An async generator cannot ``yield from``: relay by hand, and close the
        # inner flow however this one ends (it may hold the lock).
        try:
            outgoing = await flow.__anext__()
            while True:
                reply = yield outgoing
                outgoing = await flow.asend(reply)
        except StopAsyncIteration:
            return
        finally:
            await flow.aclose()

    # -- eager authentication ----------------------------------------------------

    def _obtain_program(self, url: httpx.URL) -> Program:
        yield Lock()
        yield from self._obtain(httpx.Request("GET", url), rejected=None)
        yield Unlock()

    def authenticate(self, client: httpx.Client, url: str | httpx.URL = "") -> None:
        """Acquire credentials now (log in, fetch a token) through ``client``.

        Use it at start-up to fail fast on bad credentials. ``url`` is the base a
        relative token or login URL is resolved against (the client's base URL by
        default).
        """
        flow = run_sync(
            self._obtain_program(client.base_url.join(url)), self.store, self._sync_lock
        )
        _drive_with(flow, client)

    async def aauthenticate(
        self, client: httpx.AsyncClient, url: str | httpx.URL = ""
    ) -> None:
        """Async variant of :meth:`authenticate`."""
        flow = run_async(
            self._obtain_program(client.base_url.join(url)),
            self.store,
            self._async_locks,
        )
        try:
            request = await flow.__anext__()
            while True:
                response = await client.send(request, auth=None)
                request = await flow.asend(response)
        except StopAsyncIteration:
            pass
        finally:
            await flow.aclose()

    def invalidate(self) -> None:
        """Drop the in-memory credential and the stored one (e.g. on logout)."""
        self._credential = None
        self._loaded = True
        self.store.delete(self.store_key)


def _drive_with(
    flow: Generator[httpx.Request, httpx.Response, None], client: httpx.Client
) -> None:
    try:
        request = next(flow)
        while True:
            request = flow.send(client.send(request, auth=None))
    except StopIteration:
        pass
    finally:
        flow.close()
