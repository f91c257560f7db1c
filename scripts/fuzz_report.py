"""Summarise a fuzz log (``CLIENTSMITH_FUZZ_LOG``) into the figures of docs/security.md.

Usage: ``python scripts/fuzz_report.py /tmp/fuzz.log``. The log has one
tab-separated line per input run by ``tests/security/test_fuzz.py``.
"""

from __future__ import annotations

import csv
import statistics
import sys
from collections import Counter
from pathlib import Path

MIB = 1 << 20


def report(path: Path) -> str:
    """The summary of the log at ``path`` as Markdown-ready lines."""
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    if not rows:
        return f"{path}: no inputs"
    seconds = [float(r["seconds"]) for r in rows]
    sizes = [int(r["bytes"]) for r in rows]
    imported = [r for r in rows if r.get("import_seconds") not in (None, "-", "")]
    slowest = max(rows, key=lambda r: float(r["seconds"]))
    largest = max(rows, key=lambda r: int(r["bytes"]))
    hungriest = max(rows, key=lambda r: int(r["peak_rss"]))
    lines = [
        f"inputs run: {len(rows)} ({len({r['digest'] for r in rows})} distinct)",
        "outcomes: "
        + ", ".join(
            f"{k} {v}" for k, v in sorted(Counter(r["outcome"] for r in rows).items())
        ),
        "padding: "
        + ", ".join(
            f"{k} {v}" for k, v in sorted(Counter(r["kind"] for r in rows).items())
        ),
        f"sizes: max {max(sizes):,} B ({largest['kind']}, {largest['outcome']}), "
        f"median {statistics.median(sizes):,.0f} B, "
        f">= 100 KB: {sum(s >= 100_000 for s in sizes)}, "
        f">= 500 KB: {sum(s >= 500_000 for s in sizes)}",
        f"generation: slowest {max(seconds):.2f} s ({int(slowest['bytes']):,} B, "
        f"{slowest['kind']}, {slowest['outcome']}), mean {statistics.fmean(seconds):.3f} s, "
        f"over 10 s: {sum(s >= 10 for s in seconds)} (wall time)",
        f"peak RSS during one input: max {int(hungriest['peak_rss']) / MIB:.0f} MiB "
        f"({int(hungriest['bytes']):,} B, {hungriest['kind']}); largest growth "
        f"{max(int(r['peak_growth']) for r in rows) / MIB:.0f} MiB",
    ]
    if rows[0].get("cpu_seconds") is not None:
        cpu = [float(r["cpu_seconds"]) for r in rows]
        busiest = max(rows, key=lambda r: float(r["cpu_seconds"]))
        lines.append(
            f"CPU time: max {max(cpu):.2f} s ({int(busiest['bytes']):,} B, "
            f"{busiest['kind']}), mean {statistics.fmean(cpu):.3f} s, "
            f"over 10 s: {sum(c >= 10 for c in cpu)}"
        )
    if imported:
        lines.append(
            f"import subprocess: slowest {max(float(r['import_seconds']) for r in imported):.2f} s, "
            f"peak RSS max {max(int(r['import_peak_rss']) for r in imported) / MIB:.0f} MiB"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    for argument in sys.argv[1:] or ["/tmp/fuzz.log"]:
        print(report(Path(argument)))
