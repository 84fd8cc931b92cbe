"""GET /api/v1/schemes/ and /api/v1/schemes/{id}/: the catalogue of schemes."""

from __future__ import annotations

from datetime import date

import pytest

import rules
from rules.texts import dated_url

from .conftest import Api, errors_of


def test_list_has_every_scheme_with_its_availability_on_the_date(api: Api) -> None:
    response = api.get("schemes/", on="2022-06-01")

    assert response.status_code == 200
    body = response.json()
    assert [s["id"] for s in body] == [s.id for s in rules.registry.all()]
    for described, scheme in zip(body, rules.registry.all(), strict=True):
        assert described["availability"] == rules.availability(scheme, date(2022, 6, 1)).as_dict()
        assert described["title"] == {"nl": scheme.title.nl, "en": scheme.title.en}
        # the text of the law as it was on the date asked for
        assert described["legal_basis"]["url"] == dated_url(
            scheme.legal_basis.url, date(2022, 6, 1)
        )


def test_without_on_the_availability_is_that_of_today(api: Api, fixed_today: date) -> None:
    body = api.get("schemes/").json()

    stap = next(s for s in body if s["id"] == "stap")
    expected = rules.availability(rules.registry.get("stap"), fixed_today).as_dict()
    assert stap["availability"] == expected


def test_detail_describes_facts_criteria_outputs_and_windows(api: Api) -> None:
    response = api.get("schemes/ww_inkomensverrekening/", on="2025-03-15")

    assert response.status_code == 200
    body = response.json()
    assert body["id"] == "ww_inkomensverrekening"
    assert body["audience"] == ["worker", "adviser"]
    assert body["availability"]["status"] == "open"
    facts = {f["id"]: f for f in body["facts"]}
    assert facts["ww_month_number"] | {"question": None, "help": None} == {
        "id": "ww_month_number",
        "kind": "int",
        "question": None,
        "help": None,
        "audience": ["worker", "adviser"],
        "optional": False,
        "default": None,
        "minimum": 1,
        "maximum": 60,
        "choices": None,
    }
    assert facts["ww_dagloon_eur"]["minimum"] == "0.01"
    assert facts["income_is_employee_wage"]["optional"] is True
    assert facts["income_is_employee_wage"]["default"] is True
    assert set(facts["ww_month_number"]["question"]) == {"nl", "en"}
    criteria = body["criteria"]
    assert criteria and all(c["citation"]["url"].startswith("https://") for c in criteria)
    assert {o["id"]: o["kind"] for o in body["outputs"]}["benefit_eur"] == "money"


def test_detail_lists_application_windows_and_enum_choices(api: Api) -> None:
    body = api.get("schemes/slim/", on="2023-03-01").json()

    scheme = rules.registry.get("slim")
    assert [w["id"] for w in body["windows"]] == [w.id for w in scheme.availability.windows]
    activities = next(f for f in body["facts"] if f["id"] == "slim_activities")
    assert activities["kind"] == "enum_list"
    assert [c["id"] for c in activities["choices"]] == [
        "doorlichting",
        "loopbaanadvies",
        "lo_methode",
        "praktijkleerplaats",
    ]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (None, "Onbekende regeling 'no_such_scheme'. Bekende regelingen: groepshulp,"),
        ("en", "Unknown scheme 'no_such_scheme'. Known schemes: groepshulp,"),
    ],
)
def test_unknown_scheme_is_a_404_with_a_sentence(api: Api, lang: str | None, sentence: str) -> None:
    response = api.get("schemes/no_such_scheme/", lang=lang)

    assert response.status_code == 404
    [error] = errors_of(response)
    assert error["code"] == "not_found"
    assert error["message"].startswith(sentence)


@pytest.mark.parametrize("on", ["2025-02-30", "15-03-2025", "today", "1850-01-01"])
def test_a_bad_on_is_a_400_naming_on(api: Api, on: str) -> None:
    response = api.get("schemes/wfw/", on=on)

    assert response.status_code == 400
    [error] = errors_of(response)
    assert error["field"] == "on"
    assert "'on'" in error["message"]


def test_a_coded_output_lists_its_values_with_labels() -> None:
    from django.test import Client

    body = Client().get("/api/v1/schemes/wfw/").json()
    outputs = {o["id"]: o for o in body["outputs"]}

    assert [c["id"] for c in outputs["refusal_test"]["choices"]] == [
        "zwaarwegend_belang",
        "afwegen_en_overleggen",
        "redelijkheid_en_billijkheid",
    ]
    assert outputs["refusal_test"]["choices"][0]["label"]["en"].startswith("only for serious")
    assert outputs["decision_deadline"]["choices"] is None
