"""A server answering under three prefixes, one per environment of the test spec."""

from __future__ import annotations

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/_seen")
def seen() -> dict[str, bool]:
    return {"ok": True}


@app.get("/{stage}/whoami")
def whoami(stage: str, request: Request) -> dict[str, str]:
    """Which prefix (environment) the request reached, and its host header."""
    return {"stage": stage, "host": request.headers["host"]}
