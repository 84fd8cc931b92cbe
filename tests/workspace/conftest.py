"""Two leerwerkloketten, each with an admin and an adviser, and a case with a check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from django.test import Client

from eligibility import checks
from workspace import services
from workspace.models import Case, CaseCheck, Membership, Organisation

WFW_ANSWERS = {
    "wfw_request_type": "arbeidsduur_minder",
    "wfw_weeks_in_service": 52,
    "employer_headcount": 40,
    "parent_child_under_8": True,
    "informal_carer": False,
    "birth_date": "1961-07-23",
    "wfw_request_written": True,
    "wfw_intended_start_date": "2025-06-01",
    "wfw_unforeseen": False,
}


@dataclass
class Loket:
    organisation: Organisation
    admin: Membership
    adviser: Membership
    case: Case
    check: CaseCheck


@pytest.fixture(autouse=True)
def fast_passwords(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def make_loket(name: str, reference: str) -> Loket:
    admin = services.create_organisation(name, f"admin@{name.lower()}.nl", "een-lang-wachtwoord-1")
    adviser = services.invite_adviser(admin, f"adviseur@{name.lower()}.nl")
    case = services.create_case(admin.organisation, adviser.user, reference, "Eerste gesprek.")
    saved = checks.create_check("wfw", None, date(2025, 3, 1), WFW_ANSWERS, "nl")
    case_check = services.attach_check(case, adviser.user, token=saved.token or "")
    return Loket(admin.organisation, admin, adviser, case, case_check)


@pytest.fixture
def loket_a(db: None) -> Loket:
    return make_loket("LoketA", "A-0001")


@pytest.fixture
def loket_b(db: None) -> Loket:
    return make_loket("LoketB", "B-0001")


@pytest.fixture
def adviser_a(client: Client, loket_a: Loket) -> Client:
    client.force_login(loket_a.adviser.user)
    return client


@pytest.fixture
def admin_a(client: Client, loket_a: Loket) -> Client:
    client.force_login(loket_a.admin.user)
    return client
