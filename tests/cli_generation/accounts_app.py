"""A FastAPI app for paths that nest (``/accounts/{account}/persons``), served on
loopback by tests of resources nested by path (issue 13)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

app = FastAPI()
PERSONS: dict[str, list[dict[str, Any]]] = {
    "acct_1": [{"id": "p1", "name": "Ada"}, {"id": "p2", "name": "Grace"}],
}


@app.get("/_seen")
def seen() -> list[str]:
    return []


@app.get("/v1/accounts/{account}")
def get_account(account: str) -> dict[str, Any]:
    return {"id": account}


@app.get("/v1/accounts/{account}/persons")
def list_persons(account: str) -> list[dict[str, Any]]:
    return PERSONS.get(account, [])


@app.get("/v1/accounts/{account}/persons/{person}")
def get_person(account: str, person: str) -> dict[str, Any]:
    found = [p for p in PERSONS.get(account, []) if p["id"] == person]
    return {**found[0], "account": account} if found else {}
