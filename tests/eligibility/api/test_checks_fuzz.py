"""Fuzzing `/api/v1/checks/` against its own OpenAPI schema (schemathesis, in-process).

Like the stateless endpoints' fuzzing, but on the database: operations on one check get
the token of a check saved just before, so changes reach the save itself rather than
stopping at an unknown token. No answer may be a 500 or stray from the documented shapes.
"""

from __future__ import annotations

from datetime import date

import pytest
import schemathesis
from django.core.cache import cache
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from eligibility import checks
from webapp.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", application)


@pytest.mark.slow
@pytest.mark.django_db
@schema.include(path_regex=r"^/api/v1/checks/").parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_no_request_to_the_checks_api_gives_a_server_error(case: schemathesis.Case) -> None:
    cache.clear()  # rate limits count per address; fuzzing is one address
    if case.path_parameters and "token" in case.path_parameters:
        saved = checks.create_check("wfw", None, date(2025, 3, 1), {"informal_carer": True}, "nl")
        case.path_parameters["token"] = saved.token
    case.call_and_validate(
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ]
    )
