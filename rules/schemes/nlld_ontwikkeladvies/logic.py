"""Tijdelijke subsidieregeling NL leert door met inzet van ontwikkeladvies (NLDOA), 2020-2021.

Free development advice: a career adviser registered the participant in UVB's portal and was
subsidised afterwards. A participant is a natural person with a link to the Dutch labour
market, 18 or older and below the AOW age on the day of registration (art. 1(d)). Reference
date: the day of registration.

Registrations opened on 1 August 2020 and stopped on 2 September 2020, when the maximum was
reached (the one window in ``scheme.yaml``). The amendment of 16 November 2020 (Stcrt. 2020,
60837) ended the first period formally on 31 December 2020 and added a second period for
2021, whose dates were not verified: from that amendment (``windows_known_until``) until the
regulation lapsed on 1 January 2022 availability is unknown.
"""

from __future__ import annotations

from datetime import date, timedelta

from rules import expr as x
from rules.loader import Here
from rules.schemes._common.logic import before_nlld_aow_table, below_aow_age, in_windows

here = Here(__file__)
BIRTH = x.fact("birth_date")
REGISTRATION = here.windows[0]  # closed early: the maximum was reached on 2 September 2020
AMENDED = here.availability.windows_known_until  # 16 November 2020: a second period added
assert AMENDED is not None
LAST_DAY = here.availability.in_force_to
assert LAST_DAY is not None
LAPSED = LAST_DAY + timedelta(days=1)  # 1 January 2022
# The amendment of 16 November 2020 ended the first period formally on 31 December 2020.
FIRST_PERIOD_FORMAL_END = date(2020, 12, 31)

# Art. 1(d): the participant ("deelnemer"), on the day of registration.
CRITERIA = {
    "min_age_18": x.on() >= BIRTH.plus_months(x.param("nlld_min_age_years") * 12),
    "below_aow_age": below_aow_age(),
    "labour_market_link": x.fact("nl_labour_market_link").eq(True),
}

# Free of charge for an eligible participant inside the registration window; else none.
OUTPUTS = {
    "participant_cost_eur": x.if_(
        x.all_(in_windows(here.windows), *(x.crit(c) for c in CRITERIA)), 0, None
    ),
}

# Between the early closing and the formal end of the first period.
closed_early = (x.on() >= REGISTRATION.closes) & (x.on() <= FIRST_PERIOD_FORMAL_END)

NOTES = {
    "aow_date_before_2022_not_known": before_nlld_aow_table(),
    "first_period_closed_early": closed_early,
    "first_period_closing_source": closed_early,
    "second_period_dates_not_verified": (x.on() > AMENDED) & (x.on() <= LAST_DAY),
    "all_positions_could_join": ~x.fact("participant_status").is_none(),
    "what_exists_now": x.on() >= LAPSED,
}
