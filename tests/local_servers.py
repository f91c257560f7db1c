"""Real servers for tests: subprocesses on free 127.0.0.1 ports, stopped by PID.

One copy of what the conftests of ``akeneo``, ``requests``, ``resource_spec``,
``schema_mapping``, ``functional``, ``declarative`` and ``auth`` need to run
uvicorn fakes, Stoplight Prism and other servers: pick a port, start the
process, wait until it answers, stop it. (A module with a unique name on the
``tests`` directory, which pytest's ``pythonpath`` setting puts on
``sys.path``, so any conftest or test can import it.)
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
PRISM = ROOT / "node_modules" / ".bin" / "prism"

__all__ = [
    "PRISM",
    "free_port",
    "require_prism",
    "start_prism",
    "start_uvicorn",
    "stop",
    "wait_until_up",
]


def free_port() -> int:
    """A port on 127.0.0.1 free right now (another process may still take it:
    :func:`wait_until_up` checks that the answer comes from our server)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop(proc: subprocess.Popen[Any]) -> None:
    """SIGTERM to the process's own PID, SIGKILL if it lingers; close its pipes.

    A process already waited for is not signalled again (its PID may be reused).
    """
    try:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


def _output(proc: subprocess.Popen[Any], log: Path | None) -> str:
    if log is not None:
        return log.read_text(errors="replace")[-2000:]
    if proc.stderr is None:
        return ""
    data = proc.stderr.read()
    text = data.decode(errors="replace") if isinstance(data, bytes) else str(data)
    return text[-2000:]


def wait_until_up(
    proc: subprocess.Popen[Any],
    url: str,
    what: str,
    *,
    timeout: float = 60,
    log: Path | None = None,
    ready: Callable[[], bool] = lambda: True,
    interval: float = 0.2,
) -> None:
    """Wait until ``url`` answers *and* ``ready()`` holds while ``proc`` runs.

    Both checks matter on a shared machine: a free port can be taken by another
    process between choosing it and binding it, and then something else
    answers on ``url`` while our server has exited. On failure the process is
    stopped and the error shows the end of its output (``log``, else stderr).
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"{what} exited with {proc.returncode}: {_output(proc, log)}"
            )
        try:
            httpx.get(url, timeout=1)
        except httpx.TransportError:
            time.sleep(interval)
            continue
        if ready() and proc.poll() is None:
            return
        time.sleep(interval)
    stop(proc)
    raise RuntimeError(f"{what} did not answer on {url} within {timeout} s")


def start_uvicorn(
    app: str,
    app_dir: Path,
    *,
    what: str | None = None,
    probe: str = "/_seen",
    timeout: float = 30,
    log: Path | None = None,
    ready: Callable[[str], bool] | None = None,
    interval: float = 0.2,
) -> tuple[subprocess.Popen[bytes], str]:
    """Run ``app`` (``module:attribute`` in ``app_dir``) under uvicorn; wait for
    ``probe`` to answer (and ``ready(url)`` to hold). Output goes to ``log``
    when given, else stderr to a pipe read on failure."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        app,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--app-dir",
        str(app_dir),
        "--log-level",
        "warning",
    ]
    sink: IO[bytes] | None = log.open("wb") if log is not None else None
    try:
        proc = subprocess.Popen(
            command,
            stdout=sink if sink is not None else subprocess.DEVNULL,
            stderr=subprocess.STDOUT if sink is not None else subprocess.PIPE,
        )
    finally:
        if sink is not None:
            sink.close()  # the child has its own descriptor
    url = f"http://127.0.0.1:{port}"
    check = (lambda: ready(url)) if ready is not None else (lambda: True)
    try:
        wait_until_up(
            proc,
            url + probe,
            what or f"{app} (uvicorn)",
            timeout=timeout,
            log=log,
            ready=check,
            interval=interval,
        )
    except BaseException:
        stop(proc)
        raise
    return proc, url


def require_prism(prism: Path = PRISM) -> Path:
    """``prism``; fail (or skip, with ``CLIENTSMITH_ALLOW_SKIP=1``) when it or
    ``node`` is not installed."""
    if prism.exists() and shutil.which("node") is not None:
        return prism
    message = (
        f"Stoplight Prism is not installed ({prism} missing, or no node): "
        f"run `npm install` in {ROOT}"
        " (set CLIENTSMITH_ALLOW_SKIP=1 to skip these tests instead)"
    )
    if os.environ.get("CLIENTSMITH_ALLOW_SKIP") == "1":
        pytest.skip(message)
    pytest.fail(message)


def start_prism(
    spec: Path,
    log: Path,
    *,
    options: Sequence[str] = (),
    probe: str = "/",
    timeout: float = 120,
    wait_for_banner: bool = False,
    on_start: Callable[[subprocess.Popen[bytes], str], None] | None = None,
) -> tuple[subprocess.Popen[bytes], str]:
    """``prism mock`` of ``spec`` on a free port, its output in ``log``; wait for
    ``probe`` to answer (and, with ``wait_for_banner``, for Prism to say it
    listens on that very URL). ``on_start`` sees the process before the wait,
    so a caller can register it for stopping even if the wait fails."""
    port = free_port()
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            [
                str(PRISM),
                "mock",
                *options,
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                str(spec),
            ],
            stdout=sink,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
    url = f"http://127.0.0.1:{port}"
    if on_start is not None:
        on_start(proc, url)
    banner = f"Prism is listening on {url}"
    wait_until_up(
        proc,
        url + probe,
        "Prism",
        timeout=timeout,
        log=log,
        ready=(lambda: banner in log.read_text(errors="replace"))
        if wait_for_banner
        else (lambda: True),
    )
    return proc, url
