"""Property-based fuzzing: hostile spec text and config values never run code,
never write outside the output, never crash the generator and stay bounded.

CI runs a small budget. The large run documented in ``docs/security.md``::

    CLIENTSMITH_FUZZ_EXAMPLES=2000 CLIENTSMITH_FUZZ_LOG=/tmp/fuzz.log \\
        python -m pytest -q -p no:cacheprovider tests/security/test_fuzz.py
    python scripts/fuzz_report.py /tmp/fuzz.log

Each example is one generation (in this process) from a seed document whose
text or config values were mutated with hostile strings; when generation
succeeds, the package is written to a temporary directory and imported in a
subprocess that also constructs both clients and loads the generated CLI. The
hostile strings try to create a canary file: it must never appear.

Sizes span 1 KB to 1 MB: most inputs stay a few KB, about three in ten are
padded (many operations, many schemas, a long description full of payloads,
or deep nesting) to a size drawn log-uniformly up to just under 1 MB, so the
time and memory bounds are checked where they matter.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from security_helpers import small_spec, tree

from clientsmith.generator.config import config_from_mapping
from clientsmith.generator.diagnostics import Diagnostics, GeneratorError
from clientsmith.generator.pipeline import generate_files
from clientsmith.generator.writer import write_files

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

EXAMPLES = int(os.environ.get("CLIENTSMITH_FUZZ_EXAMPLES", "25"))
SECONDS_PER_INPUT = 10.0  # of CPU time (this process and its children)
WALL_SECONDS_PER_INPUT = 60.0  # a hang guard: wall time counts the neighbours
MAX_RSS_BYTES = 1 << 30
MAX_INPUT_BYTES = 1_000_000  # the bound is "inputs under 1 MB"
PADDED_SHARE = 3  # in ten inputs
PAD_KINDS = ("operations", "schemas", "description", "nesting")
PLACEHOLDER = "__clientsmith_fuzz_pad__"

CANARY = "CANARY"  # replaced by the canary's absolute path in each example
CANARY_ROOM = 200  # bytes each CANARY may grow by when replaced


def _payloads() -> list[str]:
    code = f"__import__('os').system('touch {CANARY}')"
    return [
        code,
        f'"""+str({code})+"""',
        f"'''+str({code})+'''",
        f'"\\n{code}\\n#',
        f"'); {code}; ('",
        f'"); {code}; ("',
        f"{{{{ {code} }}}}",
        f"{{% raw %}}{code}{{% endraw %}}",
        f'\\\\"; {code} #',
        f"x\r\n{code}\r\n",
        f"\\N{{{code}}}",
        f"# type: ignore\n{code}",
        "../../../../tmp/" + CANARY,
        "/tmp/" + CANARY,
        "con",
        "NUL.txt",
        "\u202e" + code,
        "\x00\x01\x1b[31m",
        "   ",
        "",
        "🐶" * 5,
        "a" * 300,
        "9" * 50,
        "class",
        "__init__",
        "self",
        "True",
        "retry",
        "stream_events",
        "$ref",
        "#/components/schemas/../../x",
        "{a}",
        "%(x)s {0} ${x}",
        "<!-- -->`x`*y*[z](javascript:alert(1))",
    ]


HOSTILE = st.one_of(
    st.sampled_from(_payloads()),
    st.text(max_size=40),
    st.builds(lambda a, b: a + b, st.sampled_from(_payloads()), st.text(max_size=10)),
)

SPEC_SLOTS = (
    "title",
    "description",
    "tag",
    "operation_id",
    "summary",
    "param",
    "param_description",
    "property",
    "enum",
    "default",
    "schema_name",
    "server",
    "security_name",
    "header_name",
)
CONFIG_KEYS = (
    "package_name",
    "project_name",
    "client_name",
    "base_url",
    "env_prefix",
    "cli_name",
)


def _seed(slots: dict[str, str]) -> dict[str, Any]:
    s = slots.get
    document = small_spec(title=s("title", "Zoo"), tags=(s("tag", "pets"), "other"))
    operation = document["paths"]["/p0"]["get"]
    operation["operationId"] = s("operation_id", "get0")
    operation["summary"] = s("summary", "sum")
    operation["description"] = s("description", "desc")
    operation["parameters"] = [
        {
            "name": s("param", "q"),
            "in": "query",
            "description": s("param_description", "d"),
            "schema": {"type": "string", "default": s("default", "x")},
        },
        {"name": s("header_name", "X-H"), "in": "header", "schema": {"type": "string"}},
    ]
    name = s("schema_name", "Pet")
    operation["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/" + name.replace("~", "~0").replace("/", "~1")
    }
    document["components"] = {
        "schemas": {
            name: {
                "type": "object",
                "properties": {
                    s("property", "kind"): {
                        "type": "string",
                        "enum": [s("enum", "a"), "b"],
                        "description": s("description", "d"),
                    }
                },
            }
        },
        "securitySchemes": {
            s("security_name", "key"): {
                "type": "apiKey",
                "in": "header",
                "name": s("header_name", "X-Key"),
            }
        },
    }
    document["security"] = [{s("security_name", "key"): []}]
    document["servers"] = [{"url": s("server", "https://api.example.com")}]
    document["info"]["x-clientsmith-cli"] = True
    return document


def _pad_operations(target: int, word: str) -> dict[str, Any]:
    """Paths with path, query and body parameters until ``target`` bytes of JSON."""
    paths: dict[str, Any] = {}
    size, i = 0, 0
    while size < target:
        operation: dict[str, Any] = {
            "operationId": f"pad_{i}",
            "tags": [f"pad{i % 7}" if i % 5 else word],
            "summary": word if i % 3 == 0 else f"op {i}",
            "parameters": [
                {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "integer"},
                },
                {"name": f"f{i % 11}", "in": "query", "schema": {"type": "string"}},
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Pet"}
                        }
                    },
                }
            },
        }
        if i % 2:
            operation["requestBody"] = {
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "n": {"type": "integer"},
                                word: {"type": "string"},
                            },
                        }
                    }
                }
            }
        item = {"post" if i % 2 else "get": operation}
        paths[f"/pad/{i}/{{id}}"] = item
        size += len(json.dumps(item)) + 20
        i += 1
    return paths


def _pad_schemas(target: int, word: str) -> dict[str, Any]:
    """Object schemas referring to the next one, with a hostile property, up to ``target``."""
    schemas: dict[str, Any] = {}
    size, i = 0, 0
    while size < target:
        schema = {
            "type": "object",
            "description": word,
            "required": ["next"],
            "properties": {
                "next": {"$ref": f"#/components/schemas/Pad{i + 1}"},
                word: {"type": "array", "items": {"type": "number"}},
                f"p{i}": {"type": "string", "enum": [word, f"v{i}"]},
            },
        }
        schemas[f"Pad{i}"] = schema
        size += len(json.dumps(schema)) + 10
        i += 1
    schemas[f"Pad{i}"] = {"type": "object"}
    return schemas


def _pad_nesting(target: int, depth: int) -> str:
    """JSON text (valid YAML flow) of a schema whose properties nest ``depth`` deep."""
    tree = '{"type": "object", "properties": {"n": ' * depth
    tree += '{"type": "string"}' + "}}" * depth
    count = max(1, target // (len(tree) + 8))
    properties = ", ".join(f'"d{i}": {tree}' for i in range(count))
    return '{"type": "object", "properties": {' + properties + "}}"


@st.composite
def paddings(draw: st.DrawFn) -> tuple[str, int, str, int] | None:
    """None for most inputs; else (kind, target bytes, hostile word, depth)."""
    if draw(st.integers(0, 9)) >= PADDED_SHARE:
        return None
    kind = draw(st.sampled_from(PAD_KINDS))
    exponent = draw(st.integers(10, 19))  # 1 KiB .. 512 KiB, then up to the bound
    target = draw(st.integers(1 << exponent, min(2 << exponent, MAX_INPUT_BYTES)))
    word = draw(st.sampled_from(_payloads()))
    depth = draw(st.one_of(st.integers(1, 64), st.integers(65, 5000)))
    return kind, target, word, depth


def _pad(document: dict[str, Any], padding: tuple[str, int, str, int]) -> str | None:
    """Grow ``document`` by the padding; returns nesting text to splice, if any."""
    kind, target, word, depth = padding
    if kind == "operations":
        document["paths"].update(_pad_operations(target, word))
    elif kind == "schemas":
        document["components"]["schemas"].update(_pad_schemas(target, word))
    elif kind == "description":
        filler = f"{word} lorem ipsum `x` *y* \n"
        document["info"]["description"] = filler * max(1, target // len(filler))
    else:
        document["components"]["schemas"]["Deep"] = PLACEHOLDER
        return _pad_nesting(target, depth)
    return None


_DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _text(
    slots: dict[str, str],
    fmt: str,
    ascii_only: bool,
    padding: tuple[str, int, str, int] | None,
) -> str:
    """The seed with ``slots``, grown by ``padding``, as JSON or YAML text."""
    document = _seed(slots)
    nesting = _pad(document, padding) if padding else None
    text = (
        json.dumps(document, ensure_ascii=ascii_only)
        if fmt == "json"
        else yaml.dump(document, Dumper=_DUMPER, allow_unicode=True)
    )
    if nesting is not None:  # too deep for json.dumps: spliced in as text
        text = text.replace(
            f'"{PLACEHOLDER}"' if fmt == "json" else PLACEHOLDER, nesting
        )
    return text


def _size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _bounded_text(
    slots: dict[str, str],
    fmt: str,
    ascii_only: bool,
    padding: tuple[str, int, str, int] | None,
) -> tuple[str, tuple[str, int, str, int] | None]:
    """:func:`_text`, its padding halved until the text is under the bound."""
    text = _text(slots, fmt, ascii_only, padding)
    # Escapes (\\uXXXX, YAML quoting) and the canary's path can outgrow the
    # target: halve it, leaving room for the payload spliced afterwards.
    while padding and (
        _size(text) + CANARY_ROOM * text.count(CANARY) > MAX_INPUT_BYTES - 4096
    ):
        padding = (padding[0], padding[1] // 2, padding[2], padding[3])
        text = _text(slots, fmt, ascii_only, padding)
    return text, padding


@st.composite
def hostile_inputs(draw: st.DrawFn) -> tuple[str, dict[str, str], str, str]:
    """(spec text, config values, format, padding kind) with hostile strings in them."""
    slots = draw(st.dictionaries(st.sampled_from(SPEC_SLOTS), HOSTILE, max_size=4))
    config = draw(st.dictionaries(st.sampled_from(CONFIG_KEYS), HOSTILE, max_size=2))
    fmt = draw(st.sampled_from(["json", "yaml"]))
    ascii_only = draw(st.booleans())
    padding = draw(paddings())
    text, padding = _bounded_text(slots, fmt, ascii_only, padding)
    if draw(st.integers(0, 4)) == 0:  # raw text mutation: splice a payload in
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(HOSTILE) + text[at:]
    return text, config, fmt, padding[0] if padding else "none"


IMPORT_CHECK = """
import importlib, sys, time
started = time.monotonic()
name = sys.argv[1]
package = importlib.import_module(name)
package.Client(base_url="https://h.example")
package.AsyncClient(base_url="https://h.example")
try:
    importlib.import_module(name + ".cli")
except ModuleNotFoundError as exc:
    if exc.name != name + ".cli":
        raise
# VmHWM, not ru_maxrss: Linux carries the parent's peak into ru_maxrss over exec
with open("/proc/self/status") as status:
    peak = next(int(l.split()[1]) * 1024 for l in status if l.startswith("VmHWM:"))
print(f"{time.monotonic() - started:.3f}\t{peak}")
"""


def _cpu_seconds() -> float:
    """CPU time of this process and its waited-for children (the formatter).

    The bound is checked on CPU time: on the shared 2-core machine the fuzz
    run is measured on, wall time grows with the load other work puts on it
    (the same 1 MB input took 4 s and 11 s). Wall time is logged too.
    """
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _reset_peak() -> bool:
    """Reset this process's peak RSS (Linux ``clear_refs``); False where unsupported."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
    except OSError:
        return False
    return True


def _rss(field: str) -> int:
    """``VmHWM`` (peak) or ``VmRSS`` of this process in bytes, from /proc."""
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise LookupError(field)


LOG_HEADER = (
    "outcome\tdigest\tkind\tformat\tbytes\tseconds\tcpu_seconds\tpeak_rss\tpeak_growth\t"
    "import_seconds\timport_peak_rss\n"
)


def _log(fields: list[object]) -> None:
    """One line per input in ``CLIENTSMITH_FUZZ_LOG`` (for ``scripts/fuzz_report.py``)."""
    log = os.environ.get("CLIENTSMITH_FUZZ_LOG")
    if not log:
        return
    new = not os.path.exists(log)
    with open(log, "a", encoding="utf-8") as handle:
        if new:
            handle.write(LOG_HEADER)
        handle.write("\t".join(str(f) for f in fields) + "\n")


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(hostile_inputs())
def test_hostile_input_never_runs_code_escapes_or_crashes(
    tmp_path_factory: pytest.TempPathFactory,
    sample: tuple[str, dict[str, str], str, str],
) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    canary = root / "canary-file"
    assert len(str(canary)) <= len(CANARY) + CANARY_ROOM
    text, config_values, fmt, kind = sample
    text = text.replace(CANARY, str(canary))
    config_values = {
        k: v.replace(CANARY, str(canary)) for k, v in config_values.items()
    }
    jail = root / "jail"
    jail.mkdir()
    spec = jail / f"spec.{fmt}"
    data = text.encode("utf-8", "surrogatepass")
    assert len(data) < MAX_INPUT_BYTES  # the bound the figures are claimed for
    spec.write_bytes(data)
    before = tree(root)
    # The peak RSS is reset before each input where Linux allows it, so the peak
    # read afterwards is this input's; elsewhere ru_maxrss only grows, and what
    # this input may add is the growth of the peak while it runs.
    per_input = _reset_peak()
    rss_before = _rss("VmRSS") if per_input else 0
    peak_before = (
        rss_before or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    )
    started, cpu_started = time.monotonic(), _cpu_seconds()
    result = None
    try:
        config = config_from_mapping(config_values, source="config.yaml")
        result = generate_files(spec, config, Diagnostics(), scratch=jail)
    except GeneratorError:
        pass  # a located diagnostic: the expected outcome for much of this
    elapsed = time.monotonic() - started
    cpu = _cpu_seconds() - cpu_started
    rss = (
        _rss("VmHWM")
        if per_input
        else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    )
    outcome = "generated+imported" if result is not None else "diagnostic"
    digest = hashlib.sha256(data + repr(config_values).encode()).hexdigest()[:12]
    fields: list[object] = [outcome, digest, kind, fmt, len(data), f"{elapsed:.3f}"]
    fields.append(f"{cpu:.3f}")
    fields += [rss, rss - peak_before]
    try:
        assert cpu < SECONDS_PER_INPUT, f"{cpu:.1f} s of CPU"
        assert elapsed < WALL_SECONDS_PER_INPUT, f"{elapsed:.1f} s"
        assert rss - peak_before < MAX_RSS_BYTES, (
            f"{(rss - peak_before) / 2**20:.0f} MiB"
        )
        assert tree(root) == before  # generation itself writes nothing
        if result is not None:
            out = jail / "out"
            write_files(out, result.files)
            assert all(p.resolve().is_relative_to(out) for p in out.rglob("*"))
            proc = subprocess.run(
                [sys.executable, "-c", IMPORT_CHECK, result.package.package],
                cwd=out,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
                env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
            )
            assert proc.returncode == 0, proc.stderr[-2000:]
            import_seconds, import_rss = proc.stdout.split()[-2:]
            fields += [import_seconds, import_rss]
            assert int(import_rss) < MAX_RSS_BYTES, f"import: {import_rss} bytes"
        else:
            fields += ["-", "-"]
        assert not canary.exists()
        assert {p for p in tree(root) if not p.startswith("jail/out")} == before
    except BaseException:
        fields[0] = "FAILED"
        raise  # the input's directory stays for inspection
    finally:
        _log(fields)  # one line per input, for the figures in docs/security.md
    # Padded inputs generate packages of megabytes: 2,000 of them fill a disk.
    shutil.rmtree(root)


def test_fuzz_seed_is_a_working_client(tmp_path: Path) -> None:
    """The unmutated seed generates and imports: mutations start from valid input."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(_seed({})))
    result = generate_files(spec, config_from_mapping({}, source="c"), Diagnostics())
    assert "zoo/cli.py" in result.files
    write_files(tmp_path / "out", result.files)
    proc = subprocess.run(
        [sys.executable, "-c", IMPORT_CHECK, "zoo"],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert copy.deepcopy(_seed({})) == _seed({})


@pytest.mark.parametrize("kind", PAD_KINDS)
@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_fuzz_padding_reaches_near_the_size_bound(kind: str, fmt: str) -> None:
    """Each padding kind grows the seed past 400 KB, under 1 MB, for a 900 KB target."""
    text, _ = _bounded_text({}, fmt, True, (kind, 900_000, "desc", 3))
    assert 400_000 < _size(text) < MAX_INPUT_BYTES
    if fmt == "json":
        json.loads(text)
    else:
        yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
