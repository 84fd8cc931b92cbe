"""The law's status on a date (rules/status.py), on a toy scheme with a half-yearly figure
whose 1 July 2025 value is missing."""

from __future__ import annotations

from datetime import date

from rules.parameters import Parameter, Period, Rhythm
from rules.scheme import AvailabilityRule, Window
from rules.status import law_status
from rules.texts import t
from tests.rules.toy_scheme import CITATION, build

HALF_YEARLY = Rhythm(
    text=t("halfjaarlijks per 1 januari en 1 juli", "half-yearly"), starts=((1, 1), (7, 1))
)
CAP = Parameter(
    id="toy_cap",
    label=t("grens", "limit"),
    unit="money",
    periods=(
        Period(start=date(2024, 7, 1), end=date(2024, 12, 31), value=290_000, citation=CITATION),
        Period(start=date(2025, 1, 1), end=date(2025, 6, 30), value=300_000, citation=CITATION),
    ),
    rhythm=HALF_YEARLY,
)
SCHEME = build(parameters=(CAP,), criteria=(), outputs=(), notes=())


def cap_on(on: date) -> dict[str, object]:
    [scheme] = law_status([SCHEME], on).as_dict()["schemes"]
    [figure] = scheme["figures"]
    return figure


def test_a_figure_lists_its_periods_and_the_gap_after_the_last_one() -> None:
    figure = cap_on(date(2025, 6, 15))
    assert figure["periods"] == [
        {"from": "2024-07-01", "to": "2024-12-31", "value": "2900.00", "source": CITATION.url},
        {"from": "2025-01-01", "to": "2025-06-30", "value": "3000.00", "source": CITATION.url},
    ]
    assert figure["gaps"] == [{"from": "2025-07-01", "to": None, "value": None, "source": None}]
    assert figure["has_value"] is True
    assert figure["on_date"]["value"] == "3000.00"


def test_the_next_figure_is_expected_then_due_then_overdue() -> None:
    expected = {"takes_effect": "2025-07-01", "published_from": "2025-06-01", "due": "2025-07-01"}
    assert cap_on(date(2025, 5, 31))["next"] == {**expected, "state": "expected"}
    assert cap_on(date(2025, 6, 1))["next"] == {**expected, "state": "due"}
    assert cap_on(date(2025, 7, 1))["next"] == {**expected, "state": "overdue"}


def test_only_a_scheme_in_force_with_an_overdue_figure_fails() -> None:
    assert law_status([SCHEME], date(2025, 6, 30)).failing == ()
    [(scheme, figure)] = law_status([SCHEME], date(2025, 7, 1)).failing
    assert (scheme.id, figure.id, figure.has_value) == ("toy", "toy_cap", False)
    ended = build(
        parameters=(CAP,),
        criteria=(),
        outputs=(),
        notes=(),
        availability=AvailabilityRule(
            in_force_from=date(2020, 1, 1), in_force_to=date(2025, 6, 30), citation=CITATION
        ),
    )
    [status] = law_status([ended], date(2025, 7, 1)).schemes
    assert status.state == "ended"
    assert law_status([ended], date(2025, 7, 1)).failing == ()


def test_application_windows_report_open_closed_and_their_coverage() -> None:
    windows = (
        Window(id="2025", opens=date(2025, 3, 1), closes=date(2025, 3, 31)),
        Window(id="2026", opens=date(2026, 3, 1), closes=date(2026, 3, 31)),
    )
    scheme = build(
        parameters=(),
        criteria=(),
        outputs=(),
        notes=(),
        availability=AvailabilityRule(
            in_force_from=date(2025, 1, 1),
            windows=windows,
            windows_known_until=date(2026, 12, 31),
            windows_rhythm=Rhythm(text=t("jaarlijks", "yearly"), starts=((1, 1),)),
            citation=CITATION,
        ),
    )
    states = {
        d: law_status([scheme], d).schemes[0].state
        for d in (date(2025, 3, 15), date(2025, 6, 1), date(2027, 2, 1))
    }
    assert states == {
        date(2025, 3, 15): "open",
        date(2025, 6, 1): "closed",
        date(2027, 2, 1): "unknown",
    }
    [(_, figure)] = law_status([scheme], date(2027, 2, 1)).failing
    assert figure.id == "application_windows"
    assert figure.next is not None and figure.next.takes_effect == date(2027, 1, 1)
