"""The WW month rule (ww_inkomensverrekening) as an OpenFisca-core model of our own.

The same rule as rules/schemes/ww_inkomensverrekening.py, for a full calendar month of a
WW right that arose on or after 1 July 2015 (Werkloosheidswet art. 1b, 20 and 47):

- maandloon A = 21.75 × dagloon C (art. 1b lid 2);
- income counted = B × C / D, with B the income of the month and D the dagloon before the
  cap (D = C when the dagloon was not capped);
- the right ends when the income counted is more than 87.5 % of A (art. 20 lid 1 onder c),
  and a month without income never ends it; the month then pays nothing;
- otherwise the benefit is 75 % (months 1 and 2) or 70 % (from month 3) of A minus the
  income counted, and never below nil (art. 47 lid 1).

Written as an OpenFisca country package would write it: one person entity, monthly
variables, dated parameters and formulas over whole columns. Amounts are OpenFisca's
`float` variables (32-bit floats), as in every OpenFisca model.
"""

from __future__ import annotations

from typing import Any

from openfisca_core.entities import build_entity
from openfisca_core.model_api import max_, where
from openfisca_core.parameters import ParameterNode
from openfisca_core.periods import MONTH
from openfisca_core.taxbenefitsystems import TaxBenefitSystem
from openfisca_core.variables import Variable

Person = build_entity(key="person", plural="persons", label="A person", is_person=True)

SINCE_WWZ = "2015-07-01"


def _since_wwz(value: float, reference: str) -> dict[str, Any]:
    return {"values": {SINCE_WWZ: {"value": value}}, "metadata": {"reference": reference}}


WW = "https://wetten.overheid.nl/BWBR0004045/2026-07-01"
PARAMETERS = {
    "ww": {
        "days_per_month": _since_wwz(21.75, f"{WW}#Artikel1b"),
        "end_threshold": _since_wwz(0.875, f"{WW}#Artikel20"),
        "pct_first_months": _since_wwz(0.75, f"{WW}#Artikel47"),
        "pct_later_months": _since_wwz(0.70, f"{WW}#Artikel47"),
    }
}


class ww_dagloon(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "WW dagloon after the maximum (C)"


class ww_dagloon_uncapped(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "WW dagloon before the maximum (D); 0 when not capped"


class income_month(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Income in the calendar month (B)"


class ww_month_number(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Month of the WW benefit (1 for the first)"


class ww_maandloon(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Maandloon (A)"

    def formula_2015_07_01(person, period, parameters):
        return parameters(period).ww.days_per_month * person("ww_dagloon", period)


class ww_income_counted(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Income counted: B × C / D"

    def formula_2015_07_01(person, period, parameters):
        capped = person("ww_dagloon", period)
        uncapped = person("ww_dagloon_uncapped", period)
        d = where(uncapped > 0, uncapped, capped)
        return person("income_month", period) * capped / d


class ww_right_ends(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The right ends: income counted above 87.5 % of the maandloon"

    def formula_2015_07_01(person, period, parameters):
        threshold = parameters(period).ww.end_threshold * person("ww_maandloon", period)
        income = person("income_month", period)
        return (income > 0) * (person("ww_income_counted", period) > threshold)


class ww_benefit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "WW benefit this month"

    def formula_2015_07_01(person, period, parameters):
        ww = parameters(period).ww
        pct = where(
            person("ww_month_number", period) <= 2, ww.pct_first_months, ww.pct_later_months
        )
        rest = person("ww_maandloon", period) - person("ww_income_counted", period)
        return where(person("ww_right_ends", period), 0, max_(0, pct * rest))


INPUTS = ("ww_dagloon", "ww_dagloon_uncapped", "income_month", "ww_month_number")


def tax_benefit_system() -> TaxBenefitSystem:
    system = TaxBenefitSystem([Person])
    for variable in (
        ww_dagloon,
        ww_dagloon_uncapped,
        income_month,
        ww_month_number,
        ww_maandloon,
        ww_income_counted,
        ww_right_ends,
        ww_benefit,
    ):
        system.add_variable(variable)
    system.parameters = ParameterNode("", data=PARAMETERS)
    return system
