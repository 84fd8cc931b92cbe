"""Tijdelijke subsidieregeling NL leert door met inzet van scholing (NLDS), 2020-2022.

Free (mostly online) training: training providers, provider collectives and partnerships
applied in windows and offered the courses free of charge. A participant is a natural person
with a link to the Dutch labour market, 18 or older and below the AOW age (art. 1(f)).
Reference date: the day of participation. The course period is the scheme's one window
(``scheme.yaml``); the regulation lapsed on 1 July 2023.
"""

from __future__ import annotations

from rules import expr as x
from rules.loader import Here
from rules.schemes._common.logic import before_nlld_aow_table, below_aow_age, in_windows

here = Here(__file__)
BIRTH = x.fact("birth_date")

# Art. 1(f): the participant ("deelnemer").
CRITERIA = {
    "min_age_18": x.on() >= BIRTH.plus_months(x.param("nlld_min_age_years") * 12),
    "below_aow_age": below_aow_age(),
    "labour_market_link": x.fact("nl_labour_market_link").eq(True),
}

# Free of charge for an eligible participant inside the course period; else none.
OUTPUTS = {
    "participant_cost_eur": x.if_(
        x.all_(in_windows(here.windows), *(x.crit(c) for c in CRITERIA)), 0, None
    ),
}

NOTES = {
    "aow_date_before_2022_not_known": before_nlld_aow_table(),
    "target_group_is_policy": ~x.fact("participant_status").is_none(),
    "what_exists_now": x.on() > here.windows[-1].closes,
}
