"""API change reports on real history: regenerate a client across spec versions.

For consecutive versions of a spec (e.g. ``@octokit/openapi``'s
``generated/api.github.com.json``), this regenerates one client in place from
each version in turn, as a user would, and records per step the report
``generate`` wrote (``--report``), how long generation took, and how long
``clientsmith diff`` takes on the same step, between the two specs (IR only)
and between the two generated directories (surface files only).

    python benchmarks/api_history.py --out benchmarks/.cache/history \\
        [--src benchmarks/.cache/src-<sha>] \\
        20.0.0=path/to/20.0.0/api.github.com.json 21.0.0=path/to/21.json ...

Writes ``OUT/steps.json`` (one entry per step, with every change) and prints a
table. Each generation and diff is a fresh ``python -m clientsmith.generator``
process, so the times include start-up, as a user sees them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

SRC: Path | None = None
"""``--src``: a directory holding ``clientsmith/`` to run instead of the checkout."""


def run(*args: str | Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run the clientsmith CLI; its wall time and result."""
    env = dict(os.environ)
    if SRC is not None:
        env["PYTHONPATH"] = os.pathsep.join(
            [str(SRC), *filter(None, [env.get("PYTHONPATH")])]
        )
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "clientsmith.generator", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    return time.perf_counter() - start, proc


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("versions", nargs="+", help="LABEL=SPEC, oldest first")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--package-name", default="github")
    parser.add_argument(
        "--src",
        type=Path,
        default=None,
        help="run clientsmith from this directory (e.g. a `git archive` of a "
        "revision), not from the checkout, which others may be editing",
    )
    args = parser.parse_args(argv)
    global SRC
    SRC = args.src.resolve() if args.src else None
    versions = [tuple(v.split("=", 1)) for v in args.versions]
    out: Path = args.out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    live = out / "client"  # regenerated in place, as a user would
    steps: list[dict[str, Any]] = []
    previous: tuple[str, str] | None = None
    for label, spec in versions:
        snapshot = out / f"client-{label}"
        report = out / f"report-{label}.json"
        seconds, proc = run(
            "generate",
            spec,
            "-o",
            live,
            "--package-name",
            args.package_name,
            "--report",
            report,
            "--report",
            out / f"report-{label}.md",
        )
        if proc.returncode != 0:
            print(proc.stderr[-2000:], file=sys.stderr)
            return 1
        shutil.copytree(live, snapshot)
        step: dict[str, Any] = {"version": label, "generate_s": round(seconds, 2)}
        if previous is not None:
            old_label, old_spec = previous
            data = json.loads(report.read_text())
            spec_s, spec_proc = run(
                "diff", old_spec, spec, "--json", "--package-name", args.package_name
            )
            dir_s, dir_proc = run(
                "diff", out / f"client-{old_label}", snapshot, "--json"
            )
            # The three ways of comparing must agree.
            assert json.loads(spec_proc.stdout) == data, "spec diff differs from report"
            assert json.loads(dir_proc.stdout) == data, "dir diff differs from report"
            kinds = Counter(c["kind"] for c in data["changes"])
            step.update(
                {
                    "from": old_label,
                    "semver": data["semver"],
                    "changes": len(data["changes"]),
                    "breaking": sum(c["breaking"] for c in data["changes"]),
                    "kinds": dict(kinds.most_common()),
                    "diff_specs_s": round(spec_s, 2),
                    "diff_dirs_s": round(dir_s, 2),
                    "all": data["changes"],
                }
            )
        steps.append(step)
        previous = (label, spec)
    (out / "steps.json").write_text(json.dumps(steps, indent=1) + "\n")
    print(
        "| step | semver | changes | breaking | generate s | diff specs s | diff dirs s |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for s in steps[1:]:
        print(
            f"| {s['from']} → {s['version']} | {s['semver']} | {s['changes']} | "
            f"{s['breaking']} | {s['generate_s']} | {s['diff_specs_s']} | {s['diff_dirs_s']} |"
        )
    print(f"first generation ({steps[0]['version']}): {steps[0]['generate_s']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
