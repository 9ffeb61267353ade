"""Property tests against the app's own OpenAPI document (schemathesis): every documented route answers
with a documented status and body, never a server error, for generated parameters (bounded examples)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from plantrace.api import create_app
from plantrace.web import capabilities
from plantrace.web.context import AppConfig

EXAMPLES = 10
ROUTES = [
    "GET /api/v1/documents", "POST /api/v1/documents", "GET /api/v1/documents/{doc}",
    "DELETE /api/v1/documents/{doc}", "GET /api/v1/documents/{doc}/nodes", "GET /api/v1/search",
    "GET /api/v1/measures", "GET /api/v1/projects", "GET /api/v1/concepts", "GET /api/v1/platforms",
    "GET /api/v1/industries", "GET /api/v1/compare", "GET /api/v1/links", "GET /api/v1/indicators",
    "POST /api/v1/observations", "GET /api/v1/audit", "GET /api/v1/audit.csv", "GET /api/v1/me",
]
# a capability another issue builds answers 501 until it lands: that one 5xx is the documented answer
NOT_BUILT_YET = {"/api/v1/links": "links", "/api/v1/indicators": "tracking", "/api/v1/observations": "observations"}


def operations(db: Path) -> dict[str, Any]:
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", create_app(AppConfig(db=str(db))))
    found = (result.ok() for result in schema.get_all_operations())
    return {f"{op.method.upper()} {op.path}": op for op in found}


def test_the_schema_lists_exactly_these_routes(people_db: Path) -> None:
    assert sorted(operations(people_db)) == sorted(ROUTES)


@pytest.mark.parametrize("route", ROUTES)
def test_every_route_keeps_its_contract(people_db: Path, route: str) -> None:
    operation = operations(people_db)[route]
    capability = NOT_BUILT_YET.get(operation.path)
    excluded = [schemathesis.checks.not_a_server_error] if capability and not capabilities.has(capability) else []

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        case.call_and_validate(excluded_checks=excluded)

    run()
