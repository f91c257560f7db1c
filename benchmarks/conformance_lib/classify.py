"""Outcome of one call, whether the client is at fault, and the summary.

Pure functions over the raw records the workers write (see ``worker_cs.py``),
plus two facts the runner adds: whether the 2xx body conforms to the spec's
response schema, and whether the reference request passed Prism.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

OK = "ok"
TOLERATED = "tolerated"
RESPONSE_REJECTED = "response_rejected"
REQUEST_REJECTED = "request_rejected"
EXCEPTION_BEFORE_SEND = "exception_before_send"
NON_2XX = "non_2xx"
CRASH = "crash"
TIMEOUT = "timeout"
NO_RESPONSE = "no_response"
UNROUTABLE = "unroutable"
SPEC_UNLOADABLE = "spec_unloadable"
PRISM_CRASH = "prism_crash"
NOT_GENERATED = "not_generated"
GENERATE_FAILED = "generate_failed"
RUNNER_ERROR = "runner_error"

OUTCOMES = (
    OK,
    TOLERATED,
    RESPONSE_REJECTED,
    REQUEST_REJECTED,
    EXCEPTION_BEFORE_SEND,
    NON_2XX,
    CRASH,
    TIMEOUT,
    NO_RESPONSE,
    UNROUTABLE,
    SPEC_UNLOADABLE,
    PRISM_CRASH,
    NOT_GENERATED,
    GENERATE_FAILED,
    RUNNER_ERROR,
)

PRISM_REQUEST_ERRORS = (
    "NO_PATH_MATCHED_ERROR",
    "NO_METHOD_MATCHED_ERROR",
    "UNAUTHORIZED",
    "INVALID_CONTENT_TYPE",
    "NOT_ACCEPTABLE",
    "UNPROCESSABLE_ENTITY",
)
"""Prism's own problem types that mean "this request is wrong" (not a spec gap)."""


@dataclass
class Call:
    """One line of the calls JSONL."""

    tool: str
    spec: str
    operation: str
    """``METHOD path`` as in the spec."""
    method: str = ""
    """The Python method (clientsmith) or module (peer) called."""
    mode: str = "sync"
    """``sync``, ``async`` or ``strict`` (sync with strict response validation)."""
    outcome: str = ""
    fault: bool = False
    status: int | None = None
    signature: str = ""
    detail: str = ""
    body_conforms: bool | None = None
    reference_passed: bool | None = None
    seconds: float | None = None


def request_violations(raw: dict[str, Any]) -> list[str]:
    """Prism's request violations (errors only) from ``sl-violations`` or its body."""
    out: list[str] = []
    header = raw.get("sl_violations") or ""
    if header:
        text = header.removeprefix("Too many violations! ")
        try:
            items = json.loads(text)
        except ValueError:
            items = []
            if "request" in text:
                out.append("request: " + text[:200])
        for item in items if isinstance(items, list) else []:
            loc = item.get("location") or []
            if loc and loc[0] == "request" and item.get("severity") == "Error":
                out.append(
                    f"{'.'.join(map(str, loc))}: {item.get('message', '')}"[:200]
                )
    body = raw.get("body") or ""
    if not out and "errors#UNPROCESSABLE_ENTITY" in body:
        try:
            details = json.loads(body).get("validation") or []
        except (ValueError, AttributeError):
            details = []
        for item in details if isinstance(details, list) else []:
            loc = item.get("location") or []
            if item.get("severity", "Error") == "Error":
                out.append(
                    f"request.{'.'.join(map(str, loc))}: {item.get('message', '')}"[
                        :200
                    ]
                )
    if not out and "stoplight.io/prism/errors#" in body:
        for code in PRISM_REQUEST_ERRORS:
            if f"errors#{code}" in body:
                out.append(f"prism {code}")
                break
    return out


def normalize(text: str) -> str:
    """Group similar messages: quoted names, numbers and URLs become placeholders."""
    text = re.sub(r"https?://\S+", "URL", text)
    text = re.sub(
        r"\b(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) /\S*", r"\1 PATH", text
    )
    text = re.sub(r"PATH \([^)]*\)", "PATH (op)", text)
    text = re.sub(r"'[^']*'", "'…'", text)
    text = re.sub(r'"[^"]*"', '"…"', text)
    text = re.sub(r"\b\d+(\.\d+)?\b", "N", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip()[:160]


def _pydantic_codes(message: str) -> str:
    codes = sorted(set(re.findall(r"\[type=([a-z_]+)", message)))
    return f" [{','.join(codes)}]" if codes else ""


def exception_signature(raised: dict[str, Any]) -> str:
    message = raised.get("message", "")
    first = message.splitlines()[0] if message else ""
    return f"{raised.get('type', '?')}: {normalize(first)}{_pydantic_codes(message)}"


def classify(
    raw: dict[str, Any],
    *,
    unroutable: bool = False,
    body_conforms: bool | None = None,
    reference_passed: bool | None = None,
    peer: bool = False,
) -> tuple[str, bool, str, str]:
    """(outcome, client fault, failure signature, short detail) of one raw record."""
    if raw.get("generate_failed"):
        return (
            GENERATE_FAILED,
            False,
            "generate: " + normalize(raw["generate_failed"]),
            raw["generate_failed"][:300],
        )
    if raw.get("spec_unloadable"):
        return (
            SPEC_UNLOADABLE,
            False,
            "prism: " + normalize(raw["spec_unloadable"]),
            raw["spec_unloadable"][:300],
        )
    if raw.get("prism_crash"):
        return (
            PRISM_CRASH,
            False,
            "prism: " + normalize(raw["prism_crash"])[:100],
            raw["prism_crash"][:300],
        )
    if raw.get("runner_error"):
        return (
            RUNNER_ERROR,
            False,
            "runner: " + normalize(raw["runner_error"]),
            raw["runner_error"],
        )
    if raw.get("timeout"):
        return TIMEOUT, False, "timeout", "the worker ran out of time"
    if raw.get("missing"):
        return NOT_GENERATED, False, "operation not in the client", ""
    raised = raw.get("raised")
    problems = raw.get("problems") or []
    note = "; ".join(problems)[:300]
    if not raw.get("sent"):
        if raised is None:
            return RUNNER_ERROR, False, "runner: nothing sent, nothing raised", note
        sig = exception_signature(raised)
        if any(p.startswith("argument ") for p in problems):
            sig += " (after an argument the generated type refused)"
        return (
            EXCEPTION_BEFORE_SEND,
            True,
            sig,
            (raised.get("where", "") + " " + note).strip(),
        )
    status = raw.get("status")
    if status is None:
        if raised is not None and raised.get("type") in (
            "APITimeoutError",
            "ReadTimeout",
            "TimeoutException",
            "TimeoutError",
        ):
            return (
                TIMEOUT,
                False,
                "timeout: " + raised["type"],
                raised.get("message", "")[:200],
            )
        if raised is not None and not raised.get("clientsmith") and not peer:
            return CRASH, True, exception_signature(raised), raised.get("where", "")
        return NO_RESPONSE, False, exception_signature(raised or {}), ""
    violations = request_violations(raw)
    if unroutable and (violations or not 200 <= status < 300):
        return UNROUTABLE, False, "unroutable path template", note
    if violations:
        sig = "request: " + normalize(violations[0])
        fault = reference_passed is True
        detail = "; ".join(violations)[:300]
        if problems:
            detail += " | " + note
        return REQUEST_REJECTED, fault, sig, detail
    if not 200 <= status < 300:
        if raised is not None and not raised.get("clientsmith") and not peer:
            return CRASH, True, exception_signature(raised), raised.get("where", "")
        return NON_2XX, False, f"status {status}", ""
    spec_silent_or_conforms = body_conforms is not False
    if raised is not None:
        sig = exception_signature(raised)
        if not raised.get("clientsmith") and not peer:
            return CRASH, True, sig, raised.get("where", "")
        return (
            RESPONSE_REJECTED,
            spec_silent_or_conforms,
            sig,
            raised.get("message", "")[:300],
        )
    if raw.get("type_ok") is False:
        sig = "wrong type: " + normalize(raw.get("type_detail", ""))
        return (
            RESPONSE_REJECTED,
            spec_silent_or_conforms,
            sig,
            raw.get("type_detail", "")[:300],
        )
    warnings = [w for w in raw.get("warnings") or [] if is_tolerance_warning(w)]
    if warnings:
        return (
            TOLERATED,
            body_conforms is True,
            "tolerated: " + normalize(warnings[0]),
            "; ".join(warnings)[:300],
        )
    return OK, False, "", ""


def is_tolerance_warning(text: str) -> bool:
    """A warning of tolerant response validation (a field kept although off-type).

    Other runtime warnings (pagination that stops while the page says there is
    more, as Prism's static examples often do) leave the call ``ok``.
    """
    return "does not match the spec" in text


def mode_of(raw: dict[str, Any]) -> str:
    if raw.get("strict") is True:
        return "strict"
    return str(raw.get("mode", "sync"))


@dataclass
class Summary:
    lines: list[str] = field(default_factory=list)

    def add(self, text: str = "") -> None:
        self.lines.append(text)

    def text(self) -> str:
        return "\n".join(self.lines)


def _pct(n: int, d: int) -> str:
    return f"{n} ({100 * n / d:.1f}%)" if d else "0"


def is_response_validation_error(call: Call) -> bool:
    """A 2xx whose body the client refused with a validation error (the issue's
    "response validation error"; a PaginationError or a wrong type is not one)."""
    return (
        call.outcome == RESPONSE_REJECTED
        and "ValidationError" in call.signature.split(":")[0]
    )


def summarize(calls: Sequence[Call], top: int = 15) -> str:
    """Counts per outcome and mode, client faults, top signatures, peer side-by-side."""
    out = Summary()
    groups: dict[tuple[str, str], list[Call]] = {}
    for c in calls:
        groups.setdefault((c.tool, c.mode), []).append(c)
    for (tool, mode), cs in sorted(groups.items()):
        n = len(cs)
        specs = len({c.spec for c in cs})
        counts = Counter(c.outcome for c in cs)
        faults = [c for c in cs if c.fault]
        rve = sum(1 for c in cs if is_response_validation_error(c))
        out.add(f"== {tool} [{mode}]: {n} calls, {specs} specs")
        for outcome in OUTCOMES:
            if counts.get(outcome):
                out.add(f"  {outcome:<22} {_pct(counts[outcome], n)}")
        out.add(f"  client faults          {_pct(len(faults), n)}")
        out.add(f"  response validation errors {_pct(rve, n)}")
        sigs: dict[str, list[Call]] = {}
        for c in faults:
            sigs.setdefault(f"{c.outcome}: {c.signature}", []).append(c)
        if sigs:
            out.add("  top client-fault signatures:")
            for sig, members in sorted(
                sigs.items(), key=lambda kv: (-len(kv[1]), kv[0])
            )[:top]:
                ex = members[0]
                out.add(f"    {len(members):5d}  {sig[:150]}")
                out.add(
                    f"           e.g. {ex.spec} {ex.operation} ({ex.method}): {ex.detail[:160]}"
                )
        other: dict[str, list[Call]] = {}
        for c in cs:
            if not c.fault and c.outcome not in (OK,):
                other.setdefault(f"{c.outcome}: {c.signature}", []).append(c)
        if other:
            out.add("  top other non-ok signatures:")
            for sig, members in sorted(
                other.items(), key=lambda kv: (-len(kv[1]), kv[0])
            )[:top]:
                ex = members[0]
                out.add(
                    f"    {len(members):5d}  {sig[:150]}  e.g. {ex.spec} {ex.operation}"
                )
    side = side_by_side(calls)
    if side:
        out.add("")
        out.add(side)
    return out.text()


def side_by_side(calls: Sequence[Call]) -> str:
    """Working calls of both tools on the operations both were run on (sync mode)."""
    cs = {
        (c.spec, c.operation): c
        for c in calls
        if c.tool == "clientsmith" and c.mode == "sync"
    }
    peer = {
        (c.spec, c.operation): c for c in calls if c.tool == "openapi-python-client"
    }
    both = sorted(set(cs) & set(peer))
    if not both:
        return ""
    rows = [
        ("calls on the same operations", len(both), len(both)),
        (
            "ok (2xx, value of the declared type)",
            sum(cs[k].outcome == OK for k in both),
            sum(peer[k].outcome == OK for k in both),
        ),
        (
            "working (ok or tolerated)",
            sum(cs[k].outcome in (OK, TOLERATED) for k in both),
            sum(peer[k].outcome in (OK, TOLERATED) for k in both),
        ),
        (
            "response rejected",
            sum(cs[k].outcome == RESPONSE_REJECTED for k in both),
            sum(peer[k].outcome == RESPONSE_REJECTED for k in both),
        ),
        (
            "request rejected",
            sum(cs[k].outcome == REQUEST_REJECTED for k in both),
            sum(peer[k].outcome == REQUEST_REJECTED for k in both),
        ),
        (
            "  of which the reference passed",
            sum(
                cs[k].outcome == REQUEST_REJECTED and bool(cs[k].reference_passed)
                for k in both
            ),
            sum(
                peer[k].outcome == REQUEST_REJECTED and bool(peer[k].reference_passed)
                for k in both
            ),
        ),
        (
            "exception before send",
            sum(cs[k].outcome == EXCEPTION_BEFORE_SEND for k in both),
            sum(peer[k].outcome == EXCEPTION_BEFORE_SEND for k in both),
        ),
        (
            "not generated",
            sum(cs[k].outcome in (NOT_GENERATED, GENERATE_FAILED) for k in both),
            sum(peer[k].outcome in (NOT_GENERATED, GENERATE_FAILED) for k in both),
        ),
        (
            "client faults",
            sum(cs[k].fault for k in both),
            sum(peer[k].fault for k in both),
        ),
    ]
    lines = [
        "== side by side (sync, same operations)",
        f"  {'':42} {'clientsmith':>12} {'openapi-python-client':>22}",
    ]
    for label, a, b in rows:
        lines.append(f"  {label:42} {a:>12} {b:>22}")
    return "\n".join(lines)


def write_jsonl(path: Any, calls: Iterable[Call]) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        for c in calls:
            fh.write(json.dumps(asdict(c)) + "\n")


def read_jsonl(path: Any) -> list[Call]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                data = json.loads(line)
                known = Call.__dataclass_fields__
                call = Call(**{k: v for k, v in data.items() if k in known})
                if call.outcome == TOLERATED and not is_tolerance_warning(call.detail):
                    # runs before the tolerance filter counted pagination warnings
                    call.outcome, call.fault, call.signature = OK, False, ""
                out.append(call)
    return out
