"""The parts of ``benchmarks/conformance.py``: value synthesis, the reference
serialiser, response-schema checks, call classification and the two workers
(clientsmith's generated client, openapi-python-client's).

Everything here except the workers is pure and unit-tested
(``tests/benchmarks/test_conformance.py``). ``peer_worker`` runs inside
openapi-python-client's venv, so it and ``common`` import only the standard
library and httpx.
"""
