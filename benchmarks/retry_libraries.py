"""Why clientsmith has its own retry policy: per-call cost of tenacity and stamina.

    pip install --target /tmp/retrylibs tenacity stamina
    PYTHONPATH=/tmp/retrylibs python benchmarks/retry_libraries.py

Times a call that succeeds at once (the common case) through each library's
retry wrapper, configured like clientsmith's default policy (3 attempts,
exponential backoff with jitter, retry on a transport error), beside
clientsmith's own per-call decision (``RetryPolicy.delay_after_response`` is
only asked when a response's status is retryable, so a success costs a set
lookup). Compare with one mocked GET through httpx: 60-100 µs on the machines
used here (``benchmarks/overhead.py``), against a 15 % overhead budget.
"""

from __future__ import annotations

import importlib.metadata
import timeit
from collections.abc import Callable

from clientsmith import RetryPolicy


def answer() -> int:
    return 1


def cases() -> dict[str, Callable[[], object]]:
    policy = RetryPolicy()
    found: dict[str, Callable[[], object]] = {
        "no retry wrapper": answer,
        # what clientsmith's send loop does after a successful response
        "clientsmith RetryPolicy": lambda: 200 in policy.statuses or answer(),
    }
    try:
        import tenacity

        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(3),
            wait=tenacity.wait_exponential_jitter(),
            retry=tenacity.retry_if_exception_type(OSError),
            reraise=True,
        )
        version = importlib.metadata.version("tenacity")
        found[f"tenacity {version} Retrying()(f)"] = lambda: retrying(answer)
        found[f"tenacity {version} @retry"] = tenacity.retry(
            stop=tenacity.stop_after_attempt(3),
            wait=tenacity.wait_exponential_jitter(),
            retry=tenacity.retry_if_exception_type(OSError),
            reraise=True,
        )(answer)
    except ImportError:
        print("tenacity not installed: skipped")
    try:
        import stamina

        version = importlib.metadata.version("stamina")
        found[f"stamina {version} @retry"] = stamina.retry(on=OSError, attempts=3)(
            answer
        )
    except ImportError:
        print("stamina not installed: skipped")
    return found


def main() -> None:
    calls = 20_000
    for name, call in cases().items():
        best = min(timeit.repeat(call, number=calls, repeat=5)) / calls * 1e6
        print(f"{name:32} {best:7.2f} us per successful call")


if __name__ == "__main__":
    main()
