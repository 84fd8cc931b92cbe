"""The fact → document table names only real facts, and the handover list follows the checks."""

from __future__ import annotations

from eligibility import catalogue
from workspace.documents import DOCUMENTS, FACT_DOCUMENTS, documents_for, facts_to_prove


def test_every_fact_in_the_document_table_is_a_fact_of_a_scheme() -> None:
    known = {fact["id"] for fact in catalogue.fact_catalog()}

    assert set(FACT_DOCUMENTS) - known == set()


def test_every_document_a_fact_points_to_is_described() -> None:
    used = {doc for docs in FACT_DOCUMENTS.values() for doc in docs}

    assert used - set(DOCUMENTS) == set()


def test_documents_prove_met_criteria_of_open_results_each_once_in_order() -> None:
    results = [
        {
            "status": "undetermined",
            "criteria": [
                {"status": "met", "facts": ["ww_dagloon_eur", "income_month_eur"]},
                {"status": "met", "facts": ["ww_first_day"]},
                {"status": "unknown", "facts": ["ww_end_date"]},
            ],
            "missing": ["ww_end_date"],
        },
        {"status": "not_eligible", "criteria": [{"status": "met", "facts": ["birth_date"]}]},
    ]

    facts = facts_to_prove(results)

    assert facts == ["ww_dagloon_eur", "income_month_eur", "ww_first_day"]
    assert [str(d) for d in documents_for(facts)] == [
        str(DOCUMENTS["ww_decision"]),
        str(DOCUMENTS["payslips"]),
    ]
