"""Hardening: headers that carry credentials without looking like it.

A generated client registers its API-key scheme names at import, so a key
passed in ``headers=`` under an innocent-looking name is redacted in logs and
dropped on cross-origin redirects, like ``Authorization``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from security_helpers import run_cli, small_spec, write_spec

CHECK = """
import logging, sys
import httpx
import zoo

seen = []
def handler(request):
    seen.append((request.url.host, request.headers.get("ocp-apim-subscription-key")))
    if request.url.host == "api.example.com":
        return httpx.Response(302, headers={"location": "https://cdn.example.org/x"})
    return httpx.Response(200, json={})

lines = []
class Keep(logging.Handler):
    def emit(self, record):
        lines.append(self.format(record))
logging.getLogger().addHandler(Keep())
logging.getLogger().setLevel(logging.DEBUG)
client = zoo.Client(
    base_url="https://api.example.com",
    headers={"Ocp-Apim-Subscription-Key": "HEADERKEY2"},
    transport=httpx.MockTransport(handler),
)
client.pets.get0()
assert seen == [
    ("api.example.com", "HEADERKEY2"),
    ("cdn.example.org", None),
], seen
assert lines and not any("HEADERKEY2" in line for line in lines), lines
print("ok")
"""


def test_declared_key_header_passed_in_headers_is_dropped_cross_origin(
    tmp_path: Path,
) -> None:
    document = small_spec()
    document["components"] = {
        "securitySchemes": {
            "sub": {
                "type": "apiKey",
                "in": "header",
                "name": "Ocp-Apim-Subscription-Key",
            }
        }
    }
    document["security"] = [{"sub": []}]
    spec = write_spec(tmp_path, document)
    result = run_cli("generate", spec, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    client = (tmp_path / "out" / "zoo" / "_client.py").read_text()
    assert 'register_sensitive_names("Ocp-Apim-Subscription-Key")' in client
    proc = subprocess.run(
        [sys.executable, "-c", CHECK],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
