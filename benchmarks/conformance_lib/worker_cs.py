"""Calls every planned operation through a clientsmith-generated package.

Run by ``conformance.py`` in a subprocess, with the generated project and the
measured ``clientsmith/`` snapshot on ``PYTHONPATH``:

    python -m conformance_lib.worker_cs PLAN.json PKG_DIR BASE_URL OUT.jsonl

Writes one JSON line per call (raw facts: what was sent, what came back, what the
client returned or raised); ``classify.py`` turns them into outcomes. Lines are
flushed one by one, so a worker killed on timeout leaves what it did.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import json
import logging
import pkgutil
import sys
import time
import traceback
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from .synth import decode_bytes

BODY_CAP = 100_000
CALL_TIMEOUT = 20.0
_STRICT_NAMES = ("strict_validation", "strict", "strict_response_validation")
LOCATIONS = ("path", "query", "headers", "cookies")
_LOCATION_OF = {
    "path": "path",
    "query": "query",
    "header": "headers",
    "cookie": "cookies",
}


class StaticAuth(httpx.Auth):
    """Puts fixed fake credentials where a security scheme wants them."""

    def __init__(self, scheme: dict[str, Any]) -> None:
        self.scheme = scheme

    def auth_flow(
        self, request: httpx.Request
    ) -> typing.Generator[httpx.Request, httpx.Response, None]:
        kind = self.scheme.get("type")
        where, name = self.scheme.get("in"), self.scheme.get("name")
        if kind == "apiKey" and name:
            if where == "query":
                request.url = request.url.copy_merge_params({name: "conformance-key"})
            elif where == "cookie":
                old = request.headers.get("Cookie")
                pair = f"{name}=conformance-key"
                request.headers["Cookie"] = f"{old}; {pair}" if old else pair
            else:
                request.headers[name] = "conformance-key"
        elif kind == "http" and str(self.scheme.get("scheme", "")).lower() == "basic":
            request.headers["Authorization"] = "Basic dXNlcjpwYXNz"
        else:
            request.headers["Authorization"] = "Bearer conformance-token"
        yield request


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.messages.append(record.getMessage()[:300])
        except Exception:
            self.messages.append(str(record.msg)[:300])


def call_map(source: str) -> dict[str, dict[str, Any]]:
    """Per method name: ``{location: {wire name: python name}, "body": expr}``.

    Read from the generated method's one runtime call, e.g.
    ``self._client.request(op, path={"petId": pet_id}, body=body)``.
    """
    out: dict[str, dict[str, Any]] = {}
    tree = ast.parse(source)
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef) or cls.name.startswith("Async"):
            continue
        for fn in cls.body:
            if not isinstance(fn, ast.FunctionDef):
                continue
            for node in ast.walk(fn):
                if not (
                    isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                ):
                    continue
                if not (
                    isinstance(node.func.value, ast.Attribute)
                    and node.func.value.attr == "_client"
                ):
                    continue
                entry: dict[str, Any] = {loc: {} for loc in LOCATIONS}
                entry["body"] = None
                for kw in node.keywords:
                    if kw.arg in LOCATIONS and isinstance(kw.value, ast.Dict):
                        for k, v in zip(kw.value.keys, kw.value.values, strict=False):
                            if isinstance(k, ast.Constant) and isinstance(v, ast.Name):
                                entry[kw.arg][k.value] = v.id
                    elif kw.arg == "body":
                        if isinstance(kw.value, ast.Name):
                            entry["body"] = kw.value.id
                        elif isinstance(kw.value, ast.Dict):
                            entry["body"] = {
                                k.value: v.id
                                for k, v in zip(
                                    kw.value.keys, kw.value.values, strict=False
                                )
                                if isinstance(k, ast.Constant)
                                and isinstance(v, ast.Name)
                            }
                out.setdefault(fn.name, entry)
    return out


def _strip_not_given(annotation: Any, not_given: type) -> Any:
    args = typing.get_args(annotation)
    origin = typing.get_origin(annotation)
    if args and (origin is typing.Union or str(origin) == "<class 'types.UnionType'>"):
        kept = [a for a in args if a is not not_given]
        if len(kept) == 1:
            return kept[0]
        return typing.Union[tuple(kept)]  # noqa: UP007
    return annotation


def convert(value: Any, annotation: Any, not_given: type) -> tuple[Any, str]:
    """The spec value as the annotated Python type (a user passes typed values)."""
    from pydantic import TypeAdapter

    value = decode_bytes(value)
    if annotation is inspect.Parameter.empty:
        return value, ""
    annotation = _strip_not_given(annotation, not_given)
    try:
        return TypeAdapter(annotation).validate_python(value), ""
    except Exception as exc:  # the generated type refuses a value from the spec
        return value, f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"


def _where(tb: Any, markers: tuple[str, ...]) -> str:
    where = ""
    for frame in traceback.extract_tb(tb):
        for marker in markers:
            if marker in frame.filename:
                cut = frame.filename.rfind(marker)
                where = f"{frame.filename[cut:]}:{frame.lineno}:{frame.name}"
    return where


class Runner:
    """Holds the generated package, the clients and the per-call capture."""

    def __init__(self, plan: dict[str, Any], pkg_dir: Path, base_url: str) -> None:
        self.plan = plan
        self.pkg_name = pkg_dir.name
        self.pkg = importlib.import_module(self.pkg_name)
        import clientsmith

        self.clientsmith = clientsmith
        self.not_given = type(clientsmith.NOT_GIVEN)
        models = importlib.import_module(self.pkg_name + ".models")
        self.model_ns = {n: getattr(models, n) for n in getattr(models, "__all__", ())}
        self.base_url = base_url
        self.events: list[tuple[str, Any]] = []
        self.capture = _Capture()
        logging.getLogger("clientsmith").addHandler(self.capture)
        logging.getLogger("clientsmith").propagate = False
        self.strict_arg = self._strict_arg()
        self.clients: dict[tuple[str, bool | None], Any] = {}
        self.last_problems: list[str] = []
        self.last_media: str | None = None
        self.loop = asyncio.new_event_loop()
        self.ops = self._operations(pkg_dir)

    def _strict_arg(self) -> str | None:
        """How strict response validation is asked for: a constructor argument of
        the generated ``Client``, else ``with_options(...)`` (the runtime's own)."""
        for where in (self.pkg.Client, getattr(self.pkg.Client, "with_options", None)):
            if where is None:
                continue
            params = inspect.signature(where).parameters
            for name in _STRICT_NAMES:
                if name in params:
                    prefix = "" if where is self.pkg.Client else "with_options:"
                    return prefix + name
        return None

    def _operations(self, pkg_dir: Path) -> dict[str, dict[str, Any]]:
        """``METHOD path`` -> module, resource classes, method name, Operation, call map."""
        found: dict[str, dict[str, Any]] = {}
        resources = importlib.import_module(self.pkg_name + ".resources")
        for info in pkgutil.iter_modules(resources.__path__):
            module = importlib.import_module(f"{resources.__name__}.{info.name}")
            table = getattr(module, "_operations", None)
            if table is None:
                continue
            source = Path(module.__file__ or "").read_text(encoding="utf-8")
            calls = call_map(source)
            sync_cls = async_cls = None
            for name, obj in vars(module).items():
                if not inspect.isclass(obj) or obj.__module__ != module.__name__:
                    continue
                if name.endswith("Resource") and not name.startswith("Async"):
                    sync_cls = obj
                elif name.endswith("Resource") and name.startswith("Async"):
                    async_cls = obj
            for method_name, op in table()._asdict().items():
                key = f"{op.method.upper()} {op.path}"
                found.setdefault(
                    key,
                    {
                        "module": module,
                        "sync": sync_cls,
                        "async": async_cls,
                        "name": method_name,
                        "op": op,
                        "calls": calls.get(method_name, {}),
                    },
                )
        return found

    def client_kwargs(self, strict: bool | None) -> dict[str, Any]:
        schemes = self.plan.get("security_schemes") or {}
        params = inspect.signature(self.pkg.Client).parameters
        kwargs: dict[str, Any] = {
            "base_url": self.base_url,
            "auth": {name: StaticAuth(s) for name, s in schemes.items()},
            "timeout": CALL_TIMEOUT,
        }
        if "retry" in params:
            kwargs["retry"] = None
        if "env_file" in params:
            kwargs["env_file"] = None
        if strict is not None and self.strict_arg and ":" not in self.strict_arg:
            kwargs[self.strict_arg] = strict
        return kwargs

    def _strict_copy(self, client: Any, strict: bool | None) -> Any:
        if strict is not None and self.strict_arg and ":" in self.strict_arg:
            return client.with_options(**{self.strict_arg.split(":", 1)[1]: strict})
        return client

    def hooks(self, is_async: bool) -> dict[str, list[Callable[..., Any]]]:
        def on_request(request: httpx.Request) -> None:
            self.events.append(("request", request))

        def on_response(response: httpx.Response) -> None:
            self.events.append(("response", response))

        if not is_async:
            return {"request": [on_request], "response": [on_response]}

        async def a_request(request: httpx.Request) -> None:
            on_request(request)

        async def a_response(response: httpx.Response) -> None:
            on_response(response)

        return {"request": [a_request], "response": [a_response]}

    def arguments(
        self, entry: dict[str, Any], planned: dict[str, Any], func: Callable[..., Any]
    ) -> tuple[list[Any], dict[str, Any], list[str], str | None]:
        """Positional args, keyword args, problems, and the body media type used."""
        module = entry["module"]
        ns = {**vars(module), **self.model_ns}
        try:
            hints = typing.get_type_hints(func, globalns=ns)
        except Exception:
            hints = {}
        sig = inspect.signature(func)
        calls = entry["calls"]
        values: dict[str, Any] = {}
        problems: list[str] = []
        for p in planned["params"]:
            location = _LOCATION_OF[p["in"]]
            py = (calls.get(location) or {}).get(p["name"])
            if py is None:
                problems.append(f"unmapped {p['in']} parameter {p['name']!r}")
                continue
            value, error = convert(
                p["value"], hints.get(py, inspect.Parameter.empty), self.not_given
            )
            if error:
                problems.append(f"argument {py}: {error}")
            values[py] = value
        op = entry["op"]
        media = None
        body_plan = planned.get("body")
        if op.body is not None and body_plan and body_plan["content"]:
            contents = body_plan["content"]
            media = op.body.content_type if op.body.content_type in contents else None
            if media is None:
                media = next(iter(contents))
                problems.append(
                    f"body media type {op.body.content_type!r} not in spec; sent {media!r} value"
                )
            value = contents[media]["value"]
            target = calls.get("body")
            if isinstance(target, str):
                value, error = convert(
                    value, hints.get(target, inspect.Parameter.empty), self.not_given
                )
                if error:
                    problems.append(f"argument {target}: {error}")
                values[target] = value
            elif isinstance(target, dict) and isinstance(value, dict):
                for wire, py in target.items():
                    if wire in value:
                        v, error = convert(
                            value[wire],
                            hints.get(py, inspect.Parameter.empty),
                            self.not_given,
                        )
                        if error:
                            problems.append(f"argument {py}: {error}")
                        values[py] = v
            else:
                problems.append("no body argument")
        self.last_problems, self.last_media = problems, media
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for name, param in list(sig.parameters.items())[1:]:
            if name not in values:
                continue
            if param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD):
                args.append(values[name])
            else:
                kwargs[name] = values[name]
        return args, kwargs, problems, media

    def check(self, op: Any, result: Any, status: int | None) -> tuple[bool, str]:
        """Is ``result`` a value of the type the operation declares for ``status``?"""
        from pydantic import TypeAdapter

        from clientsmith.operation import PagedOperation

        if isinstance(op, PagedOperation):
            items = result
            if op.item_type is None:
                return True, ""
            try:
                adapter = TypeAdapter(list[op.item_type])
                adapter.validate_python(list(items), strict=False)
                return True, f"{len(items)} items"
            except Exception as exc:
                return False, f"items: {str(exc).splitlines()[0][:200]}"
        code = str(status)
        response = None
        for k in (code, code[0] + "XX", code[0] + "xx", "2XX", "default"):
            if k in op.responses:
                response = op.responses[k]
                break
        if response is None:
            return True, "status not declared"
        if response.kind == "empty":
            return (
                result is None,
                "" if result is None else f"expected None, got {type(result).__name__}",
            )
        if response.kind == "binary":
            ok = isinstance(result, (bytes, bytearray))
            return ok, "" if ok else f"expected bytes, got {type(result).__name__}"
        if response.kind == "text":
            ok = isinstance(result, str)
            return ok, "" if ok else f"expected str, got {type(result).__name__}"
        if response.type is None:
            return True, ""
        try:
            TypeAdapter(response.type).validate_python(result, strict=False)
            return True, ""
        except Exception as exc:
            return False, f"{type(result).__name__}: {str(exc).splitlines()[0][:200]}"

    def last_status(self) -> int | None:
        responses = [e for kind, e in self.events if kind == "response"]
        return responses[-1].status_code if responses else None

    def record(
        self, planned: dict[str, Any], mode: str, strict: bool | None
    ) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "key": planned["key"],
            "mode": mode,
            "strict": strict,
            "strict_supported": self.strict_arg is not None,
        }
        entry = self.ops.get(planned["key"])
        if entry is None:
            rec["missing"] = True
            return rec
        rec["method_name"] = entry["name"]
        self.events = []
        self.capture.messages = []
        self.last_problems, self.last_media = [], None
        start = time.perf_counter()
        result: Any = None
        raised: BaseException | None = None
        tb = None
        problems: list[str] = []
        media = None
        try:
            if mode == "async":
                result, problems, media = self.loop.run_until_complete(
                    self._async_call(entry, planned, strict)
                )
            else:
                result, problems, media = self._sync_call(entry, planned, strict)
        except Exception as exc:
            raised, tb = exc, exc.__traceback__
            problems, media = self.last_problems, self.last_media
        rec["seconds"] = round(time.perf_counter() - start, 4)
        rec["problems"] = problems
        rec["media_type"] = media
        requests = [e for kind, e in self.events if kind == "request"]
        responses = [e for kind, e in self.events if kind == "response"]
        rec["sent"] = bool(requests)
        if requests:
            req = requests[-1]
            rec["request"] = {
                "url": str(req.url)[:500],
                "content_type": req.headers.get("content-type", ""),
            }
        if responses:
            resp = responses[-1]
            rec["status"] = resp.status_code
            rec["content_type"] = resp.headers.get("content-type", "")
            rec["sl_violations"] = resp.headers.get("sl-violations", "")
            try:
                text = (
                    resp.text if resp.is_stream_consumed or not resp.is_closed else ""
                )
                if not text and not resp.is_stream_consumed:
                    text = ""
            except Exception:
                text = ""
            rec["body"] = text[:BODY_CAP]
            rec["body_truncated"] = len(text) > BODY_CAP
        rec["warnings"] = list(self.capture.messages)
        if raised is not None:
            rec["raised"] = {
                "type": type(raised).__name__,
                "module": type(raised).__module__,
                "clientsmith": isinstance(raised, self.clientsmith.ClientsmithError),
                "status_error": isinstance(raised, self.clientsmith.APIStatusError),
                "validation_error": isinstance(
                    raised, self.clientsmith.APIResponseValidationError
                ),
                "message": str(raised)[:400],
                "where": _where(
                    tb, ("clientsmith/", f"/{self.pkg_name}/", "conformance_lib/")
                ),
            }
        else:
            ok, detail = result
            rec["type_ok"], rec["type_detail"] = ok, detail
        return rec

    def sync_client(self, strict: bool | None) -> Any:
        """One client per strictness, reused (creating one per call costs ~30 ms)."""
        client = self.clients.get(("sync", strict))
        if client is None:
            client = self.pkg.Client(
                **self.client_kwargs(strict), event_hooks=self.hooks(False)
            )
            client = self._strict_copy(client, strict)
            self.clients[("sync", strict)] = client
        return client

    def _sync_call(
        self, entry: dict[str, Any], planned: dict[str, Any], strict: bool | None
    ) -> tuple[Any, list[str], str | None]:
        from clientsmith.operation import PagedOperation

        client = self.sync_client(strict)
        resource = entry["sync"](client)
        func = getattr(resource, entry["name"])
        args, kw, problems, media = self.arguments(
            entry, planned, getattr(entry["sync"], entry["name"])
        )
        result = func(*args, **kw)
        op = entry["op"]
        if isinstance(op, PagedOperation):
            page = result.next_page()
            value: Any = list(page.items) if page is not None else []
        elif hasattr(result, "read") and hasattr(result, "iter_bytes"):
            with result as stream:
                value = stream.read()
        else:
            value = result
        return self.check(op, value, self.last_status()), problems, media

    async def _async_call(
        self, entry: dict[str, Any], planned: dict[str, Any], strict: bool | None
    ) -> tuple[Any, list[str], str | None]:
        from clientsmith.operation import PagedOperation

        client = self.clients.get(("async", strict))
        if client is None:
            client = self.pkg.AsyncClient(
                **self.client_kwargs(strict), event_hooks=self.hooks(True)
            )
            client = self._strict_copy(client, strict)
            self.clients[("async", strict)] = client
        resource = entry["async"](client)
        func = getattr(resource, entry["name"])
        args, kw, problems, media = self.arguments(
            entry, planned, getattr(entry["sync"], entry["name"])
        )
        op = entry["op"]
        if isinstance(op, PagedOperation):
            pager = func(*args, **kw)
            page = await asyncio.wait_for(pager.next_page(), CALL_TIMEOUT * 2)
            value: Any = list(page.items) if page is not None else []
        else:
            result = await asyncio.wait_for(func(*args, **kw), CALL_TIMEOUT * 2)
            if hasattr(result, "read") and hasattr(result, "iter_bytes"):
                async with result as stream:
                    value = await stream.read()
            else:
                value = result
        return self.check(op, value, self.last_status()), problems, media


def main(argv: list[str]) -> int:
    plan_path, pkg_dir, base_url, out_path = argv[:4]
    plan = json.loads(Path(plan_path).read_text(encoding="utf-8"))
    async_keys = set(plan.get("async_keys") or ())
    with open(out_path, "a", encoding="utf-8") as out:
        try:
            runner = Runner(plan, Path(pkg_dir), base_url)
        except Exception as exc:
            out.write(
                json.dumps({"import_error": f"{type(exc).__name__}: {exc}"[:500]})
                + "\n"
            )
            return 1
        out.write(
            json.dumps(
                {"strict_arg": runner.strict_arg, "generated_ops": len(runner.ops)}
            )
            + "\n"
        )
        out.flush()
        # the default (tolerant, where the runtime is) sync call for every operation,
        # the async client for the seeded share, strict validation when offered
        modes: list[tuple[str, bool | None]] = [("sync", None), ("async", None)]
        if runner.strict_arg:
            modes.append(("sync", True))
        for planned in plan["ops"]:
            for mode, strict in modes:
                if mode == "async" and planned["key"] not in async_keys:
                    continue
                try:
                    rec = runner.record(planned, mode, strict)
                except Exception as exc:  # a bug of this worker, kept visible
                    rec = {
                        "key": planned["key"],
                        "mode": mode,
                        "strict": strict,
                        "runner_error": f"{type(exc).__name__}: {exc}"[:400],
                        "runner_where": _where(
                            exc.__traceback__, ("conformance_lib/",)
                        ),
                    }
                out.write(json.dumps(rec, default=str) + "\n")
                out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
