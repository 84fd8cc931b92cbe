"""Which documents prove which facts: the data behind the handover's "what to bring" list.

`DOCUMENTS` names each document once; `FACT_DOCUMENTS` says which documents prove a fact.
A fact that needs no proof (a choice the client makes, such as what to request) is
absent. `tests/workspace/test_documents.py` fails when a fact id here is not a fact of any
scheme, so a renamed fact cannot silently drop a document.

A fact is "still to be proven" when a check that may still lead to an application (status
eligible or undetermined) counts a criterion as met on the strength of it: the client's
answer is then taken on their word until a document shows it. A scheme decided not
eligible needs no documents, and a fact not yet answered is a question, not a proof.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

DOCUMENTS: dict[str, Promise] = {
    "id": _("A valid proof of identity (passport, identity card or driving licence)"),
    "insurance_history": _("An overview of the insurance history (from the SVB)"),
    "study_finance": _("The DUO overview of study finance or allowances"),
    "training_offer": _(
        "The training offer or enrolment: name, start date, price and registration number"
    ),
    "kvk_extract": _("A recent extract from the Chamber of Commerce (KvK)"),
    "annual_accounts": _("The most recent annual accounts (staff, turnover and balance sheet)"),
    "de_minimis": _("A statement of de-minimis aid received in the last three years"),
    "project_budget": _("The project plan with its budget"),
    "partnership_agreement": _("The partnership agreement with the participating companies"),
    "lrk_registration": _("The registration in the Landelijk Register Kinderopvang (LRK)"),
    "employment_contract": _("The employment contract (start date, duration and hours)"),
    "training_agreement": _(
        "The practical training agreement (praktijkovereenkomst) with the school"
    ),
    "sbb_recognition": _("The SBB recognition as a training company (erkend leerbedrijf)"),
    "attendance_records": _(
        "The attendance records and the supervision records of the pupil or student"
    ),
    "research_agreement": _(
        "The agreement with the university, NWO or KNAW on financing or supervision"
    ),
    "payslips": _("Payslips of the months concerned"),
    "annual_statement": _("The annual statement of wages (jaaropgaaf) of the year concerned"),
    "employment_history": _("An overview of the employment history (from Mijn UWV)"),
    "ww_decision": _("The WW decision letter from UWV (start date, dagloon and duration)"),
    "ww_end_letter": _("The UWV letter that ended the WW, with its reason and date"),
    "benefit_decision": _("The decision letter of any sickness or WIA benefit"),
    "written_request": _("The written request to the employer (letter or e-mail) with its date"),
    "employer_decision": _("The employer's written decision with its date and reasons"),
    "child_birth_certificate": _("A birth certificate or BRP extract of the child"),
    "care_statement": _("A statement that shows the informal care (for example from the GP)"),
    "enrolment": _("The proof of enrolment from the school, with the programme and its form"),
    "fee_statement": _(
        "The tuition fee statement (Verklaring collegegeld/lesgeld) filled in by the school"
    ),
    "fee_reimbursement": _(
        "The agreement or letter on who pays or reimburses part of the tuition fee"
    ),
    "residence_permit": _(
        "The residence permit (type and validity), for a client without Dutch or EU/EEA/Swiss "
        "nationality"
    ),
    "diploma": _("The diploma of the completed bachelor (and master)"),
    "llk_overview": _("The DUO overview of levenlanglerenkrediet received before"),
}

FACT_DOCUMENTS: dict[str, tuple[str, ...]] = {
    "birth_date": ("id",),
    "stap_insured_months": ("insurance_history",),
    "receives_study_finance": ("study_finance",),
    "training_in_stap_register": ("training_offer",),
    "training_ocw_recognised": ("training_offer",),
    "training_start_date": ("training_offer",),
    "training_price_eur": ("training_offer",),
    "training_non_subsidiable_eur": ("training_offer",),
    "enterprise_staff": ("annual_accounts",),
    "enterprise_turnover_eur": ("annual_accounts",),
    "enterprise_balance_eur": ("annual_accounts",),
    "enterprise_sector": ("kvk_extract",),
    "slim_costs_eur": ("project_budget",),
    "partnership_mkb_count": ("partnership_agreement",),
    "partnership_nonaffiliated": ("partnership_agreement", "kvk_extract"),
    "de_minimis_3y_eur": ("de_minimis",),
    "nlld_requested_eur": ("project_budget",),
    "nlld_project_costs_eur": ("project_budget",),
    "applicant_lrk_kindercentrum": ("lrk_registration",),
    "gh_months_employed": ("employment_contract",),
    "gh_contract_start_date": ("employment_contract",),
    "gh_contract_months": ("employment_contract",),
    "gh_contract_hours": ("employment_contract",),
    "gh_training": ("training_agreement",),
    "gh_training_start_date": ("training_agreement",),
    "pl_agreement": ("training_agreement",),
    "pl_programme_qualifying": ("training_agreement",),
    "pl_employer_recognised": ("sbb_recognition",),
    "pl_records_kept": ("attendance_records",),
    "pl_weeks": ("attendance_records",),
    "pl_practice_hours": ("attendance_records",),
    "pl_final_school_year": ("training_agreement",),
    "pl_months": ("employment_contract", "research_agreement"),
    "pl_hours_week": ("employment_contract", "research_agreement"),
    "pl_employer_private_entity": ("kvk_extract",),
    "pl_employer_in_nl": ("kvk_extract",),
    "ww_avg_hours_week": ("employment_contract", "payslips"),
    "ww_current_hours_week": ("employment_contract", "payslips"),
    "ww_weeks_worked_36": ("payslips",),
    "ww_receives_zw": ("benefit_decision",),
    "ww_receives_wia": ("benefit_decision",),
    "ww_annual_wage_eur": ("annual_statement",),
    "ww_jareneis_met": ("employment_history",),
    "ww_work_years_before_2016": ("employment_history",),
    "ww_work_years_from_2016": ("employment_history",),
    "income_month_eur": ("payslips",),
    "ww_dagloon_eur": ("ww_decision",),
    "ww_dagloon_uncapped_eur": ("ww_decision",),
    "ww_first_day": ("ww_decision",),
    "ww_old_dagloon_eur": ("ww_decision",),
    "ww_new_dagloon_eur": ("ww_decision",),
    "ww_original_end_date": ("ww_decision",),
    "ww_end_reason": ("ww_end_letter",),
    "ww_end_date": ("ww_end_letter",),
    "ww_exclusion_ground": ("ww_end_letter",),
    "wia_right": ("benefit_decision",),
    "wfw_weeks_in_service": ("employment_contract",),
    "wfw_request_written": ("written_request",),
    "wfw_intended_start_date": ("written_request",),
    "wfw_previous_decision_date": ("employer_decision",),
    "wfw_employer_decision_date": ("employer_decision",),
    "wfw_refusal_ground": ("employer_decision",),
    "wfw_refusal_reasoned": ("employer_decision",),
    "parent_child_under_8": ("child_birth_certificate",),
    "informal_carer": ("care_statement",),
    "lllk_programme": ("enrolment",),
    "lllk_programme_recognised": ("enrolment",),
    "lllk_programme_in_nl": ("enrolment",),
    "lllk_nationality": ("id", "residence_permit"),
    "lllk_sf_entitled": ("study_finance",),
    "lllk_ho_degree": ("diploma",),
    "lllk_fee_eur": ("fee_statement",),
    "lllk_fee_reimbursed_eur": ("fee_reimbursement",),
    "lllk_continuing": ("llk_overview",),
    "lllk_months_used": ("llk_overview",),
    "lllk_nominal_months": ("enrolment",),
}

STILL_OPEN = ("eligible", "undetermined")


def facts_to_prove(results: Iterable[Mapping[str, Any]]) -> list[str]:
    """Facts behind met criteria of results that may still lead to an application, in order."""
    seen: dict[str, None] = {}
    for result in results:
        if result.get("status") not in STILL_OPEN:
            continue
        for criterion in result.get("criteria", []):
            if criterion.get("status") == "met":
                for fact in criterion.get("facts", []):
                    seen.setdefault(fact, None)
    return list(seen)


def documents_for(facts: Iterable[str]) -> list[Promise]:
    """The documents that prove `facts`, each once, in the order of the facts."""
    ids: dict[str, None] = {}
    for fact in facts:
        for doc in FACT_DOCUMENTS.get(fact, ()):
            ids.setdefault(doc, None)
    return [DOCUMENTS[doc] for doc in ids]


def scheme_results(result: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The per-scheme results of a stored check: one for a scheme, several for a screening."""
    if "results" in result:
        return list(result["results"])
    return [result] if result else []
