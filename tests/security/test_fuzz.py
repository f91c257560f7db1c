"""Property-based fuzzing: hostile spec text and config values never run code,
never write outside the output, never crash the generator and stay bounded.

CI runs a small budget. The large run documented in ``docs/security.md``::

    CLIENTSMITH_FUZZ_EXAMPLES=1000 python -m pytest -q -p no:cacheprovider \\
        tests/security/test_fuzz.py

Each example is one generation (in this process) from a seed document whose
text or config values were mutated with hostile strings; when generation
succeeds, the package is written to a temporary directory and imported in a
subprocess that also constructs both clients and loads the generated CLI. The
hostile strings try to create a canary file: it must never appear.
"""

from __future__ import annotations

import copy
import json
import os
import resource
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
SECONDS_PER_INPUT = 10.0
MAX_RSS_BYTES = 1 << 30

CANARY = "CANARY"  # replaced by the canary's absolute path in each example


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


@st.composite
def hostile_inputs(draw: st.DrawFn) -> tuple[str, dict[str, str], str]:
    """(spec text, config values, format) with hostile strings in them."""
    slots = draw(st.dictionaries(st.sampled_from(SPEC_SLOTS), HOSTILE, max_size=4))
    config = draw(st.dictionaries(st.sampled_from(CONFIG_KEYS), HOSTILE, max_size=2))
    fmt = draw(st.sampled_from(["json", "yaml"]))
    document = _seed(slots)
    text = (
        json.dumps(document, ensure_ascii=draw(st.booleans()))
        if fmt == "json"
        else yaml.safe_dump(document, allow_unicode=True)
    )
    if draw(st.integers(0, 4)) == 0:  # raw text mutation: splice a payload in
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(HOSTILE) + text[at:]
    return text, config, fmt


IMPORT_CHECK = """
import importlib, sys
name = sys.argv[1]
package = importlib.import_module(name)
package.Client(base_url="https://h.example")
package.AsyncClient(base_url="https://h.example")
try:
    importlib.import_module(name + ".cli")
except ModuleNotFoundError as exc:
    if exc.name != name + ".cli":
        raise
"""


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(hostile_inputs())
def test_hostile_input_never_runs_code_escapes_or_crashes(
    tmp_path_factory: pytest.TempPathFactory,
    sample: tuple[str, dict[str, str], str],
) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    canary = root / "canary-file"
    text, config_values, fmt = sample
    text = text.replace(CANARY, str(canary))
    config_values = {
        k: v.replace(CANARY, str(canary)) for k, v in config_values.items()
    }
    jail = root / "jail"
    jail.mkdir()
    spec = jail / f"spec.{fmt}"
    spec.write_bytes(text.encode("utf-8", "surrogatepass"))
    before = tree(root)
    # Peak RSS of the whole test process only grows: what this input may add is
    # the growth of the peak while it runs (other tests may have peaked before).
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    started = time.monotonic()
    result = None
    try:
        config = config_from_mapping(config_values, source="config.yaml")
        result = generate_files(spec, config, Diagnostics(), scratch=jail)
    except GeneratorError:
        pass  # a located diagnostic: the expected outcome for much of this
    elapsed = time.monotonic() - started
    assert elapsed < SECONDS_PER_INPUT, f"{elapsed:.1f} s"
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    assert rss - peak_before < MAX_RSS_BYTES, f"{(rss - peak_before) / 2**20:.0f} MiB"
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
            timeout=60,
            check=False,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
    assert not canary.exists()
    assert {p for p in tree(root) if not p.startswith("jail/out")} == before
    log = os.environ.get("CLIENTSMITH_FUZZ_LOG")
    if log:  # one line per input, for the figures in docs/security.md
        outcome = "generated+imported" if result is not None else "diagnostic"
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{outcome}\t{elapsed:.3f}\t{rss}\t{len(text)}\n")


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
