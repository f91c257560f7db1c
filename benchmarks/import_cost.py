"""Import and first-call cost of the generated GitHub client vs openapi-python-client's.

    python benchmarks/import_cost.py [--runs 7] [--rev HEAD]

Both tools generate GitHub's REST spec (``@octokit/openapi``) once into
``benchmarks/.cache/import-cost/`` (``--regenerate`` to redo it). Then every
measurement runs in a fresh subprocess, best of ``--runs``, the kinds
interleaved so machine noise hits all of them alike:

* ``baseline``: ``import httpx, pydantic`` (each venv; the peer's runtime
  dependencies ``httpx, attrs`` too) and ``import httpx`` alone;
* ``touch``: import the package, construct the client, touch one resource --
  clientsmith: ``client.repos.get_commit`` (loads the ``repos`` resource module);
  peer: import every module of ``pkg.api.repos`` (the same operations; modules
  that fail to import are counted and reported); ``touch-one``: the peer
  importing only the one operation module ``call`` uses (a lower bound);
* ``call``: ``touch`` plus one ``GET /repos/{owner}/{repo}/commits/{ref}``
  (``repos/get-commit``) through an ``httpx.MockTransport`` answering the spec's
  own ``commit`` example, parsed into the typed ``Commit`` model by both
  (not ``repos/get``: openapi-python-client drops its 200 response model);
* ``warm``: the median time of one more such call after the first (microseconds).

clientsmith runs from a snapshot of ``clientsmith/`` at ``--rev`` (see
``corpus.py``), so edits in the shared checkout do not change the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import CACHE, PEER_VENV, ensure_corpus, ensure_peer_venv, snapshot  # noqa: E402
from peer_speed import find_specs  # noqa: E402

BIN = Path(sys.executable).parent
WORK = CACHE / "import-cost"

PROBE = textwrap.dedent(
    """
    import json, statistics, sys, time
    tool, kind, pkg, body_file = sys.argv[1:5]
    broken = []
    t = time.perf_counter()
    if kind == "baseline":
        import httpx, pydantic
    elif kind == "baseline-httpx":
        import httpx
    elif kind == "baseline-peer-deps":
        import httpx, attrs
    elif tool == "clientsmith":
        import importlib
        gh = importlib.import_module(pkg)
        import httpx
        http = None
        if kind != "touch":
            body = open(body_file, "rb").read()
            headers = {"content-type": "application/json"}
            handler = lambda request: httpx.Response(200, content=body, headers=headers)
            http = httpx.Client(transport=httpx.MockTransport(handler))
        client = gh.Client(base_url="https://api.github.com", http_client=http)
        method = client.repos.get_commit
        if kind != "touch":
            commit = method("octocat", "Hello-World", "6dcb09b")
            assert commit.sha, commit
    else:
        import importlib, importlib.util, pkgutil
        gh = importlib.import_module(pkg)
        repos = importlib.import_module(pkg + ".api.repos")
        every = [] if kind == "touch-one" else pkgutil.iter_modules(repos.__path__)
        for info in every:
            try:
                importlib.import_module(repos.__name__ + "." + info.name)
            except ImportError:  # a model the generator dropped
                broken.append(info.name)
        import httpx
        args = {}
        if kind == "call":
            body = open(body_file, "rb").read()
            headers = {"content-type": "application/json"}
            handler = lambda request: httpx.Response(200, content=body, headers=headers)
            args = {"transport": httpx.MockTransport(handler)}
        client = gh.Client(base_url="https://api.github.com", httpx_args=args)
        # operationId "repos/get-commit"; 0.29 drops the "/"
        names = ("repos_get_commit", "reposget_commit")
        found = [n for n in names if importlib.util.find_spec(repos.__name__ + "." + n)]
        method = importlib.import_module(repos.__name__ + "." + found[0]).sync
        if kind == "call":
            commit = method("octocat", "Hello-World", "6dcb09b", client=client)
            assert commit.sha, commit
    first = time.perf_counter() - t
    warm = None
    if kind == "call":
        times = []
        for _ in range(200):
            t = time.perf_counter()
            if tool == "clientsmith":
                method("octocat", "Hello-World", "6dcb09b")
            else:
                method("octocat", "Hello-World", "6dcb09b", client=client)
            times.append(time.perf_counter() - t)
        warm = statistics.median(times)
    print(json.dumps({"first": first, "warm": warm, "broken": broken}))
    """
)


def generate(tool: str, spec: Path, source: Path) -> tuple[Path, str]:
    """The generated project directory and package name (generated once per rev)."""
    out = WORK / tool
    meta = WORK / f"{tool}.json"
    if meta.exists() and out.is_dir():
        known = json.loads(meta.read_text())
        if tool != "clientsmith" or known.get("source") == source.name:
            return out, str(known["package"])
    shutil.rmtree(out, ignore_errors=True)
    WORK.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    if tool == "clientsmith":
        env["PYTHONPATH"] = str(source)
        cmd = [str(BIN / "python"), "-m", "clientsmith.generator", "generate",
               str(spec), "-o", str(out), "--package-name", "github"]  # fmt: skip
    else:
        env["PATH"] = f"{PEER_VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        cmd = [str(PEER_VENV / "bin" / "openapi-python-client"), "generate",
               "--path", str(spec), "--output-path", str(out), "--overwrite"]  # fmt: skip
    print(f"generating {tool} ...", file=sys.stderr, flush=True)
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=1800)
    packages = [p.parent.name for p in out.glob("*/__init__.py")]
    if proc.returncode != 0 or not packages:
        raise SystemExit(f"{tool} failed on {spec}:\n{proc.stderr[-3000:]}")
    meta.write_text(json.dumps({"package": packages[0], "source": source.name}))
    return out, packages[0]


def complete(document: Any, schema: Any, value: Any, depth: int = 0) -> Any:
    """``value`` with every property ``schema`` requires, made up where missing."""
    while isinstance(schema, dict) and "$ref" in schema:
        node: Any = document
        for token in schema["$ref"][2:].split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
        schema = node
    if not isinstance(schema, dict) or depth > 20:
        return value
    for key in ("allOf", "oneOf", "anyOf"):
        if schema.get(key):
            if key == "allOf":
                for part in schema[key]:
                    value = complete(document, part, value, depth + 1)
                return value
            options = [
                o
                for o in schema[key]
                if not (isinstance(o, dict) and o.get("type") == "null")
            ]
            return complete(document, (options or schema[key])[0], value, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if value is None and schema.get("nullable") is not True:
        if "enum" in schema:
            return schema["enum"][0]
        fmt = schema.get("format")
        value = {
            "string": "2020-01-01T00:00:00Z" if fmt == "date-time" else
                      "https://x.invalid/" if fmt == "uri" else "x",
            "integer": 0, "number": 0.0, "boolean": False, "array": [], "object": {},
        }.get(str(kind))  # fmt: skip
    if isinstance(value, dict):
        props = schema.get("properties") or {}
        for name in schema.get("required", ()):
            if name not in value:
                value[name] = None
        for name, sub in props.items():
            if name in value:
                value[name] = complete(document, sub, value[name], depth + 1)
    elif isinstance(value, list) and "items" in schema:
        value = [complete(document, schema["items"], v, depth + 1) for v in value]
    return value


def example_body(spec: Path) -> Path:
    target = WORK / "commit.json"
    if not target.exists():
        document = json.loads(spec.read_text(encoding="utf-8"))
        value = document["components"]["examples"]["commit"]["value"]
        # GitHub's example lacks properties its schema requires (files[].sha...);
        # both clients (rightly) reject such a body, so fill them in
        schema = document["components"]["schemas"]["commit"]
        value = complete(document, schema, value)
        target.write_text(json.dumps(value))
    return target


def measure(
    tool: str, kind: str, project: Path, package: str, body: Path, source: Path
) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "0"
    if tool == "clientsmith":
        python = BIN / "python"
        env["PYTHONPATH"] = os.pathsep.join([str(project), str(source)])
    else:
        python = PEER_VENV / "bin" / "python"
        env["PYTHONPATH"] = str(project)
    env["GITHUB_BASE_URL"] = ""
    proc = subprocess.run(
        [str(python), "-c", PROBE, tool, kind, package, str(body)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=WORK,
    )
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["?"]
        raise SystemExit(f"{tool} {kind} failed: {tail[0]}\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rev", default="HEAD")
    parser.add_argument("--spec", type=Path, help="GitHub's api.github.com.json")
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args()

    ensure_peer_venv()
    source, sha = snapshot(args.rev)
    spec = args.spec or find_specs(["github"], ensure_corpus(CACHE))["github"]
    if args.regenerate:
        shutil.rmtree(WORK, ignore_errors=True)
    projects = {t: generate(t, spec, source) for t in ("clientsmith", "peer")}
    body = example_body(spec)
    cases = [
        ("clientsmith", "baseline-httpx"),
        ("clientsmith", "baseline"),
        ("peer", "baseline"),
        ("peer", "baseline-peer-deps"),
        ("clientsmith", "touch"),
        ("peer", "touch"),
        ("peer", "touch-one"),
        ("clientsmith", "call"),
        ("peer", "call"),
    ]
    # one warm-up pass writes the .pyc files, so every measured run reads bytecode
    for tool, kind in cases:
        measure(tool, kind, *projects[tool], body, source)
    results: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for _ in range(args.runs):
        for tool, kind in cases:
            r = measure(tool, kind, *projects[tool], body, source)
            results.setdefault((tool, kind), []).append(r)
    print(f"clientsmith {sha[:12]}; best of {args.runs} fresh processes (ms)")
    print(f"{'tool':<12} {'case':<20} {'best':>8} {'median':>8} {'warm call µs':>13}")
    for tool, kind in cases:
        rs = results[(tool, kind)]
        firsts = [float(r["first"] or 0) * 1000 for r in rs]
        warm = [float(r["warm"]) * 1e6 for r in rs if r["warm"] is not None]
        print(
            f"{tool:<12} {kind:<20} {min(firsts):8.1f} {statistics.median(firsts):8.1f} "
            + (f"{statistics.median(warm):13.0f}" if warm else f"{'':>13}")
        )
    broken = sorted(
        {b for rs in results.values() for r in rs for b in r.get("broken") or ()}
    )
    if broken:
        print(
            f"peer: {len(broken)} pkg.api.repos modules fail to import: {', '.join(broken)}"
        )
    for kind in ("touch", "call"):
        a = min(float(r["first"] or 0) for r in results[("clientsmith", kind)])
        b = min(float(r["first"] or 0) for r in results[("peer", kind)])
        print(f"ratio clientsmith/peer, {kind}: {a / b:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
