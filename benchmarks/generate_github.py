"""Generate a client for GitHub's REST spec and report time, memory and import cost.

    python benchmarks/generate_github.py [--spec PATH] [--fractions 0.25,0.5,1]

The spec comes from the npm package ``@octokit/openapi``
(``generated/api.github.com.json``): pass ``--spec`` or let the script run
``npm pack`` into ``benchmarks/.cache``. Each measurement runs in a fresh
subprocess; "fractions" generate from the first 1/4, 1/2... of the paths and
the components they reach, to show how time grows with the size of the API. Import cost is reported beside
``import httpx, pydantic`` measured in the same run, because absolute times on a
shared machine are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"

STAGES = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    from clientsmith.generator.builder import build_package
    from clientsmith.generator.config import GeneratorConfig
    from clientsmith.generator.diagnostics import Diagnostics
    from clientsmith.generator.format import format_python
    from clientsmith.generator.load import LoadedSpec, load_spec
    from clientsmith.generator.locate import gc_paused
    from clientsmith.generator.render import render_package
    from clientsmith.generator.writer import write_files

    spec, out, fraction = sys.argv[1], Path(sys.argv[2]), float(sys.argv[3])
    clock = time.perf_counter
    t0 = clock()
    loaded = load_spec(spec, Diagnostics())
    if fraction < 1:
        # the first paths, and only the components they reach (transitively)
        paths = loaded.document["paths"]
        keep = list(paths)[: max(1, int(len(paths) * fraction))]
        document = {**loaded.document, "paths": {k: paths[k] for k in keep}}
        components = loaded.document.get("components", {})
        reached = {}
        stack = [document["paths"]]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref.startswith("#/components/"):
                    section, name = ref.split("/")[2:4]
                    if name not in reached.setdefault(section, {}):
                        reached[section][name] = components[section][name]
                        stack.append(components[section][name])
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)
        if "securitySchemes" in components:
            reached["securitySchemes"] = components["securitySchemes"]
        document["components"] = reached
        loaded = LoadedSpec.from_document(document)
    t1 = clock()
    # as pipeline.generate_from_loaded does: no cyclic GC while building the IR
    with gc_paused():
        package = build_package(loaded.document, GeneratorConfig(package_name="github"),
                                Diagnostics(), spec_source="api.github.com.json")
    t2 = clock()
    with gc_paused():
        files = render_package(package)
    t3 = clock()
    files = format_python(files, scratch=out.parent)
    t4 = clock()
    write_files(out, files)
    t5 = clock()
    print(json.dumps({
        "operations": sum(len(r.operations) for r in package.resources),
        "models": sum(len(m.models) for m in package.model_modules),
        "files": len(files),
        "lines": sum(text.count("\\n") for text in files.values()),
        "load": t1 - t0, "build": t2 - t1, "render": t3 - t2, "format": t4 - t3,
        "write": t5 - t4, "total": t5 - t0,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))
    """
)

IMPORT = textwrap.dedent(
    """
    import sys, time
    t = time.perf_counter()
    if sys.argv[1] == "baseline":
        import httpx, pydantic
    else:
        import github
        if sys.argv[1] == "touch":
            client = github.Client(base_url="https://api.github.com")
            client.repos
    print(time.perf_counter() - t)
    """
)


def find_spec(given: str | None) -> Path:
    if given:
        return Path(given)
    target = CACHE / "package" / "generated" / "api.github.com.json"
    if not target.is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "pack", "@octokit/openapi", "--silent"], cwd=CACHE, check=True
        )
        tarball = sorted(CACHE.glob("octokit-openapi-*.tgz"))[-1]
        subprocess.run(["tar", "xzf", tarball.name], cwd=CACHE, check=True)
    return target


def best_import(kind: str, cwd: Path, runs: int = 7) -> float:
    """Best of ``runs`` fresh interpreters, with bytecode caches as users have them."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "."], cwd=cwd, env=env, check=True
    )
    times = []
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-c", IMPORT, kind],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(proc.stdout))
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--spec")
    parser.add_argument("--fractions", default="0.25,0.5,1")
    args = parser.parse_args()
    spec = find_spec(args.spec)
    print(f"spec: {spec} ({spec.stat().st_size / 1e6:.1f} MB)")
    header = (
        f"{'fraction':>8} {'ops':>5} {'files':>6} {'lines':>8} {'load':>6} {'build':>6} "
        f"{'render':>6} {'format':>6} {'write':>6} {'total':>6} {'s/1k ops':>8} {'peak MB':>8}"
    )
    print(header)
    CACHE.mkdir(parents=True, exist_ok=True)
    # On the project's disk: /tmp can be much slower (or smaller) than the disk
    # a user generates into.
    with tempfile.TemporaryDirectory(prefix="run-", dir=CACHE) as tmp:
        for fraction in (float(f) for f in args.fractions.split(",")):
            out = Path(tmp) / f"github-{fraction}"
            proc = subprocess.run(
                [sys.executable, "-c", STAGES, str(spec), str(out), str(fraction)],
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(proc.stdout)
            print(
                f"{fraction:>8} {r['operations']:>5} {r['files']:>6} {r['lines']:>8} {r['load']:>6.2f} "
                f"{r['build']:>6.2f} {r['render']:>6.2f} {r['format']:>6.2f} {r['write']:>6.2f} "
                f"{r['total']:>6.2f} {1000 * r['total'] / r['operations']:>8.2f} {r['peak_mb']:>8.0f}"
            )
        full = Path(tmp) / "github-1.0"
        if full.is_dir():
            best_import("full", full, runs=1)  # compile .pyc files first
            best_import("touch", full, runs=1)
            base = best_import("baseline", full)
            pkg = best_import("full", full)
            touch = best_import("touch", full)
            print(f"import httpx+pydantic (baseline): {base * 1000:.0f} ms")
            print(
                f"import github:                    {pkg * 1000:.0f} ms  ({pkg / base:.2f}x baseline)"
            )
            print(
                f"import + Client + client.repos:   {touch * 1000:.0f} ms  ({touch / base:.2f}x baseline)"
            )


if __name__ == "__main__":
    main()
