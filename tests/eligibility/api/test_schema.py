"""The OpenAPI document and the docs page: generated from the code, valid, served locally."""

from __future__ import annotations

import re
from io import StringIO

import yaml
from django.core.management import call_command
from django.test import Client

import rules


def schema(client: Client) -> dict[str, object]:
    response = client.get("/api/v1/schema/", headers={"accept": "application/json"})
    assert response.status_code == 200
    document: dict[str, object] = response.json()
    return document


def test_the_generated_schema_validates_without_warnings() -> None:
    out = StringIO()

    call_command("spectacular", "--validate", "--fail-on-warn", stdout=out)

    document = yaml.safe_load(out.getvalue())
    assert document["openapi"].startswith("3.")
    assert {
        "/api/v1/schemes/",
        "/api/v1/schemes/{scheme_id}/",
        "/api/v1/evaluations/",
        "/api/v1/evaluations/bulk/",
        "/api/v1/screenings/",
        "/api/v1/screenings/bulk/",
    } <= set(document["paths"])


def test_the_schema_describes_every_fact_with_its_type_bounds_and_choices(client: Client) -> None:
    document = schema(client)

    components = document["components"]["schemas"]  # type: ignore[index]
    facts = components["EvaluationRequestRequest"]["properties"]["facts"]
    assert facts["additionalProperties"] is False
    assert set(facts["properties"]) == set(rules.registry.facts)
    month = facts["properties"]["ww_month_number"]
    assert {"type": "integer", "minimum": 1, "maximum": 60, "nullable": True} in month["anyOf"]
    assert "from 1 to 60" in month["description"]
    # An amount as the engine reads it: a comma, a JSON number, spaces (not "1.000").
    money = facts["properties"]["training_price_eur"]
    text = next(form for form in money["anyOf"] if form["type"] == "string")
    assert re.search(text["pattern"], "1234,56") and re.search(text["pattern"], " 12 ")
    assert not re.search(text["pattern"], "1.000")
    assert {form["type"] for form in money["anyOf"]} == {"number", "string"}
    assert money["description"].startswith(rules.registry.fact("training_price_eur").question.en)
    request_type = rules.registry.fact("wfw_request_type")
    assert facts["properties"]["wfw_request_type"]["enum"] == [c.id for c in request_type.choices]
    assert facts["properties"]["birth_date"]["format"] == "date"
    scheme = components["EvaluationRequestRequest"]["properties"]["scheme"]
    assert {"$ref": "#/components/schemas/SchemeEnum"} in scheme.get("allOf", [scheme])
    assert components["SchemeEnum"]["enum"] == [s.id for s in rules.registry.all()]


def test_the_docs_page_uses_only_files_this_site_serves(client: Client) -> None:
    page = client.get("/api/v1/docs/")

    assert page.status_code == 200
    html = page.content.decode()
    assert "http://" not in html and "https://" not in html
    for src in ["/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js"]:
        assert src in html
        assert client.get(src).status_code == 200
    script = client.get("/api/v1/docs/?script=")
    assert script.status_code == 200
    assert "/api/v1/schema/" in script.content.decode()


def test_the_schema_documents_the_screenings_detail_and_both_answers(client: Client) -> None:
    document = schema(client)

    components = document["components"]["schemas"]  # type: ignore[index]
    detail = components["ScreeningRequestRequest"]["properties"]["detail"]
    assert detail["default"] == "compact"
    assert "full" in detail["description"]
    answer = components["ScreeningAnswer"]["oneOf"]
    assert {"$ref": "#/components/schemas/CompactScreening"} in answer
    assert {"$ref": "#/components/schemas/Screening"} in answer
    compact = components["CompactResult"]["properties"]
    assert set(compact) == {
        "scheme",
        "title",
        "status",
        "availability",
        "headline",
        "amounts",
        "next_question",
    }
