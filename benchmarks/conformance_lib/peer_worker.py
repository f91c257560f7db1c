"""Calls the planned operations through an openapi-python-client package.

Runs in openapi-python-client's own venv (standard library and httpx only
here), with the generated project and ``benchmarks/`` on ``PYTHONPATH``:

    python -m conformance_lib.peer_worker PLAN.json PKG_DIR BASE_URL OUT.jsonl

Its functions live in ``pkg.api.<tag>.<op>`` and are called as
``sync_detailed(client=..., **arguments)``; operations are matched to the spec by
the method and URL their ``_get_kwargs`` builds.
"""

from __future__ import annotations

import ast
import datetime
import enum
import importlib
import inspect
import io
import json
import pkgutil
import re
import sys
import time
import traceback
import typing
import uuid
from pathlib import Path
from typing import Any

import httpx

from .synth import decode_bytes

BODY_CAP = 100_000
_NORM = re.compile(r"[^a-z0-9]")


def _norm(name: str) -> str:
    return _NORM.sub("", name.lower())


def _template(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.sub(r"\{[^}]*\}", "{}", node.value)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return _template(node.func.value)
    if isinstance(node, ast.JoinedStr):
        out = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value))
            else:
                out.append("{}")
        return "".join(out)
    return None


def _literal(node: ast.expr) -> str:
    return (
        node.value
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        else ""
    )


def describe(source: str) -> tuple[str, str, dict[tuple[str, str], str], list[str]]:
    """(method, URL template with ``{}`` holes, (location, wire) -> arg, path args)."""
    tree = ast.parse(source)
    method = url = ""
    mapping: dict[tuple[str, str], str] = {}
    path_args: list[str] = []
    fn = next(
        (
            n
            for n in tree.body
            if isinstance(n, ast.FunctionDef) and n.name == "_get_kwargs"
        ),
        None,
    )
    if fn is None:
        return method, url, mapping, path_args
    arg_names = {a.arg for a in fn.args.args + fn.args.kwonlyargs}
    where = {"params": "query", "headers": "header", "cookies": "cookie"}
    for node in ast.walk(fn):
        if isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values, strict=False):
                if (
                    isinstance(k, ast.Constant)
                    and k.value == "method"
                    and isinstance(v, ast.Constant)
                ):
                    method = str(v.value)
                if isinstance(k, ast.Constant) and k.value == "url" and v is not None:
                    url = _template(v) or ""
                    if isinstance(v, ast.Call) and isinstance(v.func, ast.Attribute):
                        # "/pets/{pet_id}".format(pet_id=quote(str(pet_id), ...))
                        holes = re.findall(r"\{([^}]*)\}", _literal(v.func.value))
                        given = {
                            k.arg: [
                                n.id
                                for n in ast.walk(k.value)
                                if isinstance(n, ast.Name) and n.id in arg_names
                            ]
                            for k in v.keywords
                        }
                        path_args.extend((given.get(h) or [h])[0] for h in holes)
                    if isinstance(v, ast.JoinedStr):
                        for part in v.values:
                            if isinstance(part, ast.FormattedValue):
                                names = [
                                    n.id
                                    for n in ast.walk(part)
                                    if isinstance(n, ast.Name) and n.id in arg_names
                                ]
                                path_args.append(names[0] if names else "")
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if (
                isinstance(target, ast.Subscript)
                and isinstance(target.value, ast.Name)
                and target.value.id in where
                and isinstance(target.slice, ast.Constant)
            ):
                names = [n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)]
                arg = next((n for n in names if n in arg_names), None)
                if arg is None:
                    arg = next(
                        (
                            n.removeprefix("json_")
                            for n in names
                            if n.removeprefix("json_") in arg_names
                        ),
                        None,
                    )
                if arg:
                    mapping[(where[target.value.id], str(target.slice.value))] = arg
    return method, url, mapping, path_args


def spec_template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


class Converter:
    """Spec values (JSON) into the peer's annotated types (attrs models, enums...)."""

    def __init__(self, types_module: Any) -> None:
        self.unset = getattr(types_module, "Unset", None)
        self.file = getattr(types_module, "File", None)

    def __call__(self, value: Any, annotation: Any) -> Any:
        value = decode_bytes(value)
        return self.convert(value, annotation)

    def convert(self, value: Any, annotation: Any) -> Any:
        if annotation is Any or annotation is inspect.Parameter.empty:
            return value
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin is typing.Union or type(annotation).__name__ == "UnionType":
            members = [a for a in args if a is not self.unset]
            if value is None and type(None) in members:
                return None
            errors = []
            for member in members:
                if member is type(None):
                    continue
                try:
                    return self.convert(value, member)
                except Exception as exc:
                    errors.append(exc)
            raise ValueError(f"no union member takes {value!r}: {errors[:2]}")
        if origin in (list, typing.List):  # noqa: UP006
            if not isinstance(value, list):
                raise ValueError("not a list")
            return [self.convert(v, args[0] if args else Any) for v in value]
        if origin in (dict, typing.Dict):  # noqa: UP006
            if not isinstance(value, dict):
                raise ValueError("not a dict")
            return value
        if inspect.isclass(annotation):
            if self.file is not None and annotation is self.file:
                data = value if isinstance(value, bytes) else str(value).encode()
                make_file: Any = self.file  # the peer's generated File class
                return make_file(payload=io.BytesIO(data), file_name="conformance.bin")
            if hasattr(annotation, "from_dict"):
                if not isinstance(value, dict):
                    raise ValueError(f"{annotation.__name__} needs a dict")
                return annotation.from_dict(value)
            if issubclass(annotation, enum.Enum):
                return annotation(value)
            if annotation is datetime.datetime:
                return datetime.datetime.fromisoformat(
                    str(value).replace("Z", "+00:00")
                )
            if annotation is datetime.date:
                return datetime.date.fromisoformat(str(value))
            if annotation is uuid.UUID:
                return uuid.UUID(str(value))
            if annotation is bool and not isinstance(value, bool):
                raise ValueError("not a bool")
            if (
                annotation is float
                and isinstance(value, (int, float))
                and not isinstance(value, bool)
            ):
                return float(value)
            if annotation in (str, int, float, bytes) and not isinstance(
                value, annotation
            ):
                raise ValueError(f"not {annotation.__name__}")
        return value


def main(argv: list[str]) -> int:
    plan_path, pkg_dir, base_url, out_path = argv[:4]
    plan = json.loads(Path(plan_path).read_text(encoding="utf-8"))
    pkg_name = Path(pkg_dir).name
    with open(out_path, "a", encoding="utf-8") as out:
        try:
            pkg = importlib.import_module(pkg_name)
            api = importlib.import_module(pkg_name + ".api")
            types_module = importlib.import_module(pkg_name + ".types")
            found: dict[
                tuple[str, str], tuple[Any, dict[tuple[str, str], str], list[str]]
            ] = {}
            for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
                if info.ispkg:
                    continue
                module = importlib.import_module(info.name)
                if not hasattr(module, "sync_detailed"):
                    continue
                method, url, mapping, path_args = describe(
                    Path(module.__file__ or "").read_text(encoding="utf-8")
                )
                found.setdefault((method.upper(), url), (module, mapping, path_args))
        except Exception as exc:
            out.write(
                json.dumps({"import_error": f"{type(exc).__name__}: {exc}"[:500]})
                + "\n"
            )
            return 1
        out.write(json.dumps({"generated_ops": len(found)}) + "\n")
        out.flush()
        convert = Converter(types_module)
        creds = plan.get("credentials") or {}
        for planned in plan["ops"]:
            rec = call(pkg, found, convert, planned, base_url, creds)
            out.write(json.dumps(rec, default=str) + "\n")
            out.flush()
    return 0


_EVENTS: list[tuple[str, Any]] = []
_CLIENTS: dict[str, Any] = {}


def _client(pkg: Any, base_url: str, creds: dict[str, dict[str, str]]) -> Any:
    """One peer client for the run, as a user would keep one (credentials set once)."""
    if "client" not in _CLIENTS:

        def on_request(request: httpx.Request) -> None:
            _EVENTS.append(("request", request))

        def on_response(response: httpx.Response) -> None:
            _EVENTS.append(("response", response))

        _CLIENTS["client"] = pkg.Client(
            base_url=base_url,
            headers=dict(creds.get("header") or {}),
            cookies=dict(creds.get("cookie") or {}),
            timeout=httpx.Timeout(20.0),
            httpx_args={
                "event_hooks": {"request": [on_request], "response": [on_response]},
                "params": dict(creds.get("query") or {}),
            },
        )
    return _CLIENTS["client"]


def call(
    pkg: Any,
    found: dict[tuple[str, str], Any],
    convert: Converter,
    planned: dict[str, Any],
    base_url: str,
    creds: dict[str, dict[str, str]],
) -> dict[str, Any]:
    rec: dict[str, Any] = {"key": planned["key"], "mode": "sync", "strict": None}
    entry = found.get((planned["method"], spec_template(planned["path"])))
    if entry is None:
        rec["missing"] = True
        return rec
    module, mapping, path_args = entry
    func = module.sync_detailed
    try:
        hints = typing.get_type_hints(func)
    except Exception:
        hints = {}
    names = set(inspect.signature(func).parameters)
    by_norm = {_norm(n): n for n in names}
    problems: list[str] = []
    kwargs: dict[str, Any] = {}
    spec_order = re.findall(r"\{([^}]*)\}", planned["path"])
    for p in planned["params"]:
        arg = mapping.get((p["in"], p["name"]))
        if arg is None and p["in"] == "path" and p["name"] in spec_order:
            i = spec_order.index(p["name"])
            arg = path_args[i] if i < len(path_args) else None
        if arg is None:
            arg = by_norm.get(_norm(p["name"]))
        if arg is None or arg not in names:
            problems.append(f"unmapped {p['in']} parameter {p['name']!r}")
            continue
        try:
            kwargs[arg] = convert(p["value"], hints.get(arg, inspect.Parameter.empty))
        except Exception as exc:
            problems.append(f"argument {arg}: {type(exc).__name__}: {str(exc)[:150]}")
    body = planned.get("body")
    media = None
    if body and body["content"] and "body" in names:
        annotation = hints.get("body", inspect.Parameter.empty)
        for media_type, entry_ in body["content"].items():
            try:
                kwargs["body"] = convert(entry_["value"], annotation)
                media = media_type
                break
            except Exception as exc:
                problems.append(
                    f"argument body ({media_type}): {type(exc).__name__}: {str(exc)[:150]}"
                )
    rec["problems"] = problems
    rec["media_type"] = media
    events = _EVENTS
    events.clear()
    client = _client(pkg, base_url, creds)
    start = time.perf_counter()
    raised: BaseException | None = None
    result: Any = None
    try:
        result = func(client=client, **kwargs)
    except Exception as exc:
        raised = exc
    rec["seconds"] = round(time.perf_counter() - start, 4)
    requests = [e for k, e in events if k == "request"]
    responses = [e for k, e in events if k == "response"]
    rec["sent"] = bool(requests)
    if requests:
        rec["request"] = {
            "url": str(requests[-1].url)[:500],
            "content_type": requests[-1].headers.get("content-type", ""),
        }
    if responses:
        resp = responses[-1]
        rec["status"] = resp.status_code
        rec["content_type"] = resp.headers.get("content-type", "")
        rec["sl_violations"] = resp.headers.get("sl-violations", "")
        try:
            text = resp.text
        except Exception:
            text = ""
        rec["body"] = text[:BODY_CAP]
    rec["warnings"] = []
    if raised is not None:
        where = ""
        for frame in traceback.extract_tb(raised.__traceback__):
            if "/api/" in frame.filename or "/models/" in frame.filename:
                where = f"{Path(frame.filename).name}:{frame.lineno}:{frame.name}"
        rec["raised"] = {
            "type": type(raised).__name__,
            "module": type(raised).__module__,
            "clientsmith": False,
            "status_error": False,
            "validation_error": False,
            "message": str(raised)[:400],
            "where": where,
        }
    else:
        parsed = getattr(result, "parsed", None)
        rec["type_ok"] = True
        rec["type_detail"] = type(parsed).__name__
    return rec


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
