"""Generation speed side by side: clientsmith vs openapi-python-client.

    python benchmarks/peer_speed.py [--rounds 3] [--specs akeneo stripe github]

Both tools generate the same specs in the same run; within a round the order of
the tools alternates from spec to spec and from round to round, so machine noise
hits both alike. Every run is a fresh subprocess (through a small wrapper that
reports the wall time and the peak RSS of the largest process in the tree,
``RUSAGE_CHILDREN.ru_maxrss``). Both tools format their output with ruff
(openapi-python-client's post-hook finds ruff on ``PATH`` in its venv), and
both write to an empty directory each time. openapi-python-client runs from
``benchmarks/.cache/peer-venv`` (created by ``benchmarks/corpus.py --peer`` or
by this script). Failures (exit code, last traceback line) are reported, not
hidden: openapi-python-client is expected to fail on some large specs.
clientsmith runs from a snapshot of ``clientsmith/`` at ``--rev`` (default
HEAD; see ``corpus.py``), so edits in the shared checkout do not change it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import (  # noqa: E402
    CACHE,
    PEER_VENV,
    count_lines,
    ensure_corpus,
    ensure_peer_venv,
    has_traceback,
    snapshot,
    traceback_last_line,
)

BIN = Path(sys.executable).parent

WRAPPER = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[2:], capture_output=True, text=True, errors="replace")
wall = time.perf_counter() - t
open(sys.argv[1], "w").write(p.stdout + "\\n" + p.stderr)
print(json.dumps({"rc": p.returncode, "wall": wall,
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def find_specs(names: list[str], api: Path) -> dict[str, Path]:
    known = {
        "akeneo": api / "akeneo.com.json",
        "stripe": api / "stripe.com.json",
    }
    # GitHub's spec: the npm package @octokit/openapi, fetched once into the cache.
    octokit = CACHE / "octokit" / "package" / "generated" / "api.github.com.json"
    if "github" in names:
        if not octokit.exists():
            octokit.parent.parent.parent.mkdir(parents=True, exist_ok=True)
            out = subprocess.run(
                [
                    "npm",
                    "pack",
                    "@octokit/openapi",
                    "--pack-destination",
                    str(octokit.parents[2]),
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()[-1]
            shutil.unpack_archive(octokit.parents[2] / out, octokit.parents[2])
        known["github"] = octokit
    return {n: known[n] if n in known else Path(n) for n in names}


def command(tool: str, spec: Path, out: Path, package: str) -> list[str]:
    if tool == "clientsmith":
        return [str(BIN / "python"), "-m", "clientsmith.generator", "generate",
                str(spec), "-o", str(out), "--package-name", package]  # fmt: skip
    return [str(PEER_VENV / "bin" / "openapi-python-client"), "generate",
            "--path", str(spec), "--output-path", str(out), "--overwrite"]  # fmt: skip


def run(
    tool: str, spec: Path, name: str, timeout: float, source: Path
) -> dict[str, object]:
    work = Path(tempfile.mkdtemp(prefix="peer-speed-", dir=CACHE))
    out = work / "out"
    log = work / "log.txt"
    env = dict(os.environ)
    # Both tools run from bytecode, as installed packages do (pip compiles the
    # peer's venv; main() compiles the snapshot).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if tool == "clientsmith":
        env["PYTHONPATH"] = str(source)
    else:
        env["PATH"] = f"{PEER_VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    try:
        proc = subprocess.run(
            [sys.executable, "-c", WRAPPER, str(log), *command(tool, spec, out, name)],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            cwd=work,
        )
        result: dict[str, object] = json.loads(proc.stdout)
        text = log.read_text(errors="replace")
        packages = [p.parent for p in out.glob("*/__init__.py")] if out.is_dir() else []
        result["lines"] = sum(count_lines(p) for p in packages)
        result["ok"] = result["rc"] == 0 and bool(packages) and not has_traceback(text)
        if not result["ok"]:
            result["error"] = (
                traceback_last_line(text) or (text.strip().splitlines() or ["?"])[-1]
            )
        return result
    except subprocess.TimeoutExpired:
        return {"rc": None, "wall": timeout, "maxrss_kb": 0, "lines": 0, "ok": False,
                "error": f"timeout after {timeout:g}s"}  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--specs", nargs="+", default=["akeneo", "stripe", "github"])
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--rev", default="HEAD", help="clientsmith git revision")
    parser.add_argument("--json", type=Path, help="also write raw results here")
    args = parser.parse_args()

    ensure_peer_venv()
    source, sha = snapshot(args.rev)
    # Bytecode for the snapshot up front, as ``pip install`` does for the peer.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(source)], check=True)
    print(f"clientsmith {sha[:12]}", file=sys.stderr)
    specs = find_specs(args.specs, ensure_corpus(CACHE))
    tools = ["clientsmith", "openapi-python-client"]
    results: dict[tuple[str, str], list[dict[str, object]]] = {}
    for rnd in range(args.rounds):
        for i, (name, path) in enumerate(specs.items()):
            order = tools if (rnd + i) % 2 == 0 else tools[::-1]
            for tool in order:
                r = run(tool, path, name, args.timeout, source)
                results.setdefault((name, tool), []).append(r)
                print(f"round {rnd + 1} {name:<8} {tool:<22} {json.dumps(r)}",
                      file=sys.stderr, flush=True)  # fmt: skip

    print(f"\nclientsmith {sha[:12]} vs openapi-python-client; {args.rounds} rounds")
    print(f"{'spec':<8} {'tool':<22} {'ok':>5} {'wall s (median, min)':>22} "
          f"{'peak RSS MB':>12} {'lines':>9}")  # fmt: skip
    for name in specs:
        medians: dict[str, float] = {}
        rss: dict[str, float] = {}
        for tool in tools:
            rs = results[(name, tool)]
            ok = [r for r in rs if r["ok"]]
            walls = [float(r["wall"]) for r in rs]  # type: ignore[arg-type]
            med = statistics.median(walls)
            peak = max(int(r["maxrss_kb"]) for r in rs) / 1024  # type: ignore[call-overload]
            lines = max(int(r["lines"]) for r in rs)  # type: ignore[call-overload]
            medians[tool], rss[tool] = med, peak
            print(f"{name:<8} {tool:<22} {len(ok)}/{len(rs):<3} "
                  f"{med:>12.2f} {min(walls):>8.2f} {peak:>12.0f} {lines:>9}")  # fmt: skip
            for err in sorted({str(r["error"]) for r in rs if not r["ok"]}):
                print(f"{'':<8} {'':<22} FAILED: {err[:150]}")
        a, b = medians["clientsmith"], medians["openapi-python-client"]
        print(f"{name:<8} ratio clientsmith/peer: wall {a / b:.2f}, "
              f"peak RSS {rss['clientsmith'] / max(rss['openapi-python-client'], 1):.2f}")  # fmt: skip
    if args.json:
        args.json.write_text(
            json.dumps({f"{n}|{t}": v for (n, t), v in results.items()}, indent=1)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
