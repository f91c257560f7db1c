"""Run-time checks of what a call declared ``-> None`` returns.

mypy refuses to use the value of such a call (``assert f() is None`` is an error
under ``--strict``), yet a test may still check that the generated or runtime
code really returns None. These helpers take the function and its arguments.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import ParamSpec

P = ParamSpec("P")


def returns_none(call: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> bool:
    """Whether ``call(*args, **kwargs)`` returns None."""
    return call(*args, **kwargs) is None


async def returns_none_async(
    call: Callable[P, Awaitable[object]], *args: P.args, **kwargs: P.kwargs
) -> bool:
    """Whether ``await call(*args, **kwargs)`` gives None."""
    return await call(*args, **kwargs) is None
