"""Tijdelijke subsidieregeling NL leert door met inzet van sectoraal maatwerk (NLDSM), 2021-2022.

Sector partnerships (employers' and employees' organisations, branch organisations, O&O-funds
and others) applied for a project of development advice, guidance to other work, training and
EVC for werkenden threatened with losing their job; from December 2021 jobseekers too.
Reference date: the application date of the partnership.

The amounts rest on secondary sources (``parameters.yaml``): a minimum and a maximum per
application, and a maximum share of the costs. Below the minimum an application cannot be
granted (not eligible); a request above the maximum is capped at the maximum. Applications
ran in the one window of ``scheme.yaml``. What applications were possible for the budget added
with the widening of December 2021 was not verified, so from then (``windows_known_until``)
until the regulation lapsed availability is unknown.
"""

from __future__ import annotations

from datetime import timedelta

from rules import expr as x
from rules.loader import Here
from rules.schemes._common.logic import in_windows

here = Here(__file__)
KNOWN_UNTIL = here.availability.windows_known_until
assert KNOWN_UNTIL is not None
WIDENED = KNOWN_UNTIL + timedelta(days=1)  # 7 December 2021: jobseekers too
LAST_DAY = here.availability.in_force_to
assert LAST_DAY is not None
LAPSED = LAST_DAY + timedelta(days=1)  # "vervallen per 31-12-2022"

requested = x.fact("nlld_requested_eur")
costs = x.fact("nlld_project_costs_eur")
status = x.fact("participant_status")
before_cap = x.out("subsidy_before_cap_eur")
min_subsidy = x.param("nlld_sm_min_subsidy")
max_subsidy = x.param("nlld_sm_max_subsidy")

CRITERIA = {
    # Preamble: a partnership of sectors applies.
    "applicant_partnership": x.fact("nlld_applicant_partnership").eq(True),
    # Art. 1 (deelnemer): "de werkende"; from 7 December 2021 jobseekers too.
    "participant_position": x.case(
        status,
        {
            "werkende": True,
            "zelfstandige": True,
            "werkzoekende": x.param("nlld_sm_jobseekers_included"),
        },
        False,
    ),
    "labour_market_link": x.fact("nl_labour_market_link").eq(True),
    "minimum_subsidy": min_subsidy <= before_cap,
}

# The amount: what is requested, at most a share of the project costs; nothing below the
# minimum per application, and at most the maximum per application.
OUTPUTS = {
    "subsidy_before_cap_eur": x.min_(requested, x.param("nlld_sm_max_share") * costs),
    "subsidy_max_eur": x.if_(min_subsidy <= before_cap, x.min_(before_cap, max_subsidy), None),
    # Nothing for the participant, for an eligible application inside the window; else none.
    "participant_cost_eur": x.if_(
        x.all_(in_windows(here.windows), *(x.crit(c) for c in CRITERIA)), 0, None
    ),
}

NOTES = {
    "capped_at_maximum": max_subsidy < before_cap,
    "capped_or_refused": max_subsidy < before_cap,
    "self_employed_as_werkende": status.eq("zelfstandige"),
    "jobseekers_from_december_2021": status.eq("werkzoekende"),
    "widening_applications_not_verified": (x.on() >= WIDENED) & (x.on() < LAPSED),
    "what_exists_now": x.on() >= LAPSED,
}
