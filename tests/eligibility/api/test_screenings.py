"""POST /api/v1/screenings/: one set of facts against every scheme of an audience."""

from __future__ import annotations

from datetime import date

import pytest
from django.utils import translation

import rules
from eligibility import presenters

from .conftest import Api, errors_of

FACTS = {"birth_date": "1980-01-01", "ww_month_number": 3, "wfw_request_type": "arbeidsduur_minder"}


@pytest.mark.parametrize("audience", ["worker", "employer", "adviser"])
def test_screening_answers_every_scheme_of_the_audience_and_one_next_question(
    api: Api, audience: str
) -> None:
    response = api.post("screenings/", {"audience": audience, "on": "2025-03-15", "facts": FACTS})

    assert response.status_code == 200
    body = response.json()
    expected = rules.screen(FACTS, date(2025, 3, 15), audience)
    assert [r["scheme"] for r in body["results"]] == [r.scheme for r in expected.results]
    assert body["next_question"] == expected.next_question
    assert body["missing"] == list(expected.missing)


def test_an_unknown_audience_is_a_400_naming_audience(api: Api) -> None:
    response = api.post("screenings/", {"audience": "student", "on": "2025-03-15"}, lang="en")

    assert response.status_code == 400
    assert errors_of(response) == [
        {
            "field": "audience",
            "code": "invalid_choice",
            "message": "'audience': 'student' is not a valid choice. Choose from: worker, "
            "employer, adviser.",
        }
    ]


def test_a_bad_answer_names_the_fact(api: Api) -> None:
    body = {"audience": "worker", "on": "2025-03-15", "facts": {"birth_date": "yesterday"}}

    [error] = errors_of(api.post("screenings/", body))

    assert error["field"] == "facts.birth_date"
    assert error["code"] == "not_date"


WW_MONTH = {
    "birth_date": "1980-05-17",
    "ww_dagloon_eur": "150.00",
    "ww_month_number": 3,
    "income_month_eur": "1200.00",
    "income_prev_month_above_threshold": False,
    "wfw_request_type": "arbeidsduur_minder",
}


def test_the_default_answer_is_compact_one_line_per_scheme(api: Api) -> None:
    body = {"audience": "worker", "on": "2025-03-15", "facts": WW_MONTH}

    answer = api.post("screenings/", body, lang="en").json()

    expected = rules.screen(WW_MONTH, date(2025, 3, 15), "worker")
    assert answer["detail"] == "compact"
    assert [r["scheme"] for r in answer["results"]] == [r.scheme for r in expected.results]
    for entry, result in zip(answer["results"], expected.results, strict=True):
        assert list(entry) == [
            "scheme",
            "title",
            "status",
            "availability",
            "headline",
            "amounts",
            "next_question",
        ]
        assert entry["status"] == result.status
        assert entry["availability"]["status"] == result.availability.status
        assert entry["next_question"] == (result.missing[0] if result.missing else None)
    ww = next(r for r in answer["results"] if r["scheme"] == "ww_inkomensverrekening")
    # 3,262.50 a month (21.75 × € 150); 70 % of (3,262.50 − 1,200.00) = 1,443.75.
    assert ww["headline"] == "Your WW continues. This month you get about €1,443.75."
    assert ww["amounts"] == {
        "maandloon_eur": "3262.50",
        "threshold_eur": "2854.69",
        "income_counted_eur": "1200.00",
        "benefit_eur": "1443.75",
    }
    stap = next(r for r in answer["results"] if r["scheme"] == "stap")
    assert stap["availability"] == {"status": "closed", "next_window": None}
    assert stap["amounts"] == {}  # no amount has a value: none is listed
    assert "criteria" not in stap and "receipt" not in stap


def test_the_compact_answer_speaks_the_language_of_the_request(api: Api) -> None:
    body = {"audience": "worker", "on": "2025-03-15", "facts": WW_MONTH}

    answer = api.post("screenings/", body, lang="nl").json()

    ww = next(r for r in answer["results"] if r["scheme"] == "ww_inkomensverrekening")
    assert ww["headline"] == "Uw WW loopt door. U krijgt deze maand ongeveer €\xa01.443,75."
    assert ww["title"] == rules.registry.get("ww_inkomensverrekening").title.nl


# Answer sets whose compact answers say something beyond the status: amounts, a headline
# that writes an amount or a date, one chosen because an output is true.
SAYING_SOMETHING = [
    ("worker", "2025-03-15", WW_MONTH),
    (  # above the limit a second month: no WW, UWV stops it
        "worker",
        "2026-03-16",
        {
            "ww_dagloon_eur": "150.00",
            "ww_month_number": 3,
            "income_month_eur": "3100.00",
            "income_prev_month_above_threshold": True,
        },
    ),
    (  # not asked yet: ask in writing by a date
        "worker",
        "2026-12-07",
        {
            "wfw_request_type": "arbeidsduur_minder",
            "wfw_request_made": "nog_niet",
            "employer_headcount": 40,
            "parent_child_under_8": False,
            "informal_carer": False,
            "wfw_unforeseen": False,
            "wfw_intended_start_date": "2027-03-01",
            "wfw_weeks_in_service": 116,
            "birth_date": "1980-05-15",
        },
    ),
    (
        "employer",
        "2026-09-17",
        {
            "pl_category": "mbo_bbl",
            "pl_training_year": 2025,
            "pl_agreement": True,
            "pl_employer_recognised": True,
            "pl_programme_qualifying": True,
            "pl_rod_registered": True,
            "pl_records_kept": True,
            "pl_weeks": 40,
        },
    ),
    ("adviser", "2025-03-15", {**WW_MONTH, "wfw_weeks_in_service": 52, "employer_headcount": 40}),
]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("audience", "on", "facts"), SAYING_SOMETHING)
def test_the_compact_answer_says_what_the_full_answer_says(
    api: Api, audience: str, on: str, facts: dict[str, object], lang: str
) -> None:
    body = {"audience": audience, "on": on, "facts": facts}

    compact = api.post("screenings/", body, lang=lang).json()
    full = api.post("screenings/", {**body, "detail": "full"}, lang=lang).json()

    assert compact["next_question"] == full["next_question"]
    assert compact["decided"] == full["decided"]
    for entry, result in zip(compact["results"], full["results"], strict=True):
        info = presenters.scheme(result["scheme"])
        assert entry["status"] == result["status"]
        assert entry["amounts"] == {
            o["id"]: result["outputs"][o["id"]]
            for o in info["outputs"]
            if o["kind"] == "money" and result["outputs"][o["id"]] is not None
        }
        with translation.override(lang):
            sentence = presenters.outcome_sentence(result, info, lang, facts)
        assert entry["headline"] == sentence, result["scheme"]


def test_detail_full_gives_every_result_as_an_evaluation_does(api: Api) -> None:
    body = {"audience": "worker", "on": "2025-03-15", "facts": WW_MONTH, "detail": "full"}

    answer = api.post("screenings/", body, lang="en").json()

    assert answer["detail"] == "full"
    ww = next(r for r in answer["results"] if r["scheme"] == "ww_inkomensverrekening")
    alone = api.post(
        "evaluations/",
        {"scheme": "ww_inkomensverrekening", "on": "2025-03-15", "facts": WW_MONTH},
    ).json()
    assert ww == alone
    assert ww["criteria"][0]["citation"]["url"].startswith("https://")


def test_an_unknown_detail_is_a_400_naming_detail(api: Api) -> None:
    body = {"audience": "worker", "on": "2025-03-15", "detail": "everything"}

    [error] = errors_of(api.post("screenings/", body, lang="en"))

    assert error["field"] == "detail"
    assert error["code"] == "invalid_choice"
