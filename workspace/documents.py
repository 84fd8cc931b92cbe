"""Which documents prove which facts: the data behind the handover's "what to bring" list.

`DOCUMENTS` names each document once; `FACT_DOCUMENTS` says which documents prove a fact
(each scheme declares it in its folder).
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

from eligibility import offers

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

FACT_DOCUMENTS: dict[str, tuple[str, ...]] = offers.fact_documents()
"""Per fact, the documents that prove it: each scheme declares them in its folder's
``web.yaml`` (``documents:``), shared facts in ``rules/schemes/_common/web.yaml``."""

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
