"""Schemathesis over the dashboard's OpenAPI schema: generated requests to every endpoint get no
server error, and every answer (status, content type, headers, body) is one the schema documents.
Bounded (a few examples per endpoint, two workers) so it runs in well under a minute."""
from __future__ import annotations

from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (content_type_conformance, not_a_server_error, response_headers_conformance,
                                 response_schema_conformance, status_code_conformance)

from latitude.web import create_app
from latitude.web.limits import ServerLimits

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]
EXAMPLES = 15


def test_every_answer_is_documented_and_none_is_a_server_error(store_path: Path) -> None:
    app = create_app(store_path, allow_hosts=["testserver"], limits=ServerLimits(workers=2, queue=8, timeout=30))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/profile", "/api/spine", "/api/map", "/report", "/api/health"}
    statuses: dict[str, set[int]] = {}
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None)
        def fuzz(case) -> None:
            response = case.call_and_validate(checks=CHECKS)
            statuses.setdefault(operation.path, set()).add(response.status_code)
        fuzz()
    assert all(code < 500 or code == 503 for codes in statuses.values() for code in codes), statuses
    assert 400 in statuses["/api/profile"]           # the generator did reach the bad-input answers
