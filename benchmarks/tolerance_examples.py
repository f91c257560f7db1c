"""Tolerant validation on a spec's own response examples.

Spec examples often violate their own schema, which is what servers do too.
This generates a client for SPEC, takes every JSON example of every 2xx
response, and validates it into the operation's declared type: examples that
conform are counted; each one that does not goes through the tolerant repair
(``clientsmith._tolerance.repair``), and the result is dumped back to JSON
(by alias, unset fields left out) and compared with the example. "round trip"
means nothing was dropped or changed; "typed differently" means only conforming
typed values are rendered differently (``2020-01-20T09:42:59.000-08:00`` dumps
as ``2020-01-20T09:42:59-08:00``); crashes are listed. The repair's cost is
timed against the failed validation it follows.

    python benchmarks/tolerance_examples.py SPEC [--package NAME] [--passes 2]
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pydantic

from clientsmith._response import adapter_for
from clientsmith._tolerance import repair
from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.load import load_spec
from clientsmith.generator.pipeline import generate_from_loaded
from clientsmith.generator.writer import write_files


def _deref(document: dict[str, Any], value: Any) -> Any:
    while isinstance(value, dict) and isinstance(value.get("$ref"), str):
        target: Any = document
        for part in value["$ref"].lstrip("#/").split("/"):
            target = target[unquote(part).replace("~1", "/").replace("~0", "~")]
        value = target
    return value


def examples_by_operation(document: dict[str, Any]) -> dict[tuple[str, str], list[Any]]:
    """(operationId, status) -> the JSON examples of that 2xx response."""
    found: dict[tuple[str, str], list[Any]] = {}
    for item in (document.get("paths") or {}).values():
        for op in (item or {}).values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            for status, response in (op.get("responses") or {}).items():
                if not str(status).startswith("2"):
                    continue
                content = (_deref(document, response) or {}).get("content") or {}
                media = next(
                    (m for t, m in content.items() if "json" in t.lower()), None
                )
                if not isinstance(media, dict):
                    continue
                values = [media["example"]] if "example" in media else []
                for example in (media.get("examples") or {}).values():
                    example = _deref(document, example)
                    if isinstance(example, dict) and "value" in example:
                        values.append(example["value"])
                found[(str(op["operationId"]), str(status))] = values
    return found


def _typed_only(dumped: Any, example: Any) -> bool:
    """Equal up to values a typed field renders differently (datetimes, numbers)."""
    if isinstance(dumped, dict) and isinstance(example, dict):
        return dumped.keys() == example.keys() and all(
            _typed_only(dumped[k], example[k]) for k in dumped
        )
    if isinstance(dumped, list) and isinstance(example, list):
        return len(dumped) == len(example) and all(
            _typed_only(a, b) for a, b in zip(dumped, example, strict=True)
        )
    if isinstance(dumped, (dict, list)) or isinstance(example, (dict, list)):
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec")
    parser.add_argument("--package", default="tolerance_probe")
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # the repair's warnings are not the point here

    diagnostics = Diagnostics()
    loaded = load_spec(args.spec, diagnostics)
    result = generate_from_loaded(
        loaded, GeneratorConfig(package_name=args.package), diagnostics
    )
    out = Path(tempfile.mkdtemp(prefix="tolerance-"))
    write_files(out, result.files)
    sys.path.insert(0, str(out))
    examples = examples_by_operation(loaded.document)

    resources = importlib.import_module(f"{args.package}.resources")
    operations = []
    for info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"{args.package}.resources.{info.name}")
        table = getattr(module, "_operations", None)
        if table is not None:
            operations.extend(table())
    # Pass 1 builds the cached TypeAdapters (a one-off per type and process);
    # the figures are from the last pass.
    for _ in range(args.passes):
        stats, crashes, failed_validation, repairing = _run(operations, examples)
    print(f"{args.spec}: {result.operations_emitted} operations")
    for key in (
        "examples",
        "conform",
        "off-spec",
        "round trip",
        "typed differently",
        "changed",
        "crash",
    ):
        print(f"  {key:18s} {stats[key]}")
    if stats["off-spec"]:
        print(
            f"  repair {repairing / stats['off-spec'] * 1e3:.2f} ms per off-spec example"
            f" (the failed validation before it: "
            f"{failed_validation / stats['off-spec'] * 1e3:.2f} ms; pass {args.passes})"
        )
    for line in crashes[:20]:
        print("  " + line)


def _run(
    operations: list[Any], examples: dict[tuple[str, str], list[Any]]
) -> tuple[Counter[str], list[str], float, float]:
    stats: Counter[str] = Counter()
    crashes: list[str] = []
    failed_validation = repairing = 0.0
    for operation in operations:
        for status, declared in operation.responses.items():
            if declared.kind != "json" or declared.type is None:
                continue
            adapter = adapter_for(declared.type)
            for example in examples.get((operation.operation_id, status), []):
                stats["examples"] += 1
                started = time.perf_counter()
                try:
                    adapter.validate_python(example)
                except pydantic.ValidationError:
                    failed_validation += time.perf_counter() - started
                else:
                    stats["conform"] += 1
                    continue
                stats["off-spec"] += 1
                try:
                    started = time.perf_counter()
                    value, _ = repair(declared.type, example)
                    repairing += time.perf_counter() - started
                    dumped = adapter.dump_python(
                        value,
                        mode="json",
                        by_alias=True,
                        exclude_unset=True,
                        warnings=False,
                    )
                except Exception as exc:  # the point is to list them
                    stats["crash"] += 1
                    crashes.append(f"{operation.operation_id}: {exc!r}"[:300])
                    continue
                if dumped == example:
                    stats["round trip"] += 1
                elif _typed_only(dumped, example):
                    stats["typed differently"] += 1
                else:
                    stats["changed"] += 1
                    crashes.append(f"{operation.operation_id}: changed")
    return stats, crashes, failed_validation, repairing


if __name__ == "__main__":
    main()
